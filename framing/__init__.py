"""framing: measure how news outlets frame the same story.

Hedging and boosting, who is quoted and with which reporting verb, loaded
terms and in whose voice, how a contested claim is presented, and statistics
that say which differences between outlets are real. Every number traces back
to character spans of the unmodified article text.
"""

import logging

__version__ = "0.1.0"

logging.getLogger("framing").addHandler(logging.NullHandler())

__all__ = ["__version__"]
