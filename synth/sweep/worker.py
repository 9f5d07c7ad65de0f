"""Solve sweep points with one persistent model per worker: build once, update parameters, re-solve.

A worker keeps the built model and its HiGHS session between points. Each point resolves the case with its
overrides (cached file reads), loads the new coefficients into the model (``DesignModel.update``), and starts
the exact ratio iteration from the previous point's optimum (``WarmStart``). When a point changes the model's
structure (another candidate set, a limit switched on, a coolant tier) the worker rebuilds and says so in the
row (``rebuilt``).
"""

from __future__ import annotations

import json
import math
import time
import traceback
from pathlib import Path
from typing import Any

from synth.errors import SynthError
from synth.resolve import Resolver
from synth.result import Result

#: KPI columns of a sweep row (see synth.kpi)
KPI_COLUMNS = ("cost_per_eflop_usd", "terrestrial_cost_per_eflop_usd", "orbital_to_terrestrial", "total_cost_usd",
               "delivered_flop", "discounted_flop", "it_power_w", "launched_mass_kg", "kg_per_kw_it", "w_it_per_kg",
               "cost_per_gpu_hour_usd", "terrestrial_cost_per_gpu_hour_usd", "ground_cost_per_eflop_min_usd", "ground_cost_per_eflop_max_usd",
               "upfront_capital_usd")


class SweepWorker:
    """Solves points of one sweep (one base case and fixed overrides) in this process, as table rows, through the
    shared re-solve service (:class:`synth.resolve.Resolver`); ``catalog_dirs`` replaces the catalog directories the
    case sees (a sweep reads its snapshot of the catalogs)."""

    def __init__(self, base_path: str | Path, fixed: dict[str, Any], catalog_dirs: list[str] | list[Path] | None = None,
                 design: dict[str, Any] | None = None) -> None:
        from synth.evaluate import design_from_data

        self.resolver = Resolver(base_path, fixed, catalog_dirs)
        self.design = design_from_data(design) if design is not None else None  # evaluated at every point instead of re-optimized

    def solve_point(self, index: int, values: dict[str, float], extra_overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        """One row: the point's parameters, status, design, KPIs and solver statistics. Never raises for a
        point's own failure (bad value, infeasible, solver error): the row records the reason."""
        started = time.perf_counter()
        row: dict[str, Any] = {"point": index, **{f"param:{k}": v for k, v in values.items()}}
        try:
            if self.design is not None:
                from synth.case import load_case
                from synth.evaluate import evaluate

                r = self.resolver
                rc = load_case(r.base_path, overrides={**self.design.saved_overrides, **r.fixed, **(extra_overrides or {}), **values},
                               catalog_dirs=r.catalog_dirs)  # the design's own --set first, as synth evaluate applies it
                row.update(result_row(evaluate(rc, self.design)))
            else:
                solved = self.resolver.solve({**(extra_overrides or {}), **values})
                row.update(result_row(solved.result))
                row["rebuilt"] = solved.rebuilt
        except SynthError as exc:
            row.update({"status": "error", "message": str(exc)})
        except Exception as exc:  # a bug on one point must not stop the sweep: record it and go on
            if _raised_by_interrupt(exc):  # Ctrl-C (or SIGTERM) turned into a library's own error: stop, record nothing
                raise KeyboardInterrupt from exc
            row.update({"status": "error", "message": f"internal error: {type(exc).__name__}: {exc}",
                        "traceback": traceback.format_exc(limit=5)})
        row["wall_s"] = time.perf_counter() - started
        return row

    def close(self) -> None:
        self.resolver.close()


def _raised_by_interrupt(exc: BaseException | None) -> bool:
    """Whether ``exc`` was raised while a KeyboardInterrupt was being handled (pyomo, for one, turns any exception
    raised while it evaluates an expression into its own error)."""
    while exc is not None:
        if isinstance(exc, KeyboardInterrupt):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def result_row(result: Result) -> dict[str, Any]:
    """Flat columns of a solved point (JSON-encoded design parts, so the table stays rectangular)."""
    row: dict[str, Any] = {"status": result.status.value, "message": result.message}
    d = result.design
    if d is not None:
        row.update({"orbit": d.orbit, "shielding": d.shielding, "compute": json.dumps(d.compute, sort_keys=True),
                    "satellites": d.satellites, "satellites_by_bus": json.dumps(d.satellites_by_bus, sort_keys=True),
                    "launches": json.dumps(d.launches, sort_keys=True), "launches_total": sum(d.launches.values()),
                    "solar_array_area_m2": d.solar_array_area_m2, "radiator_area_m2": d.radiator_area_m2,
                    "battery_energy_kwh": d.battery_energy_kwh})
        row.update({k: result.kpi.get(k, math.nan) for k in KPI_COLUMNS})
        for name, baseline in (result.terrestrial or {}).get("baselines", {}).items():  # each ground archetype, for the ratios
            row[f"ground_cost_per_eflop_usd[{name}]"] = baseline["cost_per_eflop_usd"]
    if result.diagnosis:
        row["message"] = "; ".join(x.message for x in result.diagnosis)
    s = result.solver
    row.update({"milp_solves": s.milp_solves, "highs_s": s.highs_s, "mip_gap": s.mip_gap, "lp_iterations": s.iterations})
    return row
