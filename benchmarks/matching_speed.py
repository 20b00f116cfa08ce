"""Speed and memory of the scores, the optimal proposal and the suggestions.

    python benchmarks/matching_speed.py [--reference-path DIR]

Three cases, each in a fresh process so that its peak memory is its own:

1. scores and the optimal proposal for 1,000 mentors × 1,000 mentees, one mentee each
   (target: under 1 s and 300 MB);
2. 2,000 mentors taking 1 to 3 mentees × 5,000 mentees (target: under 10 s and 1.5 GB);
3. suggestions for one mentee among 5,000 mentors (target: under 50 ms), from the
   snapshot the board holds, through the service from a SQLite file (read on each call),
   and through the service in fresh processes, as ``mentordesk-cli suggest`` runs; each
   path ends with a PASS or FAIL line against the target.

Memory is the process's peak resident size (``ru_maxrss``), and the part of it above what
the process held before the case started. The reference for case 1 is mentor-match 7.0.1
(with munkres 1.1.4, the version it was published with) on the same people, measured in the
same run when it can be imported: ``pip install --target DIR mentor-match==7.0.1
munkres==1.1.4`` and pass ``--reference-path DIR``.
"""

from __future__ import annotations

import argparse
import json
import operator
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from mentordesk.domain.enums import FormatPreference, Role
from mentordesk.matching import solve
from mentordesk.matching.profiles import Profile, encode
from mentordesk.matching.scoring import score_matrix
from mentordesk.matching.settings import MatchSettings

CITIES = (
    ("Paris", "Île-de-France", 48.8566, 2.3522, 30),
    ("Boulogne-Billancourt", "Île-de-France", 48.8397, 2.2399, 4),
    ("Montreuil", "Île-de-France", 48.8638, 2.4485, 3),
    ("Lyon", "Auvergne-Rhône-Alpes", 45.7640, 4.8357, 12),
    ("Villeurbanne", "Auvergne-Rhône-Alpes", 45.7719, 4.8902, 3),
    ("Grenoble", "Auvergne-Rhône-Alpes", 45.1885, 5.7245, 3),
    ("Marseille", "Provence-Alpes-Côte d'Azur", 43.2965, 5.3698, 6),
    ("Aix-en-Provence", "Provence-Alpes-Côte d'Azur", 43.5297, 5.4474, 3),
    ("Nice", "Provence-Alpes-Côte d'Azur", 43.7102, 7.2620, 3),
    ("Toulouse", "Occitanie", 43.6047, 1.4442, 7),
    ("Montpellier", "Occitanie", 43.6108, 3.8767, 4),
    ("Bordeaux", "Nouvelle-Aquitaine", 44.8378, -0.5792, 7),
    ("Lille", "Hauts-de-France", 50.6292, 3.0573, 6),
    ("Nantes", "Pays de la Loire", 47.2184, -1.5536, 6),
    ("Rennes", "Bretagne", 48.1173, -1.6778, 5),
    ("Strasbourg", "Grand Est", 48.5734, 7.7521, 4),
    ("Bruxelles", "Bruxelles-Capitale", 50.8503, 4.3517, 2),
    ("Genève", "Genève", 46.2044, 6.1432, 2),
)
TOPICS = 12
RUNS = 20
FRESH_RUNS = 5
BENCH_FOLDER = "MENTORDESK_BENCH_FOLDER"
FRESH_MENTEE = "p5000@bench.example"
"""The first mentee of the suggestions case's batch (5,000 mentors come first)."""
SUGGESTION_TARGET_S = 0.050
FORMATS = (FormatPreference.IN_PERSON, FormatPreference.REMOTE, FormatPreference.EITHER)


