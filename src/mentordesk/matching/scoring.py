"""Scores of mentor–mentee pairs, vectorised over a whole batch.

Each criterion gives a fit between 0 and 1; the score is their weighted mean on a 0–100
scale, with the batch's weights:

- **topics**: the share of the mentee's needs the mentor's expertise covers (same topic
  ids, so labels and aliases already agree, and "GitHub" never matches "GitHub Actions").
- **place**: 1 in the same city; 0.5 to 0.9 for cities closer than ``nearby_km`` (closer is
  better); 0.4 in the same region; 0.2 in the same country; 0 otherwise. Place counts fully
  when either person wants to meet in person, half when both accept either, not at all
  when one of them prefers remote meetings (the pair then gets the full fit).
- **language**: 1 when they share a language, 0 when they share none, 0.5 when unknown.
- **format**: 0 when one wants in-person meetings only and the other remote only, else 1.
- **experience**: the mentor's lead in years, reaching 1 at ``EXPERIENCE_LEAD`` years;
  0.5 when unknown.

The hard rules turn into the ``allowed`` mask the solver obeys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from mentordesk.matching.profiles import IN_PERSON, UNKNOWN, People
from mentordesk.matching.settings import CRITERIA, MatchSettings

EARTH_RADIUS_KM = 6371.0088
EXPERIENCE_LEAD = 5.0
SAME_CITY, NEARBY_BEST, NEARBY_WORST, SAME_REGION, SAME_COUNTRY = 1.0, 0.9, 0.5, 0.4, 0.2
BLOCK_ELEMENTS = 1 << 20

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

# Indexed [mentor format, mentee format] with IN_PERSON = 0, REMOTE = 1, EITHER = 2.
PLACE_RELEVANCE = np.array([[1.0, 1.0, 1.0], [1.0, 0.0, 0.0], [1.0, 0.0, 0.5]])
FORMAT_FIT = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 1.0]])


@dataclass(frozen=True)
class ScoreMatrix:
    scores: FloatArray
    allowed: BoolArray


@dataclass(frozen=True)
class PairDetails:
    """Everything the reasons of one pair are written from."""

    score: float
    allowed: bool
    covered: tuple[int, ...]
    needs: int
    same_city: bool
    distance_km: float | None
    nearby: bool
    same_region: bool
    same_country: bool
    place_relevance: float
    shared_languages: int
    languages_known: bool
    format_fit: bool
    experience_lead: float | None
    broken_rules: tuple[str, ...]


class _Side:
    """One side's arrays, reshaped so that they broadcast against the other side."""

    def __init__(self, people: People, reshape: Callable[[Any], Any]):
        self.city = reshape(people.city)
        self.region = reshape(people.region)
        self.country = reshape(people.country)
        self.latitude = reshape(np.radians(people.latitude))
        self.longitude = reshape(np.radians(people.longitude))
        self.languages = reshape(people.languages)
        self.format = reshape(people.format)
        self.experience = reshape(people.experience)


@dataclass
class _Parts:
    fits: dict[str, FloatArray]
    allowed: BoolArray
    same_city: BoolArray
    distance: FloatArray
    nearby: BoolArray
    same_region: BoolArray
    same_country: BoolArray
    relevance: FloatArray
    shared: npt.NDArray[np.int64]
    known: BoolArray
    format_fit: FloatArray
    lead: FloatArray
    broken: dict[str, BoolArray]


def haversine_km(
    lat1: FloatArray, lon1: FloatArray, lat2: FloatArray, lon2: FloatArray
) -> FloatArray:
    """Great-circle distance between points given in radians; NaN where a point is unknown."""
    half = np.sin((lat2 - lat1) / 2.0) ** 2 + np.cos(lat1) * np.cos(lat2) * (
        np.sin((lon2 - lon1) / 2.0) ** 2
    )
    result: FloatArray = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(half, 0.0, 1.0)))
    return result


def _evaluate(
    mentor: _Side,
    mentee: _Side,
    covered: FloatArray,
    needs: FloatArray,
    settings: MatchSettings,
) -> _Parts:
    rules = settings.rules
    topic_fit = np.divide(
        covered, needs, out=np.zeros(np.broadcast(covered, needs).shape), where=needs > 0
    )

    same_city = (mentor.city == mentee.city) & (mentor.city != UNKNOWN)
    same_region = (mentor.region == mentee.region) & (mentor.region != UNKNOWN)
    same_country = (mentor.country == mentee.country) & (mentor.country != UNKNOWN)
    distance = haversine_km(mentor.latitude, mentor.longitude, mentee.latitude, mentee.longitude)
    near_km = max(settings.nearby_km, 1e-9)
    nearby = distance <= settings.nearby_km
    place = np.where(same_country, SAME_COUNTRY, 0.0)
    place = np.where(same_region, SAME_REGION, place)
    closeness = NEARBY_WORST + (NEARBY_BEST - NEARBY_WORST) * (1.0 - distance / near_km)
    place = np.where(nearby, np.maximum(place, closeness), place)
    place = np.where(same_city, SAME_CITY, place)
    relevance = PLACE_RELEVANCE[mentor.format, mentee.format]
    place_fit = relevance * place + (1.0 - relevance)

    shared = mentor.languages & mentee.languages
    known = (mentor.languages != 0) & (mentee.languages != 0)
    language_fit = np.where(known, np.where(shared != 0, 1.0, 0.0), 0.5)

    format_fit = FORMAT_FIT[mentor.format, mentee.format]

    lead = mentor.experience - mentee.experience
    experience_fit = np.where(
        np.isnan(lead), 0.5, np.clip(np.nan_to_num(lead) / EXPERIENCE_LEAD, 0.0, 1.0)
    )

    fits = {
        "topics": topic_fit,
        "place": place_fit,
        "language": language_fit,
        "format": format_fit,
        "experience": experience_fit,
    }
    broken = {
        "share_language": known & (shared == 0),
        "in_person_same_city": ((mentor.format == IN_PERSON) | (mentee.format == IN_PERSON))
        & ~same_city,
        "compatible_format": format_fit == 0.0,
        "cover_a_need": (covered == 0) & (needs > 0),
    }
    allowed = np.ones(np.broadcast(covered, same_city).shape, dtype=bool)
    for rule, violated in broken.items():
        if getattr(rules, rule):
            allowed &= ~violated
    return _Parts(
        fits=fits,
        allowed=allowed,
        same_city=same_city,
        distance=distance,
        nearby=nearby,
        same_region=same_region,
        same_country=same_country,
        relevance=relevance,
        shared=shared,
        known=known,
        format_fit=format_fit,
        lead=lead,
        broken=broken,
    )


