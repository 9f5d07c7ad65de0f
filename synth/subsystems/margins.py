"""Mass growth allowance: the mass the design is expected to gain between this estimate and flight (AIAA S-120A).

With m_i[o] the dry-mass items contributed so far (t, in orbit o) and g_i the case's allowance for item i
(``economics.mass_growth_allowance``: by item name, or its ``default``; 0 when neither is given):

    mass growth (t)   = sum_{i in dry-mass items} g_i m_i[o]                   ("mass_growth", launched, not hosted)

Propellant is not grown (it is computed from the areas, and grows with them through its own rows). The allowance is
launched and paid for like any other mass (the launch rows see it); it carries no hardware price: an estimate's
price uncertainty is the cost contingency (``synth.subsystems.programme``). No catalog and no variables of its own.
Repeated per period: a block per period, on that period's dry mass.
"""

from __future__ import annotations

import pyomo.core as pyo

from synth.subsystems.base import BuildContext, EvalContext, Item, Subsystem

#: the dry-mass items the allowance applies to (names of the mass items the subsystems contribute)
MASS_ITEMS = ("compute", "shielding", "solar_arrays", "radiators", "batteries", "bus", "power_conditioning", "isl_terminals", "downlink_terminals")


def allowance(table: dict[str, float], item: str) -> float:
    """g_i: the item's own allowance, else the default, else 0."""
    return table.get(item, table.get("default", 0.0))


class Margins(Subsystem):
    name = "margins"
    order = 75

    def design_variables(self, b):
        """None: the mass growth allowance follows from the other subsystems' masses in each world."""
        return []

    def parameters(self, d):
        table = d.case.economics.mass_growth_allowance
        return {("mga", item): allowance(table, item) for item in MASS_ITEMS}

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        P = ctx.P
        dry = [i for i in ctx.items if i.resource == "mass" and i.side == "demand" and i.name in MASS_ITEMS]
        return [Item("mass", "mass_growth", {o: sum(P["mga", i.name] * i.value[o] for i in dry) for o in ctx.m.O})]

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        table = ctx.d.case.economics.mass_growth_allowance
        dry = [i for i in ctx.items if i.resource == "mass" and i.side == "demand" and i.name in MASS_ITEMS]
        return [Item("mass", "mass_growth", sum(allowance(table, i.name) * i.value for i in dry))]
