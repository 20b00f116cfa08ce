"""A volunteer's role read from how people write it, in French and English.

Never by substring: « mentoré » contains "mentor". Texts are folded (no accents, no case,
punctuation as spaces, « (e) » and « (s) » endings dropped) and read word by word; phrases
that speak of *finding* a mentor mean a mentee.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mentordesk.domain.enums import Role

_INCLUSIVE_ENDING = re.compile(r"\((?:e|s|es|ne|nes)\)|[·.](?:e|s|es)\b", re.IGNORECASE)
_NON_WORD = re.compile(r"[^0-9a-z]+")

_MENTOR_WORDS = {
    "mentor", "mentors", "mentoring", "mentorer", "parrain", "parrains", "marraine",
    "marraines", "accompagnant", "accompagnante", "accompagnants", "accompagnateur",
    "accompagnatrice", "accompagner", "coach", "coacher", "tuteur", "tutrice",
}  # fmt: skip
_MENTEE_WORDS = {
    "mentore", "mentores", "mentoree", "mentorees", "mentee", "mentees", "mentored",
    "disciple", "disciples", "filleul", "filleule", "filleuls", "accompagne", "accompagnee",
    "accompagnes", "protege", "protegee", "apprenant", "apprenante", "coachee", "coached",
}  # fmt: skip
_SEEKING = (
    ("find", "a", "mentor"), ("finding", "a", "mentor"), ("looking", "for", "a", "mentor"),
    ("need", "a", "mentor"), ("want", "a", "mentor"), ("get", "a", "mentor"),
    ("have", "a", "mentor"), ("trouver", "un", "mentor"), ("cherche", "un", "mentor"),
    ("chercher", "un", "mentor"), ("avoir", "un", "mentor"), ("besoin", "d", "un", "mentor"),
    ("recherche", "un", "mentor"), ("etre", "mentore"), ("be", "mentored"),
    ("etre", "accompagne"), ("me", "faire", "accompagner"),
)  # fmt: skip
_GIVING = (("be", "a", "mentor"), ("become", "a", "mentor"), ("devenir", "mentor"),
           ("etre", "mentor"), ("as", "a", "mentor"), ("en", "tant", "que", "mentor"),
           ("accompagner", "un"), ("accompagner", "une"), ("accompagner", "des"))  # fmt: skip
_SEEKING_ROLE = (("en", "tant", "que", "mentore"), ("as", "a", "mentee"))


def _words(text: str) -> tuple[str, ...]:
    text = _INCLUSIVE_ENDING.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return tuple(_NON_WORD.sub(" ", plain).split())


def _has(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


@lru_cache(maxsize=4096)
def parse_role(text: str) -> Role | None:
    """The role a questionnaire answer, a sheet or a file name speaks of; None if unclear.

    "Mentor", "A mentor", « Je veux accompagner » → mentor; « Mentoré(e) », "Mentee",
    « Je veux être accompagné(e) (mentoré) », "I'm looking for a mentor" → mentee;
    "Mentor / Mentoré", « les deux », "" → None.
    """
    words = _words(text)
    if not words:
        return None
    seeking = any(_has(words, phrase) for phrase in (*_SEEKING, *_SEEKING_ROLE))
    giving = any(_has(words, phrase) for phrase in _GIVING)
    mentor = any(word in _MENTOR_WORDS for word in words)
    mentee = any(word in _MENTEE_WORDS for word in words)
    if seeking and not giving:
        return Role.MENTEE
    if giving and not seeking and not mentee:
        return Role.MENTOR
    if mentee and not mentor:
        return Role.MENTEE
    if mentor and not mentee and not seeking:
        return Role.MENTOR
    return None


def looks_like_role(value: object) -> bool:
    return isinstance(value, str) and parse_role(value) is not None
