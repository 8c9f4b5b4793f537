"""Generated answers as an LCEL chain: condense -> retrieve -> answer -> cite -> verify.

Each step is a LangChain Runnable over one state dict. The answer step
streams the model's tokens as ``{"token": str}`` events, which the later
steps pass through untouched, so ``Assistant.stream`` shows the draft as it
is written; the verify step ends the stream with ``{"answer": Answer}``.

The final Answer is the checked version of the draft: markers that point
nowhere are removed, each kept sentence cites the exact readout sentence
that supports it (renumbered in order of appearance), and sentences nothing
supports are flagged in ``answer.unsupported`` (or dropped, per
``settings.unsupported``). When the model cannot be reached, times out, or
writes nothing that the readouts support, the answer is the extractive one
with a one-line ``notice``.

``GeneratedAnswerer`` is composed of the components it is given (an LLM
client, the retriever, the extractive answerer for the fallback, the store
for evidence, the embedder for claim vectors); it never reaches into the
facade. This module never calls a model itself; ``llm.py`` does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import replace

from ..errors import ConfigError, LLMError, MissingDependencyError
from ..records import Answer, Citation, Passage
from ..text.lexicon import ABSTAIN_PATTERN, WEAK_KINDS
from .answerer import Answerer
from .extractive import ABSTAIN_TEXT
from .followup import PRONOUN, condense_rule_based, is_follow_up
from .llm import LLMClient
from .retrieve import HybridRetriever
from .verify import Evidence, Verdict, best_support

#: Most readout sentences cited for one generated sentence.
MAX_CITES_PER_SENTENCE = 2

_MARKER = re.compile(r"\[\s*(?:passages?\s*)?(\d+(?:\s*(?:,|;|-|\u2013|and)\s*\d+)*)\s*\]", re.I)
_MARKERS_AFTER_STOP = re.compile(
    r"([.!?])((?:\s*\[\s*(?:passages?\s*)?\d+(?:\s*(?:,|;|-|\u2013|and)\s*\d+)*\s*\])+)", re.I
)
_ABSTAIN = re.compile(ABSTAIN_PATTERN, re.I)


class GeneratedAnswerer:
    """Answers written by a language model, checked sentence by sentence against the readouts.

    ``stream(question, history, k)`` yields the model's draft tokens, then
    the checked ``Answer``; the chain behind it is an LCEL Runnable
    (condense -> retrieve -> answer -> cite -> verify) built once.
    """

    def __init__(
        self, *, llm: LLMClient, retriever: HybridRetriever, extractive: Answerer, store, embedder, settings
    ) -> None:
        self.llm = llm
        self.retriever = retriever
        self.extractive = extractive
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self.chain = self._build_chain()

    def _build_chain(self):
        from langchain_core.runnables import RunnableGenerator, RunnableLambda

        def answer(states):
            yield from _answer(self.llm, states)

        def verify(events):
            yield from _verify(self, events)

        return (
            RunnableLambda(lambda s: {**s, "standalone": self.condense(s["question"], s["history"])}, name="condense")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableGenerator(answer, name="answer")
            | RunnableGenerator(_cite, name="cite")
            | RunnableGenerator(verify, name="verify")
        )

    def condense(self, question: str, history: list[dict]) -> str:
        """The follow-up made to stand alone by the model; the rule-based rewrite when it fails or rambles."""
        return condense_with_llm(self.llm, question, history)

    def _retrieve(self, state: dict) -> dict:
        # one retrieval for both: its passages feed the prompt, the quoted answer over them is the fallback and
        # carries the question's analysis (what is missing, which meeting it names)
        filters = state.get("filters")
        retrieval = self.retriever.run(state["standalone"], state["k"], self.extractive.allowed(filters))
        extractive = self.extractive.answer(state["standalone"], filters, retrieval)
        passages = list(retrieval.passages)
        if extractive.abstained and not extractive.citations and extractive.missing:
            passages = []  # a meeting no readout records, or names none mentions: nothing to generate from
        return {**state, "passages": passages, "extractive": extractive, "t_retrieved": time.perf_counter()}

    def stream(self, question: str, history: list[dict] | None, k: int, filters=None) -> Iterator[str | Answer]:
        """Draft tokens as they come, then the checked Answer."""
        final = None
        for event in self.chain.stream(
            {
                "question": question,
                "history": list(history or []),
                "k": k,
                "filters": filters,
                "t0": time.perf_counter(),
            }
        ):
            if "token" in event:
                yield event["token"]
            elif "answer" in event:
                final = event["answer"]
        if final is None:  # pragma: no cover - the verify step always ends with an answer
            raise LLMError("the answer chain ended without an answer")
        yield final


# ------------------------------------------------------------------------------------------ steps
def condense_with_llm(llm: LLMClient, question: str, history: list[dict]) -> str:
    """Rewrite a follow-up with the condense prompt; the rule-based rewrite when the model fails or rambles."""
    if not history or not (is_follow_up(question) or PRONOUN.search(question)):
        return question
    rule_based = condense_rule_based(question, history)
    try:
        out = llm.condense(question, history)
    except (MissingDependencyError, ConfigError):
        raise
    except Exception:
        return rule_based
    line = next((ln.strip() for ln in out.strip().splitlines() if ln.strip()), "")
    line = re.sub(r"^(rewritten question|question)\s*:\s*", "", line, flags=re.I).strip().strip('"\u201c\u201d')
    return line if _plausible_rewrite(line, question, history, rule_based) else rule_based


def _plausible_rewrite(line: str, question: str, history: list[dict], rule_based: str) -> bool:
    """Whether a model's rewrite can stand in for the question: one line that keeps the question's own
    topic words and some of the previous question's, and does not echo the prompt or the transcript."""
    from ..text.tokenize import content_terms
    from .followup import user_questions
    from .templates import load_template

    if not line or len(line) > max(300, 3 * len(rule_based)) or not re.search(r"[A-Za-z]{3}", line):
        return False
    if re.match(r"^(user|assistant|last question|conversation)\b", line, re.I):
        return False
    if len(_norm(line)) >= 12 and _norm(line) in _norm(load_template("condense.md")):
        return False
    got = set(content_terms(line))
    if not set(content_terms(question)) <= got:
        return False
    previous = user_questions(history)
    if not previous:
        return True
    replies = [m.get("content") for m in history if isinstance(m, dict) and m.get("role") == "assistant"]
    context = previous[-1] + " " + (replies[-1] if replies and isinstance(replies[-1], str) else "")
    return bool(got & set(content_terms(context)))


