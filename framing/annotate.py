"""The annotation pipeline: a corpus in, tidy tables out.

:func:`annotate` runs every layer over every article (or the ``layers`` asked for:
``layers="cues"`` runs only the lexical layer) and returns an :class:`Annotation`
with one table per unit of analysis:

``articles``
    one row per article: metadata, word counts by zone and the article's
    profile (counts and rates per 1,000 body words per layer, category and
    voice; attributions by class; claim sentences by status);
``sentences``
    one row per sentence (``doc_id, sentence_id, char_start, char_end, zone,
    n_words, quoted_share``);
``cues``
    one row per hedge, booster or loaded-term cue;
``attributions``
    one row per attribution relation;
``claims``
    one row per sentence that mentions a declared claim, with its status.

All offsets index the unmodified article text. Counts and rates cover the
**body** only; headline cues are counted separately (``headline_*`` columns)
and boilerplate is never counted.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .attribution import ATTRIBUTION_COLUMNS, find_attributions, load_actors
from .corpus import load_corpus, zone_of_offsets, zones_by_doc
from .lexicons import CUE_COLUMNS, find_cues, load_lexicon
from .stance import CLAIM_COLUMNS, STATUSES, find_claims, load_claims
from .text import analyse

__all__ = [
    "Annotation",
    "annotate",
    "annotate_doc",
    "profile",
    "unit_table",
    "term_counts",
    "SENTENCE_COLUMNS",
    "LAYERS",
    "ANNOTATION_LAYERS",
    "resolve_layers",
]

logger = logging.getLogger(__name__)

SENTENCE_COLUMNS = [
    "doc_id",
    "sentence_id",
    "char_start",
    "char_end",
    "zone",
    "n_words",
    "quoted_share",
]
#: Cue layers, in reporting order.
LAYERS = ("hedge", "booster", "loaded")
#: The annotation layers (one table each) that :func:`annotate` can run; ``articles`` and
#: ``sentences`` are always produced.
ANNOTATION_LAYERS = ("cues", "attributions", "claims")


def resolve_layers(layers=None) -> tuple[str, ...]:
    """The annotation layers to run, in pipeline order, with what they need.

    Parameters
    ----------
    layers : None, str or iterable of str
        Names from :data:`ANNOTATION_LAYERS` (a string may list several, comma-separated).
        ``None`` runs all. ``"claims"`` reads the cues and attributions of its sentences,
        so it brings both along.

    Returns
    -------
    tuple of str

    Raises
    ------
    ValueError
        An unknown or empty selection.

    Examples
    --------
    >>> resolve_layers("cues")
    ('cues',)
    >>> resolve_layers(["claims"])
    ('cues', 'attributions', 'claims')
    """
    if layers is None:
        return ANNOTATION_LAYERS
    if isinstance(layers, str):
        layers = layers.split(",")
    chosen = {str(x).strip() for x in layers if str(x).strip()}
    unknown = sorted(chosen - set(ANNOTATION_LAYERS))
    if unknown or not chosen:
        raise ValueError(
            f"unknown or empty annotation layers {unknown or list(layers)!r}; "
            f"choose from {list(ANNOTATION_LAYERS)}"
        )
    if "claims" in chosen:
        chosen |= {"cues", "attributions"}
    return tuple(x for x in ANNOTATION_LAYERS if x in chosen)


CUE_CLASSES = ("neutral", "distancing", "endorsing", "denial", "evaluative", "non-comment")


def _snake(value: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in str(value).lower()).strip("_")


@dataclass
class Annotation:
    """The tables :func:`annotate` produces (see the module docstring)."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    cues: pd.DataFrame
    attributions: pd.DataFrame
    claims: pd.DataFrame
    corpus: pd.DataFrame | None = None
    zones: pd.DataFrame | None = None
    layers: tuple = ANNOTATION_LAYERS

    def _need(self, *layers: str) -> None:
        missing = [x for x in layers if x not in self.layers]
        if missing:
            raise ValueError(
                f"this annotation did not run the {', '.join(missing)} layer(s) "
                f"(annotate(..., layers={self.layers!r})); annotate again with them"
            )

    def highlight(self, doc_id: str, **kwargs):
        """The evidence view of one article (see :func:`framing.highlight`)."""
        from .highlight import highlight

        return highlight(self, doc_id, **kwargs)

    def profile(self, by: str = "outlet") -> pd.DataFrame:
        """Per-group cue counts and rates per 1,000 body words (see :func:`profile`)."""
        return profile(self, by=by)

    def unit_table(self, unit: str = "sentence", zone: str = "body") -> pd.DataFrame:
        """Counts per body sentence (or article): the input of :mod:`framing.stats`.

        Parameters
        ----------
        unit : {"sentence", "article"}, default="sentence"
        zone : str or None, default="body"
            Keep only sentences of this zone (None keeps all).

        Returns
        -------
        pandas.DataFrame
            One row per unit: ``doc_id``, (``sentence_id``), ``outlet``,
            ``n_words`` and count columns ``hedge_count``, ``booster_count``,
            ``loaded_count``, ``{layer}_{voice}_count``, ``loaded_{category}_count``,
            ``attribution_count``, ``attribution_{class}_count`` and
            ``claim_count``. Counts follow the cues' sentences, so rates
            computed from this table equal the ``articles`` table's.
        """
        return unit_table(self, unit=unit, zone=zone)

    def term_counts(self, by: str = "outlet", zone: str | None = "body") -> pd.DataFrame:
        """Word counts per group: rows = lower-cased words, columns = outlets.

        The input of :func:`framing.stats.log_odds_ratio` and
        :func:`framing.stats.js_distance`. Only word tokens of sentences in
        ``zone`` are counted; curly apostrophes are folded to ``'``.
        """
        return term_counts(self, by=by, zone=zone)

    def evidence(
        self,
        rows: pd.DataFrame,
        start: str | None = None,
        end: str | None = None,
        mark: tuple[str, str] = ("[", "]"),
    ) -> pd.DataFrame:
        """The sentence behind each row, with the row's span marked.

        Parameters
        ----------
        rows : pandas.DataFrame
            Rows of ``cues``, ``attributions`` or ``claims`` (any subset).
        start, end : str, optional
            Span columns; default ``char_start``/``char_end`` for cues and
            ``cue_start``/``cue_end`` otherwise. A span of ``-1`` is not marked.
        mark : (str, str), default=("[", "]")
            Put around the span.

        Returns
        -------
        pandas.DataFrame
            ``doc_id, outlet, sentence_id`` and ``evidence`` (the sentence
            with the span marked), in the order of ``rows``.

        Examples
        --------
        >>> ann = annotate("corpus/russia-dprk-2024")
        >>> hedges = ann.cues[(ann.cues.layer == "hedge") & (ann.cues.text == "reportedly")]
        >>> ann.evidence(hedges)["evidence"].iloc[0][46:]
        'with Mr. Putin, whom they [reportedly] briefed on the outcome of their discussions.'
        """
        if start is None:
            start, end = (
                ("char_start", "char_end") if "char_start" in rows else ("cue_start", "cue_end")
            )
        text = dict(zip(self.corpus["doc_id"], self.corpus["text"]))
        spans = self.sentences.set_index(["doc_id", "sentence_id"])[["char_start", "char_end"]]
        out = []
        for r in rows.itertuples(index=False):
            s0, s1 = spans.loc[(r.doc_id, r.sentence_id)]
            a, b = int(getattr(r, start)), int(getattr(r, end))
            t = text[r.doc_id]
            if a >= 0 and s0 <= a < b <= s1:
                ev = t[s0:a] + mark[0] + t[a:b] + mark[1] + t[b:s1]
            else:
                ev = t[s0:s1]
            out.append((r.doc_id, r.outlet, r.sentence_id, ev.replace("\n", " ")))
        df = pd.DataFrame(out, columns=["doc_id", "outlet", "sentence_id", "evidence"])
        df["outlet"] = pd.Categorical(
            df["outlet"], categories=self.corpus["outlet"].cat.categories, ordered=True
        )
        return df

    def cue_speakers(self) -> pd.DataFrame:
        """The cues with the voice that carries each one.

        A cue inside the content span of an attribution is credited to that
        attribution's source (the innermost, i.e. shortest, content span
        wins); other cues are the outlet's own words (``speaker = "author"``).

        Returns
        -------
        pandas.DataFrame
            The ``cues`` table plus ``speaker`` (a canonical source, or
            ``"author"``), ``speaker_affiliation`` and ``speaker_cue`` (the
            reporting cue, empty for the author).
        """
        self._need("cues", "attributions")
        att = self.attributions
        att = att[(att["content_start"] >= 0) & (att["content_end"] > att["content_start"])]
        by_doc = {d: g.sort_values(["content_start"]) for d, g in att.groupby("doc_id")}
        speakers, affs, cues = [], [], []
        for r in self.cues.itertuples(index=False):
            g = by_doc.get(r.doc_id)
            best = None
            if g is not None:
                inside = g[(g["content_start"] <= r.char_start) & (r.char_end <= g["content_end"])]
                if len(inside):
                    best = inside.loc[(inside["content_end"] - inside["content_start"]).idxmin()]
            if best is None:
                speakers.append("author")
                affs.append("author")
                cues.append("")
            else:
                speakers.append(best["source_canonical"] or best["source_text"] or "Unspecified")
                affs.append(best["affiliation"])
                cues.append(best["cue"])
        return self.cues.assign(speaker=speakers, speaker_affiliation=affs, speaker_cue=cues)

    def to_dir(self, out, format: str = "csv") -> list[Path]:
        """Write every table to ``out`` as ``<table>.csv`` (or ``.parquet``).

        Tables of layers that were not run are not written (an empty file would read
        as "none found").

        Each file is written to a temporary name and renamed when complete, so an
        interrupted run never leaves a table that looks complete.
        """
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in ("articles", "sentences", *self.layers):
            df = getattr(self, name)
            path = out / f"{name}.{format}"
            tmp = out / f".{name}.{format}.partial"
            if format == "csv":
                df.to_csv(tmp, index=False, lineterminator="\n")
            elif format == "parquet":
                df.to_parquet(tmp, index=False)
            else:
                raise ValueError(f"unknown format {format!r} (use csv or parquet)")
            tmp.replace(path)
            written.append(path)
        _warn_stale(out, self.layers)
        return written


