"""The volunteers' questionnaire: its fields, and each row read into one normalised answer.

No database here: :func:`read_answers` turns a mapped :class:`~mentordesk.io.tables.Table`
into :class:`Answer` records and :class:`Problem` reports; the import service writes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, Literal, cast

from mentordesk.domain.emails import is_valid_email, normalise_email
from mentordesk.domain.enums import FormatPreference, Role
from mentordesk.domain.roles import looks_like_role, parse_role
from mentordesk.i18n import Text
from mentordesk.io.columns import ColumnMapping, FieldSet, FieldSpec, fold
from mentordesk.io.gazetteer import find_place
from mentordesk.io.tables import CellValue, Location, Table, cell_text, column_letter
from mentordesk.io.values import (
    looks_like_bool,
    looks_like_count,
    looks_like_datetime,
    looks_like_email,
    parse_bool,
    parse_count,
    parse_datetime,
    split_choices,
)

DEFAULT_CAPACITY = 1
Severity = Literal["error", "warning"]

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
_ANONYMOUS = {"anonymous", "anonyme", "anonymous user"}


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
        and fold(text) not in _ANONYMOUS
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


@dataclass(frozen=True)
class Problem:
    """Something wrong at one place of the file, and what the coordinator can do about it."""

    location: Location
    message: str
    advice: str
    severity: Severity = "error"

    def as_json(self) -> dict[str, object]:
        text = f"{self.message} — {self.advice}" if self.advice else self.message
        return {
            "sheet": self.location.sheet,
            "row": self.location.row,
            "column": self.location.column_label,
            "message": text,
        }


@dataclass(frozen=True)
class Answer:
    """One volunteer's answer, normalised, with where it came from."""

    email: str
    role: Role
    location: Location
    first_name: str = ""
    last_name: str = ""
    capacity: int | None = None
    city: str = ""
    postcode: str = ""
    region: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    topics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    format_preference: FormatPreference = FormatPreference.EITHER
    availability: str = ""
    consent: bool = False
    comment: str = ""
    experience_years: int | None = None
    company: str = ""
    answered_at: datetime | None = None
    raw_answers: dict[str, str] = field(default_factory=dict)


INVALID_EMAIL = Text(
    en="{value!r} is not a valid e-mail address",
    fr="« {value} » n'est pas une adresse e-mail valide",
)
FIX_EMAIL = Text(
    en="correct the address in the file, then import it again",
    fr="corrigez l'adresse dans le fichier puis importez-le à nouveau",
)
MISSING_EMAIL = Text(
    en="no e-mail address: the row was skipped", fr="pas d'adresse e-mail : la ligne est ignorée"
)
ADD_EMAIL = Text(
    en="add the person's address in the file, then import it again",
    fr="ajoutez l'adresse de la personne dans le fichier puis réimportez-le",
)
UNKNOWN_ROLE = Text(
    en="unknown role {value!r}: neither mentor nor mentee",
    fr="rôle inconnu « {value} » : ni mentor ni mentoré(e)",
)
MISSING_ROLE = Text(en="no role given", fr="aucun rôle indiqué")
FIX_ROLE = Text(
    en="write « Mentor » or « Mentoré(e) » in the file, or choose the role when importing",
    fr="écrivez « Mentor » ou « Mentoré(e) » dans le fichier, ou choisissez le rôle à l'import",
)
BAD_CAPACITY = Text(
    en="capacity {value!r} is not a number", fr="la capacité « {value} » n'est pas un nombre"
)
FIX_CAPACITY = Text(
    en="write how many mentees this mentor can take (for example 2)",
    fr="indiquez combien de mentorés ce mentor peut suivre (par exemple 2)",
)
NO_CAPACITY = Text(
    en="no capacity given: {default} mentee assumed",
    fr="capacité non renseignée : {default} mentoré(e) par défaut",
)
CHECK_CAPACITY = Text(
    en="change it on the Volunteers page if needed",
    fr="modifiez-la si besoin dans la page Volontaires",
)
UNKNOWN_CITY = Text(
    en="city {value!r} not found in the offline gazetteer: kept as written, without coordinates",
    fr="ville « {value} » introuvable dans le répertoire "
    "hors ligne : gardée telle quelle, sans coordonnées",
)
CHECK_CITY = Text(
    en="check the spelling if distances matter for this person",
    fr="vérifiez l'orthographe si la distance compte pour cette personne",
)
SKIPPED = Text(en="row skipped", fr="ligne ignorée")


