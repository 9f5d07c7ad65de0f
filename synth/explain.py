"""Explain an optimal design: which constraints bind, and what relaxing each is worth.

Binding: a constraint of the chosen orbit whose slack at the optimum is within 1e-6 of its size (rows that are
tight only because both sides are zero, with no marginal value, are left out). Marginal value:
the LP with every integer (orbit pick, module, unit and launch counts) fixed at the optimum is re-solved for its
duals y (MUSD per unit of the constraint). At the optimal ratio lambda* the objective is C - lambda* F, so

    d(cost per FLOP) / d(rhs) = y / F          (MUSD per ZFLOP per unit  ->  USD per EFLOP per unit: x 1e6 / 1e3)

and for the total-cost objective d(cost)/d(rhs) = y. These are LP marginals at fixed integers: they say what one
more unit is worth with the same counts, not whether a different integer design would follow.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyomo.environ as pyo

from synth.model import DesignModel
from synth.model.data import MUSD, ZFLOP

#: constraint component -> (budget, what one more unit of it means, unit)
EXPLAINED = {
    "power_balance": ("power", "array output at end of life", "kW"),
    "battery_energy": ("power", "battery energy deliverable in eclipse", "kWh"),
    "heat_total": ("thermal", "radiator heat rejection", "kW"),
    "heat_by_temperature": ("thermal", "rejection by radiators cold enough for the compute", "kW"),
    "hosting_it_bottom_up": ("mass/launch", "per-satellite IT power cap x satellites", "kW"),
    "hosting_it_top_down": ("mass/launch", "IT capacity of the top-down units", "kW"),
    "hosting_array": ("power", "array area the satellites can carry", "m2"),
    "hosting_radiator": ("thermal", "radiator area the satellites can carry", "m2"),
    "hosting_mass": ("mass/launch", "hosted mass the satellites can carry", "t"),
    "vehicle_capacity": ("mass/launch", "payload capacity of the launches", "t"),
    "mass_launched": ("mass/launch", "launched mass (one tonne lighter)", "t"),
    "volume_launched": ("mass/launch", "stowed payload volume of the launches", "m3"),
    "scale_max": ("scale", "IT power allowed by requirements.it_power_mw.max", "kW"),
    "scale_min": ("scale", "IT power required by requirements.it_power_mw.min (one kW less)", "kW"),
    "delivered_min": ("scale", "delivered compute required (one ZFLOP = 1000 EFLOP less)", "ZFLOP"),
    "td_eclipse_capacity": ("power", "eclipse-bridging IT capacity of the top-down units", "kW"),
    "limit": ("limits", "the case limit", "-"),
}


@dataclass
class Binding:
    """A binding constraint of an optimal design and its marginal value."""

    constraint: str
    budget: str
    meaning: str
    unit: str
    marginal: float | None  # improvement of the objective per unit of relaxation (USD per EFLOP, or USD for total cost)
    marginal_unit: str
    message: str


def explain_optimum(dm: DesignModel, session, ratio: float | None) -> list[Binding]:
    """Binding constraints of the loaded optimum (in the chosen orbit) with LP marginal values."""
    m = dm.model
    orbit = next(o for o in m.O for h in m.H if (m.pick[o, h].value or 0) > 0.5)
    binding = [c for c in _explained_constraints(m, orbit) if _is_binding(c)]
    duals = _fixed_integer_duals(dm, session, ratio)
    flop_zflop = pyo.value(m.FLOP)
    out = []
    for con in binding:
        family = con.parent_component().local_name
        budget, meaning, unit = EXPLAINED[family]
        if family == "limit":
            meaning, unit = f"limits.{con.index()}", _limit_unit(con.index())
        y = duals.get(con.name)
        if (y is None or abs(y) < 1e-12) and abs(pyo.value(con.body, exception=False) or 0.0) < 1e-9:
            continue  # tight only because both sides are zero (e.g. no arrays at all): nothing limits there
        if y is None:  # the fixed-integer LP gave no duals (e.g. it stopped at the time limit): binding, no value
            marginal, marginal_unit = None, ""
        elif ratio is not None:
            marginal, marginal_unit = abs(y) * MUSD / (flop_zflop * ZFLOP / 1e18), f"USD/EFLOP per {unit}"
        else:
            marginal, marginal_unit = abs(y) * MUSD, f"USD per {unit}"
        value = "integer at the optimum: no LP marginal" if marginal is None else f"one more {unit} is worth {marginal:,.6g} {marginal_unit.split(' per ')[0]}"
        out.append(Binding(con.name, budget, meaning, unit, marginal, marginal_unit, f"[{budget}] {con.name} ({meaning}) binds: {value}"))
    out.sort(key=lambda b: -(b.marginal or 0.0))
    return out


def _explained_constraints(m: pyo.ConcreteModel, orbit: str):
    for family in EXPLAINED:
        component = getattr(m, family, None)
        if component is None:
            continue
        for index, con in component.items():
            if not con.active:
                continue
            keys = index if isinstance(index, tuple) else (index,)
            if family in ("hosting_it_top_down", "td_eclipse_capacity") and len(m.KT) == 0:
                continue  # no top-down candidates: the row only says their hosting is zero
            if family == "vehicle_capacity":
                v, o = keys
                if o != orbit or round(m.launches[v, o].value or 0) == 0:
                    continue
            elif component.is_indexed() and family not in ("limit",) and orbit not in keys:
                continue
            yield con


def _is_binding(con) -> bool:
    body = pyo.value(con.body, exception=False)
    if body is None:
        return False
    bounds = [b for b in (pyo.value(con.lower) if con.has_lb() else None, pyo.value(con.upper) if con.has_ub() else None) if b is not None]
    return any(abs(body - b) <= 1e-6 * max(1.0, abs(b)) for b in bounds)


def _fixed_integer_duals(dm: DesignModel, session, ratio: float | None) -> dict[str, float]:
    """Duals of the LP with integers fixed at the loaded optimum; the model's values and domains are restored."""
    m = dm.model
    integers = [v for v in m.component_data_objects(pyo.Var) if (v.is_integer() or v.is_binary()) and not v.fixed]
    values = [(v, v.value) for v in m.component_data_objects(pyo.Var)]
    domains = [(v, v.domain) for v in integers]
    try:
        for v in integers:
            v.domain = pyo.Reals
            v.fix(round(v.value or 0.0))
        if ratio is not None:
            dm.set_ratio_objective(ratio / (MUSD / ZFLOP))  # USD per FLOP -> MUSD per ZFLOP
        else:
            dm.set_cost_objective()
        res = session.solver.solve(m, load_solutions=False, raise_exception_on_nonoptimal_result=False, solver_options=session.options)
        try:
            return {con.name: float(y) for con, y in res.solution_loader.get_duals().items()}
        except Exception:  # no duals (e.g. the LP stopped early): report binding constraints without values
            return {}
    finally:
        for v, domain in domains:
            v.unfix()
            v.domain = domain
        for v, value in values:
            v.set_value(value, skip_validation=True)
        dm.set_ratio_objective(0.0)


def _limit_unit(name: str) -> str:
    return {"max_array_area": "m2", "max_radiator_area": "m2"}.get(name, "count")
