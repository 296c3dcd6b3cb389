"""Error messages in Russian: the fixed words of the messages the KB, the bridge and click write.

A message names what the user wrote (a predicate, a value, a place in a file) between fixed words;
each pattern below replaces the fixed words of one kind of message and keeps what it names, so that
``may_revie/2 is not a question of the KB; did you mean may_review/2?`` becomes ``may_revie/2 — не
вопрос базы знаний; может быть, имелось в виду may_review/2?``.  A message of a kind not listed
stays in English after its Russian prefix (``ошибка:``).
"""

from __future__ import annotations

import re

#: (pattern, replacement) in the order they are tried; each applies wherever it matches.
RU_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (
            r"(\S+) is not a question of the KB; did you mean (.+?)\?",
            r"\1 — не вопрос базы знаний; может быть, имелось в виду \2?",
        ),
        (r"(\S+) is not a question of the KB; (\S+) is\b", r"\1 — не вопрос базы знаний; вопрос — \2"),
        (r"(\S+) is not a question of the KB; ask one of: ", r"\1 — не вопрос базы знаний; задайте один из: "),
        (r"\(`cassation norms` lists the questions\)", "(`cassation norms` перечисляет вопросы)"),
        (r"syntax error in the question: ", "синтаксическая ошибка в вопросе: "),
        (r"the question is empty", "вопрос пуст"),
        (r"\(at column (\d+)\)", r"(столбец \1)"),
        (r"cannot read the case file: no such file", "не удаётся прочитать файл дела: такого файла нет"),
        (r"cannot read the case file", "не удаётся прочитать файл дела"),
        (r"(\S+) is not a declared case fact", r"\1 — не объявленный факт дела"),
        (r"(\S+) is not declared; (\S+) is\b", r"\1 не объявлен; объявлен \2"),
        (r"; did you mean (.+?)\?", r"; может быть, имелось в виду \1?"),
        (r"\(see `cassation vocabulary`\)", "(см. `cassation vocabulary`)"),
        (
            r"argument (\w+) of (\w+) must be one of (.+?), not ",
            r"аргумент \1 факта \2 должен быть одним из: \3, а не ",
        ),
        (r"argument (\w+) of (\w+) must be ", r"аргумент \1 факта \2 должен быть: "),
        (r"a real date written YYYY-MM-DD \(years 1900-2100\)", "настоящая дата вида ГГГГ-ММ-ДД (годы 1900-2100)"),
        (r"a whole number from 0 to 1000000", "целое число от 0 до 1000000"),
        (r"a name \(an atom such as v1 or '(.+?)'\)", r"имя (атом, например v1 или '\1')"),
        (r"\(in '(.*)'\)$", r"(в '\1')"),
        (r"no ambiguous passage (\S+); the passages are ", r"нет неоднозначного места \1; места: "),
        (r"YAML syntax error: ", "синтаксическая ошибка YAML: "),
        (r"JSON syntax error: ", "синтаксическая ошибка JSON: "),
        (
            r"; ask with reason_anyway \(CLI: --reason-anyway\) to reason with it all the same",
            "; чтобы всё же применить его, задайте reason_anyway (в командной строке --reason-anyway)",
        ),
        (r"Invalid value for '([^']+)': ", r"недопустимое значение '\1': "),
        (r"'([^']*)' is not one of (.+?)(?=\s\(see|$)", r"'\1' — не одно из: \2"),
        (r"(\S+) is not a number of seconds from ([\d.]+) up", r"\1 — не число секунд от \2 и больше"),
        (r"Missing argument '([^']+)'", r"не указан аргумент '\1'"),
        (r"Missing option '([^']+)'", r"не указан параметр '\1'"),
        (r"No such command '([^']+)'", r"нет команды '\1'"),
        (r"No such option: (\S+)", r"нет параметра \1"),
        (r"No such option '([^']+)'", r"нет параметра '\1'"),
        (r": an argument that starts with - goes after --", ": аргумент, начинающийся с -, пишется после --"),
        (r"\(see `([^`]+)`\)", r"(см. `\1`)"),
        (r"\bis not a file\b", "не файл"),
        (r"the question could not be answered", "на вопрос не удалось ответить"),
        (r"interrupted", "прервано"),
        (r"terminated", "остановлено"),
    )
)


def russian_message(message: str) -> str:
    """``message`` with the fixed words of its kind in Russian (what it names stays as written)."""
    for pattern, replacement in RU_PATTERNS:
        message = pattern.sub(replacement, message)
    return message
