"""Words of a question that look like a kind of statement but ask for none. Pure."""

from __future__ import annotations

import re

#: "Republican-backed bills": who is behind them, no backing; "the promise of the ADA", "a promise left to
#: fulfill": a thing to fulfil, not a pledge made
NO_PLEDGE = re.compile(
    r"\b[\w]+-(?:backed|sponsored|led)\b|\b(?:the|its|a) promise(?= (?:of|left|yet|still)\b| to fulfil)", re.I
)

#: "what did she say most Americans think a woman should be able to decide about her body", "the right to decide":
#: what someone may do, no statement made at the meeting (not "will the two sides be able to agree": an agreement)
ABLE_TO = re.compile(
    r"\b(?:should|must|ought\s+to)\s+be\s+able\s+to\s+\w+|\bthe\s+(?:right|freedom|ability|power)\s+to\s+\w+", re.I
)
