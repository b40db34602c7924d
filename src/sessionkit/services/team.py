"""The team folder: laptops sharing sessions through a folder a sync engine carries.

A team folder is an ordinary folder that something else keeps in step between
laptops: Syncthing, Nextcloud, Dropbox or OneDrive, a network share, or a USB stick
passed around. SessionKit never talks to another laptop; one pass of
:func:`sync_folder`:

1. **writes** one package per session per device, ``<code>--<session hash>--<device
   id>.sessionkit.json``, for every live session changed here since this device last
   wrote it (a count kept by triggers, migration 11). The package is written under a
   temp name (``.~sessionkit-*.tmp``: a dotfile, which Nextcloud skips by default; the
   ``.stignore`` SessionKit puts in the folder tells Syncthing to skip it too), fsynced
   and renamed into place, so a sync engine only ever sees complete files. A package
   whose content did not change is not written again.
2. **merges** every other device's package with services/packages.merge (idempotent,
   order-independent, conflicts kept in history). What each file was (size, mtime,
   SHA-256) is remembered, so a rescan only reads files that changed; packages are read
   one at a time, never the whole folder at once. Files sync engines leave behind are
   skipped by name: Syncthing's ``.syncthing.*.tmp`` and ``~syncthing~*``, Nextcloud's
   ``.~lock*``, any dotfile or ``~`` file; Syncthing's ``*.sync-conflict-*`` copies are
   merged like any package. A file that is not complete yet (not JSON, or its checksum
   does not match) is tried again once it changes ("retry", never an error); a package
   from a newer SessionKit is skipped with a log line; any other unusable file is
   skipped with one sentence in the report, the store unchanged for it.

Changes a merge brings in are not written back out (the device that made them already
did), unless this device changed the same session since its last package: then its
next package carries both.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import tempfile
import time
import unicodedata
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sessionkit.domain.models import Session, to_iso, utc_now
from sessionkit.interchange.files import (
    DestinationRefused,
    check_destination,
    default_mode,
    store_folder,
)
from sessionkit.interchange.infile import InputFileError, read_input
from sessionkit.interchange.package import (
    MAX_PACKAGE_BYTES,
    SUFFIX,
    FrameCache,
    IncompletePackage,
    NewerPackage,
    Package,
    PackageError,
    canonical,
    content_to_dict,
    from_bytes,
    to_bytes,
)
from sessionkit.services.notes import device_name
from sessionkit.services.packages import MergeReport, build_package, merge
from sessionkit.store import Store
from sessionkit.store.team import SeenFile, WrittenSession

log = logging.getLogger(__name__)

TEMP_PREFIX = ".~sessionkit-"
TEMP_SUFFIX = ".tmp"
STIGNORE = ".stignore"
# (?d): Syncthing may delete a leftover temp file when the folder around it is deleted
STIGNORE_LINES = ("// SessionKit writes its packages under these names, then renames them",
                  f"(?d){TEMP_PREFIX}*")
# <code>--<hash of the session id>--<device id>.sessionkit.json, and Syncthing's
# conflict copies of it (<name>.sessionkit.sync-conflict-<date>-<time>-<device>.json)
_NAME = re.compile(r"^(?P<stem>.*?)--(?P<device>[A-Za-z0-9]{1,64})\.sessionkit"
                   r"(?P<conflict>\.sync-conflict-[^.]*)?\.json$")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
BATCH_SECONDS = 0.25  # merges share a transaction this long, then commit (never block typing)


class TeamFolderError(ValueError):
    """The folder cannot be used; ``str(exc)`` is one sentence for the user."""


@dataclass(frozen=True)
class Device:
    id: str  # the data file's replica id: stable, the same in the notes' version vectors
    name: str  # what people call the laptop (its host name)


def this_device(store: Store) -> Device:
    return Device(store.replica_id(), device_name())


def folder_key(folder: Path) -> str:
    return os.path.normcase(os.path.realpath(folder))


def package_name(session: Session, device: Device) -> str:
    """The file a device writes a session's package to: the code for people, a hash
    of the session's id (codes repeat and change), the device; only characters every
    file system and sync engine accepts."""
    code = _UNSAFE.sub("_", session.code).strip("_")[:40] or "session"
    sid = hashlib.sha256(session.id.encode("utf-8")).hexdigest()[:10]
    return f"{code}--{sid}--{device.id}{SUFFIX}"


# what a file name may hold that would print lines of its own, move the cursor, or
# turn the rest of the line around; joiners (Indic scripts, emoji) stay
_SHOWN_ESCAPED = ("Cc", "Zl", "Zp", "Cs")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown(text: str) -> str:
    """``text`` for a terminal or a list: line breaks, control characters, bidi
    overrides and undecodable bytes (a file name may hold any) as escapes like
    ``\\n``; every script is kept as is."""
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in _SHOWN_ESCAPED
                   or c in _BIDI_CONTROLS else c for c in text)


def is_candidate(name: str) -> bool:
    """Whether a file in the folder may be a package: not a dotfile (temp files, locks,
    Syncthing's .syncthing.*.tmp, Nextcloud's .~lock*), not a ~file (~syncthing~*), and
    named like a package or a sync engine's conflict copy of one."""
    if name.startswith((".", "~")):
        return False
    return ".sessionkit" in name and name.endswith(".json")


