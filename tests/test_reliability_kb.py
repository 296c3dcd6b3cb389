"""Regression tests for the reliability review's findings on the KB and its JSON boundary
(``docs/reliability-review.md`` of the shared notes: W1, W2, W3, W6, W7, W8, H1, H4, L1, U10).

Each test is named after the finding it pins; each fails on the code before the fix.  Big cases are
generated here, not committed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pyswip_bridge import Case, KnowledgeBase
from pyswip_bridge.errors import CaseFileError, CassationError, EngineError, QueryError, UserError

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"


def swipl(goal: str, kb_dir: Path = KB, env: dict[str, str] | None = None,
          timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``goal`` in a plain ``swipl`` with the KB of ``kb_dir`` loaded."""
    return subprocess.run(["swipl", "-q", "-g", goal, "-t", "halt", str(kb_dir / "cassation.pl")],
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=timeout, env=env, cwd=ROOT)


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
    for source in sorted(KB.glob("*.pl")) + sorted((KB / "tests").glob("*.plt")):
        first = source.read_text(encoding="utf-8").splitlines()[0]
        assert first == ":- encoding(utf8).", f"{source.name} does not start with :- encoding(utf8)."
    kb_copy = tmp_path / "kb"
    kb_copy.mkdir()
    for source in KB.glob("*.pl"):  # the sources only: no .qlf, so the KB compiles from them
        shutil.copy(source, kb_copy / source.name)
    case = tmp_path / "case.yaml"
    case.write_text("facts:\n  - judicial_act(v1, decision, appellate)\n  - entered_into_force(v1, 2019-03-01)\n",
                    encoding="utf-8")
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
