"""Per-document framing features as a scikit-learn transformer.

:class:`FramingFeatures` turns texts into the wide feature matrix (one row per
document) that the comparative statistics in :mod:`framing.stats` and any
scikit-learn model read: counts and per-1,000-word rates of hedges, boosters
and loaded terms (overall, in the author's voice, and loaded terms by
category), the share of words inside direct quotations, and attributions by
reporting-verb class when :mod:`framing.attribution` is available.

It calls the real layers: :func:`framing.text.analyse` for tokens, sentences
and quotations, :func:`framing.lexicons.find_cues` for cues and
:func:`framing.attribution.find_attributions` for attributions.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from framing.text import Doc, analyse

logger = logging.getLogger(__name__)

__all__ = ["FramingFeatures", "ATTRIBUTION_CLASSES", "LAYERS"]

LAYERS = ("hedge", "booster", "loaded")
"""Cue layers, in feature order."""

ATTRIBUTION_CLASSES = (
    "neutral",
    "distancing",
    "endorsing",
    "denial",
    "evaluative",
    "non-comment",
)
"""Reporting-verb classes of ``framing.attribution`` (docs/architecture.md)."""


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", str(name).lower()).strip("_")


def _find_attributions():
    """``framing.attribution.find_attributions`` if that module exists, else None."""
    try:
        module = importlib.import_module("framing.attribution")
    except ImportError:
        return None
    return getattr(module, "find_attributions", None)


class FramingFeatures(TransformerMixin, BaseEstimator):
    """Turn texts into the per-document framing feature matrix.

    Features (``{family}_{quantity}``; rates are per 1,000 word tokens):

    * ``n_words``, ``n_sentences``, ``quoted_words`` (word tokens inside a
      direct quotation) and ``quoted_share`` (their share of ``n_words``);
    * for each cue layer (``hedge``, ``booster``, ``loaded``):
      ``{layer}_count``, ``{layer}_author_count`` (cues in the author's
      voice, outside quotations) and ``{layer}_per_1k_words``;
    * for each loaded-term category of the fitted lexicons:
      ``loaded_{category}_count`` and ``loaded_{category}_per_1k_words``;
    * when attributions are enabled: ``attribution_count``,
      ``attribution_per_1k_words``, ``attribution_{class}_count`` for each
      reporting-verb class in :data:`ATTRIBUTION_CLASSES`,
      ``attribution_implicit_count`` (no source span: "it was reported") and
      ``attribution_direct_quote_count`` (the content is a direct quotation).

    Negated cues ("not likely") are counted in their layer; the cue table from
    :func:`framing.lexicons.find_cues` keeps the ``negated`` flag for finer
    analyses. The feature set is fixed at :meth:`fit` (from the lexicons), so
    every call to :meth:`transform` returns the same columns.

    Parameters
    ----------
    lexicons : None, str, path, Lexicon or list of them, default=None
        Passed to :func:`framing.lexicons.find_cues`; ``None`` uses the
        shipped hedges, boosters and loaded-term lexicons.
    attributions : {"auto", True, False}, default="auto"
        Add attribution features. ``"auto"`` uses them when
        :mod:`framing.attribution` is importable; ``True`` raises if it is not.
    actors : framing.attribution.Actors, optional
        Actor table passed to :func:`framing.attribution.find_attributions`
        (source resolution does not change the features computed here).
    per : float, default=1000
        Rates are per this many word tokens.

    Attributes
    ----------
    lexicons_ : list of framing.lexicons.Lexicon
        The loaded lexicons.
    layers_ : list of str
        Cue layers present in the lexicons.
    loaded_categories_ : list of str
        Loaded-term categories present in the lexicons.
    attributions_ : bool
        Whether attribution features are produced.
    feature_names_in_ : not set
        Input is text, not named columns.
    n_features_out_ : int
        Number of output features.

    See Also
    --------
    framing.stats.rates : rates with bootstrap CIs from a unit-level table.
    FramingFeatures.unit_table : sentence- or article-level count table.

    Examples
    --------
    >>> texts = pd.Series(["Officials said Pyongyang could sell missiles.",
    ...                    "It is clearly a provocation."], index=["d1", "d2"])
    >>> ff = FramingFeatures(attributions=False).set_output(transform="pandas")
    >>> X = ff.fit_transform(texts)
    >>> X.loc["d1", ["n_words", "hedge_count"]].tolist()
    [6.0, 1.0]
    >>> list(X.index)
    ['d1', 'd2']
    """

    def __init__(self, lexicons=None, attributions="auto", actors=None, per=1000.0):
        self.lexicons = lexicons
        self.attributions = attributions
        self.actors = actors
        self.per = per

    # ------------------------------------------------------------------ sklearn API

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.requires_fit = True
        return tags

    def fit(self, X=None, y=None):
        """Load the lexicons and fix the feature set.

        Parameters
        ----------
        X : iterable of str, optional
            Ignored (the features do not depend on the training texts).
        y : None
            Ignored.

        Returns
        -------
        self
        """
        from framing.lexicons import Lexicon, load_lexicon

        if self.attributions not in ("auto", True, False):
            raise ValueError(
                f"attributions must be 'auto', True or False, got {self.attributions!r}"
            )
        if not (isinstance(self.per, (int, float)) and self.per > 0):
            raise ValueError(f"per must be a positive number, got {self.per!r}")
        spec = self.lexicons
        if spec is None:
            spec = ["hedges", "boosters", "loaded"]
        elif isinstance(spec, (Lexicon, str, Path)):
            spec = [spec]
        lexicons = [lx if isinstance(lx, Lexicon) else load_lexicon(lx) for lx in spec]
        present = {lx.layer for lx in lexicons}
        finder = _find_attributions()
        if self.attributions is True and finder is None:
            raise ImportError(
                "attributions=True but framing.attribution.find_attributions is missing"
            )
        self.lexicons_ = lexicons
        self.layers_ = [layer for layer in LAYERS if layer in present]
        cats = set()
        for lx in lexicons:
            if lx.layer == "loaded":
                cats.update(str(c) for c in lx.entries["category"].dropna().unique())
        self.loaded_categories_ = sorted(cats)
        self.attributions_ = bool(finder is not None and self.attributions in ("auto", True))
        self.n_features_out_ = len(self._feature_names())
        return self

    def _feature_names(self) -> list[str]:
        names = ["n_words", "n_sentences", "quoted_words", "quoted_share"]
        for layer in self.layers_:
            names += [f"{layer}_count", f"{layer}_author_count", f"{layer}_per_1k_words"]
        for cat in self.loaded_categories_:
            names += [f"loaded_{_slug(cat)}_count", f"loaded_{_slug(cat)}_per_1k_words"]
        if self.attributions_:
            names += ["attribution_count", "attribution_per_1k_words"]
            names += [f"attribution_{_slug(c)}_count" for c in ATTRIBUTION_CLASSES]
            names += ["attribution_implicit_count", "attribution_direct_quote_count"]
        return names

    def get_feature_names_out(self, input_features=None):
        """Names of the output columns.

        Parameters
        ----------
        input_features : ignored

        Returns
        -------
        numpy.ndarray of str
        """
        check_is_fitted(self, "layers_")
        return np.asarray(self._feature_names(), dtype=object)

    def transform(self, X):
        """Compute the feature matrix.

        Parameters
        ----------
        X : pandas.Series, list or array of str (or :class:`framing.text.Doc`)
            One text per document. A Series index is used as ``doc_id`` (and
            kept as the row index with ``set_output(transform="pandas")``).

        Returns
        -------
        numpy.ndarray of shape (n_documents, n_features_out_)
            Or a DataFrame with ``set_output(transform="pandas")``.
        """
        check_is_fitted(self, "layers_")
        rows = [self._document_row(doc) for doc in self._docs(X)]
        names = self._feature_names()
        return np.asarray([[r[n] for n in names] for r in rows], dtype=float).reshape(
            len(rows), len(names)
        )

    # ------------------------------------------------------------------ helpers

    def _docs(self, X) -> Iterable[Doc]:
        if isinstance(X, (str, bytes)):
            raise TypeError("X must be an iterable of texts, not a single string")
        if isinstance(X, pd.DataFrame):
            if X.shape[1] != 1:
                raise ValueError("a DataFrame input must have exactly one text column")
            X = X.iloc[:, 0]
        ids = [str(i) for i in X.index] if isinstance(X, pd.Series) else None
        for k, item in enumerate(list(X)):
            if isinstance(item, Doc):
                yield item
            elif isinstance(item, str):
                yield analyse(item, ids[k] if ids else str(k))
            else:
                raise TypeError(f"document {k} is {type(item).__name__}, expected str or Doc")

    def _cues_and_attributions(self, doc: Doc):
        from framing.lexicons import find_cues

        cues = find_cues(doc, self.lexicons_)
        attributions = []
        if self.attributions_:
            attributions = _find_attributions()(doc, actors=self.actors)
        return cues, attributions

    def _counts(self, doc: Doc, cues, attributions, mask=None) -> dict:
        """Count features over the tokens/records for which ``mask`` holds."""
        is_word = np.fromiter((t.is_word for t in doc.tokens), dtype=bool, count=len(doc.tokens))
        sel = is_word if mask is None else is_word & mask
        row = {
            "n_words": float(sel.sum()),
            "quoted_words": float((sel & (doc.token_quote >= 0)).sum()),
        }
        for layer in self.layers_:
            mine = [c for c in cues if c["layer"] == layer]
            row[f"{layer}_count"] = float(len(mine))
            row[f"{layer}_author_count"] = float(sum(c["voice"] == "author" for c in mine))
        for cat in self.loaded_categories_:
            row[f"loaded_{_slug(cat)}_count"] = float(
                sum(c["layer"] == "loaded" and c["category"] == cat for c in cues)
            )
        if self.attributions_:
            row["attribution_count"] = float(len(attributions))
            for cls in ATTRIBUTION_CLASSES:
                row[f"attribution_{_slug(cls)}_count"] = float(
                    sum(a.get("cue_class") == cls for a in attributions)
                )
            row["attribution_implicit_count"] = float(
                sum(a.get("source_start", -1) == -1 for a in attributions)
            )
            row["attribution_direct_quote_count"] = float(
                sum(bool(a.get("direct_quote")) for a in attributions)
            )
        return row

    def _add_rates(self, row: dict) -> dict:
        n = row["n_words"]
        row["quoted_share"] = row["quoted_words"] / n if n else 0.0
        skip = ("_author_count", "_implicit_count", "_direct_quote_count")
        for key in [k for k in row if k.endswith("_count") and not k.endswith(skip)]:
            rate = key[: -len("_count")] + "_per_1k_words"
            row[rate] = self.per * row[key] / n if n else 0.0
        return row

    def _document_row(self, doc: Doc) -> dict:
        cues, attributions = self._cues_and_attributions(doc)
        row = self._counts(doc, cues, attributions)
        row["n_sentences"] = float(len(doc.sentences))
        return self._add_rates(row)

    def unit_table(self, X, outlets=None, *, unit: str = "sentence") -> pd.DataFrame:
        """Unit-level count table for :func:`framing.stats.rates`.

        Parameters
        ----------
        X : pandas.Series, list or array of str (or Doc)
            One text per document; a Series index gives ``doc_id``.
        outlets : array-like, optional
            Outlet of each document (same order as ``X``); adds an ``outlet``
            column.
        unit : {"sentence", "article"}, default="sentence"
            One row per sentence (``doc_id, sentence_id, zone``) or per article.

        Returns
        -------
        pandas.DataFrame
            ``outlet`` (if given; a categorical ``outlets`` keeps its
            category order), ``doc_id``, ``sentence_id`` and ``zone``
            (sentence unit), ``n_words``, ``quoted_words`` and every
            ``*_count`` feature. Cues and attributions are assigned to the
            sentence of their ``sentence_id``.

        Examples
        --------
        >>> ff = FramingFeatures(attributions=False).fit()
        >>> t = ff.unit_table(["It could rain. It will surely rain."], outlets=["A"])
        >>> t[["outlet", "sentence_id", "n_words", "hedge_count", "booster_count"]]
          outlet  sentence_id  n_words  hedge_count  booster_count
        0      A            0      3.0          1.0            0.0
        1      A            1      4.0          0.0            1.0
        """
        check_is_fitted(self, "layers_")
        if unit not in ("sentence", "article"):
            raise ValueError(f"unit must be 'sentence' or 'article', got {unit!r}")
        docs = list(self._docs(X))
        categories = None
        if outlets is not None:
            if isinstance(getattr(outlets, "dtype", None), pd.CategoricalDtype):
                categories = outlets.dtype
            outlets = list(outlets)
            if len(outlets) != len(docs):
                raise ValueError("outlets must have one entry per document")
        rows = []
        for k, doc in enumerate(docs):
            cues, attributions = self._cues_and_attributions(doc)
            head = {"outlet": outlets[k]} if outlets is not None else {}
            if unit == "article":
                row = self._counts(doc, cues, attributions)
                rows.append({**head, "doc_id": doc.doc_id, **row})
                continue
            for i, sent in enumerate(doc.sentences):
                mask = doc.token_sentence == i
                row = self._counts(
                    doc,
                    [c for c in cues if c["sentence_id"] == i],
                    [a for a in attributions if a.get("sentence_id") == i],
                    mask,
                )
                rows.append(
                    {**head, "doc_id": doc.doc_id, "sentence_id": i, "zone": sent.zone, **row}
                )
        table = pd.DataFrame(rows)
        if categories is not None and len(table):
            table["outlet"] = table["outlet"].astype(categories)
        return table