def check_folder(folder: Path | str, data_dir: Path | str | None = None) -> Path:
    """The folder as an absolute path, or TeamFolderError (one sentence)."""
    raw = str(folder)
    if not raw.strip():
        raise TeamFolderError("No team folder was given.")
    path = Path(raw).expanduser().absolute()
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise TeamFolderError(f"The team folder {path} does not exist.") from None
    except OSError as exc:
        raise TeamFolderError(f"The team folder {path} cannot be opened "
                              f"({exc.strerror or exc}).") from None
    if not stat.S_ISDIR(st.st_mode):
        raise TeamFolderError(f"The team folder {path} is a file, not a folder.")
    try:  # a probe name inside it: refused when the folder is (in) a data folder
        check_destination(path / f"probe{SUFFIX}", data_dir, "team folder")
    except DestinationRefused:
        raise TeamFolderError(f"The team folder {path} is inside SessionKit's data folder; "
                              "choose another folder.") from None
    if not os.access(path, os.R_OK | os.X_OK):
        raise TeamFolderError(f"The team folder {path} cannot be read.")
    return path


@dataclass
class SyncReport:
    folder: str
    device: Device
    written: list[str] = field(default_factory=list)
    merged: list[MergeReport] = field(default_factory=list)
    unchanged: int = 0  # packages looked at that were as last time
    retry: list[str] = field(default_factory=list)  # not complete yet: tried when they change
    newer: list[str] = field(default_factory=list)  # from a newer SessionKit
    refused: list[str] = field(default_factory=list)  # one sentence each
    ignored: int = 0  # temp, lock and other files that are no package
    errors: list[str] = field(default_factory=list)  # packages of ours that could not be written

    @property
    def changed_store(self) -> bool:
        return any(m.changed_anything for m in self.merged)

    def summary(self) -> str:
        changed = [m for m in self.merged if m.changed_anything]
        parts = [f"{len(self.written)} package(s) written",
                 f"{len(self.merged)} merged ({len(changed)} with changes)"]
        if self.retry:
            parts.append(f"{len(self.retry)} not complete yet (tried again later)")
        if self.newer:
            parts.append(f"{len(self.newer)} from a newer SessionKit (skipped)")
        if self.refused:
            parts.append(f"{len(self.refused)} refused")
        if self.errors:
            parts.append(f"{len(self.errors)} not written")
        return "Team folder " + self.folder + ": " + ", ".join(parts) + "."

    def lines(self) -> list[str]:
        """The report for people, one line per file: a file name is shown with its
        line breaks and control characters escaped, so no name can print lines of
        its own (a forged "merged …" line)."""
        out = [self.summary()]
        out += [f"  wrote {name}" for name in self.written]
        out += [f"  merged {m.summary()}" for m in self.merged if m.changed_anything]
        out += [f"  waiting for {name} (not complete yet)" for name in self.retry]
        out += [f"  skipped {name}: made by a newer SessionKit" for name in self.newer]
        out += [f"  refused {line}" for line in self.refused]
        out += [f"  not written: {line}" for line in self.errors]
        return [shown(line) for line in out]

    def to_dict(self) -> dict:
        return {"folder": self.folder, "device": self.device.__dict__,
                "written": self.written, "merged": [m.to_dict() for m in self.merged],
                "unchanged": self.unchanged, "retry": self.retry, "newer": self.newer,
                "refused": self.refused, "ignored": self.ignored, "errors": self.errors}


