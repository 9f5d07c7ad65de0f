"""One design robust to the unknowns: every discrete choice and size chosen over N sampled worlds in one MILP
(``synth solve CASE --robust --scenarios N``).

Worlds: N draws of the case's uncertainty set (:func:`synth.montecarlo.uncertainty_set`, a seeded Latin hypercube,
:func:`synth.uncertainty.sample`), each the case loaded with that world's figures (``load_case(case,
overrides=world)``, :func:`synth.montecarlo.world_values`). Scenario s is the whole design model of world s, built
into the block ``m.scenario[s]`` by :func:`synth.model.core.build_design` (its own balances, requirements and
limits at its own figures). The first-stage decisions are shared: with x_s the design variables of block s (the
orbit and shielding picks and what each subsystem's ``design_variables`` returns: module, unit, launch and terminal
counts, areas, battery energies, power conditioning capacities, the eclipse-running and top-down splits),

    x_s = x_0        for s = 1..N-1                                                  rows tie[s, k]

so one design must meet every row of every world (robust feasibility); what follows from the design with a world's
figures (masses, what each vehicle carries, costs) stays the world's own.

Objective, with C_s the present-value cost of the design in world s (MUSD, ``COST_TOTAL`` of block s) and F_s its
discounted delivered compute there (ZFLOP, ``FLOP`` of block s):

    r = sum_s C_s / sum_s F_s        (MUSD/ZFLOP; x 1e3 for USD per EFLOP)

the ratio of expectations (the programme's expected cost over its expected output, the levelized definition; the
1/N of both expectations cancels). It is minimized exactly by Dinkelbach's iteration, as :mod:`synth.solve` does for
one world: x_0 minimizes sum_s C_s; then with lambda_k = r(x_k),

    x_{k+1} = argmin_x  sum_s (C_s(x) - lambda_k F_s(x)),     v_{k+1} = sum_s (C_s - lambda_k F_s)(x_{k+1}) <= 0

until the parametric optimum v is 0 within ``solver.ratio_tolerance`` (lambda_k - r(x_{k+1}) <= tol lambda_k). HiGHS's
dual bound b <= v certifies sum_s C_s(x) >= lambda_k sum_s F_s(x) + b for every robust x, so r(x) >= lambda_k + b / F
(F = sum_s F_s at the design found); the proven gap is (r_found - (lambda_k + b / F)) / r_found, a bound when the
optimum delivers at least the design's expected compute and an estimate otherwise (as for one world). A case whose
objective is total_cost minimizes the expected cost sum_s C_s / N (MUSD) in one MILP instead.

Risk-averse variant (``--risk cvar --alpha a``): the least price per EFLOP lambda at which the design breaks even in
the worst (1 - a) of the worlds, i.e. the alpha-tail conditional value at risk of the worlds' net costs is <= 0:

    lambda*_a = min_x min { lambda : CVaR_a(C_s(x) - lambda F_s(x)) <= 0 }        (MUSD/ZFLOP)
    CVaR_a(z) = min_t  t + 1 / ((1 - a) N) sum_s max(0, z_s - t)                   (Rockafellar-Uryasev)

linearized with one auxiliary per world, u_s >= z_s - t, u_s >= 0 (rows cvar_tail[s]). For a fixed design
h_x(lambda) = CVaR_a(C_s - lambda F_s) is continuous and strictly decreasing (F_s > 0), so its root lambda_x lies in
[min_s C_s/F_s, max_s C_s/F_s] and is found by bisection on the numbers. The iteration generalizes Dinkelbach's:
lambda_0 = lambda_x0 (x_0 the cost-minimal design); then x_{k+1} minimizes g(lambda_k) = min_x h_x(lambda_k) (one
MILP) and lambda_{k+1} = lambda_x_{k+1} <= lambda_k, until lambda_k - lambda_{k+1} <= tol lambda_k. HiGHS's dual
bound b <= g(lambda_k) gives, for every x and lambda <= lambda_k, h_x(lambda) >= b + (lambda_k - lambda) min_s F_s(x)
(each z_s grows by at least that much and CVaR is monotone and translation-equivariant), so lambda_x >= lambda_k +
b / min_s F_s(x); taken at the design found, the proven gap is a bound when the optimum's least world compute is at
least the design's, an estimate otherwise. a = 0 is the mean: lambda*_0 is the ratio of expectations.

Comparison: the central design (the case solved at its own figures, :func:`synth.solve.solve`) and the robust one are
both evaluated in every world with :func:`synth.evaluate.evaluate` (a fixed design's cost, compute and constraint
checks, written independently of the model): each design's ratio of expectations over the worlds, sum_s C_s /
sum_s F_s (USD per EFLOP), and the worlds in which it violates a constraint (the central design's cost there is what
it costs as built, though it would not work).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyomo.core as pyo

from synth.case import ResolvedCase, load_case
from synth.errors import SolverError, input_error
from synth.model.core import DesignModel, build_design
from synth.model.data import MUSD, ZFLOP, model_data
from synth.result import Design, Result, Status
from synth.solver import HighsSession, MilpOutcome

#: USD per EFLOP in one MUSD per ZFLOP
USD_PER_EFLOP = MUSD / (ZFLOP / 1e18)


@dataclass
class RobustModel:
    """The scenario blocks, their design models and worlds, and the objectives over all of them."""

    model: pyo.ConcreteModel
    scenarios: list[DesignModel]
    worlds: list[dict[str, Any]]
    ties: int  # equality rows holding the design equal in every world

    def set_ratio_objective(self, lam: float) -> None:
        """Dinkelbach subproblem: minimize sum_s (C_s - lambda F_s) (MUSD), lambda in MUSD/ZFLOP."""
        self.model.lam.set_value(lam)
        self.model.ratio_objective.activate()
        self.model.cost_objective.deactivate()

    def set_cost_objective(self) -> None:
        """Minimize sum_s C_s (MUSD)."""
        self.model.cost_objective.activate()
        self.model.ratio_objective.deactivate()

    def scenario_values(self) -> tuple[list[float], list[float]]:
        """The loaded design's C_s (MUSD) and F_s (ZFLOP) in every world."""
        return ([float(pyo.value(dm.model.COST_TOTAL)) for dm in self.scenarios],
                [float(pyo.value(dm.model.FLOP)) for dm in self.scenarios])


