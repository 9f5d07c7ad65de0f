"""Cost models (issue 11): Wright's law and the CERs by hand, the catalog's bus prices recomputed with a plain loop,
the corrected top-down Starlink V2 unit by hand, the launch price paired with the capacity it was quoted for, and
a solved teaching case priced by a cost model."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from synth import load_case, solve
from synth.catalog import SHIPPED_CATALOG_DIR
from synth.model.data import model_data
from synth.physics import costs
from teaching import LIFE, TEACH

ROOT = Path(__file__).resolve().parents[1]
B90 = math.log2(0.9)  # -0.152003


# -- Wright's law ---------------------------------------------------------------------------------------------------
def test_wright_unit_costs_by_hand():
    """T1 = 100, LR = 0.9: each doubling multiplies by 0.9: unit 2 = 90, unit 4 = 81, unit 8 = 72.9;
    unit 3 = 100 x 3^log2(0.9) = 100 x 3^-0.152003 = 84.6206."""
    assert costs.wright_unit_cost(100, 0.9, 1) == pytest.approx(100)
    assert costs.wright_unit_cost(100, 0.9, 2) == pytest.approx(90)
    assert costs.wright_unit_cost(100, 0.9, 4) == pytest.approx(81)
    assert costs.wright_unit_cost(100, 0.9, 8) == pytest.approx(72.9)
    assert costs.wright_unit_cost(100, 0.9, 3) == pytest.approx(84.6206, abs=1e-4)


def test_wright_lot_averages_by_hand():
    """Average of units 1-4 = (100 + 90 + 84.6206 + 81) / 4 = 355.6206 / 4 = 88.9051; of units 3-4 (2 prior)
    = (84.6206 + 81) / 2 = 82.8103; no learning (LR = 1): every unit costs T1."""
    assert costs.wright_average_unit_cost(100, 0.9, 0, 4) == pytest.approx(355.6206 / 4, abs=1e-4)
    assert costs.wright_average_unit_cost(100, 0.9, 2, 2) == pytest.approx(165.6206 / 2, abs=1e-4)
    assert costs.wright_average_unit_cost(100, 1.0, 1000, 50) == 100
    assert costs.lot_average_factor(0.9, 0, 4) == pytest.approx(0.889051, abs=1e-6)


def test_wright_lot_average_lies_between_its_integral_bounds():
    """k^b decreases, so sum_{k=p+1}^{p+n} k^b lies between the integrals of x^b over [p+1, p+n+1] and [p, p+n]:
    (x^(1+b) / (1+b)) at the ends. For p = 2,000, n = 50,000, LR = 0.9 (the starlink_v2_compute lot)."""
    b, p, n = B90, 2000, 50_000
    lower = ((p + n + 1) ** (1 + b) - (p + 1) ** (1 + b)) / (1 + b) / n
    upper = ((p + n) ** (1 + b) - p ** (1 + b)) / (1 + b) / n
    a = costs.lot_average_factor(0.9, p, n)
    assert lower < a < upper
    assert upper - lower < 1e-5  # the bracket is tight: 0.2205 to five digits


def test_wright_rejects_what_it_cannot_price():
    with pytest.raises(ValueError):
        costs.wright_average_unit_cost(100, 1.1, 0, 4)
    with pytest.raises(ValueError):
        costs.wright_average_unit_cost(100, 0.9, 0, 0)
    with pytest.raises(ValueError):
        costs.wright_average_unit_cost(100, 0.9, costs.MAX_UNITS, 1)


def test_cer_from_reference_lot_by_hand():
    """A reference lot of units 1-4 averaging 88.9051 gives T1 = 88.9051 / 0.889051 = 100; a unit of twice the
    reference mass costs 200 at exponent 1 and 100 x 2^0.5 = 141.42 at exponent 0.5; no masses: no scaling."""
    assert costs.first_unit_from_reference(88.90515, 0.9, 0, 4) == pytest.approx(100, rel=1e-6)
    assert costs.first_unit_from_reference(88.90515, 0.9, 0, 4, 730, 365) == pytest.approx(200, rel=1e-6)
    assert costs.first_unit_from_reference(88.90515, 0.9, 0, 4, 730, 365, 0.5) == pytest.approx(141.42, abs=0.01)


# -- the shipped buses --------------------------------------------------------------------------------------------------
def _loop_average(b: float, first: int, last: int) -> float:
    """sum_{k=first}^{last} k^b / (last - first + 1) with a plain Python loop (independent of the numpy sum)."""
    return sum(k ** b for k in range(first, last + 1)) / (last - first + 1)


@pytest.fixture(scope="module")
def spacex_data():
    return model_data(load_case(ROOT / "cases" / "spacex.yaml"))


def test_starlink_bus_prices_from_the_reference_lot(spacex_data):
    """Both Starlink-derived bottom-up buses calibrate on $0.6M averaged over the first 2,000 V2-mini-class buses
    (buses.yaml header): T1 = 600,000 / a(0.9, 0, 2,000) = 600,000 / 0.37114 = $1.617M (365 kg).
    starlink_v2_compute: units 2,001-52,000 of that line: T1 x 0.22054 = ~$356.5k.
    starlink_v3_compute: 800 kg, T1 x 800 / 365 = $3.543M, units 1-10,000 of a new line: x 0.29075 = ~$1.030M."""
    a_ref = _loop_average(B90, 1, 2000)
    assert a_ref == pytest.approx(0.37114, abs=1e-5)
    t1 = 600_000 / a_ref
    price = spacex_data.coeff["buses"].unit_price_usd
    assert price["starlink_v2_compute"] == pytest.approx(t1 * _loop_average(B90, 2001, 52_000), rel=1e-9)
    assert price["starlink_v2_compute"] == pytest.approx(356_500, rel=1e-3)
    assert price["starlink_v3_compute"] == pytest.approx(t1 * 800 / 365 * _loop_average(B90, 1, 10_000), rel=1e-9)
    assert price["starlink_v3_compute"] == pytest.approx(1_030_000, rel=1e-3)


def test_starlink_v2_topdown_it_power_by_hand(spacex_data):
    """IT power = array BOL output x mean-over-life factor x conversion x (1 - housekeeping), 5-year life:
    f = (1 - 0.975^5) / (5 x -ln 0.975) = (1 - 0.881096) / (5 x 0.0253178) = 0.118904 / 0.126589 = 0.939294;
    P_IT = 28,000 x 0.939294 x 0.94 x 0.93 = 22,991.7 W per unit; 22,991.7 / 800 kg = 28.74 W/kg; the unit's bus mass
    (compute excluded) is the whole 800 kg; price $20/W x 22,991.7 W = $459,833. (Before: 28 kW, 48.7 W/kg.)"""
    f = (1 - 0.975 ** 5) / (5 * -math.log(0.975))
    assert f == pytest.approx(0.939294, abs=1e-6)
    it_w = 28_000 * f * 0.94 * 0.93
    assert it_w == pytest.approx(22_991.7, abs=0.1)
    co = spacex_data.coeff["buses"]
    k = "starlink_v2_topdown"
    assert co.cap_kw[k] == pytest.approx(it_w / 1000, rel=1e-12)
    assert co.sp_w_per_kg[k] == pytest.approx(28.74, abs=0.01)
    assert co.bus_t(spacex_data.entry("buses", k), k) == pytest.approx(0.8, rel=1e-12)
    assert co.unit_price_usd[k] == pytest.approx(20 * it_w, rel=1e-12)


def test_top_down_end_of_life_sizing_by_hand():
    """sizing end_of_life: f = 0.975^5 = 0.881096; 28,000 x 0.881096 x 0.94 x 0.93 = 21,567.1 W."""
    rc = load_case(ROOT / "cases" / "spacex.yaml", overrides={"buses.starlink_v2_topdown.top_down": {
        "array_power_bol_w": 28000, "spacecraft_mass_kg": 800, "sizing": "end_of_life", "price_usd_per_w": 20}})
    cap = model_data(rc).coeff["buses"].cap_kw["starlink_v2_topdown"]
    assert cap * 1000 == pytest.approx(21_567.1, abs=0.1)


# -- launch: price paired with capacity -------------------------------------------------------------------------------
def test_every_shipped_launch_price_names_the_capacity_it_was_quoted_for():
    """Each vehicle of launch_vehicles.yaml states the class and payload its price was quoted for, with a source for
    the payload; the quoted payload is the catalog's payload to that class (a price stays paired with its capacity)."""
    catalog = yaml.safe_load((SHIPPED_CATALOG_DIR / "launch_vehicles.yaml").read_text())
    assert catalog
    for name, v in catalog.items():
        quoted = v.get("price_quoted_for")
        assert quoted in v["payload_kg"], name
        assert v.get("price_quoted_payload_kg") == v["payload_kg"][quoted], name
        assert "price_quoted_payload_kg" in v.get("field_sources", {}), name
        assert quoted == max(v["payload_kg"], key=v["payload_kg"].get), name  # quoted for the best capacity (LEO)


