"""Questions for "which companies", "which manufacturers" or "which unions" ask for them by name. A sentence that only
says "U.S. companies" or "the electric utilities", or that names some other thing ("the Missile Technology
Control Regime"), does not answer, and the answer says the readout names none. Something aimed at companies ("which
companies will they coordinate enforcement against") may still be answered by what they are."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.fitting import answer_type_missing
from assistant.qa.text_parts import missing_line
from tests.fakes import written_corpus


def test_companies_manufacturers_and_unions_are_asked_by_name():
    for question in (
        "Which U.S. companies made the new investments in Tanzania?",
        "Which utility companies did the ten chief executives represent?",
        "Which vaccine manufacturers were named in the call?",
        "Which company will build the plant?",
    ):
        assert analyse(question).parts[0].answer_type == "named", question
    # aimed at them: what they are may answer; "damage to American companies" asks no company; one company's
    # thing asks for the thing ("which company's vaccine doses"); the African Union is no union
    assert analyse("Which company's vaccine doses did Nuland announce for Paraguay?").parts[0].answer_type == "free"
    assert analyse("Which African Union mission did Blinken discuss?").parts[0].answer_type != "named"
    assert analyse("Which union did Biden thank?").parts[0].answer_type == "named"
    # "which entities" may be bodies of government ("the European Parliament and the Council"): no such rule
    assert analyse("Which entities have powers of amendment and veto?").parts[0].answer_type != "named"
    assert analyse("Which companies will they coordinate sanctions enforcement against?").parts[0].answer_type == "free"
    assert analyse("What damage to American companies did he point to?").parts[0].answer_type == "free"


def test_a_sentence_must_name_the_companies_as_such():
    part = analyse("Which U.S. companies made the nearly $1 billion in new investments in Tanzania?").parts[0]
    assert answer_type_missing("They welcomed nearly $1 billion of new investments by U.S. companies.", part)
    # a new name that is no company
    assert answer_type_missing("The Biden-Harris Administration is committed to closer ties with Tanzania.", part)
    assert not answer_type_missing("They welcomed investments by U.S. companies including Acme and Zenith.", part)
    assert not answer_type_missing("They welcomed a new plant of Kilimanjaro Holdings in Arusha.", part)
    # a company by its own name, not said to be one (second reader, round 35)
    assert not answer_type_missing("He announced one million Pfizer COVID-19 vaccine doses for Tanzania.", part)
    assert not answer_type_missing("They welcomed Johnson & Johnson and Moderna doses in Tanzania.", part)
    # a company opening its sentence: its first word is capitalised as any first word is, its others count
    won = analyse("What company agreed to end the court proceedings with Virgin Media?").parts[0]
    assert not answer_type_missing("BSkyB agreed to end all court proceedings against Virgin Media.", won)
    # a programme, a law or a government's body is no company
    for said in (
        "He hosted executives for a discussion about his Build Back Better (BBB) agenda for Tanzania.",
        "They discussed U.S. export policies under the Missile Technology Control Regime (MTCR) in Tanzania.",
    ):
        assert answer_type_missing(said, part), said
    line = missing_line(part, ("compani", "invest", "tanzania"), "the readout of the April 15 meeting")
    assert line.startswith("the readout of the April 15 meeting names no U.S. companies for "), line
    assert "companies for companies" not in line, line


def test_a_readout_that_names_no_company_abstains(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "tanzania.txt": (
                "Vice President Harris's Meeting with President Hassan of Tanzania",
                "April 15, 2022",
                "Vice President Kamala Harris met today with President Samia Suluhu Hassan of Tanzania. The Vice "
                "President underscored that the Biden-Harris Administration is committed to strengthening ties with "
                "Tanzania. They also welcomed nearly $1 billion of new investments by U.S. companies in Tanzania "
                "in tourism, conservation, and clean energy sectors.",
            ),
            "kenya.txt": (
                "Vice President Harris's Meeting with President Ruto of Kenya",
                "May 20, 2022",
                "Vice President Kamala Harris met today with President William Ruto of Kenya. They welcomed new "
                "investments by U.S. companies, including Acme Solar and Zenith Foods, in Kenya's clean energy and "
                "farm sectors.",
            ),
        },
    )
    answer = asst.ask("Which U.S. companies made the new investments in Tanzania that Harris and Hassan welcomed?")
    assert answer.abstained, answer.text
    assert "names no U.S. companies" in answer.text, answer.text
    named = asst.ask("Which U.S. companies made the new investments in Kenya that Harris and Ruto welcomed?")
    assert not named.abstained, named.text
    assert "Acme Solar" in named.text, named.text


def test_a_programme_given_by_its_initials_is_no_company():
    from assistant.qa.named_things import names_entities

    q = "Which utility companies did the chief executives at the Build Back Better meeting represent?"
    said = "These electric utilities offered their overwhelming support for the clean energy investments in BBB."
    assert not names_entities(said, q)
    # nor when the sentence itself writes it in full first
    assert not names_entities("They backed his Build Back Better agenda, as BBB cuts bills.", "Which companies came?")
    # a company's own initials still name it
    assert names_entities("They heard from IBM on the investments.", q)
