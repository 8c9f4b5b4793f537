"""A statement asked as a question at its end ("The roundtable was timed to which anniversary?", "Their call was
held on which day?"): the question word near its end is what it asks, and the words after it describe the answer.
Patterns, used by ``topics``."""

from __future__ import annotations

import re

#: a question word in the last words of a statement asked as a question ("... was held on which day?")
WH_LATER = re.compile(r"\b(?:what|which|whom|who|where|when)\b(?=[^,;:.!?]{0,40}\?\s*$)", re.I)
#: the phrase that ends a statement asked as a question ("... was timed to which anniversary?")
WH_NP_END = re.compile(r"^\s*(?:which|what|whose)\s+((?:[\w\-']+\s+){0,3}[\w\-']+)\s*\?\s*$", re.I)
