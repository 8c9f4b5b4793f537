"""The web chat's filters, timeline and statement-kind tags, without a browser: what the controls pass to
``ask(filters=...)``, the library's messages shown as one line, the timeline's HTML (one point per dated meeting,
undated meetings listed, everything escaped) and the tags beside citations."""

from __future__ import annotations

import datetime
import html
import re

import pytest

from tests.test_ui import SECURITY_Q, handlers_for, serve

gr = pytest.importorskip("gradio")

from assistant.render import STATEMENT_LABELS, esc, kind_tag  # noqa: E402
from assistant.ui import conversations as conv  # noqa: E402
from assistant.ui import filters as flt  # noqa: E402
from assistant.ui import timeline as tl  # noqa: E402
from assistant.ui import views  # noqa: E402


def _meeting(source, date, countries, title=None, kind="meeting", place=None, issuer="United States"):
    return {
        "source": source,
        "title": title or source,
        "date": date,
        "kind": kind,
        "place": place,
        "countries": list(countries),
        "issuer": issuer,
        "participants": [],
    }


def _points(page_html: str) -> list[str]:
    """The readouts the timeline's points open, in page order."""
    return [html.unescape(m) for m in re.findall(r'<a class="ra-tl-pt[^"]*"[^>]*data-source="([^"]*)"', page_html)]


# --------------------------------------------------------------------------- the controls' values


def test_controls_become_the_filters_dict_of_the_public_api():
    assert flt.from_controls("Japan", "", None, "2024", "call") == {
        "country": "Japan",
        "before": "2024",
        "kind": "call",
    }
    assert flt.from_controls() == {}
    assert flt.from_controls("  ", "  Foreign\n Minister ", " 2023-01-01 ") == {
        "person": "Foreign Minister",
        "after": "2023-01-01",
    }
    assert flt.clean({"after": 2023, "country": ["Japan"], "kind": True, "colour": "red"}) == {"after": "2023"}
    assert flt.clean("country=Japan") == {} and flt.clean(None) == {}
    assert len(flt.clean({"person": "x" * 5000})["person"]) == flt.MAX_VALUE


def test_status_line_says_whether_filters_are_active():
    none = flt.status_html({}, total=5)
    assert "No filters" in none and "5 readouts" in none and "Filters active" not in none
    on = flt.status_html({"country": "Japan", "kind": "virtual_meeting"}, 1, 5)
    assert "Filters active" in on and "country: Japan" in on and "kind: virtual meeting" in on
    assert "1 of 5 readouts fit" in on
    assert "questions will find nothing" in flt.status_html({"country": "Peru"}, 0, 5)
    bad = flt.status_html({"after": "soon"}, error="The 'after' filter 'soon' is not a date.")
    assert 'role="alert"' in bad and "is not a date" in bad
    evil = flt.status_html({"person": "<script>alert(1)</script>"}, 0, 5)
    assert "<script>" not in evil and "&lt;script&gt;" in evil


@pytest.mark.parametrize(
    "filters, message",
    [
        ({"after": "next spring"}, "is not a date. Write it as YYYY-MM-DD"),
        ({"kind": "lunch"}, "Unknown kind 'lunch'. Meeting kinds: call, meeting"),
        ({"after": "2024", "before": "2023"}, "The date range is empty"),
    ],
)
def test_the_librarys_messages_show_as_one_line(fake_assistant, filters, message):
    handlers = handlers_for(fake_assistant)
    status, timeline = handlers.filter_view(filters)
    assert timeline is None  # the timeline stays as it was
    assert message in html.unescape(status) and 'role="alert"' in status
    assert "Traceback" not in status and status.count("\n") == 0


def test_the_choices_come_from_the_indexed_meetings(fake_assistant):
    ch = handlers_for(fake_assistant).filter_choices()
    assert ch["country"][0] == ("Any country", "") and ch["kind"][0] == ("Any kind", "")
    countries = {v for _, v in ch["country"]}
    assert {"Japan", "Mexico", "Kenya", "Germany", "Indonesia", "United States"} <= countries
    assert ("call (2)", "call") in ch["kind"] and ("meeting (3)", "meeting") in ch["kind"]
    # the seeds name roles, not people: participants known by title are offered by title
    people = {v for _, v in ch["person"]}
    assert {"Secretary of State", "Foreign Minister", "National Security Advisor"} <= people


