"""Decision-grade economics by hand: capital recovery, replacement, the four ground archetypes, the time-to-power
delay, insurance, contingency, mass growth, and every new metric.

Every expected value is arithmetic written out here from the figures typed in (or, for the orbit, from the items of
the hand-sized teaching design in tests/teaching.py); nothing is read back from the code under test.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from synth import evaluate, load_case, solve
from synth.ground import Terrestrial
from synth.physics.economics import annuity_years, capital_charge, capital_recovery_factor
from synth.physics.terrestrial import ComputeOnGround, ground_cost
from teaching import FLOP_PER_MODULE, SUNLIT_FRACTION, TEACH, UTIL, hand_optimum

H = 8766.0


# ---- capital recovery ----------------------------------------------------------------------------------------------

def test_capital_recovery_factor_by_hand():
    """CRF(7 %, 5 yr) = 0.07 / (1 - 1.07^-5) = 0.07 / 0.287014 = 0.243891 per year; undiscounted 1/5."""
    assert capital_recovery_factor(0.07, 5) == pytest.approx(0.243891, abs=1e-6)
    assert capital_recovery_factor(0.0, 5) == 0.2


def test_a_shorter_life_is_a_replacement_and_a_longer_one_a_share():
    """Twice the life at 10 %: the charge is the item bought now and again after l years, K (1 + 1.1^-l), exactly
    (A(2l) / A(l) = 1 + e^(-rho l)). Half the life, undiscounted: half the price (the residual value is not charged)."""
    assert capital_charge(1000.0, 5.0, 10.0, 0.10) == pytest.approx(1000.0 * (1 + 1.1**-5), rel=1e-12)
    assert capital_charge(1000.0, 10.0, 5.0, 0.0) == pytest.approx(500.0, rel=1e-12)
    assert capital_charge(1000.0, 5.0, 5.0, 0.07) == pytest.approx(1000.0, rel=1e-12)


# ---- the four ground archetypes, one 1 kW module, by hand ------------------------------------------------------------

COMMON = dict(source="hand", wacc=0.0, facility_capex_usd_per_w=10.0, facility_life_years=10.0, it_life_years=5.0, construction_years=1.0,
              time_to_power_years=2.0, pue=1.2, availability=0.99, idle_power_fraction=0.3, water_l_per_kwh=0.5, water_usd_per_m3=2.0,
              operations_usd_per_kw_year=100.0)
ONE = ComputeOnGround(count={"m": 1}, power_kw={"m": 1.0}, price_usd={"m": 1000.0}, failure_rate={"m": 0.1}, peak_flops={"m": 1e15})
# energy at the meter: 1 kW x 1.2 x 0.99 x (0.3 + 0.7 x 0.6) x 8,766 h = 7,498.1 kWh/yr
E = 1.0 * 1.2 * 0.99 * (0.3 + 0.7 * 0.6) * H
# replacements: failures of 0.1/yr x $1,000, each replacement charged its share within the study: undiscounted
# int_0^5 (5 - t) / 5 dt = 5^2 / (2 x 5) = 2.5 years of failures
COMMON_ITEMS = {"compute": 1000.0, "replacements": 0.1 * 1000.0 * 2.5, "facility": 10_000.0 * 5 / 10, "water": E * 0.5 / 1000 * 2.0 * 5,
                "operations": 100.0 * 5}


def site(**fields) -> Terrestrial:
    return Terrestrial.model_validate({**COMMON, **fields})


def test_grid_site_by_hand():
    cost = ground_cost(site(archetype="grid_hyperscale", supply="grid", electricity_usd_per_kwh=0.1), ONE, 5.0, 0.6)
    assert E == pytest.approx(7498.1, abs=0.1)
    assert cost.cost_usd == pytest.approx({**COMMON_ITEMS, "electricity": E * 0.1 * 5}, rel=1e-12)
    # FLOP: 1e15 x 0.6 x 0.99 x 5 yr x 3.15576e7 s; GPU-hours 0.99 x 5 x 8,766; IT energy the same hours at 1 kW
    assert cost.discounted_flop == pytest.approx(1e15 * 0.6 * 0.99 * 5 * 3.15576e7, rel=1e-12)
    assert cost.gpu_hours == pytest.approx(0.99 * 5 * H, rel=1e-12)
    assert cost.it_energy_mwh == pytest.approx(0.99 * 5 * H / 1000, rel=1e-12)
    assert cost.upfront_usd == pytest.approx(1000.0 + 10_000.0, rel=1e-12)


def test_gas_turbine_site_by_hand():
    """Plant 1.2 (redundancy) x 1.2 (PUE) x 1 kW = 1.44 kW at $1,000/kW over 25 years (5 charged); fuel 9,000
    Btu/kWh at $4/MMBtu = 3.6 c/kWh; O&M $20/kW-yr on the plant and $5/MWh."""
    gas = site(archetype="gas_turbine_off_grid", supply="gas_turbine", fuel_usd_per_mmbtu=4.0, heat_rate_btu_per_kwh=9000, plant_capex_usd_per_kw=1000,
               plant_life_years=25, plant_fixed_om_usd_per_kw_year=20, plant_variable_om_usd_per_mwh=5, plant_redundancy=1.2)
    cost = ground_cost(gas, ONE, 5.0, 0.6)
    assert cost.cost_usd == pytest.approx({**COMMON_ITEMS, "fuel": E * 0.036 * 5, "power_plant": 1440.0 * 5 / 25,
                                           "plant_o_and_m": (20 * 1.44 + E * 5 / 1000) * 5}, rel=1e-12)
    assert cost.upfront_usd == pytest.approx(1000.0 + 10_000.0 + 1440.0, rel=1e-12)


def test_solar_storage_site_by_hand():
    """Average load E / 8,766 = 0.85536 kW; 60 % of the energy through storage at 85 % round trip: PV 0.85536 x
    (1 + 0.6 x (1/0.85 - 1)) / 0.25 = 3.7837 kW AC at $1.5/W (30-yr life, 5 charged); storage 14 h x 0.85536 kW =
    11.975 kWh at $200/kWh (15-yr life, 5 charged); O&M $20/kW-yr of PV."""
    avg = E / H
    pv_kw = avg * (1 + 0.6 * (1 / 0.85 - 1)) / 0.25
    assert pv_kw == pytest.approx(3.7837, abs=1e-4)
    solar = site(archetype="solar_storage_off_grid", supply="solar_storage", pv_capex_usd_per_w=1.5, pv_capacity_factor=0.25, pv_life_years=30,
                 storage_capex_usd_per_kwh=200, storage_hours=14, storage_life_years=15, storage_round_trip_efficiency=0.85,
                 stored_energy_share=0.6, plant_fixed_om_usd_per_kw_year=20)
    cost = ground_cost(solar, ONE, 5.0, 0.6)
    assert cost.cost_usd == pytest.approx({**COMMON_ITEMS, "pv_array": 1500 * pv_kw * 5 / 30, "storage": 200 * 14 * avg * 5 / 15,
                                           "plant_o_and_m": 20 * pv_kw * 5}, rel=1e-12)


def test_colocation_site_by_hand():
    """No facility capital; rent $184.06 per kW-month for 5 years = $11,043.6; power billed through."""
    colo = site(archetype="colocation", supply="grid", facility_capex_usd_per_w=0.0, lease_usd_per_kw_month=184.06, electricity_usd_per_kwh=0.1)
    cost = ground_cost(colo, ONE, 5.0, 0.6)
    items = {k: v for k, v in COMMON_ITEMS.items() if k != "facility"}
    assert cost.cost_usd == pytest.approx({**items, "lease": 184.06 * 12 * 5, "electricity": E * 0.1 * 5}, rel=1e-12)
    assert cost.cost_usd["lease"] == pytest.approx(11_043.6, abs=0.01)


def test_discounting_at_the_sites_wacc_and_it_replacement():
    """At 8 %, 10-year study, 5-year IT: the IT is bought twice (1 + 1.08^-5 = 1.6806 x $1,000); recurring costs
    take A(10, 8 %) = (1 - 1.08^-10) / ln 1.08 = 6.9797 present-value years; failures (0.1/yr x $1,000) are replaced
    and each replacement charged its share: (A(10) - 10 x 1.08^-10) / (ln 1.08 x A(5)) years of them."""
    a10 = (1 - 1.08**-10) / math.log(1.08)
    a5 = (1 - 1.08**-5) / math.log(1.08)
    assert annuity_years(10, 0.08) == pytest.approx(a10, rel=1e-12)
    cost = ground_cost(site(archetype="grid_hyperscale", supply="grid", electricity_usd_per_kwh=0.1, wacc=0.08), ONE, 10.0, 0.6)
    assert cost.cost_usd["compute"] == pytest.approx(1000 * (1 + 1.08**-5), rel=1e-12)
    assert cost.cost_usd["replacements"] == pytest.approx(0.1 * 1000 * (a10 - 10 * 1.08**-10) / (math.log(1.08) * a5), rel=1e-12)
    assert cost.cost_usd["electricity"] == pytest.approx(E * 0.1 * a10, rel=1e-12)
    assert cost.discounted_flop == pytest.approx(1e15 * 0.6 * 0.99 * a10 * 3.15576e7, rel=1e-12)


def test_time_to_power_defers_what_comes_with_power():
    """Two years to power at 10 %: the compute, energy and operations and the delivered FLOP are all worth 1.1^-2 of
    themselves; the facility, built while waiting, is not deferred."""
    grid = site(archetype="grid_hyperscale", supply="grid", electricity_usd_per_kwh=0.1, wacc=0.10)
    now, later = ground_cost(grid, ONE, 5.0, 0.6), ground_cost(grid, ONE, 5.0, 0.6, count_delay=True)
    assert later.cost_usd["facility"] == pytest.approx(now.cost_usd["facility"], rel=1e-12)
    for item in ("compute", "electricity", "operations"):
        assert later.cost_usd[item] == pytest.approx(now.cost_usd[item] / 1.21, rel=1e-12)
    assert later.discounted_flop == pytest.approx(now.discounted_flop / 1.21, rel=1e-12)


# ---- the orbit: insurance, contingency, mass growth on the hand-sized teaching design -------------------------------

def _hand_design(single, tmp_path) -> Path:
    """The single case's optimum as a design file (it is the hand design: tests/test_hand.py)."""
    single.write(tmp_path)
    return tmp_path / "result.json"


