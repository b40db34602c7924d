"""Tokens, the pairing code and the rate limiter of the live link."""

import re

from sessionkit.link.tokens import (
    PAIRING_ATTEMPTS,
    Pairing,
    RateLimiter,
    new_pairing_code,
    new_token,
    normalise_code,
    same,
)


def test_tokens_are_long_random_and_url_safe():
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    for t in tokens:
        assert re.fullmatch(r"[A-Za-z0-9_-]{32}", t)  # 24 bytes = 192 bits


def test_pairing_code_looks_like_abcd_efgh_in_crockford_base32():
    for _ in range(100):
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", new_pairing_code())


def test_typed_codes_ignore_dashes_spaces_case_and_misread_letters():
    assert normalise_code(" abcd-ef0h ") == "ABCDEF0H"
    assert normalise_code("ABCD EFOH") == "ABCDEF0H"
    assert normalise_code("1ilL") == "1111"


def test_compare_is_exact():
    t = new_token()
    assert same(t, t)
    assert not same(t[:-1], t)
    assert not same(None, t)
    assert not same("김상갑", t)


def test_pairing_closes_after_ten_wrong_codes_even_for_the_right_one():
    p = Pairing("ABCD-EFGH")
    assert p.check("abcd efgh") is True
    for _ in range(PAIRING_ATTEMPTS):
        assert p.check("ZZZZ-ZZZZ") is False
    assert p.closed
    assert p.check("ABCD-EFGH") is None


def test_rate_limiter_allows_a_burst_then_the_rate():
    now = [0.0]
    r = RateLimiter(rate=10, burst=5, clock=lambda: now[0])
    assert all(r.allow("a") for _ in range(5))
    assert not r.allow("a")
    assert r.allow("b")  # another client has its own bucket
    now[0] += 0.1
    assert r.allow("a")
    assert not r.allow("a")


def test_rate_limiter_table_stays_bounded():
    now = [0.0]
    r = RateLimiter(rate=10, burst=5, max_clients=100, clock=lambda: now[0])
    for i in range(1000):
        now[0] += 0.001
        r.allow(f"10.0.{i // 256}.{i % 256}")
    assert len(r._buckets) <= 100
