"""framing.dask on a local dask.distributed cluster equals the single-process run."""

import pandas as pd
import pytest

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from framing.annotate import annotate  # noqa: E402
from framing.corpus import load_corpus  # noqa: E402
from framing.dask import annotate_dask, map_annotate  # noqa: E402

SEED = "corpus/russia-dprk-2024"
ACTORS, CLAIMS = f"{SEED}/actors.csv", f"{SEED}/claims.csv"


@pytest.fixture(scope="module")
def client():
    # loopback only; the scheduler's HTTP server on a free port (no dashboard), so
    # concurrent runs do not fight over :8787
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def single():
    return annotate(SEED)


def _ddf():
    corpus = load_corpus(SEED)
    zones = corpus.attrs.pop("zones")
    return dd.from_pandas(corpus, npartitions=3), zones


def _plain(df):
    df = df.reset_index(drop=True).copy()
    for c in df.columns:
        if isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype(str)
    # dask turns text into pyarrow strings (missing = NA); compare values, not dtypes
    strs = [c for c in df.columns if df[c].dtype.kind not in "biuf"]
    df[strs] = df[strs].astype(object).where(df[strs].notna(), None)
    return df


def test_dask_tables_equal_single_process(client, single):
    ddf, zones = _ddf()
    assert ddf.npartitions == 3
    tables = annotate_dask(ddf, actors=ACTORS, claims=CLAIMS, zones=zones)
    got = dict(zip(tables, client.compute(list(tables.values()), sync=True)))
    assert len(got["errors"]) == 0
    for name in ("sentences", "cues", "attributions", "claims"):
        want = _plain(getattr(single, name))
        assert len(got[name]) == len(want) > 0, name
        pd.testing.assert_frame_equal(_plain(got[name]), want, check_dtype=False, obj=name)
    arts = _plain(got["articles"])
    want = single.articles.assign(published=single.articles["published"].dt.strftime("%Y-%m-%d"))
    want = _plain(want)
    pd.testing.assert_frame_equal(arts[want.columns], want, check_dtype=False)


def test_map_partitions_one_table(client, single):
    ddf, zones = _ddf()
    cues = map_annotate(ddf, "cues", actors=ACTORS, claims=CLAIMS, zones=zones)
    got = client.compute(cues, sync=True)
    pd.testing.assert_frame_equal(_plain(got), _plain(single.cues), check_dtype=False)
    with pytest.raises(ValueError, match="unknown table 'quotes'"):
        map_annotate(ddf, "quotes")


def test_layers_cues_only_on_dask(single):
    ddf, zones = _ddf()
    tables = annotate_dask(ddf, zones=zones, layers="cues")
    assert list(tables) == ["articles", "sentences", "cues", "errors"]
    (cues,) = dask.compute(tables["cues"], scheduler="sync")
    pd.testing.assert_frame_equal(_plain(cues), _plain(single.cues), check_dtype=False)
    with pytest.raises(ValueError, match="unknown table 'attributions'"):
        map_annotate(ddf, "attributions", layers="cues")


def test_bad_rows_become_error_rows(client):
    df = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "text": ["Officials said the deal was likely.", " ", "He denied it."],
            "outlet": ["A", "B", ""],
        }
    )
    tables = annotate_dask(dd.from_pandas(df, npartitions=2))
    arts, errs = client.compute([tables["articles"], tables["errors"]], sync=True)
    assert list(arts["doc_id"]) == ["a"]
    assert sorted(errs["doc_id"]) == ["b", "c"]
    assert any("empty or whitespace-only text" in m for m in errs["message"])
    assert any("empty outlet" in m for m in errs["message"])
