"""Programme costs: integration, operations, non-recurring engineering and the ground segment (``economics``).

With MASS[o] the total launched mass the core sums from every subsystem (t), U[o] the satellites / modules the buses
publish, A(L, r) the present-value years of a recurring cost over the design life at the discount rate
(:func:`synth.physics.economics.annuity_years`; A = L when r = 0), cost items (MUSD):

    integration     = sum_o (c_kg MASS[o] + c_sat U[o])
    operations      = (c_ops + c_ops,sat sum_o U[o]) A(L, r)
    nre             = c_nre                      ground_segment = c_ground         (paid at the start)

No catalog and no variables of its own; the case's ``economics`` section holds its figures.
Repeated per period: a block per period, with that period's satellites and discounting.
"""

from __future__ import annotations

import pyomo.core as pyo

from synth.model.data import KG_PER_T, MUSD
from synth.subsystems.base import BuildContext, EvalContext, Item, Subsystem


class Programme(Subsystem):
    name = "programme"
    order = 90

    def parameters(self, d):
        econ = d.case.economics
        a = d.annuity_years
        return {
            ("price", "integration_per_t"): econ.integration_usd_per_kg * KG_PER_T / MUSD,
            ("price", "integration_per_unit"): econ.integration_usd_per_satellite / MUSD,
            ("price", "operations"): econ.operations_usd_per_year * a / MUSD,
            ("price", "operations_per_unit"): econ.operations_usd_per_satellite_year * a / MUSD,
            ("price", "nre"): econ.nre_usd / MUSD,
            ("price", "ground_segment"): econ.ground_segment_usd / MUSD,
        }

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        units = sum(ctx.get("satellites")[o] for o in m.O)
        mass = sum(ctx.total("mass", o) for o in m.O)
        return [
            Item("cost", "integration", P["price", "integration_per_t"] * mass + P["price", "integration_per_unit"] * units),
            Item("cost", "operations", P["price", "operations"] + P["price", "operations_per_unit"] * units),
            Item("cost", "nre", P["price", "nre"]),
            Item("cost", "ground_segment", P["price", "ground_segment"]),
        ]

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        econ = ctx.d.case.economics
        units = ctx.published["satellites"]
        mass_kg = ctx.total("mass") * KG_PER_T
        a = ctx.d.annuity_years
        return [
            Item("cost", "integration", (econ.integration_usd_per_kg * mass_kg + econ.integration_usd_per_satellite * units) / MUSD),
            Item("cost", "operations", (econ.operations_usd_per_year + econ.operations_usd_per_satellite_year * units) * a / MUSD),
            Item("cost", "nre", econ.nre_usd / MUSD),
            Item("cost", "ground_segment", econ.ground_segment_usd / MUSD),
        ]
