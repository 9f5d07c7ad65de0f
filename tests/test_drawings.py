"""Drawings of one unit to scale and of the deployment timeline (synth/report/drawings.py).

The numbers are checked from the dicts the drawings are drawn from (unit_geometry, deployment_schedule), recomputed
by hand from the result JSON: the stored references of the shipped cases (tests/reference/*.json, read only) and
teaching cases solved here. The PNGs are checked written and non-empty, and the drawn rectangles against the dict.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import teaching
from synth.case import load_case
from synth.report import drawings

ROOT = Path(__file__).resolve().parents[1]
TEACH = ROOT / "cases" / "teaching"
REF = ROOT / "tests" / "reference"
BLUE, ORANGE = "#1f5fa8", "#d4701c"


def reference(name: str) -> tuple[dict, object]:
    ref = json.loads((REF / f"{name}.json").read_text())
    return ref, load_case(ROOT / ref["case"])


def solved(path: Path, overrides: dict | None, solve_once) -> tuple[dict, object]:
    return json.loads(solve_once(path, overrides).to_json()), load_case(path, overrides=overrides)


def _png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000  # a drawing, not an empty canvas


# ----------------------------------------------------------------------------------------------------- one unit


def test_spacex_unit_is_the_design_divided_by_its_satellites():
    ref, rc = reference("spacex")
    d = ref["design"]
    (bus, n), = d["satellites_by_bus"].items()  # one bus type: every figure is the total / n
    g = drawings.unit_geometry(ref, rc)
    assert g["bus"] == bus and g["units"] == n and not g["top_down"] and g["others"] == []
    # e.g. 4,195,392 m2 of array / 10,000 satellites = 419.5 m2; 1,143,885 m2 of radiator / 10,000 = 114.4 m2
    assert g["array_m2"] == pytest.approx(d["solar_array_area_m2"] / n, rel=1e-12)
    assert g["radiator_m2"] == pytest.approx(d["radiator_area_m2"] / n, rel=1e-12)
    # 1,000,000 kW of IT / 10,000 = 100 kW; 34,487 t launched / 10,000 = 3.449 t
    assert g["it_kw"] == pytest.approx(ref["kpi"]["it_power_w"] / 1000.0 / n, rel=1e-12)
    assert g["mass_t"] == pytest.approx(ref["budgets"]["mass_kg"]["total"] / 1000.0 / n, rel=1e-12)
    # 599,880 B200 / 10,000 = 59.988 per satellite (an average: the pooled model need not fill each one alike)
    assert sum(g["compute"].values()) == pytest.approx(sum(d["compute"].values()) / n, rel=1e-12)
    # the compute box is a cube of the modules' stowed volume: 59.988 x 0.022 m3 = 1.3197 m3, side 1.3197^(1/3) = 1.097 m
    volume = sum(c * rc.entries["compute"][m].stowed_volume_m3 for m, c in g["compute"].items())
    assert g["compute_side_m"] == pytest.approx(volume ** (1 / 3))
    assert g["bus_side_m"] == pytest.approx(rc.entries["buses"][bus].stowed_volume_m3 ** (1 / 3))  # 8 m3: a 2 m cube
    assert f"/ {n:,} units" in g["arithmetic"]["array_m2"]


def test_unit_is_drawn_to_scale():
    """Each wing is sqrt(A) x sqrt(A)/2 (two of them: A), each radiator panel a square of side sqrt(R/2), and the
    rectangles drawn have exactly those sizes in metres."""
    ref, rc = reference("spacex")
    g = drawings.unit_geometry(ref, rc)
    a, r = g["array_m2"], g["radiator_m2"]
    wings = [s for s in g["shapes"] if s["part"] == "array"]
    panels = [s for s in g["shapes"] if s["part"] == "radiator"]
    assert len(wings) == 2 and len(panels) == 2
    for s in wings:  # 419.5 m2: 20.48 m x 10.24 m each
        assert s["w"] == pytest.approx(math.sqrt(a)) and s["h"] == pytest.approx(math.sqrt(a) / 2)
    assert sum(s["w"] * s["h"] for s in wings) == pytest.approx(a)
    for s in panels:  # 114.4 m2: 7.563 m squares
        assert s["w"] == pytest.approx(math.sqrt(r / 2)) and s["h"] == pytest.approx(math.sqrt(r / 2))
    assert sum(s["w"] * s["h"] for s in panels) == pytest.approx(r)
    plt = drawings._plt()
    fig, ax = plt.subplots(figsize=(6.8, 3.8))
    patches = drawings._draw_unit(ax, g, BLUE)
    for s, p in zip(g["shapes"], patches, strict=True):
        assert (p.get_x(), p.get_y(), p.get_width(), p.get_height()) == pytest.approx((s["x"], s["y"], s["w"], s["h"]))
    assert ax.get_aspect() == 1.0  # equal aspect: a metre is as long across as up
    # the scale bar: a 1-2-5 length of at most 0.4 x the half span (45 m span: 0.4 x 22.5 = 9 -> 5 m)
    half = g["extent_m"]["x"] / 2
    bar = drawings._nice(0.4 * half)
    assert bar <= 0.4 * half < 2.5 * bar
    assert any(t.get_text() == f"{drawings._n(bar)} m" for t in ax.texts)
    assert min(t.get_fontsize() for t in ax.texts) >= 8
    plt.close(fig)


def test_mixed_design_draws_the_unit_with_most_it():
    """blue_origin: 999 platform modules (cap 1,000 kW) and 2 Sunrise satellites (cap 100 kW). The model pools
    capacities, so the IT is split in proportion to the caps: a module carries IT x 1,000 / (999 x 1,000 + 2 x 100)."""
    ref, rc = reference("blue_origin")
    d, kpi = ref["design"], ref["kpi"]
    assert d["satellites_by_bus"] == {"assembled_platform_module": 999, "sunrise_compute_satellite": 2}  # the design this test reads
    g = drawings.unit_geometry(ref, rc)
    assert g["bus"] == "assembled_platform_module" and g["kind"] == "platform_module" and g["units"] == 999
    caps = 999 * 1000.0 + 2 * 100.0  # kW
    it_kw = kpi["it_power_w"] / 1000.0 * 1000.0 / caps  # 999,199.8 kW x 1,000 / 999,200 = 999.9998 kW
    assert g["it_kw"] == pytest.approx(it_kw, rel=1e-12)
    share = it_kw / (kpi["it_power_w"] / 1000.0)  # the module's share of the bottom-up IT (and of the areas)
    assert g["array_m2"] == pytest.approx(d["solar_array_area_m2"] * share, rel=1e-12)  # 4,170,309 m2 x 0.001001 = 4,174 m2
    assert g["radiator_m2"] == pytest.approx(d["radiator_area_m2"] * share, rel=1e-12)
    # mass: its 8 t bus + the rest of the launched mass in proportion to its IT
    mass = ref["budgets"]["mass_kg"]
    assert g["mass_t"] == pytest.approx((8000.0 + (mass["total"] - mass["bus"]) * share) / 1000.0, rel=1e-12)
    assert mass["bus"] == pytest.approx(999 * 8000.0 + 2 * 800.0)  # the bus item is the catalog's dry masses
    assert [(o["bus"], o["units"]) for o in g["others"]] == [("sunrise_compute_satellite", 2)]
    assert g["others"][0]["it_kw_per_unit"] == pytest.approx(kpi["it_power_w"] / 1000.0 * 100.0 / caps)
    assert any("2 x sunrise_compute_satellite" in line for line in drawings.unit_label(g))
    # the shares add up: 999 modules and 2 satellites carry all the IT
    assert 999 * g["it_kw"] + 2 * g["others"][0]["it_kw_per_unit"] == pytest.approx(kpi["it_power_w"] / 1000.0)


def test_top_down_unit_stated_w_per_kg_has_no_areas(solve_once):
    """teaching_top_down: 20 kW on 2 topdown_sat (cap 10 kW, 40 W/kg stated): 10 kW each; its arrays and radiators are
    inside the top-down figure and a stated W/kg gives no area: neither is drawn. Mass 10,000 W / 40 W/kg = 250 kg of
    spacecraft + 10 gpu_a x 20 kg = 450 kg per unit (= 900 kg / 2)."""
    result, rc = solved(TEACH / "top_down.yaml", None, solve_once)
    g = drawings.unit_geometry(result, rc)
    assert g["top_down"] and g["bus"] == "topdown_sat" and g["units"] == 2
    assert g["it_kw"] == pytest.approx(10.0)
    assert g["compute"] == pytest.approx({"gpu_a": 10.0})
    assert g["mass_t"] == pytest.approx(0.45)
    assert g["array_m2"] is None and g["radiator_m2"] is None
    assert {s["part"] for s in g["shapes"]} == {"bus", "compute"}
    label = "\n".join(drawings.unit_label(g))
    assert "top-down" in label and "array: not drawn" in label and "radiator: inside the top-down all-in figure: not drawn" in label


def test_top_down_unit_array_from_its_array_power(solve_once):
    """starlink_v2_topdown (array_power_bol_w 28,000 W) at 1 MW: its array is drawn from its array power at the
    silicon BOL output 1,361 W/m2 x 0.22 x 0.90 x 1.0 = 269.478 W/m2: 28,000 / 269.478 = 103.905 m2."""
    overrides = {"options.buses": ["starlink_v2_topdown"], "requirements.it_power_mw.min": 1, "requirements.it_power_mw.max": 1}
    result, rc = solved(ROOT / "cases" / "spacex.yaml", overrides, solve_once)
    g = drawings.unit_geometry(result, rc)
    assert g["top_down"] and g["bus"] == "starlink_v2_topdown"
    assert g["array_m2"] == pytest.approx(28_000 / (1361 * 0.22 * 0.90), rel=1e-9)
    assert g["array_m2"] == pytest.approx(103.905, abs=1e-3)
    assert "inside the top-down figure" in g["array_source"] and "269 W/m2" in g["array_source"]
    assert g["radiator_m2"] is None
    n = result["design"]["satellites_by_bus"]["starlink_v2_topdown"]
    assert g["it_kw"] == pytest.approx(1000.0 / n)  # the top-down IT (1,000 kW) over its units


def test_units_figure_one_scale_and_pngs(tmp_path):
    (sx, sx_rc), (bo, bo_rc) = reference("spacex"), reference("blue_origin")
    gs = [drawings.unit_geometry(sx, sx_rc), drawings.unit_geometry(bo, bo_rc)]
    # the same limits for every panel: the largest unit's half extents (the 1 MW module, 2 x 64.6 m of wings + bus)
    hx, hy = drawings.common_limits(gs)
    assert hx == max(g["extent_m"]["x"] for g in gs) / 2 and hy == max(g["extent_m"]["y"] for g in gs) / 2
    assert hx == gs[1]["extent_m"]["x"] / 2
    for path in (drawings.unit_drawing(sx, tmp_path / "sx.png", BLUE, sx_rc), drawings.unit_drawing(bo, tmp_path / "bo.png", ORANGE, bo_rc),
                 drawings.units_figure([sx, bo], [BLUE, ORANGE], tmp_path / "units.png", [sx_rc, bo_rc])):
        _png(path)


# --------------------------------------------------------------------------------------------------- deployment


def _check_schedule(s: dict, cadence: float, years: float) -> None:
    assert sum(s["launches_per_year"]) == s["total_launches"] == sum(s["manifest"].values())
    for v, n in s["manifest"].items():
        assert sum(s["launches_by_vehicle"][v]) == n
    assert [sum(col) for col in zip(*s["launches_by_vehicle"].values(), strict=True)] == s["launches_per_year"]
    assert all(n <= math.ceil(cadence) for n in s["launches_per_year"])
    assert all(c <= cadence * i + 1e-9 for i, c in enumerate(s["cumulative_launches"], start=1))
    assert len(s["launches_per_year"]) == min(math.ceil(s["total_launches"] / cadence), math.ceil(years))


@pytest.mark.parametrize("name", ["spacex", "blue_origin"])
def test_shipped_schedules_at_the_cadence(name):
    """spacex: 406 Starship at 400 a year over 3 years: 400 + 6 (2 years = ceil(406 / 400)); blue_origin: 969 New
    Glenn at 200 a year over 5 years: 4 x 200 + 169 (5 years = ceil(969 / 200)). With one vehicle the IT in service
    follows the launches: after year 1 of spacex 400 / 406 = 98.5 % of 1 GW."""
    ref, rc = reference(name)
    s = drawings.deployment_schedule(ref, rc)
    limits = rc.case.limits
    c, n = limits.max_launches_per_year, sum(ref["design"]["launches"].values())
    _check_schedule(s, c, limits.deployment_years)
    whole = int(c)
    assert s["launches_per_year"] == [whole] * (n // whole) + ([n % whole] if n % whole else [])
    assert s["fits"] and s["years"] == list(range(1, len(s["launches_per_year"]) + 1)) and s["start_year"] is None
    for y, cum in enumerate(s["cumulative_launches"]):
        assert s["it_power_in_service_w"][y] == pytest.approx(ref["kpi"]["it_power_w"] * cum / n)
    assert s["it_power_in_service_w"][-1] == pytest.approx(ref["kpi"]["it_power_w"])
    assert s["period_years"] == list(range(1, math.ceil(limits.deployment_years) + 1))  # the cadence line spans the period


def _teaching_manifest(launches: dict, overrides: dict) -> tuple[dict, object]:
    """A made-up manifest on the teaching small_choice case (small_rocket 1,000 kg and big_rocket 4,000 kg to leo)."""
    rc = load_case(TEACH / "small_choice.yaml", overrides=overrides)
    result = {"case": {"name": "manifest", "file": str(TEACH / "small_choice.yaml"), "overrides": {"set": overrides}},
              "design": {"orbit": "teach_leo", "launches": launches, "satellites": 4}, "kpi": {"it_power_w": 40_000.0}}
    return result, rc


def test_two_vehicles_split_by_share_and_mass():
    """3 small_rocket + 1 big_rocket at 2 a year over 2 years: 2 + 2. One launch at a time to the vehicle furthest
    behind its share (k-th launch: target n_v k / 4): small (0.75 behind), small (tie 0.5/0.5, the larger
    manifest), big (0.75), small. Year 1: 2 small; year 2: 1 big + 1 small. IT in service after year 1: 40 kW x
    (2 x 1,000 kg) / (3 x 1,000 + 1 x 4,000 kg) = 40 x 2/7 = 11.43 kW."""
    result, rc = _teaching_manifest({"small_rocket": 3, "big_rocket": 1}, {"limits.max_launches_per_year": 2, "limits.deployment_years": 2})
    s = drawings.deployment_schedule(result, rc)
    _check_schedule(s, 2, 2)
    assert s["launches_per_year"] == [2, 2]
    assert s["launches_by_vehicle"] == {"small_rocket": [2, 1], "big_rocket": [0, 1]}
    assert s["payload_kg_per_launch"] == {"small_rocket": 1000.0, "big_rocket": 4000.0}
    assert s["it_power_in_service_w"] == pytest.approx([40_000.0 * 2 / 7, 40_000.0])
    assert s["units_in_service"] == pytest.approx([4 * 2 / 7, 4.0])


def test_fractional_cadence_and_period():
    """2.5 a year over 2.5 years, 6 launches: by the end of year i at most floor(2.5 min(i, 2.5)): 2, 5, 6, so
    2 + 3 + 1; year 3 is half a year (cap 1.25)."""
    result, rc = _teaching_manifest({"small_rocket": 6}, {"limits.max_launches_per_year": 2.5, "limits.deployment_years": 2.5})
    s = drawings.deployment_schedule(result, rc)
    _check_schedule(s, 2.5, 2.5)
    assert s["launches_per_year"] == [2, 3, 1]
    assert s["cadence_cap_per_year"] == pytest.approx([2.5, 2.5, 1.25])
    assert s["fits"]


def test_manifest_beyond_the_cadence_overflows_and_says_so():
    """7 launches at 2 a year over 3 years (at most 6): 2, 2, 2 and 1 more in year 4, flagged."""
    result, rc = _teaching_manifest({"small_rocket": 7}, {"limits.max_launches_per_year": 2, "limits.deployment_years": 3})
    s = drawings.deployment_schedule(result, rc)
    assert s["launches_per_year"] == [2, 2, 2, 1]
    assert not s["fits"] and "1 more year" in s["notes"][0]


def test_no_cadence_spreads_evenly_and_start_year():
    """No max_launches_per_year: 5 launches over 2 years at 5 / 2 = 2.5 a year: floor(2.5) = 2, then 5 - 2 = 3; with
    roadmap.first_year 2030 the years are 2030, 2031."""
    result, rc = _teaching_manifest({"small_rocket": 5}, {"limits.deployment_years": 2, "roadmap.first_year": 2030})
    s = drawings.deployment_schedule(result, rc)
    assert s["cadence_per_year"] is None and s["launches_per_year"] == [2, 3]
    assert s["years"] == [2030, 2031] and s["start_year"] == 2030
    assert "no cadence limit" in s["notes"][0]


def test_timeline_pngs_and_fonts(tmp_path):
    (sx, sx_rc), (bo, bo_rc) = reference("spacex"), reference("blue_origin")
    _png(drawings.deployment_timeline(sx, sx_rc, tmp_path / "t.png", BLUE))
    _png(drawings.deployment_timelines([sx, bo], [sx_rc, bo_rc], [BLUE, ORANGE], tmp_path / "ts.png"))
    plt = drawings._plt()
    fig, ax = plt.subplots(figsize=(6.8, 3.6))
    twin = drawings._draw_schedule(ax, drawings.deployment_schedule(bo, bo_rc), ORANGE)
    fig.canvas.draw()
    texts = [*ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels(), *twin.get_yticklabels(), ax.xaxis.label, ax.yaxis.label,
             twin.yaxis.label, *ax.get_legend().get_texts()]
    assert min(t.get_fontsize() for t in texts) >= 8
    assert [t.get_text() for t in ax.texts] == ["200", "200", "200", "200", "169"]  # the count over each bar
    plt.close(fig)


def test_three_teaching_satellites_by_hand_and_compute_not_to_scale(solve_once):
    """teaching_single at 60 kW: 3 small_bus of 20 kW. The areas sized by hand (tests/teaching.py bottom_up, the
    single case's own derivation) divided by 3; gpu_a given no stowed volume: its box is drawn (half the bus side)
    and labelled not to scale."""
    overrides = {"overrides.compute.gpu_a.stowed_volume_m3": 0, "requirements.it_power_mw.min": 0.06, "requirements.it_power_mw.max": 0.06}
    result, rc = solved(TEACH / "single.yaml", overrides, solve_once)
    d = result["design"]
    assert d["satellites_by_bus"] == {"small_bus": 3} and d["compute"] == {"gpu_a": 60}
    hand = teaching.bottom_up(60, d["compute_running_in_eclipse"].get("gpu_a", 0.0), 3)
    assert hand is not None
    g = drawings.unit_geometry(result, rc)
    assert g["array_m2"] == pytest.approx(hand["area"] / 3, rel=1e-6)  # ~364.3 m2 / 3 = 121.4 m2
    assert g["radiator_m2"] == pytest.approx(hand["radiator"] / 3, rel=1e-6)
    assert g["it_kw"] == pytest.approx(20.0) and g["compute"] == pytest.approx({"gpu_a": 20.0})
    assert not g["compute_to_scale"] and g["compute_side_m"] is None
    (box,) = [s for s in g["shapes"] if s["part"] == "compute"]
    assert box["w"] == pytest.approx(5 ** (1 / 3) / 2)  # half the side of the bus's 5 m3 cube
    assert "  box: not to scale (the catalog gives no stowed volume)" in drawings.unit_label(g)
