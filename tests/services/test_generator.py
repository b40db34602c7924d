"""The data generator (sessionkit.devtools.generate) that benchmarks and tests use."""

from __future__ import annotations

import re

import pytest

from sessionkit.devtools.generate import LANGUAGES, generate, main, populate, spread
from sessionkit.domain.models import NoteKind, RoleKind
from sessionkit.services.search import search
from sessionkit.services.sessions import open_store

HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


@pytest.fixture
def store(tmp_path):
    store, _ = open_store(tmp_path / "data")
    yield store
    store.close()


def all_notes(store, result):
    return {sid: store.notes.for_session(sid) for sid in result.session_ids}


def test_counts_are_what_was_asked(store):
    result = populate(store, sessions=14, notes=700)
    assert len(result.session_ids) == 14
    notes = all_notes(store, result)
    assert sum(len(v) for v in notes.values()) == 700 == result.total_notes
    assert all(len(v) == 50 for v in notes.values())
    codes = [s.code for s in store.sessions.list()]
    assert "D3" in codes  # the bundled session is still there, untouched
    assert len(codes) == 15
    assert len(store.notes.for_session(store.sessions.find("D3").id)) == 0


def test_big_sessions_and_the_rest_shared_evenly(store):
    result = populate(store, sessions=5, notes=130, big=(100,))
    sizes = [len(store.notes.for_session(sid)) for sid in result.session_ids]
    assert sizes == [100, 8, 8, 7, 7]
    assert spread(10, 3) == [4, 3, 3]
    assert spread(5, 2, big=(20,)) == [20, 0]
    with pytest.raises(ValueError):
        spread(10, 1, big=(1, 2))


def test_every_language_and_script_appears(store):
    result = populate(store, sessions=14, notes=1400)
    assert set(result.languages.values()) == set(LANGUAGES)
    notes = all_notes(store, result)
    by_lang: dict[str, str] = {}
    for sid, lang in result.languages.items():
        by_lang[lang] = by_lang.get(lang, "") + "\n".join(n.text for n in notes[sid])
    assert HANGUL.search(by_lang["ko"])
    assert KANA.search(by_lang["ja"]) and HAN.search(by_lang["ja"])
    assert VIETNAMESE.search(by_lang["vi"])
    assert re.search(r"\b(kota|Kota|Bagaimana)\b", by_lang["id"])
    # simplified and traditional are really different scripts
    assert "间" in by_lang["zh-Hans"] and "間" not in by_lang["zh-Hans"]
    assert "間" in by_lang["zh-Hant"] and "间" not in by_lang["zh-Hant"]
    # no script leaks into a session of another language, except English mixed in
    assert not HANGUL.search(by_lang["ja"] + by_lang["vi"] + by_lang["en"])
    assert not HAN.search(by_lang["ko"] + by_lang["id"] + by_lang["en"])
    # rapporteurs mix English into the other languages' sessions
    assert "cities" in by_lang["ko"] or "shared its experience" in by_lang["ko"]


def test_sessions_are_complete_and_notes_stamped(store):
    result = populate(store, sessions=7, notes=700)
    kinds = set()
    for sid in result.session_ids:
        bundle = store.load_bundle(sid)
        assert bundle.session.title and bundle.session.code.startswith("G")
        speakers = bundle.people_with_role(RoleKind.SPEAKER)
        assert len(speakers) >= 2
        assert bundle.people_with_role(RoleKind.MODERATOR)
        assert len(bundle.agenda) == len(speakers) + 4
        assert len(bundle.outcomes) == 3
        items = {a.id for a in bundle.agenda}
        people = {p.id for p in bundle.people}
        notes = store.notes.for_session(sid)
        assert [n.created for n in notes] == sorted(n.created for n in notes)
        for n in notes:
            kinds.add(n.kind)
            assert n.agenda_item_id in items
            assert n.speaker_id is None or n.speaker_id in people
            if n.kind == NoteKind.ACTION:
                assert n.action_owner and n.action_due
    assert kinds == set(NoteKind)
    if result.languages[result.session_ids[1]] == "ko":
        native = [p.native_name for p in store.load_bundle(result.session_ids[1]).people]
        assert any(HANGUL.search(n) for n in native)


def test_generated_notes_are_searchable(store):
    result = populate(store, sessions=7, notes=700)
    hits = search(store, "경험을", include_sessions=False)
    assert hits
    assert {h.session_id for h in hits} <= set(result.session_ids)
    assert all("경험을" in h.text for h in hits)


def test_same_seed_same_text(tmp_path):
    a = generate(tmp_path / "a", sessions=3, notes=30, seed=7)
    b = generate(tmp_path / "b", sessions=3, notes=30, seed=7)
    sa, _ = open_store(tmp_path / "a")
    sb, _ = open_store(tmp_path / "b")
    try:
        ta = [n.text for sid in a.session_ids for n in sa.notes.for_session(sid)]
        tb = [n.text for sid in b.session_ids for n in sb.notes.for_session(sid)]
        assert ta == tb and len(ta) == 30
    finally:
        sa.close()
        sb.close()


def test_generating_twice_adds_new_codes(store):
    first = populate(store, sessions=3, notes=3)
    second = populate(store, sessions=2, notes=2)
    assert first.codes == ["G000", "G001", "G002"]
    assert second.codes == ["G003", "G004"]


def test_command_line(tmp_path, capsys):
    assert main([str(tmp_path / "d"), "--sessions", "4", "--notes", "40", "--big", "20"]) == 0
    assert "4 sessions, 40 notes" in capsys.readouterr().out
    store, _ = open_store(tmp_path / "d")
    try:
        assert len(store.sessions.list()) == 5
    finally:
        store.close()
    assert main([str(tmp_path / "e"), "--sessions", "0"]) == 2
    assert main([str(tmp_path / "f"), "--sessions", "1", "--big", "5", "--big", "6"]) == 2
    assert "more big sessions" in capsys.readouterr().err
