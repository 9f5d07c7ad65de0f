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

Nothing is replaced in orbit: a unit rated for less than the design life (``rated_life_years`` < L) cannot be used,
its capacities cap_k, A_k^max, R_k^max and M_k^max are 0 (a warning says so, and a diagnosis when no bus lasts).

Unit price price_k (USD; compute excluded), one of:

    price_usd (bottom-up) or price_usd_per_w cap_k 1000 (top-down)                     a stated price, or
    A_k = T1_k / n_k sum_{j=p_k+1}^{p_k+n_k} j^b_k,   b_k = log2(LR_k)                  ``cost_model``: Wright's law

the average unit cost of the lot the entry is priced at (p_k units of the line built before it, n_k in the lot;
``synth.physics.costs``), with the first-unit cost T1_k given or from a CER calibrated on a reference lot's
average cost C_ref (mass m_ref, p_ref, n_ref):  T1_k = C_ref / a(LR_k, p_ref, n_ref) (m_k / m_ref)^c, with m_k the
unit's bus mass (kg; the bottom-up dry mass, or a top-down unit's cap_k / sp_k). A_k is a coefficient: the model
stays the same MILP. After a solve, a design whose count of bus k differs from n_k by more than a factor of 2 gets
a note in the result (``Result.notes``, printed first), since its price was then taken from another lot.