def _warn_stale(out: Path, layers) -> None:
    """Warn about tables in ``out`` of layers this run did not write (left from an earlier run)."""
    for name in ANNOTATION_LAYERS:
        if name in layers:
            continue
        for fmt in ("csv", "parquet"):
            if (out / f"{name}.{fmt}").is_file():
                logger.warning(
                    "%s is left from an earlier run: this run did not run the %s layer",
                    out / f"{name}.{fmt}",
                    name,
                )


def annotate_doc(
    doc_id: str,
    text: str,
    zones=(),
    *,
    lexicons=None,
    actors=None,
    claims=None,
    layers=ANNOTATION_LAYERS,
):
    """Annotate one article.

    Parameters
    ----------
    doc_id, text : str
    zones : list of (char_start, char_end, zone)
    lexicons : optional
        As :func:`framing.lexicons.find_cues` takes them.
    actors : pandas.DataFrame, optional
        From :func:`framing.attribution.load_actors`.
    claims : list, optional
        From :func:`framing.stance.load_claims`; no claims, no claim rows.
    layers : tuple of str, default=ANNOTATION_LAYERS
        The layers to run (as :func:`resolve_layers` returns them); the lists of the
        others stay empty.

    Returns
    -------
    dict
        ``sentences``, ``cues``, ``attributions``, ``claims``: lists of records;
        ``words``: word counts by zone.
    """
    doc = analyse(text, doc_id, zones=zones)
    word_idx = np.flatnonzero(np.array(doc.word_mask(), dtype=bool))
    has_words = len(word_idx) > 0
    # Each word belongs to the zone covering it; a sentence counts only the words of its own zone
    # (an inline dateline inside the first body sentence is not body text).
    word_zone = np.array(zone_of_offsets(doc._token_starts()[word_idx], zones), dtype=object)
    sent_ids = doc.token_sentence[word_idx]
    in_quote = doc.token_quote[word_idx] >= 0
    # zone of each word's sentence ("" for a word outside every sentence: index -1)
    sent_zone = np.array([s.zone for s in doc.sentences] + [""], dtype=object)[sent_ids]
    own = (sent_ids >= 0) & (word_zone == sent_zone) if has_words else np.array([], dtype=bool)
    n_sent = len(doc.sentences)
    n_words = np.bincount(sent_ids[own], minlength=n_sent) if n_sent else []
    n_quoted = np.bincount(sent_ids[own & in_quote], minlength=n_sent) if n_sent else []
    zones_found, counts = np.unique(word_zone, return_counts=True) if has_words else ([], [])
    words = {str(z): int(c) for z, c in zip(zones_found, counts)}
    sentences = [
        (
            doc_id,
            i,
            s.start,
            s.end,
            s.zone,
            int(n_words[i]),
            float(n_quoted[i] / n_words[i]) if n_words[i] else 0.0,
        )
        for i, s in enumerate(doc.sentences)
    ]
    cues = find_cues(doc, lexicons) if "cues" in layers else []
    attributions = find_attributions(doc, actors=actors) if "attributions" in layers else []
    claim_rows = (
        find_claims(doc, claims, cues=cues, attributions=attributions)
        if claims and "claims" in layers
        else []
    )
    return {
        "sentences": sentences,
        "cues": cues,
        "attributions": attributions,
        "claims": claim_rows,
        "words": words,
    }


