"""A report template: the organisation's look (logo, name, accent colour, header and
footer text, cover page, paper), read from a small TOML file.

    organisation = "Asia Forum Secretariat"
    logo = "logo.png"          # relative to the TOML file, inside its folder
    accent = "#0b5394"
    header = "Asia Forum 2026"
    footer = "Internal: for participants only"
    cover = true
    paper = "a4"
    font = "DejaVu Sans"       # the Latin text's face: one of the bundled ones

Qt-free. Everything in the file comes from outside, so every field is checked here and
a bad one is refused with one sentence (:class:`TemplateError`) before anything is
drawn: unknown keys by name, a logo that is not a small regular PNG, JPEG or SVG inside
the template's folder, an SVG that names anything outside itself or carries a DTD,
script or foreign content (a safe SVG is drawn with svglib, as vectors). The logo's
bytes are read once here and carried in the template, so the file cannot change
between the check and the export.
"""

from __future__ import annotations

import io
import logging
import os
import re
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

TEMPLATE_MAX_BYTES = 64 * 1024  # the TOML file itself
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 4000 * 4000  # a small file can still decode to a huge image
TEXT_MAX = {"organisation": 120, "header": 160, "footer": 160}
PAPERS = {"a4": "A4", "letter": "Letter"}
# the bundled Latin faces a template may name (report.fonts.LATIN_FACES registers them)
LATIN_FONTS = ("DejaVu Sans",)
KEYS = ("organisation", "logo", "accent", "header", "footer", "cover", "paper", "font")
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_LOGO_NAME = re.compile(r"[\w-][\w.-]{0,99}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class TemplateError(ValueError):
    """A template refused: the message is one sentence for the user."""


@dataclass(frozen=True)
class Logo:
    name: str  # the file name, for messages
    kind: str  # "png", "jpeg" or "svg"
    data: bytes
    width: float  # pixels (an SVG: its drawing's width and height in points)
    height: float

    def aspect(self) -> float:
        return self.width / self.height


@dataclass(frozen=True)
class ReportTemplate:
    name: str = ""  # the TOML file's stem, shown in the export dialog
    organisation: str = ""
    logo: Logo | None = None
    accent: str = "#1f5f8b"
    header: str = ""
    footer: str = ""
    cover: bool = False
    paper: str | None = None  # "A4" / "Letter", or None: the export's own choice
    font: str = LATIN_FONTS[0]  # the Latin text's face, one of LATIN_FONTS


def load_template(path: Path | str) -> ReportTemplate:
    """Read and check the template at ``path``; raise TemplateError with one sentence."""
    path = Path(path)
    shown = path.name
    try:
        st = path.stat()
    except OSError as exc:
        raise TemplateError(f"cannot read the template {shown}: "
                            f"{exc.strerror or 'not found'}") from None
    if not stat.S_ISREG(st.st_mode):
        raise TemplateError(f"the template {shown} is not a regular file")
    if st.st_size > TEMPLATE_MAX_BYTES:
        raise TemplateError(f"the template {shown} is too large "
                            f"(more than {TEMPLATE_MAX_BYTES // 1024} KB); "
                            "a template is a few lines of TOML")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"cannot read the template {shown}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(f"the template {shown} is not UTF-8 text") from None
    return _from_toml(text, path.parent, None, name=path.stem, shown=shown)


def template_from_text(text: str, logo_name: str = "", logo: bytes | None = None,
                       name: str = "", shown: str = "template") -> ReportTemplate:
    """A template kept as text with its logo's bytes (a session's chosen template, or
    one carried in a package), checked exactly as a file would be; TemplateError."""
    if not isinstance(text, str) or len(text.encode("utf-8", "replace")) \
            > TEMPLATE_MAX_BYTES:
        raise TemplateError(f"the template {shown} is too large "
                            f"(more than {TEMPLATE_MAX_BYTES // 1024} KB); "
                            "a template is a few lines of TOML")
    if logo_name and not _LOGO_NAME.fullmatch(logo_name):
        raise TemplateError(f"the template {shown} names its logo with an unusable file "
                            "name (letters, digits, dot, dash and underscore only)")
    logos = {logo_name: logo} if logo_name and logo is not None else {}
    return _from_toml(text, None, logos, name=name, shown=shown)


def _from_toml(text: str, folder: Path | None, logos: dict[str, bytes] | None, name: str,
               shown: str) -> ReportTemplate:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"the template {shown} is not valid TOML ({exc})") from None
    return parse_template(data, folder, name=name, shown=shown, logos=logos)


