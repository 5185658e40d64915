"""Load and validate a corpus of news articles.

A corpus is either

* a **folder** with ``metadata.csv`` (required columns ``file`` and ``outlet``)
  beside UTF-8 ``*.txt`` article files, and optionally ``zones.csv``; or
* a **table** file (CSV, JSONL or Parquet, optionally gzip-compressed) with a
  text column and an outlet column.

Every article comes out as one row, or the load fails with a
:class:`CorpusError` that lists every problem, each naming the file (and line
or byte offset) and the cause. Nothing is silently dropped.

The ``text`` column is exactly the decoded file: no newline translation, no
stripping. Every offset the package reports indexes this string.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "CorpusError",
    "load_corpus",
    "load_zones",
    "describe_corpus",
    "detect_zones",
    "zone_of_offsets",
    "zones_by_doc",
    "ZONES",
    "METADATA_COLUMNS",
]

logger = logging.getLogger(__name__)

#: Zones a text may carry besides the body.
ZONES = ("headline", "standfirst", "byline", "dateline", "caption", "boilerplate")

#: Known metadata columns, in output order (extra columns are kept after them).
METADATA_COLUMNS = (
    "doc_id",
    "file",
    "outlet",
    "published",
    "headline",
    "url",
    "author",
    "language",
    "translated_from",
    "outlet_country",
    "outlet_type",
    "notes",
)

_TABLE_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".parquet": "parquet"}


class CorpusError(ValueError):
    """A corpus could not be loaded. ``problems`` lists each problem found."""

    def __init__(self, problems: list[str] | str):
        if isinstance(problems, str):
            problems = [problems]
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in corpus:" if len(self.problems) > 1 else ""
        msg = "\n  - ".join([head, *self.problems]) if head else self.problems[0]
        super().__init__(msg)


def _read_csv_strict(path: Path, problems: list[str]) -> pd.DataFrame | None:
    """Read a small CSV as strings, reporting decode and parse errors by file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(f"{path}: cannot read ({exc.strerror or exc})")
        return None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(f"{path}: not valid UTF-8 at byte {exc.start}")
        return None
    try:
        rows = list(csv.reader(io.StringIO(content, newline="")))
    except csv.Error as exc:
        problems.append(f"{path}: CSV parse error ({exc})")
        return None
    rows = [r for r in rows if any(cell.strip() for cell in r)] if rows else rows
    if not rows:
        problems.append(f"{path}: empty file (no header row)")
        return None
    header = [h.strip() for h in rows[0]]
    body = []
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(
                f"{path}, line {i}: {len(row)} fields where the header has {len(header)}"
            )
            continue
        body.append(row)
    df = pd.DataFrame(body, columns=header, dtype=object)
    # 1-based line numbers in the file (header is line 1), for error messages
    df.index = range(2, 2 + len(df))
    return df


def _parse_dates(values: pd.Series, where, problems: list[str]) -> pd.Series:
    """Parse ISO-like dates; report each unparsable value with its location."""
    out = []
    for idx, value in values.items():
        if (
            value is None
            or (isinstance(value, float) and pd.isna(value))
            or str(value).strip() == ""
        ):
            out.append(pd.NaT)
            continue
        try:
            out.append(pd.Timestamp(str(value).strip()))
        except (ValueError, TypeError):
            problems.append(f"{where(idx)}: unparsable date in column 'published': {value!r}")
            out.append(pd.NaT)
    return pd.Series(pd.to_datetime(out), index=values.index, name="published")


def _finish(df: pd.DataFrame, outlet_order: list[str]) -> pd.DataFrame:
    df = df.copy()
    df["outlet"] = pd.Categorical(df["outlet"], categories=outlet_order, ordered=True)
    first = [c for c in METADATA_COLUMNS if c in df.columns]
    cols = first[:3] + (["published"] if "published" in df.columns else []) + ["text"]
    rest = [c for c in df.columns if c not in cols]
    df = df[cols + rest].reset_index(drop=True)
    return df


def _decode(path: Path, raw: bytes, encoding: str, problems: list[str]) -> str | None:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        problems.append(
            f"{path}: bytes are not valid {encoding} at byte offset {exc.start} "
            f"(pass encoding=... if the file uses another encoding)"
        )
        return None
    except LookupError:
        problems.append(f"{path}: unknown encoding {encoding!r}")
        return None
    if not text.strip():
        problems.append(f"{path}: empty or whitespace-only text")
        return None
    return text


