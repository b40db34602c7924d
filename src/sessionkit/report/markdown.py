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

_INLINE = re.compile(r"([\\`*\[\]])")  # always special
_TAG = re.compile(r"<(?=[A-Za-z/!?])")  # "<" only starts HTML before these
_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")  # snake_case stays as is
_TILDES = re.compile(r"~~")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = re.compile(
    r"^(\s*)(#|>|[+\-=*](?=\s|$)|[-=*_](?=[-=*_\s]*$)|\d{1,9}(?=[.)](?:\s|$)))")


def md_escape(text: str, cell: bool = False) -> str:
    """Escape user text for use inside a line (a heading, a table cell, after a label)."""
    text = _INLINE.sub(r"\\\1", text)
    text = _TAG.sub(r"\\<", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    text = _TILDES.sub(r"\\~\\~", text)
    text = _ENTITY.sub(r"\\&", text)
    if cell:
        text = text.replace("|", "\\|")
    return text


def _line_start(line: str) -> str:
    """Neutralise what would make a line a heading, quote, list or rule."""
    m = _LINE_START.match(line)
    if not m:
        return line
    lead, mark = m.group(1), m.group(2)
    if mark[0].isdigit():
        end = m.end()
        return line[:end] + "\\" + line[end:]
    return lead + "\\" + line[len(lead):]


def _para(text: str, first_inline: bool = False) -> str:
    """A paragraph: keep the user's line breaks (two trailing spaces = <br>)."""
    lines = [md_escape(line) for line in text.split("\n")]
    lines = [ln if (first_inline and i == 0) else _line_start(ln) for i, ln in enumerate(lines)]
    return "  \n".join(lines)


def _cell(text: str) -> str:
    return md_escape(text, cell=True).replace("\n", "<br>") or " "


def pictures_folder(final: Path) -> Path:
    """Where the Markdown's pictures go: ``report.md`` -> ``report-pictures/``."""
    final = Path(final)
    return final.with_name(final.stem + "-pictures")


def picture_files(report: m.Report, final: Path) -> list[tuple[Path, bytes]]:
    """The SVG files the Markdown at ``final`` links, as (path, content)."""
    from sessionkit.report.pictures import to_svg

    folder = pictures_folder(final)
    return [(folder / f"{b.key}.svg", to_svg(b))
            for section in report.sections for b in section.blocks
            if isinstance(b, m.Picture)]


def _picture(b: m.Picture, folder: str | None) -> list[str]:
    from urllib.parse import quote

    out = [f"### {md_escape(b.title)}", ""]
    if folder is not None:
        alt = md_escape(b.title)
        out += [f"![{alt}]({quote(folder)}/{b.key}.svg)", ""]
    out += [f"- {_para(line)}" for line in b.text]  # "1. Opening: …" is no list
    return out + [""]


def _block(b: m.Block, folder: str | None = None) -> list[str]:
    if isinstance(b, m.Subheading):
        return [f"### {md_escape(b.text)}", ""]
    if isinstance(b, m.Para):
        text = _para(b.text)
        return [f"*{text}*" if b.style == "intro" and "\n" not in b.text else text, ""]
    if isinstance(b, m.Facts):
        return [f"- **{md_escape(label)}:** {_para(value, first_inline=True)}"
                for label, value in b.items] + [""]
    if isinstance(b, m.Bullets):
        return [f"- {_para(item, first_inline=True)}" for item in b.items] + [""]
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
    if isinstance(b, m.Picture):
        return _picture(b, folder)
    raise TypeError(f"unknown report block {type(b).__name__}")


def to_markdown(report: m.Report, pictures: str | None = None) -> str:
    """``pictures``: the folder (relative to the Markdown file) holding the SVG files;
    None prints the pictures' text equivalents only."""
    lines = [f"# {md_escape(report.heading)}", "", f"*{md_escape(report.subtitle)}*", ""]
    for section in report.sections:
        lines += [f"## {md_escape(section.title)}", ""]
        for b in section.blocks:
            lines += _block(b, pictures)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_markdown(report: m.Report, target: Path,
                    final: Path | None = None) -> Iterator[tuple[int, int]]:
    """Write the Markdown to ``target``; ``final`` is the name it will have (the export
    writes a temp file and renames it), which names the pictures' folder it links."""
    yield 0, 1
    folder = pictures_folder(Path(final or target)).name
    Path(target).write_text(to_markdown(report, folder), encoding="utf-8")
    yield 1, 1
    return []
