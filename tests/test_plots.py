"""Plot functions: inspect artists, not pixels."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_rgb

import framing
from framing.plots import outlet_order, outlet_palette, plot_corpus_lengths


def test_palette_follows_given_order_and_is_stable():
    a = outlet_palette(["Wire", "Daily", "Weekly"])
    b = outlet_palette(["Wire", "Daily", "Weekly"])
    assert a == b and list(a) == ["Wire", "Daily", "Weekly"]
    assert len({to_rgb(c) for c in a.values()}) == 3


def test_outlet_order_uses_categorical_order():
    df = pd.DataFrame({"outlet": pd.Categorical(["b", "a"], categories=["b", "a"], ordered=True)})
    assert outlet_order(df) == ["b", "a"]
    assert outlet_order(pd.DataFrame({"outlet": ["z", "y", "z"]})) == ["z", "y"]


def test_plot_corpus_lengths_bars_sum_to_words():
    corpus = framing.load_corpus("corpus/russia-dprk-2024")
    lengths = framing.describe_corpus(corpus)
    fig, ax = plt.subplots()
    out = plot_corpus_lengths(lengths, ax=ax)
    assert out is ax
    # one bar per (article, zone with any words); their widths add up to all words
    total = sum(p.get_width() for p in ax.patches)
    assert total == lengths["n_words"].sum()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("The Epoch Times") and labels[-1].startswith("South China")
