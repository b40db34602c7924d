"""Report templates come from outside (a TOML file and a logo next to it): every bad
one is refused with one sentence naming what is wrong, before anything is written,
and a bad logo never reaches the PDF."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from safety_helpers import cli
from sessionkit.report.template import (
    LOGO_MAX_BYTES,
    TemplateError,
    list_templates,
    load_template,
)


def _png(width=40, height=20, colour=(11, 83, 148)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "PNG")
    return buf.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (30, 30), (200, 10, 10)).save(buf, "JPEG")
    return buf.getvalue()


def _write(folder: Path, toml: str, files: dict[str, bytes] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (files or {}).items():
        (folder / name).write_bytes(data)
    path = folder / "org.toml"
    path.write_text(toml, encoding="utf-8")
    return path


def _refused(path: Path) -> str:
    with pytest.raises(TemplateError) as info:
        load_template(path)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_good_template_reads_every_field(tmp_path):
    path = _write(tmp_path, 'organisation = "Asia Forum"\nlogo = "logo.png"\n'
                            'accent = "#0B5394"\nheader = "Forum 2026"\nfooter = "Internal"\n'
                            'cover = true\npaper = "letter"\n', {"logo.png": _png()})
    t = load_template(path)
    assert (t.organisation, t.accent, t.header, t.footer, t.cover, t.paper) == \
        ("Asia Forum", "#0b5394", "Forum 2026", "Internal", True, "Letter")
    assert t.logo.kind == "png" and (t.logo.width, t.logo.height) == (40, 20)
    assert t.name == "org"


def test_a_jpeg_logo_is_taken(tmp_path):
    t = load_template(_write(tmp_path, 'logo = "l.jpg"\n', {"l.jpg": _jpeg()}))
    assert t.logo.kind == "jpeg"


def test_unknown_keys_are_refused_by_name(tmp_path):
    message = _refused(_write(tmp_path, 'organisation = "x"\ncolour = "#000000"\nfonts = "A"\n'))
    assert "colour" in message and "fonts" in message and "unknown" in message


@pytest.mark.parametrize("value", ['"Arial"', '"../../etc/fonts/x.ttf"', '"SKSans"', '""', "12",
                                   '"DejaVuSans.ttf"'])
def test_a_font_that_is_not_a_bundled_latin_face_is_refused_listing_the_allowed(tmp_path,
                                                                                value):
    message = _refused(_write(tmp_path, f"font = {value}\n"))
    assert "font must be one of the bundled faces: DejaVu Sans" in message


def test_a_bundled_latin_face_is_taken_whatever_its_case_and_drives_the_pdf_styles(tmp_path):
    from sessionkit.report import pdf
    from sessionkit.report.fonts import LATIN_FACES
    from sessionkit.report.template import LATIN_FONTS

    t = load_template(_write(tmp_path, 'font = "  dejavu SANS "\n'))
    assert t.font == "DejaVu Sans"
    assert load_template(_write(tmp_path / "b", 'header = "x"\n')).font == "DejaVu Sans"
    # every name a template may use is a face the PDF registers, from a bundled file
    assert set(LATIN_FONTS) == set(LATIN_FACES)
    styles = pdf._styles(face=("Reg-X", "Bold-X"))
    assert styles["body"].fontName == "Reg-X" and styles["title"].fontName == "Bold-X"


@pytest.mark.parametrize("line, word", [
    ('accent = "blue"', "accent"),
    ('accent = "#12345"', "accent"),
    ('accent = 1193046', "accent"),
    ('paper = "a3"', "paper"),
    ('cover = "yes"', "cover"),
    ('header = "' + "x" * 500 + '"', "header"),
    ('footer = "a\\nb"', "footer"),
    ('organisation = 12', "organisation"),
    ('organisation = "bell\\u0007"', "organisation"),
    ('logo = ""', "logo"),
])
def test_bad_values_are_refused_naming_the_field(tmp_path, line, word):
    assert word in _refused(_write(tmp_path, line + "\n"))


def test_not_toml_not_utf8_too_big_or_missing(tmp_path):
    assert "not valid TOML" in _refused(_write(tmp_path / "a", "organisation = \n"))
    bad = tmp_path / "b.toml"
    bad.write_bytes(b'organisation = "\xff\xfe"\n')
    assert "UTF-8" in _refused(bad)
    big = tmp_path / "c.toml"
    big.write_text("# " + "x" * 200_000 + "\n")
    assert "too large" in _refused(big)
    assert "cannot read" in _refused(tmp_path / "nowhere.toml")
    assert "not a regular file" in _refused(tmp_path)


@pytest.mark.parametrize("name, data, words", [
    ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "damaged"),  # a header, no image
    ("logo.png", _png()[:60], "damaged"),  # cut short
    ("logo.png", b"hello, I am text", "not a PNG, JPEG or SVG"),
    ("logo.jpg", b"\xff\xd8\xff\xe0" + os.urandom(300), "damaged"),
    ("logo.gif", b"GIF89a" + b"\x00" * 50, "not a PNG, JPEG or SVG"),
])
def test_corrupt_or_non_image_logos_are_refused(tmp_path, name, data, words):
    message = _refused(_write(tmp_path, f'logo = "{name}"\n', {name: data}))
    assert words in message and name in message


def test_a_huge_logo_file_is_refused_without_reading_it_all(tmp_path):
    path = _write(tmp_path, 'logo = "big.png"\n')
    with open(tmp_path / "big.png", "wb") as f:  # sparse: 100 MB on paper only
        f.write(_png())
        f.truncate(100 * 1024 * 1024)
    message = _refused(path)
    assert "too large" in message and f"{LOGO_MAX_BYTES // (1024 * 1024)} MB" in message


@pytest.mark.parametrize("side", [5000, 30000])  # past our limit; past Pillow's too
def test_a_decompression_bomb_logo_is_refused(tmp_path, side):
    # a valid PNG header claiming side×side pixels in a few bytes
    def chunk(kind, body):
        return (len(body).to_bytes(4, "big") + kind + body
                + zlib.crc32(kind + body).to_bytes(4, "big"))
    ihdr = side.to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) \
        + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + chunk(b"IEND", b"")
    message = _refused(_write(tmp_path, 'logo = "bomb.png"\n', {"bomb.png": data}))
    assert "too large in pixels" in message


@pytest.mark.parametrize("logo", ["../logo.png", "/etc/passwd", "sub/../../logo.png",
                                  "..\\\\logo.png"])
def test_a_logo_outside_the_template_folder_is_refused(tmp_path, logo):
    (tmp_path / "logo.png").write_bytes(_png())
    message = _refused(_write(tmp_path / "tpl", f'logo = "{logo}"\n'))
    assert "folder" in message


def test_a_symlinked_logo_escaping_the_folder_is_refused(tmp_path):
    (tmp_path / "secret.png").write_bytes(_png())
    folder = tmp_path / "tpl"
    path = _write(folder, 'logo = "logo.png"\n')
    (folder / "logo.png").symlink_to(tmp_path / "secret.png")
    assert "outside the template's folder" in _refused(path)


def test_a_missing_logo_or_a_folder_logo(tmp_path):
    assert "not found" in _refused(_write(tmp_path / "a", 'logo = "nope.png"\n'))
    (tmp_path / "b" / "dir.png").mkdir(parents=True)
    assert "not a regular file" in _refused(_write(tmp_path / "b", 'logo = "dir.png"\n'))


SVG_EXTERNAL = [
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    b'<image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>',
    b'<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>',
    b'<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(http://x.org/p#a)"/></svg>',
    b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import "http://x.org/s.css";</style></svg>',
]


@pytest.mark.parametrize("svg", SVG_EXTERNAL)
def test_an_svg_with_external_references_is_refused(tmp_path, svg):
    message = _refused(_write(tmp_path, 'logo = "logo.svg"\n', {"logo.svg": svg}))
    assert "refers to another" in message or "loads another" in message


def test_an_svg_with_entities_or_broken_xml_is_refused(tmp_path):
    xxe = (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>')
    assert "DTD" in _refused(_write(tmp_path / "a", 'logo = "l.svg"\n', {"l.svg": xxe}))
    assert "well-formed" in _refused(_write(tmp_path / "b", 'logo = "l.svg"\n',
                                            {"l.svg": b"<svg><g></svg>"}))


SVG_ACTIVE = [
    (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
     b'<rect width="5" height="5"/></svg>', "script or foreign content"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="9" height="9">'
     b'<p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject></svg>',
     "script or foreign content"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd" '
     b'width="10" height="10"/></svg>', "refers to another"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><image width="10" height="10"/></svg>',
     "refers to another"),  # an image with no data: URI at all
    (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;">'
     b'<!ENTITY c "&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;">]>'
     b'<svg xmlns="http://www.w3.org/2000/svg"><text>&d;</text></svg>', "DTD"),
]


@pytest.mark.parametrize("svg,words", SVG_ACTIVE)
def test_an_svg_with_script_foreign_content_a_file_image_or_entities_is_refused(
        tmp_path, svg, words):
    message = _refused(_write(tmp_path, 'logo = "l.svg"\n', {"l.svg": svg}))
    assert words in message and "l.svg" in message


SAFE_SVG = (b'<?xml version="1.0"?>\n<!-- a comment first -->'
            b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
            b'<rect width="120" height="40" fill="#ff0000"/>'
            b'<circle cx="20" cy="20" r="10" fill="url(#g)"/></svg>')


def test_a_safe_svg_logo_is_taken_at_its_size(tmp_path):
    t = load_template(_write(tmp_path, 'logo = "l.svg"\n', {"l.svg": SAFE_SVG}))
    assert t.logo.kind == "svg" and t.logo.aspect() == pytest.approx(3.0)


def _red_pixels_near_the_top(png: Path) -> int:
    from PIL import Image

    with Image.open(png) as im:
        im = im.convert("RGB")
        w, h = im.size
        top = im.crop((0, 0, w // 2, h // 10))  # the header band, left half: the logo's box
        raw = top.tobytes()
        return sum(1 for i in range(0, len(raw), 3)
                   if raw[i] > 200 and raw[i + 1] < 60 and raw[i + 2] < 60)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_cli_pdf_draws_a_safe_svg_logo_on_every_page_as_one_form(data, tmp_path):
    from pypdf import PdfReader

    path = _write(tmp_path / "tpl", 'organisation = "Zephyr Org"\nlogo = "logo.svg"\n'
                  'accent = "#0b5394"\nfooter = "Foot Line"\n', {"logo.svg": SAFE_SVG})
    out_file = tmp_path / "r.pdf"
    out = cli("report", "--session", "D3", "-o", str(out_file), "--template", str(path),
              data_dir=data)
    assert out.returncode == 0, out.stderr
    reader = PdfReader(str(out_file))
    forms = set()
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        forms |= {xobjects.raw_get(k).idnum for k in xobjects
                  if xobjects[k].get_object().get("/Subtype") == "/Form"}
    assert len(forms) == 1  # drawn once, the same form on every page
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out_file), str(tmp_path / "p")],
                   check=True)
    shots = sorted(tmp_path.glob("p-*.png"))
    assert len(shots) == len(reader.pages) >= 2
    for shot in shots:
        assert _red_pixels_near_the_top(shot) > 20, shot.name  # the red logo is there


def test_cli_docx_carries_a_safe_svg_logo_as_a_picture(data, tmp_path):
    import zipfile

    from PIL import Image

    path = _write(tmp_path / "tpl", 'organisation = "Zephyr Org"\nlogo = "logo.svg"\n',
                  {"logo.svg": SAFE_SVG})
    out_file = tmp_path / "r.docx"
    out = cli("report", "--session", "D3", "--format", "docx", "-o", str(out_file),
              "--template", str(path), data_dir=data)
    assert out.returncode == 0, out.stderr
    with zipfile.ZipFile(out_file) as z:
        header = "".join(z.read(n).decode() for n in z.namelist() if "header" in n)
        rels = "".join(z.read(n).decode() for n in z.namelist()
                       if n.startswith("word/_rels/header") and n.endswith(".rels"))
        media = rels.split('Target="media/')[1].split('"')[0]
        with Image.open(io.BytesIO(z.read(f"word/media/{media}"))) as im:
            w, h = im.size
            pixel = im.convert("RGB").getpixel((w - 3, h // 2))
    assert "Zephyr Org" in header and rels.count("media/") == 1
    assert w / h == pytest.approx(3.0, rel=0.05) and pixel == (255, 0, 0)


def test_cli_an_svg_with_a_circular_use_is_drawn_without_stray_lines(data, tmp_path):
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="30" height="10">'
           b'<g id="a"><rect width="30" height="10" fill="#ff0000"/><use href="#a"/></g></svg>')
    path = _write(tmp_path / "tpl", 'logo = "logo.svg"\n', {"logo.svg": svg})
    out = cli("report", "--session", "D3", "-o", str(tmp_path / "r.pdf"),
              "--template", str(path), data_dir=data)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 0


def test_install_keeps_an_svg_logo_as_svg(tmp_path):
    from sessionkit.report.template import install_template

    source = _write(tmp_path / "src", 'logo = "l.svg"\n', {"l.svg": SAFE_SVG})
    kept = install_template(source, tmp_path / "data")
    assert load_template(kept).logo.data == SAFE_SVG
    assert kept.with_name(kept.stem + "-logo.svg").read_bytes() == SAFE_SVG


def test_list_templates_reads_the_data_folder(tmp_path):
    assert list_templates(tmp_path) == []
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "b.toml").write_text("")
    (tmp_path / "templates" / "a.toml").write_text("")
    (tmp_path / "templates" / "notes.txt").write_text("")
    assert [p.name for p in list_templates(tmp_path)] == ["a.toml", "b.toml"]


# -- the command line -----------------------------------------------------------------

@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("tpl") / "data"
    out = cli("note", "add", "--session", "D3", "--", "a note", data_dir=d)
    assert out.returncode == 0, out.stderr
    return d


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_cli_refuses_a_bad_logo_and_writes_nothing(data, tmp_path, fmt):
    path = _write(tmp_path / "tpl", 'organisation = "Org"\nlogo = "logo.png"\n',
                  {"logo.png": b"\x89PNG\r\n\x1a\nnot really"})
    out_file = tmp_path / f"r.{fmt}"
    out = cli("report", "--session", "D3", "--format", fmt, "-o", str(out_file),
              "--template", str(path), data_dir=data)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "logo.png" in lines[0] and "damaged" in lines[0]
    assert not out_file.exists() and list(tmp_path.glob("r.*")) == []


def test_cli_refuses_unknown_keys_by_name(data, tmp_path):
    path = _write(tmp_path, 'organisation = "Org"\nlogo_width = 3\n')
    out = cli("report", "--session", "D3", "-o", str(tmp_path / "r.pdf"),
              "--template", str(path), data_dir=data)
    assert out.returncode != 0 and "logo_width" in out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "r.pdf").exists()


@pytest.mark.skipif(not shutil.which("pdfimages"), reason="poppler-utils not installed")
def test_cli_pdf_carries_the_look_on_every_page_with_the_logo_embedded_once(data, tmp_path):
    from pypdf import PdfReader

    path = _write(tmp_path / "tpl", 'organisation = "Zephyr Org"\nlogo = "logo.png"\n'
                  'accent = "#0b5394"\nheader = "Forum Head"\nfooter = "Foot Line"\n'
                  'cover = true\n', {"logo.png": _png(120, 40)})
    out_file = tmp_path / "r.pdf"
    out = cli("report", "--session", "D3", "-o", str(out_file), "--template", str(path),
              data_dir=data)
    assert out.returncode == 0, out.stderr
    pages = PdfReader(str(out_file)).pages
    assert len(pages) >= 3
    for i, page in enumerate(pages):
        text = page.extract_text()
        assert "Foot Line" in text, i
        if i:  # the cover shows the name big; the others in the header with the header text
            assert "Zephyr Org · Forum Head" in text, i
    assert "Zephyr Org" in pages[0].extract_text()
    listing = subprocess.run(["pdfimages", "-list", str(out_file)], capture_output=True,
                             text=True, check=True).stdout.splitlines()[2:]
    images = [line.split() for line in listing if line.split()[2] == "image"]
    assert len(images) == len(pages)  # the logo on every page…
    assert len({(row[10], row[11]) for row in images}) == 1  # …one image object, reused


def test_cli_docx_carries_the_logo_header_and_footer(data, tmp_path):
    import zipfile

    path = _write(tmp_path / "tpl", 'organisation = "Zephyr Org"\nlogo = "logo.png"\n'
                  'accent = "#0b5394"\nfooter = "Foot Line"\n', {"logo.png": _png(120, 40)})
    out_file = tmp_path / "r.docx"
    out = cli("report", "--session", "D3", "--format", "docx", "-o", str(out_file),
              "--template", str(path), data_dir=data)
    assert out.returncode == 0, out.stderr
    with zipfile.ZipFile(out_file) as z:
        header = "".join(z.read(n).decode() for n in z.namelist() if "header" in n)
        # the images the page header refers to (the body has the run's pictures too)
        header_rels = "".join(z.read(n).decode() for n in z.namelist()
                              if n.startswith("word/_rels/header") and n.endswith(".rels"))
        footer = "".join(z.read(n).decode() for n in z.namelist() if "footer" in n)
        styles = z.read("word/styles.xml").decode()
    assert header_rels.count("media/") == 1 and "Zephyr Org" in header
    assert "Foot Line" in footer
    assert "0B5394" in styles  # headings in the accent colour


def test_install_writes_a_copy_that_reads_back_the_same(tmp_path):
    from sessionkit.report.template import install_template

    source = _write(tmp_path / "src", 'organisation = "Ngân \\"Quote\\" 日本 \\\\ end"\n'
                    'logo = "logo.png"\nheader = "H"\ncover = true\n', {"logo.png": _png()})
    first = install_template(source, tmp_path / "data")
    second = install_template(source, tmp_path / "data")  # same name: a second copy
    assert first != second and first.parent == second.parent == tmp_path / "data" / "templates"
    a, b = load_template(source), load_template(first)
    assert (a.organisation, a.header, a.cover, a.accent, a.logo.data, a.font) == \
        (b.organisation, b.header, b.cover, b.accent, b.logo.data, b.font)


def test_install_refuses_and_writes_nothing(tmp_path):
    from sessionkit.report.template import install_template

    source = _write(tmp_path / "src", 'logo = "../x.png"\n')
    with pytest.raises(TemplateError):
        install_template(source, tmp_path / "data")
    assert not (tmp_path / "data").exists()


def test_cli_takes_the_name_of_a_kept_template(data, tmp_path):
    from sessionkit.report.template import install_template

    source = _write(tmp_path / "src", 'organisation = "Kept Org"\nfooter = "Kept Foot"\n')
    kept = install_template(source, data)
    out_file = tmp_path / "r.docx"
    out = cli("report", "--session", "D3", "--format", "docx", "-o", str(out_file),
              "--template", kept.stem, data_dir=data)
    assert out.returncode == 0, out.stderr
    import zipfile

    with zipfile.ZipFile(out_file) as z:
        assert "Kept Foot" in "".join(z.read(n).decode() for n in z.namelist() if "footer" in n)
    missing = cli("report", "--session", "D3", "-o", str(tmp_path / "x.pdf"),
                  "--template", "no-such-look", data_dir=data)
    assert missing.returncode != 0 and "no-such-look" in missing.stderr
    assert "Traceback" not in missing.stderr and not (tmp_path / "x.pdf").exists()
