"""The solver is exactly optimal: most mentees matched first, then the highest total score."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array
from scipy.sparse.csgraph import maximum_bipartite_matching

from mentordesk.matching import solve

Instance = tuple[
    npt.NDArray[np.float64], npt.NDArray[np.int64], npt.NDArray[np.bool_], list[tuple[int, int]]
]
Reference = Callable[
    [npt.NDArray[np.float64], npt.NDArray[np.int64], npt.NDArray[np.bool_], list[tuple[int, int]]],
    tuple[int, float],
]


def _value(scores: npt.NDArray[np.float64], pairs: list[tuple[int, int]]) -> tuple[int, float]:
    return len(pairs), float(sum(scores[i, j] for i, j in pairs))


def _check_feasible(
    pairs: list[tuple[int, int]],
    capacity: npt.NDArray[np.int64],
    allowed: npt.NDArray[np.bool_],
    pinned: list[tuple[int, int]],
) -> None:
    mentees = [j for _, j in pairs]
    assert len(mentees) == len(set(mentees)), "a mentee matched twice"
    load = np.bincount([i for i, _ in pairs], minlength=len(capacity))
    assert (load <= capacity).all(), "a capacity exceeded"
    assert set(pinned) <= set(pairs), "a pinned pair dropped"
    for pair in set(pairs) - set(pinned):
        assert allowed[pair], f"a disallowed pair {pair} chosen"


def _brute_force(
    scores: npt.NDArray[np.float64],
    capacity: npt.NDArray[np.int64],
    allowed: npt.NDArray[np.bool_],
    pinned: list[tuple[int, int]],
) -> tuple[int, float]:
    mentors, mentees = scores.shape
    pinned_mentor = {j: i for i, j in pinned}
    best = (-1, -np.inf)
    for choice in itertools.product(range(-1, mentors), repeat=mentees):
        if any(choice[j] != i for j, i in pinned_mentor.items()):
            continue
        pairs = [(i, j) for j, i in enumerate(choice) if i >= 0]
        if any(not allowed[i, j] for i, j in pairs if (i, j) not in pinned):
            continue
        if (np.bincount([i for i, _ in pairs], minlength=mentors) > capacity).any():
            continue
        value = _value(scores, pairs)
        if value[0] > best[0] or (value[0] == best[0] and value[1] > best[1]):
            best = value
    return best


def _milp_optimum(
    scores: npt.NDArray[np.float64],
    capacity: npt.NDArray[np.int64],
    allowed: npt.NDArray[np.bool_],
    pinned: list[tuple[int, int]],
) -> tuple[int, float]:
    """The same problem in HiGHS, lexicographically: first the count, then the score."""
    mentors, mentees = scores.shape
    variables = mentors * mentees
    upper = allowed.astype(float).ravel()
    lower = np.zeros(variables)
    for i, j in pinned:
        lower[i * mentees + j] = upper[i * mentees + j] = 1.0
    per_mentor = np.kron(np.eye(mentors), np.ones((1, mentees)))
    per_mentee = np.kron(np.ones((1, mentors)), np.eye(mentees))
    constraints = [
        LinearConstraint(per_mentor, 0, capacity),
        LinearConstraint(per_mentee, 0, 1),
    ]
    integral = np.ones(variables)
    bounds = Bounds(lower, upper)
    first = milp(-np.ones(variables), constraints=constraints, bounds=bounds, integrality=integral)
    assert first.success
    count = round(-first.fun)
    constraints.append(LinearConstraint(np.ones((1, variables)), count, count))
    second = milp(-scores.ravel(), constraints=constraints, bounds=bounds, integrality=integral)
    assert second.success
    return count, float(-second.fun)


def _random_instance(rng: np.random.Generator, mentors: int, mentees: int) -> Instance:
    scores = np.round(rng.random((mentors, mentees)) * 20) / rng.choice([1.0, 3.0, 7.0])
    capacity = rng.integers(0, 4, mentors)
    allowed = rng.random((mentors, mentees)) < rng.uniform(0.3, 1.0)
    pinned: list[tuple[int, int]] = []
    for j in range(mentees):
        i = int(rng.integers(0, mentors)) if mentors else 0
        taken = sum(1 for m, _ in pinned if m == i)
        if mentors and rng.random() < 0.1 and taken < capacity[i]:
            pinned.append((i, j))
    return scores, capacity, allowed, pinned


def _assert_optimal(instance: Instance, reference: Reference, tolerance: float) -> None:
    scores, capacity, allowed, pinned = instance
    pairs = solve(scores, capacity, allowed, pinned)
    _check_feasible(pairs, capacity, allowed, pinned)
    count, total = _value(scores, pairs)
    best_count, best_total = reference(scores, capacity, allowed, pinned)
    assert count == best_count
    assert total == pytest.approx(best_total, abs=tolerance)


def test_matches_brute_force_on_small_random_instances() -> None:
    rng = np.random.default_rng(20260302)
    for _ in range(250):
        size = (int(rng.integers(0, 4)), int(rng.integers(0, 6)))
        _assert_optimal(_random_instance(rng, *size), _brute_force, 1e-9)


def test_matches_an_independent_milp_solver_on_medium_instances() -> None:
    rng = np.random.default_rng(7)
    for _ in range(12):
        size = (int(rng.integers(8, 16)), int(rng.integers(10, 30)))
        _assert_optimal(_random_instance(rng, *size), _milp_optimum, 1e-6)


def test_more_mentees_matched_beats_a_higher_total() -> None:
    scores = np.array([[10.0, 9.0], [1.0, 0.0]])
    allowed = np.array([[True, True], [True, False]])
    assert solve(scores, [1, 1], allowed) == [(0, 1), (1, 0)]


def test_count_first_even_when_scores_differ_by_orders_of_magnitude() -> None:
    """No big-M in the objective: a huge score never buys a smaller matching."""
    scores = np.array([[1e12, 1e-9], [1e-9, 0.0]])
    allowed = np.array([[True, True], [True, False]])
    assert solve(scores, [1, 1], allowed) == [(0, 1), (1, 0)]
    tiny = np.array([[1e-12, 2e-12], [3e-12, 1e-12]])
    assert solve(tiny, [1, 1]) == [(0, 1), (1, 0)]


def test_capacities_expand_to_several_mentees() -> None:
    scores = np.array([[5.0, 4.0, 3.0], [1.0, 1.0, 1.0]])
    pairs = solve(scores, [2, 1])
    assert len(pairs) == 3
    assert sum(1 for i, _ in pairs if i == 0) == 2
    assert _value(scores, pairs)[1] == pytest.approx(10.0)


def test_disallowed_pairs_are_never_chosen_even_if_someone_stays_unmatched() -> None:
    scores = np.ones((2, 3))
    allowed = np.array([[True, False, False], [True, False, False]])
    assert solve(scores, [1, 1], allowed) in ([(0, 0)], [(1, 0)])
    assert solve(scores, [3, 3], np.zeros((2, 3), dtype=bool)) == []


def test_pinned_pairs_are_kept_and_use_capacity() -> None:
    scores = np.array([[0.0, 9.0], [9.0, 0.0]])
    assert solve(scores, [1, 1], pinned=[(0, 0)]) == [(0, 0), (1, 1)]
    # pinned even where not allowed: it is the coordinator's decision
    allowed = np.array([[False, True], [True, True]])
    assert solve(scores, [1, 1], allowed, pinned=[(0, 0)]) == [(0, 0), (1, 1)]
    # the mentor's only place is taken by the pin
    assert solve(scores, [1, 0], pinned=[(0, 0)]) == [(0, 0)]


@pytest.mark.parametrize(
    ("scores", "capacity"),
    [
        (np.zeros((0, 0)), []),
        (np.zeros((0, 4)), []),
        (np.zeros((3, 0)), [1, 2, 3]),
        (np.ones((3, 4)), [0, 0, 0]),
    ],
)
def test_empty_inputs_give_no_pairs(scores: npt.NDArray[np.float64], capacity: list[int]) -> None:
    assert solve(scores, capacity) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"scores": np.ones(3), "capacity": [1]}, "mentors × mentees"),
        ({"scores": np.ones((2, 2)), "capacity": [1]}, "one number per mentor"),
        ({"scores": np.ones((2, 2)), "capacity": [1, -1]}, "negative"),
        ({"scores": np.ones((2, 2)), "capacity": [1.5, 1]}, "whole numbers"),
        ({"scores": [[np.nan, 1.0], [1.0, 1.0]], "capacity": [1, 1]}, "finite"),
        (
            {"scores": np.ones((2, 2)), "capacity": [1, 1], "allowed": np.ones((2, 3), bool)},
            "shape",
        ),
        ({"scores": np.ones((2, 2)), "capacity": [1, 1], "allowed": np.ones((2, 2))}, "boolean"),
        ({"scores": np.ones((2, 2)), "capacity": [1, 1], "pinned": [(2, 0)]}, "outside"),
        (
            {"scores": np.ones((2, 2)), "capacity": [1, 1], "pinned": [(0, 1), (1, 1)]},
            "more than once",
        ),
        ({"scores": np.ones((2, 2)), "capacity": [1, 1], "pinned": [(0, 0), (0, 1)]}, "capacity"),
    ],
)
def test_bad_inputs_are_refused_with_a_reason(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        solve(**kwargs)  # type: ignore[arg-type]


def test_non_finite_scores_are_fine_where_the_pair_is_not_allowed() -> None:
    scores = np.array([[np.nan, 1.0]])
    assert solve(scores, [1], np.array([[False, True]])) == [(0, 1)]


def test_ties_are_resolved_the_same_way_every_time() -> None:
    scores = np.ones((6, 9))
    capacity = np.array([2, 1, 1, 2, 0, 1])
    first = solve(scores, capacity)
    assert len(first) == 7
    assert all(solve(scores.copy(), capacity.copy()) == first for _ in range(5))


def _max_cardinality(capacity: npt.NDArray[np.int64], allowed: npt.NDArray[np.bool_]) -> int:
    slots = np.repeat(np.arange(len(capacity)), capacity)
    if slots.size == 0 or allowed.shape[1] == 0:
        return 0
    graph = csr_array(allowed[slots].astype(np.int8))
    return int((maximum_bipartite_matching(graph, perm_type="column") >= 0).sum())


@st.composite
def instances(draw: st.DrawFn) -> Instance:
    mentors = draw(st.integers(0, 7))
    mentees = draw(st.integers(0, 9))
    values = st.floats(-50, 100, allow_nan=False, allow_infinity=False, width=32)
    scores = np.array(
        draw(
            st.lists(
                st.lists(values, min_size=mentees, max_size=mentees),
                min_size=mentors,
                max_size=mentors,
            )
        ),
        dtype=np.float64,
    ).reshape(mentors, mentees)
    capacity = np.array(
        draw(st.lists(st.integers(0, 3), min_size=mentors, max_size=mentors)), dtype=np.int64
    )
    allowed = np.array(
        draw(st.lists(st.booleans(), min_size=mentors * mentees, max_size=mentors * mentees)),
        dtype=bool,
    ).reshape(mentors, mentees)
    pinned: list[tuple[int, int]] = []
    if mentors:
        for j in draw(st.lists(st.integers(0, max(mentees - 1, 0)), unique=True, max_size=mentees)):
            i = draw(st.integers(0, mentors - 1))
            if mentees and sum(1 for m, _ in pinned if m == i) < capacity[i]:
                pinned.append((i, j))
    return scores, capacity, allowed, pinned


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(instances())
def test_properties_hold_on_any_instance(instance: Instance) -> None:
    scores, capacity, allowed, pinned = instance
    pairs = solve(scores, capacity, allowed, pinned)
    _check_feasible(pairs, capacity, allowed, pinned)
    assert pairs == sorted(pairs)
    assert solve(scores, capacity, allowed, pinned) == pairs
    rest = capacity.copy()
    for i, _ in pinned:
        rest[i] -= 1
    free = np.ones(scores.shape[1], dtype=bool)
    free[[j for _, j in pinned]] = False
    assert len(pairs) == len(pinned) + _max_cardinality(rest, allowed & free[None, :])
