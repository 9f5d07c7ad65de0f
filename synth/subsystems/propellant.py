"""Propellant: drag make-up over life for the deployed arrays and radiators.

Per m2 of deployed area in orbit o, over the design life L, with the mean neutral density rho_o, the orbital speed
v_o, the frontal-area fraction f_o of the attitude flown, the drag coefficient C_d and the thrusters' specific impulse
Isp (:func:`synth.physics.economics.drag_propellant_kg_per_m2`):

    m_prop,o = 0.5 rho_o v_o^2 C_d f_o L 3.15576e7 / (Isp g0)                              (kg/m2)

at the lowest Isp among the bottom-up candidate buses (the design's bus is not known when the coefficient is made;
0 without bottom-up candidates: top-down units' all-in figures include their own propulsion). Contribution:

    mass (t)    m_prop,o (array area + radiator area)[o] / 1000          (not hosted: it rides in the bus)

from the areas the arrays and radiators publish. No catalog and no variables of its own.
Repeated per period: a block per period, over the remaining life of that period's areas.
"""

from __future__ import annotations

import pyomo.core as pyo

from synth.model.data import KG_PER_T
from synth.physics import economics
from synth.subsystems.base import BuildContext, EvalContext, Item, Subsystem


class Propellant(Subsystem):
    name = "propellant"
    order = 70

    def design_variables(self, b):
        """None: the drag make-up propellant follows from the areas (the arrays' and radiators' design variables)."""
        return []

    def coefficients(self, rc, env) -> dict[str, float]:
        """Orbit -> drag make-up propellant per m2 of deployed area over life (kg/m2)."""
        life = rc.case.requirements.design_life_years
        bottom_up = [bus for bus in rc.entries["buses"].values() if bus.top_down is None]
        return {o: max((economics.drag_propellant_kg_per_m2(e.entry.atmospheric_density_kg_per_m3, e.speed_m_per_s, e.entry.frontal_area_fraction,
                                                            life, bus.propulsion_isp_s) for bus in bottom_up), default=0.0)
                for o, e in env.items()}

    def parameters(self, d):
        return {("prop_t_per_m2", o): kg / KG_PER_T for o, kg in d.coeff["propellant"].items()}

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        arrays, radiators = ctx.get("array_area_m2"), ctx.get("radiator_area_m2")
        return [Item("mass", "propellant", {o: ctx.P["prop_t_per_m2", o] * (arrays[o] + radiators[o]) for o in ctx.m.O})]

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        area = ctx.published["array_area_m2"] + ctx.published["radiator_area_m2"]
        return [Item("mass", "propellant", ctx.d.coeff["propellant"][ctx.orbit] * area / KG_PER_T)]
