"""Import a 10,000-row Google Forms export end to end, against pandas merely reading it.

    python benchmarks/import_google_forms.py [--rows 10000] [--repeat 3]

Prints the best of ``--repeat`` runs of each, their ratio (target: import ≤ 0.5 × read),
the process's peak resident memory after the import (``resource.getrusage`` maxrss, taken
before pandas runs) and the import's peak Python allocations (``tracemalloc``, in a separate,
untimed run).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

from mentordesk.app import AppContext, bootstrap

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


def time_pandas(path: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``pandas.read_excel`` (openpyxl, pandas' default)."""
    import pandas

    started, cpu = time.perf_counter(), time.process_time()
    frame = pandas.read_excel(path, engine="openpyxl")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert len(frame) > 0
    return elapsed, cpu


def time_import(path: Path, folder: Path, run: int) -> tuple[float, float, AppContext]:
    """Wall-clock and CPU seconds from the file's path to the committed transaction."""
    context = bootstrap(f"sqlite:///{(folder / f'bench-{run}.db').as_posix()}")
    started, cpu = time.perf_counter(), time.process_time()
    report = context.imports.import_file(path, "Promo benchmark")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert report.created + report.updated + report.unchanged > 0, report
    return elapsed, cpu, context


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "Questionnaire mentorat (réponses).xlsx"
        write_export(path, args.rows)
        print(f"export: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB")

        imports, import_cpus = [], []
        for run in range(args.repeat):
            elapsed, cpu, context = time_import(path, folder, run)
            imports.append(elapsed)
            import_cpus.append(cpu)
            if run == 0:
                report = context.imports.import_file(path, "Promo benchmark")
                print(
                    f"re-import of the same file: {report.unchanged:,} unchanged, "
                    f"{report.created} created, {report.updated} updated"
                )
            context.close()
        maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if sys.platform == "darwin":
            maxrss_mb /= 1024

        tracemalloc.start()
        _, _, context = time_import(path, folder, args.repeat)
        traced_peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        context.close()

        timings = [time_pandas(path) for _ in range(args.repeat)]
        reads = [wall for wall, _ in timings]
        read_cpus = [cpu for _, cpu in timings]

    best_import, best_read = min(imports), min(reads)
    print(f"pandas.read_excel (openpyxl), best of {args.repeat}: {best_read:.3f} s")
    print(f"MentorDesk import into SQLite, best of {args.repeat}: {best_import:.3f} s")
    print(
        f"MentorDesk import into SQLite, first run (gazetteer tables read, caches cold): "
        f"{imports[0]:.3f} s"
    )
    print(f"ratio import / read: {best_import / best_read:.2f} (target ≤ 0.50)")
    print(f"ratio first import / read: {imports[0] / best_read:.2f}")
    print(
        f"CPU seconds (less sensitive to a busy machine): read {min(read_cpus):.3f}, "
        f"import {min(import_cpus):.3f} (first {import_cpus[0]:.3f}), "
        f"ratio {min(import_cpus) / min(read_cpus):.2f}"
    )
    print(f"peak memory: {maxrss_mb:.0f} MB resident (getrusage maxrss, before pandas ran)")
    print(
        f"peak memory: {traced_peak:.0f} MB of Python allocations during one import (tracemalloc)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
