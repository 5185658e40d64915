"""Command line: ``framing annotate``, ``framing profile``, ``framing highlight``.

Bad input exits with status 2 and a message on stderr that names the file and
the cause; nothing is written in that case.

``framing annotate`` streams the corpus (:func:`framing.stream.annotate_stream`):
chunks of articles in ``--jobs`` worker processes, tables written
incrementally, bounded memory whatever the corpus size. A bad row does not stop
the run: it goes to ``errors.csv`` with its reason (stderr says how many), unless
``--strict`` is given, which aborts on the first bad row with status 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import pandas as pd

from . import __version__
from .corpus import CorpusError

__all__ = ["main"]


def _add_corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "corpus", help="corpus folder (metadata.csv + .txt files) or CSV/JSONL/Parquet table"
    )
    p.add_argument("--text", default="text", help="text column of a table (default: text)")
    p.add_argument("--outlet", default="outlet", help="outlet column of a table (default: outlet)")
    p.add_argument(
        "--encoding", default="utf-8", help="encoding of the article files (default: utf-8)"
    )
    p.add_argument(
        "--lexicon",
        action="append",
        default=None,
        metavar="TSV",
        help="add a lexicon TSV to the shipped ones (repeatable)",
    )
    p.add_argument(
        "--only-lexicon",
        action="store_true",
        help="use only the --lexicon files, not the shipped lexicons",
    )
    p.add_argument("--actors", help="actors.csv (default: the corpus folder's)")
    p.add_argument("--claims", help="claims.csv (default: the corpus folder's)")


def _resources(args):
    """Lexicons, actors and claims named on the command line (checked to exist)."""
    corpus_path = Path(args.corpus)
    lexicons = None
    if args.lexicon:
        for path in args.lexicon:
            if not Path(path).is_file():
                raise CorpusError(f"{path}: lexicon file not found")
        lexicons = (
            list(args.lexicon)
            if args.only_lexicon
            else ["hedges", "boosters", "loaded", *args.lexicon]
        )
    folder = corpus_path if corpus_path.is_dir() else None
    actors = args.actors or (
        folder / "actors.csv" if folder and (folder / "actors.csv").is_file() else None
    )
    claims = args.claims or (
        folder / "claims.csv" if folder and (folder / "claims.csv").is_file() else None
    )
    for label, path in (("actors", actors), ("claims", claims)):
        if path is not None and not Path(path).is_file():
            raise CorpusError(f"{path}: {label} file not found")
    return lexicons, actors, claims


def _annotate(args, layers=None):
    from .annotate import annotate
    from .corpus import load_corpus

    corpus = load_corpus(
        Path(args.corpus), text=args.text, outlet=args.outlet, encoding=args.encoding
    )
    lexicons, actors, claims = _resources(args)
    return annotate(
        corpus,
        lexicons=lexicons,
        actors=actors,
        claims=claims,
        layers=layers,
        progress=getattr(args, "progress", False),
    )


def cmd_annotate(args) -> int:
    from .stream import annotate_stream

    lexicons, actors, claims = _resources(args)
    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    if args.jobs is not None and args.jobs < 1:
        raise ValueError(f"--jobs must be >= 1, not {args.jobs}")
    if args.chunk_size < 1:
        raise ValueError(f"--chunk-size must be >= 1, not {args.chunk_size}")
    result = annotate_stream(
        args.corpus,
        args.out,
        format=args.format,
        text=args.text,
        outlet=args.outlet,
        encoding=args.encoding,
        lexicons=lexicons,
        actors=actors,
        claims=claims,
        chunk_size=args.chunk_size,
        jobs=args.jobs,
        strict=args.strict,
        progress=progress,
        layers=args.layers,
    )
    for path in result["paths"]:
        print(path)
    if result["n_errors"]:
        print(
            f"framing: {result['n_errors']} input row(s) rejected; reasons in "
            f"{Path(args.out) / 'errors.csv'}",
            file=sys.stderr,
        )
    return 0


def cmd_profile(args) -> int:
    ann = _annotate(args, layers="cues")  # the profile reads only the cues
    prof = ann.profile(by=args.by)
    prof = prof[(prof["category"] == "all")]
    table = prof.pivot_table(
        index=args.by, columns=["layer", "voice"], values="per_1k", observed=True, sort=False
    )
    words = ann.articles.groupby(args.by, observed=True)["n_words_body"].sum()
    table.columns = [f"{layer}_{voice}_per_1k" for layer, voice in table.columns]
    table.insert(0, "n_words_body", words)
    with pd.option_context("display.width", 200, "display.max_columns", 50, "display.precision", 2):
        print(table.to_string())
    print("\nRates are cues per 1,000 body words; voice 'quoted' = inside direct quotations.")
    return 0


def cmd_highlight(args) -> int:
    from .highlight import highlight

    ann = _annotate(args)
    if args.doc_id not in set(ann.corpus["doc_id"]):
        raise CorpusError(f"{args.corpus}: no article with doc_id {args.doc_id!r}")
    html = highlight(ann, args.doc_id)
    out = Path(args.out)
    html.save(out)
    print(out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing", description="Measure how news outlets frame the same story."
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "annotate", help="write articles, sentences, cues, attributions and claims tables"
    )
    _add_corpus_args(p)
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--format", choices=["csv", "parquet"], default="csv")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar with articles/s and words/s "
        "(default: only when stderr is a terminal)",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: all cores)",
    )
    p.add_argument(
        "--chunk-size",
        type=int,
        default=200,
        metavar="N",
        help="articles per chunk, the unit of work of a process (default: 200)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="abort on the first bad row instead of writing it to errors.csv",
    )
    p.add_argument(
        "--layers",
        default=None,
        metavar="LIST",
        help="annotation layers to run, comma-separated, from cues,attributions,claims "
        "(default: all; claims brings cues and attributions). '--layers cues' runs only "
        "hedges, boosters and loaded terms, about three times faster",
    )
    p.set_defaults(func=cmd_annotate)
    p = sub.add_parser("profile", help="print per-outlet cue rates per 1,000 body words")
    _add_corpus_args(p)
    p.add_argument("--by", choices=["outlet", "doc_id"], default="outlet")
    p.set_defaults(func=cmd_profile)
    p = sub.add_parser("highlight", help="write one article's evidence view as standalone HTML")
    _add_corpus_args(p)
    p.add_argument("doc_id", help="the article to show")
    p.add_argument("--out", required=True, help="output .html file")
    p.set_defaults(func=cmd_highlight)
    return parser


def main(argv=None) -> int:
    """Entry point of the ``framing`` console script."""
    logging.basicConfig(level=logging.WARNING, format="framing: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CorpusError as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 2
    except (RuntimeError, ValueError, OSError) as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
