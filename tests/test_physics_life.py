"""Physics over the design life (issue 11): the year that sizes arrays and radiators, battery cycle life from the
orbit's eclipses, and the radiator environment settings, each against arithmetic written out here.

The teaching single case (cases/teaching/single.yaml, figures in tests/teaching.py) is solved with overrides; the
expected numbers are derived by hand from the catalog figures, not read from synth's own output.
"""

from __future__ import annotations

import math

import pytest

from synth import evaluate, load_case, load_design, solve
from synth.checks import presolve_checks
from synth.model.data import model_data
from synth.physics import orbit, power, thermal
from teaching import (
    ARRAY_BOL_KW_PER_M2,
    ARRAY_KW_PER_M2,
    BATT_DELIVER,
    BATT_RECHARGE,
    ECLIPSE_H,
    LIFE,
    MU,
    R_EARTH,
    SIGMA,
    SURVIVING,
    TEACH,
    VIEW,
    YEAR_S,
)

SINGLE = TEACH / "single.yaml"


def hand_battery(design) -> tuple[float, float]:
    """(battery kWh, recharge kW) by hand for the design's eclipse-running modules and satellites (DoD 0.5)."""
    running = sum(design.compute_running_in_eclipse.values()) * 1.0
    battery = (running + 1.0 * design.satellites) * ECLIPSE_H / BATT_DELIVER
    return battery, battery * BATT_RECHARGE


# ---- 1. the year that binds --------------------------------------------------------------------------------------


def test_worst_year_of_the_load_to_output_ratio_is_an_end_point():
    """g(t) = load(t) / output(t) with two compute types failing at 0.30 and 0.01 per year, 3 kW held constant and
    arrays losing 2.5 %/yr: sampled every 0.001 year over 10 years, its largest value is at t = 0 or t = L (the
    convexity argument of synth.physics.power), although the two compute terms move in opposite directions."""
    decay = -math.log(1 - 0.025)

    def g(t: float) -> float:
        load = 10.0 * math.exp(-0.30 * t) + 10.0 * math.exp(-0.01 * t) + 3.0
        return load / (25.0 * math.exp(-decay * t))

    samples = [g(k / 1000) for k in range(10_001)]
    assert max(samples) == pytest.approx(max(g(0.0), g(10.0)), rel=1e-12)
    assert min(samples) < min(g(0.0), g(10.0))  # an interior minimum: the worst year is not the middle


def test_compute_that_fails_faster_than_arrays_degrade_sizes_arrays_at_beginning_of_life(single):
    """gpu_a fails at 0.054/yr: exp(-0.27) = 0.763 survives 5 years, while cells_a keep 0.98^5 = 0.904 of their output.
    The full load at beginning of life binds; the arrays are 0.904x what sizing the full load at end of life needed."""
    d = single.design
    _, recharge = hand_battery(d)
    load = 20.0 + 1.0 * d.satellites + recharge
    assert d.solar_array_area_m2 == pytest.approx(load / ARRAY_BOL_KW_PER_M2, rel=1e-6)
    assert d.solar_array_area_m2 == pytest.approx(0.98**5 * load / ARRAY_KW_PER_M2, rel=1e-6)
    eol = single.budgets["power_eol_w"]
    assert eol["it_bottom_up_surviving"] == pytest.approx(20_000 * SURVIVING, rel=1e-9)
    assert eol["margin"] == pytest.approx((d.solar_array_area_m2 * ARRAY_KW_PER_M2 - 20 * SURVIVING - 1.0 * d.satellites - recharge) * 1000,
                                          rel=1e-6)
    assert eol["margin"] > 0


def test_compute_that_never_fails_sizes_arrays_at_end_of_life(solve_once):
    """With no failures the IT load never falls, so the degraded arrays at end of life bind: area = load / p_EOL."""
    result = solve_once(SINGLE, {"compute.gpu_a.annual_failure_rate": 0.0, "compute.gpu_a.failures_per_krad": 0.0})
    assert result.status.value == "optimal"
    d = result.design
    _, recharge = hand_battery(d)
    assert d.solar_array_area_m2 == pytest.approx((20.0 + 1.0 * d.satellites + recharge) / ARRAY_KW_PER_M2, rel=1e-6)
    assert result.budgets["power_w"]["margin"] > 0
    assert result.budgets["power_eol_w"]["margin"] == pytest.approx(0.0, abs=1e-6)


