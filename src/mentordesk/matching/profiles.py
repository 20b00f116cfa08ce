"""Volunteers as arrays: one row per person, the columns the scoring reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from mentordesk.domain.enums import FormatPreference
from mentordesk.domain.topics import topic_key

IN_PERSON, REMOTE, EITHER = 0, 1, 2
FORMAT_CODES: dict[str, int] = {
    FormatPreference.IN_PERSON: IN_PERSON,
    FormatPreference.REMOTE: REMOTE,
    FormatPreference.EITHER: EITHER,
}
"""Keyed by the stored text too: a format read as text finds its code."""
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


@dataclass(frozen=True)
class SideColumns:
    """One side's answers column by column, as a query returns them: entry ``i`` is person ``i``.

    Topics come as links: person ``topic_rows[k]`` has topic ``topic_ids[k]``. Reading a
    batch this way needs no object per person, which is what keeps one person's suggestions
    among thousands quick.
    """

    city: Sequence[str]
    region: Sequence[str]
    country: Sequence[str]
    latitude: Sequence[float | None]
    longitude: Sequence[float | None]
    languages: Sequence[tuple[str, ...]]
    format: Sequence[str]
    experience: Sequence[int | float | None]
    topic_rows: Sequence[int] | npt.NDArray[np.integer[Any]] = ()
    topic_ids: Sequence[int] | npt.NDArray[np.integer[Any]] = ()

    def __len__(self) -> int:
        return len(self.city)

    @classmethod
    def of(cls, profiles: Sequence[Profile]) -> SideColumns:
        return cls(
            city=[p.city for p in profiles],
            region=[p.region for p in profiles],
            country=[p.country for p in profiles],
            latitude=[p.latitude for p in profiles],
            longitude=[p.longitude for p in profiles],
            languages=[p.languages for p in profiles],
            format=[p.format for p in profiles],
            experience=[p.experience for p in profiles],
            topic_rows=[row for row, p in enumerate(profiles) for _ in p.topics],
            topic_ids=[topic for p in profiles for topic in p.topics],
        )


def encode(
    mentors: Sequence[Profile], mentees: Sequence[Profile]
) -> tuple[People, People, Vocabulary]:
    """Both sides as arrays over one shared vocabulary."""
    return encode_columns(SideColumns.of(mentors), SideColumns.of(mentees))


def encode_columns(mentors: SideColumns, mentees: SideColumns) -> tuple[People, People, Vocabulary]:
    """Both sides, given column by column, as arrays over one shared vocabulary.

    Names become integer codes shared by both sides (a city code is the same for a mentor
    and a mentee living there), so comparing two people is an array comparison. Cities and
    regions are compared by their accent- and case-free form within a country; topics by
    the ids the import already resolved through labels and aliases, never by text.
    """
    topic_ids = tuple(sorted({*mentors.topic_ids, *mentees.topic_ids}))
    spoken = {*mentors.languages, *mentees.languages}
    languages = tuple(
        sorted({code for codes in spoken for code in (_language(raw) for raw in codes) if code})
    )
    if len(languages) > MAX_LANGUAGES:
        languages = languages[:MAX_LANGUAGES]
    vocabulary = Vocabulary(topic_ids=topic_ids, languages=languages)
    encode_side = _SideEncoder(vocabulary)
    return encode_side(mentors), encode_side(mentees), vocabulary


def _language(raw: str) -> str:
    return raw.strip().lower()[:8]


class _SideEncoder:
    """Turns columns into arrays; the codes of places are shared by every side it encodes."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._topics = np.array(vocabulary.topic_ids, dtype=np.int64)
        self._languages = {code: 1 << bit for bit, code in enumerate(vocabulary.languages)}
        self._masks: dict[tuple[str, ...], int] = {}
        self._cities, self._regions, self._countries = _Codes(), _Codes(), _Codes()
        self._places: dict[tuple[str, str, str], tuple[int, int, int]] = {}

    def __call__(self, side: SideColumns) -> People:
        count = len(side)
        topics = np.zeros((count, len(self._topics)), dtype=bool)
        if len(side.topic_ids):
            columns = np.searchsorted(self._topics, np.asarray(side.topic_ids, dtype=np.int64))
            topics[np.asarray(side.topic_rows, dtype=np.intp), columns] = True
        places = np.array(
            [
                self._place(city, region, country)
                for city, region, country in zip(side.city, side.region, side.country, strict=True)
            ],
            dtype=np.int32,
        ).reshape(count, 3)
        latitude = np.array(side.latitude, dtype=np.float64).reshape(count)
        longitude = np.array(side.longitude, dtype=np.float64).reshape(count)
        unplaced = np.isnan(latitude) | np.isnan(longitude)
        latitude[unplaced] = np.nan
        longitude[unplaced] = np.nan
        return People(
            topics=topics,
            city=np.ascontiguousarray(places[:, 0]),
            region=np.ascontiguousarray(places[:, 1]),
            country=np.ascontiguousarray(places[:, 2]),
            latitude=latitude,
            longitude=longitude,
            languages=np.array([self._mask(codes) for codes in side.languages], dtype=np.int64),
            format=np.array(
                [FORMAT_CODES.get(value, EITHER) for value in side.format], dtype=np.int8
            ).reshape(count),
            experience=np.array(side.experience, dtype=np.float64).reshape(count),
            city_names=tuple(name.strip() for name in side.city),
            region_names=tuple(name.strip() for name in side.region),
        )

    def _place(self, city: str, region: str, country: str) -> tuple[int, int, int]:
        key = (city, region, country)
        codes = self._places.get(key)
        if codes is None:
            nation = country.strip().upper()
            codes = (
                self._cities.code(place_key(city, nation)),
                self._regions.code(place_key(region, nation)),
                self._countries.code(nation),
            )
            self._places[key] = codes
        return codes

    def _mask(self, codes: tuple[str, ...]) -> int:
        mask = self._masks.get(codes)
        if mask is None:
            mask = 0
            for raw in codes:
                mask |= self._languages.get(_language(raw), 0)
            self._masks[codes] = mask
        return mask
