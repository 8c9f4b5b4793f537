from pathlib import Path

import pytest

from assistant.corpus.dates import parse_date
from assistant.corpus.formats import decode
from assistant.corpus.ingest import ingest_paths, read_header
from assistant.errors import IngestError


def write(p: Path, data, mode="w"):
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


def test_title_and_date_lines_are_read(tmp_path):
    write(
        tmp_path / "a.txt", "Readout of the Call with Someone\nDate: May 3, 2022\n\nThe two sides met. They agreed.\n"
    )
    (r,) = ingest_paths([tmp_path]).readouts
    assert r.title == "Readout of the Call with Someone"
    assert r.date == "2022-05-03"
    assert r.text[r.body_start :].startswith("The two sides met.")


def test_readout_without_header_uses_file_name_and_whole_text(tmp_path):
    write(tmp_path / "us-japan_talks.txt", "The ministers met today in Tokyo. They agreed to meet again.\n")
    (r,) = ingest_paths([tmp_path]).readouts
    assert r.title == "U.S. Japan Talks"
    assert r.date is None
    assert r.body_start == 0


def test_first_sentence_is_not_mistaken_for_a_title(tmp_path):
    write(tmp_path / "x.txt", "The ministers met today.\n\nThey agreed to meet again.\n")
    (r,) = ingest_paths([tmp_path]).readouts
    assert r.body_start == 0 and r.title == "X"


def test_html_is_reduced_to_visible_text(tmp_path):
    write(
        tmp_path / "m.html",
        "<html><head><title>T</title><script>var x='<p>no</p>';</script></head>"
        "<body><h1>Meeting of A and B</h1><p>Date: 2023-01-05</p><p>They met &amp; talked.</p>"
        "<p>They agreed on trade.</p></body></html>",
    )
    (r,) = ingest_paths([tmp_path]).readouts
    assert r.title == "Meeting of A and B"
    assert r.date == "2023-01-05"
    assert "var x" not in r.text and "<p>" not in r.text
    assert "They met & talked." in r.text


def test_markdown_markup_is_removed(tmp_path):
    write(tmp_path / "m.md", "# Call With C\n\nDate: 1 June 2024\n\nThe **two** sides [met](http://x) today.\n")
    (r,) = ingest_paths([tmp_path]).readouts
    assert r.title == "Call With C"
    assert r.date == "2024-06-01"
    assert "The two sides met today." in r.text


def test_skipped_files_are_reported_with_reasons(tmp_path):
    write(tmp_path / "good.txt", "The ministers met. They agreed.")
    write(tmp_path / "empty.txt", "   \n")
    write(tmp_path / "bin.txt", b"\x00\x01\x02binary")
    write(tmp_path / "doc.docx", b"%PDF-1.4")
    write(tmp_path / "sub" / "deep.md", "Nested readouts are found too.")
    report = ingest_paths([tmp_path])
    assert sorted(r.source for r in report.readouts) == ["good.txt", "sub/deep.md"]
    reasons = {s.path: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.txt", "bin.txt", "doc.docx"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["bin.txt"]
    assert "unsupported" in reasons["doc.docx"] and ".txt" in reasons["doc.docx"]


def test_non_utf8_falls_back_with_a_warning(tmp_path):
    write(tmp_path / "w.txt", "The minister\u2019s visit went well.".encode("cp1252"))
    report = ingest_paths([tmp_path])
    (r,) = report.readouts
    assert "\u2019" in r.text
    assert report.warnings and "Windows-1252" in report.warnings[0]


def test_decode_accepts_bom():
    assert decode("\ufeffHello".encode("utf-8")) == ("Hello", None)


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(IngestError, match="No such file"):
        ingest_paths([tmp_path / "nope"])


def test_sources_are_relative_to_the_corpus_root(tmp_path):
    write(tmp_path / "a" / "one.txt", "One readout sentence here.")
    write(tmp_path / "b" / "two.txt", "Another readout sentence here.")
    report = ingest_paths([tmp_path / "a" / "one.txt", tmp_path / "b" / "two.txt"])
    assert sorted(r.source for r in report.readouts) == ["a/one.txt", "b/two.txt"]


@pytest.mark.parametrize(
    "raw,iso",
    [
        ("May 26, 2021", "2021-05-26"),
        ("6 January, 2025", "2025-01-06"),
        ("2024-03-14", "2024-03-14"),
        ("Sept. 9, 2022", "2022-09-09"),
        ("sometime", None),
        ("February 30, 2021", None),
    ],
)
def test_parse_date(raw, iso):
    assert parse_date(raw) == iso


def test_header_offsets_point_into_the_text():
    text = "Title Here\nDate: June 9, 2022\n\nBody starts here."
    title, date, body = read_header(text)
    assert (title, date) == ("Title Here", "2022-06-09")
    assert text[body:] == "Body starts here."
