"""Streaming annotation: a corpus of any size, in chunks, with bounded memory.

:func:`iter_corpus` reads a corpus folder (``metadata.csv`` + ``*.txt``) or a
CSV / JSONL / Parquet table (``.gz`` accepted) as an iterator of validated
:class:`Chunk` objects; :func:`annotate_stream` annotates the chunks (in
``jobs`` worker processes, results kept in input order) and writes the tables
incrementally to a folder.

Bad rows
--------
A million-article archive always has a few bad rows, so a bad row does **not**
abort the run by default: it is written to ``errors.csv`` (columns ``source,
position, doc_id, message``), where ``message`` is the message
:func:`framing.load_corpus` would give (it names the file, the line or row and
the cause). Every input row comes out either as one row of ``articles`` or as
one row of ``errors.csv``; nothing is silently dropped. An article on which a
layer fails is an error row too. With ``strict=True`` (``framing annotate
--strict``) the first bad chunk aborts the run with a :class:`CorpusError`
listing its problems, and no table is written. Problems with the file as a
whole (unreadable, missing text/outlet column, bad ``zones.csv``) always abort.

Output
------
The tables equal :func:`framing.annotate`'s with three differences that keep
them identical whatever the chunk size or number of jobs: ``articles`` has a
count column for **every** category of the lexicons in use (zeros kept), not
only the categories that occur; ``outlet`` is plain text (no category order);
``published`` is ISO text (``2024-01-17``, or ``2024-01-17 09:30:00`` when a
time is given). Each table is written to a hidden ``.<name>.partial`` file and
renamed when the run completes, so an interrupted run never leaves a table that
looks complete. With ``layers`` (``framing annotate --layers cues``) only the tables of
the annotation layers run are written, and ``articles`` has only their count columns.
"""

from __future__ import annotations

import csv
import gc
import gzip
import json
import logging
import math
import os
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .annotate import _warn_stale
from .corpus import (
    METADATA_COLUMNS,
    CorpusError,
    _decode,
    _read_csv_strict,
    _table_format,
    markup_summary,
    read_zone_rows,
    warn_markup,
)

__all__ = [
    "Chunk",
    "iter_corpus",
    "annotate_chunk",
    "annotate_stream",
    "article_columns",
    "TABLES",
    "ERROR_COLUMNS",
]

logger = logging.getLogger(__name__)

#: Output tables, in writing order.
TABLES = ("articles", "sentences", "cues", "attributions", "claims")
#: Columns of ``errors.csv``.
ERROR_COLUMNS = ["source", "position", "doc_id", "message"]
#: Articles per chunk by default.
CHUNK_SIZE = 200


@dataclass
class Chunk:
    """A run of consecutive input rows.

    Attributes
    ----------
    articles : pandas.DataFrame
        The valid rows, with the columns of :func:`framing.load_corpus`
        (``outlet`` as plain text, ``published`` as ISO text).
    zones : pandas.DataFrame
        ``doc_id, char_start, char_end, zone`` for these articles.
    errors : list of dict
        The rejected rows (keys :data:`ERROR_COLUMNS`).
    """

    articles: pd.DataFrame
    zones: pd.DataFrame = field(default_factory=lambda: _empty_zones())
    errors: list = field(default_factory=list)


def _empty_zones() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": pd.Series(dtype=object),
            "char_start": pd.Series(dtype="int64"),
            "char_end": pd.Series(dtype="int64"),
            "zone": pd.Series(dtype=object),
        }
    )


def _error(source, position, doc_id, message) -> dict:
    return {"source": str(source), "position": position, "doc_id": doc_id or "", "message": message}


def _iso(ts) -> str:
    if ts is None or ts is pd.NaT:
        return ""
    if ts == ts.normalize() and ts.tzinfo is None:
        return ts.strftime("%Y-%m-%d")
    return ts.isoformat(sep=" ")


def _date(value, where: str) -> tuple[str, str | None]:
    """(ISO text, problem) for one ``published`` value, with corpus.py's message."""
    missing = value is None or (isinstance(value, float) and math.isnan(value))
    if missing or str(value).strip() == "":
        return "", None
    try:
        return _iso(pd.Timestamp(str(value).strip())), None
    except (ValueError, TypeError):
        return "", f"{where}: unparsable date in column 'published': {value!r}"


