"""The volunteers' questionnaire's fields, and how each kind of answer is recognised and read.

:data:`QUESTIONNAIRE_FIELDS` tells the columns of a form's export apart by their headers and
values; the ``parse_*`` functions read a cell (languages, meeting format) into plain values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from mentordesk.domain.enums import FormatPreference
from mentordesk.domain.roles import looks_like_role
from mentordesk.i18n import Text
from mentordesk.io.columns import FieldSet, FieldSpec, fold
from mentordesk.io.gazetteer import find_place
from mentordesk.io.tables import CellValue, cell_text
from mentordesk.io.values import (
    looks_like_bool,
    looks_like_count,
    looks_like_datetime,
    looks_like_email,
)

_LANGUAGES = {
    "fr": ("francais", "french", "fr", "francaise", "fra"),
    "en": ("anglais", "english", "en", "anglaise", "eng"),
    "es": ("espagnol", "spanish", "es", "espanol", "castillan"),
    "de": ("allemand", "german", "de", "deutsch"),
    "it": ("italien", "italian", "it", "italiano"),
    "pt": ("portugais", "portuguese", "pt", "portugues"),
    "ar": ("arabe", "arabic", "ar"),
    "zh": ("chinois", "chinese", "mandarin", "zh"),
    "nl": ("neerlandais", "dutch", "nl", "flamand"),
    "ru": ("russe", "russian", "ru"),
    "ja": ("japonais", "japanese", "ja"),
    "pl": ("polonais", "polish", "pl"),
    "ro": ("roumain", "romanian", "ro"),
    "tr": ("turc", "turkish", "tr"),
    "uk": ("ukrainien", "ukrainian", "uk"),
    "wo": ("wolof", "wo"),
    "ln": ("lingala", "ln"),
    "vi": ("vietnamien", "vietnamese", "vi"),
    "hi": ("hindi", "hi"),
    "br": ("breton", "br"),
    "ca": ("catalan", "ca"),
    "eu": ("basque", "eu"),
    "sw": ("swahili", "sw"),
    "he": ("hebreu", "hebrew", "he"),
    "el": ("grec", "greek", "el"),
    "lsf": ("lsf", "langue des signes", "langue des signes francaise", "sign language"),
}
_LANGUAGE_CODES = {word: code for code, words in _LANGUAGES.items() for word in words}
_LANGUAGE_SPLIT = re.compile(r"[,;/&+\n]|\bet\b|\band\b|\bou\b|\bor\b", re.IGNORECASE)

_IN_PERSON = {"presentiel", "en personne", "in person", "face a face", "face to face",
              "physique", "sur place", "in real life", "irl", "en vrai", "rencontre physique",
              "offline"}  # fmt: skip
_REMOTE = {"distance", "a distance", "distanciel", "remote", "visio", "visioconference",
           "en ligne", "online", "video", "telephone", "phone", "zoom", "teams", "google meet",
           "virtual", "virtuel"}  # fmt: skip
_EITHER = {"les deux", "both", "either", "peu importe", "indifferent", "hybride", "hybrid",
           "pas de preference", "no preference", "mixte", "l un ou l autre", "any",
           "no matter", "doesn t matter", "sans preference"}  # fmt: skip
ANONYMOUS = {"anonymous", "anonyme", "anonymous user"}


def parse_languages(value: CellValue) -> list[str]:
    """Codes from « Français, anglais » or "French and English"; unknown ones kept as written."""
    return list(_languages(cell_text(value)))


@lru_cache(maxsize=4096)
def _languages(text: str) -> tuple[str, ...]:
    result: list[str] = []
    for piece in _LANGUAGE_SPLIT.split(text):
        key = fold(piece)
        if not key:
            continue
        result.append(_LANGUAGE_CODES.get(key, " ".join(piece.split())))
    return tuple(dict.fromkeys(result))


def looks_like_languages(value: CellValue) -> bool:
    pieces = [fold(p) for p in _LANGUAGE_SPLIT.split(cell_text(value)) if fold(p)]
    return bool(pieces) and all(piece in _LANGUAGE_CODES for piece in pieces)


def _phrase_in(text: str, phrases: set[str]) -> bool:
    padded = f" {text} "
    return any(f" {phrase} " in padded for phrase in phrases)


def parse_format(value: CellValue) -> FormatPreference | None:
    """In person, remote or either, from « Présentiel », "Remote", « Les deux »…"""
    return _format(cell_text(value))


@lru_cache(maxsize=1024)
def _format(raw: str) -> FormatPreference | None:
    text = fold(raw)
    if not text:
        return None
    if _phrase_in(text, _EITHER):
        return FormatPreference.EITHER
    in_person = _phrase_in(text, _IN_PERSON)
    remote = _phrase_in(text, _REMOTE)
    if in_person and remote:
        return FormatPreference.EITHER
    if in_person:
        return FormatPreference.IN_PERSON
    if remote:
        return FormatPreference.REMOTE
    return None


def looks_like_format(value: CellValue) -> bool:
    return parse_format(value) is not None


def looks_like_city(value: CellValue) -> bool:
    return (
        isinstance(value, str)
        and not any(c.isdigit() for c in value[:1])
        and (len(value) < 60 and find_place(value, abroad=False) is not None)
    )


def looks_like_name(value: CellValue) -> bool:
    """A person's name: short text, not "anonymous", not an address, not a number."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return (
        0 < len(text.split()) <= 6
        and fold(text) not in ANONYMOUS
        and "@" not in text
        and not any(c.isdigit() for c in text)
    )


