"""The roadmap (issue 13), free-build mode, by hand: Wright's law and its inverse, the piecewise-linear paths, a
one-year roadmap equal to today's solve, a two-year teaching roadmap whose second cohort equals the case solved with
the second year's prices typed in, the crossover year, and bad horizons (exit 2).

The teaching scenario (cases/teaching/models/roadmaps.yaml): the industry's launched mass doubles from 2027 (1,000 t)
to 2028 (2,000 t) at a learning rate of 0.8, so launch prices fall to 0.8 of themselves; cadence grows 50 %; the
electricity price rises 10 %.
"""

from __future__ import annotations

import math

import pytest

from synth import load_case, solve
from synth.cli import main
from synth.roadmap import interpolate, mass_for_price, run_roadmap, wright_price
from teaching import TEACH

SINGLE = TEACH / "single.yaml"
OVER = {"roadmap.scenario": "teach_roadmap"}


def test_wrights_law_and_its_inverse_by_hand():
    """$3,600/kg at 400 t with 20 % per doubling: 800 t -> $2,880; 3,200 t (three doublings) -> 3,600 x 0.8^3 =
    $1,843.2; $200/kg needs log(200/3600)/log(0.8) = 12.95 doublings: 400 x 2^12.95 = 3.16e6 t."""
    assert wright_price(3600, 400, 800, 0.8) == pytest.approx(2880)
    assert wright_price(3600, 400, 3200, 0.8) == pytest.approx(1843.2)
    doublings = math.log(200 / 3600) / math.log(0.8)
    assert mass_for_price(3600, 400, 200, 0.8) == pytest.approx(400 * 2**doublings)
    assert wright_price(3600, 400, mass_for_price(3600, 400, 200, 0.8), 0.8) == pytest.approx(200)


def test_paths_are_linear_between_their_years_and_flat_beyond():
    points = {2027: 1000.0, 2030: 4000.0}
    assert interpolate(points, 2028) == pytest.approx(2000.0)
    assert interpolate(points, 2026) == 1000.0 and interpolate(points, 2040) == 4000.0


def test_a_one_year_roadmap_is_todays_solve(tmp_path):
    road = run_roadmap_single(tmp_path, 2027, 2027)
    today = solve(load_case(SINGLE))
    assert road.rows[0]["cost_per_eflop_usd"] == pytest.approx(today.kpi["cost_per_eflop_usd"], rel=1e-9)
    assert road.rows[0]["launch_price_factor"] == 1.0


def test_the_second_cohort_is_the_case_at_the_second_years_prices(tmp_path):
    """2028: the 2027 cohort launched m t (its own experience), so the cumulative mass is 2,000 + m t against 1,000 in
    2027: launch prices x ((2,000 + m) / 1,000)^log2(0.8); the teaching ground's 10 c/kWh x 1.1 = 11 c/kWh; a cohort of
    any size from 1 % of the case's 0.02 MW up to it. The cohort is the case solved with those typed in."""
    road = run_roadmap_single(tmp_path, 2027, 2028)
    first = solve(load_case(SINGLE))
    factor = ((2000 + first.budgets["mass_kg"]["total"] / 1000) / 1000) ** math.log2(0.8)
    by_hand = solve(load_case(SINGLE, overrides={"requirements.it_power_mw": {"min": 0.0002, "max": 0.02},
                                                 "launch_vehicles.small_rocket.price_per_launch_usd": 5.0e6 * factor,
                                                 "launch_vehicles.big_rocket.price_per_kg_usd": 2000 * factor,
                                                 "terrestrial.teach_ground.electricity_usd_per_kwh": 0.11}))
    second = road.rows[1]
    assert second["year"] == 2028 and second["launch_price_factor"] == pytest.approx(factor, rel=1e-12)
    assert factor < 0.8  # the cohort's own 1.2 t moved the curve a little further
    assert second["cost_per_eflop_usd"] == pytest.approx(by_hand.kpi["cost_per_eflop_usd"], rel=1e-9)
    assert second["delivered_eflop"] == pytest.approx(by_hand.kpi["delivered_flop"] / 1e18, rel=1e-9)
    assert second["launches[small_rocket]"] == by_hand.design.launches["small_rocket"] == second["launches"]
    assert second["ground_cost_per_eflop_usd[teach_ground]"] == pytest.approx(by_hand.kpi["terrestrial_cost_per_eflop_usd"], rel=1e-9)
    assert second["cost_per_eflop_usd"] < road.rows[0]["cost_per_eflop_usd"]


