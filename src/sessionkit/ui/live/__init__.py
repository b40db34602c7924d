"""The live run: the live panel and its controller, the live keys, the stage display, the
cue card, and the Live menu that installs them (moderator.py)."""