def test_insurance_contingency_and_integration_wrap_by_hand(single, tmp_path):
    """On the hand design (tests/teaching.py): hardware H = compute + arrays + radiators + batteries + bus; integration
    gains a 10 % wrap of H; the insured value V = H + integration + launch; launch insurance 5 % of V, in-orbit 1 %/yr of
    V over 5 years; contingency 20 % of (H + integration + NRE + ground segment)."""
    best = hand_optimum()
    c = best["cost"]
    hardware = c["compute"] + c["solar_arrays"] + c["radiators"] + c["batteries"] + c["bus"]
    integration = c["integration"] + 0.10 * hardware
    insured = hardware + integration + c["launch"]
    over = {"economics.integration_fraction_of_hardware": 0.10, "economics.launch_insurance_rate": 0.05,
            "economics.in_orbit_insurance_rate_per_year": 0.01, "economics.cost_contingency": 0.20}
    result = evaluate(load_case(TEACH / "single.yaml", overrides=over), _hand_design(single, tmp_path))
    costs = result.budgets["cost_usd"]
    assert costs["integration"] == pytest.approx(integration, rel=1e-6)
    assert costs["launch_insurance"] == pytest.approx(0.05 * insured, rel=1e-6)
    assert costs["in_orbit_insurance"] == pytest.approx(0.01 * 5 * insured, rel=1e-6)
    assert costs["contingency"] == pytest.approx(0.20 * (hardware + integration + 1e6 + 5e5), rel=1e-6)
    # the up-front capital leaves out what is paid over the life: operations and in-orbit insurance
    assert result.kpi["upfront_capital_usd"] == pytest.approx(costs["total"] - costs["operations"] - costs["in_orbit_insurance"], rel=1e-12)


