"""The live link's words: complete in every language, and the stage display's words
translated exactly as the app translates them. Its sentences (why something could not be
done) too: every one the link raises or sends is in the catalogue, and reaches a phone in
the server's language."""

import ast
import json
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import REPO, make_session
from link_helpers import request

from sessionkit.link import follow, server
from sessionkit.link.i18n import CATALOGUES, SENTENCES, WORDS, sentence, words
from sessionkit.services.clock import SessionClock

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


# -- the sentences ------------------------------------------------------------------------

def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}", text))


@pytest.mark.parametrize("lang", LANGS)
def test_every_sentence_is_translated_with_its_placeholders(lang):
    catalogue = CATALOGUES[lang]
    for english in SENTENCES:
        assert english in catalogue, f"{lang}: {english!r} has no translation"
        text = catalogue[english]
        assert text.strip() and text != english, (lang, english)
        assert placeholders(text) == placeholders(english), (lang, english)
        assert "\n" not in text  # one sentence on one line, as the English


def templates_raised(module) -> list:
    """What every LinkError.of(…) and sentence(…) in ``module`` is given first: the
    template's text, or the source of anything else; and every plain LinkError(…)."""
    tree = ast.parse(open(module.__file__, encoding="utf-8").read())
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        of = isinstance(f, ast.Attribute) and f.attr == "of" and getattr(
            f.value, "id", "") == "LinkError"
        if of or (isinstance(f, ast.Name) and f.id == "sentence"):
            arg = node.args[0]
            out.append(arg.value if isinstance(arg, ast.Constant) else ast.unparse(arg))
        elif isinstance(f, ast.Name) and f.id == "LinkError":
            out.append("LinkError(" + ast.unparse(node) + ")")
    return out


@pytest.mark.parametrize("module", [server, follow], ids=["server", "follow"])
def test_every_sentence_the_link_raises_or_sends_is_in_the_catalogue(module):
    found = templates_raised(module)
    assert len(found) >= 10, found
    # str(exc): a ClockError passed on, its sentences listed in SENTENCES as well
    strays = [t for t in found if t not in SENTENCES and t != "str(exc)"]
    assert strays == []


def test_an_error_is_english_as_text_and_translated_on_request():
    exc = server.LinkError.of("Port {port} on {host} is in use.", port=8765, host="127.0.0.1")
    assert str(exc) == "Port 8765 on 127.0.0.1 is in use."  # the command line's
    assert exc.text("ja") == "127.0.0.1 のポート 8765 は使用中です。"
    assert exc.text("ko_KR") == "127.0.0.1의 포트 8765은(는) 사용 중입니다."
    assert exc.text("zh-CN") == "127.0.0.1 上的端口 8765 已被占用。"
    assert exc.text("en") == exc.text("fr") == exc.text(None) == str(exc)
    # a value is never translated nor read as a template
    exc = follow.LinkError.of("{address} did not answer within {n} seconds.",
                              address="{n} 会場", n="5")
    assert exc.text("ja") == "{n} 会場 から 5 秒以内に応答がありませんでした。"
    # a sentence already in the user's language (the window's own refusals): as it is
    assert server.LinkError("セッションは進行中ではありません。").text("ko") == \
        "セッションは進行中ではありません。"
    # a template with literal braces and no values is used as it is
    assert sentence('Send the message as {"text": "…"}.', "zh_CN") == \
        '请以 {"text": "…"} 的格式发送消息。'


def test_the_follower_refusals_are_translated():
    with pytest.raises(follow.LinkError) as caught:
        follow.normal_code("abc")
    assert caught.value.text("ja") == "ペアリングコードは ABCD-EFGH のような 8 文字の英数字です。"
    with pytest.raises(follow.LinkError) as caught:
        follow.base_url("192.168.1.5")
    assert str(caught.value) == ("Give the port too, like 192.168.1.5:8765 (the moderator's "
                                 "sharing window shows it).")
    assert caught.value.text("zh_CN") == "请同时输入端口，例如 192.168.1.5:8765（主持人的共享窗口中有显示）。"


@pytest.mark.parametrize("lang, not_running, line_break, too_long", [
    ("ja", "セッションは進行中ではありません。", "メッセージに改行または制御文字が含まれています。",
     "メッセージが 200 文字を超えています。"),
    ("ko", "세션이 진행 중이 아닙니다.", "메시지에 줄 바꿈이나 제어 문자가 들어 있습니다.",
     "메시지가 200자를 넘습니다."),
    ("en", "The session is not running.",
     "The message holds a line break or control character.",
     "The message is longer than 200 characters."),
])
def test_the_phone_page_gets_refusals_in_the_servers_language(data_dir, store, lang,
                                                              not_running, line_break,
                                                              too_long):
    s = make_session(store)
    srv = server.LinkServer(data_dir, s.id, control=True, language=lang)
    srv.start()
    try:
        c = f"/c/{srv.control_token}"
        status, body = request(srv, "POST", f"{c}/next", body=b"{}")
        assert status == 409 and json.loads(body)["error"] == not_running
        status, body = request(srv, "POST", f"{c}/message",
                               body=json.dumps({"text": "a\nb"}).encode())
        assert status == 400 and json.loads(body)["error"] == line_break
        status, body = request(srv, "POST", f"{c}/message",
                               body=json.dumps({"text": "x" * 201}).encode())
        assert status == 400 and json.loads(body)["error"] == too_long
        # …shown on the page as "Not done: {reason}", in the same language
        status, body = request(srv, "GET", f"{c}/state")
        assert json.loads(body)["words"]["not_done"] == words(lang)["not_done"]
    finally:
        srv.stop()
    assert SessionClock(store, s.id).state.value == "idle"  # nothing moved


def test_the_clocks_own_refusal_passed_on_is_translated(data_dir, store):
    s = make_session(store)
    clock = SessionClock(store, s.id)
    clock.start()
    clock.finish()
    with pytest.raises(server.LinkError) as caught:
        server.perform_action(data_dir, s.id, "start", None)
    assert str(caught.value) == "The session has finished. Reset the live run to start again."
    assert caught.value.text("ko") == "세션이 끝났습니다. 다시 시작하려면 진행을 초기화하세요."
