"""``mailto:`` links (RFC 6068) that open a pre-filled message in the coordinator's mail program."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

LONG_LINK = 2000
"""Beyond about this many characters, some mail programs (Outlook on Windows) cut the link."""


def mailto_url(recipients: Sequence[str], subject: str, body: str) -> str:
    to = ",".join(quote(address, safe="@") for address in recipients)
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(crlf_body, safe='')}"
