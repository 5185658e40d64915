"""framing: measure how news outlets frame the same story.

Hedging and boosting, who is quoted and with which reporting verb, loaded
terms and in whose voice, how a contested claim is presented, and statistics
that say which differences between outlets are real. Every number traces back
to character spans of the unmodified article text.

The public API is the names below; the modules are named by analytic role:
``corpus``, ``text``, ``lexicons``, ``attribution``, ``stance``,
``annotate``, ``evaluate``, ``stats``, ``features``, ``plots``, ``figures``,
``highlight`` and ``cli``.
"""

import importlib
import logging

from .annotate import Annotation, annotate, profile
from .attribution import evaluate_attributions, find_attributions, load_actors, voice_profile
from .corpus import CorpusError, describe_corpus, load_corpus, load_zones
from .evaluate import load_gold, score_spans
from .highlight import highlight
from .lexicons import Lexicon, available_lexicons, find_cues, load_lexicon
from .stance import claim_profile, evaluate_claims, find_claims, load_claims
from .stream import annotate_stream, iter_corpus
from .text import analyse

__version__ = "0.1.0"

logging.getLogger("framing").addHandler(logging.NullHandler())

# Names imported on first use: the statistics, feature and plotting modules pull in
# scipy, scikit-learn and matplotlib (about 1.5 s), which `framing annotate` and its
# worker processes never need; ``framing.figures`` also so that ``python -m
# framing.figures`` (what ``make figures`` runs) does not find the module half-imported.
_LAZY = {
    "stats": (".stats", None),
    "FramingFeatures": (".features", "FramingFeatures"),
    "set_theme": (".plots", "set_theme"),
    "save_figure": (".figures", "save_figure"),
}


def __getattr__(name):
    if name in _LAZY:
        module, attr = _LAZY[name]
        mod = importlib.import_module(module, __name__)
        return mod if attr is None else getattr(mod, attr)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Annotation",
    "CorpusError",
    "FramingFeatures",
    "Lexicon",
    "__version__",
    "analyse",
    "annotate",
    "annotate_stream",
    "available_lexicons",
    "claim_profile",
    "describe_corpus",
    "evaluate_attributions",
    "evaluate_claims",
    "find_attributions",
    "find_claims",
    "find_cues",
    "highlight",
    "iter_corpus",
    "load_actors",
    "load_claims",
    "load_corpus",
    "load_gold",
    "load_lexicon",
    "load_zones",
    "profile",
    "save_figure",
    "score_spans",
    "set_theme",
    "stats",
    "voice_profile",
]
