"""What would have to be true (synth.report.truth), by hand on the teaching cases.

The single teaching case (cases/teaching/single.yaml) has one option per choice at a fixed 20 kW and a discount rate
of 0, so its design does not move with the launch or hardware prices: with r1 its cost per EFLOP today, F its
delivered EFLOP and P the cost items a lever scales (USD), the re-optimized cost is linear in the factor f,

    r(f) = r1 - (1 - f) P / F,   so   r(f*) = r_g   ->   f* = 1 - (r1 - r_g) F / P

against a ground r_g that the lever does not move. The compute price moves both sides: the orbit pays P = 20 x $30k
for its modules, the ground $600k + its $75k of replacements (tests/teaching.py: ground_cost_usd).
"""

from __future__ import annotations

import json
import math

import pytest

from synth import load_case, solve
from synth.progress import Progress
from synth.report.truth import FAILURE_FLOOR, TOL, what_would_be_true
from synth.result import strict_json
from teaching import GROUND_FLOP, LIFE, TEACH, ground_cost_usd

SINGLE = TEACH / "single.yaml"
#: the teaching ground made dear (facility $1,000/W): the orbit is dearer today, and launch x0.5 or so makes it cheaper
DEAR_GROUND = {"terrestrial.teach_ground.facility_capex_usd_per_w": 1000}
#: dearer still (electricity $10/kWh): the orbit is cheaper today
DEAREST_GROUND = {**DEAR_GROUND, "terrestrial.teach_ground.electricity_usd_per_kwh": 10}


def run(overrides: dict | None = None, path=SINGLE, progress: Progress | None = None):
    """(today's optimum, what would be true) of a teaching case; the data must be strict JSON."""
    rc = load_case(path, overrides=overrides)
    today = solve(rc)
    out = what_would_be_true(rc, json.loads(today.to_json()), progress)
    assert json.loads(strict_json(out)) is not None  # every figure JSON-able, no NaN
    return today, out


def lever(out: dict, key: str) -> dict:
    return next(entry for entry in out["levers"] if entry["lever"] == key)


@pytest.fixture(scope="module")
def dear():
    return run(DEAR_GROUND)


def figures(today):
    """r1 (USD/EFLOP), r_g (USD/EFLOP), F (EFLOP) and the cost items (USD) of today's optimum."""
    return (today.kpi["cost_per_eflop_usd"], today.kpi["terrestrial_cost_per_eflop_usd"], today.kpi["delivered_flop"] / 1e18,
            today.budgets["cost_usd"])


def test_launch_price_breakeven_by_hand(dear):
    """Two small rockets at $5 M: P = $10 M; f* = 1 - (r1 - r_g) F / P, stated within the bracket's 1 %."""
    today, out = dear
    r1, rg, eflop, cost = figures(today)
    assert cost["launch"] == pytest.approx(2 * 5e6) and r1 > rg
    by_hand = 1.0 - (r1 - rg) * eflop / cost["launch"]
    entry = lever(out, "launch_price")
    assert entry["status"] == "crosses" and entry["today"] == 1.0 and entry["direction"] == "down"
    assert entry["breakeven"] == pytest.approx(by_hand, rel=TOL)
    lo, hi = entry["bracket"]
    assert lo <= by_hand <= hi and hi - lo <= TOL * hi
    assert out["ground_baseline"] == "teach_ground" and out["ground_per_eflop_usd"] == pytest.approx(rg, rel=1e-12)
    assert entry["probes"] == len(entry["points"]) >= 2  # the extreme first, then the bisection
    assert entry["points"][0]["value"] == pytest.approx(0.001)


def test_launch_and_hardware_together_by_hand(dear):
    """Launch and spacecraft hardware x the same f: P = launch + bus + arrays + radiators + batteries."""
    today, out = dear
    r1, rg, eflop, cost = figures(today)
    scaled = cost["launch"] + cost["bus"] + cost["solar_arrays"] + cost["radiators"] + cost["batteries"]
    assert cost["bus"] == pytest.approx(1e6)
    entry = lever(out, "launch_and_hardware_price")
    assert entry["status"] == "crosses"
    assert entry["breakeven"] == pytest.approx(1.0 - (r1 - rg) * eflop / scaled, rel=TOL)


