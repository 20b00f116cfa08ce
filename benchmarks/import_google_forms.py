"""Import a 10,000-row Google Forms export end to end, against pandas merely reading it.

    python benchmarks/import_google_forms.py [--rows 10000] [--repeat 5]

What is measured, each in a fresh Python process started by this script (the way the
command line imports; in the window, the pages shown before an import have already paid for
some of the first-time costs, such as the database mapping's set-up):

* the import: ``QuestionnaireImportService.import_file`` from the file's path to the committed
  SQLite transaction (reading, checking the limits, detecting columns, normalising, writing),
  timed once the application is bootstrapped (its modules imported, the database created)
  and nothing else done: every cache is cold (the gazetteer's tables not yet read, no
  statement compiled, no row of the file seen). A second import of the same file in the
  same process, into a fresh database, is timed too ("warm", as when a coordinator imports
  another export without restarting);
* ``pandas.read_excel(path, engine="openpyxl")`` (openpyxl is pandas' default engine for
  .xlsx), timed once pandas is imported, twice in each of ``--repeat`` processes (the
  second read is the faster), the best of the two kept. Imports and reads alternate, so a
  moment when the machine is busier weighs on both sides.

The ratio printed against the target (≤ 0.5) is the median, over the runs, of each cold
import's time over the best read of the pandas process run right after it; the median and
worst cold imports over the best read of all, and the CPU times, are printed beside it.

Peak memory is the importing process's peak resident set size (``getrusage`` ``ru_maxrss``),
whole (interpreter, libraries, the import) and as the rise the import caused above the peak
before it; the import's peak of Python allocations (``tracemalloc``) is measured in one more
process, untimed, since tracing slows it down.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HEADERS = [
    "Horodateur",
    "Adresse e-mail",
    "Prénom",
    "Nom",
    "Vous souhaitez participer en tant que",
    "Ville",
    "Vos besoins (si vous êtes mentoré·e)",
    "Vos domaines d'expertise (si vous êtes mentor)",
    "Combien de mentorés pouvez-vous accompagner ?",
    "Langues parlées",
    "Format préféré pour les rencontres",
    "Vos disponibilités",
    "J'accepte que mes réponses soient utilisées pour former les duos",
    "Un mot pour l'équipe ?",
]
FIRST = ["Camille", "Hélène", "Inès", "Jean-Pierre", "Zoé", "Léa", "Hugo", "Chloé", "Mathis",
         "Manon", "Lucas", "Emma", "Nathan", "Sarah", "Yanis", "Jade", "Noé", "Louise"]  # fmt: skip
LAST = ["Martin", "Durand", "Benali", "Le Roy", "Nguyen", "Petit", "Moreau", "Lefèvre",
        "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert"]  # fmt: skip
CITIES = ["Paris", "paris 11e", "75011", "Lyon", "Lyon 3ème", "Marseille", "Toulouse", "Nantes",
          "Bordeaux", "Lille", "Rennes", "St Etienne", "Grenoble", "Montpellier", "Strasbourg",
          "Nice", "Angers", "Dijon", "Brest", "Tours", "Villeurbanne", "Aix"]  # fmt: skip
TOPICS = ["Décrocher sa première mission", "Améliorer mon CV / profil", "Fixer son TJM",
          "Méthodes de travail", "Se former à une nouvelle technologie", "GitHub", "Soft skills",
          "Trouver des clients", "Gérer sa comptabilité", "Portage salarial"]  # fmt: skip
ROLES = ["Je veux accompagner (mentor)", "Je veux être accompagné(e) (mentoré)"]


def write_export(path: Path, rows: int, seed: int = 7) -> None:
    import openpyxl

    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Réponses au formulaire 1")
    sheet.append(HEADERS)
    start = datetime(2026, 2, 1, 9, 0)
    for index in range(rows):
        mentor = rng.random() < 0.4
        topics = ", ".join(rng.sample(TOPICS, rng.randint(1, 3)))
        first, last = rng.choice(FIRST), rng.choice(LAST)
        sheet.append(
            [
                start + timedelta(minutes=7 * index),
                f"{first}.{last}.{index}@example.fr".replace(" ", "").lower(),
                first,
                last,
                ROLES[0] if mentor else ROLES[1],
                rng.choice(CITIES),
                None if mentor else topics,
                topics if mentor else None,
                rng.randint(1, 3) if mentor else None,
                rng.choice(["Français", "Français, Anglais", "Français, Espagnol"]),
                rng.choice(["Présentiel", "À distance", "Les deux"]),
                rng.choice(["Soirs de semaine", "Le week-end", "Mardi midi"]),
                "Oui",
                rng.choice([None, None, "Merci pour l'initiative !", "+33 6 00 00 00 00"]),
            ]
        )
    book.save(path)


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _import_once(context: Any, path: Path) -> dict[str, float]:
    from mentordesk.services.import_kinds import NewBatch

    peak_before = _peak_mb()
    started, cpu = time.perf_counter(), time.process_time()
    report = context.imports.import_file(path, NewBatch("Promo benchmark"))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert report.created == report.mentors + report.mentees > 0, report
    return {"wall": wall, "cpu": cpu, "peak_before_mb": peak_before, "peak_mb": _peak_mb()}


def child_import(path: Path, folder: Path) -> dict[str, Any]:
    """A fresh process's first import, then a second one into another database."""
    from mentordesk.app import bootstrap
    from mentordesk.services.import_kinds import NewBatch

    runs = []
    for name in ("cold", "warm"):
        context = bootstrap(f"sqlite:///{(folder / f'{name}.db').as_posix()}")
        try:
            runs.append(_import_once(context, path))
            if name == "warm":
                again = context.imports.import_file(path, NewBatch("Promo benchmark"))
        finally:
            context.close()
    reimport = {"unchanged": again.unchanged, "changed": again.created + again.updated}
    return {"cold": runs[0], "warm": runs[1], "reimport": reimport}