def _frame(records, columns):
    if records and isinstance(records[0], dict):
        return pd.DataFrame.from_records(records, columns=columns)
    return (
        pd.DataFrame.from_records(records, columns=columns)
        if records
        else pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    )


def annotate(
    corpus,
    *,
    lexicons=None,
    actors=None,
    claims=None,
    zones=None,
    layers=None,
    progress: bool = False,
) -> Annotation:
    """Annotate every article of a corpus.

    Parameters
    ----------
    corpus : path-like or pandas.DataFrame
        A corpus folder or table file (see :func:`framing.load_corpus`), or a
        loaded corpus. For a folder, its ``actors.csv`` and ``claims.csv`` are
        used unless ``actors`` / ``claims`` are given.
    lexicons : optional
        Lexicons for the cue layer (default: the shipped hedges, boosters and
        loaded terms). Names, TSV paths or :class:`framing.lexicons.Lexicon`.
    actors : path-like or pandas.DataFrame, optional
        Actor table for resolving sources.
    claims : path-like or list, optional
        Claims of interest (``claims.csv``).
    zones : pandas.DataFrame, optional
        Zone table; defaults to ``corpus.attrs["zones"]``.
    layers : str or iterable of str, optional
        Which of ``"cues"``, ``"attributions"``, ``"claims"`` to run (default: all;
        see :func:`resolve_layers`). ``layers="cues"`` runs only the lexical layer,
        about three times faster than all three: the tables of the other layers stay
        empty, their count columns are left out of ``articles`` and ``unit_table``,
        and :meth:`Annotation.to_dir` does not write them.
    progress : bool, default=False
        Show a progress bar (tqdm) on stderr.

    Returns
    -------
    Annotation

    Raises
    ------
    framing.CorpusError
        When the corpus cannot be loaded (every problem is named).
    RuntimeError
        When a layer fails on an article; the message names the article's
        file and ``doc_id``.
    """
    layers = resolve_layers(layers)
    folder = None
    if isinstance(corpus, (str, Path)):
        folder = Path(corpus) if Path(corpus).is_dir() else None
        corpus = load_corpus(corpus)
    elif isinstance(corpus, pd.DataFrame) and "file" not in corpus.columns:
        corpus = load_corpus(corpus)  # a DataFrame of one's own: checked like a table file
    if folder is not None:
        if actors is None and (folder / "actors.csv").is_file():
            actors = folder / "actors.csv"
        if claims is None and (folder / "claims.csv").is_file():
            claims = folder / "claims.csv"
    if isinstance(actors, (str, Path)):
        actors = load_actors(actors)
    if isinstance(claims, (str, Path)):
        claims = load_claims(claims)
    if isinstance(lexicons, (str, Path)):
        lexicons = [lexicons]
    if lexicons is not None:
        lexicons = [load_lexicon(lx) if isinstance(lx, (str, Path)) else lx for lx in lexicons]
    zmap = zones_by_doc(corpus, zones)
    rows = {"sentences": [], "cues": [], "attributions": [], "claims": []}
    words = {}
    iterator = corpus[["doc_id", "file", "text"]].itertuples(index=False)
    if progress:
        from tqdm.auto import tqdm

        iterator = tqdm(iterator, total=len(corpus), unit="article")
    for doc_id, file, text in iterator:
        try:
            out = annotate_doc(
                doc_id,
                text,
                zmap.get(doc_id, []),
                lexicons=lexicons,
                actors=actors,
                claims=claims,
                layers=layers,
            )
        except Exception as exc:  # name the article, keep the cause
            raise RuntimeError(f"{file} (doc_id {doc_id!r}): annotation failed: {exc}") from exc
        for key in rows:
            rows[key].extend(out[key])
        words[doc_id] = out["words"]
    sentences = _frame(rows["sentences"], SENTENCE_COLUMNS)
    cues = _frame(rows["cues"], list(CUE_COLUMNS))
    attributions = _frame(rows["attributions"], list(ATTRIBUTION_COLUMNS))
    claims_df = _frame(rows["claims"], list(CLAIM_COLUMNS))
    for df in (cues, attributions, claims_df):
        _add_zone(df, sentences)
    articles = _articles(corpus, words, sentences, cues, attributions, claims_df, layers)
    for df in (sentences, cues, attributions, claims_df):
        df.insert(1, "outlet", df["doc_id"].map(dict(zip(corpus["doc_id"], corpus["outlet"]))))
        df["outlet"] = pd.Categorical(
            df["outlet"], categories=corpus["outlet"].cat.categories, ordered=True
        )
    ztab = zones if zones is not None else corpus.attrs.get("zones")
    return Annotation(
        articles, sentences, cues, attributions, claims_df, corpus=corpus, zones=ztab, layers=layers
    )


