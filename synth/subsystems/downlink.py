"""Downlink: space-to-ground terminals and the ground stations that receive them, for the answers of inference.

An inference workload sends beta bits to the ground per FLOP computed (``synth.workloads``); the compute demands
beta x its FLOP rate on the downlink row. Variables, per terminal type j and orbit o: dl[j,o] in Z+ terminals (rate
r_j Gbit/s while in contact, a_j the fraction of time a link is up: ground-station visibility and, for optical
links, weather), gs[j,o] in Z+ ground stations of that type (each serving S_j terminals). With U[o] the satellites:

    downlink (Gbit/s)  supply  sum_j r_j a_j dl[j,o]                          (row downlink_capacity)
    sum_j dl[j,o] >= U[o]                                                     row downlink_per_satellite[o] (each its own)
    S_j gs[j,o] >= dl[j,o]                                                    row ground_stations[j,o]

Contributions in orbit o:

    power (kW), both ends of life   sum_j p_j dl[j,o]                         ("downlink_terminals"; heat likewise)
    mass (t)                        sum_j m_j dl[j,o]
    cost (MUSD)                     sum_{j,o} (c_j dl[j,o] + c_gs,j gs[j,o])   ("downlink_terminals", "ground_stations")

Only built when the served mix has an inference share. Repeated per period: a block per period (that year's
terminals and the stations they need).
"""

from __future__ import annotations

import math
from typing import Annotated, Literal

import pyomo.core as pyo
from pydantic import Field

from synth.catalog import Entry
from synth.model.data import KG_PER_T, MUSD
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Subsystem
from synth.units import Fraction, Unit


class DownlinkTerminal(Entry):
    """A space-to-ground terminal and the ground station that receives it."""

    band: Literal["optical", "radio"] = Field(description="Optical (laser) or radio (Ka/V/E-band) link.")
    rate_gbps: Annotated[float, Unit("Gbit/s")] = Field(gt=0, le=1e5, description="Data rate while in contact (Gbit/s).")
    availability: Fraction = Field(gt=0, le=1, description="Fraction of time a link is up: visibility of a station and, for optical links, clear "
        "weather (site diversity included).")
    mass_kg: Annotated[float, Unit("kg")] = Field(gt=0, le=1000, description="Mass of one terminal (kg).")
    power_w: Annotated[float, Unit("W")] = Field(ge=0, le=1e5, description="Power of one terminal while transmitting (W).")
    price_usd: float = Field(ge=0, le=1e9, description="Price of one terminal (USD).")
    ground_station_usd: float = Field(ge=0, le=1e10, description="Price of one ground station (USD).")
    terminals_per_ground_station: float = Field(gt=0, le=1e6, description="Satellite terminals one ground station serves.")