def looks_like_postcode(value: CellValue) -> bool:
    text = cell_text(value).strip()
    return len(text) == 5 and text.isdigit()


def _field(
    key: str,
    en: str,
    fr: str,
    synonyms: tuple[str, ...],
    sniffer: Callable[[CellValue], bool] | None = None,
    **options: object,
) -> FieldSpec:
    return FieldSpec(key, Text(en=en, fr=fr), synonyms, sniffer, **options)  # type: ignore[arg-type]


QUESTIONNAIRE_FIELDS = FieldSet(
    (
        _field("answered_at", "Answered at", "Date de réponse",
               ("horodateur", "horodatage", "timestamp", "completion time", "heure de fin",
                "submit date", "submitted at", "date de soumission", "date de reponse",
                "date", "submitted", "end time"),
               looks_like_datetime),
        _field("email", "E-mail", "E-mail",
               ("email", "e mail", "adresse e mail", "adresse email", "adresse mail", "courriel",
                "mail", "email address", "votre email", "your email", "adresse electronique"),
               looks_like_email, values_decide=True, required=True, min_share=0.5,
               marks_data=True),
        _field("first_name", "First name", "Prénom",
               ("prenom", "first name", "firstname", "given name", "votre prenom"),
               looks_like_name),
        _field("last_name", "Last name", "Nom",
               ("nom", "nom de famille", "last name", "lastname", "surname", "family name"),
               looks_like_name),
        _field("full_name", "Full name", "Nom complet",
               ("nom complet", "full name", "name", "nom et prenom", "prenom et nom",
                "nom prenom", "prenom nom", "votre nom", "your name", "identite"),
               looks_like_name),
        _field("role", "Role", "Rôle",
               ("role", "vous etes", "je suis", "profil", "statut", "en tant que", "i am",
                "i want to", "je souhaite", "je veux", "participer", "mentor ou mentore",
                "mentor or mentee", "type de participation", "participation"),
               looks_like_role, values_decide=True, detect_alone=True, min_share=0.3),
        _field("city", "City", "Ville",
               ("ville", "city", "commune", "localite", "town", "ville de residence",
                "lieu de residence", "ou habitez vous", "where do you live", "localisation",
                "location", "based in", "residence"),
               looks_like_city, detect_alone=True),
        _field("postcode", "Postcode", "Code postal",
               ("code postal", "postcode", "post code", "postal code", "zip", "zip code", "cp"),
               looks_like_postcode, detect_alone=True, min_share=0.8),
        _field("needs", "Needs (mentees)", "Besoins (mentorés)",
               ("besoins", "besoin", "needs", "vos besoins", "your needs", "problematiques",
                "problematique", "sur quoi souhaitez vous etre accompagne", "help with",
                "what do you need", "attentes"),
               multiple=True),
        _field("expertise", "Expertise (mentors)", "Expertise (mentors)",
               ("expertise", "expertises", "domaines d expertise", "domaine d expertise",
                "competences", "skills", "areas of expertise", "vous pouvez accompagner sur",
                "pouvez vous accompagner", "can help with", "savoir faire"),
               multiple=True),
        _field("topics", "Topics", "Thématiques",
               ("thematiques", "thematique", "sujets", "topics", "themes", "domaines",
                "sujets d accompagnement", "topic"),
               multiple=True),
        _field("capacity", "Capacity (mentors)", "Capacité (mentors)",
               ("capacite", "capacity", "nombre de mentores", "combien de mentores",
                "nb de mentores", "nb mentores", "nombre max de mentores", "mentores max",
                "how many mentees", "number of mentees", "nombre de personnes",
                "combien de personnes", "max mentees"),
               looks_like_count),
        _field("languages", "Languages", "Langues",
               ("langues", "langue", "languages", "language", "langues parlees",
                "spoken languages", "quelles langues"),
               looks_like_languages, detect_alone=True, min_share=0.8),
        _field("format_preference", "Format", "Format",
               ("format", "format prefere", "modalite", "modalites", "preferred format",
                "meeting format", "presentiel ou distance", "in person or remote",
                "mode de rencontre", "rencontres"),
               looks_like_format, detect_alone=True, min_share=0.8),
        _field("availability", "Availability", "Disponibilités",
               ("disponibilites", "disponibilite", "availability", "creneaux",
                "quand etes vous disponible", "when are you available", "dispos")),
        _field("consent", "Consent", "Consentement",
               ("consentement", "consent", "rgpd", "gdpr", "donnees personnelles",
                "personal data", "j accepte", "i agree", "acceptez vous", "autorisation"),
               looks_like_bool),
        _field("comment", "Comment", "Commentaire",
               ("commentaire", "commentaires", "comment", "comments", "remarques", "remarque",
                "autre chose", "anything else", "precisions", "message", "notes", "un mot",
                "mot pour l equipe", "a word for the team", "autre chose a ajouter")),
        _field("experience_years", "Years of experience", "Années d'expérience",
               ("annees d experience", "years of experience", "experience", "anciennete",
                "depuis combien de temps"),
               looks_like_count),
        _field("company", "Company", "Entreprise",
               ("entreprise", "societe", "company", "employeur", "employer", "structure",
                "organisation", "organization")),
    ),
    choices_field="topics",
)  # fmt: skip
