"""Radiation shielding around the compute: one option for the whole design, chosen with the orbit.

The core's ``pick[o, h]`` chooses the orbit o and this shielding h together. Shielding scales the dose the compute
sees (its failure rate, in the compute subsystem) and adds mass and cost in proportion to the IT power it
surrounds; with sigma_h its mass per kW of IT (t/kW) and p_h its price per kg:

    mass[o]  = sum_{c,h} sigma_h P_c n[c,o,h]                    (t; hosted by the satellites)
    cost     = sum_{c,o,h} p_h sigma_h P_c n[c,o,h]               (MUSD)

with P_c n[c,o,h] the IT power the compute subsystem publishes as ``it_kw_by_shield[o, h]``.
Repeated per period: the same block per period, from that period's compute.
"""

from __future__ import annotations

from typing import Annotated

import pyomo.core as pyo
from pydantic import Field

from synth.catalog import Entry
from synth.model.data import KG_PER_T, MUSD
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Subsystem
from synth.units import Fraction, Unit


class ShieldingOption(Entry):
    """A radiation shielding option added around the compute."""

    dose_factor: Fraction = Field(gt=0, le=1, description="Dose behind this shielding relative to the orbit's 10 mm Al-equivalent figure.")
    mass_kg_per_kw: Annotated[float, Unit("kg/kW")] = Field(ge=0, description="Added shielding mass per kW of IT power (kg/kW).")
    price_usd_per_kg: float = Field(ge=0, description="Shielding material and integration price (USD/kg).")


class Shielding(Subsystem):
    name = "shielding"
    order = 20
    catalog = "shielding"
    entry = ShieldingOption
    option_doc = "Candidate radiation shielding options; the design uses exactly one."

    def design_variables(self, b):
        """None of its own: the shielding is the core's pick[o, h], which a robust design holds equal in every world."""
        return []

    def parameters(self, d):
        p: dict[Key, float] = {}
        for h, sh in d.entries("shielding").items():
            p[("shield_t_per_kw", h)] = sh.mass_kg_per_kw / KG_PER_T
            p[("price", "shield_per_kw", h)] = sh.price_usd_per_kg * sh.mass_kg_per_kw / MUSD
        return p

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        it = ctx.get("it_kw_by_shield")
        mass = {o: sum(P["shield_t_per_kw", h] * it[o, h] for h in m.H) for o in m.O}
        cost = sum(P["price", "shield_per_kw", h] * it[o, h] for o in m.O for h in m.H)
        return [Item("mass", "shielding", mass), Item("hosting_payload", "shielding", mass), Item("cost", "shielding", cost)]

    def summary_lines(self, design):
        return [("shielding", design.shielding)]

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        sh = ctx.d.entry("shielding", ctx.design.shielding)
        it_kw = ctx.published["it_kw"]
        mass_kg = sh.mass_kg_per_kw * it_kw
        return [Item("mass", "shielding", mass_kg / KG_PER_T), Item("hosting_payload", "shielding", mass_kg / KG_PER_T),
                Item("cost", "shielding", sh.price_usd_per_kg * mass_kg / MUSD)]
