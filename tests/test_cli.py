import json

from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()


def test_help_lists_the_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for cmd in ("index", "ask", "info", "serve"):
        assert cmd in result.output


def test_index_then_ask_json_then_info(tmp_path, seeds_copy, monkeypatch):
    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    idx = str(tmp_path / "idx")
    r = runner.invoke(app, ["index", str(seeds_copy), "--index-dir", idx, "-q"])
    assert r.exit_code == 0, r.output
    assert "indexed 5 readouts" in r.output
    r = runner.invoke(app, ["ask", "What did the ministers agree on sanctions?", "--index-dir", idx, "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["citations"][0]["source"] == "germany-energy-meeting.html"
    r = runner.invoke(app, ["ask", "What did the ministers agree on sanctions?", "--index-dir", idx])
    assert "[1] germany-energy-meeting.html (chars" in r.stdout
    r = runner.invoke(app, ["info", "--index-dir", idx])
    assert r.exit_code == 0 and "5 readouts" in r.output and "hash-64" in r.output


def test_errors_are_one_line_with_nonzero_exit(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no seeds/ here, so nothing to build from
    r = runner.invoke(app, ["ask", "anything?", "--index-dir", str(tmp_path / "missing")])
    assert r.exit_code != 0
    assert r.stderr.strip().startswith("error: No index in")
    assert "Traceback" not in r.output
    r = runner.invoke(app, ["index", str(tmp_path / "nope"), "--index-dir", str(tmp_path / "i")])
    assert r.exit_code != 0 and "No such file" in r.stderr


def test_bad_setting_from_environment_is_explained(monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_K", "zero")
    r = runner.invoke(app, ["ask", "x?", "--index-dir", str(tmp_path)])
    assert r.exit_code != 0 and "ASSISTANT_K" in r.stderr


def test_chat_repl_answers_follow_ups_in_context(tmp_path, seeds_copy, monkeypatch):
    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    idx = str(tmp_path / "idx")
    assert runner.invoke(app, ["index", str(seeds_copy), "--index-dir", idx, "-q"]).exit_code == 0
    r = runner.invoke(
        app,
        ["chat", "--index-dir", idx],
        input="What did the ministers agree on sanctions?\nAnd on Burma?\n/reset\nAnd on Burma?\n/quit\n",
    )
    assert r.exit_code == 0, r.output
    assert "[1] germany-energy-meeting.html (chars" in r.stdout
    assert "(understood as: What did the ministers agree on Burma?)" in r.output
    # after /reset the same follow-up has nothing to lean on
    assert r.output.count("understood as:") == 1


def test_chat_ends_cleanly_at_end_of_input(tmp_path, seeds_copy, monkeypatch):
    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    idx = str(tmp_path / "idx")
    assert runner.invoke(app, ["index", str(seeds_copy), "--index-dir", idx, "-q"]).exit_code == 0
    r = runner.invoke(app, ["chat", "--index-dir", idx], input="")
    assert r.exit_code == 0 and "Traceback" not in r.output


def test_ask_with_an_unreachable_llm_prints_the_quoted_answer_and_a_note(tmp_path, seeds_copy, monkeypatch):
    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    idx = str(tmp_path / "idx")
    assert runner.invoke(app, ["index", str(seeds_copy), "--index-dir", idx, "-q"]).exit_code == 0
    r = runner.invoke(
        app, ["ask", "What did the ministers agree on sanctions?", "--index-dir", idx, "--llm", "http://127.0.0.1:9/v1"]
    )
    assert r.exit_code == 0, r.output
    assert "note: The language model could not be reached" in r.stdout and "[1] " in r.stdout


def test_help_lists_flags_without_stray_type_names():
    from typer.testing import CliRunner

    from assistant.cli import app

    out = CliRunner().invoke(app, ["--help"]).output
    assert "--help" in out and "<bool>" not in out
    out = CliRunner().invoke(app, ["index", "--help"]).output
    assert "--no-wait" in out and "<bool>" not in out


def _indexed(tmp_path, seeds_copy, monkeypatch) -> str:
    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    idx = str(tmp_path / "idx")
    assert runner.invoke(app, ["index", str(seeds_copy), "--index-dir", idx, "-q"]).exit_code == 0
    return idx


def test_meetings_and_events_csv_load_in_pandas_and_filters_apply(tmp_path, seeds_copy, monkeypatch):
    import io

    import pandas as pd

    idx = _indexed(tmp_path, seeds_copy, monkeypatch)
    r = runner.invoke(app, ["meetings", "--index-dir", idx, "--csv"])
    assert r.exit_code == 0, r.output
    meetings = pd.read_csv(io.StringIO(r.stdout))
    assert len(meetings) == 5 and {"date", "kind", "place", "participants", "countries"} <= set(meetings.columns)
    r = runner.invoke(app, ["meetings", "--index-dir", idx, "--csv", "--country", "Kenya"])
    kenya = pd.read_csv(io.StringIO(r.stdout))
    assert list(kenya["source"]) == ["us-kenya-call.md"]
    r = runner.invoke(app, ["events", "--index-dir", idx, "--csv", "--kind", "agreed"])
    assert r.exit_code == 0, r.output
    events = pd.read_csv(io.StringIO(r.stdout))
    assert list(events.columns) == ["date", "actor", "counterpart", "kind", "cameo", "quote", "source", "start", "end"]
    assert len(events) >= 4 and set(events["kind"]) == {"agreed"}
    text = {p.name: p.read_text(encoding="utf-8") for p in seeds_copy.iterdir()}
    for row in events.itertuples():  # every quote is the readout's own text at its span
        assert row.quote in text[row.source]


def test_ask_filters_limit_the_readouts_answered_from(tmp_path, seeds_copy, monkeypatch):
    idx = _indexed(tmp_path, seeds_copy, monkeypatch)
    r = runner.invoke(app, ["ask", "What did they agree?", "--index-dir", idx, "--json", "--country", "Mexico"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["citations"] and {c["source"] for c in data["citations"]} == {"mexico-migration-call.txt"}
    r = runner.invoke(app, ["ask", "What did they agree?", "--index-dir", idx, "--after", "not a date"])
    assert r.exit_code != 0 and r.stderr.startswith("error:") and "Traceback" not in r.output


def test_remove_drops_a_readout_and_unknown_sources_are_named(tmp_path, seeds_copy, monkeypatch):
    idx = _indexed(tmp_path, seeds_copy, monkeypatch)
    r = runner.invoke(app, ["remove", "us-kenya-call.md", "--index-dir", idx])
    assert r.exit_code == 0, r.output
    assert "4 left" in r.stderr
    r = runner.invoke(app, ["remove", "nope.txt", "--index-dir", idx])
    assert r.exit_code != 0 and "nope.txt" in r.stderr
