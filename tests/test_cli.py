"""The command line: outputs, and bad input with a clear message and non-zero exit."""

from pathlib import Path

import pandas as pd

from framing.cli import main

SEED = "corpus/russia-dprk-2024"


def test_annotate_writes_tables(tmp_path, capsys):
    assert main(["annotate", SEED, "--out", str(tmp_path)]) == 0
    arts = pd.read_csv(tmp_path / "articles.csv", dtype={"doc_id": str})
    assert len(arts) == 5 and {"hedge_per_1k", "n_words_body", "outlet"} <= set(arts.columns)
    cues = pd.read_csv(tmp_path / "cues.csv", dtype={"doc_id": str})
    texts = {d: Path(SEED, f).read_text(encoding="utf-8") for d, f in zip(arts.doc_id, arts.file)}
    assert all(texts[r.doc_id][r.char_start : r.char_end] == r.text for r in cues.itertuples())
    assert (tmp_path / "attributions.csv").is_file() and (tmp_path / "claims.csv").is_file()


def test_annotate_table_input(tmp_path):
    src = tmp_path / "in.csv"
    pd.DataFrame(
        {
            "body": [
                "Peskov claimed the reports were groundless.",
                "Officials said the deal was likely.",
            ],
            "source": ["A", "B"],
        }
    ).to_csv(src, index=False)
    assert (
        main(
            [
                "annotate",
                str(src),
                "--text",
                "body",
                "--outlet",
                "source",
                "--out",
                str(tmp_path / "o"),
                "--format",
                "parquet",
            ]
        )
        == 0
    )
    cues = pd.read_parquet(tmp_path / "o" / "cues.parquet")
    assert {"groundless", "likely"} <= set(cues["text"].str.lower())


def test_profile_prints_outlets(capsys):
    assert main(["profile", SEED]) == 0
    out = capsys.readouterr().out
    assert "Radio Free Asia" in out and "hedge_all_per_1k" in out


def test_highlight_writes_standalone_html(tmp_path):
    out = tmp_path / "000.html"
    assert main(["highlight", SEED, "000", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page


def test_missing_corpus_exits_2(tmp_path, capsys):
    assert main(["annotate", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "nope: no such file or folder" in err
    assert not (tmp_path / "o").exists()


def test_bad_table_column_exits_2(tmp_path, capsys):
    src = tmp_path / "in.csv"
    pd.DataFrame({"body": ["x"], "source": ["A"]}).to_csv(src, index=False)
    assert main(["profile", str(src)]) == 2
    assert "in.csv: missing column(s) 'text', 'outlet'" in capsys.readouterr().err


def test_missing_lexicon_file_exits_2(tmp_path, capsys):
    assert main(["profile", SEED, "--lexicon", str(tmp_path / "none.tsv")]) == 2
    assert "none.tsv: lexicon file not found" in capsys.readouterr().err


def test_unknown_doc_id_exits_2(tmp_path, capsys):
    assert main(["highlight", SEED, "999", "--out", str(tmp_path / "x.html")]) == 2
    assert "no article with doc_id '999'" in capsys.readouterr().err
