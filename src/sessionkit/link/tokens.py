"""The live link's secrets: URL tokens, the pairing code, and the counters that keep
guessing them pointless (docs/live-link.md "Tokens").

Plain Python (no network, no Qt) so it is tested on its own.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time

# Crockford's base32: no I, L, O, U, so a code read aloud or off a screen is not misread.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PAIRING_ATTEMPTS = 10  # wrong codes before pairing closes until sharing restarts


def new_token() -> str:
    """A URL-safe random token: 24 bytes, 192 bits."""
    return secrets.token_urlsafe(24)


def new_pairing_code() -> str:
    """Eight Crockford base32 characters (40 bits), shown as ``ABCD-EFGH``."""
    raw = "".join(secrets.choice(CROCKFORD) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(text: str) -> str:
    """What a person typed, as the code is compared: dashes, spaces and case ignored,
    and the letters Crockford's alphabet reads as digits (O→0, I/L→1) mapped."""
    out = []
    for ch in str(text).upper():
        if ch in "- \t":
            continue
        out.append({"O": "0", "I": "1", "L": "1"}.get(ch, ch))
    return "".join(out)


def same(given: str | None, secret: str) -> bool:
    """Constant-time comparison (as bytes, so text of any script is compared safely)."""
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"),
                               secret.encode("utf-8"))


class Pairing:
    """The pairing code and its attempt counter: after PAIRING_ATTEMPTS wrong codes
    the pairing is closed for good (until sharing is started again)."""

    def __init__(self, code: str | None = None, attempts: int = PAIRING_ATTEMPTS):
        self.code = code or new_pairing_code()
        self.left = attempts
        self._lock = threading.Lock()

    @property
    def closed(self) -> bool:
        return self.left <= 0

    def check(self, typed: str) -> bool | None:
        """True: the right code; False: wrong (counted); None: pairing is closed."""
        with self._lock:
            if self.left <= 0:
                return None
            if same(normalise_code(typed), normalise_code(self.code)):
                return True
            self.left -= 1
            return False


class RateLimiter:
    """A token bucket per client address: ``rate`` requests a second on average,
    bursts of ``burst``. Old buckets are forgotten so the table stays small."""

    def __init__(self, rate: float = 20.0, burst: float = 60.0, max_clients: int = 4096,
                 clock=time.monotonic):
        self.rate, self.burst, self.max_clients = rate, burst, max_clients
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, client: str) -> bool:
        now = self._clock()
        tokens, last = self._buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if len(self._buckets) >= self.max_clients and client not in self._buckets:
            self._forget(now)
        if tokens < 1.0:
            self._buckets[client] = (tokens, now)
            return False
        self._buckets[client] = (tokens - 1.0, now)
        return True

    def _forget(self, now: float) -> None:
        full = self.burst / self.rate  # a bucket idle this long is full again: drop it
        for key, (_, last) in list(self._buckets.items()):
            if now - last > full:
                del self._buckets[key]
        if len(self._buckets) >= self.max_clients:  # all busy: forget the oldest half
            for key in sorted(self._buckets, key=lambda k: self._buckets[k][1])[
                    : self.max_clients // 2]:
                del self._buckets[key]
