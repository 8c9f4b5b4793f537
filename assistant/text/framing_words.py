"""What people type around a question rather than ask: greetings, thanks, asides about the asker, the readouts
named as the source, the openers of a request, and the words that make a sentence after the question narrow it or
add to it. Read by ``qa.form`` to set the wrapping aside; same conventions as ``lexicon`` (lower-case,
accent-folded words)."""

from __future__ import annotations

from .question_words import AUXILIARIES

# The tables below are laid out by hand, several entries a line, to be read as tables: the formatter leaves them.
# fmt: off


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that only ever wrap a question, never ask: greetings, thanks and closings, apologies, fillers, the
#: asking itself, the readouts as the source, requests to cite, why one asks. A piece at the question's start
#: or end needs one of these (or an ``ADDRESS_WORDS``) to be set aside ("Hi!", "Based on the readouts,").
FRAMING_SIGNALS = _words("""
hi hello hey hiya howdy yo greetings dear morning afternoon evening thanks thank thx thnx thanx ty tia ta cheers
appreciated appreciate grateful obliged regards wishes sincerely cordially please pls plz kindly ok okay alright
sorry apologies apologise apologize bother bothering pardon excuse um uh erm hmm ah oh anyway btw fyi so q question
questions query wondering wonder wondered curious readouts readout according based cite citing quote quoting
citation citations memo briefing deadline editor boss homework assignment seminar essay thesis uni assistant bot
chatbot asap urgent quick source sources context background re disclaimer faithfully
""")
#: Words that may stand beside a ``FRAMING_SIGNALS`` word in what wraps a question ("Thanks *a lot for your
#: help*", "*Going by the official* readouts"), but that a question may also use: alone they set nothing aside.
FRAMING_WORDS = FRAMING_SIGNALS | _words("""
there good folks team everyone much many lot advance best kind warm again well right basically actually really
truly very quick one just another next more last also help helpful assist assistance out here look looking up
search check confirm verify double find dig pull tell show let know interested trying try figure want wanted need
needed like love was were am i m me my us we you your u ur ve d ll re can could would will for this something a an
and the about on in of with only using use used to from at by via per as going got have has access available
provided loaded indexed archive database corpus files records record statements statement documents document docs
sources source sourcing official texts text transcripts meeting meetings released published issued relevant
passage passages excerpt excerpts reference references referencing link links answer answers answering reply
respond response include including provide add mention point prose plain format wording words language english
exact exactly verbatim sentence sentences line lines paragraph putting together preparing prep writing drafting
working presentation colleague colleagues client student note notes report sir madam indicate comes come welcome
if is but basic context background straight strictly solely purely afterward afterwards lecture handout course
university school newsletter through earlier previously possible end specific rely relying relied or
sanity think thinking honest honestly talks
""")
#: Words by which a writer speaks of themselves or to the assistant: a sentence with one that asks nothing of
#: the readouts is about the asking ("I'm writing a thesis.", "Could you check for me?").
ADDRESS_WORDS = _words("i me my mine myself you your yours")
#: First words of a sentence that asks: auxiliaries ("Did they ...?", with its "?") and requests ("List the ...").
AUXILIARY_OPENERS = AUXILIARIES | {"should"}
REQUEST_OPENERS = _words("""
list name give show tell describe summarize summarise explain compare identify outline count include add
""")
ASKING_OPENERS = AUXILIARY_OPENERS | REQUEST_OPENERS
#: Words that make a sentence after the question narrow it or add to it ("Just on trade.", "Also the date."):
#: part of the question, not an aside.
RESTRICTING_WORDS = _words("""
just only also too especially particularly mainly mostly and or but on about in regarding concerning for with at
specifically namely notably chiefly primarily
during between since before after from including
""")
#: Words that say where an answer is to come from ("Per the statements released after the meetings, ...").
SOURCE_WORDS = _words("""
readouts readout statements statement released published issued communique communiques
record records text texts transcripts according based per
""")
#: Words that make any sentence after the question narrow it, wherever they stand ("The economic side only.",
#: "Focus on the economic side.").
NARROWING_WORDS = _words("only just especially particularly specifically mainly focus focusing concentrate limit")
#: Words that make any sentence after the question add to it ("I also want the date.").
ADDING_WORDS = _words("also too additionally")
#: Request words before the verb of a request ("Please list ...", "Kindly quote ...").
POLITE_OPENERS = _words("please kindly pls plz")
#: Conjunctions left at the front of a question when what was typed before them is set aside ("..., but what").
LEFT_CONJUNCTIONS = _words("but so then")
#: Courtesies that only look like questions ("where possible", "if you can").
IF_POSSIBLE = ("where possible", "when possible", "if possible", "as needed", "where relevant", "where applicable",
               "if you can", "if u can", "as available")