# ---- 2. battery cycle life -----------------------------------------------------------------------------------------


def test_eclipses_per_year_by_hand():
    """An equatorial orbit sees the Sun at beta = asin(sin 23.44 deg sin G); it eclipses while |beta| < beta* =
    asin(R / (R + h)). GEO: beta* = asin(6,378.137 / 42,164.137) = 8.70 deg, so a share (2/pi) asin(sin beta* /
    sin 23.44 deg) = 0.245 of the year's orbits eclipse: about 90 a year. At 500 km beta* = 68.0 deg > 23.44 deg:
    every orbit eclipses, a year / period of them."""
    for altitude in (35_786.0, 500.0):
        a = R_EARTH + altitude
        period = 2 * math.pi * math.sqrt(a**3 / MU)
        beta_star = math.asin(R_EARTH / a)
        share = min(1.0, 2 / math.pi * math.asin(min(1.0, math.sin(beta_star) / math.sin(math.radians(23.44)))))
        expected = YEAR_S / period * share
        assert orbit.sunlight(altitude, 0.0, None).eclipses_per_year == pytest.approx(expected, rel=0.01)
    assert 85 < orbit.sunlight(35_786.0, 0.0, None).eclipses_per_year < 95


def test_cycle_life_depth_of_discharge_by_hand():
    """DoD = min(DoD_max, DoD_ref (N_ref / N)^(1/k)). A 1,000-cycle 80 % pack with k = 2.9 in a 650 km dawn-dusk
    orbit (1,293 eclipses a year, 6,465 in 5 years): 0.8 (1,000 / 6,465)^(1/2.9) = 0.420. The 30,000-cycle 30 % pack
    in a 550 km shell (5,194 a year, 25,970 in 5 years) would allow 0.315: capped at its 0.3."""
    assert power.cycle_life_depth_of_discharge(6465, 0.8, 1000, 0.8, 2.9) == pytest.approx(0.8 * (1000 / 6465) ** (1 / 2.9), rel=1e-12)
    assert 0.8 * (1000 / 6465) ** (1 / 2.9) == pytest.approx(0.420, abs=1e-3)
    assert power.cycle_life_depth_of_discharge(25970, 0.3, 30000, 0.3, 2.9) == 0.3
    assert power.cycle_life_depth_of_discharge(0, 0.8, 1000, 0.8, 2.9) == 0.8  # no eclipses, no cycles
    assert power.cycle_life_depth_of_discharge(6465, 0.8, None, None, None) == 0.8  # no law: the catalog's depth
    assert power.cycle_life_depth_of_discharge(6465, 0.8, 1000, 0.8, 2.9, min_dod=0.5) is None  # 0.42 < 0.5: unusable


LAW = {"batteries.cells.cycle_life_cycles": 1000, "batteries.cells.cycle_life_reference_dod": 0.5,
       "batteries.cells.cycle_life_exponent": 2.0, "orbits.teach_leo.eclipses_per_year": 2000}


def test_battery_sized_at_the_depth_its_cycle_life_allows(solve_once):
    """2,000 eclipses a year for 5 years = 10,000 cycles; 1,000 cycles at 0.5 with k = 2 allow 0.5 (1,000 /
    10,000)^(1/2) = 0.158 depth of discharge, so the battery is 0.5 / 0.158 = 3.16x the one at the catalog's 0.5."""
    result = solve_once(SINGLE, LAW)
    assert result.status.value == "optimal"
    d = result.design
    dod = 0.5 * (1000 / 10_000) ** 0.5
    running = sum(d.compute_running_in_eclipse.values()) * 1.0
    battery = (running + 1.0 * d.satellites) * ECLIPSE_H / (dod * math.sqrt(0.9))
    assert d.battery_energy_kwh == pytest.approx(battery, rel=1e-6)
    recharge = battery * dod / (math.sqrt(0.9) * (2 * math.pi * math.sqrt((R_EARTH + 500) ** 3 / MU) / 3600 - ECLIPSE_H))
    assert result.budgets["power_w"]["battery_recharge"] == pytest.approx(recharge * 1000, rel=1e-6)


