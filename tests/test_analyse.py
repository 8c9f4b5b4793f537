"""Question analysis (assistant/qa/analyse.py, assistant/qa/times.py): a pure function from a question to a
typed ``Query``. Many phrasings per behaviour; no index, no model."""

from __future__ import annotations

import datetime

import pytest

from assistant.qa.analyse import about_meeting, analyse, answer_type, principal_office, split_parts
from assistant.qa.dates_named import time_windows
from assistant.qa.kinds_asked import asked_kinds
from assistant.qa.times import TimeWindow, time_window

D = datetime.date


# =========================================================================== answer types

ANSWER_TYPES = [
    # amount
    ("How much did Germany pledge to the Ukraine energy fund?", "amount"),
    ("What amount did the partners pledge?", "amount"),
    ("How large was the logistical support package?", "amount"),
    ("What was the total cost of the program?", "amount"),
    ("What dollar amount was pledged for the mission?", "amount"),
    ("What is the size of the fund?", "amount"),
    # percentage
    ("What percentage of emissions will Indonesia cut?", "percentage"),
    ("What share of funding goes to adaptation?", "percentage"),
    ("What percent of the budget goes to defense?", "percentage"),
    ("Which South Korean and Japanese officials joined Sherman on her call?", "person"),  # two sides' people
    ("Which visit by a senior diplomat included a stop at the election body?", "free"),
    ("What was said about rates of COVID-19 cases in Arkansas?", "free"),  # not "what ... rate"
    # number
    ("How many technicians will Chile train?", "number"),
    ("How many cutters will the United States send?", "number"),
    ("What number of visas will Mexico issue?", "number"),
    # count (of meetings or readouts, not of things)
    ("How many times did Blinken call Hayashi in 2022?", "count"),
    ("How many phone calls did the Secretary have with Kuleba?", "count"),
    ("How often did Biden and Xi speak in 2022?", "count"),
    ("How many meetings did Blinken hold with Kuleba?", "count"),
    ("What was the number of meetings in 2023?", "count"),
    # list
    ("Which readouts mention fentanyl?", "list"),
    ("In which engagements did climate finance come up?", "list"),
    ("In which readouts is Haiti mentioned?", "list"),
    ("Name all meetings with Japan.", "list"),
    ("List every call with Mexico.", "list"),
    ("Which meetings were about climate?", "list"),
    # date
    ("When did Blinken meet Hayashi?", "date"),
    ("What year did the partnership begin?", "date"),
    ("What date did the ministers meet?", "date"),
    ("On what day did the call take place?", "date"),
    ("When will negotiations resume?", "date"),
    # place
    ("Where did the ministers meet?", "place"),
    ("In what city did the dialogue take place?", "place"),
    ("Where will the next dialogue be held?", "place"),
    # city (a named kind of place that is not asked with "where")
    ("Which region did they discuss?", "region"),
    ("Which town hosted the talks?", "city"),
    ("Which port did the cutters visit?", "city"),
    # person
    ("Whom did the Vice President call?", "person"),
    ("Whose death did the President mourn?", "person"),
    ("Who led the technical team?", "person"),
    ("Which officials took part in the call?", "person"),
    ("Which leaders attended the summit?", "person"),
    ("Which foreign counterparts did Sherman speak with?", "person"),
    ("Which former congressman was on the participant list?", "person"),
    ("Which military commanders briefed the President?", "person"),
    ("Who will lead the team to Washington?", "person"),
    ("Which utility companies' CEOs attended the meeting?", "person"),
    ("Which executives took part in the virtual meeting?", "person"),
    ("Which senators joined the call?", "person"),
    ("What dollar total of assistance did Blinken cite?", "amount"),  # a figure is asked for
    ("What was the total?", "amount"),
    ("Was any cabinet secretary there with her?", "person"),  # a yes/no whose answer is people
    ("Did any governors join the call?", "person"),
    ("Which meeting's participants warned about maternal deaths?", "free"),  # a meeting is asked for
    ("Which upcoming meetings were on the agenda?", "free"),  # meetings they talked about, not readouts
    # country
    ("Which country hosted the summit?", "country"),
    ("Which nations joined the coalition?", "country"),
    ("Which country did the Secretary thank?", "country"),
    # organisation
    # things known by their names
    ("Which offshore gas fields does the agreement cover?", "named"),
    ("Which companies will they coordinate sanctions enforcement against?", "free"),  # what they are may answer
    ("Which specific air defense systems did Biden promise?", "named"),
    ("What specific equipment will Bulgaria acquire?", "named"),
    ("What weapons did Biden promise Ukraine?", "free"),  # a class of weapons answers it
    ("What damage to American companies did he point to?", "free"),
    ("Which organisation did they praise?", "organisation"),
    ("Which bank will finance the project?", "organisation"),
    ("Which alliance did they reaffirm?", "organisation"),
    ("Which agencies will coordinate the response?", "organisation"),
    # yes/no
    ("Did they agree on sanctions?", "yesno"),
    ("Has Kenya agreed to lead the mission?", "yesno"),
    ("Were any agreements signed?", "yesno"),
    ("Was any agreement reached?", "yesno"),
    ("Is the trade partnership still under negotiation?", "yesno"),
    # free text
    ("What did the ministers discuss about Burma?", "free"),
    ("What did they agree on water use?", "free"),
    ("What did the Secretary urge Kenya to do?", "free"),
    # the words that ask decide, not a later clause
    ("What did they agree when they met in Tokyo?", "free"),
    ("When Biden and Macron talked, what did they say about Iran?", "free"),
]


@pytest.mark.parametrize("question,expected", ANSWER_TYPES)
def test_answer_type(question, expected):
    assert answer_type(question) == expected
    assert analyse(question).answer_type == expected


def test_a_why_question_is_not_a_yes_no_question():
    assert answer_type("Why did the Secretary meet the Foreign Minister of Indonesia?") == "free"


def test_a_two_word_adjective_before_country_still_asks_for_a_country():
    # the very example descriptor_words() documents
    assert answer_type("Which Middle Eastern country did the Secretary visit?") == "country"


def test_list_and_count_intent():
    listing = analyse("Which readouts mention fentanyl?")
    assert listing.list_intent and not listing.count_intent
    counting = analyse("How many times did Blinken call Hayashi in 2022?")
    assert counting.list_intent and counting.count_intent
    plain = analyse("How many technicians will Chile train?")
    assert not plain.list_intent and not plain.count_intent


# =========================================================================== people and parties


@pytest.mark.parametrize(
    "question,people",
    [
        ("When did Blinken meet Hayashi?", ("Blinken", "Hayashi")),
        ("What did Blinken's counterpart agree?", ("Blinken",)),  # possessive removed
        ("What did Kuleba's government request?", ("Kuleba",)),
        ("What did Blinken discuss with von der Leyen?", ("Blinken", "von der Leyen")),
        ("What did the President discuss with Mohammed bin Salman?", ("Mohammed bin Salman",)),
        ("What did the Secretary say when talking to Ahmed bin Mubarak?", ("Ahmed bin Mubarak",)),
        ("What did Blinken and Hayashi discuss in Paris?", ("Blinken", "Hayashi")),  # "in Paris" is a place
        ("What have Blinken and Wang Yi discussed since 2023?", ("Blinken", "Wang Yi")),
        ("Compare what the Secretary said to Japan and Germany.", ()),  # "Compare" steers, names nobody
        ("Which readouts mention the White House?", ()),
    ],
)
def test_people(question, people):
    assert analyse(question).people == people


def test_a_place_after_in_is_the_meeting_place_not_a_person():
    q = analyse("What did Blinken and Hayashi discuss in Paris?")
    assert "Paris" not in q.people and q.place == "Paris"
    assert analyse("What did the ministers discuss in May 2022?").place is None  # a month is no place
    assert analyse("Which senator spoke at Harris’s July 2022 meeting in Indianapolis?").place == "Indianapolis"


@pytest.mark.parametrize(
    "question,place",
    [
        # a capital where a meeting was held, not its government
        ("When did Blinken host Foreign Minister Hayashi in Washington for talks on the alliance?", "Washington"),
        ("When did Biden meet Kishida in Tokyo?", "Tokyo"),
        ("What did they say about relations between Washington and Beijing?", None),
        ("What did Blinken and Kuleba discuss at their meeting about the situation in Kyiv?", None),  # the topic's
        ("What did Blinken tell Kuleba about the situation in Kyiv?", None),
    ],
)
def test_a_capital_after_a_meeting_verb_is_the_meeting_place(question, place):
    assert analyse(question).place == place


@pytest.mark.parametrize(
    "question,parties,titled,topic",
    [
        ("What did Japan's foreign minister say about Taiwan?", ("Japan",), ("Japan",), ("Taiwan",)),
        ("What did the President of Russia discuss with Biden?", ("Russia",), ("Russia",), ()),
        ("What did the Secretary say about China's backing of Russia?", (), (), ("China", "Russia")),
        ("What did the Secretary of State discuss with Japan?", ("Japan",), ("Japan",), ()),
        ("How much did Germany pledge to the Ukraine energy fund?", ("Germany",), (), ("Ukraine",)),
        ("What did the Secretary urge Kenya to do?", (), (), ("Kenya",)),
        # a title after a clause word belongs to the clause, not to the country before it
        (
            "What did Blinken say about Afghanistan when Foreign Minister Marsudi visited Washington?",
            (),
            (),
            ("Afghanistan",),
        ),
        ("What did Blinken say about Ukraine while Foreign Minister Hayashi was in Washington?", (), (), ("Ukraine",)),
        # a country not talked about keeps the office after the clause word: Kishida is Japan's
        ("What did Biden discuss in Japan while Prime Minister Kishida hosted him?", ("Japan",), ("Japan",), ()),
        # a country after "treatment of" in the subject is what a side spoke of, the one after "with" a side
        (
            "How did Harris's treatment of North Korea in her meeting with Japan's Kishida compare?",
            ("Japan",),
            ("Japan",),
            ("North Korea",),
        ),
        # a country after "about working with" is what was said, one after "meeting with" a side
        ("What did Sherman say about working with Japan?", (), (), ("Japan",)),
        ("What did Sherman say about meeting with North Korea?", (), (), ("North Korea",)),
        ("What did Sherman say in her meeting with Japan?", ("Japan",), ("Japan",), ()),
        # what a country did ("North Korea's missile launch") and diplomacy with it are what was talked about
        (
            "Who, in calls after North Korea's February 26 missile launch, stressed diplomacy with the DPRK?",
            (),
            (),
            ("North Korea",),
        ),
        ("What did Blinken say in his call with Japan's foreign minister?", ("Japan",), ("Japan",), ()),
        # the General Assembly is a body of the UN, not an office its man holds
        (
            "When did Blinken note Mexico's votes at the UN Security Council and General Assembly?",
            (),
            (),
            ("Mexico", "United Nations"),
        ),
    ],
)
def test_meeting_parties_titled_parties_and_topic_parties(question, parties, titled, topic):
    q = analyse(question)
    assert q.parties == parties
    assert q.titled_parties == titled
    assert q.topic_parties == topic