def design_variables(dm: DesignModel) -> dict[tuple, Any]:
    """The design variables of one scenario's block, keyed by (component, index) so blocks can be matched: the
    orbit and shielding picks and every subsystem's :meth:`~synth.subsystems.base.Subsystem.design_variables`."""
    out: dict[tuple, Any] = {("pick", idx): v for idx, v in dm.model.pick.items()}
    for sub in dm.data.subsystems:
        for v in sub.design_variables(dm.block(sub.name)):
            out[(sub.name, v.parent_component().local_name, v.index())] = v
    return out


def build_robust_model(case: str | Path, worlds: list[dict[str, Any]]) -> RobustModel:
    """A block per world (module docstring), the design tied to world 0's, and both objectives (cost active).

    ``worlds`` are the overrides of each world (dotted paths, as ``--set``); ``{}`` is the case itself. Worlds whose
    figures change which variables exist (the structure of the model) cannot share one design: an input error."""
    if not worlds:
        raise input_error("--scenarios", "0", "need at least 1 scenario")
    m = pyo.ConcreteModel(name="robust")
    m.S = pyo.Set(initialize=list(range(len(worlds))), ordered=True)
    m.scenario = pyo.Block(m.S)
    scenarios: list[DesignModel] = []
    for s, world in enumerate(worlds):
        rc = load_case(case, overrides=world)
        scenarios.append(build_design(m.scenario[s], model_data(rc)))
    first = design_variables(scenarios[0])
    m.tie = pyo.ConstraintList()
    for s, dm in enumerate(scenarios[1:], start=1):
        mine = design_variables(dm)
        if mine.keys() != first.keys():
            differ = sorted(str(k) for k in mine.keys() ^ first.keys())[:3]
            raise input_error(case, "--inputs", f"world {s}'s figures change which design variables the model has ({', '.join(differ)}, ...): "
                              "one design cannot be shared; leave such inputs out of the set")
        for key, v in mine.items():
            m.tie.add(v == first[key])
    m.COST_TOTAL = pyo.Expression(expr=sum(dm.model.COST_TOTAL for dm in scenarios))
    m.FLOP = pyo.Expression(expr=sum(dm.model.FLOP for dm in scenarios))
    m.lam = pyo.Param(mutable=True, initialize=0.0)
    m.ratio_objective = pyo.Objective(expr=m.COST_TOTAL - m.lam * m.FLOP, sense=pyo.minimize)
    m.cost_objective = pyo.Objective(expr=m.COST_TOTAL, sense=pyo.minimize)
    m.ratio_objective.deactivate()
    return RobustModel(m, scenarios, list(worlds), len(m.tie))


