"""Component catalogs: the schema of every entry, and where the shipped catalogs (``synth/catalogs/*.yaml``) are.

Each catalog file maps an entry name to its figures. Field names carry their unit (``mass_kg``); a value can
also be a quantity string (``"650 km"``) converted by pint (see :mod:`synth.units`). Every entry names its
``source``; ``field_sources`` cites individual figures where they come from elsewhere, and ``uncertain`` says
which figures are assumptions. The field descriptions below are the reference documentation of the format.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from synth.units import Q, check_number_input

LaunchClass = Literal["leo", "sso", "leo_high", "meo", "geo"]

#: catalog kind -> file name in a catalog directory
CATALOG_FILES: dict[str, str] = {
    "orbits": "orbits.yaml",
    "launch_vehicles": "launch_vehicles.yaml",
    "compute": "compute.yaml",
    "solar_arrays": "solar_arrays.yaml",
    "radiators": "radiators.yaml",
    "batteries": "batteries.yaml",
    "buses": "buses.yaml",
    "shielding": "shielding.yaml",
    "terrestrial": "terrestrial.yaml",
}

#: The shipped catalogs: package data of ``synth`` (declared in pyproject.toml), so that a wheel carries them. Found
#: with importlib.resources; synth is installed as plain files (never zipped), so this is a real directory.
DEFAULT_MODELS_DIR = Path(str(files("synth") / "catalogs"))

Fraction = Q("")

# -- text ----------------------------------------------------------------------------------------------------------
MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 10_000


def check_name(text: str) -> str:
    """A name (of a case, a catalog entry) is one line of printable text, not blank, at most MAX_NAME_CHARS long:
    names label tables and charts and become (sanitized) file names."""
    if not text.strip():
        raise ValueError("a name cannot be blank")
    if len(text) > MAX_NAME_CHARS:
        raise ValueError(f"a name has at most {MAX_NAME_CHARS} characters, this one {len(text):,}")
    bad = next((c for c in text if not c.isprintable()), None)
    if bad is not None:
        raise ValueError(f"a name is one line of printable text; it holds the character U+{ord(bad):04X} at position {text.index(bad) + 1}")
    return text


def check_text(text: str) -> str:
    """Free text (a description, a source) may span lines but holds no other control characters (a NUL byte,
    an escape sequence), and has at most MAX_TEXT_CHARS characters."""
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"at most {MAX_TEXT_CHARS:,} characters, this text has {len(text):,}")
    bad = next((c for c in text if not c.isprintable() and c not in "\n\t"), None)
    if bad is not None:
        raise ValueError(f"text holds the control character U+{ord(bad):04X} at position {text.index(bad) + 1}; only printable text, tabs and line breaks are allowed")
    return text


Name = Annotated[str, AfterValidator(check_name)]
Text = Annotated[str, AfterValidator(check_text)]

# -- physical bounds -----------------------------------------------------------------------------------------------
#: hottest radiator considered (K): beyond any coolant loop, and T^4 must stay far from float overflow
MAX_RADIATOR_TEMPERATURE_K = 3000.0
RadiatorTemperature = Annotated[Q("K"), Field(gt=0, le=MAX_RADIATOR_TEMPERATURE_K)]


class Entry(BaseModel):
    """Fields every catalog entry has."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    _number_input = field_validator("*", mode="before")(check_number_input)

    source: Text = Field(min_length=3, description="Where the figures come from (paper, datasheet, filing), or 'assumption: why'.")
    field_sources: dict[str, Text] = Field(default_factory=dict, description="Per-field citations where a figure has its own source.")
    uncertain: Text | None = Field(None, description="Which figures are assumptions or poorly known, and the published range.")
    notes: Text | None = Field(None, description="Free text: derivations, caveats.")

    @model_validator(mode="after")
    def _field_sources_name_fields(self) -> "Entry":
        unknown = set(self.field_sources) - set(type(self).model_fields)
        if unknown:
            raise ValueError(f"field_sources names fields this entry does not have: {sorted(unknown)}")
        return self


