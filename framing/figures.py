"""Figure builders: one function per figure in ``figures/``, and byte-stable saving.

``make figures`` runs ``python -m framing.figures --corpus CORPUS --out figures``,
which rebuilds every registered figure. Notebooks call the same builders to
show the figures inline.

Output is byte-identical on re-run and across machines with the locked
dependencies: SVG ids are salted per figure (``svg.hashsalt``), date and
creator metadata are removed, the font is pinned (:func:`framing.plots.set_theme`)
and every bootstrap is seeded.
"""

from __future__ import annotations

import argparse
import logging
from functools import cached_property
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import plots, stats
from .corpus import describe_corpus, load_corpus
from .lexicons import load_lexicon

__all__ = [
    "save_figure",
    "FIGURES",
    "FigureContext",
    "build_figures",
    "fig_corpus_overview",
    "fig_hedging_boosting",
    "fig_attribution_voices",
    "fig_reporting_verbs",
    "fig_loaded_language",
    "fig_claim_stance",
    "fig_distinctive_words",
    "fig_outlet_similarity",
    "fig_validation",
]

logger = logging.getLogger(__name__)

_METADATA = {
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
    "png": {"Software": None},
}


def save_figure(fig, path) -> Path:
    """Write ``fig`` to ``path`` so that identical inputs give identical bytes.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path : path-like
        ``.svg``, ``.png`` or ``.pdf``.

    Returns
    -------
    pathlib.Path
    """
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in _METADATA:
        raise ValueError(f"{path}: unsupported figure format {fmt!r} (use svg, png or pdf)")
    path.parent.mkdir(parents=True, exist_ok=True)
    with mpl.rc_context({"svg.hashsalt": f"framing:{path.stem}"}):
        fig.savefig(path, format=fmt, metadata=_METADATA[fmt], bbox_inches="tight")
    return path


class FigureContext:
    """The inputs of every figure, computed once: corpus and its analyses.

    Parameters
    ----------
    corpus : path-like or pandas.DataFrame
    """

    #: Features compared across outlets in the rate figures.
    RATE_FEATURES = ("hedge_count", "booster_count", "loaded_count", "attribution_distancing_count")

    def __init__(self, corpus, gold_dir=None, random_state: int = 0):
        self.path = Path(corpus) if isinstance(corpus, (str, Path)) else None
        self.corpus = corpus if self.path is None else load_corpus(corpus)
        if gold_dir is None and self.path is not None and (self.path / "gold").is_dir():
            gold_dir = self.path / "gold"
        self.gold_dir = gold_dir
        self.random_state = random_state

    @cached_property
    def lengths(self):
        """Words per article and zone (:func:`framing.corpus.describe_corpus`)."""
        return describe_corpus(self.corpus)

    @cached_property
    def annotation(self):
        """Every layer over the corpus (:func:`framing.annotate`)."""
        from .annotate import annotate

        if self.path is not None and self.path.is_dir():
            return annotate(self.path)
        return annotate(self.corpus)

    @cached_property
    def actors(self):
        """The corpus's actor table, if it has one."""
        from .attribution import load_actors

        if self.path is not None and (self.path / "actors.csv").is_file():
            return load_actors(self.path / "actors.csv")
        return None

    @cached_property
    def units(self):
        """Counts per body sentence (the resampling unit for one-article outlets)."""
        return self.annotation.unit_table("sentence")

    @property
    def unit(self) -> str:
        """``"article"`` when every outlet has at least 5 articles, else ``"sentence"``."""
        per_outlet = self.corpus.groupby("outlet", observed=True).size()
        return "article" if per_outlet.min() >= 5 else "sentence"

    @cached_property
    def rates(self):
        """Rates per 1,000 body words with bootstrap CIs (:func:`framing.stats.rates`)."""
        return stats.rates(
            self.units, list(self.RATE_FEATURES), unit=self.unit, random_state=self.random_state
        )

    @cached_property
    def comparison(self):
        """Omnibus and pairwise tests (:func:`framing.stats.compare_rates`)."""
        return stats.compare_rates(
            self.units, list(self.RATE_FEATURES), unit=self.unit, random_state=self.random_state
        )

    @cached_property
    def voices(self):
        """Per-outlet voice profile of body-text attributions (:func:`framing.voice_profile`)."""
        from .attribution import voice_profile

        att = self.annotation.attributions
        return voice_profile(att[att["zone"] == "body"], self.annotation.articles)

    @cached_property
    def claim_profile(self):
        """Claim status per outlet, body sentences (:func:`framing.claim_profile`)."""
        from .stance import claim_profile

        claims = self.annotation.claims
        return claim_profile(claims[claims["zone"] == "body"], self.annotation.articles)

    @cached_property
    def log_odds(self):
        """Distinctive words, one outlet vs the rest (:func:`framing.stats.log_odds_ratio`)."""
        return stats.log_odds_ratio(self.annotation.term_counts())

    @cached_property
    def profile_table(self):
        """Outlets x framing features (rates per 1,000 body words)."""
        units = self.units
        feats = [
            c
            for c in units.columns
            if c.endswith("_count")
            and not c.endswith(("_author_count", "_quoted_count"))
            and c != "claim_count"
        ]
        g = units.groupby("outlet", observed=True)
        return (1000 * g[feats].sum().div(g["n_words"].sum(), axis=0)).rename(
            columns=lambda c: c[: -len("_count")]
        )

    @cached_property
    def scores(self):
        """Scores against the gold folder (:func:`framing.evaluate.evaluate_annotation`)."""
        from .evaluate import evaluate_annotation

        if self.gold_dir is None:
            raise ValueError("no gold folder: pass gold_dir=")
        return evaluate_annotation(self.annotation, self.gold_dir, actors=self.actors)


