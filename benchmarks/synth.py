"""Deterministic synthetic readouts for benchmarks, for any N.

Each readout looks like a government meeting readout: a title line, a
``Date:`` line, a blank line, then 200-400 words in the formulaic structure
of the genre (who met whom and where, what was discussed, what was agreed,
what each side affirmed, what comes next). Names, countries, cities, topics
and dates vary; the same ``seed`` always gives the same texts, byte for byte.
Everything here is invented for this project.

    python benchmarks/synth.py 1000 /tmp/synth-1000     # writes 1000 .txt files
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

FIRST = """Amara Bela Carlos Dalia Emil Farah Goran Hana Ilya Jonas Kemal Lucia Mateo Nadia Oren Priya Quentin
Rosa Samir Tomas Ursula Viktor Wen Ximena Yusuf Zofia Adebayo Bianca Chidi Daniela Elif Felix Greta Hiro Ines
Jakub Kiri Leila Marek Noor Olga Pavel Rania Soren Thandi Uma Vera Wanjiru Yara Zeynep Anil Beatriz Cyrus Dmitri
Esther Fumiko Gideon Halima Ivo Jasmin Kofi Lars Mina Nikolai Oksana Pedro Rafael Sanna Taro Valentina Wole""".split()
LAST = """Abara Bergstrom Castellano Dimitrov Ekwueme Fonseca Gashi Haddad Ivanova Jankowski Kaur Lindqvist
Moreau Nakamura Okonkwo Petrov Quispe Rahman Sato Takahashi Urquhart Valdez Weber Xu Yilmaz Zeller Achebe Brandt
Coelho Dlamini Eriksen Farouk Gruber Hoang Iqbal Jovanovic Kovacs Lopes Mensah Novak Oyelaran Pham Qureshi
Rossi Santos Tanaka Uddin Vasquez Wojcik Yamamoto Zhou Amiri Barros Cohen Diallo Esposito Fischer Grant
Hussein""".split()
COUNTRIES = [
    ("Norvania", "Norvanian", "Kestrel"),
    ("Aldoria", "Aldorian", "Port Aldo"),
    ("Belmark", "Belmarkian", "Vessa"),
    ("Corventa", "Corventan", "San Lune"),
    ("Dravia", "Dravian", "Osk"),
    ("Estmere", "Estmerian", "Halden"),
    ("Farrowland", "Farrowese", "Greyhaven"),
    ("Galdonia", "Galdonian", "Mirel"),
    ("Hestria", "Hestrian", "Tavin"),
    ("Isolde", "Isoldan", "Corrin"),
    ("Jarvonia", "Jarvonian", "Pellam"),
    ("Kalindra", "Kalindran", "Ashvara"),
    ("Lumeria", "Lumerian", "Solace"),
    ("Marovia", "Marovian", "Drent"),
    ("Nandor", "Nandorese", "Ulm Bay"),
    ("Ostravia", "Ostravian", "Brena"),
    ("Pelagia", "Pelagian", "Coral Point"),
    ("Quarthis", "Quarthian", "Ivel"),
    ("Rostavia", "Rostavian", "Kamen"),
    ("Sundara", "Sundaran", "Meru"),
    ("Tavoria", "Tavorian", "Lisk"),
    ("Ulvenia", "Ulvenian", "Rask"),
    ("Veridia", "Veridian", "Greenholm"),
    ("Westmarch", "Westmarcher", "Eldon"),
    ("Yarrow", "Yarrowese", "Fenwick"),
    ("Zanthia", "Zanthian", "Oru"),
    ("Arkadia", "Arkadian", "Thessal"),
    ("Brisca", "Brisqueno", "Alta Brisca"),
    ("Caldera", "Calderan", "Fumar"),
    ("Delvia", "Delvian", "Rhun"),
]
ROLES = [
    ("Secretary", "Foreign Minister"),
    ("Deputy Secretary", "Vice Foreign Minister"),
    ("Secretary", "Prime Minister"),
    ("Secretary", "President"),
    ("Under Secretary", "Minister of Trade"),
    ("Special Envoy", "Minister of Energy"),
    ("National Security Advisor", "National Security Advisor"),
    ("Secretary", "Minister of Defense"),
]
TOPICS = {
    "maritime security": ("freedom of navigation in the {sea}", "joint coast guard patrols", "illegal fishing"),
    "energy security": ("diversifying gas supplies", "the {project} interconnector", "grid resilience before winter"),
    "climate": ("methane reduction commitments", "adaptation finance for coastal cities", "a just energy transition"),
    "trade": ("semiconductor supply chains", "reducing tariffs on agricultural goods", "critical minerals sourcing"),
    "health security": (
        "pandemic preparedness",
        "vaccine manufacturing capacity",
        "the regional disease surveillance network",
    ),
    "migration": ("safe and orderly migration", "labour pathways", "humanitarian assistance at the border"),
    "counterterrorism": ("terrorist financing", "information sharing on foreign fighters", "aviation security"),
    "food security": ("fertilizer access", "grain exports through the {sea}", "drought-resistant crops"),
    "cybersecurity": (
        "ransomware attacks on hospitals",
        "protecting undersea cables",
        "norms of state behaviour online",
    ),
    "human rights": ("the release of detained journalists", "freedom of expression", "the protection of civil society"),
    "regional stability": (
        "the ceasefire in the {region}",
        "de-escalation along the {region} border",
        "the peace talks in {city}",
    ),
    "education": ("student exchanges", "the {project} scholarship programme", "technical and vocational training"),
}
SEAS = ["Amber Sea", "Strait of Veles", "Gulf of Maren", "Northern Passage", "Saltmarsh Bay", "Opal Sea"]
REGIONS = ["Tarn Valley", "Eastern Marches", "Kessel Highlands", "Delta provinces", "Sorrel Coast"]
PROJECTS = ["Meridian", "Northstar", "Bluewater", "Keystone", "Horizon", "Lantern", "Cobalt", "Silverline"]
VERBS_DISCUSS = ["discussed", "reviewed", "exchanged views on", "took stock of", "underscored the importance of"]
VERBS_AGREE = ["agreed to", "committed to", "pledged to", "decided to", "welcomed plans to"]
ACTIONS = [
    "establish a working group on {t}",
    "expand cooperation on {t}",
    "hold a ministerial dialogue on {t} before {month}",
    "launch a joint initiative on {t}",
    "share information and best practices on {t}",
    "mobilize financing for {t}",
    "convene technical experts on {t} in {city}",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
OPENERS = ["The below is attributable to Spokesperson {spk}:", "Office of the Spokesperson", "Readout of the meeting:"]
FILLER = [
    "The two sides reaffirmed the enduring partnership between the United States and {country}.",
    "Both officials emphasized that close coordination remains essential in the months ahead.",
    "They noted the progress achieved since their last meeting in {month}.",
    "The {role_us} expressed appreciation for {adj} leadership in regional forums.",
    "The officials also discussed developments in the {region} and the humanitarian situation there.",
    "They underlined the value of people-to-people ties, including through business and academic exchanges.",
    "The {role_us} and the {role_them} agreed to remain in close contact.",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _fill(template: str, rng: random.Random, ctx: dict) -> str:
    return template.format(
        sea=rng.choice(SEAS), project=rng.choice(PROJECTS), region=rng.choice(REGIONS), month=rng.choice(MONTHS), **ctx
    )


def readout(i: int, seed: int = 0) -> tuple[str, str]:
    """The ``i``-th synthetic readout for ``seed``: (file name, text)."""
    rng = random.Random(f"{seed}:{i}")
    country, adj, city = rng.choice(COUNTRIES)
    role_us, role_them = rng.choice(ROLES)
    us, them, spk = _name(rng), _name(rng), _name(rng)
    when = date(2021, 1, 1) + timedelta(days=rng.randrange(5 * 365))
    kind = rng.choice(["Meeting", "Call", "Meeting", "Visit"])
    topics = rng.sample(sorted(TOPICS), rng.randint(2, 4))
    ctx = {"country": country, "adj": adj, "city": city, "role_us": role_us, "role_them": role_them}
    title = f"{role_us} {us.split()[1]}'s {kind} with {adj} {role_them} {them}"
    where = f"in {city}" if kind != "Call" else "by phone"
    paras = [
        rng.choice(OPENERS).format(spk=spk),
        f"{role_us} {us} {'spoke' if kind == 'Call' else 'met'} today {where} with {adj} {role_them} {them}. "
        f"The {role_us} and the {role_them} {rng.choice(VERBS_DISCUSS)} {', '.join(topics[:-1])} and {topics[-1]}.",
    ]
    fillers = list(FILLER)
    rng.shuffle(fillers)
    for t in topics:
        details = list(TOPICS[t])
        rng.shuffle(details)
        d1, d2 = _fill(details[0], rng, ctx), _fill(details[1], rng, ctx)
        action = _fill(rng.choice(ACTIONS), rng, {**ctx, "t": d2})
        sentences = [
            f"On {t}, the {role_us} {rng.choice(VERBS_DISCUSS)} {d1} and stressed {country}'s role in it.",
            f"The two officials {rng.choice(VERBS_AGREE)} {action}.",
        ]
        if rng.random() < 0.8:
            sentences.append(
                f"The {role_them} described {adj} efforts on {d2}, and the {role_us} welcomed "
                f"{'a' if rng.random() < 0.5 else 'the'} {rng.choice(PROJECTS)} plan to support them."
            )
        if rng.random() < 0.5 and fillers:
            sentences.append(_fill(fillers.pop(), rng, ctx))
        if rng.random() < 0.5:
            sentences.append(
                f"{them} noted that {d1} would be on the agenda when the two sides meet again in {rng.choice(MONTHS)}."
            )
        paras.append(" ".join(sentences))
    closing = [_fill(f, rng, ctx) for f in (fillers[:2] or rng.sample(FILLER, 2))]
    visit_when = rng.choice(["later this year", "next spring", "in " + rng.choice(MONTHS)])
    closing.append(f"{them} invited {us} to visit {city} {visit_when}.")
    paras.append(" ".join(closing))
    body = "\n\n".join(paras)
    # keep readouts in the 200-400 word range of real ones: trim or extend at paragraph level
    while len(body.split()) > 400 and len(paras) > 3:
        paras.pop(-2)
        body = "\n\n".join(paras)
    while len(body.split()) < 200:
        discussed = rng.choice(VERBS_DISCUSS)  # (drawn in the order the sentence reads: seeded output unchanged)
        topic = _fill(rng.choice(TOPICS[rng.choice(sorted(TOPICS))]), rng, ctx)
        agreed = rng.choice(VERBS_AGREE)
        action = _fill(rng.choice(ACTIONS), rng, {**ctx, "t": rng.choice(sorted(TOPICS))})
        extra = f"The {role_us} and the {role_them} also {discussed} {topic}, and {agreed} {action}."
        paras.insert(-1, extra)
        body = "\n\n".join(paras)
    text = f"{title}\nDate: {when.strftime('%B')} {when.day}, {when.year}\n\n{body}\n"
    name = f"synth-{seed}-{i:06d}.txt"
    return name, text


def generate(n: int, seed: int = 0):
    """The first ``n`` readouts for ``seed`` as (file name, text) pairs."""
    return [readout(i, seed) for i in range(n)]


def write_corpus(n: int, folder: Path, seed: int = 0, start: int = 0) -> list[Path]:
    """Write readouts ``start .. start+n-1`` as .txt files into ``folder``; returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        name, text = readout(i, seed)
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def questions(n: int, corpus_n: int, seed: int = 0) -> list[str]:
    """``n`` questions in the style users ask, about readouts among the first ``corpus_n``."""
    rng = random.Random(f"questions:{seed}")
    out = []
    for _ in range(n):
        i = rng.randrange(corpus_n)
        r = random.Random(f"{seed}:{i}")
        country, adj, city = r.choice(COUNTRIES)
        topic = rng.choice(sorted(TOPICS))
        out.append(
            rng.choice(
                [
                    f"What did the officials agree on {topic} with {country}?",
                    f"What was discussed with the {adj} side about {topic}?",
                    f"Did the meeting in {city} cover {topic}?",
                    f"What did the United States and {country} commit to on {topic}?",
                ]
            )
        )
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("synth-corpus")
    write_corpus(n, out)
    print(f"wrote {n} readouts to {out}/")
