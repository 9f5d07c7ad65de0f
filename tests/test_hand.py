"""The teaching cases' optima against derivations by hand, from the teaching catalog's numbers typed in by hand
(here and in tests/teaching.py, which holds the single case's sizing shared with other test modules).

Nothing below calls synth's physics or model code: every formula is written out again, so a wrong coefficient,
unit slip or missing term in the model shows up as a mismatch.
"""

from __future__ import annotations

import math

import pytest

from synth import load_case, solve
from teaching import (
    ALT,
    ARRAY_BOL_KW_PER_M2,
    ARRAY_KW_PER_M2,
    BATT_DELIVER,
    ECLIPSE_H,
    FLOP_PER_MODULE,
    GROUND_FLOP,
    GROUND_WATER_M3,
    LIFE,
    PERIOD_H,
    R_EARTH,
    RAD320_KW_PER_M2_LEO,
    SIGMA,
    SUNLIT_FRACTION,
    SURVIVING,
    TEACH,
    VIEW,
    ground_cost_usd,
    hand_optimum,
)


def test_single_case_matches_hand_derivation(single):
    """The model's optimum against the hand optimum (tests/teaching.py): the hand grid's best point keeps all 20
    modules running through eclipse on one small_bus, an end of the grid, so it is exact there, not approximate."""
    hand = hand_optimum()
    result = single
    assert result.status.value == "optimal"
    # The grid can only be worse than the exact optimum.
    assert result.kpi["cost_per_eflop_usd"] <= hand["ratio"] * (1 + 1e-9)
    d = result.design
    assert d.compute == {"gpu_a": 20}
    assert d.compute_running_in_eclipse == {"gpu_a": pytest.approx(hand["eclipse"])}
    assert d.satellites_by_bus == {"small_bus": hand["satellites"]}
    assert d.satellites == hand["satellites"]
    assert d.launches == {"small_rocket": hand["launches"]}
    assert d.solar_array_area_m2 == pytest.approx(hand["area"], rel=1e-6)
    assert d.radiator_area_m2 == pytest.approx(hand["radiator"], rel=1e-6)
    assert d.battery_energy_kwh == pytest.approx(hand["battery"], rel=1e-6)
    for item, kg in hand["mass"].items():
        assert result.budgets["mass_kg"][item] == pytest.approx(kg, rel=1e-6, abs=1e-6), item
    for item, usd in hand["cost"].items():
        assert result.budgets["cost_usd"][item] == pytest.approx(usd, rel=1e-6, abs=1e-6), item
    assert result.budgets["mass_kg"]["total"] == pytest.approx(hand["mass_total"], rel=1e-6)
    assert result.budgets["cost_usd"]["total"] == pytest.approx(hand["cost_total"], rel=1e-6)
    assert result.kpi["delivered_flop"] == pytest.approx(hand["flop"], rel=1e-6)
    assert result.kpi["cost_per_eflop_usd"] == pytest.approx(hand["ratio"], rel=1e-6)
    assert result.kpi["launched_mass_kg"] == pytest.approx(hand["mass_total"], rel=1e-6)


def test_single_case_terrestrial_comparison_by_hand(single):
    """teach_ground for the same 20 gpu_a modules (tests/teaching.py: ground_cost_usd), against the hand optimum."""
    ground = ground_cost_usd() / (GROUND_FLOP / 1e18)
    assert single.kpi["terrestrial_cost_per_eflop_usd"] == pytest.approx(ground, rel=1e-9)
    assert single.kpi["orbital_to_terrestrial"] == pytest.approx(hand_optimum()["ratio"] / ground, rel=1e-6)
    assert single.terrestrial["water_m3"] == pytest.approx(GROUND_WATER_M3, rel=1e-9)


