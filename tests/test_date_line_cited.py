"""A meeting a readout dates only as "today" (or not at all) is dated by the readout's ``Date:`` line: a "when"
answer cites that line (with the title line above it, when it is right there) beside the sentence, so the reader
sees where the day comes from."""

from __future__ import annotations

from assistant.corpus.ingest import date_line_span
from tests.fakes import written_corpus

TEXT = "Vice President Harris's Meeting with Activist Nazanin Boniadi\nDate: October 14, 2022\n\nBody."


def test_the_date_line_is_found():
    start, end = date_line_span(TEXT)
    assert TEXT[start:end] == "Date: October 14, 2022"
    assert date_line_span("A title\n\nNo date here.") is None


def test_when_cites_the_date_line(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "boniadi.txt": (
                "Vice President Harris's Meeting with Activist Nazanin Boniadi on Iran Protests",
                "October 14, 2022",
                "Vice President Kamala Harris met today with actress and activist Nazanin Boniadi to express her "
                "support for the women and girls leading peaceful protests in Iran.",
            ),
            "sall.txt": (
                "President Biden's Meeting with President Macky Sall of Senegal",
                "June 28, 2022",
                "At the G7 Summit, President Biden met with President Macky Sall of Senegal.",
            ),
            "dated.txt": (
                "Secretary Blinken's Meeting with Foreign Minister Lapid",
                "April 7, 2022",
                "On April 6, Secretary of State Antony J. Blinken met with Israeli Foreign Minister Yair Lapid.",
            ),
        },
    )
    ans = asst.ask("When did Vice President Harris meet activist Nazanin Boniadi?")
    assert "October 14, 2022" in ans.text
    assert any(c.quote.endswith("\nDate: October 14, 2022") for c in ans.citations), ans.text
    # cited with the title line above it (which meeting, then its day), as one span
    assert any(c.start == 0 and c.quote.startswith("Vice President Harris's Meeting") for c in ans.citations)
    # like every citation, it has a statement kind and an actor (none made; issued by the readout's side)
    line = next(c for c in ans.citations if "Date:" in c.quote)
    assert (line.kind, line.actor) == ("other", "issuer")
    # a sentence that gives no day at all is dated by the line as well
    sall = asst.ask("On what date did President Biden meet Senegal's President Macky Sall?")
    assert "June 28, 2022" in sall.text
    assert any(c.quote.endswith("\nDate: June 28, 2022") for c in sall.citations), sall.text
    # a sentence that gives its own day needs no date line
    told = asst.ask("When did Blinken meet Foreign Minister Lapid?")
    assert "April 6, 2022" in told.text, told.text
    assert not any("Date:" in c.quote for c in told.citations), told.text


def test_a_sentence_of_another_day_or_without_the_year_cites_the_date_line(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "rama.txt": (
                "National Security Advisor Jake Sullivan's Call with Prime Minister Edi Rama of Albania",
                "September 8, 2022",
                "National Security Advisor Jake Sullivan spoke today with Prime Minister Edi Rama of Albania to "
                "express support following Iran's cyberattack on July 15.",
            ),
            "liu.txt": (
                "Special Representative Kim's Meeting with the People's Republic of China Special Representative Liu",
                "April 5, 2022",
                "On April 5 Special Representative Sung Kim met with PRC Special Representative Liu Xiaoming.",
            ),
        },
    )
    # "July 15" is the cyberattack's day, not the call's: the call's day is the date line's
    rama = asst.ask("On what date did Jake Sullivan have his phone call with Albania's Edi Rama?")
    assert "September 8, 2022" in rama.text, rama.text
    assert any(c.quote.endswith("\nDate: September 8, 2022") for c in rama.citations), rama.text
    # "On April 5" gives the day, the date line the year
    liu = asst.ask("On what date did Sung Kim meet China's special representative Liu Xiaoming?")
    assert "April 5, 2022" in liu.text, liu.text
    assert any(c.quote.endswith("\nDate: April 5, 2022") for c in liu.citations), liu.text
