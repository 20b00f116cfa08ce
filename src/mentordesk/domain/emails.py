"""A person's e-mail address is their identity: one normal form, one validity rule."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}$")


def normalise_email(raw: str) -> str:
    """Trim and case-fold an address; two spellings of one address give one string."""
    return raw.strip().casefold()


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value)) and ".." not in value
