"""Hand derivations on the teaching cases (cases/teaching), shared by the test modules; not a test module itself.

Nothing here calls synth: every formula is written out again, so a wrong coefficient, unit slip or missing term in
the model shows up as a mismatch. Two derivations:

- the single case (cases/teaching/single.yaml) sized by hand (:func:`bottom_up`, :func:`hand_optimum`) from the
  teaching catalog's figures typed in below, and its terrestrial comparison (:func:`ground_cost_usd`);
- the small-choice case (cases/teaching/small_choice.yaml) optimized by exhaustive enumeration of every discrete
  choice (:func:`enumerate_optimum`), from the teaching catalog's raw numbers read with plain PyYAML.

Test modules import it as ``from teaching import ...``: pytest puts tests/ on ``sys.path`` (tests/ has a
conftest.py and no __init__.py, and the default "prepend" import mode inserts that directory).
"""

from __future__ import annotations

import functools
import itertools
import math
from pathlib import Path

import yaml

TEACH = Path(__file__).resolve().parents[1] / "cases" / "teaching"
SIGMA = 5.670374419e-8
R_EARTH, MU, G0, YEAR_S = 6378.137, 398600.4418, 9.80665, 365.25 * 86400
LIFE = 5.0
UTIL = 0.5

# ---- the single case, from figures typed by hand ----------------------------------------------------------------

# teach_leo orbit: 500 km, eclipse fraction 0.4, worst eclipse 36 min, 0.2 krad/yr, density 2e-12, frontal 0.5,
# Earth IR 240, albedo 0.3, albedo illumination 0.5.
ALT = 500.0
PERIOD_H = 2 * math.pi * math.sqrt((R_EARTH + ALT) ** 3 / MU) / 3600
ECLIPSE_H = 36 / 60
SUNLIT_H = PERIOD_H - ECLIPSE_H
SUNLIT_FRACTION = 0.6

# gpu_a: 1,000 TFLOP/s, 1,000 W, 20 kg, $30,000, 0.02 m3, failures 0.05/yr + 0.02/krad.
LAMBDA = 0.05 + 0.02 * 0.2 * 1.0
SERVICE_YEARS = (1 - math.exp(-LAMBDA * LIFE)) / LAMBDA
FLOP_PER_MODULE = 1e15 * UTIL * SERVICE_YEARS * YEAR_S  # per unit availability
SURVIVING = math.exp(-LAMBDA * LIFE)  # fraction of gpu_a still working at end of life: exp(-0.054 x 5) = 0.7634

# cells_a: 25 %, packing 0.9, 2 %/yr, 2 kg/m2, $200/m2, 0.01 m3/m2, conversion 0.95
ARRAY_BOL_KW_PER_M2 = 1361 * 0.25 * 0.9 * 0.95 / 1000
ARRAY_KW_PER_M2 = ARRAY_BOL_KW_PER_M2 * 0.98**LIFE  # end of life

# panel: eps 0.9, alpha 0.2, 2 faces, vertical plate view factor; net rejection at 340 K and at 320 K
_H = (R_EARTH + ALT) / R_EARTH
_X = math.sqrt(_H**2 - 1)
VIEW = (math.atan(1 / _X) - _X / _H**2) / math.pi
RAD_KW_PER_M2 = (2 * 0.9 * SIGMA * 340**4 - 2 * VIEW * (0.9 * 240 + 0.2 * 0.3 * 1361 * 0.5)) / 1000
RAD320_KW_PER_M2_LEO = (2 * 0.9 * SIGMA * 320**4 - 2 * VIEW * (0.9 * 240 + 0.2 * 0.3 * 1361 * 0.5)) / 1000

# cells battery: DoD 0.5, round trip 0.9, 200 Wh/kg, $1,000/kWh
BATT_DELIVER = 0.5 * math.sqrt(0.9)  # kWh to loads per kWh nameplate
BATT_RECHARGE = 0.5 / (math.sqrt(0.9) * SUNLIT_H)  # kW from the array per kWh nameplate

SPEED = math.sqrt(MU / (R_EARTH + ALT)) * 1000
PROP_KG_PER_M2 = 0.5 * 2e-12 * SPEED**2 * 2.2 * 0.5 * LIFE * YEAR_S / (1500 * G0)