def _answer(llm: LLMClient, states: Iterator[dict]) -> Iterator[dict]:
    for state in states:
        draft: list[str] = []
        failure = None
        if state["passages"]:
            try:
                for token in llm.stream_answer(state["standalone"], state["passages"]):
                    draft.append(token)
                    yield {"token": token}
            except (MissingDependencyError, ConfigError):
                raise
            except LLMError as exc:
                failure = str(exc)
            except Exception as exc:
                from .llm import describe_failure

                failure = describe_failure(exc)
        yield {"state": {**state, "draft": "".join(draft), "failure": failure, "t_generated": time.perf_counter()}}


def parse_claims(draft: str, n_passages: int) -> tuple[list[tuple[str, list[int]]], int, bool]:
    """Split a draft into (claim, cited passage numbers) pairs.

    Returns the claims, how many markers pointed at no passage (removed), and
    whether the draft is an abstention ("the readouts don't say").
    """
    text = re.sub(r"<think>.*?</think>", " ", draft, flags=re.S | re.I)
    text = re.sub(r"(?m)^\s*-{3,}\s*(?:BEGIN|END) PASSAGE.*$", "\n", text, flags=re.I)  # echoed fences
    text = re.sub(r"(?m)^\s*(?:[-*\u2022]|\d+[.)])\s+", "", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"^\s*(?:answer|response)\s*:\s*", "", text, flags=re.I)
    text = _MARKERS_AFTER_STOP.sub(lambda m: m.group(2) + m.group(1), text)
    from ..corpus.chunking import split_sentences

    claims: list[tuple[str, list[int]]] = []
    dangling = 0
    spans = split_sentences(text)
    for i, (s, e) in enumerate(spans):
        sentence = text[s:e]
        if i == len(spans) - 1 and not re.search(r"(?:[.!?][\"'\u201d\u2019)]*|\])\s*$", sentence):
            continue  # cut off by the token limit: half a sentence is not a claim
        cited: list[int] = []
        for m in _MARKER.finditer(sentence):
            for num in _expand(m.group(1)):
                if 1 <= num <= n_passages:
                    if num not in cited:
                        cited.append(num)
                else:
                    dangling += 1
        body = " ".join(_MARKER.sub(" ", sentence).split())
        body = re.sub(r"\s+([.,;:!?])", r"\1", body).strip()
        if len(re.findall(r"[A-Za-z]", body)) < 3 or len(body.split()) < 2 or _echoes_prompt(body):
            continue
        claims.append((body, cited))
    abstained = bool(claims) and all(_ABSTAIN.search(c) and not cited for c, cited in claims)
    return claims, dangling, abstained


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _scaffold() -> str:
    from .templates import load_template

    return _norm(" ".join(load_template(n) for n in ("answer_system.md", "answer_user.md", "passage.md")))