def parse_template(data: dict, folder: Path | None, name: str = "", shown: str = "template",
                   logos: dict[str, bytes] | None = None) -> ReportTemplate:
    """Check the template's keys; its logo is read from ``folder``, or, when ``logos``
    is given (a template kept as text), taken from it by name and checked the same way."""
    unknown = [k for k in data if k not in KEYS]
    if unknown:
        raise TemplateError(f"the template {shown} has unknown key(s): "
                            f"{', '.join(sorted(unknown))} (known keys: {', '.join(KEYS)})")
    fields: dict = {"name": name}
    for key, cap in TEXT_MAX.items():
        if key in data:
            value = data[key]
            if not isinstance(value, str):
                raise TemplateError(f"in the template {shown}, {key} must be text")
            value = value.strip()
            if len(value) > cap:
                raise TemplateError(f"in the template {shown}, {key} is longer than "
                                    f"{cap} characters")
            if _CONTROL.search(value) or "\n" in value:
                raise TemplateError(f"in the template {shown}, {key} must be one line "
                                    "without control characters")
            fields[key] = value
    if "accent" in data:
        accent = data["accent"]
        if not isinstance(accent, str) or not _HEX.fullmatch(accent.strip()):
            raise TemplateError(f"in the template {shown}, accent must be a colour "
                                'written #rrggbb, such as "#0b5394"')
        fields["accent"] = accent.strip().lower()
    if "cover" in data:
        if not isinstance(data["cover"], bool):
            raise TemplateError(f"in the template {shown}, cover must be true or false")
        fields["cover"] = data["cover"]
    if "paper" in data:
        paper = PAPERS.get(str(data["paper"]).strip().lower()) \
            if isinstance(data["paper"], str) else None
        if paper is None:
            raise TemplateError(f'in the template {shown}, paper must be "a4" or "letter"')
        fields["paper"] = paper
    if "font" in data:
        wanted = data["font"].strip().casefold() if isinstance(data["font"], str) else None
        font = next((f for f in LATIN_FONTS if f.casefold() == wanted), None)
        if font is None:
            raise TemplateError(f"in the template {shown}, font must be one of the bundled "
                                f"faces: {', '.join(LATIN_FONTS)}")
        fields["font"] = font
    if "logo" in data:
        if not isinstance(data["logo"], str) or not data["logo"].strip():
            raise TemplateError(f"in the template {shown}, logo must be a file name")
        relative = data["logo"].strip()
        if logos is None:
            fields["logo"] = load_logo(folder, relative)
        elif relative not in logos:
            raise TemplateError(f"the template {shown} names the logo {relative}, "
                                "which it does not carry")
        else:
            fields["logo"] = logo_from_bytes(logos[relative], relative, Path(relative).suffix)
    return ReportTemplate(**fields)


def load_logo(folder: Path, relative: str) -> Logo:
    """The logo file ``relative`` to ``folder``, checked; TemplateError if refused."""
    shown = relative
    if os.path.isabs(relative) or "\\" in relative or _CONTROL.search(relative):
        raise TemplateError(f"the logo {shown} must be a file name relative to the "
                            "template, in its folder")
    base = folder.resolve()
    target = (base / relative).resolve()
    if target != base and base not in target.parents:
        raise TemplateError(f"the logo {shown} is outside the template's folder; "
                            "put the logo next to the template")
    try:
        st = target.stat()
    except OSError:
        raise TemplateError(f"the logo {shown} was not found next to the template") from None
    if not stat.S_ISREG(st.st_mode):
        raise TemplateError(f"the logo {shown} is not a regular file")
    if st.st_size > LOGO_MAX_BYTES:
        raise TemplateError(f"the logo {shown} is too large ({st.st_size // (1024 * 1024)} MB;"
                            f" at most {LOGO_MAX_BYTES // (1024 * 1024)} MB)")
    try:
        with open(target, "rb") as f:
            data = f.read(LOGO_MAX_BYTES + 1)
    except OSError as exc:
        raise TemplateError(f"cannot read the logo {shown}: {exc.strerror}") from None
    if len(data) > LOGO_MAX_BYTES:  # grew since stat
        raise TemplateError(f"the logo {shown} is too large "
                            f"(at most {LOGO_MAX_BYTES // (1024 * 1024)} MB)")
    return logo_from_bytes(data, shown, target.suffix)