@dataclass
class Solved:
    """The robust optimum: status, the objective (USD per EFLOP of the ratio of expectations, or the expected cost
    in USD for a total-cost case), its proven gap, the design and the per-world cost (USD) and compute (EFLOP) the
    model gives it, and the solver's effort."""

    status: Status
    objective: str  # "cost_per_flop" or "total_cost"
    risk: str = "expectation"  # or "cvar"
    alpha: float | None = None
    value: float | None = None
    gap: float | None = None
    design: Design | None = None
    cost_usd: list[float] = field(default_factory=list)
    eflop: list[float] = field(default_factory=list)
    iterations: int = 0
    milp_solves: int = 0
    highs_s: float = 0.0
    build_s: float = 0.0
    solve_s: float = 0.0
    variables: int = 0
    rows: int = 0
    message: str = ""


def solve_robust_model(rm: RobustModel, rc: ResolvedCase, risk: str = "expectation", alpha: float = 0.9) -> Solved:
    """Minimize the ratio of expectations (or the expected cost), or with ``risk`` "cvar" the break-even price of the
    worst (1 - ``alpha``) of the worlds, over the built model (module docstring) with the solver options of ``rc``
    (the central case): time limit and gap per MILP, ratio tolerance, most iterations."""
    opts = rc.case.solver
    m = rm.model
    started = time.perf_counter()
    session = HighsSession(opts.time_limit_s, opts.mip_rel_gap, log=False)
    out = Solved(Status.ERROR, rc.case.objective, risk, alpha if risk == "cvar" else None)
    try:
        rm.set_cost_objective()
        outcome = session.solve(m)
        out.milp_solves = 1
        if not outcome.has_solution:
            out.status, out.message = outcome.status, (
                "no design meets every requirement and limit in all the worlds" if outcome.status is Status.INFEASIBLE
                else f"no design found ({outcome.status.value})")
            return out
        if risk == "cvar":
            outcome = _cvar_iteration(rm, session, alpha, opts.ratio_tolerance, opts.max_ratio_iterations, out)
            out.status = outcome.status
            out.gap = outcome.mip_gap
            out.value = (outcome.objective or math.nan) * USD_PER_EFLOP
        elif rc.case.objective != "cost_per_flop":
            out.status = outcome.status
            out.gap = outcome.mip_gap
            out.value = float(pyo.value(m.COST_TOTAL)) / len(rm.scenarios) * MUSD
        else:
            outcome = _dinkelbach(rm, session, opts.ratio_tolerance, opts.max_ratio_iterations, out)
            out.status = outcome.status
            out.gap = outcome.mip_gap
            out.value = (outcome.objective or math.nan) * USD_PER_EFLOP
        _tidy(rm)
        cost, flop = rm.scenario_values()
        out.cost_usd = [c * MUSD for c in cost]
        out.eflop = [f * ZFLOP / 1e18 for f in flop]
        out.design = extract_design(rm.scenarios[0])
        out.message = "optimal" if out.status is Status.OPTIMAL else f"best design found ({out.status.value})"
        return out
    finally:
        out.highs_s = session.highs_s
        out.solve_s = time.perf_counter() - started
        session.close()


