"""``sessionkit report --check``: what the report misses, exit status 1; 0 when ready."""

from __future__ import annotations

import json

from conftest import make_session

from sessionkit.services.capture import capture_note, save_report_meta, set_outcome


def test_check_lists_what_is_missing_and_exits_1(store, data_dir, run_cli):
    s = make_session(store)
    capture_note(store, s.id, "Send the slides", "action")
    store.close()
    code, out, err = run_cli("report", "--check", "--session", "T1", data_dir=data_dir)
    assert code == 1, err
    assert out.splitlines() == [
        "T1: not ready to sign off; 7 thing(s) missing:",
        "  - The summary is not written",
        "  - Outcome 1 has no status: How cities pair up",
        "  - Outcome 2 has no status: What brokers do",
        "  - Outcome 3 has no status: Who funds the next step",
        "  - Action has no owner: Send the slides",
        "  - Action has no due date: Send the slides",
        "  - Note has no agenda item or speaker: Send the slides",
    ]
    assert not list(data_dir.glob("*.pdf")) and err == ""


def test_check_json_and_a_ready_session_exits_0(store, data_dir, run_cli):
    s = make_session(store)
    code, out, _ = run_cli("report", "--check", "--json", "--session", "T1",
                           data_dir=data_dir)
    data = json.loads(out)
    assert code == 1 and data["ready"] is False and data["session"] == "T1"
    assert data["missing"][0] == {"key": "summary", "message": "The summary is not written",
                                  "where": "report_details", "target": ""}
    save_report_meta(store, s.id, summary="Done.")
    for o in store.outcomes.for_session(s.id):
        set_outcome(store, s.id, o.id, status="partly")
    code, out, _ = run_cli("report", "--check", "--json", "--session", "T1",
                           data_dir=data_dir)
    assert code == 0 and json.loads(out) == {"session": "T1", "ready": True, "missing": []}
    code, out, _ = run_cli("report", "--check", "--session", "T1", data_dir=data_dir)
    assert (code, out) == (0, "T1: ready to sign off; nothing is missing\n")


def test_report_without_output_or_check_is_refused_in_one_sentence(store, data_dir, run_cli):
    make_session(store)
    code, out, err = run_cli("report", "--session", "T1", data_dir=data_dir)
    assert code != 0 and "Traceback" not in err
    assert "needs -o FILE" in err
    code, _, err = run_cli("report", "--json", "--session", "T1", "-o", "x.pdf",
                           data_dir=data_dir)
    assert code != 0 and "--json goes with --check" in err


def test_check_an_unknown_session_is_refused(store, data_dir, run_cli):
    code, _, err = run_cli("report", "--check", "--session", "NOPE", data_dir=data_dir)
    assert code != 0 and "Traceback" not in err and err.strip()
