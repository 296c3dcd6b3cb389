"""Every rule cites a paragraph and articles, and quotes words that really are in the resolution."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOLUTION = ROOT / "kb" / "sources" / "resolution-2017-05.txt"


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip()


def test_resolution_copy_is_the_shared_reference():
    shared = ROOT.parent / "shared" / "reference" / "resolution-2017-05.txt"
    if shared.exists():
        assert shared.read_bytes() == RESOLUTION.read_bytes()


def test_every_rule_quotes_the_resolution(kb):
    source = normalise(RESOLUTION.read_text(encoding="utf-8"))
    for rule in kb.norms()["rules"]:
        assert normalise(rule["text"]) in source, f"{rule['id']}: quoted text not in the resolution"


def test_every_rule_has_paragraph_articles_and_a_stable_id(kb):
    rules = kb.norms()["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert 1 <= rule["paragraph"] <= 27
        assert rule["articles"], rule["id"]
        assert all(re.match(r"^(CPC|CC|Constitution) (art|ch)\. \d+", a) for a in rule["articles"]), rule["id"]
        assert re.match(rf"^p{rule['paragraph']}_[a-z0-9_]+$", rule["id"]), rule["id"]


def test_ambiguous_passages_quote_the_resolution_and_have_one_default(kb):
    source = normalise(RESOLUTION.read_text(encoding="utf-8"))
    passages = kb.norms()["ambiguous_passages"]
    assert passages
    for passage in passages:
        assert normalise(passage["text"]) in source
        assert [r["status"] for r in passage["readings"]].count("default") == 1


def test_every_proof_node_of_a_rule_carries_its_source(kb):
    from pyswip_bridge.workbench.scenarios import load_scenarios

    for scenario in load_scenarios():
        for q in scenario.questions:
            result = kb.ask(q.ask, scenario.case, readings=q.readings)
            for answer in result.answers:
                for node in answer.proof.walk():
                    if node.status == "proved":
                        assert node.rule and node.source and node.source.paragraph >= 1
                    else:
                        assert node.rule is None