def _echoes_prompt(sentence: str) -> bool:
    """Whether a sentence merely repeats the prompt's own instructions (small models echo their prompt)."""
    n = _norm(sentence)
    return len(n) >= 12 and n in _scaffold() and "readouts don t say" not in n


def _expand(group: str) -> list[int]:
    out: list[int] = []
    for part in re.split(r"\s*(?:,|;|and)\s*", group):
        bounds = re.split(r"\s*[-\u2013]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit() and int(bounds[1]) - int(bounds[0]) < 10:
            out.extend(range(int(bounds[0]), int(bounds[1]) + 1))
        elif part.strip().isdigit():
            out.append(int(part))
    return out


def _cite(events: Iterator[dict]) -> Iterator[dict]:
    for event in events:
        if "state" not in event:
            yield event
            continue
        state = event["state"]
        claims, dangling, abstained = parse_claims(state["draft"], len(state["passages"]))
        yield {"state": {**state, "claims": claims, "dangling": dangling, "model_abstained": abstained}}


def _evidence(store, passages: list[Passage]) -> list[list[Evidence]]:
    """Per retrieved passage, its sentences with their index vectors and readout context."""
    texts: dict[str, str] = {}
    spans: dict[str, tuple[int, list]] = {}
    out = []
    for p in passages:
        if p.source not in texts:
            r = store.readout(p.source)
            texts[p.source] = r.text if r is not None else p.text
            rows = store.readout_rows(p.source)
            spans[p.source] = (
                (rows.s_lo, [tuple(x) for x in store.sentence_spans(rows.s_lo, rows.s_hi)]) if rows else (0, [])
            )
        s_lo, sent_spans = spans[p.source]
        row_of = {span: s_lo + i for i, span in enumerate(sent_spans)}
        group = []
        for sent in p.sentences:
            row = row_of.get((sent.start, sent.end))
            vec = store.sentence_vectors(row, row + 1)[0] if row is not None else None
            kind = store.statement_rows(row, row + 1)[0].kind if row is not None else None
            group.append(Evidence(sent, vec, p.title, p.date, texts[p.source], kind))
        out.append(group)
    return out


def _verify(answerer: GeneratedAnswerer, events: Iterator[dict]) -> Iterator[dict]:
    for event in events:
        if "state" not in event:
            yield event
            continue
        yield {"answer": verify_draft(answerer, event["state"])}


def verify_draft(answerer: GeneratedAnswerer, state: dict) -> Answer:
    """Check each claim of the draft against the passages it cites and build the final Answer."""
    question, passages = state["question"], state["passages"]
    standalone = state["standalone"]
    timings = _timings(state)
    base = {
        "question": question,
        "standalone_question": standalone if standalone != question else None,
        "timings": timings,
    }
    if state.get("failure"):
        return _fallback(state, base, f"{_sentence(state['failure'])} Showing the quoted sentences instead.")
    if not passages:
        return replace(state["extractive"], **base)
    claims = state["claims"]
    if state["model_abstained"]:
        return Answer(text=ABSTAIN_TEXT, abstained=True, passages=tuple(passages), **base)
    if not claims:
        return _fallback(
            state, base, "The language model returned no usable answer. Showing the quoted sentences instead."
        )

    pieces, citations, unsupported = _checked_claims(answerer, claims, passages, _answer_types(state["extractive"]))
    if not citations:
        return _fallback(
            state,
            base,
            "The language model's answer is not supported by the readouts. Showing the quoted sentences instead.",
        )
    notice = None
    if unsupported:
        what = "dropped" if answerer.settings.unsupported == "drop" else "flagged"
        notice = f"{len(unsupported)} generated sentence(s) not supported by the cited readouts were {what}."
    extractive = state["extractive"]
    return Answer(
        text=" ".join(pieces),
        citations=tuple(citations),
        abstained=False,
        passages=tuple(passages),
        notice=notice,
        unsupported=tuple(unsupported),
        missing=extractive.missing,
        analysis=extractive.analysis,
        **base,
    )


def _checked_claims(
    answerer: GeneratedAnswerer, claims: list[tuple[str, list[int]]], passages: list[Passage], wanted: set[str]
) -> tuple[list[str], list[Citation], list[str]]:
    """Each claim checked against the passages it cites (all of them when it cites none): (the answer's
    sentences with their new markers, the citations in order of appearance, the claims nothing supports).
    Unsupported claims stay in the sentences, unmarked, when ``settings.unsupported`` is "flag"."""
    evidence = _evidence(answerer.store, passages)
    everything = [ev for group in evidence for ev in group]
    vectors = answerer.embedder.encode_document([c for c, _ in claims])
    citations: list[Citation] = []
    marker_of: dict[tuple[str, int, int], int] = {}
    pieces: list[str] = []
    unsupported: list[str] = []
    for (claim, cited), vec in zip(claims, vectors):
        if cited:
            verdicts = [best_support(claim, evidence[n - 1], vec) for n in cited]
        else:  # the model forgot the marker: look for support in all passages, cite it if found
            verdicts = [best_support(claim, everything, vec)]
        verdicts = [_with_kind_and_type(v, claim, wanted) for v in verdicts]
        kept = sorted((v for v in verdicts if v.supported), key=lambda v: -v.score)[:MAX_CITES_PER_SENTENCE]
        if not kept:
            unsupported.append(claim)
            if answerer.settings.unsupported == "flag":
                pieces.append(claim)
            continue
        markers = []
        for v in kept:
            markers.append(_marker_for(v, citations, marker_of))
        pieces.append(_with_markers(claim, sorted(set(markers))))
    return pieces, citations, unsupported


#: Answer types a generated sentence must show in the readout sentence it cites.
_CHECKED_TYPES = ("amount", "number", "percentage", "person", "organisation")


def _answer_types(extractive: Answer) -> set[str]:
    """The answer types the question asks for that a cited sentence must carry ("how much" -> amount)."""
    parts = (extractive.analysis or {}).get("parts") or []
    return {p["answer_type"] for p in parts if p.get("answer_type") in _CHECKED_TYPES}


def _with_kind_and_type(v: Verdict, claim: str, wanted: set[str]) -> Verdict:
    """A verdict failed when the cited sentence lacks the asked type of answer, or when the claim says more
    than the sentence's statement kind ("agreed" where the readout records a discussion)."""
    from .answer_types import has_answer_type
    from .verify import strength

    if not v.supported or v.evidence is None:
        return v
    text = v.evidence.sentence.text
    reasons = []
    if wanted and not any(has_answer_type(text, t) for t in wanted):
        reasons.append("the cited sentence gives no " + "/".join(sorted(wanted)))
    if strength(claim) >= 3 and v.evidence.kind in WEAK_KINDS:
        reasons.append(f"the readout records this as {v.evidence.kind.replace('_', ' ')}, not an agreement")
    return replace(v, supported=False, reasons=v.reasons + tuple(reasons)) if reasons else v


def _marker_for(v: Verdict, citations: list[Citation], marker_of: dict) -> int:
    assert v.evidence is not None  # a supported verdict always names its evidence
    s = v.evidence.sentence
    key = (s.source, s.start, s.end)
    if key not in marker_of:
        marker_of[key] = len(citations) + 1
        citations.append(
            Citation(
                marker_of[key],
                s.source,
                s.text,
                s.start,
                s.end,
                v.evidence.title,
                v.evidence.date,
                round(v.score, 4),
                kind=v.evidence.kind,
            )
        )
    return marker_of[key]


def _with_markers(claim: str, markers: list[int]) -> str:
    tags = "".join(f"[{m}]" for m in markers)
    m = re.search(r"([.!?]+[\"'\u201d\u2019)]*)$", claim)
    if m:
        return f"{claim[: m.start()].rstrip()} {tags}{m.group(1)}"
    return f"{claim} {tags}."


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _fallback(state: dict, base: dict, notice: str) -> Answer:
    return replace(state["extractive"], notice=notice, **base)


def _timings(state: dict) -> dict:
    now = time.perf_counter()
    t0, tr, tg = state["t0"], state.get("t_retrieved", now), state.get("t_generated", now)
    return {
        "retrieve_ms": round((tr - t0) * 1000, 2),
        "generate_ms": round((tg - tr) * 1000, 2),
        "verify_ms": round((now - tg) * 1000, 2),
        "total_ms": round((now - t0) * 1000, 2),
    }