def test_a_flight_costs_the_same_to_every_class(spacex_data):
    """starship: $460/kg quoted for 100 t to LEO = $46M a flight; to sso (85 t) 460 x 100/85 = $541.18/kg,
    to leo_high (75 t) 460 x 100/75 = $613.33/kg; a full flight costs $46M to each. falcon9 is priced per flight."""
    from synth.catalog import read_catalog_layers
    from synth.subsystems.launch import LaunchVehicle

    raw = read_catalog_layers([SHIPPED_CATALOG_DIR])["launch_vehicles"]
    starship = LaunchVehicle.model_validate(raw["starship"].data)
    assert starship.per_kg_price_to("leo") == pytest.approx(460)
    assert starship.per_kg_price_to("sso") == pytest.approx(541.18, abs=0.01)
    assert starship.per_kg_price_to("leo_high") == pytest.approx(613.33, abs=0.01)
    for cls, kg in starship.payload_kg.items():
        assert starship.per_kg_price_to(cls) * kg == pytest.approx(46e6)
    # the model's coefficient per orbit: sso_dawn_dusk_650 is an sso-class orbit (MUSD per t)
    P = {k: v for k, v in _parameters(spacex_data).items() if k[:2] == ("price", "launch_per_t")}
    assert P[("price", "launch_per_t", "starship", "sso_dawn_dusk_650")] == pytest.approx(460 * 100 / 85 * 1000 / 1e6)
    assert P[("price", "launch_per_t", "starship", "leo_550_53")] == pytest.approx(460 * 1000 / 1e6)
    assert P[("price", "launch_per_t", "falcon9", "leo_550_53")] == 0.0


