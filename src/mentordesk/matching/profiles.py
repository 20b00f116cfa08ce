"""Volunteers as arrays: one row per person, the columns the scoring reads.

Names become integer codes shared by both sides (a city code is the same for a mentor
and a mentee living there), so comparing two people is an array comparison. Cities and
regions are compared by their accent- and case-free form within a country; topics by the
ids the import already resolved through labels and aliases, never by text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from mentordesk.domain.enums import FormatPreference
from mentordesk.domain.topics import topic_key

IN_PERSON, REMOTE, EITHER = 0, 1, 2
FORMAT_CODES = {
    FormatPreference.IN_PERSON: IN_PERSON,
    FormatPreference.REMOTE: REMOTE,
    FormatPreference.EITHER: EITHER,
}
UNKNOWN = -1
MAX_LANGUAGES = 63


@dataclass(frozen=True)
class Profile:
    """What the scoring needs to know about one volunteer."""

    topics: tuple[int, ...] = ()
    city: str = ""
    region: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    languages: tuple[str, ...] = ()
    format: FormatPreference = FormatPreference.EITHER
    experience: int | None = None


@dataclass(frozen=True)
class Vocabulary:
    """The names behind the codes, shared by the mentors' and the mentees' arrays."""

    topic_ids: tuple[int, ...]
    languages: tuple[str, ...]

    def topic_index(self) -> dict[int, int]:
        return {topic: index for index, topic in enumerate(self.topic_ids)}


@dataclass(frozen=True)
class People:
    """One side of a batch; row ``i`` of every array is person ``i``."""

    topics: npt.NDArray[np.bool_]
    city: npt.NDArray[np.int32]
    region: npt.NDArray[np.int32]
    country: npt.NDArray[np.int32]
    latitude: npt.NDArray[np.float64]
    longitude: npt.NDArray[np.float64]
    languages: npt.NDArray[np.int64]
    format: npt.NDArray[np.int8]
    experience: npt.NDArray[np.float64]
    city_names: tuple[str, ...]
    region_names: tuple[str, ...]

    def __len__(self) -> int:
        return int(self.city.shape[0])

    def take(self, rows: Sequence[int] | npt.NDArray[np.intp]) -> People:
        index = np.asarray(rows, dtype=np.intp)
        return People(
            topics=self.topics[index],
            city=self.city[index],
            region=self.region[index],
            country=self.country[index],
            latitude=self.latitude[index],
            longitude=self.longitude[index],
            languages=self.languages[index],
            format=self.format[index],
            experience=self.experience[index],
            city_names=tuple(self.city_names[i] for i in index.tolist()),
            region_names=tuple(self.region_names[i] for i in index.tolist()),
        )

    def need_counts(self) -> npt.NDArray[np.int32]:
        counts: npt.NDArray[np.int32] = self.topics.sum(axis=1, dtype=np.int32)
        return counts


class _Codes:
    def __init__(self) -> None:
        self.codes: dict[str, int] = {}

    def code(self, key: str) -> int:
        if not key:
            return UNKNOWN
        return self.codes.setdefault(key, len(self.codes))


@lru_cache(maxsize=4096)
def place_key(name: str, country: str) -> str:
    """« Saint-Étienne » and "saint-etienne " in one country are one place."""
    key = topic_key(name)
    return f"{country.strip().upper()}|{key}" if key else ""


def encode(
    mentors: Sequence[Profile], mentees: Sequence[Profile]
) -> tuple[People, People, Vocabulary]:
    """Both sides as arrays over one shared vocabulary."""
    everyone = [*mentors, *mentees]
    topic_ids = tuple(sorted({topic for profile in everyone for topic in profile.topics}))
    languages = tuple(
        sorted({code for p in everyone for code in (_language(raw) for raw in p.languages) if code})
    )
    if len(languages) > MAX_LANGUAGES:
        languages = languages[:MAX_LANGUAGES]
    vocabulary = Vocabulary(topic_ids=topic_ids, languages=languages)
    cities, regions, countries = _Codes(), _Codes(), _Codes()
    encode_side = _SideEncoder(vocabulary, cities, regions, countries)
    return encode_side(mentors), encode_side(mentees), vocabulary


def _language(raw: str) -> str:
    return raw.strip().lower()[:8]


class _SideEncoder:
    def __init__(
        self, vocabulary: Vocabulary, cities: _Codes, regions: _Codes, countries: _Codes
    ) -> None:
        self._topics = vocabulary.topic_index()
        self._languages = {code: 1 << bit for bit, code in enumerate(vocabulary.languages)}
        self._cities, self._regions, self._countries = cities, regions, countries

    def __call__(self, profiles: Sequence[Profile]) -> People:
        count = len(profiles)
        topics = np.zeros((count, len(self._topics)), dtype=bool)
        city = np.full(count, UNKNOWN, dtype=np.int32)
        region = np.full(count, UNKNOWN, dtype=np.int32)
        country = np.full(count, UNKNOWN, dtype=np.int32)
        latitude = np.full(count, np.nan)
        longitude = np.full(count, np.nan)
        languages = np.zeros(count, dtype=np.int64)
        formats = np.full(count, EITHER, dtype=np.int8)
        experience = np.full(count, np.nan)
        for row, profile in enumerate(profiles):
            for topic in profile.topics:
                topics[row, self._topics[topic]] = True
            nation = profile.country.strip().upper()
            city[row] = self._cities.code(place_key(profile.city, nation))
            region[row] = self._regions.code(place_key(profile.region, nation))
            country[row] = self._countries.code(nation)
            if profile.latitude is not None and profile.longitude is not None:
                latitude[row], longitude[row] = profile.latitude, profile.longitude
            mask = 0
            for raw in profile.languages:
                mask |= self._languages.get(_language(raw), 0)
            languages[row] = mask
            formats[row] = FORMAT_CODES.get(profile.format, EITHER)
            if profile.experience is not None:
                experience[row] = profile.experience
        return People(
            topics=topics,
            city=city,
            region=region,
            country=country,
            latitude=latitude,
            longitude=longitude,
            languages=languages,
            format=formats,
            experience=experience,
            city_names=tuple(profile.city.strip() for profile in profiles),
            region_names=tuple(profile.region.strip() for profile in profiles),
        )
