"""The README's Python examples run as written, and its commands exist."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_blocks_run(tmp_path, monkeypatch):
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert len(blocks) >= 2
    monkeypatch.chdir(ROOT)
    ns: dict = {}
    for block in blocks:
        # write the evidence view into a temporary folder instead of showing it
        exec(
            block.replace(
                'ann.highlight("000")', f'ann.highlight("000").save(r"{tmp_path}/000.html")'
            ),
            ns,
        )
    assert (tmp_path / "000.html").is_file()
    assert list(ns["ann"].articles["doc_id"]) == ["000", "001", "002", "003", "004"]


def test_make_targets_named_in_readme_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make ([a-z-]+)`", README)):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_figures_shown_in_readme_exist():
    for path in re.findall(r"\]\((figures/[^)]+)\)", README):
        assert (ROOT / path).is_file(), path
