"""Economic relations: present value of recurring costs, capital recovery, launched-power price, drag make-up
propellant.

Recurring cost c (USD/yr) paid continuously over L years at discount rate r (rho = ln(1 + r)):

    PV = c * A(L, r),  A(L, r) = (1 - exp(-rho L)) / rho   (years; A = L when r = 0)

Capital recovery: a capital item of price K (USD) and economic life l (years) costs the level payment K / A(l, r)
per year (the continuous capital recovery factor 1 / A(l, r); the yearly-payment form is CRF = r / (1 - (1 + r)^-l)).
Charged over a study of L years its present value is

    charge = K * A(L, r) / A(l, r)                          (USD; = K when l = L)

which equals buying the item again at the end of each life when L is a whole multiple of l, and charges only the
share used when l > L.

Launched-power price of a spacecraft of mass m (kg) carrying power P (kW) for L years at launch price p (USD/kg),
as Google's Project Suncatcher (arXiv 2511.19468, sec. 4.4) states it:

    price = m * p / (P * L)                                   (USD per kW-year)

Drag make-up propellant over life L for deployed area A (m2), frontal fraction f, density rho_a (kg/m3),
orbital speed v (m/s), drag coefficient C_d, specific impulse Isp (s):

    m_prop = 0.5 * rho_a * v^2 * C_d * f * A * L * 3.15576e7 / (Isp * g0)      (kg)
"""

from __future__ import annotations

import math

from synth.physics.constants import DRAG_COEFFICIENT, SECONDS_PER_YEAR, STANDARD_GRAVITY


def annuity_years(life_years: float, discount_rate: float) -> float:
    """A(L, r) = (1 - exp(-rho L)) / rho with rho = ln(1 + r) (years)."""
    rho = math.log1p(discount_rate)
    if rho * life_years < 1e-12:
        return life_years
    return -math.expm1(-rho * life_years) / rho


def capital_charge(price_usd: float, asset_life_years: float, study_years: float, discount_rate: float) -> float:
    """charge = K A(L, r) / A(l, r) (USD, present value; module docstring)."""
    return price_usd * annuity_years(study_years, discount_rate) / annuity_years(asset_life_years, discount_rate)


def capital_recovery_factor(discount_rate: float, life_years: float) -> float:
    """CRF(r, l) = r / (1 - (1 + r)^-l), the yearly payment per USD of capital (1/yr); 1 / l when r = 0."""
    if discount_rate == 0:
        return 1.0 / life_years
    return discount_rate / (1.0 - (1.0 + discount_rate) ** -life_years)


def launched_power_price_usd_per_kw_year(mass_kg: float, power_kw: float, life_years: float, launch_price_usd_per_kg: float) -> float:
    """price = m p / (P L) (USD/kW/yr)."""
    return mass_kg * launch_price_usd_per_kg / (power_kw * life_years)


def drag_propellant_kg_per_m2(density_kg_per_m3: float, speed_m_per_s: float, frontal_fraction: float,
                              life_years: float, isp_s: float) -> float:
    """Propellant per m2 of deployed area over life, m_prop / A (kg/m2)."""
    return (0.5 * density_kg_per_m3 * speed_m_per_s**2 * DRAG_COEFFICIENT * frontal_fraction
            * life_years * SECONDS_PER_YEAR / (isp_s * STANDARD_GRAVITY))
