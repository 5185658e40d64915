"""Benchmark ``framing annotate`` against the floor: words/s, peak memory, --jobs scaling.

Not a test (nothing here is collected by pytest). Run::

    .venv/bin/python benchmarks/bench_annotate.py            # 1k and 10k articles (~8 min, 2 cores)
    .venv/bin/python benchmarks/bench_annotate.py --large    # also 100k articles (~+20 min)
    .venv/bin/python benchmarks/bench_annotate.py --sizes 500 --quick   # smoke run

Corpora are generated (seeded): news-like articles of varied length built from the seed
corpus's body sentences and from templates filled with the seed texts' vocabulary
(sources, reporting verbs, hedges, boosters, loaded terms, claim words), written as a
JSONL table.

Measured, each in the same run as the floor (``re.findall`` word tokenisation of the
same texts, one core):

* full ``framing annotate`` (lexical + attribution + claims, CSV out) in a child
  process, ``--jobs 1`` and ``--jobs 2``: words/s and peak RSS of the main process and of
  the largest worker (``resource.getrusage``);
* the lexical layer alone (``framing.text.analyse`` + ``framing.lexicons.find_cues``), in
  process, one core;
* the bare scans no pure-Python lexical layer can skip (``scans``: tokens, candidate
  sentence ends, quotation marks, a lexicon look-up per token), as a ratio to the floor,
  and the time per word they leave the rules at the 0.25 target;
* linearity of sentence and quote detection: ``analyse`` time per 1,000 words on one text
  repeated to 1k .. 64k words.

Targets (issue 8): full >= 1/10 of the floor's words/s on one core, lexical >= 1/4,
peak memory flat as the corpus grows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "russia-dprk-2024"
WORD = re.compile(r"\w+(?:[’'\-]\w+)*")

SOURCES = [
    "officials",
    "the spokesman",
    "a senior diplomat",
    "analysts",
    "the ministry",
    "Kremlin spokesman Dmitry Peskov",
    "South Korea's defence ministry",
    "witnesses",
    "the United Nations",
    "a government source",
    "state media",
    "experts",
]
VERBS = [
    "said",
    "claimed",
    "insisted",
    "denied",
    "suggested",
    "warned",
    "told reporters",
    "alleged",
    "acknowledged",
    "confirmed",
    "stressed",
    "argued",
]
HEDGES = [
    "may",
    "might",
    "could",
    "reportedly",
    "possibly",
    "appears to",
    "is believed to",
    "likely",
    "apparently",
    "seems to",
]
BOOSTERS = ["clearly", "certainly", "undoubtedly", "in fact", "definitely", "obviously"]
LOADED = [
    "regime",
    "provocation",
    "aggression",
    "puppet",
    "propaganda",
    "rogue state",
    "terrorist",
    "crackdown",
    "warmonger",
    "atrocity",
]
LOADED_ADJ = ["so-called", "illegal", "brutal", "reckless", "baseless", "heinous"]
TEMPLATES = [
    "{src} {verb} that {actor} {hedge} {action} {object} to {recipient}.",
    "“We will {boost} respond to any {loaded},” {src2} {verb} on {day}.",
    "{actor} has {boost} denied {action_ing} {object}, calling the reports {loaded_adj}.",
    "According to {src2}, the {loaded} {hedge} {action} {object} {when}.",
    "{src} {verb} the {object} were part of a {loaded_adj} campaign, adding that talks {hedge} "
    "resume {when}.",
    "The {object} {hedge} be used in Ukraine, {src2} {verb}, citing unnamed officials.",
    "In a statement, {src2} {verb}: “This is {boost} a {loaded} act.”",
]
ACTORS = [
    "North Korea",
    "Pyongyang",
    "Russia",
    "Moscow",
    "the Kremlin",
    "Kim Jong Un",
    "the DPRK",
    "Seoul",
    "Washington",
    "Beijing",
]
ACTIONS = ["supply", "send", "deliver", "sell", "ship", "transfer", "provide"]
OBJECTS = [
    "artillery shells",
    "ballistic missiles",
    "munitions",
    "weapons",
    "rockets",
    "military equipment",
    "ammunition",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WHEN = ["next week", "in the coming months", "later this year", "as early as March", "within days"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _seed_sentences() -> tuple[list[str], list[str]]:
    from framing.corpus import load_corpus
    from framing.text import analyse

    corpus = load_corpus(SEED)
    zones = corpus.attrs.get("zones")
    sents, vocab = [], set()
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        z = (
            []
            if zones is None
            else [
                tuple(r)
                for r in zones[zones["doc_id"] == doc_id][
                    ["char_start", "char_end", "zone"]
                ].itertuples(index=False)
            ]
        )
        doc = analyse(text, doc_id, [s for s in z if s[2] != "dateline"])
        for s in doc.sentences:
            if s.zone == "body":
                sent = text[s.start : s.end].strip()
                if len(WORD.findall(sent)) >= 6:
                    sents.append(sent)
        vocab.update(w.lower() for w in WORD.findall(text) if len(w) > 3)
    return sents, sorted(vocab)


def make_corpus(n: int, path: Path, seed: int = 0) -> int:
    """Write ``n`` generated articles to a JSONL table; return the word count."""
    rng = random.Random(seed)
    sents, vocab = _seed_sentences()
    outlets = [f"Outlet {k}" for k in range(12)]
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            target = int(min(1500, max(80, rng.lognormvariate(5.8, 0.5))))  # median ~330
            parts, count = [], 0
            while count < target:
                if rng.random() < 0.5:
                    s = rng.choice(sents)
                else:
                    s = rng.choice(TEMPLATES).format(
                        src=_cap(rng.choice(SOURCES)),
                        src2=rng.choice(SOURCES),
                        loaded_adj=rng.choice(LOADED_ADJ),
                        verb=rng.choice(VERBS),
                        actor=rng.choice(ACTORS),
                        hedge=rng.choice(HEDGES),
                        boost=rng.choice(BOOSTERS),
                        loaded=rng.choice(LOADED),
                        action=rng.choice(ACTIONS),
                        action_ing=rng.choice(ACTIONS) + "ing",
                        object=rng.choice(OBJECTS),
                        recipient=rng.choice(ACTORS),
                        day=rng.choice(DAYS),
                        when=rng.choice(WHEN),
                    )
                    if rng.random() < 0.3:  # seed vocabulary as filler
                        s = s[:-1] + ", " + " ".join(rng.sample(vocab, 4)) + "."
                parts.append(s)
                count += len(WORD.findall(s))
            paras = []
            while parts:
                k = rng.randint(1, 3)
                paras.append(" ".join(parts[:k]))
                parts = parts[k:]
            text = "\n\n".join(paras)
            words += len(WORD.findall(text))
            fh.write(
                json.dumps(
                    {
                        "doc_id": f"a{i:07d}",
                        "outlet": rng.choice(outlets),
                        "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "text": text,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return words


def _texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def floor(texts, repeat: int = 3) -> tuple[float, int]:
    """CPU-seconds of regex word tokenisation of ``texts`` (best of ``repeat``), words."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        n = sum(len(WORD.findall(x)) for x in texts)
        best = min(best, time.process_time() - t)
    return best, n