_Fields = dict[str, Any]


def _answer(fields: _Fields, *parts: _Fields) -> Answer:
    """An :class:`Answer` from ``fields`` and ``parts`` (shared, read once per distinct
    combination of cells), which together give every field: built without the frozen
    dataclass's ``object.__setattr__`` for each of its 22 fields (a fifth of the time of
    reading a row)."""
    answer = object.__new__(Answer)
    values = answer.__dict__
    values.update(fields)
    for part in parts:
        values.update(part)
    return answer


_Cells = tuple[CellValue, ...]
_PLAIN = frozenset({str, type(None)})


def _picker(columns: tuple[int, ...]) -> Callable[[_Cells], _Cells]:
    """The cells of ``columns`` in a row, as a tuple (C-level, for row after row)."""
    if not columns:
        return lambda row: ()
    if len(columns) == 1:
        column = columns[0]
        return lambda row: (row[column],)
    return cast(Callable[[_Cells], _Cells], itemgetter(*columns))


def _first(cells: _Cells) -> CellValue:
    for value in cells:
        if value is not None:
            return value
    return None


_MEMO_SIZE = 4096


class _Memo:
    """A function of a row's cells, remembered for cells that are all text or empty (``1``,
    ``1.0`` and ``True`` are equal keys but not the same answer, so other values are read
    afresh every time), up to ``_MEMO_SIZE`` combinations: cells that repeat do so early, and
    a file of answers all different costs no memory for nothing."""

    def __init__(self, columns: tuple[int, ...], read: Callable[[_Cells], Any]) -> None:
        self.columns = columns
        self.pick = _picker(columns)
        self.read = read
        self.known: dict[_Cells, Any] = {}

    def __call__(self, row: _Cells) -> Any:
        cells = self.pick(row)
        found = self.known.get(cells, self)
        if found is self:
            found = self.read(cells)
            if len(self.known) < _MEMO_SIZE and _PLAIN.issuperset(map(type, cells)):
                self.known[cells] = found
        return found


