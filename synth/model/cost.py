"""Cost family: present-value cost of the whole design (MUSD)."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ModelData


def define_cost(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Cost items (MUSD), summed over orbits:

    compute      = sum price_c n[c,o,h]
    solar_arrays = sum price_s area[s,o];  radiators = sum price_r rad[r,o];  batteries = sum price_b batt[b,o]
    shielding    = sum price_h sigma_h P_c n[c,o,h]
    bus          = sum_{KB} price_k units[k,o] + sum_{KT} price_k/W * cap_k * 1000 units[k,o]
    launch       = sum_{v,o} price_launch,v launches[v,o] + price_kg,v carried[v,o]
    integration  = c_kg * MASS_TOTAL + c_sat * sum units
    operations   = (c_ops + c_ops,sat * sum units) * A(L, r)        A: present-value years (economics.annuity_years)
    nre, ground_segment: constants
    """
    P = m.P
    units_total = sum(m.units[k, o] for k in m.K for o in m.O)
    items = {
        "compute": sum(P["price", "compute", c] * m.n[c, o, h] for c in m.C for o in m.O for h in m.H),
        "solar_arrays": sum(P["price", "array", s] * m.area[s, o] for s in m.S for o in m.O),
        "radiators": sum(P["price", "radiator", r] * m.rad[r, o] for r in m.R for o in m.O),
        "batteries": sum(P["price", "battery", b] * m.batt[b, o] for b in m.B for o in m.O),
        "shielding": sum(P["price", "shield_per_kw", h] * P["p_kw", c] * m.n[c, o, h] for c in m.C for o in m.O for h in m.H),
        "bus": sum(P["price", "bus", k] * m.units[k, o] for k in m.K for o in m.O),
        "launch": sum(P["price", "launch", v] * m.launches[v, o] + P["price", "launch_per_t", v] * m.carried[v, o] for (v, o) in m.VO),
        "integration": sum(P["price", "integration_per_t"] * m.MASS_TOTAL[o] for o in m.O) + P["price", "integration_per_unit"] * units_total,
        "operations": P["price", "operations"] + P["price", "operations_per_unit"] * units_total,
        "nre": P["price", "nre"],
        "ground_segment": P["price", "ground_segment"],
    }
    m.COST_ITEMS = pyo.Set(initialize=list(items), ordered=True)
    m.COST = pyo.Expression(m.COST_ITEMS, rule=lambda _, i: items[i])
    m.COST_TOTAL = pyo.Expression(expr=sum(m.COST[i] for i in m.COST_ITEMS))
