"""Helpers shared by the live link tests: a server over a data folder, plain HTTP and
WebSocket clients on loopback."""

from __future__ import annotations

import asyncio
import http.client
import json
import socket
import time
from urllib.parse import urlsplit


def split(url: str) -> tuple[str, int, str]:
    parts = urlsplit(url)
    return parts.hostname, parts.port, parts.path


def request(server, method: str, path: str, body: bytes | None = None,
            headers: dict | None = None, timeout: float = 5.0) -> tuple[int, bytes]:
    """One request to ``server`` (a LinkServer) at ``path``: (status, body)."""
    host, port = server.address.rsplit(":", 1)
    conn = http.client.HTTPConnection(host.strip("[]"), int(port), timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def get(server, path: str) -> tuple[int, bytes]:
    return request(server, "GET", path)


def raw(server, data: bytes, timeout: float = 5.0) -> bytes:
    """Send raw bytes, read until the server closes (or the timeout): what came back."""
    host, port = server.address.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                out += chunk
        except (TimeoutError, socket.timeout, ConnectionResetError):
            pass
        return out


def view_path(server, rest: str) -> str:
    return f"/v/{server.view_token}/{rest}"


def state(server) -> dict:
    status, body = get(server, view_path(server, "state"))
    assert status == 200
    return json.loads(body)


def wait_for(predicate, timeout: float = 2.0, every: float = 0.01):
    """Poll ``predicate`` until it returns something true; that value, or None."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    return None


async def ws_messages(url: str, count: int, timeout: float = 5.0) -> list[dict]:
    """Connect a WebSocket to ``url`` and collect ``count`` JSON messages."""
    import aiohttp

    out = []
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(url, timeout=aiohttp.ClientWSTimeout(ws_close=2)) as ws:
            async with asyncio.timeout(timeout):
                async for msg in ws:
                    out.append(json.loads(msg.data))
                    if len(out) >= count:
                        break
    return out
