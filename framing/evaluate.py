"""Scoring against hand-coded gold: span-level precision, recall and F1.

Gold files are the JSON-lines files of a corpus's ``gold/`` folder
(``attributions.jsonl``, ``hedges.jsonl``, ``boosters.jsonl``,
``loaded.jsonl``, ``claims.jsonl``; see ``gold/GUIDELINES.md``).
:func:`load_gold` turns one layer into a tidy table whose spans are comparable
with the records of :func:`framing.lexicons.find_cues`, and
:func:`score_spans` matches predicted to gold spans one-to-one inside each
document.

References
----------
.. [1] Tjong Kim Sang, E. F. & De Meulder, F. (2003). Introduction to the
   CoNLL-2003 shared task: language-independent named entity recognition.
   *CoNLL 2003* (exact span matching).
.. [2] Farkas, R., Vincze, V., Móra, G., Csirik, J. & Szarvas, G. (2010). The
   CoNLL-2010 shared task: learning to detect hedges and their scope in
   natural language text. *CoNLL 2010: Shared Task*, 1-12 (cue-level
   precision, recall and F1 with overlap).
"""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path

import pandas as pd

__all__ = ["load_gold", "score_spans", "evaluate_annotation", "GOLD_LAYERS", "GOLD_CATEGORY_MAP"]

logger = logging.getLogger(__name__)

#: Gold file stem -> the ``layer`` value used in prediction tables.
GOLD_LAYERS = {
    "attributions": "attribution",
    "hedges": "hedge",
    "boosters": "booster",
    "loaded": "loaded",
    "claims": "claim",
}

#: Lexicon categories -> gold categories, per layer (categories not listed are unchanged).
GOLD_CATEGORY_MAP = {
    "loaded": {
        "regime-label": "pejorative-label",
        "legitimising": "positive-label",
        "editorialising": "other",
        "quoted-label": "other",
    },
    "booster": {
        "certainty-adverb": "adverb",
        "manner-adverb": "adverb",
        "insistence-adverb": "adverb",
        "degree-intensifier": "adverb",
        "certainty-adjective": "adjective",
        "emphatic-negation": "other",
    },
}

_GOLD_COLUMNS = ["doc_id", "layer", "char_start", "char_end", "text", "category"]
_SCORE_COLUMNS = ["precision", "recall", "f1", "tp", "fp", "fn"]


