"""The evaluation report's HTML (a jinja2 template, autoescaped, self-contained) and terminal summary (issue 13):
short readout labels with the file name on hover, the histogram's y-axis, gold evidence in <mark>, failures
expanded and passes collapsed, filter and search controls, and a test-set name that never breaks mid-word."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest

from assistant.eval import report as render
from assistant.eval.run import Report, evaluate

from .test_eval_run import NEW_ROWS, ScriptedConversationAssistant, new_field_report


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each <mark>."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1] += data


def parse(page: str) -> _Elements:
    p = _Elements()
    p.feed(page)
    return p


def test_the_page_is_rendered_from_the_template_files():
    from pathlib import Path

    templates = Path(render.__file__).parent / "templates"
    assert {p.name for p in templates.iterdir()} >= {"report.html", "report.css", "report.js"}
    page = new_field_report().to_html()
    css = (templates / "report.css").read_text()
    js = (templates / "report.js").read_text()
    assert css in page and js in page  # inlined as they are: the page needs no other file
    source = Path(render.__file__).read_text()
    assert "<table" not in source and "<tr" not in source  # no f-string HTML left in the renderer


def test_page_is_self_contained_with_exactly_our_one_script():
    page = new_field_report().to_html()
    tags = parse(page).tags
    scripts = [a for t, a in tags if t == "script"]
    assert scripts == [{"id": "report-js"}]
    assert not [a for t, a in tags if t in ("link", "img", "iframe")]
    assert not re.search(r"(src|href)=['\"](https?:)?//", page)
    assert [a.get("href") for t, a in tags if t == "a"] == [
        a.get("href") for t, a in tags if t == "a" and a.get("href", "").startswith("#")
    ]


def test_hostile_text_is_escaped_everywhere_including_attributes_and_the_search_text():
    hostile = "<script>alert(1)</script>\"' onmouseover=x"
    rows = [dict(NEW_ROWS[0], id="<b>id</b>", type=hostile, question=hostile + "?")]
    asst = ScriptedConversationAssistant(
        {hostile + "?": ScriptedConversationAssistant().script["What did they agree?"]},
        titles={"a.txt": (hostile, "2024-01-01"), "b.txt": ("B", None), "c.txt": ("C", None)},
    )
    page = evaluate(asst, rows, k=3).to_html()
    assert "<script>alert" not in page and "<b>id</b>" not in page
    assert "onmouseover=x" not in re.sub(r"&#3[49];\s*onmouseover=x", "", page)
    tags = parse(page).tags
    assert len(tags) > 50
    assert all("onmouseover" not in a for _, a in tags)
    assert any(a.get("data-type") == hostile for t, a in tags if t == "details")  # the value survives, escaped


def test_readouts_are_labelled_by_short_title_and_date_with_the_file_name_on_hover():
    page = new_field_report().to_html()
    tags = parse(page).tags
    labels = [a for t, a in tags if t == "span" and "src" in (a.get("class") or "").split()]
    assert labels, "retrieved and cited readouts are labelled"
    hovers = {a["title"] for a in labels}
    assert "a.txt:0-80 \u2014 Alpha Beta Oslo Meeting" in hovers
    assert "Alpha Beta Oslo Meeting \u00b7 2024-05-01" in page
    assert ">1. a.txt" not in page  # the file name is no longer the label


def test_long_titles_are_shortened_at_a_word_and_untitled_readouts_show_their_file_name():
    long_title = "Secretary Blinken's Meeting with the Foreign Minister of a Country with a Very Long Name Indeed"
    label, hover = render.readout_label(
        "state_2021-05-26_secretary-blinkens-meeting.txt",
        {"state_2021-05-26_secretary-blinkens-meeting.txt": {"title": long_title, "date": "2021-05-26"}},
        {"start": 5, "end": 50},
    )
    assert label.endswith("\u2026 \u00b7 2021-05-26") and len(label) < 75 and " Coun" not in label[-20:]
    assert hover == f"state_2021-05-26_secretary-blinkens-meeting.txt:5-50 \u2014 {long_title}"
    assert render.readout_label("dir/x.txt", {})[0] == "x.txt"


def test_failures_are_expanded_and_passes_collapsed():
    report = new_field_report()
    rows = [
        (a.get("data-status"), "open" in a)
        for t, a in parse(report.to_html()).tags
        if t == "details" and "q-row" in a.get("class", "")
    ]
    assert len(rows) == len(report.records) == 7
    assert rows == sorted(rows, key=lambda r: r[0] == "pass")  # failures first
    assert all(is_open for status, is_open in rows if status == "fail")
    assert not any(is_open for status, is_open in rows if status == "pass")
    assert {s for s, _ in rows} == {"pass", "fail"}


def test_filter_and_search_controls_list_the_types():
    page = new_field_report().to_html()
    tags = parse(page).tags
    ids = {a.get("id") for _, a in tags}
    assert {"f-status", "f-type", "f-search", "f-count"} <= ids
    type_options = [a.get("value") for t, a in tags if t == "option"]
    assert {"all", "fail", "pass", "", "two-part", "count", "list", "followup", "unanswerable"} <= set(type_options)


def test_gold_evidence_is_marked_inside_passages_and_quotes():
    report = new_field_report()
    marks = parse(report.to_html()).marks
    assert marks, "gold evidence is highlighted"
    assert "They agreed to build a bridge." in marks and "Alpha met Beta in Oslo." in marks
    # marks are cut to the passage: a passage starting inside the evidence marks only its own part
    segs = render.mark_segments("bridge. They also", 47, [{"source": "a.txt", "start": 24, "end": 54}], "a.txt")
    assert segs == [{"text": "bridge.", "mark": True}, {"text": " They also", "mark": False}]
    assert render.mark_segments("abc", 0, [{"source": "b.txt", "start": 0, "end": 3}], "a.txt") == [
        {"text": "abc", "mark": False}
    ]


def test_latency_histogram_has_a_y_axis_of_counts():
    latencies = [1.0, 1.2, 1.1, 5.0, 1.05, 1.15, 1.12]
    plot = render.histogram_plot(latencies, "latency")
    labels = [t["label"] for t in plot["yticks"]]
    assert labels[0] == "0" and int(labels[-1]) >= max(c for _, _, c in render.histogram_bins(latencies))
    assert plot["ylabel"] == "questions"
    ys = [t["y"] for t in plot["yticks"]]
    assert ys == sorted(ys, reverse=True) and ys[0] == plot["bottom"]
    page = new_field_report().to_html()
    assert page.count('class="ytick-label"') >= 2 and ">questions</text>" in page
    assert render.nice_ticks(7) == [0, 2, 4, 6, 8] and render.nice_ticks(1) == [0, 1]
    assert render.nice_ticks(230) == [0, 100, 200, 300]


def test_the_summary_shows_confidence_intervals_and_only_the_metrics_that_apply():
    page = new_field_report().to_html()
    assert "95% CI (n)" in page and "(n=7)" in page
    for key in ("facts_all", "answer_cited", "part_coverage", "missing_named", "count_stated", "list_recall"):
        assert f"<td>{key}</td>" in page
    from .test_evaluate import ROWS, SCRIPT, ScriptedAssistant

    old = evaluate(ScriptedAssistant(SCRIPT), ROWS, k=3).to_html()
    assert "<td>part_coverage</td>" not in old and "<td>list_recall</td>" not in old


def test_the_by_type_table_has_short_headers_and_scrolls_inside_its_own_box():
    page = new_field_report().to_html()
    table = page[page.index("<h2>By type</h2>") : page.index("<h2>By split</h2>")]
    assert '<div class="scroll"><table class="groups">' in table
    headers = re.findall(r"<th scope=\"col\"[^>]*>([^<]*)</th>", table)
    assert headers and max(len(h) for h in headers) <= 18 and "false abstain" in headers
    assert "<h2>By split</h2>" in page


def test_terminal_summary_never_breaks_the_test_set_name_mid_word():
    from rich.console import Console

    report = new_field_report()
    report.meta["testset"] = "/data/sets/diplomatic-readouts-questions-v2-heldout.jsonl"
    name = "diplomatic-readouts-questions-v2-heldout.jsonl"
    for width in (70, 100):
        out = io.StringIO()
        report.print(Console(file=out, width=width, color_system=None))
        text = out.getvalue()
        assert name in text, text[:400]
        assert text.count(name.split("-")[0]) == 1
    out = io.StringIO()
    report.print(Console(file=out, width=40, color_system=None))  # narrower than the title: cut, not broken
    first = out.getvalue().splitlines()[0]
    assert first.strip().startswith("diplomatic-readouts") and first.rstrip().endswith("\u2026")
    assert "heldout.jsonl" not in out.getvalue().splitlines()[1]


def test_terminal_tables_show_intervals_and_splits():
    from rich.console import Console

    out = io.StringIO()
    new_field_report().print(Console(file=out, width=120, color_system=None))
    text = out.getvalue()
    assert "95% CI" in text and "(n=7)" in text and "by split" in text and "list_recall" in text
    by_type = text.split("by type")[1].split("by split")[0]
    assert "100.0%" in by_type and "\u2026" not in by_type  # numbers are never cut to "100.…"


def test_jupyter_fragment_lists_failures_without_a_script():
    frag = new_field_report()._repr_html_()
    assert "<script" not in frag and "<svg" in frag and "<!DOCTYPE" not in frag
    assert "Failures (3; first 3)" in frag


def test_render_html_needs_only_plain_data():
    """report.py renders any object with the Report's attributes: it never imports run."""
    data = Report.from_dict(__import__("json").loads(new_field_report().to_json()))

    class Plain:
        meta, summary, by_type, by_split = data.meta, data.summary, data.by_type, data.by_split
        sources, records, comparison, k = data.sources, data.records, None, data.k
        failures = [r for r in data.records if not r["passed"]]

    assert render.render_html(Plain()) == render.render_html(data)
    out = io.StringIO()
    from rich.console import Console

    render.print_report(Plain(), Console(file=out, width=100, color_system=None))
    assert "pass_rate" in out.getvalue()


