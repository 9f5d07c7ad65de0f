"""The same compute in a terrestrial data center, for comparison: four archetypes of power and ownership.

Notation: L the study period (the case's design life, years); r the site's cost of capital (WACC), rho = ln(1 + r);
A(x) = A(x, r) the present-value years of :func:`synth.physics.economics.annuity_years` (A = x when r = 0); a the
site's availability; u the model FLOP utilization shared with the orbit; P_IT = sum_c n_c P_c the IT power (kW).

**Capital recovery.** A capital item of price K and economic life l is paid for by the level payment K / A(l) per
year (its capital recovery, the continuous form of K x CRF(r, l)), charged for the L years of the study:

    charge(K, l) = K A(L) / A(l)                                                              (USD, present value)

When l < L the item is replaced at its end of life and the charge equals the replacement purchases exactly when L
is a whole multiple of l (e.g. A(2l) / A(l) = 1 + (1 + r)^-l); when l > L only the share used is charged (the rest
is the residual value). Every recurring cost c (USD/yr) is c A(L); the delivered compute is discounted the same
way, so cost per FLOP = PV cost / PV FLOP is the levelized cost, and PV cost / A(L) is the level annual cost.

**Energy follows use.** The IT draws, while running, the fraction f_idle + (1 - f_idle) u of its nameplate power
(idle floor plus a part proportional to utilization: a documented choice, since model FLOP utilization is not a
power measurement), for the fraction a of the year it runs; the facility multiplies by PUE:

    E = P_IT PUE a (f_idle + (1 - f_idle) u) 8766 h/yr                                        (kWh/yr at the meter)

Cost items (USD, present value):

    compute       = charge(sum_c n_c p_c, l_IT)                 IT replaced at the end of its life l_IT
    replacements  = sum_c lambda_0,c n_c p_c R(L, l_IT)         failed modules replaced (the installed IT stays whole)
    facility      = charge(c_fac 1000 P_IT, l_fac)              (0 for a leased colocation site)
    lease         = 12 c_lease P_IT A(L)                        colocation rent per kW of IT per month
    operations    = c_ops P_IT A(L)
    water         = E w / 1000 c_w A(L)                         (w L/kWh, c_w USD/m3)
    energy, by supply:
      grid / colocation pass-through:  E c_e A(L)
      gas turbine on site:  fuel E HR c_f 1e-6 A(L) + variable O&M E c_vom / 1000 A(L)
                            + plant charge(c_plant P_pl, l_pl) + fixed O&M c_fom P_pl A(L),
                            P_pl = k_red PUE P_IT (the facility's peak load with redundancy k_red)
      solar + storage:      PV charge(c_pv 1000 P_pv, l_pv) + storage charge(c_st E_st, l_st) + fixed O&M c_fom P_pv A(L),
                            P_avg = E / 8766, P_pv = P_avg k_rt / CF_pv, k_rt = 1 + s (1 / eta_rt - 1),
                            E_st = P_avg h_st (s: share of the energy that passes through storage, eta_rt its
                            round-trip efficiency, h_st the hours of average load it holds)

A module bought to replace a failure at time t is charged by capital recovery too: its share up to the end of the
study, p A(L - t) / A(l_IT), discounted from t. Failures arrive at the rate lambda_0 n all the study, so

    R(L, l) = int_0^L e^(-rho t) A(L - t) / A(l) dt = (A(L) - L e^(-rho L)) / (rho A(l))      (years; L^2 / (2 l) when r = 0)

Delivered compute (FLOP, discounted) and accelerator-hours (one module running one hour, discounted):

    FLOP = sum_c n_c P_peak,c u a a_w A(L) 3.15576e7 D,    GPU-h = sum_c n_c a a_w A(L) 8766 D

with a_w the time the served workloads do not lose to job interrupts (hardware faults, not radiation, on the ground):
a_w = sum_w s_w / (1 + G_w lambda_i T_w / 8766) as in orbit (:mod:`synth.workloads`), lambda_i the site's
interrupts per module-year (Llama 3: 419 unexpected interruptions in 54 days on 16,384 GPUs, 0.173 per GPU-year);
1 when no workload is given.

with D = 1 unless the time-to-power delay is counted: then D = (1 + r)^-t_p with t_p the site's years from decision
to power, and every cost except the facility and power-plant capital (spent while waiting) is deferred by the
same factor. The cost of the delay is thus the compute not delivered while waiting, priced at the site's own
cost of capital. Water is counted undiscounted in cubic metres for the report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from synth.physics.constants import SECONDS_PER_YEAR
from synth.physics.economics import annuity_years, capital_charge
from synth.workloads import Mix

HOURS_PER_YEAR = 8766.0
#: cost items spent before the site has power (not deferred by the time-to-power delay)
BUILT_BEFORE_POWER = ("facility", "power_plant", "pv_array", "storage")


@dataclass(frozen=True)
class ComputeOnGround:
    """The design's compute as the ground sees it: per module type c, count n_c, nameplate power P_c (kW), price
    p_c (USD), ground failure rate lambda_0,c (1/yr) and dense peak P_peak,c (FLOP/s)."""

    count: dict[str, int]
    power_kw: dict[str, float]
    price_usd: dict[str, float]
    failure_rate: dict[str, float]
    peak_flops: dict[str, float]

    @property
    def it_kw(self) -> float:
        return sum(self.power_kw[c] * n for c, n in self.count.items())

    @property
    def price_total_usd(self) -> float:
        return sum(self.price_usd[c] * n for c, n in self.count.items())


@dataclass(frozen=True)
class GroundCost:
    """The items and totals of one ground site hosting the compute (module docstring)."""

    cost_usd: dict[str, float]
    discounted_flop: float
    gpu_hours: float  # discounted accelerator-hours
    it_energy_mwh: float  # discounted IT energy of the running accelerators (MWh)
    energy_kwh_per_year: float  # at the meter
    water_m3: float  # over the study, undiscounted
    upfront_usd: float  # capital paid at the decision / power-on (full prices, not recovery charges)
    annuity_years: float
    delay_factor: float
    notes: dict[str, float] = field(default_factory=dict)

    @property
    def total_usd(self) -> float:
        return sum(self.cost_usd.values())


def replacement_years(study_years: float, it_life_years: float, discount_rate: float) -> float:
    """R(L, l) = (A(L) - L e^(-rho L)) / (rho A(l)), L^2 / (2 l) when r = 0 (years; module docstring): the present value
    of replacing one USD-per-year of failures, each replacement charged its capital-recovery share within the study."""
    rho = math.log1p(discount_rate)
    if rho * study_years < 1e-9:
        return study_years**2 / (2.0 * it_life_years)
    return (annuity_years(study_years, discount_rate) - study_years * math.exp(-rho * study_years)) / (rho * annuity_years(it_life_years, discount_rate))


def energy_kwh_per_year(it_kw: float, pue: float, availability: float, idle_fraction: float, utilization: float) -> float:
    """E = P_IT PUE a (f_idle + (1 - f_idle) u) 8766 (kWh/yr at the meter)."""
    return it_kw * pue * availability * (idle_fraction + (1.0 - idle_fraction) * utilization) * HOURS_PER_YEAR


def ground_cost(site: Any, compute: ComputeOnGround, life_years: float, utilization: float, count_delay: bool = False,
                served: Mix | None = None) -> GroundCost:
    """Cost items, delivered compute and metrics of hosting ``compute`` at ``site`` (a ``synth.ground.Terrestrial``
    entry) over ``life_years``, serving the mix ``served`` (module docstring)."""
    r = site.wacc
    a_life = annuity_years(life_years, r)
    it_kw = compute.it_kw
    energy = energy_kwh_per_year(it_kw, site.pue, site.availability, site.idle_power_fraction, utilization)

    def charge(price: float, life: float) -> float:
        return capital_charge(price, life, life_years, r)

    items: dict[str, float] = {
        "compute": charge(compute.price_total_usd, site.it_life_years),
        "replacements": sum(compute.failure_rate[c] * compute.price_usd[c] * n for c, n in compute.count.items())
        * replacement_years(life_years, site.it_life_years, r),
    }
    upfront = compute.price_total_usd
    if site.facility_capex_usd_per_w > 0:
        items["facility"] = charge(site.facility_capex_usd_per_w * 1000.0 * it_kw, site.facility_life_years)
        upfront += site.facility_capex_usd_per_w * 1000.0 * it_kw
    if site.lease_usd_per_kw_month > 0:
        items["lease"] = 12.0 * site.lease_usd_per_kw_month * it_kw * a_life
    notes: dict[str, float] = {}
    if site.supply == "grid":
        items["electricity"] = energy * site.electricity_usd_per_kwh * a_life
    elif site.supply == "gas_turbine":
        plant_kw = site.plant_redundancy * site.pue * it_kw
        items["fuel"] = energy * site.heat_rate_btu_per_kwh * site.fuel_usd_per_mmbtu * 1e-6 * a_life
        items["power_plant"] = charge(site.plant_capex_usd_per_kw * plant_kw, site.plant_life_years)
        items["plant_o_and_m"] = (site.plant_fixed_om_usd_per_kw_year * plant_kw + energy * site.plant_variable_om_usd_per_mwh / 1000.0) * a_life
        upfront += site.plant_capex_usd_per_kw * plant_kw
        notes["plant_kw"] = plant_kw
    elif site.supply == "solar_storage":
        avg_kw = energy / HOURS_PER_YEAR
        k_rt = 1.0 + site.stored_energy_share * (1.0 / site.storage_round_trip_efficiency - 1.0)
        pv_kw = avg_kw * k_rt / site.pv_capacity_factor
        storage_kwh = avg_kw * site.storage_hours
        items["pv_array"] = charge(site.pv_capex_usd_per_w * 1000.0 * pv_kw, site.pv_life_years)
        items["storage"] = charge(site.storage_capex_usd_per_kwh * storage_kwh, site.storage_life_years)
        items["plant_o_and_m"] = site.plant_fixed_om_usd_per_kw_year * pv_kw * a_life
        upfront += site.pv_capex_usd_per_w * 1000.0 * pv_kw + site.storage_capex_usd_per_kwh * storage_kwh
        notes.update(pv_kw=pv_kw, storage_kwh=storage_kwh)
    else:  # pragma: no cover - the schema allows no other supply
        raise ValueError(f"unknown supply {site.supply!r}")
    items["water"] = energy * site.water_l_per_kwh / 1000.0 * site.water_usd_per_m3 * a_life
    items["operations"] = site.operations_usd_per_kw_year * it_kw * a_life

    delay = (1.0 + r) ** -site.time_to_power_years if count_delay else 1.0
    if count_delay:
        items = {k: (v if k in BUILT_BEFORE_POWER else v * delay) for k, v in items.items()}
    interrupted = 1.0 if served is None else served.computing_time(lambda w: site.interrupts_per_module_year)
    running_years = site.availability * interrupted * a_life * delay
    flop = sum(n * compute.peak_flops[c] * utilization * running_years * SECONDS_PER_YEAR for c, n in compute.count.items())
    gpu_hours = sum(n * running_years * HOURS_PER_YEAR for n in compute.count.values())
    it_mwh = sum(n * compute.power_kw[c] * running_years * HOURS_PER_YEAR for c, n in compute.count.items()) / 1000.0
    return GroundCost(items, flop, gpu_hours, it_mwh, energy, energy * site.water_l_per_kwh / 1000.0 * life_years,
                      upfront, a_life, delay, notes)


def levelized_annual_usd(total_pv_usd: float, annuity: float) -> float:
    """The level yearly payment with the same present value: PV / A(L) (USD/yr)."""
    return total_pv_usd / annuity if annuity > 0 else math.inf
