"""What describes the meeting or the people, not the topic: a lower-case office before a name, a closing clause
that dates the meeting by another event, and what the question sets aside; "deplore" asks for a condemnation."""

from __future__ import annotations

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.titled import title_words


def test_deplore_asks_for_a_condemnation_and_its_verb_is_no_topic_of_the_next_part():
    q = analyse(
        "What did Blinken and Afghan reconciliation council chairman Abdullah Abdullah deplore in their August 2021 "
        "call, and what did they promise each other?"
    )
    assert q.parts[0].kinds == ("condemned",)
    assert q.parts[1].kinds[:1] == ("committed",)
    assert not {"deplor", "reconcili", "council"} & set(q.parts[0].topic + q.parts[1].topic)


def test_a_lower_case_office_before_a_name_is_who_not_what():
    assert {"reconciliation", "council"} <= title_words("Did Afghan reconciliation council chairman Abdullah call?")
    # a word the question also uses for its topic stays the topic
    assert "energy" not in title_words("What did they say about energy security with the energy minister Kerry?")


def test_a_lower_case_description_before_a_name_is_who_not_what():
    # "human rights defender", "opposition activist": who the person is, not what the meeting was about
    met = "What came up when Blinken met human rights defender Natan Sharansky?"
    assert {"human", "rights", "defender"} <= title_words(met)
    assert not {"human", "right", "defend"} & set(analyse(met).parts[0].topic)
    assert "activist" in title_words("What did Blinken discuss with activist Natan Sharansky?")
    # the same words as the topic stay the topic
    assert "rights" not in title_words("What did Blinken say on human rights to human rights defender Natan Sharansky?")


def test_an_event_that_dates_the_meeting_is_neither_its_topic_nor_its_kind():
    q = analyse(
        "What did Deputy Secretary Sherman and EEAS Secretary General Sannino agree on when they met in Brussels "
        "in April 2022, before the U.S.-EU dialogue on China?"
    )
    assert not {"china", "dialogu"} & set(q.parts[0].topic)
    assert q.meeting_kind != "dialogue"


def test_what_the_question_sets_aside_is_no_side_of_the_meeting():
    q = analyse(
        "Apart from their dialogue on China, what did Deputy Secretary Sherman and EEAS Secretary General Sannino "
        "agree to do when they met in Brussels on May 26, 2021?"
    )
    assert "China" not in q.parties and q.meeting_kind != "dialogue"
    # "go beyond" compares; it sets nothing aside
    beyond = "How did Biden's words in his July 2022 meeting with Abbas go beyond what he said on their May 2021 call?"
    assert analyse(beyond).meeting_kind == "call"  # as before: both meetings' words are read


def test_the_office_asked_for_does_not_make_its_holder_someone_the_question_names():
    from assistant.qa.coverage import names_someone_new

    q = (
        "Which governor did Vice President Harris single out for praise during her July 2022 meeting with North "
        "Carolina state legislators on reproductive rights?"
    )
    thanked = "The Vice President thanked North Carolina Governor Roy Cooper for using every tool to protect access."
    assert names_someone_new(thanked, q)
    # an office the question names besides the one it asks for still names its holder
    office = "Which official did Biden praise at his meeting with the North Carolina Governor?"
    assert not names_someone_new("Biden thanked North Carolina Governor Roy Cooper.", office)


def test_a_list_of_a_countrys_efforts_reads_the_country_among_the_meetings_sides():
    from assistant.qa.lists import alternatives

    question = "Which readouts cover Brazil's efforts to curb deforestation?"
    alt = alternatives(question, ("brazil", "effort", "curb", "deforest"))[0]
    idf = {"brazil": 5.5, "effort": 1.3, "curb": 6.5, "deforest": 5.9}.get
    bolsonaro = "They discussed President Bolsonaro's goals to combat illegal deforestation by 2030."
    assert alt.states(bolsonaro, idf, 0.6, sides="United States Brazil") > 0  # a meeting with Brazil
    # a readout of another meeting that names Brazil somewhere is not one ("Ukraine's efforts to tackle corruption"
    # is not Albania's)
    assert alt.states(bolsonaro, idf, 0.6, passage="They spoke of Brazil.", sides="United States Peru") == 0
    # a country alone must be in the sentence itself
    cuba = alternatives("Where in the readouts does Cuba come up?", ("cuba",))[0]
    assert cuba.states("They discussed migration.", idf, 0.6, passage="The Secretary met Cuba's envoy.") == 0


