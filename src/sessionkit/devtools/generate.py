"""Fill a data directory with made-up but plausible sessions and notes, at any scale.

For benchmarks and tests (never run by the app on a user's data). Sessions come in
the languages of a conference room in Asia — English, Korean, Japanese, Chinese
(simplified and traditional), Vietnamese, Indonesian — each with speakers (names in
their own script), roles, an agenda, envisaged outcomes, and notes of every kind
stamped with agenda item and speaker; about a third of a session's notes are in
English or mix English with the session's language. Everything is deterministic for
a given ``seed``.

Fast: the sessions and all the notes are written in one transaction, the notes with
multi-row inserts (50,000 notes over 500 sessions: 7–15 s on 2 cores, most of it the
full-text index).

    python -m sessionkit.devtools.generate DATA_DIR [--sessions 500] [--notes 50000]
        [--big 1000] [--seed 0]

    from sessionkit.devtools.generate import populate
    result = populate(store, sessions=7, notes=70)
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sessionkit.domain.models import (
    AgendaItem,
    ItemKind,
    NoteKind,
    Outcome,
    OutcomeStatus,
    Person,
    Role,
    RoleKind,
    Session,
    SessionBundle,
    new_id,
)

LANGUAGES = ("en", "ko", "ja", "zh-Hans", "zh-Hant", "vi", "id")

# city, topic, and sentence templates per language; {c} a city, {c2} another city,
# {t} a topic, {n} a percentage, {y} a year
CITIES = {
    "en": ["Yokohama", "Kitakyushu", "Gwangju", "Seoul", "Bangkok", "Surabaya", "Da Nang",
           "Penang", "Cebu", "Toyama", "Suwon", "Iskandar"],
    "ko": ["광주", "서울", "수원", "부산", "인천", "대전", "창원", "제주"],
    "ja": ["横浜", "北九州", "富山", "京都", "川崎", "大阪", "札幌", "神戸"],
    "zh-Hans": ["上海", "深圳", "广州", "天津", "杭州", "成都", "青岛", "武汉"],
    "zh-Hant": ["臺北", "高雄", "臺中", "新竹", "香港", "澳門", "桃園", "臺南"],
    "vi": ["Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"],
    "id": ["Surabaya", "Jakarta", "Bandung", "Semarang", "Makassar", "Medan", "Balikpapan"],
}
TOPICS = {
    "en": ["waste separation", "bus rapid transit", "rooftop solar", "district cooling",
           "energy-efficient street lighting", "green building codes", "a carbon bank",
           "flood-resilient housing", "electric motorbikes", "methane capture at landfills"],
    "ko": ["탄소은행 제도", "태양광 발전", "폐기물 분리수거", "대중교통", "녹색 건축",
           "에너지 효율", "기후 적응"],
    "ja": ["廃棄物の分別", "再生可能エネルギー", "省エネ建築", "公共交通", "地域冷暖房",
           "下水汚泥の活用", "脱炭素まちづくり"],
    "zh-Hans": ["垃圾分类", "快速公交", "屋顶光伏", "绿色建筑", "区域供冷", "低碳交通",
                "碳排放交易"],
    "zh-Hant": ["垃圾分類", "快速公車", "屋頂光電", "綠色建築", "區域供冷", "低碳運輸",
                "碳排放交易"],
    "vi": ["phân loại rác", "xe buýt nhanh", "điện mặt trời áp mái", "công trình xanh",
           "chiếu sáng tiết kiệm năng lượng", "giao thông công cộng"],
    "id": ["pemilahan sampah", "bus rapid transit", "panel surya atap", "bangunan hijau",
           "bank sampah", "transportasi umum", "penerangan jalan hemat energi"],
}
SENTENCES = {
    "en": {
        "note": ["{c} shared its experience with {t}.",
                 "The speaker from {c} said that {t} cut emissions by {n}% between 2015 and {y}.",
                 "Peer learning between {c} and {c2} started with a staff exchange on {t}.",
                 "Slides show the monitoring data for {t} in {c}; the baseline year is 2013."],
        "key_message": ["City-to-city cooperation works when both cities own the plan.",
                        "Brokerage is years of follow-up, not one meeting."],
        "decision": ["The partners will draft a joint roadmap on {t} by {y}."],
        "action": ["Circulate the {t} case study from {c} to all participants."],
        "question": ["How can smaller cities like {c} finance {t} without national support?"],
        "recommendation": ["Cities should budget for a facilitator for at least three years."],
        "quote": ["“We learned more from {c2} in one week than from ten reports.”"],
    },
    "ko": {
        "note": ["{c}시는 {t} 분야의 경험을 공유했습니다.",
                 "{c}시는 {y}년까지 온실가스를 {n}% 감축하는 것을 목표로 하고 있습니다.",
                 "{c}시와 {c2}시의 도시 간 협력은 공무원 교류로 시작되었습니다."],
        "key_message": ["도시 간 협력은 두 도시가 함께 계획을 세울 때 성공합니다."],
        "decision": ["참가 도시들은 {y}년까지 {t}에 관한 공동 로드맵을 만들기로 했습니다."],
        "action": ["{t} 사례 자료를 모든 참가자에게 배포합니다."],
        "question": ["작은 도시는 {t} 재원을 어떻게 마련할 수 있습니까?"],
        "recommendation": ["도시들은 최소 3년 동안 조정자를 위한 예산을 확보해야 합니다."],
        "quote": ["“{c2}에서 일주일 동안 배운 것이 보고서 열 권보다 많았습니다.”"],
    },
    "ja": {
        "note": ["{c}は{t}の経験を共有しました。",
                 "{c}では{y}年までに温室効果ガスを{n}％削減する目標が示されました。",
                 "{c}と{c2}の都市間連携は職員の相互派遣から始まりました。"],
        "key_message": ["都市間連携による低炭素都市づくりには長期的な支援が必要です。"],
        "decision": ["参加都市は{y}年までに{t}に関する共同ロードマップを作成することに合意しました。"],
        "action": ["{t}の事例資料を参加者全員に配布する。"],
        "question": ["小さな都市はどのように{t}の資金を確保できますか。"],
        "recommendation": ["都市はコーディネーターの予算を少なくとも三年間確保すべきです。"],
        "quote": ["「{c2}での一週間は十冊の報告書より多くを教えてくれた。」"],
    },
    "zh-Hans": {
        "note": ["{c}分享了{t}方面的经验。",
                 "{c}计划到{y}年将碳排放减少{n}%。",
                 "{c}与{c2}的城市间合作从人员交流开始。"],
        "key_message": ["城市间合作需要长期资金支持。"],
        "decision": ["合作城市同意在{y}年前制定{t}联合路线图。"],
        "action": ["向所有与会者分发{c}的{t}案例资料。"],
        "question": ["小城市如何为{t}筹集资金？"],
        "recommendation": ["城市应至少在三年内为协调员安排预算。"],
        "quote": ["“在{c2}的一周比十份报告教给我们的更多。”"],
    },
    "zh-Hant": {
        "note": ["{c}分享了{t}方面的經驗。",
                 "{c}計劃到{y}年將碳排放減少{n}%。",
                 "{c}與{c2}的城市間合作從人員交流開始。"],
        "key_message": ["城市間合作需要長期資金支持。"],
        "decision": ["合作城市同意在{y}年前制定{t}聯合路線圖。"],
        "action": ["向所有與會者分發{c}的{t}案例資料。"],
        "question": ["小城市如何為{t}籌集資金？"],
        "recommendation": ["城市應至少在三年內為協調員編列預算。"],
        "quote": ["「在{c2}的一週比十份報告教給我們的更多。」"],
    },
    "vi": {
        "note": ["{c} đã chia sẻ kinh nghiệm về {t}.",
                 "{c} đặt mục tiêu giảm {n}% lượng phát thải khí nhà kính vào năm {y}.",
                 "Hợp tác giữa {c} và {c2} bắt đầu bằng trao đổi cán bộ."],
        "key_message": ["Hợp tác giữa các thành phố chỉ thành công khi cả hai cùng làm chủ "
                        "kế hoạch."],
        "decision": ["Các thành phố đối tác sẽ xây dựng lộ trình chung về {t} trước năm {y}."],
        "action": ["Gửi tài liệu nghiên cứu điển hình về {t} cho tất cả người tham dự."],
        "question": ["Các thành phố nhỏ có thể huy động vốn cho {t} như thế nào?"],
        "recommendation": ["Các thành phố nên có điều phối viên ít nhất ba năm."],
        "quote": ["“Một tuần ở {c2} dạy chúng tôi nhiều hơn mười bản báo cáo.”"],
    },
    "id": {
        "note": ["Kota {c} berbagi pengalaman tentang {t}.",
                 "{c} menargetkan penurunan emisi sebesar {n}% pada tahun {y}.",
                 "Kerja sama antara {c} dan {c2} dimulai dengan pertukaran staf."],
        "key_message": ["Kota kecil membutuhkan fasilitator lebih dari kota besar."],
        "decision": ["Kota-kota mitra akan menyusun peta jalan bersama tentang {t} sebelum {y}."],
        "action": ["Bagikan studi kasus {t} dari {c} kepada semua peserta."],
        "question": ["Bagaimana kota-kota kecil dapat membiayai {t}?"],
        "recommendation": ["Kota sebaiknya menganggarkan fasilitator setidaknya selama "
                           "tiga tahun."],
        "quote": ["“Satu minggu di {c2} mengajari kami lebih banyak daripada sepuluh laporan.”"],
    },
}
TITLES = {
    "en": "Low carbon cities: {t} in {c}",
    "ko": "{c}의 {t}: 도시 간 협력의 교훈",
    "ja": "{c}の{t}：都市間連携の教訓",
    "zh-Hans": "{c}的{t}：城市间合作的经验",
    "zh-Hant": "{c}的{t}：城市間合作的經驗",
    "vi": "{t} tại {c}: bài học từ hợp tác giữa các thành phố",
    "id": "{t} di {c}: pelajaran dari kerja sama antarkota",
}
# (display name, native name, family name first)
NAMES = {
    "en": [("Emma Clarke", "", False), ("James O'Neill", "", False),
           ("Priya Raman", "", False), ("David Chen", "", False)],
    "ko": [("Kim Min-jun", "김민준", True), ("Lee Seo-yeon", "이서연", True),
           ("Park Ji-hoon", "박지훈", True), ("Choi Yu-na", "최유나", True)],
    "ja": [("Sato Yuki", "佐藤 由紀", True), ("Suzuki Hiroshi", "鈴木 博", True),
           ("Tanaka Aiko", "田中 愛子", True), ("Mori Naoki", "森 直樹", True)],
    "zh-Hans": [("Wang Fang", "王芳", True), ("Li Wei", "李伟", True),
                ("Zhang Min", "张敏", True), ("Liu Yang", "刘洋", True)],
    "zh-Hant": [("Chen Mei-ling", "陳美玲", True), ("Lin Chih-wei", "林志偉", True),
                ("Huang Shu-fen", "黃淑芬", True), ("Wu Chien-hung", "吳建宏", True)],
    "vi": [("Nguyễn Thị Lan", "", True), ("Trần Văn Minh", "", True),
           ("Lê Thu Hà", "", True), ("Phạm Quốc Bảo", "", True)],
    "id": [("Siti Rahayu", "", False), ("Budi Santoso", "", False),
           ("Dewi Lestari", "", False), ("Agus Wibowo", "", False)],
}
ORGANISATIONS = ["City Government", "Ministry of Environment", "JICA", "ICLEI",
                 "CITYNET", "UN-ESCAP", "Asian Development Bank", "University"]
TIMEZONES = {"en": "Asia/Singapore", "ko": "Asia/Seoul", "ja": "Asia/Tokyo",
             "zh-Hans": "Asia/Shanghai", "zh-Hant": "Asia/Taipei", "vi": "Asia/Ho_Chi_Minh",
             "id": "Asia/Jakarta"}
# how often each kind turns up in a rapporteur's notes
KIND_WEIGHTS = [(NoteKind.NOTE, 55), (NoteKind.KEY_MESSAGE, 10), (NoteKind.DECISION, 5),
                (NoteKind.ACTION, 8), (NoteKind.QUESTION, 12), (NoteKind.RECOMMENDATION, 6),
                (NoteKind.QUOTE, 4)]


@dataclass
class Generated:
    """What :func:`populate` wrote."""

    session_ids: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    languages: dict[str, str] = field(default_factory=dict)  # session id -> language
    notes: dict[str, int] = field(default_factory=dict)  # session id -> notes written
    people: int = 0
    agenda_items: int = 0

    @property
    def total_notes(self) -> int:
        return sum(self.notes.values())


def spread(total: int, sessions: int, big: tuple[int, ...] = ()) -> list[int]:
    """Notes per session: the first sessions get the ``big`` sizes, the others share
    the rest as evenly as possible (sum == max(total, sum(big)))."""
    if sessions < len(big):
        raise ValueError("more big sessions than sessions")
    sizes = list(big)
    rest, others = max(0, total - sum(big)), sessions - len(big)
    if others:
        q, r = divmod(rest, others)
        sizes += [q + (1 if i < r else 0) for i in range(others)]
    elif rest:
        raise ValueError("notes left over with no session to hold them")
    return sizes


def _fill(rng: random.Random, template: str, lang: str) -> str:
    cities = CITIES[lang]
    c, c2 = rng.sample(cities, 2)
    return template.format(c=c, c2=c2, t=rng.choice(TOPICS[lang]), n=rng.randint(5, 60),
                           y=rng.randint(2026, 2040))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def note_text(rng: random.Random, lang: str, kind: NoteKind) -> str:
    """One note of ``kind``: one to three sentences, sometimes with English mixed in."""
    bank = SENTENCES[lang]
    first = _fill(rng, rng.choice(bank[kind.value]), lang)
    parts = [first]
    for _ in range(rng.choice((0, 0, 1, 2))):
        parts.append(_fill(rng, rng.choice(bank["note"]), lang))
    if lang != "en" and rng.random() < 0.15:  # rapporteurs mix languages
        parts.append("(" + _fill(rng, rng.choice(SENTENCES["en"]["note"]), "en") + ")")
    sep = "" if lang in ("ja", "zh-Hans", "zh-Hant") else " "
    return sep.join(parts)


def make_bundle(rng: random.Random, index: int, lang: str,
                start: datetime) -> SessionBundle:
    """A session in ``lang`` with 2–4 speakers, a moderator, a rapporteur, an agenda
    (opening, a presentation per speaker, discussion, Q&A, closing) and 3 outcomes."""
    city = rng.choice(CITIES[lang])
    topic = rng.choice(TOPICS[lang])
    names = NAMES[lang]
    speakers = [Person(display_name=n, native_name=native, family_name_first=ff,
                       position=rng.choice(["Director", "Senior Officer", "Professor",
                                            "Programme Manager", "Mayor"]),
                       organisation=rng.choice(ORGANISATIONS),
                       country={"en": "Singapore", "ko": "Republic of Korea", "ja": "Japan",
                                "zh-Hans": "China", "zh-Hant": "Taiwan", "vi": "Viet Nam",
                                "id": "Indonesia"}[lang])
                for n, native, ff in rng.sample(names, rng.randint(2, len(names)))]
    moderator = Person(display_name=f"Moderator {index:03d}", organisation="Organisers")
    rapporteur = Person(display_name=f"Rapporteur {index:03d}")
    people = [*speakers, moderator, rapporteur]
    roles = [Role(moderator.id, RoleKind.MODERATOR, 0)]
    roles += [Role(p.id, RoleKind.SPEAKER, i) for i, p in enumerate(speakers, start=1)]
    roles.append(Role(rapporteur.id, RoleKind.RAPPORTEUR, len(roles)))
    agenda = [AgendaItem("Opening", ItemKind.OPENING, 5, person_ids=[moderator.id])]
    agenda += [AgendaItem(f"Presentation: {p.display_name}", ItemKind.PRESENTATION, 15,
                          person_ids=[p.id]) for p in speakers]
    agenda += [AgendaItem("Discussion", ItemKind.DISCUSSION, 20),
               AgendaItem("Q&A", ItemKind.QA, 15),
               AgendaItem("Wrap-up", ItemKind.CLOSING, 5, person_ids=[moderator.id])]
    for pos, item in enumerate(agenda):
        item.position = pos
    statuses = list(OutcomeStatus)
    outcomes = [Outcome(_fill(rng, text, "en"), pos, rng.choice(statuses)) for pos, text in
                enumerate(["Mechanisms of city-to-city cooperation on {t}",
                           "The role of brokerage between {c} and {c2}",
                           "Finance for {t} in small and mid-sized cities"])]
    session = Session(
        code=f"G{index:03d}", title=_capital(TITLES[lang].format(c=city, t=topic)),
        track="Low Carbon City", tags=["Low Carbon City", lang],
        room=f"Room {1 + index % 12}", start=start,
        end=start + timedelta(minutes=sum(a.planned_minutes for a in agenda)),
        timezone=TIMEZONES[lang],
        description=[note_text(rng, lang, NoteKind.NOTE), note_text(rng, lang, NoteKind.NOTE)],
        outcomes_intro="Participants will develop their understanding of:",
        language=lang, source=f"generated:{index}")
    return SessionBundle(session=session, people=people, roles=roles, agenda=agenda,
                         outcomes=outcomes)


def _note_rows(rng: random.Random, bundle: SessionBundle, count: int, lang: str,
               device: str) -> tuple[list[dict], list[dict]]:
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    agenda = bundle.agenda
    speakers = bundle.people_with_role(RoleKind.SPEAKER)
    rapporteur = bundle.people_with_role(RoleKind.RAPPORTEUR)
    author = rapporteur[0].display_name if rapporteur else ""
    start = bundle.session.start.astimezone(timezone.utc)
    minutes = max(1, sum(a.planned_minutes for a in agenda))
    # notes are spread over the session's planned time, seconds apart when many
    step = max(0.001, minutes * 60 / max(1, count))
    rows, links = [], []
    for i in range(count):
        kind = rng.choices(kinds, weights)[0]
        # ~2/3 in the session's language, the rest in English (notes mix languages)
        text_lang = lang if lang == "en" or rng.random() < 0.67 else "en"
        created = start + timedelta(seconds=i * step)
        item = agenda[min(len(agenda) - 1, int(i * len(agenda) / max(1, count)))]
        speaker = next((pid for pid in item.person_ids
                        if any(s.id == pid for s in speakers)), None)
        if speaker is None and item.kind in (ItemKind.DISCUSSION, ItemKind.QA) and speakers:
            speaker = rng.choice(speakers).id
        note_id = new_id()
        stamp = created.isoformat()
        rows.append({
            "id": note_id, "session_id": bundle.session.id, "created": stamp,
            "updated": stamp, "author": author, "device": device, "kind": kind.value,
            "text": note_text(rng, text_lang, kind), "agenda_item_id": item.id,
            "speaker_id": speaker,
            "action_owner": rng.choice(speakers).display_name
            if kind == NoteKind.ACTION and speakers else "",
            "action_due": (date(2026, 6, 1) + timedelta(days=rng.randint(0, 180))).isoformat()
            if kind == NoteKind.ACTION else None,
            "starred": int(rng.random() < 0.05), "deleted_at": None,
        })
        if bundle.outcomes and rng.random() < 0.05:
            links.append({"note_id": note_id, "outcome_id": rng.choice(bundle.outcomes).id})
    return rows, links


def populate(store, sessions: int = 500, notes: int = 50_000, *, seed: int = 0,
             big: tuple[int, ...] = (), languages: tuple[str, ...] = LANGUAGES,
             start: datetime | None = None, device: str = "generator") -> Generated:
    """Add ``sessions`` sessions holding ``notes`` notes in all (see :func:`spread`
    for ``big``) to an open Store, in one transaction. Languages go round-robin."""
    unknown = [lang for lang in languages if lang not in SENTENCES]
    if unknown:
        raise ValueError(f"unknown languages: {', '.join(unknown)}")
    sizes = spread(notes, sessions, big)
    rng = random.Random(seed)
    start = start or datetime(2026, 4, 6, 1, 0, tzinfo=timezone.utc)
    result = Generated()
    with store.atomic():
        offset = store.sessions.count_with_source_prefix("generated:")
        batch_notes: list[dict] = []
        batch_links: list[dict] = []
        for i, size in enumerate(sizes):
            index = offset + i
            lang = languages[index % len(languages)]
            when = start + timedelta(days=index // 40, minutes=90 * (index % 6))
            bundle = make_bundle(rng, index, lang, when)
            store.save_bundle(bundle)
            rows, links = _note_rows(rng, bundle, size, lang, device)
            batch_notes += rows
            batch_links += links
            sid = bundle.session.id
            result.session_ids.append(sid)
            result.codes.append(bundle.session.code)
            result.languages[sid] = lang
            result.notes[sid] = size
            result.people += len(bundle.people)
            result.agenda_items += len(bundle.agenda)
            if len(batch_notes) >= 5000:
                _flush(store, batch_notes, batch_links)
                batch_notes, batch_links = [], []
        _flush(store, batch_notes, batch_links)
    return result


def _flush(store, rows: list[dict], links: list[dict]) -> None:
    store.notes.insert_rows(rows, links)


def generate(data_dir: Path, sessions: int = 500, notes: int = 50_000, *, seed: int = 0,
             big: tuple[int, ...] = (), with_bundled: bool = True) -> Generated:
    """Open (creating) the data directory, seed the bundled sessions (D3) unless told
    not to, add the generated sessions, close."""
    from sessionkit.services.sessions import open_store

    store, _ = open_store(Path(data_dir), seed=with_bundled)
    try:
        return populate(store, sessions, notes, seed=seed, big=big)
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sessionkit.devtools.generate",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--sessions", type=int, default=500)
    ap.add_argument("--notes", type=int, default=50_000)
    ap.add_argument("--big", type=int, action="append", default=[],
                    help="a session with this many notes (repeatable)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.sessions < 1 or args.notes < 0:
        print("--sessions must be at least 1 and --notes not negative", file=sys.stderr)
        return 2
    try:
        result = generate(args.data_dir, args.sessions, args.notes, seed=args.seed,
                          big=tuple(args.big))
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"{len(result.session_ids)} sessions, {result.total_notes} notes, "
          f"{result.people} people in {args.data_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
