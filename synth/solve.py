"""Solve a design case: the exact cost-per-FLOP objective, by the certified search of ``synth.search`` (the
default, ``solver.method: search``) or by plain Dinkelbach iterations over HiGHS MILP solves (``plain``, and the
fallback whenever the search cannot prove its answer). This module holds the plain iteration:

Minimizing cost per delivered FLOP, C(x) / F(x), over a MILP is a fractional program. Dinkelbach's method solves
it exactly with a short sequence of MILPs: with lambda_k = C(x_k) / F(x_k) (MUSD per ZFLOP),

    x_{k+1} = argmin_x  C(x) - lambda_k F(x),     v_{k+1} = C(x_{k+1}) - lambda_k F(x_{k+1}) <= 0

and lambda_k decreases to the optimum lambda*, reached when v = 0. We stop when the ratio improves by less than
``ratio_tolerance`` relatively, i.e. |v_{k+1}| <= tol * lambda_k F(x_{k+1}). HiGHS's dual bound b <= v_{k+1}
certifies C(x) - lambda_k F(x) >= b for every feasible x, hence C(x)/F(x) >= lambda_k + b / F(x). We report
gap = (ratio_found - (lambda_k + b / F(x_{k+1}))) / ratio_found as ``solver.mip_gap``: a bound when the optimum
delivers at least as much compute as the design found, an estimate otherwise (the bound is weaker by the factor
F(x_{k+1}) / F(x*)). Each MILP's absolute gap is tol/10 of the cost. x_0 minimizes cost alone at
the required scale; the case schema requires it_power_mw.min > 0, so F(x_0) > 0. A MILP stopped by a limit
gives that limit's status (``time_limit``, ``iteration_limit``) with the best design found; running out of ratio
iterations gives ``ratio_not_converged``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyomo.core as pyo

from synth import tolerances
from synth.case import ResolvedCase, SolverOptions, load_case
from synth.checks import presolve_checks
from synth.diagnose import explain_infeasibility
from synth.errors import SolverError
from synth.explain import explain_optimum
from synth.model.core import DesignModel, build_model
from synth.model.data import MUSD, ZFLOP
from synth.result import Diagnosis, Result, SolverStats, Status, provenance
from synth.search import Certificate, search
from synth.solver import HighsSession, MilpOutcome


def solve(case: ResolvedCase | str | Path, overrides: dict[str, Any] | None = None) -> Result:
    """Solve a case (a path or a :class:`ResolvedCase`) and return a typed :class:`Result`.

    Raises :class:`~synth.errors.InputError` for bad input; an infeasible case is a result with status
    ``infeasible`` and a diagnosis, not an exception.
    """
    rc = case if isinstance(case, ResolvedCase) else load_case(case, overrides=overrides)
    started = time.perf_counter()
    design_model = build_model(rc)
    session = HighsSession(rc.case.solver.time_limit_s, rc.case.solver.mip_rel_gap)
    try:
        return solve_built(rc, design_model, session, started=started)
    finally:
        session.close()


@dataclass
class WarmStart:
    """A neighbouring point's optimum: its cost per FLOP (MUSD/ZFLOP) and cost (MUSD), to start Dinkelbach from."""

    ratio: float
    cost: float


def solve_built(rc: ResolvedCase, design_model: DesignModel, session: HighsSession, *, start: WarmStart | None = None,
                explain: bool = True, started: float | None = None) -> Result:
    """Solve an already built (or updated) model with ``session``; statistics cover this call only.

    ``explain`` adds the binding constraints of an optimum and the irreducible conflict of an infeasible case
    (extra solves a sweep can skip; infeasible points are still diagnosed by the elastic relaxation).
    """
    started = time.perf_counter() if started is None else started
    before = session.counters()
    session.changed()  # the model may hold new parameter values since the session last saw it
    input_warnings = [str(w) for w in presolve_checks(design_model.data)]
    opts = rc.case.solver
    certificate = None
    if rc.case.objective == "cost_per_flop":
        outcome, certificate = _minimize_ratio(design_model, session, opts, start)
    else:
        design_model.set_cost_objective()
        outcome = session.solve(design_model.model)
    notes: list[str] = []
    if outcome.status is Status.OPTIMAL:
        outcome, notes = _prefer_single_type(rc, design_model, session, outcome)
        if certificate is not None and outcome.objective is not None:
            certificate = certificate.for_design(outcome.objective)  # the single-type design, against the same bound
    warnings = session.warnings()  # before the tidy step, whose fixed variables trip HiGHS's bound warnings
    milp_solves = session.counters()[2] - before[2]
    binding = []
    if outcome.has_solution:
        design_model.after_solve()
        if outcome.status is Status.OPTIMAL and explain:
            m = design_model.model
            ratio = pyo.value(m.COST_TOTAL) * MUSD / (pyo.value(m.FLOP) * ZFLOP) if rc.case.objective == "cost_per_flop" else None
            binding = explain_optimum(design_model, session, ratio)
    diagnosis: list[Diagnosis] = []
    conflict: list[str] = []
    if outcome.status is Status.INFEASIBLE:
        conflict = session.irreducible_conflict(design_model.model) if explain else []
        diagnosis = explain_infeasibility(design_model, session)
    now = session.counters()
    highs_s, iterations, nodes = now[0] - before[0], now[1] - before[1], now[3] - before[3]
    stats = SolverStats(
        name="highs", version=session.version, wall_s=time.perf_counter() - started, highs_s=highs_s,
        mip_gap=outcome.mip_gap, iterations=iterations, mip_nodes=nodes, milp_solves=milp_solves,
        termination=outcome.status.value, options={**{k: v for k, v in session.options.items() if k != "log_file"},
                                                   "ratio_tolerance": opts.ratio_tolerance},
        warnings=warnings,
    )
    from synth.extract import build_result

    result = build_result(rc, design_model, outcome.status, outcome.has_solution, stats, diagnosis, provenance())
    result.binding = binding
    result.conflict = conflict
    result.input_warnings = input_warnings
    result.notes = notes + result.notes
    if certificate is not None and outcome.status is Status.OPTIMAL:
        result.certificate = certificate.to_dict(MUSD / (ZFLOP / 1e18))
    return result


