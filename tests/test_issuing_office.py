"""An office that only issues a readout ("Office of the Spokesperson") took no part in the meeting: "Who led the
U.S. interagency delegation ...?" is answered by the sentence that says who led it, not by the byline that the
records took for a participant; "who gave an update" asks what someone did there, not who met."""

from __future__ import annotations

from tests.fakes import written_corpus


def test_the_byline_office_is_no_participant_asked_for(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "doha.txt": (
                "U.S. Delegation Meeting with Taliban Representatives",
                "July 1, 2022",
                "Office of the Spokesperson\n\nOn June 29 and 30, Special Representative for Afghanistan Thomas West "
                "led another senior interagency delegation to continue discussions with senior Taliban "
                "representatives in Doha, Qatar. The two teams discussed humanitarian support for Afghanistan.",
            )
        },
    )
    answer = asst.ask("Who led the U.S. interagency delegation at the June 2022 talks with Taliban representatives?")
    assert not answer.abstained, answer.text
    assert "Thomas West" in answer.text
    assert all("Office of the Spokesperson" not in c.quote for c in answer.citations), answer.text


def test_who_did_something_at_the_meeting_is_no_question_of_who_met():
    from assistant.qa.analyse import about_meeting

    assert about_meeting("Who gave an update on the Call to Action during Sullivan's meeting with Giammattei?") is False
    assert about_meeting("Who briefed the President at the wildfire meeting?") is False
    assert about_meeting("Who led the other side?") is not False