def load_gold(layer: str, gold_dir) -> pd.DataFrame:
    """Load one gold layer as a tidy table of spans.

    Parameters
    ----------
    layer : {"attributions", "hedges", "boosters", "loaded", "claims"}
        The gold file stem; the singular layer names (``"hedge"``, ...) are
        accepted too.
    gold_dir : str or path
        The ``gold/`` folder of a corpus.

    Returns
    -------
    pandas.DataFrame
        One row per gold record. The first columns are ``doc_id`` (the gold
        ``doc``), ``layer`` (``attribution``, ``hedge``, ``booster``,
        ``loaded`` or ``claim``), ``char_start``, ``char_end``, ``text`` (the
        cue, term or sentence) and ``category`` (hedge/booster/loaded
        category, attribution ``cue_class``, claim ``status``); the remaining
        gold fields follow. Claims are sentence-level: their span is the
        sentence.

    Raises
    ------
    FileNotFoundError
        If the layer's file is not in ``gold_dir``.
    ValueError
        If ``layer`` is unknown or a record has no span.

    Examples
    --------
    >>> from pathlib import Path
    >>> import framing
    >>> gold_dir = Path(framing.__file__).parents[1] / "corpus" / "russia-dprk-2024" / "gold"
    >>> gold = load_gold("hedges", gold_dir)
    >>> list(gold.columns[:6])
    ['doc_id', 'layer', 'char_start', 'char_end', 'text', 'category']
    >>> gold[["doc_id", "text", "category"]].head(2)
      doc_id         text           category
    0    000  speculation               noun
    1    000   reportedly  attribution-hedge
    """
    names = {v: k for k, v in GOLD_LAYERS.items()}
    stem = names.get(layer, layer)
    if stem not in GOLD_LAYERS:
        raise ValueError(f"unknown gold layer {layer!r}; expected one of {sorted(GOLD_LAYERS)}")
    path = Path(gold_dir) / f"{stem}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"gold file not found: {path}")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if stem == "claims":
                start, end, text = rec["sentence_start"], rec["sentence_end"], rec["sentence"]
                category = rec.get("status")
            else:
                if "char_start" not in rec or "char_end" not in rec:
                    raise ValueError(f"{path}:{lineno}: record has no char_start/char_end")
                start, end = rec["char_start"], rec["char_end"]
                text = rec.get("term", rec.get("cue", ""))
                category = rec.get("cue_class") if stem == "attributions" else rec.get("category")
            extra = {
                k: v
                for k, v in rec.items()
                if k not in {"doc", "char_start", "char_end", "category"}
            }
            rows.append(
                {
                    "doc_id": str(rec["doc"]),
                    "layer": GOLD_LAYERS[stem],
                    "char_start": int(start),
                    "char_end": int(end),
                    "text": text,
                    "category": category,
                    **extra,
                }
            )
    df = pd.DataFrame(rows)
    if df.empty:
        return pd.DataFrame(columns=_GOLD_COLUMNS)
    rest = [c for c in df.columns if c not in _GOLD_COLUMNS]
    return df[_GOLD_COLUMNS + rest]


def _as_frame(spans, name: str) -> pd.DataFrame:
    df = spans if isinstance(spans, pd.DataFrame) else pd.DataFrame(list(spans))
    missing = {"doc_id", "char_start", "char_end"} - set(df.columns)
    if missing and len(df):
        raise ValueError(f"{name} lacks columns {sorted(missing)}")
    if not len(df):
        df = pd.DataFrame(columns=["doc_id", "char_start", "char_end"])
    return df.reset_index(drop=True)


