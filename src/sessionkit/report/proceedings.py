"""The proceedings: several sessions' reports in one document, as plain data, and its
DOCX and Markdown renderers (the PDF's is ``report/proceedings_pdf.py``).

A :class:`Proceedings` is a title page, a table of contents, two sections across the
sessions (the key messages and recommendations grouped by track, and every action item
with its owner, due date and session), then each session's own :class:`~report.model.Report`
as ``build_report`` makes it. The renderers compose each session's report from the
single-report renderers' own pieces (blocks, fonts, shaping, right-to-left), so every
script prints as it does in a single report. Qt-free; no renderer library is imported
until a renderer runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sessionkit.domain.models import Note, NoteKind, Session
from sessionkit.report import model as m
from sessionkit.report.i18n import medium_date, translator

DIGEST_KEY = "digest"
ACTIONS_KEY = "actions"


@dataclass
class Proceedings:
    title: str
    subtitle: str  # "12 sessions · 1 Dec 2026 – 3 Dec 2026"
    options: m.ReportOptions
    front: list[m.Section]  # the digest, then all the action items
    sessions: list[m.Report]
    contents_title: str = "Contents"
    label: str = "Proceedings"  # the running header's right-hand word
    warnings: list[str] = field(default_factory=list)

    def contents(self) -> list[tuple[str, str]]:
        """(title, key) of each table-of-contents line, in document order; the keys
        are the PDF's bookmark names and the Markdown's anchors."""
        return ([(s.title, s.key) for s in self.front]
                + [(r.heading, session_key(i)) for i, r in enumerate(self.sessions)])

    def page_report(self) -> m.Report:
        """A report standing for the whole document where the single-report renderers
        want one: the running header, the document's properties, the template."""
        label = "" if self.label == self.title else self.label  # not twice on a line
        return m.Report(code="", title=self.title, subtitle=label, heading=self.title,
                        author="SessionKit", subject=self.subtitle, keywords=[],
                        options=self.options, sections=[])

    def all_text(self) -> list[str]:
        out = [self.title, self.subtitle]
        for s in self.front:
            out.append(s.title)
            for b in s.blocks:
                out.extend(m.block_texts(b))
        for r in self.sessions:
            out.extend(r.all_text())
        return [t for t in out if t]


def session_key(index: int) -> str:
    return f"p{index + 1}"


@dataclass
class SessionData:
    """What the proceedings read of one session (one store read, used twice: for the
    session's report and for the sections across sessions)."""
    bundle: object  # SessionBundle
    notes: list[Note]
    meta: object
    paused: dict[str, float]
    turns: dict


def read_session(store, session_id: str) -> SessionData:
    return SessionData(
        bundle=store.load_bundle(session_id), notes=store.notes.for_session(session_id),
        meta=store.report_meta.get(session_id),
        paused={k: v.paused_seconds for k, v in store.live.items(session_id).items()},
        turns=store.live.turns(session_id))


def _local_day(s: Session) -> date | None:
    if s.start is None:
        return None
    zone, _name = m._zone(s.timezone)
    local, _shifted = m._in_zone(s.start, zone)
    return local.date()


def build_proceedings(sessions: list[SessionData], options: m.ReportOptions | None = None,
                      title: str | None = None) -> Proceedings:
    """The proceedings of ``sessions``, in the order given."""
    options = options or m.ReportOptions()
    tr = translator(options.language)
    clean = m._Cleaner()
    reports = [m.build_report_from(d.bundle, d.notes, d.meta, options, paused=d.paused,
                                   turns=d.turns) for d in sessions]
    days = sorted(d for d in (_local_day(x.bundle.session) for x in sessions) if d)
    span = ""
    if days:
        first, last = medium_date(days[0], options.language), medium_date(days[-1],
                                                                          options.language)
        span = first if first == last else f"{first} – {last}"
    count = tr("One session") if len(sessions) == 1 else tr("{count} sessions",
                                                             count=len(sessions))
    subtitle = " · ".join(x for x in (count, span) if x)
    front = [_digest(sessions, reports, tr, clean), _all_actions(sessions, tr, clean)]
    proceedings = Proceedings(
        title=clean(title).strip() if title and title.strip() else tr("Proceedings"),
        subtitle=subtitle, options=options, front=front, sessions=reports,
        contents_title=tr("Contents"), label=tr("Proceedings"))
    proceedings.warnings = _merged_warnings(reports, clean)
    return proceedings


def _merged_warnings(reports: list[m.Report], clean) -> list[str]:
    count = sum(int(w.split(" ", 1)[0]) for r in reports for w in r.warnings
                if w.split(" ", 1)[0].isdigit() and "control character" in w) + clean.replaced
    others = list(dict.fromkeys(w for r in reports for w in r.warnings
                                if "control character" not in w))
    if count:
        others.insert(0, f"{count} control character(s) in the text were printed as "
                         f"{m.PLACEHOLDER}")
    return others


def _live(notes: list[Note], kind: NoteKind) -> list[Note]:
    return sorted((n for n in notes if n.kind == kind and n.deleted_at is None),
                  key=lambda n: (n.created, n.id))


