"""Programme costs: integration, operations, non-recurring engineering, the ground segment, insurance and the cost
contingency (``economics``).

With MASS[o] the total launched mass the core sums from every subsystem (t), U[o] the satellites / modules the buses
publish, H the flight hardware's price (the cost items compute, shielding, solar_arrays, radiators, batteries, bus,
power_conditioning; MUSD), LAUNCH the launch cost item, A(L, r) the present-value years of a recurring cost over the
design life at the orbital side's cost of capital (:func:`synth.physics.economics.annuity_years`; A = L when r = 0),
cost items (MUSD):

    integration          = sum_o (c_kg MASS[o] + c_sat U[o]) + f_int H
    operations           = (c_ops + c_ops,sat sum_o U[o]) A(L, r)
    nre                  = c_nre                      ground_segment = c_ground         (paid at the start)
    launch_insurance     = i_launch V                 (paid at launch)
    in_orbit_insurance   = i_orbit V A(L, r)          (a level premium on the value at launch)
    contingency          = k (H + integration + nre + ground_segment)

(with the time to power counted, A(L, r) is multiplied by the delay factor D of ``synth.subsystems.compute``: the
recurring costs start with the compute), with the insured value V = H + integration + LAUNCH (what a loss at launch or in orbit would cost to replace) and k
the cost contingency (a reserve on estimated costs; launch is a contracted price and operations a rate, so neither
carries it). Every orbital capital item is recovered over the design life (the fleet is not retrieved or reused),
so its present value is its price. No catalog and no variables of its own; the case's ``economics`` section holds
its figures. Repeated per period: a block per period, with that period's satellites and discounting.
"""

from __future__ import annotations

from typing import Any

import pyomo.core as pyo

from synth.model.data import KG_PER_T, MUSD
from synth.subsystems.base import BuildContext, EvalContext, Item, Subsystem
from synth.subsystems.compute import orbit_delay_factor

#: cost items that are flight hardware (the base of the integration wrap, the insured value and the contingency)
HARDWARE = ("compute", "shielding", "solar_arrays", "radiators", "batteries", "bus", "power_conditioning", "isl_terminals", "downlink_terminals")


def _sum_named(items: list[Item], names: tuple[str, ...]) -> Any:
    return sum(i.value for i in items if i.resource == "cost" and i.name in names)


class Programme(Subsystem):
    name = "programme"
    order = 90

    def design_variables(self, b):
        """None: integration, operations, insurance and contingency follow from the design and each world's prices."""
        return []

    def parameters(self, d):
        econ = d.case.economics
        a = d.annuity_years * orbit_delay_factor(d.case)
        return {
            ("price", "integration_per_t"): econ.integration_usd_per_kg * KG_PER_T / MUSD,
            ("price", "integration_per_unit"): econ.integration_usd_per_satellite / MUSD,
            ("price", "integration_wrap"): econ.integration_fraction_of_hardware,
            ("price", "operations"): econ.operations_usd_per_year * a / MUSD,
            ("price", "operations_per_unit"): econ.operations_usd_per_satellite_year * a / MUSD,
            ("price", "nre"): econ.nre_usd / MUSD,
            ("price", "ground_segment"): econ.ground_segment_usd / MUSD,
            ("price", "launch_insurance"): econ.launch_insurance_rate,
            ("price", "in_orbit_insurance"): econ.in_orbit_insurance_rate_per_year * a,
            ("price", "contingency"): econ.cost_contingency,
        }

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        units = sum(ctx.get("satellites")[o] for o in m.O)
        mass = sum(ctx.total("mass", o) for o in m.O)
        hardware = _sum_named(ctx.items, HARDWARE)
        b.INTEGRATION = pyo.Expression(expr=P["price", "integration_per_t"] * mass + P["price", "integration_per_unit"] * units
                                       + P["price", "integration_wrap"] * hardware)
        b.INSURED = pyo.Expression(expr=hardware + b.INTEGRATION + _sum_named(ctx.items, ("launch",)))
        return [
            Item("cost", "integration", b.INTEGRATION),
            Item("cost", "operations", P["price", "operations"] + P["price", "operations_per_unit"] * units),
            Item("cost", "nre", P["price", "nre"]),
            Item("cost", "ground_segment", P["price", "ground_segment"]),
            Item("cost", "launch_insurance", P["price", "launch_insurance"] * b.INSURED),
            Item("cost", "in_orbit_insurance", P["price", "in_orbit_insurance"] * b.INSURED),
            Item("cost", "contingency", P["price", "contingency"] * (hardware + b.INTEGRATION + P["price", "nre"] + P["price", "ground_segment"])),
        ]

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        econ = ctx.d.case.economics
        units = ctx.published["satellites"]
        mass_kg = ctx.total("mass") * KG_PER_T
        a = ctx.d.annuity_years * orbit_delay_factor(ctx.d.case)
        hardware = float(_sum_named(ctx.items, HARDWARE))
        integration = (econ.integration_usd_per_kg * mass_kg + econ.integration_usd_per_satellite * units) / MUSD \
            + econ.integration_fraction_of_hardware * hardware
        insured = hardware + integration + float(_sum_named(ctx.items, ("launch",)))
        nre, ground = econ.nre_usd / MUSD, econ.ground_segment_usd / MUSD
        return [
            Item("cost", "integration", integration),
            Item("cost", "operations", (econ.operations_usd_per_year + econ.operations_usd_per_satellite_year * units) * a / MUSD),
            Item("cost", "nre", nre),
            Item("cost", "ground_segment", ground),
            Item("cost", "launch_insurance", econ.launch_insurance_rate * insured),
            Item("cost", "in_orbit_insurance", econ.in_orbit_insurance_rate_per_year * a * insured),
            Item("cost", "contingency", econ.cost_contingency * (hardware + integration + nre + ground)),
        ]

    def warnings(self, rc, d):
        from synth.checks import InputWarning

        econ = rc.case.economics
        if econ.include_time_to_power and econ.time_to_power_years == 0:
            slowest = max((t.time_to_power_years for t in rc.terrestrials.values()), default=0.0)
            return [InputWarning("economics.time_to_power_years", f"is 0: the orbit is counted as powered at once while the ground waits up to "
                                 f"{slowest:g} years; state the orbit's own years to power (limits.deployment_years is {rc.case.limits.deployment_years:g})")]
        return []