def sync_folder(store: Store, folder: Path | str, device: Device | None = None,
                now: datetime | None = None, write: bool = True,
                merge_others: bool = True) -> SyncReport:
    """One write-and-merge pass over the team folder; TeamFolderError when the folder
    cannot be used. ``now`` is this computer's clock (tests pass their own)."""
    path = check_folder(folder, store_folder(store))
    device = device or this_device(store)
    report = SyncReport(folder=str(path), device=device)
    key = folder_key(path)
    if write:
        _write_packages(store, path, key, device, report, now)
    if merge_others:
        _merge_packages(store, path, key, device, report, now)
    return report


# -- writing ---------------------------------------------------------------------------

def ensure_stignore(folder: Path) -> None:
    """Tell Syncthing to skip SessionKit's temp files: a ``.stignore`` (which Syncthing
    itself never syncs) gets the pattern, added once; an existing one keeps its lines."""
    path = folder / STIGNORE
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            return
        old = path.read_text("utf-8") if path.exists() else ""
        if STIGNORE_LINES[1] in old.splitlines():
            return
        text = old + ("" if not old or old.endswith("\n") else "\n")
        _write_file(path, (text + "\n".join(STIGNORE_LINES) + "\n").encode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:  # a nicety: never stops a sync
        log.info("team folder: %s not updated (%s)", path, exc)


def _write_file(path: Path, data: bytes) -> os.stat_result:
    """Temp file beside it (a name sync engines are told to skip), fsync, rename."""
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, default_mode())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass
    return os.stat(path)


def _same_file(path: Path, rec: WrittenSession) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_size, st.st_mtime_ns) == (rec.size, rec.mtime_ns)


def content_sha(pkg: Package) -> str:
    return hashlib.sha256(canonical(content_to_dict(pkg))).hexdigest()


def _write_packages(store: Store, folder: Path, key: str, device: Device,
                    report: SyncReport, now: datetime | None) -> None:
    counts = store.team.change_counts()
    written = store.team.written(key)
    stignore_done = False
    for session in store.sessions.list():
        n = counts.get(session.id, 0)
        rec = written.get(session.id)
        name = package_name(session, device)
        path = folder / name
        if rec is not None and rec.n >= n:
            if not rec.file_name:
                continue  # only merged here: the device that changed it wrote it
            if rec.file_name == name and _same_file(path, rec):
                continue
        pkg = build_package(store, session.id)
        pkg.device, pkg.device_id = device.name, device.id
        sha = content_sha(pkg)
        if rec is not None and rec.file_name == name and rec.content_sha == sha \
                and _same_file(path, rec):
            rec.n = n
            store.team.save_written(rec)
            continue
        pkg.exported_at = now or utc_now()
        data = to_bytes(pkg)
        if len(data) > MAX_PACKAGE_BYTES:
            report.errors.append(f"{name}: the package would be over "
                                 f"{MAX_PACKAGE_BYTES // 2**20} MB")
            continue
        if not stignore_done:
            ensure_stignore(folder)
            stignore_done = True
        try:
            if os.path.lexists(path) and not os.path.isfile(path):
                raise OSError(f"{name} is not a file")
            st = _write_file(path, data)
        except OSError as exc:
            report.errors.append(f"{name}: cannot be written ({exc.strerror or exc})")
            continue
        if rec is not None and rec.file_name and rec.file_name != name:
            try:  # the session's code changed: our package under its old name goes
                os.unlink(folder / rec.file_name)
            except OSError:
                pass
        store.team.save_written(WrittenSession(
            folder=key, session_id=session.id, n=n, file_name=name, content_sha=sha,
            size=st.st_size, mtime_ns=st.st_mtime_ns, written_at=to_iso(now or utc_now())))
        report.written.append(name)


