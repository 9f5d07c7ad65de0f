"""Hosting, mass and launch-manifest families."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ModelData


def define_hosting(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Satellites / modules host the design, per orbit (capacities pool across bus types; exact for one bus):

    IT[o] - TD[o]    <= sum_{k in KB} cap_k units[k,o]          per-unit IT power cap (kW)
    TD[o]            <= sum_{k in KT} cap_k units[k,o]
    sum_s area[s,o]  <= sum_{k in KB} A_k^max units[k,o]        array per unit (m2)
    sum_r rad[r,o]   <= sum_{k in KB} R_k^max units[k,o]        radiator per unit (m2)
    HOSTED[o]        <= sum_{k in KB} M_k^max units[k,o] + sum_{k in KT} cap_k mu units[k,o]   (t)

    HOSTED is the mass of compute, shielding, arrays, radiators and batteries; mu (t/kW) is the heaviest
    compute-plus-shielding mass per kW among the candidates, so top-down units never limit the mass they host
    (``max_payload_t`` of a top-down unit is cap_k mu).
    """
    P = m.P
    m.hosting_it_bottom_up = pyo.Constraint(m.O, rule=lambda _, o: m.IT[o] - m.TD[o] <= sum(P["cap_kw", k] * m.units[k, o] for k in m.KB))
    m.hosting_it_top_down = pyo.Constraint(m.O, rule=lambda _, o: m.TD[o] <= sum(P["cap_kw", k] * m.units[k, o] for k in m.KT))
    m.hosting_array = pyo.Constraint(m.O, rule=lambda _, o: sum(m.area[s, o] for s in m.S) <= sum(P["max_array_m2", k] * m.units[k, o] for k in m.KB))
    m.hosting_radiator = pyo.Constraint(m.O, rule=lambda _, o: sum(m.rad[r, o] for r in m.R) <= sum(P["max_rad_m2", k] * m.units[k, o] for k in m.KB))
    m.hosting_mass = pyo.Constraint(m.O, rule=lambda _, o: m.HOSTED[o] <= sum(P["max_payload_t", k] * m.units[k, o] for k in m.K))


def define_mass(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Mass budget per orbit (t), one expression per subsystem:

    compute    = sum_{c,h} m_c n[c,o,h]
    shielding  = sum_{c,h} sigma_h P_c n[c,o,h]                 sigma_h: kg per kW of IT
    arrays     = sum_s rho_s area[s,o];   radiators = sum_r rho_r rad[r,o];   batteries = sum_b batt[b,o] / e_b
    bus        = sum_{k in KB} m_k units[k,o] + sum_{k in KT} (cap_k / sp_k) units[k,o]
    propellant = m_prop,o (sum_s area + sum_r rad)            drag make-up over life, kg/m2 from
                 :func:`synth.physics.economics.drag_propellant_kg_per_m2` at the lowest Isp among the bottom-up
                 candidate buses (top-down units' all-in figures include their propulsion; 0 without bottom-up buses)
    """
    P = m.P
    mass = {
        "compute": lambda o: sum(P["mass_t", c] * m.n[c, o, h] for c in m.C for h in m.H),
        "shielding": lambda o: sum(P["shield_t_per_kw", h] * P["p_kw", c] * m.n[c, o, h] for c in m.C for h in m.H),
        "solar_arrays": lambda o: sum(P["array_t_per_m2", s] * m.area[s, o] for s in m.S),
        "radiators": lambda o: sum(P["rad_t_per_m2", r] * m.rad[r, o] for r in m.R),
        "batteries": lambda o: sum(P["batt_t_per_kwh", b] * m.batt[b, o] for b in m.B),
        "bus": lambda o: sum(P["bus_t", k] * m.units[k, o] for k in m.K),
        "propellant": lambda o: P["prop_t_per_m2", o] * (sum(m.area[s, o] for s in m.S) + sum(m.rad[r, o] for r in m.R)),
    }
    m.MASS_ITEMS = pyo.Set(initialize=list(mass), ordered=True)
    m.MASS = pyo.Expression(m.MASS_ITEMS, m.O, rule=lambda _, item, o: mass[item](o))
    m.MASS_TOTAL = pyo.Expression(m.O, rule=lambda _, o: sum(m.MASS[i, o] for i in m.MASS_ITEMS))
    hosted = ("compute", "shielding", "solar_arrays", "radiators", "batteries")
    m.HOSTED = pyo.Expression(m.O, rule=lambda _, o: sum(m.MASS[i, o] for i in hosted))


def define_launch_manifest(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Launches carry everything, by mass to the chosen orbit and by stowed volume, per orbit:

    carried[v,o] <= m_v,o^pay launches[v,o]                          (t; vehicle's payload to o's launch class)
    sum_v carried[v,o] >= MASS_TOTAL[o]                             (t)
    sum_v V_v launches[v,o] >= sum_k V_k units[k,o] + sum_s v_s area[s,o] + sum_r v_r rad[r,o] + sum_c V_c n[c,o,.]   (m3)
    """
    P = m.P
    m.vehicle_capacity = pyo.Constraint(m.VO, rule=lambda _, v, o: m.carried[v, o] <= P["payload_t", v, o] * m.launches[v, o])
    reaching = {o: [v for (v, oo) in m.VO if oo == o] for o in m.O}
    m.mass_launched = pyo.Constraint(m.O, rule=lambda _, o: sum(m.carried[v, o] for v in reaching[o]) >= m.MASS_TOTAL[o])

    m.STOWED = pyo.Expression(m.O, rule=lambda _, o: (
        sum(P["vol", "bus", k] * m.units[k, o] for k in m.K)
        + sum(P["vol", "array", s] * m.area[s, o] for s in m.S)
        + sum(P["vol", "radiator", r] * m.rad[r, o] for r in m.R)
        + sum(P["vol", "compute", c] * m.n[c, o, h] for c in m.C for h in m.H)))
    m.volume_launched = pyo.Constraint(m.O, rule=lambda _, o: sum(P["vol", "vehicle", v] * m.launches[v, o] for v in reaching[o]) >= m.STOWED[o])