def _load_folder(folder: Path, encoding: str, zones: bool) -> pd.DataFrame:
    problems: list[str] = []
    meta_path = folder / "metadata.csv"
    if not meta_path.is_file():
        raise CorpusError(f"{meta_path}: missing (a corpus folder needs metadata.csv)")
    meta = _read_csv_strict(meta_path, problems)
    if meta is None:
        raise CorpusError(problems)
    missing = [c for c in ("file", "outlet") if c not in meta.columns]
    if missing:
        raise CorpusError(
            f"{meta_path}: missing required column(s) {', '.join(missing)} "
            f"(found: {', '.join(meta.columns)})"
        )

    def where(line):
        return f"{meta_path}, line {line}"

    for line, row in meta.iterrows():
        if not str(row["file"]).strip():
            problems.append(f"{where(line)}: empty 'file'")
        if not str(row["outlet"]).strip():
            problems.append(f"{where(line)}: empty 'outlet'")
    if "doc_id" in meta.columns:
        blank = meta["doc_id"].str.strip() == ""
        meta.loc[blank, "doc_id"] = meta.loc[blank, "file"].map(lambda f: Path(f).stem)
    else:
        meta.insert(0, "doc_id", meta["file"].map(lambda f: Path(f).stem))
    for col in ("file", "doc_id"):
        dup = meta[col][meta[col].duplicated(keep=False) & (meta[col].str.strip() != "")]
        for value, lines in dup.groupby(dup).groups.items():
            problems.append(
                f"{meta_path}: duplicate {col} {value!r} on lines "
                f"{', '.join(str(i) for i in lines)}"
            )
    texts = {}
    for line, row in meta.iterrows():
        name = str(row["file"]).strip()
        if not name:
            continue
        path = folder / name
        if not path.is_file():
            problems.append(f"{where(line)}: file {name!r} not found in {folder}")
            continue
        try:
            raw = path.read_bytes()
        except OSError as exc:
            problems.append(f"{path}: cannot read ({exc.strerror or exc})")
            continue
        text = _decode(path, raw, encoding, problems)
        if text is not None:
            texts[line] = text
    listed = {str(f).strip() for f in meta["file"]}
    for path in sorted(folder.glob("*.txt")):
        if path.name not in listed:
            problems.append(f"{path}: text file has no row in {meta_path.name}")
    if "published" in meta.columns:
        meta["published"] = _parse_dates(meta["published"], where, problems)
    if problems:
        raise CorpusError(problems)
    meta["text"] = pd.Series(texts)
    order = list(dict.fromkeys(meta["outlet"].str.strip()))
    meta["outlet"] = meta["outlet"].str.strip()
    meta["file"] = meta["file"].str.strip()
    meta["doc_id"] = meta["doc_id"].astype(str).str.strip()
    df = _finish(meta, order)
    zones_path = folder / "zones.csv"
    if zones and zones_path.is_file():
        df.attrs["zones"] = load_zones(zones_path, df)
    return df


def _table_format(path: Path) -> tuple[str, str | None]:
    suffixes = [s.lower() for s in path.suffixes]
    compression = None
    if suffixes and suffixes[-1] == ".gz":
        compression = "gzip"
        suffixes = suffixes[:-1]
    fmt = _TABLE_SUFFIXES.get(suffixes[-1] if suffixes else "")
    if fmt is None:
        raise CorpusError(
            f"{path}: unknown table format (use a folder with metadata.csv, or a "
            f".csv, .jsonl or .parquet file, optionally .gz)"
        )
    return fmt, compression


def _load_table(path: Path, text: str, outlet: str, encoding: str) -> pd.DataFrame:
    fmt, compression = _table_format(path)
    try:
        if fmt == "csv":
            df = pd.read_csv(
                path, dtype=str, keep_default_na=False, encoding=encoding, compression=compression
            )
            first_row = 2
        elif fmt == "jsonl":
            df = pd.read_json(
                path, lines=True, dtype=False, encoding=encoding, compression=compression
            )
            first_row = 1
        else:
            df = pd.read_parquet(path)
            first_row = 1
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path}: bytes are not valid {encoding} at byte offset {exc.start}"
        ) from exc
    except (ValueError, OSError, ImportError) as exc:
        raise CorpusError(f"{path}: cannot read as {fmt} ({exc})") from exc
    label = "line" if fmt in ("csv", "jsonl") else "row"
    return _check_table(df, str(path), path.name, text, outlet, first_row, label)