def test_the_issuing_government_is_never_a_topic_party():
    q = analyse("What did Kenya say about the United States' support for Haiti?")
    assert "United States" not in q.topic_parties


def test_names_meeting():
    assert analyse("When did Blinken meet Hayashi?").names_meeting
    assert analyse("What did they discuss in May 2022?").names_meeting
    assert analyse("What did they discuss in their most recent call?").names_meeting
    assert not analyse("What was said about fentanyl?").names_meeting


# =========================================================================== time windows


@pytest.mark.parametrize(
    "question,start,end,month,words",
    [
        ("When did Blinken meet Hayashi in May 2022?", D(2022, 5, 1), D(2022, 5, 31), None, "in May 2022"),
        ("What did they discuss on May 3, 2022?", D(2022, 5, 3), D(2022, 5, 3), None, "on May 3, 2022"),
        ("What did Blinken and Lavrov discuss in 2021?", D(2021, 1, 1), D(2021, 12, 31), None, "in 2021"),
        ("What have Blinken and Wang Yi discussed since 2023?", D(2023, 1, 1), None, None, "since January 1, 2023"),
        ("What did they agree before March 2022?", None, D(2022, 2, 28), None, "before March 1, 2022"),
        ("What did they discuss after May 2022?", D(2022, 6, 1), None, None, "since June 1, 2022"),
        (
            "What did they discuss between 2021 and 2022?",
            D(2021, 1, 1),
            D(2022, 12, 31),
            None,
            "between January 1, 2021 and December 31, 2022",
        ),
        ("Which readouts from April 2022 onward mention the Sahel?", D(2022, 4, 1), None, None, "since April 1, 2022"),
        ("How many readouts from August 2021 mention FEMA?", D(2021, 8, 1), D(2021, 8, 31), None, "in August 2021"),
        (
            "Which calls from March 2021 to June 2022 mention Iran?",
            D(2021, 3, 1),
            D(2022, 6, 30),
            None,
            "between March 1, 2021 and June 30, 2022",
        ),
        ("What did they discuss in February?", None, None, 2, "in February"),
        ("What did they discuss in their February call?", None, None, 2, "in February"),
        ("What did Biden and Xi discuss by phone in 2022?", D(2022, 1, 1), D(2022, 12, 31), None, "in 2022"),
        ("How many times did Blinken call Hayashi in 2022?", D(2022, 1, 1), D(2022, 12, 31), None, "in 2022"),
        (
            "What did they discuss in late 2022?",
            D(2022, 7, 1),
            D(2022, 12, 31),
            None,
            "between July 1, 2022 and December 31, 2022",
        ),
    ],
)
def test_time_window(question, start, end, month, words):
    w = analyse(question).window
    assert (w.start, w.end, w.month) == (start, end, month)
    assert w.bounded
    assert w.describe() == words


@pytest.mark.parametrize(
    "question",
    [
        "Which anniversaries will they observe in 2025?",  # the year of something to come, not of the meeting
        "What did they say will happen in 2025?",
        "What did the Secretary and Hayashi agree would be completed in 2026?",
        "What is expected to be finished by 2027?",
        "What did the task force commit to on LNG deliveries to Europe for 2023?",  # the year the LNG is for
        "What was said about the Olympic Games?",
        "What did the ministers agree on security?",
    ],
)
def test_no_meeting_window(question):
    w = time_window(question)
    assert not w.bounded and (w.start, w.end, w.month) == (None, None, None)


def test_a_meeting_verb_before_the_year_keeps_the_window():
    assert time_window("What did they discuss when they met in 2023?").start == D(2023, 1, 1)


def test_the_meetings_year_after_a_future_year_is_kept():
    w = time_window("What will they do in 2025, according to their call in 2023?")
    assert (w.start, w.end) == (D(2023, 1, 1), D(2023, 12, 31))


def test_in_may_needs_the_preposition():
    # "May" the verb is no month
    assert not time_window("What may the ministers agree next?").bounded
    assert time_window("What did they discuss in May?").month == 5


def test_window_contains():
    may = time_window("in May 2022")
    assert may.contains(D(2022, 5, 31)) and not may.contains(D(2022, 6, 1)) and not may.contains(None)
    february = time_window("in their February call")
    assert february.contains(D(2019, 2, 3)) and not february.contains(D(2019, 3, 3))
    assert TimeWindow().contains(None) and TimeWindow().contains(D(2000, 1, 1))


@pytest.mark.parametrize(
    "written,day",
    [
        ("on 3 May 2022", D(2022, 5, 3)),
        ("on the 3rd of May, 2022", D(2022, 5, 3)),
        ("on 2022-05-03", D(2022, 5, 3)),
        ("on 5/3/2022", D(2022, 5, 3)),  # American order: the readouts are American
        ("on 5/3/22", D(2022, 5, 3)),
        ("on 05-03-2022", D(2022, 5, 3)),
        ("on 23/5/2022", D(2022, 5, 23)),  # 23 cannot be a month: the day came first
        ("on 3.5.2022", D(2022, 5, 3)),  # with points the day comes first
        ("on 5.23.2022", D(2022, 5, 23)),
    ],
)
def test_a_day_written_in_other_ways(written, day):
    w = time_window(f"What did Blinken and Lavrov discuss {written}?")
    assert (w.start, w.end) == (day, day)
    assert w.describe() == f"on {day.strftime('%B')} {day.day}, {day.year}"


@pytest.mark.parametrize(
    "written,start,end",
    [
        ("in 2022-05", D(2022, 5, 1), D(2022, 5, 31)),
        ("in 5/2022", D(2022, 5, 1), D(2022, 5, 31)),
        ("in Q2 2022", D(2022, 4, 1), D(2022, 6, 30)),
        ("in the fourth quarter of 2021", D(2021, 10, 1), D(2021, 12, 31)),
    ],
)
def test_a_month_or_quarter_in_numbers(written, start, end):
    w = time_window(f"What did they agree {written}?")
    assert (w.start, w.end) == (start, end)


@pytest.mark.parametrize(
    "question",
    [
        "What did they say on 13/13/2022?",  # no such day: the year is all that is left
        "What was said about the 2021-22 budget in 2022?",  # a span of years is no month
        "What was said about the 2011-12 budget in 2022?",
        "What did they say about the $1.5 billion in 2022?",
        "What did the ministers agree in the 2+2 of 2022?",
    ],
)
def test_numbers_that_are_not_a_day_leave_the_year(question):
    w = time_window(question)
    assert (w.start, w.end) == (D(2022, 1, 1), D(2022, 12, 31))


def test_a_number_before_of_is_no_day():
    w = time_window("What did the ministers agree in the 2+2 of May 2022?")
    assert (w.start, w.end) == (D(2022, 5, 1), D(2022, 5, 31))


@pytest.mark.parametrize(
    "question",
    [
        "Which readouts bring up North Korea's March 24, 2022 ICBM launch?",
        "What did Blinken and Hayashi say about Burma's 2021 coup?",
        "What did they say about the May 2021 ceasefire?",
        # what was issued then: "Sherman welcomed Denmark's February 10 announcement" at a meeting of February 16
        "Which February 10, 2022 Danish announcement did Sherman welcome when she met Sorensen?",
        "What did the two ministers say of Japan's December 2022 decision?",
    ],
)
def test_the_time_of_an_event_is_not_the_meetings(question):
    assert not time_window(question).bounded


def test_a_meeting_in_the_follow_up_to_another_is_the_first_after_it():
    w = time_window("When did Biden call President Duda in the follow-up to his March 2022 trip to Poland?")
    assert (w.start, w.end, w.recency) == (D(2022, 4, 1), None, "first")
    # what they did after their meeting is of that meeting
    w = time_window("How did Blinken and Holness agree to continue their talks after their May 2022 meeting?")
    assert (w.start, w.end) == (D(2022, 5, 1), D(2022, 5, 31))


@pytest.mark.parametrize(
    "question,words",
    [
        ("What did Biden's May 2022 call with Kishida cover?", "in May 2022"),
        ("What was agreed at the March 2022 Quad summit?", "in March 2022"),
        (
            "What did the leaders say about Russia's February 2022 invasion when they met in March 2022?",
            "in March 2022",
        ),
        ("Which May 2022 call did Blinken hold with Kuleba?", "in May 2022"),
        # what was issued after the meeting's own words is what was said there, not when
        ("Which February 2022 calls discussed sanctions against Russia?", "in February 2022"),
        ("What did they say in their June 2021 meeting on elections?", "in June 2021"),
    ],
)
def test_the_time_of_a_meeting_named_like_an_event_is_kept(question, words):
    assert time_window(question).describe() == words


def test_every_date_a_comparison_names():
    ws = time_windows("How did the call on February 24 differ from the one on February 28, 2022?")
    assert [(w.start, w.end) for w in ws] == [(D(2022, 2, 24), D(2022, 2, 24)), (D(2022, 2, 28), D(2022, 2, 28))]
    ws = time_windows("Compare the call on 2022-02-24 with the one on 28 February 2022")
    assert [w.start for w in ws] == [D(2022, 2, 24), D(2022, 2, 28)]
    ws = time_windows("What changed between May 2022 and March 2023?")
    assert [w.start for w in ws] == [D(2022, 5, 1), D(2023, 3, 1)]
    # a month without its year takes the year of the month it is joined to: two months, not the one written whole
    ws = time_windows("How did Blinken's message to Kuleba differ between their February and July 2022 calls?")
    assert [(w.start, w.end) for w in ws] == [(D(2022, 2, 1), D(2022, 2, 28)), (D(2022, 7, 1), D(2022, 7, 31))]


