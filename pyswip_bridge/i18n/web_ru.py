"""The Russian catalog of the web explorer's pages (``cassation serve``): the English text of each
label, heading, button and note of ``pyswip_bridge/web/templates/`` -> its Russian.

Kept apart from :mod:`pyswip_bridge.i18n.ru` (the command line's words) and merged with it into one
catalog.  Texts with ``{name}`` fields are formatted after translation.  Only the explorer's own
words: the answer comes from the KB in Russian, and the resolution is quoted in its English
translation only.
"""

from __future__ import annotations

WEB_RU: dict[str, str] = {
    # -- every page (base.html, pages.py) --
    "Cassation explorer": "Кассационный обозреватель",
    "Normative Resolution of the Supreme Court of Kazakhstan No. 5 of 29 June 2017": (
        "Нормативное постановление Верховного Суда Республики Казахстан № 5 от 29 июня 2017 года"
    ),
    "cassation explorer": "кассационный обозреватель",
    "Case editor": "Редактор дела",
    "Norms": "Нормы",
    "Coverage": "Покрытие",
    "Language": "Язык",
    "pages": "страницы",
    "Everything here runs on this computer; the case you edit stays in this page and is kept nowhere else.": (
        "Всё здесь работает на этом компьютере; редактируемое дело остаётся на этой странице и больше нигде "
        "не хранится."
    ),
    # -- the editor (editor.html, _readings.html) --
    "Ask": "Спросить",
    "Ask about the case": "Вопрос по делу",
    "Question": "Вопрос",
    "Readings of the ambiguous passages ({count})": "Прочтения неоднозначных мест ({count})",
    ": {count} chosen": ": выбрано {count}",
    ": the default readings": ": прочтения по умолчанию",
    "default": "по умолчанию",
    "alternative": "альтернативное",
    " (default)": " (по умолчанию)",
    "reason even for a case dated outside the resolution's period of force": (
        "рассуждать и для дела, датированного вне срока действия постановления"
    ),
    "Compare the readings side by side": "Сравнить прочтения рядом",
    "Facts of the case": "Факты дела",
    "fact": "факт",
    "meaning": "значение",
    "remove this fact": "удалить этот факт",
    "remove": "удалить",
    "No facts yet: add them below, open a case file, or start from a ": (
        "Фактов пока нет: добавьте их ниже, откройте файл дела или начните с "
    ),
    "worked scenario": "готового сценария",
    "Add a fact": "Добавить факт",
    "Fact": "Факт",
    "a name, e.g. v1 or Қайрат": "имя, например v1 или Қайрат",
    "Add the fact": "Добавить факт",
    "The case as YAML": "Дело в виде YAML",
    "Apply the YAML": "Применить YAML",
    "Download case.yaml": "Скачать case.yaml",
    "Open a case file (.yaml, .json)": "Открыть файл дела (.yaml, .json)",
    "Open": "Открыть",
    "added {text}": "добавлено: {text}",
    "removed {text}": "удалено: {text}",
    "read {count} facts": "прочитано фактов: {count}",
    "read 1 fact": "прочитан 1 факт",
    "choose the fact to add from the list": "выберите добавляемый факт из списка",
    "no fact {index} to remove": "нет факта {index}, чтобы удалить",
    "{fact}: the field {field} is empty": "{fact}: поле {field} не заполнено",
    "the fact being added": "добавляемый факт",
    "no worked scenario is called {name}": "нет готового сценария с именем {name}",
    # -- the answer (answer.html) --
    "Repair applied: {changes}": "Изменение применено: {changes}",
    "With {count} facts switched off": "С отключёнными фактами ({count})",
    "With 1 fact switched off": "С одним отключённым фактом",
    ", compared with the whole case:": ", по сравнению со всем делом:",
    "Repairs": "Изменения дела",
    "The smallest changes after which the answer would be yes. Apply one to ask again on the changed case.": (
        "Наименьшие изменения, после которых ответ был бы «да». Примените одно, чтобы спросить снова по "
        "изменённому делу."
    ),
    "add": "добавить",
    "then {rule} applies": "тогда применяется {rule}",
    "Apply and ask again": "Применить и спросить снова",
    "What if?": "Что если?",
    "Untick a fact to ask without it. Beside each fact: what removing it alone does to this answer.": (
        "Снимите отметку с факта, чтобы спросить без него. Рядом с каждым фактом — что сделало бы с этим "
        "ответом удаление только его."
    ),
    "decisive": "решающий",
    "changes the answers": "меняет ответы",
    "no effect": "не влияет",
    "cannot tell": "нельзя сказать",
    "error": "ошибка",
    "Ask with the ticked facts": "Спросить с отмеченными фактами",
    "Readings": "Прочтения",
    "Ask under these readings": "Спросить при этих прочтениях",
    "Back to the editor": "Назад к редактору",
    # -- readings compared (compare.html) --
    "Readings compared": "Сравнение прочтений",
    "No ambiguous passage can change the answer to this question: it has one reading.": (
        "Ни одно неоднозначное место не может изменить ответ на этот вопрос: у него одно прочтение."
    ),
    "The answer depends on the reading": "Ответ зависит от прочтения",
    ": the reading of ": ": его меняет прочтение только одного места: ",
    " alone changes it": "",
    "Every reading gives the same answer.": "Все прочтения дают один и тот же ответ.",
    "default readings": "прочтения по умолчанию",
    "alternative {number}": "вариант {number}",
    "answer": "ответ",
    "rules used": "применённые правила",
    "Read this answer": "Прочитать этот ответ",
    # -- the norms (norms.html) --
    "The norms: Resolution No. 5, paragraph by paragraph": "Нормы: постановление № 5 по пунктам",
    "Each paragraph with the rules of the knowledge base that encode it: the words each rule encodes, "
    "its articles, and its clause.": (
        "Каждый пункт с правилами базы знаний, которые его кодируют: слова, которые кодирует каждое правило, "
        "его статьи и его клауза."
    ),
    "paragraphs": "пункты",
    "{count} rules": "правил: {count}",
    "1 rule": "1 правило",
    "the whole of ¶{number}": "весь п. {number}",
    "clause": "клауза",
    "Not encoded": "Не закодировано",
    "Ambiguous passage": "Неоднозначное место",
    "The resolution is quoted in its unofficial English translation; the articles of the CPC in Russian, verbatim.": (
        "Постановление цитируется в неофициальном английском переводе; статьи УПК РК — на русском языке, дословно."
    ),
    "The knowledge base explains its passages, readings and what it does not encode in English.": (
        "Пояснения базы знаний к неоднозначным местам, прочтениям и незакодированному даны на английском языке."
    ),
    # -- coverage (coverage.html) --
    "Coverage: paragraphs → rules → scenarios": "Покрытие: пункты → правила → сценарии",
    "{encoded} of {total} paragraphs are encoded by {rules} rules. A scenario opens in the case editor.": (
        "Пунктов, закодированных правилами: {encoded} из {total}; правил: {rules}. Сценарий открывается в "
        "редакторе дела."
    ),
    "rules": "правила",
    "scenarios that use them": "сценарии, которые их используют",
    "not exercised, not encoded": "не проверено, не закодировано",
    "no scenario uses": "ни один сценарий не использует",
    "not encoded:": "не закодировано:",
    # -- the HTML answer (render/html.py), which the explorer shows --
    "✗ failed": "✗ не выполнено",
    # -- cassation serve (cli/serve.py) --
    "cassation explorer: {url}  (Ctrl-C stops it)": "кассационный обозреватель: {url}  (Ctrl-C останавливает его)",
    "The web explorer: edit a case, ask, read proofs, apply repairs, compare readings, run the guided interview, "
    "and a class's quizzes and handouts (Ctrl-C stops it).": (
        "Веб-обозреватель: редактировать дело, задавать вопросы, читать доказательства, применять изменения, "
        "сравнивать прочтения, проходить опрос, а также тесты и раздаточные листы класса (Ctrl-C останавливает "
        "его)."
    ),
    "A teacher's folder of scenario files for the Class page (default: the worked scenarios of queries/).": (
        "Папка преподавателя со сценариями для страницы «Класс» (по умолчанию разобранные сценарии queries/)."
    ),
    "Address to listen on (127.0.0.1: this computer only).": (
        "Адрес для приёма запросов (127.0.0.1: только этот компьютер)."
    ),
    "WARNING: listening on {host}, reachable from other computers: anyone who can reach port {port} can use "
    "this explorer and the computer's time (use --host 127.0.0.1 to keep it on this computer)": (
        "ПРЕДУПРЕЖДЕНИЕ: приём запросов на {host}, доступном с других компьютеров: любой, кто может достучаться "
        "до порта {port}, может пользоваться этим обозревателем и временем компьютера (--host 127.0.0.1 "
        "оставляет его на этом компьютере)"
    ),
    "Port (0: any free port).": "Порт (0: любой свободный порт).",
    "The largest request accepted (a larger one gets 413).": "Наибольший принимаемый запрос (на больший ответ — 413).",
    "Seconds per ask (env CASSATION_TIME_LIMIT).": (
        "Секунды на один вопрос (переменная окружения CASSATION_TIME_LIMIT)."
    ),
    "Logical inferences per ask (env CASSATION_INFERENCE_LIMIT).": (
        "Логические выводы на один вопрос (переменная окружения CASSATION_INFERENCE_LIMIT)."
    ),
    # -- errors of the server --
    "the request is too large": "запрос слишком велик",
    "the request is larger than {size} bytes, the most this server accepts (cassation serve --max-request-bytes)": (
        "запрос больше {size} байт — наибольшего, что принимает этот сервер (cassation serve --max-request-bytes)"
    ),
    "the language of the page must be one of {languages}, not {value}": (
        "язык страницы должен быть одним из: {languages}, а не {value}"
    ),
}
