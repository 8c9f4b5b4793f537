"""What a sum in a sentence is the sum of: "the dollar value of the lethal military assistance" is not answered by
"... lethal and nonlethal military assistance to Ukraine and $22 million in humanitarian aid ...", whose one sum is
of the aid. Pure."""

from __future__ import annotations

import re

from ..text.lexicon import STOPWORDS
from ..text.synonyms import AID_KINDS, AID_NOUNS
from ..text.tokenize import stem, words

#: a sum of money ("$22 million", "half a billion dollars")
MONEY = re.compile(
    r"\b(?:half|a quarter of|a third of)\s+a\s+(?:million|billion|trillion)\s+(?:dollars|euros|pounds|yen)\b|"
    r"[$€£¥]\s?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion))?|"
    r"\b\d[\d,.]*\s*(?:thousand |million |billion |trillion )?(?:dollars|euros|pounds|yen)\b",
    re.I,
)
#: the thing whose sum is asked: "the (dollar) value of the lethal military assistance ...", "how much
#: humanitarian aid did ...", up to the first word that is no part of its name (a name, a verb, "the", "that")
_ASKED_SUM_OF = re.compile(
    r"\b(?i:(?:dollar\s+)?(?:value|worth|size|amount|cost|sum|total)\s+of|how\s+much)\s+"
    r"(?:(?:the|its|their|his|her|this|that)\s+|[A-Z][\w\-]*['\u2019]s\s+)?"  # (or a name's: "Qatar's")
    r"(?!(?:did|does|do|was|were|is|are|had|has|will|would|of)\b)"  # (not "how much of the population")
    r"((?:[a-z][a-z\-]*\s+){0,4}?[a-z][a-z\-]*)"  # ("the lethal and nonlethal military aid the Dutch ...")
    r"(?=\s+(?:[A-Z]|(?:the|that|which|did|does|do|was|were|is|are|had|has|will|would|to|for|from|in|on|at|"
    r"they|he|she|it|we)\b)|\s*[?,])"
)
#: the thing whose worth is asked: "How much was Qatar's pledge of in-kind assistance ... worth?": "pledge"
_WORTH_ASKED = re.compile(
    r"\b(?i:how\s+much)\s+(?:was|were|is|are|had\s+been)\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*['\u2019]s\s+|(?:the|its|their|his|her|this|that)\s+)?"
    r"(?![a-z]+ed\b)((?:[a-z][a-z\-]*\s+){0,3}?[a-z][a-z\-]*)(?=\s+(?:of|to|for|from|worth)\b)(?=.*\bworth\b)"
)
#: the thing a figure is put on: "What dollar value did the readouts put on Qatar's pledge of help for Lebanon?"
_PUT_ON = re.compile(
    r"\b(?i:value|figure|price(?:\s+tag)?|amount)\s+(?i:did|does|do)\b[^?]{0,100}?\bput\s+on\s+"
    r"(?:(?:the|its|their|his|her|this|that)\s+|[A-Z][\w\-]*['\u2019]s\s+)?(?!table\b)"  # (not "on the table")
    # (up to a relative clause too: "put on the lethal and non-lethal military aid its cabinet approved")
    r"((?:[a-z][a-z\-]*\s+){0,5}?[a-z][a-z\-]*)(?=\s+(?:of|for|to|from|in|on|by|its|their|his|her|that|which)\b|\s*[?,])"
)
#: words of a sum's thing that say nothing of which thing it is
_GENERIC = {stem(w) for w in ("money", "funding", "dollar", "dollars", "total", "overall", "new", "additional")}
#: what may stand between a thing and its sum after it ("support for Afghanistan, including over $774 million"),
#: as against the break to another item ("assistance to Ukraine and $22 million in humanitarian aid")
_BEFORE_SUM = re.compile(r"^(?:(?!\band\b)[^,;:.])*(?:,\s*(?:including|totaling|totalling|worth|of|or)\b[^,;:.]*)?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def _sum_asked(question: str) -> re.Match | None:
    """Where a question asks the sum of a thing ("the value of the ...", "how much ...", "how much was ... worth"),
    the thing's words its first group; None when it asks none."""
    return _ASKED_SUM_OF.search(question) or _WORTH_ASKED.search(question) or _PUT_ON.search(question)


def sum_asked_of(question: str) -> str:
    """The thing a question asks the sum of ("the value of the lethal military assistance ...": "lethal military
    assistance"), or ""."""
    asked = _sum_asked(question)
    if not asked or all(stem(w.lower()) in _GENERIC for w in words(asked.group(1))):
        return ""  # "how much money": the question's other words say what for
    return asked.group(1)


def sum_of_something_else(text: str, question: str) -> bool:
    """Whether every sum of money in a sentence is given of something other than the thing the question asks the
    sum of, while that thing stands in the sentence ("What was the value of the assistance Qatar pledged to the
    Lebanese Armed Forces": "... Qatar's generous pledge of in-kind assistance to the Lebanese Armed Forces, its
    $100 million contribution to Yemen ..."). The sentence then gives no figure for it. A sum is of the thing when
    the thing follows it closely ("$33 billion in security, economic, and humanitarian aid") or leads up to it in
    one item ("humanitarian support for Afghanistan, including over $774 million"); a sum told in other words than
    the question's ("how much funding": "$50 million in aid") is left as it is, as the thing must stand in the
    sentence apart from every sum (aid and assistance are one word here)."""
    asked = _sum_asked(question)
    if not asked:
        return False
    thing = [stem(w.lower()) for w in words(asked.group(1)) if w.lower() not in STOPWORDS]
    thing = [w for w in thing if w not in _GENERIC]
    sums = list(MONEY.finditer(text))
    if not thing or not sums:
        return False
    if thing[-1] in AID_NOUNS:  # aid in either word ("the in-kind aid": "in-kind assistance"), but aid of another
        aid = [m for m in _WORD.finditer(text) if stem(m.group(0).lower()) in AID_NOUNS]  # kind is another thing
        other = [m for m in aid if _other_kind(text, m, thing)]  # ("military aid": not "humanitarian aid")
        heads = [m for m in aid if m not in other]
        if other and all(any(_of_sum(text, o, s) for o in other) for s in sums):
            return True  # every sum is of aid of another kind ("$50 million in humanitarian aid": no military aid)
    else:
        heads = [m for m in _WORD.finditer(text) if stem(m.group(0).lower()) == thing[-1]]
    if not heads:  # or by a word qualifying it: "the in-kind help": "in-kind assistance"
        qualifiers = {w for w in thing[:-1] if len(w) > 3}
        heads = [m for m in _WORD.finditer(text) if "-" in m.group(0) and qualifiers & _parts(m.group(0))]
    return bool(heads) and not any(_of_sum(text, head, s) for head in heads for s in sums)


def _parts(word: str) -> set[str]:
    return {stem(p.lower()) for p in word.split("-")}


def _of_sum(text: str, head: re.Match, money: re.Match) -> bool:
    """Whether the thing's word ``head`` is what the sum ``money`` is of: within twelve words after it, in its
    sentence, or before it in the same item."""
    if head.start() >= money.end():
        between = text[money.end() : head.start()]
        return len(_WORD.findall(between)) <= 12 and not re.search(r"[;.]\s|[$\u20ac\u00a3\u00a5]", between)
    between = text[head.end() : money.start()]
    return len(_WORD.findall(between)) <= 8 and bool(_BEFORE_SUM.match(between))


def _other_kind(text: str, head: re.Match, thing: list[str]) -> bool:
    """Whether the aid word ``head`` is qualified by a kind of aid the question's thing is not, while the thing
    names a kind, and none of the words qualifying it is of that kind ("humanitarian aid" for "the lethal and
    nonlethal military aid"; not "economic and security assistance" for "economic assistance")."""
    asked = {AID_KINDS[w] for w in thing[:-1] if w in AID_KINDS}
    told = set()
    for token in reversed(re.findall(r"[A-Za-z\-]+|,", text[: head.start()])):  # the kinds right before it, joined
        if token.lower() in (",", "and", "or"):  # by "and", "or" and commas ("economic and security assistance",
            continue  # "food security assistance": of each kind they name)
        if (kind := AID_KINDS.get(stem(token.lower()))) is None:
            break
        told.add(kind)
    return bool(asked and told and not asked & told)