def test_a_meeting_that_only_dates_another_is_not_the_kind_asked_about():
    from assistant.qa.meeting_kinds import meeting_kind

    assert meeting_kind("And where had the two of them last met before that call?") == "meeting"
    assert meeting_kind("What did they discuss after their meeting in Berlin on their call?") == "call"


def test_a_lower_case_office_stops_at_a_function_word():
    assert "climate" not in title_words("Did Biden discuss climate with prime minister Modi in February 2021?")
    assert not title_words("Did Biden discuss energy with chancellor Scholz in February 2022?") & {"energy"}


def test_the_writer_is_no_name():
    from assistant.qa.question_names import names_in

    people, _ = names_in("I'm studying the Biden-Xi relationship in 2021. When did the two presidents speak?")
    assert "I'm" not in people and "I" not in people


def test_an_office_of_another_country_than_the_questions_names_someone_new():
    from assistant.qa.coverage import names_someone_new

    q = "With which UN official did U.S. Special Envoy Lenderking coordinate closely during his June 2021 trip?"
    assert names_someone_new("The Special Envoy coordinated closely with UN Special Envoy Martin Griffiths.", q)
    assert not names_someone_new(
        "President Hassan Sheikh Mohamud of Somalia thanked Biden.", "What did Somalia's president tell Biden?"
    )


def test_exchanges_between_people_are_their_meetings_not_a_topic():
    q = analyse("Which readouts record exchanges between Jake Sullivan and India's security adviser Ajit Doval?")
    assert "exchang" not in q.parts[0].topic
    assert "exchang" in analyse("Which readouts mention people-to-people exchanges with Japan?").parts[0].topic


def test_a_law_or_plan_named_asks_no_kind_of_statement():
    from assistant.qa.kinds_asked import asked_kinds

    assert asked_kinds("Which senators did Biden phone to push the Build Back Better Act?") == ("urged",)
    assert "committed" in asked_kinds("What did members of the Global Methane Pledge commit to?")


def test_a_body_the_title_meets_is_a_side_of_the_meeting():
    from assistant.qa.select import MeetingIndex
    from assistant.records import Meeting, Participant

    biden = Participant("Joseph R. Biden, Jr.", "President", "United States", "issuer")
    yoon = Participant("Yoon Suk Yeol", "President", "South Korea", "counterpart")
    title = "President Biden's Meeting with NATO's Indo-Pacific Partners"
    index = MeetingIndex.of([Meeting("a.txt", title, None, None, None, "multilateral", participants=(biden, yoon))])
    assert 0 in index.by_country["NATO"]
    # a country a call's title speaks of is not thereby a side ("Call with President Zelenskyy on Russia's war")
    war = "Call with President Zelenskyy on Russia's War"
    call = Meeting("b.txt", war, None, None, None, "call", participants=(biden,))
    assert 0 not in MeetingIndex.of([call]).by_country["Russia"]


def test_a_country_that_says_which_part_of_the_talks_is_their_topic():
    q = analyse("How did the Ukraine part of Sullivan's talks with Israeli adviser Hulata in February 2022 differ?")
    assert "Ukraine" not in q.parties and "ukrain" in q.parts[0].topic


def test_a_name_after_a_short_title_is_someone_new():
    from assistant.qa.coverage import names_someone_new

    q = "Who represented New York on Biden's call with Northeastern governors ahead of Hurricane Henri?"
    assert names_someone_new("- New York Gov. Andrew Cuomo", q)
    assert not names_someone_new("It ends here. New York was ready.", q)