class _RowReader:
    def __init__(
        self,
        table: Table,
        mapping: ColumnMapping,
        default_role: Role | None,
        forced_role: Role | None,
        known_topics: Container[str],
        problems: list[Problem],
    ) -> None:
        self.table = table
        self.default_role = default_role
        self.forced_role = forced_role
        self.known_topics = known_topics
        self.problems = problems
        self.file = table.file.name
        self.raw_keys: list[str] = []
        seen: dict[str, int] = {}
        for index, header in enumerate(table.headers):
            name = header or f"@{column_letter(index)}"
            if name in seen:
                name = f"{name} ({column_letter(index)})"
            seen[name] = index
            self.raw_keys.append(name)
        columns = {spec.key: mapping.columns_of(spec.key) for spec in QUESTIONNAIRE_FIELDS}
        self.columns = columns
        self.names = _Memo(
            columns["first_name"] + columns["last_name"] + columns["full_name"], self._names
        )
        self.place = _Memo(columns["city"] + columns["postcode"], self._place)
        self.topics = {
            role: _Memo(columns[own] + columns["topics"], self._topics)
            for role, own in ((Role.MENTOR, "expertise"), (Role.MENTEE, "needs"))
        }
        self.details = _Memo(
            columns["languages"]
            + columns["format_preference"]
            + columns["consent"]
            + columns["availability"]
            + columns["comment"]
            + columns["experience_years"]
            + columns["company"],
            self._details,
        )

    def first(self, row: _Cells, key: str) -> tuple[CellValue, int | None]:
        for column in self.columns[key]:
            if row[column] is not None:
                return row[column], column
        columns = self.columns[key]
        return None, (columns[0] if columns else None)

    def _split(self, cells: _Cells, *keys: str) -> list[_Cells]:
        """``cells`` (picked for ``keys`` in that order) cut back into each key's cells."""
        parts = []
        start = 0
        for key in keys:
            end = start + len(self.columns[key])
            parts.append(cells[start:end])
            start = end
        return parts

    def _names(self, cells: _Cells) -> _Fields:
        firsts, lasts, fulls = self._split(cells, "first_name", "last_name", "full_name")
        first = _squash(cell_text(_first(firsts)))
        last = _squash(cell_text(_first(lasts)))
        full = _squash(cell_text(_first(fulls)))
        if fold(first) in _ANONYMOUS:
            first = ""
        if fold(last) in _ANONYMOUS:
            last = ""
        if fold(full) in _ANONYMOUS:
            full = ""
        if full and not last:
            if first:
                words = full.split()
                given = first.split()
                last = " ".join(words[len(given) :]) if words[: len(given)] == given else full
            else:
                first, last = split_full_name(full)
        return {"first_name": first, "last_name": last}

    def _place(self, cells: _Cells) -> tuple[_Fields, str]:
        """The place's fields, and the city as written when the gazetteer does not know it."""
        cities, postcodes = self._split(cells, "city", "postcode")
        city = _squash(cell_text(_first(cities)))
        postcode = _squash(cell_text(_first(postcodes)))
        place = find_place(city, postcode) if (city or postcode) else None
        if place is None:
            fields = {"city": city, "postcode": postcode, "region": "", "country": ""}
            return {**fields, "latitude": None, "longitude": None}, city
        return {
            "city": place.name,
            "postcode": place.postcode or postcode,
            "region": place.region,
            "country": place.country,
            "latitude": place.latitude,
            "longitude": place.longitude,
        }, ""

    def _topics(self, cells: _Cells) -> tuple[str, ...]:
        labels: list[str] = []
        for value in cells:
            labels.extend(split_choices(value, self.known_topics))
        return tuple(dict.fromkeys(labels))

    def _details(self, cells: _Cells) -> _Fields:
        """What an answer says beyond who and where."""
        languages_cells, format_cells, consent_cells, availability_cells, comment_cells, \
            experience_cells, company_cells = self._split(
                cells, "languages", "format_preference", "consent", "availability", "comment",
                "experience_years", "company",
            )  # fmt: skip
        languages: list[str] = []
        for value in languages_cells:
            languages.extend(parse_languages(value))
        return {
            "languages": tuple(dict.fromkeys(languages)),
            "format_preference": parse_format(_first(format_cells)) or FormatPreference.EITHER,
            "availability": "; ".join(_squash(cell_text(v)) for v in availability_cells if v),
            "consent": bool(parse_bool(_first(consent_cells))),
            "comment": "\n".join(cell_text(v).strip() for v in comment_cells if v is not None),
            "experience_years": parse_count(_first(experience_cells)),
            "company": _squash(cell_text(_first(company_cells))),
        }

    def problem(self, index: int, column: int | None, message: str, advice: str,
                severity: Severity = "error") -> None:  # fmt: skip
        self.problems.append(Problem(self.table.location(index, column), message, advice, severity))

    def read(self, index: int) -> Answer | None:
        row = self.table.rows[index]
        raw = {
            key: (v if v.__class__ is str else cell_text(v))
            for key, v in zip(self.raw_keys, row, strict=False)
            if v is not None
        }
        email_value, email_column = self.first(row, "email")
        email = normalise_email(cell_text(email_value))
        if not email:
            self.problem(index, email_column, MISSING_EMAIL(), ADD_EMAIL())
            return None
        if not is_valid_email(email):
            self.problem(index, email_column, f"{INVALID_EMAIL(value=email)} — {SKIPPED()}",
                         FIX_EMAIL())  # fmt: skip
            return None
        role = self.forced_role
        if role is None:
            role_value, role_column = self.first(row, "role")
            text = cell_text(role_value).strip()
            if text:
                role = parse_role(text)
                if role is None:
                    self.problem(index, role_column, f"{UNKNOWN_ROLE(value=text)} — {SKIPPED()}",
                                 FIX_ROLE())  # fmt: skip
                    return None
            else:
                role = self.default_role
            if role is None:
                self.problem(index, role_column, f"{MISSING_ROLE()} — {SKIPPED()}", FIX_ROLE())
                return None
        capacity: int | None = None
        if role is Role.MENTOR:
            value, column = self.first(row, "capacity")
            if value is None:
                capacity = DEFAULT_CAPACITY
                if self.columns["capacity"]:
                    self.problem(index, column, NO_CAPACITY(default=DEFAULT_CAPACITY),
                                 CHECK_CAPACITY(), "warning")  # fmt: skip
            else:
                capacity = parse_count(value)
                if capacity is None or capacity < 0:
                    self.problem(index, column,
                                 f"{BAD_CAPACITY(value=cell_text(value))} — {SKIPPED()}",
                                 FIX_CAPACITY())  # fmt: skip
                    return None
        place, unknown_city = self.place(row)
        if unknown_city:
            _, column = self.first(row, "city")
            self.problem(index, column, UNKNOWN_CITY(value=unknown_city), CHECK_CITY(), "warning")
        answered_value, _ = self.first(row, "answered_at")
        own = {
            "email": email,
            "role": role,
            "location": Location(self.file, self.table.sheet, self.table.row_numbers[index]),
            "capacity": capacity,
            "topics": self.topics[role](row),
            "answered_at": parse_datetime(answered_value),
            "raw_answers": raw,
        }
        return _answer(own, self.names(row), place, self.details(row))