def _order(columns) -> list[str]:
    """Column order of :func:`framing.load_corpus` (``text`` after the first metadata)."""
    first = [c for c in METADATA_COLUMNS if c in columns]
    cols = first[:3] + (["published"] if "published" in columns else []) + ["text"]
    return cols + [c for c in columns if c not in cols]


# --------------------------------------------------------------------------------------
# Readers
# --------------------------------------------------------------------------------------


class _Rows:
    """Validates table rows one at a time, with :func:`framing.load_corpus`'s messages."""

    def __init__(self, path: Path, label: str, has_doc_id: bool):
        self.path, self.label, self.has_doc_id = path, label, has_doc_id
        self.seen: dict[str, int] = {}
        self.count = 0  # rows seen so far (auto doc_ids number them)

    def check(self, pos: int, row: dict) -> tuple[dict | None, dict | None]:
        """Return ``(article, None)`` or ``(None, error)`` for one raw row."""
        where = f"{self.path}, {self.label} {pos}"
        doc_id = str(row.get("doc_id")) if self.has_doc_id else f"{self.count:06d}"
        self.count += 1
        problems = []
        text, outlet = row.get("text"), row.get("outlet")
        if not isinstance(text, str):
            problems.append(f"{where}: text is missing or not a string ({text!r})")
        elif not text.strip():
            problems.append(f"{where}: empty or whitespace-only text")
        if not isinstance(outlet, str) or not outlet.strip():
            problems.append(f"{where}: empty outlet")
        if self.has_doc_id and doc_id in self.seen:
            problems.append(
                f"{self.path}: duplicate doc_id {doc_id!r} on {self.label}s "
                f"{self.seen[doc_id]}, {pos}"
            )
        out = dict(row)
        if "published" in row:
            out["published"], problem = _date(row["published"], where)
            if problem:
                problems.append(problem)
        if problems:
            return None, _error(self.path, f"{self.label} {pos}", doc_id, "; ".join(problems))
        if self.has_doc_id:  # ~100 bytes per article: the price of catching duplicates
            self.seen.setdefault(doc_id, pos)
        out["doc_id"] = doc_id
        out["outlet"] = outlet.strip()
        out["file"] = f"{self.path.name}:{self.label}{pos}"
        return out, None


def _rename(row: dict, text: str, outlet: str) -> dict:
    if text != "text" or outlet != "outlet":
        row = {("text" if k == text else "outlet" if k == outlet else k): v for k, v in row.items()}
    return row


def _check_columns(path: Path, columns, text: str, outlet: str) -> None:
    missing = [c for c in (text, outlet) if c not in columns]
    if missing:
        raise CorpusError(
            f"{path}: missing column(s) {', '.join(repr(m) for m in missing)} "
            f"(found: {', '.join(map(str, columns))}; name them with "
            "text=..., outlet=... or --text, --outlet)"
        )


def _open_text(path: Path, compression, encoding: str):
    if compression == "gzip":
        return gzip.open(path, "rt", encoding=encoding, newline="")
    return path.open(encoding=encoding, newline="")


def _table_rows(path: Path, text: str, outlet: str, encoding: str, chunk_size: int):
    """Yield ``(columns, [(position, row or None, error or None), ...])`` per chunk."""
    fmt, compression = _table_format(path)
    if fmt == "csv":
        try:
            pos = 2
            first = True
            with pd.read_csv(
                path,
                dtype=str,
                keep_default_na=False,
                encoding=encoding,
                compression=compression,
                chunksize=chunk_size,
            ) as reader:
                for df in reader:
                    if first:
                        _check_columns(path, df.columns, text, outlet)
                        first = False
                    df = df.rename(columns={text: "text", outlet: "outlet"})
                    records = df.to_dict("records")
                    yield list(df.columns), [(pos + i, r, None) for i, r in enumerate(records)]
                    pos += len(records)
            if first:  # header only
                cols = pd.read_csv(
                    path, dtype=str, nrows=0, encoding=encoding, compression=compression
                ).columns
                _check_columns(path, cols, text, outlet)
                yield [("text" if c == text else "outlet" if c == outlet else c) for c in cols], []
        except UnicodeDecodeError as exc:
            raise CorpusError(
                f"{path}: bytes are not valid {encoding} at byte offset {exc.start}"
            ) from exc
        except (ValueError, OSError) as exc:
            if isinstance(exc, CorpusError):
                raise
            raise CorpusError(f"{path}: cannot read as csv ({exc})") from exc
    elif fmt == "jsonl":
        yield from _jsonl_rows(path, compression, text, outlet, encoding, chunk_size)
    else:
        yield from _parquet_rows(path, compression, text, outlet, chunk_size)


