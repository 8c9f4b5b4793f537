"""Who a who-question asks for among a meeting's participants ("the other side", "which governor", "which
member of Congress ... as chair of the Congressional Black Caucus"), and the sentences that name them. Pure."""

from __future__ import annotations

import re

from ..records import Meeting
from ..text.continents import SIDE_REGIONS
from ..text.lexicon import GENERIC_OFFICES, TITLE_HEADS
from ..text.names import find_parties
from ..text.places import ORGANISATIONS
from .about_meeting import SIDE_BY_COUNTRY, SIDE_DESCRIBED
from .analyse import Part
from .asked_type import POST_ASKED, post_holder
from .titled import HEAD_OF, holds_office


def people_in_words(people: list) -> str:
    """Participants in words: "Secretary of State Antony J. Blinken (United States); ..."."""
    return "; ".join(
        " ".join(x for x in (p.title, p.name) if x) + (f" ({p.country})" if p.country else "") for p in people
    )


_OTHER_SIDE = ("other side", "counterpart", "foreign", "their side", "led the", "headed the")
_TEAM_OF = re.compile(
    r"\b(?:led|headed|lead|head|leading|heading)\s+the\s+((?:[\w.\-]+\s+){1,3}?)(?:side|team|delegation)\b", re.I
)


#: "who represented the Czech Republic and Slovakia (at the summit)": the countries up to where the clause turns
_REPRESENTED = re.compile(
    r"\b(?:represented|representing|represents|represent|spoke for|speaking for)\s+([^,?]+?)"
    r"(?=\s+(?:at|in|on|during|with|when|while)\b|[,?]|$)",
    re.I,
)


#: the title an issuing office's byline gives, with no one's name: it issued the readout, it did not meet
_ISSUING_OFFICE = re.compile(r"(?:Deputy |Principal Deputy )?(?:Spokesperson|Press Secretary)|Office of the .+", re.I)


#: the issuer's own side asked for ("which of Biden's own officials", "which cabinet members sat in", "White House
#: and federal officials", "who from the administration"; not "White House and Mexican officials")
_OWN_SIDE = re.compile(
    r"\b(?:own|cabinet|(?:white house|administration|federal)(?: (?:and|or) (?:white house|administration|federal|"
    r"cabinet))?(?: \w+)? (?:officials?|staff|aides?|team|side|members?|advis[eo]rs?)|"
    r"his (?:officials|team|aides)|her (?:officials|team|aides)|"
    r"from (?:the|his|her) (?:administration|white house)|from the u\.s\. (?:side|government|team))\b(?! of\b)"
)


def countries_asked(text: str) -> set[str]:
    """The countries (or bodies) whose people a who-question asks for: "Who headed the U.S. team", "the Bulgarian
    delegation", "who represented the Czech Republic and Slovakia", "Who was the Dutch foreign minister whose ...",
    "what post did the German participant hold"."""
    out: set[str] = set()
    for m in (_TEAM_OF.search(text), _REPRESENTED.search(text)):  # (a country or a body: "the EU")
        out |= {c.name for c in find_parties(m.group(1))} if m else set()
    for m in (SIDE_DESCRIBED.match(text), SIDE_BY_COUNTRY.search(text)):
        out |= {c.name for c in find_parties(m.group("side"))} if m else set()
    return out


def _post_holders(text: str, named: list) -> list | None:
    """Whose post a part asks ("In what capacity did Park Jin come (to Sherman)": his own, the other side's of those
    it names), [] when it names someone the records do not ("What White House position did Catherine Lhamon hold":
    a line may), None when it asks no post."""
    if not POST_ASKED.search(text):
        return None
    holder = post_holder(text)
    if named:  # (of those it names, the one whose post it asks: "What post did Sullivan hold when he met Yang")
        own = [p for p in named if holder and p.name and holder in p.name]
        return own or [p for p in named if p.side == "counterpart"] or named
    return [] if holder else None


