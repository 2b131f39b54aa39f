"""The ``conflict-ie`` command: thin, it parses arguments and calls the library.

Exit codes: 0 every record processed cleanly, 1 some records came out with ``error`` set (their
count is printed), 2 the run could not proceed (bad arguments, an unreadable input, an output
that cannot be written or is locked by another run), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import __version__

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE = 0, 1, 2


def _format(output: str | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = Path(output or "").suffix.lower()
    return {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(suffix, "jsonl")


def _progress(total: int | None, quiet: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="rec", file=sys.stderr, disable=quiet or not sys.stderr.isatty(), dynamic_ncols=True)


class UsageError(Exception):
    """Bad arguments or an environment the run cannot proceed in: exit code 2, one line on stderr."""


def _same_file(a: str, b: str) -> bool:
    pa, pb = Path(a), Path(b)
    try:
        if pa.exists() and pb.exists():
            return os.path.samefile(pa, pb)
    except OSError:
        pass
    return pa.resolve() == pb.resolve()


def _check_extract(args: argparse.Namespace) -> str:
    """Validate the arguments of ``extract``; returns the output format."""
    fmt = _format(args.output, args.format)
    if args.max_chars < 1:
        raise UsageError(f"--max-chars must be a positive number of characters, not {args.max_chars}")
    if args.batch_size < 1 or args.n_process < 1:
        raise UsageError("--batch-size and --n-process must be at least 1")
    if args.published:
        from .records import parse_published

        day, err = parse_published(args.published)
        if err is not None or day is None:
            raise UsageError(f"--published {args.published!r} is not an absolute date (use YYYY-MM-DD)")
        args.published = day.isoformat()
    for name in args.inputs:
        if name != "-" and not Path(name).exists():
            raise UsageError(f"{name}: no such file or folder")
        if name != "-" and args.output and args.output != "-" and _same_file(name, args.output):
            raise UsageError(f"the output {args.output} is also an input; choose another output file")
    if args.resume and (not args.output or args.output == "-"):
        raise UsageError("--resume needs an output file (-o)")
    return fmt


def _total(inputs: list[str]) -> int | None:
    from .corpus import count_records

    if any(n == "-" for n in inputs):
        return None
    counts = [count_records(Path(n)) for n in inputs]
    return sum(c for c in counts if c is not None) if all(c is not None for c in counts) else None


def _write_records(args: argparse.Namespace, writer: Any, records: Iterator[Any], bar: Any) -> tuple[int, int]:
    """Write records in batches; returns (written, errors)."""
    written, errors, batch = 0, 0, []
    for record in records:
        batch.append(record)
        errors += record.error is not None
        if len(batch) >= args.batch_size:
            writer.write(batch, writer.done + written)
            written += len(batch)
            bar.update(len(batch))
            batch = []
    writer.write(batch, writer.done + written)
    written += len(batch)
    bar.update(len(batch))
    return written, errors


def cmd_extract(args: argparse.Namespace) -> int:
    from .corpus import Fields, InputError, read_input
    from .output import OutputError, Writer
    from .pipeline import load
    from .records import process

    try:
        fmt = _check_extract(args)
        nlp = load(args.base)
        writer = Writer(args.output or "-", fmt, args.with_text, resume=args.resume)
    except (UsageError, OutputError, OSError) as exc:
        print(f"conflict-ie: {exc}", file=sys.stderr)
        return EXIT_USAGE
    fields = Fields(text=args.text_field, id=args.id_field, published=args.published_field)
    items = (item for name in args.inputs for item in read_input(name, fields, args.published))
    written = 0
    bar = _progress(_total(args.inputs), args.quiet)
    bar.update(writer.done)
    try:
        records = process(nlp, itertools.islice(items, writer.done, None), batch_size=args.batch_size,
                          n_process=args.n_process, with_text=args.with_text, max_chars=args.max_chars,
                          oversize=args.oversize)
        written, errors = _write_records(args, writer, records, bar)
        writer.close()
    except (InputError, OutputError) as exc:
        writer.abort()
        print(f"conflict-ie: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        writer.abort()
        hint = "run again with --resume to continue" if fmt != "parquet" else "nothing was written (Parquet is written at the end)"
        print(f"conflict-ie: interrupted; {hint}", file=sys.stderr)
        return 130
    finally:
        bar.close()
    return _summary(args, written, errors)


def _summary(args: argparse.Namespace, written: int, errors: int) -> int:
    if errors:
        print(f"conflict-ie: {errors} of {written} records have errors (see their 'error' field)", file=sys.stderr)
        return EXIT_RECORD_ERRORS
    if not args.quiet:
        print(f"conflict-ie: {written} records written to {args.output or 'standard output'}", file=sys.stderr)
    return EXIT_OK


def _show_input(target: str, published: str | None) -> tuple[str, str | None]:
    """The text (and published date) that ``show`` displays: a file's content or the argument itself."""
    from .corpus import decode, parse_json

    path = Path(target)
    if not (path.exists() and path.is_file()):
        return target, published
    text, err = decode(path.read_bytes())
    if err is not None or text is None:
        raise UsageError(f"{target}: {err.message if err else 'unreadable'}")
    if path.suffix.lower() in (".json", ".jsonl"):
        lines = text.strip().splitlines()
        if not lines:
            raise UsageError(f"{target}: the file is empty")
        obj, jerr = parse_json(lines[0] if path.suffix.lower() == ".jsonl" else text)
        if jerr is not None or not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise UsageError(f"{target}: expected a JSON object with a 'text' field")
        text, published = obj["text"], published or obj.get("published")
    if not text.strip():
        raise UsageError(f"{target}: the text is empty")
    return text, published


