"""The quoting answerer: the question analysed, its meeting found through the records, each part answered by
a sentence that carries the asked type of answer and states the part's topic, or named as missing.

Given a question (already made to stand alone) and the user's filters:

1. ``analyse`` says what is asked; ``select`` finds the readouts whose meetings fit its people, countries,
   time and kind; a meeting no readout records is said to be missing, with the nearest meetings offered as such.
2. Lists and counts collect every readout that states the topic (term postings, not the top k); comparisons
   answer each meeting under its own heading; who, when and where come from the readout records.
3. Every other part: retrieval restricted to the selected readouts, each sentence scored (``score_candidates``),
   kept only if it has the answer type and states the topic; agreements first when asked, or said to be none.

The result is an ``Answer``: ``abstained`` when no part is answered, ``missing`` naming the parts not answered.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import replace

import numpy as np

from ..records import Answer, Meeting, Passage, Sentence
from ..text.names import question_entities
from ..text.tokenize import fold, stem
from .acronyms import Initials, has_unknown_acronym, spell_out
from .analyse import Part, Query, analyse
from .answer_types import RECORD_TYPES, SAID_TODAY
from .antecedent import with_antecedents
from .aside import not_set_aside, without_set_aside
from .bystanders import with_bystanders
from .closest import best_of_named, silent_on, things_named
from .closing import at_the_close
from .compose import Group, Quote, cited_first, compose, header, join_words
from .counted import counting_first
from .coverage import topic_coverage
from .dates_named import names_time
from .extractive import Candidate, readout_terms, score_candidates, topic_question
from .filters import Filters, with_issuer
from .fitting import (
    KIND_LABELS,
    analysis_of,
    chosen_quotes,
    kind_noun,
    of_asked_kind,
    only_the_meeting,
    who_stems,
)
from .inherit import inherit, same_person_among
from .meeting_about import kind_in_meeting_about
from .meeting_sentence import WHICH_MEETING
from .recase import Casing, is_lower_case, learn_casing, recase
from .respell import misspelt, respell
from .retrieve import HybridRetriever, Retrieval
from .roster import from_roster
from .select import MeetingIndex, Selection, checked_in_text, first_part_only, participant_stems, select
from .speakers import said_by_group, said_by_office, speaker_first
from .text_parts import describe_topic, list_query, missing_line
from .times import date_beside_source, source_clause_timed
from .titled import TITLE_ASKED, best_titled, from_title, issuer_in_title, with_title_place
from .tuning import Tuning
from .vague import unless_none_named
from .who_when_where import READOUT_ISSUED, dated_by_topic, from_records, with_meeting_sentence
from .why_not import why_not

log = logging.getLogger(__name__)


def _met_in_part(name: str) -> re.Pattern:
    """A later part's own meeting with someone: "in his call with Turkey's Cavusoglu", "Biden and NATO's
    Stoltenberg"."""
    n = re.escape(name)
    return re.compile(rf"\bwith\s+(?:[\w'\u2019.\-]+\s+){{0,4}}?{n}|\band\s+(?:[A-Z][\w'\u2019.\-]*\s+){{0,3}}?{n}")


#: passages a named readout may hold at most: all of them are read when a question names one or two readouts
_WHOLE_READOUT = 24