def test_top_down_case_by_hand(top_down):
    """topdown_sat: 10 kW IT each, 40 W/kg (compute excluded) -> 250 kg, $30/W -> $300k; throttled in eclipse."""
    result = top_down
    satellites = 2
    mass = 20 * 20.0 + satellites * 10_000 / 40
    launches = max(math.ceil(mass / 1000), math.ceil((4 * satellites + 0.02 * 20) / 20))
    cost = (600_000 + satellites * 30 * 10_000 + 5e6 * launches + 100 * mass + 1e5 * satellites
            + (2e5 + 1e4 * satellites) * LIFE + 1e6 + 5e5)
    flop = FLOP_PER_MODULE * SUNLIT_FRACTION * 20
    assert result.design.satellites_by_bus == {"topdown_sat": satellites}
    assert result.design.solar_array_area_m2 == pytest.approx(0.0, abs=1e-9)
    assert result.design.launches == {"small_rocket": launches}
    assert result.kpi["launched_mass_kg"] == pytest.approx(mass, rel=1e-9)
    assert result.budgets["cost_usd"]["total"] == pytest.approx(cost, rel=1e-9)
    assert result.kpi["cost_per_eflop_usd"] == pytest.approx(cost / (flop / 1e18), rel=1e-9)


def test_bottom_up_housekeeping_is_battery_backed_beside_bridging_top_down_units():
    """A mixed fleet (one small_bus + one top-down unit that bridges eclipses) at 30 kW, minimum total cost: whatever
    the top-down units do, each small_bus still needs its 1 kW of housekeeping through the 36-min eclipse, i.e.
    at least 1 kW x 0.6 h / (0.5 x sqrt(0.9)) = 1.2649 kWh of nameplate battery per bus."""
    case = load_case(TEACH / "single.yaml", overrides={
        "options.buses": ["small_bus", "topdown_sat"],
        "buses.topdown_sat.top_down": {"specific_power_w_per_kg": 40, "price_usd_per_w": 30, "bridges_eclipse": True},
        "objective": "total_cost",
        "requirements.it_power_mw": {"min": 0.03, "max": 0.03},
        "limits.max_satellites": 2,  # 30 kW in two units: one 20 kW small_bus beside one 10 kW top-down unit
    })
    result = solve(case)
    small = result.design.satellites_by_bus.get("small_bus", 0)
    assert small >= 1  # the scenario exercises a bottom-up bus beside the top-down ones
    per_bus_kwh = 1.0 * ECLIPSE_H / BATT_DELIVER  # 1 kW x 0.6 h / (0.5 x sqrt(0.9))
    assert result.design.battery_energy_kwh >= small * per_bus_kwh * (1 - 1e-9)


def test_top_down_hosting_counts_the_same_compute_in_every_row():
    """10 gpu_a (10 kW, 340 K coolant, all kept running in eclipse) and 4 gpu_b (6 kW, 320 K coolant) on one
    small_bus beside one 10 kW top-down unit that bridges eclipses. Physically, the top-down unit hosts either
    gpu_a (then gpu_b's 6 kW needs 320 K radiators) or gpu_b plus 4 kW of gpu_a (then 6 kW of gpu_a runs through
    eclipse on the small_bus battery). Whatever the optimizer picks, one of the two must be paid for."""
    import pyomo.environ as pyo

    from synth.model.core import build_model
    from synth.solver import HighsSession

    case = load_case(TEACH / "small_choice.yaml", overrides={
        "options.orbits": ["teach_leo"], "options.shielding": ["none"],
        "options.buses": ["small_bus", "topdown_sat"],
        "buses.topdown_sat.top_down": {"specific_power_w_per_kg": 40, "price_usd_per_w": 30, "bridges_eclipse": True},
        "requirements.it_power_mw": {"min": 0.016, "max": 0.016},
        "objective": "total_cost",
    })
    dm = build_model(case)
    m = dm.model
    n, ecl, units = m.compute.n, m.compute.ecl, m.buses.units
    fixed = [(m.pick["teach_leo", "none"], 1), (n["gpu_a", "teach_leo", "none"], 10), (n["gpu_b", "teach_leo", "none"], 4),
             (ecl["gpu_a", "teach_leo", "none"], 10), (ecl["gpu_b", "teach_leo", "none"], 0),
             (units["small_bus", "teach_leo"], 1), (units["topdown_sat", "teach_leo"], 1)]
    for var, value in fixed:
        var.fix(value)
    dm.set_cost_objective()
    outcome = HighsSession(60, 1e-9).solve(m)
    assert outcome.status.value == "optimal"
    rad320 = pyo.value(m.radiators.rad["panel@320K", "teach_leo"]) * RAD320_KW_PER_M2_LEO
    battery_kwh = pyo.value(m.batteries.batt["cells", "teach_leo"]) * BATT_DELIVER
    needs_320k_radiator = rad320 >= 6.0 * (1 - 1e-6)
    carries_6kw_through_eclipse = battery_kwh >= (6.0 + 1.0) * ECLIPSE_H * (1 - 1e-6)
    assert needs_320k_radiator or carries_6kw_through_eclipse