def _match_count(pred: pd.DataFrame, gold: pd.DataFrame, match: str) -> int:
    """Greedy one-to-one matching of spans of one document; returns the match count."""
    p = list(zip(pred["char_start"].astype(int), pred["char_end"].astype(int)))
    g = list(zip(gold["char_start"].astype(int), gold["char_end"].astype(int)))
    pairs = []
    for i, (ps, pe) in enumerate(p):
        for j, (gs, ge) in enumerate(g):
            if match == "exact":
                if ps == gs and pe == ge:
                    pairs.append((0, i, j))
            else:
                ov = min(pe, ge) - max(ps, gs)
                if ov > 0:
                    # most overlap first, then the smallest boundary difference
                    pairs.append((-ov, abs(ps - gs) + abs(pe - ge), i, j))
    pairs.sort()
    used_p, used_g, n = set(), set(), 0
    for pair in pairs:
        i, j = pair[-2], pair[-1]
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        n += 1
    return n


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else math.nan
    recall = tp / (tp + fn) if tp + fn else math.nan
    f1 = 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else math.nan
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def score_spans(pred, gold, match: str = "overlap", by=None) -> pd.DataFrame:
    """Span-level precision, recall and F1 with one-to-one matching.

    Parameters
    ----------
    pred, gold : pandas.DataFrame or list of dict
        Spans with at least ``doc_id``, ``char_start``, ``char_end`` (and the
        ``by`` columns), e.g. :func:`framing.lexicons.find_cues` records and
        :func:`load_gold` output.
    match : {"overlap", "exact"}, default="overlap"
        ``"exact"``: a predicted span matches a gold span with the same start
        and end. ``"overlap"``: they share at least one character.
    by : str or list of str, optional
        Score separately per value of these columns (e.g. ``"layer"`` or
        ``["layer", "category"]``). Spans only match inside the same group,
        so scoring by category also requires the category to agree.

    Returns
    -------
    pandas.DataFrame
        One row (or one per group) with ``by`` columns, then ``precision,
        recall, f1, tp, fp, fn``. ``tp`` counts matched pairs, ``fp``
        unmatched predictions, ``fn`` unmatched gold spans. Undefined
        ratios (no predictions, or no gold) are NaN; ``f1 = 2tp / (2tp + fp +
        fn)``.

    Notes
    -----
    Matching is greedy and one-to-one within each document: pairs are taken
    in order of decreasing overlap (then smallest boundary difference), so a
    predicted span can match at most one gold span and vice versa. Greedy
    matching equals the optimal assignment for exact matching and is the
    usual approximation for overlap matching [2]_.

    Examples
    --------
    >>> pred = [{"doc_id": "a", "char_start": 0, "char_end": 5},
    ...         {"doc_id": "a", "char_start": 10, "char_end": 12}]
    >>> gold = [{"doc_id": "a", "char_start": 0, "char_end": 4}]
    >>> score_spans(pred, gold)[["precision", "recall", "f1", "tp", "fp", "fn"]].round(3)
       precision  recall     f1  tp  fp  fn
    0        0.5     1.0  0.667   1   1   0
    >>> int(score_spans(pred, gold, match="exact")["tp"].iloc[0])
    0
    """
    if match not in {"overlap", "exact"}:
        raise ValueError(f"match must be 'overlap' or 'exact', got {match!r}")
    by_cols = [] if by is None else ([by] if isinstance(by, str) else list(by))
    p = _as_frame(pred, "pred")
    g = _as_frame(gold, "gold")
    for col in by_cols:
        for name, df in (("pred", p), ("gold", g)):
            if col not in df.columns:
                if len(df):
                    raise ValueError(f"{name} lacks the 'by' column {col!r}")
                df[col] = pd.Series(dtype=object)
    p["doc_id"] = p["doc_id"].astype(str)
    g["doc_id"] = g["doc_id"].astype(str)
    keys = by_cols + ["doc_id"]
    counts: dict[tuple, list[int]] = {}
    p_groups = dict(tuple(p.groupby(keys, sort=False, dropna=False))) if len(p) else {}
    g_groups = dict(tuple(g.groupby(keys, sort=False, dropna=False))) if len(g) else {}
    for key in set(p_groups) | set(g_groups):
        key = key if isinstance(key, tuple) else (key,)
        pk = p_groups.get(key, p.iloc[0:0])
        gk = g_groups.get(key, g.iloc[0:0])
        tp = _match_count(pk, gk, match) if len(pk) and len(gk) else 0
        c = counts.setdefault(key[:-1], [0, 0, 0])
        c[0] += tp
        c[1] += len(pk) - tp
        c[2] += len(gk) - tp
    if not by_cols:
        tp, fp, fn = counts.get((), [0, 0, 0])
        return pd.DataFrame([_prf(tp, fp, fn)], columns=_SCORE_COLUMNS)
    rows = [dict(zip(by_cols, k), **_prf(*v)) for k, v in counts.items()]
    out = pd.DataFrame(rows, columns=by_cols + _SCORE_COLUMNS)
    return out.sort_values(by_cols, kind="stable").reset_index(drop=True)