def fig_corpus_overview(ctx: FigureContext):
    """Article length by zone for each outlet: what the analyses count and what they leave out."""
    data = ctx.lengths
    body = data[data["zone"] == "body"].set_index("doc_id")["n_words"]
    other = data[data["zone"] != "body"].groupby("doc_id")["n_words"].sum()
    fig, ax = plt.subplots(figsize=(8.5, 3.8))
    plots.plot_corpus_lengths(data, ax=ax)
    ax.set_title(
        f"Body text runs from {body.min()} to {body.max()} words per article; "
        f"{int(other.sum())} words of headlines, captions and boilerplate are set aside",
        loc="left",
        wrap=True,
    )
    fig.tight_layout()
    return fig


def _omnibus(ctx, feature):
    c = ctx.comparison
    return c[(c["feature"] == feature) & (c["outlet"] == "all")].iloc[0]


def _p_phrase(row) -> str:
    return f"omnibus p = {row['p_value']:.2f}, BH-adjusted {row['p_adjusted']:.2f}"


def fig_hedging_boosting(ctx: FigureContext):
    """Hedges and boosters per 1,000 body words, per outlet, with 95% bootstrap CIs."""
    order = list(ctx.corpus["outlet"].cat.categories)
    fig, axes = plt.subplots(1, 2, figsize=(9.5, 3.9), sharey=True)
    for ax, (feature, label) in zip(
        axes, [("hedge_count", "hedges"), ("booster_count", "boosters")]
    ):
        data = ctx.rates[ctx.rates["feature"] == feature]
        plots.plot_rates(data, order=order, ax=ax)
        row = _omnibus(ctx, feature)
        ax.set_xlabel(f"{label} per 1,000 body words (95% CI)")
        ax.set_title(
            f"{label.capitalize()}: {_p_phrase(row)}",
            loc="left",
            fontsize="small",
            fontweight="normal",
        )
    h = ctx.rates[ctx.rates["feature"] == "hedge_count"].set_index("outlet")["value"]
    fig.suptitle(
        f"Hedging ranges from {h.min():.1f} to {h.max():.1f} per 1,000 words, but with one article "
        f"per outlet no difference is distinguishable from noise",
        x=0.01,
        ha="left",
        fontsize="medium",
        fontweight="bold",
        wrap=True,
    )
    fig.tight_layout()
    return fig