def logo_from_bytes(data: bytes, shown: str, suffix: str = "") -> Logo:
    """Check a logo's bytes: at most LOGO_MAX_BYTES, a PNG or JPEG that decodes fully, or
    a self-contained SVG that svglib can draw."""
    if not isinstance(data, bytes | bytearray):
        raise TemplateError(f"the logo {shown} is not an image")
    if len(data) > LOGO_MAX_BYTES:
        raise TemplateError(f"the logo {shown} is too large "
                            f"(at most {LOGO_MAX_BYTES // (1024 * 1024)} MB)")
    head = data[:512].lstrip()
    if suffix.lower() == ".svg" or head.startswith(b"<?xml") or head.startswith(b"<svg"):
        return _svg(bytes(data), shown)
    return _raster(bytes(data), shown)


def _svg(data: bytes, shown: str) -> Logo:
    check_svg(data, shown)  # first: svglib must only ever see bytes that passed it
    drawing = svg_drawing(data, shown)
    width, height = float(drawing.width or 0), float(drawing.height or 0)
    if not (0 < width < 1e5 and 0 < height < 1e5):
        raise TemplateError(f"the logo {shown} is an SVG without a usable width and height")
    return Logo(name=shown, kind="svg", data=data, width=width, height=height)


def svg_drawing(data: bytes, shown: str = "logo"):
    """A checked SVG's bytes as a ReportLab Drawing (TemplateError if it cannot be drawn).

    svglib parses with lxml; it is given the bytes (never a path) with entity resolution
    off, and check_svg has already refused any DTD, so nothing outside can be read."""
    try:
        from svglib.svglib import svg2rlg
    except ImportError:  # pragma: no cover - a dependency
        raise TemplateError(f"the logo {shown} is an SVG, which this build cannot draw; "
                            "save it as PNG or JPEG") from None
    # svglib logs what it skips (an unknown element, a circular <use>) as errors, which
    # would reach the command line's stderr as stray lines; the logo is checked here
    logging.getLogger("svglib").setLevel(logging.CRITICAL)
    try:
        drawing = svg2rlg(io.BytesIO(data), resolve_entities=False)
    except Exception:  # svglib/lxml raise many kinds for odd input
        drawing = None
    if drawing is None:
        raise TemplateError(f"the logo {shown} is an SVG that cannot be drawn")
    return drawing


def _raster(data: bytes, shown: str) -> Logo:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "png"
    elif data.startswith(b"\xff\xd8\xff"):
        kind = "jpeg"
    else:
        raise TemplateError(f"the logo {shown} is not a PNG, JPEG or SVG image")
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - ReportLab depends on Pillow
        raise TemplateError("logos cannot be checked: Pillow is not installed") from None
    try:
        with Image.open(io.BytesIO(data)) as im:
            fmt = (im.format or "").lower()
            width, height = im.size
            if width <= 0 or height <= 0 or width * height > LOGO_MAX_PIXELS:
                raise TemplateError(f"the logo {shown} is too large in pixels "
                                    f"({width}×{height}; at most 4000×4000)")
            im.load()  # decodes every pixel: a truncated or corrupt file fails here
    except TemplateError:
        raise
    except Image.DecompressionBombError:  # Pillow's own limit, far above ours
        raise TemplateError(f"the logo {shown} is too large in pixels "
                            "(at most 4000×4000)") from None
    except Exception:  # Pillow raises many kinds for a damaged file
        raise TemplateError(f"the logo {shown} is damaged and cannot be read as "
                            f"{kind.upper()}") from None
    if fmt != kind:
        raise TemplateError(f"the logo {shown} is not a PNG or JPEG image")
    return Logo(name=shown, kind=kind, data=data, width=width, height=height)


_HREF = re.compile(r"(^|})href$")


