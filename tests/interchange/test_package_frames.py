"""Reading many packages of one session (a team folder): the frame (session, people,
agenda…) is checked once per distinct text, the notes of every package always."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from sessionkit.domain.models import AgendaItem, Note, Person, Session
from sessionkit.interchange.package import (
    FrameCache,
    Package,
    PackageError,
    _canonical_checksum,
    from_bytes,
    to_bytes,
)

T = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def pkg(*texts: str, title: str = "City pairs") -> Package:
    s = Session(id="s-1", code="T1", title=title)
    return Package(session=s, people=[Person(id="p-1", display_name="Kim Ji-won")],
                   agenda=[AgendaItem(id="a-1", title="Panel", person_ids=["p-1"])],
                   notes=[Note(id=f"n-{i}", session_id="s-1", text=t, created=T)
                          for i, t in enumerate(texts)])


def test_same_frame_is_read_once_and_each_package_gets_its_own_rows():
    cache = FrameCache()
    one = from_bytes(to_bytes(pkg("first 도시")), cache)
    two = from_bytes(to_bytes(replace(pkg("second 都市"), device="laptop-2")), cache)
    assert len(cache) == 1 and one.frame_sha == two.frame_sha
    assert [n.text for n in two.notes] == ["second 都市"] and two.device == "laptop-2"
    assert two.agenda == one.agenda and two.agenda[0] is not one.agenda[0]
    two.agenda[0].person_ids = []  # what a merge may do to its package's rows
    assert one.agenda[0].person_ids == ["p-1"]
    assert from_bytes(to_bytes(pkg("x")), cache).agenda[0].person_ids == ["p-1"]
    other = from_bytes(to_bytes(pkg("x", title="City pairs, day 2")), cache)
    assert len(cache) == 2 and other.frame_sha != one.frame_sha


@pytest.mark.parametrize("text, message", [
    ("a NUL \x00 here", "'text' contains a NUL character"),
    ("a lone \ud800 surrogate", "'text' contains an invalid character"),
])
def test_a_known_frame_does_not_let_a_bad_note_through(text, message):
    cache = FrameCache()
    from_bytes(to_bytes(pkg("fine")), cache)
    doc = json.loads(to_bytes(pkg("fine")))
    doc["content"]["notes"][0]["text"] = text
    doc["content_sha256"] = _canonical_checksum(doc["content"])
    data = json.dumps(doc).encode("ascii")
    for frames in (cache, None):
        with pytest.raises(PackageError, match=message):
            from_bytes(data, frames)


def test_text_that_only_looks_like_an_escaped_nul_is_kept():
    for frames in (FrameCache(), None):
        got = from_bytes(to_bytes(pkg("C:\\u0000 is a path, not a NUL")), frames)
        assert got.notes[0].text == "C:\\u0000 is a path, not a NUL"


def test_a_bad_frame_is_refused_again_and_never_cached():
    bad = pkg("fine")
    bad.people[0].display_name = "   "
    cache = FrameCache()
    for _ in range(2):
        with pytest.raises(PackageError, match="'display_name' is empty"):
            from_bytes(to_bytes(bad), cache)
    assert len(cache) == 0


@pytest.mark.parametrize("doc", [
    '{"a": "x]]]]\\\\", "b": [[["\\"[[[{{{"]]]}',
    '{"a": "\\\\\\\\\\"{{{{", "b": "\\n\\u005c[["}',
    "[" * 64 + "]" * 64, "[" * 65 + "]" * 65,
    '{"t": "' + "[" * 100 + '"}', '{"t": ' + '{"x": ' * 70 + "1" + "}" * 70 + "}",
])
def test_quick_nesting_check_agrees_with_the_full_one_on_valid_json(doc):
    from sessionkit.interchange.package import _nesting_exceeds_if_valid, nesting_exceeds

    json.loads(doc)  # valid
    data = doc.encode("utf-8")
    assert _nesting_exceeds_if_valid(data) == nesting_exceeds(data)


@pytest.mark.parametrize("data", [
    b'{"a": "unterminated ' + b"[" * 80,  # the full check counts these: as before
    b"[" * 80 + b'"\\',
])
def test_broken_json_nested_deep_is_still_refused_for_its_nesting(data):
    from sessionkit.interchange.package import load_json

    with pytest.raises(PackageError, match="nested more than 64 levels deep"):
        load_json(data)


def test_a_field_given_twice_is_still_named():
    from sessionkit.interchange.package import load_json

    with pytest.raises(PackageError, match="the field 'b' appears twice"):
        load_json(b'{"a": 1, "b": 2, "c": {"b": 1}, "b": 3}')


def test_when_the_quick_check_misses_broken_json_the_full_one_still_speaks_first(monkeypatch):
    from sessionkit.interchange import package

    monkeypatch.setattr(package, "_nesting_exceeds_if_valid", lambda data: False)
    with pytest.raises(PackageError, match="nested more than 64 levels deep"):
        package.load_json(b"[" * 80 + b"x")
    with pytest.raises(PackageError, match="not valid JSON"):
        package.load_json(b"[" * 10 + b"x")


def test_the_checksum_text_made_field_by_field_is_json_dumps_of_the_whole():
    from sessionkit.interchange.package import _canonical_parts, _Constant, _joined_text

    content = {"b": [1, 1.0, True, None, _Constant("NaN")], "a": {"z": "\ud800\x00é", "y": {}},
               "é": "x", "": [], "notes": [{"text": "都市間", "clock": {"k": 2}}]}
    whole = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                       default=float)
    assert _joined_text(_canonical_parts(content)) == whole
    doc = json.loads(to_bytes(pkg("one", "two")))
    assert _joined_text(_canonical_parts(doc["content"])) == json.dumps(
        doc["content"], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