@lru_cache(maxsize=65536)
def _squash(text: str) -> str:
    """Runs of spaces and line breaks as one space, none at the ends (answers repeat a lot)."""
    return " ".join(text.split())


def split_full_name(full: str) -> tuple[str, str]:
    """« Marie Dupont » → (Marie, Dupont); « DUPONT Marie » → (Marie, DUPONT); one word is a
    first name. Accents and hyphens are kept."""
    words = full.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], ""
    upper = [w.isupper() and len(w) > 1 for w in words]
    if upper[0] and not all(upper):
        split = upper.index(False)
        return " ".join(words[split:]), " ".join(words[:split])
    return words[0], " ".join(words[1:])


def read_answers(
    table: Table,
    mapping: ColumnMapping,
    *,
    default_role: Role | None = None,
    forced_role: Role | None = None,
    known_topics: Container[str] = (),
    problems: list[Problem] | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Answer], list[Problem]]:
    """Every row of ``table`` as an :class:`Answer`, or a problem saying why not.

    ``forced_role`` overrides the file; ``default_role`` (from the sheet's or the file's
    name) fills rows whose role is blank. ``known_topics`` holds the folded labels and
    aliases of the programme's topics, so labels containing a comma stay whole.
    """
    found: list[Problem] = [] if problems is None else problems
    known = (
        known_topics
        if isinstance(known_topics, frozenset)
        else frozenset(cast(Iterable[str], known_topics))
    )
    reader = _RowReader(table, mapping, default_role, forced_role, known, found)
    answers: list[Answer] = []
    for index in range(len(table.rows)):
        if progress is not None and index % 500 == 0:
            progress(index)
        answer = reader.read(index)
        if answer is not None:
            answers.append(answer)
    return answers, found


def looks_like_questionnaire(mapping: ColumnMapping) -> bool:
    return bool(mapping.columns_of("email"))
