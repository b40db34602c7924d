"""One label per note kind, agenda item kind, outcome status and role (domain/labels.py):
the UI, the report and the CLI say the same word ("Partly achieved" everywhere)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from sessionkit.domain.labels import (
    ALL_LABELS,
    ITEM_KIND_LABELS,
    NOTE_KIND_LABELS,
    OUTCOME_STATUS_LABELS,
    ROLE_LABELS,
    label,
)
from sessionkit.domain.models import ItemKind, NoteKind, OutcomeStatus, RoleKind
from sessionkit.report import model as report_model
from sessionkit.report.i18n import CATALOGUES, SOURCE_TEXTS
from sessionkit.report.model import build_report
from sessionkit.services import capture as cap
from sessionkit.ui.labels import CONTEXT, MARKED, enum_label

from conftest import run_cli


@pytest.mark.parametrize("enum, labels", [(NoteKind, NOTE_KIND_LABELS),
                                          (ItemKind, ITEM_KIND_LABELS),
                                          (OutcomeStatus, OUTCOME_STATUS_LABELS),
                                          (RoleKind, ROLE_LABELS)])
def test_every_value_has_one_label_of_its_own(enum, labels):
    assert set(labels) == set(enum)
    assert len(set(labels.values())) == len(labels)
    assert all(label(v) == labels[v] for v in enum)


def test_the_ui_marks_exactly_the_domain_labels_for_translation():
    """lupdate reads ui/labels.py, not the domain's dicts: the two lists must agree."""
    assert sorted(MARKED) == sorted(ALL_LABELS)


class _Upper(QTranslator):
    """Stands in for a translation: upper case, in the one context the labels use."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
        return source.upper() if context == CONTEXT else ""


def test_the_ui_translates_the_domain_label_in_one_context(qapp):
    assert enum_label(OutcomeStatus.PARTLY) == "Partly achieved"
    assert enum_label(ItemKind.QA) == "Q&A"
    upper = _Upper()
    QCoreApplication.installTranslator(upper)
    try:
        assert enum_label(OutcomeStatus.PARTLY) == "PARTLY ACHIEVED"
        assert enum_label(NoteKind.KEY_MESSAGE) == "KEY MESSAGE"
        assert enum_label(RoleKind.PANELLIST) == "PANELLIST"
    finally:
        QCoreApplication.removeTranslator(upper)


def test_the_report_catalogue_translates_every_label_the_report_prints():
    assert report_model.KIND_LABELS is NOTE_KIND_LABELS
    assert report_model.STATUS_LABELS is OUTCOME_STATUS_LABELS
    assert report_model.ROLE_LABELS is ROLE_LABELS
    printed = [*NOTE_KIND_LABELS.values(), *OUTCOME_STATUS_LABELS.values(),
               *ROLE_LABELS.values()]
    assert set(printed) <= set(SOURCE_TEXTS)
    for lang, catalogue in CATALOGUES.items():
        if lang == "en":  # English is the labels themselves
            continue
        assert [t for t in printed if not catalogue.get(t)] == [], lang


def test_outcome_row_and_report_say_the_same_word(qapp, store, d3):
    from sessionkit.ui.panels.outcomes import OutcomeRow

    outcome = store.outcomes.for_session(d3.id)[0]
    cap.set_outcome(store, d3.id, outcome.id, status=OutcomeStatus.PARTLY)
    row = OutcomeRow(store.outcomes.for_session(d3.id)[0])
    assert row.status_label.text() == "Partly achieved"
    report = build_report(store, d3.id)
    section = next(s for s in report.sections if s.key == "outcomes")
    words = [t for b in section.blocks for t in report_model.block_texts(b)]
    assert "Partly achieved" in words
    row.deleteLater()


@pytest.mark.slow
def test_cli_lists_notes_with_the_label_and_json_with_the_value(data_dir):
    out = run_cli("note", "add", "--session", "D3", "--kind", "key_message", "--",
                  "brokers connect cities", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    out = run_cli("notes", "list", "--session", "D3", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0].split("\t")[1:] == ["Key message",
                                                         "brokers connect cities"]
    rows = json.loads(run_cli("notes", "list", "--session", "D3", "--json",
                              data_dir=data_dir).stdout)
    assert [r["kind"] for r in rows] == ["key_message"]
    note_id = rows[0]["id"]
    out = run_cli("notes", "history", note_id, data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1].split("\t")[1:] == ["Key message", "current",
                                                          "brokers connect cities"]
