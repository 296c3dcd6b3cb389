"""Coverage of Resolution No. 5: for each paragraph, the rules that encode it, the scenarios that
exercise those rules, and what is deliberately not encoded."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field

from ..bridge.kb import KnowledgeBase
from ..i18n import tr, worded
from .scenarios import Scenario, load_scenarios

PARAGRAPHS = range(1, 28)


@dataclass
class ParagraphCoverage:
    """How one paragraph is encoded and tested."""

    paragraph: int
    rules: list[str] = field(default_factory=list)
    scenarios: list[str] = field(default_factory=list)
    unused_rules: list[str] = field(default_factory=list)
    not_encoded: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def compute_coverage(kb: KnowledgeBase, scenarios: list[Scenario] | None = None) -> list[ParagraphCoverage]:
    """Run every scenario question and map paragraphs → rules → scenarios."""
    norms = kb.norms()
    paragraph_of = {rule["id"]: rule["paragraph"] for rule in norms["rules"]}
    table = {p: ParagraphCoverage(p) for p in PARAGRAPHS}
    for rule_id, paragraph in sorted(paragraph_of.items()):
        table[paragraph].rules.append(rule_id)
    for item in norms["not_encoded"]:
        table[item["paragraph"]].not_encoded.append(
            {"what": item["what"], "why": item["why"], "why_ru": item.get("why_ru") or item["why"]}
        )
    used_by: dict[str, set[str]] = defaultdict(set)
    for scenario in scenarios if scenarios is not None else load_scenarios():
        for question in scenario.questions:
            result = kb.ask(question.ask, scenario.case, readings=question.readings)
            for rule_id in result.rules_used():
                used_by[rule_id].add(scenario.name)
    for entry in table.values():
        names: set[str] = set()
        for rule_id in entry.rules:
            names |= used_by[rule_id]
            if not used_by[rule_id]:
                entry.unused_rules.append(rule_id)
        entry.scenarios = sorted(names)
    return [table[p] for p in PARAGRAPHS]


def render_coverage(rows: list[ParagraphCoverage]) -> str:
    """The coverage table as text."""
    lines = []
    for row in rows:
        status = tr("encoded") if row.rules else tr("NOT ENCODED")
        lines.append(
            tr("¶{paragraph} {status}: {rules} rules, exercised by {scenarios} scenarios").format(
                paragraph=f"{row.paragraph:<3}", status=status, rules=len(row.rules), scenarios=len(row.scenarios)
            )
        )
        if row.rules:
            lines.append(f"      {tr('rules:')} {', '.join(row.rules)}")
        if row.scenarios:
            lines.append(f"      {tr('scenarios:')} {', '.join(row.scenarios)}")
        if row.unused_rules:
            lines.append(f"      {tr('UNUSED by any scenario:')} {', '.join(row.unused_rules)}")
        for item in row.not_encoded:
            lines.append(f"      {tr('not encoded:')} “{item['what']}” — {worded(item, 'why')}")
    total_rules = sum(len(r.rules) for r in rows)
    encoded = sum(1 for r in rows if r.rules)
    exercised = sum(1 for r in rows if len(r.scenarios) >= 2)
    lines.append("")
    lines.append(
        tr(
            "{encoded}/27 paragraphs encoded by {rules} rules; {exercised}/27 exercised by at least two scenarios"
        ).format(encoded=encoded, rules=total_rules, exercised=exercised)
    )
    return "\n".join(lines) + "\n"
