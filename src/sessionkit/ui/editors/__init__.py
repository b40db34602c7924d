"""Editing a session: the agenda editor, session details, the bin, and switching sessions."""
