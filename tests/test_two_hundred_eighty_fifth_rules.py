"""Round 84's rules (the first from the 279th and 280th sets' dev splits).

- The words that name a state's officers are one table, read word for word: "government", "governance" and
  "legislation" name no governor or legislator (they had by their first six letters).
"""

from __future__ import annotations

from assistant.qa.places_given import officer_kind, state_officers


def test_officers_are_named_by_whole_words():
    assert officer_kind("government") == officer_kind("governance") == officer_kind("legislation") == ""
    assert officer_kind("the governor's") == "governor"
    assert officer_kind("state legislative leaders") == "legislator"
    asked = "Which Florida officials did she meet about the government's storm relief?"
    assert state_officers(asked) == [("Florida", "official")]
