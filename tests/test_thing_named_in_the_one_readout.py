"""One readout named, none of its sentences fitting: its best sentence is no answer when the question names a
thing of two or more words the readout never names ("Did Harris welcome Slovakia joining the Artemis Accords in
her call with Caputova?" is not answered by what she thanked Caputova for). A people's adjective that says what
kind of answer is asked ("which Latin American country") is no such thing."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.qa.analyse import analyse
from assistant.qa.closest import best_of_named
from assistant.qa.compose import Quote
from assistant.qa.tuning import Tuning
from assistant.records import Sentence
from tests.fakes import written_corpus

PAROLIN = (
    "Secretary Blinken's Meeting with Holy See Secretary of State Cardinal Parolin",
    "June 28, 2021",
    "Secretary Blinken met today with Holy See Secretary of State Cardinal Pietro Parolin. The Secretary reiterated "
    "U.S. support for a return to democracy in Venezuela and our desire to help the Venezuelan people rebuild "
    "their country.",
)


def _stand_in(text: str, title: str):
    """An answerer of one readout ``text`` for ``best_of_named``: its store, tuning and quotes."""
    meeting = SimpleNamespace(source="call.txt", title=title)
    store = SimpleNamespace(meetings=[meeting], readout=lambda source: SimpleNamespace(text=text))
    quote = lambda sentence, score: Quote(sentence, title, "2022-03-16", score, kind="thanked")
    return SimpleNamespace(store=store, tuning=Tuning(), quote=quote)


def test_a_thing_the_readout_never_names_is_not_answered():
    text = (
        "Vice President Kamala Harris spoke today with President Zuzana Caputova of Slovakia. The Vice President "
        "thanked President Caputova for her leadership fighting corruption and revitalizing democracy."
    )
    answerer = _stand_in(text, "Vice President Harris's Call with President Caputova of Slovakia")
    best = text.split(". ")[1]
    scored = [SimpleNamespace(score=0.9, candidate=SimpleNamespace(sentence=Sentence("call.txt", 90, 180, best)))]
    query = analyse(
        "Did Vice President Harris welcome Slovakia joining the Artemis Accords in her March 2022 call with "
        "President Zuzana Caputova?"
    )
    part = query.parts[0]
    assert best_of_named(answerer, scored, part, query, 0, ["Artemis Accords"]) == []
    # a thing the readout names, a people's adjective, or initials a scene gives do not keep it out
    assert best_of_named(answerer, scored, part, query, 0, ["Latin American", "APEC"])
    assert best_of_named(answerer, scored, part, query, 0, ["Vice President Kamala Harris"])


def test_a_peoples_adjective_asks_a_kind_of_answer(tmp_path):
    asst = written_corpus(tmp_path, {"parolin.txt": PAROLIN}, real=True)
    ans = asst.ask(
        "In his June 2021 meeting with Holy See Secretary of State Cardinal Parolin, which Latin American country "
        "did Blinken say the U.S. wants to see return to democracy?"
    )
    assert not ans.abstained, ans.text
    assert "Venezuela" in ans.text