# --------------------------------------------------------------------------- asking under filters


def test_questions_and_follow_ups_are_asked_within_the_filters(fake_assistant, monkeypatch):
    seen: list = []
    real_stream = fake_assistant.stream

    def spy(question, history=None, **kw):
        seen.append(kw.get("filters"))
        yield from real_stream(question, history=history, **kw)

    monkeypatch.setattr(fake_assistant, "stream", spy)
    respond = handlers_for(fake_assistant).respond
    controls = ("Mexico", "", "", "", "")
    fitting = {m.source for m in fake_assistant.meetings(country="Mexico")}
    *_, (messages, turns, _) = respond(SECURITY_Q, [], *controls)
    *_, (messages, turns, _) = respond("And on migration?", turns, *controls)
    assert seen == [{"country": "Mexico"}, {"country": "Mexico"}]
    for t in turns:
        assert t["filters"] == {"country": "Mexico"}
        assert t["answer"]["citations"] and {c["source"] for c in t["answer"]["citations"]} <= fitting
    assert messages[1]["content"].startswith('<div class="ra-filtered">Filtered: country: Mexico</div>')
    # without filters nothing is passed and nothing is noted
    *_, (messages, turns, _) = respond(SECURITY_Q, [])
    assert seen[-1] is None and not turns[0]["filters"] and "ra-filtered" not in messages[1]["content"]


def test_filters_the_library_rejects_keep_the_question_and_say_why(fake_assistant):
    told: list = []
    handlers = handlers_for(fake_assistant)
    handlers.notify = lambda kind, message: told.append((kind, message))
    earlier = [{"question": "q", "answer": None, "error": "e"}]
    updates = list(handlers.respond(SECURITY_Q, earlier, "", "", "2024-13-45", "", ""))
    assert len(updates) == 1
    messages, turns, box = updates[0]
    assert turns == earlier and box == SECURITY_Q  # nothing asked; the question stays in its box
    assert told and told[0][0] == "warning" and "is not a date" in told[0][1] and "\n" not in told[0][1]


def test_a_conversation_keeps_the_filters_it_was_asked_under():
    cited = {
        "marker": 1,
        "start": 0,
        "end": 4,
        "source": "a.txt",
        "quote": "abcd",
        "title": "A",
        "date": None,
        "kind": "agreed",
        "actor": "both",
    }
    answer = {"text": "t [1]", "abstained": False, "citations": [cited]}
    turns = [
        {"question": "q1", "answer": answer, "error": None, "filters": {"country": "Japan", "bogus": "x"}},
        {"question": "q2", "answer": answer, "error": None, "filters": {"country": "Japan", "after": "2023"}},
    ]
    store, conv_id = conv.save(None, None, turns)
    kept = conv.find(store, conv_id)["turns"]
    assert kept[0]["filters"] == {"country": "Japan"}  # unknown keys from the browser are dropped
    kept_citation = kept[0]["answer"]["citations"][0]
    assert (kept_citation["kind"], kept_citation["actor"]) == ("agreed", "both")
    assert flt.last_filters(kept) == {"country": "Japan", "after": "2023"}
    assert flt.last_filters([]) == {} and flt.last_filters([{"question": "q"}]) == {}
    assert "_Filtered: country: Japan \u00b7 after: 2023_" in conv.conversation_markdown(kept)


def test_reopening_a_conversation_brings_back_its_filters(fake_assistant):
    chat = ui_app(fake_assistant)
    *_, (_, turns, _) = chat.handlers.respond(SECURITY_Q, [], "Mexico", "", "2024", "", "call")
    store, _, conv_id, _ = chat.finish(turns, None, None)
    out = chat.restore(store)
    country, person, after, before, kind, status, clear, timeline, shown = out[6:]
    assert (country.value, person.value, after.value, before.value, kind.value) == ("Mexico", "", "2024", "", "call")
    assert "Filters active" in status and clear.visible is True
    assert _points(timeline) == ["mexico-migration-call.txt"]
    assert shown == {"country": "Mexico", "after": "2024", "kind": "call"}
    assert chat.apply_filters("Mexico", "", "2024", "", "call", shown) == (gr.skip(),) * 4  # a box merely left
    status, clear, timeline, shown = chat.apply_filters("Mexico", "", "", "", "", shown)
    assert "country: Mexico" in status and clear.visible is True and shown == {"country": "Mexico"}
    cleared = chat.clear_filters()
    assert [c.value for c in cleared[:5]] == [""] * 5 and "No filters" in cleared[5]
    assert cleared[6].visible is False and len(_points(cleared[7])) == 4 and cleared[8] == {}


