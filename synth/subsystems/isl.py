"""Optical inter-satellite links and the formation a training cluster flies in.

A training workload's accelerators exchange b Gbit/s each with the rest of their cluster (``synth.workloads``; the
compute demands b x accelerators on the scale-out row). A bus whose own fabric holds the whole cluster (an assembled
platform; ``buses.fabric_it_kw``) carries that traffic itself; the others (satellites, ``LINKED`` units) need laser
terminals. Variable term[i,o] in Z+: terminals of type i in orbit o (rate r_i Gbit/s, mass m_i, power p_i, price
c_i). With ACC[o] the accelerators (compute), LINKED[o] the units that need links and LOADED[o] their mass when full
(t; buses), N the largest training cluster served, F_max the most satellites one formation holds, d the links per
satellite of the cluster's topology, dv the formation's station-keeping delta-v (m/s per year):

    scale-out bandwidth (Gbit/s)  supply  sum_i r_i term[i,o]                 (one end per terminal; row scale_out_bandwidth;
                                                                              r_i = 0 when its range is below the neighbour distance)
    sum_i term[i,o] >= d LINKED[o]                                          row isl_topology[o]      (every satellite has d neighbours)
    N LINKED[o] <= F_max ACC[o]                                              row formation_size[o]

The formation row is the cluster's satellites, N / (ACC / LINKED) = N LINKED / ACC, within F_max: a cluster of N
accelerators on satellites of k accelerators each flies N / k satellites together. Contributions in orbit o:

    power (kW), both ends of life   sum_i p_i term[i,o]                       ("isl_terminals"; heat likewise)
    mass (t)                        sum_i m_i term[i,o] + dv L / (Isp g0) LOADED[o] ("formation_propellant")
    cost (MUSD)                     sum_{i,o} c_i term[i,o]

with Isp the lowest of the candidate buses' (the propellant of a satellite flying at its full mass for the whole
life: conservative). The terminals run while the compute runs; in eclipse their power is not counted (throttled
compute needs no links; a small omission for compute kept running). Capacities pool across the satellites of an
orbit, as every other budget does. Repeated per period: a block per period (the terminals of that year's satellites).
"""

from __future__ import annotations

import math
from typing import Annotated

import pyomo.core as pyo
from pydantic import Field

from synth.catalog import Entry
from synth.model.data import KG_PER_T, MUSD
from synth.physics.constants import STANDARD_GRAVITY
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Subsystem
from synth.units import Unit
from synth.workloads import served_mix


class IslTerminal(Entry):
    """An optical inter-satellite link terminal."""

    rate_gbps: Annotated[float, Unit("Gbit/s")] = Field(gt=0, le=1e5, description="Data rate of one terminal, one direction (Gbit/s).")
    range_km: Annotated[float, Unit("km")] = Field(gt=0, le=1e6, description="Longest link it closes at that rate (km).")
    mass_kg: Annotated[float, Unit("kg")] = Field(gt=0, le=1000, description="Mass of one terminal (kg).")
    power_w: Annotated[float, Unit("W")] = Field(ge=0, le=1e5, description="Power of one terminal while linked (W).")
    price_usd: float = Field(ge=0, le=1e9, description="Price of one terminal (USD).")


def planar_formation_satellites(radius_m: float, spacing_m: float) -> float:
    """Most satellites a planar formation of radius R holds at a least spacing s, N ~ 3.63 (R / s)^2 (-; Penot &
    Balakrishnan, arXiv 2605.15335, 2026: the optimal planar packing, fitted). ``options.formation_max_satellites``
    takes a count; this relation gives one from a radius and a spacing."""
    return 3.63 * (radius_m / spacing_m) ** 2


def formation_propellant_t_per_t(delta_v_m_per_s_per_year: float, life_years: float, isp_s: float) -> float:
    """Station-keeping propellant per tonne flown, dv L / (Isp g0) (t/t; the small-delta-v form of the rocket equation)."""
    return delta_v_m_per_s_per_year * life_years / (isp_s * STANDARD_GRAVITY)