class Orbit(Entry):
    """A circular candidate orbit and its environment."""

    altitude_km: Q("km") = Field(gt=100, le=100_000, description="Circular orbit altitude above the equatorial radius (km).")
    inclination_deg: Q("degree") = Field(ge=0, le=180, description="Inclination (deg).")
    ltan_h: float | None = Field(None, ge=0, lt=24, description="Sun-synchronous only: local time of the ascending node (h); 6 or 18 is dawn-dusk. Empty: the node drifts relative to the Sun and sunlight is averaged over all node angles.")
    launch_class: LaunchClass = Field(description="Which payload figure of a launch vehicle applies: leo, sso, leo_high, meo or geo.")
    eclipse_fraction: Fraction | None = Field(None, ge=0, lt=1, description="Annual-mean fraction of time in Earth's shadow, if stated by a source; empty: derived from beta-angle geometry.")
    worst_eclipse_min: Q("minute") | None = Field(None, ge=0, description="Longest single eclipse (min), if stated; empty: derived from geometry.")
    dose_krad_per_year: float = Field(ge=0, le=10_000, description="Total ionizing dose rate behind 10 mm Al-equivalent shielding, krad(Si)/year.")
    atmospheric_density_kg_per_m3: float = Field(ge=0, lt=1e-6, description="Mean neutral density for drag make-up (kg/m3); 0 above the atmosphere.")
    frontal_area_fraction: Fraction = Field(ge=0, le=1, description="Mean ratio of ram-facing area to deployed (array + radiator) area, set by attitude in this orbit.")
    earth_ir_w_per_m2: Q("W/m**2") = Field(237.0, ge=0, le=500, description="Earth's mean outgoing long-wave flux at the top of the atmosphere (W/m2).")
    albedo: Fraction = Field(0.30, ge=0, le=1, description="Earth's mean Bond albedo.")
    albedo_illumination_factor: Fraction = Field(ge=0, le=1, description="Orbit-average fraction of the full albedo flux reaching the radiators (lit Earth seen, Sun angle).")


class LaunchVehicle(Entry):
    """A launch vehicle: payload by orbit class and price."""

    payload_kg: dict[LaunchClass, Q("kg")] = Field(description="Payload to each orbit class it can reach (kg); an absent class cannot be reached.")
    payload_volume_m3: Q("m**3") = Field(gt=0, description="Usable stowed payload volume per launch (m3).")
    price_per_launch_usd: float = Field(0.0, ge=0, description="Price of one launch (USD), charged per launch.")
    price_per_kg_usd: float = Field(0.0, ge=0, description="Price per kg actually carried (USD/kg), as effective-price studies quote it.")

    @field_validator("payload_kg")
    @classmethod
    def _positive_payloads(cls, payloads: dict[str, float]) -> dict[str, float]:
        for launch_class, kg in payloads.items():
            if kg <= 0:
                raise ValueError(f"payload to {launch_class} must be > 0 kg (omit classes the vehicle cannot reach)")
        return payloads

    @model_validator(mode="after")
    def _has_price(self) -> "LaunchVehicle":
        if self.price_per_launch_usd <= 0 and self.price_per_kg_usd <= 0:
            raise ValueError("give price_per_launch_usd or price_per_kg_usd (at least one > 0)")
        return self


class ComputeModule(Entry):
    """One accelerator with its share of the server (host, memory, network, cold plate), as flown."""

    peak_tflops: float = Field(ge=0.001, le=1e6, description="Dense BF16 peak per module, TFLOP/s (1e12 FLOP/s); at least 0.001 (1 GFLOP/s).")
    power_w: Q("W") = Field(ge=1, le=1e6, description="Electrical power per module at the server level (W), 1 W to 1 MW.")
    mass_kg: Q("kg") = Field(gt=0, description="Mass per module at the server level, with cold plate (kg).")
    price_usd: float = Field(ge=0, description="Price per module including its server share (USD).")
    stowed_volume_m3: Q("m**3") = Field(ge=0, description="Stowed volume per module (m3).")
    max_radiator_temperature_k: Q("K") = Field(gt=200, le=500, description="Hottest radiator that can still cool it (coolant loop limit), K.")
    annual_failure_rate: float = Field(ge=0, lt=1, description="Hardware failure rate on the ground, per module per year.")
    failures_per_krad: float = Field(ge=0, le=1, description="Added permanent failures per module per krad(Si) of dose.")


