"""The same compute in a terrestrial data center, for comparison.

For compute modules n_c (power P_c kW, price p_c USD, ground failure rate lambda_0,c per year) over a design
life L (years) at discount rate r:

    P_IT         = sum_c n_c P_c                                          (kW)
    compute      = sum_c n_c p_c                                          (USD)
    replacements = sum_c lambda_0,c n_c p_c A(L, r)                       (USD; failed modules are replaced)
    facility     = c_fac (USD/W) * 1000 P_IT * A(L, r) / A(L_fac, r)     (USD; capital recovery over its own life)
    electricity  = P_IT * PUE * 8766 h/yr * A(L, r) * price_kWh           (USD)
    water        = P_IT * PUE * 8766 * A(L, r) * w (L/kWh) / 1000 * price_m3   (USD)
    operations   = c_ops (USD/kW/yr) * P_IT * A(L, r)                     (USD)
    FLOP         = sum_c n_c P_peak,c u a_ground A(L, r) 3.15576e7        (discounted FLOP)

with A the present-value years of :func:`synth.physics.economics.annuity_years` (A = L when r = 0). The facility
is paid for by capital recovery over its own life L_fac: the level payment that repays c_fac over L_fac years at the
discount rate is c_fac / A(L_fac, r) per year, charged for the L years the compute uses it, with the same
discounting as every other recurring cost and as the delivered FLOP. A facility outliving the study is charged only
its share (L / L_fac when r = 0); one that wears out first is replaced, its recovery payments continuing (L / L_fac
> 1 when r = 0). Unlike in
orbit, failed modules on the ground are replaced, so the installed compute stays whole and replacements are a
cost. The servers are charged full power all year, downtime included (conservative for training loads).
"""

from __future__ import annotations

from dataclasses import dataclass

from synth.physics.economics import annuity_years

HOURS_PER_YEAR = 8766.0


@dataclass(frozen=True)
class TerrestrialCost:
    cost_usd: dict[str, float]
    water_m3: float
    energy_kwh: float

    @property
    def total_usd(self) -> float:
        return sum(self.cost_usd.values())


def terrestrial_cost(it_power_kw: float, compute_price_usd: float, replacement_usd_per_year: float, life_years: float, discount_rate: float,
                     facility_capex_usd_per_w: float, facility_life_years: float, pue: float,
                     electricity_usd_per_kwh: float, water_l_per_kwh: float, water_usd_per_m3: float,
                     operations_usd_per_kw_year: float) -> TerrestrialCost:
    """Cost items of hosting ``it_power_kw`` of compute on the ground (module docstring);
    ``replacement_usd_per_year`` = sum_c lambda_0,c n_c p_c."""
    pv_years = annuity_years(life_years, discount_rate)
    energy_pv_kwh = it_power_kw * pue * HOURS_PER_YEAR * pv_years
    water_m3 = it_power_kw * pue * HOURS_PER_YEAR * life_years * water_l_per_kwh / 1000.0
    return TerrestrialCost(
        cost_usd={
            "compute": compute_price_usd,
            "replacements": replacement_usd_per_year * pv_years,
            "facility": facility_capex_usd_per_w * 1000.0 * it_power_kw * pv_years / annuity_years(facility_life_years, discount_rate),
            "electricity": energy_pv_kwh * electricity_usd_per_kwh,
            "water": energy_pv_kwh * water_l_per_kwh / 1000.0 * water_usd_per_m3,
            "operations": operations_usd_per_kw_year * it_power_kw * pv_years,
        },
        water_m3=water_m3,
        energy_kwh=it_power_kw * pue * HOURS_PER_YEAR * life_years,
    )
