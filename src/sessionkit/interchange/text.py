"""HTML from schedules to plain-text paragraphs, safely.

Schedules carry abstracts as HTML (FOSDEM) or as text with ``<br />`` (frab).
Nothing here renders HTML: the standard library's tokenizer is used only to
drop the tags and keep the text; entities are decoded, scripts and styles are
dropped with their contents, and no URL is ever fetched.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
          "blockquote", "pre", "section", "article", "table", "dd", "dt", "hr"}
_SKIP = {"script", "style", "head", "title", "iframe", "object", "template"}
_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n\n• ")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK and tag != "br":
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def clean_text(value) -> str:
    """A string from whatever a schedule has in a text field (None, numbers...)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", text).strip()


def looks_like_html(text: str) -> bool:
    return bool(_TAG_RE.search(text))


def html_to_text(text: str) -> str:
    """Tags dropped, entities decoded; block elements become blank lines."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


def paragraphs(value) -> list[str]:
    """Plain-text paragraphs from HTML or text; blank lines separate paragraphs."""
    text = clean_text(value)
    if not text:
        return []
    if looks_like_html(text):
        # In HTML a bare newline is just a space; <br> and blocks make breaks.
        text = html_to_text(text.replace("\n", " ") if "<" in text else text)
    text = _CONTROL_RE.sub("", text)
    out = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in block.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            out.append(para)
    return out


def plain(value) -> str:
    """One-line text (titles, names, rooms): HTML removed, whitespace collapsed."""
    text = clean_text(value)
    if looks_like_html(text):
        text = html_to_text(text)
    return re.sub(r"\s+", " ", _CONTROL_RE.sub("", text)).strip()
