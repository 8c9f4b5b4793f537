"""SQuAD v1.1 test sets: each paragraph becomes one readout, each answer a reference and a gold span.

Plain rows come out of here; ``datasets.load_testset`` parses and checks them like any other rows.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from ..errors import EvalDataError

__all__ = ["squad_rows", "write_readouts"]


def _slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:60] or "article"


def _write_readout(corpus: Path, source: str, content: str) -> None:
    target = corpus / source
    if not target.exists() or target.read_text(encoding="utf-8") != content:
        target.write_text(content, encoding="utf-8")


def _answers(qa: dict, body: str, where: str, problems: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """The question's reference texts and (start in body, text) pairs; problems appended to ``problems``."""
    refs: list[str] = []
    found: list[tuple[int, str]] = []
    answers = qa.get("answers") or []
    if not isinstance(answers, list):
        problems.append(f"{where} (id {qa.get('id')}): 'answers' must be a list")
        return refs, found
    for answer in answers:
        text = answer.get("text") if isinstance(answer, dict) else None
        start = answer.get("answer_start") if isinstance(answer, dict) else None
        if not isinstance(text, str) or not text or not isinstance(start, int) or isinstance(start, bool):
            problems.append(f"{where} (id {qa.get('id')}): an answer needs 'text' and an integer 'answer_start'")
            continue
        if start < 0 or body[start : start + len(text)] != text:
            # tolerate an answer_start that is off by a little: take the nearest occurrence
            hits = [m.start() for m in re.finditer(re.escape(text), body)]
            if not hits:
                problems.append(f"{where} (id {qa.get('id')}): answer {text!r} is not in the paragraph")
                continue
            given = start
            start = min(hits, key=lambda h: abs(h - given))
        refs.append(text)
        found.append((start, text))
    return refs, found


def _paragraph_rows(
    para: Any, where: str, source: str, header: str, id_prefix: str, problems: list[str]
) -> tuple[str | None, list[tuple[str, dict]]]:
    """The paragraph's readout body and its question rows."""
    context = para.get("context") if isinstance(para, dict) else None
    if not isinstance(context, str) or not context.strip():
        problems.append(f"{where} has no 'context' text")
        return None, []
    body = context.replace("\r\n", "\n").replace("\r", "\n")
    qas = para.get("qas") or []
    if not isinstance(qas, list):
        problems.append(f"{where}.qas must be a list")
        return body, []
    rows = []
    for qi, qa in enumerate(qas):
        qwhere = f"{where}.qas[{qi}]"
        if not isinstance(qa, dict) or not isinstance(qa.get("question"), str):
            problems.append(f"{qwhere}: no 'question'")
            continue
        refs, found = _answers(qa, body, qwhere, problems)
        spans = [{"source": source, "start": len(header) + s, "end": len(header) + s + len(t)} for s, t in found]
        answerable = not qa.get("is_impossible", False) and bool(refs)
        rows.append(
            (
                qwhere,
                {
                    "id": qa.get("id") or f"{id_prefix}-{qi}",
                    "question": qa["question"],
                    "reference": list(dict.fromkeys(refs)) or None,
                    "sources": [source] if answerable else [],
                    "evidence_spans": spans or None,
                    "answerable": answerable,
                    "type": None,
                },
            )
        )
    return body, rows


def squad_rows(path: Path, articles: list) -> tuple[list[tuple[str, dict]], dict[str, str], list[str]]:
    """Rows (``(where, row)``) for every question, the readout text of every paragraph by file name, and problems.

    Each paragraph becomes one readout: a title line ("Title (paragraph N)"), a blank line, the paragraph.
    Each answer becomes a reference and a gold span of that readout.
    """
    rows, problems, readouts = [], [], {}
    for ai, article in enumerate(articles):
        paragraphs = article.get("paragraphs") if isinstance(article, dict) else None
        if not isinstance(paragraphs, list):
            problems.append(f"{path}: data[{ai}] has no 'paragraphs' list")
            continue
        title = str(article.get("title") or f"article {ai + 1}").replace("_", " ")
        for pi, para in enumerate(paragraphs):
            # a title line followed by a blank line is read as the readout's title on ingest
            header = f"{' '.join(title.split())} (paragraph {pi + 1})\n\n"
            source = f"{ai + 1:03d}-{_slug(title)}-p{pi + 1:02d}.txt"
            body, para_rows = _paragraph_rows(
                para, f"{path}: data[{ai}].paragraphs[{pi}]", source, header, f"{ai}-{pi}", problems
            )
            if body is not None:
                readouts[source] = header + body
            rows += [(where, {**row, "type": title}) for where, row in para_rows]
    return rows, readouts, problems


def write_readouts(path: Path, corpus_dir: Path | None, readouts: dict[str, str]) -> Path:
    """Write the paragraphs as ``.txt`` readouts into ``corpus_dir`` (a new temporary folder by default)."""
    corpus = Path(corpus_dir) if corpus_dir is not None else Path(tempfile.mkdtemp(prefix="squad-corpus-"))
    try:
        corpus.mkdir(parents=True, exist_ok=True)
        for source, content in readouts.items():
            _write_readout(corpus, source, content)
    except OSError as exc:
        raise EvalDataError(f"{path}: cannot write its paragraphs as readouts into {corpus} ({exc}).") from None
    return corpus
