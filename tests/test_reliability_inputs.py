"""Issue 12, items 5, 6 and 12 as properties (hypothesis): whatever files a folder holds, ingest reads each
one or lists it as skipped with a reason (never a traceback, never silently dropped), and whatever rows a
JSONL or CSV test set holds, loading it gives a valid test set or one EvalDataError naming every bad line."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import Assistant
from assistant.config import Settings
from assistant.corpus.formats import SUPPORTED
from assistant.corpus.ingest import ingest_paths
from assistant.errors import EvalDataError
from assistant.eval.datasets import MAX_QUESTION_CHARS, load_testset
from assistant.records import sha256_text
from tests.conftest import SEEDS

CAP = 2000  # bytes: the readout size limit the properties run with (the setting is in MB)


def _pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` (ASCII), with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF = _pdf("The ministers agreed to meet again in Lima.")


def _mutated_pdf(flips: list[tuple[int, int]]) -> bytes:
    data = bytearray(PDF)
    for pos, byte in flips:
        data[pos % len(data)] = byte
    return bytes(data)


def _near_cap(n: int) -> bytes:
    return (b"The delegations agreed to meet again. " * (n // 20 + 2))[:n]


name_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00")
stems = st.text(name_chars, min_size=1, max_size=24).filter(lambda s: s not in (".", "..") and len(s.encode()) <= 200)
suffixes = st.sampled_from(sorted(SUPPORTED) + [".TXT", ".Html", ".docx", ".json", ".txt.bak", ""])
contents = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    st.text(st.characters(max_codepoint=255, blacklist_categories=("Cs",)), max_size=300).map(
        lambda t: t.encode("cp1252", errors="ignore")
    ),
    st.text(alphabet="<>/&;=\"' abcdefghijklmnop\n", max_size=300).map(lambda t: ("<p>" + t).encode()),
    st.integers(CAP - 3, CAP + 3).map(_near_cap),
    st.just(PDF),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=8).map(_mutated_pdf),
)
files = st.lists(
    st.tuples(st.booleans(), stems, suffixes, contents), min_size=1, max_size=6, unique_by=lambda f: (f[0], f[1] + f[2])
)
top_level_files = st.lists(
    st.tuples(st.just(False), stems, suffixes, contents), min_size=1, max_size=4, unique_by=lambda f: f[1] + f[2]
)


def _write(folder: Path, spec) -> dict[str, bytes]:
    """Write the files of ``spec`` under ``folder``; returns {path relative to folder: bytes}."""
    written = {}
    for nested, stem, suffix, data in spec:
        rel = ("sub folder/" if nested else "") + stem + suffix
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written[rel] = data
    return written


def _check_report(report, written: dict[str, bytes]) -> None:
    read = {r.source for r in report.readouts}
    skipped = {s.path: s.reason for s in report.skipped}
    assert len(read) == len(report.readouts) and len(skipped) == len(report.skipped)  # each file once
    assert not read & set(skipped)
    assert read | set(skipped) == set(written), "a file was dropped without being listed"
    for rel, reason in skipped.items():
        assert isinstance(reason, str) and reason.strip(), rel
        hidden = any(part.startswith(".") for part in Path(rel).parts)
        suffix = Path(rel).suffix.lower()
        if hidden:
            assert "hidden" in reason
        elif suffix not in SUPPORTED:
            assert "unsupported type" in reason
        elif len(written[rel]) > CAP:
            assert "too large" in reason and "ASSISTANT_MAX_READOUT_MB" in reason
    for r in report.readouts:
        assert len(written[r.source]) <= CAP
        assert r.text.strip() and r.title.strip() and r.sha256 == sha256_text(r.text)
        assert 0 <= r.body_start <= len(r.text)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=files)
def test_every_file_is_read_or_listed_with_a_reason(spec):
    with tempfile.TemporaryDirectory() as tmp:
        written = _write(Path(tmp), spec)
        _check_report(ingest_paths([Path(tmp)], CAP), written)


@settings(max_examples=15, deadline=None)
@given(spec=top_level_files)
def test_indexing_odd_files_beside_a_good_one_never_fails(spec):
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        written = _write(corpus, spec)
        good = "us-japan-foreign-ministers.txt"
        if good not in written:
            (corpus / good).write_bytes((SEEDS / good).read_bytes())
            written[good] = (SEEDS / good).read_bytes()
        asst = Assistant.build(
            corpus, settings=Settings(model="hash-64", index_dir=Path(tmp) / "index", max_readout_mb=CAP / 1_000_000)
        )
        try:
            build = asst.last_build
            indexed = {d["source"] for d in asst.readouts()}
            assert indexed | {s.path for s in build.skipped} == set(written)
            for d in asst.readouts():
                readout = asst.readout(d["source"])
                for p in asst.retrieve(readout.title or "meeting", k=3):
                    assert asst.readout(p.source).text[p.start : p.end] == p.text
        finally:
            asst.close()


# =========================================================================== the test-set loader

good_questions = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(
    lambda q: q.strip()
)
BAD_LINES = {
    "not json": "{oops",
    "a list": "[1, 2]",
    "no question": json.dumps({"reference": "x"}),
    "blank question": json.dumps({"question": "   "}),
    "too long": json.dumps({"question": "q" * (MAX_QUESTION_CHARS + 500)}),
    "bad answerable": json.dumps({"question": "Fine?", "answerable": "perhaps"}),
}
jsonl_lines = st.one_of(
    good_questions.map(lambda q: ("good", json.dumps({"question": q}, ensure_ascii=False))),
    st.just(("good", json.dumps({"question": "q" * MAX_QUESTION_CHARS}))),
    st.sampled_from(sorted(BAD_LINES)).map(lambda k: ("bad", BAD_LINES[k])),
    st.just(("blank", "")),
)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(jsonl_lines, min_size=1, max_size=14))
def test_jsonl_rows_load_or_every_bad_line_is_named(lines):
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "set.jsonl"
        p.write_text("\n".join(text for _, text in lines) + "\n", encoding="utf-8")
        bad = [n for n, (kind, _) in enumerate(lines, start=1) if kind == "bad"]
        good = [n for n, (kind, _) in enumerate(lines, start=1) if kind == "good"]
        try:
            ts = load_testset(p)
        except EvalDataError as exc:
            message = str(exc)
            assert bad or not good, message  # refused only for a bad line, or for holding no question
            for n in bad[:10]:
                assert f"{p}:{n}: " in message, (n, message)
            assert "Traceback" not in message and "unexpected" not in message
            return
        assert not bad
        assert [i.where for i in ts.items] == [f"{p}:{n}" for n in good]


csv_questions = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda q: q.strip()
)
csv_rows = st.one_of(
    csv_questions.map(lambda q: ("good", q)), st.just(("bad", "  ")), st.just(("bad", "z" * (MAX_QUESTION_CHARS + 1)))
)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(csv_rows, min_size=1, max_size=10))
def test_csv_rows_load_or_every_bad_line_is_named(rows):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["question", "type"])
    writer.writerows([[q, "x"] for _, q in rows])
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "set.csv"
        p.write_text(buf.getvalue(), encoding="utf-8")
        bad = [n for n, (kind, _) in enumerate(rows, start=2) if kind == "bad"]
        try:
            ts = load_testset(p)
        except EvalDataError as exc:
            assert bad, str(exc)
            for n in bad[:10]:
                assert f"{p}:{n}: " in str(exc), (n, str(exc))
            return
        assert not bad
        assert [i.question for i in ts.items] == [q.strip() for _, q in rows]


def test_a_pdf_whose_objects_refer_to_themselves_is_skipped_with_a_reason(tmp_path):
    # found by the property above: pypdf raised LimitReachedError, which ended the whole run with a traceback
    (tmp_path / "0.pdf").write_bytes(_mutated_pdf([(21, 0), (1584, 0)]))
    (tmp_path / "good.txt").write_text("The ministers agreed to meet again in Lima.")
    report = ingest_paths([tmp_path], CAP)
    assert [r.source for r in report.readouts] == ["good.txt"]
    (skipped,) = report.skipped
    assert skipped.path == "0.pdf" and skipped.reason.startswith("not a readable PDF (LimitReachedError: ")