def ui_app(asst):
    from assistant.ui import app

    return app.build_app(asst, examples=[])


def test_ask_endpoint_takes_filters(fake_assistant):
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    with serve(fake_assistant, examples=[]) as (url, _):
        client = Client(url, verbose=False)
        result = client.predict(SECURITY_Q, None, {"country": "Mexico"}, api_name="/ask")
        with pytest.raises(AppError) as bad:
            client.predict(SECURITY_Q, None, {"after": "soon"}, api_name="/ask")
    assert result["citations"] and {c["source"] for c in result["citations"]} == {"mexico-migration-call.txt"}
    assert "is not a date" in str(bad.value) and "Traceback" not in str(bad.value)


# --------------------------------------------------------------------------- the timeline


def test_timeline_of_the_seeds_has_one_point_per_dated_meeting_and_lists_the_undated(fake_assistant):
    meetings = [m.to_dict() for m in fake_assistant.meetings()]
    dated = [m for m in meetings if m["date"]]
    undated = [m for m in meetings if not m["date"]]
    assert len(dated) == 4 and [m["source"] for m in undated] == ["us-japan-foreign-ministers.txt"]
    page = tl.render_timeline(meetings)
    assert sorted(_points(page)) == sorted(m["source"] for m in dated)  # one row per counterpart country
    for country in ("Germany", "Indonesia", "Kenya", "Mexico"):
        assert f'<span class="ra-tl-country" title="{country}: 1 meeting">{country} ' in page
    assert "United States" not in page  # the issuer's own country is not a row of its own
    undated_part = page.split('class="ra-tl-undated"')[1]
    assert "Date unknown (1)" in undated_part and "us-japan-foreign-ministers.txt" in undated_part
    assert "1 with the date unknown" in page
    for href in re.findall(r'href="([^"]+)"', page):  # every point and item opens its readout in the viewer
        kind, start, end, _, source = views.parse_ref(html.unescape(href))
        assert kind == "doc" and (start, end) == (-1, -1) and fake_assistant.readout(source) is not None
    # each point is a link with a name that says what it opens
    labels = [html.unescape(x) for x in re.findall(r'aria-label="([^"]+)"', page)]
    assert (
        "Mexico: Readout of the National Security Advisor's Call with Mexico's Foreign Secretary, 2 Feb 2024, "
        "call. Open the readout." in labels
    )


def test_timeline_positions_points_by_date_and_folds_rare_countries():
    meetings = [
        _meeting(f"c{i}-{j}.txt", f"202{j}-0{i % 9 + 1}-15", [f"Country {i}", "United States"])
        for i in range(9)
        for j in range(1 + (i < 3))
    ]
    page = tl.render_timeline(meetings, top=6)
    assert len(_points(page)) == len(meetings)
    shown, folded = page.split('<details class="ra-tl-more">')
    assert shown.count('class="ra-tl-row"') == 6 and folded.count('class="ra-tl-row"') == 3
    assert "<summary>3 more countries</summary>" in folded
    assert shown.index("Country 0") < shown.index("Country 3")  # the most frequent first
    xs = [float(x) for x in re.findall(r"--x:([\d.]+)%;--lane", page)]
    assert min(xs) == pytest.approx(tl.PAD) and max(xs) == pytest.approx(100 - tl.PAD)


def test_timeline_keeps_close_points_apart_and_escapes_what_readouts_contribute():
    evil = '<script>alert(1)</script> "quoted" ${value} {{x}}'
    meetings = [
        _meeting("a&b.txt", "2024-05-01", ["<b>Ruritania</b>"], title=evil, place="<i>Zenda</i>"),
        _meeting("b.txt", "2024-05-02", ["<b>Ruritania</b>"], title=evil, kind="call"),
        _meeting("u.txt", None, ["<b>Ruritania</b>"], title=evil),
    ]
    page = tl.render_timeline(meetings)
    for raw in ("<script>", "<b>", "<i>", "${value}", "{{x}}", '"quoted"', "a&b.txt"):
        assert raw not in page
    assert esc("<b>Ruritania</b>") in page and esc("a&b.txt") in page
    lanes = re.findall(r"--lane:(\d)", page)
    assert sorted(lanes) == ["0", "1"]  # a day apart: stacked, not on top of each other
    assert "ra-tl-pt ra-tl-remote" in page  # a call is drawn hollow
    assert "Date unknown (1)" in page


