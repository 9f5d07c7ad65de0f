"""The roadmap's demand mode (issue 13): one model over every year, checked by hand and by enumeration.

The teaching case (cases/teaching/single.yaml: one orbit, one 1 kW module type, discount rate 0) under the teaching
scenario (the industry's launched mass doubles from 2027 to 2028 at a learning rate of 0.8: launch prices fall to 0.8
of themselves). Hand figures: gpu_a fails at 0.05 /yr plus 0.02 per krad in teach_leo's 0.2 krad/yr, so

    lambda = 0.05 + 0.02 x 0.2 = 0.054 /yr,   a 2027 module survives to 2028 with exp(-0.054) = 0.94743

A demand of 20 kW in 2027 and 30 kW in 2028 needs n_2027 >= 20 modules, and n_2028 >= 30 - 0.94743 n_2027.
"""

from __future__ import annotations

import math
import re

import pytest

from synth import solve
from synth.cli import main
from synth.physics import costs
from synth.roadmap import run_roadmap
from synth.roadmap_model import breakpoints, bus_factor, demand_at, launch_factor
from teaching import TEACH

SINGLE = TEACH / "single.yaml"
LAMBDA = 0.05 + 0.02 * 0.2
SURVIVE = math.exp(-LAMBDA)
OPS_PER_YEAR = 2.0e5  # single.yaml economics.operations_usd_per_year
# what every block of the demand model changes in the case (synth.roadmap_model.period_overrides)
BLOCK = {"objective": "total_cost", "limits.deployment_years": 1.0, "economics.include_time_to_power": False}
LATER = {"economics.nre_usd": 0.0, "economics.ground_segment_usd": 0.0, "economics.operations_usd_per_year": 0.0}
LAUNCH_2028 = {"launch_vehicles.small_rocket.price_per_launch_usd": 5.0e6 * 0.8}


def test_demand_is_zero_before_its_first_year_linear_between_and_flat_after():
    points = {2030: 100.0, 2035: 1000.0}
    assert demand_at(points, 2029) == 0.0
    assert demand_at(points, 2030) == 100.0
    assert demand_at(points, 2032) == pytest.approx(100.0 + 900.0 * 2 / 5)  # 460 MW
    assert demand_at(points, 2040) == 1000.0


def test_launch_breakpoints_follow_the_closed_form():
    """f(Q) = ((M + Q) / M)^b falls by 1 + eps per segment exactly when (M + B_k+1) = (M + B_k) (1 + eps)^(-1/b)."""
    M, lr, eps = 40_000.0, 0.8, 0.05
    b = math.log2(lr)
    pts = breakpoints(launch_factor(M, lr), 100_000.0, eps)
    expected = [0.0]
    while (M + expected[-1]) * (1 + eps) ** (-1 / b) - M < 100_000.0:
        expected.append((M + expected[-1]) * (1 + eps) ** (-1 / b) - M)
    expected.append(100_000.0)
    assert pts == pytest.approx(expected, rel=1e-6)
    f = launch_factor(M, lr)
    for lo, hi in zip(pts, pts[1:], strict=False):  # within each segment the price moves by at most 1 + eps
        assert f(lo) / f(hi) <= 1 + eps + 1e-9


def test_bus_factor_is_the_lot_average_after_own_units():
    """g(U) = a(LR, p + U, n) / a(LR, p, n), against synth.physics.costs' exact lot average."""
    g = bus_factor(0.9, 100, 1000, 5000)
    base = costs.lot_average_factor(0.9, 100, 1000)
    for u in (0, 1, 250, 4999):
        assert g(u) == pytest.approx(costs.lot_average_factor(0.9, 100 + u, 1000) / base, rel=1e-10)
    pts = breakpoints(g, 5000, 0.02, integer=True)
    assert all(float(p).is_integer() for p in pts)
    for lo, hi in zip(pts, pts[1:], strict=False):
        assert g(lo) / g(hi) <= 1.02 + 1e-12


def test_a_one_year_demand_roadmap_is_todays_total_cost_solve():
    road = run_roadmap(SINGLE, "teach_roadmap", (2027, 2027), demand_mw={2027: 0.02})
    today = solve(SINGLE, overrides={**BLOCK, "requirements.it_power_mw": {"min": 0.02, "max": 0.02}})
    assert road.info["status"] == "optimal"
    assert road.info["pv_cost_usd"] == pytest.approx(today.kpi["total_cost_usd"], rel=1e-9)
    assert road.rows[0]["it_power_mw"] == pytest.approx(0.02)


