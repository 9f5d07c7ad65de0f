"""Batteries: carry what keeps running through the longest eclipse, recharged by the arrays in sunlight.

Variable batt[b,o] >= 0: nameplate energy of technology b in orbit o (kWh). Its depth of discharge in orbit o is
the deepest that lasts the orbit's eclipses over the design life (:func:`synth.physics.power.cycle_life_depth_of_discharge`):

    DoD_b,o = min(DoD_max,b, DoD_ref,b (N_ref,b / (N_ecl,o L))^(1/k_b))                   (-)

(DoD_max,b without a cycle-life law). With round-trip efficiency eta_b split evenly between charge and discharge
(:mod:`synth.physics.power`):

    delivered per eclipse   e_b,o = DoD_b,o sqrt(eta_b)                              (kWh per kWh of nameplate)
    recharge power          c_b,o = DoD_b,o / (sqrt(eta_b) t_sun,o)                  (kW per kWh of nameplate)

A battery whose law gives a depth below its shallowest sourced depth (DoD_min) cannot be used in that orbit:
e_b,o = c_b,o = 0, and ``synth check`` says so.

with t_sun,o the sunlit part of the orbit with the longest eclipse. Contributions in orbit o:

    eclipse energy (kWh)   supply  sum_b e_b batt[b,o]
    power (sunlit, kW)     demand  sum_b c_b,o batt[b,o]              ("battery_recharge", at both ends of life)
    mass (t), hosted       sum_b batt[b,o] / (specific energy_b)
    cost (MUSD)            sum_{b,o} price_b batt[b,o]

The eclipse-energy balance exists only in orbits with an eclipse. Batteries add no stowed volume of their own
(inside the bus's). Repeated per period: a block per period; capacity fade would enter as a per-period factor.
"""

from __future__ import annotations

from typing import Annotated

import pyomo.core as pyo
from pydantic import Field, model_validator

from synth import tolerances
from synth.catalog import Entry
from synth.fmt import parts
from synth.model.data import KG_PER_T, MUSD
from synth.physics import power
from synth.result import Check
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Subsystem
from synth.units import Fraction, Unit


