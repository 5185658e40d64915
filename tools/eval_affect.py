"""Evaluate the VADER affect lexicon on every loaded-term gold set (with and without it).

Usage::

    python tools/eval_affect.py PATH/TO/vader_lexicon.txt            # grid on the tuning sets
    python tools/eval_affect.py PATH/TO/vader_lexicon.txt --final    # the shipped affect.tsv

The threshold and SD cap are chosen on the first three held-out sets (heldout, heldout2,
heldout3b) only; heldout4 is the test set and the seed gold is the guard.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from build_affect_lexicon import render, select  # noqa: E402

from framing.corpus import load_corpus, zones_by_doc  # noqa: E402
from framing.evaluate import load_gold, score_spans  # noqa: E402
from framing.lexicons import find_cues, load_lexicon  # noqa: E402
from framing.text import analyse  # noqa: E402

SETS = {
    "seed": ROOT / "corpus" / "russia-dprk-2024",
    "heldout": ROOT / "tests" / "data" / "heldout",
    "heldout2": ROOT / "tests" / "data" / "heldout2",
    "heldout3b": ROOT / "tests" / "data" / "heldout3b",
    "heldout4": ROOT / "tests" / "data" / "heldout4",
}
TUNING = ["heldout", "heldout2", "heldout3b"]


def docs_of(folder: Path) -> list:
    corpus = load_corpus(folder)
    zones = zones_by_doc(corpus)
    return [analyse(r.text, r.doc_id, zones.get(r.doc_id)) for r in corpus.itertuples()]


def score(docs, gold, lexicons) -> dict:
    cues = [c for d in docs for c in find_cues(d, lexicons) if c["layer"] == "loaded"]
    pred = pd.DataFrame(cues, columns=["doc_id", "char_start", "char_end", "text", "category"])
    out = {}
    for m in ("overlap", "exact"):
        s = score_spans(pred, gold, match=m).iloc[0]
        out[m] = s
    return out, pred


def row(name, label, out):
    o, e = out["overlap"], out["exact"]
    return {"set": name, "lexicons": label, "P": o.precision, "R": o.recall, "F1": o.f1,
            "tp": int(o.tp), "fp": int(o.fp), "fn": int(o.fn), "exact_P": e.precision,
            "exact_R": e.recall, "exact_F1": e.f1}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("vader", type=Path)
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--show", default="", help="comma-separated sets whose affect hits to list")
    args = ap.parse_args(argv)
    data = {k: (docs_of(p), load_gold("loaded", p / "gold")) for k, p in SETS.items()}
    base = ["hedges", "boosters", "loaded"]
    rows = []
    for k, (docs, gold) in data.items():
        rows.append(row(k, "base", score(docs, gold, base)[0]))
    if args.final:
        configs = [("affect.tsv", load_lexicon("affect"))]
    else:
        configs = []
        tmp = Path(tempfile.mkdtemp())
        for t in (1.5, 2.0, 2.5, 3.0):
            for sd in (0.8, 1.0, 1.2, 1.5):
                p = tmp / f"affect_{t}_{sd}.tsv"
                p.write_text(render(select(args.vader, t, sd), t, sd, "grid"), encoding="utf-8")
                configs.append((f"t={t} sd<{sd}", load_lexicon(p)))
    shows = set(filter(None, args.show.split(",")))
    for label, lex in configs:
        for k, (docs, gold) in data.items():
            out, pred = score(docs, gold, [*base, lex])
            rows.append(row(k, f"{label} (n={len(lex)})", out))
            if k in shows:
                hits = pred[pred["category"].str.startswith("affect")]
                print(k, label, sorted(hits["text"].str.lower()))
    df = pd.DataFrame(rows)
    pd.set_option("display.width", 200)
    print(df.round(3).to_string(index=False))
    f1 = df.pivot(index="lexicons", columns="set", values="F1")
    f1["tuning_mean"] = f1[TUNING].mean(axis=1)
    f1["heldout_mean"] = f1[["heldout", "heldout2", "heldout3b", "heldout4"]].mean(axis=1)
    print(f1.round(3).sort_values("tuning_mean", ascending=False).to_string())


if __name__ == "__main__":
    main()
