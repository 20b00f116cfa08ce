"""``mentordesk-cli``: parse the arguments, call a service, print the result.

Each command family lives in its own module exposing ``register(subparsers)``; the
handler it sets as ``func`` receives the parsed arguments and a lazily built
:class:`~mentordesk.app.AppContext`, and returns the exit status.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from mentordesk.cli import (
    foundation,
    import_history,
    imports,
    matching,
    people,
    reports,
    tracking,
)
from mentordesk.cli.framework import build_parser, run

COMMAND_MODULES = (foundation, imports, import_history, matching, people, reports, tracking)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(COMMAND_MODULES)
    return run(parser, list(sys.argv[1:] if argv is None else argv))
