"""Infeasible cases name the budget and the amount, checked against the hand sizing of tests/teaching.py."""

from __future__ import annotations

import pytest

from synth import load_case, solve
from teaching import TEACH, bottom_up


def diagnoses(solve_once, overrides):
    result = solve_once(TEACH / "single.yaml", overrides)
    assert result.status.value == "infeasible"
    assert result.exit_code == 3
    return {d.requirement: d for d in result.diagnosis}


def test_array_area_limit_reports_power_budget_and_needed_area(solve_once):
    # Cheapest way to need the least array: throttle in eclipse, one satellite (battery for housekeeping only).
    needed = bottom_up(20, 0.0, 1)["area"]
    # (arrays sized at beginning of life: (20 + 1 + 0.68 recharge) kW / 0.2909 kW/m2 = 74.5 m2 > 70)
    assert needed == pytest.approx(74.5, abs=0.1)
    found = diagnoses(solve_once, {"limits.max_array_area_m2": 70})
    d = found["max_array_area"]
    assert d.budget == "power"
    assert d.limit == 70
    assert d.needed == pytest.approx(needed, rel=1e-6)
    assert f"{needed:,.0f} m2" in d.message and "max_array_area_m2" in d.message
    # ... or keep the limit and lower the scale: 70 m2 powers fewer modules.
    assert found["scale_min"].needed < 0.02


def test_radiator_area_limit_reports_thermal_budget(solve_once):
    needed = bottom_up(20, 0.0, 1)["radiator"]
    found = diagnoses(solve_once, {"limits.max_radiator_area_m2": 10})
    d = found["max_radiator_area"]
    assert d.budget == "thermal"
    assert d.needed == pytest.approx(needed, rel=1e-6)


def test_launch_cadence_limit(solve_once):
    # 1 launch/yr over 1 year, but the design needs 2 launches (1.29 t on a 1 t rocket).
    found = diagnoses(solve_once, {"limits.max_launches_per_year": 1, "limits.deployment_years": 1})
    d = found["launch_cadence"]
    assert d.budget == "mass/launch"
    assert (d.limit, d.needed) == (1, pytest.approx(2))
    assert "needs 2 launches" in d.message


def test_infeasible_case_names_an_irreducible_conflict(solve_once):
    result = solve_once(TEACH / "infeasible.yaml")
    conflict = " ".join(result.conflict)
    # The subset holds the launch limit, the scale requirement and the mass the launches must carry.
    assert "limit[max_launches]" in conflict
    assert "scale_min" in conflict
    assert "mass_launched[teach_leo]" in conflict
    assert "vehicle_capacity[small_rocket,teach_leo]" in conflict


@pytest.mark.parametrize("overrides", [{}, {"limits.max_array_area_m2": 70}, {"limits.max_radiator_area_m2": 10},
                                       {"limits.max_launches_per_year": 1, "limits.deployment_years": 1}])
def test_each_suggested_next_step_makes_the_case_feasible(solve_once, overrides):
    case = TEACH / ("infeasible.yaml" if not overrides else "single.yaml")
    result = solve_once(case, overrides)
    assert result.status.value == "infeasible"
    steps = [d.next_step for d in result.diagnosis if d.next_step.startswith("--set ")]
    assert steps
    for step in steps:
        key, _, value = step.removeprefix("--set ").partition("=")
        fixed = dict(overrides)
        if key == "requirements.it_power_mw.min":
            fixed["requirements.it_power_mw"] = {"min": float(value), "max": 0.02}
        else:
            fixed[key] = float(value)
        assert solve(load_case(case, overrides=fixed)).status.value == "optimal", step


def test_delivered_compute_shortfall_is_the_most_that_can_be_delivered():
    """total_cost.yaml asking for far more compute than 6 kW can deliver: the diagnosis names the most that can
    be delivered, and that amount is right: just below it the case solves, just above it does not."""
    total_cost = TEACH / "total_cost.yaml"
    result = solve(load_case(total_cost, overrides={"requirements.delivered_eflop_min": 1e9}))
    found = {d.requirement: d for d in result.diagnosis}
    most = found["delivered_min"].needed
    assert 0 < most < 1e9
    assert f"{most:,.4g} EFLOP" in found["delivered_min"].message
    below = solve(load_case(total_cost, overrides={"requirements.delivered_eflop_min": most * (1 - 1e-6)}))
    above = solve(load_case(total_cost, overrides={"requirements.delivered_eflop_min": most * (1 + 1e-3)}))
    assert below.status.value == "optimal" and above.status.value == "infeasible"


def test_fixed_scale_no_whole_module_count_makes_says_so():
    """single.yaml fixes IT power at min = max; at 10.5 kW, with its 1,000 W modules, no whole count makes it: the
    most is floor(10.5 / 1) = 10 modules = 0.010 MW. The diagnosis names the fixed level and whole modules, not a
    'limit' (it used to print '829 MW asked, at most 829 MW fits' for spacex at an arbitrary fixed level)."""
    result = solve(TEACH / "single.yaml", {"requirements.it_power_mw": {"min": 0.0105, "max": 0.0105}})
    assert result.status.value == "infeasible"
    scale = [d for d in result.diagnosis if d.requirement == "scale_min"]
    assert len(scale) == 1
    assert "fixed at exactly 0.0105 MW (min = max)" in scale[0].message
    assert "less than one compute module (1,000 W) above the most whole modules reach" in scale[0].message
    assert abs(scale[0].needed - 0.010) < 1e-9
    assert scale[0].next_step == "--set requirements.it_power_mw.min=0.01"