def bottom_up(n_modules: int, eclipse_modules: float, satellites: int) -> dict | None:
    """Size the single case by hand for given modules, eclipse-running modules and small_bus count."""
    it = n_modules * 1.0  # kW
    hk = satellites * 1.0  # kW
    battery = (eclipse_modules * 1.0 + hk) * ECLIPSE_H / BATT_DELIVER  # kWh
    recharge = battery * BATT_RECHARGE
    # arrays cover the full load at beginning of life and the IT that survives at end of life
    area = max((it + hk + recharge) / ARRAY_BOL_KW_PER_M2, (it * SURVIVING + hk + recharge) / ARRAY_KW_PER_M2)
    radiator = (it + hk) / RAD_KW_PER_M2
    mass = {
        "compute": 20.0 * n_modules,
        "solar_arrays": 2.0 * area,
        "radiators": 5.0 * radiator,
        "batteries": battery * 1000 / 200,
        "bus": 300.0 * satellites,
        "propellant": PROP_KG_PER_M2 * (area + radiator),
    }
    hosted = mass["compute"] + mass["solar_arrays"] + mass["radiators"] + mass["batteries"]
    if it > 20 * satellites or area > 150 * satellites or radiator > 100 * satellites or hosted > 2000 * satellites:
        return None
    total = sum(mass.values())
    volume = 5 * satellites + 0.01 * area + 0.02 * radiator + 0.02 * n_modules
    launches = max(math.ceil(total / 1000 - 1e-9), math.ceil(volume / 20 - 1e-9))  # small_rocket: 1 t to LEO, 20 m3
    cost = {
        "compute": 30000.0 * n_modules,
        "solar_arrays": 200.0 * area,
        "radiators": 500.0 * radiator,
        "batteries": 1000.0 * battery,
        "bus": 1e6 * satellites,
        "launch": 5e6 * launches,
        "integration": 100.0 * total + 1e5 * satellites,
        "operations": (2e5 + 1e4 * satellites) * LIFE,
        "nre": 1e6,
        "ground_segment": 5e5,
    }
    flop = FLOP_PER_MODULE * (SUNLIT_FRACTION * n_modules + (1 - SUNLIT_FRACTION) * eclipse_modules)
    return {"area": area, "radiator": radiator, "battery": battery, "mass": mass, "mass_total": total,
            "launches": launches, "cost": cost, "cost_total": sum(cost.values()), "flop": flop,
            "ratio": sum(cost.values()) / (flop / 1e18), "satellites": satellites, "eclipse": eclipse_modules}


def hand_optimum() -> dict:
    """Best of: 1-3 satellites x eclipse-running modules on a fine grid plus both ends (cost and FLOP are linear
    in it between launch-count steps, so the ratio's minimum lies at an end or a step, which the grid brackets)."""
    best = None
    for satellites in (1, 2, 3):
        for k in range(0, 2001):
            d = bottom_up(20, 20 * k / 2000, satellites)
            if d and (best is None or d["ratio"] < best["ratio"]):
                best = d
    return best


# teach_ground for the single case's 20 gpu_a modules: $10/W facility over a 10-year life (5 of 10 years charged),
# PUE 1.2, 0.5 L/kWh of water at $2/m3, $100/kW/yr operations, availability 0.99; the modules ($600k, 5-year IT
# life: charged once) and their failures (5 %/yr) replaced on the ground, each replacement charged its share
# within the study: 0.05 x 20 x $30k x 5^2 / (2 x 5) yr = $75k, so the compute stays whole. Energy follows use:
# running 0.99 of the time at 0.4 + 0.6 x 0.5 (utilization) = 0.7 of nameplate.
GROUND_ENERGY_KWH = 20 * 1.2 * 0.99 * 0.7 * 8766 * 5
GROUND_WATER_M3 = GROUND_ENERGY_KWH * 0.5 / 1000
GROUND_FLOP = 20 * 1e15 * 0.5 * 0.99 * 5 * YEAR_S


