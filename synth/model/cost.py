"""Cost family: present-value cost of the whole design (MUSD)."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import KG_PER_T, MUSD, ModelData


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
    mu = 1.0 / MUSD
    econ = d.case.economics
    units_total = sum(m.units[k, o] for k in m.K for o in m.O)
    items = {
        "compute": sum(d.entry("compute", c).price_usd * mu * m.n[c, o, h] for c in m.C for o in m.O for h in m.H),
        "solar_arrays": sum(d.entry("solar_arrays", s).price_usd_per_m2 * mu * m.area[s, o] for s in m.S for o in m.O),
        "radiators": sum(m.radiator_entry[r].price_usd_per_m2 * mu * m.rad[r, o] for r in m.R for o in m.O),
        "batteries": sum(d.entry("batteries", b).price_usd_per_kwh * mu * m.batt[b, o] for b in m.B for o in m.O),
        "shielding": sum(d.entry("shielding", h).price_usd_per_kg * d.entry("shielding", h).mass_kg_per_kw * d.entry("compute", c).power_w / 1000.0 * mu * m.n[c, o, h]
                         for c in m.C for o in m.O for h in m.H),
        "bus": (sum(d.entry("buses", k).price_usd * mu * m.units[k, o] for k in m.KB for o in m.O)
                + sum(d.entry("buses", k).top_down.price_usd_per_w * d.it_cap_kw(k) * 1000.0 * mu * m.units[k, o] for k in m.KT for o in m.O)),
        "launch": sum(d.entry("launch_vehicles", v).price_per_launch_usd * mu * m.launches[v, o]
                      + d.entry("launch_vehicles", v).price_per_kg_usd * KG_PER_T * mu * m.carried[v, o] for (v, o) in m.VO),
        "integration": sum(econ.integration_usd_per_kg * KG_PER_T * mu * m.MASS_TOTAL[o] for o in m.O) + econ.integration_usd_per_satellite * mu * units_total,
        "operations": (econ.operations_usd_per_year + econ.operations_usd_per_satellite_year * units_total) * d.coeff.annuity_years * mu,
        "nre": econ.nre_usd * mu,
        "ground_segment": econ.ground_segment_usd * mu,
    }
    m.COST_ITEMS = pyo.Set(initialize=list(items), ordered=True)
    m.COST = pyo.Expression(m.COST_ITEMS, rule=lambda _, i: items[i])
    m.COST_TOTAL = pyo.Expression(expr=sum(m.COST[i] for i in m.COST_ITEMS))
