"""Explain an infeasible case: which requirement cannot be met, in which budget, and by how much.

Elastic relaxation, solved twice: (1) every limit l of the case (launch count and cadence, satellite count, areas)
gets a slack s_l >= 0 while the requirements hold, minimizing sum_l s_l / |limit_l| (the smallest total relative
change of the limits); (2) the scale requirements get slacks while the limits hold (the most that fits). Each
positive slack is a requirement or limit that cannot be met as written, with the amount it must move. When even the
relaxed model is infeasible, the conflict is structural (no vehicle reaches any orbit, no radiator cold enough
for the compute) and direct checks name it.

Constraint level: HiGHS's irreducible infeasible subset (IIS) of the LP relaxation
(:meth:`synth.solver.HighsSession.irreducible_conflict`) names the constraints and variable bounds that cannot
hold together; removing any one of them makes the rest feasible. When only the integer restrictions make the case
infeasible, the LP relaxation is feasible and there is no such subset.
"""

from __future__ import annotations

import math

import pyomo.core as pyo

from synth import tolerances
from synth.model.core import DesignModel
from synth.model.data import ZFLOP
from synth.model.requirements import LIMITS, REQUIREMENTS, limit_values
from synth.result import Diagnosis, Status

_MESSAGES = {
    "max_launches": "needs {needed:,.0f} launches but limits.max_launches is {limit:,.0f}",
    "launch_cadence": "needs {needed:,.0f} launches but the cadence allows {limit:,.0f} (limits.max_launches_per_year x limits.deployment_years)",
    "max_satellites": "needs {needed:,.0f} satellites / modules but limits.max_satellites is {limit:,.0f}",
    "max_array_area": "solar array area needed {needed:,.0f} m2 exceeds limits.max_array_area_m2 = {limit:,.0f} m2",
    "max_radiator_area": "radiator area needed {needed:,.0f} m2 exceeds limits.max_radiator_area_m2 = {limit:,.0f} m2",
    "scale_min": "requirements.it_power_mw.min asks for {limit:,.4g} MW of IT power but at most {needed:,.4g} MW fits the other limits",
    "delivered_min": "requirements.delivered_eflop_min asks for {limit:,.4g} EFLOP but at most {needed:,.4g} EFLOP can be delivered within the limits",
}



def explain_infeasibility(dm: DesignModel, session) -> list[Diagnosis]:
    """Diagnoses of an infeasible model, two ways: the smallest relaxation of the limits that keeps every
    requirement, and the most of each requirement that fits the limits. Leaves the slacks fixed at zero again."""
    m = dm.model
    limits = [name for name in m.L if name not in REQUIREMENTS]
    try:
        structural = structural_checks(dm)  # causes no relaxation of a limit can fix come first
        found = _elastic(dm, session, free=limits, prefix="")
        found += _elastic(dm, session, free=list(REQUIREMENTS), prefix="or keep the limits: " if found else "")
        found = structural + found
        if not found:
            found.append(Diagnosis("unknown", "", 0, 0, "no design meets every constraint even with all limits relaxed; check the candidates with `synth "
                                                        "check`"))
        return found
    finally:
        dm.fix_slacks()
        dm.set_ratio_objective(0.0)


def _elastic(dm: DesignModel, session, free: list[str], prefix: str) -> list[Diagnosis]:
    """Minimize the relative slacks of ``free`` (others fixed at 0); one diagnosis per positive slack."""
    m = dm.model
    dm.set_elastic_objective()
    for name in m.L:
        if name not in free:
            m.slack[name].fix(0.0)
    outcome = session.solve(m)
    if outcome.status is Status.INFEASIBLE or not outcome.has_solution:
        return []
    values = limit_values(dm.data.case)
    req = dm.data.case.requirements
    smallest_w = _smallest_module_w(dm.data)
    diagnoses = []
    for name in free:
        slack = pyo.value(m.slack[name])
        if slack is None or slack <= tolerances.SLACK * max(1.0, abs(values.get(name, 1.0))):
            continue
        budget = LIMITS[name][0]
        if name == "scale_min":
            limit, needed = req.it_power_mw.min, req.it_power_mw.min - slack / 1000.0
        elif name == "delivered_min":  # the model's slack is in ZFLOP (1 ZFLOP = 1000 EFLOP)
            limit, needed = req.delivered_eflop_min, req.delivered_eflop_min - slack * ZFLOP / 1e18
        else:
            limit, needed = values[name], values[name] + slack
        text = _MESSAGES[name].format(limit=limit, needed=needed)
        if name == "scale_min" and req.it_power_mw.min == req.it_power_mw.max and (limit - needed) * 1e6 < smallest_w:
            # Less than one module short of a fixed level: one more module would overshoot it (max = min).
            text = (f"requirements.it_power_mw is fixed at exactly {limit:,.9g} MW (min = max), less than one compute "
                    f"module ({smallest_w:,.0f} W) above the most whole modules reach within the limits, {needed:,.9g} MW; "
                    f"give a range (min < max) or a level whole modules reach")
        elif f"{limit:,.4g}" == f"{needed:,.4g}":  # the two figures differ beyond four digits: show them all
            text = _MESSAGES[name].replace(".4g", ".9g").format(limit=limit, needed=needed)
        diagnoses.append(Diagnosis(budget, name, limit, needed, f"{prefix}[{budget}] {text}", _next_step(name, needed)))
    return diagnoses


_FIELDS = {
    "max_launches": "limits.max_launches", "max_satellites": "limits.max_satellites",
    "launch_cadence": "limits.max_launches_per_year", "max_array_area": "limits.max_array_area_m2",
    "max_radiator_area": "limits.max_radiator_area_m2", "scale_min": "requirements.it_power_mw.min",
    "delivered_min": "requirements.delivered_eflop_min",
}


def _next_step(name: str, needed: float) -> str:
    """A --set that would meet this diagnosis on its own (counts rounded up, requirements rounded down)."""
    if name in ("max_launches", "max_satellites"):
        value = f"{math.ceil(needed - tolerances.INTEGER_GUARD)}"
    elif name == "launch_cadence":
        reach = math.ceil(needed - tolerances.INTEGER_GUARD)
        return f"raise limits.max_launches_per_year or limits.deployment_years so that their product reaches {reach}"
    elif name in ("scale_min", "delivered_min"):
        if needed <= 0:
            return ""  # nothing fits at all: no requirement value helps; the structural causes say why
        value = f"{math.floor(needed * 1e4) / 1e4:g}"
    else:
        value = f"{math.ceil(needed):g}"
    return f"--set {_FIELDS[name]}={value}"


def _smallest_module_w(d) -> float:
    """Power of the smallest candidate compute module (W): the finest step of IT power whole modules take."""
    return min(mod.power_w for mod in d.entries("compute").values())


def structural_checks(dm: DesignModel) -> list[Diagnosis]:
    """Conflicts no limit relaxation can fix, found by inspecting the candidates: each subsystem's own, and a scale
    below one module."""
    d = dm.data
    found = [diag for sub in d.subsystems for diag in sub.structural(d)]
    smallest = _smallest_module_w(d) / 1e6
    if d.case.requirements.it_power_mw.max < smallest:
        found.append(Diagnosis("scale", "requirements.it_power_mw.max", d.case.requirements.it_power_mw.max, smallest,
                               f"[scale] requirements.it_power_mw.max = {d.case.requirements.it_power_mw.max} MW is below one module ({smallest:.6f} MW)"))
    return found