# =========================================================================== recency (only about a meeting)


@pytest.mark.parametrize(
    "question,recency",
    [
        ("What did they discuss in their most recent call?", "last"),
        ("When was the last time they spoke?", "last"),
        ("What did Blinken and Hayashi say in their latest meeting?", "last"),
        ("When did they last meet?", "last"),
        ("When was their first in-person meeting?", "first"),
        ("What did they discuss in their introductory call?", "first"),
        ("When did they first meet?", "first"),
        ("Who was her country's first female president?", None),
        ("What did the ministers agree about the first phase of the program?", None),
        ("What did they say about the last election?", None),
        # the meeting it asks to name is not the one it is asked about
        ("In April 2022, the first meeting of which new U.S.-EU dialogue did Sherman and Sannino welcome?", None),
        ("What was the last meeting of what council that Blinken attended?", None),
        ("What did Sherman and Sannino say at their first meeting of the year?", "first"),
        ("The first call of which foreign leader did Biden take as president?", "first"),  # whose first call
    ],
)
def test_recency(question, recency):
    assert analyse(question).window.recency == recency


@pytest.mark.parametrize(
    "question",
    [
        "What did they discuss in their most recent call?",
        "What did they discuss in their latest meeting?",
    ],
)
def test_recency_words_are_not_the_topic(question):
    q = analyse(question)
    assert q.window.recency == "last"
    assert not {"recent", "latest", "last"} & set(q.parts[0].topic)


# =========================================================================== meeting kinds


@pytest.mark.parametrize(
    "question,kind",
    [
        ("What did they discuss in their virtual meeting?", "virtual_meeting"),
        ("What did they say during the video call?", "virtual_meeting"),
        ("When the adviser met virtually with the mayors, what did she brief them on?", "virtual_meeting"),
        ("What did Blinken discuss on his trip to Tokyo?", "visit"),
        ("What did the leaders discuss at the trilateral?", "trilateral"),
        ("What was said at the Strategic Dialogue?", "dialogue"),
        ("How many phone calls did the Secretary have with Kuleba?", "call"),
        ("Whom did the Vice President call?", "call"),
        ("When was their first in-person meeting?", "meeting"),
        ("Which ministers met in Berlin?", "meeting"),
        ("Where did Biden hold his meeting with Albanese in May 2022?", "meeting"),
        ("What did Harris raise in her summit with Marcos?", "meeting"),
        ("What did the ministers agree on security?", None),
        ("When did Blinken speak with Polish FM Rau about his trip to Kyiv?", "call"),
        ("Did he mention any upcoming presidential trip?", None),
        ("Were they planning to meet in person?", None),
        ("What did they say about the next summit?", None),
        ("How much had the Call to Action for Central America drawn when Gordon met them?", "meeting"),
        # who spoke at a meeting names a speaker, not a call
        ("Which senate leader spoke at Harris's July 2022 meeting with state legislators?", None),
        ("Who spoke during the roundtable with the governors?", None),
    ],
)
def test_meeting_kind(question, kind):
    assert analyse(question).meeting_kind == kind


def test_call_on_is_urging_not_a_phone_call():
    q = analyse("What did the Secretary call on the military regime to do?")
    assert q.parts[0].kinds[0] == "urged"  # this already holds
    assert q.meeting_kind is None


# =========================================================================== statement kinds asked


@pytest.mark.parametrize(
    "question,first",
    [
        ("Did they agree on sanctions?", "agreed"),
        ("What agreement did they reach on trade?", "agreed"),
        ("What did the Secretary commit to?", "committed"),
        ("What did Germany pledge?", "committed"),
        ("What did the ministers discuss about Burma?", "discussed"),
        ("What did the ministers condemn?", "condemned"),
        ("What did the Secretary urge Kenya to do?", "urged"),
        ("What did they call on Russia to do?", "urged"),
        ("Whom did the Secretary thank?", "thanked"),
        ("Did the President offer condolences?", "condolences"),  # the noun says the kind, not "offer"
        ("What did the ministers welcome?", "welcomed"),
        ("What concerns did they raise about coercion?", "expressed_concern"),
        ("What did they announce?", "announced"),
        ("Which reforms did he push?", "urged"),
        ("What did she encourage Kenya to do?", "urged"),
        ("What did Blinken commend Uzbekistan for?", "welcomed"),
    ],
)
def test_asked_kinds_first(question, first):
    kinds = asked_kinds(question)
    assert kinds and kinds[0] == first
    assert analyse(question).parts[0].kinds == kinds


def test_agree_also_accepts_commitments_and_offers_keep_their_verb_kinds():
    assert asked_kinds("What did they agree on energy?") == ("agreed", "committed")
    assert asked_kinds("Did the Secretary offer support?") == ("urged", "committed")
    assert asked_kinds("Did the President offer condolences?")[1:] == ("urged", "committed")


@pytest.mark.parametrize(
    "question",
    [
        "What did the ministers say about Taiwan?",
        "Where did they meet?",
        "How many technicians will Chile train?",
        "Where were the Houthis pressing a devastating offensive?",  # pressing an attack, not pressing someone
        "Which town was Russia pushing its assault on?",
        "Which meeting looked ahead to signing a bilateral science and technology agreement?",  # a thing to come
    ],
)
def test_no_kind_asked(question):
    assert asked_kinds(question) == ()


# =========================================================================== parts


@pytest.mark.parametrize(
    "question,parts,types",
    [
        (
            "Where did they meet, and what did they launch?",
            ["Where did they meet", "what did they launch?"],
            ["place", "free"],
        ),
        (
            "When did they meet, and in which city did they meet?",
            ["When did they meet", "in which city did they meet?"],
            ["date", "place"],
        ),
        ("When did they meet? What did they agree?", ["When did they meet", "What did they agree?"], ["date", "free"]),
        (
            "What did the ministers agree on energy and what did they discuss on trade?",
            ["What did the ministers agree on energy", "what did they discuss on trade?"],
            ["free", "free"],
        ),
        (  # three parts listed: a scene-setting clause stays with the first, a relative "which the" splits nothing
            "In their January meeting, how many doses were coming, which U.S. department would lead the mission, "
            "and how much had the Call to Action, which she announced in May, generated?",
            [
                "In their January meeting, how many doses were coming",
                "which U.S. department would lead the mission",
                "how much had the Call to Action, which she announced in May, generated?",
            ],
            ["number", "organisation", "amount"],
        ),
        (
            "When Blinken met Hayashi in Tokyo, what crisis did they discuss, and what did they agree?",
            ["When Blinken met Hayashi in Tokyo, what crisis did they discuss", "what did they agree?"],
            ["free", "free"],
        ),
        (  # a scene set with "where" is no part of its own
            "At the meeting where Blinken saw Akhannouch, how much was the compact worth, and what did he say?",
            ["At the meeting where Blinken saw Akhannouch, how much was the compact worth", "what did he say?"],
            ["amount", "free"],
        ),
        (  # a second part opening with a longer preposition
            "How much support did she point to, and ahead of which elections did she press for reform?",
            ["How much support did she point to", "ahead of which elections did she press for reform?"],
            ["amount", "free"],
        ),
    ],
)
def test_multi_part_questions_split(question, parts, types):
    q = analyse(question)
    assert [p.text for p in q.parts] == parts
    assert [p.answer_type for p in q.parts] == types


def test_a_second_part_after_a_short_clause_and_a_second_where():
    q = analyse(
        "Where did Blinken see Guterres in May 2022, and besides Ukraine, where did they talk about widening "
        "humanitarian access?"
    )
    assert [p.answer_type for p in q.parts] == ["place", "place"]
    assert q.parts[0].about_meeting is True
    assert q.parts[1].about_meeting is False  # where something was said to happen, not where they met
    assert len(analyse("What did Biden, Harris, and Blinken, who met Kishida, say?").parts) == 1


def test_where_and_when_share_their_verb():
    assert [p.lower() for p in split_parts("Where and when will they meet next?")] == [
        "where will they meet next?",
        "when will they meet next?",
    ]
    q = analyse("Where and when will they meet next?")
    assert [p.answer_type for p in q.parts] == ["place", "date"]
    assert all(p.about_meeting is False for p in q.parts)  # the next meeting is something the readout says


@pytest.mark.parametrize(
    "question",
    [
        "What did the ministers agree on trade and investment?",  # "and" inside a topic
        "Did Blinken and Hayashi discuss North Korea?",
        "What did Japan and the United States agree?",
    ],
)
def test_and_inside_a_part_does_not_split(question):
    assert len(analyse(question).parts) == 1


def test_each_part_gets_its_own_kinds_and_topic():
    q = analyse("What did the ministers agree on energy and what did they discuss on trade?")
    assert q.parts[0].kinds[0] == "agreed" and "energi" in q.parts[0].topic and "trade" not in q.parts[0].topic
    assert q.parts[1].kinds == ("discussed",) and q.parts[1].topic == ("trade",)


# =========================================================================== comparisons


@pytest.mark.parametrize(
    "question,compare",
    [
        ("How did the Japan call differ from the Kenya call?", True),
        ("Compare what the Secretary said to Japan and Germany.", True),
        ("What changed between the 2022 and 2023 meetings?", True),
        ("How did their positions on Iran evolve between 2021 and 2023?", True),
        ("What was the difference between the two readouts on energy?", True),
        ("What did they agree on energy?", False),
        ("Which readouts mention fentanyl?", False),
        ("What differences were there between the two calls on energy?", True),
        # differences settled between the sides are what a meeting was about, not a comparison asked for
        ("Which meeting credited closer ties with resolving long-standing trade differences?", False),
        ("Which call welcomed an end to their outstanding differences over steel?", False),
    ],
)
def test_compare_intent(question, compare):
    assert analyse(question).compare is compare


# =========================================================================== about the meeting itself


