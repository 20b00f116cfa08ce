"""The parts of the Meetings page: meeting log, duos to nudge, introductions, timeline."""
