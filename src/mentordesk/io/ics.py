"""Calendars (``.ics``, RFC 5545) that Outlook, Google Calendar and Apple Calendar import.

Events are whole days. Each has a stable identifier, so importing the calendar again after
a milestone moved updates the event instead of adding a second one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar

from mentordesk import __version__


@dataclass(frozen=True)
class DayEvent:
    uid: str
    day: date
    summary: str
    description: str = ""
    category: str = ""


def calendar(name: str, events: Sequence[DayEvent], stamp: datetime | None = None) -> bytes:
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//MentorDesk//MentorDesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for event in events:
        item = icalendar.Event()
        item.add("uid", event.uid)
        item.add("dtstamp", stamp)
        item.add("dtstart", event.day)
        item.add("dtend", event.day + timedelta(days=1))
        item.add("summary", event.summary)
        item.add("transp", "TRANSPARENT")
        if event.description:
            item.add("description", event.description)
        if event.category:
            item.add("categories", [event.category])
        cal.add_component(item)
    result: bytes = cal.to_ical()
    return result


def write(path: Path, name: str, events: Sequence[DayEvent], stamp: datetime | None = None) -> Path:
    path.write_bytes(calendar(name, events, stamp))
    return path
