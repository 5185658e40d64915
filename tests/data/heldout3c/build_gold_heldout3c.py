"""Turn the hand-coded claim gold of the third held-out set into JSON-lines files.

Round 3 scores the claim-stance layer only. Every decision below was made by reading the
texts (before ``framing`` was run on them), following
``corpus/russia-dprk-2024/gold/GUIDELINES.md`` (Layer 5: claims) and the extra choices in
``tests/data/heldout/README.md`` and ``tests/data/heldout2/README.md``. The script only finds
the orthographic sentence that contains each marked substring (which must occur once in
its article), and checks ``text[start:end] == sentence``. Run from the repository root::

    python tests/data/heldout3c/build_gold_heldout3c.py

The shared machinery (sentence splitter, span location, row building, writing,
validation) is in ``tests/data/gold_build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # tests/data holds the shared gold_build module
    sys.path.insert(0, str(HERE.parent))

import gold_build as gb  # noqa: E402
from gold_build import AD, AN, AS, AT, DE, EX, HE, OT  # noqa: E402

ABBREV = gb.ABBREV


# ---------------------------------------------------------------- hand-coded gold
# (doc, unique substring of the sentence, status, source_canonical, secondary_status, mention[, note])
CLAIMS = [
    # c01 hartwell-head-looted
    ("c01", "rejects Mali’s claim that terracotta head was looted", DE, "Hartwell Museum", AD, EX,
     "Headline: main predication is the rejection; the claim is framed as Mali's claim."),
    ("c01", "saying the figure was looted", AT, "Malian government", None, EX),
    ("c01", "the head was dug up by looters", AT, "Malian government", None, EX),
    ("c01", "Fiona Blake, rejected the accusation", DE, "Fiona Blake", None, AN),
    ("c01", "This piece was legally exported in 1987", DE, "Fiona Blake", None, EX,
     "Counter-claim by the accused side (legal export, bought in good faith)."),
    ("c01", "The story that it was stolen from Djenné", DE, "Fiona Blake", None, EX,
     "Quotation sentence continuing Blake's quote; speaker inherited."),
    ("c01", "the head had been taken from the site", AT, "Aminata Traoré", None, EX),
    ("c01", "“very likely” removed illegally", HE, "Oliver Grant", None, EX),
    ("c01", "would settle the question", OT, "Oliver Grant", None, AN,
     "'the question' = whether the head was looted; presented as open."),
    ("c01", "If the museum is found to have acquired stolen property", HE, "Arts Council England",
     None, EX),
    # c02 rubevax-seizures
    ("c02", "dismisses viral claims that measles jab caused seizures", DE,
     "Romanian health ministry", AD, EX),
    ("c02", "dismissed as \"dangerous nonsense\"", DE, "Romanian health ministry", AD, EX),
    ("c02", "The rumour spread after a video", HE, "Unspecified", None, AN,
     "Conjecture noun (rumour), like speculation: hedged."),
    ("c02", "she was convinced the Rubevax jab had triggered", AT, "Elena Popescu", None, EX),
    ("c02", "caused by a high fever unrelated to the vaccine", DE, "Romanian health ministry",
     None, EX, "Counter-claim: another cause."),
    ("c02", "no evidence whatsoever that this vaccine causes seizures", DE, "Andrei Ionescu", None,
     EX),
    ("c02", "These stories are being spread deliberately", DE, "Andrei Ionescu", None, AN,
     "Quote continuation; discrediting the stories."),
    ("c02", "none of them involving seizures", DE, "National Medicines Agency", None, EX),
    ("c02", "covering up a link between the booster and the seizures", AT, "Informed Choice", None,
     EX),
    ("c02", "to support the allegation", AD, "Informed Choice", None, AN),
    ("c02", "If a link were confirmed", HE, "Andrei Ionescu", None, AN),
    ("c02", "possible that the booster had triggered", HE, "Maria Stan", None, EX),
    # c03 cement-cartel
    ("c03", "Regulator raids cement makers in price-fixing probe", HE, "Unspecified", None, EX,
     "An investigation into X presents X as suspected (as 'suspected price-fixing')."),
    ("c03", "investigation into suspected price-fixing", HE, "Unspecified", None, EX),
    ("c03", "had coordinated price increases since at least 2021", HE, "CCPC", None, EX),
    ("c03", "appear to agree price rises in advance", HE, "a person familiar with the investigation",
     None, EX),
    ("c03", "All three companies denied taking part in any cartel", DE, "the three companies", None,
     EX),
    ("c03", "Korvane said its prices were set independently", DE, "Korvane Cement", None, EX,
     "Counter-claim."),
    ("c03", "Basalt declined to comment on the allegations", OT, "Basalt Holdings", None, AN),
    ("c03", "called the collusion claims", DE, "Declan Moore", None, EX),
    ("c03", "If the allegations are proven", HE, "Aoife Byrne", None, AN),
    ("c03", "that the market was rigged", AT, "Construction Industry Federation", None, EX,
     "'confirmed what its members had long suspected': endorsing, not a hedge."),
    # c04 halas-poisoned
    ("c04", "as allies say he was poisoned", AT, "Halas's allies", None, EX),
    ("c04", "said he had been poisoned on the orders", AT, "Halas's allies", None, EX),
    ("c04", "an attempt on Viktor’s life by the security service", AT, "Irina Vass", None, EX),
    ("c04", "They tried this once before", AT, "Irina Vass", None, AN,
     "Quote continuation: speaker inherited."),
    ("c04", "Vass blamed the poisoning on the SBK", AT, "Irina Vass", None, EX,
     "blame = evaluative/other cue: attributed."),
    ("c04", "rejected the accusation as", DE, "Karvenian government", None, AN),
    ("c04", "suggested he may simply have suffered a drop", DE, "Oleg Daren", HE, AN,
     "Alternative explanation (counter-claim), itself hedged."),
    ("c04", "Nobody poisoned anyone", DE, "Oleg Daren", None, EX),
    ("c04", "as a possible poisoning", HE, "German government", None, EX),
    ("c04", "Asked whether Karvenian agents could have been behind", OT, "German government", None,
     EX, "Question + 'too early to say'."),
    ("c04", "to be poisoned in five years", AS, None, None, EX,
     "Writer's voice: Halas counted among critics who were poisoned."),
    # c05 kyrgyz-held-water
    ("c05", "accuses Kyrgyzstan of holding back", AD, "Kazakh government", None, EX),
    ("c05", "of deliberately cutting the flow", AD, "Kazakh government", None, EX),
    ("c05", "releases from the Kambar dam had fallen", AT, "Nurlan Sadykov", None, EX),
    ("c05", "Bishkek is holding our farmers hostage", AT, "Nurlan Sadykov", None, AN),
    ("c05", "less water has since reached the border", AS, None, None, EX),
    ("c05", "denied that any water had been withheld", DE, "Kyrgyz energy ministry", None, EX),
    ("c05", "the lower flow was the result of a dry winter", DE, "Kyrgyz energy ministry", None, EX,
     "Counter-claim with 'not of the dam'."),
    ("c05", "We are releasing every cubic metre", DE, "Aibek Toktogulov", None, EX),
    ("c05", "has been storing water behind the dam", HE, None, None, EX,
     "Inanimate evidential 'data suggest' (as 'appear to show' in round 2)."),
    ("c05", "whether the shortfall downstream was deliberate", OT, "Dilnoza Karimova", None, EX),
    ("c05", "If Kyrgyzstan is found to be restricting", HE, "Nurlan Sadykov", None, EX),
    ("c05", "The allegation has angered officials", AD, "Unspecified", None, AN),
    # c06 zelenka-fixed-match
    ("c06", "suspended over match-fixing allegations", AD, "Unspecified", None, EX),
    ("c06", "investigators suspect Zelenka was paid", HE, "investigators", None, EX),
    ("c06", "denied any involvement through his lawyer", DE, "Marek Zelenka", None, AN),
    ("c06", "Marek has never fixed a match", DE, "Tomas Krejci", None, EX),
    ("c06", "He made two mistakes on a bad night", DE, "Tomas Krejci", None, AN,
     "Quote continuation; counter-claim (mistakes, not fixing)."),
    ("c06", "nothing to suggest his goalkeeper had thrown the game", DE, "Pavel Novak", None, EX),
    ("c06", "appeared to dive late on purpose", HE, "a former referee", None, EX),
    ("c06", "would not comment on an ongoing case", OT, "Czech football association", None, AN),
    ("c06", "If found guilty of match-fixing", HE, None, None, EX),
    # c07 pryce-delayed-report
    ("c07", "Leaked memo suggests minister delayed", HE, None, None, EX),
    ("c07", "appears to show that the transport secretary", HE, None, None, EX),
    ("c07", "does not want this out before May", AT, "the memo", None, AN),
    ("c07", "Pryce denied on Wednesday", DE, "Graham Pryce", None, EX),
    ("c07", "I have never sat on a safety report", DE, "Graham Pryce", None, EX),
    ("c07", "This is a smear cooked up", DE, "Graham Pryce", None, AN,
     "Quote continuation."),
    ("c07", "held back only because engineers needed more time", DE, "Department for Transport",
     None, EX, "Counter-claim about the reason."),
    ("c07", "what she described as a cover-up", AD, "Nia Evans", None, AN,
     "'what she described as' distances (like 'what they said were')."),
    ("c07", "If the secretary of state put votes ahead", HE, "Nia Evans", None, AN),
    ("c07", "whether the prime minister had known about the delay", OT, "Downing Street", None, AN),
    # c08 aurora-rammed-boat
    ("c08", "says it hit fishing boat", AT, "Iranian government", None, EX),
    ("c08", "saying the vessel had rammed", AT, "Revolutionary Guards", None, EX),
    ("c08", "the tanker struck the boat", AT, "Revolutionary Guards", None, EX),
    ("c08", "had not been involved in any collision", DE, "Thalassa Maritime", None, EX),
    ("c08", "there was no incident of any kind", DE, "Thalassa Maritime", None, AN),
    ("c08", "dismissed the Iranian account", DE, "US officials", None, AN),
    ("c08", "so-called collision was", DE, "Pentagon", None, EX),
    ("c08", "could not verify either version", OT, "Ambrey", None, AN),
    ("c08", "could be consistent with a collision", HE, "Ambrey", None, EX),
    ("c08", "If the collision claim is upheld", HE, "Iranian media", None, EX),
]

# (doc, unique substring, reason): sentences considered and deliberately not coded as mentions
EXCLUDED = [
    ("c01", "The so-called Djenné head has been on display", "A name ('so-called' = known as), no claim."),
    ("c01", "a colonial habit of looking the other way", "Evaluates the museum's stance; the claim itself is not stated."),
    ("c02", "Vaccination rates among primary school children", "Consequence of the rumour, not a mention."),
    ("c03", "cement prices rose in lockstep", "Evidence (parallel pricing), not the collusion claim."),
    ("c03", "Fines for cartel offences", "Generic."),
    ("c03", "No one has been charged", "No mention of the claim."),
    ("c04", "traces of an organophosphate compound", "Finding of a substance; no agent, no poisoning claim."),
    ("c04", "accused the SBK of targeting critics abroad", "A general accusation, not this poisoning."),
    ("c05", "upstream states use rivers for hydropower", "Generic."),
    ("c06", "flagged suspicious wagers", "Betting pattern, not Zelenka's fixing."),
    ("c06", "unusual surge in bets", "Betting pattern."),
    ("c06", "convicted of fixing league games", "A 2004 case by other people."),
    ("c07", "the timing of publication was a matter for ministers", "Deflection; the claim is not stated."),
    ("c08", "The crew are safe but understandably frightened", "Quote continuation that does not mention the claim."),
    ("c08", "Iran has seized several foreign tankers", "Background; not the collision."),
]


def build(out_dir: Path = HERE / "gold") -> dict:
    docs = gb.read_texts(HERE)
    sents = gb.sentence_index(docs, ABBREV, one_word_dateline=False)
    claims = gb.claim_rows(docs, sents, CLAIMS, unique_sentences=True)
    files = {
        "claims": claims,
        "excluded_candidates": gb.excluded_sentence_rows(docs, sents, EXCLUDED, "claims",
                                                         coded=claims),
    }
    return gb.write_gold(files, docs, out_dir)


if __name__ == "__main__":
    print(build())
