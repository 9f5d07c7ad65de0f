"""Solve a design case: the exact cost-per-FLOP objective by Dinkelbach iterations over HiGHS MILP solves.

Minimizing cost per delivered FLOP, C(x) / F(x), over a MILP is a fractional program. Dinkelbach's method solves
it exactly with a short sequence of MILPs: with lambda_k = C(x_k) / F(x_k) (MUSD per ZFLOP),

    x_{k+1} = argmin_x  C(x) - lambda_k F(x),     v_{k+1} = C(x_{k+1}) - lambda_k F(x_{k+1}) <= 0

and lambda_k decreases to the optimum lambda*, reached when v = 0. We stop when the ratio improves by less than
``ratio_tolerance`` relatively, i.e. |v_{k+1}| <= tol * lambda_k F(x_{k+1}). HiGHS's dual bound b <= v_{k+1}
certifies C(x) - lambda_k F(x) >= b for every feasible x, hence C(x)/F(x) >= lambda_k + b / F(x). We report
gap = (ratio_found - (lambda_k + b / F(x_{k+1}))) / ratio_found as ``solver.mip_gap``: a bound when the optimum
delivers at least as much compute as the design found, an estimate otherwise (the bound is weaker by the factor
F(x_{k+1}) / F(x*)). Each MILP's absolute gap is tol/10 of the cost. x_0 minimizes cost alone at
the required scale; the case schema requires it_power_mw.min > 0, so F(x_0) > 0. Running out of iterations, or
a MILP stopped by its time limit, gives status ``time_limit`` with the best design found.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyomo.environ as pyo  # noqa: F401  (the contrib solver factory needs pyomo.environ imported first)
from pyomo.contrib.solver.common.factory import SolverFactory
from pyomo.contrib.solver.common.results import TerminationCondition

from synth.case import ResolvedCase, load_case
from synth.errors import SolverError
from synth.model import DesignModel, build_model
from synth.checks import presolve_checks
from synth.diagnose import explain_infeasibility, irreducible_conflict
from synth.explain import explain_optimum
from synth.model.data import MUSD, ZFLOP
from synth.result import Diagnosis, Result, SolverStats, Status, provenance

_SOLUTION_OK = {TerminationCondition.convergenceCriteriaSatisfied}
_INFEASIBLE = {TerminationCondition.provenInfeasible, TerminationCondition.locallyInfeasible,
               TerminationCondition.infeasibleOrUnbounded}


@dataclass
class MilpOutcome:
    """One HiGHS solve, mapped to our own status vocabulary."""

    status: Status
    has_solution: bool
    objective: float | None
    highs_s: float
    iterations: int
    mip_gap: float | None
    dual_bound: float | None = None


class HighsSession:
    """A persistent HiGHS solver bound to one model: build once, change parameters/objective, re-solve."""

    def __init__(self, time_limit_s: float, mip_rel_gap: float, threads: int = 1, log: bool = True) -> None:
        """``log=False`` (sweeps) skips HiGHS's log: no warnings and LP iterations from HiGHS's info only."""
        self.solver = SolverFactory("highs")
        if self.solver is None or not self.solver.available():
            raise SolverError("HiGHS is not available: install highspy (pip install highspy)")
        fd, name = tempfile.mkstemp(prefix="synth-highs-", suffix=".log")
        os.close(fd)
        self._log = Path(name)
        self.options: dict[str, Any] = {
            "time_limit": float(time_limit_s),
            "mip_rel_gap": float(mip_rel_gap),
            "threads": threads,
            "log_to_console": False,
            "output_flag": log,
        }
        if log:
            self.options["log_file"] = str(self._log)
        self.highs_s = 0.0
        self._highs_cumulative = 0.0
        self.iterations = 0
        self.nodes = 0
        self.solves = 0
        self._log_offset = 0
        self._warnings: list[str] = []

    @property
    def version(self) -> str:
        return ".".join(str(p) for p in self.solver.version())

    def solve(self, model: pyo.ConcreteModel, mip_abs_gap: float | None = None) -> MilpOutcome:
        options = dict(self.options)
        if mip_abs_gap is not None:
            options["mip_abs_gap"] = mip_abs_gap
        res = self.solver.solve(model, load_solutions=False, raise_exception_on_nonoptimal_result=False,
                                solver_options=options, timer=None)
        # HiGHS's run time accumulates over the solver object's life: take this solve's share as a difference.
        cumulative = float(getattr(res.timing_info, "highs_time", 0.0) or 0.0)
        highs_s, self._highs_cumulative = max(cumulative - self._highs_cumulative, 0.0), cumulative
        info = self.solver._solver_model.getInfo()  # highspy.Highs of the persistent interface
        iterations = self._read_new_log() or max(int(info.simplex_iteration_count), 0)
        self.highs_s += highs_s
        self.iterations += iterations
        self.nodes += max(int(info.mip_node_count), 0)
        self.solves += 1
        term = res.termination_condition
        has_solution = res.incumbent_objective is not None and term not in _INFEASIBLE
        if has_solution:
            res.solution_loader.load_vars()
        if term in _SOLUTION_OK:
            status = Status.OPTIMAL
        elif term in _INFEASIBLE:
            status = Status.INFEASIBLE
        elif term in (TerminationCondition.maxTimeLimit, TerminationCondition.iterationLimit):
            status = Status.TIME_LIMIT
        else:
            status = Status.ERROR
        gap = float(info.mip_gap) if math.isfinite(info.mip_gap) else None
        bound = float(info.mip_dual_bound) if math.isfinite(info.mip_dual_bound) else None
        return MilpOutcome(status, has_solution, res.incumbent_objective, highs_s, iterations, gap, bound)

    def _read_new_log(self) -> int:
        """Read what HiGHS logged for the last solve: collect its warnings, return its LP iterations (its info
        object has no MIP total). Only the new part of the log is read, so long sweeps stay linear."""
        try:
            with self._log.open(errors="replace") as handle:
                handle.seek(self._log_offset)
                text = handle.read()
                self._log_offset = handle.tell()
        except OSError:
            return 0
        for line in text.splitlines():
            if "warning" in line.lower() and line.strip() not in self._warnings:
                self._warnings.append(line.strip())
        if self._log_offset > 1_000_000:  # keep the temporary log small over thousands of solves
            self._log.write_text("")
            self._log_offset = 0
        found = re.findall(r"LP iterations\s+(\d+)", text)
        return int(found[-1]) if found else 0

    def counters(self) -> tuple[float, int, int, int]:
        """(HiGHS seconds, LP iterations, solves, MIP nodes) so far; differences give one call's share."""
        return (self.highs_s, self.iterations, self.solves, self.nodes)

    def warnings(self) -> list[str]:
        """HiGHS's own numerical warnings logged so far (e.g. bad coefficient ranges), each once."""
        return list(self._warnings)

    def close(self) -> None:
        self._log.unlink(missing_ok=True)


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
    input_warnings = [str(w) for w in presolve_checks(rc, design_model.data.coeff)]
    opts = rc.case.solver
    if rc.case.objective == "cost_per_flop":
        outcome = _dinkelbach(design_model, session, opts.ratio_tolerance, opts.max_ratio_iterations, start)
    else:
        design_model.set_cost_objective()
        outcome = session.solve(design_model.model)
    notes: list[str] = []
    if outcome.status is Status.OPTIMAL:
        outcome, notes = _prefer_single_type(rc, design_model, session, outcome)
    warnings = session.warnings()  # before the tidy step, whose fixed variables trip HiGHS's bound warnings
    milp_solves = session.counters()[2] - before[2]
    binding = []
    if outcome.has_solution:
        _tidy_launches(design_model)
        if outcome.status is Status.OPTIMAL and explain:
            m = design_model.model
            ratio = pyo.value(m.COST_TOTAL) * MUSD / (pyo.value(m.FLOP) * ZFLOP) if rc.case.objective == "cost_per_flop" else None
            binding = explain_optimum(design_model, session, ratio)
    diagnosis: list[Diagnosis] = []
    conflict: list[str] = []
    if outcome.status is Status.INFEASIBLE:
        conflict = irreducible_conflict(design_model, session) if explain else []
        diagnosis = explain_infeasibility(design_model, session)
    highs_s, iterations, _, nodes = (a - b for a, b in zip(session.counters(), before))
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
    orbit, shield = next((o, h) for o in m.O for h in m.H if (m.pick[o, h].value or 0) > 0.5)
    power = {c: pyo.value(m.P["p_kw", c]) * round(m.n[c, orbit, shield].value or 0) for c in m.C}
    used = [c for c in m.C if power[c] > 0]
    if len(used) < 2:
        return outcome, []
    main = max(used, key=lambda c: power[c])
    opts = rc.case.solver
    tol = opts.ratio_tolerance if rc.case.objective == "cost_per_flop" else opts.mip_rel_gap
    best = _objective_value(rc, m)
    lower = best * (1.0 - (outcome.mip_gap or 0.0))
    mixed = _snapshot(m)
    others = [m.n[c, o, h] for c in m.C if c != main for o in m.O for h in m.H]
    for var in others:
        var.fix(0)
    try:
        if rc.case.objective == "cost_per_flop":
            single = _dinkelbach(dm, session, opts.ratio_tolerance, opts.max_ratio_iterations,
                                 WarmStart(best, pyo.value(m.COST_TOTAL)))
        else:
            dm.set_cost_objective()
            single = session.solve(m)
    finally:
        for var in others:
            var.unfix()
    if single.status is Status.OPTIMAL and single.has_solution:
        value = _objective_value(rc, m)
        gap = max(value - lower, 0.0) / value
        if gap <= tol:
            return MilpOutcome(Status.OPTIMAL, True, value, single.highs_s, single.iterations, gap, single.dual_bound), []
        _restore(m, mixed)
        return outcome, [f"compute mixes {', '.join(used)}: {main} alone costs {(value / best - 1):.3g} more (relative), beyond the "
                         f"stated tolerance {tol:g}"]
    _restore(m, mixed)
    scale = rc.case.requirements.it_power_mw
    module_mw = pyo.value(m.P["p_kw", main]) / 1000.0
    whole = math.floor(scale.max / module_mw + 1e-9) * module_mw  # the most IT power whole main modules give
    why = (f"IT power is fixed at exactly {scale.min:g} MW (requirements.it_power_mw min = max) and no whole number of {main} "
           f"modules ({module_mw * 1e6:,.0f} W each) makes it, so other types fill the rest; "
           f"--set requirements.it_power_mw.min={whole:.9g} lets {main} alone fill it"
           if scale.min == scale.max and whole > 0 else f"no design of {main} alone meets every requirement and limit")
    return outcome, [f"compute mixes {', '.join(used)}: {why}"]


