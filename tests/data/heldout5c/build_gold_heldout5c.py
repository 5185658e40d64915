"""Turn the hand-coded claim gold of the fifth held-out set (claim round 5) into JSON-lines files.

Round 5 scores the claim-stance layer only. Every decision below was made by reading the
texts (before ``framing`` was run on them), following
``corpus/russia-dprk-2024/gold/GUIDELINES.md`` (Layer 5: claims) and the extra choices in
``tests/data/heldout3c/README.md`` and ``tests/data/heldout4/README.md``. The script only finds
the orthographic sentence that contains each marked substring (which must occur once in
its article), and checks ``text[start:end] == sentence``. Run from the repository root::

    python tests/data/heldout5c/build_gold_heldout5c.py

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
from gold_build import AD, AN, AT, DE, EX, HE, OT  # noqa: E402

ABBREV = gb.ABBREV


# ---------------------------------------------------------------- hand-coded gold
# (doc, unique substring of the sentence, status, source_canonical, secondary_status, mention[, note])
CLAIMS = [
    # d01 sprouts-caused-outbreak
    ("d01", "Sprout grower denies its produce caused", DE, "Prairie Sprouts", None, EX),
    ("d01", "investigating whether alfalfa sprouts", OT, "Manitoba public health", None, EX,
     "'investigating whether X': an open question (whether), as in rounds 3c and 4."),
    ("d01", "The sprouts are our leading suspect", HE, "Lena Fournier", None, EX,
     "Suspicion noun ('our leading suspect') over the claim."),
    ("d01", "denied that his farm was the source", DE, "Mark Dueck", None, EX),
    ("d01", "We test every batch", DE, "Mark Dueck", None, EX,
     "Counter-claim by the accused side (clean tests); shares no words with the claim."),
    ("d01", "Nobody got sick from our sprouts", DE, "Mark Dueck", None, EX,
     "Quote continuation; speaker inherited; negative-quantifier subject."),
    ("d01", "allege that contaminated sprouts", AD, "Families", None, EX),
    ("d01", "the families had “no doubt”", AT, "Priya Sandhu", None, EX),
    ("d01", "may link the outbreak strain", HE, "Lena Fournier", None, EX),
    ("d01", "If the link is confirmed", HE, None, None, AN, "Author-voice conditional."),
    # d02 trust-altered-figures
    ("d02", "Whistleblower claims trust massaged", AD, "Whistleblower", None, EX),
    ("d02", "managers routinely altered the recorded arrival times", AT, "Whistleblower", None, EX),
    ("d02", "arrival times were changed on at least 300", AT, "Whistleblower", None, EX,
     "Agentless passive in reported content."),
    ("d02", "“categorically rejects” the allegations", DE, "Northfield Hospitals NHS Trust", None,
     AN),
    ("d02", "Every patient’s journey is recorded electronically", DE,
     "Northfield Hospitals NHS Trust", None, EX, "Counter-claim (electronic recording)."),
    ("d02", "It is simply not possible for staff to go back", DE, "Northfield Hospitals NHS Trust",
     None, EX, "Quote continuation; speaker inherited."),
    ("d02", "edit arrival times on the system", AT, "Adrian Cole", None, EX),
    ("d02", "“aware of concerns”", OT, "Care Quality Commission", None, AN,
     "The regulator notes that concerns exist and takes no position; 'whether an inspection'."),
    ("d02", "If the figures were found to have been manipulated", HE, None, None, EX),
    ("d02", "the claims were “deeply upsetting”", DE, "Sarah Okafor", None, AN,
     "'without foundation' dismisses the claims."),
    # d03 air-force-bombed-market
    ("d03", "Aid groups say air strike hit crowded market", AT, "Aid groups", None, EX),
    ("d03", "was bombed on Saturday morning", AT, "Aid groups", None, EX,
     "Agentless passive under 'according to'."),
    ("d03", "The planes came twice", AT, "Amina Idris", None, EX),
    ("d03", "rejected the accusation, saying no aircraft", DE, "Mereth armed forces", None, AN),
    ("d03", "the deaths were caused by an explosion at a rebel", DE, "Faris Haddad", None, EX,
     "Counter-claim: another cause."),
    ("d03", "This is propaganda by the terrorists", DE, "Faris Haddad", None, AN,
     "Quote continuation with 'This' for the accusation."),
    ("d03", "appear to show craters", HE, None, None, EX,
     "Inanimate evidential (images appear to show): hedged, no source."),
    ("d03", "could not independently verify who was responsible", OT, "UN human rights office",
     None, AN),
    ("d03", "If the strike is confirmed", HE, None, None, AN, "Author-voice conditional."),
    # d04 valdor-defeat-device
    ("d04", "regulator probes suspected emissions cheating", HE, "KBA", None, EX),
    ("d04", "opened an investigation into whether", OT, "KBA", None, EX,
     "'investigation into whether X': whether is the innermost operator, an open question."),
    ("d04", "which it attributed to a defeat device", AT, "Umweltforum", None, EX),
    ("d04", "There is only one explanation for numbers like these", AT, "Katrin Vogel", None, EX,
     "Endorsing paraphrase ('the vans know when they are being tested')."),
    ("d04", "Valdor denied fitting any illegal software", DE, "Valdor", None, EX),
    ("d04", "Our vehicles comply with every applicable regulation", DE, "Hélène Marchetti", None,
     EX, "Counter-claim."),
    ("d04", "The higher readings reflect cold weather", DE, "Hélène Marchetti", None, EX,
     "Quote continuation; counter-claim (another cause), 'not any device'."),
    ("d04", "the allegations, if proved", HE, "Bernstein", AD, AN,
     "Conditional is the innermost operator; the allegations label distances."),
    # d05 attache-spied
    ("d05", "Velaria expels Korstani attaché accused of spying", AD, "Velarian foreign ministry",
     None, EX),
    ("d05", "saying he had gathered information on military shipments", AT,
     "Velarian foreign ministry", None, EX),
    ("d05", "“incompatible with his diplomatic status,”", AT, "Velarian foreign ministry", None,
     EX, "Diplomatic euphemism for espionage, glossed by the writer."),
    ("d05", "Alekhin had recruited two port workers", AT, "State Security Department", None, EX),
    ("d05", "“an unfriendly act based on fabricated claims”", DE, "Korstani embassy", None, AN),
    ("d05", "playing the spy mania game", DE, "Oleg Varin", None, AN,
     "Dismissive label for the accusation."),
    ("d05", "she had not seen the evidence against Alekhin", OT, "Rasa Dambrauskaitė", HE, AN,
     "No position on the case; 'a likely target' hedges espionage at the port in general."),
    ("d05", "If the allegations are proved in court", HE, None, None, AN),
    # d06 golden-hour-copied
    ("d06", "says ‘Golden Hour’ lifted its melody", AT, "Paper Lanterns", None, EX),
    ("d06", "alleging that Maya Rocha’s chart-topping single", AD, "Paper Lanterns", None, EX),
    ("d06", "The complaint claims the two choruses share", AD, "Paper Lanterns", None, EX),
    ("d06", "“a shameless cash grab.”", DE, "Maya Rocha", None, AN),
    ("d06", "Maya wrote ‘Golden Hour’ at her kitchen table", DE, "Tara Kim", None, EX,
     "Counter-claim (independent creation, never heard of the band)."),
    ("d06", "Four notes and a chord progression", DE, "Tara Kim", None, EX,
     "Quote continuation; counter-claim with no claim word."),
    ("d06", "may have been influenced by the earlier song", HE, "Alan Whitcombe", None, EX),
    ("d06", "If a jury finds that the melody was copied", HE, None, None, EX),
    ("d06", "heard our song on the radio", AT, "Jess Moreno", None, EX,
     "Figurative restatement of the claim."),
]

# (doc, unique substring, reason): sentences considered and deliberately not coded as mentions
EXCLUDED = [
    ("d01", "17 of the patients reported eating sprouts", "Evidence (exposure), not the causal claim."),
    ("d01", "has issued a recall of Prairie Sprouts", "An action, not a statement of the claim."),
    ("d01", "cooperating with the recall as a precaution", "About the recall; no stance on the cause."),
    ("d01", "Sprouts have been linked to E. coli outbreaks in Canada before", "Other outbreaks (generic)."),
    ("d02", "NHS England data show that Northfield reported", "Reported performance; the manipulation is not stated."),
    ("d02", "A board meeting on Thursday", "An internal review, no claim."),
    ("d03", "heard jets overhead minutes before", "Evidence; the strike on the market is not stated."),
    ("d03", "Aid agencies have suspended food distributions", "No claim."),
    ("d03", "accused rebel groups of storing weapons", "A different accusation (background)."),
    ("d04", "the carmaker admitted installing software", "Volkswagen's admitted cheating, not Valdor's."),
    ("d04", "KBA declined to say when", "Timing of the investigation; no comment on the claim itself."),
    ("d05", "have been charged with espionage", "The port workers' charge, not the attaché's spying."),
    ("d05", "would respond “in kind”", "No claim."),
    ("d05", "expelled 11 Korstani diplomats for alleged espionage", "Earlier cases of other diplomats."),
    ("d06", "due to open her world tour", "No claim."),
    ("d06", "streamed more than 900 million times", "No claim."),
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