@pytest.mark.parametrize(
    "question,expected",
    [
        ("When did Blinken meet Hayashi?", True),
        ("Where did the ministers meet?", True),
        ("When did the call take place?", True),
        ("Where was the meeting held?", True),
        ("Who took part in the meeting?", True),
        ("Whom did the Vice President call?", True),
        ("When was that?", True),
        ("When is the satellite due to launch?", False),
        ("When did they agree to resume negotiations?", False),
        ("What year did the partnership begin?", False),
        ("Where will the next dialogue be held?", False),
        ("What did the ministers agree on security?", False),  # not a who/when/where part at all
        ("When?", None),
        ("And where?", None),
        ("Who is the Foreign Minister of Japan?", None),
        ("When did the extinction happen?", False),  # another event happened, not a meeting
        ("When did their meeting happen?", True),
        ("When did it happen?", True),
        ("When did Blinken and Wong go over her trips to Fiji and Tonga?", True),  # the day of that meeting
        ("When did they discuss the Amazon Fund?", True),
        ("When is the center that Harris discussed with Holness supposed to open?", None),  # not the meeting
    ],
)
def test_about_meeting(question, expected):
    assert about_meeting(question) is expected
    assert analyse(question).parts[0].about_meeting is expected


# =========================================================================== the principal office


@pytest.mark.parametrize(
    "question,office",
    [
        ("Whom did the Vice President call?", "Vice President"),
        ("What did the Secretary commit to?", "Secretary"),
        ("What did the Secretary of State discuss with Japan?", "Secretary of State"),
        ("What did the National Security Advisor discuss?", "National Security Advisor"),
        ("Whose death did the President mourn?", "President"),
        ("What did the Prime Minister of Japan say?", None),  # another country's office
        ("What did the President Biden say?", None),  # a name follows: not an office alone
        ("What did the ministers agree?", None),
        # the office of one who serves the principal names that person, not the principal
        ("When the President's deputy national security adviser for cyber met mayors, what did she urge?", None),
        ("What did the Secretary's special envoy tell the Houthis?", None),
        ("What did the President's call with his national security adviser cover?", "President"),
        ("Whom did the President's chief of staff meet before the Vice President spoke?", "Vice President"),
    ],
)
def test_principal_office(question, office):
    assert principal_office(question) == office
    assert analyse(question).principal == office


# =========================================================================== answer hints


def test_the_noun_phrase_after_which_gives_hints():
    part = analyse("Which war-legacy program did the ministers fund?").parts[0]
    assert {"war", "legaci", "program"} <= set(part.hints)
    assert not {"war", "legaci", "program"} & set(part.topic)  # they describe the answer, the topic is "fund"
    assert "fund" in part.topic


@pytest.mark.parametrize(
    "question",
    [
        "Which country did the Secretary thank?",
        "Which officials took part in the call?",
        "What amount did the partners pledge?",
        "What did the ministers agree?",
    ],
)
def test_answer_categories_give_no_hints(question):
    assert analyse(question).parts[0].hints == ()


def test_what_is_set_aside_is_not_the_topic():
    part = analyse("Besides Russia and Ukraine, what did they discuss?").parts[0]
    assert part.topic == ()
    assert part.kinds == ("discussed",)


# =========================================================================== topics


@pytest.mark.parametrize(
    "question,stems",
    [
        ("What did the ministers agree on security?", ("secur",)),
        ("Which readouts mention fentanyl?", ("fentanyl",)),
        ("In which engagements did climate finance come up?", ("climat", "financ")),
        ("What did the Secretary urge Kenya to do?", ("kenya",)),
        # a verb of stance before its noun of kind says how, not what: "conveyed her appreciation" answers
        ("What did the Vice President express appreciation for?", ()),
        ("What did the Secretary voice concern about in Kenya?", ("kenya",)),
        ("Did they share intelligence?", ("share", "intellig")),  # no noun of kind: "share" stays
        ("Which readouts mention shared concerns about Iran?", ("share", "iran")),  # "shared": what was said
    ],
)
def test_topic_terms(question, stems):
    assert analyse(question).parts[0].topic == stems


def test_office_titles_are_never_the_topic():
    part = analyse("What did the National Security Advisor discuss?").parts[0]
    assert not {"nation", "secur", "advisor"} & set(part.topic)


# =========================================================================== later phrasings


def test_what_was_the_date_of_asks_a_date_of_the_meeting():
    part = analyse("What was the date of that call?").parts[0]
    assert part.answer_type == "date" and part.about_meeting is True and part.topic == ()


def test_a_country_the_other_side_came_from_is_a_side_of_the_meeting():
    query = analyse("Who did Jake Sullivan meet from Lithuania in October 2022?")
    assert query.titled_parties == ("Lithuania",)
    assert analyse("What did Blinken say about exports from Lithuania?").titled_parties == ()


def test_words_asking_for_the_agenda_are_no_topic():
    q = analyse("Apart from Ukraine, what topics came up when Sherman met Sequi in March 2022?")
    assert not {"topic", "came"} & set(q.parts[0].topic)
    assert "cover" not in analyse("What did Sherman and Delattre cover on their call?").parts[0].topic


def test_a_name_in_what_was_talked_about_is_the_topic():
    q = analyse("When did Blinken speak with Polish FM Rau about his trip to Kyiv with Austin?")
    assert "Austin" in q.topic_people and "Austin" not in q.people
    q = analyse("What did they say about Iran when Biden met Bennett in August 2021?")
    assert {"Biden", "Bennett"} <= set(q.people)


def test_the_owner_of_a_named_thing_is_topic_not_a_side_of_the_meeting():
    q = analyse(
        "How much had Harris's Call to Action drawn, according to the readout of Gordon's meeting with PCA leaders?"
    )
    assert "Harris" in q.topic_people and "Harris" not in q.people
    assert "Gordon" in q.people
    assert q.meeting_kind != "call"  # "Call" is the name's
    for asked in (
        "What did Blinken's March call with Lavrov cover?",
        "What was said in Sullivan's Bilateral Meeting with Ben-Shabbat?",
    ):
        q = analyse(asked)
        assert q.people and not q.topic_people, (q.people, q.topic_people)


def test_a_day_inside_a_name_is_topic_not_time():
    assert "friday" in analyse("Which readouts mention the Good Friday Agreement?").parts[0].topic
    assert "friday" not in analyse("Did Blinken and Lavrov speak on Friday about Ukraine?").parts[0].topic


def test_party_words_are_no_person():
    q = analyse("Who moderated Biden's July 2022 meeting with Democratic governors on abortion rights?")
    assert q.people == ("Biden",)


def test_who_with_a_verb_of_its_own_asks_about_a_role_not_who_met():
    from assistant.qa.analyse import about_meeting

    assert about_meeting("Who moderated Biden's July 2022 meeting with Democratic governors?") is False
    assert about_meeting("Who raised the issue of Taiwan?") is False
    assert about_meeting("Who accompanied the Secretary?") is True
    assert about_meeting("Who attended the meeting?") is True
    # "whose visit ... did he welcome": someone else's visit the meeting spoke of, not who met
    assert about_meeting("Whose visit to Washington did the President welcome during that conversation?") is False


def test_a_list_of_meetings_with_a_country_keeps_the_country_as_a_side():
    from assistant.qa.text_parts import list_query

    question = "How many readouts cover U.S. officials' meetings with Mongolian officials?"
    assert list_query(analyse(question), question).parties == ("Mongolia",)
    question = "How many readouts cover Biden's calls or conversations about Hurricane Ida?"
    assert list_query(analyse(question), question).people == ("Biden",)
    question = "Which readouts mention the assassination of Haitian President Jovenel Moise?"
    q = list_query(analyse(question), question)
    assert not q.parties and not q.people


def test_a_legislature_is_no_person_and_a_congratulatory_call_no_topic():
    assert "Knesset" not in analyse("What did Blinken tell Yair Lapid after the Knesset was dissolved?").people
    q = analyse("Biden's November 2022 congratulatory call to Netanyahu - what did the two agree?")
    assert not any(t.startswith("congratul") for t in q.parts[0].topic)


def test_a_region_adjective_is_no_persons_name():
    for asked in ("Which Balkan countries did they talk about?", "What did they say about Baltic security?"):
        assert analyse(asked).people == (), asked
    assert analyse("What did Blinken and Kuleba discuss?").people == ("Blinken", "Kuleba")


def test_a_country_that_owns_a_named_thing_is_its_topic_not_a_side():
    q = analyse("How many readouts record officials talking with representatives of Burma's National Unity Government?")
    assert "Burma" not in q.parties and "Burma" in q.topic_parties
    q = analyse("What did Biden and Indonesia's Joko Widodo agree in November 2021?")
    assert "Indonesia" in q.parties  # a person of that country: a side


def test_an_opening_preposition_is_no_name():
    for asked in (
        "Ahead of Hurricane Henri, how many responders were staged?",
        "Amid the fighting in Sudan, what did Blinken urge?",
        "Despite the sanctions, what did they agree?",
    ):
        q = analyse(asked)
        assert not {"Ahead", "Amid", "Despite"} & {*q.people, *q.topic_people}, asked
    assert analyse("Compare Blinken's May 2021 and July 2021 meetings with King Abdullah II.").people[0] == "Blinken"


def test_a_possessive_ends_a_name():
    q = analyse("What did Jake Sullivan's Japanese counterpart say about export controls?")
    assert q.people == ("Jake Sullivan",) and "Japan" in q.parties
    q = analyse("What did Sherman and the UN's Myanmar envoy Burgener say in June 2021?")
    assert set(q.people) == {"Sherman", "Burgener"}
    assert "Burma" not in q.parties  # the envoy's portfolio, not a side of the meeting


@pytest.mark.parametrize(
    "question,sides,portfolio",
    [
        # a country by its own name right before "envoy": what the envoy covers, not a side met
        (
            "Where did U.S. North Korea envoy Sung Kim meet China's Special Representative Liu?",
            {"United States", "China"},
            "North Korea",
        ),
        ("Where had Yemen envoy Tim Lenderking been travelling in June 2021?", set(), "Yemen"),
        ("What did Blinken tell the Japanese envoy?", {"Japan"}, None),  # the envoy's own country
        ("What did Sherman discuss with the United Nations Special Envoy on Myanmar?", {"United Nations"}, None),
    ],
)
def test_a_country_before_an_envoy_is_the_portfolio(question, sides, portfolio):
    q = analyse(question)
    assert set(q.parties) == sides
    assert portfolio is None or portfolio in q.topic_parties


