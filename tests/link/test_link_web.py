"""The web views' files: nothing loaded from elsewhere, no HTML built from data."""

import re
from importlib import resources

import pytest

FILES = ("stage.html", "cue.html", "agenda.html", "control.html", "link.js", "link.css")


def read(name: str) -> str:
    return resources.files("sessionkit.link").joinpath("web", name).read_text("utf-8")


@pytest.mark.parametrize("name", FILES)
def test_nothing_is_loaded_from_the_internet(name):
    text = read(name)
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import", text, re.I), name
    assert not re.search(r"(?<![\w.])url\(", text), name  # CSS url(): JS's new URL( is ours


def test_pages_load_only_the_served_assets():
    for name in FILES[:4]:
        text = read(name)
        refs = re.findall(r'(?:src|href)="([^"]*)"', text)
        assert refs == ["assets/link.css", "assets/link.js"], (name, refs)


def test_the_script_never_builds_html_from_the_document():
    js = read("link.js")
    for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                  "new Function"):
        assert risky not in js


def test_the_pages_carry_a_content_security_policy(data_dir, store):
    from conftest import make_session
    from link_helpers import get, view_path

    from sessionkit.link.server import LinkServer

    s = make_session(store)
    server = LinkServer(data_dir, s.id)
    server.start()
    try:
        import http.client

        host, port = server.address.rsplit(":", 1)
        conn = http.client.HTTPConnection(host, int(port), timeout=5)
        conn.request("GET", view_path(server, "stage"))
        resp = conn.getresponse()
        csp = resp.getheader("Content-Security-Policy")
        assert resp.status == 200
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert resp.getheader("Cache-Control") == "no-store"
        assert resp.getheader("Referrer-Policy") == "no-referrer"
        conn.close()
        assert get(server, view_path(server, "assets/link.js"))[1] == read("link.js").encode()
    finally:
        server.stop()
