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


# -- the link's sentences: why something could not be done ----------------------------
# Every LinkError (server.py, follow.py) and every refusal the server sends a remote
# control is one of these English templates; the app shows it in its UI language, the
# phone page in the server's, the command line in English (str() of the error).
SENTENCES: tuple[str, ...] = (
    # sharing could not start (server.py)
    "{host} is not an address this computer can use.",
    "Port {port} on {host} is in use.",
    "{host} is not an address of this computer.",
    "Port {port} on {host} needs administrator rights; choose a port above 1023.",
    "Cannot listen on {host} port {port} ({reason}).",
    "The data cannot be read for sharing: {reason}.",
    "The session to share is not in this data folder.",
    "The live link could not start ({reason}).",
    # a remote control's action refused (server.py)
    'Send the message as {"text": "…"}.',
    "The message is longer than {n} characters.",
    "The message holds a line break or control character.",
    "SessionKit is open on this data folder in another window; drive the run from there.",
    "The session is not running.",
    "This is the first item.",
    # …and the clock's own refusals it passes on (services/clock.py's ClockError)
    "The agenda is empty: add an item before starting the session.",
    "The session has finished. Reset the live run to start again.",
    # following a moderator (follow.py)
    "Give the moderator's address, like 192.168.1.5:8765.",
    "“{address}” is not an address like 192.168.1.5:8765.",
    "Give the port too, like {host}:8765 (the moderator's sharing window shows it).",
    "The pairing code is 8 letters and digits, like ABCD-EFGH.",
    "{address} did not answer within {n} seconds.",
    "Nothing answers at {address}: check the address and that the moderator is sharing.",
    "{address} did not answer as a SessionKit moderator does.",
    "{address} sent far more than a SessionKit moderator does; nothing was taken.",
    "Too many wrong pairing codes: pairing is closed until the moderator starts sharing "
    "again.",
    "The pairing code was not accepted; check it with the moderator (it changes each time "
    "sharing starts).",
    "The moderator stopped sharing or started again; pair again with the new code.",
    "{address} sent a state this SessionKit cannot read.",
    "{address} did not send the session; pair again.",
    "{address} shares another session than the one it paired for; pair again.",
    "Session {code} is in the bin on this computer; restore it to follow the moderator.",
    "Session is in the bin on this computer; restore it to follow the moderator.",
    "The moderator's session was refused: {reason}; nothing was changed.",
    "The moderator sent another session than the one shared; nothing was changed.",
)