class SolarArray(Entry):
    """A solar array technology."""

    cell_efficiency: Fraction = Field(gt=0, le=1, description="Cell efficiency at beginning of life.")
    packing_factor: Fraction = Field(gt=0, le=1, description="Cell area / array area.")
    degradation_per_year: Fraction = Field(ge=0, lt=1, description="Fractional output loss per year.")
    pointing_factor: Fraction = Field(1.0, gt=0, le=1, description="Mean cosine of the Sun angle (1 = perfect tracking).")
    areal_mass_kg_per_m2: Q("kg/m**2") = Field(gt=0, description="Array mass per m2 including substrate, deployment and harness (kg/m2).")
    price_usd_per_m2: float = Field(ge=0, description="Array price per m2 (USD/m2).")
    stowed_volume_m3_per_m2: Q("m") = Field(ge=0, description="Stowed volume per m2 of array (m3/m2).")
    power_conversion_efficiency: Fraction = Field(0.95, gt=0, le=1, description="Array-to-load power conversion and distribution efficiency.")


class Radiator(Entry):
    """A deployable radiator technology, flown edge-on to the Sun with its faces' normals horizontal."""

    emissivity: Fraction = Field(ge=0.01, le=1, description="Hemispherical infrared emissivity (at least 0.01).")
    solar_absorptivity: Fraction = Field(ge=0, le=1, description="Solar absorptivity (end of life).")
    faces: Literal[1, 2] = Field(description="Radiating faces per m2 of planform area.")
    sun_incidence_factor: Fraction = Field(ge=0, le=1, description="Mean fraction of the solar constant falling on the radiator (0 = perfectly edge-on).")
    operating_temperatures_k: list[RadiatorTemperature] = Field(min_length=1, description="Radiator temperatures the design may choose from (K), above 0 and at most 3,000 K.")
    areal_mass_kg_per_m2: Q("kg/m**2") = Field(gt=0, description="Mass per m2 of planform area, with pumps and loop fluid (kg/m2).")
    price_usd_per_m2: float = Field(ge=0, description="Price per m2 of planform area (USD/m2).")
    stowed_volume_m3_per_m2: Q("m") = Field(ge=0, description="Stowed volume per m2 (m3/m2).")


class Battery(Entry):
    """A battery technology."""

    specific_energy_wh_per_kg: Q("W*hour/kg") = Field(gt=0, le=2000, description="Usable pack-level specific energy (Wh/kg).")
    depth_of_discharge: Fraction = Field(gt=0, le=1, description="Allowed depth of discharge per eclipse.")
    round_trip_efficiency: Fraction = Field(gt=0, le=1, description="Charge-discharge round-trip efficiency.")
    price_usd_per_kwh: float = Field(ge=0, description="Pack price (USD/kWh of nameplate energy).")


