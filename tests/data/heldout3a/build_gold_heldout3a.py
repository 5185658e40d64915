"""Turn the hand-chosen gold spans of the third held-out set (round 3a) into JSON-lines gold files.

Coding follows corpus/russia-dprk-2024/gold/GUIDELINES.md. Every decision below was made by
reading the texts; this script only converts each marked span (``[[...]]`` inside a context
string that occurs once in the article) into character offsets, finds the orthographic
sentence around it, and checks ``text[start:end] == span``. Run from the repository root::

    python tests/data/heldout3a/build_gold_heldout3a.py

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
from gold_build import DENY, DIST, ENDO, EVAL, NEUTRAL  # noqa: E402

ABBREV = gb.ABBREV | {"gov", "inc"}


# ---------------------------------------------------------------- hand-coded gold
# A(doc, ctx, lemma, class, source_text, source_canonical, affiliation, direct_quote[, note])
ATTR = [
    ("u01", "dam, [[citing]] flawed", "cite", NEUTRAL, "Appeals court", "9th Circuit", "U.S. courts", False, "Headline participle; controller is the headline subject."),
    ("u01", "Tallis River, [[ruling]] that", "rule", NEUTRAL, "A federal appeals court", "9th Circuit", "U.S. courts", False, "A court's ruling that-clause: neutral, like 'say'."),
    ("u01", "Court of Appeals [[said]] the Federal", "say", NEUTRAL, "the 9th U.S. Circuit Court of Appeals", "9th Circuit", "U.S. courts", True),
    ("u01", "Judge Elena Marquez [[said]] the commission", "say", NEUTRAL, "Judge Elena Marquez", "Elena Marquez", "U.S. courts", True),
    ("u01", "majority, he [[wrote]], had", "write", NEUTRAL, "he", "Thomas Whitfield", "U.S. courts", False, "Parenthetical cue inside the reported clause; 'he' = the dissenting judge."),
    ("u01", "behind the dam, [[said]] it was", "say", NEUTRAL, "Cascade Hydro Partners, the consortium behind the dam", "Cascade Hydro Partners", "Cascade Hydro Partners", False),
    ("u01", "requirement,” [[said]] company", "say", NEUTRAL, "company spokesman Derek Olsen", "Derek Olsen", "Cascade Hydro Partners", True),
    ("u01", "challenge, [[hailed]] the decision", "hail", EVAL, "Lawyers for the Tallis Tribal Council, which brought the challenge", "Tallis Tribal Council", "Tallis Tribal Council", False),
    ("u01", "the government [[told]] us", "tell", NEUTRAL, "the government", "U.S. government", "USA", False, "Nested attribution inside Yellowhorse's quotation."),
    ("u01", "matter,” [[said]] tribal", "say", NEUTRAL, "tribal chairwoman Rosa Yellowhorse", "Rosa Yellowhorse", "Tallis Tribal Council", True),
    ("u01", "Today the court [[said]] it does", "say", NEUTRAL, "the court", "9th Circuit", "U.S. courts", False, "Nested inside the quotation."),
    ("u01", "Legal scholars [[said]] the ruling", "say", NEUTRAL, "Legal scholars", "Legal scholars", "Other", False),
    ("u01", "for years,” [[said]] Mark", "say", NEUTRAL, "Mark Feldstein, a professor of environmental law at the University of Oregon", "Mark Feldstein", "Other", True),
    ("u01", "whether to appeal, [[said]] the administration", "say", NEUTRAL, "A senior Interior Department official, who spoke on condition of anonymity because the department has not decided whether to appeal", "Interior Department", "USA", True, "Unnamed role holder speaks for the organisation named before the role noun."),
    ("u01", "but [[suggested]] that a redesigned", "suggest", NEUTRAL, "A senior Interior Department official, who spoke on condition of anonymity because the department has not decided whether to appeal", "Interior Department", "USA", False),

    ("u02", "third time, [[signals]] more easing", "signal", NEUTRAL, "Riksbank", "Riksbank", "Sweden", False, "Headline communication verb with an NP standing for a proposition."),
    ("u02", "Wednesday and [[said]] further cuts", "say", NEUTRAL, "Sweden’s central bank", "Riksbank", "Sweden", False),
    ("u02", "Lindqvist [[told]] a news conference", "tell", NEUTRAL, "Governor Annika Lindqvist", "Annika Lindqvist", "Riksbank", True),
    ("u02", "[[adding]] that the bank", "add", NEUTRAL, "Governor Annika Lindqvist", "Annika Lindqvist", "Riksbank", False),
    ("u02", "not over,” she [[said]]", "say", NEUTRAL, "she", "Annika Lindqvist", "Riksbank", True),
    ("u02", "Bloomberg had [[forecast]] the cut", "forecast", NEUTRAL, "All 14 economists surveyed by Bloomberg", "All 14 economists surveyed by Bloomberg", "Other", False, "Prediction verb with an NP content: neutral, like 'estimate'."),
    ("u02", "though several [[said]]", "say", NEUTRAL, "several", "All 14 economists surveyed by Bloomberg", "Other", False, "Quantifier pronoun resolves to the economists."),
    ("u02", "in June,” [[said]] Johan", "say", NEUTRAL, "Johan Berg, chief economist at Nordbanken in Stockholm", "Johan Berg", "Nordbanken", True),
    ("u02", "He [[said]] the market", "say", NEUTRAL, "He", "Johan Berg", "Nordbanken", False),
    ("u02", "[[According to]] the minutes", "according to", NEUTRAL, "the minutes of the previous meeting", "the minutes of the previous meeting", "Riksbank", False),
    ("u02", "Ekström [[argued]] that", "argue", DIST, "Deputy Governor Per Ekström", "Per Ekström", "Riksbank", False, "'argue' grouped with maintain/insist (distancing)."),
    ("u02", "and [[warned]] that cutting", "warn", EVAL, "Deputy Governor Per Ekström", "Per Ekström", "Riksbank", False),
    ("u02", "deliberations [[said]] he had", "say", NEUTRAL, "Two people familiar with the board’s deliberations", "Two people familiar with the board’s deliberations", "Other", False),
    ("u02", "Strand [[welcomed]] the move", "welcome", EVAL, "Finance Minister Elisabeth Strand", "Elisabeth Strand", "Sweden", False, "Evaluative reaction, like 'hail'."),
    ("u02", "[[saying]] it would", "say", NEUTRAL, "Finance Minister Elisabeth Strand", "Elisabeth Strand", "Sweden", True),
    ("u02", "again, [[warned]] Karin", "warn", EVAL, "Karin Holt, a strategist at Skandia Bank, who estimates that core inflation will stay above 2% until at least 2026", "Karin Holt", "Skandia Bank", False),
    ("u02", "who [[estimates]] that core", "estimate", NEUTRAL, "who", "Karin Holt", "Skandia Bank", False),
    ("u02", "behind us,” she [[said]]", "say", NEUTRAL, "she", "Karin Holt", "Skandia Bank", True),

    ("u03", "disaster agency AFAD [[said]]", "say", NEUTRAL, "the country’s disaster agency AFAD", "AFAD", "Turkey", False),
    ("u03", "officials [[warned]] it would", "warn", EVAL, "officials", "officials", "Turkey", False),
    ("u03", "Kemal Aydın [[said]] more than", "say", NEUTRAL, "Interior Minister Kemal Aydın", "Kemal Aydın", "Turkey", False),
    ("u03", "rubble, he [[told]] reporters", "tell", NEUTRAL, "he", "Kemal Aydın", "Turkey", False),
    ("u03", "[[calling]] the effort", "call", EVAL, "he", "Kemal Aydın", "Turkey", True),
    ("u03", "Erciş [[accused]] the authorities", "accuse", DIST, "Survivors in the worst-hit town of Erciş", "Survivors in the worst-hit town of Erciş", "Other", False),
    ("u03", "came,” [[said]] Ayşe", "say", NEUTRAL, "Ayşe Demir, 52, whose brother is still missing", "Ayşe Demir", "Other", True),
    ("u03", "Residents [[said]] heavy", "say", NEUTRAL, "Residents", "Residents", "Other", False),
    ("u03", "The government [[rejected]] the criticism", "reject", DENY, "The government", "Turkish government", "Turkey", False),
    ("u03", "presidential spokesman [[said]]", "say", NEUTRAL, "a presidential spokesman", "Turkish presidency", "Turkey", True),
    ("u03", "[[adding]] that road damage", "add", NEUTRAL, "a presidential spokesman", "Turkish presidency", "Turkey", False),
    ("u03", "Humanitarian Affairs [[estimated]] that", "estimate", NEUTRAL, "The UN Office for the Coordination of Humanitarian Affairs", "OCHA", "UN", False),
    ("u03", "shelter and [[said]] night-time", "say", NEUTRAL, "The UN Office for the Coordination of Humanitarian Affairs", "OCHA", "UN", False),
    ("u03", "Engineers [[said]] the scale", "say", NEUTRAL, "Engineers", "Engineers", "Other", False),
    ("u03", "approved,” [[said]] Selin", "say", NEUTRAL, "Selin Aksoy, a seismologist at Istanbul Technical University", "Selin Aksoy", "Other", True),
    ("u03", "[[According to]] Turkish media", "according to", NEUTRAL, "Turkish media reports", "Turkish media reports", "Other", False),
    ("u03", "seismologists [[said]] a larger", "say", NEUTRAL, "seismologists", "seismologists", "Other", False),
    ("u03", "It is [[thought]] that", "think", NEUTRAL, None, "Unspecified", "Unspecified", False, "Agentless evidential, like 'believed to'."),

    ("u04", "the companies [[said]] Monday", "say", NEUTRAL, "the companies", "Halden Foods and Marlow Brands", "Other", False),
    ("u04", "the matter [[said]] had been", "say", NEUTRAL, "people familiar with the matter", "people familiar with the matter", "Other", False),
    ("u04", "Laura Benning [[said]] the combination", "say", NEUTRAL, "Halden Chief Executive Laura Benning", "Laura Benning", "Halden Foods", False),
    ("u04", "Ms. Benning [[said]] on a call", "say", NEUTRAL, "Ms. Benning", "Laura Benning", "Halden Foods", True),
    ("u04", "She [[said]] no factory", "say", NEUTRAL, "She", "Laura Benning", "Halden Foods", True),
    ("u04", "explore a sale, [[said]] in a statement", "say", NEUTRAL, "Marlow’s largest shareholder, the activist fund Greyrock Capital, which had pushed the company to explore a sale", "Greyrock Capital", "Greyrock Capital", False),
    ("u04", "Hale, has [[argued]]", "argue", DIST, "Its founder, Victor Hale", "Victor Hale", "Greyrock Capital", False),
    ("u04", "deal is [[expected]] to face", "expect", NEUTRAL, None, "Unspecified", "Unspecified", False, "Agentless evidential, like 'believed to'."),
    ("u04", "Morgan Stanley [[estimate]] the combined", "estimate", NEUTRAL, "analysts at Morgan Stanley", "Morgan Stanley", "Other", False),
    ("u04", "jobs,” [[said]] Teresa", "say", NEUTRAL, "Teresa Ruiz, president of a bakery workers’ union local in Ohio", "Teresa Ruiz", "bakery workers' union", True),
    ("u04", "She [[claimed]] that Halden", "claim", DIST, "She", "Teresa Ruiz", "bakery workers' union", False),
    ("u04", "the company [[disputes]]", "dispute", DENY, "the company", "Halden Foods", "Halden Foods", False),

    ("u05", "Sky Sports News [[understands]]", "understand", NEUTRAL, "Sky Sports News", "Sky Sports News", "Other", False, "Outlet's own evidential 'understands'."),
    ("u05", "club [[insisting]] the 21-year-old", "insist", DIST, "the German club", "Borussia Dortmund", "Borussia Dortmund", False),
    ("u05", "bid is [[believed]] to be", "believe", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("u05", "[[according to]] sources close", "according to", NEUTRAL, "sources close to the negotiations", "sources close to the negotiations", "Other", False),
    ("u05", "Lars Brandt [[said]] the club", "say", NEUTRAL, "Dortmund sporting director Lars Brandt", "Lars Brandt", "Borussia Dortmund", True),
    ("u05", "We have [[told]] Chelsea", "tell", NEUTRAL, "We", "Borussia Dortmund", "Borussia Dortmund", False, "Nested self-attribution inside Brandt's quotation."),
    ("u05", "he stays,\" he [[said]]", "say", NEUTRAL, "he", "Lars Brandt", "Borussia Dortmund", True),
    ("u05", "he [[said]] only that", "say", NEUTRAL, "he", "Marco Ferraro", "Chelsea", True),
    ("u05", "is [[understood]] to favour", "understand", NEUTRAL, None, "Unspecified", "Unspecified", False, "Agentless evidential, like 'believed to'."),
    ("u05", "Okonkwo [[told]] Sky Sports", "tell", NEUTRAL, "A source close to Okonkwo", "a source close to Okonkwo", "Other", True),
    ("u05", "Bundesliga side [[denies]]", "deny", DENY, "the Bundesliga side", "Borussia Dortmund", "Borussia Dortmund", False),
    ("u05", "Bakare, [[reportedly]] met", "reportedly", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("u05", "Bakare has previously [[said]]", "say", NEUTRAL, "Bakare", "Tunde Bakare", "Other", True),
    ("u05", "Michael Kruse [[said]] the club", "say", NEUTRAL, "Former Dortmund captain Michael Kruse", "Michael Kruse", "Other", False),
    ("u05", "he [[told]] the Ruhr", "tell", NEUTRAL, "he", "Michael Kruse", "Other", True),

    ("u06", "are [[thought]] to have been", "think", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("u06", "(BMA) [[said]] about", "say", NEUTRAL, "The British Medical Association (BMA)", "BMA", "BMA", False),
    ("u06", "Rhodri Price [[said]] the Welsh", "say", NEUTRAL, "Health Secretary Rhodri Price", "Rhodri Price", "Welsh government", True),
    ("u06", "He [[warned]] the walkout", "warn", EVAL, "He", "Rhodri Price", "Welsh government", True),
    ("u06", "Nia Edwards, [[told]] BBC", "tell", NEUTRAL, "the BMA's Welsh junior doctors committee co-chair, Dr Nia Edwards", "Nia Edwards", "BMA", False),
    ("u06", "restoration,\" she [[said]]", "say", NEUTRAL, "she", "Nia Edwards", "BMA", True),
    ("u06", "NHS Wales [[said]] emergency", "say", NEUTRAL, "NHS Wales", "NHS Wales", "NHS Wales", False),
    ("u06", "Health Board [[said]] consultants", "say", NEUTRAL, "A spokesperson for Cardiff and Vale University Health Board", "Cardiff and Vale University Health Board", "NHS Wales", True),
    ("u06", "not to be named, [[said]] some", "say", NEUTRAL, "One consultant at the University Hospital of Wales, who asked not to be named", "One consultant at the University Hospital of Wales", "Other", False),
    ("u06", "and [[feared]] that cover", "fear", NEUTRAL, "One consultant at the University Hospital of Wales, who asked not to be named", "One consultant at the University Hospital of Wales", "Other", False),
    ("u06", "charity Llais, [[said]] many", "say", NEUTRAL, "Gwen Morris, from the patients' charity Llais", "Gwen Morris", "Llais", False),
    ("u06", "again,\" she [[said]]", "say", NEUTRAL, "she", "Gwen Morris", "Llais", True),
    ("u06", "Conservatives [[accused]] ministers", "accuse", DIST, "The Welsh Conservatives", "Welsh Conservatives", "Welsh Conservatives", False),
    ("u06", "Labour [[said]] the offer", "say", NEUTRAL, "Labour", "Welsh Labour", "Welsh Labour", False),

    ("u07", "company [[confirmed]] in a social", "confirm", ENDO, "The company", "Aurora Launch Systems", "Aurora Launch Systems", True),
    ("u07", "and [[said]] no one", "say", NEUTRAL, "The company", "Aurora Launch Systems", "Aurora Launch Systems", False),
    ("u07", "Priya Raman, [[told]] reporters", "tell", NEUTRAL, "Aurora’s chief executive, Priya Raman", "Priya Raman", "Aurora Launch Systems", False),
    ("u07", "defect,” she [[said]]", "say", NEUTRAL, "she", "Priya Raman", "Aurora Launch Systems", True),
    ("u07", "previously [[estimated]] that", "estimate", NEUTRAL, "Industry analysts", "Industry analysts", "Other", False),
    ("u07", "Administration [[said]] it would", "say", NEUTRAL, "The Federal Aviation Administration", "Federal Aviation Administration", "USA", False),
    ("u07", "the agency [[said]], and", "say", NEUTRAL, "the agency", "Federal Aviation Administration", "USA", False),
    ("u07", "the industry, [[said]] the turbopump", "say", NEUTRAL, "A former Aurora engineer, speaking on condition of anonymity because he still works in the industry", "a former Aurora engineer", "Other", False, "A former employee does not speak for the company."),
    ("u07", "weak point,” he [[said]]", "say", NEUTRAL, "he", "a former Aurora engineer", "Other", True),
    ("u07", "Aurora [[denied]] that claim", "deny", DENY, "Aurora", "Aurora Launch Systems", "Aurora Launch Systems", False),
    ("u07", "spokesperson [[said]] the engine", "say", NEUTRAL, "A company spokesperson", "Aurora Launch Systems", "Aurora Launch Systems", True),
    ("u07", "spacecraft, [[said]] it was insured", "say", NEUTRAL, "Satellite operator Kestrel Imaging, which lost its first demonstration spacecraft", "Kestrel Imaging", "Kestrel Imaging", False),
    ("u07", "Analysts [[said]] that commitment", "say", NEUTRAL, "Analysts", "Analysts", "Other", False),

    ("u08", "fire officials [[said]]", "say", NEUTRAL, "fire officials", "fire officials", "Other", False),
    ("u08", "[[according to]] the Central Oregon", "according to", NEUTRAL, "the Central Oregon Interagency Dispatch Center", "Central Oregon Interagency Dispatch Center", "Oregon", False),
    ("u08", "Dave Hollis [[told]] KTVZ", "tell", NEUTRAL, "incident commander Dave Hollis", "Dave Hollis", "fire incident command", True),
    ("u08", "Kim Aldana [[said]] deputies", "say", NEUTRAL, "Deschutes County Sheriff Kim Aldana", "Kim Aldana", "Deschutes County", False),
    ("u08", "She [[said]] at least", "say", NEUTRAL, "She", "Kim Aldana", "Deschutes County", False),
    ("u08", "but [[stressed]] that there", "stress", NEUTRAL, "She", "Kim Aldana", "Deschutes County", False),
    ("u08", "Forest Service spokesperson [[said]]", "say", NEUTRAL, "A Forest Service spokesperson", "U.S. Forest Service", "USA", False),
    ("u08", "[[noting]] that no lightning", "note", NEUTRAL, "A Forest Service spokesperson", "U.S. Forest Service", "USA", False),
    ("u08", "the spokesperson [[added]]", "add", NEUTRAL, "the spokesperson", "U.S. Forest Service", "USA", False),
    ("u08", "Weather Service [[warned]]", "warn", EVAL, "the National Weather Service", "National Weather Service", "USA", False),
    ("u08", "Forecasters [[said]]", "say", NEUTRAL, "Forecasters", "Forecasters", "Other", False),
    ("u08", "High School [[described]] a frantic", "describe", EVAL, "Residents who gathered at an evacuation shelter at Redmond High School", "Residents", "Other", False, "NP content standing for a proposition (they escaped frantically)."),
    ("u08", "that was it,\" [[said]] Maria", "say", NEUTRAL, "Maria Jenkins, a retired teacher who has lived off Skyliners Road for 22 years", "Maria Jenkins", "Other", True),
    ("u08", "statement, she [[said]]", "say", NEUTRAL, "she", "Ellen Martinez", "Oregon", True),
]

# (doc, ctx, category)
HEDGES = [
    ("u01", "had [[almost certainly]] underestimated", "adverb"),
    ("u01", "would [[probably]] delay", "adverb"),
    ("u01", "would [[likely]] seek", "adverb"),
    ("u01", "ruling [[could]] reshape", "modal"),
    ("u01", "project [[might]] still win", "modal"),
    ("u01", "but [[suggested]] that a redesigned", "verb"),
    ("u02", "cuts were [[likely]] this year", "adjective"),
    ("u02", "would [[probably]] price", "adverb"),
    ("u02", "too quickly [[could]] reignite", "modal"),
    ("u02", "Inflation [[could]] rebound", "modal"),
    ("u02", "who [[estimates]] that core", "verb"),
    ("u02", "That [[may]] be premature", "modal"),
    ("u03", "would [[almost certainly]] climb", "adverb"),
    ("u03", "destruction [[suggested]] that", "verb"),
    ("u03", "coming days [[could not be ruled out]]", "other"),
    ("u03", "It is [[thought]] that", "attribution-hedge"),
    ("u04", "deal is [[expected]] to face", "attribution-hedge"),
    ("u04", "Morgan Stanley [[estimate]] the combined", "verb"),
    ("u04", "[[suggesting]] investors", "verb"),
    ("u05", "bid is [[believed]] to be", "attribution-hedge"),
    ("u05", "is [[understood]] to favour", "attribution-hedge"),
    ("u05", "Bakare, [[reportedly]] met", "attribution-hedge"),
    ("u05", "deal [[could]] still be completed", "modal"),
    ("u06", "are [[thought]] to have been", "attribution-hedge"),
    ("u06", "cover [[could]] become", "modal"),
    ("u07", "launch [[appeared]] to show", "verb"),
    ("u07", "telemetry [[pointed to]] a problem", "verb"),
    ("u07", "previously [[estimated]] that", "verb"),
    ("u07", "commitment [[could]] be tested", "modal"),
    ("u08", "an [[estimated]] 18,400", "adjective"),
    ("u08", "was [[probably]] human-caused", "adverb"),
    ("u08", "will [[likely]] make", "adverb"),
    ("u08", "conditions [[could]] ease", "modal"),
    ("u08", "have [[not ruled out]] arson", "other"),
]

BOOSTERS = [
    ("u01", "“[[plainly]] inadequate”", "adverb"),
    ("u01", "region [[badly]] needs", "adverb"),
    ("u01", "remain [[fully]] confident", "adverb"),
    ("u01", "will [[undoubtedly]] be cited", "adverb"),
    ("u01", "“[[deeply]] disappointed”", "adverb"),
    ("u02", "had “[[clearly]]” eased", "adverb"),
    ("u02", "was [[widely]] anticipated", "adverb"),
    ("u02", "would “[[certainly]]” bring", "adverb"),
    ("u03", "“[[every single]] affected", "other"),
    ("u03", "had [[inevitably]] slowed", "adverb"),
    ("u03", "been [[widely]] ignored", "adverb"),
    ("u04", "it [[strongly]] supported", "adverb"),
    ("u05", "for sale [[at any price]]", "other"),
    ("u05", "\"[[absolutely]] no intention\"", "adverb"),
    ("u05", "Chelsea [[very clearly]] that", "adverb"),
    ("u06", "\"[[inevitably]]\" lengthen", "adverb"),
    ("u06", "It is [[deeply]] upsetting", "adverb"),
    ("u07", "company [[confirmed]] in a social", "verb"),
    ("u07", "“[[simply]] untrue.”", "adverb"),
    ("u08", "moving [[extremely]] fast", "adverb"),
    ("u08", "it is [[definitely]] not done", "adverb"),
    ("u08", "leave [[immediately]]", "adverb"),
]

# (layer, doc, ctx, reason): spans considered and deliberately not coded
EXCLUDED = [
    ("attributions", "u01", "[[Writing]] for the majority", "Participle without content; the relation is carried by 'said'."),
    ("attributions", "u01", "Whitfield [[dissented]]", "Act without propositional content."),
    ("attributions", "u01", "The commission [[declined to comment]]", "Non-comment."),
    ("attributions", "u01", "brushed aside [[warnings]]", "Nominal without content."),
    ("attributions", "u02", "than they had [[assumed]]", "Comparative clause without content."),
    ("attributions", "u02", "The Riksbank is [[betting]] that", "Metaphorical, inside a quote."),
    ("attributions", "u03", "destruction [[suggested]] that", "Inanimate evidential subject; coded as hedge."),
    ("attributions", "u03", "did not [[respond to requests for comment]]", "Non-comment."),
    ("attributions", "u04", "but [[declined to rule out]] job", "Non-comment."),
    ("attributions", "u04", "An FTC spokeswoman [[declined to comment]]", "Non-comment."),
    ("attributions", "u04", "an [[assertion]] the company", "Anaphoric label without content; the cue is 'disputes'."),
    ("attributions", "u04", "[[suggesting]] investors", "Inanimate evidential; coded as hedge."),
    ("attributions", "u05", "have [[rejected]] a third offer", "Rejecting a bid is an action, not a denial of a proposition."),
    ("attributions", "u05", "and [[refused to discuss]]", "Non-comment."),
    ("attributions", "u05", "a [[claim]] the Bundesliga", "Anaphoric label; the cue is 'denies'."),
    ("attributions", "u06", "and [[urged]] the union", "Directive."),
    ("attributions", "u06", "[[expressed concern]]", "No content."),
    ("attributions", "u07", "[[appeared to show]]", "Inanimate evidential subject; coded as hedge."),
    ("attributions", "u07", "telemetry [[pointed to]]", "Inanimate evidential subject; coded as hedge."),
    ("attributions", "u07", "She [[declined to say]]", "Non-comment."),
    ("attributions", "u07", "Everyone [[knew]]", "Knowledge inside a quotation, no speech act."),
    ("attributions", "u07", "any [[suggestion]] it was", "Generic hypothetical nominal inside a denial."),
    ("attributions", "u08", "have [[not ruled out]] arson", "Negated speech act; coded as hedge."),
    ("attributions", "u08", "If you are [[told]] to leave", "Directive."),
    ("hedges", "u07", "next launch [[might]] take place", "Modal in an embedded question (like 'how Russia could help')."),
    ("hedges", "u02", "is [[largely]] won", "Approximator."),
    ("hedges", "u04", "valued at [[about]]", "Approximator."),
    ("boosters", "u07", "had [[repeatedly]] failed", "Frequency of an ordinary event, not a speech act."),
    ("boosters", "u08", "no [[confirmed]] fatalities", "Negated; a status adjective, not a certainty marker."),
    ("boosters", "u02", "[[stubbornly]] high", "Evaluative persistence, not certainty or degree of the claim."),
    ("boosters", "u03", "[[severely]] damaged", "Descriptive degree of damage."),
]


def build(out_dir: Path = HERE / "gold") -> dict:
    docs = gb.read_texts(HERE)
    sents = gb.sentence_index(docs, ABBREV)
    files = {
        "attributions": gb.attribution_rows(docs, sents, ATTR),
        "hedges": gb.cue_rows(docs, sents, HEDGES),
        "boosters": gb.cue_rows(docs, sents, BOOSTERS),
        "excluded_candidates": gb.excluded_span_rows(docs, sents, EXCLUDED),
    }
    return gb.write_gold(files, docs, out_dir)


if __name__ == "__main__":
    sys.stdout.write(json.dumps(build()) + "\n")