@pytest.mark.parametrize("with_baseline", [False, True])
def test_cli_eval_split_option(tmp_path, seeds_copy, monkeypatch, with_baseline):
    import json

    from typer.testing import CliRunner

    from assistant.cli import app

    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    rows = [
        {
            "question": "How much logistical support did the United States promise for Haiti?",
            "split": "dev",
            "sources": ["us-kenya-call.md"],
        },
        {
            "question": "What did Germany decide about the Ukraine energy support fund?",
            "split": "test",
            "sources": ["germany-energy-meeting.html"],
            "type": "topic",
        },
    ]
    testset = tmp_path / "split.jsonl"
    testset.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    args = ["eval", str(testset), "--corpus", str(seeds_copy), "--out", str(tmp_path / "o"), "--split", "test"]
    if with_baseline:
        r = CliRunner().invoke(app, args)
        assert r.exit_code == 0, r.output
        args += ["--baseline", str(tmp_path / "o" / "report.json")]
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "o" / "report.json").read_text())
    assert [row["question"] for row in data["rows"]] == [rows[1]["question"]] and data["meta"]["split"] == "test"
    assert data["meta"]["readouts"] == 5 and data["meta"]["uploaded"] == 0 and data["meta"]["store"]
    assert "over 5 readouts (0 uploaded)" in r.stdout
    r = CliRunner().invoke(
        app, ["eval", str(testset), "--corpus", str(seeds_copy), "--split", "val", "--out", str(tmp_path / "o2")]
    )
    assert r.exit_code != 0 and "no questions in split 'val'; its splits are: dev, test" in r.stderr
    assert not (tmp_path / "o2" / "index").exists()  # refused before indexing anything
