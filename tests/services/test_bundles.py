"""The bundled session files: D3 carries every fact of the seed; broken files are named."""

import re

import pytest

from sessionkit import config
from sessionkit.bundles import BundleError, load_session_file
from sessionkit.domain import ItemKind, RoleKind
from sessionkit.services.sessions import seed_bundled_sessions

from conftest import SEED

D3_FILE = config.resources_dir() / "sessions" / "d3.toml"


def seed_lines():
    return [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_d3_has_every_fact_of_the_seed():
    b = load_session_file(D3_FILE)
    s = b.session
    lines = seed_lines()
    assert lines[0] == f"Session {s.code}: {s.title}"
    assert s.room_note in lines and s.room == "Book Seminar Room, Design Lab"
    # every description paragraph of the seed, verbatim and in order
    start = lines.index(s.room_note) + 1
    end = lines.index("Envisaged outcomes")
    assert s.description == lines[start:end]
    assert s.outcomes_intro in lines
    bullets = [re.sub(r"^•\s*", "", line) for line in lines if line.startswith("•")]
    assert [o.text for o in b.outcomes] == bullets and len(bullets) == 3
    doc, = b.documents
    assert f"Download the {doc.title} as of {doc.as_of}" == "Download the PDF description as of 7th April 2015"
    speakers = b.people_with_role(RoleKind.SPEAKER)
    assert [", ".join([p.display_name, p.affiliation()]) for p in speakers] == [
        line for line in lines if line.startswith(("Naoki Mori", "Kim Sang-Kap"))]
    assert lines[-1] == s.track == "Low Carbon City" and s.tags == ["Low Carbon City"]


def test_d3_default_agenda_and_no_invented_facts():
    b = load_session_file(D3_FILE)
    kinds = [i.kind for i in b.agenda]
    assert kinds[0] == ItemKind.OPENING and kinds[-1] == ItemKind.CLOSING
    assert ItemKind.DISCUSSION in kinds and ItemKind.QA in kinds
    presentations = [i for i in b.agenda if i.kind == ItemKind.PRESENTATION]
    assert [len(i.person_ids) for i in presentations] == [1, 1]
    assert all(i.planned_minutes > 0 for i in b.agenda)
    # the seed gives no date, time, bios or native names
    assert b.session.start is None
    assert all(p.bio == "" and p.native_name == "" for p in b.people)


@pytest.mark.parametrize("content, where", [
    ("[session]\ntitle = 'x'\n", "session.code"),
    ("[session]\ncode = 'A1'\ntitle = 'x'\n[[agenda]]\ntitle = 'a'\nminutes = 'ten'\n",
     "agenda[1].minutes"),
    ("[session]\ncode = 'A1'\ntitle = 'x'\n[[agenda]]\ntitle = 'a'\nkind = 'party'\n",
     "agenda[1].kind"),
    ("[session]\ncode = 'A1'\ntitle = 'x'\n[[people]]\nposition = 'y'\n",
     "people[1].display_name"),
    ("[session]\ncode = 'A1'\ntitle = 'x'\ntimezone = 'Mars/Base'\n", "session.timezone"),
    ("[session\ncode = ", "not a valid TOML file"),
])
def test_broken_file_names_file_and_field(tmp_path, content, where):
    path = tmp_path / "broken.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BundleError) as err:
        load_session_file(path)
    assert str(err.value).startswith("broken.toml: ")
    assert where in str(err.value)


def test_seeding_is_once_and_never_overwrites_edits(store, tmp_path):
    d3 = store.sessions.find("D3")
    d3.title = "Edited by the moderator"
    store.sessions.save(d3)
    again = seed_bundled_sessions(store)
    assert again.loaded == [] and again.errors == []
    sessions = store.sessions.list()
    assert [s.code for s in sessions].count("D3") == 1
    assert store.sessions.find("D3").title == "Edited by the moderator"


def test_a_broken_bundled_file_is_reported_and_others_still_load(store, tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "good.toml").write_text("[session]\ncode = 'G1'\ntitle = 'Good'\n", encoding="utf-8")
    (folder / "bad.toml").write_text("[session]\ncode = 'B1'\n", encoding="utf-8")
    result = seed_bundled_sessions(store, folder)
    assert result.loaded == ["G1"]
    assert result.errors == ["bad.toml: session.title: this field is required"]