# -- merging ---------------------------------------------------------------------------

def _target(store: Store, pkg: Package) -> str | None:
    """The local session a package merges into (the rule services/packages follows)."""
    if store.sessions.presence(pkg.session.id) is not None:
        return pkg.session.id
    if pkg.session.source:
        return store.sessions.first_live_by_source(pkg.session.source)
    return None


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes, kept by os.scandir as surrogates
        return False
    return True


def _own_name(name: str, device: Device) -> bool:
    m = _NAME.match(name)
    return bool(m and m["device"] == device.id and not m["conflict"])


class _Batch:
    """Merges share one transaction for up to BATCH_SECONDS, each in its own savepoint
    (a refused package rolls back alone); committing often lets the writer thread's
    note saves in between."""

    def __init__(self, store: Store):
        self.store, self.tx, self.started = store, None, 0.0

    def enter(self) -> None:
        if self.tx is None:
            tx = ExitStack()
            tx.enter_context(self.store.atomic())
            try:
                # the notes merged in go into the search index together before each
                # commit, not one by one (most of a new note's cost otherwise)
                tx.enter_context(self.store.notes.search_index_deferred())
            except BaseException as exc:
                tx.__exit__(type(exc), exc, exc.__traceback__)
                raise
            self.tx, self.started = tx, time.monotonic()

    def maybe_commit(self) -> None:
        if self.tx is not None and time.monotonic() - self.started > BATCH_SECONDS:
            self.close()

    def close(self, exc: BaseException | None = None) -> None:
        tx, self.tx = self.tx, None
        if tx is not None:
            if exc is None:
                tx.__exit__(None, None, None)
            else:
                tx.__exit__(type(exc), exc, exc.__traceback__)


def _merge_packages(store: Store, folder: Path, key: str, device: Device,
                    report: SyncReport, now: datetime | None) -> None:
    seen = store.team.seen(key)
    written = store.team.written(key)
    own = {r.file_name for r in written.values() if r.file_name}
    present: set[str] = set()
    frames: dict = {}  # a session's frame merged once per pass (packages.merge)
    parsed = FrameCache()  # and read and checked once per pass
    batch = _Batch(store)
    try:
        with os.scandir(folder) as entries:
            for entry in entries:  # one file at a time: the folder is never loaded whole
                name = entry.name
                if not is_candidate(name):
                    if name != STIGNORE:
                        report.ignored += 1
                    continue
                if name in own or _own_name(name, device):
                    continue
                if not _utf8(name):
                    # bytes that are no UTF-8 (another system's encoding): the name
                    # cannot be remembered in the store, and one such file must not
                    # stop the pass for every other one
                    shown = os.fsencode(name).decode("utf-8", "backslashreplace")
                    report.refused.append(f"{shown}: the file name is not valid UTF-8; "
                                          "rename the file to merge it")
                    continue
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue  # gone already (a sync engine renamed it)
                if not stat.S_ISREG(st.st_mode):
                    report.ignored += 1
                    continue
                present.add(name)
                rec = seen.get(name)
                quiet = False
                if rec is not None and (rec.size, rec.mtime_ns) == (st.st_size,
                                                                     st.st_mtime_ns):
                    if rec.state == "retry":
                        report.retry.append(name)
                        continue
                    if rec.state != "later":
                        report.unchanged += 1
                        continue
                    quiet = True  # refused by this store's state: tried at every pass
                batch.enter()
                _merge_file(store, folder / name, st, rec, key, written, report, now,
                            frames, parsed, quiet)
                batch.maybe_commit()
        gone = [name for name in seen if name not in present]
        if gone:
            batch.enter()
            store.team.forget_seen(key, gone)
    except BaseException as exc:
        batch.close(exc)
        raise
    batch.close()


