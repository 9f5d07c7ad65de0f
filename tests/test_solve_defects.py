"""Defects found trying synth as a new user would (issue 8, items 1, 2, 3, 5, 6, 9, 14, 16): each test fails on the
code before the fix.

Marginal values are checked against re-solves of the LP at the optimal integers with the row relaxed, and against
a three-variable LP whose value function is written out by hand.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path

import pyomo.environ as pyo
import pytest
from pyomo.contrib.solver.common.factory import SolverFactory

import synth.explain as explain
from synth import evaluate, load_case, load_design, solve
from synth.cli import main
from synth.fmt import fixed, significant, usd
from synth.model.core import build_model
from synth.model.data import MUSD, ZFLOP
from synth.physics.economics import annuity_years, capital_charge
from synth.solve import solve_built
from synth.solver import HighsSession
from synth.summary import format_summary

ROOT = Path(__file__).resolve().parents[1]
TEACH = ROOT / "cases" / "teaching"
SINGLE = TEACH / "single.yaml"


# ---- item 1: evaluate applies the --set overrides saved in result.json -------------------------------------------

def test_evaluate_applies_the_overrides_a_result_was_solved_with(tmp_path, capsys):
    """Solved with small_rocket at $2M a launch instead of $5M; evaluating that result.json against the plain case file
    must price the launch at $2M, as the solve did, and say so."""
    out = tmp_path / "cheap"
    assert main(["solve", str(SINGLE), "--set", "launch_vehicles.small_rocket.price_per_launch_usd=2000000", "--out", str(out), "-q"]) == 0
    solved = load_design(out / "result.json")
    assert solved.saved_overrides == {"launch_vehicles.small_rocket.price_per_launch_usd": 2000000}
    evaluated = evaluate(str(SINGLE), out / "result.json")
    launches = evaluated.design.launches["small_rocket"]
    assert evaluated.budgets["cost_usd"]["launch"] == pytest.approx(2e6 * launches)
    assert any("applied the --set overrides" in n for n in evaluated.notes)
    capsys.readouterr()
    assert main(["evaluate", str(SINGLE), "--design", str(out / "result.json")]) == 0
    assert "price_per_launch_usd=2000000" in capsys.readouterr().out


def test_evaluate_refuses_a_set_that_contradicts_the_saved_one(tmp_path, capsys):
    out = tmp_path / "cheap"
    assert main(["solve", str(SINGLE), "--set", "launch_vehicles.small_rocket.price_per_launch_usd=2000000", "--out", str(out), "-q"]) == 0
    code = main(["evaluate", str(SINGLE), "--design", str(out / "result.json"), "--set", "launch_vehicles.small_rocket.price_per_launch_usd=3000000"])
    err = capsys.readouterr().err
    assert code == 2
    assert "result.json" in err and "case.overrides.set" in err and "solved with" in err
    # A ResolvedCase without the saved overrides is refused too: never mixed silently.
    with pytest.raises(Exception, match="solved with --set"):
        evaluate(load_case(SINGLE), out / "result.json")


# ---- items 2 and 3: marginal values only where meaningful; no crash without duals ----------------------------------

def test_no_marginal_for_rows_of_subsystems_the_design_does_not_have(top_down):
    """top_down's design hosts all its IT on top-down units: no array, no radiator. The old code said the array power
    balance was 'worth 0.365 USD/EFLOP per kW' there."""
    result = top_down
    assert result.design.solar_array_area_m2 == 0 and result.design.radiator_area_m2 == 0
    names = {b.constraint for b in result.binding}
    assert not any(n.startswith(("power_balance", "heat_total", "hosting_array", "hosting_radiator")) for n in names)
    assert all((b.marginal or 0.0) == 0.0 for b in result.binding)


def _fixed_integer_lp_value(m, lam, relax=None):
    """Optimal value of the LP at the loaded integers with objective C - lam F, optionally with one row relaxed by
    delta (written as lhs - delta <= rhs): an independent re-solve, not ranging."""
    saved = []
    if relax is not None:
        con, delta = relax
        lhs, rhs = con.expr.args
        saved.append((con, con.expr))
        con.set_value(lhs - delta <= rhs)
    integers = [(v, v.domain, v.value) for v in m.component_data_objects(pyo.Var) if v.is_integer() or v.is_binary()]
    for v, _, value in integers:
        v.domain = pyo.Reals
        v.fix(round(value or 0))
    for obj in m.component_objects(pyo.Objective):
        obj.deactivate()
    m.check_obj = pyo.Objective(expr=m.COST_TOTAL - lam * m.FLOP)
    try:
        res = SolverFactory("highs").solve(m, load_solutions=False, solver_options={"output_flag": False})
        return res.incumbent_objective
    finally:
        m.del_component(m.check_obj)
        for con, expr in saved:
            con.set_value(expr)
        for v, domain, value in integers:
            v.unfix()
            v.domain = domain
            v.set_value(value, skip_validation=True)


def test_reported_marginals_match_a_relaxed_resolve_over_their_stated_range():
    """Each exact marginal value 'one more unit is worth y for the next D units' is checked by relaxing the row by D/2
    in the LP at the optimal integers and re-solving: (value before - value after) / (D/2) must equal y."""
    rc = load_case(SINGLE)
    dm = build_model(rc)
    session = HighsSession(60, 1e-9)
    try:
        result = solve_built(rc, dm, session)
    finally:
        session.close()
    m = dm.model
    flop_eflop = pyo.value(m.FLOP) * ZFLOP / 1e18
    lam = result.kpi["cost_per_eflop_usd"] / 1e18 * ZFLOP / MUSD
    base = _fixed_integer_lp_value(m, lam)
    exact = [b for b in result.binding if b.marginal and b.valid_for and math.isfinite(b.valid_for)]
    assert {b.constraint for b in exact} >= {"power_balance[teach_leo]", "battery_energy[teach_leo]"}
    for b in exact:
        con = m.find_component(b.constraint)
        delta = b.valid_for / 2
        relaxed = _fixed_integer_lp_value(m, lam, (con, delta))
        assert (base - relaxed) / delta * MUSD / flop_eflop == pytest.approx(b.marginal, rel=1e-6), b.constraint


def test_degenerate_row_gets_no_marginal_but_an_upper_bound():
    """min x + 2y  s.t.  r0: x + y >= 1,  r1: x <= 0.5,  r2: y >= 0.5.  The optimum is x = y = 0.5 (value 1.5) and all
    three rows are tight. By hand, with b0 the bound of r0: v(b0) = b0 + 0.5 for b0 <= 1 (x takes it) and
    2 b0 - 0.5 above (x is capped at 0.5). Relaxing r0 (b0 down) is worth 1 per unit, tightening costs 2: no single
    dual describes both, and any dual in [1, 2] is optimal. Raising r1's cap is worth nothing (y >= 0.5 holds x + y at
    1 anyway) but lowering it costs 1."""
    m = pyo.ConcreteModel()
    m.x = pyo.Var(domain=pyo.NonNegativeReals)
    m.y = pyo.Var(domain=pyo.NonNegativeReals)
    m.r0 = pyo.Constraint(expr=m.x + m.y >= 1)
    m.r1 = pyo.Constraint(expr=m.x <= 0.5)
    m.r2 = pyo.Constraint(expr=m.y >= 0.5)
    m.obj = pyo.Objective(expr=m.x + 2 * m.y)
    session = HighsSession(60, 1e-9)
    try:
        res = session.solver.solve(m, load_solutions=False, solver_options=session.options)
        assert res.incumbent_objective == pytest.approx(1.5)
        rows = session.row_sensitivity([m.r0, m.r1, m.r2])
    finally:
        session.close()
    r0, r1 = rows["r0"], rows["r1"]
    assert 1.0 <= abs(r0.dual) <= 2.0 and 0.0 <= abs(r1.dual) <= 1.0
    # Whichever optimal basis HiGHS returns, a positive relaxing range means |dual| is the true relaxing slope.
    if r0.relax_range > 0:
        assert abs(r0.dual) == pytest.approx(1.0)
    else:
        assert abs(r0.dual) >= 1.0 - 1e-9  # then it is only an upper bound on the relaxing slope 1
    if r1.relax_range > 0:
        assert abs(r1.dual) == pytest.approx(0.0, abs=1e-12)
    assert not (r0.relax_range > 0 and r0.tighten_range > 0)  # the slope differs by direction: never "unique"


def test_binding_rows_without_duals_do_not_crash(monkeypatch, capsys):
    """The old code reached abs(None) when the LP at fixed integers returned no duals (exit 1)."""
    monkeypatch.setattr(explain, "_fixed_integer_lp", lambda *args, **kwargs: None)
    result = solve(load_case(SINGLE))
    assert result.binding and all(b.marginal is None for b in result.binding)
    assert all("no LP marginal value available" in b.message for b in result.binding)
    assert main(["solve", str(SINGLE)]) == 0
    assert "no LP marginal value available" in capsys.readouterr().out


# ---- item 5: a ground facility is recovered over its own life, discounted like everything else ----------------------

def test_facility_capital_recovery_over_its_own_life():
    """1 kW at $10/W: 14-year facility, 5-year study at 7 %. Capital recovery (continuous discounting, rho = ln 1.07):
    the level payment repaying $10,000 over 14 years is 10,000 rho / (1 - e^(-14 rho)) per year, charged for 5 years
    and discounted: 10,000 (1 - e^(-5 rho)) / (1 - e^(-14 rho)) = $4,688. The old code charged 5/14 of it, $3,571."""
    rho = math.log(1.07)
    expected = 10_000 * (1 - math.exp(-5 * rho)) / (1 - math.exp(-14 * rho))
    assert capital_charge(10_000.0, 14.0, 5.0, 0.07) == pytest.approx(expected, rel=1e-12)
    assert capital_charge(10_000.0, 14.0, 5.0, 0.07) == pytest.approx(4688.0, abs=1.0)
    # Undiscounted, a facility shorter-lived than the study is replaced: 20 years of a 14-year facility is 20/14 of it.
    assert capital_charge(10_000.0, 14.0, 20.0, 0.0) == pytest.approx(10_000 * 20 / 14, rel=1e-12)
    assert annuity_years(5.0, 0.0) == 5.0


# ---- item 6 and 14: significant digits, never -0, and the top-down caveat ----------------------------------------

@pytest.mark.parametrize("value, text", [(0.000588, "$0.000588"), (1.4563, "$1.456"), (0.5524, "$0.5524"), (123.456, "$123.5"),
                                         (12_345.0, "$12.35 k"), (2.1e9, "$2.1 B"), (0.0, "$0"), (-0.0, "$0")])
def test_costs_keep_significant_digits(value, text):
    assert usd(value) == text


def test_small_costs_print_with_significant_digits(single):
    result = copy.deepcopy(single)  # its own copy: the shared result must not change
    result.kpi["cost_per_eflop_usd"] = 0.000588
    text = format_summary(result)
    assert "cost per EFLOP (orbit)      $0.000588" in text


def test_no_negative_zero_and_top_down_caveat_in_the_printout(top_down):
    assert fixed(-1e-12, 3) == "0.000" and significant(-1e-12) == "-1.000e-12" and fixed(-0.0, 1) == "0.0"
    text = format_summary(top_down)
    assert "-0.0" not in text
    assert "runs on top-down units" in text and "inside their all-in figures" in text


# ---- item 9: a design not proven optimal says so ---------------------------------------------------------------------

def test_not_proven_optimal_is_printed_prominently(capsys):
    """One ratio step is not enough for the Dinkelbach iteration to prove optimality: the design is the best found,
    status ratio_not_converged (a limit, like time_limit), exit 0, and the printout warns at the top and at the bottom."""
    code = main(["solve", str(SINGLE), "--set", "solver.method=plain", "--set", "solver.max_ratio_iterations=1"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0].endswith(": ratio_not_converged")
    assert out.count("NOT PROVEN OPTIMAL") == 2
    assert "gap" in out.splitlines()[1]


# ---- item 16: a mix of compute types is explained, or replaced by one type when that is as good ------------------------

def test_a_fixed_scale_that_forces_a_mix_says_why(capsys):
    """2.5 kW fixed exactly: gpu_a (1,000 W) and gpu_b (1,500 W) alone make 2 or 3 kW and 1.5 or 3 kW, never 2.5; the only
    whole mix is 1 + 1."""
    argv = ["solve", str(TEACH / "small_choice.yaml"), "--set", "requirements.it_power_mw.min=0.0025",
            "--set", "requirements.it_power_mw.max=0.0025"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "1 x gpu_a, 1 x gpu_b" in out
    assert "fixed at exactly 0.0025 MW" in out and "requirements.it_power_mw.min=0.0015" in out
