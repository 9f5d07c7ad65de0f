"""The ground: the same compute in a terrestrial data center, for comparison (catalog ``terrestrial``).

The relations are in :mod:`synth.physics.terrestrial`; this module declares the catalog entry and prices a design's
compute on the ground for the case's baseline.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from synth.catalog import Entry
from synth.units import Fraction, Unit


class Terrestrial(Entry):
    """A terrestrial data center that hosts the same compute, for comparison."""

    facility_capex_usd_per_w: float = Field(gt=0, description="Facility capital cost per W of IT power, servers excluded (USD/W).")
    facility_life_years: Annotated[float, Unit("year")] = Field(gt=0, le=100, description="Facility depreciation life (years).")
    pue: float = Field(ge=1, le=5, description="Power usage effectiveness (facility power / IT power).")
    electricity_usd_per_kwh: float = Field(ge=0, description="Electricity price (USD/kWh).")
    water_l_per_kwh: float = Field(ge=0, description="Water consumed per kWh of facility energy (L/kWh).")
    water_usd_per_m3: float = Field(ge=0, description="Water price (USD/m3).")
    operations_usd_per_kw_year: float = Field(ge=0, description="Staff and maintenance per kW of IT per year (USD/kW/yr).")
    availability: Fraction = Field(ge=0.01, le=1, description="Fraction of time the compute runs (at least 0.01).")
