"""The Markdown renderer: a report that reads well as plain text and as rendered
Markdown (CommonMark with pipe tables).

User text is escaped where it becomes Markdown (:func:`md_escape`): characters
that would start emphasis, links, code, HTML or a table cell are backslash-escaped,
and line-start markers (``#``, ``-``, ``1.``, ``>``) are neutralised, so a note
prints as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from sessionkit.report import model as m

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.M)


def md_escape(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _LINE_START.sub(lambda mt: mt.group(1) + "\\" + mt.group(2)
                           if not mt.group(2)[0].isdigit()
                           else mt.group(1) + mt.group(2)[:-1] + "\\" + mt.group(2)[-1], text)
    return text


def _para(text: str) -> str:
    """A paragraph: keep the user's line breaks (two trailing spaces = <br>)."""
    return "  \n".join(md_escape(line) for line in text.split("\n"))


def _cell(text: str) -> str:
    return md_escape(text).replace("\n", "<br>") or " "


def _block(b: m.Block) -> list[str]:
    if isinstance(b, m.Subheading):
        return [f"### {md_escape(b.text)}", ""]
    if isinstance(b, m.Para):
        text = _para(b.text)
        return [f"*{text}*" if b.style == "intro" and "\n" not in b.text else text, ""]
    if isinstance(b, m.Facts):
        return [f"- **{md_escape(label)}:** {_para(value)}" for label, value in b.items] + [""]
    if isinstance(b, m.Bullets):
        return [f"- {_para(item)}" for item in b.items] + [""]
    if isinstance(b, m.Table):
        lines = ["| " + " | ".join(_cell(c) for c in b.columns) + " |",
                 "|" + "|".join("---" for _ in b.columns) + "|"]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in b.rows]
        return lines + [""]
    if isinstance(b, m.Notes):
        out = []
        for n in b.notes:
            out.append(f"**{md_escape(n.header())}**  ")
            out.append(_para(n.text))
            out.append("")
        return out
    raise TypeError(f"unknown report block {type(b).__name__}")


def to_markdown(report: m.Report) -> str:
    lines = [f"# {md_escape(report.heading)}", "", f"*{md_escape(report.subtitle)}*", ""]
    for section in report.sections:
        lines += [f"## {md_escape(section.title)}", ""]
        for b in section.blocks:
            lines += _block(b)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_markdown(report: m.Report, target: Path) -> Iterator[tuple[int, int]]:
    yield 0, 1
    Path(target).write_text(to_markdown(report), encoding="utf-8")
    yield 1, 1
    return []
