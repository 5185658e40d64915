"""Build ``framing/lexicons/affect.tsv`` from the VADER sentiment lexicon.

Usage::

    python tools/build_affect_lexicon.py PATH/TO/vader_lexicon.txt [--threshold 2.0] [--sd-cap 1.0]

``vader_lexicon.txt`` ships in the PyPI wheel ``vaderSentiment`` 3.3.2
(``vaderSentiment/vader_lexicon.txt``; MIT licence, (c) 2016 C.J. Hutto). Each line is
``token<TAB>mean valence (-4..4)<TAB>SD<TAB>[10 ratings]``.

Selection (all principled, fixed before any error analysis):

* single lower-case alphabetic words of 3+ letters (drops emoticons, ``:)``, ``<3``, digits);
* ``|mean| >= threshold`` and ``SD < sd_cap`` (the raters agree the word is strongly valenced);
* not profanity, internet slang or chat acronyms (:data:`SLANG`, :data:`PROFANE_ROOTS`);
* not the plain, near-neutral vocabulary of news reporting (:data:`NEWS_STOPLIST`): event and
  harm words, legal and reporting vocabulary, economic terms, common emotions of the people
  reported on, and words that are mostly names or fixed terms (party, united, justice);
* not already a word of the shipped ``loaded``, ``hedges`` or ``boosters`` lexicons (any
  alternative of any pattern, default or opt-in): the hand-listed lexicons win on overlap.
  Stoplist and shipped words also block their inflections (same Porter stem).

References
----------
.. [1] Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious rule-based model for
   sentiment analysis of social media text. *ICWSM 2014*.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from nltk.stem import PorterStemmer

ROOT = Path(__file__).resolve().parents[1]
LEXDIR = ROOT / "framing" / "lexicons"

#: Profanity, vulgar slang, internet slang and chat acronyms (written from general knowledge).
SLANG = set("""
fuck fucked fucker fuckers fucking fucks fuckin motherfucker motherfuckers shit shits shitty
shitted shithead bullshit damn damned damnit dammit goddamn goddamned bitch bitches bitching
bitchy ass asses asshole assholes bastard bastards crap crappy crapped piss pissed pissing dick
dickhead dicks cunt cunts cock cocks pussy whore whores slut sluts twat wanker bollocks bugger
arse arsehole douche douchebag jackass dumbass badass hell heck darn freakin frickin friggin
lol lmao lmfao rofl roflmao wtf omg omfg fml smh bff bffs xoxo xox xd ftw ftl gtfo stfu idk
ily ilu luv lul lulz meh yay yey woo woohoo wow yum yummy nah yeah yep nope yup aww awww ugh
haha hahaha hehe hehehe jk ikr imo imho irl nsfw pwned pwn noob n00b fab sux suxx sucks sucked
sucker suck lame cool kewl awesomesauce kinky horny sexy sexiest hottie hotties booty boobs
oops oopsie whoa wooo yeees
aas aayf afu alol ambw aml atab bfd bfe bsod btd cwot doa fav fave fcol ffs fkm foaf fubar fwb
gga gla hagd hagn hand hak hhoj hugz iyq kfy kia kmuf lmbao lmso lts lya lyb lyl lylab lylas lylb
mml mofo muah mwah nfc nfw nitl nme pita ptl rotfl rotgl sete sfete sgtm snafu sob swak tgif thx
tia tyvm urw vbg vbs vip vwd vwp wtg wth xlnt xqzt yvw ywia aok gratz prblm tard fag effin fuked
cutey kissy okays yucky woot amor lolz hahas slaw
""".split())

#: Profanity roots: any token containing one is dropped (bitchiest, shittiest, scumbag).
PROFANE_ROOTS = ("fuck", "shit", "bitch", "cunt", "whore", "slut", "twat", "piss", "asshole",
                 "crap", "damn", "scum", "wank", "bastard")

#: Plain, near-neutral vocabulary of news reporting (written from general knowledge, before
#: any error analysis): what happened, to whom, and how it was reported or judged in court.
NEWS_STOPLIST = set("""
kill kills killed killing killings killer killers die dies died dying dead death deaths deadly
fatal fatally fatality fatalities murder murders murdered murderer murderers homicide suicide
suicidal attack attacks attacked attacker attackers war wars warfare battle battles fight fights
fighting fought fighter fighters combat conflict conflicts crisis crises emergency emergencies
injure injures injured injuring injury injuries wound wounds wounded hurt hurts hurting harm harmed
harms harmful pain painful arrest arrests arrested fire fires fired crash crashes crashed collision
accident accidents accidental victim victims casualty casualties survivor survivors survive
survived surviving protest protests protested protesting protester protesters strike strikes
striking bomb bombs bombed bombing bombings explosion explosions violence violent shooting
shootings shot shoot shooter stab stabbed stabbing assault assaulted rape raped rapist abuse
abused abuses abusive kidnap kidnapped kidnapping hostage hostages terror flood floods flooding
drought disaster disasters catastrophe collapse collapsed collapses destroy destroyed destroys
destruction damage damaged damages loss losses lose loses losing lost fail fails failed failing
failure failures poverty poor hunger hungry starve starved starving starvation famine disease
diseases sick sickness ill illness cancer dangerous danger dangers risk risks risky threat threats
threaten threatens threatened threatening warn warns warned warning warnings escape escaped
rescue rescued rescues save saved saves saving safe safely safety secure secured security
protect protects protected protecting protection defend defended defense defence defenses
peace peaceful ceasefire truce help helps helped helping helpful aid aided support supports
supported supporting supporter supporters assist assisted assistance win wins won winner winners
winning victory victories defeat defeated defeats agree agrees agreed agreement agreements accept
accepted accepts approve approved approval benefit benefits benefited growth grow grows grew
improve improved improves improvement recover recovered recovery success successful successfully
succeed succeeded gain gains gained profit profits profitable rich wealth wealthy award awards
awarded prize prizes celebrate celebrated celebrates celebration celebrations honor honors
honored honour honours honoured free freed freedom freedoms release released liberty rights
justice fair unfair legal illegal illegally lawful unlawful innocent innocence guilty guilt charge
charged charges accuse accused accuses accusation accusations allegation allegations blame blamed
blames convict convicted conviction convictions sentence sentenced lawsuit lawsuits sue sued court
trial prison prisoner prisoners jail jailed imprison imprisoned imprisonment crime crimes criminal
criminals fraud fraudulent theft thief thieves steal stole stolen stealing robbery robbed rob
corruption corrupt bribe bribery offence offense offenses violation violations violate violated
ban banned bans block blocked censor censored censorship deny denied denies denial reject rejected
rejects rejection refuse refused refuses dispute disputed oppose opposed opposes opposition
criticism criticisms criticize criticized criticise criticised critic critics complain complained
complaint complaints condemn condemned condemns condemnation denounce denounced praise praised
praises hail hailed laud lauded applaud applauded welcome welcomed welcomes thank thanked thanks
vow vowed promise promised promises insist insisted urge urged demand demanded demands appeal
appealed plead pleaded admit admitted apologize apologized apologise apologised apology dismiss
dismissed warn mock mocked ridicule ridiculed slam slammed blast blasted lash scold scolded
confirm confirmed deny commit committed pledge pledged assure assured reassure reassured
sanction sanctions sanctioned debt debts bankrupt bankruptcy recession unemployment unemployed
jobless layoff layoffs fired eviction evicted homeless tax taxes fee fees fine fines fined penalty
penalties cut cuts cutting shortage shortages crisis bailout interest credit bonus bonuses share
shares fund funds funding capital gift gifts lucky luck chance chances opportunity opportunities
good better best bad worse worst great greater greatest important importance like likes liked
love loved loves hate hated hates happy unhappy sad sadly hope hopes hoped hoping hopeful fear
fears feared fearful afraid worry worries worried worrying concern concerns concerned trust
trusted distrust confidence confident interest interested ready please pleased yes okay care
cared caring well easy easier easiest hard difficult difficulty difficulties problem problems
trouble troubled strong stronger strongest strength weak weaker weakness powerful power angry
anger upset shock shocked surprise surprised surprising stress stressed tension tensions tense
grief mourn mourned mourning funeral funerals condolence condolences sympathy tragedy tragic
party parties united unity liberal liberals conservative justice grace joy faith glory hero heroes
champion champions paradise haven star stars fan fans play plays played playing game games fun
joke jokes kiss party comedy comedian prize reward rewards rewarded
true false truth lie lies lying liar right wrong wrongly correct incorrect mistake mistakes error
errors clear clearly sure certainly definitely please kind kindly nice best top super
""".split())


_STEMMER = PorterStemmer()


def _stem(word: str) -> str:
    return _STEMMER.stem(word)


def _shipped_words() -> set[str]:
    """Every word of every pattern of the shipped hand-listed lexicons."""
    words: set[str] = set()
    for name in ("loaded", "hedges", "boosters"):
        text = (LEXDIR / f"{name}.tsv").read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("term\t"):
                continue
            term = line.split("\t", 1)[0]
            words.update(w for w in re.split(r"[\s|\[\]]+", term.lower()) if w)
    return words


def select(path: Path, threshold: float, sd_cap: float) -> list[tuple[str, float, float]]:
    """VADER rows kept by the selection rules: ``(token, mean, sd)``."""
    shipped = _shipped_words()
    # Inflections count as the listed word: compare Porter stems too (murdering ~ murder).
    blocked_stems = {_stem(w) for w in NEWS_STOPLIST | shipped}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        tok, mean, sd = parts[0], float(parts[1]), float(parts[2])
        if not re.fullmatch(r"[a-z]{3,}", tok):
            continue
        if abs(mean) < threshold or sd >= sd_cap:
            continue
        if tok in SLANG or any(root in tok for root in PROFANE_ROOTS):
            continue
        if tok in NEWS_STOPLIST or tok in shipped or _stem(tok) in blocked_stems:
            continue
        out.append((tok, mean, sd))
    return out


HEADER = """\
# framing affect lexicon (opt-in): strongly valenced words from VADER
# layer: loaded
# Single words that 10 raters scored as strongly positive or negative in the VADER sentiment
# lexicon (Hutto & Gilbert 2014, ICWSM): |mean valence| >= {threshold} on -4..4 and rating
# SD < {sd_cap}. Excluded by rule before any error analysis: emoticons, tokens with digits or
# under 3 letters, profanity and internet slang, the plain vocabulary of news reporting (event and
# harm words such as killed/attack/crisis, legal and reporting verbs, economic terms, common
# emotions of the people reported on, words that are mostly names: party, united, justice) and
# every word already in loaded.tsv, hedges.tsv or boosters.tsv (the hand-listed lexicons win).
# Built by tools/build_affect_lexicon.py from vaderSentiment 3.3.2 (PyPI wheel). Rule 'lowercase'
# rejects capitalised uses inside a sentence (names: Grace, Hope).
# STATUS: {status}
# Categories affect-negative / affect-positive are not gold categories; score them by span.
# VADER licence (the valence ratings this file is derived from):
#   The MIT License (MIT). Copyright (c) 2016 C.J. Hutto. Permission is hereby granted, free of
#   charge, to any person obtaining a copy of this software and associated documentation files
#   (the "Software"), to deal in the Software without restriction, including without limitation
#   the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
#   the Software, and to permit persons to whom the Software is furnished to do so, subject to the
#   following conditions: The above copyright notice and this permission notice shall be included
#   in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
#   WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES
#   OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
#   AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN
#   ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
#   OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
# Columns: term, category, match, rule, strength, default, sources, note (see hedges.tsv).
"""


def render(rows, threshold: float, sd_cap: float, status: str, default: str = "yes") -> str:
    status = status.replace("\\n", "\n").replace("\n", "\n# ")
    lines = [HEADER.format(threshold=threshold, sd_cap=sd_cap, status=status).rstrip("\n")]
    lines.append("term\tcategory\tmatch\trule\tstrength\tdefault\tsources\tnote")
    for tok, mean, sd in sorted(rows):
        cat = "affect-positive" if mean > 0 else "affect-negative"
        strength = "strong" if abs(mean) >= 2.5 else "medium"
        lines.append(f"{tok}\t{cat}\tword\tlowercase\t{strength}\t{default}\tVADER\t"
                     f"VADER mean {mean:+.1f}, SD {sd:.2f}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("vader", type=Path)
    ap.add_argument("--threshold", type=float, default=2.0)
    ap.add_argument("--sd-cap", type=float, default=1.0)
    ap.add_argument("--status", default="opt-in", help="header STATUS text; '\\n' starts a line")
    ap.add_argument("--out", type=Path, default=LEXDIR / "affect.tsv")
    args = ap.parse_args(argv)
    rows = select(args.vader, args.threshold, args.sd_cap)
    args.out.write_text(render(rows, args.threshold, args.sd_cap, args.status), encoding="utf-8")
    print(f"{len(rows)} entries -> {args.out}")


if __name__ == "__main__":
    main()
