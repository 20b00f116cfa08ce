"""E-mail drafts as ``.eml`` files that any mail program opens, ready to be checked and sent.

The file has no sender and no date: the mail program fills them in when the coordinator sends
it. ``X-Unsent: 1`` tells Outlook to open it as a draft rather than as a received message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

_UNSAFE = re.compile(r"[^a-z0-9]+")


def draft(recipients: Sequence[tuple[str, str]], subject: str, body: str) -> EmailMessage:
    """A draft to ``recipients`` (display name, address), in UTF-8 plain text."""
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = [_address(name, email) for name, email in recipients]
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(body)
    return message


def write(message: EmailMessage, path: Path) -> Path:
    path.write_bytes(message.as_bytes())
    return path


def file_stem(*parts: str) -> str:
    """An ASCII file name every system accepts: « Léa Dubois » → ``lea-dubois``."""
    words = []
    for part in parts:
        folded = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode().lower()
        words.append(_UNSAFE.sub("-", folded).strip("-") or "x")
    return "--".join(words)[:120]


def _address(name: str, email: str) -> Address:
    local, _, domain = email.rpartition("@")
    return Address(display_name=name, username=local, domain=domain)
