"""Buses: the satellites or platform modules that host everything, bottom-up or top-down.

Variable units[k,o] in Z+: satellites / modules of bus k in orbit o. A bottom-up bus (KB) has a dry mass, a
housekeeping load and per-unit capacities; the design's own arrays, radiators, batteries and compute ride on it. A
top-down spacecraft (KT) is described by all-in figures per W of IT power it hosts (compute excluded): its arrays,
radiators and batteries are inside them. With cap_k the per-unit IT power cap (min of the bus's and the case's
``limits.max_satellite_it_power_kw``, kW), the units supply, in orbit o:

    bottom-up IT hosting (kW)       = sum_{k in KB} cap_k units[k,o]                         row hosting_it_bottom_up
    top-down IT hosting (kW)        = sum_{k in KT} cap_k units[k,o]                         row hosting_it_top_down
    top-down eclipse bridging (kW)  = sum_{k in KT, bridging} cap_k units[k,o]               row td_eclipse_capacity
    array hosting (m2)              = sum_{k in KB} A_k^max units[k,o]                       row hosting_array
    radiator hosting (m2)           = sum_{k in KB} R_k^max units[k,o]                       row hosting_radiator
    hosted mass (t)                 = sum_{k in KB} M_k^max units[k,o] + sum_{k in KT} cap_k mu units[k,o]   row hosting_mass

(capacities pool across bus types: exact for one bus type), and demand:

    power, sunlit (kW)     = sum_{k in KB} P_hk,k units[k,o]     ("housekeeping", needed in eclipse too; at both ends of life)
    eclipse energy (kWh)   = sum_{k in KB} P_hk,k units[k,o] t_ecl,o;     heat (kW) = the housekeeping power
    mass (t)               = sum_{k in KB} m_k units[k,o] + sum_{k in KT} (cap_k / sp_k) units[k,o]     (not hosted)
    stowed volume (m3)     = sum_k V_k units[k,o]
    cost (MUSD)            = sum_{k in KB} price_k units[k,o] + sum_{k in KT} price_k/W cap_k 1000 units[k,o]

with sp_k the top-down specific power (kW/t). mu (t/kW) is the heaviest compute-plus-shielding mass per kW among the candidates, so a top-down unit never limits
the mass it hosts. It publishes the units per orbit (``satellites``).
Repeated per period: a block per period (the satellites launched that year).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

import pyomo.core as pyo
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from synth.catalog import Entry
from synth.fmt import parts
from synth.model.data import KG_PER_T, MUSD
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Resource, Subsystem
from synth.units import Unit, check_number_input


@dataclass(frozen=True)
class BusCoefficients:
    cap_kw: dict[str, float]  # per-unit IT power cap (kW)
    mu_t_per_kw: float  # heaviest compute + shielding mass per kW of IT among the candidates (t/kW)

    def payload_t(self, bus: Bus, k: str) -> float:
        """Hosted-mass capacity of one unit (t)."""
        if bus.top_down is None:
            assert bus.max_payload_mass_kg is not None  # a bottom-up bus has it (Bus._bottom_up_complete)
            return bus.max_payload_mass_kg / KG_PER_T
        return self.cap_kw[k] * self.mu_t_per_kw

    def bus_t(self, bus: Bus, k: str) -> float:
        """Mass of one unit's bus, compute excluded (t)."""
        return bus.dry_mass_kg / KG_PER_T if bus.top_down is None else self.cap_kw[k] * 1000.0 / bus.top_down.specific_power_w_per_kg / KG_PER_T

    def price_musd(self, bus: Bus, k: str) -> float:
        """Price of one unit, compute excluded (MUSD)."""
        return (bus.price_usd if bus.top_down is None else bus.top_down.price_usd_per_w * self.cap_kw[k] * 1000.0) / MUSD