def _jsonl_rows(path, compression, text, outlet, encoding, chunk_size):
    # first pass: the union of keys, so the articles table has one fixed schema
    keys: dict = {}
    try:
        with _open_text(path, compression, encoding) as fh:
            for line in fh:
                if line.strip():
                    try:
                        obj = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(obj, dict):
                        keys.update(dict.fromkeys(obj))
        _check_columns(path, list(keys), text, outlet)
        batch = []
        with _open_text(path, compression, encoding) as fh:
            for pos, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    batch.append(
                        (
                            pos,
                            None,
                            _error(
                                path, f"line {pos}", "", f"{path}, line {pos}: invalid JSON ({exc})"
                            ),
                        )
                    )
                else:
                    if isinstance(obj, dict):
                        row = {k: obj.get(k) for k in keys}
                        batch.append((pos, _rename(row, text, outlet), None))
                    else:
                        batch.append(
                            (
                                pos,
                                None,
                                _error(
                                    path,
                                    f"line {pos}",
                                    "",
                                    f"{path}, line {pos}: not a JSON object ({type(obj).__name__})",
                                ),
                            )
                        )
                if len(batch) >= chunk_size:
                    yield list(_rename(keys, text, outlet)), batch
                    batch = []
        if batch:
            yield list(_rename(keys, text, outlet)), batch
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path}: bytes are not valid {encoding} at byte offset {exc.start}"
        ) from exc
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read as jsonl ({exc})") from exc


def _parquet_rows(path, compression, text, outlet, chunk_size):
    import pyarrow.parquet as pq

    try:
        source = gzip.open(path, "rb") if compression == "gzip" else path
        pf = pq.ParquetFile(source)
    except Exception as exc:  # pyarrow raises several types
        raise CorpusError(f"{path}: cannot read as parquet ({exc})") from exc
    cols = pf.schema_arrow.names
    _check_columns(path, cols, text, outlet)
    pos = 1
    renamed = [("text" if c == text else "outlet" if c == outlet else c) for c in cols]
    if pf.metadata.num_rows == 0:
        yield renamed, []
    for batch in pf.iter_batches(batch_size=chunk_size):
        records = batch.to_pylist()
        yield renamed, [(pos + i, _rename(r, text, outlet), None) for i, r in enumerate(records)]
        pos += len(records)


def _iter_table(path: Path, text: str, outlet: str, encoding: str, chunk_size: int):
    fmt, _ = _table_format(path)
    label = "line" if fmt in ("csv", "jsonl") else "row"
    rows = None
    columns = None
    for cols, batch in _table_rows(path, text, outlet, encoding, chunk_size):
        if rows is None:
            columns = cols or []
            rows = _Rows(path, label, "doc_id" in columns)
        good, errors = [], []
        for pos, row, err in batch:
            if err is not None:
                rows.count += 1
                errors.append(err)
                continue
            art, err = rows.check(pos, row)
            (good.append(art) if art is not None else errors.append(err))
        yield Chunk(_frame_articles(good, columns), _empty_zones(), errors)


def _frame_articles(rows: list[dict], columns) -> pd.DataFrame:
    cols = list(dict.fromkeys(["doc_id", *[c for c in columns if c != "doc_id"], "file"]))
    # object dtype: values stay as read (no per-chunk int/float inference), so the
    # output does not depend on which rows share a chunk
    df = (
        pd.DataFrame(rows, columns=cols, dtype=object)
        if rows
        else pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    )
    return df[_order(cols)].reset_index(drop=True)


def _read_zones(path: Path, meta_ids: set) -> dict:
    """``zones.csv`` as ``doc_id -> [(start, end, zone, line)]`` (spans checked per article)."""
    out: dict = {}
    for doc, s, e, z, line in read_zone_rows(path, meta_ids):
        out.setdefault(doc, []).append((s, e, z, line))
    return out


