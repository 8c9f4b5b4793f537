""" "Harris phoned Caputova and Martin on March 16, 2022. What did she single out for praise in each case?" asks
for each call under its own heading (no one call had them both), and "case" is no topic a readout must state."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from tests.fakes import written_corpus

Q = (
    "Harris phoned Slovak President Zuzana Caputova and Irish Taoiseach Micheal Martin on March 16, 2022. What did "
    "she single out for praise in each case?"
)


def test_in_each_case_compares():
    assert analyse(Q).compare
    assert not analyse("In the Whelan case, what did Blinken urge Lavrov to do?").compare


def test_each_call_is_answered(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "caputova.txt": (
                "Vice President Harris's Call with President Caputova of Slovakia",
                "March 16, 2022",
                "Vice President Kamala Harris spoke today with President Zuzana Caputova of Slovakia. The Vice "
                "President praised President Caputova for her leadership fighting corruption.",
            ),
            "martin.txt": (
                "Vice President Harris's Call with Taoiseach Micheal Martin of Ireland",
                "March 16, 2022",
                "Vice President Kamala Harris spoke today with Taoiseach Micheal Martin of Ireland. The Vice "
                "President praised Ireland's voice on the UN Security Council.",
            ),
        },
        real=True,
    )
    ans = asst.ask(Q)
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"caputova.txt", "martin.txt"}
    assert "fighting corruption" in ans.text and "Security Council" in ans.text