def lexical(texts) -> float:
    from framing.lexicons import find_cues
    from framing.text import analyse

    find_cues(analyse(texts[0]))  # warm caches
    t = time.process_time()
    for i, x in enumerate(texts):
        find_cues(analyse(x, str(i)))
    return time.process_time() - t


def layers(texts) -> dict[str, float]:
    """CPU-seconds of each layer of the full annotation, in process, one core.

    The same calls as ``annotate_doc``: ``analyse``, ``find_cues``,
    ``find_attributions`` (seed actors) and ``find_claims`` (seed claims, given the
    cues and attributions), each timed around its own call.
    """
    from framing.attribution import find_attributions, load_actors
    from framing.lexicons import find_cues
    from framing.stance import find_claims, load_claims
    from framing.text import analyse

    actors, claims = load_actors(SEED / "actors.csv"), load_claims(SEED / "claims.csv")
    cpu = {"analyse": 0.0, "cues": 0.0, "attributions": 0.0, "claims": 0.0}
    clock = time.process_time
    for i, x in enumerate(texts):
        t0 = clock()
        doc = analyse(x, str(i))
        t1 = clock()
        cues = find_cues(doc)
        t2 = clock()
        atts = find_attributions(doc, actors=actors)
        t3 = clock()
        find_claims(doc, claims, cues=cues, attributions=atts)
        t4 = clock()
        cpu["analyse"] += t1 - t0
        cpu["cues"] += t2 - t1
        cpu["attributions"] += t3 - t2
        cpu["claims"] += t4 - t3
    return cpu


