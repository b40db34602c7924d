"""One module per panel of the main window; each takes a SessionContext."""
