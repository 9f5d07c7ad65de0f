"""Evaluate a fixed design without optimizing: every budget, KPI and constraint, met or violated and by how much.

Each subsystem computes its items from the design's counts and areas with plain arithmetic
(``Subsystem.evaluate``, written independently of its Pyomo expressions), with the same physics coefficients
(:mod:`synth.physics` via the subsystems). The core then checks every budget the way the model balances it, in
the same vocabulary (one check per balance row: supply >= demand, and per heat tier), and the requirements and
limits. Re-evaluating an optimal design must reproduce the solver's budgets and KPIs (tests/test_evaluate.py), which
checks each subsystem's model assembly against its own arithmetic.

A design file holds result.json's ``design`` fields: ``orbit``, ``shielding`` and each subsystem's fields (its
``design_fields``), e.g. ``compute`` {type: count}, ``satellites_by_bus``, ``launches``, per-technology areas.
Where the design leaves a split open (IT on top-down units), the subsystem fills it (module docstrings).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, create_model

from synth import tolerances
from synth.case import ResolvedCase, load_case
from synth.errors import InputError, InputProblem, input_error
from synth.extract import case_info
from synth.kpi import key_figures
from synth.model.budgets import all_resources, budget_tables
from synth.model.data import ZFLOP, ModelData, model_data
from synth.model.requirements import limit_values
from synth.result import Check, Design, Result, SolverStats, Status, provenance
from synth.subsystems import REGISTRY
from synth.subsystems.base import EvalContext
from synth.yamlio import SourceMap, read_yaml

#: largest count, area (m2), energy (kWh) or power (W) a design may give: far beyond any design, finite in every sum
MAX_DESIGN_QUANTITY = 1e15


class _DesignBase(BaseModel):
    """A design to evaluate: the ``design`` block of result.json, or the same fields written by hand."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    orbit: str = Field(description="Orbit (catalog name, one of the case's candidates).")
    shielding: str = Field(description="Shielding option (catalog name).")
    _where: tuple[Path | None, SourceMap, tuple] = PrivateAttr(default=(None, SourceMap(), ()))
    _solved_case: dict[str, Any] = PrivateAttr(default_factory=dict)  # result.json's ``case`` block, when read from one

    @property
    def saved_overrides(self) -> dict[str, Any]:
        """The ``--set`` overrides the design was solved with (result.json ``case.overrides.set``; {} otherwise)."""
        saved = (self._solved_case.get("overrides") or {}).get("set") or {}
        return dict(saved) if isinstance(saved, dict) else {}

    def locate(self, field: tuple) -> tuple[Path | str, int | None]:
        """File and line where a design field was written (for error messages)."""
        path, smap, prefix = self._where
        file, line = smap.locate(prefix + field)
        return (file or path or "design"), line


#: The design schema: orbit and shielding, and every subsystem's design fields.
_DESIGN_FIELDS: dict[str, Any] = {name: spec for sub in REGISTRY for name, spec in sub.design_fields.items()}
DesignSpec: type[_DesignBase] = create_model("DesignSpec", __base__=_DesignBase, **_DESIGN_FIELDS)


def load_design(path: str | Path) -> _DesignBase:
    """Read a design file (YAML, or a result.json whose ``design`` block is used)."""
    path = Path(path)
    data, smap = read_yaml(path)
    solved_case: dict[str, Any] = {}
    prefix: tuple[str, ...]
    if isinstance(data, dict) and isinstance(data.get("design"), dict):
        solved_case = data["case"] if isinstance(data.get("case"), dict) else {}
        data, prefix = data["design"], ("design",)
    else:
        prefix = ()
    if not isinstance(data, dict):
        raise input_error(path, None, "a design file maps design fields (orbit, compute, ...) to values, or is a result.json with a design")
    try:
        spec = DesignSpec.model_validate(data)
        spec._where = (path, smap, prefix)
        spec._solved_case = solved_case
        return spec
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            loc = prefix + tuple(err["loc"])
            file, line = smap.locate(loc)
            msg = "unknown field; allowed: " + ", ".join(DesignSpec.model_fields) if err["type"] == "extra_forbidden" else err["msg"]
            problems.append(InputProblem(file or path, ".".join(map(str, loc)), msg, line))
        raise InputError(problems) from None


def design_data(spec: _DesignBase) -> dict[str, Any]:
    """A design as plain data (JSON-able, for worker processes): its fields and the solved case's block."""
    return {"design": spec.model_dump(mode="json"), "case": spec._solved_case}


def design_from_data(data: dict[str, Any]) -> _DesignBase:
    """The design :func:`design_data` wrote (validated again: it crossed a process boundary)."""
    spec = DesignSpec.model_validate(data["design"])
    spec._solved_case = dict(data.get("case") or {})
    return spec


def _shown(value: float) -> str:
    text = str(value)
    return text if len(text) <= 24 else f"{text[:12]}... ({len(text):,} characters)"


def evaluate(case: ResolvedCase | str | Path, design: Any, overrides: dict[str, Any] | None = None) -> Result:
    """Budgets, KPIs and every constraint of ``design`` (a DesignSpec or a design file) in ``case`` (status feasible or
    infeasible).

    A design read from a result.json carries the ``--set`` overrides it was solved with; they are applied to
    ``case`` (a path) together with ``overrides``, and a conflict between the two is an input error. A
    :class:`ResolvedCase` given directly must already include them.
    """
    started = time.perf_counter()
    spec = design if isinstance(design, _DesignBase) else load_design(design)
    rc, notes = _case_with_saved_overrides(case, spec, dict(overrides or {}))
    d = model_data(rc)
    _check_names(d, spec)
    ctx = EvalContext(d, spec, spec.orbit, spec.shielding)
    for sub in d.subsystems:
        ctx.items += sub.evaluate(ctx)
    resources = all_resources(d.subsystems)
    checks = ctx.checks + balance_checks(d, resources, ctx)
    budgets = budget_tables(resources, ctx.items)
    out = Design(orbit=spec.orbit, shielding=spec.shielding)
    out.update(_design_fields(spec, ctx))
    flop = ctx.published["flop_zflop"] * ZFLOP
    checks += requirement_checks(d, budgets, flop, spec)
    violated = [c for c in checks if not c.satisfied]
    status = Status.INFEASIBLE if violated else Status.FEASIBLE
    stats = SolverStats(name="evaluate", version="-", wall_s=time.perf_counter() - started, highs_s=0.0, mip_gap=None,
                        iterations=0, mip_nodes=0, milp_solves=0, termination=status.value)
    result = Result(status=status, case=case_info(rc), solver=stats, provenance=provenance(), design=out,
                    budgets=budgets, checks=checks)
    result.kpi, result.terrestrial, result.boundaries = key_figures(d, out, budgets, flop)
    result.notes = notes + [note for sub in d.subsystems for note in sub.design_notes(d, out)]
    result.message = (f"violates {len(violated)} constraint(s): " + "; ".join(c.message for c in violated)) if violated else "meets every constraint"
    return result


def _design_fields(spec: Any, ctx: EvalContext) -> dict[str, Any]:
    """The evaluated design as result.json writes it: each subsystem's given fields without zero entries, then what
    its evaluation computed (totals, the top-down split)."""
    out: dict[str, Any] = {}
    for sub in ctx.d.subsystems:
        for name in sub.design_fields:
            value = getattr(spec, name)
            out[name] = {k: v for k, v in value.items() if v > 0} if isinstance(value, dict) else value
    out.update(ctx.fields)
    return out


def balance_checks(d: ModelData, resources: dict, ctx: EvalContext) -> list[Check]:
    """One check per budget the design touches, as the model balances it: supply >= demand (and per heat tier)."""
    checks = []
    for r in resources.values():
        mine = [i for i in ctx.items if i.resource == r.name]
        if not mine or (r.eclipsed_only and not d.env[ctx.orbit].eclipsed):
            continue
        scale, unit = (1000.0, "kg") if r.unit == "t" else (1.0, r.unit)
        supply = sum(i.value for i in mine if i.side == "supply")
        demand = sum(i.value for i in mine if i.side == "demand")
        checks.append(Check.ge(r.budget, r.row, r.check, supply * scale, demand * scale, unit))
        if r.tiered:
            for tau in sorted({i.tier for i in mine if i.side == "demand" and i.tier is not None}):
                cold = sum(i.value for i in mine if i.side == "supply" and (i.tier is None or i.tier <= tau + tolerances.TEMPERATURE))
                hot = sum(i.value for i in mine if i.side == "demand" and i.tier is not None and i.tier <= tau)
                when = "" if r.name == "heat" else " at end of life"
                checks.append(Check.ge(r.budget, f"{r.name}_at_or_below_{tau:g}K", f"radiators at or below {tau:g} K cool the compute limited to {tau:g} K"
                                       f"{when}", cold * scale, hot * scale, unit))
    return checks


def requirement_checks(d: ModelData, budgets: dict[str, dict[str, float]], discounted_flop: float, spec: Any) -> list[Check]:
    """The case's scale, delivered compute and limits (``synth.model.requirements``)."""
    req = d.case.requirements
    it_mw = budgets["power_w"]["it"] / 1e6
    checks = [Check.ge("scale", "scale_min", "IT power at least requirements.it_power_mw.min", it_mw, req.it_power_mw.min, "MW"),
              Check.le("scale", "scale_max", "IT power at most requirements.it_power_mw.max", it_mw, req.it_power_mw.max, "MW")]
    if req.delivered_eflop_min is not None:
        checks.append(Check.ge("scale", "delivered_min", "delivered compute at least requirements.delivered_eflop_min", discounted_flop / 1e18,
                               req.delivered_eflop_min, "EFLOP"))
    totals = {"launches": sum(spec.launches.values()), "satellites": sum(spec.satellites_by_bus.values()),
              "array_area": sum(spec.solar_array_area_by_technology_m2.values()), "radiator_area": sum(spec.radiator_area_by_option_m2.values())}
    described = {"max_launches": ("mass/launch", "launches at most limits.max_launches", "launches", "launches"),
                 "launch_cadence": ("mass/launch", "launches within the cadence x deployment years", "launches", "launches"),
                 "max_satellites": ("mass/launch", "satellites at most limits.max_satellites", "satellites", "units"),
                 "max_array_area": ("power", "array area at most limits.max_array_area_m2", "array_area", "m2"),
                 "max_radiator_area": ("thermal", "radiator area at most limits.max_radiator_area_m2", "radiator_area", "m2")}
    for name, value in limit_values(d.case).items():
        budget, text, quantity, unit = described[name]
        checks.append(Check.le(budget, name, text, totals[quantity], value, unit))
    return checks


def _check_names(d: ModelData, spec: Any) -> None:
    """Every name in the design is one of the case's candidates, and every amount is a finite number >= 0."""
    rc = d.rc

    def problem(path: tuple, message: str) -> InputProblem:
        file, line = spec.locate(path)
        return InputProblem(file, ".".join(map(str, path)), message, line)

    problems = []
    for field, kind in (("orbit", "orbits"), ("shielding", "shielding")):
        if getattr(spec, field) not in rc.entries[kind]:
            problems.append(problem((field,), f"{getattr(spec, field)!r} is not among the case's candidates; allowed: {', '.join(sorted(rc.entries[kind]))}"))
    for sub in d.subsystems:
        problems += [problem(path, message) for path, message in sub.check_names(rc, d, spec)]
        for name in sub.design_fields:
            value = getattr(spec, name)
            if isinstance(value, dict):
                problems += [problem((name, k), f"must be a finite number >= 0 and <= {MAX_DESIGN_QUANTITY:g}, got {_shown(v)}")
                             for k, v in value.items() if not 0 <= v <= MAX_DESIGN_QUANTITY]  # False for NaN; no float(v) to overflow
    if problems:
        raise InputError(problems)


def _case_with_saved_overrides(case: ResolvedCase | str | Path, spec: _DesignBase,
                               overrides: dict[str, Any]) -> tuple[ResolvedCase, list[str]]:
    """The case to evaluate in, with the design's saved --set overrides applied (never silently mixed), and notes
    saying what was applied or how the case differs from the one the design was solved for."""
    saved = spec.saved_overrides
    path, smap, _ = spec._where
    file, line = smap.locate(("case", "overrides", "set"))
    file = file or path or "design"
    if isinstance(case, ResolvedCase):
        rc = case
        missing = {k: v for k, v in saved.items() if rc.set_overrides.get(k, _MISSING) != v}
        if missing:
            shown = ", ".join(f"{k}={v!r}" for k, v in missing.items())
            raise input_error(file, "case.overrides.set", f"the design was solved with --set {shown}, which the case given does not "
                              "apply; load the case with the same overrides (load_case(path, overrides=...)) or evaluate the design block alone", line)
    else:
        clash = {k: v for k, v in overrides.items() if k in saved and saved[k] != v}
        if clash:
            shown = "; ".join(f"--set {k}={v!r} given, but the design was solved with {k}={saved[k]!r}" for k, v in clash.items())
            raise input_error(file, "case.overrides.set", f"{shown}: drop the --set to evaluate the design as it was solved, or "
                              "copy its design block into a design file of its own to evaluate it in another case", line)
        rc = load_case(case, overrides={**saved, **overrides})
    notes = []
    if saved:
        notes.append("applied the --set overrides the design was solved with: " + ", ".join(f"{k}={v!r}" for k, v in saved.items()))
    solved = spec._solved_case
    if solved.get("sha256") and solved.get("sha256") != rc.sha256:
        notes.append(f"the design was solved for case {solved.get('name')!r} ({solved.get('file')}); evaluated in case "
                     f"{rc.case.name!r} ({rc.file}), whose files differ")
    return rc, notes


_MISSING = object()



