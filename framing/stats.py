"""Comparative statistics: which differences between outlets are real?

Every function returns a **long-form** :class:`pandas.DataFrame`. The
comparison functions (:func:`rates`, :func:`compare_rates`,
:func:`js_distance`, :func:`profile_similarity`, :func:`cluster_outlets`,
:func:`outlet_map`) share one fixed column set, :data:`COLUMNS`::

    outlet, feature, value, ci_low, ci_high, n, statistic, p_value,
    p_adjusted, effect_size, test, reference, effect, note

The first eleven are the project's standard columns; a column that does not
apply to a row holds ``NaN`` (numbers) or ``""`` (text). Three extra columns
are essential and always present:

``reference``
    The other side of a comparison: another outlet (pairwise rows),
    ``"rest"`` (one-vs-rest), ``"all"`` (omnibus rows compare every outlet),
    ``""`` when the row describes one outlet alone.
``effect``
    The name of the measure in ``effect_size`` (``"rate_ratio"``,
    ``"cohens_h"``, ``"cramers_v"``), ``""`` when there is none.
``note``
    What the row can and cannot support (e.g. the sentence bootstrap ignores
    within-article dependence; one article per outlet).

:func:`log_odds_ratio` has its own schema (``term, group, delta, variance,
z``, plus ``reference`` for pairwise contrasts).

Input for :func:`rates` and :func:`compare_rates` is a tidy **unit-level
table**: one row per article or per sentence, with an outlet column, a word
count column (``n_words``) and one count column per feature (for example the
``*_count`` columns of :class:`framing.features.FramingFeatures`, plus an
``outlet`` column). An optional ``doc_id`` column identifies the article of
each row.

Small samples, honestly
-----------------------
Word-level tests (G, chi-square, Fisher) treat every word as an independent
trial. They answer "do *these texts* use the feature at different rates?". With
one article per outlet (the seed corpus: five outlets, one article each) that
is all that can be concluded: a significant difference says the two articles
differ, not that the outlets do, because between-article variation inside an
outlet cannot be estimated from one article. Only with several articles per
outlet does ``test="permutation"`` with ``unit="article"`` (labels permuted
across whole articles) or ``rates(unit="article")`` speak about outlets.

References
----------
.. [1] Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words:
   Lexical feature selection and evaluation for identifying the content of
   political conflict. *Political Analysis*, 16(4), 372-403.
.. [2] Benjamini, Y., & Hochberg, Y. (1995). Controlling the false discovery
   rate: a practical and powerful approach to multiple testing. *Journal of
   the Royal Statistical Society B*, 57(1), 289-300.
.. [3] Efron, B., & Tibshirani, R. J. (1993). *An Introduction to the
   Bootstrap*. Chapman & Hall.
.. [4] Cohen, J. (1988). *Statistical Power Analysis for the Behavioral
   Sciences* (2nd ed.). Lawrence Erlbaum.
.. [5] Lin, J. (1991). Divergence measures based on the Shannon entropy.
   *IEEE Transactions on Information Theory*, 37(1), 145-151.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from scipy import stats as _sstats
from scipy.cluster import hierarchy as _hierarchy
from scipy.spatial import distance as _distance
from sklearn.utils import check_random_state

logger = logging.getLogger(__name__)

__all__ = [
    "COLUMNS",
    "LOG_ODDS_COLUMNS",
    "rates",
    "compare_rates",
    "rate_ratio",
    "cohens_h",
    "adjust_pvalues",
    "log_odds_ratio",
    "js_distance",
    "profile_similarity",
    "cluster_outlets",
    "outlet_map",
]

COLUMNS = [
    "outlet",
    "feature",
    "value",
    "ci_low",
    "ci_high",
    "n",
    "statistic",
    "p_value",
    "p_adjusted",
    "effect_size",
    "test",
    "reference",
    "effect",
    "note",
]
"""Fixed columns of every comparison table (see the module docstring)."""

LOG_ODDS_COLUMNS = ["term", "group", "delta", "variance", "z"]
"""Columns of :func:`log_odds_ratio` (pairwise output adds ``reference``)."""

_TEXT_COLUMNS = ("outlet", "feature", "test", "reference", "effect", "note")

NOTE_SENTENCE = (
    "sentence bootstrap: resamples sentences as if independent; within-article "
    "dependence is ignored, so the CI is too narrow and describes these texts, "
    "not the outlet's coverage in general"
)
NOTE_ONE_ARTICLE = (
    "one article: between-article variation cannot be estimated, so no CI at "
    "unit='article'; use unit='sentence' (describes this text only)"
)
NOTE_WORD_LEVEL = (
    "word-level test: treats words as independent trials; it shows that these "
    "texts differ, and generalises to outlets only with many articles per outlet "
    "(prefer test='permutation', unit='article')"
)
NOTE_FEW_ARTICLES = (
    "{k} article(s) for some outlet: a difference between these texts, not "
    "evidence about the outlets"
)


# --------------------------------------------------------------------------- helpers


def _generator(random_state) -> np.random.Generator:
    """A NumPy ``Generator`` from an int, ``None``, ``RandomState`` or ``Generator``."""
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or isinstance(random_state, (int, np.integer)):
        return np.random.default_rng(random_state)
    rs = check_random_state(random_state)
    return np.random.default_rng(rs.randint(0, 2**31 - 1))


def _frame(rows: list[dict]) -> pd.DataFrame:
    """Rows -> DataFrame with exactly :data:`COLUMNS` (missing numbers NaN, text "")."""
    data = {}
    for col in COLUMNS:
        vals = [r.get(col) for r in rows]
        if col in _TEXT_COLUMNS:
            data[col] = pd.Series(["" if v is None else v for v in vals], dtype=object)
        else:
            data[col] = pd.Series([np.nan if v is None else v for v in vals], dtype=float)
    return pd.DataFrame(data, columns=COLUMNS)


def _check_ci(ci: float) -> float:
    if not 0 < ci < 1:
        raise ValueError(f"ci must be in (0, 1), got {ci!r}")
    return float(ci)


def _feature_columns(data: pd.DataFrame, features, exclude: Iterable[str]) -> list[str]:
    if features is None:
        skip = set(exclude)
        features = [
            c
            for c in data.columns
            if c not in skip
            and c != "sentence_id"
            and pd.api.types.is_numeric_dtype(data[c])
            and not pd.api.types.is_bool_dtype(data[c])
        ]
    else:
        features = [features] if isinstance(features, str) else list(features)
        missing = [f for f in features if f not in data.columns]
        if missing:
            raise KeyError(f"feature columns not in data: {missing}")
    if not features:
        raise ValueError("no feature columns found")
    return features


def _units(
    data: pd.DataFrame,
    features: list[str],
    outlet: str,
    words: str,
    unit: str,
    doc: str | None,
) -> pd.DataFrame:
    """The resampling units: rows as given (``sentence``) or summed per article."""
    if unit not in ("article", "sentence"):
        raise ValueError(f"unit must be 'article' or 'sentence', got {unit!r}")
    for col in (outlet, words):
        if col not in data.columns:
            raise KeyError(f"column {col!r} not in data")
    table = data[[outlet, words, *features] + ([doc] if doc and doc in data.columns else [])]
    values = table[[words, *features]].to_numpy(dtype=float)
    if np.any(values < 0) or not np.all(np.isfinite(values)):
        raise ValueError("word and feature counts must be finite and non-negative")
    if unit == "article" and doc and doc in data.columns:
        table = table.groupby([outlet, doc], sort=True, observed=True, as_index=False)[
            [words, *features]
        ].sum()
    return table


def _canonical(x: np.ndarray, codes: np.ndarray | None = None):
    """Sort rows lexicographically so resampling does not depend on row order."""
    keys = [x[:, j] for j in range(x.shape[1] - 1, -1, -1)]
    if codes is not None:
        keys.append(codes)
    order = np.lexsort(keys) if len(x) else np.arange(0)
    return x[order] if codes is None else (x[order], codes[order])


def _outlet_order(series: pd.Series) -> list:
    if isinstance(series.dtype, pd.CategoricalDtype):
        present = set(series.dropna().unique())
        return [c for c in series.cat.categories if c in present]
    return sorted(series.dropna().unique(), key=str)


def _n_articles(data: pd.DataFrame, outlet: str, doc: str | None) -> pd.Series | None:
    if not doc or doc not in data.columns:
        return None
    return data.groupby(outlet, observed=True)[doc].nunique()


# --------------------------------------------------------------------------- rates


def rates(
    data: pd.DataFrame,
    features: Sequence[str] | None = None,
    *,
    outlet: str = "outlet",
    words: str = "n_words",
    unit: str = "article",
    doc: str | None = "doc_id",
    per: float = 1000.0,
    n_boot: int = 1000,
    ci: float = 0.95,
    random_state=0,
) -> pd.DataFrame:
    """Rates per 1,000 words for every feature and outlet, with bootstrap CIs.

    The rate is the ratio estimator ``per * sum(counts) / sum(words)`` over an
    outlet's units. Its confidence interval is a percentile bootstrap [3]_:
    units (articles or sentences) are resampled with replacement within each
    outlet, and the ratio of the resampled sums is recomputed ``n_boot`` times.

    Parameters
    ----------
    data : pandas.DataFrame
        Unit-level table, one row per article or per sentence, with columns
        ``outlet``, ``words`` and one count column per feature (and
        optionally ``doc``).
    features : list of str, optional
        Count columns to use. Default: every numeric column except ``words``,
        ``doc`` and ``sentence_id``.
    outlet, words : str, default="outlet", "n_words"
        Column names of the grouping variable and of the exposure.
    unit : {"article", "sentence"}, default="article"
        The resampling unit. ``"article"``: rows are summed per ``doc`` (when
        that column exists, else each row is taken as an article) and whole
        articles are resampled; right when outlets have many articles, and the
        CI then reflects article-to-article variation. An outlet with a single
        article gets no CI (``NaN``) and a note. ``"sentence"``: rows (which
        should be sentences) are resampled as they are. This is the only
        option for one-article-per-outlet corpora such as the seed corpus
        (5 outlets x 1 article), but it treats sentences as independent: it
        ignores within-article dependence (topic, style and quotations cluster
        within an article), so its CIs are too narrow, and they describe the
        sampling variability of *this text*, not of the outlet's coverage.
        Every row says so in ``note``.
    doc : str or None, default="doc_id"
        Article identifier column, used to aggregate sentences into articles.
    per : float, default=1000
        Rates are per this many words.
    n_boot : int, default=1000
        Bootstrap replicates. ``0`` skips the CI.
    ci : float, default=0.95
        Confidence level of the percentile interval.
    random_state : int, RandomState, Generator or None, default=0
        Seed for the bootstrap.

    Returns
    -------
    pandas.DataFrame
        :data:`COLUMNS`; one row per outlet and feature. ``value`` is the rate
        per ``per`` words, ``ci_low``/``ci_high`` its bootstrap interval, ``n``
        the number of resampling units, ``test`` describes the interval;
        ``statistic``, ``p_value``, ``p_adjusted`` and ``effect_size`` are NaN.

    References
    ----------
    .. [3] Efron, B., & Tibshirani, R. J. (1993). *An Introduction to the
       Bootstrap*. Chapman & Hall.

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "n_words": [100, 300, 200, 200],
    ...                    "hedge_count": [1, 3, 0, 2]})
    >>> out = rates(df, unit="sentence", n_boot=200)
    >>> out[["outlet", "feature", "value", "n"]]
      outlet      feature  value    n
    0      A  hedge_count   10.0  2.0
    1      B  hedge_count    5.0  2.0
    """
    ci = _check_ci(ci)
    features = _feature_columns(data, features, exclude=[outlet, words, doc or ""])
    table = _units(data, features, outlet, words, unit, doc)
    rng = _generator(random_state)
    lo_q, hi_q = (1 - ci) / 2, 1 - (1 - ci) / 2
    test = f"percentile bootstrap {ci:.0%} CI of ratio estimator (unit={unit}, n_boot={n_boot})"
    rows = []
    for name in _outlet_order(table[outlet]):
        sub = table[table[outlet] == name]
        x = _canonical(sub[[words, *features]].to_numpy(dtype=float))
        m = x.shape[0]
        tot = x.sum(axis=0)
        value = np.divide(
            per * tot[1:], tot[0], out=np.full(len(features), np.nan), where=tot[0] > 0
        )
        low = np.full(len(features), np.nan)
        high = np.full(len(features), np.nan)
        note = NOTE_SENTENCE if unit == "sentence" else ""
        if unit == "article" and m < 2:
            note = NOTE_ONE_ARTICLE
        elif n_boot > 0 and m >= 1:
            boot = _bootstrap_ratio(x, n_boot, rng) * per
            with np.errstate(all="ignore"):
                low, high = np.nanquantile(boot, [lo_q, hi_q], axis=0)
        for j, feat in enumerate(features):
            rows.append(
                dict(
                    outlet=name,
                    feature=feat,
                    value=value[j],
                    ci_low=low[j],
                    ci_high=high[j],
                    n=m,
                    test=test,
                    note=note,
                )
            )
    out = _frame(rows)
    if isinstance(table[outlet].dtype, pd.CategoricalDtype):
        # keep the corpus's outlet order (and so colours) through to plots and pivots
        out["outlet"] = pd.Categorical(
            out["outlet"], categories=_outlet_order(table[outlet]), ordered=True
        )
    return out


def _bootstrap_ratio(x: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Bootstrap ratios ``sum(x[:, 1:]) / sum(x[:, 0])`` over resampled rows.

    Resampling is done through multiplicity weights (how often each unit is
    drawn), in batches that keep memory near 4 million cells.
    """
    m = x.shape[0]
    out = np.empty((n_boot, x.shape[1] - 1))
    batch = max(1, min(n_boot, 4_000_000 // max(m, 1)))
    for start in range(0, n_boot, batch):
        b = min(batch, n_boot - start)
        idx = rng.integers(0, m, size=(b, m))
        idx += (np.arange(b) * m)[:, None]
        weights = np.bincount(idx.ravel(), minlength=b * m).reshape(b, m).astype(float)
        sums = weights @ x
        with np.errstate(divide="ignore", invalid="ignore"):
            out[start : start + b] = np.where(sums[:, :1] > 0, sums[:, 1:] / sums[:, :1], np.nan)
    return out


# --------------------------------------------------------------------------- effect sizes


def rate_ratio(
    hits_a: float, words_a: float, hits_b: float, words_b: float, ci: float = 0.95
) -> tuple[float, float, float]:
    """Rate ratio of two Poisson rates with a Wald CI on the log scale.

    ``RR = (hits_a / words_a) / (hits_b / words_b)``; the interval is
    ``exp(log RR +/- z * sqrt(1/hits_a + 1/hits_b))`` (log-normal
    approximation). When either count is zero, 0.5 is added to both counts
    (Haldane-Anscombe correction) so that the ratio and interval stay finite.

    Parameters
    ----------
    hits_a, words_a, hits_b, words_b : float
        Feature counts and word counts of the two groups.
    ci : float, default=0.95

    Returns
    -------
    (rr, ci_low, ci_high) : tuple of float
        NaN when a word count is zero.

    References
    ----------
    Rothman, K. J., Greenland, S., & Lash, T. L. (2008). *Modern
    Epidemiology* (3rd ed.), ch. 14. Lippincott Williams & Wilkins.

    Examples
    --------
    >>> rr, lo, hi = rate_ratio(20, 1000, 10, 1000)
    >>> round(rr, 3), round(lo, 3), round(hi, 3)
    (2.0, 0.936, 4.273)
    """
    ci = _check_ci(ci)
    if words_a <= 0 or words_b <= 0:
        return (np.nan, np.nan, np.nan)
    if hits_a == 0 or hits_b == 0:
        hits_a, hits_b = hits_a + 0.5, hits_b + 0.5
    log_rr = np.log(hits_a / words_a) - np.log(hits_b / words_b)
    se = np.sqrt(1.0 / hits_a + 1.0 / hits_b)
    z = _sstats.norm.ppf(1 - (1 - ci) / 2)
    return (float(np.exp(log_rr)), float(np.exp(log_rr - z * se)), float(np.exp(log_rr + z * se)))


def cohens_h(p1, p2):
    """Cohen's h for the difference between two proportions.

    ``h = 2 * arcsin(sqrt(p1)) - 2 * arcsin(sqrt(p2))``. Cohen's benchmarks:
    0.2 small, 0.5 medium, 0.8 large [4]_. For word-level rates (a few hits per
    thousand words) h is always "small" by these benchmarks; read it next to
    the rate ratio.

    Parameters
    ----------
    p1, p2 : float or array-like
        Proportions in [0, 1].

    Returns
    -------
    float or numpy.ndarray

    References
    ----------
    .. [4] Cohen, J. (1988). *Statistical Power Analysis for the Behavioral
       Sciences* (2nd ed.), ch. 6. Lawrence Erlbaum.

    Examples
    --------
    >>> round(float(cohens_h(0.5, 0.25)), 4)
    0.5236
    """
    p1 = np.asarray(p1, dtype=float)
    p2 = np.asarray(p2, dtype=float)
    if np.any((p1 < 0) | (p1 > 1) | (p2 < 0) | (p2 > 1)):
        raise ValueError("proportions must lie in [0, 1]")
    h = 2 * np.arcsin(np.sqrt(p1)) - 2 * np.arcsin(np.sqrt(p2))
    return float(h) if h.ndim == 0 else h


def adjust_pvalues(p_values) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values, ignoring NaN entries.

    A thin wrapper over :func:`scipy.stats.false_discovery_control` with
    ``method="bh"`` [2]_ that leaves NaN p-values as NaN.

    Parameters
    ----------
    p_values : array-like of float

    Returns
    -------
    numpy.ndarray

    References
    ----------
    .. [2] Benjamini, Y., & Hochberg, Y. (1995). Controlling the false
       discovery rate. *Journal of the Royal Statistical Society B*, 57(1),
       289-300.

    Examples
    --------
    >>> adjust_pvalues([0.01, 0.04, float("nan"), 0.03]).round(3).tolist()
    [0.03, 0.04, nan, 0.04]
    """
    p = np.asarray(p_values, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = np.isfinite(p)
    if ok.any():
        out[ok] = _sstats.false_discovery_control(p[ok], method="bh")
    return out


# --------------------------------------------------------------------------- tests


def _g_or_chi2(table: np.ndarray, kind: str) -> tuple[float, float, int]:
    """G (log-likelihood ratio) or Pearson chi-square test of independence, no
    continuity correction. Returns (statistic, p_value, dof)."""
    lambda_ = "log-likelihood" if kind == "g" else "pearson"
    res = _sstats.chi2_contingency(table, correction=False, lambda_=lambda_)
    return float(res.statistic), float(res.pvalue), int(res.dof)


def _expected(table: np.ndarray) -> np.ndarray:
    return np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()


def _g_stat(table: np.ndarray) -> float:
    """G statistic of a 2-column table (rows = groups), 0 * log 0 = 0."""
    exp = _expected(table)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(table > 0, table * np.log(table / exp), 0.0)
    return float(2 * terms.sum())


def _monte_carlo_exact(
    table: np.ndarray, n_perm: int, rng: np.random.Generator
) -> tuple[float, float]:
    """Conditional (Fisher-Freeman-Halton) Monte Carlo test on a k x 2 table.

    With all margins fixed, the hits are a multivariate hypergeometric draw
    from the words of each group; the p-value is the share of draws whose G
    statistic is at least the observed one, ``(1 + #) / (1 + n_perm)``.
    """
    words = table.sum(axis=1).astype(np.int64)
    hits = int(table[:, 0].sum())
    obs = _g_stat(table)
    draws = rng.multivariate_hypergeometric(words, hits, size=n_perm)
    exp = np.outer(words, [hits, words.sum() - hits]) / words.sum()
    sims = np.stack([draws, words[None, :] - draws], axis=2).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(sims > 0, sims * np.log(sims / exp[None]), 0.0)
    g = 2 * terms.sum(axis=(1, 2))
    p = (1 + np.sum(g >= obs - 1e-9)) / (1 + n_perm)
    return obs, float(p)


def _word_level_test(
    table: np.ndarray, test: str, n_perm: int, rng: np.random.Generator
) -> tuple[float, float, str]:
    """Run the requested word-level test on a k x 2 (hits, non-hit words) table."""
    k = table.shape[0]
    if table[:, 0].sum() == 0 or table[:, 1].sum() == 0:
        return np.nan, np.nan, "no test: feature absent (or every word a hit)"
    kind = test
    if test == "auto":
        exp = _expected(table)
        small = np.mean(exp < 5) > 0.2 or np.any(exp < 1) if k > 2 else np.any(exp < 5)
        kind = ("fisher" if k == 2 else "exact") if small else "g"
    if kind == "fisher" and k > 2:
        kind = "exact"
    shape = f"{k}x2 hits vs non-hit words"
    if kind == "fisher":
        res = _sstats.fisher_exact(table)
        return (
            float(res.statistic),
            float(res.pvalue),
            (f"Fisher's exact test, two-sided ({shape}); statistic = odds ratio"),
        )
    if kind == "exact":
        stat, p = _monte_carlo_exact(table, n_perm, rng)
        return (
            stat,
            p,
            (f"Monte Carlo Fisher-Freeman-Halton exact test of G ({shape}, n_perm={n_perm})"),
        )
    if kind in ("g", "chi2"):
        stat, p, dof = _g_or_chi2(table, kind)
        name = "G-test (log-likelihood ratio)" if kind == "g" else "Pearson chi-square test"
        return stat, p, f"{name}, df={dof} ({shape}), no continuity correction"
    raise ValueError(f"unknown test {test!r}")


def _perm_test(
    labels: np.ndarray,
    x: np.ndarray,
    groups: list,
    n_perm: int,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray]:
    """Unit-level permutation test of the G statistic for every feature.

    ``labels`` (int codes into ``groups``) are permuted across units; ``x`` has
    words in column 0 and feature counts after it. Returns (G, p) per feature.
    """
    k = len(groups)
    order = np.argsort(labels, kind="stable")
    sizes = np.bincount(labels, minlength=k)
    if np.any(sizes == 0):
        raise ValueError("every outlet needs at least one unit for a permutation test")
    bounds = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    x_sorted = x[order]

    def g_all(rows: np.ndarray) -> np.ndarray:
        # units are laid out group by group; reduceat sums each group's block
        sums = np.add.reduceat(rows, bounds, axis=0)
        w = sums[:, :1]
        h = sums[:, 1:]
        tab_hits, tab_miss = h, w - h
        tot = w.sum()
        e_hits = w * h.sum(axis=0, keepdims=True) / tot
        e_miss = w - e_hits
        with np.errstate(divide="ignore", invalid="ignore"):
            t1 = np.where(tab_hits > 0, tab_hits * np.log(tab_hits / e_hits), 0.0)
            t2 = np.where(tab_miss > 0, tab_miss * np.log(tab_miss / e_miss), 0.0)
        return 2 * (t1 + t2).sum(axis=0)

    # permuting the labels is the same as permuting the rows under fixed labels
    obs = g_all(x_sorted)
    exceed = np.zeros_like(obs)
    for _ in range(n_perm):
        exceed += g_all(x_sorted[rng.permutation(len(x_sorted))]) >= obs - 1e-9
    return obs, (1 + exceed) / (1 + n_perm)


def compare_rates(
    data: pd.DataFrame,
    features: Sequence[str] | None = None,
    *,
    outlet: str = "outlet",
    words: str = "n_words",
    doc: str | None = "doc_id",
    unit: str = "article",
    test: str = "auto",
    pairwise: bool = True,
    effect: str = "rate_ratio",
    n_perm: int = 2000,
    ci: float = 0.95,
    per: float = 1000.0,
    random_state=0,
) -> pd.DataFrame:
    """Omnibus and pairwise tests of rate differences between outlets.

    For every feature the outlets' pooled counts form a k x 2 table of hits
    versus non-hit words (the words are the exposure). The omnibus row tests
    whether any outlet differs; pairwise rows test every pair of outlets. The
    p-values of each family (omnibus rows; pairwise rows) are adjusted with
    Benjamini-Hochberg [2]_ across all features and pairs in the table.

    Parameters
    ----------
    data : pandas.DataFrame
        Unit-level table as for :func:`rates` (one row per article or
        sentence: ``outlet``, ``words``, feature count columns, optional
        ``doc``). Feature counts must not exceed word counts.
    features : list of str, optional
        Count columns; default every numeric column except ``words``/``doc``.
    outlet, words, doc : str
        Column names.
    unit : {"article", "sentence"}, default="article"
        Exchangeable unit for ``test="permutation"`` (ignored otherwise).
    test : {"auto", "g", "chi2", "fisher", "permutation"}, default="auto"
        ``"g"``: G-test (log-likelihood ratio) on the table; ``"chi2"``:
        Pearson chi-square (no continuity correction); ``"fisher"``: Fisher's
        exact test for 2 x 2 tables and a Monte Carlo Fisher-Freeman-Halton
        test (margins fixed, ``n_perm`` draws) for k x 2; ``"auto"``: G when
        every expected count is at least 5 (2 x 2) or Cochran's rule holds
        (k x 2), the exact test otherwise. These are word-level tests and
        treat words as independent. ``"permutation"`` permutes outlet labels
        across units (articles with ``unit="article"``) and uses the G
        statistic; with many articles per outlet it is the test that accounts
        for between-article variation.
    pairwise : bool, default=True
        Add a row per pair of outlets.
    effect : {"rate_ratio", "cohens_h"}, default="rate_ratio"
        Effect size in pairwise rows: the rate ratio ``outlet / reference``
        with a log-scale Wald CI (:func:`rate_ratio`), or Cohen's h of the
        word-level proportions with the CI ``h +/- z * sqrt(1/n_a + 1/n_b)``.
        Omnibus rows report Cramer's V (``sqrt(chi2 / N)`` for a k x 2 table).
    n_perm : int, default=2000
        Draws for Monte Carlo and permutation tests.
    ci : float, default=0.95
    per : float, default=1000
    random_state : int, RandomState, Generator or None, default=0

    Returns
    -------
    pandas.DataFrame
        :data:`COLUMNS`. Omnibus rows: ``outlet="all"``, ``reference="all"``,
        ``value`` = pooled rate, ``effect="cramers_v"``. Pairwise rows:
        ``outlet`` vs ``reference``, ``value`` = rate difference per ``per``
        words (outlet minus reference), ``effect_size`` with ``ci_low`` and
        ``ci_high``. ``n`` is the number of words in the compared outlets
        (units for permutation tests); ``test`` names the test.

    References
    ----------
    .. [2] Benjamini, Y., & Hochberg, Y. (1995). Controlling the false
       discovery rate. *JRSS B*, 57(1), 289-300.
    .. [4] Cohen, J. (1988). *Statistical Power Analysis for the Behavioral
       Sciences* (2nd ed.). Lawrence Erlbaum.

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A", "B"], "n_words": [1000, 1000],
    ...                    "hedge_count": [20, 10]})
    >>> out = compare_rates(df, test="g")
    >>> out[["outlet", "reference", "value", "effect_size"]].round(2)
      outlet reference  value  effect_size
    0    all       all   15.0         0.04
    1      A         B   10.0         2.00
    """
    ci = _check_ci(ci)
    if effect not in ("rate_ratio", "cohens_h"):
        raise ValueError(f"effect must be 'rate_ratio' or 'cohens_h', got {effect!r}")
    if test not in ("auto", "g", "chi2", "fisher", "permutation"):
        raise ValueError(f"unknown test {test!r}")
    features = _feature_columns(data, features, exclude=[outlet, words, doc or ""])
    rng = _generator(random_state)
    groups = _outlet_order(data[outlet])
    if len(groups) < 2:
        raise ValueError("need at least two outlets to compare")
    totals = data.groupby(outlet, observed=True)[[words, *features]].sum().loc[groups]
    if np.any(totals[features].to_numpy() > totals[[words]].to_numpy()):
        raise ValueError("a feature count exceeds the word count of its outlet")
    n_art = _n_articles(data, outlet, doc)
    note = NOTE_WORD_LEVEL
    if n_art is not None and n_art.min() < 5:
        note = NOTE_FEW_ARTICLES.format(k=int(n_art.min())) + "; " + NOTE_WORD_LEVEL
    z = _sstats.norm.ppf(1 - (1 - ci) / 2)

    perm = {}
    if test == "permutation":
        table = _units(data, features, outlet, words, unit, doc)
        codes = pd.Categorical(table[outlet], categories=groups).codes.astype(np.int64)
        x, codes = _canonical(table[[words, *features]].to_numpy(dtype=float), codes)
        n_units = len(table)
        g, p = _perm_test(codes, x, groups, n_perm, rng)
        perm["all"] = (g, p, n_units)
        if pairwise:
            for a, b in itertools.combinations(range(len(groups)), 2):
                mask = (codes == a) | (codes == b)
                lab = np.where(codes[mask] == a, 0, 1)
                g2, p2 = _perm_test(lab, x[mask], [a, b], n_perm, rng)
                perm[(a, b)] = (g2, p2, int(mask.sum()))
        perm_name = (
            f"permutation test of G, outlet labels permuted across {unit}s (n_perm={n_perm})"
        )
        perm_note = (
            ""
            if unit == "article" and (n_art is None or n_art.min() >= 5)
            else (NOTE_SENTENCE if unit == "sentence" else note)
        )

    omni, pair = [], []
    w = totals[words].to_numpy(dtype=float)
    for j, feat in enumerate(features):
        h = totals[feat].to_numpy(dtype=float)
        table = np.column_stack([h, w - h])
        pooled = per * h.sum() / w.sum()
        if test == "permutation":
            stat, p, n_units = perm["all"][0][j], perm["all"][1][j], perm["all"][2]
            name, n_row, row_note = perm_name, n_units, perm_note
        else:
            stat, p, name = _word_level_test(table, test, n_perm, rng)
            n_row, row_note = w.sum(), note
        chi2 = _g_or_chi2(table, "chi2")[0] if np.isfinite(p) else np.nan
        omni.append(
            dict(
                outlet="all",
                feature=feat,
                value=pooled,
                n=n_row,
                statistic=stat,
                p_value=p,
                effect_size=np.sqrt(chi2 / w.sum()),
                test=name,
                reference="all",
                effect="cramers_v",
                note=row_note,
            )
        )
        if not pairwise:
            continue
        for a, b in itertools.combinations(range(len(groups)), 2):
            tab2 = table[[a, b]]
            if test == "permutation":
                g2, p2, n_units = perm[(a, b)]
                stat, p, name, n_row, row_note = g2[j], p2[j], perm_name, n_units, perm_note
            else:
                stat, p, name = _word_level_test(tab2, test, n_perm, rng)
                n_row, row_note = w[a] + w[b], note
            if effect == "rate_ratio":
                es, lo, hi = rate_ratio(h[a], w[a], h[b], w[b], ci=ci)
            else:
                es = cohens_h(h[a] / w[a], h[b] / w[b])
                half = z * np.sqrt(1 / w[a] + 1 / w[b])
                lo, hi = es - half, es + half
            pair.append(
                dict(
                    outlet=groups[a],
                    feature=feat,
                    value=per * (h[a] / w[a] - h[b] / w[b]),
                    ci_low=lo,
                    ci_high=hi,
                    n=n_row,
                    statistic=stat,
                    p_value=p,
                    effect_size=es,
                    test=name,
                    reference=groups[b],
                    effect=effect,
                    note=row_note,
                )
            )
    for family in (omni, pair):
        adj = adjust_pvalues([r["p_value"] for r in family])
        for r, q in zip(family, adj):
            r["p_adjusted"] = q
    return _frame(omni + pair)


# --------------------------------------------------------------------------- log-odds


def log_odds_ratio(
    counts: pd.DataFrame,
    prior=None,
    *,
    prior_scale: float | None = None,
    pairs=None,
) -> pd.DataFrame:
    """Log-odds ratio with an informative Dirichlet prior ("Fightin' Words").

    For term ``w``, group ``i`` and comparison group ``j`` (the rest of the
    corpus, or another group), Monroe, Colaresi & Quinn [1]_ (eqs. 16, 18,
    20, 22) define::

        delta_w = log((y_wi + a_w) / (n_i + a_0 - y_wi - a_w))
                - log((y_wj + a_w) / (n_j + a_0 - y_wj - a_w))
        variance_w = 1 / (y_wi + a_w) + 1 / (y_wj + a_w)
        z_w = delta_w / sqrt(variance_w)

    where ``y`` are counts, ``n`` group totals, ``a_w`` the Dirichlet prior
    pseudo-counts and ``a_0 = sum_w a_w``. Positive ``z`` means the term is
    more typical of ``group``; ``|z| > 1.96`` is the usual threshold.

    Parameters
    ----------
    counts : pandas.DataFrame
        Term counts, rows = terms (the index gives the term), columns =
        groups (outlets). At least two groups and two terms.
    prior : None, float or array-like, default=None
        ``None``: the informative prior of the paper, ``a_w`` proportional
        to the whole-corpus count of ``w`` (the row sums of ``counts``), so a
        term's prior mean is its corpus frequency; with ``prior_scale=None``
        ``a_0`` equals the corpus size (``a_w`` = the corpus count itself,
        the common implementation). A scalar gives a flat (uninformative)
        prior ``a_w = prior``. An array or Series aligned with the rows (or
        indexed by term) gives background pseudo-counts, e.g. from a
        reference corpus.
    prior_scale : float, optional
        Rescale the prior to sum to ``a_0 = prior_scale``. Smaller values
        shrink less (more weight on the data).
    pairs : None, "all" or list of (group, reference), default=None
        ``None``: each group against the rest of the corpus (one-vs-rest).
        Otherwise pairwise contrasts; ``"all"`` means every ordered pair
        ``(a, b)`` with ``a`` before ``b`` in column order. The prior is
        always computed from the whole table.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`LOG_ODDS_COLUMNS` (``term, group, delta, variance,
        z``), plus ``reference`` when ``pairs`` is given. Terms with zero
        count and zero prior mass carry no information and are dropped.

    References
    ----------
    .. [1] Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin'
       words: Lexical feature selection and evaluation for identifying the
       content of political conflict. *Political Analysis*, 16(4), 372-403.

    Examples
    --------
    >>> counts = pd.DataFrame({"A": [10, 5, 1], "B": [2, 5, 9]},
    ...                       index=["regime", "said", "government"])
    >>> log_odds_ratio(counts).round(2)
             term group  delta  variance     z
    0      regime     A   0.72      0.12  2.11
    1        said     A   0.00      0.13  0.00
    2  government     A  -0.79      0.14 -2.09
    3      regime     B  -0.72      0.12 -2.11
    4        said     B   0.00      0.13  0.00
    5  government     B   0.79      0.14  2.09
    """
    if not isinstance(counts, pd.DataFrame):
        raise TypeError("counts must be a DataFrame (rows = terms, columns = groups)")
    if counts.shape[1] < 2:
        raise ValueError("log_odds_ratio needs at least two groups (columns)")
    y = counts.to_numpy(dtype=float)
    if np.any(y < 0) or not np.all(np.isfinite(y)):
        raise ValueError("counts must be finite and non-negative")
    totals = y.sum(axis=1)
    if prior is None:
        alpha = totals.copy()
    elif np.ndim(prior) == 0:
        alpha = np.full(len(y), float(prior))
    elif isinstance(prior, pd.Series):
        alpha = prior.reindex(counts.index).fillna(0.0).to_numpy(dtype=float)
    else:
        alpha = np.asarray(prior, dtype=float)
        if alpha.shape != (len(y),):
            raise ValueError("prior must have one value per term (row)")
    if np.any(alpha < 0):
        raise ValueError("prior pseudo-counts must be non-negative")
    if prior_scale is not None:
        if prior_scale <= 0 or alpha.sum() <= 0:
            raise ValueError("prior_scale must be positive and the prior non-zero")
        alpha = alpha * (prior_scale / alpha.sum())
    keep = (totals + alpha) > 0
    if not keep.all():
        logger.debug("dropping %d terms with no counts and no prior", int((~keep).sum()))
    y, alpha = y[keep], alpha[keep]
    terms = counts.index[keep]
    if len(terms) < 2:
        raise ValueError("log_odds_ratio needs at least two terms with counts or prior mass")
    a0 = alpha.sum()
    n = y.sum(axis=0)
    groups = list(counts.columns)

    def contrast(yi, ni, yj, nj):
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = (np.log(yi + alpha) - np.log(ni + a0 - yi - alpha)) - (
                np.log(yj + alpha) - np.log(nj + a0 - yj - alpha)
            )
            var = 1.0 / (yi + alpha) + 1.0 / (yj + alpha)
        return delta, var

    frames = []
    if pairs is None:
        rest_y = y.sum(axis=1)
        for g, name in enumerate(groups):
            delta, var = contrast(y[:, g], n[g], rest_y - y[:, g], n.sum() - n[g])
            frames.append(
                pd.DataFrame(
                    {
                        "term": terms,
                        "group": name,
                        "delta": delta,
                        "variance": var,
                        "z": delta / np.sqrt(var),
                    }
                )
            )
        return pd.concat(frames, ignore_index=True)[LOG_ODDS_COLUMNS]
    if isinstance(pairs, str):
        if pairs != "all":
            raise ValueError("pairs must be None, 'all' or a list of (group, reference)")
        pairs = list(itertools.combinations(groups, 2))
    pos = {g: i for i, g in enumerate(groups)}
    for a, b in pairs:
        if a not in pos or b not in pos or a == b:
            raise ValueError(f"invalid pair {(a, b)!r}")
        i, j = pos[a], pos[b]
        delta, var = contrast(y[:, i], n[i], y[:, j], n[j])
        frames.append(
            pd.DataFrame(
                {
                    "term": terms,
                    "group": a,
                    "delta": delta,
                    "variance": var,
                    "z": delta / np.sqrt(var),
                    "reference": b,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)[[*LOG_ODDS_COLUMNS, "reference"]]


# --------------------------------------------------------------------------- similarity


def _profile_matrix(profile: pd.DataFrame, standardize: bool) -> tuple[list, list, np.ndarray]:
    """Wide outlet x feature matrix from a wide table or a long :func:`rates` table."""
    if {"outlet", "feature", "value"} <= set(profile.columns):
        profile = profile.pivot_table(
            index="outlet", columns="feature", values="value", aggfunc="first", observed=True
        )
    x = profile.to_numpy(dtype=float)
    if not np.all(np.isfinite(x)):
        raise ValueError("profile contains NaN or inf")
    if standardize:
        sd = x.std(axis=0)
        x = np.divide(x - x.mean(axis=0), sd, out=np.zeros_like(x), where=sd > 0)
    return list(profile.index), list(profile.columns), x


def js_distance(counts: pd.DataFrame, base: float = 2.0) -> pd.DataFrame:
    """Jensen-Shannon distance between the word distributions of every pair.

    Each column of ``counts`` (rows = terms, columns = outlets) is normalised
    to a probability distribution; the distance is the square root of the
    Jensen-Shannon divergence [5]_ (:func:`scipy.spatial.distance.jensenshannon`),
    0 for identical distributions and 1 (base 2) for disjoint ones.

    Parameters
    ----------
    counts : pandas.DataFrame
        Term counts, rows = terms, columns = outlets.
    base : float, default=2

    Returns
    -------
    pandas.DataFrame
        :data:`COLUMNS`, one row per unordered pair (``outlet``,
        ``reference``); ``feature="word_distribution"``, ``value`` = distance,
        ``n`` = tokens in the two outlets. No CI or test: it is descriptive,
        and with one article per outlet it measures the two texts.

    References
    ----------
    .. [5] Lin, J. (1991). Divergence measures based on the Shannon entropy.
       *IEEE Transactions on Information Theory*, 37(1), 145-151.

    Examples
    --------
    >>> counts = pd.DataFrame({"A": [1, 1, 0], "B": [1, 1, 0], "C": [0, 0, 2]})
    >>> js_distance(counts)[["outlet", "reference", "value"]]
      outlet reference  value
    0      A         B    0.0
    1      A         C    1.0
    2      B         C    1.0
    """
    y = counts.to_numpy(dtype=float)
    if np.any(y < 0):
        raise ValueError("counts must be non-negative")
    tot = y.sum(axis=0)
    rows = []
    for a, b in itertools.combinations(range(y.shape[1]), 2):
        if tot[a] == 0 or tot[b] == 0:
            d = np.nan
        else:
            d = float(_distance.jensenshannon(y[:, a] / tot[a], y[:, b] / tot[b], base=base))
        rows.append(
            dict(
                outlet=counts.columns[a],
                reference=counts.columns[b],
                feature="word_distribution",
                value=d,
                n=tot[a] + tot[b],
                test=f"Jensen-Shannon distance (base {base:g}), descriptive",
            )
        )
    return _frame(rows)


def profile_similarity(profile: pd.DataFrame, *, standardize: bool = False) -> pd.DataFrame:
    """Cosine similarity of the outlets' framing profiles, for every pair.

    Parameters
    ----------
    profile : pandas.DataFrame
        Either wide (rows = outlets, columns = features, e.g. rates per 1,000
        words) or the long output of :func:`rates`.
    standardize : bool, default=False
        z-score each feature across outlets first, so that frequent features
        (loaded terms) do not dominate rare ones (boosters). Cosine of
        standardized profiles is close to their correlation.

    Returns
    -------
    pandas.DataFrame
        :data:`COLUMNS`, one row per unordered pair; ``feature="profile"``,
        ``value`` = cosine similarity (1 identical direction, 0 orthogonal).

    Examples
    --------
    >>> prof = pd.DataFrame({"hedge": [1.0, 2.0, 0.0], "booster": [0.0, 0.0, 3.0]},
    ...                     index=["A", "B", "C"])
    >>> profile_similarity(prof)[["outlet", "reference", "value"]]
      outlet reference  value
    0      A         B    1.0
    1      A         C    0.0
    2      B         C    0.0
    """
    from sklearn.metrics.pairwise import cosine_similarity

    names, _, x = _profile_matrix(profile, standardize)
    sim = cosine_similarity(x)
    rows = [
        dict(
            outlet=names[a],
            reference=names[b],
            feature="profile",
            value=float(sim[a, b]),
            n=x.shape[1],
            test="cosine similarity" + (" of standardized profiles" if standardize else ""),
        )
        for a, b in itertools.combinations(range(len(names)), 2)
    ]
    return _frame(rows)


def cluster_outlets(
    profile: pd.DataFrame,
    *,
    n_clusters: int = 2,
    method: str = "average",
    metric: str = "cosine",
    standardize: bool = True,
) -> pd.DataFrame:
    """Agglomerative (hierarchical) clustering of outlets by framing profile.

    Parameters
    ----------
    profile : pandas.DataFrame
        Wide (outlets x features) or the long output of :func:`rates`.
    n_clusters : int, default=2
        Where to cut the tree (:func:`scipy.cluster.hierarchy.fcluster`,
        ``criterion="maxclust"``).
    method : str, default="average"
        Linkage method (:func:`scipy.cluster.hierarchy.linkage`).
    metric : str, default="cosine"
        Distance between profiles (:func:`scipy.spatial.distance.pdist`).
    standardize : bool, default=True
        z-score features across outlets first.

    Returns
    -------
    pandas.DataFrame
        :data:`COLUMNS`, two rows per outlet: ``feature="cluster"`` (label at
        the cut) and ``feature="leaf_order"`` (position in the dendrogram).
        The linkage matrix is in ``result.attrs["linkage"]`` for plotting.
        Descriptive only; with few outlets the tree is fragile.

    Examples
    --------
    >>> prof = pd.DataFrame({"hedge": [1.0, 1.1, 5.0], "booster": [4.0, 4.2, 0.5]},
    ...                     index=["A", "B", "C"])
    >>> out = cluster_outlets(prof, standardize=False)
    >>> out[out.feature == "cluster"][["outlet", "value"]]
      outlet  value
    0      A    1.0
    1      B    1.0
    2      C    2.0
    """
    names, _, x = _profile_matrix(profile, standardize)
    if len(names) < 2:
        raise ValueError("need at least two outlets to cluster")
    dist = _distance.pdist(x, metric=metric)
    dist = np.nan_to_num(dist, nan=1.0)  # zero vectors: treat as unrelated
    link = _hierarchy.linkage(dist, method=method)
    labels = _hierarchy.fcluster(link, t=n_clusters, criterion="maxclust")
    order = {leaf: pos for pos, leaf in enumerate(_hierarchy.leaves_list(link))}
    test = f"hierarchical clustering ({method} linkage, {metric} distance), descriptive"
    rows = [
        dict(outlet=nm, feature="cluster", value=labels[i], n=len(names), test=test)
        for i, nm in enumerate(names)
    ]
    rows += [
        dict(outlet=nm, feature="leaf_order", value=order[i], n=len(names), test=test)
        for i, nm in enumerate(names)
    ]
    out = _frame(rows)
    out.attrs["linkage"] = link
    return out


def outlet_map(
    profile: pd.DataFrame,
    *,
    method: str = "pca",
    standardize: bool = True,
    random_state=0,
) -> pd.DataFrame:
    """A 2-D map of outlets by framing profile (PCA or metric MDS).

    Parameters
    ----------
    profile : pandas.DataFrame
        Wide (outlets x features) or the long output of :func:`rates`.
    method : {"pca", "mds"}, default="pca"
        :class:`sklearn.decomposition.PCA` or :class:`sklearn.manifold.MDS`
        (Euclidean, metric) on the (standardized) profiles.
    standardize : bool, default=True
        z-score features across outlets first.
    random_state : int or None, default=0
        Passed to the estimator (MDS initialisation; PCA's randomized solver).

    Returns
    -------
    pandas.DataFrame
        :data:`COLUMNS`, two rows per outlet (``feature`` ``"dim_1"`` and
        ``"dim_2"``); for PCA ``effect_size`` holds the explained variance
        ratio of that dimension (``effect="explained_variance_ratio"``).

    Examples
    --------
    >>> prof = pd.DataFrame({"hedge": [1.0, 2.0, 3.0], "booster": [1.0, 2.0, 3.5]},
    ...                     index=["A", "B", "C"])
    >>> m = outlet_map(prof)
    >>> list(m.feature.unique())
    ['dim_1', 'dim_2']
    """
    names, _, x = _profile_matrix(profile, standardize)
    if len(names) < 3:
        raise ValueError("a 2-D map needs at least three outlets")
    if method == "pca":
        from sklearn.decomposition import PCA

        est = PCA(n_components=2, random_state=random_state)
        coords = est.fit_transform(x)
        evr = est.explained_variance_ratio_
        test = "PCA of " + ("standardized " if standardize else "") + "profiles"
        eff = "explained_variance_ratio"
    elif method == "mds":
        from sklearn.manifold import MDS

        est = MDS(
            n_components=2, metric_mds=True, init="random", n_init=4, random_state=random_state
        )
        coords = est.fit_transform(x)
        evr = [np.nan, np.nan]
        test = "metric MDS (Euclidean) of " + ("standardized " if standardize else "") + "profiles"
        eff = ""
    else:
        raise ValueError(f"method must be 'pca' or 'mds', got {method!r}")
    rows = [
        dict(
            outlet=nm,
            feature=f"dim_{d + 1}",
            value=coords[i, d],
            n=len(names),
            effect_size=evr[d],
            test=test,
            effect=eff,
            note="descriptive",
        )
        for i, nm in enumerate(names)
        for d in range(2)
    ]
    return _frame(rows)
