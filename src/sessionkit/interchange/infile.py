"""Opening a file that comes in: one way for schedules, note files and packages.

Every reader of an outside file (``sessionkit import``, ``notes import``,
``package merge`` and the app's import and merge dialogs) gets its bytes here:

- only an ordinary file is opened: a folder, a pipe (which would wait forever
  for a writer), a device such as ``/dev/zero`` (which never ends) or a socket
  is refused before anything is read;
- the size is checked before reading, and the read itself stops one byte past
  the cap, so a file that grows while it is read cannot exhaust memory;
- text is decoded in one place: UTF-8 (with or without a BOM), UTF-16 (with a
  BOM, or recognised by its pattern of NUL bytes), CR, LF and CRLF line ends.

Messages are one sentence without the file name; callers put the name first.
Nothing here imports Qt.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

MB = 1024 * 1024
SCHEDULE_CAP = 32 * MB  # the biggest real programmes are a few MB (packages: package.py)
NOTES_CAP = 16 * MB  # a pasted day of notes is well under 1 MB
_CHUNK = 1 * MB


class InputFileError(ValueError):
    """The file can't be used; the message is one line for the user."""


def read_input(path: Path, cap: int, what: str) -> bytes:
    """The bytes of an ordinary file of at most ``cap`` bytes.

    ``what`` names the kind of file in the messages ("a schedule").
    """
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputFileError("cannot be read (there is no such file)") from None
    except OSError as exc:
        raise InputFileError(f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputFileError(f"is a folder, not {what}")
    if not stat.S_ISREG(st.st_mode):
        raise InputFileError(_not_ordinary(what))
    _check_size(st.st_size, cap, what)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputFileError(f"cannot be read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)  # the path may have been swapped since the stat above
        if not stat.S_ISREG(st.st_mode):
            raise InputFileError(_not_ordinary(what))
        _check_size(st.st_size, cap, what)
        chunks = []
        total = 0
        while total <= cap:
            chunk = os.read(fd, min(_CHUNK, cap + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise InputFileError(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if total > cap:
        raise InputFileError(f"the file is too big to be {what} (it grew past the limit "
                             f"of {cap // MB} MB while it was read)")
    return b"".join(chunks)


def _not_ordinary(what: str) -> str:
    return (f"is not an ordinary file but a pipe, a device or a socket, so it cannot be "
            f"read as {what}")


def _check_size(size: int, cap: int, what: str) -> None:
    if size > cap:
        raise InputFileError(f"the file is too big to be {what} ({size / 1e6:.0f} MB; "
                             f"the limit is {cap // MB} MB)")


# -- decoding -------------------------------------------------------------------------

def utf16_codec(data: bytes) -> str:
    """'utf-16' (with a BOM), 'utf-16-le' / 'utf-16-be' (recognised without one), or ''.

    Without a BOM, UTF-16 text of mostly Latin letters, digits and markup has a
    NUL in every other byte; UTF-8 text never has that pattern.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2:
        return ""
    nul_even = head[0:pairs * 2:2].count(0)
    nul_odd = head[1:pairs * 2:2].count(0)
    if nul_odd >= pairs * 0.3 and nul_even == 0:
        return "utf-16-le"
    if nul_even >= pairs * 0.3 and nul_odd == 0:
        return "utf-16-be"
    return ""


def line_of(data: bytes, offset: int) -> int:
    """The 1-based line of a byte offset, whatever the line ends are."""
    part = data[:offset]
    return part.count(b"\n") + part.replace(b"\r\n", b"").count(b"\r") + 1


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, what: str = "the file") -> tuple[str, str]:
    """(text, encoding) of UTF-8 or UTF-16 bytes, line ends made LF.

    Raises InputFileError naming the first line that is not UTF-8.
    """
    codec = utf16_codec(data)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise InputFileError(f"{what} looks like UTF-16 but is damaged; save it as UTF-8 "
                                 "and try again") from None
        return normalise_newlines(text.lstrip("\ufeff")), "UTF-16"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(not_utf8(data, exc.start, what)) from None
    return normalise_newlines(text), "UTF-8"


def not_utf8(data: bytes, offset: int, what: str = "the file") -> str:
    return (f"line {line_of(data, offset)} of {what} is not valid UTF-8 (the file is "
            "probably Latin-1 or Windows-1252); save it as UTF-8 and try again")


def read_text_file(path: Path, cap: int = NOTES_CAP, what: str = "a notes file") -> str:
    """A text file (notes to import) as one string with LF line ends."""
    data = read_input(path, cap, what)
    text, _ = decode_text(data)
    return text