def scans(texts, repeat: int = 3) -> dict[str, float]:
    """CPU-seconds of the bare scans any lexical layer of this design needs (best of ``repeat``).

    Each is one C-level regular-expression pass over the same texts with the package's
    own patterns and nothing done per match, plus one set look-up per token for the
    lexicon (the "token-keyed dict" of issue 8):

    * ``tokens``: ``framing.text``'s (gap, token) ``findall``, each token lower-cased
      (no offsets, no token objects);
    * ``sentences``: Punkt's period-context scan (NLTK's ``period_context_re``), the
      candidate sentence ends, with no decision taken;
    * ``quotes``: the quotation-mark scan of ``find_quotes``, with no pairing;
    * ``lexicon``: which lower-cased tokens can start a hedge, booster or loaded-term
      pattern (set membership over the tokens above).

    Their sum is a lower bound on the lexical layer's CPU time in pure Python: what
    the rules (Punkt decisions, quotation pairing, token offsets, context rules, rows)
    may cost on top of it is the target's budget minus this sum.
    """
    from nltk.tokenize.punkt import PunktLanguageVars

    from framing.lexicons import load_lexicon
    from framing.text import _GAP_TOKEN_RE, _QUOTE_MARK_RE

    period = PunktLanguageVars().period_context_re()
    starts = {
        str(term).split()[0].lower()
        for name in ("hedges", "boosters", "loaded")
        for term in load_lexicon(name).entries["term"]
    }
    lowers = [[p[1].lower() for p in _GAP_TOKEN_RE.findall(x)] for x in texts]

    def tokens():
        for x in texts:
            [p[1].lower() for p in _GAP_TOKEN_RE.findall(x)]

    def sentences():
        for x in texts:
            for _ in period.finditer(x):
                pass

    def quotes():
        for x in texts:
            for _ in _QUOTE_MARK_RE.finditer(x):
                pass

    def lexicon():
        for ws in lowers:
            [w for w in ws if w in starts]

    out = {}
    for name, f in [
        ("tokens", tokens),
        ("sentences", sentences),
        ("quotes", quotes),
        ("lexicon", lexicon),
    ]:
        best = float("inf")
        for _ in range(repeat):
            t = time.process_time()
            f()
            best = min(best, time.process_time() - t)
        out[name] = best
    n_tok = sum(map(len, lowers))
    out["candidate_share"] = sum(w in starts for ws in lowers for w in ws) / max(n_tok, 1)
    return out


