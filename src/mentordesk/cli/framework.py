"""The CLI's parser and its one rule for failures: a single line on stderr, exit status 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any, NoReturn, Protocol

from sqlalchemy.exc import SQLAlchemyError

from mentordesk import __version__
from mentordesk.app import AppContext, bootstrap
from mentordesk.services.errors import MentorDeskError
from mentordesk.storage.database import DatabaseError, explain_database_error

EXIT_OK = 0
EXIT_REFUSED = 2


class UsageError(Exception):
    pass


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


class ContextProvider(Protocol):
    def __call__(self) -> AppContext: ...


Handler = Callable[[argparse.Namespace, ContextProvider], int]


def batch_id(args: argparse.Namespace, context: ContextProvider) -> int:
    """The id of the batch that ``--batch`` names: people name batches, services take ids."""
    return context().batches.id_of(args.batch)


def build_parser(modules: Iterable[ModuleType]) -> OneLineParser:
    parser = OneLineParser(
        prog="mentordesk-cli",
        description="MentorDesk without its window: batches, volunteers, duos, reports.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: $MENTORDESK_DB, else the user's data folder)",
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=OneLineParser
    )
    for module in modules:
        module.register(subparsers)
    return parser


def run(parser: argparse.ArgumentParser, argv: list[str]) -> int:
    context: AppContext | None = None

    def provide() -> AppContext:
        nonlocal context
        if context is None:
            context = bootstrap(args.db)
        return context

    try:
        args = parser.parse_args(argv)
        handler: Handler = args.func
        return handler(args, provide)
    except UsageError as error:
        return fail(str(error))
    except (MentorDeskError, DatabaseError) as error:
        return fail(str(error))
    except SQLAlchemyError as error:
        return fail(explain_database_error(error))
    except OSError as error:
        return fail(f"{error.filename or 'file'}: {error.strerror or error}")
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return fail("interrupted")
    except Exception as error:  # the CLI promises one line, never a traceback
        return fail(f"unexpected error: {type(error).__name__}: {error}")
    finally:
        if context is not None:
            context.close()


def _silence_stdout() -> None:
    """The reader went away (``| head``): that is not a failure, and nothing more is printed."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def fail(message: str) -> int:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_REFUSED


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: Iterable[Iterable[object]]) -> None:
    text_rows = [[("" if cell is None else str(cell)) for cell in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in text_rows:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    line = "  ".join(f"{{:<{width}}}" for width in widths)
    print(line.format(*headers).rstrip())
    for row in text_rows:
        print(line.format(*row).rstrip())
