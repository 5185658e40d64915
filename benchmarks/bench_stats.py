"""Benchmark of framing.stats on a synthetic 20,000-article corpus (one core).

Run: ``python benchmarks/bench_stats.py [--articles 20000] [--n-boot 1000]``.

What is timed (target: under a minute in total):

1. ``log_odds_ratio`` one-vs-rest over the full vocabulary (term x outlet
   count table), plus all pairwise contrasts;
2. ``rates`` with percentile bootstrap CIs (``n_boot`` replicates, unit =
   article) for every feature;
3. ``compare_rates`` (omnibus + pairwise word-level tests, BH adjustment),
   and the omnibus article-level permutation test (999 permutations);
4. outlet similarity (JS distance, cosine, clustering, PCA map);
5. optionally (``--sentences``) ``rates`` at ``unit="sentence"`` (~25 rows per
   article).

The corpus is seeded: 10 outlets, article lengths ~ 200-1,200 words, a
Zipf vocabulary of ``--vocab`` terms with outlet-specific perturbations, and
20 framing features drawn as Poisson counts with outlet-specific rates.
Threads are limited to one (BLAS/OpenMP) before NumPy is imported.
"""

import argparse
import os
import time

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from framing import stats  # noqa: E402


def make_corpus(n_articles, n_outlets, n_features, vocab, seed):
    rng = np.random.default_rng(seed)
    outlets = np.array([f"outlet_{i:02d}" for i in range(n_outlets)])
    art_outlet = rng.integers(0, n_outlets, n_articles)
    n_words = rng.integers(200, 1200, n_articles)
    base = rng.uniform(1, 15, n_features) / 1000  # per-word rates
    outlet_mult = rng.lognormal(0, 0.25, (n_outlets, n_features))
    article_mult = rng.gamma(5, 1 / 5, (n_articles, 1))  # between-article overdispersion
    lam = n_words[:, None] * base[None, :] * outlet_mult[art_outlet] * article_mult
    counts = rng.poisson(lam)
    units = pd.DataFrame(counts, columns=[f"feature_{j:02d}_count" for j in range(n_features)])
    units.insert(0, "n_words", n_words)
    units.insert(0, "doc_id", [f"a{i:05d}" for i in range(n_articles)])
    units.insert(0, "outlet", outlets[art_outlet])
    # term x outlet table: Zipf vocabulary, outlet-specific tilt
    p = 1.0 / np.arange(1, vocab + 1) ** 1.07
    p /= p.sum()
    words_per_outlet = np.bincount(art_outlet, weights=n_words, minlength=n_outlets).astype(int)
    table = np.empty((vocab, n_outlets), dtype=np.int64)
    for o in range(n_outlets):
        q = p * rng.lognormal(0, 0.3, vocab)
        table[:, o] = rng.multinomial(words_per_outlet[o], q / q.sum())
    terms = pd.DataFrame(table, index=[f"w{i}" for i in range(vocab)], columns=outlets)
    return units, terms


def sentence_units(units, seed):
    """Split each article into sentences of ~24 words; each hit goes to a random sentence."""
    rng = np.random.default_rng(seed)
    words = units["n_words"].to_numpy()
    reps = np.maximum(1, words // 24)
    idx = np.repeat(np.arange(len(units)), reps)
    first = np.concatenate([[0], np.cumsum(reps)[:-1]])
    out = pd.DataFrame(
        {"outlet": units["outlet"].to_numpy()[idx], "doc_id": units["doc_id"].to_numpy()[idx]}
    )
    out["sentence_id"] = np.arange(len(idx)) - first[idx]
    base = words // reps
    out["n_words"] = base[idx] + (out["sentence_id"].to_numpy() < (words % reps)[idx])
    for col in [c for c in units.columns if c.endswith("_count")]:
        hits = units[col].to_numpy()
        owner = np.repeat(np.arange(len(units)), hits)
        where = first[owner] + rng.integers(0, reps[owner])
        out[col] = np.minimum(np.bincount(where, minlength=len(idx)), out["n_words"])
    return out


def timed(label, fn):
    t0 = time.perf_counter()
    result = fn()
    dt = time.perf_counter() - t0
    print(f"{label:<58s} {dt:8.2f} s")
    return result, dt


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--outlets", type=int, default=10)
    ap.add_argument("--features", type=int, default=20)
    ap.add_argument("--vocab", type=int, default=50_000)
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sentences", action="store_true", help="also time unit='sentence'")
    args = ap.parse_args(argv)

    (units, terms), _ = timed(
        f"generate corpus ({args.articles} articles, {args.vocab} terms)",
        lambda: make_corpus(args.articles, args.outlets, args.features, args.vocab, args.seed),
    )
    total = 0.0
    lo, dt = timed(
        "log_odds_ratio one-vs-rest, full vocabulary", lambda: stats.log_odds_ratio(terms)
    )
    total += dt
    _, dt = timed(
        "log_odds_ratio all pairs, full vocabulary",
        lambda: stats.log_odds_ratio(terms, pairs="all"),
    )
    total += dt
    r, dt = timed(
        f"rates, bootstrap CIs (unit=article, n_boot={args.n_boot})",
        lambda: stats.rates(units, unit="article", n_boot=args.n_boot, random_state=0),
    )
    total += dt
    _, dt = timed("compare_rates (omnibus + pairwise, BH)", lambda: stats.compare_rates(units))
    total += dt
    _, dt = timed(
        "compare_rates omnibus permutation (unit=article, 999)",
        lambda: stats.compare_rates(units, test="permutation", pairwise=False, n_perm=999),
    )
    total += dt
    _, dt = timed(
        "js_distance + profile_similarity + cluster + PCA map",
        lambda: (
            stats.js_distance(terms),
            stats.profile_similarity(r, standardize=True),
            stats.cluster_outlets(r),
            stats.outlet_map(r),
        ),
    )
    total += dt
    if args.sentences:
        sent = sentence_units(units, args.seed)
        _, dt = timed(
            f"rates, bootstrap CIs (unit=sentence, {len(sent)} rows)",
            lambda: stats.rates(sent, unit="sentence", n_boot=args.n_boot, random_state=0),
        )
        total += dt
    print(f"{'total statistics time':<58s} {total:8.2f} s")
    print(f"log-odds rows: {len(lo)}, rate rows: {len(r)}")


if __name__ == "__main__":
    main()