class Battery(Entry):
    """A battery technology."""

    specific_energy_wh_per_kg: Annotated[float, Unit("W*hour/kg")] = Field(gt=0, le=2000, description="Usable pack-level specific energy (Wh/kg).")
    depth_of_discharge: Fraction = Field(gt=0, le=1, description="Deepest allowed discharge per eclipse (-), whatever the cycle count; with a "
        "cycle-life law the orbit's eclipses over the design life may allow less.")
    cycle_life_cycles: float | None = Field(None, ge=1, le=1e7, description="Cycle-life law: cycles to end of life (capacity criterion of the source) "
        "at cycle_life_reference_dod; with cycle_life_reference_dod and cycle_life_exponent. Empty: depth_of_discharge holds for any cycle count.")
    cycle_life_reference_dod: Fraction | None = Field(None, gt=0, le=1, description="Cycle-life law: the depth of discharge of cycle_life_cycles (-).")
    cycle_life_exponent: float | None = Field(None, gt=0, le=10, description="Cycle-life law N(DoD) = N_ref (DoD_ref / DoD)^k: the exponent k (-).")
    cycle_life_min_dod: Fraction | None = Field(None, gt=0, le=1, description="Shallowest depth of discharge the cycle-life law is sourced for (-): an "
        "orbit and life needing a shallower one cannot use this battery. Empty: no floor.")

    @model_validator(mode="after")
    def _cycle_law_complete(self) -> Battery:
        given = [f for f in ("cycle_life_cycles", "cycle_life_reference_dod", "cycle_life_exponent") if getattr(self, f) is not None]
        if given and len(given) < 3:
            raise ValueError("a cycle-life law needs cycle_life_cycles, cycle_life_reference_dod and cycle_life_exponent together; given only "
                             + ", ".join(given))
        return self
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

    def coefficients(self, rc, env) -> dict[tuple[str, str], tuple[float, float, float | None]]:
        """(b, o) -> (kWh delivered per nameplate kWh, kW of recharge per nameplate kWh, depth of discharge or None when
        the battery cannot last the orbit's cycles)."""
        life = rc.case.requirements.design_life_years
        out: dict[tuple[str, str], tuple[float, float, float | None]] = {}
        for b, bat in rc.entries["batteries"].items():
            for o, e in env.items():
                dod = power.cycle_life_depth_of_discharge(e.eclipses_per_year * life, bat.depth_of_discharge, bat.cycle_life_cycles,
                                                          bat.cycle_life_reference_dod, bat.cycle_life_exponent, bat.cycle_life_min_dod)
                out[(b, o)] = ((0.0, 0.0, None) if dod is None else
                               (power.battery_deliverable_kwh_per_kwh(dod, bat.round_trip_efficiency),
                                power.battery_recharge_kw_per_kwh(dod, bat.round_trip_efficiency, e.sunlit_h_worst_orbit), dod))
        return out

    def parameters(self, d):
        p: dict[Key, float] = {}
        for b, bat in d.entries("batteries").items():
            p[("batt_t_per_kwh", b)] = 1000.0 / bat.specific_energy_wh_per_kg / KG_PER_T
            p[("price", "battery", b)] = bat.price_usd_per_kwh / MUSD
            for o in d.env:
                p[("batt_deliver", b, o)], p[("batt_recharge", b, o)], _ = d.coeff["batteries"][(b, o)]
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

    def design_variables(self, b):
        """Nameplate energy per technology and orbit (kWh, ``battery_energy_by_technology_kwh``)."""
        return list(b.batt.values())

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
        env = ctx.d.env[ctx.orbit]
        cycles = env.eclipses_per_year * ctx.d.life_years
        for k, kwh in energy.items():
            bat = bats[k]
            if kwh > 0 and env.eclipsed and bat.cycle_life_cycles is not None and bat.cycle_life_min_dod is not None:
                # N(DoD_min) = N_ref (DoD_ref / DoD_min)^k: the most cycles the law allows at its shallowest sourced depth
                most = bat.cycle_life_cycles * (bat.cycle_life_reference_dod / bat.cycle_life_min_dod) ** bat.cycle_life_exponent
                ctx.checks.append(Check.ge("power", f"cycle_life[{k}]", f"battery {k} lasts the {cycles:,.0f} eclipse cycles of the design life "
                                           f"at a depth of discharge of at least {bat.cycle_life_min_dod:g}", most, cycles, "cycles"))
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

        out = [InputWarning(f"batteries.{k}.specific_energy_wh_per_kg", f"{bat.specific_energy_wh_per_kg:g} Wh/kg is about twice today's best packs")
               for k, bat in rc.entries["batteries"].items() if bat.specific_energy_wh_per_kg > 500]
        for (k, o), (_, _, dod) in d.coeff["batteries"].items():
            env = d.env[o]
            if dod is None and env.eclipsed:
                out.append(InputWarning(f"batteries.{k}", f"cannot be used in {o}: {env.eclipses_per_year * d.life_years:,.0f} eclipse cycles over "
                                        f"{d.life_years:g} years need a depth of discharge below its cycle_life_min_dod "
                                        f"{rc.entries['batteries'][k].cycle_life_min_dod:g}"))
        return out

    def structural(self, d):
        from synth.result import Diagnosis

        eclipsed = [o for o, env in d.env.items() if env.eclipsed]
        bats = d.entries("batteries")
        riding = all(bus.top_down is None and bus.housekeeping_power_w > 0 for bus in d.entries("buses").values())
        if not bats or not riding or len(eclipsed) < len(d.env) or any(d.coeff["batteries"][(k, o)][2] is not None for k in bats for o in eclipsed):
            return []
        return [Diagnosis("power", "options.batteries", 0, 1,
                          f"[power] no candidate battery lasts the eclipse cycles of any candidate orbit over {d.life_years:g} years "
                          f"({', '.join(f'{o}: {d.env[o].eclipses_per_year * d.life_years:,.0f}' for o in eclipsed)} cycles), and every orbit has eclipses "
                          "that housekeeping must ride through", "add a battery with a longer cycle life, a shorter design life, or an orbit "
                          "without eclipses")]
