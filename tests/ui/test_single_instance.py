"""A second start's knock (QLocalSocket) brings the running window forward, through
the app's own Unix socket server (no QtNetwork in the running app)."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sessionkit.ui.safety import single_instance

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a Unix socket")


@pytest.fixture
def short_data(monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # the socket goes in the data folder
    data = Path(tempfile.mkdtemp(prefix="sksi-")) / "data"  # short enough for a socket
    data.mkdir()
    yield data
    shutil.rmtree(data.parent, ignore_errors=True)


def test_a_knock_raises_the_minimized_window(qapp, qtbot, short_data):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    stale = Path(single_instance.server_name(short_data))
    stale.write_bytes(b"")  # left by a crashed run: replaced
    server = single_instance.RaiseServer(short_data, window)
    try:
        assert server.server.isListening()
        path = Path(server.server.fullServerName())
        assert path == stale and stat.S_ISSOCK(os.lstat(path).st_mode)
        assert stat.S_IMODE(os.lstat(path).st_mode) & 0o077 == 0  # this user only
        assert single_instance.poke_running_instance(short_data)
        qtbot.waitUntil(lambda: not window.windowState() & Qt.WindowState.WindowMinimized,
                        timeout=3000)
    finally:
        server.server.close()
    assert not path.exists()  # closed: the socket file goes with it
    assert not single_instance.poke_running_instance(short_data)


def test_the_running_app_does_not_load_qtnetwork(short_data):
    """Only the second start (the knocking one) uses QtNetwork's QLocalSocket."""
    import subprocess

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "from sessionkit.ui.safety.single_instance import RaiseServer\n"
        "app = QApplication([])\n"
        "w = QWidget()\n"
        "s = RaiseServer(sys.argv[1], w)\n"
        "print(s.server.isListening(), 'PySide6.QtNetwork' in sys.modules)\n"
        "s.server.close()\n")
    src = Path(__file__).resolve().parents[2] / "src"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(src) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", code, str(short_data)], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["True", "False"]
