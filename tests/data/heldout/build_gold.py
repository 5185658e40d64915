"""Turn the hand-chosen gold spans of the held-out set into JSON-lines gold files.

Coding follows corpus/russia-dprk-2024/gold/GUIDELINES.md. Every decision below was made by
reading the texts; this script only converts each marked span (``[[...]]`` inside a context
string that occurs once in the article) into character offsets, finds the orthographic
sentence around it, and checks ``text[start:end] == span``. Run from the repository root::

    python tests/data/heldout/build_gold.py

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

ABBREV = gb.ABBREV


# ---------------------------------------------------------------- hand-coded gold
# A(doc, ctx, lemma, class, source_text, source_canonical, affiliation, direct_quote[, note])
ATTR = [
    ("h01", "in what Beijing [[called]] “strong", "call", EVAL, "Beijing", "Chinese government", "China", True),
    ("h01", "defence ministry [[said]] it had", "say", NEUTRAL, "Taiwan’s defence ministry", "Taiwan Ministry of National Defense", "Taiwan", False),
    ("h01", "Lai Ching-te, [[told]] troops", "tell", NEUTRAL, "Taiwan’s president, Lai Ching-te", "Lai Ching-te", "Taiwan", True),
    ("h01", "[[adding]] that the island", "add", NEUTRAL, "Taiwan’s president, Lai Ching-te", "Lai Ching-te", "Taiwan", False, "Participial; controller is the main-clause subject."),
    ("h01", "Theater Command [[said]] the exercises", "say", NEUTRAL, "China’s Eastern Theater Command", "Eastern Theater Command", "China", True),
    ("h01", "missile units it [[said]] were", "say", NEUTRAL, "it", "CCTV", "China", False, "Relative clause; 'it' = CCTV."),
    ("h01", "[[According to]] two Taiwanese", "according to", NEUTRAL, "two Taiwanese security officials", "Taiwanese security officials (unnamed)", "Taiwan", False),
    ("h01", "restraint, [[saying]] it was", "say", NEUTRAL, "The U.S. State Department", "U.S. State Department", "USA", True),
    ("h01", "Analysts [[said]] the drills", "say", NEUTRAL, "Analysts", "Analysts", "Other", False),
    ("h01", "whom Beijing [[regards]] as", "regard", EVAL, "Beijing", "Chinese government", "China", True, "'regard as' labels, like describe/call."),
    ("h01", "Wang Wenbin [[dismissed]] the criticism", "dismiss", DENY, "China’s foreign ministry spokesman Wang Wenbin", "Wang Wenbin", "China", False),
    ("h01", "he [[told]] a regular", "tell", NEUTRAL, "he", "Wang Wenbin", "China", True),

    ("h02", "with mediators [[saying]] a deal", "say", NEUTRAL, "mediators", "mediators", "Other", True),
    ("h02", "Hamas is [[reportedly]] willing", "reportedly", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("h02", "its leaders [[insist]] that", "insist", DIST, "its leaders", "Hamas", "Hamas", False),
    ("h02", "Netanyahu, has [[vowed]] to press", "vow", EVAL, "Israel's prime minister, Benjamin Netanyahu", "Benjamin Netanyahu", "Israel", True),
    ("h02", "the UN [[says]] aid deliveries", "say", NEUTRAL, "the UN", "United Nations", "UN", False),
    ("h02", "for days,\" [[said]] Juliette", "say", NEUTRAL, "Juliette Touma, a spokeswoman for the UN agency for Palestinian refugees, UNRWA", "Juliette Touma", "UN", True),
    ("h02", "UN officials [[accuse]] Israel", "accuse", DIST, "UN officials", "UN officials (unnamed)", "UN", False),
    ("h02", "Israel [[denies]] restricting", "deny", DENY, "Israel", "Israeli government", "Israel", False),
    ("h02", "and [[blames]] the UN's", "blame", EVAL, "Israel", "Israeli government", "Israel", False),
    ("h02", "system, [[saying]] hundreds", "say", NEUTRAL, "Israel", "Israeli government", "Israel", False),
    ("h02", "oversees aid, [[said]] there was", "say", NEUTRAL, "Cogat, the Israeli defence body that oversees aid", "Cogat", "Israel", True),
    ("h02", "Aid agencies [[say]] the inspections", "say", NEUTRAL, "Aid agencies", "Aid agencies", "Other", False),
    ("h02", "hostages are [[believed to]] remain", "believe", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("h02", "whom are [[thought to]] be dead", "think", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("h02", "correspondent [[says]] both sides", "say", NEUTRAL, "The BBC's Middle East correspondent", "BBC / The BBC's Middle East correspondent", "Other", False),

    ("h03", "Mike Johnson [[insists]] his caucus", "insist", DIST, "House Speaker Mike Johnson", "Mike Johnson", "USA", True),
    ("h03", "he [[told]] reporters on Tuesday", "tell", NEUTRAL, "he", "Mike Johnson", "USA", True),
    ("h03", "Democrats [[counter]] that", "counter", NEUTRAL, "Democrats", "Democrats", "USA", False),
    ("h03", "has repeatedly [[called]] \"a flat-out", "call", EVAL, "Johnson", "Mike Johnson", "USA", True),
    ("h03", "budget experts [[say]], is", "say", NEUTRAL, "budget experts", "budget experts", "Other", False),
    ("h03", "[[according to]] the Center", "according to", NEUTRAL, "the Center on Budget and Policy Priorities, a left-leaning think tank", "Center on Budget and Policy Priorities", "Other", False),
    ("h03", "Republican aides [[acknowledge]] that", "acknowledge", ENDO, "several Republican aides", "Republican aides (unnamed)", "USA", False, "acknowledge = concede, factive like confirm."),
    ("h03", "one aide [[said]], speaking", "say", NEUTRAL, "one aide", "Republican aides (unnamed) / one aide", "USA", True),
    ("h03", "has [[accused]] Republicans", "accuse", DIST, "The White House", "White House", "USA", False),
    ("h03", "Jean-Pierre [[said]] on Wednesday", "say", NEUTRAL, "Press secretary Karine Jean-Pierre", "Karine Jean-Pierre", "USA", True),

    ("h04", "bank details [[feared]] stolen", "fear", NEUTRAL, None, "Unspecified", "Unspecified", False, "Agentless evidential like 'believed to'."),
    ("h04", "the Sun can [[reveal]]", "reveal", ENDO, "the Sun", "The Sun", "Other", False, "Factive reporting verb."),
    ("h04", "finally [[admitted]] last night", "admit", ENDO, "The budget supermarket giant", "ValueMart", "ValueMart", False),
    ("h04", "customers [[blasted]] the firm's", "blast", EVAL, "Furious customers", "customers", "Other", True),
    ("h04", "from Leeds, [[said]]:", "say", NEUTRAL, "Mum-of-three Karen Hollis, 41, from Leeds", "Karen Hollis", "Other", True),
    ("h04", "Alan Mercer [[warned]] the stolen", "warn", EVAL, "Cyber security expert Dr Alan Mercer", "Alan Mercer", "Other", False),
    ("h04", "move fast,\" he [[said]].", "say", NEUTRAL, "he", "Alan Mercer", "Other", True),
    ("h04", "gang is [[believed to]] be behind", "believe", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("h04", "raid, [[according to]] sources", "according to", NEUTRAL, "sources close to the investigation", "sources close to the investigation", "Other", False),
    ("h04", "ValueMart [[insisted]] that", "insist", DIST, "ValueMart", "ValueMart", "ValueMart", False),
    ("h04", "accessed and [[said]] there", "say", NEUTRAL, "ValueMart", "ValueMart", "ValueMart", True),
    ("h04", "A spokesman [[claimed]] the firm", "claim", DIST, "A spokesman", "ValueMart / A spokesman", "ValueMart", True),
    ("h04", "Office [[said]] it was making", "say", NEUTRAL, "The Information Commissioner's Office", "Information Commissioner's Office", "UK", False),
    ("h04", "Lowe [[branded]] the delay", "brand", EVAL, "Tory MP Sir Graham Lowe", "Graham Lowe", "UK", True),

    ("h05", "von der Leyen [[spoke of]] a", "speak of", EVAL, "EU Commission President Ursula von der Leyen", "Ursula von der Leyen", "EU", True, "'spoke of a X' labels (= called it a X)."),
    ("h05", "[[According to]] information of", "according to", NEUTRAL, "the news magazine Der Spiegel", "Der Spiegel", "Other", False),
    ("h05", "organisations sharply [[criticise]] the", "criticise", EVAL, "Human rights organisations", "Human rights organisations", "Other", False),
    ("h05", "as Human Rights Watch [[documented]]", "document", ENDO, "Human Rights Watch", "Human Rights Watch", "Other", False, "'as X documented' presents the content as established."),
    ("h05", "people are [[said to]] have died", "say", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("h05", "crimes,” [[declared]] the organisation", "declare", NEUTRAL, "the organisation’s Europe director, Judith Sunderland", "Judith Sunderland", "Other", True),
    ("h05", "Kais Saied [[rejected]] the accusations", "reject", DENY, "The Tunisian President Kais Saied", "Kais Saied", "Tunisia", True),
    ("h05", "he [[said]] already in June", "say", NEUTRAL, "he", "Kais Saied", "Tunisia", False),
    ("h05", "Faeser [[defended]] the agreement", "defend", EVAL, "Interior Minister Nancy Faeser", "Nancy Faeser", "Germany", True),
    ("h05", "other hand, [[speak of]] a", "speak of", EVAL, "The Greens", "The Greens", "Germany", True),
    ("h05", "Experts [[expect]] that", "expect", NEUTRAL, "Experts", "Experts", "Other", False, "Belief/prediction verb: neutral like believe/estimate."),

    ("h06", "Mahamadou Sana, [[announced]] on", "announce", NEUTRAL, "the Minister of Security, Mahamadou Sana", "Mahamadou Sana", "Burkina Faso", False),
    ("h06", "[[According to]] the Minister", "according to", NEUTRAL, "the Minister", "Mahamadou Sana", "Burkina Faso", True),
    ("h06", "he [[specified]].", "specify", NEUTRAL, "he", "Mahamadou Sana", "Burkina Faso", False),
    ("h06", "The Minister [[stressed]] that", "stress", NEUTRAL, "The Minister", "Mahamadou Sana", "Burkina Faso", False),
    ("h06", "he [[declared]], without", "declare", NEUTRAL, "he", "Mahamadou Sana", "Burkina Faso", True),
    ("h06", "has firmly [[condemned]]", "condemn", EVAL, "The President of the Transition, Captain Ibrahim Traoré", "Ibrahim Traoré", "Burkina Faso", True),
    ("h06", "ourselves,” [[declared]] a student", "declare", NEUTRAL, "a student leader, Aminata Ouédraogo", "Aminata Ouédraogo", "Other", True),
    ("h06", "for its part, [[rejected]] any", "reject", DENY, "The French Foreign Ministry", "French Foreign Ministry", "France", False),
    ("h06", "[[calling]] the allegations", "call", EVAL, "The French Foreign Ministry", "French Foreign Ministry", "France", True),
    ("h06", "Observers however [[note]] that", "note", NEUTRAL, "Observers", "Observers", "Other", False),

    ("h07", "a CCG spokesperson [[said]].", "say", NEUTRAL, "a CCG spokesperson", "China Coast Guard", "China", False),
    ("h07", "Gan Yu [[said]] in a statement", "say", NEUTRAL, "spokesperson Gan Yu", "Gan Yu", "China", False),
    ("h07", "Gan [[added]].", "add", NEUTRAL, "Gan", "Gan Yu", "China", False),
    ("h07", "provocations, [[stressing]] that", "stress", NEUTRAL, "Gan", "Gan Yu", "China", False),
    ("h07", "Mao Ning [[told]] a press", "tell", NEUTRAL, "Chinese Foreign Ministry spokesperson Mao Ning", "Mao Ning", "China", False),
    ("h07", "she [[said]], apparently", "say", NEUTRAL, "she", "Mao Ning", "China", True),
    ("h07", "outlets [[claimed]] that", "claim", DIST, "Some Western media outlets", "Western media", "Other", False),
    ("h07", "facts, Mao [[said]], adding", "say", NEUTRAL, "Mao", "Mao Ning", "China", False),
    ("h07", "said, [[adding]] that the so-called", "add", NEUTRAL, "Mao", "Mao Ning", "China", True),
    ("h07", "Analysts [[said]] the Philippines'", "say", NEUTRAL, "Analysts", "Analysts", "Other", False),
    ("h07", "Studies, [[said]] the Philippine", "say", NEUTRAL, "Chen Xiangmiao, an assistant research fellow at the National Institute for South China Sea Studies", "Chen Xiangmiao", "China", True),

    ("h08", "island states [[said]] amounted", "say", NEUTRAL, "small island states", "Alliance of Small Island States", "Other", True),
    ("h08", "The text, [[published]] by", "publish", NEUTRAL, "the Emirati presidency", "COP28 presidency", "UAE", False),
    ("h08", "negotiators [[said]] Saudi", "say", NEUTRAL, "Several negotiators", "negotiators / Several negotiators", "Other", False),
    ("h08", "Schuster [[said]] on behalf", "say", NEUTRAL, "Samoa's environment minister Cedric Schuster", "Cedric Schuster", "Samoa", True),
    ("h08", "bin Salman, [[told]] Bloomberg", "tell", NEUTRAL, "Its energy minister, Prince Abdulaziz bin Salman", "Abdulaziz bin Salman", "Saudi Arabia", True),
    ("h08", "Al Ghais [[reportedly]] urged", "reportedly", NEUTRAL, None, "Unspecified", "Unspecified", False),
    ("h08", "Hoekstra [[described]] the draft", "describe", EVAL, "The EU's climate chief Wopke Hoekstra", "Wopke Hoekstra", "EU", True),
    ("h08", "Kerry [[said]] the world", "say", NEUTRAL, "US climate envoy John Kerry", "John Kerry", "USA", True),
    ("h08", "Al Jaber [[insisted]] that", "insist", DIST, "COP28 president Sultan Al Jaber", "Sultan Al Jaber", "UAE", False),
    ("h08", "Observers [[say]] a final", "say", NEUTRAL, "Observers", "Observers", "Other", False),

    ("h09", "Philippine military [[said]], in", "say", NEUTRAL, "the Philippine military", "Armed Forces of the Philippines", "Philippines", False),
    ("h09", "being hit, [[said]] Commodore", "say", NEUTRAL, "Commodore Jay Tarriela, a Philippine coast guard spokesman", "Jay Tarriela", "Philippines", True),
    ("h09", "Tarriela [[told]] reporters", "tell", NEUTRAL, "Tarriela", "Jay Tarriela", "Philippines", True),
    ("h09", "He [[accused]] Beijing", "accuse", DIST, "He", "Jay Tarriela", "Philippines", True),
    ("h09", "Beijing has [[blamed]] Manila", "blame", EVAL, "Beijing", "Chinese government", "China", False),
    ("h09", "collision, [[saying]] the Philippine", "say", NEUTRAL, "Beijing", "Chinese government", "China", True),
    ("h09", "Philippines, [[condemned]] China's", "condemn", EVAL, "The United States, a treaty ally of the Philippines", "U.S. government", "USA", True),
    ("h09", "actions and [[reaffirmed]] that", "reaffirm", EVAL, "The United States, a treaty ally of the Philippines", "U.S. government", "USA", False, "Commitment speech act, grouped with assure/pledge."),
    ("h09", "Security analysts [[say]] the", "say", NEUTRAL, "Security analysts", "Security analysts", "Other", False),
    ("h09", "Some [[fear]] that", "fear", NEUTRAL, "Some", "Some", "Other", False, "Belief verb with a clause."),
]

# (doc, ctx, category)
HEDGES = [
    ("h01", "were [[likely]] intended", "adverb"),
    ("h01", "and [[could]] be followed", "modal"),
    ("h02", "Hamas is [[reportedly]] willing", "attribution-hedge"),
    ("h02", "inspections [[may]] have slowed", "modal"),
    ("h02", "are [[believed to]] remain", "attribution-hedge"),
    ("h02", "are [[thought to]] be dead", "attribution-hedge"),
    ("h02", "both sides [[appear]] to be", "verb"),
    ("h03", "spending bill [[may]] have less", "modal"),
    ("h03", "which [[could]] lengthen", "modal"),
    ("h03", "is [[unlikely]] to accept", "adjective"),
    ("h03", "Polls [[suggest]] voters", "verb"),
    ("h03", "that [[may]] change", "modal"),
    ("h04", "details [[feared]] stolen", "attribution-hedge"),
    ("h04", "customers [[could]] have had", "modal"),
    ("h04", "gang is [[believed to]] be", "attribution-hedge"),
    ("h05", "are [[said to]] have died", "attribution-hedge"),
    ("h05", "is [[uncertain]].", "adjective"),
    ("h05", "smugglers [[could]] simply", "modal"),
    ("h07", "she said, [[apparently]] referring", "adverb"),
    ("h08", "Al Ghais [[reportedly]] urged", "attribution-hedge"),
    ("h08", "is [[likely]] to be reached", "adverb"),
    ("h08", "[[possibly]] late on Tuesday", "adverb"),
    ("h08", "it remains [[unclear]] whether", "adjective"),
    ("h09", "incidents [[appear]] designed", "verb"),
    ("h09", "miscalculation [[could]] spark", "modal"),
]

BOOSTERS = [
    ("h01", "We will [[firmly]] defend", "adverb"),
    ("h01", "“[[deeply]] concerned", "adverb"),
    ("h03", "fight is [[really]] about", "adverb"),
    ("h03", "has [[repeatedly]] called", "adverb"),
    ("h03", "\"a [[flat-out]] lie", "adverb"),
    ("h03", "be \"[[entirely]] on", "adverb"),
    ("h03", "What is [[clear]] is that", "adjective"),
    ("h04", "an [[absolute]] disgrace", "adjective"),
    ("h04", "was [[almost certainly]] already", "adverb"),
    ("h04", "acted \"[[swiftly]] and", "adverb"),
    ("h04", "\"[[utterly]] unacceptable", "adverb"),
    ("h05", "organisations [[sharply]] criticise", "adverb"),
    ("h05", "money will [[actually]] reduce", "adverb"),
    ("h06", "others are [[actively]] being", "adverb"),
    ("h06", "has [[firmly]] condemned", "adverb"),
    ("h07", "Disregarding [[repeated]] warnings", "adjective"),
    ("h07", "is [[completely]] inconsistent", "adverb"),
    ("h07", "were [[undoubtedly]] instigated", "adverb"),
    ("h08", "\"[[absolutely]] not\"", "adverb"),
    ("h08", "fossil fuels [[at all]].", "other"),
    ("h09", "released by Manila [[shows]] a", "verb"),
]

# (doc, ctx, category, voice, target)
LOADED = [
    ("h01", "them ‘[[strong punishment]]’", "conflict-term", "quoted", "Taiwan"),
    ("h01", "called “[[strong punishment]]” for", "conflict-term", "quoted", "Taiwan"),
    ("h01", "the “[[separatist acts]]”", "pejorative-label", "quoted", "Taiwan"),
    ("h01", "a “[[dangerous separatist]]”", "pejorative-label", "quoted", "Taiwan"),
    ("h01", "criticism as [[interference]] in", "doubt-marker", "quoted", "USA"),
    ("h01", "“[[Taiwan independence forces]]", "pejorative-label", "quoted", "Taiwan"),
    ("h01", "with their [[heads broken and blood flowing]]", "conflict-term", "quoted", "Taiwan"),
    ("h02", "a [[man-made catastrophe]]", "other", "quoted", "Israel"),
    ("h02", "under [[mounting]] pressure", "intensifier", "author", "Israel-Hamas"),
    ("h03", "another [[game of chicken]]", "other", "author", "Congress"),
    ("h03", "rein in \"[[reckless]]\"", "pejorative-label", "quoted", "Democrats"),
    ("h03", "going to [[rubber-stamp]]", "other", "quoted", "Democrats"),
    ("h03", "another [[bloated]] omnibus", "pejorative-label", "quoted", "Democrats"),
    ("h03", "plan would [[slash]] Medicare", "other", "quoted", "Republicans"),
    ("h03", "\"a [[flat-out lie]].\"", "doubt-marker", "quoted", "Democrats"),
    ("h03", "the [[hardline]] Freedom", "pejorative-label", "author", "Republicans"),
    ("h03", "\"Leadership is [[boxed in]],\"", "other", "quoted", "Republicans"),
    ("h03", "Republicans of [[holding the economy hostage]]", "pejorative-label", "quoted", "Republicans"),
    ("h04", "'[[SHAMBLES]]'", "pejorative-label", "quoted", "ValueMart"),
    ("h04", "ValueMart [[cyber raid]]", "other", "author", "hackers"),
    ("h04", "a [[massive]] cyber attack", "intensifier", "author", "hackers"),
    ("h04", "that [[crooks]] had", "pejorative-label", "author", "hackers"),
    ("h04", "giant [[finally]] admitted", "other", "author", "ValueMart"),
    ("h04", "[[Furious]] customers", "other", "author", "ValueMart"),
    ("h04", "firm's \"[[pathetic]]\"", "pejorative-label", "quoted", "ValueMart"),
    ("h04", "an [[absolute disgrace]]", "pejorative-label", "quoted", "ValueMart"),
    ("h04", "The [[notorious]] LockBit", "pejorative-label", "author", "hackers"),
    ("h04", "behind the [[raid]], according", "other", "author", "hackers"),
    ("h04", "for \"[[any inconvenience]]\"", "euphemism", "quoted", "ValueMart"),
    ("h04", "\"[[utterly unacceptable]]\"", "pejorative-label", "quoted", "ValueMart"),
    ("h05", "a [[so-called]] “strategic", "doubt-marker", "author", "EU-Tunisia"),
    ("h05", "a “[[historic step]]”", "positive-label", "quoted", "EU-Tunisia"),
    ("h05", "itself [[complicit]] in", "pejorative-label", "quoted", "EU"),
    ("h05", "in these [[crimes]],”", "pejorative-label", "quoted", "Tunisia"),
    ("h05", "as “[[lies]]”", "doubt-marker", "quoted", "HRW"),
    ("h05", "a “[[campaign]]” against", "doubt-marker", "quoted", "HRW"),
    ("h05", "a “[[dirty deal]]”", "pejorative-label", "quoted", "EU-Tunisia"),
    ("h05", "with an [[authoritarian ruler]]", "pejorative-label", "author", "Tunisia"),
    ("h06", "foil [[destabilisation attempt]]", "conflict-term", "author", "plotters"),
    ("h06", "their [[accomplices]] abroad", "pejorative-label", "author", "plotters"),
    ("h06", "the [[plotters]] intended", "pejorative-label", "author", "plotters"),
    ("h06", "“[[plunge our country into chaos]]”", "conflict-term", "quoted", "plotters"),
    ("h06", "the [[heroic]] fight", "positive-label", "author", "Burkina Faso"),
    ("h06", "the [[terrorist hordes]]", "pejorative-label", "author", "jihadists"),
    ("h06", "“this [[cowardly and treacherous act]]”", "pejorative-label", "quoted", "plotters"),
    ("h06", "The [[patriotic]] youth", "positive-label", "author", "Burkina Faso"),
    ("h06", "their [[unwavering]] support", "positive-label", "author", "Burkina Faso"),
    ("h06", "allegations “[[baseless]]”", "doubt-marker", "quoted", "Burkina Faso"),
    ("h07", "takes [[control measures]] against", "euphemism", "author", "Philippines"),
    ("h07", "vessels [[illegally intruding]] into", "pejorative-label", "author", "Philippines"),
    ("h07", "took [[necessary control measures]] in", "euphemism", "author", "Philippines"),
    ("h07", "that [[illegally intruded]] into", "pejorative-label", "author", "Philippines"),
    ("h07", "ship in a [[dangerous manner]]", "pejorative-label", "quoted", "Philippines"),
    ("h07", "was [[professional, restrained and standard]]", "positive-label", "quoted", "China"),
    ("h07", "stop its [[provocations]]", "pejorative-label", "author", "Philippines"),
    ("h07", "China's [[inherent territory]]", "positive-label", "quoted", "China"),
    ("h07", "had [[colluded with external forces]]", "pejorative-label", "quoted", "Philippines"),
    ("h07", "to [[stir up trouble]]", "pejorative-label", "quoted", "Philippines"),
    ("h07", "stop [[meddling]]", "pejorative-label", "quoted", "USA"),
    ("h07", "Such [[hype]] is", "doubt-marker", "quoted", "West"),
    ("h07", "the [[so-called]] \"aggressive", "doubt-marker", "quoted", "West"),
    ("h07", "was a [[smear]].", "doubt-marker", "quoted", "West"),
    ("h07", "undoubtedly [[instigated]] by", "pejorative-label", "quoted", "USA"),
    ("h07", "\"[[playing with fire]]\"", "conflict-term", "quoted", "Philippines"),
    ("h08", "\"[[death certificate]]\"", "conflict-term", "quoted", "oil producers"),
    ("h08", "Dubai [[stumbled]] into", "other", "author", "COP28"),
    ("h08", "hard to [[water down]] the", "other", "quoted", "Saudi Arabia"),
    ("h08", "\"[[insufficient and disappointing]]\"", "pejorative-label", "quoted", "COP28 presidency"),
    ("h08", "\"a [[war for survival]]\"", "conflict-term", "quoted", "oil producers"),
    ("h08", "sought an [[ambitious outcome]]", "positive-label", "quoted", "COP28 presidency"),
    ("h09", "dangerous [[act of aggression]]", "conflict-term", "quoted", "China"),
    ("h09", "\"[[bullying]]\"", "pejorative-label", "quoted", "China"),
    ("h09", "\"[[dangerous and unlawful]]\"", "pejorative-label", "quoted", "China"),
]

# (doc, substring of the sentence, status, source_canonical, secondary_status, mention)
CLAIMS = [
    ("h01", "35 of the aircraft had crossed", "attributed", "Taiwan Ministry of National Defense", None, "explicit"),
    ("h01", "came within 24 nautical miles", "attributed", "Taiwanese security officials (unnamed)", None, "explicit"),
    ("h02", "UN officials accuse Israel", "attributed-distanced", "UN officials (unnamed)", None, "explicit"),
    ("h02", "Israel denies restricting", "denied", "Israeli government", None, "explicit"),
    ("h02", "there was \"no limit\" on the amount of aid", "denied", "Cogat", None, "explicit"),
    ("h02", "inspections may have slowed deliveries", "hedged", "Aid agencies", None, "explicit"),
    ("h03", "Democrats counter that", "attributed", "Democrats", "denied", "explicit"),
    ("h03", "The bill does not touch Social Security", "denied", None, None, "explicit"),
    ("h04", "bank details feared stolen", "attributed", "Unspecified", None, "explicit"),
    ("h04", "could have had their bank details stolen", "hedged", None, "attributed", "explicit"),
    ("h04", "the stolen data was almost certainly", "attributed", "Alan Mercer", None, "explicit"),
    ("h04", "passwords had not been accessed", "denied", "ValueMart", None, "explicit"),
    ("h05", "abandoned hundreds of migrants", "attributed", "Human Rights Watch", None, "explicit"),
    ("h05", "complicit in these crimes", "attributed", "Judith Sunderland", None, "anaphoric"),
    ("h05", "rejected the accusations", "denied", "Kais Saied", None, "anaphoric"),
    ("h06", "orchestrated by officers and their accomplices abroad", "attributed", "Mahamadou Sana", None, "explicit"),
    ("h06", "planned and financed from abroad", "attributed", "Mahamadou Sana", None, "explicit"),
    ("h06", "Certain foreign powers", "attributed", "Mahamadou Sana", None, "explicit"),
    ("h06", "rejected any involvement", "denied", "French Foreign Ministry", None, "anaphoric"),
    ("h07", "Some Western media outlets claimed", "attributed-distanced", "Western media", None, "explicit"),
    ("h07", "Such hype is completely", "denied", "Mao Ning", None, "anaphoric"),
    ("h08", "COP talks deadlocked as oil producers", "asserted-as-fact", None, None, "explicit"),
    ("h08", "lobbied hard to water down", "attributed", "negotiators / Several negotiators", None, "explicit"),
    ("h08", "Saudi Arabia has not commented", "other", "Saudi government", None, "anaphoric"),
    ("h08", "would \"absolutely not\" agree", "attributed", "Abdulaziz bin Salman", None, "explicit"),
    ("h08", "\"proactively reject\"", "attributed", "Unspecified", None, "explicit"),
    ("h09", "Chinese coast guard fires water cannon", "asserted-as-fact", None, None, "explicit"),
    ("h09", "ships blasted Philippine government vessels with water cannon", "attributed", "Armed Forces of the Philippines", None, "explicit"),
    ("h09", "shows a Chinese vessel spraying", "asserted-as-fact", None, None, "explicit"),
    ("h09", "did not address the use of water cannon", "other", "Chinese government", None, "explicit"),
]

# (layer, doc, ctx, reason): spans considered and deliberately not coded
EXCLUDED = [
    ("attributions", "h01", "Department [[called on]] Beijing", "Directive ('called on X to'), not a statement of content."),
    ("attributions", "h02", "His office [[declined to comment]]", "Non-comment (GUIDELINES Layer 1)."),
    ("attributions", "h03", "[[speaking]] on condition", "No content."),
    ("attributions", "h03", "Polls [[suggest]]", "Inanimate evidential subject; coded as hedge."),
    ("attributions", "h04", "nobody bothered to [[tell]] me", "Negated speech act."),
    ("attributions", "h04", "and [[apologised]] for", "Apology, not a proposition."),
    ("attributions", "h04", "and [[demanded]] a full", "Directive."),
    ("attributions", "h06", "and [[called on]] the population", "Directive."),
    ("attributions", "h07", "Gan [[urged]] the Philippine", "Directive."),
    ("attributions", "h08", "has not [[commented]] publicly", "Negated speech act; claim status other."),
    ("attributions", "h08", "reportedly [[urged]] member", "Directive."),
    ("attributions", "h09", "It did not [[address]]", "Negated speech act."),
    ("attributions", "h09", "to [[assert]] its claim", "Territorial claim, not a speech report."),
    ("hedges", "h08", "countries \"[[could]]\" take", "Root modal (options), not epistemic."),
    ("hedges", "h03", "voters [[tend to]] blame", "Generality, not epistemic (GUIDELINES: frequency/generality not hedges)."),
    ("boosters", "h02", "UN officials accuse Israel of [[deliberately]] blocking", "Intentionality, not certainty."),
    ("boosters", "h09", "Manila [[grounded]]", "placeholder check"),
    ("loaded", "h03", "a [[left-leaning]] think tank", "Standard ideological descriptor."),
    ("loaded", "h05", "reduce [[irregular migration]]", "Standard EU term."),
]
EXCLUDED = [e for e in EXCLUDED if e[3] != "placeholder check"]


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
