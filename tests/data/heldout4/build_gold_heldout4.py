"""Turn the hand-chosen gold spans of the fourth held-out set (all layers) into JSON-lines gold files.

Coding follows corpus/russia-dprk-2024/gold/GUIDELINES.md. Every decision below was made by
reading the texts; this script only converts each marked span (``[[...]]`` inside a context
string that occurs once in the article) into character offsets, finds the orthographic
sentence around it, and checks ``text[start:end] == span``. Run from the repository root::

    python tests/data/heldout4/build_gold_heldout4.py
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ABBREV = {"u.s", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
          "a.m", "p.m", "gen", "no", "sen"}
NEUTRAL, DIST, ENDO, DENY, EVAL = "neutral", "distancing", "endorsing", "denial", "evaluative/other"


def texts() -> dict:
    meta = list(csv.DictReader((HERE / "metadata.csv").open(encoding="utf-8")))
    return {r["doc_id"]: (HERE / r["file"]).read_text(encoding="utf-8") for r in meta}


def sentences(text: str) -> list[tuple[int, int]]:
    """Orthographic sentences: lines, split after . ! ? (+ closing quotes) before a capital."""
    out = []
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if not line.strip():
            continue
        start = lo
        for m in re.finditer(r"[.!?][”\"’']*(?= +[A-Z“\"‘'])", line):
            end = lo + m.end()
            seg = text[start:end]
            word = re.findall(r"([\w.]+)[.!?][”\"’']*$", seg)
            if word and word[0].lower().rstrip(".") in ABBREV:
                continue
            if " " not in seg.strip():  # one-word dateline ("Brussels/Tunis.") stays attached
                continue
            if start == lo and re.search(r"/[A-Z]+/\.$", seg):  # "MURMANSK, March 12. /TASS/."
                continue
            out.append((start, end))
            start = end + len(text[end:hi]) - len(text[end:hi].lstrip())
        out.append((start, hi))
    return out


def locate(text: str, ctx: str) -> tuple[int, int]:
    pre, rest = ctx.split("[[", 1)
    span, post = rest.split("]]", 1)
    plain = pre + span + post
    hits = [m.start() for m in re.finditer(re.escape(plain), text)]
    if len(hits) != 1:
        raise ValueError(f"context {ctx!r} occurs {len(hits)} times")
    s = hits[0] + len(pre)
    assert text[s:s + len(span)] == span
    return s, s + len(span)

# ---------------------------------------------------------------- hand-coded gold
# A(doc, ctx, lemma, class, source_text, source_canonical, affiliation, direct_quote[, note])
ATTR = [
    ("v01", "foreign ministry [[said]], amid", "say", NEUTRAL, "Italy’s foreign ministry", "Italian foreign ministry", "Italy", False),
    ("v01", "Tuesday, the ministry [[said]] in a statement", "say", NEUTRAL, "the ministry", "Italian foreign ministry", "Italy", False),
    ("v01", "flatly [[denied]] that any money", "deny", DENY, "Foreign Minister Paolo Renzi", "Paolo Renzi", "Italy", False),
    ("v01", "he [[told]] reporters at Ciampino", "tell", NEUTRAL, "he", "Paolo Renzi", "Italy", True),
    ("v01", "anonymity, [[told]] Reuters", "tell", NEUTRAL, "Two Nigerien security sources", "Nigerien security sources", "Niger", False),
    ("v01", "is [[believed]] to be linked", "believe", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("v01", "Sahel affiliate, [[said]] in a message", "say", NEUTRAL, "The group, which calls itself Katiba Gourma and is believed to be linked to al Qaeda’s Sahel affiliate", "Katiba Gourma", "Katiba Gourma", True),
    ("v01", "Security analysts [[say]] ransom", "say", NEUTRAL, "Security analysts", "Security analysts", "Other", False),
    ("v01", "kidnapping,” [[said]] Héloïse", "say", NEUTRAL, "Héloïse Marchand, a Sahel researcher at the Clingendael Institute", "Héloïse Marchand", "Other", True),
    ("v01", "Governments that [[insist]] they never pay", "insist", DIST, "Governments", "Governments", "Other", False, "Generic nested attribution inside Marchand's quote."),
    ("v01", "Democratic Party [[accused]] the government", "accuse", DIST, "Riccardo Galli of the centre-left Democratic Party", "Riccardo Galli", "Democratic Party (Italy)", True),
    ("v01", "good health, [[according to]] images", "according to", NEUTRAL, "images broadcast by state television RAI", "RAI", "Italy", False, "'according to images broadcast by X' resolves to X (like 'figures compiled by X')."),
    ("v01", "family [[said]] in a brief statement", "say", NEUTRAL, "Ferri’s family", "Ferri family", "Other", True),

    ("v02", "[[According to]] two former employees", "according to", NEUTRAL, "two former employees of the watchdog", "two former FSA employees", "Other", False),
    ("v02", "The FSA [[rejected]] that account", "reject", DENY, "The FSA", "Financial Supervisory Authority", "Norway", False),
    ("v02", "promptly,” [[said]] its director", "say", NEUTRAL, "its director general, Kari Solheim", "Kari Solheim", "Norway", True),
    ("v02", "She [[said]] the emails", "say", NEUTRAL, "She", "Kari Solheim", "Norway", True),
    ("v02", "Critics [[say]] the regulator", "say", NEUTRAL, "Critics", "Critics", "Other", False),
    ("v02", "months,” [[said]] Ole Brekke", "say", NEUTRAL, "Ole Brekke, a finance professor at the Norwegian School of Economics", "Ole Brekke", "Other", True),
    ("v02", "Nordhav Securities [[estimated]] that", "estimate", NEUTRAL, "Analysts at Nordhav Securities", "Nordhav Securities", "Other", False),
    ("v02", "they [[wrote]] in a note", "write", NEUTRAL, "they", "Nordhav Securities", "Other", False),
    ("v02", "Trygve Sande [[said]] there was", "say", NEUTRAL, "Finance minister Trygve Sande", "Trygve Sande", "Norway", True),

    ("v03", "campaigners [[claim]] radioactive", "claim", DIST, "environmental campaigners", "environmental campaigners", "Other", False),
    ("v03", "Operator Engival [[said]] reactor", "say", NEUTRAL, "Operator Engival", "Engival", "Engival", True),
    ("v03", "The company [[insisted]] there", "insist", DIST, "The company", "Engival", "Engival", False),
    ("v03", "Luc Martens [[told]] the BBC", "tell", NEUTRAL, "plant director Luc Martens", "Luc Martens", "Engival", True),
    ("v03", "Greenpeace Belgium [[says]] its own", "say", NEUTRAL, "Greenpeace Belgium", "Greenpeace Belgium", "Other", False),
    ("v03", "incident,\" [[said]] the group's", "say", NEUTRAL, "the group's energy campaigner, Sofie Claes", "Sofie Claes", "Other", True),
    ("v03", "the FANC, [[said]] it had sent", "say", NEUTRAL, "Belgium's nuclear safety regulator, the FANC", "FANC", "Belgium", False),
    ("v03", "A spokesman [[said]] the tritium", "say", NEUTRAL, "A spokesman", "FANC", "Belgium", True),
    ("v03", "readings [[reported]] by Greenpeace", "report", NEUTRAL, "Greenpeace", "Greenpeace Belgium", "Other", False, "Embedded source, like 'the data published by'."),
    ("v03", "Hilde Peeters [[said]] the government", "say", NEUTRAL, "Energy minister Hilde Peeters", "Hilde Peeters", "Belgium", True),
    ("v03", "ten days, Engival [[said]].", "say", NEUTRAL, "Engival", "Engival", "Engival", False),

    ("v04", "survivors [[accuse]] Coast Guard", "accuse", DIST, "survivors", "Survivors", "Other", False),
    ("v04", "[[According to]] the Coast Guard, the vessel", "according to", NEUTRAL, "the Coast Guard", "Hellenic Coast Guard", "Greece", False),
    ("v04", "conditions,\" [[declared]] the spokesman", "declare", NEUTRAL, "the spokesman of the Coast Guard, Nikos Alexiou", "Nikos Alexiou", "Greece", True),
    ("v04", "Four of them [[told]] our newspaper", "tell", NEUTRAL, "Four of them", "Survivors", "Other", False),
    ("v04", "water,\" [[said]] a 19-year-old", "say", NEUTRAL, "a 19-year-old from Syria, who asked that his name not be published", "a 19-year-old from Syria", "Other", True),
    ("v04", "Coast Guard [[characterised]] these testimonies", "characterise", EVAL, "The Coast Guard", "Hellenic Coast Guard", "Greece", True, "Like 'described ... as'."),
    ("v04", "and [[stated]] that no rope", "state", NEUTRAL, "The Coast Guard", "Hellenic Coast Guard", "Greece", False),
    ("v04", "Kalogerakis, [[spoke of]] a", "speak of", EVAL, "The Minister of Maritime Affairs, Giorgos Kalogerakis", "Giorgos Kalogerakis", "Greece", True),
    ("v04", "and [[warned]] against", "warn", EVAL, "The Minister of Maritime Affairs, Giorgos Kalogerakis", "Giorgos Kalogerakis", "Greece", True),
    ("v04", "[[According to]] the United Nations", "according to", NEUTRAL, "the United Nations refugee agency UNHCR", "UNHCR", "UN", False),
    ("v04", "who are [[suspected]] of being", "suspect", DIST, None, "Unspecified", "Unspecified", False),

    ("v05", "Pay-To-Play, Critics [[Say]]", "say", NEUTRAL, "Critics", "Critics", "Other", False),
    ("v05", "watchdogs, who [[say]] it looks", "say", NEUTRAL, "who", "Democrats and ethics watchdogs", "Other", False),
    ("v05", "(D-N.M.) [[said]] in a statement", "say", NEUTRAL, "Sen. Maria Delgado (D-N.M.)", "Maria Delgado", "Democratic Party (US)", True),
    ("v05", "White House flatly [[rejected]]", "reject", DENY, "The White House", "White House", "USA", False),
    ("v05", "Ben Whitlock [[insisted]] the president", "insist", DIST, "Press secretary Ben Whitlock", "Ben Whitlock", "USA", False),
    ("v05", "and [[called]] the criticism", "call", EVAL, "Press secretary Ben Whitlock", "Ben Whitlock", "USA", True),
    ("v05", "Whitlock [[told]] reporters Saturday", "tell", NEUTRAL, "Whitlock", "Ben Whitlock", "USA", True),
    ("v05", "officials [[told]] HuffPost", "tell", NEUTRAL, "two former Justice Department officials", "two former Justice Department officials", "Other", False),
    ("v05", "Ethics experts [[warn]] the pardon", "warn", EVAL, "Ethics experts", "Ethics experts", "Other", False),
    ("v05", "for sale,\" [[said]] Rachel Odum", "say", NEUTRAL, "Rachel Odum, a former government ethics lawyer", "Rachel Odum", "Other", True),
    ("v05", "attorney [[said]] his client", "say", NEUTRAL, "Castellano's attorney", "Castellano's attorney", "Other", True),

    ("v06", "the Russian Defence Ministry [[said]].", "say", NEUTRAL, "the Russian Defence Ministry", "Russian Defence Ministry", "Russia", False),
    ("v06", "[[According to]] the ministry", "according to", NEUTRAL, "the ministry", "Russian Defence Ministry", "Russia", False),
    ("v06", "the ministry [[noted]].", "note", NEUTRAL, "the ministry", "Russian Defence Ministry", "Russia", False),
    ("v06", "the statement [[said]].", "say", NEUTRAL, "the statement", "Russian Defence Ministry", "Russia", True),
    ("v06", "Armed Forces [[rejected]] the Russian version", "reject", DENY, "The Norwegian Armed Forces", "Norwegian Armed Forces", "Norway", False),
    ("v06", "Stordal [[told]] Norwegian", "tell", NEUTRAL, "spokesperson Brynjar Stordal", "Brynjar Stordal", "Norway", True),
    ("v06", "Peskov [[said]] the incident", "say", NEUTRAL, "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Russia", True),
    ("v06", "he [[told]] reporters.", "tell", NEUTRAL, "he", "Dmitry Peskov", "Russia", True),
    ("v06", "Sergei Voronin [[said]].", "say", NEUTRAL, "Northern Fleet commander Admiral Sergei Voronin", "Sergei Voronin", "Russia", False),
    ("v06", "He [[stressed]] that", "stress", NEUTRAL, "He", "Sergei Voronin", "Russia", False),
    ("v06", "Pavel Zorin [[said]] the Western", "say", NEUTRAL, "Military analyst Pavel Zorin", "Pavel Zorin", "Other", True),
    ("v06", "backyard,\" he [[said]].", "say", NEUTRAL, "he", "Pavel Zorin", "Other", True),

    ("v07", "at what they [[say]] is a secret", "say", NEUTRAL, "they", "farmers", "Other", False, "Free relative 'what they say is' (cue = say)."),
    ("v07", "join the protest, [[said]]:", "say", NEUTRAL, "Fourth-generation Devon dairy farmer Tom Pascoe, 52, who drove through the night to join the protest", "Tom Pascoe", "Other", True),
    ("v07", "and they [[think]] we won’t", "think", NEUTRAL, "they", "UK government", "UK", False, "Belief attribution nested in Pascoe's quote."),
    ("v07", "Helen Carter [[said]] members", "say", NEUTRAL, "National Farmers’ Union president Helen Carter", "Helen Carter", "National Farmers' Union", True),
    ("v07", "and [[warned]] that thousands", "warn", EVAL, "National Farmers’ Union president Helen Carter", "Helen Carter", "National Farmers' Union", False),
    ("v07", "Whitfield [[insisted]] there were", "insist", DIST, "Environment Secretary James Whitfield", "James Whitfield", "UK", True),
    ("v07", "solid,’ he [[said]].", "say", NEUTRAL, "he", "James Whitfield", "UK", True),
    ("v07", "Treasury source [[dismissed]] the leaked", "dismiss", DENY, "A Treasury source", "Treasury", "UK", True),
    ("v07", "Dunmore [[accused]] the Government", "accuse", DIST, "Shadow environment secretary Rachel Dunmore", "Rachel Dunmore", "Conservative Party", True),
    ("v07", "contempt’ and [[said]] ministers", "say", NEUTRAL, "Shadow environment secretary Rachel Dunmore", "Rachel Dunmore", "Conservative Party", False),
    ("v07", "Police [[said]] the protest", "say", NEUTRAL, "Police", "Police", "UK", False),

    ("v08", "vote, [[citing]] ‘foreign", "cite", NEUTRAL, "Lumara", "Lumara government", "Lumara", True),
    ("v08", "Grace Wanjala [[said]] the shutdown", "say", NEUTRAL, "Information Minister Grace Wanjala", "Grace Wanjala", "Lumara", True),
    ("v08", "she [[told]] a news conference", "tell", NEUTRAL, "she", "Grace Wanjala", "Lumara", True),
    ("v08", "monitoring group, [[confirmed]] that", "confirm", ENDO, "NetBlocks, the internet monitoring group", "NetBlocks", "Other", False),
    ("v08", "Users [[reported]] that", "report", NEUTRAL, "Users", "Users", "Other", False),
    ("v08", "Oduya, [[described]] the claim", "describe", EVAL, "Opposition leader Daniel Mutua, who is challenging Oduya", "Daniel Mutua", "Lumara opposition", True),
    ("v08", "described the [[claim]] of a foreign", "claim", DIST, None, "Unspecified", "Unspecified", False, "Nominal cue with content; the owner (the government) is not in the phrase."),
    ("v08", "he [[said]], adding", "say", NEUTRAL, "he", "Daniel Mutua", "Lumara opposition", True),
    ("v08", "[[adding]] that his party", "add", NEUTRAL, "he", "Daniel Mutua", "Lumara opposition", False),
    ("v08", "his party had [[documented]] dozens", "document", ENDO, "his party", "his party", "Lumara opposition", False, "Nested source (Mutua's unnamed party)."),
    ("v08", "in Nairobi [[said]] they had", "say", NEUTRAL, "Researchers at the Digital Rights Lab in Nairobi", "Digital Rights Lab", "Other", False),
    ("v08", "the minister [[describes]]", "describe", EVAL, "the minister", "Grace Wanjala", "Lumara", False, "Free relative: the scale (that) the minister describes."),
    ("v08", "describes,” [[said]] lead researcher", "say", NEUTRAL, "lead researcher Amina Yusuf", "Amina Yusuf", "Other", True),
    ("v08", "Meta [[said]] it was", "say", NEUTRAL, "Meta", "Meta", "Meta", True),
    ("v08", "The company [[said]] it had removed", "say", NEUTRAL, "The company", "Meta", "Meta", False),
    ("v08", "on Monday, [[said]] it was", "say", NEUTRAL, "The African Union election observer mission, which arrived on Monday", "African Union election observer mission", "African Union", True),
    ("v08", "mobile money [[say]] they", "say", NEUTRAL, "Traders who rely on WhatsApp for mobile money", "Traders", "Other", False),
]

# (doc, ctx, category)
HEDGES = [
    ("v01", "is [[believed]] to be linked", "attribution-hedge"),
    ("v02", "balances [[could]] lose money", "modal"),
    ("v02", "Securities [[estimated]] that", "verb"),
    ("v02", "loans [[could]] reach", "modal"),
    ("v02", "collapse is [[likely]] to revive", "adjective"),
    ("v03", "water [[may]] have leaked", "modal"),
    ("v03", "were \"[[not necessarily]]\" linked", "other"),
    ("v03", "and [[could]] reflect natural", "modal"),
    ("v03", "reactor is [[expected]] to stay", "attribution-hedge"),
    ("v04", "an [[estimated]] 400 persons", "adjective"),
    ("v04", "it is [[possibly]] the deadliest", "adverb"),
    ("v04", "who are [[suspected]] of being", "attribution-hedge"),
    ("v05", "who say it [[looks like]] a textbook", "verb"),
    ("v05", "pardon [[could]] set a dangerous", "modal"),
    ("v05", "a pardon [[seems]] to follow", "verb"),
    ("v07", "protest at [[what they say]] is a secret", "attribution-hedge"),
    ("v07", "farms [[could]] go bust", "modal"),
    ("v08", "We [[cannot rule out]] foreign", "other"),
]

BOOSTERS = [
    ("v01", "[[flatly]] denied that any money", "adverb"),
    ("v01", "Not [[a single]] euro", "other"),
    ("v02", "Financial Courier [[show]] that", "verb"),
    ("v02", "we acted [[promptly]]", "adverb"),
    ("v02", "no risk [[whatsoever]]", "other"),
    ("v03", "\"[[purely]] precautionary", "adverb"),
    ("v03", "on Monday, [[show]] tritium", "verb"),
    ("v03", "have [[repeatedly]] called", "adverb"),
    ("v03", "safety problem [[whatsoever]]", "other"),
    ("v04", "refused [[repeatedly]] every", "adverb"),
    ("v04", "under [[extremely]] difficult", "adverb"),
    ("v04", "give a [[completely]] different", "adverb"),
    ("v05", "corruption, [[plain and simple]]", "other"),
    ("v05", "White House [[flatly]] rejected", "adverb"),
    ("v05", "played [[absolutely]] no role", "adverb"),
    ("v05", "by HuffPost [[show]] that", "verb"),
    ("v06", "international airspace [[at all times]]", "other"),
    ("v06", "the incident [[showed]] that", "verb"),
    ("v06", "were [[purely]] defensive", "adverb"),
    ("v06", "Washington is [[clearly]] seeking", "adverb"),
    ("v07", "by the Express [[reveal]] that", "verb"),
    ("v07", "were ‘[[absolutely]] livid’", "adverb"),
    ("v07", "‘no plans [[whatsoever]]’", "other"),
    ("v07", "scaremongering, [[pure and simple]]", "other"),
    ("v08", "We have [[clear]] evidence", "adjective"),
    ("v08", "group, [[confirmed]] that", "verb"),
    ("v08", "“[[deeply]] concerned”", "adverb"),
    ("v08", "“[[closely]] monitoring”", "adverb"),
]

# (doc, ctx, category, voice, target)
LOADED = [
    ("v01", "and “[[friendly countries]]”", "euphemism", "quoted", "mediators"),
    ("v01", "“[[the fulfilment of our conditions]]”", "euphemism", "quoted", "Italy"),
    ("v01", "simply [[not telling the whole story]]", "doubt-marker", "quoted", "governments"),
    ("v01", "“[[lying]] to Italians”", "pejorative-label", "quoted", "Italian government"),
    ("v02", "facing [[mounting]] questions", "intensifier", "author", "FSA"),
    ("v02", "“[[routine supervisory dialogue]]”", "euphemism", "quoted", "FSA"),
    ("v02", "was [[asleep at the wheel]]", "other", "quoted", "FSA"),
    ("v02", "simply [[looked the other way]]", "other", "quoted", "FSA"),
    ("v03", "purely [[precautionary]] measure", "euphemism", "quoted", "Engival"),
    ("v03", "operator is [[playing down]] a", "other", "quoted", "Engival"),
    ("v03", "not [[reassuring press releases]]", "doubt-marker", "quoted", "Engival"),
    ("v04", "as \"[[unfounded]]\"", "doubt-marker", "quoted", "Survivors"),
    ("v04", "\"the [[exploitation of human pain]]\"", "pejorative-label", "quoted", "critics of the Coast Guard"),
    ("v05", "Harmon's [[Midnight Pardon]]", "pejorative-label", "author", "Harmon"),
    ("v05", "Megadonor [[Reeks Of]]", "other", "quoted", "Harmon"),
    ("v05", "Reeks Of [[Pay-To-Play]]", "pejorative-label", "quoted", "Harmon"),
    ("v05", "Dale Harmon [[quietly]] pardoned", "other", "author", "Harmon"),
    ("v05", "a man who [[poured]] more than", "other", "author", "Castellano"),
    ("v05", "The pardon, [[buried]] in a list", "other", "author", "Harmon"),
    ("v05", "drew immediate [[outrage]]", "intensifier", "author", "Harmon"),
    ("v05", "a president [[selling favors]]", "pejorative-label", "quoted", "Harmon"),
    ("v05", "\"This is [[corruption]], plain", "pejorative-label", "quoted", "Harmon"),
    ("v05", "\"a [[partisan smear]].\"", "doubt-marker", "quoted", "Democrats"),
    ("v05", "set a [[dangerous precedent]]", "pejorative-label", "quoted", "Harmon"),
    ("v05", "conclude that [[justice is for sale]]", "pejorative-label", "quoted", "Harmon"),
    ("v05", "\"[[paid his debt to society]].\"", "positive-label", "quoted", "Castellano"),
    ("v06", "in a [[provocative]] manner", "pejorative-label", "quoted", "NATO"),
    ("v06", "and the [[intruders]] turned", "pejorative-label", "author", "NATO"),
    ("v06", "NATO was \"[[deliberately escalating tensions]]\"", "conflict-term", "quoted", "NATO"),
    ("v06", "the first [[provocation]] of this kind", "pejorative-label", "quoted", "NATO"),
    ("v06", "Russia will [[take all necessary measures]]", "conflict-term", "quoted", "NATO"),
    ("v06", "purely [[defensive]]", "euphemism", "quoted", "Russia"),
    ("v06", "into \"[[an arena of confrontation]]\"", "conflict-term", "quoted", "NATO"),
    ("v06", "seeking to [[push Russia out of its own backyard]]", "other", "quoted", "USA"),
    ("v07", "[[FURY]] ON THE FARMS", "intensifier", "author", "UK government"),
    ("v07", "ministers ‘[[plot to axe]]’", "pejorative-label", "quoted", "UK government"),
    ("v07", "THOUSANDS of [[furious]] farmers", "intensifier", "author", "UK government"),
    ("v07", "plan to scrap [[vital]] farm", "intensifier", "author", "farm payments"),
    ("v07", "‘Stop The [[Great Rural Betrayal]]’", "pejorative-label", "quoted", "UK government"),
    ("v07", "options to [[slash]] the", "other", "author", "Treasury"),
    ("v07", "They’re [[killing off]] British farming", "other", "quoted", "UK government"),
    ("v07", "these [[clowns]] in Westminster", "pejorative-label", "quoted", "UK government"),
    ("v07", "want to [[wipe us out]]", "other", "quoted", "UK government"),
    ("v07", "‘absolutely [[livid]]’", "intensifier", "quoted", "UK government"),
    ("v07", "stories are [[scaremongering]]", "doubt-marker", "quoted", "farmers"),
    ("v07", "is [[rock solid]]", "positive-label", "quoted", "UK government"),
    ("v07", "‘one of dozens of [[routine options papers]]’", "euphemism", "quoted", "Treasury"),
    ("v07", "‘[[treating farmers with contempt]]’", "pejorative-label", "quoted", "UK government"),
    ("v07", "ministers had [[broken their promise]]", "other", "quoted", "UK government"),
    ("v08", "‘[[foreign bot army]]’", "conflict-term", "quoted", "foreign actors"),
    ("v08", "“[[foreign-funded]] bot networks”", "pejorative-label", "quoted", "foreign actors"),
    ("v08", "had [[flooded]] the platforms", "other", "quoted", "foreign actors"),
    ("v08", "platforms with [[fake news]]", "pejorative-label", "quoted", "foreign actors"),
    ("v08", "that [[hostile actors]] abroad", "pejorative-label", "quoted", "foreign actors"),
    ("v08", "fake accounts to [[destabilise]]", "conflict-term", "quoted", "foreign actors"),
    ("v08", "“a [[fairy tale]] invented", "doubt-marker", "quoted", "Lumara government"),
    ("v08", "invented to [[silence critics]]”", "other", "quoted", "Lumara government"),
    ("v08", "“The only [[disinformation]] in this", "doubt-marker", "quoted", "Lumara government"),
]

# (doc, substring of the sentence, status, source_canonical, secondary_status, mention)
CLAIMS = [
    ("v01", "freed in Niger amid ransom questions", "other", None, None, "explicit"),
    ("v01", "amid questions over whether Rome paid a ransom", "other", None, None, "explicit"),
    ("v01", "flatly denied that any money had changed hands", "denied", "Paolo Renzi", None, "explicit"),
    ("v01", "“Italy does not pay ransoms.", "denied", "Paolo Renzi", None, "explicit"),
    ("v01", "Not a single euro was paid", "denied", "Paolo Renzi", None, "explicit"),
    ("v01", "a payment of about 4 million euros was delivered", "attributed", "Nigerien security sources", None, "explicit"),
    ("v01", "could not independently verify the claim", "other", "Reuters", None, "anaphoric"),
    ("v01", "“lying to Italians” about the payment", "attributed-distanced", "Riccardo Galli", None, "anaphoric"),
    ("v02", "facing mounting questions over whether it ignored", "other", None, None, "explicit"),
    ("v02", "the concerns were raised at a management meeting", "attributed", "two former FSA employees", None, "explicit"),
    ("v02", "The FSA rejected that account.", "denied", "Financial Supervisory Authority", None, "anaphoric"),
    ("v02", "We acted on every piece of information", "denied", "Kari Solheim", None, "explicit"),
    ("v02", "rather than a formal warning", "denied", "Kari Solheim", None, "explicit"),
    ("v02", "the regulator was asleep at the wheel", "attributed", "Critics", None, "explicit"),
    ("v02", "the watchdog simply looked the other way", "attributed", "Ole Brekke", None, "explicit"),
    ("v03", "may have leaked into the River Meuse", "hedged", "environmental campaigners", "attributed-distanced", "explicit"),
    ("v03", "no release of radioactivity", "denied", "Engival", None, "explicit"),
    ("v03", "\"Every measurement we have taken is normal.", "denied", "Luc Martens", None, "explicit"),
    ("v03", "There is no leak and there has never been", "denied", "Luc Martens", None, "explicit"),
    ("v03", "\"not necessarily\" linked to the reactor", "hedged", "FANC", None, "explicit"),
    ("v04", "survivors accuse Coast Guard of fatal towing", "attributed-distanced", "Survivors", None, "explicit"),
    ("v04", "capsized suddenly when the passengers moved", "denied", "Hellenic Coast Guard", None, "explicit"),
    ("v04", "tried to tow the fishing boat", "attributed", "Survivors", None, "explicit"),
    ("v04", "\"They pulled us and the boat turned over.", "attributed", "a 19-year-old from Syria", None, "explicit"),
    ("v04", "characterised these testimonies as", "denied", "Hellenic Coast Guard", None, "anaphoric"),
    ("v04", "the smugglers bear the responsibility", "denied", "Giorgos Kalogerakis", None, "explicit"),
    ("v05", "Reeks Of Pay-To-Play", "attributed", "Critics", None, "explicit"),
    ("v05", "a president selling favors", "hedged", "Democrats and ethics watchdogs", "attributed", "explicit"),
    ("v05", "\"This is corruption, plain and simple,\"", "attributed", "Maria Delgado", None, "anaphoric"),
    ("v05", "\"Castellano paid, and Harmon delivered.\"", "attributed", "Maria Delgado", None, "explicit"),
    ("v05", "rejected any suggestion of a quid pro quo", "denied", "White House", None, "explicit"),
    ("v05", "acted on the recommendation", "denied", "Ben Whitlock", None, "explicit"),
    ("v05", "Donations played absolutely no role", "denied", "Ben Whitlock", None, "explicit"),
    ("v05", "did not respond to requests for comment", "other", "House Republicans", None, "anaphoric"),
    ("v06", "NATO aircraft violate Russian border", "asserted-as-fact", None, None, "explicit"),
    ("v06", "briefly violated Russian airspace", "attributed", "Russian Defence Ministry", None, "explicit"),
    ("v06", "the intruders turned away", "attributed", "Russian Defence Ministry", None, "anaphoric"),
    ("v06", "The violation of the state border was stopped", "attributed", "Russian Defence Ministry", None, "explicit"),
    ("v06", "rejected the Russian version", "denied", "Norwegian Armed Forces", None, "anaphoric"),
    ("v06", "operated in international airspace at all times", "denied", "Brynjar Stordal", None, "explicit"),
    ("v06", "The Pentagon has not commented.", "other", "Pentagon", None, "anaphoric"),
    ("v06", "the incident showed that NATO", "attributed", "Dmitry Peskov", None, "anaphoric"),
    ("v06", "This is not the first provocation", "attributed", "Dmitry Peskov", None, "anaphoric"),
    ("v07", "ministers ‘plot to axe’ subsidies", "attributed", "Unspecified", None, "explicit"),
    ("v07", "what they say is a secret Treasury plan", "attributed-distanced", "farmers", None, "explicit"),
    ("v07", "have drawn up options to slash", "attributed", None, None, "explicit"),
    ("v07", "They’re killing off British farming", "attributed", "Tom Pascoe", None, "explicit"),
    ("v07", "want to wipe us out with the stroke of a pen", "attributed", "Tom Pascoe", None, "explicit"),
    ("v07", "‘no plans whatsoever’ to cut the scheme", "denied", "James Whitfield", None, "explicit"),
    ("v07", "‘These stories are scaremongering", "denied", "James Whitfield", None, "anaphoric"),
    ("v07", "dismissed the leaked document", "denied", "Treasury", None, "anaphoric"),
    ("v08", "citing ‘foreign bot army’", "attributed", "Lumara government", None, "explicit"),
    ("v08", "“foreign-funded bot networks” had flooded", "attributed", "Grace Wanjala", None, "explicit"),
    ("v08", "hostile actors abroad are running thousands", "attributed", "Grace Wanjala", None, "explicit"),
    ("v08", "described the claim of a foreign bot campaign", "denied", "Daniel Mutua", None, "explicit"),
    ("v08", "The only disinformation in this country", "denied", "Daniel Mutua", None, "explicit"),
    ("v08", "no evidence of a large foreign operation", "denied", "Digital Rights Lab", None, "explicit"),
    ("v08", "We cannot rule out foreign involvement", "hedged", "Amina Yusuf", "denied", "explicit"),
]

# (layer, doc, ctx, reason): spans considered and deliberately not coded
EXCLUDED = [
    ("attributions", "v01", "Reuters could not independently [[verify]]", "Negated."),
    ("attributions", "v01", "It did not [[specify]]", "Negated speech act."),
    ("attributions", "v01", "lawmakers in Rome [[demanded]]", "Directive."),
    ("attributions", "v01", "Renzi [[thanked]] Niger", "Thanks, not a proposition."),
    ("attributions", "v02", "Internal emails seen by the Financial Courier [[show]] that", "Inanimate evidential subject; coded as booster."),
    ("attributions", "v02", "Authority [[flagged]] the bank’s", "Raising an issue with an NP that names a fact; not a reported proposition."),
    ("attributions", "v02", "Progress Party [[called for]]", "Directive."),
    ("attributions", "v02", "and [[urged]] depositors", "Directive."),
    ("attributions", "v03", "authorities have repeatedly [[called for]]", "Directive."),
    ("attributions", "v03", "reactor is [[expected]] to stay", "One relation, one cue: 'Engival said' carries the source; 'expected' coded as hedge."),
    ("attributions", "v04", "give a completely different [[version]]", "Cataphoric label without content."),
    ("attributions", "v04", "Doctors Without Borders [[demanded]]", "Directive."),
    ("attributions", "v05", "by HuffPost [[show]] that", "Inanimate evidential subject; coded as booster."),
    ("attributions", "v05", "public will reasonably [[conclude]]", "Hypothetical future inference of the public, not a reported belief."),
    ("attributions", "v05", "did not [[respond]] to requests for comment", "Non-comment."),
    ("attributions", "v06", "The Pentagon has not [[commented]]", "Non-comment."),
    ("attributions", "v06", "the incident [[showed]] that", "Inanimate evidential inside Peskov's report; coded as booster."),
    ("attributions", "v07", "Express [[reveal]] that", "Inanimate evidential subject (leaked papers); coded as booster."),
    ("attributions", "v07", "placards [[reading]]", "Text on a placard; no speaker's proposition."),
    ("attributions", "v08", "She did not [[present]] that evidence", "Negated."),
    ("attributions", "v08", "and [[urged]] the authorities", "Directive."),
    ("attributions", "v08", "but did not [[say]] where", "Negated speech act."),
    ("hedges", "v01", "payment of [[about]] 4 million", "Approximator."),
    ("hedges", "v01", "workers [[appeared]] tired", "Perceptual description, not an epistemic weakener."),
    ("hedges", "v01", "are [[often]] simply", "Frequency (generality)."),
    ("hedges", "v02", "[[roughly]] twice", "Approximator."),
    ("hedges", "v03", "closed for [[almost]] two years", "Approximator."),
    ("hedges", "v07", "was [[largely]] peaceful", "Approximator."),
    ("boosters", "v01", "are often [[simply]] not telling", "Focus/softening use, as 'simply walked away' (round 3a)."),
    ("boosters", "v02", "watchdog [[simply]] looked", "Focus use."),
    ("boosters", "v02", "fell [[sharply]] on Monday", "Magnitude of a market move, not a speech act."),
    ("boosters", "v04", "did [[everything humanly possible]]", "Emphatic effort idiom; not certainty or a listed intensifier."),
    ("boosters", "v04", "no rope was [[ever]] attached", "Plain negation."),
    ("loaded", "v01", "for [[jihadist]] groups", "Standard descriptive term."),
    ("loaded", "v02", "Regulator [[under fire]]", "Conventional news idiom."),
    ("loaded", "v02", "a [[textbook]] bank run", "Technical sense (classic case)."),
    ("loaded", "v03", "a [[troubled]] history", "Conventional."),
    ("loaded", "v03", "playing down a [[serious incident]]", "Plain description."),
    ("loaded", "v04", "an [[intense controversy]]", "Conventional."),
    ("loaded", "v05", "For [[Megadonor]]", "Standard US campaign-finance term."),
    ("loaded", "v05", "a [[web of shell companies]]", "Conventional description of the offence."),
    ("loaded", "v06", "[[escorted]] two NATO", "Standard term for an intercept."),
    ("loaded", "v06", "conducted [[large-scale]] exercises", "Descriptive."),
    ("loaded", "v07", "tractors [[clogged]] Whitehall", "Descriptive traffic verb."),
    ("loaded", "v07", "a [[secret]] Treasury plan", "Not coded (seed exclusions: 'secret')."),
    ("loaded", "v08", "was [[necessary]] because", "Bare justification; not a stock legitimising frame."),
    ("claims", "v01", "the release followed “[[the fulfilment of our conditions]]”", "Conditions unspecified; not a mention of a payment."),
    ("claims", "v01", "[[Security analysts say ransom payments have become a major source]]", "Generic."),
    ("claims", "v01", "[[Governments that insist they never pay]]", "Generic."),
    ("claims", "v02", "show that a supervisor at the Financial Supervisory Authority [[flagged]]", "A warning, not its being ignored."),
    ("claims", "v03", "[[show tritium levels]]", "Readings are evidence, not the leak itself (like a positive test, round 2)."),
    ("claims", "v03", "playing down a [[serious incident]]", "Not specific to the leak."),
    ("claims", "v04", "\"Our crews did [[everything humanly possible]]", "Defence without reference to the towing."),
    ("claims", "v04", "give a completely different [[version]]", "Cataphoric label; the content follows."),
    ("claims", "v05", "Harmon [[quietly pardoned]] billionaire", "Juxtaposition of pardon and donations, no exchange stated."),
    ("claims", "v05", "the pardon attorney's office was [[never consulted]]", "Evidence against the counter-claim, not the claim."),
    ("claims", "v05", "When a pardon [[seems to follow the money]]", "Generic conditional."),
    ("claims", "v06", "[[escorted two NATO reconnaissance aircraft away]]", "Escort away from the border is not a violation."),
    ("claims", "v07", "warned that thousands of family farms [[could go bust]]", "Consequence, not the plan."),
    ("claims", "v08", "She did not present [[that evidence]]", "Comment on the evidence, not a mention."),
    ("claims", "v08", "removed a small network of accounts [[targeting Lumara]]", "Origin unstated; not the foreign claim."),
]


def build(out_dir: Path = HERE / "gold") -> dict:
    docs = texts()
    sents = {d: sentences(t) for d, t in docs.items()}

    def sent_of(doc, s, e):
        for a, b in sents[doc]:
            if a <= s and e <= b:
                return a, b
        raise ValueError(f"{doc}: span {s}-{e} crosses a sentence boundary")

    def base(doc, s, e):
        a, b = sent_of(doc, s, e)
        sentence = docs[doc][a:b]
        assert sentence == sentence.strip()
        return {"doc": doc, "sentence": sentence}, {"char_start": s, "char_end": e,
                                                   "sentence_start": a, "sentence_end": b}

    files: dict[str, list] = {k: [] for k in ("attributions", "hedges", "boosters", "loaded",
                                              "claims", "excluded_candidates")}
    classes: dict[str, str] = {}
    for rec in ATTR:
        doc, ctx, lemma, cls, src, canon, aff, direct = rec[:8]
        s, e = locate(docs[doc], ctx)
        if classes.setdefault(lemma, cls) != cls:
            raise ValueError(f"lemma {lemma!r} has two classes")
        head, offs = base(doc, s, e)
        r = {**head, "source_text": src, "source_canonical": canon, "affiliation": aff,
             "cue": docs[doc][s:e], "cue_lemma": lemma, "cue_class": cls, "direct_quote": direct,
             **offs}
        if len(rec) > 8:
            r["note"] = rec[8]
        files["attributions"].append(r)
    for name, rows in (("hedges", HEDGES), ("boosters", BOOSTERS)):
        for doc, ctx, cat in rows:
            s, e = locate(docs[doc], ctx)
            head, offs = base(doc, s, e)
            files[name].append({**head, "cue": docs[doc][s:e], "category": cat, **offs})
    for doc, ctx, cat, voice, target in LOADED:
        s, e = locate(docs[doc], ctx)
        head, offs = base(doc, s, e)
        files["loaded"].append({**head, "term": docs[doc][s:e], "category": cat, "voice": voice,
                                "target": target, **offs})
    for doc, sub, status, src, sec, mention in CLAIMS:
        text = docs[doc]
        k = text.index(sub)
        assert text.count(sub) == 1, sub
        a, b = sent_of(doc, k, k + len(sub))
        files["claims"].append({"doc": doc, "sentence": text[a:b], "status": status,
                                "source_canonical": src, "secondary_status": sec,
                                "mention": mention, "sentence_start": a, "sentence_end": b})
    for layer, doc, ctx, reason in EXCLUDED:
        s, e = locate(docs[doc], ctx)
        head, offs = base(doc, s, e)
        files["excluded_candidates"].append({"layer": layer, **head, "span": docs[doc][s:e],
                                             **offs, "reason": reason})
    out_dir.mkdir(exist_ok=True)
    for name, rows in files.items():
        rows.sort(key=lambda r: (r["doc"], r.get("char_start", r["sentence_start"])))
        with (out_dir / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validation
    for name, rows in files.items():
        for r in rows:
            t = docs[r["doc"]]
            assert t[r["sentence_start"]:r["sentence_end"]] == r["sentence"]
            if "char_start" in r:
                span = r.get("cue", r.get("term", r.get("span")))
                assert t[r["char_start"]:r["char_end"]] == span, r
    return {k: len(v) for k, v in files.items()}


if __name__ == "__main__":
    import sys

    sys.stdout.write(json.dumps(build()) + "\n")
