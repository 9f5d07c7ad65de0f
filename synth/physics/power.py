"""Solar array output and battery sizing.

Array output per m2 of array at end of life (W/m2):

    p_EOL = S * eta_cell * k_pack * k_point * (1 - d)^L

with S the solar constant (W/m2), eta_cell the cell efficiency, k_pack the packing factor, k_point the mean cosine
of the Sun angle, d the fractional degradation per year and L the design life (years). Sizing at end of life
guarantees the power budget closes through the whole life.

Batteries (nameplate energy E, kWh; depth of discharge DoD; round-trip efficiency eta_rt, split evenly between
charge and discharge, eta_c = eta_d = sqrt(eta_rt)):

    energy deliverable in one eclipse:  E_load = E * DoD * sqrt(eta_rt)                (kWh)
    array power to recharge it over the sunlit part t_sun (h) of the worst orbit:
                                        P_ch = E * DoD / (sqrt(eta_rt) * t_sun)          (kW)
"""

from __future__ import annotations

import math

from synth.physics.constants import SOLAR_CONSTANT_W_PER_M2


def array_eol_w_per_m2(cell_efficiency: float, packing_factor: float, pointing_factor: float,
                       degradation_per_year: float, life_years: float,
                       solar_constant_w_per_m2: float = SOLAR_CONSTANT_W_PER_M2) -> float:
    """End-of-life array output p_EOL in W per m2 of array (equation in the module docstring)."""
    return solar_constant_w_per_m2 * cell_efficiency * packing_factor * pointing_factor * (1.0 - degradation_per_year) ** life_years


def battery_deliverable_kwh_per_kwh(depth_of_discharge: float, round_trip_efficiency: float) -> float:
    """Energy delivered to loads per kWh of nameplate: DoD * sqrt(eta_rt) (kWh/kWh)."""
    return depth_of_discharge * math.sqrt(round_trip_efficiency)


def battery_recharge_kw_per_kwh(depth_of_discharge: float, round_trip_efficiency: float, sunlit_hours: float) -> float:
    """Array power to recharge one kWh of nameplate over ``sunlit_hours``: DoD / (sqrt(eta_rt) * t_sun) (kW/kWh)."""
    return depth_of_discharge / (math.sqrt(round_trip_efficiency) * sunlit_hours)
