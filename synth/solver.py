"""All access to HiGHS in one place: the persistent solver session, per-solve statistics, one table from solver
outcomes to the project's status, duals and ranging at fixed integers, and the irreducible infeasible subset.

Pyomo's ``pyomo.contrib.solver`` HiGHS interface is persistent: a built model is translated once and later solves
only send what changed (mutable parameters, fixed variables, the active objective). Pyomo's output-capture lock is
replaced in forked workers (:func:`detach_from_parent_process`), and three private attributes of that interface
are read here and nowhere else: ``_solver_model`` (the ``highspy.Highs`` object, for its info,
ranging and IIS), ``_pyomo_con_to_solver_con_map`` and ``_pyomo_var_to_solver_var_map`` (row and column indices).
tests/test_solver_contract.py pins their behaviour, and pyproject.toml bounds the Pyomo versions it was tested with.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import highspy
import numpy as np
import pyomo.core as pyo  # pyomo.core, not pyomo.environ: the model needs no plugin, and environ costs ~0.4 s of imports
from pyomo.contrib.solver.common.results import TerminationCondition
from pyomo.contrib.solver.solvers.highs import Highs

from synth import tolerances
from synth.errors import SolverError
from synth.result import Status

#: Pyomo's termination condition -> (our status, whether a loaded incumbent may be a design). Unknown conditions
#: degrade to ``error`` (see :func:`status_of`), as linopy's STATUS_TO_TERMINATION_CONDITION_MAP does.
TERMINATION_TO_STATUS: dict[TerminationCondition, Status] = {
    TerminationCondition.convergenceCriteriaSatisfied: Status.OPTIMAL,
    TerminationCondition.maxTimeLimit: Status.TIME_LIMIT,
    TerminationCondition.iterationLimit: Status.ITERATION_LIMIT,
    TerminationCondition.objectiveLimit: Status.ITERATION_LIMIT,
    TerminationCondition.minStepLength: Status.ERROR,
    TerminationCondition.unbounded: Status.ERROR,
    TerminationCondition.provenInfeasible: Status.INFEASIBLE,
    TerminationCondition.locallyInfeasible: Status.INFEASIBLE,
    TerminationCondition.infeasibleOrUnbounded: Status.INFEASIBLE,
    TerminationCondition.error: Status.ERROR,
    TerminationCondition.interrupted: Status.INTERRUPTED,
    TerminationCondition.licensingProblems: Status.ERROR,
    TerminationCondition.emptyModel: Status.ERROR,
    TerminationCondition.unknown: Status.ERROR,
}


def detach_from_parent_process() -> None:
    """Give a forked worker process its own Pyomo output-capture lock.

    Pyomo guards every solver call's output capture with one lock (``pyomo.common.dependencies.capture_output_lock``),
    a ``multiprocessing.Lock`` once multiprocessing is imported: a semaphore that forked processes share with their
    parent. A worker stopped (terminated, killed) inside a solve leaves it held, and the parent's next solve then
    waits 200 s and fails. A single-threaded worker only needs a lock of its own. tests/test_solver_contract.py pins
    this behaviour of Pyomo.
    """
    import threading

    from pyomo.common import dependencies

    dependencies.capture_output_lock = threading.Lock()


def status_of(condition: Any) -> Status:
    """Our status of a Pyomo termination condition; anything not in the table is an error."""
    return TERMINATION_TO_STATUS.get(condition, Status.ERROR)


@dataclass
class MilpOutcome:
    """One HiGHS solve (or a sequence of them, for the ratio objective), in our own status vocabulary."""

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
        self.solver = Highs()
        if not self.solver.available():
            raise SolverError("HiGHS is not available: install highspy (pip install highspy)")
        self._log: Path | None = None
        self.options: dict[str, Any] = {
            "time_limit": float(time_limit_s),
            "mip_rel_gap": float(mip_rel_gap),
            "threads": threads,
            "log_to_console": False,
            "output_flag": log,
        }
        if log:
            fd, name = tempfile.mkstemp(prefix="synth-highs-", suffix=".log")
            os.close(fd)
            self._log = Path(name)
            self.options["log_file"] = str(self._log)
        self.highs_s = 0.0
        self._highs_cumulative = 0.0
        self.iterations = 0
        self.nodes = 0
        self.solves = 0
        self._log_offset = 0
        self._warnings: list[str] = []
        self.generation = 0  # bumped whenever the Pyomo model or HiGHS's copy of it may have changed
        self._view: HighsView | None = None

    def view(self, model: pyo.ConcreteModel) -> HighsView:
        """The direct view of ``model`` in this session's HiGHS (one per session and model), up to date with the model
        as of the last :meth:`changed` (it syncs itself when the model or HiGHS's copy may have changed since)."""
        if self._view is None or self._view.model is not model:
            self._view = HighsView(self, model)
        self._view.ensure_synced()
        return self._view

    def time_limit_for(self, run_clock: float, mip: bool) -> float:
        """The ``time_limit`` option value that gives one run the case's time limit. HiGHS 1.16 measures a MIP's limit
        from the start of its run but an LP's (and the IIS's) against the object's cumulative run clock
        (``getRunTime``, which never resets): without this, every LP of a long-lived session stops at once with
        "time limit reached" once the session's HiGHS time has added up to the limit (seen after ~9,500 re-solves
        of spacex; see benchmarks/highs_root/README.md)."""
        limit = float(self.options["time_limit"])
        return limit if mip else limit + run_clock

    def changed(self) -> None:
        """Say that the Pyomo model may have changed (new parameter values, fixed variables): views sync again."""
        self.generation += 1

    @property
    def version(self) -> str:
        return ".".join(str(p) for p in self.solver.version())

    @property
    def highs(self) -> highspy.Highs:
        """The ``highspy.Highs`` object of the persistent interface (after the first solve)."""
        return self.solver._solver_model

    def solve(self, model: pyo.ConcreteModel, mip_abs_gap: float | None = None) -> MilpOutcome:
        self.changed()  # Pyomo pushes its model into HiGHS: a view's record of it is stale after
        options = dict(self.options)
        if mip_abs_gap is not None:
            options["mip_abs_gap"] = mip_abs_gap
        res = self.solver.solve(model, load_solutions=False, raise_exception_on_nonoptimal_result=False,
                                solver_options=options, timer=None)
        # HiGHS's run time accumulates over the solver object's life: take this solve's share as a difference.
        cumulative = float(getattr(res.timing_info, "highs_time", 0.0) or 0.0)
        highs_s, self._highs_cumulative = max(cumulative - self._highs_cumulative, 0.0), cumulative
        info = self.highs.getInfo()
        iterations = self._read_new_log() or max(int(info.simplex_iteration_count), 0)
        self.highs_s += highs_s
        self.iterations += iterations
        self.nodes += max(int(info.mip_node_count), 0)
        self.solves += 1
        status = status_of(res.termination_condition)
        has_solution = res.incumbent_objective is not None and status is not Status.INFEASIBLE
        if has_solution:
            res.solution_loader.load_vars()
        gap = float(info.mip_gap) if math.isfinite(info.mip_gap) else None
        bound = float(info.mip_dual_bound) if math.isfinite(info.mip_dual_bound) else None
        return MilpOutcome(status, has_solution, res.incumbent_objective, highs_s, iterations, gap, bound)

    def _read_new_log(self) -> int:
        """Read what HiGHS logged for the last solve: collect its warnings, return its LP iterations (its info
        object has no MIP total). Only the new part of the log is read, so long sweeps stay linear."""
        if self._log is None:
            return 0
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

    def add_view_counters(self, found: Any) -> None:
        """Count the HiGHS runs a search made directly on the model (``synth.search``)."""
        self.highs_s += found.highs_s
        self.solves += found.runs
        self.iterations += getattr(found, "iterations", 0)
        self.nodes += getattr(found, "nodes", 0)

    def counters(self) -> tuple[float, int, int, int]:
        """(HiGHS seconds, LP iterations, solves, MIP nodes) so far; differences give one call's share."""
        return (self.highs_s, self.iterations, self.solves, self.nodes)

    def warnings(self) -> list[str]:
        """HiGHS's own numerical warnings logged so far (e.g. bad coefficient ranges), each once."""
        return list(self._warnings)

    def close(self) -> None:
        if self._log is not None:
            self._log.unlink(missing_ok=True)

    # -- sensitivity and infeasibility -------------------------------------------------------------------------------
    def row_sensitivity(self, rows: list[Any]) -> dict[str, RowSensitivity] | None:
        """Duals and row-bound ranging of ``rows`` in the LP just solved (None when HiGHS has no ranging)."""
        highs = self.highs
        solution, lp = highs.getSolution(), highs.getLp()
        if not solution.dual_valid:
            return None
        status, ranging = highs.getRanging()
        if status != highspy.HighsStatus.kOk or not ranging.valid:
            return None
        index = self.solver._pyomo_con_to_solver_con_map
        out: dict[str, RowSensitivity] = {}
        for con in rows:
            i = index.get(con)
            if i is None:
                continue
            value, lower, upper = solution.row_value[i], lp.row_lower_[i], lp.row_upper_[i]
            at_lower = math.isfinite(lower) and abs(value - lower) <= tolerances.RANGE * max(1.0, abs(lower))
            at_upper = math.isfinite(upper) and abs(value - upper) <= tolerances.RANGE * max(1.0, abs(upper))
            up, down = ranging.row_bound_up.value_[i], ranging.row_bound_dn.value_[i]
            if at_upper:  # relaxing a <= row raises its upper bound
                bound, relax, tighten = upper, up - upper, upper - down
            elif at_lower:  # relaxing a >= row lowers its lower bound
                bound, relax, tighten = lower, lower - down, up - lower
            else:
                out[con.name] = RowSensitivity(0.0, math.inf, math.inf, False)
                continue
            scale = tolerances.RANGE * max(1.0, abs(bound))
            out[con.name] = RowSensitivity(float(solution.row_dual[i]), relax if relax > scale else 0.0,
                                           tighten if tighten > scale else 0.0, True)
        return out

    def irreducible_conflict(self, model: pyo.ConcreteModel) -> list[str]:
        """Constraints and variable bounds of HiGHS's irreducible infeasible subset of the LP relaxation of the
        model just found infeasible (``iis_strategy`` 4, irreducible); empty if there is none."""
        highs = self.highs
        try:
            highs.setOptionValue("iis_strategy", 4)
            highs.setOptionValue("time_limit", self.time_limit_for(highs.getRunTime(), mip=False))
            _, iis = highs.getIis()
        except Exception:  # an older highspy without IIS support: the elastic diagnosis still stands
            return []
        finally:
            highs.setOptionValue("iis_strategy", 0)
            highs.setOptionValue("time_limit", float(self.options["time_limit"]))
        if not getattr(iis, "valid_", False):
            return []
        rows = {index: con for con, index in self.solver._pyomo_con_to_solver_con_map.items()}
        by_id = {id(v): v for v in model.component_data_objects(pyo.Var)}
        cols = {index: by_id[key] for key, index in self.solver._pyomo_var_to_solver_var_map.items() if key in by_id}
        found = [f"constraint {rows[r].name} ({_BOUND_SIDE.get(b, 'active')})" for r, b in zip(iis.row_index_, iis.row_bound_, strict=True) if r in rows]
        found += [f"bound on {cols[c].name} ({_BOUND_SIDE[b]})" for c, b in zip(iis.col_index_, iis.col_bound_, strict=True) if c in cols and b in _BOUND_SIDE]
        return found


_BOUND_SIDE = {2: "lower bound", 3: "upper bound", 4: "both bounds"}


@dataclass
class RowSensitivity:
    """What the LP at fixed integers says about one row: its dual and how far its bound can move with the basis."""

    dual: float  # objective units per model unit of the row
    relax_range: float  # how far the active bound can be relaxed with the same optimal basis (model units; 0: degenerate)
    tighten_range: float  # ... and tightened
    active: bool  # the row is at a bound in the LP solution


#: HiGHS options for the search's MILPs (restored after): each is tiny once the orbit is fixed (5-20 integer columns
#: after presolve, one node), and three primal heuristics cost more than the whole branch and bound on such a model
#: (measured 2-3x per MILP on the shipped cases, HiGHS 1.16). They change speed only, never what is proven.
SEARCH_OPTIONS = {"mip_heuristic_run_feasibility_jump": False, "mip_heuristic_run_rins": False, "mip_heuristic_run_rens": False}


class HighsView:
    """Direct, reversible access to the HiGHS model of a persistent session, for searches that solve many variants
    of one model (relaxations, fixed orbits, other objectives) without Pyomo's per-solve overhead.

    ``sync`` pushes the Pyomo model's current state (parameters, objective) into HiGHS and records it; every later
    ``run`` sets costs, column bounds and integrality explicitly; ``restore`` puts back what Pyomo recorded, so
    the persistent interface stays consistent for its next solve. Columns are addressed through ``column(var)``.
    """

    def __init__(self, session: HighsSession, model: pyo.ConcreteModel) -> None:
        self.session = session
        self.model = model
        self.runs = 0
        self.highs_s = 0.0
        self.synced: int | None = None  # the session generation last synced with
        self._linear: dict[int, tuple[np.ndarray, float]] = {}
        self.memo: dict[str, Any] = {}  # what depends on the model's structure only (fixed for the view's life)
        self._variables: list[Any] | None = None

    def ensure_synced(self) -> None:
        if self.synced != self.session.generation:
            self.sync()

    def sync(self) -> None:
        """Bring HiGHS up to date with the Pyomo model (building it on first use) and record its state."""
        solver = self.session.solver
        if getattr(solver, "_model", None) is not self.model:
            solver.set_instance(self.model)
        else:
            solver.update()
        highs = self.highs = self.session.highs
        for option, value in self.session.options.items():
            if option != "log_file":
                highs.setOptionValue(option, value)
        self._saved_options = {option: _option_value(highs, option) for option in SEARCH_OPTIONS}
        self._linear = {}
        self.synced = self.session.generation
        lp = highs.getLp()
        if getattr(self, "n", None) != int(lp.num_col_):  # columns added since: structure caches start again
            self._variables, self.memo = None, {}
        self.n = int(lp.num_col_)
        self.index = np.arange(self.n, dtype=np.int32)
        self.lower0, self.upper0 = np.array(lp.col_lower_, dtype=float), np.array(lp.col_upper_, dtype=float)
        self.cost0, self.offset0 = np.array(lp.col_cost_, dtype=float), float(lp.offset_)
        self.integrality0 = np.array([int(t) for t in lp.integrality_] or [0] * self.n, dtype=np.uint8)
        self._columns = self.session.solver._pyomo_var_to_solver_var_map

    def column(self, var: Any) -> int:
        return int(self._columns[id(var)])

    def linear(self, expr: Any) -> tuple[np.ndarray, float]:
        """(coefficients by column, constant) of a linear Pyomo expression at the current parameter values (kept until
        the next sync)."""
        key = id(expr)
        if key not in self._linear:
            self._linear[key] = self._repn(expr)
        return self._linear[key]

    def _repn(self, expr: Any) -> tuple[np.ndarray, float]:
        from pyomo.repn import generate_standard_repn

        repn = generate_standard_repn(expr, compute_values=True, quadratic=False)
        coefficients = np.zeros(self.n)
        for coef, var in zip(repn.linear_coefs, repn.linear_vars, strict=True):
            coefficients[self.column(var)] += coef
        return coefficients, float(repn.constant)

    def run(self, cost: np.ndarray, offset: float, lower: np.ndarray, upper: np.ndarray, integrality: np.ndarray,
            abs_gap: float | None = None, objective_bound: float | None = None,
            start: tuple[np.ndarray, np.ndarray] | None = None) -> ViewOutcome:
        """Solve with these costs, bounds and integrality; ``objective_bound`` prunes every node whose bound is not
        below it (a proof that nothing is below it ends as infeasible). ``start`` (columns, values: any subset of the
        integer columns) is a MIP start: HiGHS solves for the other columns and keeps the result as its first
        incumbent when that is feasible; it changes nothing that is proven."""
        highs = self.highs
        highs.changeColsCost(self.n, self.index, cost)
        highs.changeObjectiveOffset(offset)
        highs.changeColsBounds(self.n, self.index, lower, upper)
        highs.changeColsIntegrality(self.n, self.index, integrality)
        for option, setting in SEARCH_OPTIONS.items():
            highs.setOptionValue(option, setting)
        highs.setOptionValue("mip_abs_gap", abs_gap if abs_gap is not None else 1e-6)
        highs.setOptionValue("objective_bound", objective_bound if objective_bound is not None else highspy.kHighsInf)
        mip = bool(integrality.any())
        if start is not None:  # after every change of the model: a change would discard it
            highs.setSolution(len(start[0]), np.asarray(start[0], dtype=np.int32), np.asarray(start[1], dtype=float))
        started = highs.getRunTime()
        highs.setOptionValue("time_limit", self.session.time_limit_for(started, mip))
        highs.run()
        self.highs_s += max(highs.getRunTime() - started, 0.0)
        self.runs += 1
        model_status = highs.getModelStatus()
        info = highs.getInfo()
        status = {highspy.HighsModelStatus.kOptimal: Status.OPTIMAL, highspy.HighsModelStatus.kInfeasible: Status.INFEASIBLE,
                  highspy.HighsModelStatus.kObjectiveBound: Status.INFEASIBLE, highspy.HighsModelStatus.kTimeLimit: Status.TIME_LIMIT,
                  highspy.HighsModelStatus.kIterationLimit: Status.ITERATION_LIMIT,
                  highspy.HighsModelStatus.kInterrupt: Status.INTERRUPTED}.get(model_status, Status.ERROR)
        has_solution = (info.primal_solution_status == 2) and status is not Status.INFEASIBLE
        x = np.array(highs.getSolution().col_value, dtype=float) if has_solution else None
        if mip:
            bound = float(info.mip_dual_bound) if math.isfinite(info.mip_dual_bound) else None
        else:
            bound = float(info.objective_function_value) if status is Status.OPTIMAL else None
        value = float(info.objective_function_value) if has_solution else None
        return ViewOutcome(status, x, value, bound)

    def restore(self) -> None:
        """Put back the state Pyomo recorded (its objective, bounds and integrality) and its options."""
        highs = self.highs
        highs.changeColsCost(self.n, self.index, self.cost0)
        highs.changeObjectiveOffset(self.offset0)
        highs.changeColsBounds(self.n, self.index, self.lower0, self.upper0)
        highs.changeColsIntegrality(self.n, self.index, self.integrality0)
        highs.setOptionValue("objective_bound", highspy.kHighsInf)
        highs.setOptionValue("mip_abs_gap", 1e-6)
        highs.setOptionValue("time_limit", float(self.session.options["time_limit"]))
        for option, value in self._saved_options.items():
            highs.setOptionValue(option, value)

    def variables(self) -> list[tuple[Any, int, bool]]:
        """(variable, column, integer) of every Pyomo variable HiGHS holds (the structure never changes in a view)."""
        if self._variables is None:
            self._variables = [(var, int(self._columns[id(var)]), var.is_integer() or var.is_binary())
                               for var in self.model.component_data_objects(pyo.Var) if id(var) in self._columns]
        return self._variables

    def values(self) -> np.ndarray:
        """The Pyomo variables' current values by column (0 for a variable without one)."""
        x = np.zeros(self.n)
        for var, col, _ in self.variables():
            x[col] = var.value or 0.0
        return x

    def load(self, x: np.ndarray) -> None:
        """Set every Pyomo variable to its column's value (integers rounded)."""
        for var, col, integer in self.variables():
            if not var.fixed:
                value = float(x[col])
                var.set_value(round(value) if integer else value, skip_validation=True)

    def row_sensitivity(self, rows: list[Any]) -> dict[str, RowSensitivity] | None:
        return self.session.row_sensitivity(rows)


def _option_value(highs: highspy.Highs, option: str) -> Any:
    """An option's value (highspy 1.16 returns (status, value), earlier versions the value)."""
    value = highs.getOptionValue(option)
    return value[1] if isinstance(value, tuple) else value


@dataclass
class ViewOutcome:
    """One solve through a :class:`HighsView`: status, solution (None without one), objective, proven bound."""

    status: Status
    x: np.ndarray | None
    value: float | None
    bound: float | None