def ground_cost_usd(electricity_usd_per_kwh: float = 0.10) -> float:
    """The ground's cost of the single case's compute; linear in the electricity price (teach_ground: $0.10/kWh)."""
    return (600_000 + 75_000 + 10 * 20_000 * 0.5 + GROUND_ENERGY_KWH * electricity_usd_per_kwh + GROUND_WATER_M3 * 2
            + 100 * 20 * 5)


# ---- the small-choice case, by exhaustive enumeration ---------------------------------------------------------------
#
# For cases/teaching/small_choice.yaml (2 orbits x 2 shieldings x 2 compute types x 2 launch vehicles), we enumerate
# every orbit, shielding, module count pair, satellite count and launch count pair. For each, the only continuous
# choices left are the modules kept running through eclipse (e_a, e_b) and which vehicle carries what; every quantity
# is affine in (e_a, e_b) within a region where the per-kg-priced vehicle carries either nothing or the remainder and
# one of the two power rows (beginning of life: full load; end of life: the IT that survives) sizes the arrays, so
# cost per FLOP (a ratio of affine functions) is minimized at a vertex of that polygon. Vertices are found by
# intersecting every pair of boundary lines.

IT_MIN_KW, IT_MAX_KW = 2.0, 6.0


def _numbers(node):
    """PyYAML reads '1.0e6' as a string (YAML 1.1); turn such strings back into numbers."""
    if isinstance(node, dict):
        return {k: _numbers(v) for k, v in node.items()}
    if isinstance(node, str):
        try:
            return float(node)
        except ValueError:
            return node
    return node


def catalog(kind: str) -> dict:
    return _numbers(yaml.safe_load((TEACH / "models" / f"{kind}.yaml").read_text()))


ORBITS, VEHICLES, COMPUTE = catalog("orbits"), catalog("launch_vehicles"), catalog("compute")
ARRAY, RAD, BATT = catalog("solar_arrays")["cells_a"], catalog("radiators")["panel"], catalog("batteries")["cells"]
BUS, SHIELDS = catalog("buses")["small_bus"], catalog("shielding")


def orbit_numbers(name: str) -> dict:
    o = ORBITS[name]
    a = R_EARTH + o["altitude_km"]
    period_h = 2 * math.pi * math.sqrt(a**3 / MU) / 3600
    ecl_h = o["worst_eclipse_min"] / 60
    h = a / R_EARTH
    x = math.sqrt(h * h - 1)
    view = (math.atan(1 / x) - x / h**2) / math.pi
    absorbed = 2 * view * (RAD["emissivity"] * o["earth_ir_w_per_m2"] + RAD["solar_absorptivity"] * o["albedo"] * 1361 * o["albedo_illumination_factor"])
    speed = math.sqrt(MU / a) * 1000
    return {
        "sunlit": 1 - o["eclipse_fraction"], "ecl_h": ecl_h, "sun_h": period_h - ecl_h, "dose": o["dose_krad_per_year"],
        "q": {t: (2 * RAD["emissivity"] * SIGMA * t**4 - absorbed) / 1000 for t in (320.0, 340.0)},  # kW/m2
        "prop": 0.5 * o["atmospheric_density_kg_per_m3"] * speed**2 * 2.2 * o["frontal_area_fraction"] * LIFE * YEAR_S / (BUS["propulsion_isp_s"] * G0),
        "cls": o["launch_class"],
    }


def surviving(c: str, orbit: dict, shield: dict) -> float:
    """Fraction of compute type c still working at end of life: exp(-lambda L), lambda = base + per-krad x factor x dose."""
    lam = COMPUTE[c]["annual_failure_rate"] + COMPUTE[c]["failures_per_krad"] * shield["dose_factor"] * orbit["dose"]
    return math.exp(-lam * LIFE)