def _iter_folder(folder: Path, encoding: str, chunk_size: int, zones: bool):
    meta_path = folder / "metadata.csv"
    if not meta_path.is_file():
        raise CorpusError(f"{meta_path}: missing (a corpus folder needs metadata.csv)")
    problems: list[str] = []
    meta = _read_csv_strict(meta_path, problems)
    if meta is None:
        raise CorpusError(problems)
    missing = [c for c in ("file", "outlet") if c not in meta.columns]
    if missing:
        raise CorpusError(
            f"{meta_path}: missing required column(s) {', '.join(missing)} "
            f"(found: {', '.join(meta.columns)})"
        )
    # rows _read_csv_strict could not parse (wrong field count) are error rows
    pre_errors = []
    for msg in problems:
        line = msg.split(", line ", 1)[1].split(":", 1)[0] if ", line " in msg else ""
        pre_errors.append(_error(meta_path, f"line {line}" if line else "", "", msg))
    if "doc_id" not in meta.columns:
        meta.insert(0, "doc_id", "")
    blank = meta["doc_id"].str.strip() == ""
    meta.loc[blank, "doc_id"] = meta.loc[blank, "file"].map(lambda f: Path(f.strip()).stem)
    meta["doc_id"] = meta["doc_id"].str.strip()
    listed = {str(f).strip() for f in meta["file"]}
    for path in sorted(folder.glob("*.txt")):
        if path.name not in listed:
            pre_errors.append(
                _error(path, "", "", f"{path}: text file has no row in {meta_path.name}")
            )
    zmap = {}
    if zones and (folder / "zones.csv").is_file():
        zmap = _read_zones(folder / "zones.csv", set(meta["doc_id"]))
    columns = _order([*meta.columns, "text"])
    seen_file: dict = {}
    seen_doc: dict = {}
    lines = list(meta.index)
    first = True
    for k in range(0, max(len(lines), 1), chunk_size):
        good, errors, zrows = [], [], []
        if first:
            errors.extend(pre_errors)
            first = False
        for line in lines[k : k + chunk_size]:
            row = meta.loc[line].to_dict()
            where = f"{meta_path}, line {line}"
            name, outlet = str(row["file"]).strip(), str(row["outlet"]).strip()
            doc_id = row["doc_id"]
            probs = []
            if not name:
                probs.append(f"{where}: empty 'file'")
            if not outlet:
                probs.append(f"{where}: empty 'outlet'")
            if name and name in seen_file:
                probs.append(
                    f"{meta_path}: duplicate file {name!r} on lines {seen_file[name]}, {line}"
                )
            if doc_id and doc_id in seen_doc:
                probs.append(
                    f"{meta_path}: duplicate doc_id {doc_id!r} on lines {seen_doc[doc_id]}, {line}"
                )
            if "published" in row:
                row["published"], problem = _date(row["published"], where)
                if problem:
                    probs.append(problem)
            text = None
            if name and not probs:
                path = folder / name
                if not path.is_file():
                    probs.append(f"{where}: file {name!r} not found in {folder}")
                else:
                    try:
                        raw = path.read_bytes()
                    except OSError as exc:
                        probs.append(f"{path}: cannot read ({exc.strerror or exc})")
                    else:
                        text = _decode(path, raw, encoding, probs)
            if text is not None:
                for s, e, z, zline in zmap.get(doc_id, ()):
                    if not 0 <= s < e <= len(text):
                        probs.append(
                            f"{folder / 'zones.csv'}, line {zline}: span {s}-{e} outside "
                            f"the text of {doc_id!r} (length {len(text)})"
                        )
            if probs:
                errors.append(_error(meta_path, f"line {line}", doc_id, "; ".join(probs)))
                continue
            if name:
                seen_file.setdefault(name, line)
            seen_doc.setdefault(doc_id, line)
            row.update(file=name, outlet=outlet, text=text)
            good.append(row)
            zrows.extend((doc_id, s, e, z) for s, e, z, _ in zmap.get(doc_id, ()))
        ztab = (
            pd.DataFrame(zrows, columns=["doc_id", "char_start", "char_end", "zone"])
            if zrows
            else _empty_zones()
        )
        yield Chunk(_frame_articles(good, columns), ztab, errors)


