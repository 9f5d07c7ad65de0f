"""The ground: the same compute in a terrestrial data center, for comparison (catalog ``terrestrial``).

Four archetypes ship (synth/catalogs/terrestrial.yaml): a grid-connected hyperscale site, an off-grid site with gas
turbines on site, an off-grid solar-plus-storage site, and leased colocation. Each has its own cost of capital,
lives, construction time and time to power. The relations are in :mod:`synth.physics.terrestrial`; this module
declares the catalog entry and prices a design's compute at every baseline the case names.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from synth.catalog import Entry
from synth.physics.terrestrial import ComputeOnGround, GroundCost, ground_cost
from synth.units import Fraction, Unit
from synth.workloads import Mix

#: the fields each energy supply needs (and no other supply may set)
SUPPLY_FIELDS: dict[str, tuple[str, ...]] = {
    "grid": ("electricity_usd_per_kwh",),
    "gas_turbine": ("fuel_usd_per_mmbtu", "heat_rate_btu_per_kwh", "plant_capex_usd_per_kw", "plant_life_years", "plant_fixed_om_usd_per_kw_year",
                    "plant_variable_om_usd_per_mwh", "plant_redundancy"),
    "solar_storage": ("pv_capex_usd_per_w", "pv_capacity_factor", "pv_life_years", "storage_capex_usd_per_kwh", "storage_hours", "storage_life_years",
                      "storage_round_trip_efficiency", "stored_energy_share", "plant_fixed_om_usd_per_kw_year"),
}

Years = Annotated[float, Unit("year")]


class Terrestrial(Entry):
    """A terrestrial data center that hosts the same compute, for comparison: its ownership, its lives and its
    energy supply (the fields of other supplies must be left out)."""

    archetype: Literal["grid_hyperscale", "gas_turbine_off_grid", "solar_storage_off_grid", "colocation"] = Field(
        description="What kind of site: owned and grid-connected, owned with gas turbines on site, owned with solar plus storage, or leased space.")
    supply: Literal["grid", "gas_turbine", "solar_storage"] = Field(description="Where its electricity comes from (colocation: grid, billed through).")
    wacc: Fraction = Field(ge=0, lt=1, description="Cost of capital of the site's owner (nominal WACC), the discount rate of its costs and compute.")
    facility_capex_usd_per_w: float = Field(ge=0, le=1000, description="Facility capital cost per W of IT power, servers excluded (USD/W); 0 when leased.")
    facility_life_years: Years = Field(gt=0, le=100, description="Economic life of the facility (years); replaced at its end within the study.")
    it_life_years: Years = Field(gt=0, le=30, description="Economic life of the servers (years); replaced at its end within the study.")
    lease_usd_per_kw_month: float = Field(0.0, ge=0, le=10_000, description="Colocation rent per kW of IT per month (USD/kW-month); 0 when owned.")
    construction_years: Years = Field(ge=0, le=30, description="Years to build the facility (reported; bounded by time_to_power_years).")
    time_to_power_years: Years = Field(ge=0, le=30, description="Years from decision to power at the site (grid queue, turbine delivery, build).")
    build_rate_mw_per_year: float | None = Field(None, gt=0, le=1e6, description="IT power one programme can bring into service per year at sites "
        "of this kind once the first is powered (MW/yr); synth roadmap's demand mode holds the ground to it. Empty: unlimited.")
    pue: float = Field(ge=1, le=5, description="Power usage effectiveness (facility power / IT power).")
    availability: Fraction = Field(ge=0.01, le=1, description="Fraction of time the compute runs (at least 0.01).")
    idle_power_fraction: Fraction = Field(ge=0, le=1, description="IT power drawn at zero utilization, as a fraction of nameplate; the draw while "
        "running is f_idle + (1 - f_idle) x utilization of nameplate.")
    interrupts_per_module_year: float = Field(0.0, ge=0, le=1000, description="Job interrupts per module per year from hardware faults (a "
        "training job stalls on any of them; synth.workloads).")
    water_l_per_kwh: float = Field(ge=0, le=100, description="Water consumed per kWh of facility energy (L/kWh).")
    water_usd_per_m3: float = Field(ge=0, le=1000, description="Water price (USD/m3).")
    operations_usd_per_kw_year: float = Field(ge=0, le=1e5, description="Staff and maintenance per kW of IT per year (USD/kW/yr).")
    # grid and colocation
    electricity_usd_per_kwh: float | None = Field(None, ge=0, le=1000, description="Electricity price (USD/kWh); supply grid.")
    # gas turbines on site
    fuel_usd_per_mmbtu: float | None = Field(None, ge=0, le=1000, description="Delivered gas price (USD/MMBtu); supply gas_turbine.")
    heat_rate_btu_per_kwh: float | None = Field(None, ge=3412, le=30_000, description="Heat rate (Btu of fuel per kWh generated), at least 3,412 "
        "(100 % efficiency); supply gas_turbine.")
    plant_capex_usd_per_kw: float | None = Field(None, ge=0, le=1e5, description="Generating plant capital cost per kW of its capacity (USD/kW); "
        "supply gas_turbine.")
    plant_life_years: Years | None = Field(None, gt=0, le=100, description="Economic life of the generating plant (years); supply gas_turbine.")
    plant_fixed_om_usd_per_kw_year: float | None = Field(None, ge=0, le=1e4, description="Fixed O&M per kW of plant (gas) or of PV (solar) capacity "
        "per year (USD/kW/yr).")
    plant_variable_om_usd_per_mwh: float | None = Field(None, ge=0, le=1e4, description="Variable O&M per MWh generated (USD/MWh); supply gas_turbine.")
    plant_redundancy: float | None = Field(None, ge=1, le=5, description="Plant capacity over the facility's peak load (N+1 spares), at least 1; "
        "supply gas_turbine.")
    # solar plus storage
    pv_capex_usd_per_w: float | None = Field(None, ge=0, le=100, description="PV plant cost per W AC (USD/W); supply solar_storage.")
    pv_capacity_factor: Fraction | None = Field(None, gt=0, le=1, description="PV AC capacity factor; supply solar_storage.")
    pv_life_years: Years | None = Field(None, gt=0, le=100, description="Economic life of the PV plant (years); supply solar_storage.")
    storage_capex_usd_per_kwh: float | None = Field(None, ge=0, le=1e4, description="Battery storage cost per kWh installed (USD/kWh); supply "
        "solar_storage.")
    storage_hours: float | None = Field(None, ge=0, le=240, description="Hours of average load the storage holds; supply solar_storage.")
    storage_life_years: Years | None = Field(None, gt=0, le=100, description="Economic life of the storage (years); supply solar_storage.")
    storage_round_trip_efficiency: Fraction | None = Field(None, gt=0, le=1, description="Storage round-trip efficiency; supply solar_storage.")
    stored_energy_share: Fraction | None = Field(None, ge=0, le=1, description="Share of the energy delivered through storage; supply solar_storage.")

    @model_validator(mode="after")
    def _supply_complete(self) -> Terrestrial:
        needed = SUPPLY_FIELDS[self.supply]
        missing = [f for f in needed if getattr(self, f) is None]
        stray = sorted(f for f in {f for fields in SUPPLY_FIELDS.values() for f in fields} - set(needed) if getattr(self, f) is not None)
        if missing:
            raise ValueError(f"supply {self.supply} needs {', '.join(missing)}")
        if stray:
            raise ValueError(f"supply {self.supply} does not use {', '.join(stray)} (remove {'it' if len(stray) == 1 else 'them'}, or change supply)")
        if self.archetype == "colocation" and (self.lease_usd_per_kw_month <= 0 or self.facility_capex_usd_per_w > 0):
            raise ValueError("a colocation site has lease_usd_per_kw_month > 0 and facility_capex_usd_per_w 0 (the rent pays for the facility)")
        if self.construction_years > self.time_to_power_years:
            raise ValueError(f"construction_years ({self.construction_years:g}) is above time_to_power_years ({self.time_to_power_years:g}): "
                             "power comes after the building")
        return self


def compute_on_ground(compute_entries: dict[str, Any], counts: dict[str, int]) -> ComputeOnGround:
    """The design's modules (``counts``) with the figures the ground needs, from the compute catalog entries."""
    used = {c: n for c, n in counts.items() if n > 0}
    return ComputeOnGround(
        count=used,
        power_kw={c: compute_entries[c].power_w / 1000.0 for c in used},
        price_usd={c: compute_entries[c].price_usd for c in used},
        failure_rate={c: compute_entries[c].annual_failure_rate for c in used},
        peak_flops={c: compute_entries[c].peak_tflops * 1e12 for c in used},
    )


def price_on_ground(site: Terrestrial, compute: ComputeOnGround, life_years: float, utilization: float, count_delay: bool,
                    served: Mix | None = None) -> GroundCost:
    """The site's items and metrics for the compute serving ``served`` (:func:`synth.physics.terrestrial.ground_cost`)."""
    return ground_cost(site, compute, life_years, utilization, count_delay, served)