def test_geometric_equatorial_orbit_and_sunlit_radiator_by_hand():
    """teach_leo made equatorial with no stated eclipse figures, so sunlight comes from geometry, and its radiator given
    direct Sun on its faces (10 % of the solar constant). By hand, independently of synth's physics:

    - an equatorial orbit sees the Sun at beta = asin(sin(23.44 deg) sin G) over the year (G: the Sun's ecliptic
      longitude), whatever its node; the shadow fraction of one orbit is f(beta) = arccos(sqrt(h^2 + 2 R h) /
      ((R + h) cos beta)) / pi (cylindrical shadow, |beta| < asin(R / (R + h)) always here); its annual mean is the
      average over G (integrated below with a 20,000-point midpoint rule), the worst eclipse is f(0) x period;
    - the radiator absorbs a S k_sun = 0.2 x 1361 x 0.1 W/m2 more than before, on top of Earth IR and albedo.
    The battery, array and radiator are then sized exactly to the loads (their balances bind at the optimum)."""
    result = solve(load_case(TEACH / "single.yaml", overrides={
        "orbits.teach_leo.inclination_deg": 0, "orbits.teach_leo.eclipse_fraction": None, "orbits.teach_leo.worst_eclipse_min": None,
        "radiators.panel.sun_incidence_factor": 0.1}))
    assert result.status.value == "optimal"
    h, r = ALT, R_EARTH
    eps = math.radians(23.44)

    def shadow(beta):
        return math.acos(math.sqrt(h * h + 2 * r * h) / ((r + h) * math.cos(beta))) / math.pi

    n = 20_000
    mean_shadow = sum(shadow(math.asin(math.sin(eps) * math.sin(2 * math.pi * (k + 0.5) / n))) for k in range(n)) / n
    worst_h = shadow(0.0) * PERIOD_H
    assert 0.60 < result.kpi["sunlit_fraction"] < 0.65 and result.kpi["worst_eclipse_min"] == pytest.approx(35.6, abs=0.5)  # ~36 of ~95 min
    assert result.kpi["sunlit_fraction"] == pytest.approx(1 - mean_shadow, rel=1e-6)
    assert result.kpi["worst_eclipse_min"] == pytest.approx(worst_h * 60, rel=1e-9)

    q_net = (2 * 0.9 * SIGMA * 340**4 - 2 * VIEW * (0.9 * 240 + 0.2 * 0.3 * 1361 * 0.5) - 0.2 * 1361 * 0.1) / 1000  # kW/m2
    d = result.design
    it, hk = 20.0, 1.0 * d.satellites
    running = sum(d.compute_running_in_eclipse.values()) * 1.0  # kW kept running through eclipse
    battery = (running + hk) * worst_h / BATT_DELIVER
    recharge = battery * 0.5 / (math.sqrt(0.9) * (PERIOD_H - worst_h))
    assert d.radiator_area_m2 == pytest.approx((it + hk) / q_net, rel=1e-6)
    assert d.battery_energy_kwh == pytest.approx(battery, rel=1e-6)
    # gpu_a fails at 0.054/yr (exp(-0.27) = 0.763 survives) while cells_a lose 2 %/yr (0.98^5 = 0.904): the full load at
    # beginning of life sizes the arrays, and the end-of-life row holds with room to spare.
    assert (it + hk + recharge) / ARRAY_BOL_KW_PER_M2 > (it * SURVIVING + hk + recharge) / ARRAY_KW_PER_M2
    assert d.solar_array_area_m2 == pytest.approx((it + hk + recharge) / ARRAY_BOL_KW_PER_M2, rel=1e-6)
