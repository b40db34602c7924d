"""Hostile session packages, through the real CLI (`sessionkit package merge FILE`).

Each one is refused with one sentence that names the place in the package (exit
status 2, no traceback) and leaves the data file exactly as it was, or, where the
package is fine but clashes with what is here, is merged without losing anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the helpers

from interchange_helpers import dump  # noqa: E402
from sessionkit.services.capture import capture_note  # noqa: E402
from sessionkit.services.packages import export_package  # noqa: E402
from sessionkit.services.sessions import open_store  # noqa: E402


def cli(*args, data_dir, timeout=120):
    def limit_memory():  # a parser that costs 120 bytes a character must fail here
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))

    return subprocess.run(
        [sys.executable, "-m", "sessionkit", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=timeout, env=dict(os.environ),
        preexec_fn=limit_memory if sys.platform != "win32" else None)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict:
    """A real package of D3 with two notes, as parsed JSON."""
    folder = tmp_path_factory.mktemp("laptop")
    store, _ = open_store(folder / "data")
    d3 = store.sessions.find("D3")
    capture_note(store, d3.id, "Cities share staff for a year")
    capture_note(store, d3.id, "Send the MoU template", kind="action")
    path = folder / "d3.sessionkit.json"
    export_package(store, d3.id, path)
    store.close()
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def secretariat(tmp_path):
    store, _ = open_store(tmp_path / "sec")
    store.close()
    return tmp_path / "sec"


def package(doc: dict, path: Path, raw: str | None = None) -> Path:
    """Write ``doc`` with a checksum that matches, so the checks behind it are reached."""
    content = json.dumps(doc["content"], sort_keys=True, ensure_ascii=False,
                         separators=(",", ":")).encode("utf-8", "surrogatepass")
    doc = {**doc, "content_sha256": hashlib.sha256(content).hexdigest()}
    text = json.dumps(doc, indent=1) if raw is None else raw
    path.write_text(text, encoding="ascii")  # lone surrogates as \ud800 escapes
    return path


def edited(exported: dict, change) -> dict:
    doc = json.loads(json.dumps(exported))
    change(doc["content"])
    return doc


def refused(secretariat: Path, path: Path, *needles: str, timeout: float = 60):
    before = dump(secretariat / "sessionkit.db")
    r = cli("package", "merge", str(path), data_dir=secretariat, timeout=timeout)
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr[-2000:])
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr[-2000:]
    assert lines[0].startswith("sessionkit: error: ")
    assert "nothing was merged" in lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert dump(secretariat / "sessionkit.db") == before
    return lines[0]


def note(content: dict, i: int = 0) -> dict:
    return content["notes"][i]


def iso(t: datetime) -> str:
    return t.isoformat()


# -- clocks ------------------------------------------------------------------------------------

@pytest.mark.slow
def test_updated_in_9999_is_refused(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c).update(updated="9999-12-31T23:00:00+00:00"))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "package note 1: 'updated' is 9999-12-31T23:00:00+00:00, outside the years 1900 to 2200")


@pytest.mark.slow
def test_created_9999_12_31_2300z_is_refused_before_it_can_crash_reports(
        exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c).update(created="9999-12-31T23:00:00Z",
                                                   updated="9999-12-31T23:00:00Z"))
    refused(secretariat, package(doc, tmp_path / "p.json"), "package note 1: 'created'",
            "outside the years 1900 to 2200")


@pytest.mark.slow
def test_a_time_three_days_ahead_names_the_note(exported, secretariat, tmp_path):
    ahead = iso(datetime.now(timezone.utc) + timedelta(days=3))
    doc = edited(exported, lambda c: note(c, 1).update(updated=ahead))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "note 2 ('Send the MoU template'", "more than 24 hours ahead")


@pytest.mark.slow
def test_a_far_future_tombstone_is_refused(exported, secretariat, tmp_path):
    ahead = iso(datetime.now(timezone.utc) + timedelta(days=400))
    doc = edited(exported, lambda c: note(c).update(deleted_at=ahead))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "note 1 ('Cities share staff for a year'", "'deleted_at'", "24 hours ahead")


@pytest.mark.slow
def test_a_time_before_2000_is_refused(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c).update(created="1999-12-31T23:59:00+00:00"))
    refused(secretariat, package(doc, tmp_path / "p.json"), "note 1", "before 2000")


@pytest.mark.slow
def test_a_date_near_year_one_is_refused_not_overflowed(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: c["session"].update(start="0001-01-01T00:00:00+05:00"))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "package session: 'start' is 0001-01-01T00:00:00+05:00, outside the years")


@pytest.mark.slow
def test_a_due_date_in_year_one_is_refused(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c, 1).update(action_due="0001-01-01"))
    refused(secretariat, package(doc, tmp_path / "p.json"), "package note 2: 'action_due'")


# -- text ----------------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_lone_surrogate_is_refused_naming_the_field(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c).update(text="bad \ud800 text"))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "package note 1: 'text' contains an invalid character (a lone UTF-16 surrogate)")


@pytest.mark.slow
def test_a_note_over_a_million_characters_is_refused(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c).update(text="x" * 1_000_001))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "package note 1: 'text' is 1,000,001 characters long; the limit is 1,000,000")


@pytest.mark.slow
def test_a_20_mb_session_code_is_refused(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: c["session"].update(code="D" * 20_000_000))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "package session: 'code' is 20,000,000 characters long; the limit is 200")


@pytest.mark.slow
def test_an_empty_session_id_is_refused(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: c["session"].update(id=""))
    refused(secretariat, package(doc, tmp_path / "p.json"), "package session: 'id' is empty")


# -- JSON itself -----------------------------------------------------------------------------

@pytest.mark.slow
def test_duplicate_keys_are_refused_naming_the_key(exported, secretariat, tmp_path):
    doc = json.loads(json.dumps(exported))
    text = json.dumps(doc, indent=1)
    first = json.dumps(note(doc["content"])["text"])
    raw = text.replace(f'"text": {first}', f'"text": {first}, "text": "overwritten"', 1)
    assert raw != text
    refused(secretariat, package(doc, tmp_path / "p.json", raw=raw),
            "the field 'text' appears twice in one object")


@pytest.mark.slow
def test_a_nan_note_id_is_refused_naming_the_field(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c).update(id=float("nan")))
    refused(secretariat, package(doc, tmp_path / "p.json"), "package note 1: 'id' is NaN, not text")


@pytest.mark.slow
def test_starred_no_is_refused(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c).update(starred="no"))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "package note 1: 'starred' is text, not true or false")


@pytest.mark.slow
def test_a_list_that_is_not_a_list_is_named_where_it_is(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: c.update(notes={"not": "a list"}))
    line = refused(secretariat, package(doc, tmp_path / "p.json"), "package: 'notes' is not a list")
    assert "document" not in line


@pytest.mark.slow
def test_two_documents_with_one_id_are_refused_naming_both(exported, secretariat, tmp_path):
    def twice(c):
        c["documents"] = [{"id": "doc-1", "title": "A"}, {"id": "doc-1", "title": "B"}]
    doc = edited(exported, twice)
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "package: document 2 has the same id as document 1 (doc-1)")


@pytest.mark.slow
def test_a_copied_session_whose_documents_are_already_here_merges(exported, secretariat,
                                                                   tmp_path):
    """Packages made from copies of one session (new session id and source, the same
    document ids): the second used to fail with "UNIQUE constraint failed: documents.id"."""
    def copy(n):
        def change(c):
            c["documents"] = [{"id": "doc-shared", "title": "Concept note"}]
            c["session"].update(id=f"aaaaaaaa-0000-4000-8000-00000000000{n}",
                                source=f"copy:{n}", code=f"D3{n}")
            for x in c["notes"]:
                x.update(session_id=c["session"]["id"], id=x["id"][:-1] + str(n))
        return edited(exported, change)

    for n in (1, 2):
        r = cli("package", "merge", str(package(copy(n), tmp_path / f"p{n}.json")),
                data_dir=secretariat)
        assert r.returncode == 0, r.stderr
    store, _ = open_store(secretariat)
    for n in (1, 2):
        s = store.sessions.find(f"D3{n}")
        assert [d.title for d in store.documents.for_session(s.id)] == ["Concept note"]
        assert len(store.notes.for_session(s.id)) == 2
    store.close()


# -- size ----------------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_60_mb_package_is_refused_before_parsing(exported, secretariat, tmp_path):
    doc = edited(exported, lambda c: note(c).update(text="x" * 60_000_000))
    started = datetime.now()
    refused(secretariat, package(doc, tmp_path / "p.json"), "too big to be a session package",
            "the limit is 32 MB")
    assert (datetime.now() - started).total_seconds() < 20


@pytest.mark.slow
def test_a_30_mb_string_is_parsed_in_bounded_memory(exported, secretariat, tmp_path):
    """Under the cap: the nesting check used to cost ~120 bytes a character (3.6 GB
    here); now the CLI, limited to 2 GB of address space, answers in one sentence."""
    doc = edited(exported, lambda c: note(c).update(text="x" * 30_000_000))
    refused(secretariat, package(doc, tmp_path / "p.json"),
            "'text' is 30,000,000 characters long", timeout=60)


def test_nesting_is_checked_without_memory_per_character():
    import tracemalloc

    from sessionkit.interchange.package import nesting_exceeds

    long_string = b'{"a": "' + b"x" * 5_000_000 + b'\\"' + b"y" * 5_000_000 + b'"}'
    tracemalloc.start()
    assert not nesting_exceeds(long_string)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1_000_000, peak
    assert nesting_exceeds(b"[" * 65 + b"]" * 65)
    assert not nesting_exceeds(b"[" * 64 + b"]" * 64)
    assert not nesting_exceeds(b'["' + b"[" * 100 + b'"]')  # brackets in strings don't count
