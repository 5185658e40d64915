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
    "plot_corpus_lengths",
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
    mpl.rcParams.update({
        "text.hinting": "auto",
        "svg.fonttype": "path",
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "axes.titlesize": "medium",
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
    })


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
    wide = data.pivot_table(index=["outlet", "doc_id"], columns="zone", values="n_words",
                            aggfunc="sum", observed=True).fillna(0)
    wide = wide.loc[:, (wide.sum() > 0)]
    zones = list(wide.columns)
    labels = [f"{wrap_label(o)} ({d})" for o, d in wide.index]
    colours = dict(zip(zones, ["#4d4d4d"] + sns.color_palette("pastel", len(zones))[1:]))
    left = pd.Series(0.0, index=wide.index)
    ypos = range(len(wide))
    for zone in zones:
        ax.barh(list(ypos), wide[zone].to_numpy(), left=left.to_numpy(), color=colours[zone],
                label=str(zone), edgecolor="white", linewidth=0.5)
        left += wide[zone]
    ax.set_yticks(list(ypos), labels)
    ax.invert_yaxis()
    ax.set_xlabel("words per article (word tokens)")
    ax.set_ylabel("")
    ax.legend(title="zone", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              fontsize="small")
    return ax