_CHILD = """
import json, resource, sys, time
from framing.cli import main


def hwm_mb():
    # VmHWM: peak RSS of this process image. (ru_maxrss of RUSAGE_SELF would report the
    # benchmark parent's peak: Linux keeps it across fork + exec.)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


t = time.perf_counter()
rc = main(sys.argv[1:])
dt = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "seconds": dt,
                  "cpu_main": me.ru_utime + me.ru_stime,
                  "cpu_workers": kids.ru_utime + kids.ru_stime,
                  "rss_main_mb": hwm_mb(),
                  "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run_cli(
    corpus: Path, out: Path, jobs: int, chunk: int = 200, layers: str | None = None
) -> dict:
    cmd = [
        sys.executable,
        "-c",
        _CHILD,
        "annotate",
        str(corpus),
        "--out",
        str(out),
        "--jobs",
        str(jobs),
        "--chunk-size",
        str(chunk),
        "--no-progress",
        "--actors",
        str(SEED / "actors.csv"),
        "--claims",
        str(SEED / "claims.csv"),
    ]
    if layers:
        cmd += ["--layers", layers]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if res.returncode:
        raise SystemExit(res.stderr)
    return json.loads(res.stdout.strip().splitlines()[-1])


def linearity() -> list[tuple[int, float, float]]:
    """ms per 1,000 words of ``analyse`` and of the full ``annotate_doc``, by text length."""
    from framing.annotate import annotate_doc
    from framing.attribution import load_actors
    from framing.corpus import load_corpus
    from framing.stance import load_claims
    from framing.text import analyse

    actors, claims = load_actors(SEED / "actors.csv"), load_claims(SEED / "claims.csv")
    base = load_corpus(SEED)["text"].iloc[4]
    annotate_doc("w", base, actors=actors, claims=claims)  # warm caches (Punkt, lexicons)
    rows = []
    for reps in (1, 4, 16, 64):
        text = "\n\n".join([base] * reps)
        n = len(WORD.findall(text))
        t_an = t_full = float("inf")
        for _ in range(3):  # best of three, CPU time
            t = time.process_time()
            analyse(text)
            t_an = min(t_an, time.process_time() - t)
            t = time.process_time()
            annotate_doc("x", text, actors=actors, claims=claims)
            t_full = min(t_full, time.process_time() - t)
        rows.append((n, 1e6 * t_an / n, 1e6 * t_full / n))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--large", action="store_true", help="add the 100,000-article corpus")
    ap.add_argument("--quick", action="store_true", help="skip --jobs 1 on the larger sizes")
    ap.add_argument("--workdir", help="keep corpora and outputs here (default: a temp dir)")
    args = ap.parse_args(argv)
    sizes = sorted(set(args.sizes + ([100_000] if args.large else [])))
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench_annotate_"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"framing annotate benchmark; {os.cpu_count()} cores; work dir {work}\n")
    print("Linearity on one seed text repeated (ms per 1,000 words; flat = linear):")
    print("    words  analyse (tokens+sentences+quotes)  full annotate_doc")
    for n, ms_an, ms_full in linearity():
        print(f"  {n:>7,}  {ms_an:33.2f}  {ms_full:17.2f}")
    print()
    first = work / f"corpus_{sizes[0]}.jsonl"
    if not first.exists():
        make_corpus(sizes[0], first, seed=sizes[0])
    sample = _texts(first)[:2000]
    t_floor, n_words = floor(sample)
    layers(sample[:20])  # warm caches
    cpu = layers(sample)
    from framing.text import tokenize

    t_tok = float("inf")
    for _ in range(3):
        t = time.process_time()
        for x in sample:
            tokenize(x)
        t_tok = min(t_tok, time.process_time() - t)
    print(
        f"Per layer, in process, one core ({len(sample):,} articles, {n_words:,} words; "
        f"floor {n_words / t_floor:,.0f} w/s):"
    )
    print(
        "  layer          words per CPU-s   share of full   layer/floor"
        "   ((tokens only) is framing.text.tokenize, part of analyse)"
    )
    total = sum(cpu.values())
    for name, sec in [("(tokens only)", t_tok), *cpu.items(), ("full (sum)", total)]:
        print(
            f"  {name:<13} {n_words / sec:>16,.0f}   {sec / total:>13.0%}   {t_floor / sec:>11.4f}"
        )
    sc = scans(sample)
    share = sc.pop("candidate_share")
    print(
        "\nBare scans a pure-Python lexical layer cannot skip (one C-level regex pass each, "
        "nothing per match; see scans()):"
    )
    print("  scan           scan/floor")
    for name, sec in sc.items():
        print(f"  {name:<13} {t_floor / sec:>11.3f}")
    bound = sum(sc.values())
    print(
        f"  all four      {t_floor / bound:>11.3f}   (the lexical layer's ceiling before any "
        f"rule runs; {share:.0%} of tokens can start a lexicon pattern)"
    )
    print(
        f"  budget left for the rules at the 0.25 target: "
        f"{1e6 * (t_floor / 0.25 - bound) / n_words:.2f} us per word "
        f"(the lexical layer now spends {1e6 * (cpu['analyse'] + cpu['cues']) / n_words:.2f})"
    )
    print()
    rows = []
    for n in sizes:
        corpus = work / f"corpus_{n}.jsonl"
        if not corpus.exists():
            make_corpus(n, corpus, seed=n)
        texts = _texts(corpus)
        t_floor, words = floor(texts)
        floor_wps = words / t_floor
        t_lex = lexical(texts) if n <= 10_000 else lexical(texts[:10_000])
        lex_words = words if n <= 10_000 else floor(texts[:10_000])[1]
        del texts
        lex_wps = lex_words / t_lex
        for jobs in (1, 2):
            if jobs == 1 and args.quick and n > min(sizes):
                continue
            if jobs == 1 and n >= 100_000:
                continue  # ~1 h on one core; the 1- vs 2-job ratio is measured on smaller sizes
            r = run_cli(corpus, work / f"out_{n}_j{jobs}", jobs)
            # the lexical layer alone through the command line (--layers cues)
            c = run_cli(corpus, work / f"out_{n}_j{jobs}_cues", jobs, layers="cues")
            rows.append(
                {
                    "articles": n,
                    "words": words,
                    "jobs": jobs,
                    "floor_wps": floor_wps,
                    "lex_wps": lex_wps,
                    "full_wps": words / r["seconds"],
                    "seconds": r["seconds"],
                    "full_cpu_wps": words / (r["cpu_main"] + r["cpu_workers"]),
                    "cpu_main": r["cpu_main"],
                    "rss_main_mb": r["rss_main_mb"],
                    "rss_worker_mb": r["rss_worker_mb"],
                    "cli_lex_cpu_wps": words / (c["cpu_main"] + c["cpu_workers"]),
                    "cli_lex_wps": words / c["seconds"],
                }
            )
            row = rows[-1]
            print(
                f"{n:>7,} articles {words:>11,} words  jobs={jobs}  "
                f"full {row['full_wps']:>9,.0f} w/s ({row['seconds']:.0f} s wall, "
                f"{row['full_cpu_wps']:,.0f} words per CPU-second, "
                f"main process {row['cpu_main']:.0f} CPU-s)  "
                f"peak RSS main {row['rss_main_mb']:.0f} MB, "
                f"worker {row['rss_worker_mb']:.0f} MB; --layers cues "
                f"{row['cli_lex_cpu_wps']:,.0f} words per CPU-second, "
                f"{row['cli_lex_wps']:,.0f} w/s",
                flush=True,
            )
    print(
        "\nRates per CPU-second (one core; robust to other load on the machine); wall-clock "
        "words/s of the whole run in its own column.\n"
    )
    print(
        "| articles | words | jobs | floor w/s | lexical w/s | lexical/floor "
        "| CLI --layers cues w/CPU-s | its /floor | its wall w/s "
        "| full w/CPU-s | full/floor | full wall w/s | peak RSS main / worker (MB) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(
            f"| {r['articles']:,} | {r['words']:,} | {r['jobs']} | {r['floor_wps']:,.0f} | "
            f"{r['lex_wps']:,.0f} | {r['lex_wps'] / r['floor_wps']:.3f} | "
            f"{r['cli_lex_cpu_wps']:,.0f} | {r['cli_lex_cpu_wps'] / r['floor_wps']:.3f} | "
            f"{r['cli_lex_wps']:,.0f} | "
            f"{r['full_cpu_wps']:,.0f} | {r['full_cpu_wps'] / r['floor_wps']:.4f} | "
            f"{r['full_wps']:,.0f} | {r['rss_main_mb']:.0f} / {r['rss_worker_mb']:.0f} |"
        )
    by = {(r["articles"], r["jobs"]): r for r in rows}
    for n in sizes:
        if (n, 1) in by and (n, 2) in by:
            print(
                f"\n--jobs 2 vs 1 on {n:,} articles: "
                f"{by[(n, 2)]['full_wps'] / by[(n, 1)]['full_wps']:.2f}x"
            )
    print("\nTargets: full/floor per core >= 0.10, lexical/floor >= 0.25, RSS flat in size.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
