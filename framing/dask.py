"""Scale out on Dask: the per-article annotation over a ``dask.dataframe``.

Each partition is validated and annotated exactly as a chunk of
:func:`framing.stream.annotate_stream` (same code, same fixed table schemas),
so a user with a Dask cluster (``distributed.Client``) scales out with no other
change, and the tables equal the single-process run's.

Two entry points:

* :func:`annotate_dask` returns every table (``articles``, ``sentences``,
  ``cues``, ``attributions``, ``claims``, ``errors``) as lazy Dask DataFrames
  that share one annotation task per partition: compute them together
  (``dask.compute(*tables.values())`` or ``to_parquet`` each after a
  ``persist``) and each partition is annotated once.
* :func:`map_annotate` is a plain ``map_partitions`` returning one table, for
  use inside an existing Dask pipeline (computing several tables this way
  annotates each partition once per table).

Install with ``pip install framing[dask]``. Rows are validated per partition
(bad rows go to the ``errors`` table with the reason); duplicate ``doc_id``
values are only detected within a partition.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from .stream import (
    ERROR_COLUMNS,
    TABLES,
    Chunk,
    _iso,
    _load_config,
    _Rows,
    _tables,
    annotate_chunk,
)

__all__ = ["annotate_dask", "map_annotate", "annotate_partition", "ALL_TABLES"]

logger = logging.getLogger(__name__)

#: Tables :func:`annotate_dask` returns.
ALL_TABLES = (*TABLES, "errors")


def _chunk(df: pd.DataFrame, text: str, outlet: str, label: str, zones=None) -> Chunk:
    """Validate a pandas partition into a :class:`framing.stream.Chunk`."""
    df = df.rename(columns={text: "text", outlet: "outlet"})
    if "doc_id" not in df.columns:
        raise ValueError("a Dask corpus needs a 'doc_id' column (partitions cannot number rows)")
    if "published" in df.columns and pd.api.types.is_datetime64_any_dtype(df["published"]):
        df = df.assign(published=[_iso(None if pd.isna(v) else v) for v in df["published"]])
    checker = _Rows(Path(label), "row", has_doc_id=True)
    good, errors = [], []
    for pos, row in enumerate(df.to_dict("records"), start=1):
        file = row.get("file")
        art, err = checker.check(pos, row)
        if art is not None:
            art["file"] = file if isinstance(file, str) and file else art["doc_id"]
            good.append(art)
        else:
            errors.append(err)
    from .stream import _frame_articles

    cols = [c for c in df.columns if c != "doc_id"]
    arts = _frame_articles(good, ["doc_id", *cols, "file"])
    chunk = Chunk(arts, errors=errors)
    if zones is not None and len(zones):
        z = zones[zones["doc_id"].isin(set(arts["doc_id"]))]
        chunk.zones = z[["doc_id", "char_start", "char_end", "zone"]].reset_index(drop=True)
    return chunk


def annotate_partition(
    df: pd.DataFrame,
    config: dict,
    *,
    text: str = "text",
    outlet: str = "outlet",
    label: str = "partition",
    zones=None,
) -> dict:
    """Annotate one pandas partition; returns every table of :data:`ALL_TABLES`.

    Parameters
    ----------
    df : pandas.DataFrame
        Articles with ``doc_id``, text and outlet columns (other columns are kept
        as article metadata).
    config : dict
        From :func:`framing.stream._load_config` (lexicons, actors, claims).
    text, outlet : str
        Column names of the text and outlet.
    label : str
        Names the partition in error messages.
    zones : pandas.DataFrame, optional
        Zone table (``doc_id, char_start, char_end, zone``) of the corpus.
    """
    df = df.copy()
    df.attrs = {}
    tables, errors, _ = annotate_chunk(_chunk(df, text, outlet, label, zones), config)
    tables = dict(tables)
    tables["errors"] = pd.DataFrame(errors, columns=ERROR_COLUMNS, dtype=object)
    return tables


def _meta(ddf, config, text, outlet) -> dict:
    """Empty tables with the output schema (annotating a one-row probe)."""
    head = ddf._meta.copy()
    head.attrs = {}
    row = {c: "" for c in head.columns}
    row.update({"doc_id": "probe", text: "Officials said it was likely.", outlet: "probe"})
    probe = pd.DataFrame([row], columns=list(head.columns)).astype(object)
    if "published" in probe:
        probe["published"] = None
    out = annotate_partition(probe, config, text=text, outlet=outlet)
    return {name: df.iloc[0:0] for name, df in out.items()}


def _config(lexicons, actors, claims, layers=None) -> dict:
    return _load_config(lexicons, actors, claims, layers)


def _names(config: dict) -> tuple[str, ...]:
    """The tables a run returns: those of the layers run, and ``errors``."""
    return (*_tables(config), "errors")


def map_annotate(
    ddf,
    table: str = "cues",
    *,
    text: str = "text",
    outlet: str = "outlet",
    lexicons=None,
    actors=None,
    claims=None,
    zones=None,
    layers=None,
):
    """One annotation table of a Dask DataFrame of articles, by ``map_partitions``.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        Articles: ``doc_id``, text and outlet columns, other metadata kept.
    table : str, default="cues"
        One of :data:`ALL_TABLES`.
    text, outlet : str
    lexicons, actors, claims : optional
        As for :func:`framing.annotate`.
    zones : pandas.DataFrame, optional
        Zone table of the corpus (e.g. ``load_corpus(path).attrs["zones"]``).
    layers : str or iterable of str, optional
        Annotation layers to run, as for :func:`framing.annotate` (default: all);
        ``table`` must be one they produce.

    Returns
    -------
    dask.dataframe.DataFrame
    """
    config = _config(lexicons, actors, claims, layers)
    names = _names(config)
    if table not in names:
        raise ValueError(f"unknown table {table!r} (use one of {', '.join(names)})")
    meta = _meta(ddf, config, text, outlet)[table]

    def one(df, partition_info=None):
        k = (partition_info or {}).get("number", 0)
        return annotate_partition(
            df, config, text=text, outlet=outlet, label=f"partition {k}", zones=zones
        )[table]

    return ddf.map_partitions(one, meta=meta, enforce_metadata=False)


def annotate_dask(
    ddf,
    *,
    text: str = "text",
    outlet: str = "outlet",
    lexicons=None,
    actors=None,
    claims=None,
    zones=None,
    layers=None,
) -> dict:
    """Every annotation table of a Dask DataFrame of articles.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        Articles: ``doc_id``, text and outlet columns, other metadata kept
        (e.g. ``dd.from_pandas(framing.load_corpus(path), npartitions=8)`` or
        ``dd.read_parquet(...)``).
    text, outlet : str
    lexicons, actors, claims : optional
        As for :func:`framing.annotate` (paths or loaded objects).
    zones : pandas.DataFrame, optional
        Zone table of the corpus (e.g. ``load_corpus(path).attrs["zones"]``).
    layers : str or iterable of str, optional
        Annotation layers to run, as for :func:`framing.annotate` (default: all).

    Returns
    -------
    dict of str to dask.dataframe.DataFrame
        Keys :data:`ALL_TABLES` (without the tables of layers not run). The tables
        share one annotation task per partition: compute them together
        (``dask.compute(*d.values())``).

    Examples
    --------
    >>> import dask, dask.dataframe as dd
    >>> from framing import load_corpus
    >>> corpus = load_corpus("corpus/russia-dprk-2024")
    >>> zones = corpus.attrs.pop("zones")
    >>> tables = annotate_dask(dd.from_pandas(corpus, npartitions=2), zones=zones)
    >>> arts, cues = dask.compute(tables["articles"], tables["cues"], scheduler="sync")
    >>> len(arts), cues["doc_id"].is_monotonic_increasing
    (5, True)
    """
    import dask
    import dask.dataframe as dd

    config = _config(lexicons, actors, claims, layers)
    metas = _meta(ddf, config, text, outlet)
    cfg = dask.delayed(config, pure=True)
    ztab = dask.delayed(zones, pure=True) if zones is not None else None
    parts = [
        dask.delayed(annotate_partition, pure=True)(
            part, cfg, text=text, outlet=outlet, label=f"partition {k}", zones=ztab
        )
        for k, part in enumerate(ddf.to_delayed())
    ]
    return {
        name: dd.from_delayed(
            [dask.delayed(_pick, pure=True)(p, name) for p in parts],
            meta=metas[name],
            verify_meta=False,
        )
        for name in _names(config)
    }


def _pick(tables: dict, name: str) -> pd.DataFrame:
    return tables[name]
