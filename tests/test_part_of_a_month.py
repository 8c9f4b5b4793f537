""" "mid-October 2022, the President sat down with his economic team" gives a time, not a name: "Mid-October" is
no thing a readout must name (it kept every answer out: "the thing named is not there")."""

from __future__ import annotations

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.question_names import names_in


@pytest.mark.parametrize("when", ["Mid-October 2022", "Early-June 2021", "Late-summer 2022"])
def test_a_part_of_a_month_is_no_name(when):
    q = f"{when}, the President sat down with his economic team - what was the briefing about?"
    assert names_in(q)[0] == []
    assert analyse(q).window.bounded