def _digest(sessions: list[SessionData], reports: list[m.Report], tr, clean) -> m.Section:
    """Key messages, then recommendations, of every session, grouped by track in the
    order the tracks first appear; sessions without a track last."""
    by_track: dict[str, list[m.NoteEntry]] = {}
    for data, report in zip(sessions, reports):
        track = clean(data.bundle.session.track).strip()
        for kind in (NoteKind.KEY_MESSAGE, NoteKind.RECOMMENDATION):
            for n in _live(data.notes, kind):
                by_track.setdefault(track, []).append(m.NoteEntry(
                    time="", kind=tr(m.KIND_LABELS[kind]), text=clean(n.text),
                    context=report.heading, starred=n.starred))
    blocks: list[m.Block] = []
    for track in sorted(by_track, key=lambda t: (t == "", list(by_track).index(t))):
        blocks.append(m.Subheading(track or tr("No track")))
        blocks.append(m.Notes(by_track[track]))
    if not blocks:
        blocks.append(m.Para(tr("No key messages or recommendations were noted."), "intro"))
    return m.Section(DIGEST_KEY, tr("Key messages and recommendations by track"), blocks)


def _all_actions(sessions: list[SessionData], tr, clean) -> m.Section:
    """Every action item: by due date (none last), then in session and time order."""
    rows = []
    for order, data in enumerate(sessions):
        s = data.bundle.session
        for n in _live(data.notes, NoteKind.ACTION):
            rows.append(((n.action_due is None, n.action_due or date.min, order),
                         [clean(n.text), clean(n.action_owner),
                          n.action_due.isoformat() if n.action_due else "",
                          clean(s.code) or clean(s.title)]))
    rows.sort(key=lambda r: r[0])
    if not rows:
        return m.Section(ACTIONS_KEY, tr("All action items"),
                         [m.Para(tr("No action items were noted."), "intro")])
    table = m.Table([tr(c) for c in ("#", "Action", "Owner", "Due", "Session")],
                    [[str(i), *cells] for i, (_key, cells) in enumerate(rows, 1)],
                    [0.4, 5.0, 2.0, 1.3, 1.6], keep_whole=(2, 4))
    return m.Section(ACTIONS_KEY, tr("All action items"), [table])


# -- Markdown -------------------------------------------------------------------------

def to_markdown(p: Proceedings) -> str:
    from sessionkit.report.markdown import _block, md_escape, to_markdown as one_report

    lines = [f"# {md_escape(p.title)}", "", f"*{md_escape(p.subtitle)}*", "",
             f"## {md_escape(p.contents_title)}", ""]
    lines += [f"- [{md_escape(title)}](#{key})" for title, key in p.contents()] + [""]
    for section in p.front:
        lines += [f'<a id="{section.key}"></a>', "", f"## {md_escape(section.title)}", ""]
        for b in section.blocks:
            lines += _block(b)
    for i, report in enumerate(p.sessions):
        lines += [f'<a id="{session_key(i)}"></a>', ""]
        # the session's report one heading level down: user text never starts a line
        # with "#" there (markdown.py escapes it), so every such line is a heading
        for line in one_report(report).rstrip("\n").split("\n"):
            lines.append("#" + line if line.startswith("#") else line)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_markdown(p: Proceedings, target: Path) -> Iterator[tuple[int, int]]:
    """The pictures print as their text equivalents (no picture files beside it)."""
    yield 0, 1
    Path(target).write_text(to_markdown(p), encoding="utf-8")
    yield 1, 1
    return []


# -- DOCX ---------------------------------------------------------------------------------

class _OneLevelDown:
    """The document body as the single-report block writer sees it, its headings one
    level down: a session's sections become Heading 2 under its Heading 1 title."""

    def __init__(self, body):
        self._body = body

    def __getattr__(self, name):
        return getattr(self._body, name)

    def heading(self, level: int):
        return self._body.heading(level + 1 if level else 0)


def _page_break(body) -> None:
    from docx.enum.text import WD_BREAK

    body.paragraph().add_run().add_break(WD_BREAK.PAGE)


def _contents_field(body, p: Proceedings) -> None:
    """Word's TOC field over the Heading 1 titles (with page numbers once the reader
    updates fields; Word asks on opening). Until then it shows the titles themselves."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from sessionkit.report.docx import _text

    para = body.paragraph()

    def fld(kind: str) -> None:
        run = para.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-1" \\h \\z \\u '
    para.add_run()._r.append(instr)
    fld("separate")
    _text(para, "\n".join(title for title, _key in p.contents()))
    fld("end")
    # ask Word to fill the page numbers in on opening; in the place the schema gives it
    # (Word refuses a settings part whose elements are out of order)
    settings = body.doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    later = next((el for el in settings if el.tag.rsplit("}", 1)[-1] in _AFTER_UPDATE_FIELDS),
                 None)
    if later is not None:
        later.addprevious(update)
    else:
        settings.append(update)


# what CT_Settings (ECMA-376) puts after w:updateFields
_AFTER_UPDATE_FIELDS = frozenset((
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator"))


def render_docx(p: Proceedings, target: Path) -> Iterator[tuple[int, int]]:
    from sessionkit.report.docx import _block, _document, _text

    total = len(p.sessions) + 3
    yield 0, total
    doc, body = _document(p.page_report())
    _text(body.heading(0), p.title)
    _text(body.paragraph(), p.subtitle, muted=True)
    _page_break(body)
    _text(body.paragraph(), p.contents_title, bold=True, size=14)
    _contents_field(body, p)
    down = _OneLevelDown(body)
    for section in p.front:
        _page_break(body)
        _text(body.heading(1), section.title)
        for b in section.blocks:
            _block(body, b)
    yield 2, total
    for i, report in enumerate(p.sessions, 3):
        _page_break(body)
        _text(body.heading(1), report.heading)
        _text(body.paragraph(), report.subtitle, muted=True)
        for section in report.sections:
            _text(down.heading(1), section.title)
            for b in section.blocks:
                _block(down, b)
        yield i, total
    doc.save(str(target))
    yield total, total
    return []
