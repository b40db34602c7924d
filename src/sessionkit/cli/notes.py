"""``sessionkit note add`` and ``sessionkit notes import|list|history``."""

from __future__ import annotations

from pathlib import Path

from sessionkit.cli.common import (CliError, find_session, kind_label, open_store, print_json,
                                   session_arg)


def cmd_note_add(args) -> int:
    from sessionkit.services.notes import NoteError, add_note

    if bool(args.follow) != bool(args.code):
        raise CliError("--follow and --code go together: the moderator's address and "
                       "the pairing code their screen shows")
    store = open_store(args)
    context = {}
    if args.follow:  # first: a session this laptop lacks is fetched from the moderator
        context, followed = _followed_context(store, args)
    session = find_session(store, args.session)
    if args.follow and followed.session_id != session.id:
        raise CliError(f"the moderator at {args.follow.strip()} runs another session than "
                       f"{session.code}; the note was not saved")
    text = " ".join(args.text)
    try:
        note = add_note(store, session.id, text, kind=args.kind, **context)
    except (NoteError, ValueError) as exc:
        raise CliError(str(exc)) from None
    print(note.id)
    return 0


def _followed_context(store, args):
    """The moderator's current item and speaker, in this store's ids, for a note added
    with --follow (pairs, reads the state once; fetches the session if missing)."""
    from sessionkit.link.follow import LinkError, ensure_session, fetch_state, map_state, pair

    try:
        ticket = pair(args.follow, args.code)
        doc = fetch_state(ticket)
        ensure_session(store, ticket, doc)
        stamp = map_state(store, doc)
    except LinkError as exc:
        raise CliError(f"{str(exc).rstrip('.')}; the note was not saved") from None
    if stamp is None:  # ensure_session just made sure it is here
        raise CliError("the moderator's session is not on this computer; "
                       "the note was not saved")
    return {"agenda_item_id": stamp.item_id, "speaker_id": stamp.speaker_id}, stamp


def cmd_notes_import(args) -> int:
    from sessionkit.interchange.infile import InputFileError, read_text_file
    from sessionkit.services.notes import NoteError, import_notes

    path = Path(args.file)
    try:  # ordinary files only, size capped; UTF-8 or UTF-16, any line ends
        text = read_text_file(path)
    except InputFileError as exc:
        raise CliError(f"{path}: {exc}; nothing was imported") from None
    store = open_store(args)
    session = find_session(store, args.session)
    try:
        notes = import_notes(store, session.id, text)
    except NoteError as exc:
        raise CliError(f"{path}: {exc}; nothing was imported") from None
    print(f"imported {len(notes)} notes into {session.code}")
    return 0


def cmd_notes_list(args) -> int:
    store = open_store(args, write=False)
    session = find_session(store, args.session)
    notes = store.notes.for_session(session.id)
    rows = [{"id": n.id, "created": n.created.isoformat(), "kind": n.kind.value,
             "text": n.text, "agenda_item_id": n.agenda_item_id, "speaker_id": n.speaker_id,
             "starred": n.starred, "conflict": n.conflict, "draft": False} for n in notes]
    if args.drafts:
        draft = store.drafts.get(session.id)
        if draft.strip():
            rows.append({"id": None, "created": None, "kind": "draft", "text": draft,
                         "agenda_item_id": None, "speaker_id": None, "starred": False,
                         "conflict": False, "draft": True})
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            when = r["created"][:19].replace("T", " ") if r["created"] else "(draft)"
            # edited on two laptops at once: the other text is in the note's history
            mark = f"[⚠ conflict: notes history {r['id']}] " if r["conflict"] else ""
            print(f"{when}\t{kind_label(r['kind'])}\t{mark}{r['text']}")
    return 0


def cmd_notes_history(args) -> int:
    from sessionkit.services.capture import note_history

    store = open_store(args, write=False)
    key = args.note_id.strip()
    ids = store.notes.ids_like(key)
    if len(ids) != 1:
        raise CliError(f"no note with id {key!r}" if not ids else
                       f"several notes have ids starting with {key!r}; give the whole id")
    note = store.notes.get(ids[0])

    def iso(t):
        return t.isoformat() if t else None

    out = [{"version": v.id, "updated": iso(v.was_updated), "replaced_at": iso(v.saved_at),
            "kind": v.kind.value, "text": v.text, "starred": v.starred,
            "deleted_at": iso(v.deleted_at), "device": v.device, "in_conflict": v.head,
            "current": False} for v in reversed(note_history(store, note.id))]
    out.append({"version": None, "updated": iso(note.updated), "replaced_at": None,
                "kind": note.kind.value, "text": note.text, "starred": note.starred,
                "deleted_at": iso(note.deleted_at), "device": note.device,
                "in_conflict": note.conflict, "current": True})
    if args.json:
        print_json(out)
    else:
        for r in out:
            flags = [f for f, on in (("current", r["current"]), ("conflict", r["in_conflict"]),
                                     ("starred", r["starred"]), ("deleted", r["deleted_at"]))
                     if on]
            when = (r["updated"] or "")[:19].replace("T", " ")
            print(f"{when}\t{kind_label(r['kind'])}\t{','.join(flags) or '-'}\t{r['text']}")
    return 0


def register(sub, common) -> None:
    note = sub.add_parser("note", parents=[common], help="add a note")
    note_sub = note.add_subparsers(metavar="ACTION", required=True)
    p = note_sub.add_parser("add", parents=[common],
                            help="add one note: note add --session D3 -- TEXT")
    session_arg(p)
    p.add_argument("--kind", default="note",
                   help="note, key_message, decision, action, question, recommendation, quote")
    p.add_argument("--follow", metavar="ADDRESS",
                   help="stamp the note with the item and speaker a moderator sharing "
                        "on the network is running now (e.g. 192.168.1.5:8765)")
    p.add_argument("--code", metavar="CODE",
                   help="the pairing code the moderator's screen shows (with --follow)")
    p.add_argument("text", nargs="+", help="the note's text (put it after --)")
    p.set_defaults(func=cmd_note_add)

    notes = sub.add_parser("notes", parents=[common], help="import, list or trace notes")
    notes_sub = notes.add_subparsers(metavar="ACTION", required=True)
    p = notes_sub.add_parser("import", parents=[common],
                             help="import a UTF-8 text file, one note per paragraph")
    session_arg(p)
    p.add_argument("file")
    p.set_defaults(func=cmd_notes_import)
    p = notes_sub.add_parser("list", parents=[common], help="list a session's notes")
    session_arg(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--drafts", action="store_true",
                   help="include the unsaved text of the app's note box")
    p.set_defaults(func=cmd_notes_list)
    p = notes_sub.add_parser("history", parents=[common],
                             help="every version of one note, oldest first (the current last)")
    p.add_argument("note_id", metavar="NOTE_ID", help="the note's id (or its first 6+ characters)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_notes_history)
