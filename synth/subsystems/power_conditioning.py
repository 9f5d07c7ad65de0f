"""Power conditioning and distribution (PCDU and primary harness): delivers the array's power to the loads, and
its losses become heat the radiators must reject.

Optional: a case that names no ``options.power_conditioning`` candidates leaves it out, and the arrays' own
``power_conversion_efficiency`` then stands for the whole array-to-load chain (without its heat). With it, the
arrays' figure is the array-side part only (losses dissipated on the array) and this subsystem adds the rest.

Variable x[p,o] >= 0: load power delivered through technology p in orbit o (kW). With eta_p its conversion
efficiency (load power / bus power), m_p its mass and c_p its price per kW of throughput:

    sum_p x[p,o] >= IT_bu[o] + HK[o] + CH[o]                  (kW; row power_conditioning.serves_loads)

the sunlit loads of every subsystem that draws on the arrays before this one (bottom-up IT, housekeeping,
battery recharge), and it contributes, in orbit o:

    power, sunlit (kW)   demand  sum_p (1 / eta_p - 1) x[p,o]                    ("conversion_losses")
    heat (kW)            demand  sum_p (1 / eta_p - 1) x[p,o] at tier T_max,p   (its electronics' coolant limit)

both at beginning and at end of life: x is sized for the beginning-of-life loads (the largest: compute only fails),
and its losses are counted at that rated throughput at end of life too (conservative).
    mass (t), hosted     sum_p m_p x[p,o] / 1000;    stowed volume (m3): sum_p v_p x[p,o]
    cost (MUSD)          sum_{p,o} c_p x[p,o] / 1e6

Conversion losses in eclipse (battery to loads) are inside the batteries' round-trip efficiency and not counted
again here. Repeated per period: a block per period, sized for that period's loads.
"""

from __future__ import annotations

from typing import Annotated

import pyomo.core as pyo
from pydantic import Field

from synth import tolerances
from synth.catalog import Entry
from synth.fmt import parts
from synth.model.data import KG_PER_T, MUSD
from synth.result import Check
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Subsystem
from synth.units import Fraction, Unit


class PowerConditioningUnit(Entry):
    """A power conditioning and distribution technology: electronics and primary harness, per kW of load."""

    conversion_efficiency: Fraction = Field(gt=0.5, le=1, description="Load power / bus power entering the unit; the rest becomes heat inside the spacecraft.")
    mass_kg_per_kw: Annotated[float, Unit("kg/kW")] = Field(ge=0, le=1000, description="Mass per kW of load throughput, electronics and primary harness "
        "(kg/kW).")
    price_usd_per_kw: float = Field(ge=0, le=1e7, description="Price per kW of load throughput (USD/kW).")
    stowed_volume_m3_per_kw: Annotated[float, Unit("m**3/kW")] = Field(ge=0, le=10, description="Stowed volume per kW of throughput (m3/kW).")
    max_temperature_k: Annotated[float, Unit("K")] = Field(gt=200, le=500, description="Hottest radiator that can still cool its electronics (baseplate "
        "limit less the interface "
        "gradient), K.")