def test_a_battery_that_cannot_last_the_cycles_is_diagnosed(single, tmp_path):
    """With cycle_life_min_dod 0.2 the 0.158 the cycles need is out of the law's range: the only battery cannot be used,
    the housekeeping of the only (eclipsed) orbit cannot ride through eclipse: infeasible, said so, warned by check,
    and the evaluator's cycle-life check fails by 1,000 (0.5 / 0.2)^2 = 6,250 < 10,000 cycles."""
    overrides = {**LAW, "batteries.cells.cycle_life_min_dod": 0.2}
    result = solve(load_case(SINGLE, overrides=overrides))
    assert result.status.value == "infeasible"
    assert any("no candidate battery lasts the eclipse cycles" in d.message for d in result.diagnosis)
    warnings = presolve_checks(model_data(load_case(SINGLE, overrides=overrides)))
    assert any("cannot be used in teach_leo" in w.message and "10,000 eclipse cycles" in w.message for w in warnings)
    single.write(tmp_path)
    evaluated = evaluate(load_case(SINGLE, overrides=overrides), load_design(tmp_path / "result.json"))
    check = next(c for c in evaluated.checks if c.constraint == "cycle_life[cells]")
    assert not check.satisfied
    assert check.lhs == pytest.approx(1000 * (0.5 / 0.2) ** 2) and check.rhs == pytest.approx(10_000)


# ---- 3. radiator environment ---------------------------------------------------------------------------------------


def test_starcloud_radiator_balance_is_reproduced():
    """Starcloud (Lumen Orbit) white paper, "Why we should train AI in space" (2024): a 1 m2 plate at 20 C radiating
    from both faces at emissivity 0.92 emits ~770 W; one face in full sunlight at absorptivity 0.09 absorbs ~123 W
    (their solar constant 1,366 W/m2); Earth adds ~14 W; net ~633 W/m2. By hand:

        emitted  2 x 0.92 x 5.670374e-8 x 293.15^4 = 770.6 W/m2
        Sun      0.09 x 1,366 x 1                   = 122.9 W/m2
        Earth    2 x F x 0.92 x 237                 = 14.0 W/m2 with F = 0.0321 per face
        net                                         = 633.7 W/m2

    The paper states the Earth term, not the view factor behind it: F = 14 / (2 x 0.92 x 237) = 0.0321 is the
    setting (orbits.*.radiator_earth_view_factor) that expresses it; emission and sunlight are the paper's inputs."""
    emitted = 2 * 0.92 * SIGMA * 293.15**4
    assert emitted == pytest.approx(770.6, abs=0.1)
    view = 14.0 / (2 * 0.92 * 237)
    settings = {"radiators.panel": {"emissivity": 0.92, "solar_absorptivity": 0.09, "sun_incidence_factor": 1.0, "faces": 2},
                "orbits.teach_leo": {"solar_constant_w_per_m2": 1366, "radiator_earth_view_factor": view, "earth_ir_w_per_m2": 237, "albedo": 0.0}}
    overrides = {f"{entry}.{field}": value for entry, fields in settings.items() for field, value in fields.items()}
    rc = load_case(SINGLE, overrides={"options.radiator_temperatures_k": [293.15], **overrides})
    net = model_data(rc).coeff["radiators"].net_w_per_m2[("panel@293.15K", "teach_leo")]
    assert net == pytest.approx(emitted - 0.09 * 1366 - 14.0, rel=1e-9)
    assert net == pytest.approx(633, abs=1.0)


