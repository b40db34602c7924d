"""Taking notes: the note box's autosave and its writer thread, capture keys, the Notes
menu (search, note history, report details)."""