def people(rng: np.random.Generator, count: int, mentor: bool) -> list[Profile]:
    weights = np.array([c[4] for c in CITIES], dtype=float)
    cities = rng.choice(len(CITIES), count, p=weights / weights.sum())
    result = []
    for k in range(count):
        name, region, latitude, longitude, _ = CITIES[cities[k]]
        country = "BE" if name == "Bruxelles" else "CH" if name == "Genève" else "FR"
        wanted = rng.integers(3, 6) if mentor else rng.integers(1, 4)
        languages = ("fr", "en") if rng.random() < 0.6 else ("fr",)
        if rng.random() < 0.05:
            languages = ("en",)
        result.append(
            Profile(
                topics=tuple(int(t) for t in rng.choice(TOPICS, wanted, replace=False)),
                city=name,
                region=region,
                country=country,
                latitude=latitude,
                longitude=longitude,
                languages=languages,
                format=FORMATS[rng.choice(3, p=[0.2, 0.4, 0.4])],
                experience=int(rng.integers(6, 20) if mentor else rng.integers(0, 3)),
            )
        )
    return result


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def proposal_case(mentors: int, mentees: int, capacities: tuple[int, int]) -> dict[str, Any]:
    rng = np.random.default_rng(20260302)
    mentor_profiles = people(rng, mentors, True)
    mentee_profiles = people(rng, mentees, False)
    capacity = rng.integers(capacities[0], capacities[1] + 1, mentors)
    before = peak_mb()
    settings = MatchSettings()
    (left, right, _), encode_s = timed(lambda: encode(mentor_profiles, mentee_profiles))
    table, score_s = timed(lambda: score_matrix(left, right, settings))
    pairs, solve_s = timed(lambda: solve(table.scores, capacity, table.allowed))
    return {
        "encode_s": encode_s,
        "scores_s": score_s,
        "solve_s": solve_s,
        "total_s": encode_s + score_s + solve_s,
        "peak_mb": peak_mb(),
        "added_mb": peak_mb() - before,
        "matched": len(pairs),
        "places": int(capacity.sum()),
        "allowed_share": float(table.allowed.mean()),
    }


def suggestions_case(mentors: int) -> dict[str, Any]:
    """Suggestions for one mentee, on the board's snapshot and through the service.

    Fills the batch into ``$MENTORDESK_BENCH_FOLDER/bench.db`` (kept for the fresh-process
    case). The service reads the batch from SQLite on every call, as ``mentordesk-cli
    suggest`` does.
    """
    from mentordesk.app import bootstrap

    context = bootstrap(_bench_url())
    batch = _fill_batch(context, mentors)
    load_s, board, emails = _board_suggestions(context, batch)
    found = context.matching.suggest(batch, mentee=emails[-1], top=10)  # statements compiled
    service = [
        timed(partial(context.matching.suggest, batch, mentee=email, top=10))[1] for email in emails
    ]
    context.close()
    return {
        "snapshot_load_s": load_s,
        "board_suggest_median_s": float(np.median(board)),
        "board_suggest_max_s": float(np.max(board)),
        "service_suggest_median_s": float(np.median(service)),
        "service_suggest_max_s": float(np.max(service)),
        "suggestions": len(found),
        "peak_mb": peak_mb(),
    }


def fresh_suggestion_case() -> dict[str, Any]:
    """One suggestion in a fresh process on the batch filled before, as the CLI makes it.

    SQLAlchemy configures its mappers once per process, on the first query of any kind;
    that is timed apart.
    """
    from sqlalchemy.orm import configure_mappers

    from mentordesk.app import bootstrap

    context = bootstrap(_bench_url())
    _, setup_s = timed(configure_mappers)
    found, first_s = timed(
        lambda: context.matching.suggest(
            context.batches.id_of("Bench"), mentee=FRESH_MENTEE, top=10
        )
    )
    context.close()
    return {"setup_s": setup_s, "first_s": first_s, "suggestions": len(found)}


def _bench_url() -> str:
    return f"sqlite:///{Path(os.environ[BENCH_FOLDER]) / 'bench.db'}"


def _board_suggestions(context: Any, batch: int) -> tuple[float, list[float], list[str]]:
    """Reading the board's snapshot, then suggestions from it; the snapshot is let go after."""
    from mentordesk.services.suggestions import suggest_for_mentee

    snapshot, load_s = timed(lambda: context.matching.snapshot(batch))
    people = snapshot.mentees[:RUNS]
    suggest_for_mentee(snapshot, people[0].participation_id, 10)
    runs = [
        timed(partial(suggest_for_mentee, snapshot, person.participation_id, 10))[1]
        for person in people
    ]
    return load_s, runs, [person.email for person in people]