def test_two_periods_by_hand():
    """Meeting 2028 from the 2027 cohort alone takes ceil(30 / 0.94743) = 32 modules: two small buses (20 kW each),
    which fit on the two launches the 20 kW of 2027 need anyway (the payload mass, not the bus count, sets them).
    Splitting (20 in 2027, 12 in 2028) needs the same modules and buses and a third launch (0.8 x 5 M USD): so one
    cohort, and the present value is that cohort solved on its own plus a second year of fixed operations (discount
    rate 0)."""
    road = run_roadmap(SINGLE, "teach_roadmap", (2027, 2028), demand_mw={2027: 0.02, 2028: 0.03})
    first, second = road.rows
    n1 = math.ceil(30 / SURVIVE)
    assert n1 == 32
    assert first["it_power_mw"] == pytest.approx(n1 / 1000)
    assert second["it_power_mw"] == 0
    assert second["in_service_mw"] == pytest.approx(n1 * SURVIVE / 1000)
    assert first["launches"] == 2 and first["satellites"] == 2
    c1 = solve(SINGLE, overrides={**BLOCK, "requirements.it_power_mw": {"min": n1 / 1000, "max": n1 / 1000}}).kpi["total_cost_usd"]
    assert road.info["pv_cost_usd"] == pytest.approx(c1 + OPS_PER_YEAR * 1.0, rel=1e-9)
    split = solve(SINGLE, overrides={**BLOCK, "requirements.it_power_mw": {"min": 0.02, "max": 0.02}}).kpi["total_cost_usd"] + solve(
        SINGLE, overrides={**BLOCK, **LATER, **LAUNCH_2028, "requirements.it_power_mw": {"min": 0.012, "max": 0.012}}).kpi["total_cost_usd"]
    assert road.info["pv_cost_usd"] < split + OPS_PER_YEAR
    assert road.info["proven_gap"] <= 1e-3


def test_the_model_agrees_with_enumerating_the_first_cohort():
    """Every first cohort of 20-40 modules, the second the least that meets 2028 (whole modules), each cohort's cost
    from its own solve: the cheapest pair is the model's present value."""
    best = math.inf
    for n1 in range(20, 41):
        c1 = solve(SINGLE, overrides={**BLOCK, "requirements.it_power_mw": {"min": n1 / 1000, "max": n1 / 1000}}).kpi["total_cost_usd"]
        n2 = max(0, math.ceil(30 - n1 * SURVIVE - 1e-9))
        c2 = 0.0
        if n2 > 0:
            c2 = solve(SINGLE, overrides={**BLOCK, **LATER, **LAUNCH_2028, "requirements.it_power_mw": {"min": n2 / 1000, "max": n2 / 1000}}).kpi[
                "total_cost_usd"]
        best = min(best, c1 + c2 + OPS_PER_YEAR)
    road = run_roadmap(SINGLE, "teach_roadmap", (2027, 2028), demand_mw={2027: 0.02, 2028: 0.03})
    assert road.info["pv_cost_usd"] == pytest.approx(best, rel=1e-6)


def _case(tmp_path, extra: str) -> str:
    path = tmp_path / "case.yaml"
    path.write_text(f"extends: {SINGLE}\nname: roadmap_case\n{extra}")
    return str(path)


def test_a_demand_before_first_power_is_diagnosed_with_the_year_and_shortfall(tmp_path):
    case = _case(tmp_path, "economics:\n  time_to_power_years: 2\n")
    road = run_roadmap(case, "teach_roadmap", (2027, 2029), demand_mw={2027: 0.02})
    assert road.info["status"] == "infeasible"
    reasons = road.info["shortfall"]
    assert len(reasons) == 2  # 2027 and 2028; from 2029 the programme has compute
    assert reasons[0].startswith("2027: 0.02 MW of the 0.02 MW demand cannot be in service")
    assert reasons[1].startswith("2028: 0.02 MW of the 0.02 MW demand")
    assert "no compute in service before 2029" in reasons[0]
    assert road.rows[0]["shortfall_mw"] == pytest.approx(0.02)


def test_a_demand_beyond_the_cadence_is_diagnosed(tmp_path, capsys):
    """One launch a year carries one small bus of 20 kW at most (less: its payload mass binds first), so 50 kW in 2027
    is at least 30 kW short."""
    case = _case(tmp_path, "limits:\n  max_launches_per_year: 1\n")
    assert main(["roadmap", case, "--years", "2027:2027", "--scenario", "teach_roadmap", "--demand", "2027:0.05", "-q"]) == 0
    out = capsys.readouterr().out
    assert "the demand cannot be met" in out
    found = re.search(r"2027: ([0-9.]+) MW of the 0.05 MW demand cannot be in service", out)
    assert found is not None
    assert 0.030 <= float(found.group(1)) < 0.05
    assert "launch cadence" in out