def check_svg(data: bytes, shown: str) -> None:
    """Refuse an SVG that is not well-formed or names anything outside itself."""
    try:
        from defusedxml import ElementTree as DET
        from defusedxml.common import DefusedXmlException
    except ImportError:  # pragma: no cover
        raise TemplateError(f"the logo {shown} is an SVG, which this build cannot check"
                            ) from None
    try:
        root = DET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise TemplateError(f"the logo {shown} is an SVG with a DTD or entities, which "
                            "is refused") from None
    except Exception:
        raise TemplateError(f"the logo {shown} is not a well-formed SVG") from None
    for el in root.iter():
        for attr, value in el.attrib.items():
            v = value.strip()
            if _HREF.search(attr) and not (v.startswith("#") or v.startswith("data:")):
                raise TemplateError(f"the logo {shown} is an SVG that refers to another "
                                    f"file or address ({v[:60]}), which is refused")
            if "url(" in v and re.search(r"url\(\s*['\"]?(?!#)", v):
                raise TemplateError(f"the logo {shown} is an SVG that refers to another "
                                    "file or address, which is refused")
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag.lower() in ("script", "foreignobject"):
            raise TemplateError(f"the logo {shown} is an SVG with a script or foreign "
                                "content, which is refused")
        if tag == "image":
            href = next((v.strip() for a, v in el.attrib.items() if _HREF.search(a)), "")
            if not href.startswith("data:"):
                raise TemplateError(f"the logo {shown} is an SVG that refers to another "
                                    f"file or address ({href[:60]}), which is refused")
        if tag == "style" and el.text and re.search(r"(@import|url\(\s*['\"]?(?!#))",
                                                     el.text):
            raise TemplateError(f"the logo {shown} is an SVG whose style loads another "
                                "file, which is refused")


def templates_folder(data_dir: Path | str) -> Path:
    """Where templates are kept: <data folder>/templates/."""
    return Path(data_dir) / "templates"


def list_templates(data_dir: Path | str) -> list[Path]:
    folder = templates_folder(data_dir)
    try:
        return sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError:
        return []


def _toml_string(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def logo_file_name(template: ReportTemplate) -> str:
    """The name the template's logo is kept under beside its TOML text ("" if none)."""
    if template.logo is None:
        return ""
    return f"logo.{_SUFFIX[template.logo.kind]}"


_SUFFIX = {"png": "png", "jpeg": "jpg", "svg": "svg"}


def template_toml(template: ReportTemplate, logo_name: str = "") -> str:
    """The checked template written back as TOML (its logo named ``logo_name``)."""
    lines = []
    for key in ("organisation", "header", "footer"):
        if getattr(template, key):
            lines.append(f"{key} = {_toml_string(getattr(template, key))}")
    lines.append(f"accent = {_toml_string(template.accent)}")
    lines.append(f"cover = {'true' if template.cover else 'false'}")
    if template.paper:
        lines.append(f"paper = {_toml_string(template.paper.lower())}")
    lines.append(f"font = {_toml_string(template.font)}")
    if logo_name:
        lines.append(f"logo = {_toml_string(logo_name)}")
    return "\n".join(lines) + "\n"


def install_template(source: Path | str, data_dir: Path | str) -> Path:
    """Check the template at ``source`` and keep a copy in the data folder's templates/
    folder, its logo next to it; return the copy's path. Nothing is written when the
    template is refused (TemplateError). The copy is written from what was checked,
    so a file changed meanwhile cannot slip in."""
    template = load_template(source)
    folder = templates_folder(data_dir)
    stem = re.sub(r"[^\w.-]+", "-", Path(source).stem).strip(".-") or "template"
    name, n = stem, 2
    while (folder / f"{name}.toml").exists():
        name, n = f"{stem}-{n}", n + 1
    logo_path = None
    if template.logo is not None:
        logo_path = folder / f"{name}-logo.{_SUFFIX[template.logo.kind]}"
    text = template_toml(template, logo_path.name if logo_path else "")
    target = folder / f"{name}.toml"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if logo_path is not None:
            logo_path.write_bytes(template.logo.data)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise TemplateError(f"cannot keep a copy of the template in {folder}: "
                            f"{exc.strerror}") from None
    return target