AFFILIATION_ORDER = [
    "Russia",
    "DPRK",
    "USA",
    "South Korea",
    "UK",
    "Ukraine",
    "Other",
    "Unspecified",
    "unresolved",
]
CUE_CLASS_ORDER = ["neutral", "endorsing", "evaluative", "distancing", "denial", "non-comment"]
STATUS_ORDER = ["asserted", "attributed", "attributed-distanced", "hedged", "denied", "other"]


def _key_order(keys, preferred):
    keys = list(dict.fromkeys(keys))
    return [k for k in preferred if k in keys] + sorted(k for k in keys if k not in preferred)


def fig_attribution_voices(ctx: FigureContext):
    """Whose words each outlet prints: attributions and quoted words by source affiliation."""
    v = ctx.voices
    aff = v[v["dimension"] == "affiliation"]
    words = v[v["dimension"] == "quoted_words_affiliation"]
    keys = _key_order(aff["key"], AFFILIATION_ORDER)
    colours = dict(zip(keys, sns_palette(len(keys))))
    fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.9), sharey=True)
    plots.plot_shares(
        aff,
        key="key",
        value="share",
        key_order=keys,
        colours=colours,
        ax=axes[0],
        legend_title="source affiliation",
    )
    axes[0].get_legend().remove()
    plots.plot_shares(
        words,
        key="key",
        value="share",
        key_order=keys,
        colours=colours,
        ax=axes[1],
        legend_title="source affiliation",
    )
    att = ctx.annotation.attributions
    n_att = att[att["zone"] == "body"].groupby("outlet", observed=True).size()
    axes[0].set_xlabel("share of attributions")
    axes[1].set_xlabel("share of directly quoted words")
    axes[0].set_title(
        f"Attributions (n = {int(n_att.min())}–{int(n_att.max())} per outlet)",
        loc="left",
        fontsize="small",
        fontweight="normal",
    )
    axes[1].set_title("Quoted words", loc="left", fontsize="small", fontweight="normal")
    most = aff.groupby("outlet", observed=True)["n"].transform("max")
    leaders = aff[aff["n"] == most]
    n_rus = int(leaders.loc[leaders["key"] == "Russia", "outlet"].nunique())
    n_out = int(aff["outlet"].nunique())
    fig.suptitle(
        f"Russian sources are the most cited voice (or tied for it) in {n_rus} of {n_out} "
        "outlets; who gets the quoted words differs more",
        x=0.01,
        ha="left",
        fontsize="medium",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


def fig_reporting_verbs(ctx: FigureContext):
    """Reporting-verb classes per outlet, and the distancing rate by the source's side."""
    v = ctx.voices
    cls = v[v["dimension"] == "cue_class"]
    keys = _key_order(cls["key"], CUE_CLASS_ORDER)
    colours = dict(
        zip(CUE_CLASS_ORDER, ["#bbbbbb", "#009e73", "#56b4e9", "#d55e00", "#cc79a7", "#f0e442"])
    )
    dist = v[
        (v["dimension"] == "distancing_by_affiliation")
        & v["key"].isin(["Russia", "DPRK", "USA", "South Korea"])
    ]
    fig, axes = plt.subplots(
        1, 2, figsize=(10.5, 3.9), sharey=True, gridspec_kw={"width_ratios": [1.1, 1]}
    )
    plots.plot_shares(
        cls,
        key="key",
        value="share",
        key_order=keys,
        colours=colours,
        ax=axes[0],
        legend_title="cue class",
    )
    axes[0].set_xlabel("share of attribution cues")
    order = list(ctx.corpus["outlet"].cat.categories)
    sides = [k for k in ["Russia", "DPRK", "USA", "South Korea"] if k in set(dist["key"])]
    width = 0.8 / max(len(sides), 1)
    side_colours = dict(zip(sides, ["#0072b2", "#e69f00", "#009e73", "#cc79a7"]))
    aff = v[v["dimension"] == "affiliation"]
    for j, side in enumerate(sides):
        d = dist[dist["key"] == side].set_index(dist[dist["key"] == side]["outlet"].astype(str))
        tot = aff[aff["key"] == side].set_index(aff[aff["key"] == side]["outlet"].astype(str))["n"]
        y = np.arange(len(order)) - 0.4 + width * (j + 0.5)
        vals = [d["share"].get(str(o), np.nan) for o in order]
        axes[1].barh(y, vals, height=width, color=side_colours[side], label=side)
        for yy, o, val in zip(y, order, vals):
            if str(o) in tot.index and tot[str(o)] > 0:
                axes[1].annotate(
                    f"{int(d['n'].get(str(o), 0))}/{int(tot[str(o)])}",
                    (0 if np.isnan(val) else val, yy),
                    xytext=(3, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=6,
                    color="#444",
                )
    axes[1].set_xlim(0, 1)
    axes[1].set_xlabel("distancing cues / attributions, by source side")
    axes[1].legend(
        title="source side",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize="small",
    )
    usa = dist[dist["key"] == "USA"].sort_values("share", ascending=False)
    lead = usa.iloc[0] if len(usa) else None
    top_class = cls.sort_values("share", ascending=False).groupby("outlet", observed=True).head(1)
    n_neutral = int((top_class["key"] == "neutral").sum())
    title = f"Neutral verbs ('said', 'told') lead in {n_neutral} of {len(top_class)} outlets"
    if lead is not None and lead["share"] > 0:
        title += (
            f"; {plots.short_label(lead['outlet'])} writes 'claimed'/'asserted' for "
            f"{int(lead['n'])} of its U.S. attributions"
        )
    fig.suptitle(title, x=0.01, ha="left", fontsize="medium", fontweight="bold")
    fig.tight_layout()
    return fig


def fig_loaded_language(ctx: FigureContext):
    """Loaded terms per 1,000 body words by category, in the author's voice and in quotations."""
    prof = ctx.annotation.profile()
    load = prof[(prof["layer"] == "loaded") & (prof["category"] != "all")]
    cats, colours = loaded_category_colours(load.loc[load["n"] > 0, "category"])
    fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.9), sharey=True, sharex=True)
    for ax, voice in zip(axes, ["author", "quoted"]):
        d = load[load["voice"] == voice]
        plots.plot_shares(
            d,
            key="category",
            value="per_1k",
            key_order=cats,
            colours=colours,
            ax=ax,
            legend_title="category",
        )
        ax.set_xlabel("per 1,000 body words")
        ax.set_title(
            f"{voice.capitalize()} voice"
            + (" (inside quotation marks)" if voice == "quoted" else " (the outlet's own words)"),
            loc="left",
            fontsize="small",
            fontweight="normal",
        )
    axes[0].get_legend().remove()
    tot = prof[(prof["layer"] == "loaded") & (prof["category"] == "all")]
    a = tot[tot["voice"] == "author"].set_index("outlet")["per_1k"]
    q = tot[tot["voice"] == "quoted"].set_index("outlet")["per_1k"]
    lead = a.idxmax()
    fig.suptitle(
        f"{plots.short_label(lead)} uses the most loaded terms in its own voice "
        f"({a.max():.1f} per 1,000 words);\nin {int((q > a).sum())} of {len(a)} outlets "
        "most loaded terms sit inside quotations",
        x=0.01,
        ha="left",
        fontsize="medium",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


def loaded_category_colours(categories) -> tuple[list[str], dict]:
    """Order and colours of loaded-term categories, fixed by the shipped lexicon.

    A category keeps its colour whichever categories a corpus happens to use;
    categories of user lexicons follow, sorted.

    Returns
    -------
    (list of str, dict)
        The categories given, in display order, and a colour for each.

    Examples
    --------
    >>> a = loaded_category_colours(["euphemism"])[1]["euphemism"]
    >>> order, colours = loaded_category_colours(["other", "euphemism", "my-terms"])
    >>> order, colours["euphemism"] == a
    (['euphemism', 'other', 'my-terms'], True)
    """
    known = list(dict.fromkeys(load_lexicon("loaded", optional=True).entries["category"]))
    present = set(categories)
    extra = sorted(present - set(known))
    every = known + extra
    colours = dict(zip(every, sns_palette(len(every))))
    return [c for c in every if c in present], {c: colours[c] for c in present}


def sns_palette(n):
    """The colour-blind palette; past 10 colours, near-black and then the dark shades."""
    import seaborn as sns

    if n <= 10:
        return sns.color_palette("colorblind", n)
    extra = [(0.13, 0.13, 0.13), *sns.color_palette("dark", 10)]
    return (sns.color_palette("colorblind", 10) + extra * n)[:n]


def fig_claim_stance(ctx: FigureContext):
    """How each outlet presents the contested claim: sentences by status."""
    cp = ctx.claim_profile
    if cp.empty:
        raise ValueError("the corpus declares no claims (claims.csv)")
    claim = cp["claim_id"].iloc[0]
    d = cp[cp["claim_id"] == claim]
    colours = dict(
        zip(STATUS_ORDER, ["#000000", "#56b4e9", "#e69f00", "#f0e442", "#d55e00", "#bbbbbb"])
    )
    fig, ax = plt.subplots(figsize=(9, 3.9))
    plots.plot_shares(
        d,
        key="status",
        value="n",
        key_order=STATUS_ORDER,
        colours=colours,
        ax=ax,
        legend_title="status",
    )
    ax.set_xlabel(f"sentences mentioning the claim '{claim}'")
    asserted = d[d["status"] == "asserted"]
    first = (
        "No outlet states the claim as fact"
        if asserted["n"].sum() == 0
        else f"{int((asserted['n'] > 0).sum())} outlet(s) state the claim as fact"
    )
    tot = d.groupby("outlet", observed=True)["n"].sum()

    def lead(status):
        x = d[d["status"] == status].set_index("outlet")["n"]
        share = (x / tot.reindex(x.index)).fillna(0)
        o = share.idxmax()
        return plots.short_label(o), int(x[o]), int(tot[o])

    den, att = lead("denied"), lead("attributed")
    fig.suptitle(
        f"{first}; {den[0]} gives the denial most ({den[1]} of {den[2]} sentences),\n"
        f"{att[0]} attributes it most often with a neutral verb ({att[1]} of {att[2]})",
        x=0.01,
        ha="left",
        fontsize="medium",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


def fig_distinctive_words(ctx: FigureContext, top: int = 6):
    """Each outlet's most distinctive words (log-odds ratio, informative Dirichlet prior)."""
    lo = ctx.log_odds
    order = list(ctx.corpus["outlet"].cat.categories)
    palette = plots.outlet_palette(order)
    fig, axes = plt.subplots(1, len(order), figsize=(2.3 * len(order), 3.6), sharex=True)
    for ax, outlet in zip(np.atleast_1d(axes), order):
        plots.plot_log_odds(lo, outlet, top=top, colour=palette[outlet], ax=ax)
        ax.set_title(
            plots.wrap_label(outlet, 22), fontsize="x-small", loc="left", fontweight="normal"
        )
        ax.set_xlabel("z (one vs rest)", fontsize="x-small")
        ax.tick_params(labelsize="x-small")
    n_sig = int((lo["z"] > 1.96).sum())
    fig.suptitle(
        f"Distinctive words: {n_sig} word(s) pass |z| > 1.96 (dashed line); "
        "with one short article per outlet, word choice barely separates them",
        x=0.01,
        ha="left",
        fontsize="medium",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


def fig_outlet_similarity(ctx: FigureContext):
    """Outlets mapped by their framing profiles (PCA), and word-distribution distances."""
    prof = ctx.profile_table
    coords = stats.outlet_map(prof, method="pca", random_state=ctx.random_state)
    coords["outlet"] = pd.Categorical(coords["outlet"], categories=list(prof.index), ordered=True)
    js = stats.js_distance(ctx.annotation.term_counts())
    order = list(prof.index)
    mat = pd.DataFrame(0.0, index=order, columns=order)
    for r in js.itertuples(index=False):
        mat.loc[r.outlet, r.reference] = mat.loc[r.reference, r.outlet] = r.value
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.4), gridspec_kw={"width_ratios": [1, 1.1]})
    plots.plot_outlet_map(coords, ax=axes[0])
    ev = coords.groupby("feature", observed=True)["effect_size"].first()
    axes[0].set_xlabel(f"PC 1 ({ev.get('dim_1', np.nan):.0%} of variance)")
    axes[0].set_ylabel(f"PC 2 ({ev.get('dim_2', np.nan):.0%} of variance)")
    axes[0].set_title(
        f"Framing profiles ({prof.shape[1]} rates, standardised)",
        loc="left",
        fontsize="small",
        fontweight="normal",
    )
    import seaborn as sns

    labels = [plots.wrap_label(o, 18) for o in order]
    sns.heatmap(
        mat.to_numpy(),
        ax=axes[1],
        annot=True,
        fmt=".2f",
        cmap="mako_r",
        vmin=0,
        xticklabels=labels,
        yticklabels=labels,
        cbar_kws={"label": "Jensen-Shannon distance"},
        annot_kws={"fontsize": "x-small"},
    )
    axes[1].tick_params(labelsize="x-small")
    axes[1].set_title(
        "Word distributions (body text)", loc="left", fontsize="small", fontweight="normal"
    )
    off = mat.where(~np.eye(len(order), dtype=bool))
    a, b = np.unravel_index(np.nanargmin(off.to_numpy()), off.shape)
    fig.suptitle(
        f"Closest word distributions: {order[a]} and {order[b]} (JS distance {off.iat[a, b]:.2f})",
        x=0.01,
        ha="left",
        fontsize="medium",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


def fig_validation(ctx: FigureContext):
    """Scores of every layer against the hand-coded gold (in-sample: rules were developed on it)."""
    s = ctx.scores
    keep = s[s["metric"].isin(["precision", "recall", "f1", "accuracy", "kappa"])].copy()
    keep["layer"] = keep["layer"] + " (n=" + keep["n"].astype(str) + ")"
    fig, ax = plt.subplots(figsize=(9, 3.9))
    plots.plot_scores(keep, x="layer", hue="metric", value="value", ax=ax)
    ax.set_xlabel("")
    ax.set_ylabel("score against gold")
    ax.legend(
        title="metric",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize="small",
    )
    f1 = s[s["metric"] == "f1"]["value"]
    fig.suptitle(
        f"In-sample agreement with the gold is high (F1 {f1.min():.2f}–{f1.max():.2f}); "
        "the rules were developed on these articles",
        x=0.01,
        ha="left",
        fontsize="medium",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


#: Registered figures: file stem -> builder(FigureContext) -> Figure.
FIGURES = {
    "corpus-overview": fig_corpus_overview,
    "hedging-boosting": fig_hedging_boosting,
    "attribution-voices": fig_attribution_voices,
    "reporting-verbs": fig_reporting_verbs,
    "loaded-language": fig_loaded_language,
    "claim-stance": fig_claim_stance,
    "distinctive-words": fig_distinctive_words,
    "outlet-similarity": fig_outlet_similarity,
    "validation": fig_validation,
}


def build_figures(corpus, out, names=None, fmt: str = "svg") -> list[Path]:
    """Build the registered figures (all, or ``names``) into the folder ``out``.

    Returns
    -------
    list of pathlib.Path
        The files written.
    """
    plots.set_theme()
    ctx = corpus if isinstance(corpus, FigureContext) else FigureContext(corpus)
    unknown = sorted(set(names or ()) - set(FIGURES))
    if unknown:
        raise KeyError(f"unknown figure(s): {', '.join(unknown)} (known: {', '.join(FIGURES)})")
    written = []
    for name, builder in FIGURES.items():
        if names and name not in names:
            continue
        fig = builder(ctx)
        written.append(save_figure(fig, Path(out) / f"{name}.{fmt}"))
        plt.close(fig)
    return written


def main(argv=None) -> int:
    """Command line: ``python -m framing.figures --corpus DIR --out DIR [NAME ...]``."""
    parser = argparse.ArgumentParser(
        prog="python -m framing.figures", description=__doc__.split("\n")[0]
    )
    parser.add_argument("names", nargs="*", help="figures to build (default: all)")
    parser.add_argument("--corpus", required=True, help="corpus folder or table file")
    parser.add_argument("--out", default="figures", help="output folder (default: figures)")
    parser.add_argument("--format", default="svg", choices=["svg", "png", "pdf"])
    args = parser.parse_args(argv)
    for path in build_figures(args.corpus, args.out, args.names or None, args.format):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