def test_learning_from_own_launches_is_priced_within_the_stated_error(tmp_path):
    """With a cadence the programme's own mass moves its launch price: the model (segment-end prices, a bound) is at
    most the exact repricing, and the proven gap covers the difference."""
    case = _case(tmp_path, "limits:\n  max_launches_per_year: 20\n")
    road = run_roadmap(case, "teach_roadmap", (2027, 2028), demand_mw={2027: 0.2, 2028: 0.4})
    info = road.info
    assert info["status"] == "optimal"
    assert info["pv_cost_model_usd"] <= info["pv_cost_usd"] * (1 + 1e-9)
    assert info["pv_cost_usd"] <= info["pv_cost_model_usd"] * (1 + info["learning_error"])
    assert info["bound_usd"] <= info["pv_cost_usd"]
    assert info["proven_gap"] == pytest.approx((info["pv_cost_usd"] - info["bound_usd"]) / info["pv_cost_usd"])


def test_the_ground_waits_for_power_then_builds_at_its_rate(tmp_path):
    """teach_ground: its time to power and build rate, by hand."""
    from synth.case import load_case
    from synth.roadmap import ground_clock

    rc = load_case(SINGLE)
    site = next(iter(rc.terrestrials.values()))
    demand = {2027: 0.0, 2028: 500.0, 2029: 1000.0, 2030: 1000.0}
    path = ground_clock(rc, {y: v * 1000 for y, v in demand.items()}, (2027, 2030))[next(iter(rc.terrestrials))]
    ready = 2027 + math.ceil(site.time_to_power_years)
    rate = site.build_rate_mw_per_year or math.inf
    built = 0.0
    for year in range(2027, 2031):
        if year >= ready:
            built = min(built + rate, 1000.0)
        assert path[year] == pytest.approx(built)


def test_bad_demand_arguments_exit_2(capsys):
    assert main(["roadmap", str(SINGLE), "--years", "2027:2028", "--scenario", "teach_roadmap", "--demand", "2027-20"]) == 2
    assert "expected YEAR:MW" in capsys.readouterr().err


def test_a_compute_demand_counts_peak_flops_of_the_surviving_modules():
    """gpu_a holds 1 PFLOP/s (1,000 TFLOP/s dense peak) in 1 kW, so a demand of 20 then 30 PFLOP/s is the 20 then 30 kW
    of test_two_periods_by_hand in other units: the same 32 modules in 2027, the same present value, and
    32 x 0.94743 = 30.3 PFLOP/s in service in 2028."""
    by_power = run_roadmap(SINGLE, "teach_roadmap", (2027, 2028), demand_mw={2027: 0.02, 2028: 0.03})
    by_compute = run_roadmap(SINGLE, "teach_roadmap", (2027, 2028), demand_pflops={2027: 20.0, 2028: 30.0})
    first, second = by_compute.rows
    assert by_compute.info["demand_unit"] == "pflops" and first["demand_pflops"] == pytest.approx(20.0)
    assert first["it_power_mw"] == pytest.approx(32 / 1000)
    assert second["in_service_pflops"] == pytest.approx(32 * SURVIVE)
    assert second["in_service_mw"] == pytest.approx(32 * SURVIVE / 1000)
    assert by_compute.info["pv_cost_usd"] == pytest.approx(by_power.info["pv_cost_usd"], rel=1e-9)


def test_demand_in_both_units_is_refused(capsys):
    assert main(["roadmap", str(SINGLE), "--years", "2027:2028", "--scenario", "teach_roadmap", "--demand", "2027:0.02",
                 "--demand-pflops", "2027:20"]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["roadmap", str(SINGLE), "--years", "2027:2028", "--scenario", "teach_roadmap", "--demand-pflops", "2027:-1"]) == 2
    assert "0-1,000,000,000 PFLOP/s" in capsys.readouterr().err


def test_a_demand_roadmap_makes_a_report(tmp_path):
    """synth report on a demand roadmap: the present value with its proven gap and the build-out year by year (the
    32 modules of test_two_periods_by_hand are 0.032 MW new and in service in 2027, on 2 launches)."""
    out = tmp_path / "road"
    assert main(["roadmap", str(SINGLE), "--years", "2027:2028", "--scenario", "teach_roadmap", "--demand", "2027:0.02,2028:0.03",
                 "--out", str(out), "-q"]) == 0
    assert main(["report", str(out), "--out", str(tmp_path / "rep" / "demand"), "-q"]) == 0
    text = (tmp_path / "rep" / "demand.md").read_text()
    assert "meets the demand at a least present value of" in text and "proven within" in text
    assert re.search(r"\| 2027 \| 0\.02 \| 0\.032 \| 0\.032 \| 2 \|", text)  # demand, in service, new MW, launches
