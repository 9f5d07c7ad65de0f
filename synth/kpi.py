"""Key figures of a design, from its budgets: shared by the solver's result and the design evaluator.

Orbit (C the total present-value cost, USD; F the discounted delivered FLOP; A(L, r) the present-value years at the
orbital cost of capital; per compute type c with peak P_peak,c (FLOP/s), power P_c (W) and discounted FLOP F_c):

    cost_per_eflop_usd             = C / (F / 1e18)                       levelized cost (costs and FLOP discounted alike)
    gpu_hours                      = sum_c F_c / (P_peak,c u 3600)        discounted hours of a module computing
    cost_per_gpu_hour_usd          = C / gpu_hours
    it_energy_mwh                  = sum_c F_c / (P_peak,c u 3600) P_c / 1e6     (MWh of the running accelerators)
    cost_per_mwh_it_usd            = C / it_energy_mwh
    usd_per_mtok[<workload>]       = C / F x FLOP per token x 1e6         (:mod:`synth.workloads`)
    launched_power_usd_per_kw_year = launch cost / (IT kW x L)            (Suncatcher's launched-power price)
    upfront_capital_usd            = C - operations - in-orbit insurance  (paid by first power)
    capital_per_w_excl_compute_usd = (upfront capital - compute) / IT W
    levelized_annual_cost_usd      = C / A(L, r)                          (the level yearly payment, capital recovery)
    kg_per_kw_it, w_it_per_kg      = launched mass / IT power, and its inverse
    delivered_flop                 = FLOP actually delivered over life (undiscounted, availability included)

The ground (:mod:`synth.physics.terrestrial`): the same figures for the same compute at each of the case's
terrestrial baselines; the first is the headline one (``terrestrial_cost_per_eflop_usd``, ``orbital_to_terrestrial``)
and the range over all of them is ``ground_cost_per_eflop_min_usd`` .. ``_max_usd``. The cost boundaries
(:mod:`synth.boundaries`) price both sides under each published analysis's boundary.
"""

from __future__ import annotations

from typing import Any

from synth.boundaries import priced
from synth.ground import compute_on_ground, price_on_ground
from synth.model.data import ModelData
from synth.physics.terrestrial import GroundCost, levelized_annual_usd
from synth.result import Design
from synth.subsystems.compute import physical_flop
from synth.workloads import served_mix, usd_per_million_tokens


def _ratio(num: float, den: float) -> float:
    return num / den if den > 0 else float("inf")


def ground_figures(name: str, gc: GroundCost, site: Any) -> dict[str, Any]:
    """One baseline's items and metrics, as result.json's ``terrestrial.baselines[name]`` holds them."""
    total = gc.total_usd
    return {"baseline": name, "archetype": site.archetype, "wacc": site.wacc, "time_to_power_years": site.time_to_power_years,
            "cost_usd": {**gc.cost_usd, "total": total}, "discounted_flop": gc.discounted_flop,
            "cost_per_eflop_usd": _ratio(total, gc.discounted_flop / 1e18), "gpu_hours": gc.gpu_hours,
            "cost_per_gpu_hour_usd": _ratio(total, gc.gpu_hours), "it_energy_mwh": gc.it_energy_mwh,
            "cost_per_mwh_it_usd": _ratio(total, gc.it_energy_mwh), "upfront_capital_usd": gc.upfront_usd,
            "levelized_annual_cost_usd": levelized_annual_usd(total, gc.annuity_years), "energy_kwh_per_year": gc.energy_kwh_per_year,
            "water_m3": gc.water_m3, **{f"sized_{k}": v for k, v in gc.notes.items()}}


def terrestrial(d: ModelData, design: Design) -> dict[str, Any]:
    """The same compute modules at each of the case's terrestrial baselines; the headline one's figures at the top
    level, every baseline's under ``baselines``."""
    rc = d.rc
    compute = compute_on_ground(rc.entries["compute"], design.compute)
    count_delay = rc.case.economics.include_time_to_power
    mix = served_mix(rc)
    baselines = {name: ground_figures(name, price_on_ground(site, compute, d.life_years, d.utilization, count_delay, mix), site)
                 for name, site in rc.terrestrials.items()}
    headline = baselines[rc.case.terrestrial[0]]
    return {**headline, "it_power_w": compute.it_kw * 1000.0, "baselines": baselines}


