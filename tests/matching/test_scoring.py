"""Pair scores, hard rules and the reasons written for the coordinator."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.domain.enums import FormatPreference
from mentordesk.matching.profiles import Profile, encode
from mentordesk.matching.reasons import Explainer, join_words
from mentordesk.matching.scoring import (
    haversine_km,
    pair_details,
    score_matrix,
    score_pairs,
    unique_rows,
)
from mentordesk.matching.settings import MatchSettings, Rules, Weights

IN_PERSON, REMOTE, EITHER = (
    FormatPreference.IN_PERSON,
    FormatPreference.REMOTE,
    FormatPreference.EITHER,
)
TJM, GITHUB, CV, GITHUB_ACTIONS = 1, 2, 3, 4
LABELS = {
    TJM: "Fixer son TJM",
    GITHUB: "GitHub",
    CV: "Améliorer son CV",
    GITHUB_ACTIONS: "GitHub Actions",
}

LYON = {
    "city": "Lyon",
    "region": "Auvergne-Rhône-Alpes",
    "country": "FR",
    "latitude": 45.7640,
    "longitude": 4.8357,
}
VILLEURBANNE = {
    "city": "Villeurbanne",
    "region": "Auvergne-Rhône-Alpes",
    "country": "FR",
    "latitude": 45.7719,
    "longitude": 4.8902,
}
GRENOBLE = {
    "city": "Grenoble",
    "region": "Auvergne-Rhône-Alpes",
    "country": "FR",
    "latitude": 45.1885,
    "longitude": 5.7245,
}
PARIS = {
    "city": "Paris",
    "region": "Île-de-France",
    "country": "FR",
    "latitude": 48.8566,
    "longitude": 2.3522,
}
LILLE = {
    "city": "Lille",
    "region": "Hauts-de-France",
    "country": "FR",
    "latitude": 50.6292,
    "longitude": 3.0573,
}
ONLY_PLACE = MatchSettings(weights=Weights(topics=0, place=1, language=0, format=0))


def _profile(
    topics: tuple[int, ...] = (), place: dict[str, object] | None = None, **extra: object
) -> Profile:
    return Profile(topics=topics, **(place or {}), **extra)  # type: ignore[arg-type]


def _score(mentor: Profile, mentee: Profile, settings: MatchSettings | None = None) -> float:
    mentors, mentees, _ = encode([mentor], [mentee])
    return float(score_matrix(mentors, mentees, settings or MatchSettings()).scores[0, 0])


def _allowed(mentor: Profile, mentee: Profile, rules: Rules) -> bool:
    mentors, mentees, _ = encode([mentor], [mentee])
    return bool(score_matrix(mentors, mentees, MatchSettings(rules=rules)).allowed[0, 0])


def test_topic_fit_counts_needs_covered_by_topic_identity() -> None:
    only_topics = MatchSettings(weights=Weights(topics=1, place=0, language=0, format=0))
    mentee = _profile((TJM, GITHUB, CV))
    assert _score(_profile((TJM, GITHUB)), mentee, only_topics) == pytest.approx(200 / 3)
    assert _score(_profile((TJM, GITHUB, CV, 9)), mentee, only_topics) == 100.0
    # "GitHub Actions" contains "GitHub" but is another topic: it covers nothing
    assert _score(_profile((GITHUB_ACTIONS,)), _profile((GITHUB,)), only_topics) == 0.0
    assert _score(_profile((TJM,)), _profile(()), only_topics) == 0.0


def test_place_ranks_same_city_then_nearby_then_region_then_country() -> None:
    mentee = _profile(place=LYON, format=IN_PERSON)
    same_city = _score(_profile(place=LYON), mentee, ONLY_PLACE)
    nearby = _score(_profile(place=VILLEURBANNE), mentee, ONLY_PLACE)
    region = _score(_profile(place=GRENOBLE), mentee, ONLY_PLACE)
    country = _score(_profile(place=PARIS), mentee, ONLY_PLACE)
    abroad = _score(_profile(place={**PARIS, "country": "BE", "region": ""}), mentee, ONLY_PLACE)
    assert same_city == 100.0
    assert same_city > nearby > region > country > abroad
    assert 50.0 <= nearby <= 90.0
    assert (region, country, abroad) == (40.0, 20.0, 0.0)


def test_city_names_compare_without_case_or_accents_but_within_a_country() -> None:
    mentee = _profile(place={"city": "Saint-Étienne", "country": "FR"}, format=IN_PERSON)
    assert (
        _score(_profile(place={"city": "saint-etienne ", "country": "fr"}), mentee, ONLY_PLACE)
        == 100.0
    )
    assert (
        _score(_profile(place={"city": "Saint-Étienne", "country": "BE"}), mentee, ONLY_PLACE)
        == 0.0
    )


def test_place_does_not_matter_when_one_prefers_remote_meetings() -> None:
    far_remote = _score(_profile(place=LILLE, format=REMOTE), _profile(place=LYON), ONLY_PLACE)
    assert far_remote == 100.0
    both_either = _score(_profile(place=LILLE), _profile(place=LYON), ONLY_PLACE)
    in_person = _score(_profile(place=LILLE), _profile(place=LYON, format=IN_PERSON), ONLY_PLACE)
    assert in_person == 20.0
    assert both_either == pytest.approx(0.5 * 20.0 + 50.0)


def test_language_and_format_fits() -> None:
    only_language = MatchSettings(weights=Weights(topics=0, place=0, language=1, format=0))
    assert (
        _score(_profile(languages=("fr", "en")), _profile(languages=("EN",)), only_language) == 100
    )
    assert _score(_profile(languages=("fr",)), _profile(languages=("de",)), only_language) == 0
    assert _score(_profile(languages=("fr",)), _profile(), only_language) == 50
    only_format = MatchSettings(weights=Weights(topics=0, place=0, language=0, format=1))
    assert _score(_profile(format=IN_PERSON), _profile(format=REMOTE), only_format) == 0
    assert _score(_profile(format=EITHER), _profile(format=REMOTE), only_format) == 100


def test_experience_lead_counts_only_when_weighted() -> None:
    weighted = MatchSettings(weights=Weights(topics=0, place=0, language=0, format=0, experience=1))
    assert _score(_profile(experience=12), _profile(experience=2), weighted) == 100.0
    assert _score(_profile(experience=4), _profile(experience=2), weighted) == pytest.approx(40.0)
    assert _score(_profile(experience=2), _profile(experience=9), weighted) == 0.0
    assert _score(_profile(), _profile(experience=9), weighted) == 50.0
    zero = MatchSettings(weights=Weights(topics=0, place=0, language=0, format=0, experience=0))
    assert _score(_profile(experience=12), _profile(experience=2), zero) == 0.0


def test_hard_rules_make_the_allowed_mask() -> None:
    french, german = _profile(languages=("fr",)), _profile(languages=("de",))
    assert not _allowed(french, german, Rules(share_language=True))
    assert _allowed(french, german, Rules(share_language=False))
    assert _allowed(french, _profile(), Rules(share_language=True)), "unknown never blocks"

    lyon, villeurbanne = _profile(place=LYON, format=IN_PERSON), _profile(place=VILLEURBANNE)
    assert not _allowed(villeurbanne, lyon, Rules(in_person_same_city=True))
    assert _allowed(_profile(place=LYON), lyon, Rules(in_person_same_city=True))
    assert _allowed(_profile(place=LILLE), _profile(place=LYON), Rules(in_person_same_city=True))

    clash = (_profile(format=IN_PERSON), _profile(format=REMOTE))
    assert not _allowed(*clash, Rules(compatible_format=True))
    assert _allowed(*clash, Rules(compatible_format=False))

    assert not _allowed(_profile((CV,)), _profile((TJM,)), Rules(cover_a_need=True))
    assert _allowed(_profile((CV,)), _profile(()), Rules(cover_a_need=True))


def test_matrix_pairs_and_details_agree() -> None:
    rng = np.random.default_rng(3)
    places = [LYON, VILLEURBANNE, GRENOBLE, PARIS, LILLE, {}]
    formats = [IN_PERSON, REMOTE, EITHER]

    def random_profile() -> Profile:
        return _profile(
            tuple(int(t) for t in rng.choice(8, rng.integers(0, 4), replace=False)),
            places[rng.integers(len(places))],
            languages=tuple(rng.choice(["fr", "en", "es"], rng.integers(0, 3), replace=False)),
            format=formats[rng.integers(3)],
            experience=None if rng.random() < 0.2 else int(rng.integers(0, 20)),
        )

    mentors, mentees, _ = encode(
        [random_profile() for _ in range(13)], [random_profile() for _ in range(17)]
    )
    settings = MatchSettings(weights=Weights(4, 3, 2, 1, 1), rules=Rules(True, True, True, True))
    matrix = score_matrix(mentors, mentees, settings)
    rows, cols = np.meshgrid(np.arange(13), np.arange(17), indexing="ij")
    pairs = score_pairs(mentors, mentees, rows.ravel(), cols.ravel(), settings)
    np.testing.assert_allclose(pairs.scores, matrix.scores.ravel())
    np.testing.assert_array_equal(pairs.allowed, matrix.allowed.ravel())
    for i, j in [(0, 0), (5, 9), (12, 16)]:
        details = pair_details(mentors, mentees, i, j, settings)
        assert details.score == pytest.approx(matrix.scores[i, j])
        assert details.allowed == matrix.allowed[i, j]
        assert (not details.broken_rules) == details.allowed
    assert ((matrix.scores >= 0) & (matrix.scores <= 100)).all()


def test_no_weight_at_all_scores_zero() -> None:
    settings = MatchSettings(weights=Weights(0, 0, 0, 0, 0))
    assert _score(_profile((TJM,), LYON), _profile((TJM,), LYON), settings) == 0.0


def test_haversine_paris_lyon() -> None:
    distance = haversine_km(
        *np.radians(
            np.array(
                [PARIS["latitude"], PARIS["longitude"], LYON["latitude"], LYON["longitude"]],
                dtype=np.float64,
            )
        )
    )
    assert distance == pytest.approx(392, abs=2)


def _reasons(
    mentor: Profile, mentee: Profile, language: str, settings: MatchSettings | None = None
) -> list[str]:
    settings = settings or MatchSettings()
    mentors, mentees, vocabulary = encode([mentor], [mentee])
    explainer = Explainer(
        mentors,
        mentees,
        vocabulary,
        LABELS,
        [mentee.topics],
        include_experience=settings.weights.experience > 0,
    )
    return explainer.reasons(0, 0, pair_details(mentors, mentees, 0, 0, settings), language)


def test_reasons_read_like_the_coordinator_would_write_them() -> None:
    mentor = _profile((GITHUB, TJM, GITHUB_ACTIONS), LYON, languages=("fr",), format=IN_PERSON)
    mentee = _profile((TJM, CV, GITHUB), LYON, languages=("fr", "en"))
    assert " · ".join(_reasons(mentor, mentee, "fr")) == (
        "couvre 2 besoins sur 3 : Fixer son TJM, GitHub · tous deux à Lyon · parlent français"
    )
    assert _reasons(mentor, mentee, "en") == [
        "covers 2 of 3 needs: Fixer son TJM, GitHub",
        "both in Lyon",
        "both speak French",
    ]


@pytest.mark.parametrize(
    ("mentor_topics", "mentee_topics", "french", "english"),
    [
        ((TJM,), (TJM,), "couvre son besoin : Fixer son TJM", "covers the need: Fixer son TJM"),
        (
            (TJM, CV),
            (CV, TJM),
            "couvre ses 2 besoins : Améliorer son CV, Fixer son TJM",
            "covers all 2 needs: Améliorer son CV, Fixer son TJM",
        ),
        (
            (TJM,),
            (CV, TJM, GITHUB),
            "couvre 1 besoin sur 3 : Fixer son TJM",
            "covers 1 of 3 needs: Fixer son TJM",
        ),
        (
            (GITHUB_ACTIONS,),
            (GITHUB,),
            "ne couvre pas son besoin (GitHub)",
            "does not cover the need (GitHub)",
        ),
        (
            (CV,),
            (TJM, GITHUB),
            "ne couvre aucun de ses besoins (Fixer son TJM, GitHub)",
            "covers none of the needs (Fixer son TJM, GitHub)",
        ),
        ((CV,), (), "aucun besoin indiqué", "no needs given"),
    ],
)
def test_topic_reasons_in_both_languages(
    mentor_topics: tuple[int, ...], mentee_topics: tuple[int, ...], french: str, english: str
) -> None:
    mentor, mentee = _profile(mentor_topics), _profile(mentee_topics)
    assert _reasons(mentor, mentee, "fr")[0] == french
    assert _reasons(mentor, mentee, "en")[0] == english


def test_place_language_format_and_experience_reasons() -> None:
    near = _reasons(_profile(place=VILLEURBANNE), _profile(place=LYON, format=IN_PERSON), "fr")
    assert near[1] == "Villeurbanne et Lyon, à 4 km"
    region = _reasons(_profile(place=GRENOBLE), _profile(place=LYON, format=IN_PERSON), "en")
    assert region[1] == "same region: Auvergne-Rhône-Alpes"
    far = _reasons(_profile(place=LILLE), _profile(place=LYON, format=IN_PERSON), "en")
    assert far[1] == "Lille and Lyon, 557 km apart"
    remote = _reasons(_profile(place=LILLE, format=REMOTE), _profile(place=LYON), "fr")
    assert remote[1] == "rencontres à distance : le lieu importe peu"
    assert remote[1] != "tous deux à Lyon"

    speak = _reasons(_profile(languages=("en", "fr")), _profile(languages=("fr", "en")), "fr")
    assert speak[-1] == "parlent français et anglais"
    assert _reasons(_profile(languages=("fr",)), _profile(languages=("de",)), "en")[-1] == (
        "no language in common"
    )
    clash = _reasons(_profile(format=IN_PERSON), _profile(format=REMOTE), "fr")
    assert "l'un veut se voir en personne, l'autre à distance" in clash

    weighted = replace(MatchSettings(), weights=Weights(experience=1))
    lead = _reasons(_profile(experience=12), _profile(experience=2), "fr", weighted)
    assert lead[-1] == "10 ans d'expérience de plus"
    behind = _reasons(_profile(experience=2), _profile(experience=9), "fr", weighted)
    assert behind[-1] == "la personne mentorée a autant d'expérience ou plus"
    assert "mentor" not in " ".join(_reasons(_profile(experience=12), _profile(experience=2), "fr"))


def test_join_words() -> None:
    assert join_words(["français"], "fr") == "français"
    assert join_words(["français", "anglais", "espagnol"], "fr") == "français, anglais et espagnol"
    assert join_words(["French", "English"], "en") == "French and English"


def test_settings_survive_json_and_tolerate_damage() -> None:
    settings = MatchSettings().with_weight("place", 7).with_rule("cover_a_need", True)
    assert MatchSettings.from_json(settings.as_json()) == settings
    damaged = {
        "weights": {"topics": "lots", "place": 99, "format": -3, "experience": True},
        "rules": {"share_language": "yes"},
        "nearby_km": float("nan"),
    }
    read = MatchSettings.from_json(damaged)
    assert read.weights == Weights(place=10.0, format=0.0)
    assert read.rules == Rules()
    assert read.nearby_km == 50.0
    assert MatchSettings.from_json(None) == MatchSettings()
    with pytest.raises(ValueError, match="criterion"):
        MatchSettings().with_weight("charisma", 3)


@given(
    st.integers(0, 40).flatmap(
        lambda rows: st.lists(
            st.lists(st.sampled_from([-1.0, 0.0, 2.5, 7.0]), min_size=3, max_size=3),
            min_size=rows,
            max_size=rows,
        )
    )
)
@pytest.mark.slow
@settings(max_examples=200, deadline=None)
def test_unique_rows_groups_equal_rows_like_numpy(rows: list[list[float]]) -> None:
    table = np.array(rows, dtype=np.float64).reshape(len(rows), 3)
    first, inverse = unique_rows(table)
    expected, expected_first, expected_inverse = np.unique(
        table, axis=0, return_index=True, return_inverse=True
    )
    assert len(first) == len(expected)
    assert sorted(first.tolist()) == sorted(expected_first.tolist())  # first occurrences
    assert np.array_equal(table[first[inverse]], table)
    same = inverse[:, None] == inverse[None, :]
    assert np.array_equal(same, expected_inverse.ravel()[:, None] == expected_inverse.ravel())
