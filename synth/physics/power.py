"""Solar array output over life, the year that sizes the arrays, and battery sizing.

Array output per m2 of array at beginning and at end of life (W/m2):

    p_BOL = S * eta_cell * k_pack * k_point,      p(t) = p_BOL (1 - d)^t,      p_EOL = p(L)

with S the solar constant (W/m2), eta_cell the cell efficiency, k_pack the packing factor, k_point the mean cosine
of the Sun angle, d the fractional degradation per year and L the design life (years).

The year that binds. Compute modules fail and are not replaced: of type c, IT_c e^(-lambda_c t) survives at time
t (lambda_c the failure rate, 1/yr; :mod:`synth.physics.reliability`); housekeeping H, battery recharge and the
power conditioning's losses are held at their full (beginning-of-life, rated) values K. Arrays of area A cover the
loads in year t iff

    g(t) = load(t) / (A p(t)) = sum_c (IT_c / (A p_BOL)) e^((k - lambda_c) t) + (K / (A p_BOL)) e^(k t)  <=  1,
    k = -ln(1 - d) >= 0.

Every term is a positive constant times an exponential in t, hence convex in t; a sum of convex functions is
convex, and a convex function on [0, L] takes its maximum at an end point. So g(t) <= 1 for every t in [0, L] iff
g(0) <= 1 and g(L) <= 1: the two rows

    A p_BOL >= sum_c IT_c + K                        (beginning of life: full load)
    A p_EOL >= sum_c IT_c e^(-lambda_c L) + K        (end of life: the IT that survives)

are exactly the condition for every year, with any number of compute types. Beginning of life binds when compute
fails faster than the arrays degrade (lambda_c > k for the IT that dominates), end of life otherwise. Holding
recharge and conversion losses at their full values is conservative (the eclipse loads that survive draw less).

Battery cycle life. A battery cycles once per eclipse: over the design life L it must last N = N_ecl L cycles (N_ecl
eclipses per year, :mod:`synth.physics.orbit`). With a cycle-life law N(DoD) = N_ref (DoD_ref / DoD)^k (cycles to
the end-of-life criterion at depth of discharge DoD, anchored at N_ref cycles at DoD_ref, exponent k > 0), the
deepest discharge that lasts N cycles is

    DoD_N = DoD_ref (N_ref / N)^(1/k),        DoD = min(DoD_max, DoD_N)                        (-)

(DoD = DoD_max when N = 0). If DoD falls below the shallowest depth the law is sourced for (DoD_min), no depth of
discharge gives the cycles: the battery cannot be used in that orbit for that life (replacing batteries in orbit
is not modelled). The depth is set against nameplate, and the end-of-life criterion of the law (capacity retained)
must stay above it, so the energy per eclipse holds through life.

Batteries (nameplate energy E, kWh; depth of discharge DoD; round-trip efficiency eta_rt, split evenly between
charge and discharge, eta_c = eta_d = sqrt(eta_rt)):

    energy deliverable in one eclipse:  E_load = E * DoD * sqrt(eta_rt)                (kWh)
    array power to recharge it over the sunlit part t_sun (h) of the worst orbit:
                                        P_ch = E * DoD / (sqrt(eta_rt) * t_sun)          (kW)
"""

from __future__ import annotations

import math

from synth.physics.constants import SOLAR_CONSTANT_W_PER_M2


def array_bol_w_per_m2(cell_efficiency: float, packing_factor: float, pointing_factor: float,
                       solar_constant_w_per_m2: float = SOLAR_CONSTANT_W_PER_M2) -> float:
    """Beginning-of-life array output p_BOL = S eta k_pack k_point in W per m2 of array (module docstring)."""
    return solar_constant_w_per_m2 * cell_efficiency * packing_factor * pointing_factor


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


def cycle_life_depth_of_discharge(cycles_needed: float, max_dod: float, reference_cycles: float | None, reference_dod: float | None,
                                  exponent: float | None, min_dod: float | None = None) -> float | None:
    """The depth of discharge that lasts ``cycles_needed`` cycles, DoD = min(DoD_max, DoD_ref (N_ref / N)^(1/k)) (-);
    DoD_max when no cycle-life law is given or no cycles are needed; None when it falls below ``min_dod`` (the
    battery cannot be used). Module docstring."""
    if reference_cycles is None or reference_dod is None or exponent is None or cycles_needed <= 0:
        return max_dod
    dod = min(max_dod, reference_dod * (reference_cycles / cycles_needed) ** (1.0 / exponent))
    return None if min_dod is not None and dod < min_dod else dod
