"""Every number the design model multiplies by, in one table, so a built model can be re-solved after a change.

``parameter_values(d)`` maps a key (a tuple naming the coefficient and its indices) to its value in model units
(kW, kWh, m2, t, MUSD, ZFLOP). The constraint families only refer to ``m.P[key]``, a mutable Pyomo Param; a sweep
recomputes the table for the next point and updates the changed entries, and the persistent HiGHS model is
updated in place. ``structure_signature(d)`` lists what the table cannot express (sets, which rows exist): when
it changes between two points the model is rebuilt instead.
"""

from __future__ import annotations

from typing import Any

from synth.model.data import KG_PER_T, MUSD, ZFLOP, ModelData, radiator_key

Key = tuple[Any, ...]


def parameter_values(d: ModelData) -> dict[Key, float]:
    """All coefficients of the model of ``d`` (see each family's docstring for where they enter)."""
    e, coeff, case = d.rc.entries, d.coeff, d.case
    t, mu = 1.0 / KG_PER_T, 1.0 / MUSD
    p: dict[Key, float] = {}
    radiators = {radiator_key(r): r for r in coeff.radiator_options}
    for c, mod in e["compute"].items():
        p[("p_kw", c)] = mod.power_w / 1000.0
        p[("module_max", c)] = float(d.max_modules(c))
        p[("mass_t", c)] = mod.mass_kg * t
        p[("vol", "compute", c)] = mod.stowed_volume_m3
        p[("price", "compute", c)] = mod.price_usd * mu
        for o in e["orbits"]:
            for h in e["shielding"]:
                p[("flop", c, o, h)] = coeff.module_flop_sunlit[(c, o, h)] / ZFLOP
    for h, sh in e["shielding"].items():
        p[("shield_t_per_kw", h)] = sh.mass_kg_per_kw * t
        p[("price", "shield_per_kw", h)] = sh.price_usd_per_kg * sh.mass_kg_per_kw * mu
    for s, arr in e["solar_arrays"].items():
        p[("array_kw_per_m2", s)] = coeff.array_w_per_m2[s] / 1000.0 * arr.power_conversion_efficiency
        p[("array_t_per_m2", s)] = arr.areal_mass_kg_per_m2 * t
        p[("vol", "array", s)] = arr.stowed_volume_m3_per_m2
        p[("price", "array", s)] = arr.price_usd_per_m2 * mu
    for r, (tech, _) in radiators.items():
        rad = e["radiators"][tech]
        p[("rad_t_per_m2", r)] = rad.areal_mass_kg_per_m2 * t
        p[("vol", "radiator", r)] = rad.stowed_volume_m3_per_m2
        p[("price", "radiator", r)] = rad.price_usd_per_m2 * mu
    for b, bat in e["batteries"].items():
        p[("batt_t_per_kwh", b)] = 1000.0 / bat.specific_energy_wh_per_kg * t
        p[("price", "battery", b)] = bat.price_usd_per_kwh * mu
    for o, oc in coeff.orbits.items():
        p[("sunlit", o)] = oc.sunlit_fraction
        p[("t_ecl_h", o)] = oc.worst_eclipse_h
        p[("prop_t_per_m2", o)] = _propellant_kg_per_m2(d, o) * t
        for b in e["batteries"]:
            p[("batt_deliver", b, o)], p[("batt_recharge", b, o)] = d.battery(b, o)
        for r, option in radiators.items():
            p[("rad_kw_per_m2", r, o)] = oc.radiator_net_w_per_m2[option] / 1000.0
    mu_td = (max(m.mass_kg / (m.power_w / 1000.0) for m in e["compute"].values())
             + max(sh.mass_kg_per_kw for sh in e["shielding"].values())) * t
    for k, bus in e["buses"].items():
        p[("cap_kw", k)] = d.it_cap_kw(k)
        p[("vol", "bus", k)] = bus.stowed_volume_m3
        if bus.top_down is None:
            p[("hk_kw", k)] = bus.housekeeping_power_w / 1000.0
            p[("max_array_m2", k)] = bus.max_array_area_m2
            p[("max_rad_m2", k)] = bus.max_radiator_area_m2
            p[("max_payload_t", k)] = bus.max_payload_mass_kg * t
            p[("bus_t", k)] = bus.dry_mass_kg * t
            p[("price", "bus", k)] = bus.price_usd * mu
        else:
            p[("max_payload_t", k)] = d.it_cap_kw(k) * mu_td
            p[("bus_t", k)] = d.it_cap_kw(k) * 1000.0 / bus.top_down.specific_power_w_per_kg * t
            p[("price", "bus", k)] = bus.top_down.price_usd_per_w * d.it_cap_kw(k) * 1000.0 * mu
    for (v, o), kg in coeff.payload_kg.items():
        p[("payload_t", v, o)] = kg * t
    for v, veh in e["launch_vehicles"].items():
        p[("vol", "vehicle", v)] = veh.payload_volume_m3
        p[("price", "launch", v)] = veh.price_per_launch_usd * mu
        p[("price", "launch_per_t", v)] = veh.price_per_kg_usd * KG_PER_T * mu
    econ, req = case.economics, case.requirements
    p[("price", "integration_per_t")] = econ.integration_usd_per_kg * KG_PER_T * mu
    p[("price", "integration_per_unit")] = econ.integration_usd_per_satellite * mu
    p[("price", "operations")] = econ.operations_usd_per_year * coeff.annuity_years * mu
    p[("price", "operations_per_unit")] = econ.operations_usd_per_satellite_year * coeff.annuity_years * mu
    p[("price", "nre")] = econ.nre_usd * mu
    p[("price", "ground_segment")] = econ.ground_segment_usd * mu
    p["scale_max_kw"] = req.it_power_mw.max * 1000.0
    p["scale_min_kw"] = req.it_power_mw.min * 1000.0
    p["delivered_min_zflop"] = (req.delivered_eflop_min or 0.0) * 1e18 / ZFLOP
    values = limit_values(d)
    for name, value in values.items():
        p[("limit", name)] = value
    p[("slack_w", "scale_min")] = 1.0 / max(req.it_power_mw.min * 1000.0, 1e-9)
    p[("slack_w", "delivered_min")] = 1.0 / max(p["delivered_min_zflop"], 1e-12)  # its slack is in ZFLOP
    for name in ("max_launches", "launch_cadence", "max_satellites", "max_array_area", "max_radiator_area"):
        p[("slack_w", name)] = 1.0 / max(values.get(name, 1.0), 1e-9)
    return p


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


