"""The words the live link's web views show, in the moderator's UI language.

Qt-free (the link also runs from the command line, without Qt), so it cannot use the
app's .qm files; like report/i18n.py it keeps a small catalogue per language keyed by
the English text. The stage and cue-card words are the very ones the stage display and
the cue card show (ui/live/live_controller.py, stage_display.py, cue_card.py), with the
same translations as resources/i18n/*.ts; a test checks both, and that every catalogue
is complete. The views get them as ``words`` in the state document, keyed by a short
name, so no language logic runs in the browser.
"""

from __future__ import annotations

from sessionkit.report.i18n import normalise_language

# short name (what the JavaScript uses) -> English text
WORDS: dict[str, str] = {
    # the stage display's warnings and states (symbols too: never colour alone)
    "amber": "⚠ {time} left",
    "red": "■ Time is up",
    "over": "▲ Over time {time}",
    "normal": "On schedule",
    "idle": "Not started",
    "running": "Running",
    "paused": "❚❚ Paused",
    "finished": "Session ended",
    "starting_soon": "Starting soon",
    "thank_you": "Thank you",
    "behind": "+{n} min behind",
    "ahead": "{n} min ahead",
    "on_time": "On time",
    # the cue card's
    "next_name": "Next: {name}",
    "next_title": "Next: {title}",
    "no_speaker": "No speaker on this item",
    "item_number": "{n}. {title}",
    "agenda": "Agenda",
    # the web views' own
    "reconnecting": "Reconnecting…",
    "done": "✓ Done",
    "now": "▶ Now",
    "upcoming": "Upcoming",
    "minutes": "{n} min",
    "control": "Remote control",
    "start": "Start",
    "pause": "❚❚ Pause / resume",
    "next": "Next item ▶",
    "prev": "◀ Previous item",
    "plus": "+1 min",
    "message_placeholder": "Message to the stage",
    "send": "Send",
    "clear": "Clear",
    "not_done": "Not done: {reason}",
}

# Translations of the stage display's and the cue card's words are copied from
# resources/i18n/*.ts (contexts Live, StageDisplay, CueCard, AgendaPanel, LivePanel,
# StageMessageDialog); tests/link/test_link_i18n.py checks they still agree.
_JA = {
    "⚠ {time} left": "⚠ 残り {time}", "■ Time is up": "■ 時間です",
    "▲ Over time {time}": "▲ 超過 {time}", "On schedule": "予定どおり",
    "Not started": "未開始", "Running": "進行中", "❚❚ Paused": "❚❚ 一時停止中",
    "Session ended": "セッション終了", "Starting soon": "まもなく開始",
    "Thank you": "ありがとうございました", "+{n} min behind": "+{n} 分遅れ",
    "{n} min ahead": "{n} 分早い", "On time": "予定どおり",
    "Next: {name}": "次: {name}", "Next: {title}": "次: {title}",
    "No speaker on this item": "発表者なし", "{n}. {title}": "{n}. {title}",
    "Agenda": "議事次第",
    "Reconnecting…": "再接続中…", "✓ Done": "✓ 終了", "▶ Now": "▶ 進行中",
    "Upcoming": "予定", "{n} min": "{n}分", "Remote control": "リモート操作",
    "Start": "開始", "❚❚ Pause / resume": "❚❚ 一時停止／再開",
    "Next item ▶": "次の項目 ▶", "◀ Previous item": "◀ 前の項目", "+1 min": "+1 分",
    "Message to the stage": "ステージへのメッセージ", "Send": "送信", "Clear": "消去",
    "Not done: {reason}": "実行できません: {reason}",
}
_KO = {
    "⚠ {time} left": "⚠ {time} 남음", "■ Time is up": "■ 시간이 다 되었습니다",
    "▲ Over time {time}": "▲ 시간 초과 {time}", "On schedule": "일정대로",
    "Not started": "시작 전", "Running": "진행 중", "❚❚ Paused": "❚❚ 일시 정지됨",
    "Session ended": "세션 종료", "Starting soon": "곧 시작합니다",
    "Thank you": "감사합니다", "+{n} min behind": "+{n}분 지연",
    "{n} min ahead": "{n}분 앞섬", "On time": "정시",
    "Next: {name}": "다음: {name}", "Next: {title}": "다음: {title}",
    "No speaker on this item": "발표자 없음", "{n}. {title}": "{n}. {title}",
    "Agenda": "진행 순서",
    "Reconnecting…": "다시 연결하는 중…", "✓ Done": "✓ 완료", "▶ Now": "▶ 진행 중",
    "Upcoming": "예정", "{n} min": "{n}분", "Remote control": "원격 제어",
    "Start": "시작", "❚❚ Pause / resume": "❚❚ 일시 정지 / 재개",
    "Next item ▶": "다음 항목 ▶", "◀ Previous item": "◀ 이전 항목", "+1 min": "+1분",
    "Message to the stage": "무대로 보낼 메시지", "Send": "보내기", "Clear": "지우기",
    "Not done: {reason}": "실행하지 못했습니다: {reason}",
}
_ZH = {
    "⚠ {time} left": "⚠ 剩余 {time}", "■ Time is up": "■ 时间到",
    "▲ Over time {time}": "▲ 超时 {time}", "On schedule": "按计划进行",
    "Not started": "未开始", "Running": "进行中", "❚❚ Paused": "❚❚ 已暂停",
    "Session ended": "会议已结束", "Starting soon": "即将开始", "Thank you": "谢谢",
    "+{n} min behind": "落后 {n} 分钟", "{n} min ahead": "提前 {n} 分钟", "On time": "准时",
    "Next: {name}": "下一位：{name}", "Next: {title}": "下一项：{title}",
    "No speaker on this item": "无发言人", "{n}. {title}": "{n}. {title}",
    "Agenda": "议程",
    "Reconnecting…": "正在重新连接…", "✓ Done": "✓ 已完成", "▶ Now": "▶ 进行中",
    "Upcoming": "待进行", "{n} min": "{n} 分钟", "Remote control": "远程控制",
    "Start": "开始", "❚❚ Pause / resume": "❚❚ 暂停／继续",
    "Next item ▶": "下一项 ▶", "◀ Previous item": "◀ 上一项", "+1 min": "+1 分钟",
    "Message to the stage": "发给讲台的消息", "Send": "发送", "Clear": "清除",
    "Not done: {reason}": "未执行：{reason}",
}
CATALOGUES: dict[str, dict[str, str]] = {"en": {}, "ja": _JA, "ko": _KO, "zh_CN": _ZH}


def words(language: str | None = "en") -> dict[str, str]:
    """Every word of the views, by short name, in ``language`` (ja, ko, zh_CN, en;
    anything else: English)."""
    try:
        lang = normalise_language(language)
    except ValueError:  # a UI language with no catalogue here: English, never nothing
        lang = "en"
    catalogue = CATALOGUES.get(lang, {})
    return {key: catalogue.get(text, text) for key, text in WORDS.items()}
