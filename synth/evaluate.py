"""Evaluate a fixed design without optimizing: every budget, KPI and constraint, met or violated and by how much.

The arithmetic here is independent of the MILP's assembly: it starts from the design's counts and areas and the
physics coefficients (:mod:`synth.coefficients`, :mod:`synth.physics`), and writes every constraint out again.
Re-evaluating an optimal design must reproduce the solver's budgets and KPIs (tests/test_evaluate.py), which
checks the model's assembly against this independent one.

Relations (kW, kWh, m2, kg, USD unless stated):

    IT  = sum_c P_c n_c;  ECL = sum_c P_c e_c;  HK = sum_{bottom-up k} P_hk,k N_k
    td_c  = IT of type c hosted on top-down units: given per type, else their capacity sum_{top-down k} cap_k N_k
            filled with the coolant-limited (lowest T_max) types first;  td = sum_c td_c
    tde_c = part of td_c bridged through eclipse: bridging capacity filled with min(td_c, ECL_c);  tde = sum_c tde_c
    power      sum_s p_EOL,s eta_s A_s               >= IT - td + HK + sum_b c_b E_b
    battery    sum_b DoD_b sqrt(eta_rt,b) E_b         >= (ECL - tde + HK) t_ecl
    heat       sum_r q_net,r R_r                      >= IT - td + HK, and per coolant temperature tier
    hosting    IT - td <= sum cap_k N_k;  sum A <= sum A_k N_k;  sum R <= sum R_k N_k;  hosted mass <= sum M_k N_k
    launch     mass <= sum_v m_v L_v;  stowed volume <= sum_v V_v L_v
    launch cost: per launch, plus per kg for the mass carried, filled cheapest-per-kg first
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from synth.case import ResolvedCase, load_case
from synth.catalog import Bus
from synth.coefficients import Coefficients, battery_coefficients, build_coefficients, bus_it_cap_kw
from synth.errors import InputError, InputProblem, input_error
from synth.kpi import key_figures
from synth.model.data import radiator_key
from synth.result import Check, Design, Result, SolverStats, Status, provenance
from synth.extract import case_info
from synth.yamlio import SourceMap, read_yaml


#: largest count, area (m2), energy (kWh) or power (W) a design may give: far beyond any design, finite in every sum
MAX_DESIGN_QUANTITY = 1e15


class DesignSpec(BaseModel):
    """A design to evaluate: the ``design`` block of result.json, or the same fields written by hand."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    orbit: str = Field(description="Orbit (catalog name, one of the case's candidates).")
    shielding: str = Field(description="Shielding option (catalog name).")
    compute: dict[str, int] = Field(description="Compute modules per type.")
    compute_running_in_eclipse: dict[str, float] = Field(default_factory=dict, description="Modules kept running through eclipse, per type (the rest throttle).")
    satellites_by_bus: dict[str, int] = Field(description="Satellites / platform modules per bus.")
    launches: dict[str, int] = Field(default_factory=dict, description="Launches per vehicle.")
    solar_array_area_by_technology_m2: dict[str, float] = Field(default_factory=dict, description="Array area per technology (m2).")
    radiator_area_by_option_m2: dict[str, float] = Field(default_factory=dict, description="Radiator area per option 'technology@TEMPERATUREK', e.g. 'panel@340K' (m2).")
    battery_energy_by_technology_kwh: dict[str, float] = Field(default_factory=dict, description="Battery nameplate energy per technology (kWh).")
    it_power_on_top_down_units_by_compute_w: dict[str, float] | None = Field(None, description="IT power of each compute type hosted on top-down units (W); empty: as much as they can host, coolant-limited types first.")
    it_power_on_top_down_units_w: float | None = Field(None, ge=0, description="Total IT power on top-down units (W); used only when the per-type split is not given.")
    # Totals as result.json writes them; recomputed, so only accepted for round trips.
    solar_array_area_m2: float | None = None
    radiator_area_m2: float | None = None
    battery_energy_kwh: float | None = None
    satellites: int | None = None
    _where: tuple[Path | None, SourceMap, tuple] = PrivateAttr(default=(None, SourceMap(), ()))

    def locate(self, field: tuple) -> tuple[Path | str, int | None]:
        """File and line where a design field was written (for error messages)."""
        path, smap, prefix = self._where
        file, line = smap.locate(prefix + field)
        return (file or path or "design"), line


def load_design(path: str | Path) -> DesignSpec:
    """Read a design file (YAML, or a result.json whose ``design`` block is used)."""
    path = Path(path)
    data, smap = read_yaml(path)
    if isinstance(data, dict) and isinstance(data.get("design"), dict):
        data, prefix = data["design"], ("design",)
    else:
        prefix = ()
    if not isinstance(data, dict):
        raise input_error(path, None, "a design file maps design fields (orbit, compute, ...) to values, or is a result.json with a design")
    try:
        spec = DesignSpec.model_validate(data)
        spec._where = (path, smap, prefix)
        return spec
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            loc = prefix + tuple(err["loc"])
            file, line = smap.locate(loc)
            msg = "unknown field; allowed: " + ", ".join(DesignSpec.model_fields) if err["type"] == "extra_forbidden" else err["msg"]
            problems.append(InputProblem(file or path, ".".join(map(str, loc)), msg, line))
        raise InputError(problems) from None


def _shown(value: float) -> str:
    text = str(value)
    return text if len(text) <= 24 else f"{text[:12]}... ({len(text):,} characters)"


def _check_names(rc: ResolvedCase, spec: DesignSpec, coeff: Coefficients) -> None:
    e = rc.entries
    radiator_options = {radiator_key(r) for r in coeff.radiator_options}
    wanted = [("orbit", [spec.orbit], e["orbits"]), ("shielding", [spec.shielding], e["shielding"]),
              ("compute", spec.compute, e["compute"]), ("compute_running_in_eclipse", spec.compute_running_in_eclipse, e["compute"]),
              ("satellites_by_bus", spec.satellites_by_bus, e["buses"]), ("launches", spec.launches, e["launch_vehicles"]),
              ("solar_array_area_by_technology_m2", spec.solar_array_area_by_technology_m2, e["solar_arrays"]),
              ("radiator_area_by_option_m2", spec.radiator_area_by_option_m2, radiator_options),
              ("battery_energy_by_technology_kwh", spec.battery_energy_by_technology_kwh, e["batteries"]),
              ("it_power_on_top_down_units_by_compute_w", spec.it_power_on_top_down_units_by_compute_w or {}, e["compute"])]
    def problem(path: tuple, message: str) -> InputProblem:
        return InputProblem(*spec.locate(path)[:1], ".".join(path), message, spec.locate(path)[1])

    problems = [problem((field,) if field in ("orbit", "shielding") else (field, name),
                        f"{name!r} is not among the case's candidates; allowed: {', '.join(sorted(allowed))}")
                for field, names, allowed in wanted for name in names if name not in allowed]
    negative = [(f, k, v) for f in ("compute", "compute_running_in_eclipse", "satellites_by_bus", "launches", "solar_array_area_by_technology_m2",
                                     "radiator_area_by_option_m2", "battery_energy_by_technology_kwh", "it_power_on_top_down_units_by_compute_w")
                for k, v in (getattr(spec, f) or {}).items() if not 0 <= v <= MAX_DESIGN_QUANTITY]  # False for NaN; no float(v) to overflow
    problems += [problem((f, k), f"must be a finite number >= 0 and <= {MAX_DESIGN_QUANTITY:g}, got {_shown(v)}") for f, k, v in negative]
    if problems:
        raise InputError(problems)


def evaluate(case: ResolvedCase | str | Path, design: DesignSpec | str | Path, overrides: dict[str, Any] | None = None) -> Result:
    """Budgets, KPIs and every constraint of ``design`` in ``case`` (status feasible or infeasible)."""
    started = time.perf_counter()
    rc = case if isinstance(case, ResolvedCase) else load_case(case, overrides=overrides)
    spec = design if isinstance(design, DesignSpec) else load_design(design)
    coeff = build_coefficients(rc)
    _check_names(rc, spec, coeff)
    checks: list[Check] = []
    budgets, loads = _budgets(rc, coeff, spec, checks)
    design_out = Design(
        orbit=spec.orbit, shielding=spec.shielding,
        solar_array_area_m2=sum(spec.solar_array_area_by_technology_m2.values()),
        radiator_area_m2=sum(spec.radiator_area_by_option_m2.values()),
        battery_energy_kwh=sum(spec.battery_energy_by_technology_kwh.values()),
        compute={c: n for c, n in spec.compute.items() if n > 0},
        compute_running_in_eclipse={c: v for c, v in spec.compute_running_in_eclipse.items() if v > 0},
        satellites=sum(spec.satellites_by_bus.values()), satellites_by_bus=dict(spec.satellites_by_bus),
        launches=dict(spec.launches),
        solar_array_area_by_technology_m2=dict(spec.solar_array_area_by_technology_m2),
        radiator_area_by_option_m2=dict(spec.radiator_area_by_option_m2),
        battery_energy_by_technology_kwh=dict(spec.battery_energy_by_technology_kwh),
        it_power_on_top_down_units_w=budgets["power_w"]["it_on_top_down_units"],
        it_power_on_top_down_units_by_compute_w={c: v * 1000.0 for c, v in loads.td_by_type.items() if v > 0},
    )
    discounted = _discounted_flop(coeff, spec)
    _requirement_checks(rc, budgets, discounted, spec, checks)
    violated = [c for c in checks if not c.satisfied]
    status = Status.INFEASIBLE if violated else Status.FEASIBLE
    stats = SolverStats(name="evaluate", version="-", wall_s=time.perf_counter() - started, highs_s=0.0, mip_gap=None,
                        iterations=0, mip_nodes=0, milp_solves=0, termination=status.value)
    result = Result(status=status, case=case_info(rc), solver=stats, provenance=provenance(), design=design_out,
                    budgets=budgets, checks=checks)
    result.kpi, result.terrestrial = key_figures(rc, coeff, design_out, budgets, discounted)
    result.message = (f"violates {len(violated)} constraint(s): " + "; ".join(c.message for c in violated)) if violated else "meets every constraint"
    return result


@dataclass
class _Loads:
    it: float
    ecl: float
    td: float
    td_ecl: float
    hk: float
    it_by_type: dict[str, float]
    td_by_type: dict[str, float]


def _loads(rc: ResolvedCase, spec: DesignSpec, checks: list[Check]) -> _Loads:
    e = rc.entries
    cap_limit = rc.case.limits.max_satellite_it_power_kw
    p_kw = {c: e["compute"][c].power_w / 1000.0 for c in e["compute"]}
    it_c = {c: p_kw[c] * n for c, n in spec.compute.items()}
    ecl_c = {c: p_kw[c] * v for c, v in spec.compute_running_in_eclipse.items()}
    buses: dict[str, Bus] = e["buses"]
    td_cap = sum(bus_it_cap_kw(buses[k], cap_limit) * n for k, n in spec.satellites_by_bus.items() if buses[k].top_down)
    bridging = sum(bus_it_cap_kw(buses[k], cap_limit) * n for k, n in spec.satellites_by_bus.items() if buses[k].top_down and buses[k].top_down.bridges_eclipse)
    if spec.it_power_on_top_down_units_by_compute_w is not None:
        td_c = {c: w / 1000.0 for c, w in spec.it_power_on_top_down_units_by_compute_w.items()}
    else:
        room = td_cap if spec.it_power_on_top_down_units_w is None else spec.it_power_on_top_down_units_w / 1000.0
        td_c = {}
        for c in sorted(it_c, key=lambda c: e["compute"][c].max_radiator_temperature_k):
            td_c[c] = min(it_c[c], room)
            room -= td_c[c]
    td = sum(td_c.values())
    checks.append(Check.le("mass/launch", "top_down_capacity", "IT power hosted on top-down units within their capacity", td, td_cap, "kW"))
    for c, v in td_c.items():
        checks.append(Check.le("scale", f"top_down_le_installed[{c}]", f"{c} IT power on top-down units at most the installed {c}", v, it_c.get(c, 0.0), "kW"))
    tde_c, room = {}, bridging
    for c, v in td_c.items():
        tde_c[c] = min(v, ecl_c.get(c, 0.0), room)
        room -= tde_c[c]
    for c, v in spec.compute_running_in_eclipse.items():
        checks.append(Check.le("power", f"eclipse_running[{c}]", f"{c} modules running in eclipse at most those installed", v, spec.compute.get(c, 0), "modules"))
        checks.append(Check.le("power", f"eclipse_bottom_up[{c}]", f"{c} kept running in eclipse on bottom-up units at most the {c} there",
                               ecl_c[c] - tde_c.get(c, 0.0), it_c.get(c, 0.0) - td_c.get(c, 0.0), "kW"))
    hk = sum(buses[k].housekeeping_power_w / 1000.0 * n for k, n in spec.satellites_by_bus.items() if not buses[k].top_down)
    return _Loads(sum(it_c.values()), sum(ecl_c.values()), td, sum(tde_c.values()), hk, it_c, td_c)


def _budgets(rc: ResolvedCase, coeff: Coefficients, spec: DesignSpec, checks: list[Check]) -> tuple[dict[str, dict[str, float]], _Loads]:
    e, case = rc.entries, rc.case
    oc = coeff.orbits[spec.orbit]
    loads = _loads(rc, spec, checks)
    buses: dict[str, Bus] = e["buses"]
    cap_limit = case.limits.max_satellite_it_power_kw
    # power and batteries
    bat = {b: battery_coefficients(e["batteries"][b], oc.sunlit_h_worst_orbit) for b in spec.battery_energy_by_technology_kwh}
    deliverable = sum(bat[b][0] * kwh for b, kwh in spec.battery_energy_by_technology_kwh.items())
    recharge = sum(bat[b][1] * kwh for b, kwh in spec.battery_energy_by_technology_kwh.items())
    array_kw = sum(coeff.array_w_per_m2[s] / 1000.0 * e["solar_arrays"][s].power_conversion_efficiency * a
                   for s, a in spec.solar_array_area_by_technology_m2.items())
    bottom_up_it = loads.it - loads.td
    checks.append(Check.ge("power", "power_balance", "array output at end of life covers IT, housekeeping and battery recharge",
                           array_kw, bottom_up_it + loads.hk + recharge, "kW"))
    if oc.worst_eclipse_h > 0:
        checks.append(Check.ge("power", "battery_energy", "batteries carry eclipse loads through the longest eclipse",
                               deliverable, (loads.ecl - loads.td_ecl + loads.hk) * oc.worst_eclipse_h, "kWh"))
    # heat
    options = {radiator_key(r): r for r in coeff.radiator_options}
    q = {r: oc.radiator_net_w_per_m2[options[r]] / 1000.0 for r in spec.radiator_area_by_option_m2}
    rad_kw = sum(q[r] * a for r, a in spec.radiator_area_by_option_m2.items())
    checks.append(Check.ge("thermal", "heat_total", "radiators reject all waste heat", rad_kw, bottom_up_it + loads.hk, "kW"))
    t_max = {c: e["compute"][c].max_radiator_temperature_k for c in e["compute"]}
    for tau in sorted({t_max[c] for c in spec.compute}):
        cold = sum(q[r] * a for r, a in spec.radiator_area_by_option_m2.items() if options[r][1] <= tau + 1e-9)
        heat = sum(loads.it_by_type[c] - loads.td_by_type.get(c, 0.0) for c in spec.compute if t_max[c] <= tau)
        checks.append(Check.ge("thermal", f"heat_at_or_below_{tau:g}K", f"radiators at or below {tau:g} K cool the compute limited to {tau:g} K", cold, heat, "kW"))
    # mass
    area, rad = sum(spec.solar_array_area_by_technology_m2.values()), sum(spec.radiator_area_by_option_m2.values())
    isp_prop = [v for k, v in oc.propellant_kg_per_m2.items() if not buses[k].top_down]
    mass = {
        "compute": sum(e["compute"][c].mass_kg * n for c, n in spec.compute.items()),
        "shielding": e["shielding"][spec.shielding].mass_kg_per_kw * loads.it,
        "solar_arrays": sum(e["solar_arrays"][s].areal_mass_kg_per_m2 * a for s, a in spec.solar_array_area_by_technology_m2.items()),
        "radiators": sum(e["radiators"][options[r][0]].areal_mass_kg_per_m2 * a for r, a in spec.radiator_area_by_option_m2.items()),
        "batteries": sum(kwh * 1000.0 / e["batteries"][b].specific_energy_wh_per_kg for b, kwh in spec.battery_energy_by_technology_kwh.items()),
        "bus": sum((buses[k].dry_mass_kg if not buses[k].top_down else bus_it_cap_kw(buses[k], cap_limit) * 1000.0 / buses[k].top_down.specific_power_w_per_kg) * n
                   for k, n in spec.satellites_by_bus.items()),
        "propellant": max(isp_prop, default=0.0) * (area + rad),
    }
    hosted = sum(mass[i] for i in ("compute", "shielding", "solar_arrays", "radiators", "batteries"))
    mass["total"] = sum(mass.values())
    # hosting
    bu = {k: n for k, n in spec.satellites_by_bus.items() if not buses[k].top_down}
    mu = (max(e["compute"][c].mass_kg / (e["compute"][c].power_w / 1000.0) for c in e["compute"])
          + max(sh.mass_kg_per_kw for sh in e["shielding"].values()))
    td_hosting = sum(bus_it_cap_kw(buses[k], cap_limit) * mu * n for k, n in spec.satellites_by_bus.items() if buses[k].top_down)
    checks.append(Check.le("mass/launch", "per_unit_it_power", "bottom-up IT power within the per-unit cap x units", bottom_up_it,
                           sum(bus_it_cap_kw(buses[k], cap_limit) * n for k, n in bu.items()), "kW"))
    checks.append(Check.le("power", "per_unit_array", "array area within the per-unit capacity x units", area, sum(buses[k].max_array_area_m2 * n for k, n in bu.items()), "m2"))
    checks.append(Check.le("thermal", "per_unit_radiator", "radiator area within the per-unit capacity x units", rad, sum(buses[k].max_radiator_area_m2 * n for k, n in bu.items()), "m2"))
    checks.append(Check.le("mass/launch", "per_unit_payload_mass", "hosted mass within the per-unit payload capacity x units", hosted,
                           sum(buses[k].max_payload_mass_kg * n for k, n in bu.items()) + td_hosting, "kg"))
    # launch
    orbit_class = e["orbits"][spec.orbit].launch_class
    vehicles = e["launch_vehicles"]
    for v, n in spec.launches.items():
        if n > 0 and orbit_class not in vehicles[v].payload_kg:
            checks.append(Check.le("mass/launch", f"reach[{v}]", f"{v} cannot reach the {orbit_class} class of {spec.orbit}", n, 0, "launches"))
    capacity = {v: vehicles[v].payload_kg.get(orbit_class, 0.0) * n for v, n in spec.launches.items()}
    checks.append(Check.le("mass/launch", "launch_mass", "launched mass within the vehicles' payload to the orbit", mass["total"], sum(capacity.values()), "kg"))
    volume = (sum(buses[k].stowed_volume_m3 * n for k, n in spec.satellites_by_bus.items())
              + sum(e["solar_arrays"][s].stowed_volume_m3_per_m2 * a for s, a in spec.solar_array_area_by_technology_m2.items())
              + sum(e["radiators"][options[r][0]].stowed_volume_m3_per_m2 * a for r, a in spec.radiator_area_by_option_m2.items())
              + sum(e["compute"][c].stowed_volume_m3 * n for c, n in spec.compute.items()))
    checks.append(Check.le("mass/launch", "launch_volume", "stowed volume within the vehicles' payload volume", volume,
                           sum(vehicles[v].payload_volume_m3 * n for v, n in spec.launches.items()), "m3"))
    launch_cost = sum(vehicles[v].price_per_launch_usd * n for v, n in spec.launches.items())
    remaining = mass["total"]
    for v in sorted(capacity, key=lambda v: vehicles[v].price_per_kg_usd):  # cheapest per kg carries first
        carried = min(remaining, capacity[v])
        launch_cost += vehicles[v].price_per_kg_usd * carried
        remaining -= carried
    # cost
    econ = case.economics
    units = sum(spec.satellites_by_bus.values())
    shield = e["shielding"][spec.shielding]
    cost = {
        "compute": sum(e["compute"][c].price_usd * n for c, n in spec.compute.items()),
        "solar_arrays": sum(e["solar_arrays"][s].price_usd_per_m2 * a for s, a in spec.solar_array_area_by_technology_m2.items()),
        "radiators": sum(e["radiators"][options[r][0]].price_usd_per_m2 * a for r, a in spec.radiator_area_by_option_m2.items()),
        "batteries": sum(e["batteries"][b].price_usd_per_kwh * kwh for b, kwh in spec.battery_energy_by_technology_kwh.items()),
        "shielding": shield.price_usd_per_kg * shield.mass_kg_per_kw * loads.it,
        "bus": sum((buses[k].price_usd if not buses[k].top_down else buses[k].top_down.price_usd_per_w * bus_it_cap_kw(buses[k], cap_limit) * 1000.0) * n
                   for k, n in spec.satellites_by_bus.items()),
        "launch": launch_cost,
        "integration": econ.integration_usd_per_kg * mass["total"] + econ.integration_usd_per_satellite * units,
        "operations": (econ.operations_usd_per_year + econ.operations_usd_per_satellite_year * units) * coeff.annuity_years,
        "nre": econ.nre_usd,
        "ground_segment": econ.ground_segment_usd,
    }
    cost["total"] = sum(cost.values())
    power = {"it": loads.it * 1000.0, "it_on_top_down_units": loads.td * 1000.0, "housekeeping": loads.hk * 1000.0,
             "battery_recharge": recharge * 1000.0, "array_output_eol": array_kw * 1000.0, "it_running_in_eclipse": loads.ecl * 1000.0}
    power["margin"] = power["array_output_eol"] - (power["it"] - power["it_on_top_down_units"] + power["housekeeping"] + power["battery_recharge"])
    heat = {"it": bottom_up_it * 1000.0, "housekeeping": loads.hk * 1000.0, "waste_heat_total": (bottom_up_it + loads.hk) * 1000.0,
            "radiator_capacity": rad_kw * 1000.0}
    heat["margin"] = heat["radiator_capacity"] - heat["waste_heat_total"]
    return {"mass_kg": mass, "power_w": power, "heat_w": heat, "cost_usd": cost}, loads


def _discounted_flop(coeff: Coefficients, spec: DesignSpec) -> float:
    """sum_c f_c,o,h (s n_c + (1 - s) e_c), f from the coefficients (discounted when the case discounts)."""
    s = coeff.orbits[spec.orbit].sunlit_fraction
    return sum(coeff.module_flop_sunlit[(c, spec.orbit, spec.shielding)] * (s * n + (1 - s) * spec.compute_running_in_eclipse.get(c, 0.0))
               for c, n in spec.compute.items())


def _requirement_checks(rc: ResolvedCase, budgets: dict[str, dict[str, float]], discounted_flop: float, spec: DesignSpec, checks: list[Check]) -> None:
    req, lim = rc.case.requirements, rc.case.limits
    it_mw = budgets["power_w"]["it"] / 1e6
    checks.append(Check.ge("scale", "scale_min", "IT power at least requirements.it_power_mw.min", it_mw, req.it_power_mw.min, "MW"))
    checks.append(Check.le("scale", "scale_max", "IT power at most requirements.it_power_mw.max", it_mw, req.it_power_mw.max, "MW"))
    if req.delivered_eflop_min is not None:
        checks.append(Check.ge("scale", "delivered_min", "delivered compute at least requirements.delivered_eflop_min", discounted_flop / 1e18, req.delivered_eflop_min, "EFLOP"))
    launches = sum(spec.launches.values())
    if lim.max_launches is not None:
        checks.append(Check.le("mass/launch", "max_launches", "launches at most limits.max_launches", launches, lim.max_launches, "launches"))
    if lim.max_launches_per_year is not None:
        checks.append(Check.le("mass/launch", "launch_cadence", "launches within the cadence x deployment years", launches, lim.max_launches_per_year * lim.deployment_years, "launches"))
    if lim.max_satellites is not None:
        checks.append(Check.le("mass/launch", "max_satellites", "satellites at most limits.max_satellites", sum(spec.satellites_by_bus.values()), lim.max_satellites, "units"))
    if lim.max_array_area_m2 is not None:
        checks.append(Check.le("power", "max_array_area", "array area at most limits.max_array_area_m2", sum(spec.solar_array_area_by_technology_m2.values()), lim.max_array_area_m2, "m2"))
    if lim.max_radiator_area_m2 is not None:
        checks.append(Check.le("thermal", "max_radiator_area", "radiator area at most limits.max_radiator_area_m2", sum(spec.radiator_area_by_option_m2.values()), lim.max_radiator_area_m2, "m2"))
