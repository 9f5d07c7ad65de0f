"""Radiators: reject all waste heat, each load only into radiators cold enough for it.

A radiator option r is a technology at one operating temperature T_r (``panel@340K``); the technologies' own
temperature lists, or ``options.radiator_temperatures_k`` for all of them. Variable rad[r,o] >= 0: planform area of
option r in orbit o (m2). Net rejection per m2 in orbit o at time t (:mod:`synth.physics.thermal`):

    q_net,r,o(t) = n eps(t) F_s sigma T_r^4 - [n F_o (a_IR(t) q_IR + a(t) albedo S_o k_alb) + a(t) S_o k_sun]   (W/m2)

with the coating's emissivity eps(t) = eps_0 - d_eps t and solar absorptivity a(t) = a_0 + d_a t (a_IR = eps(t)
unless stated), the orbit's Earth view factor F_o and solar constant S_o; q_net must be positive at both ends of
the life (the radiator runs above its sink temperature). Contributions in orbit o:

    heat at BOL (kW)       supply  q_net,r,o(0) rad[r,o] / 1000 at tier T_r   ("radiator_capacity")
    heat at EOL (kW)       supply  q_net,r,o(L) rad[r,o] / 1000 at tier T_r   ("radiator_capacity")
    radiator hosting (m2)  demand  sum_r rad[r,o]
    mass (t), hosted       sum_r rho_r rad[r,o];   stowed volume (m3): sum_r v_r rad[r,o]
    cost (MUSD)            sum_{r,o} price_r rad[r,o]

The heat balance's tier rows let a load with coolant limit T_max use only options with T_r <= T_max. It publishes
the deployed radiator area per orbit (``radiator_area_m2``) for the drag make-up propellant.
Repeated per period: a block per period; the environment does not change with time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

import pyomo.core as pyo
from pydantic import Field

from synth import tolerances
from synth.catalog import Entry, RadiatorTemperature
from synth.errors import InputError, InputProblem
from synth.fmt import parts
from synth.model.data import KG_PER_T, MUSD
from synth.physics import thermal
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Subsystem
from synth.units import Fraction, Unit

RadiatorOption = tuple[str, float]  # (technology, temperature K)


def radiator_key(option: RadiatorOption) -> str:
    """Set member name of a radiator option, e.g. 'composite@320K'."""
    return f"{option[0]}@{option[1]:g}K"


@dataclass(frozen=True)
class RadiatorCoefficients:
    options: dict[str, RadiatorOption]  # key -> (technology, temperature K)
    net_w_per_m2: dict[tuple[str, str], float]  # (option key, orbit) -> q_net at beginning of life (W/m2)
    net_eol_w_per_m2: dict[tuple[str, str], float]  # (option key, orbit) -> q_net at end of life (W/m2)
    sink_k: dict[tuple[str, str], float]  # (technology, orbit) -> sink temperature at end of life (K)


class Radiator(Entry):
    """A deployable radiator technology, flown edge-on to the Sun with its faces' normals horizontal."""

    emissivity: Fraction = Field(ge=0.01, le=1, description="Hemispherical infrared emissivity (at least 0.01).")
    solar_absorptivity: Fraction = Field(ge=0, le=1, description="Solar absorptivity at beginning of life; it rises by solar_absorptivity_rise_per_year "
        "(with no rise given, it holds through life: then give the end-of-life value, as the shipped catalog does).")
    ir_absorptivity: Fraction | None = Field(None, ge=0, le=1, description="Infrared absorptivity for Earth's long-wave flux (-); empty: equal to the "
        "emissivity through life (Kirchhoff's law for a grey surface).")
    space_view_factor: Fraction = Field(1.0, gt=0, le=1, description="View factor from each face to cold space (-): 1 for a free-standing panel; less "
        "when the spacecraft's own hardware, at about the radiator's temperature, blocks part of the view (emission scales by it).")
    emissivity_loss_per_year: float = Field(0.0, ge=0, le=0.2, description="Coating degradation: infrared emissivity lost per year in orbit (absolute, "
        "1/yr); the end-of-life emissivity must stay at least 0.01.")
    solar_absorptivity_rise_per_year: float = Field(0.0, ge=0, le=0.2, description="Coating degradation: solar absorptivity gained per year in orbit "
        "(absolute, 1/yr; UV, atomic oxygen, contamination); the end-of-life absorptivity must stay at most 1.")
    faces: Literal[1, 2] = Field(description="Radiating faces per m2 of planform area.")
    sun_incidence_factor: Fraction = Field(ge=0, le=1, description="Mean fraction of the solar constant falling on the radiator (0 = perfectly edge-on).")
    operating_temperatures_k: list[RadiatorTemperature] = Field(min_length=1, description="Radiator temperatures the design may choose from (K), above 0 "
        "and at most 3,000 K.")
    areal_mass_kg_per_m2: Annotated[float, Unit("kg/m**2")] = Field(gt=0, description="Mass per m2 of planform area, with pumps and loop fluid (kg/m2).")
    price_usd_per_m2: float = Field(ge=0, description="Price per m2 of planform area (USD/m2).")
    stowed_volume_m3_per_m2: Annotated[float, Unit("m")] = Field(ge=0, description="Stowed volume per m2 (m3/m2).")


