"""A teacher's class: a folder of scenario files, checked, and a scenario as a printable handout.

A class folder holds scenario files in the format of ``queries/*.yaml`` (a case file with ``title``,
``paragraph``, ``difficulty``, ``description`` and ``questions``).  :func:`load_class` reads every
``.yaml``/``.yml`` file of the folder and refuses one that does not fit, naming the file and the
place (``class/week1.yaml: questions item 2: `holds` must be true or false``).
:func:`handout_html` writes a scenario as one printable HTML page, in sentences.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

from ..bridge.case import Case
from ..bridge.kb import KnowledgeBase
from ..errors import UserError
from ..i18n import citation, language, tr
from .scenarios import Scenario, load_scenario
from .scenarios import title as scenario_title

DIFFICULTY_NAMES = ("basic", "intermediate", "advanced")


class ClassFolderError(UserError):
    """A class folder or one of its scenario files that cannot be used."""


def _place(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return os.fspath(path)
    return os.fspath(path) if relative.startswith("..") else relative


def check_scenario_document(document: dict[str, Any], where: str) -> None:
    """Refuse a scenario file whose teaching keys do not fit (:class:`ClassFolderError` naming ``where``)."""
    title = document.get("title")
    if title is not None and not isinstance(title, str):
        raise ClassFolderError(f"{where}: `title` must be text")
    paragraph = document.get("paragraph", 0)
    if isinstance(paragraph, bool) or not isinstance(paragraph, int) or not 0 <= paragraph <= 27:
        raise ClassFolderError(f"{where}: `paragraph` must be a paragraph number from 1 to 27, not {paragraph!r}")
    difficulty = document.get("difficulty", "basic")
    if difficulty not in DIFFICULTY_NAMES:
        raise ClassFolderError(
            f"{where}: `difficulty` must be one of {', '.join(DIFFICULTY_NAMES)}, not {difficulty!r}"
        )
    description = document.get("description")
    if description is not None and not isinstance(description, str):
        raise ClassFolderError(f"{where}: `description` must be text")
    questions = document.get("questions")
    if not isinstance(questions, list) or not questions:
        raise ClassFolderError(f"{where}: `questions` must be a list of questions (each with `ask` and `holds`)")
    for number, question in enumerate(questions, start=1):
        place = f"{where}: questions item {number}"
        if not isinstance(question, dict):
            raise ClassFolderError(f"{place}: a question is a mapping with `ask` and `holds`")
        if not isinstance(question.get("ask"), str) or not question["ask"].strip():
            raise ClassFolderError(f"{place}: `ask` must be the question as text, e.g. may_review(v1, P)")
        if not isinstance(question.get("holds"), bool):
            raise ClassFolderError(f"{place}: `holds` must be true or false")
        answers = question.get("answers")
        if answers is not None and (
            not isinstance(answers, list) or not all(isinstance(a, dict) and a for a in answers)
        ):
            raise ClassFolderError(f"{place}: `answers` must be a list of mappings such as {{D: value}}")
        for key in ("rules", "fails"):
            value = question.get(key)
            if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
                raise ClassFolderError(f"{place}: `{key}` must be a list of texts")
        readings = question.get("readings")
        if readings is not None and (
            not isinstance(readings, dict) or not all(isinstance(v, str) for v in readings.values())
        ):
            raise ClassFolderError(f"{place}: `readings` must map passages to readings")


def load_class(folder: str | os.PathLike[str]) -> list[Scenario]:
    """Every scenario file of ``folder``, checked (:class:`ClassFolderError` or
    :class:`~pyswip_bridge.errors.CaseFileError` naming the file and place), in file-name order."""
    directory = Path(folder)
    if not directory.is_dir():
        raise ClassFolderError(f"{_place(directory)}: no such class folder")
    kb = KnowledgeBase()
    paths = sorted(p for p in directory.iterdir() if p.suffix.lower() in (".yaml", ".yml") and p.is_file())
    if not paths:
        raise ClassFolderError(f"{_place(directory)}: the class folder has no scenario files (.yaml)")
    scenarios = []
    for path in paths:
        case = Case.from_file(path)  # the case part: errors name the file and line
        check_scenario_document(case.document, _place(path))
        kb.check_facts(case)  # every fact against the vocabulary, by the KB
        scenarios.append(load_scenario(path))
    return scenarios


def handout_html(kb: KnowledgeBase, scenario: Scenario) -> str:
    """The scenario as one printable HTML page: title, paragraph and difficulty, the facts of the case
    in sentences, and the questions in words with room for the answer (no answers, no description
    that would give them away); in the current language (the scenario's ``title_ru`` in Russian)."""
    sentences = kb.sentences([fact.text for fact in scenario.case.facts])
    questions = kb.sentences([question.ask for question in scenario.questions], questions=True)
    title = html.escape(scenario_title(scenario))
    answer, why = html.escape(tr("Answer:")), html.escape(tr("Why (rule and paragraph):"))
    meta = tr("Normative Resolution No. 5 of 29 June 2017, {paragraph} · {difficulty} · scenario {name}").format(
        paragraph=citation([f"¶{scenario.paragraph}"]), difficulty=tr(scenario.difficulty), name=scenario.name
    )
    # a long scenario is set tighter (two columns of facts, smaller type, tighter lines) so that it
    # still fits one page; the longest (over 3,200 characters: Russian runs a fifth longer) tightest
    weight = len(sentences) + 3 * len(questions)
    characters = sum(map(len, sentences)) + sum(map(len, questions))
    density = (
        ""
        if weight <= 20
        else "dense"
        if weight <= 32
        else "dense denser"
        if characters <= 3_200
        else "dense denser densest"
    )
    facts = "\n".join(f"<li>{html.escape(s)}</li>" for s in sentences)
    asked = "\n".join(
        f'<li><p class="q">{html.escape(text)}</p><p class="answer">{answer} ______________________________</p>'
        f'<p class="why">{why} ______________________________</p></li>'
        for text in questions
    )
    return f"""<!DOCTYPE html>
<html lang="{language()}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
  @page {{ size: A4; margin: 16mm; }}
  body {{ font: 11pt/1.4 Georgia, "DejaVu Serif", serif; max-width: 178mm; margin: 0 auto; color: #111; }}
  h1 {{ font-size: 16pt; margin: 0 0 2mm; }}
  .meta {{ color: #444; margin: 0 0 5mm; }}
  h2 {{ font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 1px solid #999; }}
  ul.facts li {{ margin: 0.8mm 0; }}
  ol.questions li {{ margin: 0 0 4mm; }}
  p {{ margin: 0.5mm 0; }}
  .answer, .why {{ color: #555; }}
  footer {{ margin-top: 6mm; font-size: 9pt; color: #666; }}
  body.dense {{ font-size: 10pt; line-height: 1.25; }}
  body.dense ul.facts {{ columns: 2; column-gap: 8mm; }}
  body.dense ol.questions li {{ margin: 0 0 2mm; }}
  body.denser {{ font-size: 8.5pt; line-height: 1.2; }}
  body.denser ol.questions {{ columns: 2; column-gap: 8mm; }}
  body.denser ol.questions li {{ break-inside: avoid; }}
  body.denser .why {{ display: none; }}
  body.densest {{ line-height: 1.08; }}
  body.densest h1 {{ font-size: 13pt; }}
  body.densest h2 {{ margin: 2mm 0 1mm; }}
  body.densest ul.facts li {{ margin: 0.2mm 0; }}
  body.densest ol.questions li {{ margin: 0 0 1mm; }}
  body.densest footer {{ margin-top: 2mm; }}
</style>
</head>
<body class="{density}">
<h1>{title}</h1>
<p class="meta">{html.escape(meta)}</p>
<h2>{html.escape(tr("The facts of the case"))}</h2>
<ul class="facts">
{facts}
</ul>
<h2>{html.escape(tr("Questions"))}</h2>
<ol class="questions">
{asked}
</ol>
<footer>{html.escape(tr("Print this page from the browser (Ctrl+P); it fits on one A4 page."))}</footer>
</body>
</html>
"""
