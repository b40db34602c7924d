"""A report template carried in a session package comes from someone else's laptop:
a bad one refuses the whole package (`sessionkit package merge`) with one sentence
naming the package's report template, and nothing is merged."""

from __future__ import annotations

import base64
import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/hostile: its neighbours

from test_packages import cli, edited, exported, package, refused, secretariat  # noqa: E402,F401


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (11, 83, 148)).save(buf, "PNG")
    return buf.getvalue()


def _with(exported: dict, template) -> dict:
    def change(content):
        content["template"] = template
    return edited(exported, change)


GOOD_TOML = 'organisation = "Org"\nlogo = "logo.png"\n'
LOGO = base64.b64encode(_png()).decode("ascii")
CAP = (2 * 1024 * 1024 + 2) // 3 * 4


@pytest.mark.parametrize("template, words", [
    ("a string", "is not an object"),
    ({"toml": 12}, "has no TOML text"),
    ({"toml": "organisation = "}, "not valid TOML"),
    ({"toml": 'organisation = "x"\nscript = "rm -rf /"\n'}, "unknown key(s): script"),
    ({"toml": 'font = "Comic Sans"\n'}, "font must be one of the bundled faces: DejaVu Sans"),
    ({"toml": 'font = "/usr/share/fonts/evil.ttf"\n'}, "font must be one of the bundled"),
    ({"toml": 'accent = "red"\n'}, "accent must be a colour"),
    ({"toml": "x" * 70_000}, "characters long; the limit is"),
    ({"toml": GOOD_TOML}, "names the logo logo.png, which it does not carry"),
    ({"toml": GOOD_TOML, "logo_name": "logo.png", "logo": "not base64!"}, "not valid base64"),
    ({"toml": GOOD_TOML, "logo_name": "logo.png", "logo": 42}, "not base64 text"),
    ({"toml": GOOD_TOML, "logo_name": "logo.png", "logo": "A" * (CAP + 4)}, "over 2 MB"),
    ({"toml": GOOD_TOML, "logo_name": "logo.png",
      "logo": base64.b64encode(b"\x89PNG\r\n\x1a\nnot really").decode()}, "damaged"),
    ({"toml": GOOD_TOML, "logo_name": "logo.png",
      "logo": base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg'/>").decode()},
     "SVG"),
    ({"toml": 'logo = "logo.svg"\n', "logo_name": "logo.svg",
      "logo": base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'>"
                               b"<script>alert(1)</script></svg>").decode()},
     "SVG with a script"),
    ({"toml": 'logo = "logo.svg"\n', "logo_name": "logo.svg",
      "logo": base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'>"
                               b"<image href='file:///etc/passwd'/></svg>").decode()},
     "refers to another file"),
    ({"toml": 'logo = "../../x.png"\n', "logo_name": "../../x.png", "logo": LOGO},
     "unusable file name"),
])
def test_a_bad_template_refuses_the_whole_package(exported, secretariat, tmp_path,
                                                  template, words):
    path = package(_with(exported, template), tmp_path / "p.sessionkit.json")
    line = refused(secretariat, path, "the package's report template", words)
    assert "p.sessionkit.json" in line


def test_a_good_template_in_the_same_place_is_merged(exported, secretariat, tmp_path):
    good = {"toml": GOOD_TOML + 'font = "dejavu sans"\n', "logo_name": "logo.png",
            "logo": LOGO}
    path = package(_with(exported, good), tmp_path / "p.sessionkit.json")
    r = cli("package", "merge", str(path), data_dir=secretariat)
    assert r.returncode == 0, r.stderr
    assert "report template taken" in r.stdout + r.stderr
    out = tmp_path / "r.docx"
    r = cli("report", "--session", "D3", "--format", "docx", "-o", str(out),
            data_dir=secretariat)
    assert r.returncode == 0, r.stderr
    import zipfile

    with zipfile.ZipFile(out) as z:
        headers = "".join(z.read(n).decode() for n in z.namelist() if "header" in n)
    assert "Org" in headers