def _objective_value(rc: ResolvedCase, m: pyo.ConcreteModel) -> float:
    """The objective of the loaded design: cost per FLOP (MUSD/ZFLOP) or total cost (MUSD)."""
    return pyo.value(m.COST_TOTAL) / pyo.value(m.FLOP) if rc.case.objective == "cost_per_flop" else pyo.value(m.COST_TOTAL)


def _prefer_single_type(rc: ResolvedCase, dm: DesignModel, session: HighsSession, outcome: MilpOutcome) -> tuple[MilpOutcome, list[str]]:
    """An optimum that mixes compute types is replaced by the main type alone when that design is also optimal within
    the stated tolerance; otherwise a note says why the mix is what it is.

    A mix often only fills the last few kW (a fixed 100 MW is no whole number of 1,667 W modules), which reads as an
    odd design. The main type (most IT power) alone is solved with every other type's count fixed at 0. With z* the
    mixed optimum and g its certified relative gap, z* (1 - g) bounds every design from below, so the single-type
    design z_1 is within the stated tolerance tol (``solver.ratio_tolerance``, or ``solver.mip_rel_gap`` for total
    cost) of the optimum when (z_1 - z* (1 - g)) / z_1 <= tol; it is then reported, with that gap.
    """
    m = dm.model
    compute = dm.block("compute")
    chosen = dm.chosen()
    if chosen is None:
        return outcome, []
    orbit, shield = chosen
    power = {c: pyo.value(m.P["p_kw", c]) * round(compute.n[c, orbit, shield].value or 0) for c in compute.C}
    used = [c for c in compute.C if power[c] > 0]
    if len(used) < 2:
        return outcome, []
    main = max(used, key=lambda c: power[c])
    opts = rc.case.solver
    tol = opts.ratio_tolerance if rc.case.objective == "cost_per_flop" else opts.mip_rel_gap
    best = _objective_value(rc, m)
    lower = best * (1.0 - (outcome.mip_gap or 0.0))
    mixed = _snapshot(m)
    others = [compute.n[c, o, h] for c in compute.C if c != main for o in m.O for h in m.H]
    single: MilpOutcome | None = None
    if rc.case.objective == "cost_per_flop" and opts.method == "search":
        # First a design of the main type alone in the mix's orbit and shielding, checked against the mix's own bound
        # (a design within tol of it needs no proof of its own); else the certified search over every pair.
        found = search(dm, session, opts.ratio_tolerance, others, pair=chosen)
        session.add_view_counters(found)
        if found.ratio is not None and (found.ratio - lower) / found.ratio <= tol:
            single = MilpOutcome(Status.OPTIMAL, True, found.ratio, found.highs_s, 0, None)
        else:
            single, certificate = _minimize_ratio(dm, session, opts, None, zero=others)  # held at 0 in HiGHS only
            if certificate is None and single.status is not Status.INFEASIBLE:
                single = None  # the search could not prove it: the plain iteration below decides
    if single is None:
        for var in others:
            var.fix(0)
        try:
            if rc.case.objective == "cost_per_flop":
                single, _ = _minimize_ratio(dm, session, opts, WarmStart(best, pyo.value(m.COST_TOTAL)))
            else:
                dm.set_cost_objective()
                single = session.solve(m)
        finally:
            for var in others:
                var.unfix()
            session.changed()
    if single.status is Status.OPTIMAL and single.has_solution:
        value = _objective_value(rc, m)
        gap = max(value - lower, 0.0) / value
        if gap <= tol:
            return MilpOutcome(Status.OPTIMAL, True, value, single.highs_s, single.iterations, gap, single.dual_bound), []
        _restore(m, mixed)
        return outcome, [f"compute mixes {', '.join(used)}: {main} alone is {gap:.3g} above the proven lower bound (relative; the mix is "
                         f"{(value / best - 1):.3g} cheaper than it), beyond the stated tolerance {tol:g}"]
    _restore(m, mixed)
    scale = rc.case.requirements.it_power_mw
    module_mw = pyo.value(m.P["p_kw", main]) / 1000.0
    whole = math.floor(scale.max / module_mw + tolerances.INTEGER_GUARD) * module_mw  # the most IT power whole main modules give
    why = (f"IT power is fixed at exactly {scale.min:g} MW (requirements.it_power_mw min = max) and no whole number of {main} "
           f"modules ({module_mw * 1e6:,.0f} W each) makes it, so other types fill the rest; "
           f"--set requirements.it_power_mw.min={whole:.9g} lets {main} alone fill it"
           if scale.min == scale.max and whole > 0 else f"no design of {main} alone meets every requirement and limit")
    return outcome, [f"compute mixes {', '.join(used)}: {why}"]