def size(orbit: dict, shield: dict, n: dict, e: dict, sats: int, year: str = "bol") -> dict:
    """Continuous sizing for given counts and eclipse-running modules (e), the arrays sized for ``year``'s power row
    (bol: full load / p_BOL; eol: surviving IT + the rest / p_EOL); everything affine in e. ``area_other`` is the
    other year's area, which must not exceed ``area``."""
    p = {c: COMPUTE[c]["power_w"] / 1000 for c in n}
    it = sum(p[c] * n[c] for c in n)
    it_eol = sum(p[c] * n[c] * surviving(c, orbit, shield) for c in n)
    hk = sats * BUS["housekeeping_power_w"] / 1000
    deliver = BATT["depth_of_discharge"] * math.sqrt(BATT["round_trip_efficiency"])
    battery = (sum(p[c] * e[c] for c in n) + hk) * orbit["ecl_h"] / deliver
    recharge = battery * BATT["depth_of_discharge"] / (math.sqrt(BATT["round_trip_efficiency"]) * orbit["sun_h"])
    p_bol = 1361 * ARRAY["cell_efficiency"] * ARRAY["packing_factor"] * ARRAY["power_conversion_efficiency"] / 1000
    p_eol = p_bol * (1 - ARRAY["degradation_per_year"]) ** LIFE
    areas = {"bol": (it + hk + recharge) / p_bol, "eol": (it_eol + hk + recharge) / p_eol}
    area, area_other = areas[year], areas["eol" if year == "bol" else "bol"]
    # gpu_b (max 320 K) must use 320 K radiators; everything else the better 340 K ones (same price and mass per m2).
    rad320 = p["gpu_b"] * n["gpu_b"] / orbit["q"][320.0]
    rad340 = (p["gpu_a"] * n["gpu_a"] + hk) / orbit["q"][340.0]
    radiator = rad320 + rad340
    shield_kg = shield["mass_kg_per_kw"] * it
    hosted = (sum(COMPUTE[c]["mass_kg"] * n[c] for c in n) + shield_kg + ARRAY["areal_mass_kg_per_m2"] * area
              + RAD["areal_mass_kg_per_m2"] * radiator + battery * 1000 / BATT["specific_energy_wh_per_kg"])
    mass = hosted + BUS["dry_mass_kg"] * sats + orbit["prop"] * (area + radiator)
    volume = (BUS["stowed_volume_m3"] * sats + ARRAY["stowed_volume_m3_per_m2"] * area + RAD["stowed_volume_m3_per_m2"] * radiator
              + sum(COMPUTE[c]["stowed_volume_m3"] * n[c] for c in n))
    cost_no_launch = (sum(COMPUTE[c]["price_usd"] * n[c] for c in n) + ARRAY["price_usd_per_m2"] * area + RAD["price_usd_per_m2"] * radiator
                      + BATT["price_usd_per_kwh"] * battery + shield["price_usd_per_kg"] * shield_kg + BUS["price_usd"] * sats
                      + 100 * mass + 1e5 * sats + (2e5 + 1e4 * sats) * LIFE + 1e6 + 5e5)
    flop = 0.0
    for c in n:
        lam = COMPUTE[c]["annual_failure_rate"] + COMPUTE[c]["failures_per_krad"] * shield["dose_factor"] * orbit["dose"]
        years = (1 - math.exp(-lam * LIFE)) / lam
        flop += COMPUTE[c]["peak_tflops"] * 1e12 * UTIL * years * YEAR_S * (orbit["sunlit"] * n[c] + (1 - orbit["sunlit"]) * e[c])
    return {"area": area, "area_other": area_other, "hosted": hosted, "mass": mass, "volume": volume, "cost": cost_no_launch, "flop": flop}


def affine(f, n):
    """Coefficients (value at e=0, slope per e_a, slope per e_b) of every output of f, which is affine in e."""
    base = f({c: 0.0 for c in n})
    slopes = {c: f({k: (1.0 if k == c else 0.0) for k in n}) for c in n}
    return {key: (base[key], slopes["gpu_a"][key] - base[key], slopes["gpu_b"][key] - base[key]) for key in base}


