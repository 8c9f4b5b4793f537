"""Test-set loading (issue 12, item 12, and the issue 11 fields): a binary file, an over-long question and
malformed new fields give one clear EvalDataError naming the file and line, before anything is asked; random
bytes and random rows never raise anything else (hypothesis)."""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import EvalDataError
from assistant.eval.datasets import MAX_QUESTION_CHARS, Part, Span, load_testset, parse_rows, select_split
from assistant.eval.run import evaluate

from .test_eval_run import NEW_ROWS, ScriptedConversationAssistant

# =========================================================================== binary files


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".json"])
def test_a_binary_file_is_a_clear_error_naming_it(tmp_path, suffix):
    p = tmp_path / f"set{suffix}"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    with pytest.raises(EvalDataError) as err:
        load_testset(p)
    assert str(p) in str(err.value) and "not a text file" in str(err.value)
    assert "UnicodeDecodeError" not in str(err.value)


def test_a_latin1_file_is_named_with_the_offending_byte(tmp_path):
    p = tmp_path / "set.jsonl"
    p.write_bytes('{"question": "Qu\u00e9 pas\u00f3?"}\n'.encode("latin-1"))
    with pytest.raises(EvalDataError, match=r"set\.jsonl is not UTF-8 text \(byte 0xe9 at offset 16\)"):
        load_testset(p)


def test_a_utf8_bom_is_accepted(tmp_path):
    p = tmp_path / "set.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps({"question": "With a BOM?"}).encode())
    assert load_testset(p).items[0].question == "With a BOM?"


# =========================================================================== question length


def test_an_over_long_question_is_reported_with_its_line_before_anything_is_asked(tmp_path):
    p = tmp_path / "long.jsonl"
    rows = [{"question": "Short?"}, {"question": "x" * 2500}, {"question": "y" * MAX_QUESTION_CHARS}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    with pytest.raises(EvalDataError) as err:
        load_testset(p)
    msg = str(err.value)
    assert f"{p}:2: question is 2,500 characters; the limit is 2,000" in msg
    assert ":3:" not in msg  # exactly at the limit is fine
    asst = ScriptedConversationAssistant()
    with pytest.raises(EvalDataError, match="row 2: question is 2,500 characters; the limit is 2,000"):
        evaluate(asst, rows)
    assert asst.asked == []


def test_an_over_long_question_in_csv_names_its_line(tmp_path):
    p = tmp_path / "long.csv"
    p.write_text("question,type\nShort?,x\n" + "z" * 2001 + ",x\n")
    with pytest.raises(EvalDataError, match=rf"{p.name}:3: question is 2,001 characters; the limit is 2,000"):
        load_testset(p)


# =========================================================================== the new fields


def test_new_fields_are_loaded_from_jsonl(tmp_path):
    p = tmp_path / "new.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in NEW_ROWS) + "\n")
    ts = load_testset(p)
    items = {i.id: i for i in ts.items}
    assert items["r1"].history == (("user", "Who met in Oslo?"), ("assistant", "Alpha and Beta."))
    assert items["r1"].messages == NEW_ROWS[0]["history"] and items["r1"].split == "dev"
    assert items["r2"].parts == (Part("where they met", True, ("Oslo",)), Part("the cost of the bridge", False))
    assert items["r3"].parts[0].evidence_spans == (Span("a.txt", 0, 23),)
    assert items["r4"].expected_count == 2 and items["r7"].split is None
    assert items["r1"].extra == {"split": "dev"}  # split stays an extra field; the new fields are not extras
    assert [i.id for i in select_split(ts, "test").items] == ["r2", "r3", "r4", "r5"]


def test_new_fields_are_loaded_from_csv_json_cells(tmp_path):
    p = tmp_path / "new.csv"
    history = json.dumps([{"role": "user", "content": "Who met?"}]).replace('"', '""')
    parts = json.dumps([{"text": "where", "must_contain": ["Oslo"]}, {"text": "cost", "answerable": False}])
    p.write_text(
        "question,history,parts,expected_count,sources\n"
        f'"And then?","{history}","{parts.replace(chr(34), chr(34) * 2)}",3,a.txt\n'
    )
    (item,) = load_testset(p).items
    assert item.history == (("user", "Who met?"),) and item.expected_count == 3
    assert item.parts == (Part("where", True, ("Oslo",)), Part("cost", False))


BAD_ROWS = [
    ({"question": "q?", "history": "earlier"}, "'history' must be a list of"),
    (
        {"question": "q?", "history": [{"role": "system", "content": "x"}]},
        '\'history\'[0] must be {"role": "user"|"assistant"',
    ),
    ({"question": "q?", "parts": {"text": "x"}}, "'parts' must be a list"),
    ({"question": "q?", "parts": [{"text": "x"}]}, "'parts[0]' is answerable but gives neither must_contain nor"),
    ({"question": "q?", "parts": [{"text": "x", "must_contian": ["a"]}]}, "'parts[0]' has unknown field"),
    ({"question": "q?", "parts": [{"must_contain": ["a"]}]}, "'parts[0]' needs a 'text'"),
    (
        {"question": "q?", "parts": [{"text": "x", "answerable": False, "must_contain": ["a"]}]},
        "'parts[0]' is unanswerable but gives",
    ),
    ({"question": "q?", "parts": [{"text": "x", "answerable": False}]}, "every part is unanswerable"),
    (
        {"question": "q?", "answerable": False, "parts": [{"text": "x", "must_contain": ["a"]}]},
        "'answerable' is false but a part is answerable",
    ),
    (
        {"question": "q?", "parts": [{"text": "x", "evidence_spans": [{"start": 1, "end": 2}]}]},
        "'parts[0].evidence_spans'[0] has no 'source'",
    ),
    ({"question": "q?", "expected_count": -1}, "'expected_count' must be a whole number >= 0"),
    ({"question": "q?", "expected_count": "two"}, "'expected_count' must be a whole number >= 0"),
    ({"question": "q?", "expected_count": 2, "answerable": False}, "'expected_count' is given but the row is"),
    ({"question": "q?", "deep": json.loads("[" * 25 + '"x"' + "]" * 25)}, "values nest more than 20 levels"),
]


@pytest.mark.parametrize(("row", "message"), BAD_ROWS)
def test_malformed_new_fields_are_reported_with_their_row(row, message):
    with pytest.raises(EvalDataError) as err:
        parse_rows([("set.jsonl:7", row)], "set.jsonl")
    assert "set.jsonl:7: " + message in str(err.value)


def test_lines_split_only_at_newlines_so_a_raw_line_separator_in_a_string_is_fine(tmp_path):
    p = tmp_path / "set.jsonl"
    p.write_text(
        json.dumps({"question": "Before\u2028after?"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"question": "Second?"})
        + "\n",
        encoding="utf-8",
    )
    ts = load_testset(p)
    assert [i.question for i in ts.items] == ["Before\u2028after?", "Second?"]
    assert ts.items[1].where == f"{p}:2"


def test_lone_surrogates_and_huge_numbers_are_row_errors(tmp_path):
    p = tmp_path / "set.jsonl"
    p.write_text('{"question": "bad \\ud800 text?"}\n{"question": "n?", "expected_count": 1' + "0" * 5000 + "}\n")
    with pytest.raises(EvalDataError) as err:
        load_testset(p)
    assert f"{p}:1: text holds an invalid character" in str(err.value)
    assert f"{p}:2: not valid JSON" in str(err.value)


# =========================================================================== hypothesis: nothing but EvalDataError

FIELDS = [
    "question",
    "user_input",
    "reference",
    "answer",
    "answers",
    "must_contain",
    "sources",
    "evidence",
    "evidence_spans",
    "answerable",
    "type",
    "id",
    "split",
    "history",
    "parts",
    "expected_count",
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 3000) | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(FIELDS + ["text", "role", "content", "start", "end", "source", "answer_start", "x"]),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)
rows = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=8)
suffixes = st.sampled_from([".jsonl", ".csv", ".json"])