class Isl(Subsystem):
    name = "isl"
    order = 65
    catalog = "isl_terminals"
    entry = IslTerminal
    option_doc = "Candidate optical inter-satellite link terminals (needed when a training cluster spans satellites)."
    option_required = False
    extra_options = {
        "formation_max_satellites": (int, Field(81, ge=1, le=100_000, description="Most satellites one formation holds (Google Suncatcher: 81 "
            "within a 1 km radius, arXiv 2511.19468; the optimal planar packing holds ~3.63 (R / s)^2, 367 at 1 km and 100 m spacing, "
            "synth.subsystems.isl.planar_formation_satellites).")),
        "formation_delta_v_m_per_s_per_year": (float, Field(10.0, ge=0, le=10_000, description="Station-keeping delta-v to hold the formation "
            "(m/s per year).")),
        "links_per_satellite": (int, Field(4, ge=1, le=64, description="Laser links each satellite of a cluster keeps (its neighbours in the "
            "cluster's topology; 4 for a 2-D torus or grid).")),
        "formation_neighbour_km": (float, Field(0.2, gt=0, le=100_000, description="Distance to a neighbour in the formation (km; Suncatcher: "
            "100-200 m); a terminal whose range is shorter carries nothing.")),
    }
    explained = {"isl_topology": ("network", "laser terminals each satellite keeps to its neighbours", "terminals"),
                 "formation_size": ("network", "satellites one training cluster flies in formation", "satellites")}
    design_fields = {"isl_terminals": (dict[str, int], Field(default_factory=dict, description="Laser inter-satellite terminals per type."))}

    def coefficients(self, rc, env):
        opts = rc.case.options
        isp = min((bus.propulsion_isp_s for bus in rc.entries["buses"].values()), default=1.0)
        return {"prop_t_per_t": formation_propellant_t_per_t(opts.formation_delta_v_m_per_s_per_year, rc.case.requirements.design_life_years, isp),
                "cluster": served_mix(rc).largest_cluster}

    def parameters(self, d):
        co = d.coeff["isl"]
        opts = d.case.options
        p: dict[Key, float] = {("network", "prop_t_per_t"): co["prop_t_per_t"], ("network", "cluster"): float(co["cluster"]),
             ("network", "formation_max"): float(opts.formation_max_satellites), ("network", "links_per_sat"): float(opts.links_per_satellite)}
        for i, t in d.entries("isl_terminals").items():
            reaches = t.range_km >= opts.formation_neighbour_km
            p.update({("isl_rate", i): t.rate_gbps if reaches else 0.0, ("isl_t", i): t.mass_kg / KG_PER_T, ("isl_kw", i): t.power_w / 1000.0,
                      ("price", "isl", i): t.price_usd / MUSD})
        return p

    def structure(self, d):
        return (tuple(d.entries("isl_terminals")), d.coeff["compute"].scale_out_gbps > 0)

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        if ctx.d.coeff["compute"].scale_out_gbps <= 0:  # nothing to join: no terminals
            return []
        b.I = pyo.Set(initialize=list(ctx.d.entries("isl_terminals")), ordered=True)
        b.term = pyo.Var(b.I, m.O, domain=pyo.NonNegativeIntegers)
        orbits = list(m.O)
        linked, acc, loaded = ctx.get("linked_units"), ctx.get("accelerators"), ctx.get("linked_loaded_t")
        b.isl_topology = pyo.Constraint(m.O, rule=lambda _, o: sum(b.term[i, o] for i in b.I) >= P["network", "links_per_sat"] * linked[o])
        b.formation_size = pyo.Constraint(m.O, rule=lambda _, o: P["network", "cluster"] * linked[o] <= P["network", "formation_max"] * acc[o])
        kw = {o: sum(P["isl_kw", i] * b.term[i, o] for i in b.I) for o in orbits}
        return [
            Item("isl_bandwidth", "isl_terminals", {o: sum(P["isl_rate", i] * b.term[i, o] for i in b.I) for o in orbits}, side="supply"),
            *[Item(r, "isl_terminals", kw) for r in ("power", "power_eol", "heat", "heat_eol")],
            Item("mass", "isl_terminals", {o: sum(P["isl_t", i] * b.term[i, o] for i in b.I) for o in orbits}),
            Item("mass", "formation_propellant", {o: P["network", "prop_t_per_t"] * loaded[o] for o in orbits}),
            Item("cost", "isl_terminals", sum(P["price", "isl", i] * b.term[i, o] for i in b.I for o in orbits)),
        ]

    def extract(self, ctx, b, orbit, shield):
        if not hasattr(b, "term"):
            return {"isl_terminals": {}}
        counts = {i: int(round(pyo.value(b.term[i, orbit]) or 0)) for i in b.I}
        return {"isl_terminals": {i: n for i, n in counts.items() if n > 0}}

    def design_variables(self, b):
        """Laser terminals per type and orbit (none when no cluster is joined)."""
        return list(b.term.values()) if hasattr(b, "term") else []

    def fine_counts(self, b):
        return list(b.term.values()) if hasattr(b, "term") else []  # the terminals exist only when a cluster is joined

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        from synth.result import Check

        d = ctx.d
        if d.coeff["compute"].scale_out_gbps <= 0:
            return []
        terms = ctx.design.isl_terminals
        kinds = d.entries("isl_terminals")
        co, opts = d.coeff["isl"], d.case.options
        linked, acc, loaded = ctx.published["linked_units"], ctx.published["accelerators"], ctx.published["linked_loaded_t"]
        ctx.checks.append(Check.ge("network", "isl_topology", "laser terminals for every satellite's neighbours", sum(terms.values()),
                                   opts.links_per_satellite * linked, "terminals"))
        ctx.checks.append(Check.le("network", "formation_size", "the training cluster's satellites within one formation",
                                   co["cluster"] * linked, opts.formation_max_satellites * acc, "satellite-accelerators"))
        kw = sum(kinds[i].power_w / 1000.0 * n for i, n in terms.items())
        return [
            Item("isl_bandwidth", "isl_terminals", sum(kinds[i].rate_gbps * n for i, n in terms.items() if kinds[i].range_km >= opts.formation_neighbour_km),
                 side="supply"),
            *[Item(r, "isl_terminals", kw) for r in ("power", "power_eol", "heat", "heat_eol")],
            Item("mass", "isl_terminals", sum(kinds[i].mass_kg * n for i, n in terms.items()) / KG_PER_T),
            Item("mass", "formation_propellant", co["prop_t_per_t"] * loaded),
            Item("cost", "isl_terminals", sum(kinds[i].price_usd * n for i, n in terms.items()) / MUSD),
        ]

    def structural(self, d):
        from synth.result import Diagnosis

        buses, bco = d.entries("buses"), d.coeff["buses"]
        if d.coeff["compute"].scale_out_gbps <= 0 or not bco.needs_isl or len(bco.needs_isl) < len(buses):
            return []  # no training, or a bus whose own fabric holds the cluster
        cluster, most = d.coeff["isl"]["cluster"], d.case.options.formation_max_satellites
        compute = d.entries("compute")
        # satellites one cluster needs with each bus and chip: the chip decides how many accelerators a unit holds
        need = {(k, c): math.ceil(cluster / math.floor(bco.cap_kw[k] / (mod.power_w / 1000.0) + 1e-9) - 1e-9)
                for k in bco.needs_isl for c, mod in compute.items() if bco.cap_kw[k] >= mod.power_w / 1000.0}
        if not need or min(need.values()) <= most:
            return []
        fewest = min(need.values())
        chips = ", ".join(f"{c} on {k}: {n:,}" for (k, c), n in sorted(need.items(), key=lambda kv: kv[1]))
        return [Diagnosis("network", "options.formation_max_satellites", most, fewest,
                          f"[network] a training cluster of {cluster:,} accelerators needs at least {fewest:,} satellites flying together, more than "
                          f"one formation holds ({most:,}); satellites per cluster by chip and bus: {chips}",
                          "--set options.formation_max_satellites=N with N at least the count of the chip you want (Penot & Balakrishnan, "
                          "arXiv 2605.15335: 367 within 1 km), a bus with more IT per unit, or a smaller cluster")]

    def warnings(self, rc, d):
        from synth.checks import InputWarning

        reach = rc.case.options.formation_neighbour_km
        return [InputWarning(f"isl_terminals.{i}.range_km", f"{t.range_km:g} km is below the formation's neighbour distance of {reach:g} km: it carries "
                             "nothing") for i, t in rc.entries.get("isl_terminals", {}).items() if t.range_km < reach]
