"""Streaming annotation: chunking/jobs invariance, inputs, bad rows, interrupted runs, CLI."""

import gzip
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

import framing.stream as stream
from framing.annotate import annotate
from framing.cli import main
from framing.corpus import CorpusError
from framing.stream import TABLES, annotate_stream, iter_corpus

SEED = "corpus/russia-dprk-2024"

NEWS = [
    "Officials said the shipment was likely to arrive next week, according to a government source.",
    "The minister denied the allegations, calling them groundless and politically motivated.",
    "“We will certainly respond,” a spokesman told reporters on Tuesday.",
    "Analysts suggest the deal may be part of a broader effort to evade sanctions.",
    "The regime has repeatedly claimed that the exercises were purely defensive.",
]


def _files(folder, fmt="csv"):
    return {name: (Path(folder) / f"{name}.{fmt}").read_bytes() for name in TABLES}


def _table(tmp_path, rows, name="in.csv"):
    path = tmp_path / name
    df = pd.DataFrame(rows)
    if name.endswith((".csv", ".csv.gz")):
        df.to_csv(path, index=False)
    elif name.endswith(".parquet"):
        df.to_parquet(path, index=False)
    else:
        lines = "".join(json.dumps(r) + "\n" for r in rows)
        if name.endswith(".gz"):
            with gzip.open(path, "wt", encoding="utf-8") as fh:
                fh.write(lines)
        else:
            path.write_text(lines, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_output_identical_whatever_chunks_and_jobs(tmp_path, fmt):
    runs = [(1, 1), (1, 3), (1, 1000), (2, 1), (2, 3)]
    outs = []
    for jobs, chunk in runs:
        out = tmp_path / f"j{jobs}c{chunk}"
        annotate_stream(SEED, out, format=fmt, jobs=jobs, chunk_size=chunk)
        outs.append(_files(out, fmt))
    for other in outs[1:]:
        for name in TABLES:
            assert other[name] == outs[0][name], name
    assert len(pd.read_csv(tmp_path / "j1c1" / "errors.csv")) == 0


def test_streamed_tables_equal_in_memory_annotation(tmp_path):
    annotate_stream(SEED, tmp_path / "s", jobs=1, chunk_size=2)
    ann = annotate(SEED)
    ann.to_dir(tmp_path / "m")
    for name in TABLES[1:]:
        assert (tmp_path / "s" / f"{name}.csv").read_bytes() == (
            tmp_path / "m" / f"{name}.csv"
        ).read_bytes(), name
    s = pd.read_csv(tmp_path / "s" / "articles.csv", dtype=str, keep_default_na=False)
    m = pd.read_csv(tmp_path / "m" / "articles.csv", dtype=str, keep_default_na=False)
    # every in-memory column, in the same order; extra columns are zero category counts
    assert [c for c in s.columns if c in m.columns] == list(m.columns)
    pd.testing.assert_frame_equal(s[m.columns], m)
    extra = [c for c in s.columns if c not in m.columns]
    assert extra and all(c.endswith("_n") for c in extra)
    assert (s[extra] == "0").all().all()


def test_table_formats_give_the_same_tables(tmp_path):
    rows = [{"text": t, "outlet": o} for t, o in zip(NEWS, "ABABA")]
    results = {}
    for name in ("in.csv", "in.csv.gz", "in.jsonl", "in.jsonl.gz", "in.parquet"):
        src = _table(tmp_path, rows, name)
        out = tmp_path / ("o_" + name.replace(".", "_"))
        r = annotate_stream(src, out, jobs=1, chunk_size=2)
        assert r["n_articles"] == 5 and r["n_errors"] == 0
        cues = pd.read_csv(out / "cues.csv", dtype={"doc_id": str})
        results[name] = cues.drop(columns=[]).to_csv(index=False)
    assert len(set(results.values())) == 1
    cues = pd.read_csv(tmp_path / "o_in_csv" / "cues.csv", dtype={"doc_id": str})
    assert {"likely", "groundless", "certainly"} <= set(cues["text"].str.lower())


def test_bad_rows_go_to_errors_with_file_and_line(tmp_path):
    rows = [
        {"doc_id": "a", "text": NEWS[0], "outlet": "A", "published": "2024-01-17"},
        {"doc_id": "b", "text": "   ", "outlet": "A", "published": "2024-01-18"},
        {"doc_id": "c", "text": NEWS[1], "outlet": "", "published": "2024-01-18"},
        {"doc_id": "a", "text": NEWS[2], "outlet": "B", "published": "2024-01-19"},
        {"doc_id": "e", "text": NEWS[3], "outlet": "B", "published": "not a date"},
        {"doc_id": "f", "text": NEWS[4], "outlet": "B", "published": "2024-01-20 09:30"},
    ]
    src = _table(tmp_path, rows)
    r = annotate_stream(src, tmp_path / "o", jobs=2, chunk_size=2)
    arts = pd.read_csv(tmp_path / "o" / "articles.csv", dtype=str, keep_default_na=False)
    errs = pd.read_csv(tmp_path / "o" / "errors.csv", dtype=str, keep_default_na=False)
    # every input row is an article or an error, in input order
    assert list(arts["doc_id"]) == ["a", "f"] and list(errs["doc_id"]) == ["b", "c", "a", "e"]
    assert r["n_articles"] + r["n_errors"] == len(rows)
    assert list(errs["position"]) == ["line 3", "line 4", "line 5", "line 6"]
    msgs = list(errs["message"])
    assert msgs[0] == f"{src}, line 3: empty or whitespace-only text"
    assert msgs[1] == f"{src}, line 4: empty outlet"
    assert msgs[2] == f"{src}: duplicate doc_id 'a' on lines 2, 5"
    assert msgs[3] == f"{src}, line 6: unparsable date in column 'published': 'not a date'"
    assert list(arts["published"]) == ["2024-01-17", "2024-01-20 09:30:00"]


def test_jsonl_bad_lines_are_error_rows(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"text": NEWS[0], "outlet": "A", "page": 3})
        + "\n"
        + "{not json\n"
        + json.dumps([1, 2])
        + "\n"
        + json.dumps({"text": NEWS[1], "outlet": "B"})
        + "\n",
        encoding="utf-8",
    )
    annotate_stream(src, tmp_path / "o", jobs=1)
    arts = pd.read_csv(tmp_path / "o" / "articles.csv", dtype=str, keep_default_na=False)
    errs = pd.read_csv(tmp_path / "o" / "errors.csv", dtype=str, keep_default_na=False)
    assert list(arts["file"]) == ["in.jsonl:line1", "in.jsonl:line4"]
    assert list(arts["page"]) == ["3", ""]  # a key missing on a line is kept as empty
    assert errs["message"][0].startswith(f"{src}, line 2: invalid JSON")
    assert errs["message"][1] == f"{src}, line 3: not a JSON object (list)"


