"""Radiation-driven failures and the compute a module delivers over its life.

Permanent failure rate of a module (per year), with orbit dose rate D (krad(Si)/yr behind 10 mm Al), shielding
dose factor k_s and the part's added failures per krad phi:

    lambda = lambda_0 + phi * k_s * D                                                 (1/yr)

Surviving modules decay as S(t) = exp(-lambda t) (failed modules are not replaced in orbit). With continuous
discounting at rho = ln(1 + r) for a discount rate r, the discounted surviving service time over a life L (years) is

    Y(lambda, L, r) = integral_0^L exp(-(lambda + rho) t) dt = (1 - exp(-k L)) / k,  k = lambda + rho   (years)

(Y = L when k = 0). With r = 0, Y / L is the mean surviving fraction over life. Delivered FLOP of n modules:

    FLOP = n * P_peak * u * a * Y * 3.15576e7 s/yr

with P_peak the peak FLOP/s, u the utilization and a the availability (sunlit fraction, or 1 when eclipses are
bridged).
"""

from __future__ import annotations

import math

from synth.physics.constants import SECONDS_PER_YEAR


def failure_rate_per_year(base_rate: float, failures_per_krad: float, dose_krad_per_year: float, dose_factor: float) -> float:
    """lambda = lambda_0 + phi * k_s * D (1/yr)."""
    return base_rate + failures_per_krad * dose_factor * dose_krad_per_year


def surviving_fraction(failure_rate: float, years: float) -> float:
    """Fraction of modules still working after ``years``: S = exp(-lambda t) (-)."""
    return math.exp(-failure_rate * years)


def discount_rate_continuous(discount_rate: float) -> float:
    """rho = ln(1 + r) (1/yr)."""
    return math.log1p(discount_rate)


def discounted_service_years(failure_rate: float, life_years: float, discount_rate: float) -> float:
    """Y(lambda, L, r) = (1 - exp(-k L)) / k with k = lambda + ln(1 + r) (years)."""
    k = failure_rate + discount_rate_continuous(discount_rate)
    if k * life_years < 1e-12:
        return life_years
    return -math.expm1(-k * life_years) / k


def delivered_flop_per_module(peak_flop_per_s: float, utilization: float, availability: float, service_years: float) -> float:
    """FLOP = P_peak * u * a * Y * seconds per year (FLOP per module)."""
    return peak_flop_per_s * utilization * availability * service_years * SECONDS_PER_YEAR
