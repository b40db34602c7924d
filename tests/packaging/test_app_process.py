"""The real `sessionkit` process: keeps its window open until told to close."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sessionkit.ui.safety.single_instance import server_name


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sessionkit_keeps_running_offscreen_until_closed(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "sessionkit", "--data-dir", str(tmp_path)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # up: its window is built once it listens for a second start (the socket is
        # made after the window)
        socket = Path(server_name(tmp_path))
        deadline = time.monotonic() + 60
        while not socket.exists() and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        assert socket.exists(), "the app never finished starting"
        # then it must stay up on its own: watch it for a second
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=1)
        proc.send_signal(signal.SIGTERM)  # the desktop asks it to close
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