# Vocabulary as in resources/i18n/*.ts: moderator モデレーター / 사회자 / 主持人,
# following 連動 / 따라가기 / 跟随, pairing code ペアリングコード / 페어링 코드 / 配对码,
# data folder データフォルダー / 데이터 폴더 / 数据文件夹; the clock's refusals word for
# word as the app's (context Sharing).
_JA_SENTENCES = {
    "{host} is not an address this computer can use.":
        "{host} はこのコンピューターで使えるアドレスではありません。",
    "Port {port} on {host} is in use.": "{host} のポート {port} は使用中です。",
    "{host} is not an address of this computer.":
        "{host} はこのコンピューターのアドレスではありません。",
    "Port {port} on {host} needs administrator rights; choose a port above 1023.":
        "{host} のポート {port} には管理者権限が必要です。1023 より大きいポートを選んでください。",
    "Cannot listen on {host} port {port} ({reason}).":
        "{host} のポート {port} で待ち受けできません（{reason}）。",
    "The data cannot be read for sharing: {reason}.":
        "共有のためにデータを読み取れません: {reason}。",
    "The session to share is not in this data folder.":
        "共有するセッションがこのデータフォルダーにありません。",
    "The live link could not start ({reason}).": "共有を開始できませんでした（{reason}）。",
    'Send the message as {"text": "…"}.': 'メッセージは {"text": "…"} の形で送ってください。',
    "The message is longer than {n} characters.": "メッセージが {n} 文字を超えています。",
    "The message holds a line break or control character.":
        "メッセージに改行または制御文字が含まれています。",
    "SessionKit is open on this data folder in another window; drive the run from there.":
        "このデータフォルダーは別のウィンドウの SessionKit で開かれています。進行はそちらで操作してください。",
    "The session is not running.": "セッションは進行中ではありません。",
    "This is the first item.": "これが最初の項目です。",
    "The agenda is empty: add an item before starting the session.":
        "議事次第が空です。セッションを開始する前に項目を追加してください。",
    "The session has finished. Reset the live run to start again.":
        "セッションは終了しました。もう一度始めるには進行をリセットしてください。",
    "Give the moderator's address, like 192.168.1.5:8765.":
        "モデレーターのアドレスを 192.168.1.5:8765 のように入力してください。",
    "“{address}” is not an address like 192.168.1.5:8765.":
        "「{address}」は 192.168.1.5:8765 のようなアドレスではありません。",
    "Give the port too, like {host}:8765 (the moderator's sharing window shows it).":
        "{host}:8765 のようにポートも入力してください（モデレーターの共有画面に表示されています）。",
    "The pairing code is 8 letters and digits, like ABCD-EFGH.":
        "ペアリングコードは ABCD-EFGH のような 8 文字の英数字です。",
    "{address} did not answer within {n} seconds.": "{address} から {n} 秒以内に応答がありませんでした。",
    "Nothing answers at {address}: check the address and that the moderator is sharing.":
        "{address} から応答がありません。アドレスと、モデレーターが共有中であることを確認してください。",
    "{address} did not answer as a SessionKit moderator does.":
        "{address} の応答は SessionKit のモデレーターのものではありません。",
    "{address} sent far more than a SessionKit moderator does; nothing was taken.":
        "{address} から SessionKit のモデレーターよりはるかに多いデータが届いたため、何も取り込んでいません。",
    "Too many wrong pairing codes: pairing is closed until the moderator starts sharing "
    "again.":
        "誤ったペアリングコードが多すぎます。モデレーターが共有を開始し直すまでペアリングはできません。",
    "The pairing code was not accepted; check it with the moderator (it changes each time "
    "sharing starts).":
        "ペアリングコードが受け付けられませんでした。モデレーターに確認してください（コードは共有を開始するたびに変わります）。",
    "The moderator stopped sharing or started again; pair again with the new code.":
        "モデレーターが共有を停止したか、開始し直しました。新しいコードでもう一度ペアリングしてください。",
    "{address} sent a state this SessionKit cannot read.":
        "{address} から、この SessionKit では読み取れない進行状況が届きました。",
    "{address} did not send the session; pair again.":
        "{address} からセッションが届きませんでした。もう一度ペアリングしてください。",
    "{address} shares another session than the one it paired for; pair again.":
        "{address} はペアリングしたときとは別のセッションを共有しています。もう一度ペアリングしてください。",
    "Session {code} is in the bin on this computer; restore it to follow the moderator.":
        "セッション {code} はこのコンピューターのごみ箱にあります。モデレーターの進行に連動するには復元してください。",
    "Session is in the bin on this computer; restore it to follow the moderator.":
        "セッションはこのコンピューターのごみ箱にあります。モデレーターの進行に連動するには復元してください。",
    "The moderator's session was refused: {reason}; nothing was changed.":
        "モデレーターのセッションを取り込めませんでした: {reason}。何も変更していません。",
    "The moderator sent another session than the one shared; nothing was changed.":
        "モデレーターから共有中とは別のセッションが届きました。何も変更していません。",
}
_KO_SENTENCES = {
    "{host} is not an address this computer can use.":
        "{host}은(는) 이 컴퓨터에서 사용할 수 있는 주소가 아닙니다.",
    "Port {port} on {host} is in use.": "{host}의 포트 {port}은(는) 사용 중입니다.",
    "{host} is not an address of this computer.": "{host}은(는) 이 컴퓨터의 주소가 아닙니다.",
    "Port {port} on {host} needs administrator rights; choose a port above 1023.":
        "{host}의 포트 {port}에는 관리자 권한이 필요합니다. 1023보다 큰 포트를 선택하세요.",
    "Cannot listen on {host} port {port} ({reason}).":
        "{host} 포트 {port}에서 연결을 받을 수 없습니다 ({reason}).",
    "The data cannot be read for sharing: {reason}.": "공유할 데이터를 읽을 수 없습니다: {reason}.",
    "The session to share is not in this data folder.": "공유할 세션이 이 데이터 폴더에 없습니다.",
    "The live link could not start ({reason}).": "공유를 시작할 수 없습니다 ({reason}).",
    'Send the message as {"text": "…"}.': '메시지는 {"text": "…"} 형식으로 보내세요.',
    "The message is longer than {n} characters.": "메시지가 {n}자를 넘습니다.",
    "The message holds a line break or control character.":
        "메시지에 줄 바꿈이나 제어 문자가 들어 있습니다.",
    "SessionKit is open on this data folder in another window; drive the run from there.":
        "이 데이터 폴더는 다른 창의 SessionKit에서 열려 있습니다. 진행은 그 창에서 조작하세요.",
    "The session is not running.": "세션이 진행 중이 아닙니다.",
    "This is the first item.": "첫 번째 항목입니다.",
    "The agenda is empty: add an item before starting the session.":
        "진행 순서가 비어 있습니다. 세션을 시작하기 전에 항목을 추가하세요.",
    "The session has finished. Reset the live run to start again.":
        "세션이 끝났습니다. 다시 시작하려면 진행을 초기화하세요.",
    "Give the moderator's address, like 192.168.1.5:8765.":
        "사회자의 주소를 192.168.1.5:8765처럼 입력하세요.",
    "“{address}” is not an address like 192.168.1.5:8765.":
        "“{address}”은(는) 192.168.1.5:8765 같은 주소가 아닙니다.",
    "Give the port too, like {host}:8765 (the moderator's sharing window shows it).":
        "{host}:8765처럼 포트도 입력하세요 (사회자의 공유 창에 표시됩니다).",
    "The pairing code is 8 letters and digits, like ABCD-EFGH.":
        "페어링 코드는 ABCD-EFGH처럼 영문자와 숫자 8자입니다.",
    "{address} did not answer within {n} seconds.": "{address}이(가) {n}초 안에 응답하지 않았습니다.",
    "Nothing answers at {address}: check the address and that the moderator is sharing.":
        "{address}에서 응답이 없습니다. 주소와 사회자가 공유 중인지 확인하세요.",
    "{address} did not answer as a SessionKit moderator does.":
        "{address}의 응답이 SessionKit 사회자의 응답이 아닙니다.",
    "{address} sent far more than a SessionKit moderator does; nothing was taken.":
        "{address}이(가) SessionKit 사회자보다 훨씬 많은 데이터를 보내서 아무것도 받지 않았습니다.",
    "Too many wrong pairing codes: pairing is closed until the moderator starts sharing "
    "again.":
        "잘못된 페어링 코드가 너무 많습니다. 사회자가 공유를 다시 시작할 때까지 페어링할 수 없습니다.",
    "The pairing code was not accepted; check it with the moderator (it changes each time "
    "sharing starts).":
        "페어링 코드가 받아들여지지 않았습니다. 사회자에게 확인하세요 (코드는 공유를 시작할 때마다 바뀝니다).",
    "The moderator stopped sharing or started again; pair again with the new code.":
        "사회자가 공유를 중지했거나 다시 시작했습니다. 새 코드로 다시 페어링하세요.",
    "{address} sent a state this SessionKit cannot read.":
        "{address}이(가) 이 SessionKit에서 읽을 수 없는 진행 상태를 보냈습니다.",
    "{address} did not send the session; pair again.":
        "{address}이(가) 세션을 보내지 않았습니다. 다시 페어링하세요.",
    "{address} shares another session than the one it paired for; pair again.":
        "{address}이(가) 페어링할 때와 다른 세션을 공유하고 있습니다. 다시 페어링하세요.",
    "Session {code} is in the bin on this computer; restore it to follow the moderator.":
        "세션 {code}이(가) 이 컴퓨터의 휴지통에 있습니다. 사회자 진행을 따라가려면 복원하세요.",
    "Session is in the bin on this computer; restore it to follow the moderator.":
        "세션이 이 컴퓨터의 휴지통에 있습니다. 사회자 진행을 따라가려면 복원하세요.",
    "The moderator's session was refused: {reason}; nothing was changed.":
        "사회자의 세션을 받아들이지 않았습니다: {reason}. 아무것도 바뀌지 않았습니다.",
    "The moderator sent another session than the one shared; nothing was changed.":
        "사회자가 공유 중인 세션과 다른 세션을 보냈습니다. 아무것도 바뀌지 않았습니다.",
}
_ZH_SENTENCES = {
    "{host} is not an address this computer can use.": "{host} 不是这台电脑可以使用的地址。",
    "Port {port} on {host} is in use.": "{host} 上的端口 {port} 已被占用。",
    "{host} is not an address of this computer.": "{host} 不是这台电脑的地址。",
    "Port {port} on {host} needs administrator rights; choose a port above 1023.":
        "{host} 上的端口 {port} 需要管理员权限；请选择大于 1023 的端口。",
    "Cannot listen on {host} port {port} ({reason}).": "无法在 {host} 的端口 {port} 上监听（{reason}）。",
    "The data cannot be read for sharing: {reason}.": "无法读取要共享的数据：{reason}。",
    "The session to share is not in this data folder.": "要共享的会议不在此数据文件夹中。",
    "The live link could not start ({reason}).": "无法开始共享（{reason}）。",
    'Send the message as {"text": "…"}.': '请以 {"text": "…"} 的格式发送消息。',
    "The message is longer than {n} characters.": "消息超过 {n} 个字符。",
    "The message holds a line break or control character.": "消息中含有换行符或控制字符。",
    "SessionKit is open on this data folder in another window; drive the run from there.":
        "此数据文件夹已在另一个 SessionKit 窗口中打开；请在那里控制进程。",
    "The session is not running.": "会议未在进行。",
    "This is the first item.": "这已是第一项。",
    "The agenda is empty: add an item before starting the session.":
        "议程为空：开始会议前请添加议程项。",
    "The session has finished. Reset the live run to start again.":
        "会议已结束。如需重新开始，请重置实时进程。",
    "Give the moderator's address, like 192.168.1.5:8765.":
        "请输入主持人的地址，例如 192.168.1.5:8765。",
    "“{address}” is not an address like 192.168.1.5:8765.":
        "“{address}”不是类似 192.168.1.5:8765 的地址。",
    "Give the port too, like {host}:8765 (the moderator's sharing window shows it).":
        "请同时输入端口，例如 {host}:8765（主持人的共享窗口中有显示）。",
    "The pairing code is 8 letters and digits, like ABCD-EFGH.":
        "配对码由 8 个字母和数字组成，例如 ABCD-EFGH。",
    "{address} did not answer within {n} seconds.": "{address} 在 {n} 秒内没有响应。",
    "Nothing answers at {address}: check the address and that the moderator is sharing.":
        "{address} 没有响应：请检查地址，并确认主持人正在共享。",
    "{address} did not answer as a SessionKit moderator does.":
        "{address} 的响应不是 SessionKit 主持人的响应。",
    "{address} sent far more than a SessionKit moderator does; nothing was taken.":
        "{address} 发送的数据远多于 SessionKit 主持人；未接收任何内容。",
    "Too many wrong pairing codes: pairing is closed until the moderator starts sharing "
    "again.":
        "错误的配对码过多：在主持人重新开始共享之前无法配对。",
    "The pairing code was not accepted; check it with the moderator (it changes each time "
    "sharing starts).":
        "配对码未被接受；请向主持人核对（每次开始共享时配对码都会改变）。",
    "The moderator stopped sharing or started again; pair again with the new code.":
        "主持人已停止共享或重新开始共享；请用新的配对码重新配对。",
    "{address} sent a state this SessionKit cannot read.":
        "{address} 发送的进程状态此 SessionKit 无法读取。",
    "{address} did not send the session; pair again.": "{address} 没有发送会议；请重新配对。",
    "{address} shares another session than the one it paired for; pair again.":
        "{address} 共享的会议与配对时的不同；请重新配对。",
    "Session {code} is in the bin on this computer; restore it to follow the moderator.":
        "会议 {code} 在这台电脑的回收站中；请先恢复，才能跟随主持人。",
    "Session is in the bin on this computer; restore it to follow the moderator.":
        "该会议在这台电脑的回收站中；请先恢复，才能跟随主持人。",
    "The moderator's session was refused: {reason}; nothing was changed.":
        "主持人的会议未被接受：{reason}；未作任何更改。",
    "The moderator sent another session than the one shared; nothing was changed.":
        "主持人发送的会议与共享的会议不同；未作任何更改。",
}
for _catalogue, _sentences in ((_JA, _JA_SENTENCES), (_KO, _KO_SENTENCES),
                               (_ZH, _ZH_SENTENCES)):
    _catalogue.update(_sentences)


def _fill(text: str, values: dict) -> str:
    # a template without values is used as it is (one holds literal braces: {"text": …})
    return text.format(**values) if values else text


def sentence(template: str, language: str | None = "en", **values) -> str:
    """One of SENTENCES in ``language`` (anything without a catalogue: English), its
    placeholders filled with ``values``; a text not in the catalogue stays as given."""
    try:
        lang = normalise_language(language)
    except ValueError:
        lang = "en"
    return _fill(CATALOGUES.get(lang, {}).get(template, template), values)


class LinkSentenceError(Exception):
    """An error whose message is one sentence for the user. Made with ``of(template,
    **values)``, ``str()`` is the English sentence (the command line, the logs) and
    ``text(language)`` the same sentence translated; made with a plain message (one
    already in the user's language, like the window's refusals), both give it as is."""

    template: str | None = None
    values: dict = {}

    @classmethod
    def of(cls, template: str, **values):
        error = cls(_fill(template, values))
        error.template, error.values = template, values
        return error

    def text(self, language: str | None = "en") -> str:
        if self.template is None:
            return str(self)
        return sentence(self.template, language, **self.values)
