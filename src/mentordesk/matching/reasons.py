"""Why a pair scores what it scores, in plain words and in the interface language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mentordesk.i18n import Text, as_language, current_language
from mentordesk.matching.profiles import People, Vocabulary
from mentordesk.matching.scoring import PairDetails

SEPARATOR = " · "

COVERS_ALL = Text(
    en="covers all {count} needs: {labels}", fr="couvre ses {count} besoins : {labels}"
)
COVERS_THE_NEED = Text(en="covers the need: {labels}", fr="couvre son besoin : {labels}")
COVERS_SOME = Text(
    en="covers {covered} of {count} needs: {labels}",
    fr="couvre {covered} besoins sur {count} : {labels}",
)
COVERS_ONE_OF = Text(
    en="covers 1 of {count} needs: {labels}", fr="couvre 1 besoin sur {count} : {labels}"
)
COVERS_NONE = Text(
    en="covers none of the needs ({labels})", fr="ne couvre aucun de ses besoins ({labels})"
)
MISSES_THE_NEED = Text(
    en="does not cover the need ({labels})", fr="ne couvre pas son besoin ({labels})"
)
NO_NEEDS = Text(en="no needs given", fr="aucun besoin indiqué")
BOTH_IN = Text(en="both in {city}", fr="tous deux à {city}")
APART = Text(en="{first} and {second}, {km} km apart", fr="{first} et {second}, à {km} km")
SAME_REGION = Text(en="same region: {region}", fr="même région : {region}")
SAME_COUNTRY = Text(en="same country", fr="même pays")
PLACE_IRRELEVANT = Text(
    en="remote meetings: place does not matter", fr="rencontres à distance : le lieu importe peu"
)
SPEAK = Text(en="both speak {languages}", fr="parlent {languages}")
NO_SHARED_LANGUAGE = Text(en="no language in common", fr="aucune langue en commun")
FORMAT_CLASH = Text(
    en="one wants to meet in person, the other remotely",
    fr="l'un veut se voir en personne, l'autre à distance",
)
MORE_EXPERIENCE = Text(en="{years} more years of experience", fr="{years} ans d'expérience de plus")
ONE_MORE_YEAR = Text(en="1 more year of experience", fr="1 an d'expérience de plus")
NO_LEAD = Text(
    en="the mentee has as much experience or more",
    fr="la personne mentorée a autant d'expérience ou plus",
)
AND = Text(en="and", fr="et")

RULE_BROKEN = {
    "share_language": Text(
        en="no language in common (required)", fr="aucune langue en commun (exigé)"
    ),
    "in_person_same_city": Text(
        en="not in the same city, yet one of them wants to meet in person",
        fr="pas dans la même ville, alors que l'un veut se voir en personne",
    ),
    "compatible_format": Text(
        en="one wants to meet in person only, the other remotely only",
        fr="l'un veut se voir en personne seulement, l'autre à distance seulement",
    ),
    "cover_a_need": Text(
        en="covers none of the mentee's needs (required)",
        fr="ne couvre aucun besoin de la personne mentorée (exigé)",
    ),
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "fr": "French",
        "en": "English",
        "es": "Spanish",
        "de": "German",
        "it": "Italian",
        "pt": "Portuguese",
        "nl": "Dutch",
        "ar": "Arabic",
        "zh": "Chinese",
        "ru": "Russian",
        "pl": "Polish",
        "ro": "Romanian",
        "tr": "Turkish",
        "ja": "Japanese",
    },
    "fr": {
        "fr": "français",
        "en": "anglais",
        "es": "espagnol",
        "de": "allemand",
        "it": "italien",
        "pt": "portugais",
        "nl": "néerlandais",
        "ar": "arabe",
        "zh": "chinois",
        "ru": "russe",
        "pl": "polonais",
        "ro": "roumain",
        "tr": "turc",
        "ja": "japonais",
    },
}


def language_name(code: str, language: str | None = None) -> str:
    lang = as_language(language) if language else current_language()
    return LANGUAGE_NAMES[lang].get(code, code.upper())


def join_words(words: Sequence[str], language: str | None = None) -> str:
    """ "a, b and c" / « a, b et c »."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {AND(language)} {words[-1]}"


