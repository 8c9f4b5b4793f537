"""The words a list question writes together as its one thing ("international humanitarian law"), and the
lower-case thing a name before it says which one ("COVID-19 vaccines"): what a readout must say to be listed.
Pure."""

from __future__ import annotations

import re

from ..text.question_words import THING_NAME_ENDS
from ..text.tokenize import stem, words


def term_of(part_text: str, alts: list) -> tuple[str, ...]:
    """The stems of a term of three or more words the question writes together as its one thing to list
    ("Which readouts mention international humanitarian law?"), less a lower-case word for what a name before it is
    ("the New START treaty": new, start), or of a name among its topic words, else ()."""
    if len(alts) != 1 or alts[0].literal or alts[0].required or alts[0].places or len(alts[0].optional) < 3:
        return ()
    topic = alts[0].optional
    stems = [stem(w) for w in words(part_text)]
    n = len(topic)
    if any(tuple(stems[i : i + n]) == topic for i in range(len(stems) - n + 1)):
        # "the New START treaty": a name and a lower-case word for what it is, which a readout may leave out
        kind = re.search(rf"\b[A-Z][\w\-]*\s+({_KIND_OF_NAMED})\b", part_text)
        return topic[:-1] if kind and stem(kind.group(1)) == topic[-1] else topic
    # a name of three or more capitalised words among other topic words ("addressing the Senate Democratic Caucus")
    for run in re.findall(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){2,}", part_text):
        named = tuple(stem(w) for w in words(run))
        if all(t in topic for t in named):
            return named
    return ()


#: lower-case words for what a named thing is ("the New START treaty"), as the ends of such names are written
_KIND_OF_NAMED = "|".join(sorted({w.lower() + "s?" for w in THING_NAME_ENDS} | {"pacts?", "partnerships?"}))


def says_run(text: str, run: tuple[str, ...]) -> bool:
    """Whether ``text`` has the stems of ``run`` next to each other, in any order ("the international rules-based
    order" says "the rules-based international order")."""
    stems = [stem(w) for w in words(text)]
    n, want = len(run), sorted(run)
    return any(sorted(stems[i : i + n]) == want for i in range(len(stems) - n + 1))


#: words after a name that are no thing it qualifies ("COVID-19 and climate", "the G7 in June", "NATO allies agreed")
_NOT_QUALIFIED = frozenset(
    "a an and or but nor to in on at of for from with by as than that which who whom whose when where while if "
    "is are was were be been being has have had do does did will would can could should may might must "
    "the this these those their its his her our your".split()
)


def modified_by_name(piece: str, name: list[str], terms: tuple[str, ...]) -> tuple[str, ...]:
    """The stem of the lower-case thing a list question's name says which one it is ("COVID-19 vaccines" ->
    vaccin, "the Quad summit" -> summit): a readout must say it too, not only the name; () when the name is
    owned ("the G7's commitment"), stands alone or comes before a verb or a small word, or the thing is none of the
    question's topic ``terms``."""
    if not name:
        return ()
    m = re.search(rf"(?<![\w\-]){re.escape(name[-1])}\s+([a-z][a-z\-]+)\b(\s+[a-z]+)?", piece)
    if m is None or m.group(1) in _NOT_QUALIFIED or m.group(1).endswith("ed") or m.group(1) in _TOLD_OF:
        return ()
    if _VERB_AFTER.match(piece, m.end(1)):  # "COVAX needs more funding": what it does, no thing it names
        return ()
    # "the COP27 climate conference", "the AUKUS security partnership": words for what the name itself is
    if re.fullmatch(_NAME_KIND, m.group(1)) or re.fullmatch(rf"\s+(?:{_NAME_KIND}|up)", m.group(2) or ""):
        return ()
    return (stem(m.group(1)),) if stem(m.group(1)) in terms else ()


#: what a named thing is ("the COP27 climate conference", "the Nord Stream 2 pipeline"), said or not
#: (the kinds ``term_of`` knows, and more)
_NAME_KIND = "|".join(
    [_KIND_OF_NAMED]
    + [
        w + "s?"
        for w in "conference summit partnership pact dialogue forum ministerial process mechanism group council "
        "commission alliance organization organisation format project pipeline dam facility plant corridor "
        "operation mission exercise declaration statement communique talk negotiation meeting".split()
    ]
)
#: what follows a verb after a name, not a noun ("COVAX needs more funding", "Russia wants a deal")
_VERB_AFTER = re.compile(r"\s+(?:more|less|a|an|the|to|no|any|some|its|their|his|her|our|further|new)\b")
#: verbs a list question puts after its name ("... the Dam comes up", "... COVID-19 features")
_TOLD_OF = frozenset(
    "comes came come appears features figures arises surfaces anywhere even once twice thrice alongside together "
    "again also only too either ever all both first last".split()
)