def evaluate_annotation(annotation, gold_dir, actors=None, layers=None) -> pd.DataFrame:
    """Score an :class:`framing.annotate.Annotation` against a gold folder, layer by layer.

    Only the documents present in the gold are scored. Cue layers use
    :func:`score_spans` (overlap and exact); attributions use
    :func:`framing.attribution.evaluate_attributions` (cue F1 by overlap, source
    and cue-class accuracy over matched cues); claims use
    :func:`framing.stance.evaluate_claims` (status accuracy, Cohen's kappa and
    Krippendorff's alpha over gold claim sentences).

    Parameters
    ----------
    annotation : framing.annotate.Annotation
    gold_dir : path-like
        Folder with the gold ``*.jsonl`` files.
    actors : framing.attribution.Actors, optional
        For comparing canonical sources through aliases.
    layers : list of str, optional
        Gold files to score (``hedges``, ``boosters``, ``loaded``,
        ``attributions``, ``claims``). Default: every one the folder has, so a
        gold set coded for some layers only is scored on those.

    Returns
    -------
    pandas.DataFrame
        Long form: ``layer, metric, value, n`` where ``n`` is the number of
        gold items the metric is computed over.

    Raises
    ------
    FileNotFoundError
        When the folder has no gold file at all.
    """
    gold_dir = Path(gold_dir)
    stems = ("hedges", "boosters", "loaded", "attributions", "claims")
    if layers is None:
        layers = [stem for stem in stems if (gold_dir / f"{stem}.jsonl").is_file()]
        if not layers:
            raise FileNotFoundError(f"{gold_dir}: no gold file ({', '.join(stems)}.jsonl)")
    unknown = sorted(set(layers) - set(stems))
    if unknown:
        raise ValueError(f"unknown gold layer(s) {unknown}; use {', '.join(stems)}")
    rows = []
    for stem, layer in (("hedges", "hedge"), ("boosters", "booster"), ("loaded", "loaded")):
        if stem not in layers:
            continue
        gold = load_gold(stem, gold_dir)
        docs = set(gold["doc_id"])
        pred = annotation.cues[
            (annotation.cues["layer"] == layer) & annotation.cues["doc_id"].isin(docs)
        ]
        for match in ("overlap", "exact"):
            s = score_spans(pred, gold, match=match).iloc[0]
            suffix = "" if match == "overlap" else "_exact"
            for metric in ("precision", "recall", "f1"):
                rows.append((layer, metric + suffix, float(s[metric]), len(gold)))
    if "attributions" in layers:
        rows.extend(_attribution_rows(annotation, gold_dir, actors))
    if "claims" in layers:
        rows.extend(_claim_rows(annotation, gold_dir))
    return pd.DataFrame(rows, columns=["layer", "metric", "value", "n"])


def _attribution_rows(annotation, gold_dir: Path, actors) -> list[tuple]:
    from .attribution import evaluate_attributions

    rows = []
    gold = load_gold("attributions", gold_dir)
    docs = set(gold["doc_id"])
    att = annotation.attributions[annotation.attributions["doc_id"].isin(docs)]
    res = evaluate_attributions(att, gold, actors=actors)
    for metric in ("precision", "recall", "f1"):
        rows.append(("attribution", metric, float(res[metric]), int(res["n_gold"])))
    rows.append(
        ("attribution", "source_accuracy", float(res["source_accuracy"]), int(res["n_matched"]))
    )
    rows.append(
        ("attribution", "class_accuracy", float(res["class_accuracy"]), int(res["n_matched"]))
    )
    return rows


def _claim_rows(annotation, gold_dir: Path) -> list[tuple]:
    from .stance import evaluate_claims

    rows = []
    gold = pd.read_json(gold_dir / "claims.jsonl", lines=True, dtype={"doc": str})
    gold = gold.rename(columns={"doc": "doc_id"})
    docs = set(gold["doc_id"])
    sents = annotation.sentences[["doc_id", "sentence_id", "char_start", "char_end"]].rename(
        columns={"char_start": "sentence_start", "char_end": "sentence_end"}
    )
    claims = (
        annotation.claims[annotation.claims["doc_id"].isin(docs)]
        .drop(columns=["outlet"], errors="ignore")
        .merge(sents, on=["doc_id", "sentence_id"], how="left")
    )
    res = evaluate_claims(claims, gold)
    for metric in ("accuracy", "precision", "recall", "kappa", "alpha"):
        rows.append(("claim", metric, float(res[metric]), len(gold)))
    return rows