def _merge_file(store: Store, path: Path, st: os.stat_result, rec: SeenFile | None,
                key: str, written: dict[str, WrittenSession], report: SyncReport,
                now: datetime | None, frames: dict, parsed: FrameCache | None = None,
                quiet: bool = False) -> None:
    """Read, check and merge one file; remember what it was. ``quiet``: a file refused
    before for what this store held (its session in the bin, a clock ahead), tried
    again without saying so again."""
    name = path.name
    try:
        data = read_input(path, MAX_PACKAGE_BYTES, "a session package")
    except InputFileError as exc:
        if not path.exists():
            return  # renamed or deleted while we looked: the next scan sees what came
        _remember(store, key, name, st, "", "refused", None, message=str(exc))
        report.refused.append(f"{name}: {exc}")
        return
    sha = hashlib.sha256(data).hexdigest()
    if rec is not None and rec.sha256 == sha and rec.state == "merged":
        rec.size, rec.mtime_ns = st.st_size, st.st_mtime_ns  # touched, not changed
        store.team.save_seen(rec)
        report.unchanged += 1
        return
    try:
        pkg = from_bytes(data, parsed)
    except IncompletePackage as exc:
        log.info("team folder: %s is not complete yet (%s); tried again when it changes",
                 name, exc)
        _remember(store, key, name, st, sha, "retry", None, message=str(exc))
        report.retry.append(name)
        return
    except NewerPackage as exc:
        log.warning("team folder: %s skipped: %s", name, exc)
        _remember(store, key, name, st, sha, "newer", None, message=str(exc))
        report.newer.append(name)
        return
    except PackageError as exc:
        _remember(store, key, name, st, sha, "refused", None, message=str(exc))
        report.refused.append(f"{name}: {exc}")
        return
    del data
    try:
        with store.atomic():  # a savepoint: a refused package leaves the store as it was
            target = _target(store, pkg)
            before = store.team.change_count(target) if target else None
            merged = merge(store, pkg, file_name=name, now=now, frames=frames)
            _absorb(store, key, merged.session_id, before, written)
    except PackageError as exc:
        # refused for what this store holds or this computer's clock says (the session
        # is in the bin here, a note dated ahead): tried again at every pass, said once
        _remember(store, key, name, st, sha, "later", pkg, message=str(exc))
        if not quiet:
            report.refused.append(str(exc) if str(exc).startswith(name) else f"{name}: {exc}")
        return
    _remember(store, key, name, st, sha, "merged", pkg, session_id=merged.session_id,
              session_code=merged.session_code)
    if merged.changed_anything:
        report.merged.append(merged)
    else:
        report.unchanged += 1


def _absorb(store: Store, key: str, session_id: str, before: int | None,
            written: dict[str, WrittenSession]) -> None:
    """What a merge brought in needs no package from this device, unless this device
    has changes of its own to the session not yet written (then they go together)."""
    after = store.team.change_count(session_id)
    rec = written.get(session_id)
    if before is None and rec is None:  # a session new here: only ever merged
        rec = WrittenSession(folder=key, session_id=session_id, n=after)
    elif rec is not None and rec.n == before:
        rec.n = after
    else:
        return
    written[session_id] = rec
    store.team.save_written(rec)


def _remember(store: Store, key: str, name: str, st: os.stat_result, sha: str, state: str,
              pkg: Package | None, message: str = "", session_id: str = "",
              session_code: str = "") -> None:
    m = _NAME.match(name)
    device_id = (pkg.device_id if pkg is not None else "") or (m["device"] if m else "")
    store.team.save_seen(SeenFile(
        folder=key, name=name, size=st.st_size, mtime_ns=st.st_mtime_ns, sha256=sha,
        state=state, device_id=device_id,
        device_name=pkg.device if pkg is not None else "",
        session_id=session_id or (pkg.session.id if pkg is not None else ""),
        session_code=session_code or (pkg.session.code if pkg is not None else ""),
        checked_at=to_iso(utc_now()), message=message[:500]))


# -- who contributed what ----------------------------------------------------------------

@dataclass
class Contribution:
    device_id: str
    device_name: str
    last_seen: datetime | None  # when the device last wrote its package (the file's time)
    file_name: str
    this_device: bool = False

    def to_dict(self) -> dict:
        return {"device_id": self.device_id, "device_name": self.device_name,
                "last_seen": to_iso(self.last_seen), "file": self.file_name,
                "this_device": self.this_device}