def _check_table(
    df: pd.DataFrame,
    path: str,
    name: str,
    text: str,
    outlet: str,
    first_row: int,
    label: str,
    keep_file: bool = False,
) -> pd.DataFrame:
    """Validate a table of articles (text and outlet columns) and give it the corpus columns.

    ``path`` names the table in messages, ``name`` prefixes the ``file`` column
    (``name:line2``); rows are numbered from ``first_row`` and called ``label``. With
    ``keep_file`` an existing ``file`` column is kept (a corpus loaded before).
    """
    missing = [c for c in (text, outlet) if c not in df.columns]
    if missing:
        raise CorpusError(
            f"{path}: missing column(s) {', '.join(repr(m) for m in missing)} "
            f"(found: {', '.join(map(str, df.columns))}; name them with "
            "text=..., outlet=... or --text, --outlet)"
        )
    df = df.rename(columns={text: "text", outlet: "outlet"})
    df.index = range(first_row, first_row + len(df))
    problems: list[str] = []

    def where(i):
        return f"{path}, {label} {i}"

    for i, value in df["text"].items():
        if not isinstance(value, str):
            problems.append(f"{where(i)}: text is missing or not a string ({value!r})")
        elif not value.strip():
            problems.append(f"{where(i)}: empty or whitespace-only text")
    for i, value in df["outlet"].items():
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where(i)}: empty outlet")
    if "doc_id" in df.columns:
        df["doc_id"] = df["doc_id"].astype(str)
        dup = df["doc_id"][df["doc_id"].duplicated(keep=False)]
        for value, rows in dup.groupby(dup).groups.items():
            problems.append(
                f"{path}: duplicate doc_id {value!r} on {label}s {', '.join(map(str, rows))}"
            )
    else:
        df.insert(0, "doc_id", [f"{i:06d}" for i in range(len(df))])
    if not (keep_file and "file" in df.columns):
        df["file"] = [f"{name}:{label}{i}" for i in df.index]
    if "published" in df.columns:
        df["published"] = _parse_dates(df["published"], where, problems)
    if problems:
        raise CorpusError(problems)
    # a categorical outlet keeps its order (colours), a file its order of appearance
    order = []
    if isinstance(df["outlet"].dtype, pd.CategoricalDtype):
        order = list(dict.fromkeys(str(c).strip() for c in df["outlet"].cat.categories))
    df["outlet"] = df["outlet"].astype(object).str.strip()
    order += [o for o in dict.fromkeys(df["outlet"]) if o not in order]
    return _finish(df, order)


# character entities and common tags of HTML left in article text
_MARKUP_RE = re.compile(
    r"&(?:[A-Za-z]{2,8}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});"
    r"|</?(?:p|br|div|span|a|em|strong|i|b|blockquote|li|ul|h[1-6])\b[^<>]{0,200}>"
)


def markup_sample(text: str) -> str | None:
    """The first HTML character entity or tag in ``text`` (``"&ldquo;"``, ``"<p>"``), or None.

    Entities hide the quotation marks and apostrophes the annotation reads, so an
    article that has them should be decoded (``html.unescape``) and stripped of tags
    before it is loaded; :func:`load_corpus` and ``framing annotate`` warn about them.

    Examples
    --------
    >>> markup_sample("He said &ldquo;no&rdquo;.")
    '&ldquo;'
    >>> markup_sample("Fish & chips; AT&T") is None
    True
    """
    m = _MARKUP_RE.search(text)
    return m.group() if m else None


def markup_summary(doc_ids, texts) -> tuple[int, tuple[str, str] | None]:
    """How many ``texts`` carry HTML markup, and the first (doc_id, markup) found."""
    found = [(d, m) for d, t in zip(doc_ids, texts) if (m := markup_sample(t)) is not None]
    return len(found), (found[0] if found else None)


def warn_markup(n: int, example: tuple[str, str] | None, where: str) -> None:
    """Log one warning for ``n`` articles with HTML markup (``example``: doc_id, markup)."""
    if n:
        logger.warning(
            "%s: %d article(s) contain HTML entities or tags (doc %s: %r); quotation marks "
            "and apostrophes written as entities are not recognised: decode the texts "
            "(html.unescape) and strip tags before loading",
            where,
            n,
            *example,
        )


