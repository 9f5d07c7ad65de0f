"""Typed solve results: status, design, budgets, KPIs, solver statistics and provenance; JSON and CSV output."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import platform
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from synth import tolerances
from synth.errors import ExitCode
from synth.yamlio import write_atomic

if TYPE_CHECKING:
    import pandas as pd


class Status(str, Enum):
    """Outcome of a solve (result.json ``status``)."""

    OPTIMAL = "optimal"
    INFEASIBLE = "infeasible"
    FEASIBLE = "feasible"  # an evaluated design that meets every constraint (not proven optimal)
    TIME_LIMIT = "time_limit"  # a MILP stopped at solver.time_limit_s
    ITERATION_LIMIT = "iteration_limit"  # HiGHS stopped at an iteration or node limit
    RATIO_NOT_CONVERGED = "ratio_not_converged"  # the cost-per-FLOP iteration ran out of solver.max_ratio_iterations
    INTERRUPTED = "interrupted"  # the solver was interrupted
    ERROR = "error"

    @property
    def is_limit(self) -> bool:
        """A limit stopped the search: the design found (if any) is the best found, not proven optimal."""
        return self in (Status.TIME_LIMIT, Status.ITERATION_LIMIT, Status.RATIO_NOT_CONVERGED, Status.INTERRUPTED)

    @property
    def exit_code(self) -> ExitCode:
        codes = {Status.OPTIMAL: ExitCode.OK, Status.FEASIBLE: ExitCode.OK, Status.INFEASIBLE: ExitCode.INFEASIBLE}
        return codes.get(self, ExitCode.SOLVER_FAILURE)


class Design(dict):
    """The chosen design (``design`` in result.json): ``orbit``, ``shielding`` and the fields each subsystem declares
    (``design_fields`` in ``synth.subsystems``), e.g. ``compute`` {type: count}, ``launches`` {vehicle: count}.
    Read them as attributes (``design.launches``) or keys."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass
class SolverStats:
    name: str
    version: str
    wall_s: float
    highs_s: float
    # relative gap of the reported objective (cost per FLOP: from the last Dinkelbach step's dual bound, an estimate
    # when the optimum delivers less compute)
    mip_gap: float | None
    iterations: int  # LP iterations over all MILP solves
    mip_nodes: int
    milp_solves: int
    termination: str
    options: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Diagnosis:
    """Why a case is infeasible: each requirement that cannot be met, its budget, and by how much."""

    budget: str
    requirement: str
    limit: float
    needed: float
    message: str
    next_step: str = ""


# Relative tolerance within which an evaluated constraint counts as met (solver feasibility tolerances are ~1e-7).
CHECK_TOLERANCE = tolerances.CHECK


@dataclass
class Check:
    """One constraint of an evaluated design: lhs (sense) rhs, whether it holds, and by how much."""

    budget: str
    constraint: str
    description: str
    lhs: float
    sense: str  # "<=" or ">="
    rhs: float
    unit: str
    satisfied: bool
    margin: float  # rhs - lhs for <=, lhs - rhs for >=; negative when violated
    message: str

    @classmethod
    def le(cls, budget: str, constraint: str, description: str, lhs: float, rhs: float, unit: str) -> Check:
        return cls._make(budget, constraint, description, lhs, "<=", rhs, unit, rhs - lhs)

    @classmethod
    def ge(cls, budget: str, constraint: str, description: str, lhs: float, rhs: float, unit: str) -> Check:
        return cls._make(budget, constraint, description, lhs, ">=", rhs, unit, lhs - rhs)

    @classmethod
    def _make(cls, budget, constraint, description, lhs, sense, rhs, unit, margin) -> Check:
        ok = margin >= -CHECK_TOLERANCE * max(1.0, abs(lhs), abs(rhs))
        verdict = "met" if ok else f"VIOLATED by {-margin:,.6g} {unit}"
        message = f"[{budget}] {description}: {lhs:,.6g} {sense} {rhs:,.6g} {unit}: {verdict}"
        return cls(budget, constraint, description, float(lhs), sense, float(rhs), unit, ok, float(margin), message)


