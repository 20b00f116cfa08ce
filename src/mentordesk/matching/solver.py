"""The batch-wide assignment: as many mentees matched as possible, then the highest total score."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_array
from scipy.sparse.csgraph import maximum_bipartite_matching

Pair = tuple[int, int]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]

_CHUNK_ROWS = 512


def solve(
    scores: npt.ArrayLike,
    capacity: npt.ArrayLike,
    allowed: npt.ArrayLike | None = None,
    pinned: Iterable[Sequence[int]] = (),
) -> list[Pair]:
    """The best set of (mentor index, mentee index) pairs, sorted.

    ``scores`` is a mentors × mentees array, ``capacity`` the number of mentees each
    mentor may take, ``allowed`` an optional boolean mask of the same shape, and
    ``pinned`` pairs that are kept whatever happens (they use up their mentor's capacity
    and are returned even where ``allowed`` is false: they are the coordinator's choice).
    The result maximises the number of matched mentees, then the total score. The two
    objectives are solved in sequence rather than folded into one weighted sum, so no "big
    number" can swamp the scores in floating point (see :func:`_assign`); both steps are
    exact, so the same arrays always give the same pairs, ties included.
    """
    matrix = _as_scores(scores)
    rows, cols = matrix.shape
    places = _as_capacity(capacity, rows)
    mask = _as_mask(allowed, matrix.shape)
    fixed = _as_pins(pinned, rows, cols)
    if (~np.isfinite(matrix) & mask).any():
        raise ValueError("scores must be finite wherever a pair is allowed")

    room = places - np.bincount(
        np.array([mentor for mentor, _ in fixed], dtype=np.intp), minlength=rows
    )
    if (room < 0).any():
        mentor = int(np.flatnonzero(room < 0)[0])
        raise ValueError(f"mentor {mentor} has more pinned mentees than capacity")
    free = np.ones(cols, dtype=bool)
    free[[mentee for _, mentee in fixed]] = False
    return sorted(fixed + _assign(matrix, room, mask, free))


def _assign(matrix: FloatArray, room: IntArray, mask: BoolArray, free: BoolArray) -> list[Pair]:
    """The best pairs between the mentors' free places and the free mentees.

    1. The largest number of mentees that can be matched, ``k``, is a maximum bipartite
       matching (Hopcroft–Karp) between the mentors' free places and the free mentees.
    2. Among the matchings of exactly ``k`` mentees, the one with the highest total score
       is a rectangular assignment problem (``scipy.optimize.linear_sum_assignment``) in
       which each free place of a mentor is a row, each mentee a column, and ``places - k``
       extra columns of cost zero let the places nobody can fill stay empty. A disallowed
       pair costs infinity, so it is never chosen, even when that leaves someone unmatched.
    """
    mentors = np.flatnonzero(room > 0)
    mentees = np.flatnonzero(free)
    if mentors.size == 0 or mentees.size == 0:
        return []
    sub_mask = mask[np.ix_(mentors, mentees)]
    mentor_degree = sub_mask.sum(axis=1)
    mentee_degree = sub_mask.sum(axis=0)
    keep_mentors = mentor_degree > 0
    keep_mentees = mentee_degree > 0
    if not keep_mentors.any():
        return []
    mentors, mentees = mentors[keep_mentors], mentees[keep_mentees]
    sub_mask = sub_mask[np.ix_(keep_mentors, keep_mentees)]
    # A mentor never needs more places than the mentees they may take.
    slots = np.minimum(room[mentors], mentor_degree[keep_mentors]).astype(np.intp)
    owner = np.repeat(np.arange(mentors.size, dtype=np.intp), slots)
    matched = _maximum_matched(sub_mask, owner, int(mentees.size))

    cost = np.where(sub_mask, -matrix[np.ix_(mentors, mentees)], np.inf)
    slot_rows, mentee_cols = _best_of_size(cost, owner, matched)
    return [
        (int(mentors[owner[slot]]), int(mentees[col]))
        for slot, col in zip(slot_rows, mentee_cols, strict=True)
    ]


def _maximum_matched(sub_mask: BoolArray, owner: IntArray, mentee_count: int) -> int:
    """How many mentees can be matched at most, counting each mentor place once."""
    if sub_mask.all():
        return min(int(owner.size), mentee_count)
    row_of_edge, col_of_edge = np.nonzero(sub_mask)
    indptr = np.zeros(sub_mask.shape[0] + 1, dtype=np.intp)
    np.cumsum(np.bincount(row_of_edge, minlength=sub_mask.shape[0]), out=indptr[1:])
    by_mentor = csr_array(
        (np.ones(col_of_edge.size, dtype=np.int8), col_of_edge.astype(np.int32), indptr),
        shape=sub_mask.shape,
    )
    by_place = csr_array(by_mentor[owner])
    matching = maximum_bipartite_matching(by_place, perm_type="column")
    return int((matching >= 0).sum())


def _best_of_size(cost: FloatArray, owner: IntArray, matched: int) -> tuple[IntArray, IntArray]:
    """The cheapest assignment of exactly ``matched`` places to mentees.

    Returns (place index, mentee column) for the places that got a mentee. The problem is
    laid out with places as rows or mentees as rows, whichever makes the smaller matrix.
    """
    places = int(owner.size)
    mentees = cost.shape[1]
    empty_places = places - matched
    waiting_mentees = mentees - matched
    if places * (mentees + empty_places) <= mentees * (places + waiting_mentees):
        table = np.zeros((places, mentees + empty_places))
        for start in range(0, places, _CHUNK_ROWS):
            stop = min(start + _CHUNK_ROWS, places)
            table[start:stop, :mentees] = cost[owner[start:stop]]
        rows, cols = linear_sum_assignment(table)
        real = cols < mentees
        return rows[real], cols[real]
    table = np.zeros((mentees, places + waiting_mentees))
    for start in range(0, mentees, _CHUNK_ROWS):
        stop = min(start + _CHUNK_ROWS, mentees)
        table[start:stop, :places] = cost[:, start:stop][owner].T
    rows, cols = linear_sum_assignment(table)
    real = cols < places
    return cols[real], rows[real]


def _as_scores(scores: npt.ArrayLike) -> FloatArray:
    matrix = np.asarray(scores, dtype=np.float64)
    if matrix.ndim != 2:
        raise ValueError(f"scores must be a mentors × mentees array, not {matrix.ndim}-D")
    return matrix


def _as_capacity(capacity: npt.ArrayLike, rows: int) -> IntArray:
    raw = np.asarray(capacity)
    if raw.shape != (rows,):
        raise ValueError(f"capacity must hold one number per mentor ({rows}), not {raw.shape}")
    if (
        raw.size
        and not np.issubdtype(raw.dtype, np.integer)
        and not (np.all(np.isfinite(raw)) and np.all(np.equal(np.mod(raw, 1), 0)))
    ):
        raise ValueError("capacities must be whole numbers")
    places = raw.astype(np.intp)
    if (places < 0).any():
        raise ValueError("capacities cannot be negative")
    return places


def _as_mask(allowed: npt.ArrayLike | None, shape: tuple[int, ...]) -> BoolArray:
    if allowed is None:
        return np.ones(shape, dtype=bool)
    mask = np.asarray(allowed)
    if mask.shape != shape:
        raise ValueError(f"allowed must have the shape of scores {shape}, not {mask.shape}")
    if mask.dtype != np.bool_:
        raise ValueError("allowed must be a boolean array")
    return mask


def _as_pins(pinned: Iterable[Sequence[int]], rows: int, cols: int) -> list[Pair]:
    pairs: list[Pair] = []
    seen: set[int] = set()
    for pin in pinned:
        if len(pin) != 2:
            raise ValueError(f"a pinned pair is (mentor index, mentee index), not {pin!r}")
        mentor, mentee = int(pin[0]), int(pin[1])
        if not (0 <= mentor < rows and 0 <= mentee < cols):
            raise ValueError(f"pinned pair {(mentor, mentee)} is outside the {rows}×{cols} scores")
        if mentee in seen:
            raise ValueError(f"mentee {mentee} is pinned more than once")
        seen.add(mentee)
        pairs.append((mentor, mentee))
    return pairs