class TopDown(BaseModel):
    """A spacecraft described by its all-in figures instead of component by component."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    _number_input = field_validator("*", mode="before")(check_number_input)

    specific_power_w_per_kg: Annotated[float, Unit("W/kg")] = Field(gt=0, description="IT power per kg of spacecraft, compute modules excluded (W/kg).")
    price_usd_per_w: float = Field(ge=0, description="Spacecraft price per W of IT power, compute modules excluded (USD/W).")
    bridges_eclipse: bool = Field(False, description="Whether its batteries keep the compute running through eclipse.")

class Bus(Entry):
    """A satellite bus or assembled-platform module that hosts compute (bottom-up), or a top-down spacecraft."""

    kind: Literal["satellite", "platform_module"] = Field(description="A free-flying satellite, or a module of a large assembled platform.")
    max_it_power_kw: Annotated[float, Unit("kW")] = Field(gt=0, description="Most IT (compute) power one unit can host (kW): the per-satellite power cap.")
    stowed_volume_m3: Annotated[float, Unit("m**3")] = Field(gt=0, description="Stowed volume of one unit without arrays, radiators and compute (m3).")
    price_usd: float = Field(0.0, ge=0, description="Price of one unit's bus (structure, avionics, propulsion, comms), USD.")
    dry_mass_kg: Annotated[float, Unit("kg")] = Field(0.0, ge=0, description="Bus mass per unit, without arrays, radiators, batteries, compute (kg).")
    housekeeping_power_w: Annotated[float, Unit("W")] = Field(0.0, ge=0, description="Bus power per unit (avionics, comms, attitude), W, needed in eclipse "
        "too.")
    max_array_area_m2: Annotated[float, Unit("m**2")] | None = Field(None, gt=0, description="Most solar array one unit can carry (m2).")
    max_radiator_area_m2: Annotated[float, Unit("m**2")] | None = Field(None, gt=0, description="Most radiator one unit can carry (m2).")
    max_payload_mass_kg: Annotated[float, Unit("kg")] | None = Field(None, gt=0, description="Most hosted mass (compute, arrays, radiators, batteries, "
        "shielding) per unit (kg).")
    propulsion_isp_s: Annotated[float, Unit("s")] = Field(gt=0, le=10_000, description="Specific impulse of the drag make-up thrusters (s).")
    top_down: TopDown | None = Field(None, description="If given, the unit is described top-down: arrays, radiators and batteries are inside these figures.")

    @model_validator(mode="after")
    def _bottom_up_complete(self) -> Bus:
        if self.top_down is None:
            missing = [f for f in ("max_array_area_m2", "max_radiator_area_m2", "max_payload_mass_kg") if getattr(self, f) is None]
            if missing or self.dry_mass_kg <= 0:
                raise ValueError(f"a bottom-up bus needs dry_mass_kg > 0 and {', '.join(missing) or 'its capacities'} (or a top_down block)")
        return self


class Buses(Subsystem):
    name = "buses"
    order = 60
    catalog = "buses"
    entry = Bus
    option_doc = "Candidate satellite buses / platform modules (bottom-up or top-down)."
    resources = (
        Resource("hosting_it", "hosting_it_bottom_up", "mass/launch", "per-satellite IT power cap x satellites", "kW",
                 "bottom-up IT power within the per-unit cap x units"),
        Resource("hosting_top_down_it", "hosting_it_top_down", "mass/launch", "IT capacity of the top-down units", "kW",
                 "IT power hosted on top-down units within their capacity"),
        Resource("top_down_eclipse", "td_eclipse_capacity", "power", "eclipse-bridging IT capacity of the top-down units", "kW",
                 "IT power bridged through eclipse by top-down units within their bridging capacity"),
        Resource("hosting_array", "hosting_array", "power", "array area the satellites can carry", "m2",
                 "array area within the per-unit capacity x units"),
        Resource("hosting_radiator", "hosting_radiator", "thermal", "radiator area the satellites can carry", "m2",
                 "radiator area within the per-unit capacity x units"),
        Resource("hosting_payload", "hosting_mass", "mass/launch", "hosted mass the satellites can carry", "t",
                 "hosted mass within the per-unit payload capacity x units"),
    )
    design_fields = {
        "satellites_by_bus": (dict[str, int], Field(description="Satellites / platform modules per bus.")),
        "satellites": (int | None, Field(None, description="Total satellites / modules; recomputed, accepted for round trips of result.json.")),
    }

    def coefficients(self, rc, env) -> BusCoefficients:
        cap_limit = rc.case.limits.max_satellite_it_power_kw
        cap = {k: bus.max_it_power_kw if cap_limit is None else min(bus.max_it_power_kw, cap_limit) for k, bus in rc.entries["buses"].items()}
        mu = (max(c.mass_kg / (c.power_w / 1000.0) for c in rc.entries["compute"].values())
              + max(sh.mass_kg_per_kw for sh in rc.entries["shielding"].values())) / KG_PER_T
        return BusCoefficients(cap, mu)

    def parameters(self, d):
        co: BusCoefficients = d.coeff["buses"]
        p: dict[Key, float] = {}
        for k, bus in d.entries("buses").items():
            p[("cap_kw", k)] = co.cap_kw[k]
            p[("vol", "bus", k)] = bus.stowed_volume_m3
            p[("max_payload_t", k)] = co.payload_t(bus, k)
            p[("bus_t", k)] = co.bus_t(bus, k)
            p[("price", "bus", k)] = co.price_musd(bus, k)
            if bus.top_down is None:
                p[("hk_kw", k)] = bus.housekeeping_power_w / 1000.0
                p[("max_array_m2", k)] = bus.max_array_area_m2
                p[("max_rad_m2", k)] = bus.max_radiator_area_m2
        return p

    def structure(self, d):
        buses = d.entries("buses")
        return (tuple(buses), tuple(k for k, b in buses.items() if b.top_down is not None),
                tuple(k for k, b in buses.items() if b.top_down is not None and b.top_down.bridges_eclipse))

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        buses = ctx.d.entries("buses")
        b.K = pyo.Set(initialize=list(buses), ordered=True)
        b.KB = pyo.Set(initialize=[k for k in buses if buses[k].top_down is None], ordered=True)
        b.KT = pyo.Set(initialize=[k for k in buses if buses[k].top_down is not None], ordered=True)
        bridging = [k for k in b.KT if buses[k].top_down.bridges_eclipse]
        b.units = pyo.Var(b.K, m.O, domain=pyo.NonNegativeIntegers)
        orbits = list(m.O)
        ctx.publish("satellites", {o: sum(b.units[k, o] for k in b.K) for o in orbits})
        hk = {o: sum(P["hk_kw", k] * b.units[k, o] for k in b.KB) for o in orbits}

        def supply(resource: str, coefficient: str, keys) -> Item:
            return Item(resource, "buses", {o: sum(P[coefficient, k] * b.units[k, o] for k in keys) for o in orbits}, side="supply")

        return [
            supply("hosting_it", "cap_kw", b.KB),
            supply("hosting_top_down_it", "cap_kw", b.KT),
            supply("top_down_eclipse", "cap_kw", bridging),
            supply("hosting_array", "max_array_m2", b.KB),
            supply("hosting_radiator", "max_rad_m2", b.KB),
            supply("hosting_payload", "max_payload_t", b.K),
            *[Item(r, "housekeeping", hk) for r in ("power", "power_eol", "heat", "heat_eol")],  # full at both ends of life
            Item("eclipse_energy", "housekeeping", {o: hk[o] * P["t_ecl_h", o] for o in orbits}),
            Item("mass", "bus", {o: sum(P["bus_t", k] * b.units[k, o] for k in b.K) for o in orbits}),
            Item("stowed_volume", "bus", {o: sum(P["vol", "bus", k] * b.units[k, o] for k in b.K) for o in orbits}),
            Item("cost", "bus", sum(P["price", "bus", k] * b.units[k, o] for k in b.K for o in orbits)),
        ]

    def quantities(self, ctx, b):
        return {"satellites": sum(b.units[k, o] for k in b.K for o in ctx.m.O)}

    def summary_lines(self, design):
        return [("satellites/modules", f"{design.satellites:,} " + parts(design.satellites_by_bus, ""))]

    def extract(self, ctx, b, orbit, shield):
        counts = {k: int(round(pyo.value(b.units[k, orbit]) or 0)) for k in b.K}
        return {"satellites_by_bus": {k: n for k, n in counts.items() if n > 0}, "satellites": sum(counts.values())}

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        d = ctx.d
        co: BusCoefficients = d.coeff["buses"]
        buses = d.entries("buses")
        units = ctx.design.satellites_by_bus
        ctx.published["satellites"] = ctx.fields["satellites"] = sum(units.values())
        bottom_up = {k: n for k, n in units.items() if buses[k].top_down is None}
        top_down = {k: n for k, n in units.items() if buses[k].top_down is not None}
        hk = sum(buses[k].housekeeping_power_w / 1000.0 * n for k, n in bottom_up.items())
        t_ecl = d.env[ctx.orbit].worst_eclipse_h
        return [
            Item("hosting_it", "buses", sum(co.cap_kw[k] * n for k, n in bottom_up.items()), side="supply"),
            Item("hosting_top_down_it", "buses", sum(co.cap_kw[k] * n for k, n in top_down.items()), side="supply"),
            Item("top_down_eclipse", "buses", sum(co.cap_kw[k] * n for k, n in top_down.items() if buses[k].top_down.bridges_eclipse), side="supply"),
            Item("hosting_array", "buses", sum(buses[k].max_array_area_m2 * n for k, n in bottom_up.items()), side="supply"),
            Item("hosting_radiator", "buses", sum(buses[k].max_radiator_area_m2 * n for k, n in bottom_up.items()), side="supply"),
            Item("hosting_payload", "buses", sum(co.payload_t(buses[k], k) * n for k, n in units.items()), side="supply"),
            *[Item(r, "housekeeping", hk) for r in ("power", "power_eol", "heat", "heat_eol")],
            Item("eclipse_energy", "housekeeping", hk * t_ecl),
            Item("mass", "bus", sum(co.bus_t(buses[k], k) * n for k, n in units.items())),
            Item("stowed_volume", "bus", sum(buses[k].stowed_volume_m3 * n for k, n in units.items())),
            Item("cost", "bus", sum(co.price_musd(buses[k], k) * n for k, n in units.items())),
        ]

    def check_names(self, rc, d, design):
        known = rc.entries["buses"]
        return [(("satellites_by_bus", k), f"{k!r} is not among the case's candidates; allowed: {', '.join(sorted(known))}")
                for k in design.satellites_by_bus if k not in known]

    def warnings(self, rc, d):
        from synth.checks import InputWarning

        return [InputWarning(f"buses.{k}.top_down.specific_power_w_per_kg", f"{bus.top_down.specific_power_w_per_kg:g} W/kg is beyond any published all-in "
            f"spacecraft")
                for k, bus in rc.entries["buses"].items() if bus.top_down is not None and bus.top_down.specific_power_w_per_kg > 1000]
