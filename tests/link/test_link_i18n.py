"""The live link's words: complete in every language, and the stage display's words
translated exactly as the app translates them."""

import re
import xml.etree.ElementTree as ET

import pytest
from conftest import REPO

from sessionkit.link.i18n import CATALOGUES, WORDS, words

LANGS = ("ja", "ko", "zh_CN")
# the words the views share with the app, and the .ts context they come from
SHARED = ("amber", "red", "over", "normal", "idle", "running", "paused", "finished",
          "starting_soon", "thank_you", "behind", "ahead", "on_time", "next_name",
          "next_title", "no_speaker", "item_number", "agenda")


def ts_translations(lang: str) -> dict[str, str]:
    root = ET.parse(REPO / "resources" / "i18n" / f"sessionkit_{lang}.ts").getroot()
    out = {}
    for ctx in root.iter("context"):
        if ctx.find("name").text not in ("Live", "StageDisplay", "CueCard", "AgendaPanel"):
            continue
        for m in ctx.iter("message"):
            out.setdefault(m.find("source").text, m.find("translation").text)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_word_is_translated_with_its_placeholders_and_symbols(lang):
    catalogue = CATALOGUES[lang]
    for key, english in WORDS.items():
        assert english in catalogue, f"{lang}: {english!r} has no translation"
        text = catalogue[english]
        assert text.strip()
        assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", english))
        for symbol in "⚠■▲▶◀✓❚":
            assert (symbol in english) == (symbol in text), (lang, english)


@pytest.mark.parametrize("lang", LANGS)
def test_the_stage_words_read_as_in_the_app(lang):
    app = ts_translations(lang)
    shown = words(lang)
    for key in SHARED:
        assert shown[key] == app[WORDS[key]], (lang, key)


def test_english_and_unknown_languages_give_the_english_words():
    assert words("en") == WORDS
    assert words("fr") == WORDS
    assert words(None) == WORDS
    assert words("ja_JP")["red"] == "■ 時間です"