class Explainer:
    """Writes the reasons of any pair of one batch."""

    def __init__(
        self,
        mentors: People,
        mentees: People,
        vocabulary: Vocabulary,
        topic_labels: Mapping[int, str],
        need_orders: Sequence[Sequence[int]],
        include_experience: bool,
    ) -> None:
        self._mentors = mentors
        self._mentees = mentees
        self._vocabulary = vocabulary
        self._labels = topic_labels
        self._need_orders = need_orders
        self._include_experience = include_experience

    def reasons(
        self, mentor_row: int, mentee_row: int, details: PairDetails, language: str | None = None
    ) -> list[str]:
        """Topics, place and language, in that order, then format and experience when they
        have something to say: « couvre 2 besoins sur 3 : Fixer son TJM, GitHub · tous deux
        à Lyon · parlent français » is three reasons."""
        lang = as_language(language) if language else current_language()
        found = [self._topics(mentee_row, details, lang)]
        place = self._place(mentor_row, mentee_row, details, lang)
        if place:
            found.append(place)
        spoken = self._languages(details, lang)
        if spoken:
            found.append(spoken)
        if not details.format_fit:
            found.append(FORMAT_CLASH(lang))
        if self._include_experience and details.experience_lead is not None:
            found.append(_experience(details.experience_lead, lang))
        return found

    def _topics(self, mentee_row: int, details: PairDetails, lang: str) -> str:
        order = list(self._need_orders[mentee_row])
        labels = [self._labels.get(topic, str(topic)) for topic in order]
        if not order:
            return NO_NEEDS(lang)
        covered_ids = {self._vocabulary.topic_ids[index] for index in details.covered}
        covered = [
            label for topic, label in zip(order, labels, strict=True) if topic in covered_ids
        ]
        count = len(order)
        if not covered:
            template = MISSES_THE_NEED if count == 1 else COVERS_NONE
            return template(lang, labels=", ".join(labels))
        if len(covered) == count:
            template = COVERS_THE_NEED if count == 1 else COVERS_ALL
            return template(lang, count=count, labels=", ".join(covered))
        template = COVERS_ONE_OF if len(covered) == 1 else COVERS_SOME
        return template(lang, covered=len(covered), count=count, labels=", ".join(covered))

    def _place(self, mentor_row: int, mentee_row: int, details: PairDetails, lang: str) -> str:
        mentor_city = self._mentors.city_names[mentor_row]
        mentee_city = self._mentees.city_names[mentee_row]
        if details.same_city:
            return BOTH_IN(lang, city=mentee_city or mentor_city)
        if details.place_relevance == 0.0:
            return PLACE_IRRELEVANT(lang)
        if details.distance_km is not None and details.nearby and mentor_city and mentee_city:
            return _apart(mentor_city, mentee_city, details.distance_km, lang)
        if details.same_region:
            return SAME_REGION(lang, region=self._mentees.region_names[mentee_row])
        if details.distance_km is not None and mentor_city and mentee_city:
            return _apart(mentor_city, mentee_city, details.distance_km, lang)
        if details.same_country:
            return SAME_COUNTRY(lang)
        return ""

    def _languages(self, details: PairDetails, lang: str) -> str:
        if not details.languages_known:
            return ""
        if details.shared_languages == 0:
            return NO_SHARED_LANGUAGE(lang)
        codes = [
            code
            for bit, code in enumerate(self._vocabulary.languages)
            if details.shared_languages >> bit & 1
        ]
        codes.sort(key=lambda code: (code != lang, code))
        return SPEAK(lang, languages=join_words([language_name(c, lang) for c in codes], lang))


def _apart(first: str, second: str, km: float, lang: str) -> str:
    return APART(lang, first=first, second=second, km=max(1, round(km)))


def _experience(lead: float, lang: str) -> str:
    years = round(lead)
    if years <= 0:
        return NO_LEAD(lang)
    if years == 1:
        return ONE_MORE_YEAR(lang)
    return MORE_EXPERIENCE(lang, years=years)


def broken_rule_texts(rules: Sequence[str], language: str | None = None) -> list[str]:
    return [RULE_BROKEN[rule](language) for rule in rules]