def test_things_that_look_like_names():
    q = analyse("How many Johnson & Johnson doses did Biden announce when he met Kenyatta in October 2021?")
    assert "Johnson" not in q.people  # a firm
    q = analyse("How long after the Camp David summit did Sullivan's December 2023 trilateral take place?")
    assert q.people == ("Sullivan",)  # a place
    q = analyse("Which advisers to Lithuania's President Nauseda did Jake Sullivan meet in October 2022?")
    assert q.people == ("Jake Sullivan",) and "Nauseda" in q.topic_people  # whose advisers, not who met
    assert not analyse("Which readouts bring up the 2022 sabotage of the Nord Stream pipelines?").window.bounded


def test_a_us_state_is_no_person():
    q = analyse("What help did the readout of Biden's call with Governor DeSantis say FEMA was sending to Florida?")
    assert "Florida" not in q.people and "DeSantis" in q.people


def test_a_list_object_without_the_examples_it_gives():
    from assistant.qa.text_parts import without_relative_clause

    asked = "Which readouts bring up the Nord Stream pipelines, whether the Nord Stream 2 project or the 2022 sabotage?"
    assert without_relative_clause(asked) == "Which readouts bring up the Nord Stream pipelines?"
    asked = "Which readouts mention Nicaragua as a concern, including its elections?"
    assert without_relative_clause(asked) == "Which readouts mention Nicaragua as a concern?"


def test_hosting_is_the_meeting_not_its_topic():
    q = analyse("When Biden hosted Bennett in August 2021, what did he thank Israel for?")
    assert "host" not in q.parts[0].topic


def test_what_the_answers_noun_is_about_is_the_topic():
    q = analyse("What message on Taiwan did Biden give Xi Jinping during their July 2022 phone call?")
    assert "taiwan" in q.parts[0].topic  # "message" describes the answer; Taiwan is what it is about
    assert "messag" not in q.parts[0].topic


def test_phoned_is_the_kind_of_meeting_not_its_topic():
    q = analyse("What did Biden say when he phoned Lapid on October 11, 2022 about the boundary?")
    assert q.meeting_kind == "call"
    assert "phone" not in q.parts[0].topic and "phoned" not in q.parts[0].topic


def test_a_deal_already_named_is_no_statement_kind_asked_for():
    assert "agreed" not in analyse("How did Biden describe what the agreement would mean for Israel?").parts[0].kinds
    assert "agreed" in analyse("What agreement did Biden and Lapid reach?").parts[0].kinds
    assert not analyse('How had the "123" civil nuclear agreement moved on by 2023?').parts[0].kinds
    assert "agreed" in analyse("What did the two sides say about the agreement on gas?").parts[0].kinds


def test_a_deal_is_an_agreement():
    from assistant.qa.coverage import topic_coverage

    assert topic_coverage("The agreement creates new opportunities.", ("deal",), lambda t: 1.0) > 0


def test_initials_in_a_question_are_stated_by_the_words_written_out():
    from assistant.qa.coverage import topic_coverage

    sentence = "Ecuador prepares to begin a two-year term on the United Nations Security Council."
    assert topic_coverage(sentence, ("un", "secur", "council"), lambda t: 1.0) == 1.0
    assert topic_coverage("The leaders discussed Security Council reform.", ("un",), lambda t: 1.0) == 0.0


def test_a_leading_clause_that_says_which_meeting_only_describes_the_answer():
    q = analyse(
        "When Biden met leaders of civil rights organizations in September 2022, which laws came up in their "
        "discussion of the economy?"
    )
    topic, hints = q.parts[0].topic, q.parts[0].hints
    assert "economi" in topic
    assert "civil" not in topic and "civil" in hints  # the readout says it; the answering sentence need not
    # a leading "on"/"in" without a word of meeting is the topic itself; names stay in the topic
    assert "climat" in analyse("On climate, what did Biden and Macron agree?").parts[0].topic
    assert (
        "sanchez"
        in analyse("On his August 2021 call with Spain's Pedro Sánchez, what did Biden praise?").parts[0].topic
    )


def test_a_closing_clause_of_meeting_describes_the_answer_when_a_kind_of_statement_is_asked():
    part = analyse("What did Harris and López Obrador agree to look into when she hosted him for breakfast?").parts[0]
    assert "breakfast" not in part.topic and "breakfast" in part.hints and "agreed" in part.kinds
    # without a kind of statement asked for, the closing clause is asked about too
    part = analyse("Did privacy come up when Harris met California legislators on abortion rights?").parts[0]
    assert "privaci" in part.topic and "abort" in part.topic


def test_a_capital_named_by_its_country_is_looked_for_by_its_name():
    assert "zagreb" in analyse("What incident in the Croatian capital came up in March 2022?").parts[0].topic
    assert "kyiv" in analyse("When did the embassy in Ukraine's capital reopen?").parts[0].topic
    assert "chisinau" in analyse("What did Robinson plan in the capital of Moldova?").parts[0].topic
    assert "capit" in analyse("Who did Blinken meet in the capital?").parts[0].topic  # no country: the word itself


def test_early_mid_and_late_narrow_a_month_loosely():
    import datetime

    from assistant.qa.times import time_window

    late = time_window("What did Blinken tell Kuleba at the end of April 2022?")
    assert late.start == datetime.date(2022, 4, 18) and late.end == datetime.date(2022, 4, 30)
    early = time_window("What did they discuss in early May 2022?")
    assert early.start == datetime.date(2022, 5, 1) and early.end == datetime.date(2022, 5, 12)
    assert time_window("in mid-May 2022").start == datetime.date(2022, 5, 8)
    whole = time_window("What did they discuss in May 2022?")
    assert whole.start == datetime.date(2022, 5, 1) and whole.end == datetime.date(2022, 5, 31)


def test_going_back_is_no_backing():
    assert asked_kinds("What did Blinken say about American diplomats going back to Ukraine?") == ()
    assert "expressed_support" in asked_kinds("Did Blinken back Ukraine's bid?")


def test_taking_part_in_or_attending_a_meeting_asks_about_the_meeting():
    assert about_meeting("On what date did Blinken take part in the foreign ministers' meeting where he spoke?")
    assert about_meeting("When did Blinken attend the Quad ministerial?")
    assert about_meeting("When did Harris participate in the summit?")


def test_a_bare_question_word_with_its_noun_takes_the_verb_of_the_next_part():
    parts = split_parts("On what date and in which city were Blinken and the ministers due to meet?")
    assert parts[0] == "On what date were Blinken and the ministers due to meet?"
    assert parts[1] == "in which city were Blinken and the ministers due to meet?"
    # "due to meet" is something the readout says will happen, not the meeting it records
    assert about_meeting(parts[0]) is False


def test_review_rules_stay_in_their_place():
    from assistant.qa.capitals import capitals_named
    from assistant.qa.coverage import topic_coverage
    from assistant.qa.fitting import answer_type_missing
    from assistant.qa.topics import scene_words

    # a country in the topic after "about" is no side of the meeting
    assert "China" not in analyse("What did Biden tell G7 leaders about China and its leaders?").parties
    # a statement verb before the deal still asks for that kind of statement
    assert asked_kinds("Did the leaders sign the deal?") == ("agreed",)
    # a generic group answers "who travelled with him", not "who was behind it"
    behind = analyse("Who was behind the assassination of President Moise?").parts[0]
    assert answer_type_missing("U.S. officials will continue to engage with Haitian authorities.", behind) != ""
    # "according to" is no deal
    assert topic_coverage("According to the President, the talks were productive.", ("deal",), lambda t: 1.0) == 0
    # capital markets are no city; South Sudan's capital is not Sudan's
    assert capitals_named("What did Yellen say about Ukraine's capital markets?") == ()
    assert "khartoum" not in capitals_named("What did the envoy see in the capital of South Sudan?")
    # a leading clause without a word of meeting, or the words after "about", stay the topic
    assert scene_words("As for climate, what did Biden and Macron agree?") == set()
    assert "chip" in analyse("What did Biden and Kishida agree during their call about chips?").parts[0].topic
    # two capitals make initials only for a body's name
    assert topic_coverage("The Ukrainian National Security and Defense Council met.", ("un",), lambda t: 1.0) == 0
    assert not analyse("What did Biden, Kishida and Yoon commit to each other at Camp David?").compare


def test_what_a_meeting_had_in_it_is_no_topic():
    assert analyse("Which call included congratulations on forming a new cabinet?").parts[0].topic == ("form",)
    topic = analyse("Which meeting featured a pledge to double climate finance?").parts[0].topic
    assert "featur" not in topic and "climat" in topic


def test_a_word_for_people_before_a_meeting_noun_asks_for_the_meeting():
    assert answer_type("On which official trip did a senior diplomat visit a refugee camp?") == "free"
    assert answer_type("Which leaders' call discussed Iran?") == "free"
    assert answer_type("In which leader-level call did the president stress cross-border data flows?") == "free"
    assert answer_type("Which Secretary-General did Biden meet in September 2021?") == "person"  # a title, joined
    assert answer_type("Which officials met Blinken?") == "person"
    assert answer_type("Which official led the delegation?") == "person"


def test_a_call_on_a_day_is_no_appeal():
    assert "urged" not in asked_kinds("Which leaders joined Biden's video call on February 11, 2022?")
    assert "urged" not in asked_kinds("What did they say in the call on Monday?")
    assert asked_kinds("What did Blinken call on Russia to do?")[0] == "urged"
    assert asked_kinds("What did the leaders call for?")[0] == "urged"
    assert asked_kinds("Did Biden call on Congress to act?")[0] == "urged"


def test_calls_named_by_whose_they_are_are_the_meetings():
    assert "urged" not in asked_kinds("What did Biden's calls on Ukraine in 2022 cover?")
    assert "urged" not in asked_kinds("Which topics came up in their calls on Mondays?")
    assert asked_kinds("What did Biden's calls for a ceasefire ask of Israel?")[0] == "urged"  # "calls for": appeals
    assert asked_kinds("What does Blinken call on Russia to do?")[0] == "urged"


def test_called_is_the_meeting_not_its_topic():
    part = analyse("After the ceasefire, Blinken called the UAE's foreign minister. What did he raise?").parts[0]
    assert "call" not in part.topic
    assert asked_kinds("Blinken called on Russia to withdraw.")[0] == "urged"  # an appeal still