Top-down IT power from the array (``top_down.array_power_bol_w``, with the spacecraft's mass M, kg): the array
output P_BOL (W) degrades by d per year over the design life L (years, the case's ``design_life_years``); the
unit is sized at its mean output over life or at end of life (``sizing``):

    f_mean = (1 - (1-d)^L) / (L (-ln(1-d)))     (f_mean = 1 when d = 0)     f_eol = (1-d)^L
    P_IT   = P_BOL f eta (1 - h)                                                       [W]
    sp     = P_IT / M                                                                  [W/kg]

with eta the array-to-load conversion efficiency and h the housekeeping fraction of the converted power (avionics,
attitude, links, the housekeeping battery's recharge). cap_k = min(P_IT / 1000, the case's per-satellite cap) kW.
Mean sizing (the default) suits a unit whose compute follows its array: without eclipse bridging the top-down
unit throttles its compute with the power it has, so the FLOP it delivers over life follows the mean output;
end_of_life is the conservative choice when the compute must run at full power until the last year.
Repeated per period: a block per period (the satellites launched that year).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import pyomo.core as pyo
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from synth import tolerances
from synth.catalog import Entry
from synth.fmt import parts
from synth.model.data import KG_PER_T, MUSD
from synth.physics import costs
from synth.result import Check
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Resource, Subsystem
from synth.units import Fraction, Unit, check_number_input
from synth.workloads import served_mix

#: a lot whose size differs from the design's unit count by more than this factor is reported after the solve
LOT_MISMATCH_FACTOR = 2.0


@dataclass(frozen=True)
class BusCoefficients:
    cap_kw: dict[str, float]  # per-unit IT power cap (kW)
    mu_t_per_kw: float  # heaviest compute + shielding mass per kW of IT among the candidates (t/kW)
    sp_w_per_kg: dict[str, float]  # top-down specific power (W/kg): stated, or P_IT / M from the array (module docstring)
    it_w: dict[str, float]  # top-down IT power per unit before the case's cap (W): stated (max_it_power_kw) or P_IT
    unit_price_usd: dict[str, float]  # price of one unit, compute excluded (USD), from price_usd, price_usd_per_w or cost_model
    outlived: tuple[str, ...] = ()  # buses rated for less than the design life: every capacity zero (they cannot be used)
    needs_isl: tuple[str, ...] = ()  # buses whose own fabric cannot hold the served training cluster: inter-satellite links join them
    fabric_gbps: dict[str, float] = field(default_factory=dict)  # k -> scale-out bandwidth its own fabric carries per unit (Gbit/s)

    def payload_t(self, bus: Bus, k: str) -> float:
        """Hosted-mass capacity of one unit (t)."""
        if bus.top_down is None:
            assert bus.max_payload_mass_kg is not None  # a bottom-up bus has it (Bus._bottom_up_complete)
            return bus.max_payload_mass_kg / KG_PER_T
        return self.cap_kw[k] * self.mu_t_per_kw

    def bus_t(self, bus: Bus, k: str) -> float:
        """Mass of one unit's bus, compute excluded (t)."""
        return bus.dry_mass_kg / KG_PER_T if bus.top_down is None else self.cap_kw[k] * 1000.0 / self.sp_w_per_kg[k] / KG_PER_T

    def price_musd(self, bus: Bus, k: str) -> float:
        """Price of one unit, compute excluded (MUSD)."""
        return self.unit_price_usd[k] / MUSD


class TopDown(BaseModel):
    """A spacecraft described by its all-in figures instead of component by component: its IT power per kg either
    stated (``specific_power_w_per_kg``, with the bus's ``max_it_power_kw``) or derived from its array output and mass
    (``array_power_bol_w`` and ``spacecraft_mass_kg``, with degradation, conversion and housekeeping; module
    docstring)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    _number_input = field_validator("*", mode="before")(check_number_input)

    specific_power_w_per_kg: Annotated[float, Unit("W/kg")] | None = Field(None, gt=0, description="IT power per kg of spacecraft, compute modules "
        "excluded (W/kg), as stated; or give array_power_bol_w and spacecraft_mass_kg instead.")
    price_usd_per_w: float | None = Field(None, ge=0, description="Spacecraft price per W of IT power, compute modules excluded (USD/W); or give the "
        "bus a cost_model instead.")
    bridges_eclipse: bool = Field(False, description="Whether its batteries keep the compute running through eclipse.")
    array_power_bol_w: Annotated[float, Unit("W")] | None = Field(None, gt=0, description="Array output at beginning of life (W), before conversion "
        "and housekeeping; with spacecraft_mass_kg, the IT power per unit is derived from it (and the bus gives no max_it_power_kw).")
    spacecraft_mass_kg: Annotated[float, Unit("kg")] | None = Field(None, gt=0, description="Mass of the whole spacecraft, compute modules excluded "
        "(kg); with array_power_bol_w.")
    array_degradation_per_year: Fraction = Field(0.025, ge=0, lt=1, description="Fractional array output loss per year (with array_power_bol_w). "
        "Default 0.025: silicon in LEO (synth/catalogs/solar_arrays.yaml, silicon; LEO range 0.01-0.03).")
    conversion_efficiency: Fraction = Field(0.94, gt=0, le=1, description="Array-to-load efficiency (with array_power_bol_w). Default 0.94 = 0.97 "
        "array-side losses x 0.97 unregulated direct-energy-transfer bus (solar_arrays.yaml and power_conditioning.yaml); 0.90 with a regulated PCDU.")
    housekeeping_fraction: Fraction = Field(0.07, ge=0, lt=1, description="Share of the converted power taken by the bus (avionics, attitude, links, "
        "housekeeping battery recharge) (with array_power_bol_w). Default 0.07, an assumption: a Starlink-class bus's ~2 kW of ~28 kW "
        "(buses.yaml starlink_v2_compute); range 0.02-0.15.")
    sizing: Literal["mean", "end_of_life"] = Field("mean", description="Point of life the IT power is sized at (with array_power_bol_w): 'mean' "
        "output over the design life (the compute follows the array: the FLOP delivered over life follows the mean) or 'end_of_life' (the compute "
        "runs at full power to the last year).")

    @model_validator(mode="after")
    def _one_power_statement(self) -> TopDown:
        from_array = self.array_power_bol_w is not None or self.spacecraft_mass_kg is not None
        if from_array and (self.array_power_bol_w is None or self.spacecraft_mass_kg is None):
            raise ValueError("give both array_power_bol_w and spacecraft_mass_kg (the IT power per kg is derived from them)")
        if from_array == (self.specific_power_w_per_kg is not None):
            raise ValueError("give exactly one of specific_power_w_per_kg (stated) and array_power_bol_w with spacecraft_mass_kg (derived)")
        if not from_array:
            unused = sorted({"array_degradation_per_year", "conversion_efficiency", "housekeeping_fraction", "sizing"} & self.model_fields_set)
            if unused:
                raise ValueError(f"{', '.join(unused)}: given only with array_power_bol_w (a stated specific_power_w_per_kg already includes them)")
        return self

    def life_factor(self, life_years: float) -> float:
        """f: the array output at the sizing point as a fraction of beginning of life (module docstring)."""
        d = self.array_degradation_per_year
        if self.sizing == "end_of_life":
            return (1.0 - d) ** life_years
        if d == 0.0:
            return 1.0
        return (1.0 - (1.0 - d) ** life_years) / (life_years * -math.log1p(-d))

    def it_power_w(self, life_years: float) -> float:
        """P_IT = P_BOL f eta (1 - h) (W), from the array (module docstring)."""
        assert self.array_power_bol_w is not None
        return self.array_power_bol_w * self.life_factor(life_years) * self.conversion_efficiency * (1.0 - self.housekeeping_fraction)


class CostReference(BaseModel):
    """A published average unit cost of a reference production lot: the calibration point of a cost estimating
    relationship, T1 = C_ref / a(LR, p_ref, n_ref) (m / m_ref)^c."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    _number_input = field_validator("*", mode="before")(check_number_input)

    unit_cost_usd: float = Field(gt=0, description="Average unit cost of the reference lot, C_ref (USD per unit).")
    units: int = Field(ge=1, le=costs.MAX_UNITS, description="Units in the reference lot, n_ref.")
    prior_units: int = Field(0, ge=0, le=costs.MAX_UNITS, description="Units of the line built before the reference lot, p_ref.")
    mass_kg: Annotated[float, Unit("kg")] | None = Field(None, gt=0, description="Mass of the reference unit, m_ref (kg); the unit's own bus mass is "
        "scaled against it. Omit when the reference is this very unit (no mass scaling).")
    mass_exponent: float = Field(1.0, ge=0, le=3, description="Exponent c of the mass scaling (1: cost proportional to mass, as a USD/kg figure).")

    @model_validator(mode="after")
    def _lot_within_bound(self) -> CostReference:
        if self.prior_units + self.units > costs.MAX_UNITS:
            raise ValueError(f"prior_units + units must be at most {costs.MAX_UNITS:,}")
        return self


class CostModel(BaseModel):
    """The unit price from Wright's learning curve: the average unit cost of the lot the entry is priced at
    (``synth.physics.costs``), from a first-unit cost or a CER."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    _number_input = field_validator("*", mode="before")(check_number_input)

    first_unit_usd: float | None = Field(None, gt=0, description="Theoretical first-unit cost T1 (USD); or give reference.")
    reference: CostReference | None = Field(None, description="A CER calibrated on a reference lot's average unit cost; or give first_unit_usd.")
    learning_rate: float = Field(gt=0, le=1, description="Unit cost multiplier per doubling of cumulative units built, LR (0.9 = a 90 % curve; 1 = no "
        "learning). Cite its source in the entry's field_sources.cost_model.")
    prior_units: int = Field(ge=0, le=costs.MAX_UNITS, description="Units of the line built before this design's lot, p.")
    lot_units: int = Field(ge=1, le=costs.MAX_UNITS, description="Units the price is computed for, n: the lot this design is expected to buy. A "
        "design whose unit count differs by more than a factor of 2 is noted in the result.")

    @model_validator(mode="after")
    def _one_first_unit(self) -> CostModel:
        if (self.first_unit_usd is None) == (self.reference is None):
            raise ValueError("give exactly one of first_unit_usd and reference")
        if self.prior_units + self.lot_units > costs.MAX_UNITS:
            raise ValueError(f"prior_units + lot_units must be at most {costs.MAX_UNITS:,}")
        return self

    def first_unit(self, mass_kg: float) -> float:
        """T1 (USD) of a unit of bus mass ``mass_kg``."""
        if self.first_unit_usd is not None:
            return self.first_unit_usd
        r = self.reference
        assert r is not None
        return costs.first_unit_from_reference(r.unit_cost_usd, self.learning_rate, r.prior_units, r.units, mass_kg, r.mass_kg, r.mass_exponent)

    def unit_price(self, mass_kg: float) -> float:
        """A = T1 / n sum_{j=p+1}^{p+n} j^b (USD per unit)."""
        return costs.wright_average_unit_cost(self.first_unit(mass_kg), self.learning_rate, self.prior_units, self.lot_units)


class Bus(Entry):
    """A satellite bus or assembled-platform module that hosts compute (bottom-up), or a top-down spacecraft."""

    kind: Literal["satellite", "platform_module"] = Field(description="A free-flying satellite, or a module of a large assembled platform.")
    max_it_power_kw: Annotated[float, Unit("kW")] | None = Field(None, gt=0, description="Most IT (compute) power one unit can host (kW): the per-satellite "
        "power cap. Required, except for a top-down unit whose IT power is derived from its array (top_down.array_power_bol_w).")
    stowed_volume_m3: Annotated[float, Unit("m**3")] = Field(gt=0, description="Stowed volume of one unit without arrays, radiators and compute (m3).")
    price_usd: float | None = Field(None, ge=0, description="Price of one unit's bus (structure, avionics, propulsion, comms), USD (bottom-up); or give "
        "cost_model.")
    dry_mass_kg: Annotated[float, Unit("kg")] = Field(0.0, ge=0, description="Bus mass per unit, without arrays, radiators, batteries, compute (kg).")
    housekeeping_power_w: Annotated[float, Unit("W")] = Field(0.0, ge=0, description="Bus power per unit (avionics, comms, attitude), W, needed in eclipse "
        "too.")
    max_array_area_m2: Annotated[float, Unit("m**2")] | None = Field(None, gt=0, description="Most solar array one unit can carry (m2).")
    max_radiator_area_m2: Annotated[float, Unit("m**2")] | None = Field(None, gt=0, description="Most radiator one unit can carry (m2).")
    max_payload_mass_kg: Annotated[float, Unit("kg")] | None = Field(None, gt=0, description="Most hosted mass (compute, arrays, radiators, batteries, "
        "shielding) per unit (kg).")
    propulsion_isp_s: Annotated[float, Unit("s")] = Field(gt=0, le=10_000, description="Specific impulse of the drag make-up thrusters (s).")
    fabric_it_kw: Annotated[float, Unit("kW")] | None = Field(None, gt=0, le=1e7, description="IT power joined by the unit's own interconnect fabric "
        "(kW): a satellite's own capacity (the default), or a whole assembled platform's. A training cluster that fits needs no inter-satellite links.")
    rated_life_years: Annotated[float, Unit("year")] | None = Field(None, gt=0, le=100, description="Design life the unit is built and qualified for "
        "(years). Nothing is replaced in orbit, so a case whose design life is longer cannot use it (its capacities are zero). Empty: any life.")
    top_down: TopDown | None = Field(None, description="If given, the unit is described top-down: arrays, radiators and batteries are inside these figures.")
    cost_model: CostModel | None = Field(None, description="The unit price from Wright's learning curve over a stated lot, instead of price_usd "
        "(bottom-up) or top_down.price_usd_per_w.")

    @model_validator(mode="after")
    def _bottom_up_complete(self) -> Bus:
        if self.top_down is None:
            missing = [f for f in ("max_array_area_m2", "max_radiator_area_m2", "max_payload_mass_kg") if getattr(self, f) is None]
            if missing or self.dry_mass_kg <= 0:
                raise ValueError(f"a bottom-up bus needs dry_mass_kg > 0 and {', '.join(missing) or 'its capacities'} (or a top_down block)")
            if self.max_it_power_kw is None:
                raise ValueError("a bottom-up bus needs max_it_power_kw")
            if (self.price_usd is None) == (self.cost_model is None):
                raise ValueError("give exactly one of price_usd and cost_model")
            return self
        if self.price_usd is not None:
            raise ValueError("a top-down unit is priced by top_down.price_usd_per_w or cost_model, not price_usd")
        if (self.top_down.price_usd_per_w is None) == (self.cost_model is None):
            raise ValueError("give exactly one of top_down.price_usd_per_w and cost_model")
        derived = self.top_down.array_power_bol_w is not None
        if derived and self.max_it_power_kw is not None:
            raise ValueError("max_it_power_kw is derived from top_down.array_power_bol_w; give one of them")
        if not derived and self.max_it_power_kw is None:
            raise ValueError("a top-down unit needs max_it_power_kw (or top_down.array_power_bol_w with spacecraft_mass_kg)")
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
        life = rc.case.requirements.design_life_years
        it_w: dict[str, float] = {}
        sp: dict[str, float] = {}
        for k, bus in rc.entries["buses"].items():
            td = bus.top_down
            if td is not None and td.array_power_bol_w is not None:
                assert td.spacecraft_mass_kg is not None  # TopDown._one_power_statement
                it_w[k] = td.it_power_w(life)
                sp[k] = it_w[k] / td.spacecraft_mass_kg
            else:
                assert bus.max_it_power_kw is not None  # Bus._bottom_up_complete
                it_w[k] = bus.max_it_power_kw * 1000.0
                if td is not None:
                    assert td.specific_power_w_per_kg is not None
                    sp[k] = td.specific_power_w_per_kg
        cap = {k: w / 1000.0 if cap_limit is None else min(w / 1000.0, cap_limit) for k, w in it_w.items()}
        mu = (max(c.mass_kg / (c.power_w / 1000.0) for c in rc.entries["compute"].values())
              + max(sh.mass_kg_per_kw for sh in rc.entries["shielding"].values())) / KG_PER_T
        price: dict[str, float] = {}
        for k, bus in rc.entries["buses"].items():
            mass_kg = bus.dry_mass_kg if bus.top_down is None else cap[k] * 1000.0 / sp[k]
            if bus.cost_model is not None:
                price[k] = bus.cost_model.unit_price(mass_kg)
            elif bus.top_down is None:
                assert bus.price_usd is not None  # Bus._bottom_up_complete
                price[k] = bus.price_usd
            else:
                assert bus.top_down.price_usd_per_w is not None
                price[k] = bus.top_down.price_usd_per_w * cap[k] * 1000.0
        outlived = tuple(k for k, bus in rc.entries["buses"].items()
                         if bus.rated_life_years is not None and life > bus.rated_life_years)
        mix = served_mix(rc)
        scale_out, cluster = mix.scale_out_gbps, mix.largest_cluster
        p_max = max(c.power_w for c in rc.entries["compute"].values()) / 1000.0
        p_min = min(c.power_w for c in rc.entries["compute"].values()) / 1000.0
        fabric_kw = {k: bus.fabric_it_kw if bus.fabric_it_kw is not None else it_w[k] / 1000.0 for k, bus in rc.entries["buses"].items()}
        needs_isl = tuple(k for k in rc.entries["buses"] if scale_out > 0 and cluster > fabric_kw[k] / p_max * (1 + tolerances.INTEGER_GUARD))
        fabric_gbps = {k: 0.0 if k in needs_isl else scale_out * cap[k] / p_min for k in rc.entries["buses"]}
        return BusCoefficients(cap, mu, sp, it_w, price, outlived, needs_isl, fabric_gbps)

    def parameters(self, d):
        co: BusCoefficients = d.coeff["buses"]
        p: dict[Key, float] = {}
        for k, bus in d.entries("buses").items():
            usable = 0.0 if k in co.outlived else 1.0  # a unit that does not last the design life hosts nothing
            p[("cap_kw", k)] = co.cap_kw[k] * usable
            p[("vol", "bus", k)] = bus.stowed_volume_m3
            p[("max_payload_t", k)] = co.payload_t(bus, k) * usable
            p[("bus_t", k)] = co.bus_t(bus, k)
            p[("price", "bus", k)] = co.price_musd(bus, k)
            p[("fabric_gbps", k)] = co.fabric_gbps[k] * usable
            p[("loaded_t", k)] = co.bus_t(bus, k) + co.payload_t(bus, k)
            if bus.top_down is None:
                p[("hk_kw", k)] = bus.housekeeping_power_w / 1000.0
                p[("max_array_m2", k)] = bus.max_array_area_m2 * usable
                p[("max_rad_m2", k)] = bus.max_radiator_area_m2 * usable
        return p

    def structure(self, d):
        buses = d.entries("buses")
        co: BusCoefficients = d.coeff["buses"]
        return (tuple(buses), tuple(k for k, b in buses.items() if b.top_down is not None),
                tuple(k for k, b in buses.items() if b.top_down is not None and b.top_down.bridges_eclipse), co.needs_isl,
                d.coeff["compute"].scale_out_gbps > 0)

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
        co: BusCoefficients = ctx.d.coeff["buses"]
        linked = [k for k in b.K if k in co.needs_isl]
        ctx.publish("linked_units", {o: sum(b.units[k, o] for k in linked) for o in orbits})  # units joined by inter-satellite links
        ctx.publish("linked_loaded_t", {o: sum(P["loaded_t", k] * b.units[k, o] for k in linked) for o in orbits})  # their mass when full (t)
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
            *([supply("isl_bandwidth", "fabric_gbps", [k for k in b.K if k not in co.needs_isl])] if ctx.d.coeff["compute"].scale_out_gbps > 0 else []),
        ]

    def design_variables(self, b):
        """Units per bus and orbit (``satellites_by_bus``)."""
        return list(b.units.values())

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
        linked = {k: n for k, n in units.items() if k in co.needs_isl}
        ctx.published["linked_units"] = sum(linked.values())
        ctx.published["linked_loaded_t"] = sum((co.bus_t(buses[k], k) + co.payload_t(buses[k], k)) * n for k, n in linked.items())
        fabric = ([Item("isl_bandwidth", "buses", sum(co.fabric_gbps[k] * n for k, n in units.items() if k not in co.outlived), side="supply")]
                  if d.coeff["compute"].scale_out_gbps > 0 else [])
        for k in units:
            if buses[k].rated_life_years is not None:
                ctx.checks.append(Check.le("mass/launch", f"rated_life[{k}]", f"the design life within bus {k}'s rated life (nothing is replaced in orbit)",
                                           d.life_years, buses[k].rated_life_years, "years"))
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
            *fabric,
        ]

    def check_names(self, rc, d, design):
        known = rc.entries["buses"]
        return [(("satellites_by_bus", k), f"{k!r} is not among the case's candidates; allowed: {', '.join(sorted(known))}")
                for k in design.satellites_by_bus if k not in known]

    def warnings(self, rc, d):
        from synth.checks import InputWarning

        co: BusCoefficients = d.coeff["buses"]
        out = [InputWarning(f"buses.{k}.rated_life_years", f"rated for {rc.entries['buses'][k].rated_life_years:g} years, less than the design life "
                            f"of {d.life_years:g}: it cannot be used (nothing is replaced in orbit)") for k in co.outlived]
        for k, bus in rc.entries["buses"].items():
            if bus.top_down is None or co.sp_w_per_kg[k] <= 1000:
                continue
            field = "specific_power_w_per_kg" if bus.top_down.specific_power_w_per_kg is not None else "array_power_bol_w"
            out.append(InputWarning(f"buses.{k}.top_down.{field}", f"{co.sp_w_per_kg[k]:g} W/kg is beyond any published all-in spacecraft"))
        return out

    def structural(self, d):
        from synth.result import Diagnosis

        co: BusCoefficients = d.coeff["buses"]
        buses = d.entries("buses")
        if not buses or len(co.outlived) < len(buses):
            return []
        longest = max(b.rated_life_years for b in buses.values() if b.rated_life_years is not None)
        return [Diagnosis("mass/launch", "requirements.design_life_years", longest, d.life_years,
                          f"[mass/launch] requirements.design_life_years asks for {d.life_years:g} years but no candidate bus is rated for more than "
                          f"{longest:g} ({', '.join(f'{k}: {b.rated_life_years:g}' for k, b in buses.items())}); nothing is replaced in orbit",
                          f"--set requirements.design_life_years={longest:g}, or add a bus rated for longer")]

    def design_notes(self, d, design) -> list[str]:
        """A bus priced by a cost model at a lot that differs from the design's count of that bus by more than
        LOT_MISMATCH_FACTOR: its price came from another point of the learning curve (module docstring)."""
        out = []
        for k, n in (design.satellites_by_bus or {}).items():
            model = d.entry("buses", k).cost_model
            if model is None or n <= 0:
                continue
            if max(n, model.lot_units) > LOT_MISMATCH_FACTOR * min(n, model.lot_units):
                at_design = model.unit_price(self._unit_mass_kg(d, k))
                at_count = costs.wright_average_unit_cost(model.first_unit(self._unit_mass_kg(d, k)), model.learning_rate, model.prior_units, n)
                out.append(f"bus {k} is priced at the average of a lot of {model.lot_units:,} units (after {model.prior_units:,} prior, learning rate "
                           f"{model.learning_rate:g}): ${at_design:,.0f} per unit; this design has {n:,} of them, more than {LOT_MISMATCH_FACTOR:g}x "
                           f"{'more' if n > model.lot_units else 'fewer'}, whose lot average would be ${at_count:,.0f} per unit; set "
                           f"buses.{k}.cost_model.lot_units to the design's count and solve again")
        return out

    @staticmethod
    def _unit_mass_kg(d: Any, k: str) -> float:
        co: BusCoefficients = d.coeff["buses"]
        return co.bus_t(d.entry("buses", k), k) * KG_PER_T