def _minimize_ratio(dm: DesignModel, session: HighsSession, opts: SolverOptions, start: WarmStart | None,
                    zero: list[Any] | None = None) -> tuple[MilpOutcome, Certificate | None]:
    """Minimum cost per FLOP of the built model: the certified search (``synth.search``) unless the case asks for the
    plain iteration, and the plain iteration whenever the search cannot prove its answer. Returns the outcome and the
    search's certificate (None from the plain iteration, whose proof is HiGHS's dual bound). ``zero``: variables the
    search holds at 0 (only with the search; the plain path fixes them in Pyomo itself)."""
    if opts.method == "search":
        found = search(dm, session, opts.ratio_tolerance, zero or ())
        session.add_view_counters(found)
        if found.status is Status.OPTIMAL and found.certificate is not None and found.ratio is not None:
            return MilpOutcome(Status.OPTIMAL, True, found.ratio, found.highs_s, 0, found.certificate.gap, None), found.certificate
        if zero:
            return MilpOutcome(found.status, False, None, found.highs_s, 0, None), None
    return _dinkelbach(dm, session, opts.ratio_tolerance, opts.max_ratio_iterations, start), None


def _dinkelbach(dm: DesignModel, session: HighsSession, tolerance: float, max_iterations: int,
                start: WarmStart | None = None) -> MilpOutcome:
    """Exact minimum of COST / FLOP (module docstring). Leaves the best design loaded in the model.

    Without ``start``, x_0 minimizes cost alone. With ``start`` (a neighbouring point's optimum), the first
    subproblem uses its ratio: if that is above this point's optimum the iteration proceeds as usual, if below,
    the first solve still yields a feasible design whose ratio restarts the iteration; the stopping test is
    only applied to ratios of designs of this point.
    """
    m = dm.model
    outcome: MilpOutcome | None = None
    if start is None:
        dm.set_cost_objective()
        outcome = session.solve(m)
        if not outcome.has_solution:
            return outcome
        cost, flop = pyo.value(m.COST_TOTAL), pyo.value(m.FLOP)
        if flop <= 0:
            raise SolverError("the cheapest design at the minimum scale delivers no compute; raise requirements.it_power_mw.min")
        lam, lam_is_ratio = cost / flop, True
        best, best_lam = _snapshot(m), lam
    else:
        lam, lam_is_ratio, cost = start.ratio, False, start.cost
        best, best_lam = None, math.inf
    converged = False
    stopped: Status | None = None  # the limit that stopped a MILP, if one did
    lower = -math.inf  # best lower estimate of the optimal ratio from a solve's dual bound (module docstring)
    for _ in range(max_iterations):
        dm.set_ratio_objective(lam)
        outcome = session.solve(m, mip_abs_gap=tolerance * 0.1 * cost)
        if not outcome.has_solution:
            break
        if outcome.status is not Status.OPTIMAL:
            stopped = outcome.status
        cost, flop = pyo.value(m.COST_TOTAL), pyo.value(m.FLOP)
        new_lam = cost / flop
        if new_lam < best_lam:
            best, best_lam = _snapshot(m), new_lam
        if lam_is_ratio and outcome.dual_bound is not None:
            # Certificate: C(x) - lam F(x) >= dual bound for every x, so C/F >= lam + bound / F (taken at this F).
            lower = max(lower, lam + min(outcome.dual_bound, 0.0) / flop)
        if lam_is_ratio and lam - new_lam <= tolerance * lam:
            converged = outcome.status is Status.OPTIMAL
            break
        lam, lam_is_ratio = new_lam, True
    assert outcome is not None  # max_iterations >= 1 (the schema's bound)
    if best is None:  # the first (warm-started) solve found nothing: infeasible, or stopped by the time limit
        return outcome
    _restore(m, best)
    status = Status.OPTIMAL if converged else (stopped or Status.RATIO_NOT_CONVERGED)
    gap = max(best_lam - lower, 0.0) / best_lam if math.isfinite(lower) else None
    return MilpOutcome(status, True, best_lam, outcome.highs_s, outcome.iterations, gap, outcome.dual_bound)


def _snapshot(m: pyo.ConcreteModel) -> list[tuple[Any, float | None]]:
    return [(v, v.value) for v in m.component_data_objects(pyo.Var)]


def _restore(m: pyo.ConcreteModel, snap: list[tuple[Any, float | None]]) -> None:
    for v, value in snap:
        v.set_value(value, skip_validation=True)