def _dinkelbach(dm: DesignModel, session: HighsSession, tolerance: float, max_iterations: int,
                start: WarmStart | None = None) -> MilpOutcome:
    """Exact minimum of COST / FLOP (module docstring). Leaves the best design loaded in the model.

    Without ``start``, x_0 minimizes cost alone. With ``start`` (a neighbouring point's optimum), the first
    subproblem uses its ratio: if that is above this point's optimum the iteration proceeds as usual, if below,
    the first solve still yields a feasible design whose ratio restarts the iteration; the stopping test is
    only applied to ratios of designs of this point.
    """
    m = dm.model
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
    outcome = None
    lower = -math.inf  # best lower estimate of the optimal ratio from a solve's dual bound (module docstring)
    for _ in range(max_iterations):
        dm.set_ratio_objective(lam)
        outcome = session.solve(m, mip_abs_gap=tolerance * 0.1 * cost)
        if not outcome.has_solution:
            break
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
    if best is None:  # the first (warm-started) solve found nothing: infeasible, or stopped by the time limit
        return outcome
    _restore(m, best)
    status = Status.OPTIMAL if converged else Status.TIME_LIMIT
    gap = max(best_lam - lower, 0.0) / best_lam if math.isfinite(lower) else None
    return MilpOutcome(status, True, best_lam, outcome.highs_s, outcome.iterations, gap, outcome.dual_bound)


