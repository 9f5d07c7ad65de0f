"""Fast exact minimization of cost per delivered FLOP: bound every candidate orbit, search only where it can win,
and certify the answer.

The design flies in exactly one (orbit o, shielding h) pair, so the optimum is the best of the pairs' optima:
lambda* = min_p lambda*_p, lambda*_p = min {C(x) / F(x) : x in X_p}. HiGHS spends most of a MILP's time on the
integer columns with wide domains (hundreds of thousands of modules, tens of thousands of satellites), not on the
LP, so the search works with relaxations and narrow windows and proves the result:

1. The LP relaxation of the whole model (every integer relaxed) is minimized exactly by Dinkelbach steps on LPs;
   its chosen pair p* is where the design is sought first.
2. A design: the MILP restricted to p* with every integer column kept within a window around its LP value
   (+-2, or +-(2 + 1e-4 x value) for large counts), minimized by Dinkelbach steps from the LP ratio. A window
   with no design is widened tenfold, at most three times; then the whole pair is searched.
3. The certificate, at lambda_c = lambda_D (1 - tol) for the design's ratio lambda_D: every pair p must satisfy

       min { C(x) - lambda_c F(x) : x in R_p } >= 0                                  (MUSD)

   for a relaxation R_p of X_p; since F > 0 this proves C/F >= lambda_c on all of X_p. The relaxations tried, in
   order: the LP relaxation; the MILP with the subsystems' fine-grained counts relaxed (``Subsystem.fine_counts``:
   module counts, where one unit is a millionth of the design); the MILP itself. The MILPs are run with HiGHS's
   objective bound at 0, so they stop as soon as nothing below 0 can exist. A relaxed solution below 0 may point
   at a better design: step 2 searches around it; when that finds nothing better, the pair's MILP decides. An exact
   solution below 0 beats the design: Dinkelbach steps from it in the pair improve it, and certification goes on
   with the better design. A pair certified at a higher lambda_c stays certified at a lower one (C - lambda F only
   grows as lambda falls, F being positive).

The proven relative gap is tol (``solver.ratio_tolerance``) and the certificate lists, per pair, the relaxation
that proved it and the value of its minimum. Every run has the case's time limit; a limit hit before the
certificate is complete leaves the best design found with status ``time_limit`` and no proven gap.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyomo.core as pyo

from synth.model.core import DesignModel
from synth.result import Status
from synth.solver import HighsSession, ViewOutcome

#: Windows around a relaxation's values: +-WINDOW, plus WINDOW_SCALE x the value for large counts.
WINDOW = 2
WINDOW_SCALE = 2e-5
#: Times a window with no design (or no improvement) is widened tenfold before the whole pair is searched.
WIDENINGS = 3
#: Dinkelbach steps at most in one search.
STEPS = 50


@dataclass
class PairProof:
    """How one (orbit, shielding) pair was bounded: the relaxation that proved min C - lambda_c F >= 0 over it
    (``lp``, ``relaxed_counts``, ``milp``, or ``infeasible`` when it has no design at all), and that minimum's
    proven lower bound (MUSD; None when infeasible)."""

    orbit: str
    shielding: str
    relaxation: str
    bound: float | None


@dataclass
class Certificate:
    """Why the design is optimal within ``gap``: C/F >= ``lower_bound`` on every pair, by the listed proofs."""

    ratio: float  # the design's cost per FLOP (MUSD/ZFLOP)
    lower_bound: float  # lambda_c (MUSD/ZFLOP)
    gap: float  # (ratio - lower_bound) / ratio
    pairs: list[PairProof] = field(default_factory=list)
    runs: int = 0
    method: str = "per-orbit relaxation bounds (synth.search)"

    def for_design(self, ratio: float) -> Certificate:
        """The same bound for another design (the single-type design ``synth.solve`` may prefer), at its ratio."""
        if ratio == self.ratio:
            return self
        return Certificate(ratio, self.lower_bound, (ratio - self.lower_bound) / ratio, self.pairs, self.runs, self.method)

    def to_dict(self, unit_to_usd_per_eflop: float) -> dict[str, Any]:
        return {"method": self.method, "cost_per_eflop_usd": self.ratio * unit_to_usd_per_eflop,
                "lower_bound_usd_per_eflop": self.lower_bound * unit_to_usd_per_eflop, "gap": self.gap, "highs_runs": self.runs,
                "pairs": [{"orbit": p.orbit, "shielding": p.shielding, "relaxation": p.relaxation, "min_cost_minus_bound_musd": p.bound}
                          for p in self.pairs]}


@dataclass
class SearchOutcome:
    status: Status  # OPTIMAL (certified), INFEASIBLE (the LP relaxation has no point), a limit, or ERROR
    ratio: float | None = None
    certificate: Certificate | None = None
    highs_s: float = 0.0
    runs: int = 0


class _Search:
    def __init__(self, dm: DesignModel, session: HighsSession, tolerance: float, zero: Sequence[Any] = ()) -> None:
        self.dm, self.m, self.tol = dm, dm.model, tolerance
        dm.set_cost_objective()  # one active objective for HiGHS's copy (its costs are then set per run, and restored)
        self.view = v = session.view(dm.model)
        self.runs0, self.highs_s0 = v.runs, v.highs_s
        self.zero = np.array([v.column(var) for var in zero], dtype=np.int64)
        self.cost, self.cost0 = v.linear(self.m.COST_TOTAL.expr)
        self.flop, self.flop0 = v.linear(self.m.FLOP.expr)
        self.pairs = [(o, h) for o in self.m.O for h in self.m.H]
        self.pick = {p: v.column(self.m.pick[p]) for p in self.pairs}
        fine = [v.column(var) for sub in dm.data.subsystems for var in sub.fine_counts(dm.block(sub.name))]
        self.integer = v.integrality0.copy()
        self.relaxed_counts = self.integer.copy()
        self.relaxed_counts[fine] = 0
        self.continuous = np.zeros_like(self.integer)
        self.limit: Status | None = None
        if "orbit_columns" not in v.memo:
            v.memo["orbit_columns"] = self._orbit_columns()
        self.orbit_of: dict[str, np.ndarray] = v.memo["orbit_columns"]

    def _orbit_columns(self) -> dict[str, np.ndarray]:
        """Orbit -> the columns of variables indexed by that orbit (the model is disaggregated by orbit)."""
        m, v = self.m, self.view
        columns: dict[str, list[int]] = {o: [] for o in m.O}
        for component in m.component_objects(pyo.Var, descend_into=True):
            if not component.is_indexed():
                continue
            sets = list(component.index_set().subsets()) if component.index_set().dimen != 1 else [component.index_set()]
            position = next((i for i, s in enumerate(sets) if s is m.O), None)
            if position is None:
                continue
            for index, var in component.items():
                key = index if isinstance(index, tuple) else (index,)
                if id(var) in v._columns:
                    columns[key[position]].append(v.column(var))
        return {o: np.array(cols, dtype=np.int64) for o, cols in columns.items()}

    # -- pieces --------------------------------------------------------------------------------------------------
    def ratio(self, x: np.ndarray) -> float:
        """C(x) / F(x) (MUSD/ZFLOP); infinite for a point that delivers nothing."""
        flop = float(self.flop @ x + self.flop0)
        return float(self.cost @ x + self.cost0) / flop if flop > 0 else math.inf

    def bounds(self, pair: tuple[str, str] | None) -> tuple[np.ndarray, np.ndarray]:
        """The model's column bounds, with ``pair`` chosen: its pick fixed to 1, the others to 0, and every variable of
        another orbit fixed to 0. That is exact, not a restriction: another orbit's amounts only add cost (prices are
        >= 0) and deliver nothing once its compute is 0, and zeroing them keeps every row feasible (per-orbit
        balances read 0 >= 0, limits only cap totals), so some optimum of the pair has them at 0."""
        lower, upper = self.view.lower0.copy(), self.view.upper0.copy()
        lower[self.zero] = upper[self.zero] = 0.0
        if pair is not None:
            for p, col in self.pick.items():
                lower[col] = upper[col] = 1.0 if p == pair else 0.0
            for o, cols in self.orbit_of.items():
                if o != pair[0]:
                    lower[cols] = upper[cols] = 0.0
        return lower, upper

    def run(self, lam: float, bounds: tuple[np.ndarray, np.ndarray], integrality: np.ndarray, *, abs_gap: float | None = None,
            objective_bound: float | None = None) -> ViewOutcome:
        out = self.view.run(self.cost - lam * self.flop, self.cost0 - lam * self.flop0, bounds[0], bounds[1], integrality,
                            abs_gap=abs_gap, objective_bound=objective_bound)
        if out.status.is_limit:
            self.limit = out.status
        return out

    def dinkelbach(self, bounds: tuple[np.ndarray, np.ndarray], integrality: np.ndarray, lam: float | None,
                   x: np.ndarray | None = None, near: np.ndarray | None = None) -> tuple[np.ndarray, float] | None:
        """Min C/F over the given bounds and integrality: Dinkelbach steps from ``lam`` (a ratio or a lower bound),
        or from the cost-only optimum; ``x`` is a design to start from, ``near`` a point whose cost sets the MILPs'
        absolute gap (tol/10 of the cost) until a design is found. Returns the best design found and its ratio (None if
        there is none)."""
        best: tuple[np.ndarray, float] | None = None if x is None else (x, self.ratio(x))
        if lam is None:
            out = self.run(0.0, bounds, integrality)
            if out.x is None:
                return best
            best = (out.x, self.ratio(out.x))
            lam = best[1]
        if not math.isfinite(lam):  # a design that delivers nothing: no ratio to step from (the plain path explains)
            return None
        for _ in range(STEPS):
            point = best[0] if best is not None else near
            scale = abs(self.cost @ point + self.cost0) if point is not None else 1.0
            out = self.run(lam, bounds, integrality, abs_gap=self.tol * 0.1 * max(scale, 1e-12))
            if out.x is None:
                return best
            new = self.ratio(out.x)
            if best is None or new < best[1]:
                best = (out.x, new)
            if lam - new <= self.tol * 0.1 * lam or out.status is not Status.OPTIMAL:
                return best
            lam = new
        return best

    def window(self, centre: np.ndarray, pair: tuple[str, str], scale: float) -> tuple[np.ndarray, np.ndarray]:
        """The pair's bounds with each integer column kept near ``centre`` (module docstring, step 2)."""
        lower, upper = self.bounds(pair)
        ints = np.nonzero(self.integer)[0]
        width = scale * (WINDOW + WINDOW_SCALE * np.abs(centre[ints]))
        lower[ints] = np.maximum(lower[ints], np.floor(centre[ints] + 1e-9 - width))
        upper[ints] = np.minimum(upper[ints], np.ceil(centre[ints] - 1e-9 + width))
        return lower, upper

    def design_near(self, centre: np.ndarray, pair: tuple[str, str], lam: float | None) -> tuple[np.ndarray, float] | None:
        """The best design in widening windows around ``centre`` in ``pair``; the whole pair after WIDENINGS."""
        for k in range(WIDENINGS + 1):
            found = self.dinkelbach(self.window(centre, pair, 10.0**k), self.integer, lam, near=centre)
            if found is not None:
                return found
        return self.dinkelbach(self.bounds(pair), self.integer, lam, near=centre)

    def proves(self, pair: tuple[str, str], lam_c: float, scale: float,
               exact_only: bool = False) -> tuple[PairProof | None, np.ndarray | None, bool]:
        """(proof, better point, exact) for ``pair`` at ``lam_c``: a proof that min C - lam_c F >= 0 over a relaxation,
        or a point below 0 (from a relaxation, or exact when ``exact``). ``exact_only`` goes straight to the MILP
        (after a relaxed point below 0 led to no better design)."""
        o, h = pair
        bounds = self.bounds(pair)
        gap = self.tol * 0.01 * scale
        relaxations = [("milp", self.integer, True)]
        if not exact_only:
            lp = self.run(lam_c, bounds, self.continuous)
            if lp.status is Status.INFEASIBLE:
                return PairProof(o, h, "infeasible", None), None, False
            if lp.status is Status.OPTIMAL and lp.bound is not None and lp.bound >= 0:
                return PairProof(o, h, "lp", lp.bound), None, False
            if not np.array_equal(self.relaxed_counts, self.integer):
                relaxations.insert(0, ("relaxed_counts", self.relaxed_counts, False))
        for name, integrality, exact in relaxations:
            out = self.run(lam_c, bounds, integrality, abs_gap=gap, objective_bound=0.0)
            if out.status is Status.INFEASIBLE:  # nothing below 0 exists: HiGHS pruned every node at the bound
                return PairProof(o, h, name, 0.0), None, False
            if out.status is Status.OPTIMAL and out.bound is not None and out.bound >= 0:
                # With the objective bound 0, HiGHS prunes every node whose bound is >= 0 and reports the bound of the
                # nodes it kept, which can be above a pruned one: what is proven is min >= 0, so that is recorded.
                return PairProof(o, h, name, 0.0), None, False
            if out.x is not None and out.value is not None and out.value < 0:
                return None, out.x, exact
            if out.status.is_limit:
                return None, None, False
        return None, None, False

    # -- the search ----------------------------------------------------------------------------------------------
    def solve(self) -> tuple[SearchOutcome, np.ndarray | None]:
        full = self.bounds(None)
        relaxed = self.dinkelbach(full, self.continuous, None)
        if relaxed is None:
            return SearchOutcome(Status.INFEASIBLE if self.limit is None else self.limit), None
        x_lp, lam_lp = relaxed
        start = max(self.pairs, key=lambda p: x_lp[self.pick[p]])
        incumbent = self.design_near(x_lp, start, lam_lp)
        if incumbent is None:  # the LP's pair has no design (integrality): let the exact path explain
            return SearchOutcome(self.limit or Status.ERROR), None
        proofs: dict[tuple[str, str], PairProof] = {}
        for _ in range(4 * len(self.pairs) + 8):
            x_d, lam_d = incumbent
            lam_c = lam_d * (1.0 - self.tol * (1.0 - 1e-9))  # a hair inside tol, so rounding never reports a gap above it
            scale = abs(self.flop @ x_d + self.flop0) * lam_d
            open_pairs = sorted((p for p in self.pairs if p not in proofs), key=lambda p: p != start)
            improved = False
            for pair in open_pairs:
                proof, point, exact = self.proves(pair, lam_c, scale)
                if proof is None and point is not None and not exact:
                    # A relaxed point below 0: a better design may lie near it; if none does, the MILP decides.
                    found = self.design_near(point, pair, None)
                    if found is not None and found[1] < lam_d:
                        incumbent, improved = found, True
                        break
                    proof, point, exact = self.proves(pair, lam_c, scale, exact_only=True)
                if proof is not None:
                    proofs[pair] = proof
                    continue
                if point is None:  # a limit stopped the proof, or HiGHS returned neither a bound nor a point
                    return self._unproven(incumbent), x_d
                # An exact design with C - lam_c F < 0, so C/F < lam_c < lam_d: improve it within the pair.
                found = self.dinkelbach(self.bounds(pair), self.integer, self.ratio(point), point)
                if found is None or not found[1] < lam_d:
                    return self._unproven(incumbent), x_d
                incumbent, improved = found, True
                break
            if not improved:
                certificate = Certificate(lam_d, lam_c, (lam_d - lam_c) / lam_d, [proofs[p] for p in self.pairs], self.view.runs - self.runs0)
                return SearchOutcome(Status.OPTIMAL, lam_d, certificate, self.view.highs_s - self.highs_s0, self.view.runs - self.runs0), x_d
        return self._unproven(incumbent), incumbent[0]

    def design_in(self, pair: tuple[str, str]) -> tuple[SearchOutcome, np.ndarray | None]:
        """The best design step 2 finds in ``pair`` from the pair's own LP ratio, without a certificate (FEASIBLE)."""
        relaxed = self.dinkelbach(self.bounds(pair), self.continuous, None)
        found = self.design_near(relaxed[0], pair, relaxed[1]) if relaxed is not None else None
        if found is None:
            return SearchOutcome(self.limit or Status.INFEASIBLE, None, None, self.view.highs_s - self.highs_s0, self.view.runs - self.runs0), None
        return SearchOutcome(Status.FEASIBLE, found[1], None, self.view.highs_s - self.highs_s0, self.view.runs - self.runs0), found[0]

    def _unproven(self, incumbent: tuple[np.ndarray, float]) -> SearchOutcome:
        return SearchOutcome(self.limit or Status.ERROR, incumbent[1], None, self.view.highs_s - self.highs_s0, self.view.runs - self.runs0)


def search(dm: DesignModel, session: HighsSession, tolerance: float, zero: Sequence[Any] = (),
           pair: tuple[str, str] | None = None) -> SearchOutcome:
    """Minimize cost per FLOP of the built model (module docstring), with the variables in ``zero`` held at 0 (as
    column bounds in HiGHS: the Pyomo model is not touched); on OPTIMAL the design is loaded into the model. Any
    other status leaves the model's values as they were: the caller falls back to the plain iteration.

    With ``pair``, only step 2 runs, in that (orbit, shielding) pair: a design, FEASIBLE and loaded, but no
    certificate (for a caller that holds a lower bound of its own, see ``synth.solve._prefer_single_type``)."""
    engine = _Search(dm, session, tolerance, zero)
    try:
        outcome, x = engine.solve() if pair is None else engine.design_in(pair)
        if outcome.status in (Status.OPTIMAL, Status.FEASIBLE) and x is not None:
            engine.view.load(x)
        return outcome
    finally:
        engine.view.restore()
