"""Texts that plain-Python code shows a coordinator, in English and French.

The window translates its own widgets with Qt's translation files; services, reports
and messages that leave the core (import problems, score reasons, PDF pages) use
:class:`Text`, which keeps both languages side by side where the text is written.
"""

from __future__ import annotations

import locale
import string
from dataclasses import dataclass
from typing import Literal, get_args

Language = Literal["en", "fr"]
LANGUAGES: tuple[Language, ...] = get_args(Language)

_current: Language = "en"


def system_language() -> Language:
    """French when the system speaks French, English otherwise."""
    code = (locale.getlocale()[0] or "").lower()
    return "fr" if code.startswith("fr") else "en"


def set_language(language: str) -> None:
    global _current
    _current = as_language(language)


def current_language() -> Language:
    return _current


def as_language(value: str) -> Language:
    code = value.strip().lower()[:2]
    return "fr" if code == "fr" else "en"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Text:
    """One message in both languages, with ``{named}`` placeholders."""

    en: str
    fr: str

    def __call__(self, language: str | None = None, /, **params: object) -> str:
        lang = as_language(language) if language else _current
        template = self.fr if lang == "fr" else self.en
        return template.format(**params) if params else template