def test_mass_growth_is_launched_as_its_own_item(single, tmp_path):
    """10 % on every dry-mass item, 30 % on compute: growth = 0.1 (arrays + radiators + batteries + bus) + 0.3 compute;
    propellant is not grown."""
    best = hand_optimum()
    m = best["mass"]
    growth = 0.1 * (m["solar_arrays"] + m["radiators"] + m["batteries"] + m["bus"]) + 0.3 * m["compute"]
    result = evaluate(load_case(TEACH / "single.yaml", overrides={"economics.mass_growth_allowance": {"default": 0.1, "compute": 0.3}}),
                      _hand_design(single, tmp_path))
    assert result.budgets["mass_kg"]["mass_growth"] == pytest.approx(growth, rel=1e-6)
    assert result.budgets["mass_kg"]["total"] == pytest.approx(best["mass_total"] + growth, rel=1e-6)


def test_the_optimizer_pays_for_the_growth_it_launches():
    """Solved with a 50 % default allowance, the design launches its growth: the launched mass covers dry mass x 1.5
    plus propellant, and every launch carries at most its 1 t."""
    result = solve(load_case(TEACH / "single.yaml", overrides={"economics.mass_growth_allowance": {"default": 0.5}}))
    mass = result.budgets["mass_kg"]
    dry = sum(mass[k] for k in ("compute", "solar_arrays", "radiators", "batteries", "bus"))
    assert mass["mass_growth"] == pytest.approx(0.5 * dry, rel=1e-6)
    assert result.design.launches["small_rocket"] >= math.ceil(mass["total"] / 1000 - 1e-9)