def test_an_office_in_lower_case_is_who_not_what():
    topic = analyse("What did Sullivan and Israeli national security advisor Hulata say about the maritime boundary?")
    assert set(topic.parts[0].topic) & {"nation", "secur"} == set()
    assert "secur" in analyse("What did Sullivan and Hulata say about national security?").parts[0].topic
    topic = analyse("What habit did the agriculture secretary say the country had to give up?").parts[0].topic
    assert "agricultur" not in topic, topic
    # a word of the office that the question also uses for its topic stays the topic
    topic = analyse("What did Granholm say about energy security with the Saudi energy minister?").parts[0].topic
    assert {"energi", "secur"} <= set(topic), topic


def test_a_missile_launch_is_an_event_not_an_announcement():
    assert asked_kinds("Who did Sung Kim call after North Korea's January 29, 2022 missile launch?") == ()
    assert asked_kinds("Did they discuss the satellite launches?") == ("discussed",)
    assert asked_kinds("What initiative did they launch?")[0] == "announced"
    back = "Which obstacle did he say should not stand in the way of putting abortion protections back into law?"
    assert asked_kinds(back) == ()  # "back into": an adverb, not backing
    assert asked_kinds("Did Biden back the plan?")[0] == "expressed_support"
    scene = "At a 2022 meeting with governors on defending abortion access, which obstacle did the president name?"
    assert asked_kinds(scene) == ()  # a leading clause that says which meeting asks no kind
    said = "Whom did Sherman call on February 24, 2022, the day Russia launched its full-scale attack on Ukraine?"
    assert "announced" not in asked_kinds(said)  # an attack launched is an event too
    assert asked_kinds("Which initiative did they launch against the attack?")[0] == "announced"


def test_holding_a_post_is_a_light_verb_not_a_topic():
    part = analyse("What continental post was the Congolese president holding when Blinken called him?").parts[0]
    assert "hold" not in part.topic


@pytest.mark.parametrize("question", ["Did the South China Sea come up?", "Did they discuss the Taiwan Strait?"])
def test_a_sea_or_a_strait_is_no_person(question):
    assert analyse(question).people == ()


def test_a_leading_clause_of_a_day_says_when_not_what():
    q = "On the day of Russia's full-scale attack, February 24, 2022, what did Blinken and Rau pledge Russia would do?"
    topic = analyse(q).parts[0].topic
    assert not {"attack", "full", "scale"} & set(topic) and "russia" in topic, topic
    assert "climat" in analyse("On climate, what did Blinken and Rau agree?").parts[0].topic


def test_whom_someone_thanked_in_a_call_is_not_who_took_part():
    assert analyse("Whom did the President thank when he phoned the governor?").parts[0].about_meeting is False
    assert analyse("Whom did the President phone on Monday?").parts[0].about_meeting is True


def test_a_time_after_by_is_a_deadline_only_right_after_it():
    q = "Whom did he phone whose state was being hit by a historic winter storm in late December 2022?"
    assert analyse(q).window.bounded
    assert not analyse("What did they pledge to deliver by the end of 2022?").window.bounded


def test_underlining_is_a_statement_not_a_topic():
    part = analyse("Which principles did Biden underline with To Lam?").parts[0]
    assert "underlin" not in part.topic and part.kinds == ("noted",)


def test_a_person_in_a_clause_of_what_they_had_done_is_what_was_talked_about():
    q = analyse("How did Blinken respond to the talks President Duque had launched after the protests?")
    assert "Duque" in q.topic_people and "Duque" not in q.people
    assert "Duque" in analyse("How did Blinken respond when he met President Duque?").people


def test_early_mid_and_late_of_a_month_are_no_topic():
    q = "How did Blinken's late-June 2021 call with Hamdok differ from the early-August 2021 call with Hamdok?"
    assert not {"late", "earli"} & set(analyse(q).parts[0].topic)
    assert "late" not in analyse("What did Blinken and Hamdok discuss in late June 2021?").parts[0].topic


def test_review_cases_of_this_rounds_question_rules():
    # "early" of a month is time, but the same word elsewhere stays the topic
    assert "earli" in analyse("In early March 2022, did they discuss an early warning system?").parts[0].topic
    # "has proposed": someone the meeting may well be with, not only a topic
    assert "Kuleba" in analyse("Did Blinken discuss the initiative Kuleba has proposed?").people
    # "back up" is backing
    assert "expressed_support" in asked_kinds("Did Biden back up his pledge?")


def test_review_cases_of_calls():
    # "when he called Yoon" says a call, whatever meeting came before it
    assert analyse("What did Biden say after his meeting with Kishida when he called Yoon?").meeting_kind == "call"
    # "Biden's calls on Russia to de-escalate" are appeals; "Biden's calls on Ukraine" are calls
    assert asked_kinds("What did Biden's calls on Russia to de-escalate achieve?")[0] == "urged"
    assert "urged" not in asked_kinds("What did Biden's calls on Ukraine in 2022 cover?")


def test_the_readout_a_question_names_as_its_source_is_not_its_topic():
    q = analyse(
        "Ahead of the storm's landfall, what was FEMA pre-positioning in the region according to the readout of "
        "Biden's call with the Gulf Coast governors?"
    )
    topic = q.parts[0].topic
    assert {"fema", "region"} <= set(topic)
    assert not {"gulf", "coast", "governor", "biden"} & set(topic)
    # a question that is only its source keeps its words
    assert analyse("What is in the readout of Biden's call with the governors?").parts[0].topic


def test_the_countries_of_a_plural_office_are_the_sides_of_the_meeting():
    q = analyse(
        "In Blinken's March 2022 Washington meeting with the foreign ministers of Costa Rica, the Dominican Republic "
        "and Panama, what did he say about Ukraine?"
    )
    assert set(q.parties) == {"Costa Rica", "Dominican Republic", "Panama"}, q
    assert q.topic_parties == ("Ukraine",) and "panama" not in q.parts[0].topic, q


def test_who_spoke_for_a_body_asks_no_call_and_a_titled_owner_is_no_place():
    q = analyse(
        "Who spoke for the Center for Reproductive Rights at Vice President Harris's September 2022 roundtable with "
        "civil rights and reproductive rights leaders?"
    )
    assert q.meeting_kind is None, q  # stood for the body; no phone call
    assert q.place is None, q  # whose roundtable, not where
    assert analyse("When did Blinken speak with Kuleba in May 2022?").meeting_kind == "call"
    assert analyse("Who met Blinken at Camp David in June 2022?").place == "Camp David"


def test_the_owner_of_a_meeting_after_at_is_a_person_not_a_place():
    assert analyse("What was said at Harris's July 2022 meeting with Indiana legislators?").people == ("Harris",)
    assert analyse("Who did Blinken meet in Paris in June 2021?").place == "Paris"


def test_a_word_saying_whose_doing_a_thing_is_neither_a_person_nor_a_kind_asked():
    q = analyse("What did Harris say about the Republican-backed abortion measures in July 2022?")
    assert q.people == ("Harris",), q
    assert "expressed_support" not in q.parts[0].kinds, q  # backed by Republicans; no backing asked for
    assert "expressed_support" in analyse("Which proposals did Harris say she backed in July 2022?").parts[0].kinds


def test_a_plural_office_talked_about_is_the_topic_not_a_side():
    for q in (
        "What did Sullivan, Cho and Akiba say in December 2023 about cooperation between the leaders of the DPRK and "
        "Russia?",
        "What did Blinken and Colonna say in May 2022 about supporting the leaders of Finland and Sweden?",
        "What did Biden tell Erdogan in June 2022 about Turkey's agreement with the leaders of Finland and Sweden?",
    ):
        a = analyse(q)
        assert not {"Russia", "Finland", "Sweden"} & set(a.parties), a
    met = analyse("What did Blinken discuss with the foreign ministers of Latvia, Lithuania and Estonia in 2022?")
    assert set(met.parties) == {"Latvia", "Lithuania", "Estonia"}, met


def test_a_name_of_three_capitalised_words_asks_no_kind():
    assert analyse("What did Biden say about infrastructure and Build Back Better?").parts[0].kinds == ()
    assert analyse("What did Biden commit to on infrastructure?").parts[0].kinds[:1] == ("committed",)


def test_a_wide_region_before_leaders_is_no_one():
    q = analyse("What did Harris and the Indo-Pacific leaders she convened in Bangkok in November 2022 agree to do?")
    assert q.people == ("Harris",), q


def test_a_role_held_as_an_office_is_no_side_of_the_meeting():
    """'... to discuss Cambodia's year as ASEAN chair': ASEAN is what was talked about, not a side met; 'with the
    ASEAN Chair' still is one."""
    q = analyse(
        "In which city did Deputy Secretary Sherman meet Cambodian Deputy Prime Minister and Foreign Minister Prak "
        "Sokhonn in May 2022 to discuss Cambodia's year as ASEAN chair?"
    )
    assert "ASEAN" not in q.parties and "ASEAN" in q.topic_parties
    assert "Cambodia" in q.parties
    assert "ASEAN" in analyse("When did Blinken meet the ASEAN Chair?").parties


def test_a_date_beside_the_clause_naming_the_readout_is_what_the_readout_tells_of():
    """'According to the readout of her July 2022 Indiana meeting, where had she convened state legislators on
    July 21, 2022?': the readout is of July 2022 (its meeting), July 21 is a day it tells of (not the meeting's
    place asked, the line of that day)."""
    from assistant.qa.times import date_beside_source

    q = analyse(
        "According to the readout of Harris's July 2022 Indiana meeting, where had she convened state legislators "
        "on reproductive rights on July 21, 2022?"
    )
    assert q.window.text == "July 2022"
    assert not q.parts[0].about_meeting and {"juli", "21"} <= set(q.parts[0].hints)
    told = date_beside_source(q.text)
    assert told.text == "July 21, 2022" and told.contains(datetime.date(2022, 7, 21))
    plain = analyse("Where did Harris convene state legislators on July 21, 2022?")
    assert plain.window.text == "July 21, 2022" and not date_beside_source(plain.text).text
    # the same when the question opens with the readout: "The readout of ... lists ...; where was the one on ...?"
    opening = analyse(
        "The readout of Harris's July 2022 Indianapolis meeting lists her earlier sessions with state legislators; "
        "where was the one on July 23, 2022 held?"
    )
    assert opening.window.text == "July 2022" and date_beside_source(opening.text).text == "July 23, 2022"


