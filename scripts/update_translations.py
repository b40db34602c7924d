"""Update the UI translations: pyside6-lupdate over src/sessionkit/ui, then pyside6-lrelease.

    python scripts/update_translations.py            # update .ts, compile .qm
    python scripts/update_translations.py --check    # exit 1 if a .ts misses a string
                                                     # or has unfinished ones (no writes)
    python scripts/update_translations.py --ts-only  # update the .ts files only

The .ts files in resources/i18n/ are the sources translators edit (with Qt Linguist,
``pyside6-linguist``, or any text editor); the .qm files next to them are what the app
loads. See docs/i18n.md.

lupdate finds ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` and
``QT_TRANSLATE_NOOP("Context", "…")``. Several modules wrap the second in a one-line
helper (``def t(text): return QCoreApplication.translate("Safety", text)``); lupdate
cannot see through that, so this script reads those helpers' calls with ``ast`` and
hands lupdate an extra file spelling each one out, with the helper's context.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "sessionkit" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ja", "ko", "zh_CN")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (PySide6-Essentials ships it)")
    return found


# Qt-free modules holding labels the UI shows translated, marked with a local
# QT_TRANSLATE_NOOP (lupdate reads the call by its name).
MARKED_OUTSIDE_UI = [ROOT / "src" / "sessionkit" / "report" / "formats.py"]


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts) \
        + MARKED_OUTSIDE_UI


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def t(text): return QCoreApplication.translate("Ctx", text)``."""
    out = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) != 1:
            continue
        ret = node.body[0]
        if not isinstance(ret, ast.Return) or not isinstance(ret.value, ast.Call):
            continue
        call = ret.value
        func = call.func
        if (isinstance(func, ast.Attribute) and func.attr == "translate" and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)):
            out[node.name] = call.args[0].value
    return out


def _aliases(tree: ast.Module) -> set[str]:
    """Names bound to the function itself: ``t = QCoreApplication.translate``."""
    out = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate"):
            out.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return out


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
        else None


def wrapped_calls(sources: list[Path]) -> list[tuple[str, str]]:
    """(context, text) for every helper or alias call with literal strings."""
    found: list[tuple[str, str]] = []
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = _helper_contexts(tree)
        aliases = _aliases(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name = node.func.id
            if name in helpers and node.args and _literal(node.args[0]) is not None:
                found.append((helpers[name], _literal(node.args[0])))
            elif (name in aliases and len(node.args) >= 2
                  and _literal(node.args[0]) is not None
                  and _literal(node.args[1]) is not None):
                found.append((_literal(node.args[0]), _literal(node.args[1])))
    return list(dict.fromkeys(found))


def write_stub(path: Path, calls: list[tuple[str, str]]) -> None:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for ctx, text in calls:
        lines.append(f"QCoreApplication.translate({ctx!r}, {text!r})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_lupdate(ts_files: list[Path], extra_args: tuple[str, ...] = ()) -> None:
    sources = ui_sources()
    with tempfile.TemporaryDirectory() as tmp:
        stub = Path(tmp) / "wrapped_strings.py"
        write_stub(stub, wrapped_calls(sources))
        cmd = [tool("pyside6-lupdate"), *map(str, sources), str(stub),
               "-locations", "none", "-no-obsolete", *extra_args, "-ts", *map(str, ts_files)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def run_lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def ts_path(lang: str) -> Path:
    return I18N / f"sessionkit_{lang}.ts"


def problems(ts: Path) -> list[str]:
    """Unfinished or empty translations in a .ts file."""
    from defusedxml import ElementTree

    out = []
    for ctx in ElementTree.parse(str(ts)).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                out.append(f"{name}: {source!r}: no translation")
                continue
            kind = tr.get("type", "")
            forms = [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]
            if kind in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
                out.append(f"{name}: {source!r}: {kind or 'empty'}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--ts-only", action="store_true")
    args = ap.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    if args.check:
        bad = 0
        with tempfile.TemporaryDirectory() as tmp:
            for lang in LANGUAGES:
                copy = Path(tmp) / ts_path(lang).name
                shutil.copy(ts_path(lang), copy)
                run_lupdate([copy])
                for p in problems(copy):
                    print(f"{lang}: {p}")
                    bad += 1
        return 1 if bad else 0
    run_lupdate([ts_path(lang) for lang in LANGUAGES])
    for lang in LANGUAGES:
        left = problems(ts_path(lang))
        if left:
            print(f"{ts_path(lang).name}: {len(left)} string(s) to translate", file=sys.stderr)
    if not args.ts_only:
        for lang in LANGUAGES:
            print(run_lrelease(ts_path(lang)).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
