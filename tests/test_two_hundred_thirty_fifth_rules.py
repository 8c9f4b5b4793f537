"""Round 73's rules from the 233rd and 234th sets' dev splits:

- a question for the day a readout itself came out ("On what date did the State Department publish its readout on
  the envoy's return ...?") is answered by its date line, which may be a day after the meeting it tells of, with the
  meeting's own day beside it;
- a question that opens by setting a country aside ("Beyond Ukraine, when the Deputy Secretary saw Spain's state
  secretary ..., what did the two explore ...?") asks of the meeting with Spain, and asks what, not when;
- two days given for one meeting a day ("thanked him in a call on May 27, 2021 and again on August 12, 2021 ... on
  each occasion") are two meetings; days without a year after a year alone ("In two 2022 calls ...: on August 31 and
  on October 10") are days of that year;
- who met, asked with what the meeting was to prepare ("Which Mexican cabinet member sat down with the Secretary ...
  to prepare for the upcoming hemispheric summit?"), is who met, named in full, not someone of a meeting to come;
- a question that opens by dating what came before ("Following the alliance's emergency summit at the end of
  February 2022, ...") and then gives the meeting's day without its year ("... on March 1?") asks of that day;
- "suggestions" are recommendations, and the federal disaster agency is FEMA."""

from __future__ import annotations

import datetime

from assistant.qa.analyse import analyse
from assistant.qa.coverage import topic_coverage
from assistant.qa.dates_named import days_of_meetings, time_windows
from tests.fakes import written_corpus

_YEMEN = "state_2021-06-04_u-s-special-envoy-for-yemen-returns-from-travel-to-oman-and-jordan.txt"
_QATAR_MAY = "state_2021-05-27_secretary-blinkens-call-with-qatari-foreign-minister.txt"
_QATAR_AUG = "state_2021-08-12_secretary-blinkens-call-with-qatari-foreign-minister.txt"
_MEXICO = "state_2022-05-03_secretary-blinkens-meeting-with-mexican-foreign-secretary-ebrard.txt"
_SPAIN = "state_2022-03-07_deputy-secretary-shermans-meeting-with-spanish-state-secretary.txt"

_READOUTS = {
    _YEMEN: (
        "U.S. Special Envoy for Yemen Lenderking Returns from Travel to Oman and Jordan",
        "June 4, 2021",
        "U.S. Special Envoy for Yemen Tim Lenderking returned on June 3 from travel to Oman and Jordan. In his "
        "meetings with senior officials, the Special Envoy discussed the urgent need for a ceasefire in Yemen.",
    ),
    _QATAR_MAY: (
        "Secretary Blinken's Call with Qatari Foreign Minister Al-Thani",
        "May 27, 2021",
        "Secretary of State Antony J. Blinken spoke today with Qatari Foreign Minister Mohammed bin Abdulrahman "
        "Al-Thani. The Secretary thanked the Foreign Minister for Qatar's assistance in helping to secure the "
        "ceasefire between Israel and Hamas.",
    ),
    _QATAR_AUG: (
        "Secretary Blinken's Call with Qatari Foreign Minister Al-Thani",
        "August 12, 2021",
        "Secretary of State Antony J. Blinken spoke today with Qatari Foreign Minister Mohammed bin Abdulrahman "
        "Al-Thani. Secretary Blinken thanked Minister Al-Thani for the key role Qatar has played in support of "
        "efforts to reach a negotiated settlement in Afghanistan.",
    ),
    _MEXICO: (
        "Secretary Blinken's Meeting with Mexican Foreign Secretary Ebrard",
        "May 3, 2022",
        "Secretary of State Antony J. Blinken met today with Mexican Foreign Secretary Marcelo Ebrard in Washington, "
        "D.C. Secretary Blinken and Foreign Secretary Ebrard discussed preparations for the Summit of the Americas "
        "and the root causes of irregular migration.",
    ),
    _SPAIN: (
        "Deputy Secretary Sherman's Meeting with Spanish State Secretary for Foreign Affairs Moreno",
        "March 7, 2022",
        "Deputy Secretary of State Wendy Sherman met today with Spanish State Secretary for Foreign and Global "
        "Affairs Angeles Moreno Bau in Madrid. They condemned Russia's unprovoked war against Ukraine. They also "
        "discussed regions of mutual concern, Latin America and Africa, exploring ways to strengthen democratic "
        "governance.",
    ),
}