def iter_corpus(
    path,
    *,
    text: str = "text",
    outlet: str = "outlet",
    encoding: str = "utf-8",
    chunk_size: int = CHUNK_SIZE,
    zones: bool = True,
) -> Iterator[Chunk]:
    """Read a corpus as validated chunks of at most ``chunk_size`` input rows.

    Parameters
    ----------
    path : path-like
        A corpus folder (``metadata.csv`` beside ``*.txt`` files, optionally
        ``zones.csv``) or a CSV / JSONL / Parquet table (``.gz`` accepted).
    text, outlet : str
        Column names of the text and outlet in a table file.
    encoding : str, default="utf-8"
    chunk_size : int, default=200
        Input rows per chunk. A folder's ``metadata.csv`` (and ``zones.csv``)
        are read whole; the article texts are read per chunk.
    zones : bool, default=True
        Use the folder's ``zones.csv``.

    Yields
    ------
    Chunk
        Valid rows in ``articles`` (columns of :func:`framing.load_corpus`),
        rejected rows in ``errors`` with :func:`framing.load_corpus`'s message.

    Raises
    ------
    CorpusError
        When the input as a whole cannot be read (missing file or column,
        undecodable CSV, bad ``zones.csv``).

    Examples
    --------
    >>> chunks = list(iter_corpus("corpus/russia-dprk-2024", chunk_size=2))
    >>> [len(c.articles) for c in chunks], sum(len(c.errors) for c in chunks)
    ([2, 2, 1], 0)
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, not {chunk_size}")
    path = Path(path)
    if path.is_dir():
        yield from _iter_folder(path, encoding, chunk_size, zones)
        return
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    yield from _iter_table(path, text, outlet, encoding, chunk_size)


# --------------------------------------------------------------------------------------
# Annotating a chunk
# --------------------------------------------------------------------------------------


def _categories(lexicons) -> dict[str, list[str]]:
    from .lexicons import load_lexicon

    lexs = (
        lexicons
        if lexicons is not None
        else [load_lexicon(n) for n in ("hedges", "boosters", "loaded")]
    )
    cats: dict = {}
    for lex in lexs:
        cats.setdefault(lex.layer, set()).update(
            c for c in lex.entries["category"].dropna().astype(str) if c
        )
    return {k: sorted(v) for k, v in cats.items()}


def article_columns(meta_columns, categories: dict, layers=None) -> list[str]:
    """The fixed column list of the streamed ``articles`` table.

    Mirrors :func:`framing.annotate`'s order, with a ``<layer>_<category>_n``
    column for every lexicon category (``categories``: layer -> names), and only
    the count columns of the annotation ``layers`` run (default: all).
    """
    from .annotate import CUE_CLASSES, LAYERS, _snake, resolve_layers
    from .stance import STATUSES

    layers = resolve_layers(layers)
    cols = [c for c in meta_columns if c != "text"]
    cols += ["n_words", "n_words_body", "n_words_headline", "n_sentences_body"]
    for layer in LAYERS if "cues" in layers else ():
        cols += [f"{layer}_n", f"{layer}_per_1k", f"{layer}_author_n", f"{layer}_quoted_n"]
        cols += [f"{layer}_{_snake(c)}_n" for c in sorted(categories.get(layer, ()), key=str)]
        cols.append(f"headline_{layer}_n")
    if "attributions" in layers:
        cols.append("attributions_n")
        cols += [f"attribution_{_snake(c)}_n" for c in CUE_CLASSES]
        cols.append("direct_quote_share")
    if "claims" in layers:
        cols.append("claim_sentences_n")
        cols += [f"claim_{_snake(s)}_n" for s in STATUSES]
    return list(dict.fromkeys(cols))


def _tables(config: dict) -> tuple[str, ...]:
    """The tables a run writes: articles, sentences and one per annotation layer run."""
    return ("articles", "sentences", *config.get("layers", TABLES[2:]))


def _annotate_frame(articles: pd.DataFrame, zones: pd.DataFrame, config: dict):
    from .annotate import annotate

    corpus = articles.copy()
    order = list(dict.fromkeys(corpus["outlet"]))
    corpus["outlet"] = pd.Categorical(corpus["outlet"], categories=order)
    return annotate(
        corpus,
        lexicons=config["lexicons"],
        actors=config["actors"],
        claims=config["claims"],
        zones=zones,
        layers=config.get("layers"),
    )


def annotate_chunk(chunk: Chunk, config: dict) -> tuple[dict, list[dict], int]:
    """Annotate one chunk: ``(tables, errors, n_words)``.

    ``tables`` maps each name in :data:`TABLES` to a DataFrame with the fixed
    streamed schema; an article on which a layer fails is moved to ``errors``.
    ``config`` holds ``lexicons``, ``actors``, ``claims`` (loaded objects) and
    ``categories`` (from the lexicons).
    """
    arts, errors = chunk.articles, list(chunk.errors)
    ann = None
    if len(arts):
        try:
            ann = _annotate_frame(arts, chunk.zones, config)
        except RuntimeError:
            keep = []  # isolate the failing article(s); the rest are annotated as usual
            for i in range(len(arts)):
                one = arts.iloc[[i]]
                try:
                    _annotate_frame(
                        one, chunk.zones[chunk.zones["doc_id"] == one["doc_id"].iat[0]], config
                    )
                    keep.append(i)
                except RuntimeError as exc:
                    row = arts.iloc[i]
                    errors.append(_error(row["file"], "", row["doc_id"], str(exc)))
            arts = arts.iloc[keep].reset_index(drop=True)
            ann = _annotate_frame(arts, chunk.zones, config) if len(arts) else None
    if ann is None:
        ann = _annotate_frame(_probe(arts.columns), _empty_zones(), config)
        tables = {name: getattr(ann, name).iloc[0:0] for name in _tables(config)}
    else:
        tables = {name: getattr(ann, name) for name in _tables(config)}
    cols = article_columns(list(arts.columns), config["categories"], config.get("layers"))
    art = tables["articles"].reindex(columns=cols)
    num = [
        c
        for c in cols
        if c not in arts.columns and c != "direct_quote_share" and not c.endswith("_per_1k")
    ]
    art[num] = art[num].fillna(0).astype("int64")
    art["outlet"] = art["outlet"].astype(object)
    tables["articles"] = art
    for name in _tables(config)[1:]:
        df = tables[name].copy()
        df["outlet"] = df["outlet"].astype(object)
        tables[name] = df
    n_words = int(art["n_words"].sum()) if len(art) else 0
    return tables, errors, n_words


def _probe(columns) -> pd.DataFrame:
    """A one-article corpus with the given columns, for the schema of empty tables."""
    row = {c: "" for c in columns}
    row.update(doc_id="probe", file="probe", outlet="probe", text="Officials said it was likely.")
    return pd.DataFrame([row], columns=list(columns))


# --------------------------------------------------------------------------------------
# Workers and writers
# --------------------------------------------------------------------------------------

_CONFIG: dict | None = None


def _init_worker(config: dict) -> None:
    global _CONFIG
    _CONFIG = config
    # What is loaded now (modules, lexicons, actor and claim tables) lives as long as
    # the worker: freezing it keeps the cyclic collector, which the many small objects
    # of annotation trigger often, from traversing it again at every full collection.
    gc.freeze()


def _work(chunk: Chunk):
    return annotate_chunk(chunk, _CONFIG)


def _ordered_results(chunks, config: dict, jobs: int):
    """Annotate chunks in ``jobs`` processes, yielding results in input order.

    At most ``2 * jobs`` chunks are in flight, so memory stays bounded however
    long the input is.
    """
    if jobs <= 1:
        for chunk in chunks:
            yield annotate_chunk(chunk, config)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(config,)
    ) as pool:
        window: deque = deque()
        try:
            for chunk in chunks:
                window.append(pool.submit(_work, chunk))
                if len(window) >= 2 * jobs:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            for fut in window:
                fut.cancel()


def _arrow_type(series: pd.Series):
    import pyarrow as pa

    kind = series.dtype.kind
    if kind == "b":
        return pa.bool_()
    if kind in "iu":
        return pa.int64()
    if kind == "f":
        return pa.float64()
    return pa.string()


def _to_arrow(df: pd.DataFrame, schema):
    import pyarrow as pa

    arrays = []
    for f in schema:
        col = df[f.name]
        if pa.types.is_string(f.type):
            values = [
                None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
                for v in col.tolist()
            ]
            arrays.append(pa.array(values, type=pa.string()))
        else:
            arrays.append(pa.array(col.to_numpy(), type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


#: Rows per Parquet row group. Rows are buffered to exactly this size, so the
#: file's bytes do not depend on the chunk size either.
ROW_GROUP_SIZE = 50_000


class _Writer:
    """One output table, written to ``.<name>.<fmt>.partial`` and renamed on commit."""

    def __init__(self, out: Path, name: str, fmt: str):
        self.path = out / f"{name}.{fmt}"
        self.tmp = out / f".{name}.{fmt}.partial"
        self.fmt = fmt
        self.columns = None
        self._fh = None
        self._pq = None
        self._schema = None
        self._empty = None  # parquet: an empty frame, for the schema of an empty table
        self._buffer: list = []
        self._buffered = 0

    def write(self, df: pd.DataFrame) -> None:
        if self.columns is None:
            self.columns = list(df.columns)
            if self.fmt == "csv":
                self._fh = self.tmp.open("w", encoding="utf-8", newline="")
                df.iloc[0:0].to_csv(self._fh, index=False, lineterminator="\n")
        elif list(df.columns) != self.columns:
            raise RuntimeError(f"{self.path.name}: columns changed between chunks")
        if self.fmt == "csv":
            if len(df):
                df.to_csv(self._fh, index=False, header=False, lineterminator="\n")
            return
        if not len(df):
            if self._empty is None:
                self._empty = df
            return
        if self._schema is None:
            self._open(df)
        self._buffer.append(_to_arrow(df, self._schema))
        self._buffered += len(df)
        if self._buffered >= ROW_GROUP_SIZE:
            self._flush(final=False)

    def _open(self, df: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._schema = pa.schema([(c, _arrow_type(df[c])) for c in df.columns])
        self._pq = pq.ParquetWriter(self.tmp, self._schema)

    def _flush(self, final: bool) -> None:
        import pyarrow as pa

        if not self._buffer:
            return
        table = pa.concat_tables(self._buffer)
        n_full = (len(table) // ROW_GROUP_SIZE) * ROW_GROUP_SIZE
        cut = len(table) if final else n_full
        for start in range(0, cut, ROW_GROUP_SIZE):
            self._pq.write_table(
                table.slice(start, min(ROW_GROUP_SIZE, cut - start)), row_group_size=ROW_GROUP_SIZE
            )
        rest = table.slice(cut)
        self._buffer = [rest] if len(rest) else []
        self._buffered = len(rest)

    def close(self) -> None:
        if self.fmt == "csv":
            if self._fh is not None:
                self._fh.close()
            return
        if self._pq is None and self._empty is not None:
            self._open(self._empty)
        if self._pq is not None:
            self._flush(final=True)
            self._pq.close()

    def commit(self) -> Path:
        self.tmp.replace(self.path)
        return self.path

    def discard(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - best effort on the failure path
            pass
        self.tmp.unlink(missing_ok=True)


def _count_rows(path: Path) -> int | None:
    """Input rows, when known without reading the texts (folder, Parquet)."""
    try:
        if path.is_dir():
            problems: list = []
            meta = _read_csv_strict(path / "metadata.csv", problems)
            return None if meta is None else len(meta)
        if _table_format(path)[0] == "parquet" and not path.name.endswith(".gz"):
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
    except Exception:  # noqa: BLE001 - only a progress-bar total
        return None
    return None


def _load_config(lexicons=None, actors=None, claims=None, layers=None) -> dict:
    from .annotate import resolve_layers
    from .attribution import load_actors
    from .lexicons import load_lexicon
    from .stance import load_claims

    if isinstance(lexicons, (str, Path)):
        lexicons = [lexicons]
    if lexicons is not None:
        lexicons = [load_lexicon(lx) if isinstance(lx, (str, Path)) else lx for lx in lexicons]
    if isinstance(actors, (str, Path)):
        actors = load_actors(actors)
    if isinstance(claims, (str, Path)):
        claims = load_claims(claims)
    return {
        "lexicons": lexicons,
        "actors": actors,
        "claims": claims,
        "categories": _categories(lexicons),
        "layers": resolve_layers(layers),
    }


def annotate_stream(
    corpus,
    out,
    *,
    format: str = "csv",
    text: str = "text",
    outlet: str = "outlet",
    encoding: str = "utf-8",
    lexicons=None,
    actors=None,
    claims=None,
    chunk_size: int = CHUNK_SIZE,
    jobs: int | None = None,
    strict: bool = False,
    progress: bool = False,
    layers=None,
) -> dict:
    """Annotate a corpus of any size chunk by chunk, writing the tables to ``out``.

    Parameters
    ----------
    corpus : path-like
        Corpus folder or CSV / JSONL / Parquet table (``.gz`` accepted).
    out : path-like
        Output folder: ``articles``, ``sentences``, ``cues``, ``attributions``,
        ``claims`` (``.csv`` or ``.parquet``; only the layers run) and ``errors.csv``.
    format : {"csv", "parquet"}
    text, outlet, encoding : str
        As for :func:`iter_corpus`.
    lexicons, actors, claims : optional
        As for :func:`framing.annotate`. For a folder, its ``actors.csv`` and
        ``claims.csv`` are used unless given.
    chunk_size : int, default=200
        Articles per chunk (the unit of work of a process).
    jobs : int, optional
        Worker processes (default: all cores). ``1`` runs in this process.
    strict : bool, default=False
        Abort on the first bad row instead of writing it to ``errors.csv``.
    progress : bool, default=False
        Show a tqdm progress bar (articles/s and words/s) on stderr.
    layers : str or iterable of str, optional
        Annotation layers to run, as for :func:`framing.annotate` (default: all).
        Only the tables of the layers run are written (``articles`` and ``sentences``
        always), and ``articles`` has only their count columns.

    Returns
    -------
    dict
        ``paths`` (written files), ``n_articles``, ``n_errors``, ``n_words``,
        ``seconds``.

    Raises
    ------
    CorpusError
        When the input cannot be read, or (``strict``) on a bad row. No table
        is left behind under its final name.
    """
    if format not in ("csv", "parquet"):
        raise ValueError(f"unknown format {format!r} (use csv or parquet)")
    jobs = jobs or os.cpu_count() or 1
    path = Path(corpus)
    if path.is_dir():
        if actors is None and (path / "actors.csv").is_file():
            actors = path / "actors.csv"
        if claims is None and (path / "claims.csv").is_file():
            claims = path / "claims.csv"
    config = _load_config(lexicons, actors, claims, layers)
    chunks = iter_corpus(path, text=text, outlet=outlet, encoding=encoding, chunk_size=chunk_size)
    # input-level errors surface before anything is created
    first = next(chunks, None) or Chunk(_frame_articles([], ["doc_id", "file", "outlet", "text"]))
    total = _count_rows(path)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    writers = {name: _Writer(out, name, format) for name in _tables(config)}
    errors = _Writer(out, "errors", "csv")
    bar = None
    stats = {"n_articles": 0, "n_errors": 0, "n_words": 0}
    t0 = time.perf_counter()

    def source():
        yield first
        yield from chunks

    markup = {"n": 0, "example": None}

    def checked():
        for chunk in source():
            if strict and chunk.errors:
                raise CorpusError([e["message"] for e in chunk.errors])
            n, example = markup_summary(chunk.articles["doc_id"], chunk.articles["text"])
            markup["n"] += n
            markup["example"] = markup["example"] or example
            yield chunk

    try:
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(
                total=total, unit=" articles", desc="annotating", disable=False
            )  # asked for explicitly
        for tables, errs, n_words in _ordered_results(checked(), config, jobs):
            if strict and errs:
                raise CorpusError([e["message"] for e in errs])
            for name, writer in writers.items():
                writer.write(tables[name])
            errors.write(pd.DataFrame(errs, columns=ERROR_COLUMNS))
            n = len(tables["articles"])
            stats["n_articles"] += n
            stats["n_errors"] += len(errs)
            stats["n_words"] += n_words
            if bar is not None:
                bar.update(n + len(errs))
                dt = max(time.perf_counter() - t0, 1e-9)
                bar.set_postfix_str(f"{stats['n_words'] / dt:,.0f} words/s", refresh=False)
        for w in (*writers.values(), errors):
            w.close()
        paths = [w.commit() for w in (*writers.values(), errors)]
        _warn_stale(out, config["layers"])
        warn_markup(markup["n"], markup["example"], str(corpus))
    except BaseException:
        for w in (*writers.values(), errors):
            w.discard()
        raise
    finally:
        if bar is not None:
            bar.close()
        chunks.close()
    stats["seconds"] = time.perf_counter() - t0
    stats["paths"] = paths
    if stats["n_errors"]:
        logger.warning(
            "%d input row(s) rejected; reasons in %s", stats["n_errors"], out / "errors.csv"
        )
    return stats


def _csv_field_limit() -> None:
    # very long articles in CSV metadata/zone files
    csv.field_size_limit(min(2**31 - 1, 2**63 - 1))


_csv_field_limit()