def test_launch_floor_is_the_launch_levers_extreme_by_hand(dear):
    """Launch x0.001: r = r1 - 0.999 x $10 M / F; the largest items left are operations (($200k + $10k) x 5 years =
    $1.05 M), the bus ($1 M), NRE ($1 M) and the compute ($600k); the ratio to the ground is r / r_g."""
    today, out = dear
    r1, rg, eflop, cost = figures(today)
    floor = out["launch_floor"]
    by_hand = r1 - 0.999 * cost["launch"] / eflop
    assert floor["status"] == "optimal" and floor["factor"] == 0.001
    assert floor["cost_per_eflop_usd"] == pytest.approx(by_hand, rel=1e-6)
    assert floor["ratio_to_ground"] == pytest.approx(by_hand / rg, rel=1e-6)
    assert floor["top_items_usd"] == pytest.approx({"operations": (2e5 + 1e4) * LIFE, "bus": 1e6, "nre": 1e6, "compute": 600_000.0})
    # computed once: the launch lever's own extreme probe
    assert lever(out, "launch_price")["cost_at_extreme_per_eflop_usd"] == floor["cost_per_eflop_usd"]


def test_design_life_breakeven_is_bracketed_by_independent_solves(dear):
    """Design life upward crosses: the case solved on its own at the bracket's ends (the longer life cheaper than
    the ground, the shorter dearer) straddles the ground."""
    _, out = dear
    entry = lever(out, "design_life")
    assert entry["status"] == "crosses" and entry["today"] == 5 and entry["extreme"] == 15  # 3 x 5 years, below the schema's 30
    lo, hi = entry["bracket"]
    assert 5 < lo < entry["breakeven"] < hi < 15 and hi - lo <= TOL * hi
    for life, dearer in ((lo, True), (hi, False)):
        found = solve(load_case(SINGLE, overrides={**DEAR_GROUND, "requirements.design_life_years": life}))
        assert (found.kpi["cost_per_eflop_usd"] > found.kpi["terrestrial_cost_per_eflop_usd"]) is dearer


def test_no_breakeven_when_the_ground_is_far_cheaper_by_hand():
    """The teaching ground as shipped: even compute at x0.001 leaves the orbit dearer. Both sides move with it:
    orbit r1 - 0.999 x $600k / F, ground (ground_cost_usd() - 0.999 x $675k) / F_g."""
    today, out = run()
    r1, rg, eflop, cost = figures(today)
    entry = lever(out, "compute_price")
    assert cost["compute"] == pytest.approx(600_000.0)
    assert entry["status"] == "never" and entry["breakeven"] is None and entry["probes"] == 1
    assert entry["cost_at_extreme_per_eflop_usd"] == pytest.approx(r1 - 0.999 * 600_000 / eflop, rel=1e-6)
    ground = (ground_cost_usd() - 0.999 * 675_000) / (GROUND_FLOP / 1e18)
    assert entry["ground_at_extreme_per_eflop_usd"] == pytest.approx(ground, rel=1e-6)
    assert "with compute hardware price at x0.001 the orbit still costs" in entry["message"]
    launch = lever(out, "launch_price")
    assert launch["status"] == "never" and launch["cost_at_extreme_per_eflop_usd"] == pytest.approx(r1 - 0.999 * 1e7 / eflop, rel=1e-6)
    assert launch["ground_at_extreme_per_eflop_usd"] == pytest.approx(rg, rel=1e-9)  # the launch price does not move the ground
    # the orbit's discount rate is 0 and so is teach_ground's WACC: nothing to lower
    assert lever(out, "cost_of_capital")["status"] == "not_applicable"
    # failure rates x0.01: the last lever's extreme is stated too
    assert lever(out, "failure_rate")["extreme"] == FAILURE_FLOOR


def test_already_cheaper_needs_no_probe_but_the_launch_floor():
    """Against a ground at $1,000/W and $10/kWh the orbit is cheaper today: every lever says so with no re-solve;
    the launch floor is still solved (r1 - 0.999 x $10 M / F)."""
    today, out = run(DEAREST_GROUND)
    r1, rg, eflop, _ = figures(today)
    assert r1 < rg
    assert {entry["status"] for entry in out["levers"]} == {"already"}
    assert all(entry["probes"] == 0 for entry in out["levers"])
    assert out["launch_floor"]["cost_per_eflop_usd"] == pytest.approx(r1 - 0.999 * 1e7 / eflop, rel=1e-6)