def _load_or_eval_error(path):
    try:
        return load_testset(path, corpus_dir=path.parent / "corpus")
    except EvalDataError:
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=suffixes)
def test_random_bytes_raise_nothing_but_eval_data_error(tmp_path, data, suffix):
    p = tmp_path / f"random{suffix}"
    p.write_bytes(data)
    _load_or_eval_error(p)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(rows | json_values, min_size=0, max_size=5))
def test_random_jsonl_rows_raise_nothing_but_eval_data_error(tmp_path, rows):
    p = tmp_path / "random.jsonl"
    p.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8", errors="surrogatepass"
    )
    ts = _load_or_eval_error(p)
    if ts is not None:  # what loads is what the rows said
        assert len(ts.items) == sum(1 for line in p.read_text().split("\n") if line.strip())
        assert all(0 < len(i.question) <= MAX_QUESTION_CHARS for i in ts.items)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(rows, min_size=1, max_size=4))
def test_random_rows_as_a_json_list_or_squad_raise_nothing_but_eval_data_error(tmp_path, rows):
    p = tmp_path / "random.json"
    p.write_text(json.dumps(rows), encoding="utf-8")
    _load_or_eval_error(p)
    squad = {
        "data": [
            {
                "title": r.get("type"),
                "paragraphs": [
                    {
                        "context": r.get("question"),
                        "qas": [{"id": r.get("id"), "question": r.get("question"), "answers": r.get("answers")}],
                    }
                ],
            }
            for r in rows
        ]
    }
    p.write_text(json.dumps(squad), encoding="utf-8")
    _load_or_eval_error(p)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cells=st.lists(
        st.lists(st.text(alphabet=string.printable + "\u00e9\u2028", max_size=20), min_size=1, max_size=5),
        min_size=1,
        max_size=5,
    ),
    header=st.lists(st.sampled_from(FIELDS), min_size=1, max_size=5),
)
def test_random_csv_raises_nothing_but_eval_data_error(tmp_path, cells, header):
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(cells)
    p = tmp_path / "random.csv"
    p.write_text(buf.getvalue(), encoding="utf-8")
    _load_or_eval_error(p)
