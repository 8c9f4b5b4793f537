"""Round 73's records rule (extractor 36), from the 235th and 236th sets' dev splits: when a readout's sentences name
no one of the other side, the one its title names after its meeting word is ("... Call with President Volodymyr
Zelenskyy of Ukraine" where the text says "spoke today to"; "... Call with Cherelle Griner"), never a body ("Call with
Senate Democratic Caucus") nor anyone the records already hold."""

from __future__ import annotations

from tests.fakes import extracted_meeting


def test_the_other_side_the_title_names_when_the_sentences_name_no_one(tmp_path):
    m = extracted_meeting(
        tmp_path,
        "wh_2021-04-02_president-biden-call-with-president-zelenskyy.txt",
        "Readout of President Joseph R. Biden, Jr. Call with President Volodymyr Zelenskyy of Ukraine",
        "April 2, 2021",
        "President Joseph R. Biden, Jr. spoke today to President Volodymyr Zelenskyy of Ukraine. President Biden "
        "affirmed the United States' unwavering support for Ukraine's sovereignty.",
    )
    other = [(p.name, p.country) for p in m.participants if p.side == "counterpart"]
    assert other == [("Volodymyr Zelenskyy", "Ukraine")]
    m = extracted_meeting(
        tmp_path,
        "wh_2022-07-06_president-bidens-call-with-cherelle-griner.txt",
        "Readout of President Biden's Call with Cherelle Griner",
        "July 6, 2022",
        "President Biden, joined by Vice President Harris, spoke today with Cherelle Griner, the wife of Brittney "
        "Griner who is wrongfully detained in Russia.",
    )
    assert [p.name for p in m.participants if p.side == "counterpart"] == ["Cherelle Griner"]


def test_no_body_and_no_one_held_already_comes_from_the_title(tmp_path):
    m = extracted_meeting(
        tmp_path,
        "wh_2021-03-02_president-biden-call-with-senate-democratic-caucus.txt",
        "Readout of President Joseph R. Biden, Jr. Call with Senate Democratic Caucus",
        "March 2, 2021",
        "President Biden joined the Senate Democratic Caucus lunch by phone today to discuss the American Rescue Plan.",
    )
    assert not [p for p in m.participants if p.side == "counterpart" and p.name]
    m = extracted_meeting(
        tmp_path,
        "wh_2021-09-16_the-presidents-conversation-with-speaker-pelosi-and-leader-schumer.txt",
        "Readout of the President's Conversation with Speaker Pelosi and Leader Schumer",
        "September 16, 2021",
        "This afternoon, the President, Speaker Pelosi and Leader Schumer met at the White House.",
    )
    assert [p.name for p in m.participants].count("Pelosi") == 1


def test_review_mends_no_body_no_own_cabinet_and_the_country_the_text_gives(tmp_path):
    m = extracted_meeting(
        tmp_path,
        "state_2021-06-28_secretary-blinkens-meeting-with-rome-based-food-security-agencies.txt",
        "Secretary Blinken's Meeting with Rome-Based Food Security Agencies",
        "June 28, 2021",
        "Secretary Blinken met today in Rome with the heads of the Rome-Based Food Security Agencies to discuss "
        "global hunger.",
    )
    assert "Rome-Based Food Security Agencies" not in [p.name for p in m.participants]
    m = extracted_meeting(
        tmp_path,
        "wh_2022-03-01_president-bidens-meeting-with-secretary-blinken-and-secretary-austin-on-ukraine.txt",
        "Readout of President Biden's Meeting with Secretary Blinken and Secretary Austin on Ukraine",
        "March 1, 2022",
        "President Biden met today with his national security team to discuss Russia's war against Ukraine.",
    )
    assert not [p for p in m.participants if p.side == "counterpart" and p.name in ("Blinken", "Austin")]
    m = extracted_meeting(
        tmp_path,
        "wh_2021-07-28_president-bidens-call-with-svetlana-tsikhanouskaya.txt",
        "Readout of President Biden's Call with Svetlana Tsikhanouskaya",
        "July 28, 2021",
        "President Biden spoke today with Belarusian democratic leader Svetlana Tsikhanouskaya about the crackdown.",
    )
    assert [(p.name, p.country) for p in m.participants if p.side == "counterpart"] == [
        ("Svetlana Tsikhanouskaya", "Belarus")
    ]
