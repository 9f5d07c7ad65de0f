"""Limits family: the case's caps on launches, satellites and areas, each with an elastic slack."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ModelData


def limit_values(d: ModelData) -> dict[str, float]:
    """The right-hand side of each limit the case sets (absent limits are not constrained)."""
    lim = d.case.limits
    values: dict[str, float] = {}
    if lim.max_launches is not None:
        values["max_launches"] = float(lim.max_launches)
    if lim.max_launches_per_year is not None:
        values["launch_cadence"] = lim.max_launches_per_year * lim.deployment_years
    if lim.max_satellites is not None:
        values["max_satellites"] = float(lim.max_satellites)
    if lim.max_array_area_m2 is not None:
        values["max_array_area"] = lim.max_array_area_m2
    if lim.max_radiator_area_m2 is not None:
        values["max_radiator_area"] = lim.max_radiator_area_m2
    return values


def define_limits(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Case limits (each: quantity <= limit + slack_l):

    sum_{v,o} launches[v,o]      <= N_launch^max            and  <= cadence * deployment years
    sum_{k,o} units[k,o]         <= N_sat^max
    sum_{s,o} area[s,o]          <= A^max (m2);    sum_{r,o} rad[r,o] <= R^max (m2)
    """
    launches = sum(m.launches[v, o] for (v, o) in m.VO)
    quantity = {
        "max_launches": launches,
        "launch_cadence": launches,
        "max_satellites": sum(m.units[k, o] for k in m.K for o in m.O),
        "max_array_area": sum(m.area[s, o] for s in m.S for o in m.O),
        "max_radiator_area": sum(m.rad[r, o] for r in m.R for o in m.O),
    }
    values = limit_values(d)
    m.LIMIT_VALUE = values
    m.limit = pyo.Constraint(list(values), rule=lambda _, name: quantity[name] <= values[name] + m.slack[name])
