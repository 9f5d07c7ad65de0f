"""Thermal family: radiators reject all waste heat, each compute type only into radiators cold enough for it."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ModelData


def define_heat_rejection(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Radiator capacity per orbit (kW), with q_net,r,o from :mod:`synth.physics.thermal`:

    q_net = n eps sigma T^4 - [n F (eps q_IR + a albedo S k_alb) + a S k_sun]         (W/m2 of planform)

    All waste heat (bottom-up IT load and housekeeping, which end as heat):
        sum_r q_net,r,o rad[r,o] >= IT[o] - TD[o] + HK[o]
    A compute type c may only use radiators with T_r <= T_max,c (its coolant limit). Because compatibility is a
    threshold, the heat-assignment problem is feasible iff, for every threshold tau in {T_max,c}:
        sum_{r: T_r <= tau} q_net,r,o rad[r,o] >= sum_{c: T_max,c <= tau} (P_c n[c,o,.] - td_it[c,o])
    (Hall's condition on nested sets; top-down units cool the compute they host themselves).
    """
    P = m.P
    t_max = {c: d.entry("compute", c).max_radiator_temperature_k for c in m.C}

    def capacity(o, tau=None):
        return sum(P["rad_kw_per_m2", r, o] * m.rad[r, o] for r in m.R if tau is None or m.radiator_option[r][1] <= tau + 1e-9)

    m.RAD_KW = pyo.Expression(m.O, rule=lambda _, o: capacity(o))
    m.heat_total = pyo.Constraint(m.O, rule=lambda _, o: m.RAD_KW[o] >= m.IT[o] - m.TD[o] + m.HK[o])
    thresholds = sorted(set(t_max.values()))
    m.TAU = pyo.Set(initialize=list(range(len(thresholds))), ordered=True)

    def tier(_, o, i):
        tau = thresholds[i]
        limited = [c for c in m.C if t_max[c] <= tau]
        return capacity(o, tau) >= sum(P["p_kw", c] * m.n[c, o, h] for c in limited for h in m.H) - sum(m.td_it[c, o] for c in limited)

    m.heat_by_temperature = pyo.Constraint(m.O, m.TAU, rule=tier)
