"""Turn a solved model into a :class:`~synth.result.Result`: design, budgets, KPIs and the terrestrial comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyomo.environ as pyo

from synth.case import ResolvedCase
from synth.model import DesignModel
from synth.model.data import KG_PER_T, MUSD, ZFLOP
from synth.kpi import key_figures
from synth.result import Design, Diagnosis, Result, SolverStats, Status


def _v(component: Any) -> float:
    value = pyo.value(component, exception=False)
    return 0.0 if value is None else float(value)


def _count(var: Any) -> int:
    return int(round(_v(var)))


def case_info(rc: ResolvedCase) -> dict[str, Any]:
    """result.json ``case``: name, file, sha256 of the case file chain (extends included), overrides given with
    --set (``set``) and the catalog overrides in force (``catalog``, from the file and --set)."""
    return {"name": rc.case.name, "file": str(rc.file) if rc.file else None,
            "path": str(Path(rc.file).resolve()) if rc.file else None, "sha256": rc.sha256,
            "objective": rc.case.objective, "catalog_dir": str(rc.models_dir),
            "overrides": {"set": rc.set_overrides, "catalog": rc.overrides}}


def build_result(rc: ResolvedCase, dm: DesignModel, status: Status, has_solution: bool, stats: SolverStats,
                 diagnosis: list[Diagnosis], prov: dict[str, Any]) -> Result:
    result = Result(status=status, case=case_info(rc), solver=stats, provenance=prov, diagnosis=diagnosis)
    if status is Status.INFEASIBLE:
        result.message = "infeasible: " + ("; ".join(d.message for d in diagnosis) or "no design meets every requirement")
        return result
    if not has_solution:
        result.message = f"no design found ({status.value})"
        return result
    m = dm.model
    orbit, shielding = next((o, h) for o in m.O for h in m.H if _v(m.pick[o, h]) > 0.5)
    o = orbit
    design = Design(
        orbit=orbit,
        shielding=shielding,
        solar_array_area_m2=sum(_v(m.area[s, o]) for s in m.S),
        radiator_area_m2=sum(_v(m.rad[r, o]) for r in m.R),
        battery_energy_kwh=sum(_v(m.batt[b, o]) for b in m.B),
        compute={c: _count(m.n[c, o, shielding]) for c in m.C if _count(m.n[c, o, shielding]) > 0},
        compute_running_in_eclipse={c: _v(m.ecl[c, o, shielding]) for c in m.C if _v(m.ecl[c, o, shielding]) > 1e-9},
        satellites=sum(_count(m.units[k, o]) for k in m.K),
        satellites_by_bus={k: _count(m.units[k, o]) for k in m.K if _count(m.units[k, o]) > 0},
        launches={v: _count(m.launches[v, oo]) for (v, oo) in m.VO if oo == o and _count(m.launches[v, oo]) > 0},
        solar_array_area_by_technology_m2={s: _v(m.area[s, o]) for s in m.S if _v(m.area[s, o]) > 1e-9},
        radiator_area_by_option_m2={r: _v(m.rad[r, o]) for r in m.R if _v(m.rad[r, o]) > 1e-9},
        battery_energy_by_technology_kwh={b: _v(m.batt[b, o]) for b in m.B if _v(m.batt[b, o]) > 1e-9},
        it_power_on_top_down_units_w=_v(m.TD[o]) * 1000.0,
        it_power_on_top_down_units_by_compute_w={c: _v(m.td_it[c, o]) * 1000.0 for c in m.C if _v(m.td_it[c, o]) > 1e-9},
    )
    result.design = design
    mass = {i: _v(m.MASS[i, o]) * KG_PER_T for i in m.MASS_ITEMS}
    mass["total"] = sum(mass.values())
    cost = {i: _v(m.COST[i]) * MUSD for i in m.COST_ITEMS}
    cost["total"] = sum(cost.values())
    it_w = _v(m.IT[o]) * 1000.0
    power = {
        "it": it_w,
        "it_on_top_down_units": _v(m.TD[o]) * 1000.0,
        "housekeeping": _v(m.HK[o]) * 1000.0,
        "battery_recharge": _v(m.CH[o]) * 1000.0,
        "array_output_eol": _v(m.ARRAY_KW[o]) * 1000.0,
        "it_running_in_eclipse": _v(m.ECL[o]) * 1000.0,
    }
    power["margin"] = power["array_output_eol"] - (it_w - power["it_on_top_down_units"] + power["housekeeping"] + power["battery_recharge"])
    heat = {
        "it": it_w - power["it_on_top_down_units"],
        "housekeeping": power["housekeeping"],
        "waste_heat_total": it_w - power["it_on_top_down_units"] + power["housekeeping"],
        "radiator_capacity": _v(m.RAD_KW[o]) * 1000.0,
    }
    heat["margin"] = heat["radiator_capacity"] - heat["waste_heat_total"]
    result.budgets = {"mass_kg": mass, "power_w": power, "heat_w": heat, "cost_usd": cost}

    result.kpi, result.terrestrial = key_figures(rc, dm.data.coeff, design, result.budgets, _v(m.FLOP) * ZFLOP)
    result.message = "optimal" if status is Status.OPTIMAL else f"best design found ({status.value})"
    return result
