"""The clause of a question that names the readout answering it ("..., according to the readout of Biden's call
with ...", "according to Blinken's August 2021 meeting with ..."). Pure."""

from __future__ import annotations

import re

#: a clause that says which readout answers ("..., according to the readout of Biden's call with ...", or opening
SOURCE_CLAUSE = re.compile(  # the question: "The readout of Harris's July 2022 meeting lists ...; where")
    r"(?:\b(?:according to|as per|per|in|from|based on)\s+|^\s*)"
    r"(?:(?:the|their|his|her)\s+(?:[\w\-]+\s+)?readouts?\s+of\s+"
    # or someone's meeting itself: "according to Blinken's August 2021 meeting with Ukraine's foreign minister"
    r"|(?<=according to )(?=(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*)?['\u2019]s\s+[^,?;]*?"
    r"\b(?:meeting|call|visit|talks|conversation|trip)s?\b))([^,?;]+)",
    re.I,
)
