"""Where SessionKit keeps its files, and where its bundled resources are.

One place decides the data directory: ``--data-dir`` beats ``SESSIONKIT_DATA_DIR``
beats ``platformdirs.user_data_path("SessionKit")``. Nothing is written elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SessionKit"
ENV_DATA_DIR = "SESSIONKIT_DATA_DIR"


def data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The bundled resources: inside the wheel, a PyInstaller bundle, or the checkout."""
    here = Path(__file__).resolve().parent
    candidates = [here / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "sessionkit" / "resources")
    candidates.append(here.parents[1] / "resources")  # src/sessionkit -> checkout root
    for c in candidates:
        if (c / "sessions").is_dir():
            return c
    raise FileNotFoundError("SessionKit's resources folder is missing from this installation")
