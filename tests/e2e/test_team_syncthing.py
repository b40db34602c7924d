"""A real sync engine carries the team folder: two Syncthing instances on loopback
(their own homes; global and local discovery, relays, NAT traversal, STUN, usage and
crash reporting off; each knows the other by an explicit 127.0.0.1 address) share one
folder between two SessionKit data folders, driven by `sessionkit team sync`.

Everything waits with a deadline and the instances are killed in a ``finally``: the
test cannot hang CI (about 20-40 s on an idle machine)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sessionkit.interchange.package import SUFFIX
from sessionkit.services.capture import delete_notes, edit_note, note_history
from sessionkit.services.sessions import open_store

SYNCTHING = shutil.which("syncthing") or "/usr/bin/syncthing"
FOLDER_ID = "sessionkit-team"
DEADLINE = 90.0  # the whole test; each wait has its own share of it

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.path.exists(SYNCTHING), reason="syncthing is not installed"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Instance:
    def __init__(self, root: Path, name: str):
        self.name = name
        self.home = root / f"st-{name}"
        self.folder = root / f"team-{name}"
        self.folder.mkdir()
        (self.folder / ".stfolder").mkdir()  # Syncthing's marker: the folder is meant
        self.port, self.gui_port = free_port(), free_port()
        self.api_key = f"sessionkit-test-{name}-{os.getpid()}"
        out = subprocess.run(
            [SYNCTHING, "generate", f"--home={self.home}", "--no-default-folder",
             "--skip-port-probing"], capture_output=True, text=True, timeout=60,
            env=self.env())
        m = re.search(r"Device ID:\s*([A-Z0-9-]{50,})", out.stdout + out.stderr)
        assert m, out.stdout + out.stderr
        self.device_id = m.group(1)
        self.proc: subprocess.Popen | None = None

    def env(self) -> dict:
        return {**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1",
                "HOME": str(self.home), "all_proxy": "", "http_proxy": "", "https_proxy": ""}

    def configure(self, peer: "Instance") -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")

        def opt(tag: str, value: str) -> None:
            el = options.find(tag)
            if el is None:
                el = ET.SubElement(options, tag)
            el.text = value

        for tag in options.findall("listenAddress"):
            options.remove(tag)
        opt("listenAddress", f"tcp://127.0.0.1:{self.port}")
        for tag, value in (("globalAnnounceEnabled", "false"), ("localAnnounceEnabled", "false"),
                           ("relaysEnabled", "false"), ("natEnabled", "false"),
                           ("urAccepted", "-1"), ("urSeen", "3"), ("startBrowser", "false"),
                           ("crashReportingEnabled", "false"), ("autoUpgradeIntervalH", "0"),
                           ("announceLANAddresses", "false"), ("stunKeepaliveStartS", "0"),
                           ("stunKeepaliveMinS", "0"), ("reconnectionIntervalS", "1"),
                           ("setLowPriority", "false")):
            opt(tag, value)
        gui = root.find("gui")
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"
        gui.find("apikey").text = self.api_key
        device = ET.SubElement(root, "device", id=peer.device_id, name=peer.name,
                               compression="metadata", introducer="false")
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{peer.port}"
        folder = ET.SubElement(root, "folder", id=FOLDER_ID, label="team",
                               path=str(self.folder), type="sendreceive", rescanIntervalS="2",
                               fsWatcherEnabled="true", fsWatcherDelayS="1")
        for dev in (self.device_id, peer.device_id):
            ET.SubElement(folder, "device", id=dev, introducedBy="")
        tree.write(path)

    def start(self, log: Path) -> None:
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            [SYNCTHING, "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade"], stdout=self.log, stderr=subprocess.STDOUT, env=self.env(),
            start_new_session=True)  # its own process group: serve runs a monitor and a child

    def api(self, method: str, path: str, timeout: float = 3.0):
        req = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", method=method,
                                     headers={"X-API-Key": self.api_key})
        # no proxy, loopback only
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(req, timeout=timeout) as resp:
            body = resp.read()
        return json.loads(body) if body.strip() else None

    def stop(self) -> None:
        """End the monitor and the syncthing it started (the whole process group)."""
        if self.proc is None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.proc.wait(timeout=5)
                time.sleep(0.2)  # the child leaves with its parent's group
            except subprocess.TimeoutExpired:
                continue
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # anything left in the group
        except ProcessLookupError:
            pass
        if getattr(self, "log", None):
            self.log.close()


def wait_for(what: str, check, until: float, every: float = 0.25):
    last = None
    while time.monotonic() < until:
        try:
            last = check()
        except Exception as exc:  # noqa: BLE001 - the API is not up yet
            last = exc
        if last and not isinstance(last, Exception):
            return last
        time.sleep(every)
    pytest.fail(f"timed out waiting for {what} (last: {last!r})")


def packages(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.endswith(SUFFIX)}


def arrived(src: Path, dst: Path):
    """True once every package in ``src`` is in ``dst`` byte for byte."""
    want = packages(src)
    return bool(want) and all((dst / n).is_file() and (dst / n).read_bytes() == data
                              for n, data in want.items())


def test_two_laptops_share_a_session_through_syncthing(tmp_path, run_cli):
    until = time.monotonic() + DEADLINE
    a_data, b_data = tmp_path / "laptop-a", tmp_path / "laptop-b"
    a, b = Instance(tmp_path, "a"), Instance(tmp_path, "b")
    a.configure(b)
    b.configure(a)

    def sync(data: Path, st: Instance) -> str:
        code, out, err = run_cli("team", "sync", "--folder", str(st.folder), data_dir=data)
        assert code == 0, err
        return out

    def rescan(st: Instance) -> None:
        try:
            st.api("POST", f"/rest/db/scan?folder={FOLDER_ID}")
        except Exception:  # noqa: BLE001 - the watcher and the 2 s rescan also see it
            pass

    def carry(src: Instance, dst: Instance) -> None:
        rescan(src)
        wait_for(f"{src.name}'s packages in {dst.name}'s folder",
                 lambda: arrived(src.folder, dst.folder), until)

    try:
        a.start(tmp_path / "syncthing-a.log")
        b.start(tmp_path / "syncthing-b.log")
        for st in (a, b):
            wait_for(f"syncthing {st.name}'s API", lambda st=st: st.api("GET", "/rest/system/ping"),
                     until)
        wait_for("the two instances to connect", lambda: a.api(
            "GET", "/rest/system/connections")["connections"][b.device_id]["connected"], until)

        # 1. a note added on A appears in B's store
        code, _, err = run_cli("note", "add", "--session", "D3", "Ann: cities share staff",
                               data_dir=a_data)
        assert code == 0, err
        assert "1 package(s) written" in sync(a_data, a)
        carry(a, b)
        assert "notes: 1 added" in sync(b_data, b)
        code, out, _ = run_cli("notes", "list", "--session", "D3", "--json", data_dir=b_data)
        [shared] = json.loads(out)
        assert shared["text"] == "Ann: cities share staff"

        # 2. the same note edited on both keeps both texts (one current, one in history)
        for data, text in ((a_data, "Ann: cities share staff for a year"),
                           (b_data, "Ben: cities share staff for two years")):
            store, _ = open_store(data)
            edit_note(store, shared["id"], text=text)
            store.close()
        sync(a_data, a)
        sync(b_data, b)
        carry(a, b)
        carry(b, a)
        sync(a_data, a)
        sync(b_data, b)
        shown = {}
        for data in (a_data, b_data):
            store, _ = open_store(data)
            note = store.notes.get(shared["id"])
            kept = {v.text for v in note_history(store, shared["id"])}
            shown[data] = note.text
            assert note.conflict
            assert {"Ann: cities share staff for a year",
                    "Ben: cities share staff for two years"} - {note.text} <= kept
            store.close()
        assert shown[a_data] == shown[b_data]

        # 3. a note deleted on A is binned on B
        store, _ = open_store(a_data)
        delete_notes(store, [shared["id"]])
        store.close()
        assert "1 package(s) written" in sync(a_data, a)
        carry(a, b)
        assert "1 deleted" in sync(b_data, b)
        store, _ = open_store(b_data)
        assert store.notes.get(shared["id"]).deleted_at is not None
        store.close()
        # Syncthing never carried SessionKit's temp files nor the .stignore
        for st in (a, b):
            assert not [p for p in st.folder.iterdir() if p.name.startswith(".~sessionkit")]
    finally:
        a.stop()
        b.stop()