class Answerer:
    """The quoting answerer over one store (a component: the facade gives it the store, embedder, settings)."""

    def __init__(self, store, embedder, settings, retriever: HybridRetriever, tuning: Tuning | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self.retriever = retriever
        self.tuning = tuning or Tuning.of(settings)
        self._index: MeetingIndex | None = None
        self._terms: dict[str, frozenset] = {}
        self._casing: Casing | None = None
        self._initials: Initials | None = None

    # ------------------------------------------------------------------ helpers over the store
    @property
    def index(self) -> MeetingIndex:
        if self._index is None:
            self._index = MeetingIndex.of(self.store.meetings)
        return self._index

    def recased(self, text: str) -> str:
        """The question with the capitals the readouts write it with (``recase``), names respelt (``respell``),
        acronyms the readouts never write spelt out (``acronyms``)."""
        if self._casing is None and (is_lower_case(text) or misspelt(text, self.known_exactly)):
            self._casing = learn_casing(self._passage_texts())
        casing = self._casing
        text = respell(recase(text, casing), self.known_exactly, casing) if casing is not None else text
        if has_unknown_acronym(text, self.known_exactly):  # the readouts' capitalised runs, read once
            self._initials = self._initials or Initials(self._passage_texts())
            text = spell_out(text, self.known_exactly, self._initials)
        return text

    def _passage_texts(self):
        return (self.store.passage(i).text for i in range(self.store.n_passages))

    def known(self, word: str) -> bool:
        from ..text.names import name_present

        return name_present(fold(word), self.store.has_term, self.store.has_prefix)

    def known_exactly(self, word: str) -> bool:
        """Whether the readouts use this very word (folded), not merely one it begins."""
        return self.store.has_term(fold(word)) or self.store.has_term(stem(fold(word)))

    def meeting_of(self, source: str) -> tuple[int, Meeting] | None:
        rid = self.store.readout_rid(source)
        return None if rid is None else (rid, self.store.meetings[rid])

    def _terms_of(self, row: int, source: str) -> frozenset:
        terms = self._terms.get(source)
        if terms is None:
            r = self.store.readout_of_passage(row)
            terms = self._terms[source] = readout_terms(r.title, r.text)
            if len(self._terms) > 4096:
                self._terms.pop(next(iter(self._terms)))
        return terms

    def quote(self, sentence: Sentence, score: float = 0.0, lead: str = "") -> Quote:
        """A sentence as a quote, with its readout's title and date and its statement kind and actor."""
        rows = self.store.readout_rows(sentence.source)
        r = self.store.readout(sentence.source)
        kind = actor = None
        if rows is not None:
            spans = self.store.sentence_spans(rows.s_lo, rows.s_hi)
            hit = np.nonzero(spans[:, 0] == sentence.start)[0] if len(spans) else np.zeros(0, np.int64)
            if len(hit):
                st = self.store.statement_rows(rows.s_lo + int(hit[0]), rows.s_lo + int(hit[0]) + 1)[0]
                kind, actor = st.kind, st.actor
        title, date, page = (r.title, r.date, r.page_of(sentence.start)) if r else ("", None, None)
        return Quote(sentence, title, date, score, kind, actor, lead, page)

    def sentence_at(self, source: str, start: int, end: int) -> Sentence | None:
        """The indexed sentence that holds offsets start..end of a readout."""
        rows = self.store.readout_rows(source)
        r = self.store.readout(source)
        if rows is None or r is None:
            return None
        for s, e in self.store.sentence_spans(rows.s_lo, rows.s_hi):
            if s <= start < e or (start <= s < end):
                return Sentence(source, int(s), int(e), r.text[int(s) : int(e)])
        return None

    def sentences_of(self, rid: int) -> list[tuple[Sentence, str, str]]:
        """Every sentence of readout ``rid`` with its statement kind and actor."""
        m = self.store.meetings[rid]
        rows = self.store.readout_rows(m.source)
        r = self.store.readout(m.source)
        spans = self.store.sentence_spans(rows.s_lo, rows.s_hi)
        kinds = self.store.statement_rows(rows.s_lo, rows.s_hi)
        return [
            (Sentence(m.source, int(s), int(e), r.text[int(s) : int(e)]), k.kind, k.actor)
            for (s, e), k in zip(spans, kinds)
        ]

    def allowed(self, filters: Filters | None) -> tuple[int, ...] | None:
        """The readouts the user's filters leave (None: all of them)."""
        if not filters:
            return None
        return tuple(rid for rid, m in enumerate(self.store.meetings) if filters.matches(m))

    # ------------------------------------------------------------------ the answer
    def answer(
        self,
        question: str,
        filters: Filters | None = None,
        retrieval: Retrieval | None = None,
        context: str | None = None,
        soft: bool = False,
    ) -> Answer:
        """Answer ``question`` from the readouts that fit ``filters``. ``context`` is the conversation's subject
        when ``question`` is a follow-up: its meeting stays the constraint unless the follow-up names another.
        With ``soft``, the question did not read as a follow-up: the conversation's meeting is tried first, and
        all the readouts when that meeting does not answer it."""
        if soft and context:
            return self._answer_soft(question, filters, retrieval, context)
        query, filters = analyse(question), with_issuer(filters, question)  # "Which White House readouts": its own
        if query.list_intent:
            query = list_query(query, question)
        search = question
        if context:
            if not any(p.topic for p in query.parts) and not all(p.about_meeting for p in query.parts):
                search = f"{question} {context}"  # "By when?" is searched with what it is about
            query = inherit(query, previous := analyse(context))
        sel = select(query, self.index, filters or Filters(), self.known, self.known_exactly)
        if context and not query.compare and set(query.people) <= set(previous.people):
            sel = best_titled(self.store, sel, f"{question} {without_set_aside(context)}", query.meeting_kind)
        elif (source := source_clause_timed(question)) and not query.compare:  # "According to the readout of ..."
            sel = best_titled(self.store, sel, source.group(1), query.meeting_kind)
        text_of = functools.cache(lambda r: self.store.readout(self.store.meetings[r].source).text)
        sel = checked_in_text(query, sel, self.index, text_of)
        within = functools.partial(select, index=self.index, filters=filters or Filters(), known=self.known)
        if not context and (fewer := with_bystanders(query, sel, within, text_of)):
            query, sel = fewer  # "... whom did Blinken thank for hosting Deputy Secretary Sherman's ...": spoken of
        if not query.compare and not context:
            from .compare import meetings_of_their_own

            query = replace(query, compare=meetings_of_their_own(query, sel, question))
        passages = retrieval.passages if retrieval is not None else ()
        info = analysis_of(query, sel)
        names = [*query.people, *query.topic_people]
        if sel.unknown and (len(sel.unknown) >= 2 or 2 * len(sel.unknown) >= len(names)):
            return _nothing(question, passages, info, f"No indexed readout mentions {join_words(list(sel.unknown))}.")
        if sel.missing and not query.compare:  # a comparison checks each of its meetings on its own
            return self._no_meeting(question, sel, info)
        if query.compare:
            from .compare import answer_comparison

            return answer_comparison(self, question, query, sel, info, filters)
        if sel.rids is not None and not sel.rids:
            return _nothing(question, passages, info, "No indexed readout fits the filters.")
        if query.list_intent:
            from .lists import answer_list

            return answer_list(self, question, query, sel, info, filters)
        first = self._own_meeting(query, sel, filters or Filters())
        return self.answer_parts(question, query, sel, info, retrieval, search, first)

    def _answer_soft(self, question: str, filters, retrieval, context: str) -> Answer:
        """A question that does not read as a follow-up, asked in a conversation: within the conversation's
        meeting first when it names no other (names of that meeting, "Did Sullivan raise human rights with
        him?", stay in it), else, or when that meeting does not answer it, over all the readouts."""
        own, asked = analyse(question), analyse(context)
        others = [p for p in own.people if not same_person_among(p, asked.people)]
        parties = [p for p in own.parties if p not in asked.parties and p != "United States"]  # ("the U.S. side")
        if others or parties or own.window.bounded or own.list_intent or own.compare:
            return self.answer(question, filters, retrieval)
        scoped = self.answer(question, filters, retrieval, context)
        if not scoped.abstained or (own.parts[0].answer_type == "yesno" and not own.people and not own.parties):
            # "Did any conflicts in the region come up?" asks about this meeting: no other meeting answers it
            return replace(scoped, analysis={**(scoped.analysis or {}), "within_conversation": context})
        return self.answer(question, filters, retrieval)

    def _no_meeting(self, question: str, sel: Selection, info: dict) -> Answer:
        groups = []
        for rid in sel.nearest:
            m = self.store.meetings[rid]
            main = self.meeting_sentence(rid)
            if main is not None:
                groups.append(Group(header(m, m.title), (self.quote(main),)))
        note = "The nearest meetings the readouts do record (they do not answer the question):" if groups else None
        return compose(question, groups, abstained=True, missing=[sel.missing or ""], context_note=note, analysis=info)

    def meeting_sentence(self, rid: int) -> Sentence | None:
        for s, kind, _ in self.sentences_of(rid):
            if kind == "met":
                return s
        m = self.store.meetings[rid]
        return self.sentence_at(m.source, *m.kind_span) if m.kind_span[0] >= 0 else None

    def answer_parts(
        self,
        question: str,
        query: Query,
        sel: Selection,
        info: dict,
        retrieval: Retrieval | None,
        search: str,
        first: Selection | None = None,  # the first part's meetings, when of its own (``_own_meeting``)
    ) -> Answer:
        groups: dict[str, list[Quote]] = {}
        missing: list[str] = []
        context: dict[str, list[Quote]] = {}
        answered = 0
        drop = participant_stems(sel, query) | who_stems(self, sel, query)
        passages: tuple[Passage, ...] = retrieval.passages if retrieval is not None else ()
        for i, part in enumerate(query.parts):
            whole, sel = sel, (first if i == 0 and first is not None else sel)
            topic, sel = only_the_meeting(self.store, part, query, sel, tuple(t for t in part.topic if t not in drop))
            # "who was among the speakers": the list of them, in the meeting an earlier part describes if this one
            # says nothing of it ("At Harris's gathering with Nevada legislators, ..., and which two state senators")
            meeting = topic or next((tuple(t for t in p.topic if t not in drop) for p in query.parts if p.topic), ())
            if roster := issuer_in_title(self, part, sel) or from_roster(self, part, sel, meeting):
                got, miss = roster, []
            elif part.answer_type in RECORD_TYPES and (
                part.about_meeting
                or part.answer_type == "kind"  # how it was held: always the meeting's own
                or (part.answer_type == "date" and bool(READOUT_ISSUED.search(part.text)))  # the readout's own day
                or (part.about_meeting is None and not (topic or part.kinds or part.hints))
            ):
                got, miss, passages = self._recorded(part, query, sel, topic, search, passages, retrieval)
            else:
                got, miss, ctx, passages = self.from_sentences(part, query, sel, topic, search, passages, retrieval)
                for q in ctx:
                    context.setdefault(q.sentence.source, []).append(q)
            got = with_title_place(self, part, got)  # "Where did he travel?": "... Travel to Ethiopia" cited too
            if got:
                answered += 1
                sel = whole if i == 0 and first is not None else self._narrowed(sel, got)
            elif i == 0 and first is not None:
                sel = whole
            for q in got:
                groups.setdefault(q.sentence.source, []).append(q)
            missing += miss
        for source, quotes in context.items():  # what was said, labelled, where no statement of the kind asked is
            seen = {g.sentence.start for g in groups.get(source, [])}  # (alone when no part is answered)
            groups.setdefault(source, []).extend(q for q in quotes if q.sentence.start not in seen)
        ordered = [self._group(source, quotes) for source, quotes in groups.items()]
        passages = cited_first(ordered, passages)
        note = (
            "What the readouts do record on it (it does not answer the question):" if not answered and ordered else None
        )
        abstained = not answered
        return compose(
            question, ordered, missing=missing, passages=passages, abstained=abstained, context_note=note, analysis=info
        )

    def _recorded(self, part: Part, query: Query, sel: Selection, topic, search: str, passages, retrieval):
        """Who, when or where from the records; when they do not hold it, from a sentence that says it."""
        got, miss = from_records(self, part, query, sel, topic, search)
        if not got and (topic or part.answer_type in ("person", "place")):  # no record of it: a sentence may
            got, _, _, passages = self.from_sentences(part, query, sel, topic, search, passages, retrieval)
            # (not a plan's place; its title's "... Travel to Ethiopia" is where it went)
            kept = part.answer_type != "place" or bool(topic)
            got = [q for q in got if kept or q.kind == "met" or not q.sentence.start]
            miss = [] if got else miss
        return got, miss, passages

    def _own_meeting(self, query: Query, sel: Selection, filters: Filters) -> Selection | None:
        """The meetings of a question's first part, when a later part names someone else met ("On February 24,
        2022, what did Blinken stress to the three Baltic foreign ministers ..., and how did he describe Russia's
        attack in his call with Turkey's Cavusoglu?", "... and what did Biden and NATO's Stoltenberg discuss?"):
        those its own names fit, without that later person; None when the first part fits the same meetings as the
        whole question."""
        narrower = first_part_only(query)
        if narrower is None or not sel.rids or sel.missing:
            return None
        said = query.parts[0].text  # (what only a later part names is no topic of the first)
        narrower = replace(
            narrower,
            topic_people=tuple(p for p in query.topic_people if p in said),
            topic_parties=tuple(p for p in query.topic_parties if p in said),
        )
        later = [p for p in query.people if p not in narrower.people]
        if not any(_met_in_part(p).search(part.text) for p in later for part in query.parts[1:]):
            return None  # (a later part's "participant Edina Lekovic" took part in the first part's meeting)
        own = select(narrower, self.index, filters, self.known, self.known_exactly)
        rest = tuple(r for r in own.rids or () if not any(r in self.index.with_person(p) for p in later))
        return replace(own, rids=rest) if rest and not own.missing and set(rest) != set(sel.rids) else None

    def _narrowed(self, sel: Selection, got: list[Quote]) -> Selection:
        """The later parts of a question stay with the meeting an earlier part was answered from ("When did
        Blinken phone Dendias about the tankers, and what did they agree Iran must do?": that call)."""
        sources = {q.sentence.source for q in got}
        if sel.rids is None or len(sel.rids) < 2 or len(sources) != 1:
            return sel
        hit = self.meeting_of(next(iter(sources)))
        return replace(sel, rids=(hit[0],)) if hit is not None and hit[0] in sel.rids else sel

    def _group(self, source: str, quotes: list[Quote]) -> Group:
        hit = self.meeting_of(source)
        seen: set[tuple[int, str]] = set()
        unique = []
        for q in with_antecedents(self, quotes):
            if (q.sentence.start, q.lead) not in seen and (q.lead or all(s != q.sentence.start for s, _ in seen)):
                seen.add((q.sentence.start, q.lead))
                unique.append(q)
        return Group(header(hit[1] if hit else None, quotes[0].title), tuple(unique))

    # ------------------------------------------------------------------ from sentences
    def from_sentences(
        self, part: Part, query: Query, sel: Selection, topic, question: str, passages, base: Retrieval | None = None
    ):
        if TITLE_ASKED.search(part.text) and (titled := from_title(self, part, sel.rids)):
            return titled, [], [], passages  # "How does the headline of the readout ... describe that meeting?"
        text = part.text if len(query.parts) > 1 else question
        vector = base.query_vector if base is not None and base.question == text else None
        # the one or two readouts a question names are read whole: their answer may be in a passage of its own
        k = self.tuning.k if sel.rids is None or len(sel.rids) > 2 else max(self.tuning.k, _WHOLE_READOUT)
        retrieval = self.retriever.run(text, k, sel.rids, vector)
        passages = passages or retrieval.passages
        scored = self.score_sentences(text, retrieval)
        fits = counting_first(self._fitting(scored, retrieval, part, query, sel, topic), part.text)  # "how many X"
        fits = unless_none_named(fits, scored, part.text) if sel.rids is not None and len(sel.rids) == 1 else fits
        if (told := date_beside_source(query.text)).text:  # "where had she been on July 21": that day's lines only
            fits = [q for q in fits if self._of_day(q.sentence, told)]
        states = {
            q.sentence.start for q in fits if topic_coverage(q.sentence.text, topic, self.store.idf, part.hints) > 0
        }
        wanted = said_by_group(fits, part, scored, self.quote) or said_by_office(self, fits, part)
        wanted = wanted or of_asked_kind(fits, part, states)
        if not wanted and WHICH_MEETING.search(part.text):
            wanted = fits  # "During which trip was a contract signed?": the kind says which meeting, not what to quote
        if not wanted and sel.rids is not None:  # the one meeting of those named that was about the topic
            wanted = kind_in_meeting_about(self, part, topic, sel.rids)
        if not wanted and fits and part.kinds and part.kinds[0] in ("agreed", "committed"):
            about = describe_topic(part, topic)
            context = [
                replace(q, lead=f"({KIND_LABELS.get(q.kind or 'other', (q.kind or '').replace('_', ' '))})")
                for q in fits[:2]
            ]
            return (
                [],
                [f"the readouts record no {kind_noun(part.kinds[0])}{about}; they record what was said, quoted above."],
                context,
                passages,
            )
        fits = at_the_close(self, part, sel.rids, speaker_first(wanted, part))  # "what did Regan talk about"
        if not fits and sel.rids is not None and len(sel.rids) == 1 and scored and part.kinds[:1] != ("condemned",):
            # (nor a condemnation the readout does not record, a day it does not tell of, a country it never names)
            fits = [] if told.text else best_of_named(self, scored, part, query, sel.rids[0], things_named(sel, query))
        chosen = chosen_quotes(fits, part, topic, sel, self.tuning.max_quotes, self.tuning.margin)
        chosen = not_set_aside(chosen, query.text, self.store.idf)  # "Apart from the rail shutdown, what else ..."
        if chosen:
            return with_meeting_sentence(self, part, chosen), [], [], passages
        if dated := dated_by_topic(self, part, query, sel, [s.candidate.sentence for s in scored], topic, question):
            return dated, [], [], passages  # "When did Biden speak with Niinistö about the F-35?"
        if titled := from_title(self, part, sel.rids):  # "In which state did Polis serve as governor?"
            return titled, [], [], passages
        return [], [missing_line(part, topic, self._scope(sel))], [], passages

    def _fitting(self, scored, retrieval: Retrieval, part: Part, query: Query, sel: Selection, topic) -> list[Quote]:
        """The scored sentences that answer a part (see ``why_not`` for what keeps one out)."""
        near = {
            (s.source, s.start): " ".join(x.text for x in p.sentences[max(0, i - 1) : i + 2])
            for p in retrieval.passages
            for i, s in enumerate(p.sentences)
        }
        named = sel.rids is not None and 0 < len(sel.rids) <= 2
        # the very thing named ("the Amazon Fund") must be there: a one-word name only when no readout is pinned
        names = things_named(sel, query, named)
        # a named thing is looked for in the readout with its title (whom, where); read only when a thing is named
        context, whole = {}, {}
        for p in retrieval.passages if names else ():
            if p.source not in whole:
                whole[p.source] = f"{p.title}\n{self.store.readout(p.source).text}"
            context.update({(s.source, s.start): whole[p.source] for s in p.sentences})
        # a question naming no one, nothing and no date ("which call mentioned a Mars rover") is in other words
        # than its readout more often than not: closeness in meaning alone may stand for its topic
        unnamed = not (names or question_entities(query.text) or query.parties or query.window.bounded)
        silent = silent_on(self.store, query, sel) if named and not query.compare else set()
        fits = []
        for s in scored:
            key = (s.candidate.sentence.source, s.candidate.sentence.start)
            if key[0] in silent:
                log.debug("not quoted (its readout never names %s): %s", query.topic_parties, key)
                continue
            around = (context.get(key, s.candidate.sentence.text), near.get(key, s.candidate.sentence.text))
            quote = self.quote(s.candidate.sentence, s.score)
            why = why_not(self, s, quote, part, topic, around, names, named, unnamed)
            if why:
                log.debug("not quoted (%s): %s", why, s.candidate.sentence.text[:120])
            else:
                fits.append(quote)
        return fits

    def _of_day(self, sent: Sentence, told) -> bool:
        """Whether a sentence tells of the day ``told``: by its date, or as "yesterday" of its readout's meeting."""
        if names_time(sent.text, told):
            return True
        hit = self.meeting_of(sent.source)
        return bool(hit and SAID_TODAY.search(sent.text) and told.contains(hit[1].date))

    def score_sentences(self, text: str, retrieval: Retrieval):  # the passages' sentences scored, best first
        topic = topic_question(text)
        tvec = self.embedder.encode_query(topic) if topic != text else None
        cands = []
        for rank, (hit, p) in enumerate(zip(retrieval.hits, retrieval.passages)):
            vecs = self.store.sentence_vectors(*self.store.passage_sentence_rows(hit.row))
            cos = vecs @ retrieval.query_vector if len(vecs) else np.zeros(0)
            tcos = vecs @ tvec if (tvec is not None and len(vecs)) else [None] * len(vecs)
            terms = self._terms_of(hit.row, p.source)
            for sent, c, tc in zip(p.sentences, cos, tcos):
                cands.append(Candidate(sent, float(c), rank, p.title, p.date, terms, None if tc is None else float(tc)))
        return score_candidates(text, cands, self.store.idf)

    def _scope(self, sel: Selection) -> str:
        if sel.rids and len(sel.rids) <= 2:
            return join_words(
                [f"the readout of {header(self.store.meetings[r], self.store.meetings[r].title)}" for r in sel.rids]
            )
        if sel.described:
            return f"the readouts of {sel.described}"
        return "the readouts"


def _nothing(question: str, passages, info: dict, why: str) -> Answer:
    """An abstention that quotes nothing and says why."""
    return compose(question, [], abstained=True, passages=passages, analysis=info, missing=[why])
