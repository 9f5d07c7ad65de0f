"""Solar arrays: the design's own power in sunlight, sized for the year that binds.

Variable area[s,o] >= 0: array area of technology s in orbit o (m2). Output per m2 at beginning and at end of
life, delivered to the loads (:mod:`synth.physics.power`):

    p_BOL,s,o = S_o eta_s k_pack,s k_point,s eta_conv,s / 1000                        (kW/m2)
    p_EOL,s,o = p_BOL,s,o (1 - d_s)^L                                                  (kW/m2)

with S_o the solar constant of orbit o (``orbits.*.solar_constant_w_per_m2``), eta the cell efficiency, k_pack the
packing factor, k_point the mean cosine of the Sun angle, d the degradation per year over the design life L,
eta_conv the array-to-load conversion efficiency. The power budget is balanced at both ends of the life (full loads
at beginning, the IT that survives at end): :mod:`synth.physics.power` shows that the two rows hold every year in
between. Contributions in orbit o:

    power at BOL (kW)         supply  sum_s p_BOL,s,o area[s,o]            ("array_output_bol")
    power at EOL (kW)         supply  sum_s p_EOL,s,o area[s,o]            ("array_output_eol")
    array hosting (m2)        demand  sum_s area[s,o]
    mass (t), hosted          sum_s rho_s area[s,o];   stowed volume (m3): sum_s v_s area[s,o]
    cost (MUSD)               sum_{s,o} price_s area[s,o]

It publishes the deployed array area per orbit (``array_area_m2``) for the drag make-up propellant.
Repeated per period: a block per period (arrays launched that year), their output degrading from that year.
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


class SolarArray(Entry):
    """A solar array technology."""

    cell_efficiency: Fraction = Field(gt=0, le=1, description="Cell efficiency at beginning of life.")
    packing_factor: Fraction = Field(gt=0, le=1, description="Cell area / array area.")
    degradation_per_year: Fraction = Field(ge=0, lt=1, description="Fractional output loss per year.")
    pointing_factor: Fraction = Field(1.0, gt=0, le=1, description="Mean cosine of the Sun angle (1 = perfect tracking).")
    areal_mass_kg_per_m2: Annotated[float, Unit("kg/m**2")] = Field(gt=0, description="Array mass per m2 including substrate, deployment and harness (kg/m2).")
    price_usd_per_m2: float = Field(ge=0, description="Array price per m2 (USD/m2).")
    stowed_volume_m3_per_m2: Annotated[float, Unit("m")] = Field(ge=0, description="Stowed volume per m2 of array (m3/m2).")
    power_conversion_efficiency: Fraction = Field(0.95, gt=0, le=1, description="Power delivered to the spacecraft bus / array output: array-side losses "
        "(diodes, wing harness, slip ring), dissipated on the array. A case with power_conditioning candidates adds the rest of the chain (and its heat); "
        "without them, give the whole array-to-load efficiency here.")


class SolarArrays(Subsystem):
    name = "solar_arrays"
    order = 30
    catalog = "solar_arrays"
    entry = SolarArray
    option_doc = "Candidate solar array technologies."
    design_fields = {
        "solar_array_area_by_technology_m2": (dict[str, float], Field(default_factory=dict, description="Array area per technology (m2).")),
        "solar_array_area_m2": (float | None, Field(None, description="Total array area (m2); recomputed, accepted for round trips of result.json.")),
    }

    def coefficients(self, rc, env) -> dict[tuple[str, str], tuple[float, float]]:
        """(technology, orbit) -> output per m2 at beginning and at end of life, before conversion (W/m2)."""
        life = rc.case.requirements.design_life_years
        return {(s, o): (power.array_bol_w_per_m2(a.cell_efficiency, a.packing_factor, a.pointing_factor, e.entry.solar_constant_w_per_m2),
                         power.array_eol_w_per_m2(a.cell_efficiency, a.packing_factor, a.pointing_factor, a.degradation_per_year, life,
                                                  e.entry.solar_constant_w_per_m2))
                for s, a in rc.entries["solar_arrays"].items() for o, e in env.items()}

    def parameters(self, d):
        p: dict[Key, float] = {}
        for s, arr in d.entries("solar_arrays").items():
            for o in d.env:
                bol, eol = d.coeff["solar_arrays"][(s, o)]
                p[("array_bol_kw_per_m2", s, o)] = bol / 1000.0 * arr.power_conversion_efficiency
                p[("array_kw_per_m2", s, o)] = eol / 1000.0 * arr.power_conversion_efficiency
            p[("array_t_per_m2", s)] = arr.areal_mass_kg_per_m2 / KG_PER_T
            p[("vol", "array", s)] = arr.stowed_volume_m3_per_m2
            p[("price", "array", s)] = arr.price_usd_per_m2 / MUSD
        return p

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        b.S = pyo.Set(initialize=list(ctx.d.entries("solar_arrays")), ordered=True)
        b.area = pyo.Var(b.S, m.O, domain=pyo.NonNegativeReals)
        b.OUTPUT = pyo.Expression(m.O, rule=lambda _, o: sum(P["array_kw_per_m2", s, o] * b.area[s, o] for s in b.S))
        b.OUTPUT_BOL = pyo.Expression(m.O, rule=lambda _, o: sum(P["array_bol_kw_per_m2", s, o] * b.area[s, o] for s in b.S))
        area = {o: sum(b.area[s, o] for s in b.S) for o in m.O}
        ctx.publish("array_area_m2", area)
        mass = {o: sum(P["array_t_per_m2", s] * b.area[s, o] for s in b.S) for o in m.O}
        return [
            Item("power", "array_output_bol", {o: b.OUTPUT_BOL[o] for o in m.O}, side="supply"),
            Item("power_eol", "array_output_eol", {o: b.OUTPUT[o] for o in m.O}, side="supply"),
            Item("hosting_array", "solar_arrays", area),
            Item("mass", "solar_arrays", mass),
            Item("hosting_payload", "solar_arrays", mass),
            Item("stowed_volume", "solar_arrays", {o: sum(P["vol", "array", s] * b.area[s, o] for s in b.S) for o in m.O}),
            Item("cost", "solar_arrays", sum(P["price", "array", s] * b.area[s, o] for s in b.S for o in m.O)),
        ]

    def design_variables(self, b):
        """Array area per technology and orbit (m2, ``solar_array_area_by_technology_m2``)."""
        return list(b.area.values())

    def quantities(self, ctx, b):
        return {"array_area": sum(b.area[s, o] for s in b.S for o in ctx.m.O)}

    def summary_lines(self, design):
        return [("solar array", f"{design.solar_array_area_m2:,.0f} m2 " + parts(design.solar_array_area_by_technology_m2, "m2"))]

    def extract(self, ctx, b, orbit, shield):
        areas = {s: float(pyo.value(b.area[s, orbit]) or 0.0) for s in b.S}
        areas = {s: a for s, a in areas.items() if a > tolerances.ZERO}
        return {"solar_array_area_by_technology_m2": areas, "solar_array_area_m2": sum(areas.values())}

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        arrays = ctx.d.entries("solar_arrays")
        areas = ctx.design.solar_array_area_by_technology_m2
        per_m2 = {s: ctx.d.coeff["solar_arrays"][(s, ctx.orbit)] for s in areas}  # (BOL, EOL) W/m2 before conversion
        output_bol = sum(per_m2[s][0] / 1000.0 * arrays[s].power_conversion_efficiency * a for s, a in areas.items())
        output = sum(per_m2[s][1] / 1000.0 * arrays[s].power_conversion_efficiency * a for s, a in areas.items())
        area = sum(areas.values())
        mass = sum(arrays[s].areal_mass_kg_per_m2 * a for s, a in areas.items()) / KG_PER_T
        ctx.published["array_area_m2"] = ctx.fields["solar_array_area_m2"] = area
        return [
            Item("power", "array_output_bol", output_bol, side="supply"),
            Item("power_eol", "array_output_eol", output, side="supply"),
            Item("hosting_array", "solar_arrays", area),
            Item("mass", "solar_arrays", mass),
            Item("hosting_payload", "solar_arrays", mass),
            Item("stowed_volume", "solar_arrays", sum(arrays[s].stowed_volume_m3_per_m2 * a for s, a in areas.items())),
            Item("cost", "solar_arrays", sum(arrays[s].price_usd_per_m2 * a for s, a in areas.items()) / MUSD),
        ]

    def check_names(self, rc, d, design):
        known = rc.entries["solar_arrays"]
        return [(("solar_array_area_by_technology_m2", s), f"{s!r} is not among the case's candidates; allowed: {', '.join(sorted(known))}")
                for s in design.solar_array_area_by_technology_m2 if s not in known]

    def warnings(self, rc, d):
        from synth.checks import InputWarning

        out = []
        for s, arr in rc.entries["solar_arrays"].items():
            if arr.cell_efficiency > 0.47:
                out.append(InputWarning(f"solar_arrays.{s}.cell_efficiency", f"{arr.cell_efficiency:g} is above the best laboratory cells (~0.47)"))
            if arr.degradation_per_year > 0.10:
                out.append(InputWarning(f"solar_arrays.{s}.degradation_per_year", f"{arr.degradation_per_year:g}/yr is far above LEO experience (0.01-0.03)"))
        return out