def load_corpus(
    path,
    *,
    text: str = "text",
    outlet: str = "outlet",
    encoding: str = "utf-8",
    zones: bool | str = True,
) -> pd.DataFrame:
    """Load a corpus: one row per article.

    Parameters
    ----------
    path : str, path-like or pandas.DataFrame
        A corpus folder (``metadata.csv`` beside ``*.txt`` files, optionally
        ``zones.csv``), a CSV / JSONL / Parquet table (``.gz`` accepted), or a
        DataFrame with a text and an outlet column (checked like a table file; its
        rows are named ``DataFrame, row i`` in messages, counting from 0).
    text, outlet : str, default="text", "outlet"
        Column names of the text and outlet in a table file or DataFrame.
    encoding : str, default="utf-8"
        Encoding of the article files (or of a CSV/JSONL table).
    zones : bool or "auto", default=True
        ``True``: read and validate the folder's ``zones.csv`` (stored in
        ``df.attrs["zones"]``, see :func:`load_zones`). ``"auto"``: the same,
        and for corpora without ``zones.csv`` (or articles it does not
        cover) detect zones with :func:`detect_zones`, a heuristic to check
        (it is never applied unless asked for). ``False``: everything is body.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id``, ``file``, ``outlet`` (ordered categorical, order of
        first appearance), ``published`` (datetime, if given), ``text``
        (exactly the decoded file), then the other metadata columns.

    Raises
    ------
    CorpusError
        Listing every problem with its file (and line or byte offset).

    Examples
    --------
    >>> corpus = load_corpus("corpus/russia-dprk-2024")
    >>> corpus.loc[0, ["doc_id", "outlet"]].tolist()
    ['000', 'The Epoch Times']
    >>> corpus.loc[0, "text"][:30]
    'Russia is developing ties with'
    """
    if zones not in (True, False, "auto"):
        raise ValueError(f"zones must be True, False or 'auto', not {zones!r}")
    if isinstance(path, pd.DataFrame):
        df = _check_table(path.copy(), "DataFrame", "DataFrame", text, outlet, 0, "row", True)
        if path.attrs.get("zones") is not None:
            df.attrs["zones"] = path.attrs["zones"]
    elif Path(path).is_dir():
        df = _load_folder(Path(path), encoding, bool(zones))
    elif not Path(path).exists():
        raise CorpusError(f"{path}: no such file or folder")
    else:
        df = _load_table(Path(path), text, outlet, encoding)
    where = "DataFrame" if isinstance(path, pd.DataFrame) else str(path)
    warn_markup(*markup_summary(df["doc_id"], df["text"]), where)
    if zones == "auto":
        known = df.attrs.get("zones")
        covered = set(known["doc_id"]) if known is not None else set()
        rows = [
            (doc, s, e, z)
            for doc, t in zip(df["doc_id"], df["text"])
            if doc not in covered
            for s, e, z in detect_zones(t)
        ]
        found = pd.DataFrame(rows, columns=["doc_id", "char_start", "char_end", "zone"])
        df.attrs["zones"] = (
            found if known is None else pd.concat([known, found], ignore_index=True)
        ).astype({"char_start": "int64", "char_end": "int64"})
    return df


def read_zone_rows(path, doc_ids, lengths=None) -> list[tuple[str, int, int, str, int]]:
    """Read and check ``zones.csv``: ``(doc_id, start, end, zone, line)`` rows, sorted.

    Checks the columns, integer offsets, known ``doc_id`` and zone names, spans
    inside their text (when ``lengths`` maps doc ids to text lengths; a
    streaming reader checks spans per article instead) and overlaps.

    Raises
    ------
    CorpusError
        Listing every problem with its line.
    """
    path = Path(path)
    problems: list[str] = []
    df = _read_csv_strict(path, problems)
    if df is None:
        raise CorpusError(problems)
    missing = [c for c in ("doc_id", "char_start", "char_end", "zone") if c not in df.columns]
    if missing:
        raise CorpusError(f"{path}: missing required column(s) {', '.join(missing)}")
    known = set(doc_ids)
    rows = []
    for line, r in df.iterrows():
        where = f"{path}, line {line}"
        doc = str(r["doc_id"]).strip()
        try:
            start, end = int(r["char_start"]), int(r["char_end"])
        except ValueError:
            problems.append(f"{where}: char_start/char_end must be integers")
            continue
        zone = str(r["zone"]).strip()
        if doc not in known:
            problems.append(f"{where}: unknown doc_id {doc!r}")
            continue
        if zone not in ZONES:
            problems.append(f"{where}: unknown zone {zone!r} (use one of {', '.join(ZONES)})")
        if lengths is not None and not 0 <= start < end <= lengths[doc]:
            problems.append(
                f"{where}: span {start}-{end} outside the text of {doc!r} (length {lengths[doc]})"
            )
            continue
        rows.append((doc, start, end, zone, line))
    rows.sort()
    for a, b in zip(rows, rows[1:]):
        if a[0] == b[0] and b[1] < a[2]:
            problems.append(
                f"{path}, line {b[4]}: span {b[1]}-{b[2]} overlaps line {a[4]} "
                f"({a[1]}-{a[2]}) in {a[0]!r}"
            )
    if problems:
        raise CorpusError(problems)
    return rows