def _fill_batch(context: Any, mentors: int) -> int:
    from sqlalchemy import insert

    from mentordesk.storage.models import (
        Batch,
        Participation,
        ParticipationTopic,
        Person,
        Programme,
        Topic,
    )

    rng = np.random.default_rng(7)
    mentor_profiles = people(rng, mentors, True)
    mentee_profiles = people(rng, 50, False)
    with context.unit_of_work() as uow:
        session = uow.session
        programme = Programme(name="Bench")
        session.add(programme)
        session.flush()
        topics = [
            Topic(programme_id=programme.id, label=f"Thème {k}", key=f"theme {k}", aliases=[])
            for k in range(TOPICS)
        ]
        session.add_all(topics)
        batch = Batch(
            programme_id=programme.id,
            name="Bench",
            start_date=date(2026, 9, 7),
            end_date=date(2027, 1, 7),
        )
        session.add(batch)
        session.flush()
        everyone = [(p, Role.MENTOR) for p in mentor_profiles] + [
            (p, Role.MENTEE) for p in mentee_profiles
        ]
        session.execute(
            insert(Person),
            [
                {"email": f"p{k}@bench.example", "first_name": "P", "last_name": str(k)}
                for k in range(len(everyone))
            ],
        )
        person_ids = dict(session.query(Person.email, Person.id).all())
        session.execute(
            insert(Participation),
            [
                {
                    "batch_id": batch.id,
                    "person_id": person_ids[f"p{k}@bench.example"],
                    "role": role,
                    "capacity": int(rng.integers(1, 4)) if role is Role.MENTOR else None,
                    "city": p.city,
                    "region": p.region,
                    "country": p.country,
                    "latitude": p.latitude,
                    "longitude": p.longitude,
                    "languages": list(p.languages),
                    "format_preference": p.format,
                    "experience_years": p.experience,
                }
                for k, (p, role) in enumerate(everyone)
            ],
        )
        participation_ids = dict(
            session.query(Participation.person_id, Participation.id)
            .filter(Participation.batch_id == batch.id)
            .all()
        )
        session.execute(
            insert(ParticipationTopic),
            [
                {
                    "participation_id": participation_ids[person_ids[f"p{k}@bench.example"]],
                    "topic_id": topics[t].id,
                    "position": position,
                }
                for k, (p, _) in enumerate(everyone)
                for position, t in enumerate(p.topics)
            ],
        )
        uow.commit()
        return int(batch.id)


def reference_case(mentors: int, mentees: int) -> dict[str, Any]:
    """mentor-match 7.0.1 on the same people, one round, one mentee per mentor."""
    from matching.mentee import Mentee  # type: ignore[import-not-found]
    from matching.mentor import Mentor  # type: ignore[import-not-found]
    from matching.rules import rule  # type: ignore[import-not-found]

    from matching import process  # type: ignore[import-not-found]

    rng = np.random.default_rng(20260302)
    mentor_profiles = people(rng, mentors, True)
    mentee_profiles = people(rng, mentees, False)

    def person(kind: type, k: int, p: Profile) -> Any:
        return kind(
            email=f"{kind.__name__}{k}@bench.example",
            grade=p.experience,
            organisation=p.city,
            profession=p.topics[0],
            **{"first name": "P", "last name": str(k), "role": kind.__name__},
        )

    left = [person(Mentor, k, p) for k, p in enumerate(mentor_profiles)]
    right = [person(Mentee, k, p) for k, p in enumerate(mentee_profiles)]
    rules = [
        rule.Grade(2, operator.gt, {True: 3, False: 0}),
        rule.Equivalent("profession", {True: 4, False: 0}),
        rule.Generic({True: 2, False: 0}, lambda m: m.mentee.organisation == m.mentor.organisation),
        rule.UnmatchedBonus(6),
    ]
    before = peak_mb()
    _, seconds = timed(lambda: process.process_data(left, right, [rules]))
    return {
        "total_s": seconds,
        "peak_mb": peak_mb(),
        "added_mb": peak_mb() - before,
        "matched": sum(len(m.mentees) for m in left),
    }


CASES: dict[str, Callable[[], dict[str, Any]]] = {
    "one_to_one": lambda: proposal_case(1000, 1000, (1, 1)),
    "large": lambda: proposal_case(2000, 5000, (1, 3)),
    "suggestions": lambda: suggestions_case(5000),
    "fresh_suggestion": fresh_suggestion_case,
    "reference": lambda: reference_case(1000, 1000),
}