def _add_zone(table: pd.DataFrame, sentences: pd.DataFrame) -> None:
    """Add the ``zone`` of each row's sentence (in place)."""
    zone = sentences.set_index(["doc_id", "sentence_id"])["zone"]
    keys = pd.MultiIndex.from_arrays([table["doc_id"], table["sentence_id"]])
    table["zone"] = zone.reindex(keys).to_numpy() if len(table) else pd.Series(dtype=object)


def _articles(
    corpus, words, sentences, cues, attributions, claims, layers=ANNOTATION_LAYERS
) -> pd.DataFrame:
    meta = corpus.drop(columns=["text"]).copy()
    body = {d: w.get("body", 0) for d, w in words.items()}
    meta["n_words"] = meta["doc_id"].map({d: sum(w.values()) for d, w in words.items()})
    meta["n_words_body"] = meta["doc_id"].map(body)
    meta["n_words_headline"] = meta["doc_id"].map(
        {d: w.get("headline", 0) for d, w in words.items()}
    )
    meta["n_sentences_body"] = (
        meta["doc_id"]
        .map(sentences[sentences["zone"] == "body"].groupby("doc_id").size())
        .fillna(0)
        .astype(int)
    )
    # every count column from one Counter per table (a groupby per column cost more than
    # the lexical layer itself on small chunks)
    doc_ids = meta["doc_id"].tolist()

    def column(counts, *key) -> np.ndarray:
        return np.fromiter(
            (counts.get((d, *key), 0) for d in doc_ids), dtype=np.int64, count=len(doc_ids)
        )

    n_body = meta["n_words_body"].replace(0, np.nan)
    new = {}
    if "cues" in layers:
        body = cues["zone"] == "body"
        bc = cues[body]
        # plain lists first: iterating Arrow-backed columns costs ~1 µs per value
        doc, lay = bc["doc_id"].tolist(), bc["layer"].tolist()
        by_layer = Counter(zip(doc, lay))
        by_voice = Counter(zip(doc, lay, bc["voice"].tolist()))
        by_cat = Counter(zip(doc, lay, bc["category"].tolist()))
        hc = cues[cues["zone"] == "headline"]
        head = Counter(zip(hc["doc_id"].tolist(), hc["layer"].tolist()))
        for layer in LAYERS:
            n = column(by_layer, layer)
            new[f"{layer}_n"] = n
            new[f"{layer}_per_1k"] = (1000 * n / n_body).round(3)
            for voice in ("author", "quoted"):
                new[f"{layer}_{voice}_n"] = column(by_voice, layer, voice)
            cats = {cat for (_, lay, cat) in by_cat if lay == layer and not pd.isna(cat)}
            for cat in sorted(cats, key=str):
                new[f"{layer}_{_snake(cat)}_n"] = column(by_cat, layer, cat)
            new[f"headline_{layer}_n"] = column(head, layer)
    if "attributions" in layers:
        att = attributions[attributions["zone"] == "body"]
        doc = att["doc_id"].tolist()
        n_att = Counter(zip(doc))
        by_class = Counter(zip(doc, att["cue_class"].tolist()))
        new["attributions_n"] = column(n_att)
        for cls in CUE_CLASSES:
            new[f"attribution_{_snake(cls)}_n"] = column(by_class, cls)
        dq = att.groupby("doc_id")["direct_quote"].mean() if len(att) else pd.Series(dtype=float)
        new["direct_quote_share"] = meta["doc_id"].map(dq).astype(float).round(3)
    if "claims" in layers:
        cl = claims[claims["zone"] == "body"]
        doc = cl["doc_id"].tolist()
        new["claim_sentences_n"] = column(Counter(zip(doc)))
        by_status = Counter(zip(doc, cl["status"].tolist()))
        for status in STATUSES:
            new[f"claim_{_snake(status)}_n"] = column(by_status, status)
    return pd.concat([meta, pd.DataFrame(new, index=meta.index)], axis=1)