def test_who_represented_a_body_is_the_participant_whose_line_names_it():
    from assistant.qa.participants import participants_asked
    from assistant.records import Meeting, Participant

    harris = Participant("Kamala Harris", "Vice President", "United States", "issuer")
    johnson = Participant("Derrick Johnson", "President and CEO, NAACP", "United States", "counterpart")
    other = Participant("Alexis McGill Johnson", "President, Planned Parenthood", "United States", "counterpart")
    m = Meeting("a.txt", "Roundtable", None, None, None, "meeting", participants=(harris, johnson, other))
    part = analyse("Who represented the NAACP at Harris's roundtable?").parts[0]
    assert participants_asked(part, m) == [johnson]
    nobody = analyse("Who represented New York at Harris's roundtable?").parts[0]
    assert participants_asked(nobody, m) == []  # the records name no one for it: a sentence may


def test_someone_an_action_is_about_is_no_side_of_the_meeting():
    q = analyse("Which Australian official did Sherman phone in April 2022 to work on making Putin answer for the war?")
    assert q.people == ("Sherman",) and "Putin" in q.topic_people
    assert analyse("What did Biden and Kishida discuss in May 2023?").people == ("Biden", "Kishida")


def test_when_did_that_conversation_take_place_asks_the_meetings_day():
    assert analyse("When did that conversation take place?").parts[0].about_meeting is True
    assert analyse("When did the extinction take place?").parts[0].about_meeting is False


def test_which_us_official_asks_for_a_person():
    from assistant.qa.analyse import answer_type

    assert answer_type("Which U.S. senator joined Vice President Harris at her June 2022 roundtable?") == "person"


def test_which_officials_are_others_than_the_ones_the_question_names():
    from assistant.qa.participants import participants_asked
    from assistant.records import Meeting, Participant

    sullivan = Participant("Jake Sullivan", "National Security Advisor", "United States", "issuer")
    giammattei = Participant("Alejandro Giammattei", "President", "Guatemala", "counterpart")
    m = Meeting("a.txt", "Meeting", None, None, None, "meeting", participants=(sullivan, giammattei))
    part = analyse("Which U.S. officials sat in on Jake Sullivan's meeting with President Giammattei?").parts[0]
    assert participants_asked(part, m) == []  # the records name no others: a sentence may
    who = analyse("Who took part in Jake Sullivan's meeting with President Giammattei?").parts[0]
    assert participants_asked(who, m) == [sullivan, giammattei]


def test_a_place_opening_a_sentence_is_a_place():
    from assistant.qa.answer_types import has_answer_type

    assert has_answer_type("At the G7 Summit, President Biden met with President Macky Sall of Senegal.", "place")
    assert not has_answer_type("At first, the President thanked him.", "place")


def test_the_reviews_near_misses_stay_as_they_were():
    from assistant.qa.meeting_kinds import meeting_kind
    from assistant.qa.question_names import names_in

    # someone the main verb acts on is still a side ("did Biden make Putin aware ...")
    assert "Putin" in analyse("During their December 2021 video call, did Biden make Putin aware of the costs?").people
    # another event's taking place is not the meeting's
    assert analyse("When did that attack take place?").parts[0].about_meeting is not True
    # a region's adjective is no one before a lower-case noun, nor (round 54) before a country, of which it names a
    # part ("Northern Ireland"); a longer name keeps it ("the Northern Ireland Protocol")
    assert "Northeastern" not in names_in("Who was on the call with Northeastern governors?")[0]
    assert names_in("Which Northern Ireland leaders did Harris meet in March 2021?")[0] == ["Harris"]
    assert names_in("Did they discuss the Northern Ireland Protocol?")[0] == ["Northern Ireland Protocol"]
    # exchanges between countries are a topic
    assert "exchang" in analyse("Did they discuss people-to-people exchanges between the two countries?").parts[0].topic
    assert meeting_kind("When did that conversation take place?") is None


