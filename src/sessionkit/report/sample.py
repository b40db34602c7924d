"""Made-up session activity for trying the report: tests, benchmarks, demos.

:func:`populate_demo` plays a session on the clock (actual agenda times, outcome
statuses, a moderator and a rapporteur, a summary) and adds notes of every kind in
the languages a room in Asia speaks. It is never called on a user's data by the app.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sessionkit.domain.models import (
    ItemKind,
    Note,
    NoteKind,
    OutcomeStatus,
    Person,
    ReportMeta,
    Role,
    RoleKind,
)

DEMO_NOTES: list[tuple[str, str]] = [
    ("note", "Mori opened with JICA's experience supporting city-to-city cooperation "
             "between Yokohama and Ho Chi Minh City (Thành phố Hồ Chí Minh)."),
    ("key_message", "City-to-city cooperation works when both cities own the plan: "
                    "都市間連携による低炭素都市づくり."),
    ("quote", "“Brokerage is not matchmaking once; it is years of follow-up.”"),
    ("note", "Kim Sang-Kap presented 광주광역시 (Gwangju) and the Urban Environmental Accords "
             "secretariat: 광주는 기후 위기 대응을 위해 도시 간 협력을 확대하고 있습니다."),
    ("note", "Gwangju shares its carbon bank scheme with partner cities; 탄소은행 제도."),
    ("question", "Jakarta delegate: Bagaimana kota-kota kecil di Indonesia dapat bergabung "
                 "dengan jaringan kerja sama antarkota ini?"),
    ("note", "Discussion on financing: 城市间合作需要长期资金支持 (simplified); "
             "城市間合作需要長期資金支持 (traditional)."),
    ("decision", "The speakers agreed to publish a joint list of brokerage contacts."),
    ("recommendation", "Cities should budget for a facilitator for at least three years; "
                       "Các thành phố nên có điều phối viên ít nhất ba năm."),
    ("action", "Circulate the slides and the contact list to all participants."),
    ("key_message", "Small cities need brokers more than big ones (Kota kecil membutuhkan "
                    "fasilitator)."),
    ("note", "Hostile input prints literally: 0.1 < A <b> & </para> <img src=\"/etc/passwd\"/> "
             "<font name=\"x\"> &nosuch;"),
]


def populate_demo(store, session_id: str, start: datetime | None = None,
                  extra_notes: int = 0) -> None:
    """Fill a session (D3's shape: two speakers) with a plausible run of the session."""
    start = start or datetime(2026, 4, 8, 5, 0, tzinfo=timezone.utc)  # 14:00 in Tokyo
    bundle = store.load_bundle(session_id)
    with store.atomic():
        moderator = Person(display_name="Moderator (demo)", organisation="Demo organisers")
        rapporteur = Person(display_name="Rapporteur (demo)")
        for p in (moderator, rapporteur):
            store.people.save(p)
        roles = list(bundle.roles) + [
            Role(moderator.id, RoleKind.MODERATOR, len(bundle.roles)),
            Role(rapporteur.id, RoleKind.RAPPORTEUR, len(bundle.roles) + 1)]
        store.roles.replace_for_session(session_id, roles)

        t = start
        overrun = [2, 4, -3, 6, -5, 0]
        for i, item in enumerate(bundle.agenda):
            item.actual_start = t
            t = t + timedelta(minutes=item.planned_minutes + overrun[i % len(overrun)])
            item.actual_end = t
            store.agenda.save(session_id, item)

        statuses = [OutcomeStatus.ACHIEVED, OutcomeStatus.PARTLY, OutcomeStatus.OPEN]
        for o, st in zip(bundle.outcomes, statuses):
            o.status = st
            o.comment = "Discussed with examples from Yokohama and Gwangju." \
                if st == OutcomeStatus.ACHIEVED else ""
            store.outcomes.save(session_id, o)

        store.report_meta.save(ReportMeta(
            session_id=session_id,
            summary="The session compared city-to-city cooperation schemes in Asia.\n\n"
                    "Both speakers stressed long-term facilitation.",
            attendance="about 60"))

        presentations = [i for i in bundle.agenda if i.kind == ItemKind.PRESENTATION]
        discussion = [i for i in bundle.agenda if i.kind in (ItemKind.DISCUSSION, ItemKind.QA)]
        speakers = bundle.people_with_role(RoleKind.SPEAKER)
        for k, (kind, text) in enumerate(DEMO_NOTES):
            if k < 3 and presentations:
                item = presentations[0]
            elif k < 5 and len(presentations) > 1:
                item = presentations[1]
            else:
                item = discussion[k % len(discussion)] if discussion else None
            speaker = None
            if item is not None and item.person_ids:
                speaker = item.person_ids[0]
            elif speakers and kind == "note":
                speaker = speakers[k % len(speakers)].id
            note = Note(session_id=session_id, text=text, kind=NoteKind(kind),
                        created=start + timedelta(minutes=3 + 6 * k),
                        agenda_item_id=item.id if item else None, speaker_id=speaker,
                        starred=kind == "key_message")
            if kind == "action":
                note.action_owner = "Kim Sang-Kap"
                note.action_due = date(2026, 5, 1)
            if kind in ("key_message", "decision") and bundle.outcomes:
                note.outcome_ids = [bundle.outcomes[k % len(bundle.outcomes)].id]
            store.notes.save(note)
        kinds = list(NoteKind)
        for k in range(extra_notes):
            text = DEMO_NOTES[k % len(DEMO_NOTES)][1]
            item = bundle.agenda[k % len(bundle.agenda)] if bundle.agenda else None
            store.notes.save(Note(
                session_id=session_id, text=f"{k + 1}. {text}", kind=kinds[k % len(kinds)],
                created=start + timedelta(seconds=10 * k + 5),
                agenda_item_id=item.id if item else None,
                speaker_id=item.person_ids[0] if item and item.person_ids else None))


def script_sample_report(samples: list[dict], options=None, title: str | None = None):
    """A report whose speakers and notes are the given script samples (one speaker
    and one note each, as tests/data/asia-scripts.json has them), for checking that
    every script prints, extracts and converts. ``title`` replaces the session title
    (e.g. an Arabic one, to see a right-to-left heading and running header)."""
    from sessionkit.domain.models import Session, SessionBundle
    from sessionkit.report.model import build_report_from

    session = Session(code="AP", title=title or "Cities across Asia: every script")
    start = datetime(2026, 6, 3, 5, 0, tzinfo=timezone.utc)
    people, roles, notes = [], [], []
    for i, s in enumerate(samples):
        person = Person(display_name=s["speaker"], country=s.get("language", ""))
        people.append(person)
        roles.append(Role(person_id=person.id, role=RoleKind.SPEAKER, position=i))
        notes.append(Note(session_id=session.id, text=s["note"], speaker_id=person.id,
                          created=start + timedelta(minutes=i)))
    bundle = SessionBundle(session=session, people=people, roles=roles)
    return build_report_from(bundle, notes, ReportMeta(session_id=session.id), options)
