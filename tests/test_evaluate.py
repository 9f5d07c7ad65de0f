"""The design evaluator: re-evaluating every optimum reproduces the solver's numbers, and violations are
reported with amounts a person can recompute."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from synth import evaluate, load_case, load_design
from synth.cli import main
from teaching import ARRAY_BOL_KW_PER_M2, ARRAY_KW_PER_M2, BATT_DELIVER, BATT_RECHARGE, ECLIPSE_H, RAD_KW_PER_M2, SURVIVING

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted(ROOT.glob("cases/*.yaml"))
CASES = sorted([*SHIPPED, *ROOT.glob("cases/teaching/*.yaml")])
FEASIBLE_CASES = [pytest.param(c, id=c.stem, marks=[pytest.mark.slow] if c in SHIPPED else []) for c in CASES if c.stem != "infeasible"]


@pytest.mark.parametrize("case_path", FEASIBLE_CASES)
def test_reevaluating_the_optimum_reproduces_every_budget_and_kpi(case_path, tmp_path, solve_once):
    result = solve_once(case_path)
    assert result.status.value == "optimal"
    result.write(tmp_path)
    evaluated = evaluate(load_case(case_path), load_design(tmp_path / "result.json"))
    violated = [c.message for c in evaluated.checks if not c.satisfied]
    assert violated == []
    assert evaluated.status.value == "feasible"
    for budget, items in result.budgets.items():
        for item, value in items.items():
            assert evaluated.budgets[budget][item] == pytest.approx(value, rel=1e-6, abs=1e-6), (budget, item)
    for key, value in result.kpi.items():
        assert evaluated.kpi[key] == pytest.approx(value, rel=1e-6), key


DESIGN = """\
orbit: teach_leo
shielding: none
compute: {gpu_a: 20}
compute_running_in_eclipse: {gpu_a: 20}
satellites_by_bus: {small_bus: 1}
launches: {small_rocket: 1}
solar_array_area_by_technology_m2: {cells_a: 100}
radiator_area_by_option_m2: {panel@340K: 17}
battery_energy_by_technology_kwh: {cells: 20}
"""


def test_violations_are_reported_with_hand_computed_amounts(tmp_path):
    path = tmp_path / "design.yaml"
    path.write_text(DESIGN)
    result = evaluate(load_case(ROOT / "cases/teaching/single.yaml"), load_design(path))
    checks = {c.constraint: c for c in result.checks}
    assert result.status.value == "infeasible"
    # Power at beginning of life: 100 m2 x 1,361 x 0.25 x 0.9 x 0.95 = 29.0914 kW against 20 kW IT + 1 kW housekeeping
    # + recharge of 20 kWh.
    supply, demand = 100 * ARRAY_BOL_KW_PER_M2, 20 + 1 + 20 * BATT_RECHARGE
    assert supply == pytest.approx(29.0914, abs=1e-4)
    assert checks["power_balance"].lhs == pytest.approx(supply, rel=1e-9)
    assert checks["power_balance"].rhs == pytest.approx(demand, rel=1e-9)
    assert checks["power_balance"].margin == pytest.approx(supply - demand, rel=1e-9)
    assert not checks["power_balance"].satisfied
    # At end of life: x 0.98^5 = 26.2963 kW against the 20 x exp(-0.054 x 5) = 15.268 kW of IT that survives + the rest.
    assert checks["power_balance_eol"].lhs == pytest.approx(100 * ARRAY_KW_PER_M2, rel=1e-9)
    assert checks["power_balance_eol"].lhs == pytest.approx(26.2963, abs=1e-4)
    assert checks["power_balance_eol"].rhs == pytest.approx(20 * SURVIVING + 1 + 20 * BATT_RECHARGE, rel=1e-9)
    # Battery: 20 kWh x 0.5 x sqrt(0.9) = 9.487 kWh against 21 kW x 0.6 h = 12.6 kWh.
    assert checks["battery_energy"].lhs == pytest.approx(20 * BATT_DELIVER, rel=1e-9)
    assert checks["battery_energy"].rhs == pytest.approx(21 * ECLIPSE_H, rel=1e-9)
    assert "VIOLATED by 3.11" in checks["battery_energy"].message
    # Heat: 17 m2 x q_net(340 K) against 21 kW.
    assert checks["heat_total"].lhs == pytest.approx(17 * RAD_KW_PER_M2, rel=1e-9)
    assert not checks["heat_total"].satisfied
    # Mass: one 1 t launch for the whole spacecraft.
    assert checks["mass_launched"].lhs == 1000 and not checks["mass_launched"].satisfied
    # What holds, holds: the per-unit IT cap (20 kW on a 20 kW bus) and the scale.
    assert checks["hosting_it_bottom_up"].satisfied and checks["scale_min"].satisfied
    assert math.isclose(result.budgets["mass_kg"]["compute"], 400.0)


def test_cli_evaluate_exit_codes(tmp_path, capsys):
    design = tmp_path / "design.yaml"
    design.write_text(DESIGN)
    case = str(ROOT / "cases/teaching/single.yaml")
    assert main(["evaluate", case, "--design", str(design), "--out", str(tmp_path / "out")]) == 3
    out = capsys.readouterr().out
    assert "VIOLATED" in out and "constraints: 15 of 20 met" in out
    saved = json.loads((tmp_path / "out/result.json").read_text())
    assert saved["status"] == "infeasible" and any(not c["satisfied"] for c in saved["checks"])
    assert (tmp_path / "out/checks.csv").exists()
    assert main(["solve", case, "--out", str(tmp_path / "opt"), "--quiet"]) == 0
    assert main(["evaluate", case, "--design", str(tmp_path / "opt/result.json"), "--quiet"]) == 0


@pytest.mark.parametrize(("edit", "expected"), [
    (("orbit: teach_leo", "orbit: teach_geo"), "design.yaml:1: field 'orbit': 'teach_geo' is not among the case's candidates"),
    (("{cells_a: 100}", "{cells_a: -100}"), "design.yaml:7: field 'solar_array_area_by_technology_m2.cells_a': must be a finite number >= 0"),
    (("shielding: none", "shielding: none\nshielding_mm: 3"), "unknown field"),
    (("{gpu_a: 20}\ncompute_running", "{gpu_a: twenty}\ncompute_running"), "compute.gpu_a"),
])
def test_bad_design_files_exit_2(tmp_path, capsys, edit, expected):
    design = tmp_path / "design.yaml"
    design.write_text(DESIGN.replace(*edit))
    assert main(["evaluate", str(ROOT / "cases/teaching/single.yaml"), "--design", str(design)]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