def unit_table(annotation: Annotation, unit: str = "sentence", zone: str | None = "body"):
    """Counts per sentence or article; see :meth:`Annotation.unit_table`."""
    if unit not in ("sentence", "article"):
        raise ValueError(f"unit must be 'sentence' or 'article', not {unit!r}")
    sents = annotation.sentences
    if zone is not None:
        sents = sents[sents["zone"] == zone]
    base = sents[["doc_id", "sentence_id", "outlet", "n_words"]].reset_index(drop=True)
    key = pd.MultiIndex.from_frame(base[["doc_id", "sentence_id"]])
    cols = {}

    def count(df, name):
        c = df.groupby(["doc_id", "sentence_id"]).size()
        cols[name] = c.reindex(key, fill_value=0).to_numpy()

    run = annotation.layers
    cues = annotation.cues
    for layer in LAYERS if "cues" in run else ():
        sub = cues[cues["layer"] == layer]
        count(sub, f"{layer}_count")
        for voice in ("author", "quoted"):
            count(sub[sub["voice"] == voice], f"{layer}_{voice}_count")
    loaded = cues[cues["layer"] == "loaded"]
    for cat in sorted(loaded["category"].dropna().unique()):
        count(loaded[loaded["category"] == cat], f"loaded_{_snake(cat)}_count")
    if "attributions" in run:
        att = annotation.attributions
        count(att, "attribution_count")
        for cls in CUE_CLASSES:
            count(att[att["cue_class"] == cls], f"attribution_{_snake(cls)}_count")
    if "claims" in run:
        count(annotation.claims, "claim_count")
    out = pd.concat([base, pd.DataFrame(cols)], axis=1)
    if unit == "article":
        out = (
            out.drop(columns="sentence_id")
            .groupby(["doc_id", "outlet"], observed=True, sort=False)
            .sum()
            .reset_index()
        )
        out["outlet"] = pd.Categorical(
            out["outlet"], categories=sents["outlet"].cat.categories, ordered=True
        )
    return out


