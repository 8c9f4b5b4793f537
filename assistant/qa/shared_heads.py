"""Two modifiers of one thing joined by "or" in a list question ("a UN-led or UN-facilitated process", "a
political or peace process in Libya", "nuclear or missile tests"): each modifier with the thing, so that a list's
alternatives each keep the thing ("a UN-led process in Libya or a UN-facilitated process in Libya"), and not one
alternative the modifier alone ("UN-led"), which any readout naming the UN would match. Pure."""

from __future__ import annotations

import re

#: a word that modifies the noun after it: a hyphened compound ("UN-led", "Russia-backed", "state-owned") or an
#: adjective by its ending ("political", "economic", "nuclear", "humanitarian", "collective"); not a short word
#: that only ends so ("war"), nor a participle ("resumed", "need")
_MODIFIER = re.compile(r"[\w.]+-[a-z]+|[a-z]{3,}(?:al|ic|ar|ary|ive|ian|ous)")
#: the modifier (or noun used as one: "peace", "missile") after "or", then the thing, up to the next "or",
#: "and" or stop
_AFTER = re.compile(r"\s+or\s+((?:[\w.]+-[a-z]+|[a-z]+))\s+([a-z](?:(?!\s+(?:or|and)\s)[^,?;:()])*)")
#: words after "or" that start a phrase of their own, not a modifier of the thing ("or its blockade", "or newly
#: launched", "or under way")
_NOT_MODIFIERS = frozenset(
    """and or the a an of in on at to for with by from as was were had has its his her their our your my this that
    these those any some all other another under over into onto upon about against between during after before
    without within through""".split()
)


def distribute_modifiers(text: str) -> str:
    """``text`` with each "<modifier> or <modifier> <thing>" written "<modifier> <thing> or <modifier> <thing>",
    the last such "or" first, so that a chain ("UN-led or UN-facilitated political or peace process") gives each
    modifier the whole thing after it ("UN-led political process", "UN-facilitated political process", "peace
    process"). Each "or" of ``text`` is read once. Two verbs of one thing ("ending or preventing a cycle of
    violence"), which a readout may say in a third way, are left out."""
    text = re.sub(r"\b\w+ing,?\s+or\s+\w+ing\s+", "", text)
    # (from the last "or" back: a rewrite changes only what follows its own modifier, so those before stay put)
    for at in reversed([m.start() for m in re.finditer(r"\s+or\s+", text)]):
        before = re.search(r"(?<![\w.-])([\w.-]+)$", text[:at])
        after = _AFTER.match(text, at)
        if before is None or after is None:
            continue
        first, second, thing = before.group(1), after.group(1), after.group(2).rstrip()
        if not _MODIFIER.fullmatch(first) or second in _NOT_MODIFIERS or second.endswith("ly"):
            continue
        if thing.split()[0] in _NOT_MODIFIERS:
            continue
        text = f"{text[: before.start(1)]}{first} {thing} or {second} {thing}{text[after.start(2) + len(thing) :]}"
    return text
