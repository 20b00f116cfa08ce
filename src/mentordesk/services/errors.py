"""Failures a coordinator can act on, each with one clear message."""

from __future__ import annotations


class MentorDeskError(Exception):
    """A failure whose message is written for the coordinator, not for a developer."""


class NotFound(MentorDeskError):
    pass


class InvalidInput(MentorDeskError):
    pass


class Conflict(MentorDeskError):
    """The data changed since it was read, or the change breaks a rule of the batch."""
