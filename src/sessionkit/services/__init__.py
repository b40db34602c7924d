"""Use cases shared by the UI and the CLI. Plain Python: no Qt here."""