def test_folder_missing_file_and_unlisted_text(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(NEWS[0], encoding="utf-8")
    (folder / "b.txt").write_bytes(b"caf\xe9 said it was likely.")
    (folder / "stray.txt").write_text(NEWS[2], encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,outlet\na.txt,A\nb.txt,B\nmissing.txt,B\n", encoding="utf-8"
    )
    chunks = list(iter_corpus(folder, chunk_size=2))
    assert [len(c.articles) for c in chunks] == [1, 0]
    errors = [e["message"] for c in chunks for e in c.errors]
    assert errors[0] == f"{folder / 'stray.txt'}: text file has no row in metadata.csv"
    assert "b.txt: bytes are not valid utf-8 at byte offset 3" in errors[1]
    meta = folder / "metadata.csv"
    assert errors[2] == f"{meta}, line 4: file 'missing.txt' not found in {folder}"


def test_strict_aborts_and_writes_nothing(tmp_path):
    src = _table(tmp_path, [{"text": NEWS[0], "outlet": "A"}, {"text": "", "outlet": "A"}])
    with pytest.raises(CorpusError, match=r"in.csv, line 3: empty or whitespace-only text"):
        annotate_stream(src, tmp_path / "o", jobs=1, strict=True)
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == []


def test_interrupted_run_leaves_no_complete_looking_table(tmp_path, monkeypatch):
    real = stream.annotate_chunk
    calls = []

    def failing(chunk, config):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # e.g. Ctrl-C in the middle of the run
        return real(chunk, config)

    monkeypatch.setattr(stream, "annotate_chunk", failing)
    out = tmp_path / "o"
    with pytest.raises(KeyboardInterrupt):
        annotate_stream(SEED, out, jobs=1, chunk_size=1)
    assert len(calls) == 3
    assert list(out.iterdir()) == []  # neither final names nor .partial files


def test_article_failing_in_a_layer_is_an_error_row(tmp_path, monkeypatch):
    annotate_mod = sys.modules["framing.annotate"]  # (framing.annotate is also a function)

    real = annotate_mod.find_attributions

    def flaky(doc, actors=None):
        if "regime" in doc.text:
            raise IndexError("boom")
        return real(doc, actors=actors)

    monkeypatch.setattr(annotate_mod, "find_attributions", flaky)
    src = _table(tmp_path, [{"text": t, "outlet": "A"} for t in NEWS])
    r = annotate_stream(src, tmp_path / "o", jobs=1, chunk_size=3)
    errs = pd.read_csv(tmp_path / "o" / "errors.csv", dtype=str, keep_default_na=False)
    assert r["n_articles"] == 4 and list(errs["doc_id"]) == ["000004"]
    assert "in.csv:line6 (doc_id '000004'): annotation failed: boom" in errs["message"][0]


def test_cli_streams_with_jobs_and_reports_rejected_rows(tmp_path, capsys):
    src = _table(
        tmp_path,
        [
            {"text": NEWS[0], "outlet": "A"},
            {"text": " ", "outlet": "B"},
            {"text": NEWS[1], "outlet": "B"},
        ],
    )
    assert (
        main(
            ["annotate", str(src), "--out", str(tmp_path / "o"), "--jobs", "2", "--chunk-size", "1"]
        )
        == 0
    )
    cap = capsys.readouterr()
    assert "1 input row(s) rejected" in cap.err and "errors.csv" in cap.err
    assert "annotating" not in cap.err  # no progress bar when stderr is not a terminal
    assert len(pd.read_csv(tmp_path / "o" / "articles.csv")) == 2
    assert main(["annotate", str(src), "--out", str(tmp_path / "s"), "--strict"]) == 2
    assert "line 3: empty or whitespace-only text" in capsys.readouterr().err
    assert not (tmp_path / "s" / "articles.csv").exists()


def test_cli_progress_bar_shows_words_per_second(tmp_path, capsys):
    assert main(["annotate", SEED, "--out", str(tmp_path / "o"), "--progress", "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "annotating" in err and "words/s" in err and "5/5" in err


def test_parquet_row_groups_do_not_depend_on_chunking(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "ROW_GROUP_SIZE", 7)  # several full groups plus a remainder
    outs = []
    for chunk in (1, 2, 5):
        out = tmp_path / f"c{chunk}"
        annotate_stream(SEED, out, format="parquet", jobs=1, chunk_size=chunk)
        outs.append(_files(out, "parquet"))
    assert outs[0] == outs[1] == outs[2]
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(tmp_path / "c1" / "cues.parquet").metadata
    sizes = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
    assert sizes[:-1] == [7] * (len(sizes) - 1) and 0 < sizes[-1] <= 7 and len(sizes) > 2


def test_cli_layers_cues_writes_only_the_lexical_tables(tmp_path, caplog):
    full, lex = tmp_path / "full", tmp_path / "lex"
    assert main(["annotate", SEED, "--out", str(full), "--jobs", "1"]) == 0
    assert main(["annotate", SEED, "--out", str(lex), "--jobs", "2", "--chunk-size", "2",
                 "--layers", "cues"]) == 0  # fmt: skip
    assert sorted(p.name for p in lex.iterdir()) == [
        "articles.csv",
        "cues.csv",
        "errors.csv",
        "sentences.csv",
    ]
    for name in ("sentences", "cues"):
        assert (lex / f"{name}.csv").read_bytes() == (full / f"{name}.csv").read_bytes()
    a = pd.read_csv(lex / "articles.csv", dtype=str, keep_default_na=False)
    b = pd.read_csv(full / "articles.csv", dtype=str, keep_default_na=False)
    assert "attributions_n" not in a and "claim_sentences_n" not in a
    pd.testing.assert_frame_equal(a, b[list(a.columns)])
    # a run with fewer layers into a folder holding an earlier full run says what is stale
    caplog.clear()
    assert main(["annotate", SEED, "--out", str(full), "--jobs", "1", "--layers", "cues"]) == 0
    assert "attributions.csv is left from an earlier run" in caplog.text
    assert main(["annotate", SEED, "--out", str(lex), "--layers", "quotes"]) == 2


def test_cli_warns_about_html_entities(tmp_path, caplog):
    path = tmp_path / "web.csv"
    pd.DataFrame(
        {
            "outlet": ["A", "B", "C"],
            "text": [
                "The minister said &ldquo;we will not back down&rdquo; on Friday.",
                "<p>Officials said the plant was safe.</p>",
                "Fish & chips; AT&T said it had no comment.",
            ],
        }
    ).to_csv(path, index=False)
    caplog.clear()
    assert main(["annotate", str(path), "--out", str(tmp_path / "o"), "--jobs", "1"]) == 0
    assert "2 article(s) contain HTML entities or tags (doc 000000: '&ldquo;')" in caplog.text
    assert "html.unescape" in caplog.text
    caplog.clear()
    assert main(["annotate", SEED, "--out", str(tmp_path / "s"), "--jobs", "1"]) == 0
    assert "HTML" not in caplog.text
