"""Every paragraph 1-27 is encoded and exercised by at least two scenarios; the coverage report says so."""

from __future__ import annotations

import json

import pytest

from pyswip_bridge.workbench.coverage import compute_coverage


@pytest.fixture(scope="module")
def rows(kb):
    return compute_coverage(kb)


def test_all_27_paragraphs_are_encoded(rows):
    missing = [r.paragraph for r in rows if not r.rules]
    assert not missing, f"paragraphs without rules: {missing}"


def test_every_paragraph_is_exercised_by_two_scenarios(rows):
    thin = {r.paragraph: r.scenarios for r in rows if len(r.scenarios) < 2}
    assert not thin, f"paragraphs exercised by fewer than two scenarios: {thin}"


def test_no_rule_is_unused(rows):
    unused = [rule for r in rows for rule in r.unused_rules]
    assert not unused, unused


def test_not_encoded_items_have_reasons(rows):
    items = [item for r in rows for item in r.not_encoded]
    assert items
    assert all(item["what"] and item["why"] for item in items)


def test_coverage_command(cli):
    run = cli("coverage")
    assert run.code == 0, run.err
    assert "27/27 paragraphs encoded" in run.out
    data = json.loads(cli("coverage", "--format", "json").out)
    assert [row["paragraph"] for row in data] == list(range(1, 28))
