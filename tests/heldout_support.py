"""Shared machinery of the held-out tests (``tests/test_heldout*.py``).

Each held-out set is a corpus folder under ``tests/data/`` with a ``gold/``
folder coded for some or all layers. These helpers annotate a set once, score
it with :func:`framing.evaluate.evaluate_annotation` on the layers its gold
has, check the gold files against the texts, and check score floors.
"""

from functools import lru_cache
from pathlib import Path

import pandas as pd

import framing
from framing.evaluate import GOLD_CATEGORY_MAP, evaluate_annotation, load_gold, score_spans
from framing.lexicons import find_cues
from framing.text import analyse

DATA = Path(__file__).resolve().parent / "data"


def folder(name: str) -> Path:
    """The corpus folder of a held-out set, e.g. ``folder("heldout4")``."""
    return DATA / name


@lru_cache(maxsize=None)
def annotation(name: str):
    """:func:`framing.annotate` of the set (computed once per test session)."""
    return framing.annotate(folder(name))


@lru_cache(maxsize=None)
def scores(name: str) -> pd.DataFrame:
    """Long-form scores (``layer, metric, value, n``) on every layer the set's gold has."""
    actors_csv = folder(name) / "actors.csv"
    actors = framing.load_actors(actors_csv) if actors_csv.is_file() else None
    return evaluate_annotation(annotation(name), folder(name) / "gold", actors=actors)


def value(name: str, layer: str, metric: str) -> float:
    """One score, e.g. ``value("heldout4", "loaded", "f1")``."""
    s = scores(name)
    return float(s.loc[(s["layer"] == layer) & (s["metric"] == metric), "value"].iloc[0])


def below_floors(name: str, floors: dict) -> dict:
    """The ``(layer, metric)`` scores below their floor (empty when all hold)."""
    return {k: round(value(name, *k), 3) for k, f in floors.items() if value(name, *k) < f}


def gold_counts(name: str) -> dict:
    """Gold items per scored layer, as ``{layer: n}``."""
    return scores(name).groupby("layer")["n"].max().to_dict()


def loaded_by_category(name: str) -> pd.DataFrame:
    """Loaded-term scores per gold category (overlap; the category must agree)."""
    cues = annotation(name).cues
    pred = cues[cues["layer"] == "loaded"].copy()
    pred["category"] = pred["category"].replace(GOLD_CATEGORY_MAP["loaded"])
    return score_spans(pred, load_gold("loaded", folder(name) / "gold"), by="category")


def check_gold(name: str) -> dict:
    """Check every gold file of the set against its texts; return the number of records.

    Span records must satisfy ``text[char_start:char_end] == span`` and every
    record ``text[sentence_start:sentence_end] == sentence``.
    """
    texts = {r.doc_id: r.text for r in framing.load_corpus(folder(name)).itertuples()}
    counts = {}
    for path in sorted((folder(name) / "gold").glob("*.jsonl")):
        rows = pd.read_json(path, lines=True, dtype={"doc": str})
        for r in rows.to_dict("records"):
            text = texts[r["doc"]]
            assert text[r["sentence_start"] : r["sentence_end"]] == r["sentence"], (path, r)
            span = r.get("cue", r.get("term", r.get("span")))
            if "char_start" in r and isinstance(span, str):
                assert text[int(r["char_start"]) : int(r["char_end"])] == span, (path, r)
        counts[path.stem] = len(rows)
    return counts


def gold(name: str, stem: str) -> pd.DataFrame:
    """One gold file of the set as a table (:func:`framing.evaluate.load_gold`)."""
    return load_gold(stem, folder(name) / "gold")


def cue_texts(text: str, layer: str) -> list[str]:
    """Texts of the ``layer`` cues (hedge, booster, loaded) the shipped lexicons find."""
    return [c["text"] for c in find_cues(analyse(text, "x")) if c["layer"] == layer]
