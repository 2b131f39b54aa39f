"""The ``merge``, ``report`` and ``export`` subcommands, for the main ``conflict-ie`` parser.

``add_commands(subparsers)`` registers them; each sets ``func`` to a handler that takes the parsed
namespace and returns an exit code: 0 done, 2 bad arguments or an unreadable input (one line on
stderr, no traceback).  Records in, corpus events out, as JSON lines:

    conflict-ie merge records.jsonl -o events.jsonl
    conflict-ie report events.jsonl -o report.html
    conflict-ie export events.jsonl --format acled -o events.csv
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

EXIT_OK, EXIT_USAGE = 0, 2


class InputError(Exception):
    """An input that cannot be read or parsed: exit code 2 with a one-line message."""


def _lines(path: str) -> Iterator[tuple[int, str]]:
    try:
        fh = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    with fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                yield number, line


def _parse(path: str, model: Callable[[Any], Any]) -> list[Any]:
    """Every non-blank JSON line of ``path`` through ``model``; the first bad line stops the run."""
    out = []
    for number, line in _lines(path):
        try:
            out.append(model(json.loads(line)))
        except (json.JSONDecodeError, ValidationError, ValueError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise InputError(f"{path}:{number}: not a valid line ({first})") from None
    return out


def _records(path: str) -> list[Any]:
    from ..models import Record

    return _parse(path, Record.model_validate)


def _events(path: str) -> list[Any]:
    from .merge import CorpusEvent

    return _parse(path, CorpusEvent.model_validate)


def _writable(path: str) -> None:
    parent = Path(path).resolve().parent
    if not parent.is_dir():
        raise InputError(f"cannot write {path}: folder {parent} does not exist")


def _run(action: Callable[[argparse.Namespace], str], args: argparse.Namespace) -> int:
    """Run a handler body; input problems become exit code 2 and one line on stderr."""
    try:
        message = action(args)
    except (InputError, OSError) as exc:
        print(f"conflict-ie {getattr(args, 'command', '')}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ImportError as exc:
        print(f"conflict-ie {getattr(args, 'command', '')}: missing optional dependency ({exc.name}); "
              "install conflict-ie[report] or conflict-ie[parquet]", file=sys.stderr)
        return EXIT_USAGE
    if message and not getattr(args, "quiet", False):
        print(message, file=sys.stderr)
    return EXIT_OK


def _merge(args: argparse.Namespace) -> str:
    from .merge import merge

    if args.output != "-":
        _writable(args.output)
    events = merge(_records(args.input))
    text = "".join(e.model_dump_json() + "\n" for e in events)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
    return f"{len(events)} events from {sum(len(e.claims) for e in events)} claims"


def _report(args: argparse.Namespace) -> str:
    from .report import write_report

    _writable(args.output)
    events = _events(args.input)
    write_report(events, args.output, title=args.title)
    return f"{len(events)} events -> {args.output}"


def _export(args: argparse.Namespace) -> str:
    from .export import write_table

    _writable(args.output)
    events = _events(args.input)
    if args.format == "acled":
        n = write_table(events, args.output, "acled")
    else:
        n = write_table(events, args.output, "flat", file_format=args.format)
    return f"{n} rows -> {args.output}"


def cmd_merge(args: argparse.Namespace) -> int:
    return _run(_merge, args)


def cmd_report(args: argparse.Namespace) -> int:
    return _run(_report, args)


def cmd_export(args: argparse.Namespace) -> int:
    return _run(_export, args)


def add_commands(subparsers: Any) -> None:
    """Register ``merge``, ``report`` and ``export`` on the main parser's subparsers."""
    p = subparsers.add_parser("merge", help="group the events of records into corpus events (JSON lines)")
    p.add_argument("input", help="records as JSON lines ('-' for stdin)")
    p.add_argument("-o", "--output", default="-", help="corpus events as JSON lines (default stdout)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = subparsers.add_parser("report", help="one offline HTML page: map, timeline, table")
    p.add_argument("input", help="corpus events as JSON lines (output of merge)")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.add_argument("--title", default="Corpus events")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_report)

    p = subparsers.add_parser("export", help="corpus events as an ACLED-style or flat table")
    p.add_argument("input", help="corpus events as JSON lines (output of merge)")
    p.add_argument("-o", "--output", required=True, help="CSV or Parquet file")
    p.add_argument("--format", choices=["acled", "csv", "parquet"], default="acled",
                   help="acled: ACLED columns (CSV, or Parquet for a .parquet name); csv/parquet: our flat columns")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_export)
