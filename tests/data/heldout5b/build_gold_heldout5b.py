"""Turn the hand-chosen loaded-term spans of the fifth held-out set (round 5b) into JSON-lines gold.

Only the loaded-term layer (GUIDELINES Layer 4) is coded in this set. Every decision below was
made by reading the texts; this script only converts each marked span (``[[...]]`` inside a
context string that occurs once in the article) into character offsets, finds the orthographic
sentence around it, and checks ``text[start:end] == span``. Run from the repository root::

    python tests/data/heldout5b/build_gold_heldout5b.py

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

ABBREV = gb.ABBREV | {"rep", "sen", "prof", "la"}


# ---------------------------------------------------------------- hand-coded gold
# (doc, context with [[span]], category, voice, target)
# voice: 'quoted' inside quotation marks or as the evaluation a source is reported as making
# (GUIDELINES Layer 4); referring expressions inside indirect speech stay 'author'.
LOADED = [
    # w01 UK tabloid, celebrity tax trial
    ("w01", "Harlow ‘[[hid]] £4m’", OTHER, Q, "Harlow"),
    ("w01", "TV [[golden boy]] Dex", POS, A, "Harlow"),
    ("w01", "Harlow [[stashed]] millions", OTHER, A, "Harlow"),
    ("w01", "in a [[murky web]] of", PEJ, A, "Harlow"),
    ("w01", "while [[lecturing]] fans", OTHER, A, "Harlow"),
    ("w01", "The [[smirking]] presenter", PEJ, A, "Harlow"),
    ("w01", "accused of [[dodging]] £4.1million", OTHER, A, "Harlow"),
    ("w01", "branded “[[contrived and artificial]]”", DOUBT, Q, "Harlow"),
    ("w01", "back as “[[loans]]”", EUPH, Q, "Harlow"),
    ("w01", "was “[[a sham]] from", DOUBT, Q, "Harlow"),
    ("w01", "perfectly legal [[tax planning]]”", EUPH, Q, "Harlow"),
    ("w01", "was “[[hung out to dry]]”", OTHER, Q, "former accountants"),
    ("w01", "campaigners were [[fuming]]", INT, A, "Harlow"),
    ("w01", "This is [[one rule for the rich]]", OTHER, Q, "celebrities"),
    ("w01", "celebrities [[hide behind armies of accountants]]", OTHER, Q, "celebrities"),
    ("w01", "a string of [[foul-mouthed rants]]", PEJ, A, "Harlow"),
    ("w01", "he was [[untouchable]]", PEJ, Q, "Harlow"),
    ("w01", "Now [[the chickens are coming home to roost]]", OTHER, Q, "Harlow"),
    # w02 US cable-news site, school shooting and gun bill
    ("w02", "the [[familiar script]] in", OTHER, A, "lawmakers"),
    ("w02", "vigils, \"[[thoughts and prayers]],\"", OTHER, Q, "lawmakers"),
    ("w02", "leadership \"[[cowards]] in", PEJ, Q, "Republicans"),
    ("w02", "cowards [[in the pocket of]] the gun", OTHER, Q, "Republicans"),
    ("w02", "accused them of \"[[choosing the NRA over children]].", OTHER, Q, "Republicans"),
    ("w02", "these people [[grow a spine]]", OTHER, Q, "Republicans"),
    ("w02", "of \"[[dancing on the graves]] of", OTHER, Q, "Democrats"),
    ("w02", "called \"[[gun-grabbing]]\"", PEJ, Q, "Democrats"),
    ("w02", "punish [[law-abiding citizens]] for", POS, Q, "gun owners"),
    ("w02", "acts of a [[madman]]", PEJ, Q, "shooter"),
    ("w02", "groups have [[flooded]] lawmakers'", INT, A, "gun-rights groups"),
    ("w02", "as \"a [[backdoor gun registry]].", PEJ, Q, "gun bill"),
    ("w02", "the claim is [[baseless]]", DOUBT, Q, "gun-rights groups"),
    ("w02", "exhausted by the [[political theater]]", DOUBT, Q, "lawmakers"),
    ("w02", "want their [[talking points]]", DOUBT, Q, "lawmakers"),
    ("w02", "dismissed as a [[stalling tactic]]", DOUBT, Q, "Whitcomb"),
    # w03 markets desk, currency crisis
    ("w03", "“[[speculative vultures]]”", PEJ, Q, "investors"),
    ("w03", "“[[enemies of the homeland]]”", PEJ, Q, "investors"),
    ("w03", "would “not [[surrender]] a single", CON, Q, "investors"),
    ("w03", "peso to [[financial terrorists]]", PEJ, Q, "investors"),
    ("w03", "This is a [[self-inflicted wound]]", OTHER, Q, "government"),
    ("w03", "fund [[election giveaways]]", PEJ, Q, "government"),
    ("w03", "currency is [[in free fall]]", INT, Q, "government"),
    ("w03", "as “[[a temporary adjustment]]”", EUPH, Q, "government"),
    ("w03", "“[[exchange rate realignment]]”", EUPH, Q, "government"),
    ("w03", "bank is [[throwing good money after bad]]", OTHER, Q, "central bank"),
    ("w03", "can see [[the emperor has no clothes]]", OTHER, Q, "government"),
    # w04 Irish broadsheet, church abuse inquiry
    ("w04", "Diocese ‘[[put reputation before children]]’", OTHER, Q, "diocese"),
    ("w04", "systematically [[covered up]] the abuse", OTHER, Q, "diocese"),
    ("w04", "met with [[a wall of silence]]", OTHER, Q, "diocese"),
    ("w04", "for “[[a period of rest and renewal]]”", EUPH, Q, "diocese"),
    ("w04", "as “[[a catalogue of moral failure]]”", PEJ, Q, "diocese"),
    ("w04", "had been “[[evasive]] and", PEJ, Q, "senior clergy"),
    ("w04", "at times, [[frankly incredible]]”", DOUBT, Q, "senior clergy"),
    ("w04", "treated us [[like a PR problem]]", OTHER, Q, "diocese"),
    ("w04", "regrets [[the failings of the past]]”", EUPH, Q, "diocese"),
    ("w04", "had been “[[transformed beyond recognition]]”", INT, Q, "diocese"),
    ("w04", "He said [[mistakes had been made]]", EUPH, Q, "diocese"),
    ("w04", "was “[[a masterclass in evasion]]”", DOUBT, Q, "diocese"),
    # w05 EU policy site, AI rules lobbying
    ("w05", "Big Tech [[lobbying blitz]] threatens", INT, A, "technology companies"),
    ("w05", "threatens to [[gut]] EU", OTHER, A, "technology companies"),
    ("w05", "A last-minute [[lobbying blitz]] by", INT, A, "technology companies"),
    ("w05", "threatening to [[water down]] the", OTHER, A, "technology companies"),
    ("w05", "the EU's [[landmark]] rules", INT, A, "EU"),
    ("w05", "regime with [[no teeth]]", OTHER, Q, "industry groups"),
    ("w05", "protect [[homegrown champions]]", POS, A, "European companies"),
    ("w05", "This is [[regulatory capture]]", PEJ, Q, "Commission"),
    ("w05", "Silicon Valley is [[writing its own rules]]", OTHER, Q, "technology companies"),
    ("w05", "Commission is [[holding the pen]] for", OTHER, Q, "Commission"),
    ("w05", "smart, [[innovation-friendly]] regulation", POS, Q, "industry proposals"),
    ("w05", "warned that [[heavy-handed]] obligations", PEJ, Q, "EU rules"),
    ("w05", "We are [[streamlining]] reporting", EUPH, Q, "Commission"),
    ("w05", "reduce [[red tape]] for", PEJ, Q, "EU rules"),
    ("w05", "groups are [[not buying it]]", OTHER, A, "Commission"),
    ("w05", "\"a [[giveaway]] to a handful", PEJ, Q, "Commission"),
    ("w05", "American [[monopolies]]", PEJ, Q, "technology companies"),
    ("w05", "of \"[[a race to the bottom]] on", OTHER, Q, "Commission"),
    # w06 translated Latin American daily, prison riot
    ("w06", "promises '[[iron hand]]'", CON, Q, "gangs"),
    ("w06", "yesterday an \"[[iron hand]]\"", CON, Q, "gangs"),
    ("w06", "described as \"[[impeccable]]\"", POS, Q, "security forces"),
    ("w06", "These [[animals]] will", PEJ, Q, "inmates"),
    ("w06", "We will [[hunt them down]]", CON, Q, "inmates"),
    ("w06", "operation was [[an execution]]", CON, Q, "security forces"),
    ("w06", "live in \"[[inhuman conditions]]\"", PEJ, Q, "prison authorities"),
    ("w06", "of \"[[penal populism]]\"", PEJ, Q, "government"),
    ("w06", "to \"[[harvest votes with the blood of the poor]]\"", OTHER, Q, "government"),
]

# Spans considered and deliberately not coded (don't-care items for auditing).
EXCLUDED = [
    ("w01", "[[TAXMAN’S TARGET]]:", "Tabloid headline kicker; descriptive."),
    ("w01", "Harlow [[funnelled]] his", "Conventional verb of money flows."),
    ("w01", "the [[latest blow]] for", "Conventional news collocation."),
    ("w01", "the [[BBC favourite]]", "Conventional tabloid epithet."),
    ("w01", "a [[reputable]] firm", "Descriptive inside the defence's account."),
    ("w02", "lawmakers [[trade blame]]", "Conventional headline phrase."),
    ("w02", "a [[gun-safety]] bill", "Standard name of the bill type in US press."),
    ("w02", "a [[red-flag law]]", "Standard legal term."),
    ("w02", "on \"[[school hardening]]\"", "Policy term of art, used by both sides."),
    ("w03", "peso [[plunges]] to", "Conventional markets headline verb."),
    ("w03", "central bank [[burns through]] reserves", "Conventional markets phrase."),
    ("w03", "investors [[fled]] the", "Conventional markets verb."),
    ("w03", "attempts to [[prop up]] the", "Conventional markets phrase."),
    ("w03", "for the [[rout]], and", "Conventional markets noun."),
    ("w03", "deep in [[distressed territory]]", "Technical bond-market term."),
    ("w03", "“[[closely monitoring the situation]]”", "Diplomatic formula."),
    ("w04", "as “[[a problem to be managed]]”", "Report's plain description of an attitude."),
    ("w04", "returned to [[ministry]]", "Church term."),
    ("w04", "protected the [[abusers]]", "Descriptive."),
    ("w04", "a [[redress scheme]]", "Legal term."),
    ("w05", "[[Big Tech]] lobbying", "Conventional name of the sector."),
    ("w05", "had [[quietly]] sided", "Manner adverb (as in round 3b)."),
    ("w05", "\"[[Nobody is gutting anything]],\"", "Denial echoing the critics' term."),
    ("w05", "\"[[drive the next generation of AI out of Europe]].\"", "Plain consequence claim."),
    ("w06", "the [[criminal gangs]] that", "Descriptive."),
    ("w06", "an [[impeccable operation]] was", "Echo of the minister's term inside its rebuttal."),
    ("w06", "the [[tragedy]] to", "Conventional news noun."),
    ("w06", "Persons [[Deprived of Liberty]]", "Legal term in an organisation's name."),
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
