"""Turn the hand-chosen gold spans of the second held-out set into JSON-lines gold files.

Coding follows corpus/russia-dprk-2024/gold/GUIDELINES.md. Every decision below was made by
reading the texts; this script only converts each marked span (``[[...]]`` inside a context
string that occurs once in the article) into character offsets, finds the orthographic
sentence around it, and checks ``text[start:end] == span``. Run from the repository root::

    python tests/data/heldout2/build_gold_heldout2.py

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
from gold_build import DENY, DIST, EVAL, NEUTRAL  # noqa: E402

ABBREV = gb.ABBREV


# ---------------------------------------------------------------- hand-coded gold
# A(doc, ctx, lemma, class, source_text, source_canonical, affiliation, direct_quote[, note])
ATTR = [
    ("t01", "Malaysia [[suspected]] of", "suspect", DIST, None, "Unspecified", "Unspecified", False, "Agentless 'suspected of': conjecture, coded like 'suspicions' (distancing)."),
    ("t01", "U.S. officials [[say]] has", "say", NEUTRAL, "U.S. officials", "U.S. officials (unnamed)", "USA", False),
    ("t01", "analysts [[estimate]] numbers", "estimate", NEUTRAL, "analysts", "analysts", "Other", False),
    ("t01", "Enforcement Agency [[said]] in", "say", NEUTRAL, "the Malaysian Maritime Enforcement Agency", "Malaysian Maritime Enforcement Agency", "Malaysia", False),
    ("t01", "It [[said]] two million", "say", NEUTRAL, "It", "Malaysian Maritime Enforcement Agency", "Malaysia", False),
    ("t01", "[[According to]] the U.S. Treasury", "according to", NEUTRAL, "the U.S. Treasury, which blacklisted the ship’s Dubai-based manager, Sea Horizon Shipping, in December", "U.S. Treasury", "USA", False),
    ("t01", "Sea Horizon flatly [[denied]]", "deny", DENY, "Sea Horizon", "Sea Horizon Shipping", "Sea Horizon Shipping", False),
    ("t01", "company spokesman [[said]] in", "say", NEUTRAL, "a company spokesman", "Sea Horizon Shipping", "Sea Horizon Shipping", True),
    ("t01", "Farahani, [[condemned]] the", "condemn", EVAL, "Iran’s foreign ministry spokesman, Reza Farahani", "Reza Farahani", "Iran", True),
    ("t01", "and [[warned]] that Tehran", "warn", EVAL, "Iran’s foreign ministry spokesman, Reza Farahani", "Reza Farahani", "Iran", False),
    ("t01", "with the case [[said]]", "say", NEUTRAL, "a lawyer familiar with the case", "a lawyer familiar with the case", "Other", False),
    ("t01", "teapots, [[according to]] tracking", "according to", NEUTRAL, "tracking data", "tracking data", "Other", False),
    ("t01", "Sanctions experts [[say]] enforcement", "say", NEUTRAL, "Sanctions experts", "Sanctions experts", "Other", False),
    ("t01", "ocean,” [[said]] Helen", "say", NEUTRAL, "Helen Marsh of the advocacy group Sanctions Watch", "Helen Marsh", "Other", True),

    ("t02", "as fraud [[claims]] swirl", "claim", DIST, None, "Unspecified", "Unspecified", False, "Nominal cue with content ('fraud claims', like 'arms trade allegations')."),
    ("t02", "for sheriff [[accused]] county", "accuse", DIST, "the losing Republican candidate for sheriff", "Dale Kessler", "Republican", False),
    ("t02", "312 votes, [[claims]] that", "claim", DIST, "Dale Kessler, who trailed Democrat Maria Ortiz by just 312 votes", "Dale Kessler", "Republican", True),
    ("t02", "He [[told]] supporters", "tell", NEUTRAL, "He", "Dale Kessler", "Republican", True),
    ("t02", "video it [[says]] shows", "say", NEUTRAL, "it", "Dale Kessler", "Republican", False, "'it' = his campaign."),
    ("t02", "Linda Choi [[said]] the footage", "say", NEUTRAL, "County registrar Linda Choi", "Linda Choi", "Ridgeway County", False),
    ("t02", "and [[insisted]] that no valid", "insist", DIST, "County registrar Linda Choi", "Linda Choi", "Ridgeway County", False),
    ("t02", "staff,\" Choi [[said]].", "say", NEUTRAL, "Choi", "Linda Choi", "Ridgeway County", True),
    ("t02", "Ruth Alvarez, [[called]] it", "call", EVAL, "The state's top election official, Secretary of State Ruth Alvarez", "Ruth Alvarez", "Nevada", True),
    ("t02", "but [[said]] the law", "say", NEUTRAL, "The state's top election official, Secretary of State Ruth Alvarez", "Ruth Alvarez", "Nevada", False),
    ("t02", "Count Every Vote [[said]] they", "say", NEUTRAL, "Election monitors from the nonpartisan group Count Every Vote", "Count Every Vote", "Other", False),
    ("t02", "they [[said]], the number", "say", NEUTRAL, "they", "Count Every Vote", "Other", False),
    ("t02", "have [[reportedly]] received", "reportedly", NEUTRAL, None, "Unspecified", "Unspecified", False),

    ("t03", "whistleblower [[says]] tests", "say", NEUTRAL, "whistleblower", "Jens Lund", "Other", False),
    ("t03", "quality manager [[alleges]] the", "allege", DIST, "a former quality manager", "Jens Lund", "Other", False),
    ("t03", "drugmaker [[said]] on Monday", "say", NEUTRAL, "The Danish drugmaker", "Halvorsen Pharma", "Halvorsen Pharma", True),
    ("t03", "Medicines Agency [[said]] the impurity", "say", NEUTRAL, "The European Medicines Agency", "European Medicines Agency", "EU", False),
    ("t03", "Jens Lund, [[claims]] internal", "claim", DIST, "the former manager, Jens Lund", "Jens Lund", "Other", False),
    ("t03", "were [[allegedly]] kept", "allege", DIST, None, "Unspecified", "Unspecified", False, "Sourceless evidential adverb, like 'reportedly'."),
    ("t03", "the complaint [[states]]", "state", NEUTRAL, "the complaint", "Jens Lund", "Other", False),
    ("t03", "Halvorsen strongly [[rejected]]", "reject", DENY, "Halvorsen", "Halvorsen Pharma", "Halvorsen Pharma", False),
    ("t03", "false,” [[said]] chief", "say", NEUTRAL, "chief executive Birgitte Holm", "Birgitte Holm", "Halvorsen Pharma", True),
    ("t03", "lives,” [[said]] Anne", "say", NEUTRAL, "Anne Sørensen of the Danish Heart Association", "Anne Sørensen", "Other", True),
    ("t03", "Jefferies [[warned]] that", "warn", EVAL, "Analysts at Jefferies", "Jefferies", "Other", False),
    ("t03", "investigation and [[said]] it would", "say", NEUTRAL, "Analysts at Jefferies", "Jefferies", "Other", False),
    ("t03", "The EMA [[said]] it had", "say", NEUTRAL, "The EMA", "European Medicines Agency", "EU", False),
    ("t03", "low, [[according to]] the agency", "according to", NEUTRAL, "the agency", "European Medicines Agency", "EU", False),

    ("t04", "Family [[disputes]] police", "dispute", DENY, "Family", "Whitaker family", "Other", False),
    ("t04", "early Sunday [[says]] he was", "say", NEUTRAL, "The family of a 23-year-old man shot dead by a Columbus police officer early Sunday", "Whitaker family", "Other", False),
    ("t04", "Police [[said]] officers", "say", NEUTRAL, "Police", "Columbus police", "Columbus police", False),
    ("t04", "who [[allegedly]] pulled", "allege", DIST, None, "Unspecified", "Unspecified", False),
    ("t04", "chest, [[according to]] a preliminary", "according to", NEUTRAL, "a preliminary report", "a preliminary report", "Other", False),
    ("t04", "Ronald Ames [[told]] reporters", "tell", NEUTRAL, "Police Chief Ronald Ames", "Ronald Ames", "Columbus police", True),
    ("t04", "the department [[said]]. But", "say", NEUTRAL, "the department", "Columbus police", "Columbus police", False),
    ("t04", "Denise Whitaker, [[insisted]] her", "insist", DIST, "Whitaker's mother, Denise Whitaker", "Denise Whitaker", "Other", False),
    ("t04", "she [[said]] at a vigil", "say", NEUTRAL, "she", "Denise Whitaker", "Other", True),
    ("t04", "Michael Grant [[called]] the police", "call", EVAL, "Family attorney Michael Grant", "Michael Grant", "Other", True),
    ("t04", "anonymity [[said]] she did", "say", NEUTRAL, "A witness who spoke to the Dispatch on condition of anonymity", "a witness", "Other", False),
    ("t04", "legal experts [[said]].", "say", NEUTRAL, "legal experts", "legal experts", "Other", False),
    ("t04", "police union [[said]] the officer", "say", NEUTRAL, "The police union", "police union", "Columbus police", True),

    ("t05", "Defence Ministry [[said]].", "say", NEUTRAL, "Armenia’s Defence Ministry", "Armenian Defence Ministry", "Armenia", False),
    ("t05", "The ministry [[said]] Azerbaijani", "say", NEUTRAL, "The ministry", "Armenian Defence Ministry", "Armenia", True),
    ("t05", "Baku swiftly [[rejected]]", "reject", DENY, "Baku", "Azerbaijani government", "Azerbaijan", False),
    ("t05", "Defence Ministry [[said]] its positions", "say", NEUTRAL, "Azerbaijan’s Defence Ministry", "Azerbaijani Defence Ministry", "Azerbaijan", True),
    ("t05", "Huseynov [[said]].", "say", NEUTRAL, "spokesperson Kamran Huseynov", "Kamran Huseynov", "Azerbaijan", True),
    ("t05", "Armenian side, [[said]] it was aware", "say", NEUTRAL, "The EU Monitoring Mission in Armenia, whose patrols operate only on the Armenian side", "EU Monitoring Mission in Armenia", "EU", True),
    ("t05", "Nerkin Hand [[told]] OC Media", "tell", NEUTRAL, "Residents of Nerkin Hand", "Residents of Nerkin Hand", "Other", False),
    ("t05", "Pashinyan [[called]] it", "call", EVAL, "Armenian Prime Minister Nikol Pashinyan", "Nikol Pashinyan", "Armenia", True),
    ("t05", "officials [[accused]] Yerevan", "accuse", DIST, "Azerbaijani officials", "Azerbaijani government", "Azerbaijan", True),
    ("t05", "year, [[according to]] figures", "according to", NEUTRAL, "the Armenian ombudsman", "Armenian ombudsman", "Armenia", False, "'according to figures compiled by X' resolves to X."),
    ("t05", "Analysts [[warned]] that a", "warn", EVAL, "Analysts", "Analysts", "Other", False),

    ("t06", "Poland [[blames]] Russian", "blame", EVAL, "Poland", "Polish government", "Poland", False),
    ("t06", "Thursday [[attributed]] a cyberattack", "attribute", EVAL, "Polish officials", "Polish government", "Poland", False, "'attribute X to Y' = blame."),
    ("t06", "Piotr Wolski [[said]] investigators", "say", NEUTRAL, "Digital affairs minister Piotr Wolski", "Piotr Wolski", "Poland", True),
    ("t06", "he [[told]] reporters", "tell", NEUTRAL, "he", "Piotr Wolski", "Poland", True),
    ("t06", "[[according to]] a technical report", "according to", NEUTRAL, "Poland's CERT", "CERT Polska", "Poland", False, "'according to a report published by X' resolves to X."),
    ("t06", "report [[published]] by", "publish", NEUTRAL, "Poland's CERT", "CERT Polska", "Poland", False, "Embedded source, like 'the data published by'."),
    ("t06", "security firm Redline, [[said]] some", "say", NEUTRAL, "Marta Nowak, a threat analyst at the Gdańsk-based security firm Redline", "Marta Nowak", "Other", False),
    ("t06", "percent,\" she [[said]].", "say", NEUTRAL, "she", "Marta Nowak", "Other", True),
    ("t06", "Warsaw [[dismissed]] the allegations", "dismiss", DENY, "The Russian embassy in Warsaw", "Russian embassy in Warsaw", "Russia", True),
    ("t06", "and [[said]] Poland had", "say", NEUTRAL, "The Russian embassy in Warsaw", "Russian embassy in Warsaw", "Russia", False),
    ("t06", "consistently [[denied]] involvement", "deny", DENY, "Moscow", "Russian government", "Russia", False),
    ("t06", "NATO [[said]] it stood", "say", NEUTRAL, "NATO", "NATO", "NATO", False),
    ("t06", "alliance [[said]] that if", "say", NEUTRAL, "A spokesperson for the alliance", "NATO", "NATO", False),
    ("t06", "officials [[said]].", "say", NEUTRAL, "officials", "Polish government", "Poland", False),

    ("t07", "council [[accused]] of hiring", "accuse", DIST, None, "Unspecified", "Unspecified", True, "Agentless passive accusation; 'scabs' in quotation marks."),
    ("t07", "have [[accused]] the council", "accuse", DIST, "Striking refuse workers in Hartlepool", "Striking refuse workers", "GMB", False),
    ("t07", "GMB union [[claims]] that", "claim", DIST, "The GMB union", "GMB", "GMB", False),
    ("t07", "what it [[says]] would be", "say", NEUTRAL, "it", "GMB", "GMB", False),
    ("t07", "[[according to]] union officials", "according to", NEUTRAL, "union officials, who shared photographs with the Mail", "GMB", "GMB", False),
    ("t07", "strongly [[denies]] using", "deny", DENY, "Hartlepool Borough Council", "Hartlepool Borough Council", "Hartlepool Borough Council", False),
    ("t07", "A spokesperson [[said]] the crews", "say", NEUTRAL, "A spokesperson", "Hartlepool Borough Council", "Hartlepool Borough Council", True),
    ("t07", "[[adding]]: “The council", "add", NEUTRAL, "A spokesperson", "Hartlepool Borough Council", "Hartlepool Borough Council", True),
    ("t07", "she [[said]].", "say", NEUTRAL, "she", "Sue Metcalfe", "GMB", True),
    ("t07", "the union [[says]] amounts", "say", NEUTRAL, "the union", "GMB", "GMB", False),
    ("t07", "has [[described]] the demands", "describe", EVAL, "Council leader Brenda Harker", "Brenda Harker", "Hartlepool Borough Council", True),
    ("t07", "and [[warned]] that meeting", "warn", EVAL, "Council leader Brenda Harker", "Brenda Harker", "Hartlepool Borough Council", False),
    ("t07", "cats,” [[said]] pensioner", "say", NEUTRAL, "pensioner Alan Dobson, 74", "Alan Dobson", "Other", True),
    ("t07", "Employment lawyers [[say]] that", "say", NEUTRAL, "Employment lawyers", "Employment lawyers", "Other", False),
    ("t07", "Acas [[said]] it was", "say", NEUTRAL, "Acas", "Acas", "UK", False),

    ("t08", "Integrity Unit [[announced]] Wednesday", "announce", NEUTRAL, "the Athletics Integrity Unit", "Athletics Integrity Unit", "World Athletics", False),
    ("t08", "vehemently [[denied]] doping", "deny", DENY, "Okafor", "Grace Okafor", "Other", False),
    ("t08", "she [[wrote]].", "write", NEUTRAL, "she", "Grace Okafor", "Other", True),
    ("t08", "Richard Ellison, [[said]] the positive", "say", NEUTRAL, "Her lawyer, Richard Ellison", "Richard Ellison", "Other", False),
    ("t08", "scientists [[say]].", "say", NEUTRAL, "scientists", "scientists", "Other", False),
    ("t08", "Peter Nwosu, [[said]]:", "say", NEUTRAL, "her coach, Peter Nwosu", "Peter Nwosu", "Other", True),
    ("t08", "[[according to]] a person familiar", "according to", NEUTRAL, "a person familiar with the case who was not authorized to speak publicly", "a person familiar with the case", "Other", True, "Relays the AIU finding, partial quote."),
    ("t08", "the case, [[said]] the sport", "say", NEUTRAL, "World Athletics president Sebastian Coe", "Sebastian Coe", "World Athletics", True),
    ("t08", "federation [[called]] the suspension", "call", EVAL, "The Nigerian federation", "Nigerian federation", "Nigeria", True),
]

# (doc, ctx, category)
HEDGES = [
    ("t01", "Malaysia [[suspected]] of", "attribution-hedge"),
    ("t01", "analysts [[estimate]] numbers", "verb"),
    ("t01", "Reuters [[appear]] to show", "verb"),
    ("t01", "ship [[could]] be forfeited", "modal"),
    ("t01", "crude was [[probably]] bound", "adverb"),
    ("t02", "hundreds, [[maybe]] thousands", "adverb"),
    ("t02", "cost taxpayers an [[estimated]] $85,000", "adjective"),
    ("t02", "was [[unlikely]] to change", "adjective"),
    ("t02", "have [[reportedly]] received", "attribution-hedge"),
    ("t03", "a [[probable]] carcinogen", "adjective"),
    ("t03", "were [[allegedly]] kept", "attribution-hedge"),
    ("t03", "episode [[could]] invite", "modal"),
    ("t03", "would [[likely]] weigh", "adverb"),
    ("t03", "is [[considered]] low", "attribution-hedge"),
    ("t04", "who [[allegedly]] pulled", "attribution-hedge"),
    ("t04", "so far [[indicates]] the officer", "verb"),
    ("t04", "officer is [[unlikely]] to face", "adjective"),
    ("t05", "spiral [[could]] quickly", "modal"),
    ("t06", "but [[could]] also have been", "modal"),
    ("t07", "them [[could]] mean cuts", "modal"),
    ("t08", "was [[most likely]] caused", "adverb"),
    ("t08", "is [[almost certain]] to be absent", "adjective"),
]

BOOSTERS = [
    ("t01", "Sea Horizon [[flatly]] denied", "adverb"),
    ("t01", "never carried [[a single]] barrel", "other"),
    ("t02", "there is [[absolutely]] no evidence", "adverb"),
    ("t02", "video it says [[shows]] a worker", "verb"),
    ("t02", "the footage [[showed]] spoiled", "verb"),
    ("t03", "“[[purely]] precautionary”", "adverb"),
    ("t03", "Halvorsen [[strongly]] rejected", "adverb"),
    ("t03", "is [[categorically]] false", "adverb"),
    ("t03", "every finding [[promptly]]", "adverb"),
    ("t03", "promptly, [[exactly]] as the rules", "adverb"),
    ("t03", "it is [[nothing short of]] a scandal", "other"),
    ("t04", "in [[extremely]] dangerous", "adverb"),
    ("t05", "Baku [[swiftly]] rejected", "adverb"),
    ("t05", "lies [[entirely]] with", "adverb"),
    ("t05", "forces [[did]] fire first", "other"),
    ("t06", "investigators had \"[[no doubt]]\"", "other"),
    ("t06", "Moscow has [[consistently]] denied", "adverb"),
    ("t07", "Council [[strongly]] denies", "adverb"),
    ("t07", "acted [[entirely]] within", "adverb"),
    ("t08", "Okafor [[vehemently]] denied", "adverb"),
    ("t08", "\"[[Absolutely]] not.", "adverb"),
    ("t08", "is [[widely]] used", "adverb"),
]

# (doc, ctx, category, voice, target)
LOADED = [
    ("t01", "[[smuggled]] Iranian crude", "pejorative-label", "quoted", "Ocean Vela"),
    ("t01", "a “[[dark fleet]]”", "pejorative-label", "quoted", "tankers"),
    ("t01", "“These are [[politically motivated smears]].”", "doubt-marker", "quoted", "USA"),
    ("t01", "act of [[maritime piracy]]", "pejorative-label", "quoted", "Malaysia"),
    ("t01", "tolerate the [[harassment]] of", "pejorative-label", "quoted", "Malaysia"),
    ("t01", "remains [[patchy]]", "other", "quoted", "sanctions enforcement"),
    ("t01", "“Every seizure is [[a drop in the ocean]],”", "other", "quoted", "sanctions enforcement"),
    ("t02", "\"[[stolen in broad daylight]].\"", "pejorative-label", "quoted", "county staff"),
    ("t02", "These [[baseless]] attacks", "doubt-marker", "quoted", "Kessler"),
    ("t02", "\"a [[costly stunt]]\"", "pejorative-label", "quoted", "Kessler"),
    ("t03", "tests were [[buried]]", "other", "quoted", "Halvorsen"),
    ("t03", "purely [[precautionary]]", "euphemism", "quoted", "Halvorsen"),
    ("t03", "If the company [[sat on]] these", "other", "quoted", "Halvorsen"),
    ("t03", "short of a [[scandal]]", "pejorative-label", "quoted", "Halvorsen"),
    ("t04", "[[split-second decisions]]", "other", "quoted", "police"),
    ("t04", "in the back [[like an animal]]", "pejorative-label", "quoted", "police"),
    ("t04", "him as a [[thug]]", "pejorative-label", "quoted", "Whitaker"),
    ("t04", "narrative \"a [[cover story]]\"", "doubt-marker", "quoted", "police"),
    ("t05", "fire [[proportionately]]", "positive-label", "quoted", "Armenia"),
    ("t05", "‘[[retaliatory measures]]’", "euphemism", "quoted", "Azerbaijan"),
    ("t05", "suppress ‘[[provocations]]’", "pejorative-label", "quoted", "Armenia"),
    ("t05", "[[deliberate attempt to torpedo the peace process]]", "conflict-term", "quoted", "Azerbaijan"),
    ("t05", "of ‘[[staging]]’", "doubt-marker", "quoted", "Armenia"),
    ("t05", "a [[tit-for-tat spiral]]", "conflict-term", "quoted", "Armenia-Azerbaijan"),
    ("t05", "months of [[painstaking]] diplomacy", "positive-label", "quoted", "Armenia-Azerbaijan"),
    ("t06", "Moscow over [[sabotage]] on its", "conflict-term", "author", "Russia"),
    ("t06", "deliberate [[act of sabotage]] by", "conflict-term", "quoted", "Russia"),
    ("t06", "by a [[hostile state]]", "pejorative-label", "quoted", "Russia"),
    ("t06", "\"[[Russophobic hysteria]]\"", "doubt-marker", "quoted", "Poland"),
    ("t07", "agency ‘[[scabs]]’", "pejorative-label", "quoted", "agency workers"),
    ("t07", "[[essential health and safety collections]]", "euphemism", "quoted", "Hartlepool Borough Council"),
    ("t07", "bringing in [[scabs]] is", "pejorative-label", "quoted", "agency workers"),
    ("t07", "a [[disgraceful]] attempt", "pejorative-label", "quoted", "Hartlepool Borough Council"),
    ("t07", "attempt to [[bully]] low-paid", "pejorative-label", "quoted", "Hartlepool Borough Council"),
    ("t07", "as “[[unaffordable]]”", "other", "quoted", "GMB"),
    ("t07", "[[rats the size of cats]]", "intensifier", "quoted", "Hartlepool Borough Council"),
    ("t08", "had \"[[zero tolerance]]\" for", "other", "quoted", "dopers"),
    ("t08", "for [[cheats]]", "pejorative-label", "quoted", "dopers"),
    ("t08", "\"a [[witch hunt]]\"", "doubt-marker", "quoted", "Athletics Integrity Unit"),
    ("t08", "The [[poster girl]] of", "positive-label", "author", "Okafor"),
    ("t08", "Sprint [[star]] Okafor", "positive-label", "author", "Okafor"),
]

# (doc, substring of the sentence, status, source_canonical, secondary_status, mention)
CLAIMS = [
    ("t01", "Tanker seized off Malaysia suspected", "hedged", "Unspecified", None, "explicit"),
    ("t01", "U.S. officials say has smuggled", "attributed", "U.S. officials (unnamed)", None, "explicit"),
    ("t01", "Iranian oil was loaded onto", "attributed", "U.S. Treasury", None, "explicit"),
    ("t01", "appear to show the tanker", "hedged", None, None, "explicit"),
    ("t01", "Sea Horizon flatly denied", "denied", "Sea Horizon Shipping", None, "anaphoric"),
    ("t01", "never carried a single barrel", "denied", "Sea Horizon Shipping", None, "explicit"),
    ("t01", "These are politically motivated smears", "denied", "Sea Horizon Shipping", None, "anaphoric"),
    ("t01", "If the cargo proves to be Iranian", "hedged", "a lawyer familiar with the case", None, "explicit"),
    ("t02", "as fraud claims swirl", "attributed-distanced", "Unspecified", None, "explicit"),
    ("t02", "accused county staff of throwing out votes", "attributed-distanced", "Dale Kessler", None, "explicit"),
    ("t02", "were deliberately discarded", "attributed-distanced", "Dale Kessler", None, "explicit"),
    ("t02", "shows a worker tossing envelopes", "attributed", "Dale Kessler", None, "explicit"),
    ("t02", "no valid ballot had been destroyed", "denied", "Linda Choi", None, "explicit"),
    ("t02", "no evidence of any wrongdoing by our staff", "denied", "Linda Choi", None, "anaphoric"),
    ("t02", "These baseless attacks", "denied", "Linda Choi", None, "anaphoric"),
    ("t02", "nothing that would suggest ballots", "denied", "Count Every Vote", None, "explicit"),
    ("t02", "Even if some ballots were discarded", "hedged", "Count Every Vote", None, "explicit"),
    ("t03", "whistleblower says tests were buried", "attributed", "Jens Lund", None, "explicit"),
    ("t03", "alleges the company knew about the problem", "attributed-distanced", "Jens Lund", None, "explicit"),
    ("t03", "Those results were allegedly kept", "attributed-distanced", "Jens Lund", None, "explicit"),
    ("t03", "Halvorsen strongly rejected", "denied", "Halvorsen Pharma", None, "anaphoric"),
    ("t03", "Any suggestion that we concealed", "denied", "Birgitte Holm", None, "explicit"),
    ("t03", "If the company sat on these results", "hedged", "Anne Sørensen", None, "explicit"),
    ("t03", "declined to comment on the allegations", "other", "European Medicines Agency", None, "anaphoric"),
    ("t04", "Family disputes police account", "denied", "Whitaker family", None, "anaphoric"),
    ("t04", "says he was unarmed", "denied", "Whitaker family", None, "explicit"),
    ("t04", "allegedly pulled a handgun", "attributed-distanced", "Columbus police", None, "explicit"),
    ("t04", "insisted her son never owned a weapon", "denied", "Denise Whitaker", None, "explicit"),
    ("t04", "called the police narrative", "denied", "Michael Grant", None, "anaphoric"),
    ("t04", "did not see Whitaker holding anything", "denied", "a witness", None, "explicit"),
    ("t04", "If the footage shows Whitaker aiming a gun", "hedged", "legal experts", None, "explicit"),
    ("t05", "Azerbaijani units had opened fire", "attributed", "Armenian Defence Ministry", None, "explicit"),
    ("t05", "Baku swiftly rejected the account", "denied", "Azerbaijani government", None, "anaphoric"),
    ("t05", "had come under fire first", "denied", "Azerbaijani Defence Ministry", None, "explicit"),
    ("t05", "the shelling began from across the border", "attributed", "Residents of Nerkin Hand", None, "explicit"),
    ("t05", "deliberate attempt to torpedo", "attributed", "Nikol Pashinyan", "denied", "anaphoric"),
    ("t05", "If Azerbaijani forces did fire first", "hedged", "Armenian ombudsman", None, "explicit"),
    ("t06", "Poland blames Russian military hackers", "attributed", "Polish government", None, "explicit"),
    ("t06", "attributed a cyberattack", "attributed", "Polish government", None, "explicit"),
    ("t06", "the intrusion was carried out by a unit", "attributed", "Piotr Wolski", None, "explicit"),
    ("t06", "deliberate act of sabotage by a hostile state", "attributed", "Piotr Wolski", None, "explicit"),
    ("t06", "tools previously linked to Sandworm", "hedged", "Marta Nowak", None, "explicit"),
    ("t06", "dismissed the allegations", "denied", "Russian embassy in Warsaw", None, "anaphoric"),
    ("t06", "consistently denied involvement", "denied", "Russian government", None, "explicit"),
    ("t06", "if Russian involvement were confirmed", "hedged", "NATO", None, "explicit"),
    ("t07", "council accused of hiring agency", "attributed-distanced", "Unspecified", None, "explicit"),
    ("t07", "accused the council of secretly bringing in", "attributed-distanced", "Striking refuse workers", None, "explicit"),
    ("t07", "temporary drivers have been hired", "attributed-distanced", "GMB", None, "explicit"),
    ("t07", "Agency workers were seen emptying bins", "attributed", "GMB", None, "explicit"),
    ("t07", "strongly denies using agency staff", "denied", "Hartlepool Borough Council", None, "explicit"),
    ("t07", "existing council employees", "denied", "Hartlepool Borough Council", None, "anaphoric"),
    ("t07", "bringing in scabs is a disgraceful", "attributed", "Sue Metcalfe", None, "explicit"),
    ("t08", "found to have knowingly used the substance", "hedged", None, None, "explicit"),
    ("t08", "vehemently denied doping", "denied", "Grace Okafor", None, "explicit"),
    ("t08", "never taken a prohibited substance", "denied", "Grace Okafor", None, "explicit"),
    ("t08", "not by doping", "denied", "Richard Ellison", "hedged", "explicit"),
    ("t08", "Asked whether she had used the steroid", "denied", "Peter Nwosu", None, "explicit"),
    ("t08", "If the doping charge is upheld", "hedged", None, None, "anaphoric"),
]

# (layer, doc, ctx, reason): spans considered and deliberately not coded
EXCLUDED = [
    ("attributions", "t01", "images reviewed by Reuters [[appear to show]]", "Inanimate evidential subject; 'appear' coded as hedge."),
    ("attributions", "t03", "Any [[suggestion]] that we concealed", "Generic hypothetical nominal inside a denial; no source."),
    ("attributions", "t03", "[[declined to comment]] on the allegations", "Non-comment (GUIDELINES Layer 1)."),
    ("attributions", "t03", "is [[considered]] low, according", "One relation, one cue: 'according to' carries the source; 'considered' coded as hedge."),
    ("attributions", "t04", "[[contradicting]] the department's", "Anaphoric label without content."),
    ("attributions", "t04", "and [[demanded]] the release", "Directive."),
    ("attributions", "t04", "want to [[paint him as]] a thug", "Intention inside a quote, not a reported statement."),
    ("attributions", "t05", "Yerevan [[trade blame]]", "No content."),
    ("attributions", "t05", "It [[published]] photos", "Publishing photos, not a proposition."),
    ("attributions", "t06", "most direct [[accusation]] Warsaw", "Anaphoric label without content (apposition)."),
    ("attributions", "t06", "investigators had \"[[no doubt]]\"", "Certainty idiom inside Wolski's report; coded as booster."),
    ("attributions", "t08", "without [[commenting]] on the case", "Non-comment."),
    ("attributions", "t02", "NPR could not independently [[verify]]", "Negated."),
    ("hedges", "t02", "nothing that would [[suggest]] ballots", "Inside a negated existential that makes a denial; not a weakener."),
    ("hedges", "t05", "their accounts [[could]] not be verified", "Ability modal."),
    ("hedges", "t01", "[[about]] 40 nautical miles", "Approximator."),
    ("boosters", "t01", "appear to [[show]] the tanker", "Evidential verb under 'appear'."),
    ("boosters", "t02", "were [[deliberately]] discarded", "Intentionality, not certainty (first held-out round)."),
    ("boosters", "t06", "is [[never]] a hundred percent", "Negated certainty; plain negation."),
    ("boosters", "t07", "of [[secretly]] bringing", "Manner, not certainty."),
    ("loaded", "t01", "the latest [[blow]] to", "Conventional news idiom."),
    ("loaded", "t01", "an [[ageing]] oil tanker", "Descriptive."),
    ("loaded", "t05", "border [[flare-up]]", "Conventional news term for a clash."),
    ("loaded", "t07", "a [[real-terms cut]]", "Standard economic term."),
    ("loaded", "t04", "the police [[narrative]]", "Mild; in the writer's paraphrase of Grant's call."),
    ("claims", "t02", "[[the election had been \"stolen]]", "Broader claim (stolen election), not the ballot-discarding claim."),
    ("claims", "t03", "[[internal tests flagged the contamination]]", "Tests flagged contamination; neither knowledge nor concealment is stated."),
    ("claims", "t08", "[[tested positive for the anabolic steroid]]", "A positive test is not the claim (knowing use)."),
]


def build(out_dir: Path = HERE / "gold") -> dict:
    docs = gb.read_texts(HERE)
    sents = gb.sentence_index(docs, ABBREV)
    files = {
        "attributions": gb.attribution_rows(docs, sents, ATTR),
        "hedges": gb.cue_rows(docs, sents, HEDGES),
        "boosters": gb.cue_rows(docs, sents, BOOSTERS),
        "loaded": gb.loaded_rows(docs, sents, LOADED),
        "claims": gb.claim_rows(docs, sents, CLAIMS),
        "excluded_candidates": gb.excluded_span_rows(docs, sents, EXCLUDED),
    }
    return gb.write_gold(files, docs, out_dir)


if __name__ == "__main__":
    sys.stdout.write(json.dumps(build()) + "\n")