def test_crossover_year_is_the_first_year_orbit_is_cheaper(tmp_path):
    road = run_roadmap_single(tmp_path, 2027, 2028)
    cheaper = [r["year"] for r in road.rows if r["cost_per_eflop_usd"] <= r["ground_cost_per_eflop_usd[teach_ground]"]]
    assert road.crossover()["teach_ground"] == (cheaper[0] if cheaper else None)


@pytest.mark.parametrize("years, message", [("2028:2027", "FIRST <= LAST"), ("2027-2028", "FIRST:LAST"), ("1999:2027", "2000 <=")])
def test_bad_horizons_exit_2(years, message, capsys):
    assert main(["roadmap", str(SINGLE), "--years", years, "--scenario", "teach_roadmap"]) == 2
    assert message in capsys.readouterr().err


def test_a_horizon_before_the_scenario_starts_is_refused(capsys):
    assert main(["roadmap", str(SINGLE), "--years", "2020:2027", "--scenario", "teach_roadmap"]) == 2
    assert "starts in 2027" in capsys.readouterr().err


def test_the_command_writes_its_tables_and_chart(tmp_path, capsys):
    out = tmp_path / "road"
    assert main(["roadmap", str(SINGLE), "--years", "2027:2028", "--scenario", "teach_roadmap", "--out", str(out), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "vs teach_ground" in printed
    for name in ("roadmap.csv", "roadmap.parquet", "summary.json", "race.png"):
        assert (out / name).stat().st_size > 0


def run_roadmap_single(tmp_path, first: int, last: int):
    return run_roadmap(SINGLE, "teach_roadmap", (first, last))


def test_a_roadmap_directory_makes_a_report(tmp_path):
    """synth report on a synth roadmap output: the race chart, the crossover years and the cohorts."""
    out = tmp_path / "road"
    assert main(["roadmap", str(SINGLE), "--years", "2027:2028", "--scenario", "teach_roadmap", "--out", str(out), "-q"]) == 0
    assert main(["report", str(out), "--out", str(tmp_path / "rep" / "race"), "-q"]) == 0
    text = (tmp_path / "rep" / "race.md").read_text()
    assert "## Roadmap and race" in text and "| teaching_single | teach_ground |" in text
    assert (tmp_path / "rep" / "race_files" / "race_0.png").stat().st_size > 0


def test_an_unknown_scenario_is_refused(capsys):
    assert main(["roadmap", str(SINGLE), "--years", "2027:2028", "--scenario", "no_such_world"]) == 2
    assert "unknown roadmap scenario 'no_such_world'" in capsys.readouterr().err


def test_each_side_powers_up_after_its_own_wait(tmp_path):
    """A cohort decided in 2028 computes from 2028 + the orbit's years to power (0 in the teaching case) in orbit, and
    from 2028 + 2 at teach_ground (its time_to_power_years)."""
    row = run_roadmap_single(tmp_path, 2027, 2028).rows[1]
    assert row["first_power_year"] == 2028 and row["ground_first_power_year[teach_ground]"] == 2030


def test_earlier_cohorts_move_a_learning_bus_down_its_curve():
    """After cohorts that built 10,000 starlink_v3_compute units, the next lot of 10,000 is priced after 10,000 prior
    units: at a 0.9 learning rate its average unit costs about 0.80 of the first lot's."""
    from synth.case import validate_catalogs
    from synth.roadmap import Experience, year_overrides

    rc = load_case(TEACH.parents[0] / "spacex.yaml")
    catalogs = validate_catalogs()
    yo = year_overrides(rc, catalogs["roadmaps"]["baseline_2026"], 2027, catalogs["compute"], Experience(launched_t=0.0, units={"starlink_v3_compute": 10_000}))
    assert yo.overrides["buses.starlink_v3_compute.cost_model.prior_units"] == 10_000
    before = solve(load_case(TEACH.parents[0] / "spacex.yaml"))
    after = solve(load_case(TEACH.parents[0] / "spacex.yaml", overrides={"buses.starlink_v3_compute.cost_model.prior_units": 10_000}))
    unit_before = before.budgets["cost_usd"]["bus"] / before.design.satellites_by_bus["starlink_v3_compute"]
    unit_after = after.budgets["cost_usd"]["bus"] / after.design.satellites_by_bus["starlink_v3_compute"]
    # lot averages of k^b, b = log2 0.9: units 10,001-20,000 against 1-10,000 is about 2^(1+b) - 1 = 0.80 (integral)
    b = math.log2(0.9)
    assert unit_after / unit_before == pytest.approx(2 ** (1 + b) - 1, rel=0.01)


def test_bisection_finds_a_root_known_in_closed_form():
    """x^2 - 2 on [1, 3] in log x: the root sqrt(2) = 1.41421..., within the bracket's 1e-6 width."""
    from synth.breakeven import bisect_sign

    root, a, b = bisect_sign(lambda x: x * x - 2.0, (1.0, -1.0), (3.0, 7.0), True, 1e-6, 100)
    assert a <= math.sqrt(2.0) <= b and b - a <= 1e-6 * b
    assert root == pytest.approx(math.sqrt(2.0), rel=1e-6)


def test_what_would_have_to_change_is_the_launch_price_where_orbit_meets_the_ground():
    """The teaching case against a ground made dear (facility $1,000/W): its one design is fixed (one option per
    choice, 20 kW), so the cost per EFLOP is linear in the launch price factor f at discount 0:

        r(f) = r(1) - (1 - f) L / F   ->   f* = 1 - (r(1) - r_g) F / L

    with L the launch cost (USD) and F the delivered EFLOP at f = 1, r_g the ground's cost per EFLOP."""
    from synth.case import validate_catalogs
    from synth.resolve import Resolver
    from synth.roadmap import LEVER_TOL, what_it_takes, what_would_change, year_overrides

    fixed = {**OVER, "terrestrial.teach_ground.facility_capex_usd_per_w": 1000}
    rc = load_case(SINGLE, overrides=fixed)
    catalogs = validate_catalogs(list(rc.catalog_dirs))
    yo = year_overrides(rc, catalogs["roadmaps"]["teach_roadmap"], 2027, catalogs["compute"])
    resolver = Resolver(SINGLE, fixed)
    try:
        at_one = resolver.solve(yo.overrides).result
        change = what_would_change(resolver, rc, yo, ["teach_ground"])["teach_ground"]
    finally:
        resolver.close()
    r1, rg = at_one.kpi["cost_per_eflop_usd"], at_one.kpi["terrestrial_cost_per_eflop_usd"]
    launch_usd, eflop = at_one.budgets["cost_usd"]["launch"], at_one.kpi["delivered_flop"] / 1e18
    launches = sum(at_one.design.launches.values())
    assert r1 > rg and launch_usd == pytest.approx(5e6 * launches)  # small rockets at $5 M each, and the orbit dearer at f = 1
    by_hand = 1.0 - (r1 - rg) * eflop / launch_usd
    assert 0.001 < by_hand < 1.0
    assert change["launch_price_factor"] == pytest.approx(by_hand, rel=LEVER_TOL)
    assert change["launch_prices"]["launch_vehicles.small_rocket.price_per_launch_usd"] == pytest.approx(5e6 * change["launch_price_factor"])
    assert change["bus_price_factor"] is None  # a free bus alone does not suffice: its floor is above the ground
    assert change["bus_floor_cost_per_eflop_usd"] > rg
    assert f"launch prices x{change['launch_price_factor']:.2f}" in what_it_takes({"teach_ground": change})[0]


def test_no_lever_crossing_names_what_is_left(tmp_path):
    """Against the teaching ground as shipped, nothing of launch or bus crosses: the summary says so and names the
    largest cost items left with both at x0.001."""
    from synth.roadmap import what_it_takes

    road = run_roadmap_single(tmp_path, 2027, 2027)
    change = road.info["what_would_have_to_change"]["teach_ground"]
    assert change["launch_and_bus_price_factor"] is None
    assert change["launch_and_bus_floor_cost_per_eflop_usd"] > change["ground_cost_per_eflop_usd"]
    assert "nre" in change["floor_items_usd"]  # the programme's $1 M NRE is among the largest left (teaching case)
    assert change["floor_items_usd"]["nre"] == pytest.approx(1e6)
    (line,) = what_it_takes({"teach_ground": change})
    assert line.startswith("against teach_ground: no launch or bus price crosses in 2027") and "nre $1 M" in line


def _scenario(**fields):
    from synth.roadmap import RoadmapScenario

    base = {"source": "test", "start_year": 2027, "industry_launched_mass_t": {2027: 1000}, "launch_learning_rate": 0.8,
            "electricity_price_index": {2027: 1.0}}
    return RoadmapScenario(**{**base, **fields})


def test_pads_and_fleets_hold_a_familys_flights_by_hand():
    """Family {a, b}: paths 30 + 20 = 50 flights in 2030; pads 2 x 12 = 24; fleet 4 x 5 = 20 -> the fleet holds it at
    20. Vehicle c in no family flies its own path, 7. In 2027 pads 1 x 12 = 12, fleet 1 x 5 = 5, paths 10 + 0 -> 5."""
    from synth.roadmap import vehicle_flights

    s = _scenario(vehicle_cadence={"a": {2027: 10, 2030: 30}, "b": {2027: 0, 2030: 20}, "c": {2027: 7}},
                  launch_families={"ab": {"vehicles": ["a", "b"], "pads": {2027: 1, 2030: 2}, "flights_per_pad_per_year": {2027: 12},
                                          "fleet": {2027: 1, 2030: 4}, "flights_per_vehicle_per_year": {2027: 5}}})
    assert vehicle_flights(s, ["a", "b", "c"], 2030) == (pytest.approx(27.0), {"ab": "fleet"})
    assert vehicle_flights(s, ["a", "b", "c"], 2027) == (pytest.approx(12.0), {"ab": "fleet"})
    assert vehicle_flights(s, ["a"], 2030) == (pytest.approx(20.0), {"ab": "fleet"})  # min(30, 24, 20)
    roomy = s.launch_families["ab"].model_copy(update={"fleet": {2027: 100}})
    s2 = s.model_copy(update={"launch_families": {"ab": roomy}})
    assert vehicle_flights(s2, ["a", "b"], 2030) == (pytest.approx(24.0), {"ab": "pads"})  # min(50, 2 x 12, 100 x 5)
    assert vehicle_flights(s, ["d"], 2030) == (None, {})


def test_hardware_and_facility_paths_by_hand():
    """The teaching case in 2029 under paths set in 2027 = 1: cells_a's efficiency x1.1 = 0.25 x 1.1 = 0.275, its
    areal mass 2.0 x 1.1 / 1.25 = 1.76 kg/m2; the panel radiator 5.0 x 0.5 = 2.5, but not below the 3.0 floor -> 3.0;
    the ground's facility 10 $/W x 1.2 = 12; PUE 1.2 x 0.8 = 0.96, held at 1."""
    from synth.roadmap import hardware_overrides

    rc = load_case(SINGLE, overrides=OVER)
    s = _scenario(cell_efficiency_index={"cells_a": {2027: 1.0, 2029: 1.1}}, array_specific_power_index={2027: 2.0, 2029: 2.5},
                  radiator_areal_mass_index={2027: 1.0, 2029: 0.5}, radiator_areal_mass_floor_kg_per_m2=3.0,
                  facility_cost_index={2027: 1.0, 2029: 1.2}, pue_index={2027: 1.0, 2029: 0.8})
    over = hardware_overrides(rc, s, 2029)
    assert over["solar_arrays.cells_a.cell_efficiency"] == pytest.approx(0.275)
    assert over["solar_arrays.cells_a.areal_mass_kg_per_m2"] == pytest.approx(1.76)
    assert over["radiators.panel.areal_mass_kg_per_m2"] == pytest.approx(3.0)
    assert over["terrestrial.teach_ground.facility_capex_usd_per_w"] == pytest.approx(12.0)
    assert over["terrestrial.teach_ground.pue"] == pytest.approx(1.0)
    assert hardware_overrides(rc, s, 2027) == {}  # the start year changes nothing
    assert hardware_overrides(rc, _scenario(), 2029) == {}  # nor do empty paths


@pytest.mark.parametrize("field, value, message", [
    ("pue_index", {2027: 0.0}, "above 0"),
    ("cell_efficiency_index", {"cells_a": {}}, "at least one year"),
    ("launch_families", {"x": {"vehicles": []}}, "at least 1 item"),
    ("radiator_areal_mass_floor_kg_per_m2", -1.0, "greater than or equal to 0"),
])
def test_bad_scenario_paths_are_refused(field, value, message):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=message):
        _scenario(**{field: value})
