"""A list of readouts that mention "the U.S.-Iraq Strategic Framework Agreement" takes the readout that writes
"the Strategic Framework Agreement" in a meeting with Iraq's prime minister: the country that qualifies a longer
name may be said anywhere in its passage. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "dialogue.txt": (
        "Secretary Blinken's Meeting with Iraqi Foreign Minister Hussein",
        "July 23, 2021",
        "Secretary Blinken met with Iraqi Foreign Minister Fuad Hussein today. They reviewed cooperation under the "
        "U.S.-Iraq Strategic Framework Agreement.",
    ),
    "kadhimi.txt": (
        "President Biden's Meeting with Prime Minister Al-Kadhimi of Iraq",
        "July 26, 2021",
        "President Biden met today with Prime Minister Al-Kadhimi of Iraq. The leaders reviewed bilateral "
        "coordination under the Strategic Framework Agreement.",
    ),
    "kenya.txt": (
        "Secretary Blinken's Call with Kenyan Cabinet Secretary Omamo",
        "July 2, 2021",
        "Secretary Blinken spoke with Kenyan Cabinet Secretary Omamo. They discussed the Strategic Framework "
        "Agreement on trade between the United States and Kenya.",
    ),
}


def test_a_country_qualifying_a_name_may_be_said_anywhere_in_its_passage(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("Which readouts mention the U.S.-Iraq Strategic Framework Agreement?")
    cited = {c.source for c in ans.citations}
    assert cited == {"dialogue.txt", "kadhimi.txt"}, ans.text  # not the Kenyan agreement of the same name