def test_timeline_empty_and_one_day():
    assert "No meeting fits the filters." in tl.render_timeline([], filtered=True)
    assert "No meetings are indexed yet." in tl.render_timeline([])
    only = tl.render_timeline([_meeting("x.txt", None, ["Japan"])])
    assert _points(only) == [] and "Date unknown (1)" in only and "0 dated meetings" in only
    one = tl.render_timeline([_meeting("x.txt", "2024-02-29", ["Japan"])], filtered=True)
    assert _points(one) == ["x.txt"] and "29 Feb 2024" in one and "fitting the filters" in one
    assert re.search(r"--x:50\.00%", one)  # alone: in the middle of a month either side
    many = tl.render_timeline([_meeting(f"u{i}.txt", None, ["Japan"]) for i in range(tl.UNDATED_OPEN + 1)])
    assert f'<details class="ra-tl-undated"><summary>Date unknown ({tl.UNDATED_OPEN + 1})</summary>' in many
    assert many.count('class="ra-tl-undated-link"') == tl.UNDATED_OPEN + 1  # folded, not dropped


def test_ticks_are_months_or_years_and_few_enough():
    d = datetime.date
    months = tl.ticks(d(2023, 8, 21), d(2024, 3, 14))
    assert 2 <= len(months) <= tl.MAX_TICKS and months[0][1].endswith("2023")
    assert all(t.day == 1 for t, _ in months) and any(label == "Jan 2024" for _, label in months)
    years = tl.ticks(d(2012, 3, 1), d(2025, 6, 1))
    assert len(years) <= tl.MAX_TICKS and all(label.isdigit() for _, label in years)
    assert tl.ticks(d(2024, 1, 1), d(2024, 1, 20))[0] == (d(2024, 1, 1), "Jan 2024")


# --------------------------------------------------------------------------- statement-kind tags


@pytest.mark.parametrize(
    "kind, label",
    [
        ("agreed", "agreed"),
        ("discussed", "discussed"),
        ("expressed_concern", "expressed concern"),
        ("condolences", "offered condolences"),
        ("met", "the meeting"),
    ],
)
def test_citations_carry_a_statement_kind_tag(kind, label):
    cited = {
        "marker": 1,
        "start": 0,
        "end": 4,
        "source": "a.txt",
        "quote": "abcd",
        "title": "A",
        "date": None,
        "kind": kind,
        "actor": "both",
    }
    page = views.render_answer({"text": "It was so [1].", "abstained": False, "citations": [cited]})
    row = page.split('class="ra-fn-row"')[1]
    tag = re.search(r'<span class="ra-kind ra-kind-[a-z_]+"[^>]*>(.*?)</span></span>', row).group(0)
    assert re.sub(r'<span class="ra-sr">[^<]*</span>', "", tag).endswith(f">{label}</span>")  # what is seen
    spoken = re.sub(r"<[^>]+>", "", tag)  # what a screen reader says
    assert spoken == f"statement kind: {label} (by both sides)"
    tip = page.split('class="ra-tip"')[1].split('class="ra-fn-row"')[0]
    assert f">{label}<" in tip  # the marker's tooltip names the kind too
    assert STATEMENT_LABELS[kind] == label


def test_no_tag_without_a_kind_and_odd_kinds_are_escaped():
    cited = {"marker": 1, "start": 0, "end": 4, "source": "a.txt", "quote": "abcd", "title": "A", "date": None}
    assert "ra-kind" not in views.render_answer({"text": "x [1]", "citations": [cited]})
    odd = kind_tag({"kind": '"><script>x</script>', "actor": "<b>Someone</b>"})
    assert "<script>" not in odd and "<b>" not in odd and "&lt;b&gt;Someone" in odd
    assert "issuing side" in kind_tag({"kind": "urged", "actor": "issuer"})
