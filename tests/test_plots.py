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


def test_plot_rates_draws_ci_and_point_per_outlet():
    from framing.plots import plot_rates

    data = pd.DataFrame(
        {
            "outlet": pd.Categorical(["A", "B"], categories=["A", "B"], ordered=True),
            "value": [5.0, 10.0],
            "ci_low": [2.0, 6.0],
            "ci_high": [8.0, 15.0],
            "n": [10, 12],
        }
    )
    fig, ax = plt.subplots()
    plot_rates(data, ax=ax)
    lines = ax.get_lines()
    assert len(lines) == 4  # a CI segment and a point per outlet
    assert list(lines[0].get_xdata()) == [2.0, 8.0] and list(lines[1].get_xdata()) == [5.0]
    assert [t.get_text() for t in ax.texts] == ["n=10", "n=12"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B"]


def test_plot_shares_segments_sum_to_one():
    from framing.plots import plot_shares

    data = pd.DataFrame(
        {"outlet": ["A", "A", "B"], "key": ["x", "y", "x"], "share": [0.25, 0.75, 1.0]}
    )
    fig, ax = plt.subplots()
    plot_shares(data, key="key", value="share", key_order=["x", "y"], ax=ax)
    widths = [p.get_width() for p in ax.patches]
    assert widths == [0.25, 1.0, 0.75, 0.0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["x", "y"]


def test_plot_log_odds_top_terms_in_order():
    from framing.plots import plot_log_odds

    data = pd.DataFrame({"term": ["a", "b", "c"], "group": ["G", "G", "G"], "z": [0.5, 2.5, 1.0]})
    fig, ax = plt.subplots()
    plot_log_odds(data, "G", top=2, ax=ax)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["b", "c"]
    assert [p.get_width() for p in ax.patches] == [2.5, 1.0]
