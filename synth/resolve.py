"""The re-solve service every study shares: solve a case again and again with other overrides, fast.

Sweeps, break-even searches, the report's sensitivity analysis (and the roadmap, uncertainty and explorer of later
issues) all ask "this case, with these overrides: what is the optimum?". A :class:`Resolver` keeps one built model
and one persistent HiGHS session per base case: each call resolves the case with its overrides (case files are
read from a cache), loads the new coefficients into the model in place (``DesignModel.update``) and starts the
exact ratio iteration from the previous optimum (``WarmStart``); when the overrides change the model's structure
(another candidate set, a limit switched on) it builds a new model and says so (``Resolved.rebuilt``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synth.case import load_case
from synth.model.core import DesignModel, build_model
from synth.model.data import MUSD, ZFLOP
from synth.result import Result, Status
from synth.solve import WarmStart, solve_built
from synth.solver import HighsSession


@dataclass
class Resolved:
    """One re-solve: the result, and whether the model had to be built anew for it."""

    result: Result
    rebuilt: bool


class Resolver:
    """Solves one base case (a file, with fixed overrides) under changing overrides in this process.

    ``catalog_dirs`` replaces the catalog directories the case would see (a sweep solves its snapshot of them).
    ``explain`` adds the binding constraints (extra LP solves; studies usually skip them).
    """

    def __init__(self, base_path: str | Path, fixed: dict[str, Any] | None = None, catalog_dirs: list[str] | list[Path] | None = None,
                 explain: bool = False) -> None:
        self.base_path = Path(base_path)
        self.fixed = dict(fixed or {})
        self.catalog_dirs = [Path(d) for d in catalog_dirs] if catalog_dirs else None
        self.explain = explain
        self.model: DesignModel | None = None
        self.session: HighsSession | None = None
        self.start: WarmStart | None = None

    def solve(self, overrides: dict[str, Any] | None = None) -> Resolved:
        """The optimum of the base case with ``overrides`` (on top of the fixed ones). Raises InputError for a bad
        value; an infeasible or unfinished solve is a result with that status."""
        started = time.perf_counter()
        try:
            rc = load_case(self.base_path, overrides={**self.fixed, **(overrides or {})}, catalog_dirs=self.catalog_dirs)
        except Exception:
            self.start = None
            raise
        rebuilt = self.model is None or not self.model.update(rc)
        if rebuilt:
            self.close()
            self.model = build_model(rc)
            self.session = HighsSession(rc.case.solver.time_limit_s, rc.case.solver.mip_rel_gap, log=False)
        else:  # solver options may change too
            assert self.session is not None
            self.session.options.update(time_limit=float(rc.case.solver.time_limit_s), mip_rel_gap=float(rc.case.solver.mip_rel_gap))
        assert self.model is not None and self.session is not None
        try:
            result = solve_built(rc, self.model, self.session, start=self.start, explain=self.explain, started=started)
        except Exception:
            self.close()  # the model's state is unknown after a failure: start afresh next time
            raise
        if result.status is Status.OPTIMAL and rc.case.objective == "cost_per_flop":
            self.start = WarmStart(result.kpi["cost_per_eflop_usd"] * (ZFLOP / 1e18) / MUSD, result.kpi["total_cost_usd"] / MUSD)
        elif result.status is not Status.OPTIMAL:
            self.start = None
        return Resolved(result, rebuilt)

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
        self.model, self.session, self.start = None, None, None