class PowerConditioning(Subsystem):
    name = "power_conditioning"
    order = 65  # after every sunlit load it serves (compute, batteries, buses), before propellant and launch
    catalog = "power_conditioning"
    entry = PowerConditioningUnit
    option_doc = "Candidate power conditioning and distribution technologies (optional: none leaves the subsystem out)."
    option_required = False
    explained = {"serves_loads": ("power", "load power the power conditioning can deliver", "kW")}
    design_fields = {
        "power_conditioning_kw_by_technology": (dict[str, float], Field(default_factory=dict, description="Load power delivered through each power "
            "conditioning technology (kW).")),
    }

    def parameters(self, d):
        p: dict[Key, float] = {}
        for k, unit in d.entries("power_conditioning").items():
            p[("pcdu_loss", k)] = 1.0 / unit.conversion_efficiency - 1.0
            p[("pcdu_t_per_kw", k)] = unit.mass_kg_per_kw / KG_PER_T
            p[("vol", "pcdu", k)] = unit.stowed_volume_m3_per_kw
            p[("price", "pcdu", k)] = unit.price_usd_per_kw / MUSD
        return p

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        units = ctx.d.entries("power_conditioning")
        b.U = pyo.Set(initialize=list(units), ordered=True)
        b.x = pyo.Var(b.U, m.O, domain=pyo.NonNegativeReals)
        loads = {o: ctx.total("power", o) for o in m.O}
        b.serves_loads = pyo.Constraint(m.O, rule=lambda _, o: sum(b.x[k, o] for k in b.U) >= loads[o])
        loss = {k: {o: P["pcdu_loss", k] * b.x[k, o] for o in m.O} for k in b.U}
        mass = {o: sum(P["pcdu_t_per_kw", k] * b.x[k, o] for k in b.U) for o in m.O}
        return [
            *[Item(r, "conversion_losses", {o: sum(loss[k][o] for k in b.U) for o in m.O}) for r in ("power", "power_eol")],
            *[Item(r, "conversion_losses", loss[k], tier=units[k].max_temperature_k) for k in b.U for r in ("heat", "heat_eol")],
            Item("mass", "power_conditioning", mass),
            Item("hosting_payload", "power_conditioning", mass),
            Item("stowed_volume", "power_conditioning", {o: sum(P["vol", "pcdu", k] * b.x[k, o] for k in b.U) for o in m.O}),
            Item("cost", "power_conditioning", sum(P["price", "pcdu", k] * b.x[k, o] for k in b.U for o in m.O)),
        ]

    def design_variables(self, b):
        """Load power delivered through each technology and orbit (kW, its rated capacity:
        ``power_conditioning_kw_by_technology``)."""
        return list(b.x.values())

    def summary_lines(self, design):
        flows = design.power_conditioning_kw_by_technology
        return [("power conditioning", f"{sum(flows.values()):,.0f} kW of load " + parts(flows, "kW"))]

    def extract(self, ctx, b, orbit, shield):
        flows = {k: float(pyo.value(b.x[k, orbit]) or 0.0) for k in b.U}
        return {"power_conditioning_kw_by_technology": {k: f for k, f in flows.items() if f > tolerances.ZERO}}

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        units = ctx.d.entries("power_conditioning")
        flows = ctx.design.power_conditioning_kw_by_technology
        loads = ctx.total("power")
        ctx.checks.append(Check.ge("power", "serves_loads", "power conditioning delivers every sunlit load", sum(flows.values()), loads, "kW"))
        mass = sum(units[k].mass_kg_per_kw * f for k, f in flows.items()) / KG_PER_T
        heat = [Item(r, "conversion_losses", (1 / units[k].conversion_efficiency - 1) * f, tier=units[k].max_temperature_k)
                for k, f in flows.items() for r in ("heat", "heat_eol")]
        return [
            *[Item(r, "conversion_losses", sum((1 / units[k].conversion_efficiency - 1) * f for k, f in flows.items())) for r in ("power", "power_eol")],
            *(heat or [Item(r, "conversion_losses", 0.0) for r in ("heat", "heat_eol")]),
            Item("mass", "power_conditioning", mass),
            Item("hosting_payload", "power_conditioning", mass),
            Item("stowed_volume", "power_conditioning", sum(units[k].stowed_volume_m3_per_kw * f for k, f in flows.items())),
            Item("cost", "power_conditioning", sum(units[k].price_usd_per_kw * f for k, f in flows.items()) / MUSD),
        ]

    def check_names(self, rc, d, design):
        known = rc.entries.get("power_conditioning", {})
        return [(("power_conditioning_kw_by_technology", k), f"{k!r} is not among the case's candidates; allowed: {', '.join(sorted(known)) or '(none)'}")
                for k in design.power_conditioning_kw_by_technology if k not in known]
