"""The ``conflict-ie`` command: thin, it parses arguments and calls the library.

Exit codes: 0 every record processed cleanly, 1 some records came out with ``error`` set (their
count is printed), 2 a usage error or an input that cannot be read at all.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE = 0, 1, 2


def _format(output: str | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = Path(output or "").suffix.lower()
    return {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(suffix, "jsonl")


def _progress(total: int | None, quiet: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="rec", file=sys.stderr, disable=quiet or not sys.stderr.isatty(), dynamic_ncols=True)


def cmd_extract(args: argparse.Namespace) -> int:
    from .corpus import Fields, InputError, Writer, complete_records, count_records, read_input
    from .pipeline import load
    from .records import process

    fields = Fields(text=args.text_field, id=args.id_field, published=args.published_field)
    fmt = _format(args.output, args.format)
    if fmt not in ("jsonl", "csv", "parquet"):
        print(f"conflict-ie: unknown format {fmt!r}", file=sys.stderr)
        return EXIT_USAGE
    if args.published:
        from .records import parse_published

        day, err = parse_published(args.published)
        if err is not None:
            print(f"conflict-ie: --published {args.published!r} is not a date", file=sys.stderr)
            return EXIT_USAGE
        args.published = day.isoformat()
    output = args.output or "-"
    for name in args.inputs:
        if name != "-" and not Path(name).exists():
            print(f"conflict-ie: {name}: no such file or folder", file=sys.stderr)
            return EXIT_USAGE
    done = 0
    if args.resume:
        if output == "-" or fmt == "parquet":
            print("conflict-ie: --resume needs a JSONL or CSV output file", file=sys.stderr)
            return EXIT_USAGE
        done = complete_records(output, fmt)
    try:
        nlp = load(args.base)
    except OSError as exc:
        print(f"conflict-ie: {exc}", file=sys.stderr)
        return EXIT_USAGE
    total = None
    if all(n != "-" for n in args.inputs):
        counts = [count_records(Path(n)) for n in args.inputs]
        total = sum(counts) if all(c is not None for c in counts) else None

    def items() -> Iterator:
        for name in args.inputs:
            yield from read_input(name, fields, args.published)

    errors = 0
    written = done
    try:
        writer = Writer(output, fmt, args.with_text, append=args.resume and done > 0)
        stream = itertools.islice(items(), done, None)
        records = process(nlp, stream, batch_size=args.batch_size, n_process=args.n_process, with_text=args.with_text,
                          max_chars=args.max_chars, oversize=args.oversize)
        bar = _progress(total, args.quiet)
        bar.update(done)
        batch = []
        for record in records:
            batch.append(record)
            if record.error is not None:
                errors += 1
            if len(batch) >= args.batch_size:
                writer.write(batch)
                written += len(batch)
                bar.update(len(batch))
                batch = []
        writer.write(batch)
        written += len(batch)
        bar.update(len(batch))
        bar.close()
        writer.close()
    except InputError as exc:
        print(f"conflict-ie: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"conflict-ie: interrupted after {written} records; run again with --resume to continue", file=sys.stderr)
        return 130
    if errors:
        print(f"conflict-ie: {errors} of {written - done} records have errors", file=sys.stderr)
        return EXIT_RECORD_ERRORS
    if not args.quiet:
        print(f"conflict-ie: {written - done} records written to {output}", file=sys.stderr)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from .corpus import decode
    from .pipeline import load
    from .render import render

    target = args.target
    published = args.published
    path = Path(target)
    if path.exists() and path.is_file():
        data = path.read_bytes()
        text, err = decode(data)
        if err is not None:
            print(f"conflict-ie: {target}: {err.message}", file=sys.stderr)
            return EXIT_USAGE
        if path.suffix.lower() in (".json", ".jsonl"):
            first = text.strip().splitlines()[0] if path.suffix.lower() == ".jsonl" else text
            obj = json.loads(first)
            text, published = obj.get("text", ""), published or obj.get("published")
    else:
        text = target
    nlp = load(args.base)
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    if args.html:
        Path(args.html).write_text(render(doc), encoding="utf-8")
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
    from .evaluate import main as evaluate_main

    return evaluate_main(rest)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="conflict-ie", description="Structured events from conflict and military news.")
    ap.add_argument("--version", action="version", version=f"conflict-ie {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="tag and resolve a corpus into records")
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
    handler = {"extract": cmd_extract, "show": cmd_show, "schema": cmd_schema}[args.command]
    return handler(args)


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