class Radiators(Subsystem):
    name = "radiators"
    order = 40
    catalog = "radiators"
    entry = Radiator
    option_doc = "Candidate radiator technologies (each with its temperature options)."
    extra_options = {
        "radiator_temperatures_k": (list[RadiatorTemperature] | None, Field(None, min_length=1, description=(
            "Radiator temperatures (K), above 0 and at most 3,000 K, every candidate radiator may run at, replacing "
            "each technology's own operating_temperatures_k; empty: each technology's catalog list."))),
    }
    design_fields = {
        "radiator_area_by_option_m2": (dict[str, float], Field(default_factory=dict, description="Radiator area per option 'technology@TEMPERATUREK', e.g. "
            "'panel@340K' (m2).")),
        "radiator_area_m2": (float | None, Field(None, description="Total radiator area (m2); recomputed, accepted for round trips of result.json.")),
    }

    def coefficients(self, rc, env) -> RadiatorCoefficients:
        wanted = rc.case.options.radiator_temperatures_k
        options: dict[str, RadiatorOption] = {}
        for name, rad in rc.entries["radiators"].items():
            for t in (rad.operating_temperatures_k if wanted is None else wanted):
                options[radiator_key((name, float(t)))] = (name, float(t))
        problems: list[InputProblem] = []
        net: dict[tuple[str, str], float] = {}
        net_eol: dict[tuple[str, str], float] = {}
        sinks: dict[tuple[str, str], float] = {}
        life = rc.case.requirements.design_life_years
        coatings = {}
        for name, rad in rc.entries["radiators"].items():
            ends = [thermal.coating_at(t, rad.emissivity, rad.solar_absorptivity, rad.ir_absorptivity, rad.emissivity_loss_per_year,
                                       rad.solar_absorptivity_rise_per_year) for t in (0.0, life)]
            eol = ends[1]
            for field, bad, text in (("emissivity_loss_per_year", eol.emissivity < 0.01, f"leaves an end-of-life emissivity of {eol.emissivity:.3g}"),
                                     ("solar_absorptivity_rise_per_year", eol.solar_absorptivity > 1.0,
                                      f"gives an end-of-life solar absorptivity of {eol.solar_absorptivity:.3g}")):
                if bad:
                    file, path, line = rc.locate_figure("radiators", name, field)
                    problems.append(InputProblem(file, path, f"over the {life:g}-year design life it {text}; allowed: a rate that keeps the "
                                                 "emissivity at least 0.01 and the solar absorptivity at most 1 at end of life", line))
            coatings[name] = ends
        if problems:
            raise InputError(problems)
        for o, e in env.items():
            orb = e.entry
            for name, rad in rc.entries["radiators"].items():
                absorbed = [thermal.absorbed_w_per_m2(orb.altitude_km, rad.faces, c.emissivity, c.solar_absorptivity, orb.earth_ir_w_per_m2, orb.albedo,
                                                      orb.albedo_illumination_factor, rad.sun_incidence_factor, orb.solar_constant_w_per_m2,
                                                      orb.radiator_earth_view_factor, c.ir_absorptivity)
                            for c in coatings[name]]
                eol = coatings[name][1]
                sinks[(name, o)] = thermal.sink_temperature_k(absorbed[1], rad.faces, eol.emissivity, rad.space_view_factor)
                for key, (tech, temp) in options.items():
                    if tech != name:
                        continue
                    q_bol, q = (thermal.net_rejection_w_per_m2(temp, q_in, rad.faces, c.emissivity, rad.space_view_factor)
                                for q_in, c in zip(absorbed, coatings[name], strict=True))
                    if min(q_bol, q) <= 0:
                        if wanted is not None:
                            file, line = rc.source_map.locate(("options", "radiator_temperatures_k"))
                            field = "options.radiator_temperatures_k"
                        else:
                            file, line, field = rc.catalog_file("radiators", name), None, f"radiators.{name}.operating_temperatures_k"
                        problems.append(InputProblem(file or rc.file, field, f"radiator {name} at {temp:.1f} K is at or below its sink temperature "
                                                     f"{sinks[(name, o)]:.1f} K in orbit {o}: it cannot reject heat; allowed: temperatures above "
                                                     f"{sinks[(name, o)]:.1f} K", line))
                    net[(key, o)], net_eol[(key, o)] = q_bol, q
        if problems:
            raise InputError(problems)
        return RadiatorCoefficients(options, net, net_eol, sinks)

    def parameters(self, d):
        co: RadiatorCoefficients = d.coeff["radiators"]
        p: dict[Key, float] = {}
        for r, (tech, _) in co.options.items():
            rad = d.entry("radiators", tech)
            p[("rad_t_per_m2", r)] = rad.areal_mass_kg_per_m2 / KG_PER_T
            p[("vol", "radiator", r)] = rad.stowed_volume_m3_per_m2
            p[("price", "radiator", r)] = rad.price_usd_per_m2 / MUSD
            for o in d.env:
                p[("rad_kw_per_m2", r, o)] = co.net_w_per_m2[(r, o)] / 1000.0
                p[("rad_eol_kw_per_m2", r, o)] = co.net_eol_w_per_m2[(r, o)] / 1000.0
        return p

    def structure(self, d):
        return (tuple(d.coeff["radiators"].options),)

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        co: RadiatorCoefficients = ctx.d.coeff["radiators"]
        b.R = pyo.Set(initialize=list(co.options), ordered=True)
        b.rad = pyo.Var(b.R, m.O, domain=pyo.NonNegativeReals)
        area = {o: sum(b.rad[r, o] for r in b.R) for o in m.O}
        ctx.publish("radiator_area_m2", area)
        mass = {o: sum(P["rad_t_per_m2", r] * b.rad[r, o] for r in b.R) for o in m.O}
        items = [Item(res, "radiator_capacity", {o: P[key, r, o] * b.rad[r, o] for o in m.O}, side="supply", tier=co.options[r][1])
                 for r in b.R for res, key in (("heat", "rad_kw_per_m2"), ("heat_eol", "rad_eol_kw_per_m2"))]
        return items + [
            Item("hosting_radiator", "radiators", area),
            Item("mass", "radiators", mass),
            Item("hosting_payload", "radiators", mass),
            Item("stowed_volume", "radiators", {o: sum(P["vol", "radiator", r] * b.rad[r, o] for r in b.R) for o in m.O}),
            Item("cost", "radiators", sum(P["price", "radiator", r] * b.rad[r, o] for r in b.R for o in m.O)),
        ]

    def design_variables(self, b):
        """Radiator area per option (technology at a temperature) and orbit (m2, ``radiator_area_by_option_m2``)."""
        return list(b.rad.values())

    def quantities(self, ctx, b):
        return {"radiator_area": sum(b.rad[r, o] for r in b.R for o in ctx.m.O)}

    def summary_lines(self, design):
        return [("radiator", f"{design.radiator_area_m2:,.0f} m2 " + parts(design.radiator_area_by_option_m2, "m2"))]

    def extract(self, ctx, b, orbit, shield):
        areas = {r: float(pyo.value(b.rad[r, orbit]) or 0.0) for r in b.R}
        areas = {r: a for r, a in areas.items() if a > tolerances.ZERO}
        return {"radiator_area_by_option_m2": areas, "radiator_area_m2": sum(areas.values())}

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        co: RadiatorCoefficients = ctx.d.coeff["radiators"]
        areas = ctx.design.radiator_area_by_option_m2
        tech = {r: ctx.d.entry("radiators", co.options[r][0]) for r in areas}
        area = sum(areas.values())
        mass = sum(tech[r].areal_mass_kg_per_m2 * a for r, a in areas.items()) / KG_PER_T
        ctx.published["radiator_area_m2"] = ctx.fields["radiator_area_m2"] = area
        items = [Item(res, "radiator_capacity", net[(r, ctx.orbit)] / 1000.0 * a, side="supply", tier=co.options[r][1])
                 for r, a in areas.items() for res, net in (("heat", co.net_w_per_m2), ("heat_eol", co.net_eol_w_per_m2))]
        items = items or [Item(res, "radiator_capacity", 0.0, side="supply") for res in ("heat", "heat_eol")]
        return items + [
            Item("hosting_radiator", "radiators", area),
            Item("mass", "radiators", mass),
            Item("hosting_payload", "radiators", mass),
            Item("stowed_volume", "radiators", sum(tech[r].stowed_volume_m3_per_m2 * a for r, a in areas.items())),
            Item("cost", "radiators", sum(tech[r].price_usd_per_m2 * a for r, a in areas.items()) / MUSD),
        ]

    def check_names(self, rc, d, design):
        known = d.coeff["radiators"].options
        return [(("radiator_area_by_option_m2", r), f"{r!r} is not among the case's candidates; allowed: {', '.join(sorted(known))}")
                for r in design.radiator_area_by_option_m2 if r not in known]

    def warnings(self, rc, d):
        from synth.checks import InputWarning

        co: RadiatorCoefficients = d.coeff["radiators"]
        out = []
        temps = sorted({t for (_, t) in co.options.values()})
        has_top_down = any(bus.top_down is not None for bus in rc.entries["buses"].values())
        for c, mod in rc.entries["compute"].items():
            if temps[0] > mod.max_radiator_temperature_k and not has_top_down:
                out.append(InputWarning(f"compute.{c}", f"its coolant allows radiators at most {mod.max_radiator_temperature_k:g} K but the coldest "
                                        f"candidate runs at {temps[0]:g} K: its heat cannot be rejected"))
        for key, (name, temp) in co.options.items():
            rad = rc.entries["radiators"][name]
            if temp > 400:
                out.append(InputWarning(f"radiators.{name}", f"{temp:g} K is above the 300-400 K range chips and coolant loops run at"))
            for o in d.env:
                emitted = thermal.emitted_w_per_m2(rad.faces, rad.emissivity, temp, rad.space_view_factor)
                if co.net_eol_w_per_m2[(key, o)] < 0.25 * emitted:
                    out.append(InputWarning(f"radiators.{name}", f"at {temp:g} K in {o} it rejects under 25 % of what it emits (sink "
                                            f"{co.sink_k[(name, o)]:.0f} K): check its absorptivity and temperature"))
        return out

    def structural(self, d):
        from synth.result import Diagnosis

        temps = [t for (_, t) in d.coeff["radiators"].options.values()]
        if any(bus.top_down is not None for bus in d.entries("buses").values()):
            return []
        compute = d.entries("compute")
        if not all(min(temps) > mod.max_radiator_temperature_k + tolerances.TEMPERATURE for mod in compute.values()):
            return []
        return [Diagnosis("thermal", f"compute.{c}", mod.max_radiator_temperature_k, min(temps),
                          f"[thermal] compute {c} needs a radiator at or below {mod.max_radiator_temperature_k:.0f} K but the coldest "
                          f"candidate runs at {min(temps):.0f} K") for c, mod in compute.items()]