def participants_asked(part: Part, m: Meeting, lines: tuple = ()) -> list:
    """The participants a who-question asks for: "the other side", "whom did X call" mean the counterparts;
    "which governor", "which National Urban League leader" those the title (or a line of ``lines`` naming
    them) describes that way."""
    low = part.text.lower()
    asked_object = re.search(  # "whom did X call", "which officials did X see"
        r"\b(?:who|whom|which\s+(?:[\w\-]+\s+){0,3}?(?:officials|leaders|ministers|people|counterparts|figures))\s+"
        r"(?:did|does|do|will|would|has|had)\b",
        low,
    )
    own = _OWN_SIDE.search(low)
    side = (
        "issuer"
        if own  # "which of Biden's own officials", "which cabinet members sat in"
        else "counterpart"
        if asked_object or any(w in low for w in _OTHER_SIDE)
        else None
    )
    # (an office that only issues the readout, "Office of the Spokesperson", took no part in the meeting)
    present = [p for p in m.participants if p.name or not _ISSUING_OFFICE.fullmatch(p.title or "")]
    people = [p for p in present if side is None or p.side == side]
    if not people and side == "issuer":
        people = list(present)
    if own:  # "who from the administration was on the line with Biden": not Biden
        others = [p for p in people if not _named_in(p, low)]
        people = others or [p for p in present if not _named_in(p, low) and p.country == "United States"] or people
    represent = _REPRESENTED.search(part.text)
    countries = countries_asked(part.text)
    if countries and SIDE_BY_COUNTRY.search(part.text) and not any(p.country in countries for p in present):
        return []  # "Who was the Italian participant?": the records name no one of Italy (a sentence may)
    people = [p for p in present if p.country in countries] or people
    if represent and not countries:  # "who represented the NAACP", "... New York": the one whose line names it
        body = re.sub(r"^(?:the|a|an)\s+", "", represent.group(1).strip(), flags=re.I).lower()
        people = [p for p in present if body in _said_of(p, (p.title or "").lower(), lines)]
        if not people:
            return []  # the records name no one for it: a sentence may ("- New York Gov. Andrew Cuomo")
    described = _described(part.text, people, lines)
    if described is None:  # "which member of Congress ...": the records name none, a sentence may
        return []
    people = described or people
    which = WHICH_PEOPLE.search(part.text)  # "Which Ethiopian government officials did he meet": of Ethiopia only
    if which and (of := {c.name for c in find_parties(part.text, which.start(), which.start("noun"))}):
        people = [p for p in people if p.country in of]
        if not people:
            return []  # the records name no one of that country (AU envoys are not Ethiopia's): a sentence may
    if _BESIDES.search(low) or _MET_BEFORE_OR_AFTER.search(part.text):
        # "Besides Draghi, which Italian official ...", "Before Sullivan sat down with Draghi, whom had he met?"
        people = [p for p in people if not _named_in(p, low)]
    named = [p for p in people if _named_in(p, low)]
    if (holders := _post_holders(part.text, named)) is not None:  # "In what capacity did Park Jin come": his
        return holders
    joining = re.search(r"\b(?:sat in|sit in|joined|accompan\w+|with (?:him|her|them))\b", low)
    asks_who_joined = low.lstrip().startswith("which") or re.search(r"\bwho\s+(?:else\s+)?(?:joined|accompan)", low)
    if asks_who_joined and joining and people and len(named) == len(people):
        return []  # "Which U.S. officials sat in on Sullivan's meeting with Giammattei?": others, a sentence may say
    unnamed = any(p.name is None for p in people)
    if WHICH_PEOPLE.search(low) and unnamed and all(p.name is None or _named_in(p, low) for p in people):
        return []  # "Which House members attended ...": "bipartisan Members" names none of them
    return people


#: a question for people by name: "which House members", "which of the governors", "who were the civil society
#: leaders"
WHICH_PEOPLE = re.compile(
    r"\b(?:which\s+(?:of\s+the\s+)?|who\s+(?:were|are)\s+the\s+)(?:[\w\-'\u2019]+\s+){0,3}?(?P<noun>members|"
    r"officials|leaders|ministers|lawmakers|legislators|governors|mayors|senators|executives|ceos|representatives|"
    r"congressmen|congresswomen|participants|advocates|activists|experts)\b",
    re.I,
)


def _named_in(p, low: str) -> bool:
    """Whether the (lower-cased) question names a participant by surname."""
    key = _surname(p) if p.name else None
    return key is not None and re.search(rf"\b{re.escape(key.lower())}\b", low) is not None


#: "Which governor joined ...", "Which National Urban League leader attended ...": the words that say who
_WHICH = re.compile(
    r"\bwhich\s+((?:[\w\-]+\s+){0,5}?)(?=(?:did|does|do|was|were|is|are|has|had|will|would|joined|attended|"
    r"took|sat|led|participated|represented|spoke|met|came|accompanied|accompanies|from|at|in|on|of)\b)",
    re.I,
)


#: "Who was the Rhode Island governor on ...": the words that say who
_WHO_WAS_THE = re.compile(
    r"\bwho\s+(?:was|were|is|are)\s+the\s+((?:[\w\-]+\s+){0,5}?)(?=(?:on|in|at|of|for|during|that|who|from|with)\b)",
    re.I,
)


_IN_CONGRESS = re.compile(r"\b(?:members?\s+of\s+congress|lawmakers?|legislators?|congress(?:wo)?m[ae]n)\b", re.I)
#: a role the question gives whom it asks for ("... as chair of the Congressional Black Caucus")
_AS_ROLE = re.compile(r"\bas\s+(?:the\s+)?(?:[a-z]+\s+){1,2}of\s+(?:the\s+)?((?:[A-Z][\w\-]*\s*){2,6})")