def best_ratio_for(orbit: dict, shield: dict, n: dict, sats: int, small: int, big: int, min_eflop: float | None = None,
                   max_mass_kg: float | None = None) -> float:
    """Lowest cost per EFLOP, or with ``min_eflop`` the lowest total cost delivering at least that much;
    ``max_mass_kg`` caps the launched mass (the epsilon row of a Pareto front)."""
    small_v, big_v = VEHICLES["small_rocket"], VEHICLES["big_rocket"]
    cap_s, cap_b = small_v["payload_kg"][orbit["cls"]], big_v["payload_kg"][orbit["cls"]]
    it = sum(COMPUTE[c]["power_w"] / 1000 * n[c] for c in n)
    if it > BUS["max_it_power_kw"] * sats:
        return math.inf
    best = math.inf
    for year, region in itertools.product(("bol", "eol"), ("small_only", "big_takes_rest")):
        a = affine(lambda e, year=year: size(orbit, shield, n, e, sats, year), n)
        # constraints as (c0, ca, cb) meaning c0 + ca e_a + cb e_b <= 0
        cons = [
            (-0.0, -1.0, 0.0), (-n["gpu_a"], 1.0, 0.0), (0.0, 0.0, -1.0), (-n["gpu_b"], 0.0, 1.0),
            (a["area"][0] - BUS["max_array_area_m2"] * sats, a["area"][1], a["area"][2]),
            (a["hosted"][0] - BUS["max_payload_mass_kg"] * sats, a["hosted"][1], a["hosted"][2]),
            (a["volume"][0] - small_v["payload_volume_m3"] * small - big_v["payload_volume_m3"] * big, a["volume"][1], a["volume"][2]),
            # this year's power row binds: the other year's area fits in it
            (a["area_other"][0] - a["area"][0], a["area_other"][1] - a["area"][1], a["area_other"][2] - a["area"][2]),
        ]
        launch_fixed = small_v["price_per_launch_usd"] * small
        cost = (a["cost"][0] + launch_fixed, a["cost"][1], a["cost"][2])
        if region == "small_only":
            cons.append((a["mass"][0] - cap_s * small, a["mass"][1], a["mass"][2]))
        else:
            cons.append((cap_s * small - a["mass"][0], -a["mass"][1], -a["mass"][2]))
            cons.append((a["mass"][0] - cap_s * small - cap_b * big, a["mass"][1], a["mass"][2]))
            # big_rocket's per-kg price is quoted for its LEO capacity: a full flight costs 2000 x 4000 = $8M to any class,
            # so a kg to SSO (3000 kg a flight) costs 2000 x 4000 / 3000 = $2,667
            k = big_v["price_per_kg_usd"] * big_v["payload_kg"]["leo"] / cap_b
            cost = (cost[0] + k * (a["mass"][0] - cap_s * small), cost[1] + k * a["mass"][1], cost[2] + k * a["mass"][2])
        if max_mass_kg is not None:
            cons.append((a["mass"][0] - max_mass_kg, a["mass"][1], a["mass"][2]))
        if min_eflop is not None:  # delivered compute >= target: -(flop) + target <= 0
            cons.append((min_eflop * 1e18 - a["flop"][0], -a["flop"][1], -a["flop"][2]))
        for (c1, c2) in itertools.combinations(cons, 2):
            det = c1[1] * c2[2] - c1[2] * c2[1]
            if abs(det) < 1e-12:
                continue
            ea = (-c1[0] * c2[2] + c2[0] * c1[2]) / det
            eb = (-c1[1] * c2[0] + c2[1] * c1[0]) / det
            if all(c[0] + c[1] * ea + c[2] * eb <= 1e-7 * max(1.0, abs(c[0])) for c in cons):
                flop = a["flop"][0] + a["flop"][1] * ea + a["flop"][2] * eb
                total = cost[0] + cost[1] * ea + cost[2] * eb
                best = min(best, total if min_eflop is not None else total / (flop / 1e18))
    return best


@functools.cache
def enumerate_optimum(min_eflop: float | None = None, max_mass_kg: float | None = None) -> tuple[float, int]:
    """(best objective, number of discrete combinations visited); computed once per argument set."""
    best, count = math.inf, 0
    for orbit_name in ("teach_leo", "teach_sso"):
        orbit = orbit_numbers(orbit_name)
        for shield in SHIELDS.values():
            for na, nb in itertools.product(range(7), range(5)):
                if not IT_MIN_KW - 1e-9 <= na * 1.0 + nb * 1.5 <= IT_MAX_KW + 1e-9:
                    continue
                for sats, small, big in itertools.product(range(1, 4), range(4), range(4)):
                    count += 1
                    best = min(best, best_ratio_for(orbit, shield, {"gpu_a": na, "gpu_b": nb}, sats, small, big, min_eflop, max_mass_kg))
    return best, count