def test_who_represented_a_body_the_records_give_as_a_country_and_which_officials_took_part():
    from assistant.qa.participants import participants_asked
    from assistant.qa.select import MeetingIndex
    from assistant.records import Meeting, Participant

    blinken = Participant("Antony Blinken", "Secretary", "United States", "issuer")
    borrell = Participant("Josep Borrell", "High Representative", "European Union", "counterpart")
    m = Meeting("a.txt", "Call", None, None, None, "call", participants=(blinken, borrell))
    part = analyse("Who represented the European Union in Blinken's call with Borrell?").parts[0]
    assert participants_asked(part, m) == [borrell]
    took_part = analyse("Which officials took part in Blinken's meeting with Borrell?").parts[0]
    assert participants_asked(took_part, m) == [blinken, borrell]
    venue = Meeting(
        "b.txt", "Meeting with the C5+1 Leaders at UNGA", None, None, None, "multilateral", participants=(blinken,)
    )
    assert 0 not in MeetingIndex.of([venue]).by_country["United Nations"]


def test_an_event_dating_the_scene_without_a_comma_and_a_call_paid_on_someone_are_scene():
    """'When Blinken called on Prime Minister Kishida in Tokyo in July 2022 after Abe Shinzo's assassination, what
    did he thank Kishida for?': the assassination dates the meeting (no comma needed), 'called on' is a visit paid,
    not a turn to a topic; what was thanked is asked by its kind."""
    from assistant.qa.topics import scene_words

    q = (
        "When Blinken called on Prime Minister Kishida in Tokyo in July 2022 after Abe Shinzo's assassination, what "
        "did he thank Kishida for?"
    )
    topic = analyse(q).parts[0].topic
    assert "assassin" not in topic and "abe" not in topic
    assert {"call", "assassin"} <= scene_words(q, True, whole=False)
    # a call about something still turns to its topic
    assert "semiconductor" not in scene_words(
        "During their call about semiconductors, what did they agree?", True, whole=False
    )


def test_a_clause_after_a_meeting_says_which_meeting():
    """'After the December 6, 2021 call among Biden, Macron, ... on Russia's build-up near Ukraine, what did the
    leaders agree their teams would do?': the clause says which call; what was agreed is of their teams."""
    q = analyse(
        "After the December 6, 2021 call among Biden, Macron, Merkel, Draghi and Johnson on Russia's build-up near "
        "Ukraine, what did the leaders agree their teams would do?"
    )
    topic = q.parts[0].topic
    assert "team" in topic and "build" not in topic and "near" not in topic


def test_the_question_after_a_dash_is_where_it_asks():
    """'Senior diplomats met a volunteer coalition helping resettle allies who had to flee - how did the readout
    frame the purpose of that meeting?': the relative 'who' is no question of a person; a question before the dash
    ('Which cabinet secretaries took part ... - how did ...') still asks from its start."""
    from assistant.qa.analyse import answer_type
    from assistant.qa.topics import focus

    q = (
        "Senior diplomats met a volunteer coalition helping relocate and resettle wartime allies who had to flee "
        "\u2014 how did the readout frame the purpose of that meeting?"
    )
    assert focus(q).startswith("how did") and answer_type(q) == "free"
    both = "Which cabinet secretaries took part in the meetings - how did the two differ?"
    assert focus(both).startswith("Which")


def test_a_lone_word_after_or_is_of_the_name_before_it():
    from assistant.qa.lists import alternatives

    question = "Which readouts bring up LGBTQI+ rights or communities?"
    alts = alternatives(question, ("lgbtqi", "right", "communiti"))
    idf = {"lgbtqi": 7.0, "right": 1.5, "communiti": 1.8, "fertil": 6.0, "food": 3.0, "secur": 1.5}.get
    # not every readout that speaks of communities
    assert all(a.states("They discussed support for local communities.", idf, 0.6) == 0 for a in alts)
    assert any(a.states("They spoke about protecting LGBTQI+ communities.", idf, 0.6) > 0 for a in alts)
    # a word of no name before it stays as written: "food security or fertilizer"
    food = alternatives("Which readouts mention food security or fertilizer?", ("food", "secur", "fertil"))
    assert any(a.states("They discussed fertilizer exports.", idf, 0.6) > 0 for a in food)


