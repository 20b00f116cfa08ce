"""The Meetings page: overview, meeting log, duos to nudge, introductions and timeline."""
