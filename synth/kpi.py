"""Key figures of a design, from its budgets: shared by the solver's result and the design evaluator.

    cost_per_eflop_usd          = total present-value cost / (discounted FLOP / 1e18)
    kg_per_kw_it, w_it_per_kg   = launched mass / IT power, and its inverse
    orbital_to_terrestrial      = cost_per_eflop_usd / the same compute's cost per EFLOP on the ground
    delivered_flop              = FLOP actually delivered over life (undiscounted; equal to the discounted
                                  figure when economics.discount_rate = 0)
"""

from __future__ import annotations

from typing import Any

from synth.model.data import ModelData
from synth.physics import reliability
from synth.physics.economics import annuity_years
from synth.physics.terrestrial import terrestrial_cost
from synth.result import Design
from synth.subsystems.compute import physical_flop


def terrestrial(d: ModelData, design: Design) -> dict[str, Any]:
    """The same compute modules in the case's terrestrial data center (:mod:`synth.physics.terrestrial`)."""
    rc = d.rc
    ground = rc.terrestrial
    compute = rc.entries["compute"]
    life, rate = d.life_years, d.discount_rate
    it_kw = sum(compute[c].power_w / 1000.0 * n for c, n in design.compute.items())
    price = sum(compute[c].price_usd * n for c, n in design.compute.items())
    replacements = sum(compute[c].annual_failure_rate * compute[c].price_usd * n for c, n in design.compute.items())
    tc = terrestrial_cost(it_kw, price, replacements, life, rate, ground.facility_capex_usd_per_w, ground.facility_life_years,
                          ground.pue, ground.electricity_usd_per_kwh, ground.water_l_per_kwh, ground.water_usd_per_m3,
                          ground.operations_usd_per_kw_year)
    pv_years = annuity_years(life, rate)
    flop = sum(n * reliability.delivered_flop_per_module(compute[c].peak_tflops * 1e12, d.utilization, ground.availability, pv_years)
               for c, n in design.compute.items())
    total = tc.total_usd
    return {"baseline": rc.case.terrestrial, "it_power_w": it_kw * 1000.0, "cost_usd": {**tc.cost_usd, "total": total},
            "discounted_flop": flop, "cost_per_eflop_usd": total / (flop / 1e18) if flop > 0 else float("inf"),
            "water_m3": tc.water_m3, "energy_kwh": tc.energy_kwh}


def key_figures(d: ModelData, design: Design, budgets: dict[str, dict[str, float]], discounted_flop: float) -> tuple[dict[str, float], dict[str, Any]]:
    """(kpi, terrestrial) of a design with the given budgets (module docstring)."""
    ground = terrestrial(d, design)
    cost_total = budgets["cost_usd"]["total"]
    mass_total = budgets["mass_kg"]["total"]
    it_w = budgets["power_w"]["it"]
    env = d.env[design.orbit]
    cost_per_eflop = cost_total / (discounted_flop / 1e18) if discounted_flop > 0 else float("inf")
    kpi = {
        "delivered_flop": physical_flop(d, design),
        "discounted_flop": discounted_flop,
        "cost_per_eflop_usd": cost_per_eflop,
        "it_power_w": it_w,
        "launched_mass_kg": mass_total,
        "kg_per_kw_it": mass_total / (it_w / 1000.0) if it_w > 0 else float("inf"),
        "w_it_per_kg": it_w / mass_total if mass_total > 0 else 0.0,
        "sunlit_fraction": env.sunlit_fraction,
        "worst_eclipse_min": env.worst_eclipse_h * 60.0,
        "terrestrial_cost_per_eflop_usd": ground["cost_per_eflop_usd"],
        "orbital_to_terrestrial": cost_per_eflop / ground["cost_per_eflop_usd"],
        "total_cost_usd": cost_total,
    }
    return kpi, ground