def _propellant_kg_per_m2(d: ModelData, orbit: str) -> float:
    """Drag make-up propellant per m2 of deployed area over life, at the lowest Isp among bottom-up buses (kg/m2)."""
    per_bus = {k: v for k, v in d.coeff.orbits[orbit].propellant_kg_per_m2.items() if not d.is_top_down(k)}
    return max(per_bus.values(), default=0.0)


def structure_signature(d: ModelData) -> tuple:
    """What the parameter table cannot change: sets, reachable (vehicle, orbit) pairs, which rows exist."""
    e, coeff = d.rc.entries, d.coeff
    t_max = {c: mod.max_radiator_temperature_k for c, mod in e["compute"].items()}
    tiers = tuple((tau, tuple(sorted(c for c in t_max if t_max[c] <= tau)),
                   tuple(sorted(radiator_key(r) for r in coeff.radiator_options if r[1] <= tau + 1e-9)))
                  for tau in sorted(set(t_max.values())))
    return (
        tuple(tuple(e[kind]) for kind in ("orbits", "shielding", "compute", "solar_arrays", "batteries", "buses", "launch_vehicles")),
        tuple(radiator_key(r) for r in coeff.radiator_options),
        tuple(coeff.payload_kg),
        tuple(o for o, oc in coeff.orbits.items() if oc.worst_eclipse_h > 0),
        tuple(k for k in e["buses"] if d.is_top_down(k)),
        tuple(k for k, b in e["buses"].items() if b.top_down is not None and b.top_down.bridges_eclipse),
        tiers,
        d.case.objective,
        d.case.requirements.delivered_eflop_min is not None,
        tuple(limit_values(d)),
    )
