"""The wheel carries resources/, so a non-editable install works from any folder."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                        str(REPO)], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        pytest.fail(f"building the wheel failed: {r.stderr[-2000:]}")
    wheels = list(out.glob("sessionkit-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_ships_resources_and_entry_point(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "sessionkit/resources/sessions/d3.toml" in names
    assert "sessionkit/__main__.py" in names
    for name in ("stage.html", "cue.html", "agenda.html", "control.html", "link.js",
                 "link.css"):  # the live link's views, read with importlib.resources
        assert f"sessionkit/link/web/{name}" in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry).decode()
    assert "sessionkit = sessionkit.cli:main" in text
    fonts = [n for n in names if n.startswith("sessionkit/resources/fonts/") and n.endswith(".ttf")]
    assert fonts, "bundled fonts missing from the wheel"


@pytest.mark.slow
def test_installed_cli_runs_from_another_folder(wheel, tmp_path):
    """Unpack the wheel alone on sys.path (no checkout) and list the bundled session."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from sessionkit.cli import main; "
            "import sessionkit, pathlib; assert pathlib.Path(sessionkit.__file__).is_relative_to(sys.argv[1]);"
            "sys.exit(main(['--data-dir', sys.argv[2], 'list']))")
    r = subprocess.run([sys.executable, "-I", "-c", code, str(site), str(tmp_path / "data")],
                       cwd=cwd, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("D3\tLow carbon cities in Asia through city-to-city cooperation\t")
