"""A session's report template travels in its package: exported with the session
(TOML text and logo), taken by a merge where the session has none here, and never
over the template chosen on this computer."""

from __future__ import annotations

import base64
import io
import json

import pytest

from sessionkit.report.template import template_from_text
from sessionkit.services.packages import export_package, merge_package
from sessionkit.services.reports import remember_template, session_template
from sessionkit.services.sessions import open_store


def _png(colour=(11, 83, 148)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(buf, "PNG")
    return buf.getvalue()


def _template(organisation: str, logo: bytes | None = None, footer: str = "Internal"):
    toml = f'organisation = "{organisation}"\nfooter = "{footer}"\nfont = "DejaVu Sans"\n'
    if logo is not None:
        toml += 'logo = "logo.png"\n'
    return template_from_text(toml, "logo.png" if logo else "", logo)


@pytest.fixture
def laptop(tmp_path):
    store, _ = open_store(tmp_path / "laptop")
    yield store
    store.close()


@pytest.fixture
def secretariat(tmp_path):
    store, _ = open_store(tmp_path / "sec")
    yield store
    store.close()


def _export(store, tmp_path) -> tuple:
    d3 = store.sessions.find("D3")
    path = tmp_path / "d3.sessionkit.json"
    export_package(store, d3.id, path)
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_the_template_and_its_logo_travel_and_are_taken_where_the_session_has_none(
        laptop, secretariat, tmp_path):
    logo = _png()
    remember_template(laptop, laptop.sessions.find("D3").id,
                      _template("Asia Forum Secretariat", logo))
    path, doc = _export(laptop, tmp_path)
    carried = doc["content"]["template"]
    assert 'organisation = "Asia Forum Secretariat"' in carried["toml"]
    assert base64.b64decode(carried["logo"]) == logo and carried["logo_name"] == "logo.png"

    d3 = secretariat.sessions.find("D3")
    assert session_template(secretariat, d3.id) is None
    report = merge_package(secretariat, path)
    assert report.template_added and "report template taken" in report.summary()
    taken = session_template(secretariat, d3.id)
    assert (taken.organisation, taken.footer, taken.font) == \
        ("Asia Forum Secretariat", "Internal", "DejaVu Sans")
    assert taken.logo.data == logo
    again = merge_package(secretariat, path)  # the second time there is one already
    assert not again.template_added


def test_the_template_chosen_here_wins_over_the_package(laptop, secretariat, tmp_path):
    remember_template(laptop, laptop.sessions.find("D3").id, _template("Theirs", _png()))
    path, _doc = _export(laptop, tmp_path)
    d3 = secretariat.sessions.find("D3")
    remember_template(secretariat, d3.id, _template("Ours", None, footer="Our footer"))
    report = merge_package(secretariat, path)
    assert not report.template_added and "template" not in report.summary()
    mine = session_template(secretariat, d3.id)
    assert (mine.organisation, mine.footer, mine.logo) == ("Ours", "Our footer", None)


def test_a_session_without_a_template_exports_no_template_key(laptop, secretariat, tmp_path):
    path, doc = _export(laptop, tmp_path)
    assert "template" not in doc["content"]  # packages without one read as before
    merge_package(secretariat, path)
    assert session_template(secretariat, secretariat.sessions.find("D3").id) is None


def test_a_template_without_a_logo_travels(laptop, secretariat, tmp_path):
    remember_template(laptop, laptop.sessions.find("D3").id, _template("No Logo Org"))
    path, doc = _export(laptop, tmp_path)
    assert doc["content"]["template"]["logo"] is None
    merge_package(secretariat, path)
    kept = session_template(secretariat, secretariat.sessions.find("D3").id)
    assert kept.organisation == "No Logo Org" and kept.logo is None


def test_forgetting_the_template_leaves_the_session_plain(laptop):
    d3 = laptop.sessions.find("D3")
    remember_template(laptop, d3.id, _template("Org"))
    remember_template(laptop, d3.id, None)
    assert session_template(laptop, d3.id) is None