def term_counts(annotation: Annotation, by: str = "outlet", zone: str | None = "body"):
    """Word counts per group; see :meth:`Annotation.term_counts`."""
    from collections import Counter

    from .text import tokenize

    text = dict(zip(annotation.corpus["doc_id"], annotation.corpus["text"]))
    group = dict(zip(annotation.corpus["doc_id"], annotation.corpus[by]))
    sents = annotation.sentences
    if zone is not None:
        sents = sents[sents["zone"] == zone]
    counters: dict = {}
    for doc, start, end in sents[["doc_id", "char_start", "char_end"]].itertuples(index=False):
        c = counters.setdefault(group[doc], Counter())
        c.update(
            t.lower for t in tokenize(text[doc], start, end) if any(ch.isalpha() for ch in t.text)
        )
    order = (
        list(annotation.corpus[by].cat.categories)
        if isinstance(annotation.corpus[by].dtype, pd.CategoricalDtype)
        else list(dict.fromkeys(annotation.corpus[by]))
    )
    out = pd.DataFrame({g: pd.Series(counters.get(g, {}), dtype="int64") for g in order})
    return out.fillna(0).astype("int64").sort_index()


def profile(annotation: Annotation, by: str = "outlet") -> pd.DataFrame:
    """Cue counts and rates per 1,000 body words per group, layer, category and voice.

    Parameters
    ----------
    annotation : Annotation
    by : str, default="outlet"
        ``"outlet"`` or ``"doc_id"``.

    Returns
    -------
    pandas.DataFrame
        Long form with columns ``<by>, layer, category, voice, n, n_words,
        per_1k``. ``category == "all"`` and ``voice == "all"`` rows hold the
        totals; every (group, layer, category, voice) combination is present,
        zeros kept, so seaborn maps it directly.
    """
    annotation._need("cues")
    arts = annotation.articles
    words = arts.groupby(by, observed=True)["n_words_body"].sum()
    cues = annotation.cues
    cues = cues[cues["zone"] == "body"] if "zone" in cues else cues
    groups = list(words.index)
    rows = []
    for layer in LAYERS:
        sub = cues[cues["layer"] == layer]
        cats = ["all"] + sorted(sub["category"].dropna().unique().tolist())
        for cat in cats:
            s = sub if cat == "all" else sub[sub["category"] == cat]
            for voice in ("all", "author", "quoted"):
                v = s if voice == "all" else s[s["voice"] == voice]
                counts = v.groupby(by, observed=True).size()
                for g in groups:
                    n = int(counts.get(g, 0))
                    w = int(words[g])
                    rows.append(
                        (g, layer, cat, voice, n, w, round(1000 * n / w, 3) if w else np.nan)
                    )
    out = pd.DataFrame(rows, columns=[by, "layer", "category", "voice", "n", "n_words", "per_1k"])
    if by == "outlet":
        out["outlet"] = pd.Categorical(
            out["outlet"], categories=arts["outlet"].cat.categories, ordered=True
        )
    return out