def _dinkelbach(rm: RobustModel, session: HighsSession, tolerance: float, max_iterations: int, out: Solved) -> MilpOutcome:
    """The exact minimum of sum_s C_s / sum_s F_s from the cost-minimal design loaded (module docstring); leaves the
    best design loaded and returns its ratio (MUSD/ZFLOP) with the proven gap."""
    m = rm.model

    def price() -> tuple[float, float]:  # the loaded design's ratio and the compute that scales the bound
        flop = float(pyo.value(m.FLOP))
        return float(pyo.value(m.COST_TOTAL)) / flop, flop

    if float(pyo.value(m.FLOP)) <= 0:
        raise SolverError("the cheapest robust design delivers no compute; raise requirements.it_power_mw.min")
    return _parametric(rm, session, rm.set_ratio_objective, price, lambda: float(pyo.value(m.COST_TOTAL)), tolerance, max_iterations, out)


def _parametric(rm: RobustModel, session: HighsSession, set_price: Callable[[float], None], price: Callable[[], tuple[float, float]],
                cost_scale: Callable[[], float], tolerance: float, max_iterations: int, out: Solved) -> MilpOutcome:
    """The iteration both objectives share (module docstring), from the design loaded: with lambda_0 its price,
    solve the parametric MILP at lambda_k (``set_price``), take the design's price lambda_k+1 and the compute F that
    scales the bound (``price``: the ratio and sum_s F_s, or the CVaR root and min_s F_s), until lambda_k -
    lambda_k+1 <= tol lambda_k. HiGHS's dual bound b gives every design's price >= lambda_k + min(b, 0) / F. Solves to
    an absolute gap of 0.1 tol x ``cost_scale`` (MUSD, the loaded design's). Leaves the best design loaded; returns
    its price with the proven gap."""
    m = rm.model
    lam, _ = price()
    best, best_lam = _snapshot(m), lam
    lower = -math.inf
    converged, stopped = False, None
    outcome: MilpOutcome | None = None
    for _ in range(max_iterations):
        set_price(lam)
        outcome = session.solve(m, mip_abs_gap=tolerance * 0.1 * cost_scale())
        out.milp_solves += 1
        out.iterations += 1
        if not outcome.has_solution:
            break
        if outcome.status is not Status.OPTIMAL:
            stopped = outcome.status
        new_lam, scale = price()
        if new_lam < best_lam:
            best, best_lam = _snapshot(m), new_lam
        if outcome.dual_bound is not None:
            lower = max(lower, lam + min(outcome.dual_bound, 0.0) / scale)
        if lam - new_lam <= tolerance * lam:
            converged = outcome.status is Status.OPTIMAL
            break
        lam = new_lam
    _restore(best)
    status = Status.OPTIMAL if converged else (stopped or Status.RATIO_NOT_CONVERGED)
    gap = max(best_lam - lower, 0.0) / best_lam if math.isfinite(lower) else None
    return MilpOutcome(status, True, best_lam, session.highs_s, 0, gap, outcome.dual_bound if outcome else None)


def cvar(z: list[float] | np.ndarray, alpha: float) -> float:
    """CVaR_alpha of equally likely outcomes z (module docstring): the Rockafellar-Uryasev minimum over t, which lies
    at one of the z_s (the objective is convex and piecewise linear in t with its breaks there)."""
    z = np.asarray(z, dtype=float)
    k = 1.0 / ((1.0 - alpha) * len(z))
    return float(min(t + k * np.maximum(z - t, 0.0).sum() for t in z))


def breakeven(cost: list[float] | np.ndarray, flop: list[float] | np.ndarray, alpha: float) -> float:
    """The root lambda of CVaR_alpha(C_s - lambda F_s) = 0 for one design's per-world cost C_s and compute F_s > 0
    (in the units of C / F), by bisection within [min C/F, max C/F] to a relative 1e-13."""
    c, f = np.asarray(cost, dtype=float), np.asarray(flop, dtype=float)
    lo, hi = float(np.min(c / f)), float(np.max(c / f))
    for _ in range(200):
        if hi - lo <= 1e-13 * hi:
            break
        mid = (lo + hi) / 2.0
        if cvar(c - mid * f, alpha) > 0:
            lo = mid
        else:
            hi = mid
    return hi