def cmd_show(args: argparse.Namespace) -> int:
    from .display import render
    from .pipeline import load
    from .records import parse_published

    try:
        text, published = _show_input(args.target, args.published)
        day, _ = parse_published(published)
        nlp = load(args.base)
    except (UsageError, OSError) as exc:
        print(f"conflict-ie: {exc}", file=sys.stderr)
        return EXIT_USAGE
    doc = nlp.make_doc(text)
    doc._.published = day.isoformat() if day else None
    doc = nlp(doc)
    if args.html:
        try:
            Path(args.html).write_text(render(doc), encoding="utf-8")
        except OSError as exc:
            print(f"conflict-ie: cannot write {args.html}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"conflict-ie: wrote {args.html}", file=sys.stderr)
        return EXIT_OK
    for span in doc.spans["conflict_ie"]:
        print(f"{span.label_:<11} {span.text!r:<40} {json.dumps(span._.norm, ensure_ascii=False)}")
    for ev in doc._.events or []:
        flag = " (possible)" if ev.get("modality") == "possible" else ""
        print(f"EVENT {ev['type']:<11} {ev['summary']}{flag}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from .models import record_json_schema

    print(json.dumps(record_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace, rest: list[str]) -> int:
    from .scoring import main as evaluate_main

    return evaluate_main(rest)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="conflict-ie", description="Structured events from conflict and military news.",
        epilog="exit codes: 0 all records fine; 1 some records have an 'error' field; 2 the run could not proceed "
               "(bad arguments, unreadable input, unwritable or locked output); 130 interrupted",
    )
    ap.add_argument("--version", action="version", version=f"conflict-ie {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="tag and resolve a corpus into records",
                        epilog="exit codes: 0 all records fine; 1 some records have an 'error' field; 2 the run could "
                               "not proceed (bad arguments, unreadable input, unwritable or locked output); 130 interrupted")
    ex.add_argument("inputs", nargs="+", help="JSONL, CSV/TSV, a folder of .txt files, or - for JSONL on stdin")
    ex.add_argument("-o", "--output", help="output file (default: standard output)")
    ex.add_argument("--format", choices=["jsonl", "csv", "parquet"], help="default: from the output's extension, else jsonl")
    ex.add_argument("--with-text", action="store_true", help="keep each record's text in the output")
    ex.add_argument("--published", help="anchor date for records without one (YYYY-MM-DD)")
    ex.add_argument("--base", default=None, help="base pipeline: blank, auto (default: statistical if installed) or a name")
    ex.add_argument("--n-process", type=int, default=1)
    ex.add_argument("--batch-size", type=int, default=64)
    ex.add_argument("--text-field", default="text")
    ex.add_argument("--id-field", default="id")
    ex.add_argument("--published-field", default="published")
    ex.add_argument("--max-chars", type=int, default=1_000_000, help="documents longer than this are split or refused")
    ex.add_argument("--oversize", choices=["split", "error"], default="split")
    ex.add_argument("--resume", action="store_true", help="continue an interrupted run into the same output")
    ex.add_argument("--quiet", action="store_true", help="no progress bar or summary")

    sh = sub.add_parser("show", help="displaCy view of the tags and events of one text")
    sh.add_argument("target", help="a .txt/.json/.jsonl file, or the text itself")
    sh.add_argument("--html", help="write an HTML page here")
    sh.add_argument("--published")
    sh.add_argument("--base", default=None)

    from .corpusview.cli import add_commands

    add_commands(sub)
    sub.add_parser("schema", help="print the JSON Schema of Record")
    sub.add_parser("evaluate", help="score against fixtures (see: conflict-ie evaluate -h)", add_help=False)
    return ap


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "evaluate":
        return cmd_evaluate(argparse.Namespace(), argv[1:])
    ap = parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    handlers = {"extract": cmd_extract, "show": cmd_show, "schema": cmd_schema}
    handler = handlers.get(args.command) or args.func
    return int(handler(args))


def entry() -> None:
    """The console script: a one-line message, not a traceback, for anything unexpected
    (set CONFLICT_IE_DEBUG=1 to see the traceback)."""
    try:
        code = main()
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # noqa: BLE001 - the last guard of the command line
        if os.environ.get("CONFLICT_IE_DEBUG"):
            raise
        print(f"conflict-ie: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = EXIT_USAGE
    sys.exit(code)


if __name__ == "__main__":
    entry()
