"""Adapters to the outside world: spreadsheets in and out, PDF out, e-mail drafts, calendars."""
