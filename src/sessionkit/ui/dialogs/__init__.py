"""Dialogs reached from the menus: About and keyboard shortcuts, Settings, Export report,
Import schedule, session packages (and the File menu entries that open them), and the
one message box helper the safety layer answers in tests."""
