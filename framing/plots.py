"""Axes-level plot functions: tidy data in, an ``Axes`` out.

Every function takes long-form data with fixed column names, an ``ax``
(a new one is made only when ``ax`` is None), and keeps outlets in the corpus
order with the same colour-blind-safe colour for each outlet everywhere
(:func:`outlet_palette`). Figure assembly and saving live in
:mod:`framing.figures`.
"""

from __future__ import annotations

import textwrap

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

__all__ = [
    "set_theme",
    "outlet_palette",
    "outlet_order",
    "wrap_label",
    "short_label",
    "plot_corpus_lengths",
    "plot_rates",
    "plot_shares",
    "plot_log_odds",
    "plot_outlet_map",
    "plot_scores",
]

#: Font shipped inside matplotlib, so glyphs are the same on every machine.
FONT = "DejaVu Sans"


def set_theme() -> None:
    """Apply the package's plotting theme (fonts, hinting, colour-blind palette).

    Pins the font to DejaVu Sans (bundled with matplotlib) and the text
    hinting parameters, so that figures are byte-identical across machines
    with the locked dependencies.
    """
    sns.set_theme(context="notebook", style="whitegrid", palette="colorblind", font=FONT)
    mpl.rcParams.update(
        {
            "text.hinting": "auto",
            "svg.fonttype": "path",
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "axes.titlesize": "medium",
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
        }
    )


def outlet_order(data: pd.DataFrame, column: str = "outlet") -> list:
    """Outlet order of ``data``: its categorical order, else order of appearance."""
    col = data[column]
    if isinstance(col.dtype, pd.CategoricalDtype):
        return list(col.cat.categories)
    return list(dict.fromkeys(col))


def outlet_palette(outlets) -> dict:
    """Map each outlet, in the given order, to a colour of seaborn's colour-blind palette.

    Examples
    --------
    >>> pal = outlet_palette(["A", "B"])
    >>> list(pal) == ["A", "B"] and pal["A"] != pal["B"]
    True
    """
    outlets = list(outlets)
    colours = sns.color_palette("colorblind", n_colors=max(len(outlets), 1))
    return {o: colours[i % len(colours)] for i, o in enumerate(outlets)}


def wrap_label(label: str, width: int = 24) -> str:
    """Wrap a long outlet name on several lines for tick labels.

    Examples
    --------
    >>> wrap_label("Kayhan International (republishing Reuters)")
    'Kayhan International\\n(republishing Reuters)'
    """
    return "\n".join(textwrap.wrap(str(label), width)) or str(label)


def short_label(label: str) -> str:
    """An outlet name without its parenthetical note, for titles.

    Examples
    --------
    >>> short_label("Kayhan International (republishing Reuters)")
    'Kayhan International'
    """
    label = str(label)
    return label.split(" (")[0] if " (" in label else label


def _ax(ax):
    if ax is None:
        _, ax = plt.subplots()
    return ax


