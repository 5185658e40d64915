"""Figures: every registered figure renders to identical bytes twice, and matches figures/."""

import subprocess
import sys
from pathlib import Path

import pytest

from framing.figures import FIGURES, FigureContext, build_figures, save_figure

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "russia-dprk-2024"


@pytest.fixture(scope="module")
def ctx():
    return FigureContext(SEED)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_figure_renders_identically_twice(ctx, tmp_path, name):
    # the same process twice: no state (random seeds, hash salts, ids) leaks between renders
    first = build_figures(ctx, tmp_path / "a", names=[name])[0].read_bytes()
    second = build_figures(ctx, tmp_path / "b", names=[name])[0].read_bytes()
    assert first == second
    assert b"<dc:date>" not in first and b"Matplotlib v" not in first


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory):
    # A separate process with a minimal environment, as on a fresh machine running `make figures`.
    out = tmp_path_factory.mktemp("figures")
    cmd = [sys.executable, "-m", "framing.figures", "--corpus", str(SEED), "--out", str(out)]
    subprocess.run(
        cmd,
        check=True,
        capture_output=True,
        env={
            "MPLBACKEND": "Agg",
            "SOURCE_DATE_EPOCH": "0",
            "PYTHONHASHSEED": "0",
            "PATH": "/usr/bin:/bin",
            "HOME": str(out),
        },
    )
    return out


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_committed_figure_is_current(fresh_build, name):
    committed = ROOT / "figures" / f"{name}.svg"
    assert committed.is_file(), f"{committed} missing: run `make figures` and commit"
    assert (fresh_build / f"{name}.svg").read_bytes() == committed.read_bytes(), (
        f"{committed} is stale: run `make figures` and commit"
    )


def test_figures_folder_has_only_registered_figures():
    assert sorted(p.stem for p in (ROOT / "figures").glob("*.svg")) == sorted(FIGURES)


def test_every_figure_has_a_title_stating_a_finding(ctx):
    for name, builder in FIGURES.items():
        fig = builder(ctx)
        titles = [ax.get_title(loc="left") or ax.get_title() for ax in fig.axes]
        if fig._suptitle is not None:
            titles.append(fig._suptitle.get_text())
        assert any(len(t) > 40 for t in titles), name
        for ax in fig.axes:
            if ax.get_xlabel() or ax.get_ylabel():
                break
        else:
            raise AssertionError(f"{name}: no labelled axis")


def test_save_figure_rejects_unknown_format(ctx, tmp_path):
    fig = FIGURES["corpus-overview"](ctx)
    with pytest.raises(ValueError, match="unsupported figure format 'jpg'"):
        save_figure(fig, tmp_path / "x.jpg")


def test_unknown_figure_name(ctx, tmp_path):
    with pytest.raises(KeyError, match="unknown figure"):
        build_figures(ctx, tmp_path, names=["nope"])