def test_southeast_is_not_south_and_southeast_asian_is_stated_by_asean():
    from assistant.qa.coverage import topic_coverage

    idf = {"southeast": 5.0, "asian": 4.0, "crisi": 3.0}.get
    topic = ("southeast", "asian", "crisi")
    sea = "The leaders discussed the situation in the South China Sea and freedom of navigation."
    burma = "They also discussed ASEAN matters, the crisis in Burma, and respect for human rights."
    assert topic_coverage(sea, topic, idf) == 0  # "south" is no form of "southeast"
    assert topic_coverage(burma, topic, idf) == 1.0  # ASEAN states "Southeast Asian"
    assert topic_coverage("They spoke of southeastern Europe.", ("southeast",), idf) == 1.0


@pytest.mark.parametrize(
    "a, b, kin",
    [
        ("ukrain", "ukrainian", True),
        ("partner", "partnership", True),
        ("respond", "respons", True),
        ("democrat", "democraci", True),
        ("migrat", "migrant", True),
        ("europ", "european", True),
        ("cyber", "cybersecur", True),
        ("cyber", "cyberspac", True),
        ("matern", "materi", False),  # maternal health is not material support
        ("spoke", "spokesperson", False),
        ("invest", "investig", False),
        ("human", "humanitarian", False),
        ("india", "indiana", False),
        ("communiti", "communic", False),
    ],
)
def test_forms_of_one_word_and_two_words_sharing_letters(a, b, kin):
    from assistant.qa.coverage import _kin

    assert _kin(a, b) is kin and _kin(b, a) is kin


def test_a_lone_word_after_a_name_alone_is_its_own_alternative():
    from assistant.qa.lists import alternatives

    alts = alternatives("Which readouts mention COVAX or vaccines?", ("covax", "vaccin"))
    idf = {"covax": 7.0, "vaccin": 3.0}.get
    assert any(a.states("They discussed donating COVID-19 vaccines to Jordan.", idf, 0.6) > 0 for a in alts)


def test_a_closing_clause_of_meeting_asks_no_kind_when_the_question_before_it_asks_none():
    q = analyse("Which border crossings did Biden and Trudeau name when they discussed the blockades in their call?")
    assert q.parts[0].kinds == ()
    assert "blockad" in q.parts[0].topic  # what they discussed stays what the answer is about
    # a kind asked before the clause is kept
    assert analyse("What did they agree to look into when she hosted him for breakfast?").parts[0].kinds[0] == "agreed"


def test_a_participle_opening_the_question_is_no_one_s_name():
    from assistant.qa.question_names import names_in

    assert names_in("Closing her call with President Ali, what did Harris say?")[0] == ["Ali", "Harris"]
    assert names_in("Turning to Haiti, what did Biden say?")[0] == ["Biden"]
    assert names_in("Pershing met whom?")[0] == ["Pershing"]  # a name ending in -ing before a verb stays one
    assert names_in("Lenderking in Saudi Arabia met with which officials?")[0] == ["Lenderking"]  # nor before "in"


def test_on_the_table_asks_what_was_discussed():
    q = analyse("What else was on the table when Biden hosted the congressional leaders?")
    assert q.parts[0].kinds == ("discussed",) and "tabl" not in q.parts[0].topic
    # a table asked about is the topic: "Which readouts mention the negotiating table?"
    table = analyse("Which readouts mention the negotiating table?").parts[0]
    assert table.kinds == () and "tabl" in table.topic


def test_a_closing_clause_of_meeting_may_date_it_with_a_comma():
    # "... on November 29, 2022?": the year after its comma is still the clause that says which meeting
    q = analyse("What was discussed when Biden hosted the four congressional leaders on November 29, 2022?")
    assert not {"four", "congression"} & set(q.parts[0].topic)