def test_an_infeasible_probe_is_recorded_not_raised():
    """A battery whose cycle life lasts at most 10,000 x (0.5 / 0.1)^1 = 50,000 cycles (its shallowest sourced DoD
    0.1): 15 years in teach_leo's ~5,500 eclipses a year (83,158 cycles) exceed it, so the design life lever's extreme
    is infeasible; 5 years (~27,700 cycles) are not."""
    battery = {"batteries.cells.cycle_life_cycles": 10_000, "batteries.cells.cycle_life_reference_dod": 0.5,
               "batteries.cells.cycle_life_exponent": 1, "batteries.cells.cycle_life_min_dod": 0.1}
    today, out = run(battery)
    assert today.status.value == "optimal"
    for key in ("design_life", "life_and_failure_rate"):
        entry = lever(out, key)
        assert entry["status"] == "infeasible" and entry["breakeven"] is None
        assert entry["points"][-1]["status"] == "infeasible" and "no candidate battery lasts" in entry["points"][-1]["message"]
        assert "83,158 cycles" in entry["message"]
    assert lever(out, "launch_price")["status"] == "never"  # the other levers go on


def test_modelling_check_solves_each_kind_of_bus_by_hand():
    """The single case offered small_bus (bottom-up) and topdown_sat (top-down): restricted to each kind, the optimum
    is the hand-sized single case (10.44 $/EFLOP) and the top-down case of tests/test_hand.py: 2 units of 10 kW at
    40 W/kg and $30/W, throttled in eclipse."""
    from teaching import FLOP_PER_MODULE, SUNLIT_FRACTION, hand_optimum

    progress = Progress("truth", quiet=True)
    today, out = run({"options.buses": ["small_bus", "topdown_sat"]}, progress=progress)
    # one progress step per re-optimization: each lever's probes, and one solve per kind of bus
    assert progress.done == progress.total == sum(entry["probes"] for entry in out["levers"]) + 2
    check = out["modelling"]
    assert check["kinds_offered"] == ["bottom_up", "top_down"] and check["check_possible"]
    assert check["modelled"] == "bottom_up" and check["chosen_buses"] == {"small_bus": 1}
    bottom, top = check["by_kind"]["bottom_up"], check["by_kind"]["top_down"]
    assert bottom["buses_offered"] == ["small_bus"] and top["buses_offered"] == ["topdown_sat"]
    assert bottom["cost_per_eflop_usd"] == pytest.approx(hand_optimum()["ratio"], rel=1e-6)
    mass = 20 * 20.0 + 2 * 10_000 / 40
    launches = max(math.ceil(mass / 1000), math.ceil((4 * 2 + 0.02 * 20) / 20))  # small_rocket: 1 t and 20 m3 a flight
    cost = 600_000 + 2 * 30 * 10_000 + 5e6 * launches + 100 * mass + 1e5 * 2 + (2e5 + 1e4 * 2) * LIFE + 1e6 + 5e5
    assert top["chosen_buses"] == {"topdown_sat": 2}
    assert top["cost_per_eflop_usd"] == pytest.approx(cost / (FLOP_PER_MODULE * SUNLIT_FRACTION * 20 / 1e18), rel=1e-9)
    assert top["ratio_to_ground"] == pytest.approx(top["cost_per_eflop_usd"] / top["ground_per_eflop_usd"], rel=1e-12)
    # the optimum over both kinds is no dearer than either kind alone
    assert today.kpi["cost_per_eflop_usd"] <= min(bottom["cost_per_eflop_usd"], top["cost_per_eflop_usd"]) * (1 + 1e-9)


def test_one_kind_of_bus_gives_no_check():
    _, out = run()
    check = out["modelling"]
    assert check["kinds_offered"] == ["bottom_up"] and not check["check_possible"] and check["by_kind"] == {}
    assert check["note"] == "only bottom-up buses are offered (small_bus): no check is possible from its catalog"


@pytest.mark.slow
def test_spacex_launch_floor_and_both_kinds_of_bus():
    """cases/spacex.yaml: launch nearly free lowers the cost per EFLOP but not to 0; it offers Starlink buses
    bottom-up and a top-down Starlink V2 estimate, so the check solves both."""
    today, out = run(path=TEACH.parents[0] / "spacex.yaml")
    floor = out["launch_floor"]
    assert 0 < floor["cost_per_eflop_usd"] < today.kpi["cost_per_eflop_usd"]
    assert len(floor["top_items_usd"]) == 4 and "launch" not in floor["top_items_usd"]
    check = out["modelling"]
    assert check["kinds_offered"] == ["bottom_up", "top_down"] and check["check_possible"]
    for kind in ("bottom_up", "top_down"):
        assert check["by_kind"][kind]["status"] == "optimal"
        assert check["by_kind"][kind]["cost_per_eflop_usd"] >= today.kpi["cost_per_eflop_usd"] * (1 - 1e-6)
