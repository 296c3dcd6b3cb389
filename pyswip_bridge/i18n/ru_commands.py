"""The Russian catalog of the commands' own lines: norms, vocabulary, scenarios, coverage, what-if
--critical, compare-readings, diff and the batch summary (the English text of each line -> its Russian).

The law these commands list -- the resolution's words, the rules' clauses, the scenarios' titles, the
KB's notes on what is not encoded -- is not translated here: only the words around it.
"""

from __future__ import annotations

RU_COMMANDS: dict[str, str] = {
    # -- norms and vocabulary (cli/app.py) --
    "¶": "п. ",
    "ambiguous passage {passage} ({paragraph}):": "неоднозначное место {passage} ({paragraph}):",
    "no rules encode paragraph {paragraph} yet": "пункт {paragraph} пока не закодирован ни одним правилом",
    "depends on {what} (not encoded; given as a fact)": "зависит от: {what} (не закодировано; дано как факт)",
    "Natures (how a suggested repair may change a fact of the case):": (
        "Характер фактов (как предлагаемое исправление может изменить факт дела):"
    ),
    "Reserved names:": "Зарезервированные имена:",
    # -- coverage (workbench/coverage.py) --
    "encoded": "закодирован",
    "NOT ENCODED": "НЕ ЗАКОДИРОВАН",
    "¶{paragraph} {status}: {rules} rules, exercised by {scenarios} scenarios": (
        "п. {paragraph} {status}: правил: {rules}, сценариев, которые их проверяют: {scenarios}"
    ),
    "rules:": "правила:",
    "scenarios:": "сценарии:",
    "UNUSED by any scenario:": "НЕ ИСПОЛЬЗУЮТСЯ ни одним сценарием:",
    "{encoded}/27 paragraphs encoded by {rules} rules; {exercised}/27 exercised by at least two scenarios": (
        "закодировано пунктов: {encoded}/27, правил: {rules}; пунктов, проверенных не менее чем двумя "
        "сценариями: {exercised}/27"
    ),
    # -- scenarios (workbench/teaching.py) --
    "no scenario matches": "подходящих сценариев нет",
    "{n} question": "вопросов: {n}",
    "{n} questions": "вопросов: {n}",
    "basic": "начальный",
    "intermediate": "средний",
    "advanced": "продвинутый",
    "{n} scenario": "сценариев: {n}",
    "{n} scenarios": "сценариев: {n}",
    "; `cassation quiz --scenario NAME` asks one of its questions.": (
        "; `cassation quiz --scenario NAME` задаёт один из вопросов сценария."
    ),
    # -- what-if --critical and compare-readings (workbench/whatif.py) --
    "yes → no": "да → нет",
    "no → yes": "нет → да",
    "Critical facts of {question} (answer: {answer}) — given facts whose removal alone flips it ({flip}):": (
        "Решающие факты для {question} (ответ: {answer}) — данные факты, удаление любого из которых "
        "само по себе меняет ответ ({flip}):"
    ),
    "  (none: no single fact's removal flips the answer)": "  (нет: удаление никакого одного факта не меняет ответ)",
    "Facts whose removal alone changes the answers but not yes/no:": (
        "Факты, удаление которых меняет ответы, но не да/нет:"
    ),
    "Facts whose removal leaves the question unanswered:": "Факты, без которых на вопрос не удаётся ответить:",
    "Facts whose removal keeps yes/no, where a change of the answers cannot be told (too many answers to compare):": (
        "Факты, удаление которых сохраняет да/нет, но изменились ли ответы, сказать нельзя "
        "(слишком много ответов для сравнения):"
    ),
    "Removing any of the other {n} fact alone changes nothing.": (
        "Удаление любого из остальных фактов (их {n}) само по себе ничего не меняет."
    ),
    "Removing any of the other {n} facts alone changes nothing.": (
        "Удаление любого из остальных фактов (их {n}) само по себе ничего не меняет."
    ),
    "Not all facts were tried: {why}; the other facts were not tried.": (
        "Проверены не все факты: {why}; остальные факты не проверялись."
    ),
    "  (default readings)": "  (прочтения по умолчанию)",
    "Ambiguous passages:": "Неоднозначные места:",
    "The answers agree under all {n} combinations of readings.": (
        "Ответы совпадают при всех сочетаниях прочтений (их {n})."
    ),
    "The answers diverge:": "Ответы расходятся:",
    "{label} under {n} combination": "{label} при сочетаниях: {n}",
    "{label} under {n} combinations": "{label} при сочетаниях: {n}",
    "Deciding passage {name} ({paragraph}):": "Решающее место {name} ({paragraph}):",
    " or ": " или ",
    "No difference made by:": "Ничего не меняют:",
    # -- diff (cli/explain.py, bridge/records.py) --
    "no differences between {a} and {b}": "между {a} и {b} различий нет",
    "{n} difference from {a} to {b}:": "различий от {a} к {b}: {n}",
    "{n} differences from {a} to {b}:": "различий от {a} к {b}: {n}",
    "(neither file has a record: case facts and versions were not compared)": (
        "(ни в одном файле нет записи record: факты дела и версии не сравнивались)"
    ),
    "question:": "вопрос:",
    "{what} added:": "{what} — добавлено:",
    "{what} removed:": "{what} — удалено:",
    "(no variables)": "(без переменных)",
    "answers (bindings)": "ответы (значения переменных)",
    "case facts": "факты дела",
    "in force": "действовало",
    "not in force": "не действовало",
    "not established": "не установлено",
    "validity in time:": "действие во времени:",
    "{which} has no record (written without one): case facts and versions are not compared": (
        "в {which} нет записи record (файл записан без неё): факты дела и версии не сравниваются"
    ),
    "(the KB's sources changed)": "(изменились исходные тексты базы знаний)",
    "engine {key}:": "движок, {key}:",
    "reading of {passage}:": "прочтение места {passage}:",
    # -- the batch summary (cli/batch.py) --
    "{answered} cases answered in {seconds} s ({rate} a second, {workers} worker): {hold} hold, "
    "{not_hold} do not, {errors} errors{kinds}; results in {out}": (
        "дел отвечено: {answered} за {seconds} с ({rate} в секунду, процессов: {workers}): да — {hold}, "
        "нет — {not_hold}, ошибок — {errors}{kinds}; результаты в {out}"
    ),
    "{answered} cases answered in {seconds} s ({rate} a second, {workers} workers): {hold} hold, "
    "{not_hold} do not, {errors} errors{kinds}; results in {out}": (
        "дел отвечено: {answered} за {seconds} с ({rate} в секунду, процессов: {workers}): да — {hold}, "
        "нет — {not_hold}, ошибок — {errors}{kinds}; результаты в {out}"
    ),
    "interrupted after line {line} of the cases; continue with the same command and --resume": (
        "прервано после строки {line} файла дел; продолжите той же командой с --resume"
    ),
    # -- the repl's own lines (cli/repl.py) --
    "{n} fact": "фактов: {n}",
    "{n} facts": "фактов: {n}",
    "loaded {file}: {facts}": "загружен {file}: {facts}",
    ", {n} denied": ", отрицаемых: {n}",
    ", readings {readings}": ", прочтения: {readings}",
    "saved {facts} to {file}": "сохранено в {file}: {facts}",
    "... and {n} more (larger or equally small) repairs": "... и ещё исправлений (больших или таких же малых): {n}",
    "ambiguous passage {passage}:": "неоднозначное место {passage}:",
    "(:reading to choose)": "(выбрать прочтение: :reading)",
    "(* the reading in force; :reading PASSAGE READING chooses another)": (
        "(* действующее прочтение; :reading МЕСТО ПРОЧТЕНИЕ выбирает другое)"
    ),
    "limits: {seconds} s, {inferences} inferences per question": (
        "ограничения: {seconds} с, {inferences} логических выводов на вопрос"
    ),
    "reason anyway:": "рассуждать всё равно:",
    "proof steps as Prolog goals:": "шаги доказательства как цели Prolog:",
    "on": "вкл.",
    "off": "выкл.",
    "cassation repl — {facts} in the case; :help lists the commands, :quit ends.": (
        "cassation repl — в деле {facts}; :help перечисляет команды, :quit завершает."
    ),
    # -- the options' help (cli/*.py) --
    "[default: ": "[по умолчанию: ",
    "[required]": "[обязательно]",
    "Cases, one JSON case file object per line (.jsonl); - for standard input.": (
        "Дела, по одному объекту файла дела JSON в строке (.jsonl); - — стандартный ввод."
    ),
    "Results, one JSON object per case, in the cases' order (.jsonl).": (
        "Результаты, по одному объекту JSON на дело, в порядке дел (.jsonl)."
    ),
    "Worker processes, each with its own SWI-Prolog.  [default: one per core]": (
        "Рабочие процессы, у каждого свой SWI-Prolog.  [по умолчанию: по одному на ядро]"
    ),
    "Keep each case's whole answer: proofs, why-not, citations.": (
        "Сохранять весь ответ по каждому делу: доказательства, почему нет, ссылки."
    ),
    "Continue an interrupted run: cases already answered are skipped.": (
        "Продолжить прерванный запуск: уже отвеченные дела пропускаются."
    ),
    "Replace an existing results file.": "Заменить существующий файл результатов.",
    "Choose a reading of an ambiguous passage for every case.": "Выбрать прочтение неоднозначного места для всех дел.",
    "Seconds per case (env CASSATION_TIME_LIMIT).": "Секунд на дело (переменная окружения CASSATION_TIME_LIMIT).",
    "Logical inferences per case (env CASSATION_INFERENCE_LIMIT).": (
        "Логических выводов на дело (переменная окружения CASSATION_INFERENCE_LIMIT)."
    ),
    "Progress bar with rate and ETA on stderr.  [default: when stderr is a terminal]": (
        "Индикатор хода со скоростью и оставшимся временем в stderr.  [по умолчанию: когда stderr — терминал]"
    ),
    "Reason even for a case dated outside the resolution's validity.": (
        "Рассуждать и для дела, датированного вне срока действия постановления."
    ),
    "Only the rules of this paragraph.": "Только правила этого пункта.",
    "Draw a scenario of this paragraph.": "Выбрать сценарий этого пункта.",
    "Draw a scenario of this difficulty.": "Выбрать сценарий этой сложности.",
    "This scenario (see `cassation scenarios`).": "Этот сценарий (см. `cassation scenarios`).",
    "Its question number N (1-based).": "Его вопрос номер N (с 1).",
    "Seed of the draw of scenario and question (the same seed, the same quiz).": (
        "Начальное значение выбора сценария и вопроса (то же значение — та же викторина)."
    ),
    "Quote the resolution's words in the explanation.": "Цитировать в объяснении слова постановления.",
    "YAML or JSON case file to start from.": "Файл дела YAML или JSON, с которого начать.",
    "Choose a reading of an ambiguous passage (also :reading in the session).": (
        "Выбрать прочтение неоднозначного места (также :reading в сеансе)."
    ),
    "Reason even for a case dated outside the resolution's validity (also :reason-anyway).": (
        "Рассуждать и для дела, датированного вне срока действия постановления (также :reason-anyway)."
    ),
    "Show proof steps as Prolog goals (also :goals).": "Показывать шаги доказательства как цели Prolog (также :goals).",
    "Reading a script (stdin not a terminal): print each line after a prompt, for a transcript.": (
        "При чтении сценария команд (stdin — не терминал): печатать каждую строку после приглашения, для протокола."
    ),
    "Seconds per question (env CASSATION_TIME_LIMIT).": "Секунд на вопрос (переменная окружения CASSATION_TIME_LIMIT).",
    "Logical inferences per question (env CASSATION_INFERENCE_LIMIT).": (
        "Логических выводов на вопрос (переменная окружения CASSATION_INFERENCE_LIMIT)."
    ),
    "Only the scenarios of this paragraph.": "Только сценарии этого пункта.",
    "Only the scenarios of this difficulty.": "Только сценарии этой сложности.",
    "Print every step at once (the default when stdin is not a terminal).": (
        "Напечатать все шаги сразу (по умолчанию, когда stdin — не терминал)."
    ),
    "A fact to add (repeatable).": "Факт, который добавить (можно повторять).",
    "A fact of the case to remove (repeatable).": "Факт дела, который удалить (можно повторять).",
    "List the given facts whose removal alone flips the answer (one ask per fact).": (
        "Перечислить данные факты, удаление любого из которых само по себе меняет ответ (один вопрос на факт)."
    ),
    "Choose a reading of an ambiguous passage.": "Выбрать прочтение неоднозначного места.",
    "At most this many facts added or removed per repair.": (
        "Не больше стольких добавленных или удалённых фактов на исправление."
    ),
    "At most this many candidate sets tried (bounds time; the search is deterministic).": (
        "Не больше стольких проверяемых наборов (ограничивает время; поиск детерминирован)."
    ),
    "Repairs shown.": "Сколько исправлений показать.",
    "Show facts as Prolog goals only.": "Показывать факты только как цели Prolog.",
    # -- interview, class folders, handouts (cli/interview.py, cli/teach.py) --
    "A scenario as a one-page handout (HTML, printable from the browser): the facts and questions in sentences, "
    "with room for the answers.": (
        "Сценарий как раздаточный лист на одну страницу (HTML, печатается из браузера): факты и вопросы "
        "предложениями, с местом для ответов."
    ),
    "A teacher's folder of scenario files (in the format of queries/*.yaml) instead of queries/.": (
        "Папка преподавателя со сценариями (в формате queries/*.yaml) вместо queries/."
    ),
    "Write the page here instead of stdout.": "Записать страницу в этот файл вместо стандартного вывода.",
    "Ask only the facts that can still decide QUESTION, then show the answer with its explanation. Each question "
    "takes yes, no, don't know, or a value (a date as YYYY-MM-DD, a choice's number, a name); `?` shows why it is "
    "asked, `q` stops. Works by script too: printf 'no\\n1\\n' | cassation interview QUESTION --case c.yaml "
    "--save out.yaml": (
        "Спрашивает только о фактах, которые ещё могут решить QUESTION, затем показывает ответ с объяснением. "
        "На каждый вопрос отвечают yes, no, don't know или значением (дата как ГГГГ-ММ-ДД, номер варианта, имя); "
        "`?` показывает, зачем спрашивается, `q` прекращает. Работает и по сценарию: printf 'no\\n1\\n' | "
        "cassation interview QUESTION --case c.yaml --save out.yaml"
    ),
    "Write the case as the replies built it (YAML).": "Записать дело таким, каким его построили ответы (YAML).",
    "Present a scenario and one question, read the answer from stdin (yes or no; the number of a choice for a "
    '"which ...?" question), then reveal the answer, the scenario\'s description, the explanation, and what would '
    "flip it.": (
        "Показывает сценарий и один вопрос, читает ответ со стандартного ввода (да или нет; номер варианта для "
        "вопроса «какое …?»), затем раскрывает ответ, описание сценария, объяснение и то, что изменило бы ответ."
    ),
    "The worked scenarios (queries/, or a class folder) by paragraph and difficulty: name, questions, title.": (
        "Разобранные сценарии (queries/ или папка класса) по пунктам и сложности: имя, вопросы, заголовок."
    ),
    "Walk through the proof of QUESTION one inference at a time, depth first, each step with its citation. On a "
    "terminal, Enter shows the next step and q ends; otherwise (or with --all) every step is printed. QUESTION and "
    "--case, or --scenario NAME [--question N] (of --class FOLDER or queries/).": (
        "Проходит доказательство QUESTION по одному выводу, в глубину, каждый шаг со ссылкой. В терминале Enter "
        "показывает следующий шаг, q завершает; иначе (или с --all) печатаются все шаги. QUESTION и --case или "
        "--scenario NAME [--question N] (из --class FOLDER или queries/)."
    ),
    "The case and question of this scenario.": "Дело и вопрос этого сценария.",
    # -- cassation interview (cli/interview.py, workbench/interview.py) --
    "yes / no / don't know": "да / нет / не знаю",
    "1-{n} or a value / none / don't know": "1-{n} или значение / никто / не знаю",
    "{kind} / none / don't know": "{kind} / никто / не знаю",
    "a date YYYY-MM-DD": "дата ГГГГ-ММ-ДД",
    "a whole number": "целое число",
    "a name": "имя",
    "a value": "значение",
    "It is a fact the answer depends on (no single rule names it).": (
        "От этого факта зависит ответ (ни одно правило не называет его само по себе)."
    ),
    "Decided after {count}: the answer is {verdict}.": "Решено (вопросов: {n}): ответ — {verdict}.",
    "Undecided after {count}: the answer depends on facts that are not known.": (
        "Не решено (вопросов: {n}): ответ зависит от неизвестных фактов."
    ),
    "These would decide it:": "Решили бы его:",
    "What follows is the answer as the case stands, what is not known taken as not so.": (
        "Ниже — ответ по делу, как оно есть; неизвестное считается несуществующим."
    ),
    "why": "почему",
    "(no more replies: the interview stops here)": "(ответов больше нет: опрос на этом заканчивается)",
    "Starting from facts: {given}, denied: {denied}": "Исходные факты: {given}, отрицаемые: {denied}",
    "Saved the case to {save}.": "Дело сохранено в {save}.",
    "rule {rule}": "правило {rule}",
    "Your answer (1-{count}): ": "Ваш ответ (1-{count}): ",
    "Please answer with a number from 1 to {count}.": "Ответьте числом от 1 до {count}.",
    # -- cassation handout (workbench/classroom.py) --
    "Answer:": "Ответ:",
    "Why (rule and paragraph):": "Почему (правило и пункт):",
    "Normative Resolution No. 5 of 29 June 2017, {paragraph} · {difficulty} · scenario {name}": (
        "Нормативное постановление № 5 от 29 июня 2017 года, {paragraph} · {difficulty} · сценарий {name}"
    ),
    "The facts of the case": "Обстоятельства дела",
    "Questions": "Вопросы",
    "Print this page from the browser (Ctrl+P); it fits on one A4 page.": (
        "Распечатайте страницу из браузера (Ctrl+P); она умещается на одном листе A4."
    ),
}
