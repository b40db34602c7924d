"""The PySide6 desktop UI: a thin layer of panels over the store and services."""