def _add_cvar(rm: RobustModel, alpha: float) -> None:
    """The auxiliaries t (MUSD) and u_s >= C_s - lambda F_s - t, u_s >= 0 (MUSD; rows cvar_tail[s]) and the objective
    t + sum_s u_s / ((1 - alpha) N), lambda the model's mutable ``lam`` (MUSD/ZFLOP)."""
    m = rm.model
    m.cvar_t = pyo.Var(domain=pyo.Reals)
    m.cvar_u = pyo.Var(m.S, domain=pyo.NonNegativeReals)
    blocks = rm.scenarios
    m.cvar_tail = pyo.Constraint(m.S, rule=lambda _, s: m.cvar_u[s] >= blocks[s].model.COST_TOTAL - m.lam * blocks[s].model.FLOP - m.cvar_t)
    m.cvar_objective = pyo.Objective(expr=m.cvar_t + sum(m.cvar_u[s] for s in m.S) / ((1.0 - alpha) * len(blocks)), sense=pyo.minimize)


def _cvar_iteration(rm: RobustModel, session: HighsSession, alpha: float, tolerance: float, max_iterations: int, out: Solved) -> MilpOutcome:
    """The least break-even price of the worst (1 - alpha) of the worlds from the cost-minimal design loaded (module
    docstring); leaves the best design loaded and returns its price (MUSD/ZFLOP) with the proven gap."""
    m = rm.model
    _add_cvar(rm, alpha)
    session.changed()

    def price() -> tuple[float, float]:  # the loaded design's break-even root; every design's root >= lam + bound / min_s F_s
        cost, flop = rm.scenario_values()
        return breakeven(cost, flop, alpha), min(flop)

    def cost_scale() -> float:
        cost, _ = rm.scenario_values()
        return sum(cost) / len(cost)

    if min(rm.scenario_values()[1]) <= 0:
        raise SolverError("the cheapest robust design delivers no compute in some world; raise requirements.it_power_mw.min")
    m.ratio_objective.deactivate()
    m.cost_objective.deactivate()
    m.cvar_objective.activate()
    try:
        return _parametric(rm, session, m.lam.set_value, price, cost_scale, tolerance, max_iterations, out)
    finally:
        m.cvar_objective.deactivate()


def _snapshot(m: pyo.ConcreteModel) -> list[tuple[Any, float | None]]:
    return [(v, v.value) for v in m.component_data_objects(pyo.Var)]


def _restore(snap: list[tuple[Any, float | None]]) -> None:
    for v, value in snap:
        v.set_value(value, skip_validation=True)


def _tidy(rm: RobustModel) -> None:
    """Each world's tidy step (``Subsystem.after_solve``: the fewest launches of vehicles priced only per kg, which
    cost nothing per launch), then every design variable at its largest value over the worlds, so the design stays
    one: a tidy step only lowers counts whose extra units cost nothing and add capacity, so the largest of the worlds'
    tidied counts is enough in every world and costs the same."""
    for dm in rm.scenarios:
        dm.after_solve()
    tied = [design_variables(dm) for dm in rm.scenarios]
    for key in tied[0]:
        values = [v.value for t in tied if (v := t[key]).value is not None]
        if values:
            top = max(values)
            for t in tied:
                t[key].set_value(top, skip_validation=True)


def extract_design(dm: DesignModel) -> Design | None:
    """The design loaded in one scenario's block, as result.json's ``design`` (each subsystem's ``extract``)."""
    chosen = dm.chosen()
    if chosen is None:
        return None
    orbit, shield = chosen
    design = Design(orbit=orbit, shielding=shield)
    for sub in dm.data.subsystems:
        design.update(sub.extract(dm.ctx, dm.block(sub.name), orbit, shield))
    return design


