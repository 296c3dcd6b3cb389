"""Regression tests for the reliability review's findings on the KB and its JSON boundary
(``docs/reliability-review.md`` of the shared notes: W1, W2, W3, W6, W7, W8, H1, H4, L1, U10).

Each test is named after the finding it pins; each fails on the code before the fix.  Big cases are
generated here, not committed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from pyswip_bridge import Case, KnowledgeBase
from pyswip_bridge.errors import CaseFileError, EngineError, QueryError, UserError
from pyswip_bridge.results import AskResult

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"


def swipl(
    goal: str, kb_dir: Path = KB, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``goal`` in a plain ``swipl`` with the KB of ``kb_dir`` loaded."""
    return subprocess.run(
        ["swipl", "-q", "-g", goal, "-t", "halt", str(kb_dir / "cassation.pl")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def pl_atom(text: str | Path) -> str:
    """``text`` as a quoted Prolog atom."""
    return "'" + str(text).replace("\\", "\\\\").replace("'", "\\'") + "'"


# -- W8: every KB file says it is UTF-8 --------------------------------------------------------------

W8_DUMP = """
    json_api:norms_json(Norms),
    with_output_to(string(Explained), explain(reviewable_in_cassation(v1))),
    setup_call_cleanup(open({out}, write, S, [encoding(utf8)]),
                       format(S, "~w~n~w", [Norms, Explained]), close(S))
"""


def test_W8_every_kb_file_declares_utf8_and_loads_the_same_under_the_c_locale(tmp_path: Path) -> None:
    for source in sorted(
        [*KB.glob("*.pl"), *KB.glob("law/*.pl"), *KB.glob("engine/*.pl"), *KB.glob("lang/*.pl")]
    ) + sorted((KB / "tests").glob("*.plt")):
        first = source.read_text(encoding="utf-8").splitlines()[0]
        assert first == ":- encoding(utf8).", f"{source.name} does not start with :- encoding(utf8)."
    kb_copy = tmp_path / "kb"
    kb_copy.mkdir()
    for source in [*KB.glob("*.pl"), *KB.glob("law/*.pl"), *KB.glob("engine/*.pl"), *KB.glob("lang/*.pl")]:  # sources:
        target = kb_copy / source.relative_to(KB)  # no .qlf, so the KB
        target.parent.mkdir(exist_ok=True)  # compiles from them
        shutil.copy(source, target)
    case = tmp_path / "case.yaml"
    case.write_text(
        "facts:\n  - judicial_act(v1, decision, appellate)\n  - entered_into_force(v1, 2019-03-01)\n", encoding="utf-8"
    )
    dumps = {}
    for locale in ("C", "C.UTF-8"):
        env = {**os.environ, "LC_ALL": locale, "LANG": locale}
        out = tmp_path / f"dump-{locale}.txt"
        run = swipl(f"load_case({pl_atom(case)}), " + W8_DUMP.format(out=pl_atom(out)), kb_copy, env)
        assert run.returncode == 0, run.stderr
        assert "Illegal multibyte" not in run.stderr, run.stderr
        dumps[locale] = out.read_text(encoding="utf-8")
    assert "¶" in dumps["C.UTF-8"] and "\ufffd" not in dumps["C.UTF-8"]
    assert "judge’s" in dumps["C.UTF-8"] or "’" in dumps["C.UTF-8"]
    assert dumps["C"] == dumps["C.UTF-8"]


# -- W1: answers are distinct bindings, counted before the cap, and the cap is said ----------------


def convicts_case(acts: int, appeals: int = 1) -> Case:
    """A generated case of ``acts`` verdicts, each with its convict, defence counsel, petition and
    ``appeals`` upheld appeals (each appeal one more proof of the same answers)."""
    facts = []
    for i in range(acts):
        facts += [
            f"judicial_act(v{i}, verdict, first_instance)",
            f"act_outcome(v{i}, conviction)",
            f"offence_category(v{i}, grave)",
            f"entered_into_force(v{i}, 2019-05-10)",
            f"participant(c{i}, convicted)",
            f"participant(d{i}, defence_counsel)",
            f"acts_for(d{i}, c{i})",
            f"petition(pt{i}, c{i}, v{i})",
            f"filed_on(pt{i}, 2021-02-01)",
        ]
        for k in range(appeals):
            facts += [f"appeal(a{i}_{k}, {'c' if k == 0 else 'd'}{i}, v{i})", f"appeal_outcome(a{i}_{k}, upheld)"]
    return Case.from_facts(facts)


def binding_keys(result) -> list[tuple[tuple[str, str], ...]]:
    return [tuple(sorted(a.bindings.items())) for a in result.answers]


def test_W1_answers_are_deduplicated_before_the_cap_and_the_cap_is_said(kb: KnowledgeBase) -> None:
    # 10 verdicts, 4 persons who may petition against each (convict, counsel, the two officials),
    # each answer with several proofs (3 appeals): 40 answers, 240 proofs.
    result = kb.ask("may_review(Act, P)", convicts_case(10, appeals=3))
    keys = binding_keys(result)
    assert len(keys) == len(set(keys)) == 40
    assert (result.truncated, result.answers_found, result.answers_found_exact) == (False, 40, True)
    assert result.raw["truncated"] is False and result.raw["answers_found"] == 40
    assert any(a.other_proofs for a in result.answers)  # the other proofs of an answer are grouped in it
    assert result.answer_count_text() == "40 answers"

    # 30 verdicts: 120 answers, more than the 100 listed.
    big = convicts_case(30, appeals=3)
    result = kb.ask("may_review(Act, P)", big)
    keys = binding_keys(result)
    assert len(keys) == len(set(keys)) == 100
    assert (result.truncated, result.answers_found, result.answers_found_exact) == (True, 120, True)
    assert result.raw["truncated"] is True and result.raw["answers_found"] == 120
    assert result.answer_count_text() == "first 100 of 120 answers"
    from pyswip_bridge.render.html import render_html
    from pyswip_bridge.render.markdown import render_markdown
    from pyswip_bridge.render.text import render_text

    assert "Answer: yes (first 100 of 120 answers)" in render_text(result)
    assert "**Answer: yes** (first 100 of 120 answers)" in render_markdown(result)
    assert "Answer: yes (first 100 of 120 answers)" in render_html(result)

    brief = kb.answer(kb.request("may_review(Act, P)", big, explain=False))
    assert (brief["truncated"], brief["answers_found"], len(brief["answers"])) == (True, 120, 100)


def test_W1_a_count_stopped_by_its_budget_is_a_lower_bound(kb: KnowledgeBase) -> None:
    # 300 verdicts: 1,200 answers, more than half the default inference limit can count.
    result = kb.ask("may_review(Act, P)", convicts_case(300))
    assert result.truncated and len(result.answers) == 100
    assert not result.answers_found_exact and 100 < result.answers_found < 1200
    assert result.answer_count_text() == f"first 100 of at least {result.answers_found} answers"


def test_W1_what_if_and_compare_readings_do_not_compare_cut_answer_sets(kb: KnowledgeBase) -> None:
    from pyswip_bridge.workbench.whatif import compare_readings, critical_facts, render_what_if, what_if

    big = convicts_case(30, appeals=3)
    w = what_if(kb, "may_review(Act, P)", big, remove=["petition(pt0, c0, v0)"])
    assert w.diff.not_compared and w.diff.answers_added == w.diff.answers_removed == []
    assert "answers not compared" in render_what_if(w)
    with pytest.raises(UserError, match="cannot be compared"):
        compare_readings(kb, "may_review(Act, P)", big)
    c = critical_facts(kb, "may_review(Act, P)", big, max_facts=3)
    assert [e.effect for e in c.effects] == ["unknown"] * 3


# -- H1: --critical has a budget, says when it stopped early, and reports progress ------------------


def test_H1_critical_facts_stops_at_its_budget_and_says_so(kb: KnowledgeBase) -> None:
    from pyswip_bridge.workbench.whatif import critical_facts, render_critical

    case = Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml")
    total = len(case.facts)
    seen: list[tuple[int, int]] = []
    c = critical_facts(
        kb, "may_review(v1, 'Қайрат')", case, max_facts=3, progress=lambda done, of: seen.append((done, of))
    )
    assert len(c.effects) == 3 and c.total == total
    assert c.stopped_early == f"stopped after 3 of {total} facts: at most 3 are tried"
    assert seen == [(0, total), (3, total)]  # before each call of the KB (up to 25 facts each), and at the end
    assert "Not all facts were tried: stopped after 3 of" in render_critical(c)
    assert c.to_json()["stopped_early"] == c.stopped_early and c.to_json()["tried"] == 3
    # a spent time budget stops before the first ask
    c = critical_facts(kb, "may_review(v1, 'Қайрат')", case, max_seconds=0)
    assert c.effects == [] and "time budget of 0 s was spent" in (c.stopped_early or "")
    # within the budget: every fact, nothing said
    c = critical_facts(kb, "may_review(v1, 'Қайрат')", case)
    assert len(c.effects) == total and c.stopped_early is None
    assert "Not all facts" not in render_critical(c)
    with pytest.raises(UserError):
        critical_facts(kb, "may_review(v1, 'Қайрат')", case, max_facts=-1)


# -- W6: what-if and --critical keep the case's denied facts ---------------------------------------


def test_W6_what_if_and_critical_facts_keep_the_denied_facts(kb: KnowledgeBase) -> None:
    from pyswip_bridge.workbench.whatif import change_case, critical_facts, what_if

    base = Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml")
    case = Case(
        base.facts,
        base.readings,
        base.source,
        base.document,
        Case.from_facts([], denied=["participant(x9, victim)"]).denied,
    )
    assert change_case(case, remove=["filed_on(pt1, 2021-02-01)"]).denied == case.denied
    with pytest.raises(CaseFileError, match="both given and denied"):
        what_if(kb, "may_review(v1, 'Қайрат')", case, add=["participant(x9, victim)"])
    asked: list[Case | None] = []

    class Recording(KnowledgeBase):
        def ask(self, question: str, case: Case | None = None, **options: Any) -> AskResult:
            asked.append(case)
            return super().ask(question, case, **options)

        def removals(self, question: str, case: Case, start: int, stop: int, **options: Any) -> list[dict[str, Any]]:
            asked.append(case)
            return super().removals(question, case, start, stop, **options)

    # the baseline ask, then one call of the KB for the removals of both facts: each with the denied facts
    critical_facts(Recording(), "may_review(v1, 'Қайрат')", case, max_facts=2)
    assert len(asked) == 2 and all(c is not None and c.denied == case.denied for c in asked)


# -- W2, W3: question arguments are typed by their position -----------------------------------------

P12 = ROOT / "queries" / "p12_lapsed_after_three_months.yaml"


def test_W2_a_quoted_or_string_date_in_a_date_position_is_a_date(kb: KnowledgeBase) -> None:
    for question in (
        "resolution_in_force_on(2019-02-28)",
        "resolution_in_force_on('2019-02-28')",
        'resolution_in_force_on("2019-02-28")',
    ):
        result = kb.ask(question)
        assert result.holds and result.question == "resolution_in_force_on(2019-02-28)", question
    case = Case.from_file(P12)
    for date in ("2020-03-01", "'2020-03-01'", '"2020-03-01"'):
        assert kb.ask(f"suspension_in_effect(v1, {date})", case).holds, date
        assert not kb.ask(f"suspension_in_effect(v1, {date.replace('03', '05')})", case).holds, date
    for bad, shown in (("foo", "not foo"), ("'2019-02-30'", "not '2019-02-30'"), ("7", "not 7")):
        with pytest.raises(
            QueryError,
            match=f"argument 1 of resolution_in_force_on.* \\(the date\\) must be a "
            f"date such as 2019-02-28.*{re.escape(shown)}",
        ):
            kb.ask(f"resolution_in_force_on({bad})")


def test_W3_a_variable_where_the_rules_need_a_date_is_refused(kb: KnowledgeBase, cli) -> None:
    case = Case.from_file(P12)
    for question, position in (
        ("resolution_in_force_on(D)", "argument 1 of resolution_in_force_on/1"),
        ("suspension_in_effect(v1, D)", "argument 2 of suspension_in_effect/2"),
        ("punishment_postponed(Act, When)", "argument 2 of punishment_postponed/2"),
    ):
        with pytest.raises(QueryError, match=re.escape(position) + r" \(the date\) must be a date .* not the variable"):
            kb.ask(question, case)
    # a date the rules give may still be asked for
    assert not kb.ask("case_relevant_date(D)").holds
    assert kb.ask("case_relevant_date(D)", case).holds
    # the same check in the CLI (one line, exit 2), for a batch (refused before any case) and in swipl
    run = cli("ask", "suspension_in_effect(v1, D)", "--case", str(P12))
    assert run.code == 2 and run.err.count("\n") == 1 and run.err.startswith("error: argument 2 of "), run.err
    with pytest.raises(QueryError, match="not the variable D"):
        list(kb.ask_many("resolution_in_force_on(D)", [case]))
    run = swipl(
        f"load_case({pl_atom(P12)}), catch(explain(suspension_in_effect(v1, D)), E, "
        "(print_message(error, E), halt(3))), explain(suspension_in_effect(v1, '2020-03-01'))"
    )
    assert run.returncode == 3 and "argument 2 of suspension_in_effect/2 (the date)" in run.stderr, run.stderr
    run = swipl(f"load_case({pl_atom(P12)}), explain(suspension_in_effect(v1, '2020-03-01'))")
    assert run.returncode == 0 and "p12_in_effect_at_most_three_months" in run.stdout, run.stdout + run.stderr


MODE_COMMENT = re.compile(r"^%!\s+(\w+)\(([^)]*)\)\s+is\b", re.M)


def test_W3_date_positions_agree_with_the_mode_comments_of_the_rules() -> None:
    """Which date positions must be given is read off the rules; the modes documented next to them say
    the same (``+Date`` given, ``?Date`` may be asked for)."""
    run = swipl("forall(json_api:question_position(N/A, I, date(M)), format('~w/~w ~w ~w~n', [N, A, I, M]))")
    assert run.returncode == 0, run.stderr
    derived = {(line.split()[0], int(line.split()[1])): line.split()[2] for line in run.stdout.splitlines()}
    assert derived[("resolution_in_force_on/1", 1)] == "+"
    assert derived[("suspension_in_effect/2", 2)] == "+"
    assert derived[("punishment_postponed/2", 2)] == "+"
    assert derived[("case_relevant_date/1", 1)] == "?"
    documented = {}
    for source in KB.glob("law/p*.pl"):
        for name, args in MODE_COMMENT.findall(source.read_text(encoding="utf-8")):
            names = [a.strip() for a in args.split(",")]
            for i, arg in enumerate(names, start=1):
                if arg.lstrip("+?-").endswith("Date"):
                    documented[(f"{name}/{len(names)}", i)] = arg[0]
    assert documented, "no mode comment names a date"
    for position, mode in documented.items():
        assert derived.get(position) == mode, position


# -- W7: plain swipl load_case/1 applies the case file's readings and denied facts -------------------

TOOK_NO_PART = ROOT / "queries" / "p3_took_no_part_earlier.yaml"


def test_W7_load_case_applies_readings_and_denied_facts(tmp_path: Path, cli) -> None:
    text = TOOK_NO_PART.read_text(encoding="utf-8").split("questions:")[0]
    case = tmp_path / "readings_case.yaml"
    case.write_text(
        text + "readings:\n  p3_took_no_part_earlier: standing_only\ndenied:\n  - appeal_withdrawn(a1)\n",
        encoding="utf-8",
    )
    assert "Answer: no" in cli("ask", "may_review(v1, 'Мадина')", "--case", str(case)).out
    run = swipl(
        "select_reading(p1_agent_petition, own_appeal_only), "
        f"load_case({pl_atom(case)}), "
        "( may_review(v1, 'Мадина') -> writeln(holds) ; writeln(does_not_hold) ), "
        "forall(readings:reading_selected(P, R), (write(P = R), nl)), "
        "forall(case_facts:denied_fact(F), (write(denied(F)), nl))"
    )
    assert run.returncode == 0, run.stderr[:500]
    lines = run.stdout.splitlines()
    assert "does_not_hold" in lines
    assert "p3_took_no_part_earlier=standing_only" in lines
    assert "p1_agent_petition=principal_appeal_serves_agent" in lines  # the session's choice is reset
    assert "denied(appeal_withdrawn(a1))" in lines

    for extra, message in (
        (
            "readings:\n  p3_took_no_part_earlier: nonsense\n",
            "no reading nonsense of the passage p3_took_no_part_earlier",
        ),
        ("readings:\n  no_such_passage: x\n", "no ambiguous passage no_such_passage"),
        (
            "denied:\n  - participant(dias, victim)\n",
            "denied fact 1: participant(dias,victim) is both given and denied",
        ),
    ):
        bad = tmp_path / "bad.yaml"
        bad.write_text(text + extra, encoding="utf-8")
        run = swipl(
            f"load_case({pl_atom(case)}), catch(load_case({pl_atom(bad)}), E, (print_message(error, E), halt(3)))"
        )
        assert run.returncode == 3 and message in run.stderr, run.stderr
        assert run.stderr.count("ERROR") == 1


# -- H4: a huge term of a .pl case is refused before the reader spends its time on it --------------


def test_H4_load_case_refuses_a_term_longer_than_the_bridges_limit_before_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "bigint.pl"
    big.write_text(
        "judicial_act(v1, verdict, first_instance).\n\nparticipant(" + "9" * 150_000 + ", convicted).\n",
        encoding="utf-8",
    )
    run = swipl(f"catch(load_case({pl_atom(big)}), E, (print_message(error, E), halt(3)))")
    assert run.returncode == 3, run.stderr[:500]
    assert f"{big}:3: a term is longer than 100,000 characters" in run.stderr, run.stderr[:500]
    # a term just within the limit, a comment after a fact, Windows line ends: read as before
    fine = tmp_path / "fine.pl"
    fine.write_text(
        "judicial_act(v1, verdict, first_instance). % the verdict\r\n"
        "% " + "Қ" * 90_000 + "\r\nparticipant('Қайрат', convicted).\r\n"
        "act_outcome(v1, conviction).",
        encoding="utf-8",
    )
    run = swipl(f"load_case({pl_atom(fine)}), aggregate_all(count, case_facts:case_fact_clause(_), N), writeln(N)")
    assert run.returncode == 0 and run.stdout.strip() == "3", run.stderr[:500]
    syntax = tmp_path / "syntax.pl"
    syntax.write_text("judicial_act(v1, verdict, first_instance).\n\nparticipant(a, convicted\n", encoding="utf-8")
    run = swipl(f"catch(load_case({pl_atom(syntax)}), E, (print_message(error, E), halt(3)))")
    assert run.returncode == 3 and f"{syntax}:3: syntax error" in run.stderr, run.stderr[:500]
    # the file as a whole has the bridge's size limit
    huge = tmp_path / "huge.pl"
    huge.write_text("% " + "x" * (10 * 1024 * 1024) + "\n", encoding="utf-8")
    run = swipl(f"catch(load_case({pl_atom(huge)}), E, (print_message(error, E), halt(3)))")
    assert run.returncode == 3 and "at most 10,485,760 are accepted" in run.stderr, run.stderr


# -- U10: clear messages ----------------------------------------------------------------------------


def test_U10_a_trailing_comment_in_a_question_or_fact_is_a_comment(kb: KnowledgeBase) -> None:
    case = Case.from_facts(
        [
            "judicial_act(v1, decision, appellate) % the appellate decision",
            "entered_into_force(v1, 2019-03-01). % in force",
        ]
    )
    for question in (
        "reviewable_in_cassation(v1) % is it?",
        "reviewable_in_cassation(v1). % is it?",
        "reviewable_in_cassation(v1) % is it.",
        "reviewable_in_cassation(v1) /* is it? */",
    ):
        assert kb.ask(question, case).holds, question
    with pytest.raises(QueryError, match="more_than_one_term"):
        kb.ask("reviewable_in_cassation(v1). reviewable_in_cassation(v2)", case)
    with pytest.raises(QueryError, match="the question is empty"):
        kb.ask("% nothing but a comment", case)


def test_U10_culprits_are_written_as_given_with_the_users_variable_names(kb: KnowledgeBase) -> None:
    with pytest.raises(QueryError) as caught:
        kb.ask("may_review('$VAR'(1), P)")
    message = str(caught.value)
    assert "'$VAR'(1)" in message and "may_review('$VAR'(1), P)" in message and "_G" not in message
    assert not re.search(r"\b_\d+", message), message
    with pytest.raises(QueryError) as caught:
        kb.ask("may_review(_{a:1}, Petitioner)")
    message = str(caught.value)
    assert "_{a:1}" in message and "may_review(_{a:1}, Petitioner)" in message, message
    assert not re.search(r"_\d+", message), message


def test_U10_load_case_reports_reader_errors_as_case_file_errors(tmp_path: Path) -> None:
    cases = {
        "dup.yaml": ("facts:\n  - judicial_act(v1, decision, appellate)\nfacts: []\n", "duplicate key facts"),
        "dup.json": ('{"facts": [], "facts": []}', "duplicate key facts"),
        "ctl.yaml": ("facts: []\n\x01\n", "not valid YAML"),
        "bad.json": ('{"facts": [', "JSON syntax error"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        run = swipl(f"catch(load_case({pl_atom(path)}), E, (print_message(error, E), halt(3)))")
        assert run.returncode == 3, (name, run.stderr)
        assert run.stderr.startswith(f"ERROR: {path}") and message in run.stderr, (name, run.stderr)
        assert run.stderr.count("\n") == 1 and "Unknown" not in run.stderr, (name, run.stderr)
    noise = tmp_path / "noise.yaml"
    noise.write_bytes(bytes(range(256)) * 4)
    run = swipl(f"catch(load_case({pl_atom(noise)}), E, (print_message(error, E), halt(3)))")
    assert run.returncode == 3 and run.stderr.startswith(f"ERROR: {noise}: not valid UTF-8"), run.stderr
    assert run.stderr.count("\n") == 1, run.stderr


# -- L1: a case held outside any ask (host code using pyswip) is refused, not silently used ----------


def test_L1_an_ask_refuses_a_case_asserted_outside_any_ask(kb: KnowledgeBase) -> None:
    case = Case.from_file(ROOT / "queries" / "p1_counsel_appeal.yaml")
    question = "may_review(v1, 'Қайрат')"
    assert kb.ask(question, case).holds
    engine = kb._engine
    for assert_goal, undo_goal, found in (
        (
            "assertz(case_facts:appeal_withdrawn(a1))",
            "retractall(case_facts:appeal_withdrawn(_))",
            "the case fact appeal_withdrawn(a1)",
        ),
        (
            "assertz(case_facts:denied_fact(participant(x, victim)))",
            "retractall(case_facts:denied_fact(_))",
            "the denied fact participant(x, victim)",
        ),
        (
            "readings:select_reading(p1_agent_petition, own_appeal_only)",
            "readings:clear_readings",
            "the reading own_appeal_only of p1_agent_petition",
        ),
    ):
        engine._thread.run(lambda goal=assert_goal: engine._run(goal))  # what host code with pyswip could do
        try:
            with pytest.raises(EngineError) as caught:
                kb.ask(question, case)
            assert caught.value.kind == "kb_state" and found in str(caught.value), str(caught.value)
            assert not isinstance(caught.value, UserError)
        finally:
            engine._thread.run(lambda goal=undo_goal: engine._run(goal))
        assert kb.ask(question, case).holds