def gpu_hours_in_orbit(d: ModelData, design: Design) -> tuple[float, float]:
    """(discounted module-hours computing, their IT energy in MWh) of the design in orbit (module docstring)."""
    co = d.coeff["compute"]
    s = d.env[design.orbit].sunlit_fraction
    hours = energy = 0.0
    for c, n in design.compute.items():
        mod = d.entry("compute", c)
        flop_c = co.flop_per_module[(c, design.orbit, design.shielding)] * (s * n + (1 - s) * design.compute_running_in_eclipse.get(c, 0.0))
        h = flop_c / (mod.peak_tflops * 1e12 * d.utilization * 3600.0)
        hours += h
        energy += h * mod.power_w / 1e6
    return hours, energy


def key_figures(d: ModelData, design: Design, budgets: dict[str, dict[str, float]],
                discounted_flop: float) -> tuple[dict[str, float], dict[str, Any], dict[str, Any]]:
    """(kpi, terrestrial, boundaries) of a design with the given budgets (module docstring)."""
    ground = terrestrial(d, design)
    costs = budgets["cost_usd"]
    cost_total = costs["total"]
    mass_total = budgets["mass_kg"]["total"]
    it_w = budgets["power_w"]["it"]
    env = d.env[design.orbit]
    cost_per_eflop = _ratio(cost_total, discounted_flop / 1e18)
    gpu_hours, it_mwh = gpu_hours_in_orbit(d, design)
    upfront = cost_total - costs.get("operations", 0.0) - costs.get("in_orbit_insurance", 0.0)
    ground_eflop = [b["cost_per_eflop_usd"] for b in ground["baselines"].values()]
    kpi = {
        "delivered_flop": physical_flop(d, design),
        "discounted_flop": discounted_flop,
        "cost_per_eflop_usd": cost_per_eflop,
        "cost_per_gpu_hour_usd": _ratio(cost_total, gpu_hours),
        "cost_per_mwh_it_usd": _ratio(cost_total, it_mwh),
        "gpu_hours": gpu_hours,
        "it_energy_mwh": it_mwh,
        "it_power_w": it_w,
        "launched_mass_kg": mass_total,
        "kg_per_kw_it": _ratio(mass_total, it_w / 1000.0),
        "w_it_per_kg": it_w / mass_total if mass_total > 0 else 0.0,
        "launched_power_usd_per_kw_year": _ratio(costs.get("launch", 0.0), it_w / 1000.0 * d.life_years),
        "upfront_capital_usd": upfront,
        "capital_per_w_excl_compute_usd": _ratio(upfront - costs.get("compute", 0.0), it_w),
        "levelized_annual_cost_usd": levelized_annual_usd(cost_total, d.annuity_years),
        "sunlit_fraction": env.sunlit_fraction,
        "worst_eclipse_min": env.worst_eclipse_h * 60.0,
        "terrestrial_cost_per_eflop_usd": ground["cost_per_eflop_usd"],
        "terrestrial_cost_per_gpu_hour_usd": ground["cost_per_gpu_hour_usd"],
        "orbital_to_terrestrial": _ratio(cost_per_eflop, ground["cost_per_eflop_usd"]),
        "ground_cost_per_eflop_min_usd": min(ground_eflop),
        "ground_cost_per_eflop_max_usd": max(ground_eflop),
        "total_cost_usd": cost_total,
    }
    for name in d.rc.case.token_workloads:
        w = d.rc.workloads[name]
        if w.flop_per_token is not None:
            kpi[f"usd_per_mtok[{name}]"] = usd_per_million_tokens(_ratio(cost_total, discounted_flop), w.flop_per_token)
    head = ground["baselines"][d.rc.case.terrestrial[0]]
    return kpi, ground, priced(costs, discounted_flop, head["cost_usd"], head["discounted_flop"])