def load_zones(path, corpus: pd.DataFrame) -> pd.DataFrame:
    """Read and validate a ``zones.csv`` against the loaded corpus.

    ``zones.csv`` has columns ``doc_id, char_start, char_end, zone`` with zone
    one of :data:`ZONES`. Spans index the unmodified text; everything not
    covered is body. Spans must lie inside their text and must not overlap.

    Parameters
    ----------
    path : path-like
    corpus : pandas.DataFrame
        As returned by :func:`load_corpus`.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, char_start, char_end, zone``, sorted.

    Raises
    ------
    CorpusError
    """
    path = Path(path)
    lengths = dict(zip(corpus["doc_id"], corpus["text"].str.len()))
    rows = read_zone_rows(path, lengths.keys(), lengths)
    out = pd.DataFrame([r[:4] for r in rows], columns=["doc_id", "char_start", "char_end", "zone"])
    return out.astype({"char_start": "int64", "char_end": "int64"})


_CREDIT = re.compile(
    r"^(?:by\s+\S.{0,80}|(?:additional\s+)?reporting\s+by\s.+|writing\s+by\s.+|"
    r"edited\s+by\s.+|compiled\s+by\s.+|with\s+reporting\s+from\s.+)$",
    re.IGNORECASE,
)
_DATELINE_LINE = re.compile(r"^[A-Z][\w .'-]{1,40},\s+[A-Z][\w .'-]{1,40}$")
_DATELINE_INLINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:,\s+[A-Z][\w.]+)?\s+\([A-Za-z .]+\)\s*[–—-]\s*"
)
_PHOTO = re.compile(
    r"(?:\bvia\s+(?:Reuters|AP|AFP|Getty)|Getty Images|/\s*(?:Reuters|AP|AFP)\b|"
    r"^photo:|^file photo|^\(photo|credit:)",
    re.IGNORECASE,
)
_BOILER = re.compile(
    r"^(?:add your comment|comments? (?:are|will)|sign up|subscribe|read more:|"
    r"related:|copyright\b|©|all rights reserved|follow us|share this)",
    re.IGNORECASE,
)


def detect_zones(text: str) -> list[tuple[int, int, str]]:
    r"""Guess the non-body zones of an article (optional; check the result).

    Line-based heuristics for common web and wire layouts:

    * **headline**: the first non-empty line when it has no final full stop and at
      most 25 words, and the text has more lines after it;
    * **standfirst**: bullet lines (``-``, ``•``, ``*``) right after the headline;
    * **byline**: lines such as "By Jane Doe", "Reporting by ...", "Edited by ...",
      "Additional reporting by ...";
    * **dateline**: a short "City, Country" line near the top, or an inline
      "MOSCOW (Reuters) –" opening a line;
    * **caption**: photo-credit lines ("... via Reuters", "Getty Images", "Photo: ...");
    * **boilerplate**: from a line opening with "Add your comment", "Sign up",
      "Subscribe", "©", "All rights reserved", "Read more:" ... to the end.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of (char_start, char_end, zone)
        Sorted, non-overlapping spans into ``text``.

    Examples
    --------
    >>> t = "Kremlin: ties in all areas\nBy Jane Doe\nMOSCOW (Reuters) – Peskov said so.\n"
    >>> for s, e, z in detect_zones(t):
    ...     print(z, repr(t[s:e]))
    headline 'Kremlin: ties in all areas'
    byline 'By Jane Doe'
    dateline 'MOSCOW (Reuters) –'
    """
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            lines.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw)
    out: list[tuple[int, int, str]] = []
    if len(lines) < 2:
        return out
    first = lines[0]
    words = first[2].split()
    i = 0
    if (
        len(words) <= 25
        and not first[2].endswith((".", "!", "?", "”", '"'))
        and not _CREDIT.match(first[2])
    ):
        out.append((first[0], first[1], "headline"))
        i = 1
        while i < len(lines) and lines[i][2][:1] in "-•*" and len(lines[i][2]) > 2:
            out.append((lines[i][0], lines[i][1], "standfirst"))
            i += 1
    for k, (start, end, line) in enumerate(lines):
        if any(start < e and s < end for s, e, _ in out):
            continue
        if _BOILER.match(line) and k > len(lines) // 2:
            out.append((start, lines[-1][1], "boilerplate"))
            break
        if _CREDIT.match(line) and len(line.split()) <= 14:
            out.append((start, end, "byline"))
        elif k <= 6 and _DATELINE_LINE.match(line) and len(line.split()) <= 6:
            out.append((start, end, "dateline"))
        elif _PHOTO.search(line) and len(line.split()) <= 40:
            out.append((start, end, "caption"))
        else:
            m = _DATELINE_INLINE.match(line) if k <= 3 else None
            if m:
                out.append((start, start + len(m.group(0).rstrip()), "dateline"))
    return sorted(out)


