"""The case's requirements and limits: the design's scale, the compute it must deliver, and caps on launches,
satellites and areas, each with an elastic slack (fixed at 0 unless an infeasible case is being diagnosed).

With IT the installed IT power (kW, published by compute) and FLOP the delivered compute (ZFLOP), over all orbits:

    IT <= P_max                                     (requirements.it_power_mw.max)        row scale_max
    IT + slack_scale >= P_min                       (requirements.it_power_mw.min)        row scale_min
    FLOP + slack_delivered >= E_min                 (requirements.delivered_eflop_min)    row delivered_min
    q_l <= limit_l + slack_l                        for each limit the case sets          row limit[l]

where q_l is the total a subsystem publishes as a quantity: launches (launch), satellites (buses), array_area
(solar arrays), radiator_area (radiators). The launch cadence limit is max_launches_per_year x deployment_years.
"""

from __future__ import annotations

from typing import Any

import pyomo.core as pyo

from synth.model.data import ZFLOP

#: limit name -> (budget, human description, the quantity it caps ("" for the requirements), the case field); each gets
#: an elastic slack
LIMITS: dict[str, tuple[str, str, str, str]] = {
    "scale_min": ("scale", "IT power at least requirements.it_power_mw.min (MW)", "", "requirements.it_power_mw.min"),
    "delivered_min": ("scale", "delivered compute at least requirements.delivered_eflop_min (slack in ZFLOP)", "", "requirements.delivered_eflop_min"),
    "max_launches": ("mass/launch", "launches at most limits.max_launches", "launches", "limits.max_launches"),
    "launch_cadence": ("mass/launch", "launches at most limits.max_launches_per_year x limits.deployment_years", "launches", "limits.max_launches_per_year"),
    "max_satellites": ("mass/launch", "satellites / modules at most limits.max_satellites", "satellites", "limits.max_satellites"),
    "max_array_area": ("power", "solar array area at most limits.max_array_area_m2 (m2)", "array_area", "limits.max_array_area_m2"),
    "max_radiator_area": ("thermal", "radiator area at most limits.max_radiator_area_m2 (m2)", "radiator_area", "limits.max_radiator_area_m2"),
}

REQUIREMENTS = ("scale_min", "delivered_min")

#: rows explained in "what binds": component -> (budget, meaning of one more unit, unit)
EXPLAINED = {
    "scale_max": ("scale", "IT power allowed by requirements.it_power_mw.max", "kW"),
    "scale_min": ("scale", "IT power required by requirements.it_power_mw.min (one kW less)", "kW"),
    "delivered_min": ("scale", "delivered compute required (one ZFLOP = 1000 EFLOP less)", "ZFLOP"),
    "limit": ("limits", "the case limit", "-"),
}

LIMIT_UNITS = {"max_array_area": "m2", "max_radiator_area": "m2"}


def limit_values(case: Any) -> dict[str, float]:
    """The right-hand side of each limit the case sets (absent limits are not constrained)."""
    lim = case.limits
    values: dict[str, float] = {}
    if lim.max_launches is not None:
        values["max_launches"] = float(lim.max_launches)
    if lim.max_launches_per_year is not None:
        values["launch_cadence"] = lim.max_launches_per_year * lim.deployment_years
    if lim.max_satellites is not None:
        values["max_satellites"] = float(lim.max_satellites)
    if lim.max_array_area_m2 is not None:
        values["max_array_area"] = lim.max_array_area_m2
    if lim.max_radiator_area_m2 is not None:
        values["max_radiator_area"] = lim.max_radiator_area_m2
    return values


def parameters(case: Any) -> dict[Any, float]:
    """Right-hand sides and elastic weights (each slack relative to the size of what it relaxes)."""
    req = case.requirements
    p: dict[Any, float] = {
        "scale_max_kw": req.it_power_mw.max * 1000.0,
        "scale_min_kw": req.it_power_mw.min * 1000.0,
        "delivered_min_zflop": (req.delivered_eflop_min or 0.0) * 1e18 / ZFLOP,
    }
    values = limit_values(case)
    for name, value in values.items():
        p[("limit", name)] = value
    p[("slack_w", "scale_min")] = 1.0 / max(req.it_power_mw.min * 1000.0, 1e-9)
    p[("slack_w", "delivered_min")] = 1.0 / max(p["delivered_min_zflop"], 1e-12)  # its slack is in ZFLOP
    for name in LIMITS:
        if name not in REQUIREMENTS:
            p[("slack_w", name)] = 1.0 / max(values.get(name, 1.0), 1e-9)
    return p


def structure(case: Any) -> tuple:
    return (case.requirements.delivered_eflop_min is not None, tuple(limit_values(case)))


def define_requirements(m: pyo.ConcreteModel, case: Any, it_total: Any, flop: Any, quantities: dict[str, Any]) -> None:
    """Rows scale_max, scale_min, delivered_min and limit[l] (module docstring)."""
    P = m.P
    m.scale_max = pyo.Constraint(expr=it_total <= P["scale_max_kw"])
    m.scale_min = pyo.Constraint(expr=it_total + m.slack["scale_min"] >= P["scale_min_kw"])
    if case.requirements.delivered_eflop_min is not None:
        m.delivered_min = pyo.Constraint(expr=flop + m.slack["delivered_min"] >= P["delivered_min_zflop"])
    m.limit = pyo.Constraint(list(limit_values(case)), rule=lambda _, name: quantities[LIMITS[name][2]] <= P["limit", name] + m.slack[name])
