"""Limits family: the case's caps on launches, satellites and areas, each with an elastic slack."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ModelData
from synth.model.parameters import limit_values


def define_limits(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Case limits (each: quantity <= limit + slack_l), for the limits the case sets:

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
    m.limit = pyo.Constraint(list(limit_values(d)), rule=lambda _, name: quantity[name] <= m.P["limit", name] + m.slack[name])
