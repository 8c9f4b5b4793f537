"""A list of readouts that mention a term of three or more words the question writes together ("international
humanitarian law") takes the readouts that say the term, not those that say only some of its words ("international
law", "humanitarian aid") - when some readout says it; otherwise its words are enough, as before. A name written
as a whole ("National Council of Negro Women") is found with other small words inside it ("... for Negro Women").
A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "yemen.txt": (
        "Secretary Blinken's Call with UN Special Envoy for Yemen Grundberg",
        "February 17, 2022",
        "Secretary Blinken spoke with UN Special Envoy Grundberg. He urged all parties to abide by their obligations "
        "under international humanitarian law.",
    ),
    "gaza.txt": (
        "Secretary Blinken's Call with Qatari Foreign Minister",
        "May 27, 2021",
        "Secretary Blinken spoke with the Foreign Minister of Qatar. They discussed international support for "
        "humanitarian efforts in Gaza and respect for the rule of law.",
    ),
    "ukraine.txt": (
        "Secretary Blinken's Call with Polish Foreign Minister Rau",
        "February 24, 2022",
        "Secretary Blinken spoke with Foreign Minister Rau. He condemned the invasion of Ukraine as a flagrant "
        "violation of international law and a humanitarian catastrophe.",
    ),
    "chile.txt": (
        "President Biden's Meeting with President Boric of Chile",
        "November 2, 2023",
        "President Biden met with President Boric. He affirmed Israel's right to defend itself in line with "
        "international humanitarian law.",
    ),
}


def test_a_term_the_readouts_use_is_listed_where_it_is_said(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("Which readouts mention international humanitarian law?")
    assert {c.source for c in ans.citations} == {"yemen.txt", "chile.txt"}, ans.text
    assert "2 readouts" in ans.text


def test_a_term_no_readout_says_is_still_found_by_its_words(tmp_path):
    asst = written_corpus(tmp_path, {k: v for k, v in READOUTS.items() if k in ("gaza.txt", "ukraine.txt")})
    ans = asst.ask("Which readouts mention international humanitarian law?")
    assert {c.source for c in ans.citations} == {"gaza.txt", "ukraine.txt"}, ans.text


def test_the_term_is_found_in_the_question_in_order():
    from assistant.qa.lists import Alternative, says_run, term_of

    alt = Alternative((), ("internat", "humanitarian", "law"))
    assert term_of("Which readouts mention international humanitarian law?", [alt]) == alt.optional
    assert term_of("Which readouts mention law, humanitarian or international?", [alt]) == ()
    assert term_of("Which readouts mention maternal health?", [Alternative((), ("matern", "health"))]) == ()
    assert says_run("They respect International Humanitarian Law.", alt.optional)
    assert not says_run("They respect international law and humanitarian aid.", alt.optional)
    order = ("rule", "base", "internat", "order")
    assert says_run("They upheld the international rules-based order.", order)
    assert says_run("They upheld the international rules based order.", order)
    assert not says_run("They upheld international law and the rules-based order.", order)
    # a name of three capitalised words among other topic words is the term
    caucus = Alternative((), ("address", "senat", "democrat", "caucus"))
    asked = "Which readouts record Biden addressing the Senate Democratic Caucus?"
    assert term_of(asked, [caucus]) == ("senat", "democrat", "caucus")
    assert term_of("Which readouts record Biden addressing the caucus of Senate Democrats?", [caucus]) == ()


def test_a_name_is_found_with_other_small_words_inside_it():
    from assistant.qa.lists import said_as_written

    text = "- Dr. Thelma T. Daley, National President/Chair, National Council for Negro Women, Inc."
    assert said_as_written("National Council of Negro Women", text)
    assert said_as_written("Summit of the Americas", "at the Summit for the Americas in June")
    assert not said_as_written("Summit for Democracy", "a summit on trade and democracy")
    assert not said_as_written("National Council of Negro Women", "the National Council and Negro Women")
