"""Every answer says whether Resolution No. 5 was in force on the case's dates (¶27, abolition 1 July 2022)."""

from __future__ import annotations

import pytest

from pyswip_bridge import Case, OutsideValidity

BASE = ["judicial_act(v1, decision, appellate)", "entered_into_force(v1, 2019-01-10)", "protest(pr1, v1)"]


def test_in_force_case(kb):
    result = kb.ask("may_review(v1, prosecutor_general)", Case.from_facts([*BASE, "filed_on(pr1, 2019-06-01)"]))
    assert result.holds
    assert result.validity.in_force is True
    assert result.validity.relevant_dates == ("2019-06-01",)
    assert result.validity.warning is None


@pytest.mark.parametrize("date", ["2022-07-01", "2017-06-28", "2024-03-03"])
def test_outside_the_window_is_refused_with_a_warning(kb, date):
    case = Case.from_facts([*BASE, f"filed_on(pr1, {date})"])
    with pytest.raises(OutsideValidity, match="not in force on " + date):
        kb.ask("may_review(v1, prosecutor_general)", case)
    result = kb.ask("may_review(v1, prosecutor_general)", case, reason_anyway=True)
    assert result.holds and result.validity.in_force is False
    assert "abolition with effect from 1 July 2022" in result.validity.warning


def test_last_and_first_days(kb):
    for date in ("2022-06-30", "2017-06-29"):
        result = kb.ask("may_review(v1, prosecutor_general)", Case.from_facts([*BASE, f"filed_on(pr1, {date})"]))
        assert result.validity.in_force is True


def test_the_day_of_the_hearing_counts_as_well_as_the_day_of_filing(kb):
    """A request filed before the abolition but considered after it: the hearing was governed by the
    rules in force on its day, which no longer included the resolution."""
    heard = [*BASE, "filed_on(pr1, 2022-06-20)", "considered_in_cassation_on(v1, 2022-07-15)"]
    with pytest.raises(OutsideValidity, match="not in force on 2022-07-15"):
        kb.ask("may_review(v1, prosecutor_general)", Case.from_facts(heard))
    in_time = [*BASE, "filed_on(pr1, 2022-06-20)", "considered_in_cassation_on(v1, 2022-06-30)"]
    result = kb.ask("may_review(v1, prosecutor_general)", Case.from_facts(in_time))
    assert result.validity.in_force is True
    assert result.validity.relevant_dates == ("2022-06-20", "2022-06-30")


def test_relevant_date_overrides_filing_dates(kb):
    case = Case.from_facts([*BASE, "filed_on(pr1, 2023-01-01)", "relevant_date(2021-01-01)"])
    result = kb.ask("may_review(v1, prosecutor_general)", case)
    assert result.validity.relevant_dates == ("2021-01-01",)


def test_undated_case_says_it_cannot_tell(kb):
    result = kb.ask("reviewable_in_cassation(v1)", Case.from_facts(BASE))
    assert result.validity.in_force is None
    assert "has no date" in result.validity.warning


def test_cli_outside_validity(cli, tmp_path):
    path = tmp_path / "late.yaml"
    path.write_text("facts:\n" + "".join(f"  - {f}\n" for f in [*BASE, "filed_on(pr1, 2023-05-05)"]), encoding="utf-8")
    run = cli("ask", "may_review(v1, P)", "--case", str(path))
    assert run.code == 2 and "not in force on 2023-05-05" in run.err and "--reason-anyway" in run.err
    run = cli("ask", "may_review(v1, P)", "--case", str(path), "--reason-anyway")
    assert run.code == 0 and "WARNING: Resolution No. 5 was not in force on 2023-05-05" in run.out