def plot_corpus_lengths(data: pd.DataFrame, *, ax=None) -> plt.Axes:
    """Horizontal stacked bars of words per article and zone.

    Parameters
    ----------
    data : pandas.DataFrame
        Long form with columns ``doc_id, outlet, zone, n_words``
        (:func:`framing.corpus.describe_corpus`).
    ax : matplotlib.axes.Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _ax(ax)
    wide = data.pivot_table(
        index=["outlet", "doc_id"], columns="zone", values="n_words", aggfunc="sum", observed=True
    ).fillna(0)
    wide = wide.loc[:, (wide.sum() > 0)]
    zones = list(wide.columns)
    labels = [f"{wrap_label(o)} ({d})" for o, d in wide.index]
    colours = dict(zip(zones, ["#4d4d4d"] + sns.color_palette("pastel", len(zones))[1:]))
    left = pd.Series(0.0, index=wide.index)
    ypos = range(len(wide))
    for zone in zones:
        ax.barh(
            list(ypos),
            wide[zone].to_numpy(),
            left=left.to_numpy(),
            color=colours[zone],
            label=str(zone),
            edgecolor="white",
            linewidth=0.5,
        )
        left += wide[zone]
    ax.set_yticks(list(ypos), labels)
    ax.invert_yaxis()
    ax.set_xlabel("words per article (word tokens)")
    ax.set_ylabel("")
    ax.legend(
        title="zone", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize="small"
    )
    return ax


def plot_rates(data: pd.DataFrame, *, order=None, palette=None, ax=None, show_n: bool = True):
    """Dot-and-whisker plot of one feature's rate per outlet with its CI.

    Parameters
    ----------
    data : pandas.DataFrame
        Rows of :func:`framing.stats.rates` for one feature: ``outlet, value,
        ci_low, ci_high, n``.
    order : list, optional
        Outlet order (default: the categorical order of ``data.outlet``).
    palette : dict, optional
        Outlet -> colour (default: :func:`outlet_palette`).
    show_n : bool, default=True
        Write the number of resampling units beside each estimate.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _ax(ax)
    order = order or outlet_order(data)
    palette = palette or outlet_palette(order)
    d = data.set_index(data["outlet"].astype(str))
    for i, outlet in enumerate(order):
        if str(outlet) not in d.index:
            continue
        r = d.loc[str(outlet)]
        colour = palette[outlet]
        ax.plot([r["ci_low"], r["ci_high"]], [i, i], color=colour, lw=2.5, solid_capstyle="butt")
        ax.plot([r["value"]], [i], "o", color=colour, ms=8, mec="white", mew=1)
        if show_n and pd.notna(r.get("n")):
            ax.annotate(
                f"n={int(r['n'])}",
                (r["ci_high"] if pd.notna(r["ci_high"]) else r["value"], i),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize="x-small",
                color="#555",
            )
    ax.set_yticks(range(len(order)), [wrap_label(o) for o in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(left=0)
    return ax


def plot_shares(
    data: pd.DataFrame,
    *,
    key: str = "key",
    value: str = "share",
    order=None,
    key_order=None,
    colours=None,
    ax=None,
    legend_title=None,
):
    """Horizontal stacked bars: one bar per outlet, one segment per ``key``.

    Parameters
    ----------
    data : pandas.DataFrame
        Long form with ``outlet``, ``key`` and ``value`` columns.
    key, value : str
    order, key_order : list, optional
        Outlet order and segment order.
    colours : dict, optional
        Key -> colour (default: seaborn's colour-blind palette in ``key_order``).

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _ax(ax)
    order = order or outlet_order(data)
    wide = (
        data.assign(outlet=data["outlet"].astype(str))
        .pivot_table(index="outlet", columns=key, values=value, aggfunc="sum", observed=True)
        .reindex([str(o) for o in order])
        .fillna(0)
    )
    keys = key_order or list(wide.columns)
    keys = [k for k in keys if k in wide.columns]
    colours = colours or dict(zip(keys, sns.color_palette("colorblind", len(keys))))
    left = pd.Series(0.0, index=wide.index)
    for k in keys:
        ax.barh(
            range(len(wide)),
            wide[k].to_numpy(),
            left=left.to_numpy(),
            color=colours[k],
            label=str(k),
            edgecolor="white",
            linewidth=0.6,
        )
        left += wide[k]
    ax.set_yticks(range(len(wide)), [wrap_label(o) for o in wide.index])
    ax.set_ylim(len(wide) - 0.5, -0.5)
    ax.legend(
        title=legend_title,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize="small",
    )
    return ax


def plot_log_odds(data: pd.DataFrame, group, *, top: int = 8, colour=None, ax=None):
    """Bars of the ``top`` most distinctive terms of ``group`` by log-odds z-score.

    Parameters
    ----------
    data : pandas.DataFrame
        :func:`framing.stats.log_odds_ratio` output (``term, group, z``).
    group : str
        The outlet to show.
    top : int, default=8

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _ax(ax)
    d = data[data["group"] == group].sort_values(["z", "term"], ascending=[False, True]).head(top)
    ax.barh(range(len(d)), d["z"].to_numpy(), color=colour or "#0072b2")
    ax.set_yticks(range(len(d)), d["term"].tolist())
    ax.set_ylim(len(d) - 0.5, -0.5)
    ax.axvline(1.96, color="#d55e00", lw=1, ls="--")
    ax.set_xlabel("log-odds z-score")
    return ax


def plot_outlet_map(coords: pd.DataFrame, *, palette=None, ax=None):
    """Scatter of outlets on a 2-D map (:func:`framing.stats.outlet_map` output).

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _ax(ax)
    wide = coords.pivot_table(index="outlet", columns="feature", values="value", observed=True)
    order = outlet_order(coords)
    palette = palette or outlet_palette(order)
    for outlet in order:
        if outlet not in wide.index:
            continue
        x, y = wide.loc[outlet, "dim_1"], wide.loc[outlet, "dim_2"]
        ax.scatter([x], [y], s=90, color=palette[outlet], edgecolor="white", zorder=3)
        ax.annotate(
            wrap_label(outlet, 20),
            (x, y),
            xytext=(6, 4),
            textcoords="offset points",
            fontsize="x-small",
        )
    ax.axhline(0, color="#bbb", lw=0.8)
    ax.axvline(0, color="#bbb", lw=0.8)
    return ax


def plot_scores(
    scores: pd.DataFrame, *, x: str = "layer", hue: str = "metric", value: str = "value", ax=None
):
    """Grouped bars of evaluation scores (precision, recall, F1 per layer).

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _ax(ax)
    sns.barplot(
        data=scores, x=x, y=value, hue=hue, ax=ax, palette="colorblind", errorbar=None, seed=0
    )
    ax.set_ylim(0, 1.05)
    for container in ax.containers:
        ax.bar_label(container, fmt="%.2f", fontsize="xx-small", padding=1)
    return ax
