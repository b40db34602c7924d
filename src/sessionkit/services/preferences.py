"""The user's choices that matter beyond Qt, in ``preferences.json`` in the data folder.

File → Settings… writes them; the app and the command line read them, so
``sessionkit report`` without ``--lang`` speaks the report language chosen in the
app, and without ``--paper`` uses the paper last chosen for an export. Qt-free
(plain ``json``) so that the CLI never needs Qt to know them.

What stays in the Qt INI (``sessionkit-ui.ini``, ui/app.py): window geometry, splitter
sizes, the note box state, the last session, the export dialog's last folder and
format: how the windows were left, which only the UI needs.

Reading never fails: a missing file gives the defaults silently; a damaged one (not
JSON, not UTF-8, too big, a folder or a device in its place, wrong types) gives the
defaults for what cannot be used, with ONE warning line, never a traceback. Keys this
version does not know are ignored on reading and kept on saving (a newer SessionKit's
choices survive an older one). Saving writes a temp file beside it and renames it
into place, so the file is always either the old or the new one.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sessionkit.report.i18n import REPORT_LANGUAGES

FILE_NAME = "preferences.json"
MAX_BYTES = 64 * 1024  # a few hundred bytes in practice; more is not ours
APPEARANCES = ("system", "light", "dark")
# The UI's languages are those with a Qt catalogue (ui/i18n.py decides which exist);
# here only the shape of a language code is checked: "ja", "zh_CN".
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?")

log = logging.getLogger(__name__)


class PreferencesError(OSError):
    """Saving failed; ``str(exc)`` names the file and the reason, for one line."""


@dataclass(frozen=True)
class Preferences:
    ui_language: str = ""  # "" follows the system (SESSIONKIT_LANG still overrides)
    appearance: str = "system"  # system, light or dark
    report_language: str = "en"  # the report's headings and labels (report/i18n.py)
    report_paper: str = ""  # "A4" or "Letter"; "" not chosen yet (the dialog asks the locale)
    team_folder: str = ""  # "" off; else an absolute folder a sync engine shares (services/team)

    def __post_init__(self) -> None:
        # every value in its usual spelling ("letter" -> "Letter"); an invalid one refused
        bad = []
        for f in dataclasses.fields(self):
            value = _clean(f.name, getattr(self, f.name))
            if value is None:
                bad.append(f"{f.name}={getattr(self, f.name)!r}")
            else:
                object.__setattr__(self, f.name, value)
        if bad:
            raise ValueError(f"not a valid preference: {', '.join(bad)}")

    def replace(self, **changes) -> Preferences:
        """A copy with ``changes``; a value that is not valid raises ValueError."""
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, str]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, raw: dict) -> tuple[Preferences, list[str]]:
        """The preferences in ``raw`` and the names of the keys whose values were
        unusable (those take their defaults). Unknown keys are ignored."""
        values, bad = {}, []
        for f in dataclasses.fields(cls):
            if f.name not in raw:
                continue
            value = _clean(f.name, raw[f.name])
            if value is None:
                bad.append(f.name)
            else:
                values[f.name] = value
        return cls(**values), bad


def _clean(name: str, value) -> str | None:
    """The value in its usual spelling, or None when it is not one the key accepts."""
    if name == "team_folder":  # a path: long, any script; checked again when used
        if not isinstance(value, str) or len(value) > 4096 or "\x00" in value:
            return None
        if value.strip() == "":
            return ""
        return value if os.path.isabs(value) else None
    if not isinstance(value, str) or len(value) > 40:
        return None
    value = value.strip()
    if name == "ui_language":
        return value if value == "" or _LANGUAGE_CODE.fullmatch(value) else None
    if name == "appearance":
        return value.lower() if value.lower() in APPEARANCES else None
    if name == "report_language":
        return value if value in REPORT_LANGUAGES else None
    if name == "report_paper":
        if value == "":
            return ""
        # imported here: report.model (and its template, tomllib) is not needed to start
        from sessionkit.report.model import PAPER_SIZES

        return {p.lower(): p for p in PAPER_SIZES}.get(value.lower())
    return None


def preferences_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / FILE_NAME


def exists(data_dir: Path | str) -> bool:
    """Whether there is anything at the preferences' place (even a damaged file)."""
    return os.path.lexists(preferences_path(data_dir))


def _size_text(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n // 1024} KiB"


def read_json_object(path: Path, max_bytes: int) -> dict:
    """The JSON object in a small file of SessionKit's own (preferences, the record of
    exports); {} when there is no file. Raises ValueError with the reason when the file
    cannot be used: not a regular file, over ``max_bytes``, not UTF-8 JSON, not an object."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        # non-blocking: a named pipe put in its place must not hang the command
        fd = os.open(path, flags)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ValueError(f"it cannot be read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ValueError("it is not a regular file")
        if st.st_size > max_bytes:
            raise ValueError(f"it is larger than {_size_text(max_bytes)}")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ValueError(f"it cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise ValueError(f"it is larger than {_size_text(max_bytes)}")
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("it is not UTF-8 text") from None
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        raise ValueError("it is not valid JSON") from None
    if not isinstance(raw, dict):
        raise ValueError("it does not hold a JSON object")
    return raw


def _read_raw(path: Path) -> dict:
    return read_json_object(path, MAX_BYTES)


def write_small_file(path: Path, data: bytes) -> None:
    """Replace one of SessionKit's own small files (preferences, the record of exports)
    whole: a temp file beside it, fsynced, renamed over it. A symlink in its place is
    replaced, never followed; a folder in its place is refused. Raises OSError."""
    if os.path.isdir(path) and not os.path.islink(path):
        raise IsADirectoryError(21, "a folder is in its place")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _default_warn(line: str) -> None:
    log.warning("%s", line)


def load(data_dir: Path | str,
         warn: Callable[[str], None] | None = None) -> Preferences:
    """The saved preferences, or the defaults; ``warn`` gets one line when the file
    (or some of its values) had to be ignored."""
    warn = warn or _default_warn
    path = preferences_path(data_dir)
    try:
        raw = _read_raw(path)
    except ValueError as exc:
        warn(f"{path} ignored, using the default preferences: {exc}")
        return Preferences()
    prefs, bad = Preferences.from_dict(raw)
    if bad:
        warn(f"{path}: unusable value for {', '.join(bad)} ignored, using the default")
    return prefs


def save(data_dir: Path | str, prefs: Preferences) -> Path:
    """Write ``prefs`` (keeping keys this version does not know); raises
    PreferencesError with one sentence when the file cannot be written."""
    path = preferences_path(data_dir)
    try:
        raw = _read_raw(path)
    except ValueError:
        raw = {}  # a damaged file is replaced by a good one
    raw.update(prefs.as_dict())
    data = (json.dumps(raw, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    try:
        write_small_file(path, data)
    except OSError as exc:
        raise PreferencesError(f"{path} cannot be written ({exc.strerror or exc})") from None
    return path


def update(data_dir: Path | str, **changes) -> Preferences:
    """Load, change some values (ValueError for an invalid one) and save; returns the
    preferences now in force. Reading the file again first keeps a choice another
    window saved meanwhile."""
    prefs = load(data_dir, warn=lambda _line: None).replace(**changes)
    save(data_dir, prefs)
    return prefs
