"""MentorDesk: the desktop application of a mentoring-programme coordinator."""

__version__ = "0.1.0"
