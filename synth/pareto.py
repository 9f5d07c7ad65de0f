"""Exact two-objective Pareto fronts: cost per delivered FLOP against a second objective (epsilon-constraint).

Second objectives (sense, model expression, reported unit):

    launched_mass   min  sum_o MASS_TOTAL[o]                 kg
    launches        min  sum_{v,o} launches[v,o]             launches
    capital_cost    min  COST_TOTAL - COST[operations]       USD (everything but present-value operations)
    it_power        max  sum_o IT[o]                         W
    satellites      min  sum_{k,o} units[k,o]                satellites / modules

Method (epsilon-constraint with a payoff table, lexicographic at every point):

1. Payoff table. A = argmin f1 (cost per FLOP, exact Dinkelbach); B = best f2, then the least f1 at that f2.
2. For epsilon_k spaced evenly from f2(A) to f2(B): solve min f1 s.t. f2 <= epsilon_k (>= for a maximized f2),
   exactly (Dinkelbach, warm-started from the previous point); then, holding f1 <= f1* (1 + tol) as the linear
   row COST - f1* (1 + tol) FLOP <= 0, optimize f2. The second stage makes each point non-dominated, not only
   weakly so: a point with the same f1 and a better f2 cannot exist.
3. Points that coincide (a design optimal for several epsilons) or are dominated are dropped.

Each point is proven optimal for its epsilon to the ratio tolerance; its certified gap is reported (``mip_gap``).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyomo.core as pyo

from synth import tolerances
from synth.case import ResolvedCase, load_case
from synth.errors import SolverError, input_error
from synth.extract import build_result
from synth.model.core import DesignModel, build_model
from synth.model.data import KG_PER_T, MUSD
from synth.progress import Progress
from synth.result import SolverStats, Status, provenance
from synth.solve import WarmStart, solve_built
from synth.solver import HighsSession
from synth.sweep.worker import result_row
from synth.yamlio import write_atomic


@dataclass(frozen=True)
class SecondObjective:
    name: str
    sense: str  # "min" or "max"
    unit: str
    to_reported: float  # model units -> reported units

    @property
    def column(self) -> str:
        """Column of the front table holding this objective (kept apart from the design's own columns)."""
        return f"objective:{self.name}"

    def expression(self, dm: DesignModel):
        """The objective in model units, from the core's totals and the subsystems' published quantities."""
        m = dm.model
        if self.name == "launched_mass":
            return sum(m.MASS_TOTAL[o] for o in m.O)
        if self.name == "capital_cost":
            return m.COST_TOTAL - m.COST["operations"]
        return dm.quantities[self.name]


SECOND_OBJECTIVES = {
    "launched_mass": SecondObjective("launched_mass", "min", "kg", KG_PER_T),
    "launches": SecondObjective("launches", "min", "launches", 1.0),
    "capital_cost": SecondObjective("capital_cost", "min", "USD", MUSD),
    "it_power": SecondObjective("it_power", "max", "W", 1000.0),
    "satellites": SecondObjective("satellites", "min", "satellites", 1.0),
}


def parse_objectives(text: str) -> SecondObjective:
    """``cost_per_eflop,launched_mass`` -> the second objective."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    if len(names) != 2 or names[0] != "cost_per_eflop" or names[1] not in SECOND_OBJECTIVES:
        raise input_error("--objectives", text, f"give cost_per_eflop,<second> with <second> one of: {', '.join(SECOND_OBJECTIVES)}")
    return SECOND_OBJECTIVES[names[1]]


def _install(dm: DesignModel, objective: SecondObjective) -> None:
    """Add the epsilon row, the ratio cap and the second objective to a built model (all inactive)."""
    m = dm.model
    m.pareto_eps = pyo.Param(mutable=True, initialize=0.0)
    m.pareto_ratio_cap = pyo.Param(mutable=True, initialize=0.0)
    f2 = objective.expression(dm)
    m.pareto_f2 = pyo.Expression(expr=f2)
    m.pareto_epsilon = pyo.Constraint(expr=(m.pareto_f2 <= m.pareto_eps) if objective.sense == "min" else (m.pareto_f2 >= m.pareto_eps))
    m.pareto_cap = pyo.Constraint(expr=m.COST_TOTAL - m.pareto_ratio_cap * m.FLOP <= 0)
    m.pareto_objective = pyo.Objective(expr=m.pareto_f2, sense=pyo.minimize if objective.sense == "min" else pyo.maximize)
    m.pareto_objective.deactivate()
    m.pareto_epsilon.deactivate()
    m.pareto_cap.deactivate()


def pareto_front(case: ResolvedCase | str | Path, objective: SecondObjective, points: int = 25,
                 out_dir: str | Path | None = None, quiet: bool = True) -> pd.DataFrame:
    """The front as a DataFrame (one row per non-dominated point); written to ``out_dir`` when given.

    Unless ``quiet``, progress goes to stderr: one step per epsilon point (the two ends are the payoff table)."""
    started = time.perf_counter()
    rc = case if isinstance(case, ResolvedCase) else load_case(case)
    if rc.case.objective != "cost_per_flop":
        raise input_error(rc.file, "objective", "a Pareto front against cost per FLOP needs objective cost_per_flop")
    dm = build_model(rc)
    _install(dm, objective)
    session = HighsSession(rc.case.solver.time_limit_s, rc.case.solver.mip_rel_gap, log=False)
    m = dm.model
    tol = rc.case.solver.ratio_tolerance
    progress = Progress("pareto", max(points, 2), "points", quiet)
    try:
        # payoff table
        a, status = _lexicographic(rc, dm, session, None, None, tol)
        _require(a, status, rc, "the cost-per-FLOP optimum")
        progress.step("payoff table: least cost per EFLOP")
        dm.activate_objective("pareto_objective")
        outcome = session.solve(m)
        _require(outcome.has_solution and outcome.status is Status.OPTIMAL or None, outcome.status, rc, f"the best {objective.name}")
        b, status = _lexicographic(rc, dm, session, pyo.value(m.pareto_f2), WarmStart(a["ratio"], a["cost"]), tol)
        _require(b, status, rc, f"the payoff point of best {objective.name}")
        progress.step(f"payoff table: best {objective.name}")
        grid = np.linspace(a["f2_model"], b["f2_model"], max(points, 2))
        rows, start, skipped = [], WarmStart(a["ratio"], a["cost"]), []
        for k, eps in enumerate(grid):
            point, status = (a, Status.OPTIMAL) if k == 0 else (b, Status.OPTIMAL) if k == len(grid) - 1 else \
                _lexicographic(rc, dm, session, float(eps), start, tol)
            if 0 < k < len(grid) - 1:
                progress.step(f"epsilon {k} of {len(grid) - 2}")
            if point is None:
                skipped.append(f"epsilon {float(eps) * objective.to_reported:.6g}: {status.value}")
                continue
            start = WarmStart(point["ratio"], point["cost"])
            rows.append({**point["row"], "epsilon": float(eps) * objective.to_reported, objective.column: point["f2_model"] * objective.to_reported})
    finally:
        progress.close()
        session.close()
    front = _non_dominated(pd.DataFrame(rows), objective)
    front.attrs["skipped"] = skipped
    if out_dir is not None:
        _write(front, Path(out_dir), rc, objective, points, time.perf_counter() - started)
    return front


def _require(point, status: Status, rc: ResolvedCase, what: str) -> None:
    if point is not None:
        return
    if status is Status.INFEASIBLE:
        raise input_error(rc.file, None, f"the case is infeasible ({what}): no front; run synth solve for the diagnosis")
    raise SolverError(f"no proven optimum for {what} ({status.value}); raise solver.time_limit_s")


def _lexicographic(rc: ResolvedCase, dm: DesignModel, session: HighsSession, eps: float | None, start: WarmStart | None, tol: float):
    """min f1 (s.t. f2 within eps), then the best f2 with f1 held within (1 + tol). Returns (point, status);
    the point is None when no optimum was proven (infeasible, or stopped by the time limit)."""
    m = dm.model
    if eps is None:
        m.pareto_epsilon.deactivate()
    else:
        m.pareto_eps.set_value(eps)
        m.pareto_epsilon.activate()
    first = solve_built(rc, dm, session, start=start, explain=False)
    if first.status is not Status.OPTIMAL:
        return None, first.status
    ratio = pyo.value(m.COST_TOTAL) / pyo.value(m.FLOP)
    m.pareto_ratio_cap.set_value(ratio * (1 + tol))
    m.pareto_cap.activate()
    dm.activate_objective("pareto_objective")
    second = session.solve(m)
    m.pareto_cap.deactivate()
    if second.has_solution:
        dm.after_solve()  # per-kg-priced launches are free in count: report the fewest, as synth solve does
        stats = first.solver
        result = build_result(rc, dm, Status.OPTIMAL, True, SolverStats(**{**stats.__dict__, "milp_solves": stats.milp_solves + 1}), [], provenance())
    else:  # the second stage only tidies; keep the first stage's design
        result = first
    row = result_row(result)
    row["mip_gap"] = first.solver.mip_gap
    return {"row": row, "ratio": pyo.value(m.COST_TOTAL) / pyo.value(m.FLOP), "cost": pyo.value(m.COST_TOTAL),
            "f2_model": pyo.value(m.pareto_f2)}, Status.OPTIMAL


def _non_dominated(frame: pd.DataFrame, objective: SecondObjective) -> pd.DataFrame:
    if frame.empty:
        return frame
    f1 = frame["cost_per_eflop_usd"].to_numpy()
    f2 = frame[objective.column].to_numpy() * (1 if objective.sense == "min" else -1)
    keep = []
    for i in range(len(frame)):
        eps = tolerances.PARETO
        dominated = any((f1[j] <= f1[i] * (1 + eps) and f2[j] <= f2[i] + eps * max(1, abs(f2[i])))
                        and (f1[j] < f1[i] * (1 - eps) or f2[j] < f2[i] - eps * max(1, abs(f2[i])) or j < i)
                        for j in range(len(frame)) if j != i)
        if not dominated:
            keep.append(i)
    return frame.iloc[keep].sort_values(objective.column).reset_index(drop=True)


def _write(front: pd.DataFrame, out: Path, rc: ResolvedCase, objective: SecondObjective, points: int, wall_s: float) -> None:
    import io

    buffer = io.BytesIO()
    front.to_parquet(buffer, index=False)
    write_atomic(out / "pareto.parquet", buffer.getvalue())
    write_atomic(out / "pareto.csv", front.to_csv(index=False))
    meta = {"kind": "pareto", "case": {"name": rc.case.name, "file": str(rc.file), "sha256": rc.sha256,
                                      "overrides": {"set": rc.set_overrides, "catalog": rc.overrides}},
            "objectives": ["cost_per_eflop_usd", objective.name], "second_column": objective.column, "second_sense": objective.sense,
            "second_unit": objective.unit, "epsilon_points": points, "front_points": len(front),
            "skipped_epsilons": front.attrs.get("skipped", []), "wall_s": wall_s, "provenance": provenance()}
    write_atomic(out / "pareto.json", json.dumps(meta, indent=2, default=str) + "\n")


def describe(front: pd.DataFrame, objective: SecondObjective) -> str:
    lines = [f"{len(front)} non-dominated points: cost per EFLOP (USD) vs {objective.name} ({objective.unit}, {objective.sense})"]
    for _, row in front.iterrows():
        gap = row.get("mip_gap")
        lines.append(f"  {row[objective.column]:>16,.6g}  {row['cost_per_eflop_usd']:>12.6g} $/EFLOP  {row['orbit']:<20} "
                     f"gap {gap if gap is not None and gap == gap else float('nan'):.1e}")
    for skipped in front.attrs.get("skipped", []):
        lines.append(f"  left out, no proven optimum: {skipped}")
    return "\n".join(lines)
