"""Answers a lawyer can trust at a glance: a question that may not ask what its writer meant is
answered with warnings (the KB's ``warnings``, :attr:`AskResult.warnings`), printed right after the
question; ``cassation ask`` without ``--case`` says the case is empty; ``str(result)`` explains."""

from __future__ import annotations

import io
from pathlib import Path

from pyswip_bridge import AskResult, Case
from pyswip_bridge.cli.repl import Session
from pyswip_bridge.render.html import render_html
from pyswip_bridge.render.markdown import render_markdown
from pyswip_bridge.render.text import render_text

ROOT = Path(__file__).resolve().parent.parent
COUNSEL = "queries/p1_counsel_appeal.yaml"

X_WARNING = (
    "X matches the name x in the case: to ask about that person write 'x' (quoted); "
    "as written, X is a variable and stands for anyone"
)
KAIRAT_WARNING = (
    "Қайрат matches the name Қайрат in the case: to ask about that person write 'Қайрат' (quoted); "
    "as written, Қайрат is a variable and stands for anyone"
)


def _case_with_x() -> Case:
    """The counsel's appeal, with a victim named x (written unquoted in lower case)."""
    case = Case.from_file(ROOT / COUNSEL)
    return Case.from_facts([f.text for f in case.facts] + ["participant(x, victim)"])


def test_unquoted_variable_named_like_a_case_name_warns(kb):
    result = kb.ask("may_review(v1, X)", _case_with_x())
    assert result.holds  # the answer is still given: X stands for anyone
    assert result.warnings == (X_WARNING,)
    assert result.raw["warnings"] == [X_WARNING]
    lines = render_text(result).splitlines()
    assert lines[:2] == ["Question: may_review(v1, X)", f"warning: {X_WARNING}"]
    assert lines[2].startswith("Answer: yes")


def test_cyrillic_capitalised_name_warns(cli):
    run = cli("ask", "may_review(v1, Қайрат)", "--case", COUNSEL)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[:2] == ["Question: may_review(v1, Қайрат)", f"warning: {KAIRAT_WARNING}"]
    assert lines[2].startswith("Answer: yes")


def test_cyrillic_capitalised_name_not_in_the_case_warns(kb):
    result = kb.ask("may_review(v1, Серік)", Case.from_file(ROOT / COUNSEL))
    assert result.warnings == (
        "Серік looks like a name: to ask about a person named Серік write 'Серік' (quoted); "
        "as written, Серік is a variable and stands for anyone",
    )
    result = kb.ask("may_review(v1, Ivanov)", Case.from_file(ROOT / COUNSEL))
    assert result.warnings == (
        "Ivanov looks like a name: to ask about a person named Ivanov write 'Ivanov' (quoted); "
        "as written, Ivanov is a variable and stands for anyone",
    )


def test_absent_name_warns(kb):
    result = kb.ask("may_review(v1, ivanov)", Case.from_file(ROOT / COUNSEL))
    assert not result.holds
    assert result.warnings == ("ivanov occurs nowhere in the case",)


def test_conventional_variables_and_known_values_do_not_warn(kb):
    case = _case_with_x()
    for question in [
        "may_review(v1, P)",
        "may_review(Act, Petitioner)",
        "may_review(v1, X1)",
        "may_review(v1, 'Қайрат')",
        "may_review(v1, prosecutor_general)",
        "cassation_route(v1, R)",
        "petition_disposition(pt1, D)",
        "may_review(v1, _Who)",
    ]:
        assert kb.ask(question, case).warnings == (), question


def test_warnings_in_markdown_html_and_the_repl(kb):
    result = kb.ask("may_review(v1, Қайрат)", Case.from_file(ROOT / COUNSEL))
    md = render_markdown(result).splitlines()
    assert md[0] == "# Question: `may_review(v1, Қайрат)`"
    assert md[2].startswith("warning: Қайрат matches the name Қайрат in the case")
    page = render_html(result)
    assert '<p class="warning">warning: Қайрат matches the name Қайрат in the case' in page
    out, err = io.StringIO(), io.StringIO()
    session = Session(kb, Case.from_file(ROOT / COUNSEL), out=out, err=err)
    assert session.handle("may_review(v1, Қайрат)") is True
    assert f"warning: {KAIRAT_WARNING}" in out.getvalue().splitlines()


def test_no_case_says_the_case_is_empty(cli):
    run = cli("ask", "may_review(v1, P)")
    assert run.code == 0
    assert run.err == "warning: no --case given: the question is answered on an empty case (no facts)\n"
    assert "warning: v1 occurs nowhere in the case" in run.out.splitlines()
    with_case = cli("ask", "may_review(v1, P)", "--case", COUNSEL)
    assert with_case.err == ""


def test_str_of_result_is_the_text_explanation(kb):
    result = kb.ask("may_review(v1, P)", Case.from_file(ROOT / COUNSEL))
    assert isinstance(result, AskResult)
    assert str(result) == render_text(result)
    assert str(result).startswith("Question: may_review(v1, P)\nAnswer: yes")
    assert repr(result) == f"<AskResult may_review(v1, P): yes, {result.answer_count_text()}>"
    no = kb.ask("may_review(v1, ivanov)", Case.from_file(ROOT / COUNSEL))
    assert repr(no) == "<AskResult may_review(v1, ivanov): no, 1 warning>"
