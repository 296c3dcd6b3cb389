"""Synthetic cases for batches, benchmarks and soak tests: reproducible, seeded, any number.

    python bench/gen_cases.py --count 100000 --seed 7 --out cases.jsonl
    python bench/gen_cases.py --count 1000 --hostile 0.05 --negative 0.3 > cases.jsonl

Each case is one JSON line in the case-file format (``id``, ``title``, ``paragraph``, ``facts``,
sometimes ``readings``), made from one of the worked scenarios of ``queries/`` (every paragraph of
the resolution has at least two, so every paragraph is drawn):

* the people the scenario names with quoted atoms ('Қайрат') are renamed, consistently within the
  case, from a pool of Kazakh and Russian names (Cyrillic with the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І);
  people named with plain atoms (ivanov, pavel) keep their names;
* every date of the case moves by the same number of days (up to ±200), so the periods between
  them stay; now and then (``--outside``) all of a case's dates move six years back or four years
  forward as well, which takes most such cases outside the period the resolution was in force (not
  all: a question that depends on no date, or dates that land inside the period, are answered as
  usual; and the ±200 days alone take a few cases near the period's ends outside it);
* a share of cases (``--negative``) loses one fact, so that what held may no longer hold (it often
  still holds: the fact dropped is not always one the answer rests on);
* a share (``--hostile``) is broken on purpose: a line that is not JSON, an undeclared fact, a wrong
  arity, an impossible date, a Prolog goal smuggled into a fact, a name of 200,000 characters, a
  variable, a term nested 3,000 deep, a line that is not an object.

The same arguments give the same bytes (the scenarios are read in a fixed order; no clock, no
hashing order).  The generator does not need SWI-Prolog.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyswip_bridge.workbench.scenarios import load_scenarios  # noqa: E402

GIVEN_NAMES = [
    "Қайрат",
    "Әлия",
    "Ерлан",
    "Гүлнар",
    "Нұрлан",
    "Айгүл",
    "Дәурен",
    "Мәдина",
    "Асқар",
    "Жанар",
    "Бауыржан",
    "Сәуле",
    "Ғалым",
    "Әсем",
    "Ұлан",
    "Іңкәр",
    "Өмірзақ",
    "Ақбота",
    "Серік",
    "Айнұр",
    "Иван",
    "Ольга",
    "Сергей",
    "Наталья",
    "Дмитрий",
    "Елена",
    "Һидаят",
    "Ырысбек",
    "Ботагөз",
    "Бекзат",
]
SURNAMES = [
    "Ахметов",
    "Сейітқали",
    "Нұрпейісова",
    "Әбенов",
    "Жұмабаев",
    "Қасымова",
    "Иванов",
    "Смирнова",
    "Төлеуов",
    "Құнанбаева",
    "Оспанов",
    "Ермекова",
    "Ғабитов",
    "Үсенова",
    "Петров",
]
DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
#: Quoted atoms that are not people's names (kept as they are).
NOT_PEOPLE = re.compile(r"^(v|a|pt|pr|s|r|app|ap|p)\d+$")
RESERVED = {"prosecutor_general", "chairman_of_supreme_court"}

HOSTILE_KINDS = [
    "not_json",
    "undeclared_fact",
    "wrong_arity",
    "impossible_date",
    "smuggled_goal",
    "huge_name",
    "variable",
    "deep_term",
    "not_an_object",
    "facts_not_a_list",
]


@dataclass(frozen=True)
class Template:
    name: str
    paragraph: int
    facts: tuple[str, ...]
    readings: tuple[tuple[str, str], ...]


def templates() -> list[Template]:
    """The worked scenarios, in file-name order, as case templates."""
    found = []
    for scenario in sorted(load_scenarios(), key=lambda s: s.name):
        found.append(
            Template(
                scenario.name,
                scenario.paragraph,
                tuple(f.text for f in scenario.case.facts),
                tuple(sorted(scenario.case.readings.items())),
            )
        )
    return found


def shift_dates(text: str, days: int) -> str:
    def move(match: re.Match[str]) -> str:
        try:
            date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:  # not a date the scenario meant (kept as it is)
            return match.group(0)
        return (date + dt.timedelta(days=days)).isoformat()

    return DATE.sub(move, text)


def rename_people(facts: list[str], rng: random.Random) -> list[str]:
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        old = match.group(1)
        if NOT_PEOPLE.match(old) or old in RESERVED:
            return match.group(0)
        if old not in names:
            new = f"{rng.choice(GIVEN_NAMES)} {rng.choice(SURNAMES)}"
            while new in names.values():
                new = f"{rng.choice(GIVEN_NAMES)} {rng.choice(SURNAMES)}"
            names[old] = new
        return "'" + names[old].replace("\\", "\\\\").replace("'", "\\'") + "'"

    return [QUOTED.sub(rename, fact) for fact in facts]


def hostile_line(kind: str, case: dict, rng: random.Random) -> str:
    facts = list(case["facts"])
    if kind == "not_json":
        text = json.dumps(case, ensure_ascii=False)
        return text[: rng.randrange(1, len(text) - 1)]
    if kind == "not_an_object":
        return json.dumps(facts, ensure_ascii=False)
    if kind == "facts_not_a_list":
        return json.dumps({**case, "facts": "; ".join(facts)}, ensure_ascii=False)
    bad = {
        "undeclared_fact": "bribe(v1, 'Қайрат')",
        "wrong_arity": "judicial_act(v1, verdict)",
        "impossible_date": "entered_into_force(v1, 2021-02-30)",
        "smuggled_goal": "participant('x'), halt, ('y', convicted)",
        "huge_name": "participant('" + "Қ" * 200_000 + "', convicted)",
        "variable": "participant(Someone, convicted)",
        "deep_term": "judicial_act(" + "f(" * 3000 + "v1" + ")" * 3000 + ", verdict, first_instance)",
    }[kind]
    facts.insert(rng.randrange(len(facts) + 1), bad)
    return json.dumps({**case, "facts": facts, "title": case["title"] + f" [hostile: {kind}]"}, ensure_ascii=False)


def generate(
    count: int, seed: int, *, negative: float = 0.25, hostile: float = 0.02, outside: float = 0.03
) -> Iterator[str]:
    """``count`` case lines (without newlines)."""
    rng = random.Random(seed)
    pool = templates()
    for number in range(1, count + 1):
        template = pool[rng.randrange(len(pool))]
        facts = rename_people(list(template.facts), rng)
        days = rng.randint(-200, 200)
        notes = []
        if rng.random() < outside:
            years = rng.choice([-6, 4])
            days += years * 365
            notes.append(f"moved {years:+d} years")
        facts = [shift_dates(fact, days) for fact in facts]
        notes.insert(0, f"dates {days:+d} d")
        if facts and rng.random() < negative:
            dropped = facts.pop(rng.randrange(len(facts)))
            notes.append(f"without {dropped.split('(')[0]}")
        case: dict = {
            "id": f"g{seed}-{number:07d}",
            "title": f"{template.name} ({', '.join(notes)})",
            "paragraph": template.paragraph,
            "facts": facts,
        }
        if template.readings:
            case["readings"] = dict(template.readings)
        if rng.random() < hostile:
            yield hostile_line(rng.choice(HOSTILE_KINDS), case, rng)
        else:
            yield json.dumps(case, ensure_ascii=False)


def write(lines: Iterator[str], sink: TextIO) -> int:
    written = 0
    for line in lines:
        sink.write(line + "\n")
        written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="number of cases")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same cases)")
    parser.add_argument("--negative", type=float, default=0.25, help="share of cases missing one fact")
    parser.add_argument("--hostile", type=float, default=0.02, help="share of cases broken on purpose")
    parser.add_argument(
        "--outside", type=float, default=0.03, help="share of cases dated outside the resolution's period"
    )
    parser.add_argument("--out", type=Path, help="output file (default: standard output)")
    args = parser.parse_args(argv)
    for name in ("negative", "hostile", "outside"):
        if not 0 <= getattr(args, name) <= 1:
            parser.error(f"--{name} must be between 0 and 1")
    if args.count < 0:
        parser.error("--count must not be negative")
    lines = generate(args.count, args.seed, negative=args.negative, hostile=args.hostile, outside=args.outside)
    if args.out is None:
        write(lines, sys.stdout)
    else:
        try:
            with args.out.open("w", encoding="utf-8", newline="\n") as sink:
                write(lines, sink)
        except OSError as exc:
            print(f"gen_cases.py: error: {args.out}: cannot write the cases ({exc.strerror or exc})", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
