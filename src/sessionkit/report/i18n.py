"""The report's fixed texts in the report language (independent of the UI language).

Qt-free: a small catalogue per language, keyed by the English text. User text is
never translated. ``translator(lang)`` returns a function that gives the text in
that language (English when a text has no entry, so a missing entry never hides
anything; a test checks every catalogue is complete).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sessionkit.domain.labels import NOTE_KIND_LABELS, OUTCOME_STATUS_LABELS, ROLE_LABELS

REPORT_LANGUAGES: dict[str, str] = {
    "en": "English",
    "ja": "日本語",
    "ko": "한국어",
    "zh_CN": "简体中文",
}

# Every fixed text the report prints. Placeholders in braces stay as they are.
SOURCE_TEXTS: tuple[str, ...] = (
    # section headings
    "Session", "Roles", "Speakers", "Summary", "Envisaged outcomes",
    "Agenda: planned and actual", "Key messages", "Presentation notes",
    "Discussion and Q&A", "Decisions", "Recommendations", "Action items",
    "Annex: all notes in time order",
    # note kinds, outcome statuses and roles: the domain's labels, the words the UI shows
    *NOTE_KIND_LABELS.values(), *OUTCOME_STATUS_LABELS.values(), *ROLE_LABELS.values(),
    # fact labels
    "Code", "Title", "Subtitle", "Date", "Planned time", "Actual time", "Room", "Room note",
    "Track", "Tags", "Document", "Attendance", "Signed off", "Times", "Position",
    "Department", "Organisation", "Country", "Status", "Comment",
    # table headers and cells
    "#", "Item", "People", "Planned", "Actual", "Difference", "Total", "Owner", "Due",
    "Noted", "on time", "{n} min", "{n} min (agenda)", "in {zone}", "{title}, as of {date}",
    # running texts
    "Description", "Evidence:", "Speaking time", "Post-session report",
    "Post-session report of session {code}", "Session {code}: {title}",
    "page {page} of {total}", "supports outcome {numbers}", "owner: {owner}",
    "due: {due}", "{label} (in full)", " … (in full below the table)",
    "Planned: {planned} · Run: {run}",
    "Items shared by several people are split evenly between them; pauses are not counted.",
    "Measured from the speaker changes during the run; items without changes are split "
    "evenly between their people. Pauses are not counted.",
)

_JA = {
    "Session": "セッション", "Roles": "役割", "Speakers": "登壇者", "Summary": "概要",
    "Envisaged outcomes": "期待される成果", "Agenda: planned and actual": "議事進行：予定と実績",
    "Key messages": "主要メッセージ", "Presentation notes": "発表の記録",
    "Discussion and Q&A": "討論と質疑応答", "Decisions": "決定事項",
    "Recommendations": "提言", "Action items": "行動項目",
    "Annex: all notes in time order": "付録：全メモ（時系列）",
    "Note": "メモ", "Key message": "主要メッセージ", "Decision": "決定", "Action": "行動",
    "Question": "質問", "Recommendation": "提言", "Quote": "引用",
    "Open": "未着手", "Partly achieved": "一部達成", "Achieved": "達成",
    "Not achieved": "未達成",
    "Moderator": "モデレーター", "Chair": "議長", "Rapporteur": "記録担当",
    "Discussant": "討論者", "Panellist": "パネリスト", "Speaker": "登壇者",
    "Code": "コード", "Title": "タイトル", "Subtitle": "サブタイトル", "Date": "日付",
    "Planned time": "予定時間", "Actual time": "実際の時間", "Room": "会場",
    "Room note": "会場メモ", "Track": "トラック", "Tags": "タグ", "Document": "資料",
    "Attendance": "参加者数", "Signed off": "承認", "Times": "時刻",
    "Position": "役職", "Department": "部署", "Organisation": "所属",
    "Country": "国", "Status": "状況", "Comment": "コメント",
    "#": "#", "Item": "項目", "People": "担当者", "Planned": "予定", "Actual": "実績",
    "Difference": "差", "Total": "合計", "Owner": "担当", "Due": "期限", "Noted": "記録時刻",
    "on time": "予定どおり", "{n} min": "{n}分", "{n} min (agenda)": "{n}分（議事次第）",
    "in {zone}": "{zone} 時間", "{title}, as of {date}": "{title}（{date}時点）",
    "Description": "説明", "Evidence:": "根拠：", "Speaking time": "発言時間",
    "Post-session report": "セッション報告書",
    "Post-session report of session {code}": "セッション {code} 報告書",
    "Session {code}: {title}": "セッション {code}：{title}",
    "page {page} of {total}": "{page} / {total} ページ",
    "supports outcome {numbers}": "成果 {numbers} に関連",
    "owner: {owner}": "担当：{owner}", "due: {due}": "期限：{due}",
    "{label} (in full)": "{label}（全文）",
    " … (in full below the table)": " …（全文は表の下）",
    "Planned: {planned} · Run: {run}": "予定：{planned} · 実施：{run}",
    "Items shared by several people are split evenly between them; pauses are not counted.":
        "複数の担当者がいる項目は均等に按分しています。一時停止の時間は含みません。",
    "Measured from the speaker changes during the run; items without changes are split "
    "evenly between their people. Pauses are not counted.":
        "実施中の話者の切り替えから計測しました。"
        "切り替えのない項目は担当者で均等に按分しています。一時停止の時間は含みません。",
}

_KO = {
    "Session": "세션", "Roles": "역할", "Speakers": "발표자", "Summary": "요약",
    "Envisaged outcomes": "기대 성과", "Agenda: planned and actual": "진행 순서: 계획과 실제",
    "Key messages": "핵심 메시지", "Presentation notes": "발표 기록",
    "Discussion and Q&A": "토론 및 질의응답", "Decisions": "결정 사항",
    "Recommendations": "권고 사항", "Action items": "후속 조치",
    "Annex: all notes in time order": "부록: 전체 메모(시간순)",
    "Note": "메모", "Key message": "핵심 메시지", "Decision": "결정", "Action": "조치",
    "Question": "질문", "Recommendation": "권고", "Quote": "인용",
    "Open": "미진행", "Partly achieved": "일부 달성", "Achieved": "달성",
    "Not achieved": "미달성",
    "Moderator": "사회자", "Chair": "의장", "Rapporteur": "기록자",
    "Discussant": "토론자", "Panellist": "패널리스트", "Speaker": "발표자",
    "Code": "코드", "Title": "제목", "Subtitle": "부제", "Date": "날짜",
    "Planned time": "예정 시간", "Actual time": "실제 시간", "Room": "장소",
    "Room note": "장소 메모", "Track": "트랙", "Tags": "태그", "Document": "자료",
    "Attendance": "참석자", "Signed off": "승인", "Times": "시간대",
    "Position": "직위", "Department": "부서", "Organisation": "소속",
    "Country": "국가", "Status": "상태", "Comment": "의견",
    "#": "#", "Item": "항목", "People": "담당자", "Planned": "계획", "Actual": "실제",
    "Difference": "차이", "Total": "합계", "Owner": "담당", "Due": "기한", "Noted": "기록 시각",
    "on time": "정시", "{n} min": "{n}분", "{n} min (agenda)": "{n}분(진행 순서 기준)",
    "in {zone}": "{zone} 기준", "{title}, as of {date}": "{title}({date} 기준)",
    "Description": "설명", "Evidence:": "근거:", "Speaking time": "발언 시간",
    "Post-session report": "세션 결과 보고서",
    "Post-session report of session {code}": "세션 {code} 결과 보고서",
    "Session {code}: {title}": "세션 {code}: {title}",
    "page {page} of {total}": "{page} / {total} 쪽",
    "supports outcome {numbers}": "성과 {numbers} 관련",
    "owner: {owner}": "담당: {owner}", "due: {due}": "기한: {due}",
    "{label} (in full)": "{label}(전문)",
    " … (in full below the table)": " …(전문은 표 아래)",
    "Planned: {planned} · Run: {run}": "예정: {planned} · 진행: {run}",
    "Items shared by several people are split evenly between them; pauses are not counted.":
        "여러 사람이 함께 맡은 항목은 균등하게 나누었으며, 일시 정지 시간은 포함하지 않았습니다.",
    "Measured from the speaker changes during the run; items without changes are split "
    "evenly between their people. Pauses are not counted.":
        "진행 중 발언자 전환 기록으로 측정했으며, 전환이 없는 항목은 담당자끼리 균등하게 나누었습니다. "
        "일시 정지 시간은 포함하지 않았습니다.",
}

_ZH = {
    "Session": "会议", "Roles": "角色", "Speakers": "发言人", "Summary": "摘要",
    "Envisaged outcomes": "预期成果", "Agenda: planned and actual": "议程：计划与实际",
    "Key messages": "主要信息", "Presentation notes": "发言记录",
    "Discussion and Q&A": "讨论与问答", "Decisions": "决定",
    "Recommendations": "建议", "Action items": "行动事项",
    "Annex: all notes in time order": "附录：全部笔记（按时间顺序）",
    "Note": "笔记", "Key message": "主要信息", "Decision": "决定", "Action": "行动",
    "Question": "问题", "Recommendation": "建议", "Quote": "引述",
    "Open": "未开始", "Partly achieved": "部分达成", "Achieved": "已达成",
    "Not achieved": "未达成",
    "Moderator": "主持人", "Chair": "主席", "Rapporteur": "记录员",
    "Discussant": "评议人", "Panellist": "小组嘉宾", "Speaker": "发言人",
    "Code": "编号", "Title": "标题", "Subtitle": "副标题", "Date": "日期",
    "Planned time": "计划时间", "Actual time": "实际时间", "Room": "会场",
    "Room note": "会场备注", "Track": "专题", "Tags": "标签", "Document": "文件",
    "Attendance": "出席人数", "Signed off": "审定", "Times": "时间",
    "Position": "职务", "Department": "部门", "Organisation": "机构",
    "Country": "国家", "Status": "状态", "Comment": "备注",
    "#": "#", "Item": "议程项", "People": "人员", "Planned": "计划", "Actual": "实际",
    "Difference": "差异", "Total": "合计", "Owner": "负责人", "Due": "截止日期",
    "Noted": "记录时间",
    "on time": "准时", "{n} min": "{n} 分钟", "{n} min (agenda)": "{n} 分钟（按议程）",
    "in {zone}": "{zone} 时间", "{title}, as of {date}": "{title}（截至 {date}）",
    "Description": "简介", "Evidence:": "依据：", "Speaking time": "发言时长",
    "Post-session report": "会后报告",
    "Post-session report of session {code}": "会议 {code} 会后报告",
    "Session {code}: {title}": "会议 {code}：{title}",
    "page {page} of {total}": "第 {page} 页，共 {total} 页",
    "supports outcome {numbers}": "支持成果 {numbers}",
    "owner: {owner}": "负责人：{owner}", "due: {due}": "截止：{due}",
    "{label} (in full)": "{label}（全文）",
    " … (in full below the table)": " …（全文见表格下方）",
    "Planned: {planned} · Run: {run}": "计划：{planned} · 实际举行：{run}",
    "Items shared by several people are split evenly between them; pauses are not counted.":
        "多人共同负责的议程项按人数平均分配；暂停时间不计入。",
    "Measured from the speaker changes during the run; items without changes are split "
    "evenly between their people. Pauses are not counted.":
        "根据会议进行中记录的发言人切换计算；"
        "没有切换的议程项按负责人平均分配。暂停时间不计入。",
}

# the pictures section (report/pictures.py draws them; each has a text equivalent)
PICTURE_TEXTS: dict[str, tuple[str, str, str]] = {  # English: (ja, ko, zh_CN)
    "The run in pictures": ("図で見る進行", "그림으로 보는 진행", "图解会议进程"),
    "Agenda as planned and as run": ("議事進行：予定と実施の対比", "진행 순서: 계획 대비 실제 진행",
                                     "议程：计划与实际进行对比"),
    "Speaking time, planned and actual": ("発言時間：予定と実績", "발언 시간: 계획과 실제",
                                          "发言时间：计划与实际"),
    "Envisaged outcomes: status and supporting notes": (
        "期待される成果：状況と関連メモ数", "기대 성과: 상태와 관련 메모 수",
        "预期成果：状态与相关记录数"),
    "Notes by kind across the session": ("種類別のメモ（時間軸）", "종류별 메모(시간 흐름)",
                                         "按类型的记录（时间轴）"),
    "Overrun": ("超過", "초과", "超时"),
    "{label}: planned {planned}, actual {actual} ({difference})": (
        "{label}：予定 {planned}、実績 {actual}（{difference}）",
        "{label}: 계획 {planned}, 실제 {actual} ({difference})",
        "{label}：计划 {planned}，实际 {actual}（{difference}）"),
    "{label}: planned {planned}, not run": ("{label}：予定 {planned}、未実施",
                                            "{label}: 계획 {planned}, 진행 안 됨",
                                            "{label}：计划 {planned}，未进行"),
    "{label}: actual {actual}, not planned": ("{label}：実績 {actual}、予定なし",
                                              "{label}: 실제 {actual}, 계획 없음",
                                              "{label}：实际 {actual}，无计划"),
    "{number}. {outcome}: {status}, supporting notes: {count}": (
        "{number}. {outcome}：{status}、関連メモ {count} 件",
        "{number}. {outcome}: {status}, 관련 메모 {count}건",
        "{number}. {outcome}：{status}，相关记录 {count} 条"),
    "{kind}: {count}": ("{kind}：{count} 件", "{kind}: {count}건", "{kind}：{count} 条"),
    "{kind}: {count}, at {times}": ("{kind}：{count} 件（{times}）",
                                    "{kind}: {count}건 ({times})",
                                    "{kind}：{count} 条（{times}）"),
    "Start {time}": ("開始 {time}", "시작 {time}", "开始 {time}"),
    "End {time}": ("終了 {time}", "종료 {time}", "结束 {time}"),
    "The session ran from {start} to {end}.": ("セッションは {start} から {end} まで行われました。",
                                               "세션은 {start}부터 {end}까지 진행되었습니다.",
                                               "会议从 {start} 进行到 {end}。"),
    "minutes from the start": ("開始からの分数", "시작부터 경과 분", "自开始起的分钟数"),
    # a report exported while the session still runs: the current item so far
    "in progress": ("進行中", "진행 중", "进行中"),
    "{n} min so far": ("現時点で {n}分", "현재까지 {n}분", "目前 {n} 分钟"),
    "{label}: planned {planned}, in progress, {actual} so far": (
        "{label}：予定 {planned}、進行中（現時点で {actual}）",
        "{label}: 계획 {planned}, 진행 중 (현재까지 {actual})",
        "{label}：计划 {planned}，进行中（目前 {actual}）"),
    "At export {time}": ("出力時 {time}", "내보낸 시각 {time}", "导出时 {time}"),
    "The session started at {start} and was still running at {end}.": (
        "セッションは {start} に始まり、{end} の時点でまだ進行中でした。",
        "세션은 {start}에 시작되어 {end} 현재 아직 진행 중이었습니다.",
        "会议于 {start} 开始，截至 {end} 仍在进行。"),
}
SOURCE_TEXTS += tuple(PICTURE_TEXTS)

# the proceedings: many sessions' reports in one document (report/proceedings.py)
PROCEEDINGS_TEXTS: dict[str, tuple[str, str, str]] = {  # English: (ja, ko, zh_CN)
    "Proceedings": ("会議録", "회의록", "会议文集"),
    "Contents": ("目次", "목차", "目录"),
    "Key messages and recommendations by track": (
        "トラック別の主要メッセージと提言", "트랙별 핵심 메시지와 권고 사항",
        "按专题汇总的主要信息与建议"),
    "All action items": ("全セッションの行動項目", "전체 후속 조치", "全部行动事项"),
    "No track": ("トラックなし", "트랙 없음", "无专题"),
    "{count} sessions": ("{count} セッション", "세션 {count}개", "{count} 场会议"),
    "One session": ("1 セッション", "세션 1개", "1 场会议"),
    "No key messages or recommendations were noted.": (
        "主要メッセージと提言の記録はありません。", "기록된 핵심 메시지나 권고 사항이 없습니다.",
        "未记录主要信息或建议。"),
    "No action items were noted.": ("行動項目の記録はありません。", "기록된 후속 조치가 없습니다.",
                                    "未记录行动事项。"),
}
SOURCE_TEXTS += tuple(PROCEEDINGS_TEXTS)
for _i, _catalogue in enumerate((_JA, _KO, _ZH)):
    _catalogue.update({en: texts[_i] for en, texts in PICTURE_TEXTS.items()})
    _catalogue.update({en: texts[_i] for en, texts in PROCEEDINGS_TEXTS.items()})

CATALOGUES: dict[str, dict[str, str]] = {"en": {}, "ja": _JA, "ko": _KO, "zh_CN": _ZH}

_WEEKDAYS = {
    "ja": "月火水木金土日",
    "ko": "월화수목금토일",
    "zh_CN": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
}


def normalise_language(lang: str | None) -> str:
    """"ja_JP" -> "ja", "zh-CN" -> "zh_CN", "" / None -> "en". Raises ValueError for
    a language with no catalogue."""
    if not lang:
        return "en"
    n = str(lang).strip().replace("-", "_")
    if n in CATALOGUES:
        return n
    low = n.lower()
    if low.startswith("zh") and not any(t in low for t in ("hant", "tw", "hk", "mo")):
        return "zh_CN"
    base = low.split("_")[0]
    if base in ("en", "ja", "ko"):
        return base
    raise ValueError(f"unknown report language {lang!r} "
                     f"(expected one of: {', '.join(REPORT_LANGUAGES)})")


def translator(lang: str | None) -> Callable[..., str]:
    """``tr(text, **fields)``: the text in the report language, fields filled in."""
    catalogue = CATALOGUES[normalise_language(lang)]

    def tr(text: str, **fields) -> str:
        out = catalogue.get(text, text)
        return out.format(**fields) if fields else out
    return tr


def medium_date(d: date, lang: str | None) -> str:
    """A date without the weekday, for a date next to a time: "18 Nov 2026", "2026年11月18日"."""
    lang = normalise_language(lang)
    if lang in ("ja", "zh_CN"):
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


# English month abbreviations spelled out here: strftime("%b") follows the machine's locale
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def long_date(d: date, lang: str | None) -> str:
    """A long date in the report language: "Tuesday 7 April 2015", "2015年4月7日（火）"."""
    lang = normalise_language(lang)
    wd = d.weekday()
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日（{_WEEKDAYS['ja'][wd]}）"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일 ({_WEEKDAYS['ko'][wd]})"
    if lang == "zh_CN":
        return f"{d.year}年{d.month}月{d.day}日 {_WEEKDAYS['zh_CN'][wd]}"
    return f"{d:%A} {d.day} {d:%B %Y}"