def _parameters(d):
    from synth.model.core import parameter_values

    return parameter_values(d)


# -- solved: a teaching case priced by a cost model ----------------------------------------------------------------
TOP_DOWN_DERIVED = {"array_power_bol_w": 15_000, "spacecraft_mass_kg": 250, "array_degradation_per_year": 0.02,
                    "conversion_efficiency": 0.9, "housekeeping_fraction": 0.1, "sizing": "end_of_life"}


def _top_down_solved(lot_units: int):
    return solve(load_case(TEACH / "top_down.yaml", overrides={
        "buses.topdown_sat.max_it_power_kw": None,
        "buses.topdown_sat.top_down": TOP_DOWN_DERIVED,
        "buses.topdown_sat.cost_model": {"first_unit_usd": 500_000, "learning_rate": 0.8, "prior_units": 0, "lot_units": lot_units}}))


def test_top_down_from_array_with_a_cost_model_by_hand():
    """topdown_sat from its array: 15 kW BOL x 0.98^5 (end of life) x 0.9 x (1 - 0.1) = 15,000 x 0.903921 x 0.81
    = 10,982.6 W per unit, 250 kg each; 20 kW of gpu_a needs 2 units (21.97 kW). Priced by Wright's law for a lot of
    2, T1 $500k, LR 0.8: (500,000 + 400,000) / 2 = $450,000 per unit. Mass 20 x 20 kg + 2 x 250 = 900 kg (one
    1 t small_rocket launch, volume 4 x 2 + 0.02 x 20 = 8.4 m3 <= 20). Cost as tests/test_hand.py's top-down case
    with the bus at $450k each."""
    assert 15_000 * 0.98 ** 5 * 0.9 * 0.9 == pytest.approx(10_982.6, abs=0.1)
    result = _top_down_solved(2)
    satellites, mass, launches = 2, 20 * 20.0 + 2 * 250.0, 1
    cost = (600_000 + satellites * 450_000 + 5e6 * launches + 100 * mass + 1e5 * satellites
            + (2e5 + 1e4 * satellites) * LIFE + 1e6 + 5e5)
    assert result.design.satellites_by_bus == {"topdown_sat": satellites}
    assert result.kpi["launched_mass_kg"] == pytest.approx(mass, rel=1e-9)
    assert result.budgets["cost_usd"]["bus"] == pytest.approx(2 * 450_000, rel=1e-9)
    assert result.budgets["cost_usd"]["total"] == pytest.approx(cost, rel=1e-9)
    assert not any("priced at the average of a lot" in n for n in result.notes)


def test_a_design_far_from_its_priced_lot_is_noted():
    """Priced for a lot of 10 but the design buys 2 (5x fewer): the result says so, with the lot price
    (average of units 1-10 at LR 0.8) and the price at the design's own count ($450,000)."""
    result = _top_down_solved(10)
    lot10 = 500_000 * sum(k ** math.log2(0.8) for k in range(1, 11)) / 10
    assert result.budgets["cost_usd"]["bus"] == pytest.approx(2 * lot10, rel=1e-9)
    notes = [n for n in result.notes if "priced at the average of a lot of 10 units" in n]
    assert len(notes) == 1
    assert "$450,000 per unit" in notes[0] and "fewer" in notes[0]
