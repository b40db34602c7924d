"""Writing export files safely: temp file beside the target, fsync, rename.

A reader (or a file-sync tool) sees either the old file or the complete new
one, never half of it. Temp names start with ``.`` and end with ``.partial``,
which sync tools such as Syncthing and Nextcloud can be told to ignore.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ExportError(OSError):
    pass


def write_atomic(path: Path, data: bytes) -> Path:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{folder}: the folder does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return path
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
    return path
