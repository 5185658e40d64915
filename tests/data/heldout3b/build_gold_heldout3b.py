"""Turn the hand-chosen loaded-term spans of the third held-out set into JSON-lines gold.

Only the loaded-term layer (GUIDELINES Layer 4) is coded in this set. Every decision below was
made by reading the texts; this script only converts each marked span (``[[...]]`` inside a
context string that occurs once in the article) into character offsets, finds the orthographic
sentence around it, and checks ``text[start:end] == span``. Run from the repository root::

    python tests/data/heldout3b/build_gold_heldout3b.py

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
    # u01 partisan-right site, immigration raid
    ("u01", "ICE nets 140 [[illegal aliens]] at", PEJ, A, "migrants"),
    ("u01", "[[open-borders activists]] cry", PEJ, A, "activists"),
    ("u01", "activists [[cry foul]]", OTHER, A, "activists"),
    ("u01", "arresting 140 [[illegal aliens]] in", PEJ, A, "migrants"),
    ("u01", "a \"[[criminal network]]\"", PEJ, Q, "labour suppliers"),
    ("u01", "several convicted [[criminals]]", PEJ, Q, "detainees"),
    ("u01", "This is a [[racket]]", PEJ, Q, "employers"),
    ("u01", "racket that [[exploits]] American", OTHER, Q, "employers"),
    ("u01", "[[Open-borders activists]] wasted", PEJ, A, "activists"),
    ("u01", "activists [[wasted no time]] attacking", OTHER, A, "activists"),
    ("u01", "a coalition of [[left-wing]] groups", PEJ, A, "activists"),
    ("u01", "the agents \"[[Gestapo]]\"", PEJ, Q, "ICE"),
    ("u01", "administration of [[terrorizing]] families", PEJ, Q, "administration"),
    ("u01", "\"This was a [[cruel]],", PEJ, Q, "ICE"),
    ("u01", "cruel, [[militarized assault]] on", CON, Q, "ICE"),
    ("u01", "\"unaware of any [[irregularities]]\"", EUPH, Q, "Prairie Gold"),
    ("u01", "has seen a [[surge]] of illegal", INT, A, "migrants"),
    ("u01", "are [[stretched to breaking point]]", INT, Q, "migrants"),
    ("u01", "administration's [[catch-and-release]] policies", PEJ, A, "previous administration"),
    ("u01", "border into a [[free-for-all]]", OTHER, Q, "previous administration"),
    ("u01", "raid as \"[[political theater]]\"", DOUBT, Q, "administration"),
    ("u01", "operation was [[long overdue]]", OTHER, Q, "previous policy"),
    # u02 state media, protest crackdown
    ("u02", "[[Order restored]] in capital", EUPH, A, "security forces"),
    ("u02", "thwart [[foreign-backed riot]]", PEJ, A, "protesters"),
    ("u02", "Law enforcement agencies [[restored calm]]", EUPH, A, "security forces"),
    ("u02", "a group of [[rioters]], incited", PEJ, A, "protesters"),
    ("u02", "rioters, [[incited]] by", PEJ, A, "foreign organisations"),
    ("u02", "by [[foreign-funded]] organisations", PEJ, A, "opposition groups"),
    ("u02", "officers showed [[maximum restraint]]", POS, Q, "police"),
    ("u02", "used only [[special means]]", EUPH, Q, "police"),
    ("u02", "disperse the [[unlawful gathering]]", PEJ, A, "protesters"),
    ("u02", "Forty-two [[hooligans]] were", PEJ, A, "protesters"),
    ("u02", "\"The [[provocateurs]] did", PEJ, Q, "protesters"),
    ("u02", "They were [[paid agents]]", PEJ, Q, "protesters"),
    ("u02", "carrying out a [[scenario written abroad]]", OTHER, Q, "foreign states"),
    ("u02", "face the [[full force of the law]]", CON, Q, "organisers"),
    ("u02", "The [[so-called]] opposition", DOUBT, A, "opposition"),
    ("u02", "sought to [[destabilise]] the country", CON, A, "opposition"),
    ("u02", "of its [[Western sponsors]]", PEJ, A, "West"),
    ("u02", "a \"[[bloody crackdown]]\"", CON, Q, "police"),
    ("u02", "allegations as [[slanderous fabrications]]", DOUBT, Q, "opposition"),
    ("u02", "stability, not [[chaos]]", CON, Q, "protesters"),
    ("u02", "for their [[courage and professionalism]]", POS, Q, "security forces"),
    ("u02", "\"a [[handful of extremists]]\"", PEJ, Q, "protesters"),
    ("u02", "fall for the [[lies]] of", DOUBT, Q, "rights defenders"),
    ("u02", "lies of [[so-called]] human rights", DOUBT, Q, "rights defenders"),
    ("u02", "a \"[[disproportionate use of force]]\"", PEJ, Q, "police"),
    ("u02", "statement as [[gross interference]] in", PEJ, Q, "EU"),
    # u03 tech/business press, layoffs
    ("u03", "in ‘[[streamlining]]’", EUPH, Q, "Nimbus"),
    ("u03", "as a “[[difficult but necessary]] step”", POS, Q, "Nimbus"),
    ("u03", "to “[[right-size]] the organisation”", EUPH, Q, "Nimbus"),
    ("u03", "be “[[transitioned out]]”", EUPH, Q, "Nimbus"),
    ("u03", "“a [[disciplined reset]]”", POS, Q, "Nimbus"),
    ("u03", "two years of [[bloated]] hiring", PEJ, A, "Nimbus"),
    ("u03", "Employees were [[less charitable]]", OTHER, A, "Nimbus"),
    ("u03", "“It was [[brutal]].", INT, Q, "Nimbus"),
    ("u03", "titled ‘[[Organizational Update]]’", EUPH, Q, "Nimbus"),
    ("u03", "of “[[gutting]]” its", OTHER, Q, "Nimbus"),
    ("u03", "it’s [[corporate greed]] dressed", PEJ, Q, "Nimbus"),
    ("u03", "greed [[dressed up as]] strategy", DOUBT, Q, "Nimbus"),
    ("u03", "would “[[reallocate resources]]”", EUPH, Q, "Nimbus"),
    ("u03", "would be “[[sunset]]”", EUPH, Q, "Nimbus"),
    # u04 partisan-left site, populist rally
    ("u04", "Harlan Voss [[doubles down]] on", OTHER, A, "Voss"),
    ("u04", "on '[[invasion]]' rhetoric", CON, Q, "migrants"),
    ("u04", "Harlan Voss [[whipped up]] a crowd", OTHER, A, "Voss"),
    ("u04", "with a [[fiery]], grievance", INT, A, "Voss"),
    ("u04", "fiery, [[grievance-laden]] speech", PEJ, A, "Voss"),
    ("u04", "as an \"[[invasion]]\" and vowed", CON, Q, "migrants"),
    ("u04", "from the [[globalist elites]]", PEJ, Q, "elites"),
    ("u04", "a history of [[incendiary]] remarks", PEJ, A, "Voss"),
    ("u04", "being \"[[overrun]]\"", CON, Q, "migrants"),
    ("u04", "had \"[[surrendered the border without a fight]]", CON, Q, "federal government"),
    ("u04", "\"[[Open Border Elena]]\"", PEJ, Q, "Park"),
    ("u04", "a \"[[puppet]] of Silicon", PEJ, Q, "Park"),
    ("u04", "remarks as dangerous [[dog whistles]]", PEJ, Q, "Voss"),
    ("u04", "borrowing the [[language of mass shooters]]", OTHER, Q, "Voss"),
    ("u04", "Words like these [[get people killed]]", OTHER, Q, "Voss"),
    ("u04", "\"[[faux outrage]] from", DOUBT, Q, "critics"),
    ("u04", "from the [[woke media]]", PEJ, Q, "media"),
    ("u04", "\"speaks for [[forgotten working families]]\"", POS, Q, "Voss supporters"),
    ("u04", "not be \"[[bullied into silence]]", PEJ, Q, "critics"),
    ("u04", "by the [[usual suspects]]", OTHER, Q, "critics"),
    ("u04", "has embraced [[debunked]] claims", DOUBT, A, "Voss"),
    ("u04", "not [[scapegoats]]", PEJ, Q, "Voss"),
    # u05 tabloid, royal scandal
    ("u05", "PRINCE’S [[SHAME]]", PEJ, A, "Prince Edmund"),
    ("u05", "Duke ‘[[pocketed]] £2m’", OTHER, Q, "Prince Edmund"),
    ("u05", "from [[shady]] Gulf tycoon", PEJ, A, "Al-Rashed"),
    ("u05", "[[bombshell]] leak reveals", INT, A, "leak"),
    ("u05", "[[DISGRACED]] Prince", PEJ, A, "Prince Edmund"),
    ("u05", "facing fresh [[humiliation]]", OTHER, A, "Prince Edmund"),
    ("u05", "after [[explosive]] leaked emails", INT, A, "leak"),
    ("u05", "show he [[pocketed]] £2million", OTHER, A, "Prince Edmund"),
    ("u05", "from a [[shadowy]] Gulf tycoon", PEJ, A, "Al-Rashed"),
    ("u05", "exchange for ‘[[access]]’", EUPH, Q, "Prince Edmund"),
    ("u05", "The [[bombshell]] messages", INT, A, "leak"),
    ("u05", "Carrick [[cosied up to]] billionaire", OTHER, A, "Prince Edmund"),
    ("u05", "In one [[grovelling]] email", PEJ, A, "Prince Edmund"),
    ("u05", "as ‘[[utter despair]]’", INT, Q, "royal family"),
    ("u05", "The King is [[incandescent]]", INT, Q, "Prince Edmund"),
    ("u05", "revelations ‘[[jaw-dropping]]’", INT, Q, "Prince Edmund"),
    ("u05", "monarchy [[like a cash machine]]", OTHER, Q, "Prince Edmund"),
    ("u05", "‘[[legitimate]] consultancy fees’", POS, Q, "Prince Edmund"),
    ("u05", "been ‘[[cherry-picked]] and", DOUBT, Q, "Mail"),
    ("u05", "and [[taken wildly out of context]]", DOUBT, Q, "Mail"),
    ("u05", "string of [[embarrassing scandals]]", PEJ, A, "Prince Edmund"),
    ("u05", "the [[playboy]] prince", PEJ, A, "Prince Edmund"),
    ("u05", "after [[lurid]] claims", INT, A, "Prince Edmund"),
    ("u05", "a convicted [[fraudster]]", PEJ, A, "friend"),
    ("u05", "Republic [[seized on]] the leak", OTHER, A, "Republic"),
    ("u05", "taxpayer-funded [[gravy train]]", PEJ, Q, "royal family"),
    ("u05", "it called ‘[[a private matter]]’", EUPH, Q, "Buckingham Palace"),
    # u06 wire, oil spill
    ("u06", "calls impact '[[limited]]'", EUPH, Q, "Gulfline"),
    ("u06", "as a \"[[release]]\"", EUPH, Q, "Gulfline"),
    ("u06", "situation is [[contained]] and", EUPH, Q, "Gulfline"),
    ("u06", "environment is [[limited]],\"", EUPH, Q, "Gulfline"),
    ("u06", "\"an [[ecological catastrophe]]\"", INT, Q, "Gulfline"),
    ("u06", "company of a [[cover-up]]", DOUBT, Q, "Gulfline"),
    ("u06", "saying it's [[under control]]", EUPH, Q, "Gulfline"),
    ("u06", "against \"[[hysteria]]\"", DOUBT, Q, "environmental groups"),
    # u07 broadcaster, settler land dispute
    ("u07", "army ‘[[looks on]]’", OTHER, Q, "Israeli army"),
    ("u07", "in the [[occupied]] West Bank", CON, A, "Israel"),
    ("u07", "the nearby [[illegal outpost]]", PEJ, A, "settlers"),
    ("u07", "said soldiers [[stood by]] as", OTHER, Q, "Israeli army"),
    ("u07", "a “[[terrorist pogrom]]”", PEJ, Q, "settlers"),
    ("u07", "of the [[occupation army]]", CON, Q, "Israeli army"),
    ("u07", "arrived “[[to separate the sides]]”", EUPH, Q, "Israeli army"),
    ("u07", "used “[[riot dispersal means]]”", EUPH, Q, "Israeli army"),
    ("u07", "as “[[one-sided propaganda]]”", DOUBT, Q, "Palestinian Authority"),
    ("u07", "been “[[ambushed]] by", CON, Q, "Palestinians"),
    ("u07", "by Arab [[rioters]]", PEJ, Q, "Palestinians"),
    ("u07", "the heart of [[Judea and Samaria]]", POS, Q, "settlements"),
    ("u07", "of “[[creeping annexation]]”", CON, Q, "Israel"),
    # u08 UK right-leaning daily, campus free-speech row
    ("u08", "[[Woke mob]] hounds", PEJ, A, "student activists"),
    ("u08", "mob [[hounds]] gender", OTHER, A, "student activists"),
    ("u08", "as university [[caves]]", OTHER, A, "University of Wexford"),
    ("u08", "accused of [[capitulating]] to", OTHER, Q, "University of Wexford"),
    ("u08", "to a [[woke mob]] after", PEJ, Q, "student activists"),
    ("u08", "following a [[campaign of intimidation]]", PEJ, A, "student activists"),
    ("u08", "no platform for [[bigots]]", PEJ, Q, "Marsh"),
    ("u08", "has faced a [[relentless]] hate", INT, A, "student activists"),
    ("u08", "relentless [[hate campaign]]", PEJ, A, "student activists"),
    ("u08", "had “[[thrown academic freedom under the bus]]”", OTHER, Q, "University of Wexford"),
    ("u08", "to [[appease]] a tiny", OTHER, Q, "University of Wexford"),
    ("u08", "appease a [[tiny but noisy minority]]", PEJ, Q, "student activists"),
    ("u08", "called a [[Nazi]]", PEJ, Q, "Marsh"),
    ("u08", "a [[transphobe]] and", PEJ, Q, "Marsh"),
    ("u08", "it is a [[witch-hunt]]", DOUBT, Q, "student activists"),
    ("u08", "as “[[harmful and dehumanising]]”", PEJ, Q, "Marsh"),
    ("u08", "“purely on [[health and safety grounds]]”", EUPH, Q, "University of Wexford"),
    ("u08", "branded the [[climbdown]] a", OTHER, A, "University of Wexford"),
    ("u08", "climbdown a [[disgrace]]", PEJ, Q, "University of Wexford"),
    ("u08", "showed that [[snowflake culture]]", PEJ, Q, "students"),
    ("u08", "“intellectual [[no-go zones]]”", OTHER, Q, "universities"),
    ("u08", "rows over [[so-called]] cancel", DOUBT, A, "critics of campus culture"),
]

# Spans considered and deliberately not coded (don't-care items for auditing).
EXCLUDED = [
    ("u01", "ICE [[nets]] 140", "Conventional headline verb."),
    ("u01", "Federal agents [[swept through]]", "Conventional verb of police operations."),
    ("u01", "could face [[steep]] fines", "Conventional collocation."),
    ("u01", "receives funding from [[progressive donors]]", "Insinuation by juxtaposition; the words are descriptive."),
    ("u01", "designed to [[scare voters]]", "Plain wording inside Ortega's evaluation; 'political theater' carries it."),
    ("u02", "attempted to [[storm]] the parliament", "Plain verb for forcing entry."),
    ("u02", "300 [[peaceful]] demonstrators", "Descriptive inside the opposition's claim."),
    ("u02", "of a [[sovereign state]]", "Plain diplomatic phrase; 'gross interference' carries the evaluation."),
    ("u03", "AI spending [[soars]]", "Conventional headline verb."),
    ("u03", "in a [[wave]] of tech", "Conventional news metaphor."),
    ("u03", "“[[sharpen our focus]]", "Mild corporate wording."),
    ("u03", "handing executives [[record]] bonuses", "Factual superlative."),
    ("u03", "of the [[eliminated positions]]", "Standard HR term."),
    ("u04", "wearing his [[trademark]]", "Descriptive."),
    ("u04", "[[roared]] as he mocked", "Descriptive crowd noise."),
    ("u04", "election was [[stolen]]", "Content of the debunked claim, not the writer's evaluation."),
    ("u05", "lay bare how the [[cash-strapped]] Duke", "Conventional descriptive compound."),
    ("u05", "any suggestion of [[impropriety]]", "Standard denial formula."),
    ("u05", "who was [[quietly]] stripped", "Manner adverb."),
    ("u06", "Gulfline described the [[incident]]", "Conventional news noun in the writer's voice."),
    ("u06", "would \"[[make things right]]", "Corporate formula, not a euphemism for harm."),
    ("u07", "Settlers [[torch]] olive groves", "Conventional headline verb for arson."),
    ("u07", "wave of [[settler violence]]", "Standard term in wire and UN usage."),
    ("u07", "is [[forcibly displacing]] Palestinian", "Legal-descriptive (forcible transfer)."),
    ("u08", "a [[gender-critical]] academic", "Self-description used by both sides of the debate."),
    ("u08", "“[[fully committed]] to", "Booster, not loaded."),
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
