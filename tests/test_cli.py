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
    r = runner.invoke(app, ["chat", "--index-dir", idx],
                      input="What did the ministers agree on sanctions?\nAnd on Burma?\n/reset\nAnd on Burma?\n/quit\n")
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
    r = runner.invoke(app, ["ask", "What did the ministers agree on sanctions?", "--index-dir", idx,
                            "--llm", "http://127.0.0.1:9/v1"])
    assert r.exit_code == 0, r.output
    assert "note: The language model could not be reached" in r.stdout and "[1] " in r.stdout
