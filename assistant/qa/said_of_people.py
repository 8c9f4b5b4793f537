"""Who a readout says something of, asked ("who did Blinken say had to commit to a ceasefire?", "to whom had he
relayed that message?"): people told as a group ("all parties to the conflict", "Israeli leaders", "communities
recovering from terror", "those who support the Kremlin's war") answer it, though no one is named. Not who met,
led or took part, which a name or an office answers. Pure."""

from __future__ import annotations

import re

#: a question asking whom something was said of or to: "whom", or "who" as the object of an auxiliary, then within a
#: few words a verb of saying, urging or passing on ("who did Blinken say", "whom did he say", "to whom had he
#: already passed on"); not "Who said ...", nor who was to lead, attend or host ("who did he say should lead ...")
_SAID_OF = re.compile(
    r"\b(?:whom|who\s+(?:did|does|do|had|has|would|will))\b(?:\s+[\w'\u2019.\-]+){0,8}?\s+(?:say|said|says|tell|told|"
    r"relay\w*|urg\w*|want\w*|press\w*|ask\w*|pass(?:ed|es)? on|convey(?:ed|s)?|call(?:s|ed)? on)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:lead|led|head|chair|attend|join|host|represent|accompan\w*|meet|visit)\b)",
    re.I,
)
#: people told as a group, no one named (not the meeting's own: "The leaders", "Both leaders")
_PEOPLE_GROUP = re.compile(
    r"\b(?:all (?:the )?parties|parties to\b|communities|those (?:who|responsible)|famil(?:y|ies)|populations?|"
    r"victims|citizens|nationals|civilians|refugees|migrants|protest[eo]rs|demonstrators|activists|dissidents|"
    r"journalists|detainees|political prisoners|hostages|"
    r"(?:business|corporate|industry|company|community|faith|religious|civil society|private[- ]sector) leaders|"
    r"(?!(?:The|Both|Two|Three|All|These|Those|Their|His|Her|Its|Our|Each|Other)\b)[A-Z][a-z]+ "
    r"(?:leaders|officials|counterparts|people|peoples|authorities|partners|allies))\b"
)


def gives_people_said_of(text: str, asked: str) -> bool:
    """Whether ``text`` answers, with people told as a group, a question ``asked`` of whom something was said, or
    which people something was done for ("which people did the two leaders promise to help get out safely": "safe
    passage for foreign nationals and Afghans"); or, with those worked with, whom someone was to work with ("who
    were the federal departments supposed to team up with": "in close coordination with State and local
    governments")."""
    if _PARTNERS_ASKED.search(asked) and _WORKED_WITH.search(text):
        return True
    if _WHICH_PEOPLE.search(asked) and _PEOPLE_GROUP.search(text):
        return True
    return bool(_SAID_OF.search(asked) and (_PEOPLE_GROUP.search(text) or _CALLED_ON_A_SIDE.search(text)))


#: people asked for as those helped ("which people did they promise to help get out safely"; not "which people
#: took part", "which people did they name to lead the talks", "which people's", "people-to-people")
_WHICH_PEOPLE = re.compile(
    r"\b(?:which|what)\s+(?:groups?\s+of\s+)?people\b(?![-'\u2019])[^?]{0,80}?\b(?:help\w*|get(?:ting)?\s+out|"
    r"evacuat\w*|protect\w*|assist\w*|shelter\w*|relocat\w*|resettl\w*|rescu\w*|support\w*|benefit\w*)",
    re.I,
)
#: whom someone was to work with, asked ("who were they to team up with?", "whom would they partner with?")
_PARTNERS_ASKED = re.compile(
    r"\b(?:who|whom)\b[^?]*\b(?:team(?:ed|ing)?\s+up|partner(?:ed|ing)?|work(?:ed|ing)?(?:\s+together)?|"
    r"coordinat\w+|cooperat\w+|collaborat\w+)\s+with\s*\?",
    re.I,
)
#: those worked with, told as such ("in close coordination with State and local governments", "in partnership
#: with the private sector", "working with local authorities")
_WORKED_WITH = re.compile(
    r"\b(?:coordination|partnership|cooperation|collaboration|consultation|concert|tandem|working|work)\s+with\s+"
    r"(?:the\s+|our\s+|their\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:governments?|authorities|officials|partners|allies|"
    r"sector|communities|organi[sz]ations|agencies|leaders|states|countries|industry|companies|groups)\b",
    re.I,
)


#: a side called on or urged by its name ("called on the PRC to abide by its obligations", "urged Russia to ...")
_CALLED_ON_A_SIDE = re.compile(
    r"\b(?:call(?:s|ed)?\s+(?:on|upon)|urg(?:e|es|ed))\s+(?:the\s+)?[A-Z][\w\-]*\s+to\s+[a-z]"
)
