"""Error messages in Russian: the fixed words of the messages the KB, the bridge and click write.

A message names what the user wrote (a predicate, a value, a place in a file) between fixed words;
each pattern below replaces the fixed words of one kind of message and keeps what it names, so that
``may_revie/2 is not a question of the KB; did you mean may_review/2?`` becomes ``may_revie/2 — не
вопрос базы знаний; может быть, имелось в виду may_review/2?``.  A message of a kind not listed
stays in English after its Russian prefix (``ошибка:``); tests/test_russian_messages.py checks that
every hostile input of tests/hostile/ is of a listed kind.  What the KB words in the language of the
request itself -- the warnings about a question, the contradictions between facts with their reasons
-- comes Russian from its phrase tables (kb/lang/ru.pl), not from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Replacement = str | Callable[[re.Match[str]], str]

_WHAT = {"question": "вопрос", "fact": "факт"}


def russian_citation(source: str) -> str:
    """``¶1; CPC art. 484 part 1`` in Russian: ``п. 1; ст. 484 ч. 1 УПК РК``."""
    parts = []
    for part in source.split("; "):
        part = re.sub(r"^¶¶", "пп. ", re.sub(r"^¶(?!¶)", "п. ", part))
        code = re.match(r"^(CPC|CC) (.+)$", part)
        if code:
            words = {"art.": "ст.", "arts.": "ст.", "part": "ч.", "item": "п.", "items": "пп."}
            body = " ".join(words.get(word, word) for word in code[2].split(" "))
            part = f"{body} {'УПК РК' if code[1] == 'CPC' else 'УК РК'}"
        parts.append(part)
    return "; ".join(parts)


#: (pattern, replacement) in the order they are tried; each applies wherever it matches.
RU_PATTERNS: tuple[tuple[re.Pattern[str], Replacement], ...] = tuple(
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
        (r"(?<!YAML )(?<!JSON )syntax error: ", "синтаксическая ошибка: "),
        (r"Illegal character code", "недопустимый код символа"),
        (
            r"; a name that starts with a capital letter, or has several words, must be quoted: ",
            "; имя, которое начинается с заглавной буквы или состоит из нескольких слов, пишется в кавычках: ",
        ),
        (r"\(unquoted, it is not read as one name\)", "(без кавычек это не одно имя)"),
        (r"\(unquoted, (.+?) is a variable\)", r"(без кавычек \1 — переменная)"),
        (r"the question is a variable, not a question", "вопрос — переменная, а не вопрос"),
        (r"the (question|fact) contains a NUL character", lambda m: f"{_WHAT[m[1]]} содержит символ NUL"),
        (
            r"the (question|fact) is ([\d,]+) characters long; at most ([\d,]+) are accepted",
            lambda m: f"{_WHAT[m[1]]}: {m[2]} символов; допускается не более {m[3]}",
        ),
        (r"the fact is empty", "факт пуст"),
        (
            r"argument (\S+) of (\S+?) \(the date\) must be a date such as (\S+), not the variable (\S+): "
            r"the KB cannot list the dates on which (.+) holds, only say whether it holds on a date given",
            r"аргумент \1 вопроса \2 (дата) должен быть датой, например \3, а не переменной \4: база знаний не "
            r"перечисляет даты, на которые верно \5, она лишь говорит, верно ли это на данную дату",
        ),
        (
            r"argument (\S+) of (.+?) \(the date\) must be a date such as (\S+) "
            r"\(a day of the calendar, year-month-day\), not ",
            r"аргумент \1 вопроса \2 (дата) должен быть датой, например \3 (день календаря, год-месяц-день), а не ",
        ),
        (
            r"argument (\S+) of (.+?) must be a variable, a name, a whole number, a date or a value the KB gives "
            r"\(such as (.+?)\)",
            r"аргумент \1 вопроса \2 должен быть переменной, именем, целым числом, датой или значением, которое "
            r"даёт база знаний (например, \3)",
        ),
        (
            r"(\S+) is not a value the KB knows; an argument must be a variable, a name, a whole number, a date or "
            r"a compound value the KB gives: ",
            r"\1 — не значение, известное базе знаний; аргумент должен быть переменной, именем, целым числом, "
            r"датой или составным значением, которое даёт база знаний: ",
        ),
        (r"(\S+) is not a value the KB knows", r"\1 — не значение, известное базе знаний"),
        (r"; known values for argument (\S+) of (\S+) are: ", r"; известные значения аргумента \1 вопроса \2: "),
        (r"; known values for (\S+) are: ", r"; известные значения \1: "),
        (
            r" must be a variable, a name, a whole number, a date or a value the KB gives",
            " должен быть переменной, именем, целым числом, датой или значением, которое даёт база знаний",
        ),
        (r" is nested more than (\d+) levels deep", r": вложенность глубже \1 уровней"),
        (r" has more than (\d+) parts", r": больше \1 частей"),
        (r"\(in the question (.+)\)$", r"(в вопросе \1)"),
        (r"the question was not answered within (.+?) seconds", r"на вопрос не удалось ответить за \1 с"),
        (r"the question needed more than (\S+) inferences", r"вопросу понадобилось больше \1 логических выводов"),
        (r"the question ran out of (\S+)", r"вопросу не хватило памяти (\1)"),
        (
            r"(.+) is not a fact of the vocabulary \(expected name\(arguments\)\)",
            r"\1 — не факт словаря (ожидается имя(аргументы))",
        ),
        (
            r"a case fact may not contain variables \(write names in lower case or quote them\)",
            "факт дела не может содержать переменных (пишите имена со строчной буквы или в кавычках)",
        ),
        (r"(\S+) is both given and denied", r"\1 одновременно дан и отрицается"),
        (
            r"a passage or reading name of ([\d,]+) characters: names are at most ([\d,]+) characters",
            r"имя места или прочтения из \1 символов: имя не длиннее \2 символов",
        ),
        (
            r"a passage name is empty; the passages are listed by `cassation norms`",
            "имя места пусто; места перечисляет `cassation norms`",
        ),
        (r"unknown case file type (.+?): use ", r"неизвестный тип файла дела \1: используйте "),
        (r" or \.json \(Prolog \.pl case files are read by ", " или .json (файлы дела Prolog .pl читает "),
        (r" in swipl\)", " в swipl)"),
        (r"the case file is empty", "файл дела пуст"),
        (r"the case is empty", "дело пусто"),
        (r"not valid UTF-8 \(byte (\d+)\)", r"недопустимый UTF-8 (байт \1)"),
        (
            r"not valid Unicode: an unpaired surrogate (U\+\w+) at character (\d+)",
            r"недопустимый Unicode: непарный суррогат \1 в символе \2",
        ),
        (
            r"YAML does not allow the control character (U\+\w+) \(at character (\d+)\)",
            r"YAML не допускает управляющий символ \1 (символ \2)",
        ),
        (
            r"YAML anchors and aliases \(&name, \*name\) are not allowed in a case file",
            "якоря и ссылки YAML (&name, *name) в файле дела не допускаются",
        ),
        (
            r"YAML merge keys \(<<\) are not allowed in a case file: write every key out",
            "ключи слияния YAML (<<) в файле дела не допускаются: напишите каждый ключ",
        ),
        (
            r"the (YAML|JSON) document is nested too deeply \(more than (\d+) levels\)",
            r"документ \1 вложен слишком глубоко (больше \2 уровней)",
        ),
        (r"the (YAML|JSON) document is nested too deeply", r"документ \1 вложен слишком глубоко"),
        (r"a (YAML|JSON) value cannot be read: ", r"не удаётся прочитать значение \1: "),
        (r"a case file must be a mapping with a list `facts`", "файл дела должен быть отображением со списком `facts`"),
        (r"a case file must be an object with a list `facts`", "файл дела должен быть объектом со списком `facts`"),
        (r"a case file must have a list `facts`", "в файле дела должен быть список `facts`"),
        (
            r"`readings` must map passage names to reading names",
            "`readings` должен сопоставлять именам мест имена прочтений",
        ),
        (r"`denied` must be a list of facts", "`denied` должен быть списком фактов"),
        (r"each denied fact must be a string", "каждый отрицаемый факт должен быть строкой"),
        (r"each fact must be a string such as ", "каждый факт должен быть строкой, например "),
        (
            r"`id` must be a string \(at most ([\d,]+) characters\) or a whole number",
            r"`id` должен быть строкой (не длиннее \1 символов) или целым числом",
        ),
        (r"(^|: )duplicate key ", r"\1повторный ключ "),
        (r"unknown key (.+?); a case file may have ", r"неизвестный ключ \1; в файле дела могут быть: "),
        (r"(^|: )denied fact (\d+)(?=:| and | и )", r"\1отрицаемый факт \2"),
        (r"(^|: )fact (\d+)(?=:| and | и )", r"\1факт \2"),
        (r"(:\d+|факт \d+) and (?=\S)", r"\1 и "),
        (r"directives are not allowed in a case, only facts", "директивы в деле не допускаются, только факты"),
        (r"rules are not allowed in a case, only facts", "правила в деле не допускаются, только факты"),
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
        (r"(должен быть: .*?), not ", r"\1, а не "),
        (r"a name \(an atom such as v1 or '(.+?)'\)", r"имя (атом, например v1 или '\1')"),
        (r"\(in (['\"])(.*)\1(\.\.\.)?\)$", r"(в \1\2\1\3)"),
        (r"… \[([\d,]+) characters left out\] …", r"… [пропущено символов: \1] …"),
        (r"^no ambiguous passage ", "нет неоднозначного места "),
        (r"; the passages are ", "; места: "),
        (r"^no reading (.+?) of (\S+?)(?=;|$)", r"нет прочтения \1 места \2"),
        (r"; its readings are ", "; его прочтения: "),
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
        (r"is a directory, not a file", "— каталог, а не файл"),
        (r"cannot read the case file: ", "не удаётся прочитать файл дела: "),
        (r"the question could not be answered", "на вопрос не удалось ответить"),
        (
            r"^there is no fact number (\d+); the case has (\d+) \(see :facts\)",
            r"нет факта номер \1; в деле фактов: \2 (см. :facts)",
        ),
        (r"^(.+) is not a fact of the case \(see :facts\)$", r"\1 — не факт дела (см. :facts)"),
        (r"^a question is needed, e\.g\. ", "нужен вопрос, например "),
        (
            r"^unknown command (\S+?)(;.*)? \(:help lists the commands\)$",
            r"неизвестная команда \1\2 (:help перечисляет команды)",
        ),
        (r"^\+ needs a fact, e\.g\. ", "+ нужен факт, например "),
        (
            r"^- needs a fact of the case or its number, e\.g\. (\S+) or (\S+)$",
            r"- нужен факт дела или его номер, например \1 или \2",
        ),
        (r"^(:\w+) needs a file name$", r"\1: нужно имя файла"),
        (
            r"^:save writes YAML: give a file name ending in \.yaml, not ",
            ":save записывает YAML: укажите имя файла с окончанием .yaml, а не ",
        ),
        (r"^cannot write (.+?): ", r"не удаётся записать \1: "),
        (r"^:what-if: a \+ or - without a fact$", ":what-if: + или - без факта"),
        (r"^no case fact of the vocabulary has (.+) in its name$", r"ни в одном имени факта словаря нет \1"),
        (r"^:norm needs a paragraph number \(1-27\) or a rule id$", ":norm: нужен номер пункта (1-27) или id правила"),
        (r"^no rules encode paragraph (\d+)$", r"пункт \1 не закодирован ни одним правилом"),
        (
            r"^no rule (\S+); :norm N lists the rules of paragraph N$",
            r"нет правила \1; :norm N перечисляет правила пункта N",
        ),
        (
            r"^:reading needs PASSAGE READING \(or nothing, to list them\)$",
            ":reading: нужно МЕСТО ПРОЧТЕНИЕ (или ничего, чтобы перечислить их)",
        ),
        (r"^:limits needs SECONDS INFERENCES, e\.g\. ", ":limits: нужно СЕКУНДЫ ВЫВОДЫ, например "),
        (r"^(\S+) takes on or off, not ", r"\1 принимает on или off, а не "),
        (
            r"^stopped after ([\d,]+) of ([\d,]+) facts: at most ([\d,]+) are tried$",
            r"остановлено после \1 из \2 фактов: проверяется не больше \3",
        ),
        (
            r"^stopped after ([\d,]+) of ([\d,]+) facts: the time budget of (\S+) s was spent$",
            r"остановлено после \1 из \2 фактов: отведённые \3 с истрачены",
        ),
        (r"^the request is not valid JSON$", "запрос — недопустимый JSON"),
        (r"^the request must be a JSON object$", "запрос должен быть объектом JSON"),
        (r"^the request has no (\S+)$", r"в запросе нет \1"),
        (r"^(\S+) must be a JSON (\w+)$", r"\1 должен быть JSON-значением вида \2"),
        (r"^(\S+) must be one of (.+?), not (.+)$", r"\1 должен быть одним из: \2, а не \3"),
        (r"^(\S+) must be one of (.+)$", r"\1 должен быть одним из: \2"),
        (r"^limit (\S+) must be a positive number$", r"ограничение \1 должно быть положительным числом"),
        (r"^a reading must be a string$", "прочтение должно быть строкой"),
        (
            r"^the KB holds (.+?) outside any ask \(asserted by other code in this process, or by load_case/1 or "
            r"select_reading/2\); an ask answers only from the facts and readings of its request, so it was not "
            r"answered: call clear_case/0 and clear_readings/0 first$",
            r"база знаний содержит \1 вне какого-либо вопроса (добавлено другим кодом этого процесса или "
            r"load_case/1, select_reading/2); вопрос отвечается только по фактам и прочтениям своего запроса, "
            r"поэтому ответа нет: сначала вызовите clear_case/0 и clear_readings/0",
        ),
        (r"^interrupted$", "прервано"),
        (r"^terminated$", "остановлено"),
        # -- the replies of an interview (workbench/interview.py, kb/engine/interview.pl) --
        (r"^stdin line (\d+): ", r"строка ввода \1: "),
        (r"the interview is over: there is no question to answer", "опрос окончен: вопроса для ответа нет"),
        (r"answer yes, no or don't know, not (.+)$", r"ответьте да, нет или не знаю, а не \1"),
        (
            r"this question asks which is so: give (.+), not (.+)$",
            r"в этом вопросе нужно выбрать, что верно: \1, а не \2",
        ),
        (r"this question asks which (.+?): give (.+), not (.+)$", r"в этом вопросе нужно указать «\1»: \2, а не \3"),
        (
            r"this question asks which is so: give a choice's number, none or don't know",
            "в этом вопросе нужно выбрать, что верно: номер варианта, никто или не знаю",
        ),
        (r"(^|: )give (.+)$", r"\1укажите: \2"),
        (r"there are (\d+) choices, not (\S+)", r"вариантов \1, а не \2"),
        (
            r"the reply must be one of the choices \(its number or its fact\), not (.+)$",
            r"ответ должен быть одним из вариантов (его номер или факт), а не \1",
        ),
        (
            r"this question is answered yes, no or don't know, not with a value",
            "на этот вопрос отвечают да, нет или не знаю, а не значением",
        ),
        (r"a value reply needs the value as text", "ответ значением требует значения в виде текста"),
        (r"the value is empty", "значение пусто"),
        (r"the question's fact is not a fact of the vocabulary", "факт вопроса не объявлен в словаре"),
        (r"^the (\w+) must be (.+), not (.+)$", r"«\1» должно быть: \2, а не \3"),
    )
)


def russian_message(message: str) -> str:
    """``message`` with the fixed words of its kind in Russian (what it names stays as written)."""
    for pattern, replacement in RU_PATTERNS:
        message = pattern.sub(replacement, message)
    return message
