"""Regression tests of the REPL's findings in the reliability review (docs/reliability-review.md).

Each test is named after its finding: C1 (a long typed line ran the REPL out of memory), T3 (a
history path that cannot be written printed a traceback after every line), D3 (a multi-line
bracketed paste ran only its first line), W6 (the session dropped the case's ``denied:`` facts).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from pyswip_bridge.case import Case
from pyswip_bridge.errors import CaseFileError
from pyswip_bridge.repl import Session

ROOT = Path(__file__).resolve().parent.parent
GIVEN_AND_DENIED = ROOT / "tests" / "hostile" / "repl_given_and_denied.yaml"

DENYING_CASE = """\
facts:
  - judicial_act(v1, verdict, first_instance)
  - entered_into_force(v1, 2019-05-10)
  - participant('Қайрат', convicted)
  - appeal(a1, 'Қайрат', v1)
denied:
  - appeal_withdrawn(a1)
"""


class Transcript:
    """A session in process: each line run, and what it printed on out and on err."""

    def __init__(self, kb, case: Case) -> None:
        self.out, self.err = io.StringIO(), io.StringIO()
        self.session = Session(kb, case, out=self.out, err=self.err)

    def run(self, line: str) -> tuple[str, str]:
        start_out, start_err = self.out.tell(), self.err.tell()
        assert self.session.handle(line) is True
        return self.out.getvalue()[start_out:], self.err.getvalue()[start_err:]


@pytest.fixture
def denying_case(tmp_path: Path) -> Path:
    path = tmp_path / "denying.yaml"
    path.write_text(DENYING_CASE, encoding="utf-8")
    return path


# -- W6: the case's denied facts ----------------------------------------------------------------------

def test_W6_adding_a_fact_the_case_denies_is_refused_as_ask_refuses_it(kb, denying_case):
    repl = Transcript(kb, Case.from_file(denying_case))
    before = list(repl.session.facts)
    out, err = repl.run("+appeal_withdrawn(a1)")
    assert out == ""
    assert err.startswith("error: ") and "appeal_withdrawn(a1) is both given and denied" in err, err
    assert len(err.splitlines()) == 1
    assert repl.session.facts == before
    # `cassation ask` refuses the same facts with the same words
    with pytest.raises(CaseFileError, match="is both given and denied"):
        kb.ask("may_review(v1, P)", Case.from_file(denying_case).add("appeal_withdrawn(a1)"))


def test_W6_a_question_sees_the_denied_facts(kb, denying_case):
    case = Case.from_file(denying_case)
    repl = Transcript(kb, case)
    assert [f.text for f in repl.session.case.denied] == ["appeal_withdrawn(a1)"]
    out, err = repl.run("may_review(v1, 'Қайрат')")
    assert err == "" and "Answer:" in out


def test_W6_facts_shows_the_denied_facts(kb, denying_case):
    repl = Transcript(kb, Case.from_file(denying_case))
    out, _ = repl.run(":facts")
    assert "4. appeal(a1, 'Қайрат', v1)" in out
    assert "denied: appeal_withdrawn(a1)" in out


def test_W6_save_and_load_keep_the_denied_facts(kb, denying_case, tmp_path):
    repl = Transcript(kb, Case.from_file(denying_case))
    saved = tmp_path / "saved.yaml"
    out, err = repl.run(f":save {saved}")
    assert err == "" and out == f"saved 4 facts to {saved}\n"
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["denied"] == ["appeal_withdrawn(a1)"]
    repl.run(":clear")
    assert repl.session.denied == []
    out, err = repl.run(f":load {saved}")
    assert err == "" and out.startswith(f"loaded {saved}: 4 facts, 1 denied")
    _, err = repl.run("+appeal_withdrawn(a1)")
    assert "is both given and denied" in err


def test_W6_load_refuses_a_case_that_gives_and_denies_a_fact(kb):
    repl = Transcript(kb, Case())
    _, err = repl.run(f":load {GIVEN_AND_DENIED}")
    assert err.startswith("error: ") and "is both given and denied" in err, err
    assert repl.session.facts == [] and repl.session.denied == []


def test_W6_repl_case_option_refuses_a_case_that_gives_and_denies_a_fact(cli):
    run = cli("repl", "--case", str(GIVEN_AND_DENIED), stdin=":facts\n")
    assert run.code == 2 and run.out == ""
    assert run.err.startswith("error: ") and "is both given and denied" in run.err, run.err
    assert len(run.err.splitlines()) == 1