# ---- metrics ------------------------------------------------------------------------------------------------------

def test_orbit_metrics_by_hand(single):
    """The single case's optimum (tests/teaching.py): GPU-hours are the delivered FLOP over peak x utilization; each
    module 1 kW; tokens at 2 x 70e9 FLOP per token; launched-power price = launch cost / (20 kW x 5 yr)."""
    best = hand_optimum()
    cost = best["cost_total"]
    flop = FLOP_PER_MODULE * (SUNLIT_FRACTION * 20 + (1 - SUNLIT_FRACTION) * best["eclipse"])
    hours = flop / (1e15 * UTIL * 3600)
    k = single.kpi
    assert k["gpu_hours"] == pytest.approx(hours, rel=1e-6)
    assert k["cost_per_gpu_hour_usd"] == pytest.approx(cost / hours, rel=1e-6)
    assert k["cost_per_mwh_it_usd"] == pytest.approx(cost / (hours * 1.0 / 1000), rel=1e-6)
    assert k["usd_per_mtok[llama3_70b_inference]"] == pytest.approx(cost / flop * 1.4e11 * 1e6, rel=1e-6)
    assert k["launched_power_usd_per_kw_year"] == pytest.approx(best["cost"]["launch"] / (20 * 5), rel=1e-6)
    assert k["capital_per_w_excl_compute_usd"] == pytest.approx((cost - best["cost"]["operations"] - 600_000) / 20_000, rel=1e-6)
    assert k["levelized_annual_cost_usd"] == pytest.approx(cost / 5, rel=1e-6)


def test_boundaries_by_hand(single):
    """launch_only: orbit's launch cost against the ground's electricity, each over its own delivered FLOP."""
    best = hand_optimum()
    b = single.boundaries["launch_only"]
    assert b["orbit_usd"] == pytest.approx(best["cost"]["launch"], rel=1e-6)
    assert b["ground_usd"] == pytest.approx(single.terrestrial["cost_usd"]["electricity"], rel=1e-12)
    assert single.boundaries["full_ownership"]["orbit_usd"] == pytest.approx(best["cost_total"], rel=1e-6)


# ---- the shipped archetypes and cases ------------------------------------------------------------------------------

