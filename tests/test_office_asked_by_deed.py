""" "Which cabinet secretary highlighted ...?" asks for the secretary: "Secretary Haaland highlighted ..." names
someone the question does not, though the question uses the word "secretary" (as "which governor did ..." does)."""

from __future__ import annotations

from assistant.qa.coverage import names_someone_new
from tests.fakes import written_corpus

Q = (
    "At Biden's June 30, 2021 wildfire preparedness meeting, which cabinet secretary highlighted the Interior "
    "Department's wildfire preparedness and response efforts?"
)


def test_the_office_asked_is_no_name_given():
    assert names_someone_new("Secretary Haaland highlighted DOI's wildfire preparedness and response efforts.", Q)
    # an office the question itself names, as the side that acted, is no one new
    assert not names_someone_new(
        "The Secretary highlighted the wildfire response.", "What did the Secretary highlight about the wildfires?"
    )


def test_the_secretary_is_quoted(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "wildfire.txt": (
                "President Biden's Wildfire Preparedness Meeting with Cabinet Officials",
                "June 30, 2021",
                "Today, President Biden convened a meeting with Cabinet officials on wildfire preparedness. "
                "Secretary Vilsack discussed investments in firefighting personnel. Secretary Haaland highlighted "
                "DOI's wildfire preparedness and response efforts.",
            )
        },
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert "Haaland" in ans.text
