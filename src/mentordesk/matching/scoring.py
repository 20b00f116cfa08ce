"""Scores of mentor–mentee pairs, vectorised over a whole batch, and the hard rules' verdict.

The score is the weighted mean of the criteria's fits (each between 0 and 1) on a 0–100
scale, with the batch's weights; the hard rules turn into the ``allowed`` mask the solver
obeys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from mentordesk.matching.profiles import IN_PERSON, UNKNOWN, People
from mentordesk.matching.settings import CRITERIA, MatchSettings, Weights

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
    distance: FloatArray,
    settings: MatchSettings,
) -> _Parts:
    """Every criterion's fit, and the active rules' violations, for broadcast arrays."""
    same_city = (mentor.city == mentee.city) & (mentor.city != UNKNOWN)
    same_region = (mentor.region == mentee.region) & (mentor.region != UNKNOWN)
    same_country = (mentor.country == mentee.country) & (mentor.country != UNKNOWN)
    nearby = distance <= settings.nearby_km
    relevance = PLACE_RELEVANCE[mentor.format, mentee.format]
    shared = mentor.languages & mentee.languages
    known = (mentor.languages != 0) & (mentee.languages != 0)
    format_fit = FORMAT_FIT[mentor.format, mentee.format]
    place = _place_fit(same_city, same_region, same_country, nearby, distance, settings.nearby_km)
    fits = _fits(
        settings.weights,
        experience=(mentor.experience, mentee.experience),
        topics=(covered, needs),
        place=(place, relevance),
        language=(shared, known),
        format_fit=format_fit,
    )
    broken = _broken_rules(
        settings, mentor, mentee, same_city, (covered, needs), (shared, known), format_fit
    )
    allowed = np.ones(np.broadcast(covered, same_city).shape, dtype=bool)
    for violated in broken.values():
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
        broken=broken,
    )


def _place_fit(
    same_city: BoolArray,
    same_region: BoolArray,
    same_country: BoolArray,
    nearby: BoolArray,
    distance: FloatArray,
    nearby_km: float,
) -> FloatArray:
    """1 in the same city; 0.5 to 0.9 for cities closer than ``nearby_km`` (closer is
    better); 0.4 in the same region; 0.2 in the same country; 0 otherwise."""
    near_km = max(nearby_km, 1e-9)
    place = np.where(same_country, SAME_COUNTRY, 0.0)
    place = np.where(same_region, SAME_REGION, place)
    closeness = NEARBY_WORST + (NEARBY_BEST - NEARBY_WORST) * (1.0 - distance / near_km)
    place = np.where(nearby, np.maximum(place, closeness), place)
    result: FloatArray = np.where(same_city, SAME_CITY, place)
    return result


def _fits(
    weights: Weights,
    *,
    experience: tuple[FloatArray, FloatArray],
    topics: tuple[FloatArray, FloatArray],
    place: tuple[FloatArray, FloatArray],
    language: tuple[npt.NDArray[np.int64], BoolArray],
    format_fit: FloatArray,
) -> dict[str, FloatArray]:
    """The fit of each criterion that has a weight, between 0 and 1.

    - **topics**: the share of the mentee's needs the mentor's expertise covers (same topic
      ids, so labels and aliases already agree, and "GitHub" never matches "GitHub Actions").
    - **place**: see :func:`_place_fit`. It counts fully when either person wants to meet
      in person, half when both accept either, not at all when one of them prefers remote
      meetings (the pair then gets the full fit).
    - **language**: 1 when they share a language, 0 when they share none, 0.5 when unknown.
    - **format**: 0 when one wants in-person meetings only and the other remote only, else 1.
    - **experience**: the mentor's lead in years, reaching 1 at ``EXPERIENCE_LEAD`` years;
      0.5 when unknown.
    """
    fits: dict[str, FloatArray] = {}
    if weights.topics:
        covered, needs = topics
        fits["topics"] = np.divide(
            covered, needs, out=np.zeros(np.broadcast(covered, needs).shape), where=needs > 0
        )
    if weights.place:
        fit, relevance = place
        fits["place"] = relevance * fit + (1.0 - relevance)
    if weights.language:
        shared, known = language
        fits["language"] = np.where(known, np.where(shared != 0, 1.0, 0.0), 0.5)
    if weights.format:
        fits["format"] = format_fit
    if weights.experience:
        lead = experience[0] - experience[1]
        fits["experience"] = np.where(
            np.isnan(lead), 0.5, np.clip(np.nan_to_num(lead) / EXPERIENCE_LEAD, 0.0, 1.0)
        )
    return fits


def _broken_rules(
    settings: MatchSettings,
    mentor: _Side,
    mentee: _Side,
    same_city: BoolArray,
    topics: tuple[FloatArray, FloatArray],
    language: tuple[npt.NDArray[np.int64], BoolArray],
    format_fit: FloatArray,
) -> dict[str, BoolArray]:
    """Where each active hard rule is broken: no shared language (when both are known),
    not in the same city while one wants to meet in person, formats that exclude each
    other, none of the mentee's needs covered."""
    rules = settings.rules
    covered, needs = topics
    shared, known = language
    broken: dict[str, BoolArray] = {}
    if rules.share_language:
        broken["share_language"] = known & (shared == 0)
    if rules.in_person_same_city:
        in_person = (mentor.format == IN_PERSON) | (mentee.format == IN_PERSON)
        broken["in_person_same_city"] = in_person & ~same_city
    if rules.compatible_format:
        broken["compatible_format"] = format_fit == 0.0
    if rules.cover_a_need:
        broken["cover_a_need"] = (covered == 0) & (needs > 0)
    return broken