def child_traced(path: Path, folder: Path) -> dict[str, Any]:
    import tracemalloc

    from mentordesk.app import bootstrap
    from mentordesk.services.import_kinds import NewBatch

    context = bootstrap(f"sqlite:///{(folder / 'traced.db').as_posix()}")
    try:
        tracemalloc.start()
        context.imports.import_file(path, NewBatch("Promo benchmark"))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        context.close()
    return {"traced_peak_mb": peak / 1e6}


def child_pandas(path: Path, repeat: int) -> dict[str, Any]:
    import pandas

    runs = []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        frame = pandas.read_excel(path, engine="openpyxl")
        runs.append({"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu})
        assert len(frame) > 0
    return {"runs": runs, "peak_mb": _peak_mb()}


def _child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmark child {args[0]} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def _seconds(values: list[float]) -> str:
    return ", ".join(f"{value:.3f}" for value in values)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "import":
            result = child_import(Path(rest[0]), Path(rest[1]))
        elif kind == "traced":
            result = child_traced(Path(rest[0]), Path(rest[1]))
        else:
            result = child_pandas(Path(rest[0]), int(rest[1]))
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "Questionnaire mentorat (réponses).xlsx"
        write_export(path, args.rows)
        print(f"export: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB (xlsx)")
        imports, reads = [], []
        for run in range(args.repeat):  # alternated, so a busier moment weighs on both
            run_folder = folder / f"run-{run}"
            run_folder.mkdir()
            imports.append(_child("import", str(path), str(run_folder)))
            reads.append(_child("pandas", str(path), "2"))
        traced = _child("traced", str(path), str(folder))

    reimport = imports[0]["reimport"]
    print(
        f"re-import of the same file (untimed): {reimport['unchanged']:,} unchanged, "
        f"{reimport['changed']} created or updated"
    )
    cold = [run["cold"]["wall"] for run in imports]
    warm = [run["warm"]["wall"] for run in imports]
    read_each = [min(run["wall"] for run in process["runs"]) for process in reads]
    best_read = min(read_each)
    pairs = [import_ / read for import_, read in zip(cold, read_each, strict=True)]
    cold_cpu = statistics.median(run["cold"]["cpu"] for run in imports)
    read_cpu = min(run["cpu"] for process in reads for run in process["runs"])
    print(f"pandas.read_excel (openpyxl), best of two reads a process (s): {_seconds(read_each)}")
    print(f"MentorDesk import into SQLite, first in a fresh process, cold (s): {_seconds(cold)}")
    print(f"MentorDesk import into SQLite, second in that process, warm (s): {_seconds(warm)}")
    print(
        f"ratio cold import / read, each import over the read that followed it: {_seconds(pairs)}"
    )
    print(f"ratio import / read: {statistics.median(pairs):.2f} (median of those; target ≤ 0.50)")
    median_warm = statistics.median(warm)
    print(
        f"  over the best read of all: median cold {statistics.median(cold) / best_read:.2f}, "
        f"worst cold {max(cold) / best_read:.2f}, median warm {median_warm / best_read:.2f}"
    )
    print(
        f"  CPU seconds (less sensitive to a busy machine): median cold import {cold_cpu:.3f} "
        f"over best read {read_cpu:.3f} = {cold_cpu / read_cpu:.2f}"
    )
    peak = max(run["cold"]["peak_mb"] for run in imports)
    rise = max(run["cold"]["peak_mb"] - run["cold"]["peak_before_mb"] for run in imports)
    print(
        f"peak memory of the importing process: {peak:.0f} MB resident, of which the import "
        f"added {rise:.0f} MB above the bootstrapped application's peak "
        f"(getrusage ru_maxrss, fresh process, cold import)"
    )
    print(
        f"peak Python allocations during one import: {traced['traced_peak_mb']:.0f} MB "
        f"(tracemalloc, a separate untimed run); pandas' reading process peaked at "
        f"{max(process['peak_mb'] for process in reads):.0f} MB resident"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
