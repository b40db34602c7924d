"""The Qt-free layers must stay Qt-free: checked statically and at import time."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "sessionkit"
QT_FREE = ["domain", "store", "bundles", "report", "services", "interchange"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_source_never_imports_qt(layer):
    folder = SRC / layer
    if not folder.is_dir():
        pytest.skip(f"{layer}/ not present")
    offenders = [f"{p.relative_to(SRC)} imports {name}"
                 for p in sorted(folder.rglob("*.py"))
                 for name in _imports(p)
                 if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "sessionkit"}
                 and (name.split(".")[0] != "sessionkit" or name.startswith("sessionkit.ui"))]
    assert offenders == []


def test_importing_every_qt_free_module_loads_no_qt():
    modules = [".".join(("sessionkit",) + p.relative_to(SRC).with_suffix("").parts)
               for layer in QT_FREE if (SRC / layer).is_dir()
               for p in sorted((SRC / layer).rglob("*.py"))]
    modules = [m.removesuffix(".__init__") for m in modules] + ["sessionkit.cli"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
