"""Hosting, mass and launch-manifest families."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import KG_PER_T, ModelData


def _td_platform_t(d: ModelData, k: str) -> float:
    """Mass of one top-down unit (t): cap_k / specific power, compute modules excluded."""
    bus = d.entry("buses", k)
    return d.it_cap_kw(k) * 1000.0 / bus.top_down.specific_power_w_per_kg / KG_PER_T


def define_hosting(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Satellites / modules host the design, per orbit (capacities pool across bus types; exact for one bus):

    IT[o] - TD[o]    <= sum_{k in KB} cap_k units[k,o]          per-unit IT power cap (kW)
    TD[o]            <= sum_{k in KT} cap_k units[k,o]
    sum_s area[s,o]  <= sum_{k in KB} A_k^max units[k,o]        array per unit (m2)
    sum_r rad[r,o]   <= sum_{k in KB} R_k^max units[k,o]        radiator per unit (m2)
    HOSTED[o]        <= sum_{k in KB} M_k^max units[k,o] + sum_{k in KT} cap_k mu units[k,o]   (t)

    HOSTED is the mass of compute, shielding, arrays, radiators and batteries; mu (t/kW) is the heaviest
    compute-plus-shielding mass per kW among the candidates, so top-down units never limit the mass they host.
    """
    m.hosting_it_bottom_up = pyo.Constraint(m.O, rule=lambda _, o: m.IT[o] - m.TD[o] <= sum(d.it_cap_kw(k) * m.units[k, o] for k in m.KB))
    m.hosting_it_top_down = pyo.Constraint(m.O, rule=lambda _, o: m.TD[o] <= sum(d.it_cap_kw(k) * m.units[k, o] for k in m.KT))
    m.hosting_array = pyo.Constraint(m.O, rule=lambda _, o: sum(m.area[s, o] for s in m.S) <= sum(d.entry("buses", k).max_array_area_m2 * m.units[k, o] for k in m.KB))
    m.hosting_radiator = pyo.Constraint(m.O, rule=lambda _, o: sum(m.rad[r, o] for r in m.R) <= sum(d.entry("buses", k).max_radiator_area_m2 * m.units[k, o] for k in m.KB))
    mu = max(d.entry("compute", c).mass_kg / (d.entry("compute", c).power_w / 1000.0) for c in m.C) / KG_PER_T
    mu += max(d.entry("shielding", h).mass_kg_per_kw for h in m.H) / KG_PER_T
    m.hosting_mass = pyo.Constraint(m.O, rule=lambda _, o: m.HOSTED[o] <= sum(d.entry("buses", k).max_payload_mass_kg / KG_PER_T * m.units[k, o] for k in m.KB)
                                    + sum(d.it_cap_kw(k) * mu * m.units[k, o] for k in m.KT))


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
    t = 1.0 / KG_PER_T
    mass = {}
    mass["compute"] = lambda o: sum(d.entry("compute", c).mass_kg * t * m.n[c, o, h] for c in m.C for h in m.H)
    mass["shielding"] = lambda o: sum(d.entry("shielding", h).mass_kg_per_kw * t * d.entry("compute", c).power_w / 1000.0 * m.n[c, o, h] for c in m.C for h in m.H)
    mass["solar_arrays"] = lambda o: sum(d.entry("solar_arrays", s).areal_mass_kg_per_m2 * t * m.area[s, o] for s in m.S)
    mass["radiators"] = lambda o: sum(m.radiator_entry[r].areal_mass_kg_per_m2 * t * m.rad[r, o] for r in m.R)
    mass["batteries"] = lambda o: sum(1000.0 / d.entry("batteries", b).specific_energy_wh_per_kg * t * m.batt[b, o] for b in m.B)
    mass["bus"] = lambda o: (sum(d.entry("buses", k).dry_mass_kg * t * m.units[k, o] for k in m.KB)
                             + sum(_td_platform_t(d, k) * m.units[k, o] for k in m.KT))
    mass["propellant"] = lambda o: propellant_kg_per_m2(d, o) * t * (sum(m.area[s, o] for s in m.S) + sum(m.rad[r, o] for r in m.R))
    m.MASS_ITEMS = pyo.Set(initialize=list(mass), ordered=True)
    m.MASS = pyo.Expression(m.MASS_ITEMS, m.O, rule=lambda _, item, o: mass[item](o))
    m.MASS_TOTAL = pyo.Expression(m.O, rule=lambda _, o: sum(m.MASS[i, o] for i in m.MASS_ITEMS))
    hosted = ("compute", "shielding", "solar_arrays", "radiators", "batteries")
    m.HOSTED = pyo.Expression(m.O, rule=lambda _, o: sum(m.MASS[i, o] for i in hosted))


def propellant_kg_per_m2(d: ModelData, orbit: str) -> float:
    """Drag make-up propellant per m2 of deployed area over life, at the lowest Isp among bottom-up buses (kg/m2)."""
    per_bus = {k: v for k, v in d.coeff.orbits[orbit].propellant_kg_per_m2.items() if not d.is_top_down(k)}
    return max(per_bus.values(), default=0.0)


def define_launch_manifest(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Launches carry everything, by mass to the chosen orbit and by stowed volume, per orbit:

    carried[v,o] <= m_v,o^pay launches[v,o]                          (t; vehicle's payload to o's launch class)
    sum_v carried[v,o] >= MASS_TOTAL[o]                             (t)
    sum_v V_v launches[v,o] >= sum_k V_k units[k,o] + sum_s v_s area[s,o] + sum_r v_r rad[r,o] + sum_c V_c n[c,o,.]   (m3)
    """
    payload_t = {vo: kg / KG_PER_T for vo, kg in d.coeff.payload_kg.items()}
    m.vehicle_capacity = pyo.Constraint(m.VO, rule=lambda _, v, o: m.carried[v, o] <= payload_t[(v, o)] * m.launches[v, o])

    def carried(_, o):
        vehicles = [v for (v, oo) in m.VO if oo == o]
        return sum(m.carried[v, o] for v in vehicles) >= m.MASS_TOTAL[o]

    m.mass_launched = pyo.Constraint(m.O, rule=carried)

    def volume(_, o):
        vehicles = [v for (v, oo) in m.VO if oo == o]
        stowed = (sum(d.entry("buses", k).stowed_volume_m3 * m.units[k, o] for k in m.K)
                  + sum(d.entry("solar_arrays", s).stowed_volume_m3_per_m2 * m.area[s, o] for s in m.S)
                  + sum(m.radiator_entry[r].stowed_volume_m3_per_m2 * m.rad[r, o] for r in m.R)
                  + sum(d.entry("compute", c).stowed_volume_m3 * m.n[c, o, h] for c in m.C for h in m.H))
        return sum(d.entry("launch_vehicles", v).payload_volume_m3 * m.launches[v, o] for v in vehicles) >= stowed

    m.volume_launched = pyo.Constraint(m.O, rule=volume)