def test_the_day_a_readout_came_out_is_its_date_line(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "On what date did the State Department publish its readout on the Yemen envoy's return from his swing "
        "through Oman and Jordan?"
    )
    assert not answer.abstained
    lead = answer.text.split("\n")[1]
    assert lead.startswith("June 4, 2021, the readout's")  # the date line, first
    assert "The meeting itself: June 3, 2021" in answer.text  # and the day it tells of
    answer = asst.ask("When was the readout of the Yemen envoy's return from Oman and Jordan released?")
    assert not answer.abstained and "June 4, 2021, the readout's" in answer.text


def test_when_the_meeting_was_held_is_still_its_own_day(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask("When did the Yemen envoy return from his travel to Oman and Jordan?")
    assert not answer.abstained and "June 3" in answer.text.split("\n")[1]
    assert "the readout's title and date line" not in answer.text.split("\n")[1][:40]


def test_a_country_set_aside_at_the_start_is_no_side_and_the_question_asks_what():
    q = analyse(
        "Beyond Ukraine, when the Deputy Secretary saw Spain's state secretary for foreign affairs in Madrid in March "
        "2022, what did the two explore doing for democratic governance in the regions they reviewed?"
    )
    assert q.parties == ("Spain",)
    assert q.parts[0].answer_type != "date"
    # "beyond" inside a question still reaches ("go beyond"), and no side is lost
    assert "Ukraine" in analyse("Did Blinken and Kuleba go beyond Ukraine's needs in their March 2022 call?").parties


def test_the_meeting_beyond_a_country_set_aside_is_answered(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "Beyond Ukraine, when the Deputy Secretary saw Spain's state secretary for foreign affairs in Madrid in March "
        "2022, what did the two explore doing for democratic governance in the regions they reviewed?"
    )
    assert not answer.abstained and "strengthen democratic governance" in answer.text


def test_two_days_each_with_its_meeting_are_two_meetings(tmp_path):
    asked = (
        "Blinken thanked Qatar's foreign minister in a call on May 27, 2021 and again on August 12, 2021. What was "
        "Qatar chiefly being thanked for on each occasion?"
    )
    assert days_of_meetings(asked)
    assert days_of_meetings(
        "Biden phoned one leader on August 19, 2021 and another on August 20, 2021. Who was it each day?"
    )
    assert not days_of_meetings("What did Blinken say between May 27, 2021 and August 12, 2021 about Gaza?")
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert not answer.abstained
    assert "Israel and Hamas" in answer.text and "settlement in Afghanistan" in answer.text


def test_who_met_to_prepare_for_a_summit_to_come_is_who_met(tmp_path):
    asked = (
        "Which Mexican cabinet member sat down with the Secretary in Washington on May 3, 2022 to prepare for the "
        "upcoming hemispheric summit?"
    )
    assert analyse(asked).parts[0].about_meeting is True
    assert analyse("Who will Biden meet to prepare for the upcoming summit?").parts[0].about_meeting is False
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert not answer.abstained and "Marcelo Ebrard" in answer.text


def test_the_day_after_a_dated_lead_is_the_meetings():
    q = analyse(
        "Following the alliance's emergency summit at the end of February 2022, what did the Vice President go over "
        "with five eastern-flank prime ministers in separate phone calls on March 1?"
    )
    assert (q.window.start, q.window.end) == (datetime.date(2022, 3, 1), datetime.date(2022, 3, 1))
    later = analyse("After their meeting in December 2021, what did the two leaders agree on January 5?").window
    assert later.start == datetime.date(2022, 1, 5)  # the next year's, not a day before the lead's
    # a lead's time alone, or a day with its own year, is as before
    assert analyse("Following the emergency summit in February 2022, what did Harris discuss?").window.start == (
        datetime.date(2022, 2, 1)
    )
    own = analyse("After the summit in February 2022, what did Harris discuss on March 1, 2023?").window
    assert own.start == datetime.date(2023, 3, 1)


def test_suggestions_are_recommendations_and_the_disaster_agency_is_fema():
    assert topic_coverage("FEMA Administrator Criswell will travel to Puerto Rico", ("disast",), lambda t: 1.0) == 1.0
    assert topic_coverage("he shared recommendations to spur investment", ("suggest",), lambda t: 1.0) == 1.0


def test_days_after_a_year_alone_are_of_that_year():
    asked = (
        "Biden made congratulatory calls to two new British prime ministers in autumn 2022: Liz Truss on September 6 "
        "and Rishi Sunak on October 25. How did Northern Ireland come up in each call?"
    )
    assert [w.start for w in time_windows(asked)] == [datetime.date(2022, 9, 6), datetime.date(2022, 10, 25)]
    assert days_of_meetings(asked)
    # a later year still dates the days before it
    assert [w.start for w in time_windows("On February 24 and again on February 28, 2022, what?")] == [
        datetime.date(2022, 2, 24),
        datetime.date(2022, 2, 28),
    ]