# -- worlds and the comparison -----------------------------------------------------------------------------------------
def sample_worlds(case: str | Path, n: int, inputs: str, seed: int = 0, sets: dict[str, Any] | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """n worlds of the uncertainty set ``inputs`` for the case (a seeded Latin hypercube): each world's overrides
    (the case's own ``sets`` included) and the inputs that apply to the case."""
    from synth.montecarlo import applicable, uncertainty_set, world_values
    from synth.uncertainty import sample

    if n < 1:
        raise input_error("--scenarios", str(n), "need at least 1 scenario")
    rc = load_case(case, overrides=sets)
    uset = uncertainty_set(rc, inputs)
    own = applicable(rc, uset)
    if not own:
        raise input_error(case, "--inputs", f"no input of the uncertainty set {inputs!r} applies to this case")
    draws = sample(uset, n, "lhs", seed)
    return [{**(sets or {}), **w} for w in world_values(draws, uset, own)], list(own)


@dataclass
class Evaluated:
    """One fixed design in every world: its cost (USD), discounted compute (EFLOP) and violated constraints per world."""

    cost_usd: list[float]
    eflop: list[float]
    violated: list[list[str]]

    @property
    def ratio(self) -> float:
        """The ratio of expectations, sum_s C_s / sum_s F_s (USD per EFLOP)."""
        return sum(self.cost_usd) / sum(self.eflop) if sum(self.eflop) > 0 else math.inf

    @property
    def worlds_violated(self) -> int:
        return sum(1 for v in self.violated if v)

    def breakeven(self, alpha: float) -> float:
        """The price per EFLOP (USD) at which the design breaks even in the worst (1 - alpha) of the worlds
        (:func:`breakeven`)."""
        return breakeven(self.cost_usd, self.eflop, alpha)


def evaluate_in_worlds(case: str | Path, design: Design | dict[str, Any], worlds: list[dict[str, Any]]) -> Evaluated:
    """A fixed design evaluated with :func:`synth.evaluate.evaluate` in every world."""
    from synth.evaluate import DesignSpec, evaluate

    spec = DesignSpec.model_validate(dict(design))
    cost, eflop, violated = [], [], []
    for world in worlds:
        res = evaluate(load_case(case, overrides=world), spec)
        cost.append(float(res.budgets["cost_usd"]["total"]))
        eflop.append(float(res.kpi["discounted_flop"]) / 1e18)
        violated.append([c.constraint for c in res.checks if not c.satisfied])
    return Evaluated(cost, eflop, violated)


@dataclass
class RobustRun:
    """A robust solve and its comparison with the central design, over the same worlds."""

    case: str
    inputs: str | None
    seed: int | None
    worlds: list[dict[str, Any]]
    used: list[str]
    solved: Solved
    robust: Evaluated | None = None
    central: Result | None = None
    central_eval: Evaluated | None = None
    at_central: Result | None = None  # the robust design evaluated at the case's own figures (what is printed)
    wall_s: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        s = self.solved
        out: dict[str, Any] = {
            "case": self.case, "inputs": self.inputs, "seed": self.seed, "scenarios": len(self.worlds), "inputs_used": self.used,
            "status": s.status.value, "objective": s.objective, "risk": s.risk, "alpha": s.alpha,
            "robust": {"value": s.value, "unit": _unit(s), "proven_gap": s.gap, "design": dict(s.design) if s.design is not None else None},
            "solver": {"milp_solves": s.milp_solves, "dinkelbach_iterations": s.iterations, "highs_s": s.highs_s, "build_s": s.build_s,
                       "solve_s": s.solve_s, "wall_s": self.wall_s, "variables": s.variables, "rows": s.rows},
            "message": s.message,
        }
        if self.robust is not None:
            out["robust"].update(ratio_of_expectations_usd_per_eflop=self.robust.ratio, worlds_violated=self.robust.worlds_violated)
            if s.alpha is not None:
                out["robust"]["cvar_breakeven_usd_per_eflop"] = self.robust.breakeven(s.alpha)
        if self.central is not None:
            out["central"] = {"status": self.central.status.value, "design": dict(self.central.design) if self.central.design is not None else None,
                              "cost_per_eflop_usd_at_central_figures": self.central.kpi.get("cost_per_eflop_usd")}
            if self.central_eval is not None:
                out["central"].update(ratio_of_expectations_usd_per_eflop=self.central_eval.ratio, worlds_violated=self.central_eval.worlds_violated)
                if s.alpha is not None:
                    out["central"]["cvar_breakeven_usd_per_eflop"] = self.central_eval.breakeven(s.alpha)
        out["worlds"] = [{"world": i, "overrides": w} for i, w in enumerate(self.worlds)]
        out["per_world"] = self.rows()
        return out

    def rows(self) -> list[dict[str, Any]]:
        """One row per world and design: cost (USD), discounted compute (EFLOP), cost per EFLOP, violated constraints."""
        out = []
        for name, ev in (("robust", self.robust), ("central", self.central_eval)):
            if ev is None:
                continue
            for i in range(len(ev.cost_usd)):
                out.append({"world": i, "design": name, "cost_usd": ev.cost_usd[i], "eflop": ev.eflop[i],
                            "cost_per_eflop_usd": ev.cost_usd[i] / ev.eflop[i] if ev.eflop[i] > 0 else math.inf,
                            "violated": ";".join(ev.violated[i])})
        return out

    @property
    def exit_code(self) -> int:
        if self.solved.design is not None and self.solved.status.is_limit:
            return 0
        return int(self.solved.status.exit_code)


def run_robust(case: str | Path, worlds: list[dict[str, Any]], *, inputs: str | None = None, seed: int | None = None, used: list[str] | None = None,
               sets: dict[str, Any] | None = None, compare: bool = True, risk: str = "expectation", alpha: float = 0.9) -> RobustRun:
    """Build and solve the robust model over ``worlds`` (``risk`` "expectation": the ratio of expectations; "cvar":
    the break-even price of the worst (1 - ``alpha``) of the worlds); with ``compare``, also solve the central case
    (with ``sets``) and evaluate both designs in every world."""
    started = time.perf_counter()
    rc = load_case(case, overrides=sets)
    if risk not in ("expectation", "cvar"):
        raise input_error("--risk", risk, "allowed: expectation, cvar")
    if risk == "cvar":
        if not 0.0 <= alpha < 1.0:
            raise input_error("--alpha", str(alpha), "the CVaR level must be >= 0 and < 1 (0.9: the worst 10 % of the worlds)")
        if rc.case.objective != "cost_per_flop":
            raise input_error(case, "objective", "--risk cvar prices the worst worlds' cost per EFLOP: it needs objective cost_per_flop")
    rm = build_robust_model(case, worlds)
    build_s = time.perf_counter() - started
    solved = solve_robust_model(rm, rc, risk, alpha)
    solved.build_s = build_s
    solved.variables = sum(1 for _ in rm.model.component_data_objects(pyo.Var))
    solved.rows = sum(1 for _ in rm.model.component_data_objects(pyo.Constraint, active=True))
    run = RobustRun(rc.case.name, inputs, seed, worlds, used or [], solved)
    if solved.design is not None:
        run.robust = evaluate_in_worlds(case, solved.design, worlds)
        from synth.evaluate import DesignSpec, evaluate

        run.at_central = evaluate(rc, DesignSpec.model_validate(dict(solved.design)))
    if compare:
        from synth.solve import solve

        run.central = solve(rc)
        if run.central.design is not None:
            run.central_eval = evaluate_in_worlds(case, run.central.design, worlds)
    run.wall_s = time.perf_counter() - started
    return run


def _unit(s: Solved) -> str:
    if s.risk == "cvar":
        return f"USD per EFLOP at which the design breaks even in the worst {1 - (s.alpha or 0):.0%} of the worlds (CVaR at {s.alpha:g})"
    return "USD per EFLOP (sum of costs / sum of discounted EFLOP)" if s.objective == "cost_per_flop" else "USD (expected cost)"


def robust_text(run: RobustRun) -> str:
    """The robust design's figures beside the central design's, over the same worlds."""
    s = run.solved
    what = f"{len(run.worlds)} worlds" + (f" of {run.inputs} (seed {run.seed}, {len(run.used)} inputs apply)" if run.inputs else "")
    lines = ["", f"robust design over {what}: {s.message}"]
    if s.value is not None and s.risk == "cvar":
        gap = f"proven gap {s.gap:.2g}" if s.gap is not None else "gap not proven"
        lines.append(f"  break-even price in the worst {1 - (s.alpha or 0):.0%} of the worlds (CVaR at {s.alpha:g} of cost - price x EFLOP <= 0): "
                     f"{s.value:,.6g} USD per EFLOP ({gap}; {s.iterations} steps, {s.milp_solves} MILPs)")
    elif s.value is not None and s.objective == "cost_per_flop":
        gap = f"proven gap {s.gap:.2g}" if s.gap is not None else "gap not proven"
        lines.append(f"  ratio of expectations (sum cost / sum discounted EFLOP): {s.value:,.6g} USD per EFLOP ({gap}; "
                     f"{s.iterations} Dinkelbach steps, {s.milp_solves} MILPs)")
    elif s.value is not None:
        lines.append(f"  expected cost: {s.value:,.6g} USD (gap {s.gap if s.gap is not None else 'not proven'})")
    lines.append(f"  model: {s.variables:,} variables, {s.rows:,} rows; built in {s.build_s:.1f} s, solved in {s.solve_s:.1f} s")
    if run.robust is not None:
        tail = f", break-even {run.robust.breakeven(s.alpha):,.6g} in the worst {1 - s.alpha:.0%}" if s.alpha is not None else ""
        lines.append(f"  robust design, evaluated in every world: {run.robust.ratio:,.6g} USD per EFLOP{tail}; violates a constraint in "
                     f"{run.robust.worlds_violated} of {len(run.worlds)} worlds")
    if run.central is not None:
        if run.central_eval is None:
            lines.append(f"  central design (the case at its own figures): {run.central.status.value}, nothing to compare")
        else:
            ce = run.central_eval
            tail = f", break-even {ce.breakeven(s.alpha):,.6g} in the worst {1 - s.alpha:.0%}" if s.alpha is not None else ""
            lines.append(f"  central design (the case at its own figures), evaluated in every world: {ce.ratio:,.6g} USD per EFLOP{tail}; "
                         f"violates a constraint in {ce.worlds_violated} of {len(run.worlds)} worlds")
            if run.robust is not None and ce.worlds_violated == 0 and s.alpha is None:
                lines.append(f"  the robust design's ratio is {run.robust.ratio / ce.ratio - 1:+.3%} against the central design's")
    return "\n".join(lines)


def write_robust(run: RobustRun, out_dir: str | Path) -> list[Path]:
    """robust.json (both designs, the worlds, per-world figures) and robust.csv (per world and design) in ``out_dir``."""
    import pandas as pd

    from synth.atomic import write_atomic
    from synth.result import strict_json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "robust.json", strict_json(run.to_dict()))
    frame = pd.DataFrame(run.rows(), columns=["world", "design", "cost_usd", "eflop", "cost_per_eflop_usd", "violated"])
    inputs = pd.DataFrame([{k: v for k, v in w.items() if isinstance(v, int | float)} for w in run.worlds])
    if len(inputs.columns) and len(frame):
        frame = frame.merge(inputs.assign(world=np.arange(len(run.worlds))), on="world", how="left")
    write_atomic(out / "robust.csv", frame.to_csv(index=False))
    return [out / "robust.json", out / "robust.csv"]


__all__ = ["RobustModel", "RobustRun", "Solved", "breakeven", "build_robust_model", "cvar", "design_variables", "evaluate_in_worlds",
           "robust_text", "run_robust", "sample_worlds", "solve_robust_model", "write_robust"]
