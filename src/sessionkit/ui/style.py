"""The app's look, as one style sheet (kept out of the widgets)."""

STYLE_SHEET = """
QMainWindow { background: #f4f5f7; }
#header { background: #ffffff; border-bottom: 1px solid #d9dce1; }
#sessionCode {
    background: #1f5f8b; color: white; font-weight: bold; font-size: 15pt;
    padding: 6px 12px; border-radius: 6px;
}
#sessionTitle { font-size: 15pt; font-weight: 600; color: #1d2330; }
#sessionMeta { color: #5a6272; }
#panel { background: #ffffff; border: 1px solid #d9dce1; border-radius: 6px; }
#panelTitle {
    font-weight: bold; color: #1f5f8b; font-size: 10pt; letter-spacing: 0.5px;
    text-transform: uppercase;
}
#panelNote { color: #5d6576; }
#panelBody { background: #ffffff; }
#personName { font-weight: 600; color: #1d2330; }
#personDetail { color: #4a5262; }
#outcomeText { color: #1d2330; }
#outcomeStatus { color: #5d6576; font-size: 9pt; }
#outcomeStatus[status="partly"] { color: #855600; }
#outcomeStatus[status="achieved"] { color: #1e7038; }
#outcomeStatus[status="not_achieved"] { color: #a12b2b; }
#captureStatus { color: #a12b2b; }
#noteBox { font-size: 12pt; border: 1px solid #b9c0cc; border-radius: 4px; padding: 4px; }
#noteBox:focus { border: 2px solid #1f5f8b; }
QTableView, QTreeWidget { border: none; }
/* a visible keyboard focus on lists and tables (they have no frame) */
QTableView, QTreeView, QListView { border: 2px solid transparent; }
QTableView:focus, QTreeView:focus, QListView:focus { border: 2px solid #1f5f8b; }
QHeaderView::section {
    background: #f4f5f7; border: none; border-bottom: 1px solid #d9dce1;
    padding: 3px 6px; color: #4a5262;
}
QSplitter::handle { background: transparent; }
"""

STYLE_SHEET += """
#liveStamp { color: #1e7038; font-weight: 600; }
#evidenceChips { color: #1f5f8b; }
#kindCombo[kind="key_message"] { color: #1f5f8b; font-weight: bold; }
#kindCombo[kind="decision"] { color: #6b3fa0; font-weight: bold; }
#kindCombo[kind="action"] { color: #a12b2b; font-weight: bold; }
#kindCombo[kind="question"] { color: #855600; font-weight: bold; }
#kindCombo[kind="recommendation"] { color: #1e7038; font-weight: bold; }
#kindCombo[kind="quote"] { color: #4a5262; font-weight: bold; }
"""

STYLE_SHEET += """
#outcomeEvidence { color: #1f5f8b; font-size: 9pt; }
#outcomeComment { color: #4a5262; font-style: italic; font-size: 9pt; }
#outcomeMenu { font-weight: bold; padding: 0 4px; }
"""
STYLE_SHEET += """
#outcomeMenu::menu-indicator { image: none; width: 0; }
"""
STYLE_SHEET += """
OutcomeRow[dropTarget="true"] { background: #e3eef7; border-radius: 4px; }
"""
STYLE_SHEET += """
/* status colours by role, so the dark theme can swap them */
*[tone="error"] { color: #a12b2b; }
*[tone="good"] { color: #1e7038; }
"""
