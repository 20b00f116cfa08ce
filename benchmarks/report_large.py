"""The end-of-batch PDF of a synthetic 5,000-duo batch: time and memory (target: < 20 s, 500 MB).

    python benchmarks/report_large.py [--duos 5000]

Builds the batch in a throw-away SQLite database (8,000 volunteers, 5,000 duos, about 17,000
meetings, 6,500 answers with comments), then makes each report in a fresh process so that
its peak resident memory (``resource.getrusage`` maxrss) is the report's alone: the default
report (names hidden) and the largest one (names shown, per-duo table, a certificate per
volunteer). Prints the time, the pages and the peak memory of each.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from mentordesk.app import bootstrap
from mentordesk.domain.enums import BatchStatus, DuoState, MeetingMode, Role
from mentordesk.io.report_model import ReportOptions
from mentordesk.storage.models import Batch, Duo, Feedback, Meeting, Participation, Person
from mentordesk.storage.queries import get_or_create_programme

TARGET_SECONDS = 20.0
TARGET_MB = 500
BATCH = "Promo géante"
START = date(2026, 3, 2)
END = date(2026, 7, 2)
SUBJECTS = ["Améliorer son CV", "Fixer son TJM", "Méthodes de travail", "GitHub",
            "Se former à une nouvelle technologie", "Décrocher sa première mission"]  # fmt: skip
COMMENTS = ["Très riche, merci !", "J'ai décroché ma première mission.", "Format efficace.",
            "Peu de créneaux, mais utile.", "Un échange dans les deux sens."]  # fmt: skip
VARIANTS = {
    "default (names hidden)": ReportOptions(),
    "largest (names, duo table, certificates)": ReportOptions(
        show_names=True, duo_table=True, certificates=True
    ),
}


def build(url: str, duos: int, seed: int = 5000) -> None:
    rng = random.Random(seed)
    context = bootstrap(url)
    mentors = duos * 3 // 5
    mentees = duos
    with context.unit_of_work() as uow:
        session = uow.session
        programme = get_or_create_programme(session, "Mentorat freelance")
        batch = Batch(
            programme_id=programme.id,
            name=BATCH,
            start_date=START,
            end_date=END,
            status=BatchStatus.CLOSED,
        )
        session.add(batch)
        session.flush()
        people = [
            {"id": i + 1, "email": f"p{i}@example.org", "first_name": f"Prénom{i}",
             "last_name": f"Nom{i}"}
            for i in range(mentors + mentees)
        ]  # fmt: skip
        session.execute(insert(Person), people)
        session.execute(
            insert(Participation),
            [
                {
                    "id": i + 1,
                    "batch_id": batch.id,
                    "person_id": i + 1,
                    "role": Role.MENTOR if i < mentors else Role.MENTEE,
                    "capacity": 2 if i < mentors else None,
                    "city": f"Ville {i % 300}",
                    "languages": ["fr"],
                    "raw_answers": {},
                }
                for i in range(mentors + mentees)
            ],
        )
        duo_rows = []
        for index in range(duos):
            duo_rows.append(
                {
                    "id": index + 1,
                    "batch_id": batch.id,
                    "mentor_id": (index % mentors) + 1,
                    "mentee_id": mentors + index + 1,
                    "state": DuoState.ENDED,
                    "started_on": START,
                    "ended_on": END,
                }
            )
        session.execute(insert(Duo), duo_rows)
        meetings = []
        for duo in duo_rows:
            for _ in range(rng.choice((0, 1, 2, 3, 3, 4, 5, 6))):
                meetings.append(
                    {
                        "duo_id": duo["id"],
                        "date": START + timedelta(days=rng.randint(3, 118)),
                        "minutes": 60,
                        "mode": MeetingMode.VIDEO,
                        "notes": "",
                    }
                )
        session.execute(insert(Meeting), meetings)
        answers = []
        for pid in range(1, mentors + mentees + 1):
            if rng.random() > 0.8:
                continue
            mentee = pid > mentors
            comment = rng.choice(COMMENTS) + f" ({pid})" if rng.random() < 0.6 else ""
            answers.append(
                {
                    "participation_id": pid,
                    "duo_id": pid - mentors if mentee else None,
                    "rating": rng.choice((6, 7, 8, 9, 9, 10, 10)),
                    "progressed_on": rng.sample(SUBJECTS, rng.randint(1, 3)) if mentee else [],
                    "learned_from_partner": None if mentee else rng.random() < 0.7,
                    "comment": comment,
                    "may_quote": bool(comment) and rng.random() < 0.7,
                    "submitted_at": datetime(2026, 7, 10),
                    "raw_answers": {},
                }
            )
        session.execute(insert(Feedback), answers)
        uow.commit()
    print(
        f"batch: {mentors + mentees} volunteers, {duos} duos, {len(meetings)} meetings,"
        f" {len(answers)} answers"
    )
    context.close()


def report_only(url: str, variant: str) -> None:
    """Runs in the child process: one report, then its figures as JSON on stdout."""
    context = bootstrap(url, migrate=False)
    options = VARIANTS[variant]
    start = time.perf_counter()
    result = context.reports.write_pdf(context.batches.id_of(BATCH), io.BytesIO(), options)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "pages": result.pages, "peak_mb": peak_mb}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duos", type=int, default=5000)
    parser.add_argument(
        "--report-only", nargs=2, metavar=("URL", "VARIANT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.report_only:
        report_only(*args.report_only)
        return
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'large.db'}"
        start = time.perf_counter()
        build(url, args.duos)
        print(f"built in {time.perf_counter() - start:.1f} s")
        for variant in VARIANTS:
            child = subprocess.run(
                [sys.executable, __file__, "--report-only", url, variant],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(child.stdout.strip().splitlines()[-1])
            ok = figures["seconds"] < TARGET_SECONDS and figures["peak_mb"] < TARGET_MB
            print(
                f"{variant}: {figures['pages']} pages in {figures['seconds']:.2f} s,"
                f" peak memory {figures['peak_mb']:.0f} MB"
                f" (target < {TARGET_SECONDS:g} s and {TARGET_MB} MB: {'ok' if ok else 'MISSED'})"
            )


if __name__ == "__main__":
    main()