@dataclass
class Result:
    """Everything one solve produced (the schema of result.json)."""

    status: Status
    case: dict[str, Any]
    solver: SolverStats
    provenance: dict[str, Any]
    design: Design | None = None
    budgets: dict[str, dict[str, float]] = field(default_factory=dict)
    kpi: dict[str, float] = field(default_factory=dict)
    terrestrial: dict[str, Any] = field(default_factory=dict)  # the headline baseline's figures, and every baseline's under "baselines"
    boundaries: dict[str, Any] = field(default_factory=dict)  # cost per EFLOP under each published analysis's boundary (synth.boundaries)
    diagnosis: list[Diagnosis] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    binding: list[Any] = field(default_factory=list)  # synth.explain.Binding: what limits an optimal design
    conflict: list[str] = field(default_factory=list)  # infeasible: HiGHS's irreducible infeasible subset
    input_warnings: list[str] = field(default_factory=list)  # pre-solve checks (synth.checks)
    certificate: dict[str, Any] | None = None  # why the design is optimal within its gap (synth.search.Certificate)
    notes: list[str] = field(default_factory=list)  # what a reader should know to read the design right (printed first)
    message: str = ""

    @property
    def exit_code(self) -> ExitCode:
        if self.status.is_limit and self.design is not None:
            return ExitCode.OK
        return self.status.exit_code

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["status"] = self.status.value
        return out

    def to_json(self) -> str:
        """result.json: standard JSON (see :func:`strict_json`)."""
        return strict_json(self.to_dict())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        """The typed result from :meth:`to_dict`'s data (a parsed result.json): the inverse of ``to_dict`` for every
        finite figure (result.json writes a non-finite one as null, which comes back as None)."""
        from synth.explain import Binding

        fields = dict(data)
        fields["status"] = Status(fields["status"])
        fields["solver"] = SolverStats(**fields["solver"])
        fields["design"] = Design(fields["design"]) if fields.get("design") is not None else None
        fields["diagnosis"] = [Diagnosis(**d) for d in fields.get("diagnosis") or []]
        fields["checks"] = [Check(**c) for c in fields.get("checks") or []]
        fields["binding"] = [Binding(**b) for b in fields.get("binding") or []]
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in fields.items() if k in known})

    # -- tables -----------------------------------------------------------------------------------------------
    # Each table is its columns and rows; the DataFrame methods and the CSV files are two views of them (writing
    # the CSVs needs no pandas, which saves a solve process ~0.4 s of imports).
    def _budget_rows(self, budget: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        unit = budget.rsplit("_", 1)[-1]
        return ["item", "value", "unit"], [(k, v, unit) for k, v in self.budgets.get(budget, {}).items()]

    def _design_rows(self) -> tuple[list[str], list[tuple[Any, ...]]]:
        columns = ["category", "item", "quantity", "unit"]
        if self.design is None:
            return columns, []
        rows: list[tuple[Any, ...]] = [("orbit", self.design.orbit, 1, "-"), ("shielding", self.design.shielding, 1, "-")]
        for name, value in self.design.items():
            if isinstance(value, dict):
                rows += [(name, k, v, _unit_of_field(name)) for k, v in value.items()]
        return columns, rows

    def _kpi_rows(self) -> tuple[list[str], list[tuple[Any, ...]]]:
        return ["kpi", "value"], list(self.kpi.items())

    def _ground_rows(self) -> tuple[list[str], list[tuple[Any, ...]]]:
        """One row per terrestrial baseline: its archetype, headline figures and cost items (USD)."""
        baselines = self.terrestrial.get("baselines", {})
        items = list(dict.fromkeys(k for b in baselines.values() for k in b["cost_usd"]))
        columns = ["baseline", "archetype", "wacc", "time_to_power_years", "cost_per_eflop_usd", "cost_per_gpu_hour_usd", "cost_per_mwh_it_usd",
                   "upfront_capital_usd", "levelized_annual_cost_usd"]
        rows = [tuple(b[c] for c in columns) + tuple(b["cost_usd"].get(i, 0.0) for i in items) for b in baselines.values()]
        return columns + [f"cost_usd.{i}" for i in items], rows

    def _boundary_rows(self) -> tuple[list[str], list[tuple[Any, ...]]]:
        columns = ["boundary", "orbit_usd", "ground_usd", "orbit_cost_per_eflop_usd", "ground_cost_per_eflop_usd", "orbit_to_ground", "mirrors"]
        return columns, [(name,) + tuple(b[c] for c in columns[1:]) for name, b in self.boundaries.items()]

    def ground_table(self) -> pd.DataFrame:
        """The same compute at each terrestrial baseline: one row per baseline (figures and cost items)."""
        return _frame(*self._ground_rows())

    def boundary_table(self) -> pd.DataFrame:
        """Both sides priced under each cost boundary (synth.boundaries): one row per boundary."""
        return _frame(*self._boundary_rows())

    def _check_rows(self) -> tuple[list[str], list[tuple[Any, ...]]]:
        records = [asdict(c) for c in self.checks]
        columns = list(records[0]) if records else []
        return columns, [tuple(r[c] for c in columns) for r in records]

    def budget_table(self, budget: str) -> pd.DataFrame:
        """One budget (mass_kg, power_w, heat_w, cost_usd) as a DataFrame with columns item, value, unit."""
        return _frame(*self._budget_rows(budget))

    def design_table(self) -> pd.DataFrame:
        """The design as rows of (category, item, quantity, unit): one row per entry of each per-type field."""
        return _frame(*self._design_rows())

    def kpi_table(self) -> pd.DataFrame:
        return _frame(*self._kpi_rows())

    def tables(self) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
        """Every result table by name (design, kpi, checks, ground, boundaries, each budget): (columns, rows)."""
        tables = {"design": self._design_rows(), "kpi": self._kpi_rows()}
        if self.checks:
            tables["checks"] = self._check_rows()
        if self.terrestrial.get("baselines"):
            tables["ground"] = self._ground_rows()
        if self.boundaries:
            tables["boundaries"] = self._boundary_rows()
        tables.update({f"budget_{b}": self._budget_rows(b) for b in self.budgets})
        return tables

    def write(self, out_dir: str | Path, excel: bool = False) -> list[Path]:
        """Write result.json and CSV tables (design, kpi, checks, and each budget) atomically; with ``excel`` also
        result.xlsx, one sheet per table; return the paths."""
        out = Path(out_dir)
        written = [out / "result.json"]
        write_atomic(written[0], self.to_json() + "\n")
        for name, (columns, rows) in self.tables().items():
            write_atomic(out / f"{name}.csv", _csv_text(columns, rows))
            written.append(out / f"{name}.csv")
        if excel:
            written.append(write_excel({name: _frame(*table) for name, table in self.tables().items()}, out / "result.xlsx"))
        return written


def write_excel(sheets: dict[str, pd.DataFrame], path: Path) -> Path:
    """An Excel workbook, one sheet per table (names cut to Excel's 31 characters), written atomically."""
    import pandas as pd

    from synth.atomic import atomic_path

    with atomic_path(path) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
    return path


def _frame(columns: list[str], rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _csv_text(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """CSV as pandas writes it (``DataFrame.to_csv(index=False)``): a header, then the rows; None as an empty field,
    floats by repr."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return buffer.getvalue()


def _unit_of_field(name: str) -> str:
    """Unit of a design field from its name's suffix (``..._m2`` -> m2); counts otherwise."""
    for suffix, unit in (("_m2", "m2"), ("_kwh", "kWh"), ("_w", "W"), ("_kw", "kW"), ("_kg", "kg")):
        if name.endswith(suffix):
            return unit
    return "count"


def read_result_json(path: Path) -> dict[str, Any]:
    """A result.json written by ``synth solve --out`` (read within the input bounds); an InputError (exit 2) when it
    is unreadable, not JSON, or JSON of another shape (a foreign or hand-edited file is an input error, not a crash
    further on)."""
    from synth.catalog import check_name
    from synth.errors import input_error
    from synth.yamlio import read_json

    result = read_json(path)
    shape: dict[str, type | tuple[type, ...]] = {"status": str, "case": dict, "design": (dict, type(None)), "budgets": dict, "kpi": dict, "binding": list,
             "solver": dict, "provenance": dict, "terrestrial": dict}
    case_shape = {"name": str, "file": str, "sha256": str, "overrides": dict}
    missing = [key for key, kind in shape.items() if not isinstance(result, dict) or not isinstance(result.get(key), kind)]
    missing += [f"case.{key}" for key, kind in case_shape.items() if not missing and not isinstance(result["case"].get(key), kind)]
    if missing:
        raise input_error(path, None, f"not a result.json written by synth solve --out: {', '.join(missing)} missing or of the wrong type")
    try:
        check_name(result["case"]["name"])
    except ValueError as exc:
        raise input_error(path, "case.name", str(exc)) from None
    return result


def load_result(path: str | Path) -> Result:
    """The typed result a ``synth solve --out DIR`` wrote: ``DIR`` or its result.json. An unreadable file or another
    shape of JSON is an InputError (exit 2)."""
    path = Path(path)
    file = path / "result.json" if path.is_dir() else path
    data = read_result_json(file)
    try:
        return Result.from_dict(data)
    except (TypeError, ValueError, KeyError) as exc:
        from synth.errors import input_error

        raise input_error(file, None, f"not a result.json written by synth solve --out: {exc}") from None


def strict_json(data: Any) -> str:
    """``data`` as standard JSON that any parser reads: a number that is not finite (NaN, infinity; only a
    degenerate case produces one) is written as null, never as the non-standard NaN or Infinity."""
    return json.dumps(_finite_or_null(data), indent=2, allow_nan=False, default=str)


def _finite_or_null(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite_or_null(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite_or_null(item) for item in value]
    return value


def provenance() -> dict[str, Any]:
    """Tool and library versions and the time (result.json ``provenance``)."""
    return {**_versions(), "timestamp": datetime.now(UTC).isoformat(timespec="seconds")}


@cache
def _versions() -> dict[str, str]:
    """The versions, read once per process (reading package metadata takes ~10 ms, once per sweep point otherwise)."""
    from importlib.metadata import PackageNotFoundError, version

    def ver(pkg: str) -> str:
        try:
            return version(pkg)
        except PackageNotFoundError:
            return "not installed"

    return {
        "synth": ver("synth"),
        "python": platform.python_version(),
        "pyomo": ver("pyomo"),
        "highspy": ver("highspy"),
        "numpy": ver("numpy"),
        "pandas": ver("pandas"),
        "pydantic": ver("pydantic"),
        "platform": platform.platform(),
    }