def run_case(
    name: str,
    reference_path: str | None = None,
    timeout: float = 900,
    extra: dict[str, str] | None = None,
) -> dict[str, Any]:
    environment = {**os.environ, **(extra or {})}
    if reference_path:
        environment["PYTHONPATH"] = os.pathsep.join(
            filter(None, [reference_path, environment.get("PYTHONPATH")])
        )
    result = subprocess.run(
        [sys.executable, __file__, "--case", name],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        return {"error": (result.stderr.strip().splitlines() or ["failed"])[-1]}
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", choices=sorted(CASES), help=argparse.SUPPRESS)
    parser.add_argument("--reference-path", metavar="DIR", help="where mentor-match 7.0.1 is")
    args = parser.parse_args()
    if args.case:
        print(json.dumps(CASES[args.case]()))
        return

    one = run_case("one_to_one")
    print("1. scores + optimal proposal, 1,000 mentors × 1,000 mentees, one mentee each")
    print(
        f"   encode {one['encode_s']:.3f} s, scores {one['scores_s']:.3f} s, "
        f"solve {one['solve_s']:.3f} s → total {one['total_s']:.3f} s (target < 1 s)"
    )
    print(
        f"   peak memory {one['peak_mb']:.0f} MB, of which {one['added_mb']:.0f} MB for the work "
        f"(target < 300 MB); {one['matched']} duos"
    )
    reference = run_case("reference", args.reference_path, timeout=1800)
    if "error" in reference:
        print(f"   mentor-match 7.0.1: not measured ({reference['error']})")
    else:
        print(
            f"   mentor-match 7.0.1 on the same people: {reference['total_s']:.1f} s, peak "
            f"{reference['peak_mb']:.0f} MB ({reference['added_mb']:.0f} MB for the work), "
            f"{reference['matched']} duos → ours is {reference['total_s'] / one['total_s']:.0f}× "
            f"faster, {reference['peak_mb'] / one['peak_mb']:.1f}× less memory at peak"
        )

    large = run_case("large")
    print("2. 2,000 mentors (capacity 1–3) × 5,000 mentees")
    print(
        f"   encode {large['encode_s']:.2f} s, scores {large['scores_s']:.2f} s, "
        f"solve {large['solve_s']:.2f} s → total {large['total_s']:.2f} s (target < 10 s)"
    )
    print(
        f"   peak memory {large['peak_mb']:.0f} MB, of which {large['added_mb']:.0f} MB for the "
        f"work (target < 1,500 MB); {large['matched']} duos for {large['places']} places, "
        f"{large['allowed_share']:.0%} of pairs allowed by the rules"
    )

    with tempfile.TemporaryDirectory() as folder:
        found = run_case("suggestions", extra={BENCH_FOLDER: folder})
        fresh = [
            run_case("fresh_suggestion", extra={BENCH_FOLDER: folder}) for _ in range(FRESH_RUNS)
        ]
    print("3. suggestions for one mentee among 5,000 mentors (target < 50 ms)")
    if "error" in found:
        print(f"   not measured ({found['error']})")
        return
    print(
        f"   on the board's snapshot: median {found['board_suggest_median_s'] * 1000:.1f} ms, "
        f"slowest of {RUNS} {found['board_suggest_max_s'] * 1000:.1f} ms "
        f"(reading that snapshot: {found['snapshot_load_s'] * 1000:.0f} ms, once per board)"
    )
    print(
        f"   through the service from SQLite, reading what it needs on each call: median "
        f"{found['service_suggest_median_s'] * 1000:.1f} ms, slowest of {RUNS} "
        f"{found['service_suggest_max_s'] * 1000:.1f} ms"
    )
    targets = [
        ("board's snapshot, median", found["board_suggest_median_s"]),
        ("service from SQLite, median", found["service_suggest_median_s"]),
    ]
    done = [run for run in fresh if "error" not in run]
    if done:
        first = float(np.median([run["first_s"] for run in done]))
        setup = float(np.median([run["setup_s"] for run in done]))
        print(
            f"   in a fresh process, as mentordesk-cli suggest makes it: first suggestion "
            f"{first * 1000:.1f} ms (median of {len(done)} processes, slowest "
            f"{max(run['first_s'] for run in done) * 1000:.1f} ms), after SQLAlchemy's "
            f"one-time mapper set-up ({setup * 1000:.0f} ms, paid by a process's first query)"
        )
        targets.append(("service in a fresh process, first suggestion", first))
    else:
        print(f"   in a fresh process: not measured ({fresh[0]['error']})")
    for label, seconds in targets:
        verdict = "PASS" if seconds < SUGGESTION_TARGET_S else "FAIL"
        print(f"   {verdict}: {label} {seconds * 1000:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
