#!/usr/bin/env python3
"""Write tests/data/schemas/v<N>.db: a database at schema version N with realistic rows.

Run it once after appending a migration, for the version that is now current, and
commit the file: tests/store/test_migrations.py opens every fixture and migrates it
to the current schema, checking that nothing is lost.

    python scripts/make_schema_fixture.py            # the current SCHEMA_VERSION
    python scripts/make_schema_fixture.py --version 1

The schema of version N is made by running migrations 1..N (a migration is never
edited once released, so this reproduces what users have). The v1 tables get
hand-written rows taken from the D3 session; tables added by later migrations get
one generated row each, with foreign keys pointing at those rows.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sessionkit.store.db import MIGRATIONS, SCHEMA_VERSION  # noqa: E402

OUT = REPO / "tests" / "data" / "schemas"
SID = "5f0c8f0e-0d3a-4c1e-9a51-0000000000d3"
MORI, KIM, RAP = (f"00000000-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))
ITEMS = [f"00000000-0000-4000-8000-0000000001{i:02d}" for i in range(6)]
OUTS = [f"00000000-0000-4000-8000-0000000002{i:02d}" for i in range(3)]
T0 = "2015-06-04T10:{:02d}:{:02d}+00:00"

V1_ROWS = {
    "sessions": [dict(
        id=SID, code="D3", title="Low carbon cities in Asia through city-to-city cooperation",
        subtitle="", track="Low Carbon City", tags='["Low Carbon City"]',
        room="Book Seminar Room, Design Lab",
        room_note="Please note this session is taking place in Book Seminar Room, Design Lab.",
        start=None, end=None, timezone="", language="en", abstract="",
        description='["Cities in Asia are facing serious climate change, air pollution and '
                    'degradation of the environment.", "City to city and/or multi '
                    'city-cooperation could forge long lasting human relation."]',
        outcomes_intro="Participants will develop their understanding of:", links="[]",
        source="bundle:d3", created=T0.format(0, 0), updated=T0.format(0, 1), deleted_at=None)],
    "documents": [dict(id="00000000-0000-4000-8000-000000000301", session_id=SID, position=0,
                       title="PDF description", url="", as_of="7th April 2015", local_path="")],
    "people": [
        dict(id=MORI, display_name="Naoki Mori", native_name="森 直樹", family_name_first=0,
             position="Executive Technical Advisor, Director, Office for Climate Change",
             organisation="Japan International Cooperation Agency",
             department="Global Environment Department", country="Japan", bio="",
             photo_path=""),
        dict(id=KIM, display_name="Kim Sang-Kap", native_name="김상갑", family_name_first=1,
             position="Director", organisation="Gwangju Metropolitan Government",
             department="Secretariat of Urban Environmental Accords", country="Korea",
             bio="", photo_path=""),
        dict(id=RAP, display_name="Nguyễn Thị Hằng", native_name="", family_name_first=1,
             position="Rapporteur", organisation="", department="", country="Viet Nam",
             bio="", photo_path=""),
    ],
    "roles": [dict(session_id=SID, person_id=MORI, role="speaker", position=0),
              dict(session_id=SID, person_id=KIM, role="speaker", position=1),
              dict(session_id=SID, person_id=RAP, role="rapporteur", position=2)],
    "agenda_items": [
        dict(id=ITEMS[i], session_id=SID, position=i, title=t, kind=k, planned_minutes=m,
             cue=c, actual_start=T0.format(5 * i, 0) if i < 3 else None,
             actual_end=T0.format(5 * i + 4, 30) if i < 2 else None)
        for i, (t, k, m, c) in enumerate([
            ("Opening", "opening", 5, "Welcome; phones on silent"),
            ("Presentation: Naoki Mori", "presentation", 15, "JICA's support schemes"),
            ("Presentation: Kim Sang-Kap", "presentation", 15, "Gwangju & UEA"),
            ("Discussion", "discussion", 25, ""),
            ("Q&A", "qa", 15, ""),
            ("Wrap-up", "closing", 5, ""),
        ])],
    "agenda_item_people": [dict(item_id=ITEMS[1], person_id=MORI, position=0),
                           dict(item_id=ITEMS[2], person_id=KIM, position=0)],
    "outcomes": [
        dict(id=OUTS[0], session_id=SID, position=0, status="achieved", comment="both talks",
             text="Mechanism of city-to-city cooperation, supporting schemes, their "
                  "achievements and lesson learned"),
        dict(id=OUTS[1], session_id=SID, position=1, status="partly", comment="",
             text="Role of brokerage and facilitation for city-to-city cooperation"),
        dict(id=OUTS[2], session_id=SID, position=2, status="open", comment="",
             text="Effective collaboration among partners for creation of low carbon "
                  "cities in Asia."),
    ],
    "notes": [
        dict(id=f"00000000-0000-4000-8000-0000000004{i:02d}", session_id=SID,
             created=T0.format(6 + i, 10), updated=T0.format(6 + i, 20) if i % 3 == 0 else None,
             author="Nguyễn Thị Hằng", device="rapporteur-laptop", kind=k, text=t,
             agenda_item_id=ITEMS[1 + i % 3], speaker_id=[MORI, KIM, None][i % 3],
             action_owner="JICA" if k == "action" else "",
             action_due="2015-09-30" if k == "action" else None, starred=int(i == 1),
             deleted_at=T0.format(40, 0) if i == 7 else None)
        for i, (k, t) in enumerate([
            ("note", "JICA supports 30+ city pairs; brokers matter more than money."),
            ("key_message", "City-to-city cooperation needs a broker & long-term <b>trust</b>."),
            ("quote", "“Cities could become driving force for sustainable development”"),
            ("decision", "Gwangju 광주광역시 will host the next UEA exchange."),
            ("action", "Share the JICA toolkit with all participants"),
            ("question", "How is success measured? 都市間連携の評価は?"),
            ("recommendation", "Thành phố Hồ Chí Minh: pilot a south-south pairing.\nSecond line."),
            ("note", "deleted by mistake, kept as a tombstone"),
            ("note", "Emoji and symbols survive: 😀 ≤ ≥ 0.1 < A & B"),
        ])],
    "note_outcomes": [dict(note_id="00000000-0000-4000-8000-000000000401", outcome_id=OUTS[0]),
                      dict(note_id="00000000-0000-4000-8000-000000000403", outcome_id=OUTS[2])],
    "drafts": [dict(session_id=SID, text="Unsaved line the rapporteur was typing…",
                    updated=T0.format(45, 0))],
    "report_meta": [dict(session_id=SID, summary="Two talks, one lively discussion.",
                         attendance="about 40", signed_off_by="", signed_off_at=None)],
    "bundle_loads": [dict(name="bundle:d3", session_id=SID, loaded_at=T0.format(0, 0))],
}

KNOWN_IDS = {"sessions": SID, "agenda_items": ITEMS[1], "people": MORI, "outcomes": OUTS[0],
             "notes": "00000000-0000-4000-8000-000000000400"}


def _generated_row(conn: sqlite3.Connection, table: str) -> dict:
    fks = {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
    row = {}
    for _cid, name, ctype, _notnull, _default, pk in conn.execute(f"PRAGMA table_info({table})"):
        ctype = (ctype or "").upper()
        if name in fks and fks[name] in KNOWN_IDS:
            row[name] = KNOWN_IDS[fks[name]]
        elif name == "session_id":
            row[name] = SID
        elif "INT" in ctype:
            row[name] = 7
        elif "REAL" in ctype or "FLOA" in ctype:
            row[name] = 12.5
        elif pk:
            row[name] = f"fixture-{table}-1"
        elif name.endswith(("_at", "updated", "created")):
            row[name] = T0.format(30, 0)
        else:
            row[name] = f"{table}.{name} value ✓"
    return row


def plain_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables: not SQLite's own, not virtual (FTS) tables nor their shadow tables,
    which SQLite fills itself."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [name for name, _ in rows
            if name not in virtual and not any(name.startswith(v + "_") for v in virtual)]


def build(version: int, out: Path) -> Path:
    if not 1 <= version <= SCHEMA_VERSION:
        raise SystemExit(f"version must be 1..{SCHEMA_VERSION}")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    import sqlite_utils

    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    for number in range(1, version + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
    tables = plain_tables(conn)
    conn.execute("BEGIN")
    for table in V1_ROWS:
        for row in V1_ROWS[table]:
            cols = ", ".join(f'"{c}"' for c in row)
            conn.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" * len(row))})',
                         list(row.values()))
    for table in tables:
        if table in V1_ROWS:
            continue
        row = _generated_row(conn, table)
        cols = ", ".join(f'"{c}"' for c in row)
        conn.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" * len(row))})',
                     list(row.values()))
    conn.execute("COMMIT")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("VACUUM")
    conn.close()
    tmp.replace(out)
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--version", type=int, default=SCHEMA_VERSION)
    p.add_argument("--all", action="store_true", help="every version 1..current")
    p.add_argument("--out-dir", type=Path, default=OUT)
    a = p.parse_args(argv)
    for v in (range(1, SCHEMA_VERSION + 1) if a.all else [a.version]):
        print(build(v, a.out_dir / f"v{v}.db"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
