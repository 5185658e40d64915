"""The evidence view marks every cue, attribution and claim, with hover text."""

import html
import re

import pytest

import framing

SEED = "corpus/russia-dprk-2024"


@pytest.fixture(scope="module")
def ann():
    return framing.annotate(SEED)


def test_every_cue_is_marked_with_its_words(ann):
    view = ann.highlight("000")
    body = view._repr_html_()
    cues = ann.cues[ann.cues.doc_id == "000"]
    for r in cues.itertuples():
        tip = f"{r.layer}: {r.category} ({r.voice} voice"
        assert html.escape(tip) in body, tip
    shown = body.split('<div class="fr-text">', 1)[1]
    shown = re.sub(r'<span class="fr-badge"[^>]*>[^<]*</span>', "", shown)  # claim badges
    shown = html.unescape(re.sub(r"<[^>]+>", "", shown))
    # without the badges, the view shows the article text exactly
    assert shown == ann.corpus.loc[0, "text"]


def test_attribution_parts_and_claim_badges(ann):
    body = ann.highlight("000")._repr_html_()
    assert 'class="fr-acue' in body and "fr-asrc" in body and "fr-acon" in body
    n_claims = int((ann.claims.doc_id == "000").sum())
    assert body.count('class="fr-badge" title=') == n_claims


def test_save_is_standalone(ann, tmp_path):
    path = ann.highlight("002").save(tmp_path / "x.html")
    page = path.read_text(encoding="utf-8")
    assert "<script" not in page and "src=" not in page and "href=" not in page
    assert "zone: boilerplate (not counted as body)" in page


def test_unknown_doc(ann):
    with pytest.raises(KeyError, match="no article with doc_id 'zzz'"):
        ann.highlight("zzz")


def test_deterministic(ann):
    assert ann.highlight("001")._repr_html_() == ann.highlight("001")._repr_html_()


def test_cues_only_annotation_shows_only_cues(ann):
    lex = framing.annotate("corpus/russia-dprk-2024", layers="cues")
    page = lex.highlight("001").body
    assert (
        'class="fr-hedge"' in page and "attribution cue" not in page and "claim status" not in page
    )
    assert ann.highlight("001").body.count("attribution cue (") == 1  # the full run's legend
    with pytest.raises(ValueError, match="did not run the attributions"):
        lex.highlight("001", layers=("cues", "attributions"))
