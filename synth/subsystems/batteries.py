"""Batteries: carry what keeps running through the longest eclipse, recharged by the arrays in sunlight.

Variable batt[b,o] >= 0: nameplate energy of technology b in orbit o (kWh). With depth of discharge DoD_b and
round-trip efficiency eta_b split evenly between charge and discharge (:mod:`synth.physics.power`):

    delivered per eclipse   e_b = DoD_b sqrt(eta_b)                                  (kWh per kWh of nameplate)
    recharge power          c_b,o = DoD_b / (sqrt(eta_b) t_sun,o)                    (kW per kWh of nameplate)

with t_sun,o the sunlit part of the orbit with the longest eclipse. Contributions in orbit o:

    eclipse energy (kWh)   supply  sum_b e_b batt[b,o]
    power (sunlit, kW)     demand  sum_b c_b,o batt[b,o]              ("battery_recharge")
    mass (t), hosted       sum_b batt[b,o] / (specific energy_b)
    cost (MUSD)            sum_{b,o} price_b batt[b,o]

The eclipse-energy balance exists only in orbits with an eclipse. Batteries add no stowed volume of their own
(inside the bus's). Repeated per period: a block per period; capacity fade would enter as a per-period factor.
"""

from __future__ import annotations

from typing import Annotated

import pyomo.core as pyo
from pydantic import Field

from synth import tolerances
from synth.catalog import Entry
from synth.fmt import parts
from synth.model.data import KG_PER_T, MUSD
from synth.physics import power
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Subsystem
from synth.units import Fraction, Unit


class Battery(Entry):
    """A battery technology."""

    specific_energy_wh_per_kg: Annotated[float, Unit("W*hour/kg")] = Field(gt=0, le=2000, description="Usable pack-level specific energy (Wh/kg).")
    depth_of_discharge: Fraction = Field(gt=0, le=1, description="Allowed depth of discharge per eclipse.")
    round_trip_efficiency: Fraction = Field(gt=0, le=1, description="Charge-discharge round-trip efficiency.")
    price_usd_per_kwh: float = Field(ge=0, description="Pack price (USD/kWh of nameplate energy).")


class Batteries(Subsystem):
    name = "batteries"
    order = 50
    catalog = "batteries"
    entry = Battery
    option_doc = "Candidate battery technologies."
    design_fields = {
        "battery_energy_by_technology_kwh": (dict[str, float], Field(default_factory=dict, description="Battery nameplate energy per technology (kWh).")),
        "battery_energy_kwh": (float | None, Field(None, description="Total battery energy (kWh); recomputed, accepted for round trips of result.json.")),
    }

    def coefficients(self, rc, env) -> dict[tuple[str, str], tuple[float, float]]:
        """(b, o) -> (kWh delivered per nameplate kWh, kW of recharge per nameplate kWh)."""
        return {(b, o): (power.battery_deliverable_kwh_per_kwh(bat.depth_of_discharge, bat.round_trip_efficiency),
                         power.battery_recharge_kw_per_kwh(bat.depth_of_discharge, bat.round_trip_efficiency, e.sunlit_h_worst_orbit))
                for b, bat in rc.entries["batteries"].items() for o, e in env.items()}

    def parameters(self, d):
        p: dict[Key, float] = {}
        for b, bat in d.entries("batteries").items():
            p[("batt_t_per_kwh", b)] = 1000.0 / bat.specific_energy_wh_per_kg / KG_PER_T
            p[("price", "battery", b)] = bat.price_usd_per_kwh / MUSD
            for o in d.env:
                p[("batt_deliver", b, o)], p[("batt_recharge", b, o)] = d.coeff["batteries"][(b, o)]
        return p

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        b.B = pyo.Set(initialize=list(ctx.d.entries("batteries")), ordered=True)
        b.batt = pyo.Var(b.B, m.O, domain=pyo.NonNegativeReals)
        mass = {o: sum(P["batt_t_per_kwh", k] * b.batt[k, o] for k in b.B) for o in m.O}
        return [
            Item("eclipse_energy", "batteries", {o: sum(P["batt_deliver", k, o] * b.batt[k, o] for k in b.B) for o in m.O}, side="supply"),
            *[Item(r, "battery_recharge", {o: sum(P["batt_recharge", k, o] * b.batt[k, o] for k in b.B) for o in m.O}) for r in ("power", "power_eol")],
            Item("mass", "batteries", mass),
            Item("hosting_payload", "batteries", mass),
            Item("cost", "batteries", sum(P["price", "battery", k] * b.batt[k, o] for k in b.B for o in m.O)),
        ]

    def summary_lines(self, design):
        return [("battery", f"{design.battery_energy_kwh:,.1f} kWh " + parts(design.battery_energy_by_technology_kwh, "kWh"))]

    def extract(self, ctx, b, orbit, shield):
        energy = {k: float(pyo.value(b.batt[k, orbit]) or 0.0) for k in b.B}
        energy = {k: e for k, e in energy.items() if e > tolerances.ZERO}
        return {"battery_energy_by_technology_kwh": energy, "battery_energy_kwh": sum(energy.values())}

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        energy = ctx.design.battery_energy_by_technology_kwh
        bats = ctx.d.entries("batteries")
        coeff = {k: ctx.d.coeff["batteries"][(k, ctx.orbit)] for k in energy}
        ctx.fields["battery_energy_kwh"] = sum(energy.values())
        mass = sum(kwh * 1000.0 / bats[k].specific_energy_wh_per_kg for k, kwh in energy.items()) / KG_PER_T
        return [
            Item("eclipse_energy", "batteries", sum(coeff[k][0] * kwh for k, kwh in energy.items()), side="supply"),
            *[Item(r, "battery_recharge", sum(coeff[k][1] * kwh for k, kwh in energy.items())) for r in ("power", "power_eol")],
            Item("mass", "batteries", mass),
            Item("hosting_payload", "batteries", mass),
            Item("cost", "batteries", sum(bats[k].price_usd_per_kwh * kwh for k, kwh in energy.items()) / MUSD),
        ]

    def check_names(self, rc, d, design):
        known = rc.entries["batteries"]
        return [(("battery_energy_by_technology_kwh", k), f"{k!r} is not among the case's candidates; allowed: {', '.join(sorted(known))}")
                for k in design.battery_energy_by_technology_kwh if k not in known]

    def warnings(self, rc, d):
        from synth.checks import InputWarning

        return [InputWarning(f"batteries.{k}.specific_energy_wh_per_kg", f"{bat.specific_energy_wh_per_kg:g} Wh/kg is about twice today's best packs")
                for k, bat in rc.entries["batteries"].items() if bat.specific_energy_wh_per_kg > 500]