def _described(question: str, people: list, lines: tuple = ()) -> list | None:
    """The participants a "which <office or body> ..." question describes: those whose title holds the office
    it names ("governor") or the body ("National Urban League"); none when the words name neither, and None when
    they name an office no participant holds ("which member of Congress" of White House officials)."""
    m = _WHICH.search(question) or _WHO_WAS_THE.search(question)
    if m is None:
        return []
    if re.match(r"\s*of\s+(?:state|government)\b", question[m.end(1) :], re.I) and m.group(1).split()[-1:] in (
        ["head"],
        ["heads"],
    ):
        return _heads_asked(question, people) or None  # "Who were the Swedish head of government and ...": by office
    words = [w for w in m.group(1).split() if w.lower().rstrip("s") not in GENERIC_OFFICES]
    offices = {
        w.lower().rstrip("s")
        for w in words
        if w.capitalize() in TITLE_HEADS or w.rstrip("s").capitalize() in TITLE_HEADS
    }
    if _IN_CONGRESS.match(question, m.start(1)):  # "which member of Congress", "which lawmaker"
        offices |= {"congressman", "congresswoman", "representative", "senator"}
    body = " ".join(w for w in words if w[:1].isupper() and not find_parties(w))
    out = []
    for p in people:
        title = (p.title or "").lower()
        held = {t.rstrip("s") for t in re.findall(r"[a-z][\w\-]*", title)}
        if (offices and offices & held) or (len(body.split()) > 1 and body.lower() in _said_of(p, title, lines)):
            out.append(p)
    # "the Rhode Island governor": of the governors, the one whose line names Rhode Island
    if len(body.split()) > 1 and (placed := [p for p in out if body.lower() in _said_of(p, "", lines)]):
        out = placed
    # "... as chair of the Congressional Black Caucus": the one whose line names that role
    role = _AS_ROLE.search(question)
    among = out if offices else out or people  # (not of another office: "which member of Congress ... as chair")
    if role and (held_role := [p for p in among if role.group(1).lower() in _said_of(p, "", lines)]):
        return held_role
    # ("which Commerce Department official accompanied ...": of a body no participant's line names, none either)
    return None if (offices or len(body.split()) > 1) and not out and people else out


#: a head's office a question names, with the country said before it ("the Swedish head of government")
_HEAD_ASKED = re.compile(
    r"\b(?:(?P<of>(?:(?:North|South|East|West|Central|Southeast|Latin)\s+)?[A-Z][\w\-]*)(?:['\u2019]s)?\s+)?heads?\s+of\s+"
    r"(?P<what>state|government)"
    r"(?P<either>\s+(?:or|and)\s+(?:of\s+)?(?:state|government))?\b"
)


def _heads_asked(question: str, people: list) -> list:
    """The participants holding the heads' offices a who-question names ("Who were the Swedish head of government
    and the Finnish head of state on the call?": Sweden's prime minister, Finland's president), each of the
    country or region said before it when one is ("Which North American head of government": Canada's, Mexico's)."""
    wanted = [
        (
            HEAD_OF[f"head of {h['what'].lower()}"] + (sum(HEAD_OF.values(), ()) if h["either"] else ()),
            set(SIDE_REGIONS.get((h["of"] or "").lower(), ())) or {c.name for c in find_parties(h["of"] or "")},
        )
        for h in _HEAD_ASKED.finditer(question)
    ]
    return [  # (a country's, on the other side: not the issuer's President, nor a body's, the EU Commission's)
        p
        for p in people
        if p.side != "issuer"
        and p.country not in ORGANISATIONS
        and any(
            any(holds_office(p.title or "", o) for o in offices) and (not of or p.country in of)
            for offices, of in wanted
        )
    ]


def _said_of(p, title: str, lines: tuple) -> str:
    """A participant's title, and the first line that names them (lower case)."""
    key = _surname(p)
    line = next((s.text for s in lines if key and re.search(rf"\b{re.escape(key)}\b", s.text)), "")
    return f"{title} {line.lower()}"


def _surname(p) -> str | None:
    words = (p.name or "").replace(",", " ").split()
    return next((w for w in reversed(words) if len(w) > 2 and w not in ("Jr.", "Sr.", "III")), None)


def naming_sentences(people: list, sentences: list, most: int = 2) -> list:
    """The first sentences of a readout's body that name the given participants (by surname, else by
    title), at most ``most``, in reading order."""
    out: list = []
    for p in people:
        key = _surname(p) or p.title
        if not key:
            continue
        rx = re.compile(rf"\b{re.escape(key)}\b")
        hit = next((s for s in sentences if rx.search(s.text)), None)
        if hit is not None and hit not in out:
            out.append(hit)
    return sorted(out, key=lambda s: s.start)[:most]


_BESIDES = re.compile(r"\b(?:besides|apart from|other|aside from|in addition to|except|else)\b")
#: "Before Jake Sullivan sat down with Draghi, whom had he met?": another meeting of the day, before or after
_MET_BEFORE_OR_AFTER = re.compile(
    r"\b(?i:before|after)\s+(?:[A-Z][\w.\-]*\s+){1,4}(?:met|sat down|spoke|talked|called|visited|hosted|saw)\b"
)