class TopDown(BaseModel):
    """A spacecraft described by its all-in figures instead of component by component."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    _number_input = field_validator("*", mode="before")(check_number_input)

    specific_power_w_per_kg: Q("W/kg") = Field(gt=0, description="IT power per kg of spacecraft, compute modules excluded (W/kg).")
    price_usd_per_w: float = Field(ge=0, description="Spacecraft price per W of IT power, compute modules excluded (USD/W).")
    bridges_eclipse: bool = Field(False, description="Whether its batteries keep the compute running through eclipse.")


class Bus(Entry):
    """A satellite bus or assembled-platform module that hosts compute (bottom-up), or a top-down spacecraft."""

    kind: Literal["satellite", "platform_module"] = Field(description="A free-flying satellite, or a module of a large assembled platform.")
    max_it_power_kw: Q("kW") = Field(gt=0, description="Most IT (compute) power one unit can host (kW): the per-satellite power cap.")
    stowed_volume_m3: Q("m**3") = Field(gt=0, description="Stowed volume of one unit without arrays, radiators and compute (m3).")
    price_usd: float = Field(0.0, ge=0, description="Price of one unit's bus (structure, avionics, propulsion, comms), USD.")
    dry_mass_kg: Q("kg") = Field(0.0, ge=0, description="Bus mass per unit, without arrays, radiators, batteries, compute (kg).")
    housekeeping_power_w: Q("W") = Field(0.0, ge=0, description="Bus power per unit (avionics, comms, attitude), W, needed in eclipse too.")
    max_array_area_m2: Q("m**2") | None = Field(None, gt=0, description="Most solar array one unit can carry (m2).")
    max_radiator_area_m2: Q("m**2") | None = Field(None, gt=0, description="Most radiator one unit can carry (m2).")
    max_payload_mass_kg: Q("kg") | None = Field(None, gt=0, description="Most hosted mass (compute, arrays, radiators, batteries, shielding) per unit (kg).")
    propulsion_isp_s: Q("s") = Field(gt=0, le=10_000, description="Specific impulse of the drag make-up thrusters (s).")
    top_down: TopDown | None = Field(None, description="If given, the unit is described top-down: arrays, radiators and batteries are inside these figures.")

    @model_validator(mode="after")
    def _bottom_up_complete(self) -> "Bus":
        if self.top_down is None:
            missing = [f for f in ("max_array_area_m2", "max_radiator_area_m2", "max_payload_mass_kg") if getattr(self, f) is None]
            if missing or self.dry_mass_kg <= 0:
                raise ValueError(f"a bottom-up bus needs dry_mass_kg > 0 and {', '.join(missing) or 'its capacities'} (or a top_down block)")
        return self


class Shielding(Entry):
    """A radiation shielding option added around the compute."""

    dose_factor: Fraction = Field(gt=0, le=1, description="Dose behind this shielding relative to the orbit's 10 mm Al-equivalent figure.")
    mass_kg_per_kw: Q("kg/kW") = Field(ge=0, description="Added shielding mass per kW of IT power (kg/kW).")
    price_usd_per_kg: float = Field(ge=0, description="Shielding material and integration price (USD/kg).")


class Terrestrial(Entry):
    """A terrestrial data center that hosts the same compute, for comparison."""

    facility_capex_usd_per_w: float = Field(gt=0, description="Facility capital cost per W of IT power, servers excluded (USD/W).")
    facility_life_years: Q("year") = Field(gt=0, le=100, description="Facility depreciation life (years).")
    pue: float = Field(ge=1, le=5, description="Power usage effectiveness (facility power / IT power).")
    electricity_usd_per_kwh: float = Field(ge=0, description="Electricity price (USD/kWh).")
    water_l_per_kwh: float = Field(ge=0, description="Water consumed per kWh of facility energy (L/kWh).")
    water_usd_per_m3: float = Field(ge=0, description="Water price (USD/m3).")
    operations_usd_per_kw_year: float = Field(ge=0, description="Staff and maintenance per kW of IT per year (USD/kW/yr).")
    availability: Fraction = Field(ge=0.01, le=1, description="Fraction of time the compute runs (at least 0.01).")


ENTRY_TYPES: dict[str, type[Entry]] = {
    "orbits": Orbit,
    "launch_vehicles": LaunchVehicle,
    "compute": ComputeModule,
    "solar_arrays": SolarArray,
    "radiators": Radiator,
    "batteries": Battery,
    "buses": Bus,
    "shielding": Shielding,
    "terrestrial": Terrestrial,
}
