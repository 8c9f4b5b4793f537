"""Two modifiers of one thing joined by "or" in a list question ("a UN-led or UN-facilitated process", "a
political or peace process in Libya", "nuclear or missile tests"): each modifier with the thing, so that a list's
alternatives each keep the thing ("a UN-led process in Libya or a UN-facilitated process in Libya"), and not one
alternative the modifier alone ("UN-led"), which any readout naming the UN would match. Pure."""

from __future__ import annotations

import re

#: a word that modifies the noun after it: a hyphened compound ("UN-led", "Russia-backed", "state-owned") or an
#: adjective by its ending ("political", "economic", "nuclear", "humanitarian", "coordinated", "collective")
_MODIFIER = re.compile(
    r"(?:[\w.]+-[a-z]+|[a-z]+(?:al|ic|ar|ary|ive|ian|ed|ful|ous))",
)
#: the modifier (or noun used as one: "peace", "missile") after "or", then the thing, up to the next "or",
#: "and" or stop
_AFTER = re.compile(r"\s+or\s+((?:[\w.]+-[a-z]+|[a-z]+))\s+([a-z](?:(?!\s+(?:or|and)\s)[^,?;:()])*)")
#: words that are no modifier however they end ("need", "red" are fine; these start phrases of their own)
_NOT_MODIFIERS = frozenset("and or the a an of in on at to for with by from as was were had has".split())


def distribute_modifiers(text: str) -> str:
    """``text`` with each "<modifier> or <modifier> <thing>" written "<modifier> <thing> or <modifier> <thing>",
    the last such "or" first, so that a chain ("UN-led or UN-facilitated political or peace process") gives each
    modifier the whole thing after it ("UN-led political process", "UN-facilitated political process", "peace
    process"). Two verbs of one thing ("ending or preventing a cycle of violence"), which a readout may say in a
    third way, are left out."""
    text = re.sub(r"\b\w+ing,?\s+or\s+\w+ing\s+", "", text)
    for _ in range(8):  # (a chain is short; never loop forever)
        done = _rewrite_last(text)
        if done == text:
            return text
        text = done
    return text


def _rewrite_last(text: str) -> str:
    for at in reversed([m.start() for m in re.finditer(r"\s+or\s+", text)]):
        before = re.search(r"(?<![\w.-])([\w.-]+)$", text[:at])
        after = _AFTER.match(text, at)
        if before is None or after is None:
            continue
        first, second, thing = before.group(1), after.group(1), after.group(2).rstrip()
        if not _MODIFIER.fullmatch(first) or {first, second} & _NOT_MODIFIERS:
            continue
        if thing.split()[0] in _NOT_MODIFIERS:
            continue
        return f"{text[: before.start(1)]}{first} {thing} or {second} {thing}{text[after.end(2) :]}"
    return text