@pytest.mark.parametrize("arch", ["spacex", "blue_origin"])
def test_both_architectures_are_priced_at_every_shipped_archetype(arch, request):
    """Each shipped case compares with the four archetypes; each baseline's figures are its own items over its own
    FLOP, and the headline is the first. The grid site's energy per kW of IT at the case's utilization 0.6 is, by
    hand, 1.2 x 0.99 x (0.3 + 0.7 x 0.6) x 8,766 h = 7,498 kWh/yr at the meter."""
    result = request.getfixturevalue(arch)
    baselines = result.terrestrial["baselines"]
    assert list(baselines) == ["us_hyperscale_2026", "us_gas_turbine_2026", "us_solar_storage_2026", "us_colocation_2026"]
    assert result.terrestrial["baseline"] == "us_hyperscale_2026"
    it_kw = result.terrestrial["it_power_w"] / 1000
    for b in baselines.values():
        assert b["cost_per_eflop_usd"] == pytest.approx(b["cost_usd"]["total"] / (b["discounted_flop"] / 1e18), rel=1e-12)
    assert result.kpi["orbital_to_terrestrial"] * result.kpi["terrestrial_cost_per_eflop_usd"] == pytest.approx(result.kpi["cost_per_eflop_usd"])
    assert baselines["us_hyperscale_2026"]["energy_kwh_per_year"] == pytest.approx(it_kw * 1.2 * 0.99 * 0.72 * H, rel=1e-12)
    assert {"fuel", "power_plant"} <= set(baselines["us_gas_turbine_2026"]["cost_usd"])
    assert {"pv_array", "storage"} <= set(baselines["us_solar_storage_2026"]["cost_usd"])
    assert "lease" in baselines["us_colocation_2026"]["cost_usd"] and "facility" not in baselines["us_colocation_2026"]["cost_usd"]
    lows = [b["cost_per_eflop_usd"] for b in baselines.values()]
    assert result.kpi["ground_cost_per_eflop_min_usd"] == min(lows) and result.kpi["ground_cost_per_eflop_max_usd"] == max(lows)


def test_one_baseline_by_name_from_the_command_line(tmp_path, capsys):
    """--set terrestrial=<name> sets the case's baselines (not a catalog override) and the printout names it."""
    from synth.cli import main

    assert main(["solve", str(TEACH / "single.yaml"), "--set", "terrestrial=us_colocation_2026", "--out", str(tmp_path)]) == 0
    assert "(us_colocation_2026;" in capsys.readouterr().out


# ---- orbital asset lives: nothing is replaced in orbit ------------------------------------------------------------

def test_a_bus_rated_for_less_than_the_design_life_cannot_be_used(single, tmp_path):
    """The teaching bus rated for 4 years in a 5-year case: no unit can host anything, the case is infeasible and
    the diagnosis names the design life against the longest rating; the evaluator flags the hand design."""
    over = {"buses.small_bus.rated_life_years": 4}
    result = solve(load_case(TEACH / "single.yaml", overrides=over))
    assert result.status.value == "infeasible"
    diagnosis = next(d for d in result.diagnosis if d.requirement == "requirements.design_life_years")
    assert (diagnosis.limit, diagnosis.needed) == (4, 5)
    assert "no candidate bus is rated for more than 4" in diagnosis.message
    checked = evaluate(load_case(TEACH / "single.yaml", overrides=over), _hand_design(single, tmp_path))
    life = next(c for c in checked.checks if c.constraint == "rated_life[small_bus]")
    assert not life.satisfied and life.margin == pytest.approx(-1.0)
    # rated for exactly the design life: usable, the same optimum as without a rating
    same = solve(load_case(TEACH / "single.yaml", overrides={"buses.small_bus.rated_life_years": 5}))
    assert same.kpi["cost_per_eflop_usd"] == pytest.approx(single.kpi["cost_per_eflop_usd"], rel=1e-9)


def test_an_override_inside_a_mapping_field_changes_that_key_only():
    """--set launch_vehicles.small_rocket.payload_kg.leo=2000 doubles the LEO payload and keeps sso at 800 kg (a
    mapping merges key by key, as extends does); the single case's 1,165 kg then needs 1 launch instead of 2."""
    rc = load_case(TEACH / "single.yaml", overrides={"launch_vehicles.small_rocket.payload_kg.leo": 2000})
    assert dict(rc.entries["launch_vehicles"]["small_rocket"].payload_kg) == {"leo": 2000, "sso": 800}
    assert hand_optimum()["launches"] == 2
    assert solve(rc).design.launches == {"small_rocket": 1}


def test_a_figure_inside_a_mapping_can_be_swept(tmp_path):
    """A sweep path of four parts names a figure inside a mapping field; its whole-number check walks into it."""
    from synth.sweep.spec import integer_field

    assert not integer_field("launch_vehicles.small_rocket.payload_kg.leo")
    assert not integer_field("buses.small_bus.cost_model.learning_rate")
    assert integer_field("limits.max_launches")