def q_net(t_k: float, eps: float, alpha: float, s: float = 1361.0, a_ir: float | None = None, space: float = 1.0) -> float:
    """teach_leo panel (2 faces, no direct Sun) by hand: 2 eps F_s sigma T^4 - 2 F (a_IR 240 + alpha 0.3 S 0.5), W/m2."""
    a_ir = eps if a_ir is None else a_ir
    return 2 * eps * space * SIGMA * t_k**4 - 2 * VIEW * (a_ir * 240 + alpha * 0.3 * s * 0.5)


def test_infrared_absorptivity_and_space_view_factor_by_hand():
    """a_IR apart from eps only changes the Earth-IR term; F_s scales emission only."""
    absorbed = thermal.absorbed_w_per_m2(500, 2, 0.9, 0.2, 240, 0.3, 0.5, 0.0, ir_absorptivity=0.5)
    assert absorbed == pytest.approx(2 * VIEW * (0.5 * 240 + 0.2 * 0.3 * 1361 * 0.5), rel=1e-12)
    net = thermal.net_rejection_w_per_m2(340, absorbed, 2, 0.9, space_view_factor=0.8)
    assert net == pytest.approx(q_net(340, 0.9, 0.2, a_ir=0.5, space=0.8), rel=1e-12)
    assert thermal.sink_temperature_k(absorbed, 2, 0.9, 0.8) == pytest.approx((absorbed / (2 * 0.9 * 0.8 * SIGMA)) ** 0.25, rel=1e-12)


def test_coating_degradation_sizes_the_radiators_at_end_of_life(solve_once):
    """Emissivity losing 0.04 a year (0.9 -> 0.7 over 5 years, Earth IR absorbed with it) and absorptivity rising 0.02 a
    year (0.2 -> 0.3): at 340 K q_net falls from 1,226.6 to 938.3 W/m2 (x 0.765), by more than the heat (21 kW -> 20 x
    0.763 + 1 = 16.27 kW, x 0.775), so end of life sizes the radiators: 16.27 / 0.9383 = 17.34 m2 > 21 / 1.2266 = 17.12."""
    result = solve_once(SINGLE, {"radiators.panel.emissivity_loss_per_year": 0.04, "radiators.panel.solar_absorptivity_rise_per_year": 0.02})
    assert result.status.value == "optimal"
    q_bol, q_eol = q_net(340, 0.9, 0.2) / 1000, q_net(340, 0.9 - 0.04 * LIFE, 0.2 + 0.02 * LIFE) / 1000
    assert (q_bol, q_eol) == (pytest.approx(1.2266, abs=1e-4), pytest.approx(0.9383, abs=1e-4))
    hk = 1.0 * result.design.satellites
    heat_bol, heat_eol = 20.0 + hk, 20.0 * SURVIVING + hk
    assert heat_eol / q_eol > heat_bol / q_bol
    assert result.design.radiator_area_m2 == pytest.approx(heat_eol / q_eol, rel=1e-6)
    assert result.budgets["heat_eol_w"]["margin"] == pytest.approx(0.0, abs=1e-6)
    assert result.budgets["heat_eol_w"]["waste_heat_total"] == pytest.approx(heat_eol * 1000, rel=1e-9)


def test_solar_constant_setting_moves_arrays_and_radiators(solve_once):
    """S = 1,300 W/m2 instead of 1,361: p_BOL = 1,300 x 0.25 x 0.9 x 0.95 = 277.9 W/m2, and the albedo load on the
    radiators falls with it."""
    result = solve_once(SINGLE, {"orbits.teach_leo.solar_constant_w_per_m2": 1300})
    assert result.status.value == "optimal"
    d = result.design
    _, recharge = hand_battery(d)
    p_bol = 1300 * 0.25 * 0.9 * 0.95 / 1000
    assert p_bol == pytest.approx(0.2779, abs=1e-4)
    assert d.solar_array_area_m2 == pytest.approx((20.0 + 1.0 * d.satellites + recharge) / p_bol, rel=1e-6)
    assert d.radiator_area_m2 == pytest.approx((20.0 + 1.0 * d.satellites) / (q_net(340, 0.9, 0.2, s=1300) / 1000), rel=1e-6)