def test_cities_are_no_people_and_a_city_before_a_meeting_is_its_place():
    """'Which San Francisco pastor took part in Harris's June 2022 Los Angeles roundtable ...?': no person named
    San Francisco or Los Angeles; the roundtable was in Los Angeles. 'For the August 2021 meeting ...: what issues
    did the conversation center on' leads with its meeting, and 'center on' is no topic."""
    q = analyse(
        "Which San Francisco pastor took part in Harris's June 2022 Los Angeles roundtable with faith leaders on "
        "reproductive rights?"
    )
    assert q.people == ("Harris",) and q.place == "Los Angeles"
    assert analyse("What did Harris say at her Indianapolis meeting in July 2022?").place == "Indianapolis"
    # a government venue before the meeting says where it was (and so, as a city there, what is no topic)
    venue = analyse("What areas did Sullivan and Beliz focus on at their October 2021 White House meeting?")
    assert venue.place == "White House", venue
    # a capital visited is where the meeting was ("visit to Kyiv"), a capital met in stays the country's side
    assert analyse("On Blinken and Austin's April 2022 visit to Kyiv, which needs did they name?").place == "Kyiv"
    assert analyse("What did Austin discuss at the meeting?").people == ("Austin",)  # a surname, not the city
    lead = analyse(
        "For the August 2021 meeting Biden and Harris held with Asian American leaders: what issues did the "
        "conversation center on, and which Sikh organizations had leaders at the table?"
    )
    assert "center" not in lead.parts[0].topic and "meet" not in lead.parts[0].topic


def test_the_national_security_adviser_in_lower_case_is_the_principal_in_either_spelling():
    """'... what did the national security adviser say the President would keep doing': the adviser is who spoke
    (not the President), and 'adviser' is the records' 'Advisor'."""
    import datetime as dt

    from assistant.qa.select import _holds
    from assistant.records import Meeting, Participant

    q = analyse(
        "After police arrested an armed man outside a dissident journalist's home, what did the national security "
        "adviser say the President would keep doing?"
    )
    assert q.principal == "national security adviser"
    sullivan = (Participant("Jake Sullivan", "National Security Advisor", "United States", "issuer"),)
    call = Meeting("s.txt", "Call", dt.date(2022, 8, 3), dt.date(2022, 8, 3), None, "call", sullivan)
    assert _holds(q.principal, call)


@pytest.mark.parametrize(
    "question, side, owner",
    [
        ("In Biden's February 21, 2022 call with Zelenskyy, what Putin decision did he condemn?", "Zelenskyy", "Putin"),
        ("When Blinken met President Sisi in May 2021, what did he convey Biden's appreciation for?", "Sisi", "Biden"),
        ("After Sherman met Lavrov in Geneva, what did she say about Putin's demands?", "Lavrov", "Putin"),
    ],
)
def test_a_name_owning_what_was_said_is_no_side(question, side, owner):
    q = analyse(question)
    assert side in q.people and owner in q.topic_people and owner not in q.people


@pytest.mark.parametrize(
    "question, side",
    [
        ("When did Blinken join Biden's call with Macron?", "Biden"),
        ("What did Austin tell Kuleba during Blinken's visit to Kyiv?", "Blinken"),
        ("What did Harris tell Kishida in Biden's first meeting with him?", "Biden"),
    ],
)
def test_a_name_owning_a_meeting_is_a_side(question, side):
    assert side in analyse(question).people


@pytest.mark.parametrize(
    "question, name",
    [
        (
            "What regional issues did Sherman take up with Spain's State Secretary Ángeles Moreno Bau?",
            "Ángeles Moreno Bau",
        ),
        ("What did Blinken discuss with Éric Dupond-Moretti?", "Éric Dupond-Moretti"),
    ],
)
def test_a_name_opening_with_an_accented_capital_is_whole(question, name):
    q = analyse(question)
    assert name in q.people  # the whole name is a side, so the answerer sets all its words aside


def test_different_as_various_asks_no_comparison():
    various = "Which readout of a forum on shared values among followers of different religions notes a first visit?"
    assert not analyse(various).compare
    assert analyse("How was Biden's message to Netanyahu different in the May 12 and May 17, 2021 calls?").compare
    assert analyse("What was different about the two calls Blinken made to Lavrov in February 2022?").compare


def test_what_parts_of_asks_which_of_it_and_is_no_topic():
    q = analyse(
        "In his April 2022 call with Mitsotakis, what parts of Greece's backing for Ukraine did Blinken single out?"
    )
    assert "part" not in q.parts[0].topic and "ukrain" in q.parts[0].topic
    assert "part" in analyse("What did they say about the occupied parts of Ukraine?").parts[0].topic


def test_an_about_phrase_of_the_question_word_ends_at_its_verb():
    q = analyse("What worry about conditions inside Cambodia did Blinken put to Prak Sokhonn in May 2022?")
    assert q.people == ("Blinken", "Prak Sokhonn") and not q.topic_people  # they met; Cambodia is the topic
    assert analyse("What did Blinken say about Navalny?").topic_people == ("Navalny",)


def test_which_fields_of_cooperation_describe_the_answer_and_collaboration_states_cooperation():
    from assistant.qa.coverage import topic_coverage

    part = analyse(
        "Besides Ukraine, which fields of cooperation came up when Blinken hosted Lipavsky in April 2022?"
    ).parts[0]
    assert "field" not in part.topic and "field" in part.hints and "cooper" in part.topic
    said = "The two also discussed collaboration on defense, energy security, and human rights."
    assert topic_coverage(said, ("cooper",), lambda t: 1.0) == 1.0
    assert analyse("How large an IMF program for Argentina did Sullivan discuss with Massa?").answer_type == "amount"


def test_what_someone_told_an_office_holder_asks_no_person():
    part = analyse("Compare what Harris said to President Marcos with what she told Vice President Sara Duterte.")
    assert part.parts[0].answer_type == "free"
    assert analyse("What did he tell the president?").parts[0].answer_type == "free"
    assert analyse("What Indian leaders did Biden call in 2021?").parts[0].answer_type == "person"


def test_a_day_told_by_another_is_no_topic():
    q = analyse("What did Harris tell Marcos, and what did she tell Vice President Duterte in Manila the same day?")
    assert all("day" not in p.topic for p in q.parts)
    assert "day" in analyse("What did they say about the International Day of Peace?").parts[0].topic


def test_the_phrase_after_the_question_word_ends_at_a_whole_verb():
    from assistant.qa.topics import answer_hints, descriptor_words

    # "domestic" does not end the phrase at "do", nor "issues" at "is"
    q = "In his call with Chilean Foreign Minister Allamand, what Chilean domestic effort did Blinken commend?"
    assert {"domest", "effort"} <= set(answer_hints(q, set()))
    assert {"domestic", "effort"} <= descriptor_words(q)
    # the phrase may be the subject of what happened
    assert "peac" in answer_hints("Which neighbouring peace effort came up among the regional issues?", set())
    assert "economic" in descriptor_words("Besides Ukraine, what economic issue came up in the call?")
    # though not a share of something, whose "of" phrase stays the topic
    assert answer_hints("Which fields of cooperation came up when Blinken hosted Lipavsky?", set()) == ("field",)


def test_an_executive_order_is_no_person():
    q = "Which presidential executive order did Vice President Harris refer to when she met Indiana legislators?"
    assert analyse(q).parts[0].answer_type == "free"
    assert analyse("Which utility executives did Biden meet in February 2022?").parts[0].answer_type == "person"


def test_the_meeting_word_of_a_leading_clause_hints_at_no_answer():
    q = analyse("In the April 2022 consultations between Sherman and Stefano Sannino, how was the Sahel described?")
    assert "sahel" in q.parts[0].topic
    assert "consult" not in q.parts[0].hints and "consult" not in q.parts[0].topic


def test_a_meeting_set_against_the_one_asked_about_says_no_kind():
    q = "When did Jake Sullivan hold his in-person meeting with Akiba Takeo (as opposed to their phone call)?"
    assert analyse(q).meeting_kind == "meeting"
    assert analyse("What did they discuss in their call rather than their meeting?").meeting_kind == "call"


def test_two_months_of_one_year_are_both_in_the_window():
    import datetime

    w = analyse("What did they discuss between March and April 2022?").window
    assert (w.start, w.end) == (datetime.date(2022, 3, 1), datetime.date(2022, 4, 30))
    w = analyse("Which countries did Robinson's trip around the turn of March and April 2022 take him to?").window
    assert (w.start, w.end) == (datetime.date(2022, 3, 15), datetime.date(2022, 4, 15))
    assert (
        "turn" not in analyse("Which countries did his trip at the turn of March and April 2022 cover?").parts[0].topic
    )
    w = analyse("What did they say in December and January 2022?").window
    assert (w.start, w.end) == (datetime.date(2021, 12, 1), datetime.date(2022, 1, 31))


def test_what_someone_and_ministers_did_asks_no_person():
    q = "What did Blinken and the foreign ministers of Costa Rica and Panama plan to coordinate on in March 2022?"
    assert analyse(q).parts[0].answer_type == "free"
    assert analyse("Which South Korean and Japanese officials did Sung Kim call?").parts[0].answer_type == "person"


def test_a_part_asking_only_the_kind_after_its_meeting_clause_has_no_topic():
    q = (
        "At Harris's July 8, 2022 White House meeting with legislative leaders from five Republican-controlled "
        "states, what did she and the state leaders commit themselves to?"
    )
    assert analyse(q).parts[0].topic == ()
    # a sentence of its own that sets the scene keeps its topic ("discussed food security")
    q = "In June 2022, Sherman discussed food security with Senik and with Rinkevics. How did the two talks differ?"
    assert "food" in analyse(q).parts[0].topic


def test_which_region_asks_a_region_and_a_region_named_answers():
    from assistant.qa.answer_types import has_answer_type

    q = "When Harris met Prayut in November 2022, which region did she say the two countries share an interest in?"
    assert analyse(q).parts[0].answer_type == "region"
    assert has_answer_type(
        "She underscored our shared interest in a prosperous and resilient Southeast Asia.", "region"
    )
    assert has_answer_type("They discussed challenges across the Mekong sub-region.", "region")
    assert not has_answer_type("They discussed trade and investment.", "region")


