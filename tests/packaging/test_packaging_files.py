"""The Linux desktop integration files, icons and platform metadata in packaging/.

The freedesktop validators run when installed (Debian: desktop-file-utils, appstream) and
are skipped otherwise; the consistency checks between the files always run.
"""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import sessionkit

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.sessionkit.SessionKit"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _staged_install_tree(tmp_path: Path) -> Path:
    """The files laid out as a distribution package installs them under /usr."""
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(HICOLOR, share / "icons" / "hicolor")
    return tmp_path


# -- the validators -------------------------------------------------------------------------------

@pytest.mark.slow
def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), \
        result.stdout + result.stderr


@pytest.mark.slow
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail; infos (e.g. tags newer than this appstreamcli) are allowed.
    assert not re.search(r"^\s*[EW]: ", result.stdout, re.M), result.stdout


@pytest.mark.slow
def test_installed_tree_passes_appstreamcli_validate_tree(tmp_path):
    tree = _staged_install_tree(tmp_path)
    result = subprocess.run([_tool("appstreamcli"), "validate-tree", "--no-net", str(tree)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^\s*[EW]: ", result.stdout, re.M), result.stdout


# -- consistency between the files ------------------------------------------------------------------

def test_desktop_entry_starts_the_installed_command_with_the_app_icon():
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for lang in ("ja", "ko", "zh_CN"):
        assert entry.get(f"Comment[{lang}]"), f"no {lang} comment"


def test_metainfo_names_the_desktop_file_and_has_what_software_centres_show():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.find("content_rating").get("type").startswith("oars-")
    shots = root.findall("screenshots/screenshot")
    assert shots and all(s.findtext("image", "").startswith("https://") for s in shots)
    assert [s for s in shots if s.get("type") == "default"], "no default screenshot"
    assert root.findtext("provides/binary") == "sessionkit"


def test_metainfo_has_release_notes_for_the_current_version():
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases, "no releases"
    newest = releases[0]
    assert newest.get("version") == sessionkit.__version__, \
        "add a <release> with notes for this version at the top of <releases>"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))
    assert newest.find("description") is not None


def test_every_icon_size_is_rendered_at_its_size():
    for n in ICON_SIZES:
        png = HICOLOR / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), f"missing {png.relative_to(ROOT)}"
        assert _png_size(png) == (n, n), png
    svg = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (PACKAGING / "icons" / "sessionkit.svg").read_bytes()
    ET.parse(svg)  # well-formed


def test_the_running_app_has_its_window_icon_in_resources():
    icons = ROOT / "resources" / "icons"
    for n in (16, 32, 48, 64, 128, 256):
        assert _png_size(icons / f"sessionkit-{n}.png") == (n, n)
    assert (icons / "sessionkit.svg").read_bytes() == (PACKAGING / "icons" / "sessionkit.svg").read_bytes()


def test_windows_and_macos_icons_are_real_icon_files():
    ico = (PACKAGING / "icons" / "sessionkit.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {(ico[6 + 16 * i] or 256) for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = (PACKAGING / "icons" / "sessionkit.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_windows_version_info_renders_to_the_current_version():
    template = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    rendered = template.replace("@VERSION_TUPLE@", "(1, 2, 3, 0)").replace("@VERSION@", "1.2.3")
    tree = ast.parse(rendered, mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert "@" not in rendered


def test_inno_setup_script_installs_the_pyinstaller_folder():
    iss = (PACKAGING / "windows" / "sessionkit.iss").read_text(encoding="utf-8")
    assert re.search(r'^Source:\s*"[^"]*dist\\sessionkit\\\*"', iss, re.M)
    assert "SessionKit.exe" in iss
    assert re.search(r"^AppId=", iss, re.M)


def test_spec_is_valid_python_and_builds_the_sessionkit_folder():
    spec = (PACKAGING / "sessionkit.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    assert 'name="sessionkit"' in spec  # dist/sessionkit/
    assert '"sessionkit", "resources"' in spec  # where config.resources_dir() looks when frozen


def test_spec_bundles_what_the_export_preview_loads():
    """The preview imports pypdfium2, which reads version.json files and loads libpdfium
    from pypdfium2_raw's folder: the spec collects exactly those, and pyproject asks for it."""
    import importlib.util

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"]
    assert any(d.startswith("pypdfium2") for d in deps)
    spec = (PACKAGING / "sessionkit.spec").read_text(encoding="utf-8")
    assert 'collect_dynamic_libs("pypdfium2_raw")' in spec
    assert "binaries=binaries" in spec
    raw = importlib.util.find_spec("pypdfium2_raw")
    if raw is None:
        pytest.skip("pypdfium2 is not installed here")
    folder = Path(raw.origin).parent
    libs = [p.name for p in folder.iterdir()
            if p.suffix in {".so", ".dll", ".dylib"} and "pdfium" in p.name]
    assert libs, f"no libpdfium in {folder}: the spec's collect_dynamic_libs would find none"
    for pkg in ("pypdfium2", "pypdfium2_raw"):
        where = Path(importlib.util.find_spec(pkg).origin).parent
        assert (where / "version.json").is_file()  # the spec's collect_data_files("*.json")


def test_spec_bundles_the_live_link_views():
    """The live link reads its pages with importlib.resources from sessionkit/link/web:
    the frozen app must carry every file there."""
    spec = (PACKAGING / "sessionkit.spec").read_text(encoding="utf-8")
    assert '"sessionkit/link/web"' in spec
    assert '(SRC / "sessionkit" / "link" / "web").glob("*")' in spec
    web = ROOT / "src" / "sessionkit" / "link" / "web"
    assert {p.name for p in web.iterdir()} >= {"stage.html", "cue.html", "agenda.html",
                                               "control.html", "link.js", "link.css"}
