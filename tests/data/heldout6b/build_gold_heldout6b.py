"""Turn the hand-chosen loaded-term spans of the sixth held-out set (round 6b) into JSON-lines gold.

Only the loaded-term layer (GUIDELINES Layer 4) is coded in this set. Every decision below was
made by reading the texts, before any layer of ``framing`` was run on them; this script only
converts each marked span (``[[...]]`` inside a context string that occurs once in the article)
into character offsets, finds the orthographic sentence around it, and checks
``text[start:end] == span``. Run from the repository root::

    python tests/data/heldout6b/build_gold_heldout6b.py

The shared machinery (sentence splitter, span location, row building, writing,
validation) is in ``tests/data/gold_build.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # tests/data holds the shared gold_build module
    sys.path.insert(0, str(HERE.parent))

import gold_build as gb  # noqa: E402
from gold_build import CON, DOUBT, EUPH, INT, OTHER, PEJ, POS, A, Q  # noqa: E402

ABBREV = gb.ABBREV | {"rep", "sen", "prof"}


# ---------------------------------------------------------------- hand-coded gold
# (doc, context with [[span]], category, voice, target)
# voice: 'quoted' inside quotation marks or as the evaluation a source is reported as making
# (GUIDELINES Layer 4); referring expressions inside indirect speech stay 'author'.
LOADED = [
    # x01 US metro daily, eviction wave
    ("x01", "are [[predatory landlords]] who", PEJ, Q, "landlords"),
    ("x01", "see tenants [[as an ATM]]", OTHER, Q, "landlords"),
    ("x01", "courts [[as a collection agency]]", OTHER, Q, "landlords"),
    ("x01", "and [[throwing families onto the street]] over", OTHER, Q, "landlords"),
    ("x01", "as \"[[market-rate adjustments]]\"", EUPH, Q, "Bellcrest"),
    ("x01", "\"[[cherry-picked and misleading]].\"", DOUBT, Q, "union"),
    ("x01", "\"[[an eviction assembly line]].\"", PEJ, Q, "court"),
    ("x01", "keep [[rubber-stamping]] this", OTHER, Q, "court"),
    ("x01", "a \"[[gift]] to", OTHER, Q, "council"),
    ("x01", "to [[deadbeat tenants]]\"", PEJ, Q, "tenants"),
    ("x01", "not \"[[a few bad apples]].\"", EUPH, Q, "landlords"),
    # x02 UK broadsheet sport, sovereign-fund takeover
    ("x02", "takeover amid [[sportswashing]] row", PEJ, A, "Qaradan"),
    ("x02", "club [[lurch from one crisis to the next]] under", OTHER, A, "owners"),
    ("x02", "its [[absentee]] American", PEJ, A, "owners"),
    ("x02", "deal “[[a new dawn]].”", POS, Q, "takeover"),
    ("x02", "“a [[textbook case of sportswashing]]”", PEJ, Q, "Qaradan"),
    ("x02", "of [[rolling out the red carpet]] for", OTHER, Q, "Premier League"),
    ("x02", "a government that [[jails its critics]].", PEJ, A, "Qaradan"),
    ("x02", "League has [[sold its soul]],", OTHER, Q, "Premier League"),
    ("x02", "assurances “a [[fig leaf]].”", DOUBT, Q, "Premier League"),
    ("x02", "as “[[Western hypocrisy]]”", PEJ, Q, "West"),
    ("x02", "into “a [[global powerhouse]].”", POS, Q, "Rovers"),
    ("x02", "latest [[trophy asset]] in", PEJ, A, "Qaradan"),
    ("x02", "in a [[petrostate]]’s", PEJ, A, "Qaradan"),
    ("x02", "that [[almost anything is for sale]].", OTHER, A, "Premier League"),
    # x03 Australian public broadcaster, vaccine-mandate protest
    ("x03", "no job is [[tyranny]]\"", PEJ, Q, "government"),
    ("x03", "chanted \"[[lock her up]]\"", CON, Q, "Premier"),
    ("x03", "of \"[[ordinary Australians]]\"", POS, Q, "protesters"),
    ("x03", "up for [[medical freedom]].", POS, Q, "protesters"),
    ("x03", "of \"[[coercion]]\"", PEJ, Q, "government"),
    ("x03", "into \"[[second-class citizens]].\"", OTHER, Q, "government"),
    ("x03", "a \"[[reasonable and proportionate]]\" measure", POS, Q, "government"),
    ("x03", "spreading \"[[dangerous misinformation]].\"", DOUBT, Q, "protesters"),
    ("x03", "a \"[[hardcore element]]\"", PEJ, Q, "protesters"),
    ("x03", "come \"[[looking for a fight]].\"", OTHER, Q, "protesters"),
    ("x03", "were \"[[completely baseless]]\"", DOUBT, Q, "protesters"),
    # x04 US partisan right, border contract
    ("x04", "[[BOONDOGGLE]]:", PEJ, A, "DHS"),
    ("x04", "Biden-Era [[Bureaucrats]] Handed", PEJ, A, "DHS"),
    ("x04", "contract to \"[[assess]]\"", DOUBT, Q, "DHS"),
    ("x04", "a [[taxpayer-funded slush fund]] for", PEJ, Q, "DHS"),
    ("x04", "for [[Washington insiders]].", PEJ, Q, "Meridian"),
    ("x04", "\"This is a [[scandal]], plain", PEJ, Q, "DHS"),
    ("x04", "are [[running roughshod over]] our", OTHER, Q, "cartels"),
    ("x04", "the [[bureaucrats]] are paying", PEJ, Q, "DHS"),
    ("x04", "their [[cronies]] to", PEJ, Q, "Meridian"),
    ("x04", "write [[reports nobody reads]].", OTHER, Q, "Meridian"),
    ("x04", "a \"[[modern, layered approach]]\"", POS, Q, "DHS"),
    ("x04", "was \"[[a 14th-century solution to a 21st-century problem]].\"", PEJ, Q, "wall"),
    ("x04", "was \"[[drowning]]\" in", INT, Q, "DHS"),
    ("x04", "The [[open-borders lobby]] has", PEJ, A, "advocacy groups"),
    ("x04", "wall \"a [[monument to cruelty]].\"", PEJ, Q, "wall"),
    # x05 press-freedom wire, journalists detained
    ("x05", "a [[sweeping crackdown]] on", CON, Q, "government"),
    ("x05", "was \"a [[mouthpiece of foreign-funded circles]]\"", PEJ, Q, "Kalem"),
    ("x05", "to \"[[sow chaos]].\"", OTHER, Q, "Kalem"),
    ("x05", "accusations \"[[absurd]].\"", DOUBT, Q, "Interior Ministry"),
    ("x05", "This is [[journalism being put on trial]].", OTHER, Q, "government"),
    ("x05", "the world's [[worst jailers of journalists]].", PEJ, Q, "government"),
    ("x05", "They want to [[frighten us into silence]],", OTHER, Q, "government"),
    # x06 translated from French, pension strike
    ("x06", "the country [[paralysed]] by", INT, A, "unions"),
    ("x06", "was “[[indispensable]]”", POS, Q, "government"),
    ("x06", "“[[give in to the street]].”", OTHER, Q, "unions"),
    ("x06", "is “[[brutal]]”", PEJ, Q, "government"),
    ("x06", "“[[unjust]]”", PEJ, Q, "government"),
    ("x06", "pay for the [[gifts made to the richest]],", PEJ, Q, "government"),
    ("x06", "to “[[bring the country to a halt]]”", CON, Q, "government"),
    ("x06", "a “[[denial of democracy]]”", PEJ, Q, "government"),
    ("x06", "of “[[obstruction]]”", PEJ, Q, "left"),
]

# (doc, context with [[span]], reason): considered and deliberately not coded.
EXCLUDED = [
    ("x01", "Eviction filings [[surge]] as", "Conventional headline verb."),
    ("x01", "a [[wave]] of corporate", "Conventional news metaphor for a rise."),
    ("x01", "\"[[as a last resort]]\"", "Conventional formula, not a label."),
    ("x01", "push small owners [[out of the market]]", "Plain consequence claim."),
    ("x01", "had [[nowhere to go]]", "Descriptive."),
    ("x02", "a [[saga]] that", "Conventional football-press noun."),
    ("x02", "with [[jubilation]]", "Descriptive of the fans' reaction."),
    ("x02", "see [[something darker]]", "Framing of the groups' view, no label."),
    ("x02", "applied [[rigorously]]", "Manner adverb in the league's claim."),
    ("x02", "[[soft-power]] portfolio", "Analytical term."),
    ("x03", "\"[[My body, my choice]]\"", "Protest slogan quoted as a sign."),
    ("x03", "\"[[vast majority]]\"", "Quantifier (booster layer)."),
    ("x03", "[[well behaved]]", "Descriptive."),
    ("x03", "\"[[no credible evidence]]\"", "Plain evidential statement."),
    ("x04", "[[quietly]] awarded", "Manner adverb (as in rounds 3b and 5b)."),
    ("x04", "sit [[rusting]] in", "Literal description."),
    ("x04", "\"[[fully competitive process]].\"", "Procedural description."),
    ("x04", "steel keeps [[rusting]].", "Literal description."),
    ("x05", "\"[[false news]]\"", "Name of the criminal charge."),
    ("x05", "\"[[spreading false information]]\"", "Name of the criminal charge."),
    ("x05", "\"[[deeply concerned]].\"", "Diplomatic formula."),
    ("x05", "now [[behind bars]]", "Conventional idiom for imprisonment."),
    ("x06", "at a [[standstill]]", "Descriptive."),
    ("x06", "hundred [[hooded individuals]]", "Descriptive."),
    ("x06", "“[[a sense of responsibility]].", "Appeal without a label."),
    ("x06", "economy, [[already weakened]]", "Descriptive."),
]


def build(out_dir: Path = HERE / "gold") -> dict:
    docs = gb.read_texts(HERE)
    sents = gb.sentence_index(docs, ABBREV)
    files = {
        "loaded": gb.loaded_rows(docs, sents, LOADED, unique_spans=True),
        "excluded_candidates": gb.excluded_span_rows(docs, sents, EXCLUDED, layer="loaded"),
    }
    return gb.write_gold(files, docs, out_dir)


if __name__ == "__main__":
    sys.stdout.write(json.dumps(build()) + "\n")