def _combine(parts: _Parts, settings: MatchSettings) -> FloatArray:
    weights = settings.weights
    total = weights.total()
    score = np.zeros(parts.allowed.shape)
    if total <= 0:
        return score
    for name in CRITERIA:
        weight = getattr(weights, name)
        if weight:
            score += weight * parts.fits[name]
    score *= 100.0 / total
    np.clip(score, 0.0, 100.0, out=score)
    return score


def score_matrix(mentors: People, mentees: People, settings: MatchSettings) -> ScoreMatrix:
    """Scores and allowed pairs for every mentor (row) and mentee (column)."""
    rows, cols = len(mentors), len(mentees)
    scores = np.zeros((rows, cols))
    allowed = np.zeros((rows, cols), dtype=bool)
    if rows == 0 or cols == 0:
        return ScoreMatrix(scores, allowed)
    mentor_side = _Side(mentors, lambda a: a[:, None])
    mentor_topics = mentors.topics.astype(np.float32)
    needs = mentees.need_counts().astype(np.float64)
    block = max(1, BLOCK_ELEMENTS // rows)
    for start in range(0, cols, block):
        stop = min(start + block, cols)
        part = mentees.take(np.arange(start, stop))
        covered = (mentor_topics @ part.topics.astype(np.float32).T).astype(np.float64)
        parts = _evaluate(
            mentor_side,
            _Side(part, lambda a: a[None, :]),
            covered,
            needs[None, start:stop],
            settings,
        )
        scores[:, start:stop] = _combine(parts, settings)
        allowed[:, start:stop] = parts.allowed
    return ScoreMatrix(scores, allowed)


def score_pairs(
    mentors: People,
    mentees: People,
    mentor_rows: npt.ArrayLike,
    mentee_rows: npt.ArrayLike,
    settings: MatchSettings,
) -> ScoreMatrix:
    """Scores of the pairs (mentor_rows[k], mentee_rows[k]), as 1-D arrays."""
    parts = _pair_parts(mentors, mentees, mentor_rows, mentee_rows, settings)
    return ScoreMatrix(_combine(parts, settings), parts.allowed)


def _pair_parts(
    mentors: People,
    mentees: People,
    mentor_rows: npt.ArrayLike,
    mentee_rows: npt.ArrayLike,
    settings: MatchSettings,
) -> _Parts:
    left = mentors.take(np.asarray(mentor_rows, dtype=np.intp).ravel())
    right = mentees.take(np.asarray(mentee_rows, dtype=np.intp).ravel())
    covered = (left.topics & right.topics).sum(axis=1).astype(np.float64)
    needs = right.need_counts().astype(np.float64)
    return _evaluate(_Side(left, lambda a: a), _Side(right, lambda a: a), covered, needs, settings)


def pair_details(
    mentors: People, mentees: People, mentor_row: int, mentee_row: int, settings: MatchSettings
) -> PairDetails:
    """The figures behind one pair's score, for its reasons and its conflicts."""
    parts = _pair_parts(mentors, mentees, [mentor_row], [mentee_row], settings)
    score = float(_combine(parts, settings)[0])
    both = mentors.topics[mentor_row] & mentees.topics[mentee_row]
    distance = float(parts.distance[0])
    lead = float(parts.lead[0])
    return PairDetails(
        score=score,
        allowed=bool(parts.allowed[0]),
        covered=tuple(int(i) for i in np.flatnonzero(both)),
        needs=int(mentees.topics[mentee_row].sum()),
        same_city=bool(parts.same_city[0]),
        distance_km=None if np.isnan(distance) else distance,
        nearby=bool(parts.nearby[0]),
        same_region=bool(parts.same_region[0]),
        same_country=bool(parts.same_country[0]),
        place_relevance=float(parts.relevance[0]),
        shared_languages=int(parts.shared[0]),
        languages_known=bool(parts.known[0]),
        format_fit=bool(parts.format_fit[0]),
        experience_lead=None if np.isnan(lead) else lead,
        broken_rules=tuple(
            rule
            for rule, violated in parts.broken.items()
            if getattr(settings.rules, rule) and bool(violated[0])
        ),
    )