class Downlink(Subsystem):
    name = "downlink"
    order = 66
    catalog = "downlink_terminals"
    entry = DownlinkTerminal
    option_doc = "Candidate space-to-ground downlink terminals (needed to serve inference)."
    option_required = False
    explained = {"downlink_per_satellite": ("network", "downlink terminals, one per satellite at least", "terminals"),
                 "ground_stations": ("network", "ground stations for the terminals", "stations")}
    design_fields = {
        "downlink_terminals": (dict[str, int], Field(default_factory=dict, description="Downlink terminals per type.")),
        "ground_stations": (dict[str, int], Field(default_factory=dict, description="Ground stations per terminal type.")),
    }

    def parameters(self, d):
        p: dict[Key, float] = {}
        for j, t in d.entries("downlink_terminals").items():
            p.update({("dl_gbps", j): t.rate_gbps * t.availability, ("dl_t", j): t.mass_kg / KG_PER_T, ("dl_kw", j): t.power_w / 1000.0,
                      ("price", "dl", j): t.price_usd / MUSD, ("price", "gs", j): t.ground_station_usd / MUSD,
                      ("dl_per_gs", j): t.terminals_per_ground_station})
        return p

    def structure(self, d):
        return (tuple(d.entries("downlink_terminals")), d.coeff["compute"].downlink_bits_per_flop > 0)

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        if ctx.d.coeff["compute"].downlink_bits_per_flop <= 0:  # nothing to send down: no terminals
            return []
        b.J = pyo.Set(initialize=list(ctx.d.entries("downlink_terminals")), ordered=True)
        b.dl = pyo.Var(b.J, m.O, domain=pyo.NonNegativeIntegers)
        b.gs = pyo.Var(b.J, m.O, domain=pyo.NonNegativeIntegers)
        orbits = list(m.O)
        sats = ctx.get("satellites")
        b.downlink_per_satellite = pyo.Constraint(m.O, rule=lambda _, o: sum(b.dl[j, o] for j in b.J) >= sats[o])
        b.ground_stations = pyo.Constraint(b.J, m.O, rule=lambda _, j, o: P["dl_per_gs", j] * b.gs[j, o] >= b.dl[j, o])
        kw = {o: sum(P["dl_kw", j] * b.dl[j, o] for j in b.J) for o in orbits}
        return [
            Item("downlink", "downlink_terminals", {o: sum(P["dl_gbps", j] * b.dl[j, o] for j in b.J) for o in orbits}, side="supply"),
            *[Item(r, "downlink_terminals", kw) for r in ("power", "power_eol", "heat", "heat_eol")],
            Item("mass", "downlink_terminals", {o: sum(P["dl_t", j] * b.dl[j, o] for j in b.J) for o in orbits}),
            Item("cost", "downlink_terminals", sum(P["price", "dl", j] * b.dl[j, o] for j in b.J for o in orbits)),
            Item("cost", "ground_stations", sum(P["price", "gs", j] * b.gs[j, o] for j in b.J for o in orbits)),
        ]

    def extract(self, ctx, b, orbit, shield):
        if not hasattr(b, "dl"):
            return {"downlink_terminals": {}, "ground_stations": {}}

        def counts(var):
            return {j: n for j in b.J if (n := int(round(pyo.value(var[j, orbit]) or 0))) > 0}

        terminals = counts(b.dl)  # the stations the terminals need (a free station's count is otherwise arbitrary)
        kinds = ctx.d.entries("downlink_terminals")
        return {"downlink_terminals": terminals,
                "ground_stations": {j: math.ceil(n / kinds[j].terminals_per_ground_station - 1e-9) for j, n in terminals.items()}}

    def design_variables(self, b):
        """Downlink terminals and ground stations per type and orbit (none when nothing goes down)."""
        return [*b.dl.values(), *b.gs.values()] if hasattr(b, "dl") else []

    def fine_counts(self, b):
        return list(b.dl.values()) + list(b.gs.values()) if hasattr(b, "dl") else []  # the terminals exist only when answers go down

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        from synth.result import Check

        d = ctx.d
        if d.coeff["compute"].downlink_bits_per_flop <= 0:
            return []
        kinds = d.entries("downlink_terminals")
        dl, gs = ctx.design.downlink_terminals, ctx.design.ground_stations
        ctx.checks.append(Check.ge("network", "downlink_per_satellite", "a downlink terminal on every satellite", sum(dl.values()),
                                   ctx.published["satellites"], "terminals"))
        for j, n in dl.items():
            ctx.checks.append(Check.ge("network", f"ground_stations[{j}]", f"ground stations for the {j} terminals",
                                       kinds[j].terminals_per_ground_station * gs.get(j, 0), n, "terminals"))
        kw = sum(kinds[j].power_w / 1000.0 * n for j, n in dl.items())
        return [
            Item("downlink", "downlink_terminals", sum(kinds[j].rate_gbps * kinds[j].availability * n for j, n in dl.items()), side="supply"),
            *[Item(r, "downlink_terminals", kw) for r in ("power", "power_eol", "heat", "heat_eol")],
            Item("mass", "downlink_terminals", sum(kinds[j].mass_kg * n for j, n in dl.items()) / KG_PER_T),
            Item("cost", "downlink_terminals", sum(kinds[j].price_usd * n for j, n in dl.items()) / MUSD),
            Item("cost", "ground_stations", sum(kinds[j].ground_station_usd * n for j, n in gs.items()) / MUSD),
        ]
