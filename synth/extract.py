"""Turn a solved model into a :class:`~synth.result.Result`: design, budgets, KPIs and the terrestrial comparison.

The design's fields come from each subsystem's ``extract``; the budget tables from the items every subsystem
contributed, evaluated at the chosen orbit (``synth.model.budgets.budget_tables``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyomo.core as pyo

from synth.case import ResolvedCase
from synth.kpi import key_figures
from synth.model.budgets import budget_tables
from synth.model.core import DesignModel
from synth.model.data import ZFLOP
from synth.result import Design, Diagnosis, Result, SolverStats, Status
from synth.subsystems.base import Item


def case_info(rc: ResolvedCase) -> dict[str, Any]:
    """result.json ``case``: name, file, sha256 of the case file chain (extends included), overrides given with
    --set (``set``) and the catalog overrides in force (``catalog``, from the file and --set)."""
    return {"name": rc.case.name, "file": str(rc.file) if rc.file else None,
            "path": str(Path(rc.file).resolve()) if rc.file else None, "sha256": rc.sha256,
            "objective": rc.case.objective, "workload": dict(rc.case.workload), "catalog_dirs": [str(d) for d in rc.catalog_dirs],
            "overrides": {"set": rc.set_overrides, "catalog": rc.overrides}}


def _number(x: Any) -> float:
    value = pyo.value(x, exception=False)
    return 0.0 if value is None else float(value)


def solved_items(dm: DesignModel, orbit: str) -> list[Item]:
    """Every item of the model as a number at ``orbit`` (cost items: their value over all orbits)."""
    return [Item(i.resource, i.name, _number(i.value if i.resource == "cost" else i.value[orbit]), i.side, i.tier, i.table)
            for i in dm.ctx.items]


def build_result(rc: ResolvedCase, dm: DesignModel, status: Status, has_solution: bool, stats: SolverStats,
                 diagnosis: list[Diagnosis], prov: dict[str, Any]) -> Result:
    result = Result(status=status, case=case_info(rc), solver=stats, provenance=prov, diagnosis=diagnosis)
    if status is Status.INFEASIBLE:
        result.message = "infeasible: " + ("; ".join(d.message for d in diagnosis) or "no design meets every requirement")
        return result
    chosen = dm.chosen() if has_solution else None
    if chosen is None:
        result.message = f"no design found ({status.value})"
        return result
    orbit, shield = chosen
    design = Design(orbit=orbit, shielding=shield)
    for sub in dm.data.subsystems:
        design.update(sub.extract(dm.ctx, dm.block(sub.name), orbit, shield))
    result.design = design
    result.budgets = budget_tables(dm.resources, solved_items(dm, orbit))
    result.kpi, result.terrestrial, result.boundaries = key_figures(dm.data, design, result.budgets, _number(dm.model.FLOP) * ZFLOP)
    result.notes += [note for sub in dm.data.subsystems for note in sub.design_notes(dm.data, design)]
    result.message = "optimal" if status is Status.OPTIMAL else f"best design found ({status.value})"
    return result
