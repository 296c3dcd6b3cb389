"""The Russian catalog of :mod:`pyswip_bridge.i18n`: the English text of each message -> its Russian.

Only what Python prints itself: the sentences of an answer come from the KB (``kb/lang/ru.pl``).
"""

from __future__ import annotations

RU: dict[str, str] = {
    # -- the answer (render/view.py, render/text.py, render/markdown.py, results.py) --
    "Question:": "Вопрос:",
    "Answer": "Ответ",
    "Answer: yes": "Ответ: да",
    "Answer: no": "Ответ: нет",
    "Answer: yes — nothing to repair.": "Ответ: да — исправлять нечего.",
    "warning:": "предупреждение:",
    "WARNING:": "ПРЕДУПРЕЖДЕНИЕ:",
    "Warning": "Предупреждение",
    "by": "по правилу",
    "given": "дано",
    "; without it, no": "; без него — нет",
    "; undo it": "; отменить его",
    "not stated, taken as not so; if it were stated, no": (
        "не указано, принято, что это не так; если бы было указано — нет"
    ),
    "not stated; needed": "не указано; нужно",
    "{text} (or: {values})": "{text} (или: {values})",
    "not stated in the case, taken as not so": "в деле не указано, принято, что это не так",
    "does not follow from the facts, taken as not so": "не следует из фактов, принято, что это не так",
    "checked": "проверено",
    "reading of an ambiguous passage": "прочтение неоднозначного места",
    "not stated in the case": "в деле не указано",
    "must not be so, but is:": "не должно быть так, но это так:",
    "must not be so, but is": "не должно быть так, но это так:",
    "false": "ложно",
    "not established:": "не установлено:",
    "one of:": "одно из:",
    "It rests on (each would change the answer):": "Ответ держится на (каждое изменило бы ответ):",
    "It would be yes if the case stated:": "Ответ был бы «да», если бы в деле было указано:",
    "It turns on:": "Ответ зависит от:",
    "would conclude that": "заключило бы, что",
    "holds:": "выполнено:",
    "fails:": "не выполнено:",
    "Also, by another proof:": "Также, другим доказательством:",
    "Taken as not so (nothing in the case shows them):": "Принято, что это не так (в деле ничто этого не показывает):",
    "Why not — each rule that could conclude it, and the first condition that failed:": (
        "Почему нет — каждое правило, которое могло бы это заключить, и первое невыполненное условие:"
    ),
    "Why not — no rule of the KB concludes a goal of this form.": (
        "Почему нет — ни одно правило базы знаний не заключает цель такого вида."
    ),
    "Open world:": "Открытый мир:",
    " — facts neither given nor denied decide it:": " — это решают факты, не данные и не отрицаемые:",
    "Readings in force: ": "Действующие прочтения: ",
    "Smallest changes of the case that would make it hold (closest to the case first):": (
        "Наименьшие изменения дела, при которых это было бы так (сначала ближайшие к делу):"
    ),
    "No repair of the case was found within the bounds.": "В заданных пределах изменение дела не найдено.",
    "why no rule establishes it:": "почему ни одно правило этого не устанавливает:",
    "Taken as not so": "Принято, что это не так",
    "Nothing in the case shows them:": "В деле ничто этого не показывает:",
    "Why not": "Почему нет",
    "Each rule that could conclude it, and the first condition that failed:": (
        "Каждое правило, которое могло бы это заключить, и первое невыполненное условие:"
    ),
    "No rule of the KB concludes a goal of this form.": "Ни одно правило базы знаний не заключает цель такого вида.",
    "What would make it hold": "Что сделало бы это так",
    "Smallest changes of the case, closest to the case first:": "Наименьшие изменения дела, сначала ближайшие к делу:",
    "Validity": "Действие во времени",
    "Readings in force": "Действующие прочтения",
    "passage": "место",
    "reading": "прочтение",
    # -- the command line (cli/app.py) --
    "error:": "ошибка:",
    "warning: no --case given: the question is answered on an empty case (no facts)": (
        "предупреждение: --case не указан: на вопрос отвечено по пустому делу (без фактов)"
    ),
    "Cassation review under Normative Resolution No. 5 (2017) of the Supreme Court of Kazakhstan.": (
        "Кассационный пересмотр по Нормативному постановлению Верховного Суда Республики Казахстан № 5 (2017)."
    ),
    "Language of the answers, headings, messages and help: en or ru (env CASSATION_LANG).": (
        "Язык ответов, заголовков, сообщений и справки: en или ru (переменная окружения CASSATION_LANG)."
    ),
    "Answer QUESTION, e.g. 'may_review(v1, P)', with its proof or why not.": (
        "Ответить на ВОПРОС, например 'may_review(v1, P)', с доказательством или объяснением, почему нет."
    ),
    "YAML or JSON case file.": "Файл дела в формате YAML или JSON.",
    "Choose a reading of an ambiguous passage (see `cassation norms`).": (
        "Выбрать прочтение неоднозначного места (см. `cassation norms`)."
    ),
    "Quote the resolution's words under each rule.": "Цитировать под каждым правилом текст постановления и статей.",
    "Under each conclusion assumed absent, show why no rule establishes it.": (
        "Под каждым выводом, принятым отсутствующим, показать, почему ни одно правило его не устанавливает."
    ),
    "Show each step as its Prolog goal instead of a sentence.": (
        "Показывать каждый шаг целью Пролога, а не предложением."
    ),
    "folded: list-membership and comparison steps are folded into the sentence they serve; "
    "full: every step of the proof.": (
        "folded: шаги проверки принадлежности и сравнения свёрнуты в предложение, которому они служат; "
        "full: каждый шаг доказательства."
    ),
    "Lay out every proof of each answer (by default the first, and how many others there are).": (
        "Показать все доказательства каждого ответа (по умолчанию первое и число остальных)."
    ),
    "Open world: a fact neither given nor denied (case file key `denied`) is unknown.": (
        "Открытый мир: факт, который не дан и не отрицается (ключ `denied` файла дела), неизвестен."
    ),
    "Reason with the resolution even for a case dated outside 2017-06-29..2022-06-30.": (
        "Применять постановление и к делу, датированному вне периода 2017-06-29..2022-06-30."
    ),
    "Seconds (env CASSATION_TIME_LIMIT).": "Секунды (переменная окружения CASSATION_TIME_LIMIT).",
    "Logical inferences (env CASSATION_INFERENCE_LIMIT).": (
        "Логические выводы (переменная окружения CASSATION_INFERENCE_LIMIT)."
    ),
    "The smallest sets of case facts to add or remove for QUESTION to hold, each with the rule that would apply.": (
        "Наименьшие наборы фактов дела, которые нужно добавить или убрать, чтобы ВОПРОС выполнялся, "
        "каждый с правилом, которое тогда применится."
    ),
    "The case facts a case file may state: arguments, types, meaning and source.": (
        "Факты, которые может содержать файл дела: аргументы, типы, смысл и источник."
    ),
    "The legal rules: ids, paragraphs, articles, the words they encode, and their clauses.": (
        "Правовые нормы: идентификаторы, пункты, статьи, кодируемый текст и их клаузы."
    ),
    "For each paragraph 1-27: the rules that encode it, the scenarios that exercise them, and what is not encoded.": (
        "Для каждого пункта 1-27: правила, которые его кодируют, сценарии, которые их проверяют, и что не закодировано."
    ),
    "Show this message and exit.": "Показать эту справку и выйти.",
    "Show the version and exit.": "Показать версию и выйти.",
    "Usage:": "Использование:",
    "Options": "Параметры",
    "Commands": "Команды",
    "Arguments": "Аргументы",
    # -- the other commands' help (cli/batch.py, cli/explain.py, cli/teach.py, cli/repl.py) --
    "Answer QUESTION, e.g. 'may_review(Act, Petitioner)', for every case of --cases. Writes one result line per "
    "case to --out, in the cases' order: the answers (bindings and the rules used), with --explain the whole "
    "answer, or the case's error (a malformed line, an undeclared fact, ...), after which the batch goes on. "
    "An interrupted run (Ctrl-C, a killed process) continues with --resume. How the results were made is "
    "written beside them (OUT.run.json).": (
        "Ответить на ВОПРОС, например 'may_review(Act, Petitioner)', для каждого дела из --cases. Пишет в --out "
        "по одной строке результата на дело, в порядке дел: ответы (подстановки и применённые правила), с "
        "--explain весь ответ, или ошибку дела (испорченная строка, необъявленный факт, ...), после чего пакет "
        "продолжается. Прерванный запуск (Ctrl-C, убитый процесс) продолжается с --resume. Как получены "
        "результаты, записывается рядом с ними (OUT.run.json)."
    ),
    "Answer QUESTION under every combination of readings of the ambiguous passages and show where the answers "
    "diverge.": (
        "Ответить на ВОПРОС при каждом сочетании прочтений неоднозначных мест и показать, где ответы расходятся."
    ),
    "What changed between two recorded answers (written by `cassation ask --format json`): question, answer, "
    "bindings, rules used, case facts, readings, KB and engine versions.": (
        "Что изменилось между двумя записанными ответами (записанными `cassation ask --format json`): вопрос, "
        "ответ, подстановки, применённые правила, факты дела, прочтения, версии базы знаний и движка."
    ),
    "Present a scenario and one question, read yes or no from stdin, then reveal the answer, its explanation, "
    "and what would flip it.": (
        "Показать сценарий и один вопрос, прочитать «да» или «нет» со стандартного ввода, затем раскрыть ответ, "
        "его объяснение и то, что изменило бы его."
    ),
    "An interactive session over one case: +FACT, -FACT, questions, :why, :why-not, :what-if, :help. On a "
    "terminal: history across sessions and Tab completion. `cassation repl < script` runs a script of the same "
    "lines and prints only the answers (errors, one line each, on stderr).": (
        "Интерактивный сеанс по одному делу: +ФАКТ, -ФАКТ, вопросы, :why, :why-not, :what-if, :help. В "
        "терминале: история между сеансами и дополнение по Tab. `cassation repl < script` выполняет сценарий "
        "из таких же строк и печатает только ответы (ошибки — по одной строке в stderr)."
    ),
    "The worked scenarios (queries/) by paragraph and difficulty: name, questions, title.": (
        "Разобранные сценарии (queries/) по пунктам и сложности: имя, вопросы, название."
    ),
    "Walk through the proof of QUESTION one inference at a time, depth first, each step with its citation. On a "
    "terminal, Enter shows the next step and q ends; otherwise (or with --all) every step is printed.": (
        "Пройти доказательство ВОПРОСА по одному выводу, в глубину, каждый шаг со ссылкой на норму. В терминале "
        "Enter показывает следующий шаг, q завершает; иначе (или с --all) печатаются все шаги."
    ),
    "Answer QUESTION before and after changing the case: --add FACT, --remove FACT; show both answers and the "
    "difference between the proofs. With --critical, list the given facts (of the changed case) whose removal "
    "alone flips the answer.": (
        "Ответить на ВОПРОС до и после изменения дела: --add ФАКТ, --remove ФАКТ; показать оба ответа и "
        "разницу доказательств. С --critical перечислить данные факты (изменённого дела), удаление любого из "
        "которых в отдельности меняет ответ."
    ),
    # -- the HTML page (render/html.py) --
    "the whole of ¶": "весь пункт ",
    "why no rule establishes it": "почему ни одно правило этого не устанавливает",
    "add": "добавить",
    "undo": "отменить",
    "Picture of the reasoning (scrolls sideways)": "Схема рассуждения (прокручивается в сторону)",
    "Record": "Запись",
    "KB version": "Версия базы знаний",
    "case fact": "факт дела",
    "where": "где",
    "Paragraphs cited": "Цитируемые пункты",
    "of Resolution No. 5": "Нормативного постановления № 5 (неофициальный английский перевод)",
    "yes": "да",
    "expand all": "раскрыть всё",
    "collapse all": "свернуть всё",
    "no": "нет",
    # -- the picture (render/dot.py) --
    "(law not encoded)": "(норма не закодирована)",
    "but is so": "но это так",
    "Legend": "Обозначения",
    "proved by a rule": "доказано правилом",
    "given case fact": "данный факт дела",
    "taken as not so": "принято, что это не так",
    "checked / reading": "проверено / прочтение",
    "failed (why not)": "не выполнено (почему нет)",
    "proved": "доказано",
    # -- the interactive session (cli/repl.py) --
    "already a fact of the case:": "уже есть среди фактов дела:",
    "added:": "добавлено:",
    "retracted:": "убрано:",
    "the case has no facts yet: add one with +FACT (:vocabulary lists them)": (
        "в деле ещё нет фактов: добавьте факт командой +ФАКТ (:vocabulary их перечисляет)"
    ),
    "denied:": "отрицается:",
    "reading:": "прочтение:",
    "the case is empty": "дело пусто",
    "Lines starting with % or # are comments.  Tab completes; history is kept across sessions.": (
        "Строки, начинающиеся с % или #, — комментарии.  Tab дополняет; история сохраняется между сеансами."
    ),
    "add a fact to the case (checked by the KB; a bad fact leaves the case unchanged)": (
        "добавить факт в дело (проверяется базой знаний; ошибочный факт оставляет дело без изменений)"
    ),
    "retract a fact of the case (or fact number N of :facts)": "убрать факт дела (или факт номер N из :facts)",
    "answer a question, e.g. may_review(v1, P), with its proof or why not": (
        "ответить на вопрос, например may_review(v1, P), с доказательством или объяснением, почему нет"
    ),
    "the proof tree with citations and the resolution's words (or why not)": (
        "дерево доказательства со ссылками и текстом постановления (или почему нет)"
    ),
    "the smallest changes of the case that would make QUESTION hold": (
        "наименьшие изменения дела, при которых ВОПРОС выполнялся бы"
    ),
    "the answer before and after changing facts (the case stays)": (
        "ответ до и после изменения фактов (дело остаётся прежним)"
    ),
    "the facts of the case, numbered, the facts it denies and the readings chosen": (
        "факты дела с номерами, отрицаемые факты и выбранные прочтения"
    ),
    "the case facts a case may state (those whose name contains WORD)": (
        "факты, которые может содержать дело (те, чьё имя содержит СЛОВО)"
    ),
    "the rules of paragraph N (or the rule RULE): provenance, words, clause": (
        "правила пункта N (или правило RULE): источник, текст, клауза"
    ),
    "choose a reading of an ambiguous passage; alone: list them": (
        "выбрать прочтение неоднозначного места; без аргументов — перечислить их"
    ),
    "replace the case by a YAML or JSON case file": "заменить дело файлом дела YAML или JSON",
    "write the case as YAML (a `facts` list, and `denied` and `readings`)": (
        "записать дело в YAML (список `facts`, а также `denied` и `readings`)"
    ),
    "show or set the bounds of every question": "показать или задать пределы для каждого вопроса",
    "reason even for a case dated outside the resolution's validity": (
        "применять постановление и к делу, датированному вне срока его действия"
    ),
    "show proof steps as Prolog goals instead of sentences": "показывать шаги доказательства целями Пролога",
    "remove every fact, denied fact and reading": "убрать все факты, отрицаемые факты и прочтения",
    "this list": "этот список",
    "end the session (so does end of input, Ctrl-D)": "завершить сеанс (так же действует конец ввода, Ctrl-D)",
    # -- cassation vocabulary (cli/app.py) --
    "source:": "источник:",
    "nature:": "характер:",
    "Types:": "Типы:",
    "  id: a name, e.g. v1 or 'Қайрат'    date: YYYY-MM-DD": "  id: имя, например v1 или 'Қайрат'    date: ГГГГ-ММ-ДД",
    # -- what-if (workbench/whatif.py) --
    "answer:": "ответ:",
    "answers gained": "новые ответы",
    "answers lost": "утраченные ответы",
    "rules now used": "правила, теперь применённые",
    "rules no longer used": "правила, больше не применённые",
    "given facts now used": "данные факты, теперь использованные",
    "given facts no longer used": "данные факты, больше не использованные",
    "assumptions now made": "допущения, теперь сделанные",
    "assumptions no longer made": "допущения, больше не сделанные",
    "answers not compared": "ответы не сравнивались",
    "no difference": "разницы нет",
    "Change:": "Изменение:",
    "none": "нет",
    "Before:": "До:",
    "After:": "После:",
    "Difference:": "Разница:",
    "Before": "До",
    "After": "После",
    # -- the quiz (workbench/teaching.py, cli/teach.py) --
    "Scenario": "Сценарий",
    "Facts of the case:": "Факты дела:",
    "Readings of ambiguous passages: ": "Прочтения неоднозначных мест: ",
    "Question {n} of {total}:": "Вопрос {n} из {total}:",
    "Does it hold for some {names}?": "Выполняется ли это для каких-нибудь {names}?",
    "Does it hold?": "Выполняется ли это?",
    "Right": "Верно",
    "Wrong": "Неверно",
    "{verdict}: the answer is {answer}.": "{verdict}: ответ — {answer}.",
    "Explanation": "Объяснение",
    "The scenario": "Сценарий",
    "Which {name}? (its values by the rules, and none if it does not hold)": (
        "Какое {name}? (значения по правилам, и «нет», если это не выполняется)"
    ),
    "none: it does not hold": "нет: это не выполняется",
    "What would flip it": "Что изменило бы ответ",
    "Removing any one of these given facts alone would make it fail:": (
        "Удаление любого из этих данных фактов в отдельности сделало бы ответ отрицательным:"
    ),
    "No single given fact's removal makes it fail: it rests on more than one ground.": (
        "Удаление никакого одного данного факта не делает ответ отрицательным: он держится не на одном основании."
    ),
    "Removing one of these alone would leave a yes with another answer:": (
        "Удаление одного из них в отдельности оставило бы «да», но с другим ответом:"
    ),
    "Your answer (yes/no): ": "Ваш ответ (да/нет): ",
    "Please answer yes or no.": "Пожалуйста, ответьте «да» или «нет».",
    # -- cassation step (workbench/teaching.py, cli/teach.py) --
    "level {depth}": "уровень {depth}",
    ", a condition of step {parent}": ", условие шага {parent}",
    "Step {number} of {total}": "Шаг {number} из {total}",
    "because this condition holds:": "потому что выполнено это условие:",
    "because these {n} conditions hold:": "потому что выполнены эти условия ({n}):",
    "step": "шаг",
    "Answer: no — there is no proof to step through; here is why not.": (
        "Ответ: нет — доказательства, по которому можно пройти, нет; вот почему нет."
    ),
    "Answer {i} of {n}": "Ответ {i} из {n}",
    "[Enter: next step, q: quit] ": "[Enter: следующий шаг, q: выход] ",
    # -- the web explorer's interview and class pages (web/interview_page.py, web/class_pages.py,
    #    web/templates/interview*.html, class.html, quiz.html) --
    "Interview": "Опрос",
    "Guided interview": "Опрос по шагам",
    "The knowledge base asks, one at a time, only the facts that can still decide the question.": (
        "База знаний спрашивает по одному только те факты, которые ещё могут решить вопрос."
    ),
    "Answer yes, no, don't know, or give the value asked for; each question says why it is asked.": (
        "Отвечайте «да», «нет», «не знаю» или укажите запрошенное значение; у каждого вопроса сказано, зачем он задан."
    ),
    "Question to decide": "Вопрос, который нужно решить",
    "Start from these facts (a case in YAML; empty: start from nothing)": (
        "Начать с этих фактов (дело в YAML; пусто — начать с нуля)"
    ),
    "Start the interview": "Начать опрос",
    "Interview on this question": "Опрос по этому вопросу",
    "Interview on the question": "Опрос по вопросу",
    "Question": "Вопрос",
    "Why are you asking?": "Зачем вы спрашиваете?",
    "It decides whether {conclusion}": "От этого зависит, {conclusion}",
    "rule": "правило",
    "It is a fact the answer depends on (no single rule names it).": (
        "От этого факта зависит ответ (ни одно отдельное правило его не называет)."
    ),
    "Yes": "Да",
    "No": "Нет",
    "Choose": "Выберите",
    "Date": "Дата",
    "Number": "Число",
    "Name": "Имя",
    "None": "Никто / ничего",
    "Don't know": "Не знаю",
    "Decided: the answer is {verdict}. Questions asked: {n}.": "Решено: ответ — {verdict}. Задано вопросов: {n}.",
    "Undecided: the answer depends on facts that are not known. Questions asked: {n}.": (
        "Не решено: ответ зависит от неизвестных фактов. Задано вопросов: {n}."
    ),
    "These would decide it:": "Решили бы его эти факты:",
    "Below is the answer as the case stands, what is not known taken as not so.": (
        "Ниже — ответ по делу в его нынешнем виде; неизвестное принято за отсутствующее."
    ),
    "Download the case file": "Скачать файл дела",
    "Open the case in the editor": "Открыть дело в редакторе",
    "Start another interview": "Начать другой опрос",
    "Replies so far": "Ответы до сих пор",
    "denied": "отрицается",
    "not known": "неизвестно",
    "Class": "Класс",
    "A quiz per question (the description is shown after the answer) and a one-page handout to print.": (
        "Тест по каждому вопросу (описание показывается после ответа) и раздаточный материал на одну страницу."
    ),
    "the worked scenarios": "разобранные сценарии",
    "difficulty": "сложность",
    "scenario": "сценарий",
    "quiz": "тест",
    "handout": "раздаточный материал",
    "question": "вопрос",
    "{n} scenarios": "Сценариев: {n}",
    "Quiz": "Тест",
    "Next question": "Следующий вопрос",
    "basic": "базовый",
    "intermediate": "средний",
    "advanced": "продвинутый",
}
