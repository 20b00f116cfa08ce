"""The demo batch's end-of-batch PDF: time to make it (target: under 2 s).

    python benchmarks/report_demo.py [--repeat 5]

Builds the demo batch in a throw-away SQLite database, then makes its report in memory with
the default options (French, A4, names hidden) and with every option (names shown, per-duo
table, certificates), and prints the best and worst of ``--repeat`` runs of each, and pages.
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from pathlib import Path

from mentordesk.app import bootstrap
from mentordesk.io.report_model import ReportOptions

TARGET_SECONDS = 2.0
VARIANTS = {
    "default (fr, A4, names hidden)": ReportOptions(),
    "everything (names, duo table, certificates)": ReportOptions(
        show_names=True, duo_table=True, certificates=True
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        context = bootstrap(f"sqlite:///{Path(folder) / 'demo.db'}")
        batch_id = context.demo.create().batch_id
        for name, options in VARIANTS.items():
            times = []
            pages = 0
            for _ in range(args.repeat):
                start = time.perf_counter()
                pages = context.reports.write_pdf(batch_id, io.BytesIO(), options).pages
                times.append(time.perf_counter() - start)
            best, worst = min(times), max(times)
            verdict = "ok" if worst < TARGET_SECONDS else "TOO SLOW"
            print(
                f"{name}: {pages} pages, best {best:.3f} s, worst {worst:.3f} s"
                f" (target < {TARGET_SECONDS:g} s: {verdict})"
            )
        context.close()


if __name__ == "__main__":
    main()