def zone_of_offsets(starts, zones) -> list[str]:
    """Zone of each character offset in ``starts`` (``body`` where no zone covers it).

    Zones may overlap: an offset takes the zone that starts last at or before it, if
    that zone still covers it. Vectorised (one ``searchsorted``).

    Parameters
    ----------
    starts : sequence of int
        Sorted character offsets (e.g. token starts).
    zones : iterable of (char_start, char_end, zone)

    Examples
    --------
    >>> zone_of_offsets([0, 5, 12], [(0, 4, "headline"), (10, 20, "byline")])
    ['headline', 'body', 'byline']
    """
    offsets = np.asarray(starts, dtype=np.int64)
    out = np.full(len(offsets), "body", dtype=object)
    spans = sorted(zones)
    if spans and len(offsets):
        begins = np.array([s for s, _, _ in spans], dtype=np.int64)
        ends = np.array([e for _, e, _ in spans], dtype=np.int64)
        names = np.array([z for _, _, z in spans], dtype=object)
        k = np.searchsorted(begins, offsets, side="right") - 1  # last zone starting at or before
        hit = k >= 0
        hit[hit] = offsets[hit] < ends[k[hit]]
        out[hit] = names[k[hit]]
    return out.tolist()


def zones_by_doc(corpus: pd.DataFrame, zones: pd.DataFrame | None = None) -> dict:
    """Map each ``doc_id`` to its list of ``(char_start, char_end, zone)``."""
    zones = corpus.attrs.get("zones") if zones is None else zones
    out: dict = {doc: [] for doc in corpus["doc_id"]}
    if zones is not None:
        for doc, s, e, z in zones[["doc_id", "char_start", "char_end", "zone"]].itertuples(
            index=False
        ):
            out.setdefault(doc, []).append((int(s), int(e), z))
    return out


def describe_corpus(corpus: pd.DataFrame, zones: pd.DataFrame | None = None) -> pd.DataFrame:
    """Word counts per article and zone, long form.

    Words are the word tokens of :func:`framing.text.tokenize`; a word belongs
    to the zone that covers its first character.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`load_corpus`.
    zones : pandas.DataFrame, optional
        Defaults to ``corpus.attrs["zones"]`` (no zones: everything is body).

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, outlet, zone, n_words``; every zone of
        ``("body",) + ZONES`` is present for every article (zeros kept).
    """
    from .text import tokenize

    zmap = zones_by_doc(corpus, zones)
    rows = []
    for doc, outlet, text in corpus[["doc_id", "outlet", "text"]].itertuples(index=False):
        words = [t.start for t in tokenize(text) if t.is_word]
        counts = pd.Series(zone_of_offsets(words, zmap.get(doc, []))).value_counts()
        for zone in ("body",) + ZONES:
            rows.append((doc, outlet, zone, int(counts.get(zone, 0))))
    out = pd.DataFrame(rows, columns=["doc_id", "outlet", "zone", "n_words"])
    out["outlet"] = pd.Categorical(
        out["outlet"], categories=corpus["outlet"].cat.categories, ordered=True
    )
    out["zone"] = pd.Categorical(out["zone"], categories=("body",) + ZONES, ordered=True)
    return out