def test_grateful_asks_thanks():
    q = analyse("In the President's year-end call about the wildfires, whom did he say he was grateful to?")
    assert q.parts[0].kinds[:1] == ("thanked",) and "grate" not in q.parts[0].topic


def test_a_member_of_a_state_or_the_cabinet_is_a_person_and_a_number_word_states_its_digits():
    from assistant.qa.coverage import topic_coverage

    assert analyse("At Biden's meeting with House Democrats, which Virginia member attended?").parts[0].answer_type == (
        "person"
    )
    assert analyse("Which NATO member did Biden thank?").parts[0].answer_type != "person"
    one = lambda t: 1.0
    assert topic_coverage("President's Meeting with 11 House Democrats", ("eleven", "democrat"), one) == 1.0
    assert topic_coverage("They met eleven House Democrats.", ("11", "democrat"), one) == 1.0


def test_the_second_readers_mends_of_round_32():
    from assistant.qa.answer_types import has_answer_type

    # a region may be given as a place is ("stability in the Eastern Mediterranean", "bridges into Tigray")
    assert has_answer_type("They agreed on promoting stability in the Eastern Mediterranean.", "region")
    assert has_answer_type("The Secretary condemned the destruction of bridges into Tigray.", "region")
    # "Blinken and the foreign ministers of Japan and South Korea": the countries of a plural office are sides
    q = analyse("What did Blinken and the foreign ministers of Japan and South Korea condemn in July 2022?")
    assert "Japan" in q.office_parties and set(q.titled_parties) >= {"Japan", "South Korea"}
    # "which call with a governor" still asks for someone; "which meeting with activists" does not
    assert analyse("Which call with a governor did Biden hold about Hurricane Ian?").parts[0].answer_type == "person"
    assert analyse("Which meeting with pro-democracy activists had him commit to aid?").parts[0].answer_type == "free"


def test_a_death_toll_asks_a_number():
    assert analyse("What civilian death toll in Ukraine did Blinken and Rau cite in their call?").parts[
        0
    ].answer_type == ("number")


def test_a_leaders_war_is_what_was_talked_about_wherever_the_one_who_met_is_named():
    q = analyse("Which crisis caused by Putin's war did Blinken say called for a global response?")
    assert q.people == ("Blinken",) and q.topic_people == ("Putin",), q
    # alone, or before a meeting of theirs, a leader is who met
    assert analyse("What did Putin's call with Macron cover?").people == ("Putin", "Macron")
    assert analyse("What did Putin's war mean for the grain deal?").people == ("Putin",)


def test_a_closing_whether_or_clause_says_what_counts_and_is_no_part():
    q = analyse("In which readouts does Fulbright come up, whether the exchange program itself or an institution?")
    assert q.list_intent and q.parts[0].topic == ("fulbright",), q.parts
    # a "whether" asked, not set out as a qualifier, stays the question
    assert analyse("Did they discuss whether to extend the deal or let it lapse?").parts[0].answer_type == "yesno"
    # nor a closing "counting ..." clause: what kinds of meeting count, not a topic nor the meeting kind
    q = analyse("How many readouts record Biden talking with Liz Truss, counting calls, meetings and group calls?")
    assert q.count_intent and q.meeting_kind is None and "count" not in q.parts[0].topic, q
    # nor is "engage": how they met, not what about
    q = analyse(
        "How many times did Blinken engage NATO Secretary General Stoltenberg in 2022, counting calls and meetings?"
    )
    assert q.parts[0].topic == ("blinken", "stoltenberg"), q.parts[0]
    # what a meeting counted is still a topic when it is no closing clause
    assert "count" in analyse("What did Biden say about counting the votes?").parts[0].topic


def test_them_after_a_part_asking_who_are_those_people_not_a_topic():
    q = analyse(
        "Which two advisers to Lithuania's president did Jake Sullivan meet in October 2022, and what U.S. "
        "commitment did he reiterate to them?"
    )
    assert "advis" not in q.parts[1].topic, q.parts[1]
    # after a part about something, "it" is that thing
    it = analyse("What did they say about the Haiti mission, and who will lead it?")
    assert "haiti" in it.parts[1].topic, it.parts[1]


def test_what_an_amount_is_for_is_its_topic_and_money_names_only_the_answer():
    part = analyse("How much money for educational cooperation did Sherman announce in Vientiane?").parts[0]
    assert {"educ", "cooper"} <= set(part.topic) and "money" not in part.hints, part
    naacp = analyse("In which readouts does the NAACP appear, under its acronym or its full name?")
    assert naacp.list_intent and naacp.parts[0].topic == ("naacp",), naacp.parts


def test_an_office_after_a_verb_is_not_the_names_office():
    # "which G7 statement did Deputy Secretary Sherman ...": the deputy secretary is Sherman's office, not the G7's
    q = analyse(
        "In her February 2022 call with Japanese Vice Foreign Minister Mori, which G7 statement did Deputy "
        "Secretary Sherman point to?"
    )
    assert "G7" not in q.parties and "G7" not in q.office_parties and "G7" in q.topic_parties
    assert "Japan" in q.office_parties
    # two words between a country and its office still make the office the country's
    q = analyse("What did Blinken discuss with Japan's new foreign minister Hayashi in November 2021?")
    assert "Japan" in q.office_parties


def test_getting_ready_is_the_topic_and_an_elliptical_part_asks_it_again():
    q = analyse("Which summit did he say they were getting ready for, and on what topics?")
    first, second = q.parts
    assert first.topic == ("readi",)  # "getting" is a light verb; "ready" is stated by "preparations"
    assert second.topic == first.topic  # "..., and on what topics?" asks the topics of the same thing
    # a later part with a topic of its own keeps it
    q = analyse("What did they say about Haiti, and what about the Summit of the Americas?")
    assert q.parts[-1].topic != q.parts[0].topic


def test_a_roundtable_held_sets_the_scene_and_supposed_to_says_nothing_of_what():
    # a roundtable someone held sets the scene: its words say which meeting, not what answers
    q = analyse(
        "At a roundtable on abortion access that the Vice President held with college heads, what caused confusion?"
    )
    assert q.parts[0].topic == ("caus", "confus") and "abort" in q.parts[0].hints, q.parts[0]
    # a roundtable alone, no one holding it, is no scene: its words still say what it was about
    q = analyse("At the reproductive-rights roundtable where a governor joined her, what did participants urge?")
    assert "reproduct" in q.parts[0].topic, q.parts[0]
    # "supposed to", "meant to" say nothing of what
    assert analyse("What was the following week's meeting supposed to focus on?").parts[0].topic == ("week",)
    assert analyse("What was the fund meant to pay for?").parts[0].topic == ("fund", "pay")


def test_a_thing_named_by_its_sum_is_answered_by_a_sentence_with_that_sum():
    from assistant.qa.fitting import answer_type_missing

    part = analyse(
        "Over how many years will the $10 million for youth violence reduction in Jamaica, announced when Harris "
        "met PM Holness in March 2022, be spread?"
    ).parts[0]
    other = "The United States is moving forward on $20 million of investment over 5 years for key industries."
    assert answer_type_missing(other, part) != ""
    same = "The United States will provide $10 million over 3 years to reduce youth violence."
    assert answer_type_missing(same, part) == ""
    # a sum that only sets the scene ("an extra $800 million") names nothing after "the"
    free = analyse("How many vaccine doses did they announce at the meeting where an extra $800 million was pledged?")
    assert answer_type_missing("They announced 500,000 vaccine doses.", free.parts[0]) == ""


def test_a_countrys_side_of_the_meeting_is_a_side():
    q = analyse("Besides Eyal Hulata, who else on the Israeli side did Deputy Secretary Sherman meet in August 2021?")
    assert "Israel" in q.parties and "Israel" in q.office_parties, q
    q = analyse("Who led the talks from the Japanese delegation in Tokyo?")
    assert "Japan" in q.parties, q


def test_a_when_clause_inside_a_leading_clause_is_not_the_question():
    q = (
        "At the end of August 2021, when the President held back-to-back conversations with hurricane forecasters "
        "ahead of a major storm's landfall, how many parishes did the emergency declaration he had approved cover?"
    )
    assert answer_type(q) == "number"
    assert about_meeting(q) is False
    # a "when" that asks, after a leading clause, still asks the date
    assert answer_type("In May 2022, when did Biden and Kishida meet?") == "date"


def test_a_sum_set_beside_the_one_asked_or_a_whole_asked_a_share_of_names_nothing():
    from assistant.qa.fitting import answer_type_missing

    beside = analyse("Besides the $530 million loan, how much did the United States announce for Ecuador?").parts[0]
    assert answer_type_missing("The United States also announced $20 million to support Ecuador.", beside) == ""
    share = analyse("Of the $713 million in Foreign Military Financing, how much is for Ukraine?").parts[0]
    assert answer_type_missing("More than $322 million in this obligation is for Ukraine.", share) == ""


def test_a_question_word_inside_a_noun_phrase_starts_a_part():
    # ", and the security of which region did they talk about?" asks a second thing
    parts = split_parts(
        "When Biden met Draghi on 29 October 2021, which historic achievement did the two recognize, and the "
        "security of which region did they talk about?"
    )
    assert parts[1] == "the security of which region did they talk about?", parts
    assert len(parts) == 2
    # no question word after the noun phrase: one part
    assert len(split_parts("What did they say about the security of the region, and the leaders of Europe?")) == 1


def test_they_as_the_sides_carries_no_topic_to_a_later_part():
    # "what did they promise each other": "they" are the sides, so the part asks a kind of statement, not the
    # first part's topic; "it" still stands for the topic before it
    q = analyse(
        "In Blinken's August 5, 2021 call with Abdullah Abdullah, what did they talk about regarding the peace "
        "process, and what did they promise each other at the end?"
    )
    assert "process" in q.parts[0].topic and "process" not in q.parts[1].topic, q.parts
    carried = analyse("What did they say about the Haiti mission, and who will lead it?")
    assert carried.parts[1].topic == carried.parts[0].topic, carried.parts


def test_which_room_asks_a_place():
    assert answer_type("In which room of the White House did Biden host the four congressional leaders?") == "place"
    assert answer_type("Which building did they visit in Kyiv?") == "place"