@dataclass
class SessionSeen:
    session_id: str
    code: str
    title: str
    devices: list[Contribution] = field(default_factory=list)


@dataclass
class DeviceSeen:
    device_id: str
    device_name: str
    last_seen: datetime | None
    sessions: int
    this_device: bool = False


@dataclass
class TeamStatus:
    folder: str
    device: Device
    sessions: list[SessionSeen]
    devices: list[DeviceSeen]
    waiting: list[str]  # files not merged: not complete yet, newer, refused

    def to_dict(self) -> dict:
        return {
            "folder": self.folder, "device": self.device.__dict__,
            "devices": [{"device_id": d.device_id, "device_name": d.device_name,
                         "last_seen": to_iso(d.last_seen), "sessions": d.sessions,
                         "this_device": d.this_device} for d in self.devices],
            "sessions": [{"session_id": s.session_id, "code": s.code, "title": s.title,
                          "devices": [c.to_dict() for c in s.devices]}
                         for s in self.sessions],
            "waiting": self.waiting}


def _mtime(ns: int | None) -> datetime | None:
    return None if ns is None else datetime.fromtimestamp(ns / 1e9, tz=timezone.utc)


def team_status(store: Store, folder: Path | str, device: Device | None = None) -> TeamStatus:
    """Per session, which devices' packages in the folder were merged (or written, for
    this device) and when each was last written; from what the last pass recorded,
    for the files still there."""
    path = check_folder(folder, store_folder(store))
    device = device or this_device(store)
    key = folder_key(path)
    try:
        with os.scandir(path) as entries:
            present = {e.name: e for e in entries if is_candidate(e.name)}
    except OSError as exc:
        raise TeamFolderError(f"The team folder {path} cannot be read "
                              f"({exc.strerror or exc}).") from None
    by_session: dict[str, list[Contribution]] = {}
    for rec in store.team.written(key).values():
        if rec.file_name in present:
            by_session.setdefault(rec.session_id, []).append(Contribution(
                device.id, device.name, _mtime(rec.mtime_ns), rec.file_name, True))
    waiting = []
    for rec in store.team.seen(key).values():
        if rec.name not in present:
            continue
        if rec.state != "merged":
            waiting.append(rec.name)
            continue
        by_session.setdefault(rec.session_id, []).append(Contribution(
            rec.device_id, rec.device_name or rec.device_id, _mtime(rec.mtime_ns), rec.name,
            rec.device_id == device.id))
    sessions = []
    devices: dict[str, DeviceSeen] = {}
    for sid, contributions in by_session.items():
        try:
            s = store.sessions.get(sid)
            code, title = s.code, s.title
        except Exception:  # noqa: BLE001 - a session deleted since: still worth listing
            code, title = "", ""
        # one line per device: its latest package for the session
        latest: dict[str, Contribution] = {}
        for c in contributions:
            old = latest.get(c.device_id)
            if old is None or (c.last_seen or datetime.min.replace(tzinfo=timezone.utc)) > (
                    old.last_seen or datetime.min.replace(tzinfo=timezone.utc)):
                latest[c.device_id] = c
        ordered = sorted(latest.values(), key=lambda c: (not c.this_device, c.device_name))
        sessions.append(SessionSeen(sid, code, title, ordered))
        for c in ordered:
            d = devices.setdefault(c.device_id, DeviceSeen(c.device_id, c.device_name, None, 0,
                                                           c.this_device))
            d.sessions += 1
            if c.last_seen and (d.last_seen is None or c.last_seen > d.last_seen):
                d.last_seen = c.last_seen
    sessions.sort(key=lambda s: (s.code.casefold(), s.title.casefold()))
    unknown = sorted(set(present) - {r.file_name for r in store.team.written(key).values()}
                     - set(store.team.seen(key)))
    waiting = sorted(waiting) + [n for n in unknown if not _own_name(n, device)]
    return TeamStatus(str(path), device, sessions,
                      sorted(devices.values(), key=lambda d: (not d.this_device,
                                                              d.device_name)), waiting)


__all__ = ["Device", "SyncReport", "TeamFolderError", "TeamStatus", "check_folder",
           "is_candidate", "package_name", "sync_folder", "team_status", "this_device"]