def _locations(people: People) -> tuple[FloatArray, npt.NDArray[np.intp]]:
    """The distinct places of ``people`` (radians, NaN when unknown) and each person's place.

    A batch has far fewer places than people, so distances are computed between places
    and then looked up for each pair.
    """
    coordinates = np.column_stack([people.latitude, people.longitude])
    unknown = 1000.0
    filled = np.where(np.isnan(coordinates), unknown, coordinates)
    first, inverse = unique_rows(filled)
    places = filled[first]
    places[places == unknown] = np.nan
    return np.radians(places), inverse


def unique_rows(
    table: npt.NDArray[Any],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """The first row of each distinct row of ``table`` (2-D, no NaN), and each row's group.

    Like ``np.unique(table, axis=0, return_index=True, return_inverse=True)`` up to the
    order of the groups, but sorting the columns as numbers (a stable ``lexsort``) rather
    than the rows as raw bytes, which is many times faster.
    """
    count = table.shape[0]
    if count == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    order = np.lexsort(table.T[::-1])
    ordered = table[order]
    starts = np.empty(count, dtype=bool)
    starts[0] = True
    np.any(ordered[1:] != ordered[:-1], axis=1, out=starts[1:])
    inverse = np.empty(count, dtype=np.intp)
    inverse[order] = np.cumsum(starts) - 1
    return order[starts].astype(np.intp), inverse


def _weighted_sum(parts: _Parts, weights: Weights) -> FloatArray:
    score = np.zeros(parts.allowed.shape)
    for name in CRITERIA:
        weight = getattr(weights, name)
        if weight:
            score += weight * parts.fits[name]
    return score


def _normalised(weighted: FloatArray, weights: Weights) -> FloatArray:
    """From a weighted sum of fits to the 0–100 score."""
    total = weights.total()
    if total <= 0:
        return np.zeros(weighted.shape)
    weighted *= 100.0 / total
    np.clip(weighted, 0.0, 100.0, out=weighted)
    return weighted


def _combine(parts: _Parts, settings: MatchSettings) -> FloatArray:
    return _normalised(_weighted_sum(parts, settings.weights), settings.weights)


def _profile_classes(
    people: People, with_experience: bool
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """A representative of each class of people alike on every criterion but topics, and
    each person's class.

    A batch has few such classes (a few cities, languages and formats), so place, language
    and format are scored between classes, then looked up for each pair.
    """
    columns = [
        people.city.astype(np.int64),
        people.region.astype(np.int64),
        people.country.astype(np.int64),
        people.format.astype(np.int64),
        people.languages,
        people.latitude.view(np.int64),
        people.longitude.view(np.int64),
    ]
    if with_experience:
        columns.append(people.experience.view(np.int64))
    return unique_rows(np.column_stack(columns))


def score_matrix(mentors: People, mentees: People, settings: MatchSettings) -> ScoreMatrix:
    """Scores and allowed pairs for every mentor (row) and mentee (column)."""
    rows, cols = len(mentors), len(mentees)
    scores = np.zeros((rows, cols))
    allowed = np.zeros((rows, cols), dtype=bool)
    if rows == 0 or cols == 0:
        return ScoreMatrix(scores, allowed)
    weights = settings.weights
    besides_topics = replace(
        settings,
        weights=replace(weights, topics=0.0),
        rules=replace(settings.rules, cover_a_need=False),
    )
    mentor_first, mentor_class = _profile_classes(mentors, weights.experience > 0)
    mentee_first, mentee_class = _profile_classes(mentees, weights.experience > 0)
    partial, partial_allowed = _between_classes(
        mentors.take(mentor_first), mentees.take(mentee_first), besides_topics
    )
    mentor_topics = mentors.topics.astype(np.float32)
    needs = mentees.need_counts().astype(np.float64)
    block = max(1, BLOCK_ELEMENTS // rows)
    for start in range(0, cols, block):
        stop = min(start + block, cols)
        lookup = (mentor_class[:, None], mentee_class[None, start:stop])
        weighted = partial[lookup]
        topics = mentees.topics[start:stop].astype(np.float32)
        covered = (mentor_topics @ topics.T).astype(np.float64)
        block_needs = needs[None, start:stop]
        if weights.topics:
            fit = np.divide(
                covered, block_needs, out=np.zeros(covered.shape), where=block_needs > 0
            )
            weighted += weights.topics * fit
        scores[:, start:stop] = _normalised(weighted, weights)
        block_allowed = partial_allowed[lookup]
        if settings.rules.cover_a_need:
            block_allowed &= ~((covered == 0) & (block_needs > 0))
        allowed[:, start:stop] = block_allowed
    return ScoreMatrix(scores, allowed)


def _between_classes(
    mentors: People, mentees: People, settings: MatchSettings
) -> tuple[FloatArray, BoolArray]:
    """Weighted fits (topics aside) and the rules' verdict for every pair of classes."""
    rows, cols = len(mentors), len(mentees)
    weighted = np.zeros((rows, cols))
    allowed = np.zeros((rows, cols), dtype=bool)
    mentor_side = _Side(mentors, lambda a: a[:, None])
    mentor_places, mentor_place = _locations(mentors)
    nothing = np.zeros((1, 1))
    block = max(1, BLOCK_ELEMENTS // rows)
    for start in range(0, cols, block):
        stop = min(start + block, cols)
        part = mentees.take(np.arange(start, stop))
        mentee_places, mentee_place = _locations(part)
        between = haversine_km(
            mentor_places[:, :1], mentor_places[:, 1:], mentee_places[:, 0], mentee_places[:, 1]
        )
        parts = _evaluate(
            mentor_side,
            _Side(part, lambda a: a[None, :]),
            nothing,
            nothing,
            between[mentor_place[:, None], mentee_place[None, :]],
            settings,
        )
        weighted[:, start:stop] = _weighted_sum(parts, settings.weights)
        allowed[:, start:stop] = parts.allowed
    return weighted, allowed


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
    distance = haversine_km(
        np.radians(left.latitude),
        np.radians(left.longitude),
        np.radians(right.latitude),
        np.radians(right.longitude),
    )
    return _evaluate(
        _Side(left, lambda a: a), _Side(right, lambda a: a), covered, needs, distance, settings
    )


def pair_details(
    mentors: People, mentees: People, mentor_row: int, mentee_row: int, settings: MatchSettings
) -> PairDetails:
    """The figures behind one pair's score, for its reasons and its conflicts."""
    parts = _pair_parts(mentors, mentees, [mentor_row], [mentee_row], settings)
    score = float(_combine(parts, settings)[0])
    both = mentors.topics[mentor_row] & mentees.topics[mentee_row]
    distance = float(parts.distance[0])
    lead = float(mentors.experience[mentor_row] - mentees.experience[mentee_row])
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
        broken_rules=tuple(rule for rule, violated in parts.broken.items() if bool(violated[0])),
    )
