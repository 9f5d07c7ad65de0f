"""Sets and decision variables of the design model."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ModelData, radiator_key
from synth.model.parameters import parameter_values

#: limit name -> (budget it belongs to, human description); each gets an elastic slack (fixed at 0 unless diagnosing)
LIMITS = {
    "scale_min": ("scale", "IT power at least requirements.it_power_mw.min (MW)"),
    "delivered_min": ("scale", "delivered compute at least requirements.delivered_eflop_min (slack in ZFLOP)"),
    "max_launches": ("mass/launch", "launches at most limits.max_launches"),
    "launch_cadence": ("mass/launch", "launches at most limits.max_launches_per_year x limits.deployment_years"),
    "max_satellites": ("mass/launch", "satellites / modules at most limits.max_satellites"),
    "max_array_area": ("power", "solar array area at most limits.max_array_area_m2 (m2)"),
    "max_radiator_area": ("thermal", "radiator area at most limits.max_radiator_area_m2 (m2)"),
}


def define_sets(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Candidate options: orbits O, shielding H, compute C, arrays S, radiator options R (tech x temperature),
    batteries B, buses K (bottom-up KB and top-down KT), vehicles V; reachable (vehicle, orbit) pairs VO."""
    e = d.rc.entries
    m.O = pyo.Set(initialize=list(e["orbits"]), ordered=True)
    m.H = pyo.Set(initialize=list(e["shielding"]), ordered=True)
    m.C = pyo.Set(initialize=list(e["compute"]), ordered=True)
    m.S = pyo.Set(initialize=list(e["solar_arrays"]), ordered=True)
    m.R = pyo.Set(initialize=[radiator_key(r) for r in d.coeff.radiator_options], ordered=True)
    m.B = pyo.Set(initialize=list(e["batteries"]), ordered=True)
    m.K = pyo.Set(initialize=list(e["buses"]), ordered=True)
    m.KB = pyo.Set(initialize=[k for k in e["buses"] if not d.is_top_down(k)], ordered=True)
    m.KT = pyo.Set(initialize=[k for k in e["buses"] if d.is_top_down(k)], ordered=True)
    m.V = pyo.Set(initialize=list(e["launch_vehicles"]), ordered=True)
    m.VO = pyo.Set(initialize=list(d.coeff.payload_kg), dimen=2, ordered=True)
    m.L = pyo.Set(initialize=list(LIMITS), ordered=True)
    m.radiator_option = {radiator_key(r): r for r in d.coeff.radiator_options}
    m.radiator_entry = {radiator_key(r): d.entry("radiators", r[0]) for r in d.coeff.radiator_options}


def define_parameters(m: pyo.ConcreteModel, d: ModelData) -> None:
    """P[key]: every coefficient, mutable so that a built model can be updated and re-solved (parameters.py)."""
    m.P = pyo.Param(pyo.Any, mutable=True, within=pyo.Reals, initialize=parameter_values(d))


def define_variables(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Decision variables (model units: kW, kWh, m2, t, counts).

    pick[o,h] in {0,1}      the orbit o and shielding h used (exactly one pair)
    n[c,o,h] in Z+          compute modules of type c, <= floor(P_max / P_c) * pick[o,h]
    ecl[c,o,h] >= 0         of those, modules kept running through eclipse (<= n)
    area[s,o] >= 0          solar array area of technology s (m2)
    rad[r,o] >= 0           radiator planform area of option r (m2)
    batt[b,o] >= 0          battery nameplate energy (kWh)
    units[k,o] in Z+        satellites / platform modules of bus k
    td_it[c,o], td_ecl[c,o] IT power of compute type c hosted on top-down units, and the part of it bridged
                            through eclipse (kW); per type so that every row counts the same compute as hosted there
    launches[v,o] in Z+     launches of vehicle v (only where it reaches orbit o)
    carried[v,o] >= 0       mass carried by vehicle v (t)
    slack[l] >= 0           elastic relaxation of limit l (fixed at 0 unless diagnosing infeasibility)
    """
    m.pick = pyo.Var(m.O, m.H, domain=pyo.Binary)
    # n and ecl are bounded by define_choice's constraints; explicit bounds of ~1e6 would only add HiGHS warnings.
    m.n = pyo.Var(m.C, m.O, m.H, domain=pyo.NonNegativeIntegers)
    m.ecl = pyo.Var(m.C, m.O, m.H, domain=pyo.NonNegativeReals)
    m.area = pyo.Var(m.S, m.O, domain=pyo.NonNegativeReals)
    m.rad = pyo.Var(m.R, m.O, domain=pyo.NonNegativeReals)
    m.batt = pyo.Var(m.B, m.O, domain=pyo.NonNegativeReals)
    m.units = pyo.Var(m.K, m.O, domain=pyo.NonNegativeIntegers)
    m.td_it = pyo.Var(m.C, m.O, domain=pyo.NonNegativeReals)
    m.td_ecl = pyo.Var(m.C, m.O, domain=pyo.NonNegativeReals)
    m.launches = pyo.Var(m.VO, domain=pyo.NonNegativeIntegers)
    m.carried = pyo.Var(m.VO, domain=pyo.NonNegativeReals)
    m.slack = pyo.Var(m.L, domain=pyo.NonNegativeReals)
    for limit in m.L:
        m.slack[limit].fix(0.0)


def define_choice(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Exactly one orbit and shielding; compute only there.

    sum_{o,h} pick[o,h] = 1
    n[c,o,h] <= N_c^max * pick[o,h],   ecl[c,o,h] <= n[c,o,h]
    """
    m.one_orbit = pyo.Constraint(expr=sum(m.pick[o, h] for o in m.O for h in m.H) == 1)
    m.compute_in_chosen_orbit = pyo.Constraint(m.C, m.O, m.H, rule=lambda _, c, o, h: m.n[c, o, h] <= m.P["module_max", c] * m.pick[o, h])
    m.eclipse_running_le_installed = pyo.Constraint(m.C, m.O, m.H, rule=lambda _, c, o, h: m.ecl[c, o, h] <= m.n[c, o, h])