def _tidy_launches(dm: DesignModel) -> None:
    """Fewest launches for the design found, everything else held.

    A vehicle priced only per kg carried costs nothing per launch, so the cost objectives are indifferent to
    how many of its launches carry the mass; report the fewest that fit. With the carried masses m_v, the other
    vehicles' launches and the stowed volume V fixed, the fewest launches of the per-kg vehicles F solve

        min sum_{v in F} L_v   s.t.  L_v >= ceil(m_v / cap_v),   sum_v vol_v L_v >= V,

    whose optimum puts every launch beyond the per-vehicle minimum on the largest-volume vehicle of F (each
    launch counts one, so the one covering most volume is best). No solver call: the design, and so the cost,
    is unchanged (launch count only enters the cost through per-launch prices, which are zero here).
    """
    m = dm.model
    orbit = next((o for o in m.O for h in m.H if (m.pick[o, h].value or 0) > 0.5), None)
    if orbit is None:
        return
    pairs = [(v, o) for (v, o) in m.VO if o == orbit]
    free = [v for v, _ in pairs if dm.data.entry("launch_vehicles", v).price_per_launch_usd == 0]
    if not free:
        return
    P = m.P
    needed = {v: math.ceil((m.carried[v, orbit].value or 0.0) / pyo.value(P["payload_t", v, orbit]) - 1e-7) for v in free}
    volume_needed = pyo.value(m.STOWED[orbit])
    held_volume = sum(pyo.value(P["vol", "vehicle", v]) * round(m.launches[v, orbit].value or 0) for v, _ in pairs if v not in free)
    volume_short = volume_needed - held_volume - sum(pyo.value(P["vol", "vehicle", v]) * needed[v] for v in free)
    if volume_short > 1e-7:
        largest = max(free, key=lambda v: pyo.value(P["vol", "vehicle", v]))
        needed[largest] += math.ceil(volume_short / pyo.value(P["vol", "vehicle", largest]) - 1e-9)
    for v in free:
        m.launches[v, orbit].set_value(max(needed[v], 0), skip_validation=True)


def _snapshot(m: pyo.ConcreteModel) -> list[tuple[Any, float | None]]:
    return [(v, v.value) for v in m.component_data_objects(pyo.Var)]


def _restore(m: pyo.ConcreteModel, snap: list[tuple[Any, float | None]]) -> None:
    for v, value in snap:
        v.set_value(value, skip_validation=True)
