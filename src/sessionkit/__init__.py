"""SessionKit: an offline kit for a conference session's moderator and rapporteur."""

__version__ = "0.1.0"
