"""framing: measure how news outlets frame the same story.

Hedging and boosting, who is quoted and with which reporting verb, loaded
terms and in whose voice, how a contested claim is presented, and statistics
that say which differences between outlets are real. Every number traces back
to character spans of the unmodified article text.
"""

import logging

from .corpus import CorpusError, describe_corpus, load_corpus, load_zones
from .plots import set_theme

__version__ = "0.1.0"

logging.getLogger("framing").addHandler(logging.NullHandler())

__all__ = [
    "CorpusError",
    "__version__",
    "describe_corpus",
    "load_corpus",
    "load_zones",
    "set_theme",
]
