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

from . import plots
from .corpus import describe_corpus, load_corpus

__all__ = ["save_figure", "FIGURES", "FigureContext", "build_figures", "fig_corpus_overview"]

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

    def __init__(self, corpus):
        self.corpus = corpus if not isinstance(corpus, (str, Path)) else load_corpus(corpus)

    @cached_property
    def lengths(self):
        """Words per article and zone (:func:`framing.corpus.describe_corpus`)."""
        return describe_corpus(self.corpus)


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
        loc="left", wrap=True,
    )
    fig.tight_layout()
    return fig


#: Registered figures: file stem -> builder(FigureContext) -> Figure.
FIGURES = {
    "corpus-overview": fig_corpus_overview,
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
    parser = argparse.ArgumentParser(prog="python -m framing.figures", description=__doc__.split("\n")[0])
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
