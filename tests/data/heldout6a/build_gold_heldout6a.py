"""Turn the hand-chosen gold spans of the sixth held-out set (round 6a) into JSON-lines gold files.

Coding follows corpus/russia-dprk-2024/gold/GUIDELINES.md and the conventions of the earlier
rounds (tests/data/heldout*/README.md). Every decision below was made by reading the texts;
this script only converts each marked span (``[[...]]`` inside a context string that occurs
once in the article) into character offsets, finds the orthographic sentence around it, and
checks ``text[start:end] == span``. Run from the repository root::

    python tests/data/heldout6a/build_gold_heldout6a.py

The shared machinery is in ``tests/data/gold_build.py``.
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

ABBREV = gb.ABBREV | {"sen", "minn", "tex", "nov"}
U = "Unspecified"

# ---------------------------------------------------------------- hand-coded gold
# (doc, ctx, lemma, class, source_text, source_canonical, affiliation, direct_quote[, note])
ATTR = [
    # k01 hospital data breach (broadsheet)
    ("k01", "Hospital trust [[accused]] of hiding", "accuse", DIST, None, U, U, False, "Headline passive, agent implicit."),
    ("k01", "secret for eight months, [[according to]] documents", "according to", NEUTRAL, "documents seen by this newspaper", "documents seen by this newspaper", "Other", False),
    ("k01", "Campaigners [[claimed]] the delay", "claim", DIST, "Campaigners", "Campaigners", "Other", False),
    ("k01", "on it because an inspection was coming,” [[said]] Joanna", "say", NEUTRAL, "Joanna Pryce, who chairs the patients’ group Harfield Voice", "Joanna Pryce", "Harfield Voice", True),
    ("k01", "She [[alleged]] that", "allege", DIST, "She", "Joanna Pryce", "Harfield Voice", False),
    ("k01", "The trust flatly [[denied]]", "deny", DENY, "The trust", "Harfield Valley NHS Trust", "Harfield Valley NHS Trust", False, "Content is the NP 'any cover-up'."),
    ("k01", "Dr Simon Okafor, [[insisted]] that", "insist", DIST, "its chief executive, Dr Simon Okafor", "Simon Okafor", "Harfield Valley NHS Trust", True),
    ("k01", "” and [[said]] patients", "say", NEUTRAL, "its chief executive, Dr Simon Okafor", "Simon Okafor", "Harfield Valley NHS Trust", False),
    ("k01", "Office [[confirmed]] it had opened", "confirm", ENDO, "The Information Commissioner’s Office", "Information Commissioner's Office", "UK", False),
    ("k01", "A spokesperson [[said]] the regulator", "say", NEUTRAL, "A spokesperson", "Information Commissioner's Office", "UK", True),
    ("k01", "not to be named, [[told]] the Guardian", "tell", NEUTRAL, "Two former employees, who asked not to be named", "Two former employees", "Other", False),
    ("k01", "One [[said]] the contractor", "say", NEUTRAL, "One", "Two former employees", "Other", False),
    ("k01", "contractor had [[warned]] managers", "warn", EVAL, "the contractor", "the contractor", "Other", False, "Nested; content 'about weak passwords' stands for a proposition."),
    ("k01", "are [[understood]] to be", "understand", NEUTRAL, None, U, U, False, "Sourceless passive evidential, like 'believed to'."),
    ("k01", "Rachel Dunmore, [[described]] the affair", "describe", EVAL, "The local MP, Rachel Dunmore", "Rachel Dunmore", "Parliament", True),

    # k02 airline strike (wire)
    ("k02", "next week, union [[says]]", "say", NEUTRAL, "union", "Nordic Pilots Association", "Nordic Pilots Association", False),
    ("k02", "their union [[said]] on Tuesday", "say", NEUTRAL, "their union", "Nordic Pilots Association", "Nordic Pilots Association", False),
    ("k02", "Pilots Association [[said]] management", "say", NEUTRAL, "The Nordic Pilots Association", "Nordic Pilots Association", "Nordic Pilots Association", False),
    ("k02", "Erik Halvorsen [[told]] reporters", "tell", NEUTRAL, "union chair Erik Halvorsen", "Erik Halvorsen", "Nordic Pilots Association", True),
    ("k02", "Nordair [[said]] it regretted", "say", NEUTRAL, "Nordair", "Nordair", "Nordair", False),
    ("k02", "decision and [[warned]] that", "warn", EVAL, "Nordair", "Nordair", "Nordair", False),
    ("k02", "Maria Lund [[accused]] the union", "accuse", DIST, "Chief executive Maria Lund", "Maria Lund", "Nordair", True),
    ("k02", "and [[maintained]] that", "maintain", DIST, "Chief executive Maria Lund", "Maria Lund", "Nordair", False),
    ("k02", "The union [[disputes]] that figure", "dispute", DENY, "The union", "Nordic Pilots Association", "Nordic Pilots Association", False),
    ("k02", "It [[says]] the offer", "say", NEUTRAL, "It", "Nordic Pilots Association", "Nordic Pilots Association", False),
    ("k02", "Nordair has [[described]] as misleading", "describe", EVAL, "Nordair", "Nordair", "Nordair", False),
    ("k02", "Carnegie [[estimated]] that", "estimate", NEUTRAL, "Analysts at Carnegie", "Carnegie", "Other", False),
    ("k02", "A ministry spokesman [[said]]", "say", NEUTRAL, "A ministry spokesman", "Swedish transport ministry", "Sweden", True),
    ("k02", "travel agents [[reported]] that", "report", NEUTRAL, "Some travel agents", "Some travel agents", "Other", False),
    ("k02", "will [[reportedly]] be offered", "reportedly", NEUTRAL, None, U, U, False),
    ("k02", "Halvorsen [[said]] the union remained", "say", NEUTRAL, "Halvorsen", "Erik Halvorsen", "Nordic Pilots Association", False),
    ("k02", "but [[added]] that pilots", "add", NEUTRAL, "Halvorsen", "Erik Halvorsen", "Nordic Pilots Association", True),

    # k03 mayoral debate (local TV)
    ("k03", "Whitaker [[said]] her administration", "say", NEUTRAL, "Incumbent Mayor Dana Whitaker", "Dana Whitaker", "Whitaker campaign", False),
    ("k03", "and [[argued]] that her opponent", "argue", DIST, "Incumbent Mayor Dana Whitaker", "Dana Whitaker", "Whitaker campaign", True),
    ("k03", "member, [[rejected]] that characterization", "reject", DENY, "Challenger Marcus Bell, a city council member", "Marcus Bell", "Bell campaign", False),
    ("k03", "defund anything,\" Bell [[said]]", "say", NEUTRAL, "Bell", "Marcus Bell", "Bell campaign", True),
    ("k03", "He [[claimed]] the mayor", "claim", DIST, "He", "Marcus Bell", "Bell campaign", False),
    ("k03", "thefts and [[said]] the numbers", "say", NEUTRAL, "He", "Marcus Bell", "Bell campaign", True),
    ("k03", "Bell also [[accused]] Whitaker", "accuse", DIST, "Bell", "Marcus Bell", "Bell campaign", False),
    ("k03", "that he [[said]] received", "say", NEUTRAL, "he", "Marcus Bell", "Bell campaign", False),
    ("k03", "Whitaker [[called]] the accusation", "call", EVAL, "Whitaker", "Dana Whitaker", "Whitaker campaign", True),
    ("k03", "and [[noted]] that the council", "note", NEUTRAL, "Whitaker", "Dana Whitaker", "Whitaker campaign", False),
    ("k03", "both candidates [[promised]] to build", "promise", EVAL, "both candidates", "both candidates", "Other", False),
    ("k03", "Whitaker [[pledged]] 1,500", "pledge", EVAL, "Whitaker", "Dana Whitaker", "Whitaker campaign", False),
    ("k03", "while Bell [[said]] the city", "say", NEUTRAL, "Bell", "Marcus Bell", "Bell campaign", False),
    ("k03", "Political analysts [[say]] turnout", "say", NEUTRAL, "Political analysts", "Political analysts", "Other", False),
    ("k03", "Bell's campaign [[said]] after", "say", NEUTRAL, "Bell's campaign", "Bell campaign", "Bell campaign", False),
    ("k03", "Whitaker [[told]] reporters", "tell", NEUTRAL, "Whitaker", "Dana Whitaker", "Whitaker campaign", True),

    # k04 mine collapse inquiry (translated from Spanish)
    ("k04", "Commission of inquiry[[:]]", "headline-colon", NEUTRAL, "Commission of inquiry", "Santa Inés commission", "Santa Inés commission", False),
    ("k04", "report, [[according to]] which", "according to", NEUTRAL, "its preliminary report", "Santa Inés commission", "Santa Inés commission", True, "The relative 'which' refers to the commission's report."),
    ("k04", "[[According to]] the commission", "according to", NEUTRAL, "the commission", "Santa Inés commission", "Santa Inés commission", False),
    ("k04", "Lucía Ferrer, [[declared]] before", "declare", NEUTRAL, "The president of the commission, the engineer Lucía Ferrer", "Lucía Ferrer", "Santa Inés commission", True),
    ("k04", "The company [[rejected]] the conclusions", "reject", DENY, "The company", "Minera Andina", "Minera Andina", False),
    ("k04", "Minera Andina [[affirmed]] that", "affirm", DIST, "Minera Andina", "Minera Andina", "Minera Andina", True, "'affirm' grouped with assert (distancing)."),
    ("k04", "Its lawyers [[consider]] that", "consider", NEUTRAL, "Its lawyers", "Minera Andina", "Minera Andina", True, "Opinion verb, neutral like believe."),
    ("k04", "for its part, [[assured]] that", "assure", EVAL, "The miners' union", "miners' union", "miners' union", False),
    ("k04", "workers had [[denounced]] the dangerous", "denounce", EVAL, "the workers", "workers", "miners' union", False, "Nested; condemn family."),
    ("k04", "Tomás Rivas, [[said]] that several", "say", NEUTRAL, "Its secretary general, Tomás Rivas", "Tomás Rivas", "miners' union", False),
    ("k04", "he [[stated]].", "state", NEUTRAL, "he", "Tomás Rivas", "miners' union", True),
    ("k04", "Ministry of Mines [[indicated]] that", "indicate", NEUTRAL, "The Ministry of Mines", "Ministry of Mines", "Government", False),
    ("k04", "ministry [[revealed]] to this", "reveal", ENDO, "sources of the ministry", "Ministry of Mines", "Government", False),
    ("k04", "Some relatives [[believe]] that", "believe", NEUTRAL, "Some relatives", "relatives of the victims", "Other", False),

    # k05 tech CEO testimony (tech site)
    ("k05", "Lumio CEO [[tells]] senators", "tell", NEUTRAL, "Lumio CEO", "Priya Natarajan", "Lumio", True),
    ("k05", "over [[allegations]] that the social", "allegation", DIST, None, U, U, False),
    ("k05", "Natarajan repeatedly [[insisted]]", "insist", DIST, "Natarajan", "Priya Natarajan", "Lumio", True),
    ("k05", "She [[acknowledged]], however", "acknowledge", ENDO, "She", "Priya Natarajan", "Lumio", False),
    ("k05", "which she [[described]] as", "describe", EVAL, "she", "Priya Natarajan", "Lumio", True),
    ("k05", "who [[cited]] internal emails", "cite", NEUTRAL, "Sen. Laura Kessler (D-Minn.)", "Laura Kessler", "Democrats", False),
    ("k05", "two years,\" Kessler [[said]]", "say", NEUTRAL, "Kessler", "Laura Kessler", "Democrats", True),
    ("k05", "went further, [[calling]] Lumio", "call", EVAL, "Sen. Mark Dobbs (R-Tex.)", "Mark Dobbs", "Republicans", True),
    ("k05", "He [[said]] he would introduce", "say", NEUTRAL, "He", "Mark Dobbs", "Republicans", False),
    ("k05", "Natarajan [[denied]] that anyone", "deny", DENY, "Natarajan", "Priya Natarajan", "Lumio", False),
    ("k05", "She [[told]] the committee", "tell", NEUTRAL, "She", "Priya Natarajan", "Lumio", True),
    ("k05", "Internet Observatory [[published]] an analysis", "publish", NEUTRAL, "Researchers at Stanford's Internet Observatory", "Stanford Internet Observatory", "Other", False),
    ("k05", "that they [[say]] shows", "say", NEUTRAL, "they", "Stanford Internet Observatory", "Other", False),
    ("k05", "The company has [[called]] the study", "call", EVAL, "The company", "Lumio", "Lumio", False),
    ("k05", "Lumio, which [[says]] it has", "say", NEUTRAL, "Lumio", "Lumio", "Lumio", False),
    ("k05", "is also [[reportedly]] under", "reportedly", NEUTRAL, None, U, U, False),

    # k06 drought emergency (state media)
    ("k06", "Ministry of Agriculture [[announced]]", "announce", NEUTRAL, "the Ministry of Agriculture", "Ministry of Agriculture", "Government", False),
    ("k06", "Rakhimov [[stressed]] that", "stress", NEUTRAL, "Prime Minister Aziz Rakhimov", "Aziz Rakhimov", "Government", False),
    ("k06", "He [[noted]] that the Government", "note", NEUTRAL, "He", "Aziz Rakhimov", "Government", False),
    ("k06", "Tursunov [[reported]] that", "report", NEUTRAL, "Minister of Agriculture Bekzod Tursunov", "Bekzod Tursunov", "Government", False),
    ("k06", "He [[said]] the ministry expects", "say", NEUTRAL, "He", "Bekzod Tursunov", "Government", False),
    ("k06", "the ministry [[expects]] the harvest", "expect", NEUTRAL, "the ministry", "Ministry of Agriculture", "Government", False, "Nested prediction verb, neutral like forecast."),
    ("k06", "Service [[believe]] that", "believe", NEUTRAL, "Experts of the Hydrometeorological Service", "Hydrometeorological Service", "Government", False),
    ("k06", "has repeatedly [[stated]] that", "state", NEUTRAL, "The Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "Government", False),
    ("k06", "foreign media have [[alleged]] that", "allege", DIST, "Some foreign media", "Some foreign media", "Other", False),
    ("k06", "Officials firmly [[rejected]] these", "reject", DENY, "Officials", "Government", "Government", False),
    ("k06", "[[calling]] them", "call", EVAL, "Officials", "Government", "Government", True),
    ("k06", "Kasan district [[told]] the agency", "tell", NEUTRAL, "a farmer from Kasan district", "a farmer from Kasan district", "Other", True),
    ("k06", "[[According to]] the ministry", "according to", NEUTRAL, "the ministry", "Ministry of Agriculture", "Government", False),
]

# (doc, ctx, category)
HEDGES = [
    ("k01", "was [[probably]] wider", "adverb"),
    ("k01", "are [[understood]] to be", "attribution-hedge"),
    ("k02", "600 flights [[could]] be", "modal"),
    ("k02", "Carnegie [[estimated]] that", "verb"),
    ("k02", "will [[reportedly]] be offered", "attribution-hedge"),
    ("k03", "could [[likely]] double", "adverb"),
    ("k03", "University [[suggests]] the race", "verb"),
    ("k03", "voters [[may]] decide", "modal"),
    ("k04", "Its lawyers [[consider]] that", "verb"),
    ("k04", "Some relatives [[believe]] that", "verb"),
    ("k04", "victims [[may]] be higher", "modal"),
    ("k05", "internal emails [[suggesting]] that", "verb"),
    ("k05", "is also [[reportedly]] under", "attribution-hedge"),
    ("k06", "the ministry [[expects]] the harvest", "verb"),
    ("k06", "Service [[believe]] that", "verb"),
]

BOOSTERS = [
    ("k01", "The trust [[flatly]] denied", "adverb"),
    ("k01", "the documents [[show]]", "verb"),
    ("k01", "Office [[confirmed]] it had", "verb"),
    ("k01", "“look [[very closely]]”", "adverb"),
    ("k02", "this is [[clearly]] a safety", "adverb"),
    ("k02", "“[[absolutely]] not”", "adverb"),
    ("k03", "\"[[simply]] don't", "adverb"),
    ("k03", "\"[[completely]] false\"", "adverb"),
    ("k03", "\"[[very]] confident\"", "adverb"),
    ("k04", "\"[[evidently]] did not", "adverb"),
    ("k04", "ministry [[revealed]] to this", "verb"),
    ("k05", "Natarajan [[repeatedly]] insisted", "adverb"),
    ("k05", "any user, [[period]].", "other"),
    ("k05", "they say [[shows]] Lumio", "verb"),
    ("k06", "will [[fully]] compensate", "adverb"),
    ("k06", "will [[certainly]] depend", "adverb"),
    ("k06", "has [[repeatedly]] stated", "adverb"),
    ("k06", "Officials [[firmly]] rejected", "adverb"),
    ("k06", "\"[[absolutely]] baseless", "adverb"),
    ("k06", "we are [[very]] thankful", "adverb"),
]

# (layer, doc, ctx, reason): spans considered and deliberately not coded
EXCLUDED = [
    ("attributions", "k01", "the documents [[show]]", "Inanimate evidential subject; coded as booster."),
    ("attributions", "k01", "than the trust has [[admitted]]", "Comparative clause without content."),
    ("attributions", "k01", "and [[called for]] Dr Okafor", "Directive."),
    ("attributions", "k02", "ministry [[urged]] both sides", "Directive."),
    ("attributions", "k02", "has not yet [[published]]", "Negated act without content."),
    ("attributions", "k03", "[[pointing to]] a downtown", "Evidence offered, not a speech act with content."),
    ("attributions", "k03", "the [[accusation]] \"completely", "Anaphoric label; the cue is 'called'."),
    ("attributions", "k03", "University [[suggests]] the race", "Inanimate evidential subject; coded as hedge."),
    ("attributions", "k04", "three [[warnings]] from its own", "Nominal; content only as a prepositional phrase of the noun."),
    ("attributions", "k04", "[[demand]] that those", "Directive."),
    ("attributions", "k04", "is being [[considered]]", "Deliberation, not attribution."),
    ("attributions", "k05", "emails [[suggesting]] that", "Inanimate evidential subject; coded as hedge."),
    ("attributions", "k05", "review had [[found]] no evidence", "Inanimate evidential subject."),
    ("attributions", "k05", "The FTC [[declined to comment]]", "Non-comment."),
    ("attributions", "k06", "[[Speaking]] at a meeting", "Participle without content; the cue is 'stressed'."),
    ("attributions", "k06", "these [[claims]]", "Anaphoric label; the cue is 'rejected'."),
    ("attributions", "k06", "[[expressed gratitude]]", "No propositional content."),
    ("attributions", "k06", "Prime Minister [[instructed]]", "Directive."),
    ("attributions", "k06", "Government has [[declared]] a state", "Performative act, not attribution."),
    ("hedges", "k04", "\"[[could]] have been avoided\"", "Counterfactual root possibility, not epistemic."),
    ("hedges", "k03", "the city [[could]] likely", "Dynamic modal (ability); the hedge is 'likely'."),
    ("hedges", "k02", "cost the airline [[around]] 150", "Approximator."),
    ("hedges", "k06", "fall by [[around]] 20", "Approximator."),
    ("boosters", "k02", "dropped [[sharply]]", "Descriptive degree of a change."),
    ("boosters", "k04", "had [[always]] complied", "Frequency."),
    ("boosters", "k06", "arrived [[quickly]]", "Descriptive speed."),
    ("boosters", "k06", "[[worst]] drought", "Superlative."),
]


def build(out_dir: Path = HERE / "gold") -> dict:
    docs = gb.read_texts(HERE)
    sents = gb.sentence_index(docs, ABBREV, agency_dateline=True)
    files = {
        "attributions": gb.attribution_rows(docs, sents, ATTR),
        "hedges": gb.cue_rows(docs, sents, HEDGES),
        "boosters": gb.cue_rows(docs, sents, BOOSTERS),
        "excluded_candidates": gb.excluded_span_rows(docs, sents, EXCLUDED),
    }
    return gb.write_gold(files, docs, out_dir)


if __name__ == "__main__":
    sys.stdout.write(json.dumps(build()) + "\n")
