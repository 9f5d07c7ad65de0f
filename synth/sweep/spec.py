"""Sweep files: the base case, the parameters to vary and how to combine them; expansion into points.

A sweep file (YAML)::

    name: launch_price
    base: ../spacex.yaml                      # the case every point starts from (relative to this file)
    overrides: {limits.max_launches: 2000}    # applied to every point
    parameters:                               # any numeric case field or catalog figure, by its dotted path
      launch_vehicles.starship.price_per_kg_usd: {from: 3600, to: 20, steps: 40, scale: log}
      compute.b200_gb200.price_usd: {values: [25000, 35000, 45000]}
    combine: grid                             # grid: every combination; zip: parameters advance together
    sample: {method: lhs, points: 200, seed: 7}   # instead of combine: random or Latin-hypercube samples
                                              # of parameters given as {low, high, scale}

On the command line, ``--set PATH=3600:20:log40`` (40 log-spaced values), ``--set PATH=1:5:9`` (9 linear
values) or ``--set PATH=1,2,5`` (a list) adds a parameter; ``--set PATH=VALUE`` fixes a field for every point.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from synth.atomic import write_atomic
from synth.case import OPTION_KINDS, _read_with_extends, load_case
from synth.catalog import entry_types
from synth.errors import InputError, InputProblem, input_error
from synth.yamlio import read_yaml

#: most points a sweep may have; a grid's are counted from the parameter specs before any point is made
MAX_POINTS = 1_000_000


class ParameterSpec(BaseModel):
    """How one parameter varies: a list, a range, or (for sampling) bounds."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, allow_inf_nan=False)

    values: list[float] | None = Field(None, min_length=1, description="Explicit values.")
    start: float | None = Field(None, alias="from", description="First value of a range.")
    stop: float | None = Field(None, alias="to", description="Last value of a range (included).")
    steps: int | None = Field(None, ge=1, le=100_000, description="Number of values in the range.")
    low: float | None = Field(None, description="Lower bound for sampling.")
    high: float | None = Field(None, description="Upper bound for sampling.")
    scale: Literal["linear", "log"] = Field("linear", description="Spacing of a range, or distribution of samples (log: uniform in log).")

    @model_validator(mode="after")
    def _one_form(self) -> ParameterSpec:
        forms = [self.values is not None, self.start is not None or self.stop is not None or self.steps is not None,
                 self.low is not None or self.high is not None]
        if sum(forms) != 1:
            raise ValueError("give exactly one of: values; from/to/steps; low/high")
        if forms[1] and (self.start is None or self.stop is None or self.steps is None):
            raise ValueError("a range needs from, to and steps")
        if forms[2] and (self.low is None or self.high is None or self.low > self.high):
            raise ValueError("sampling bounds need low <= high")
        positive = [v for v in (self.start, self.stop, self.low, self.high, *(self.values or [])) if v is not None]
        if self.scale == "log" and any(v <= 0 for v in positive):
            raise ValueError("log scale needs positive bounds")
        return self

    def grid(self) -> list[float]:
        if self.values is not None:
            return [float(v) for v in self.values]
        if self.start is not None and self.stop is not None and self.steps is not None:
            if self.scale == "log":
                return [float(v) for v in np.geomspace(self.start, self.stop, self.steps)]
            return [float(v) for v in np.linspace(self.start, self.stop, self.steps)]
        raise ValueError("bounds (low/high) are for sampling; use values or from/to/steps with combine")


class SampleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    method: Literal["random", "lhs"] = Field(description="Independent uniform samples, or a Latin hypercube.")
    points: int = Field(ge=1, le=MAX_POINTS, description="Number of points (at most 1,000,000).")
    seed: int = Field(0, ge=0, description="Random seed, a whole number >= 0 (the same seed gives the same points).")


class SweepSpec(BaseModel):
    """A sweep: base case, parameters, combination."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field("sweep", min_length=1)
    base: str = Field(description="Base case file, relative to the sweep file.")
    overrides: dict[str, Any] = Field(default_factory=dict, description="Dotted-path overrides applied to every point.")
    parameters: dict[str, ParameterSpec] = Field(min_length=1, description="Dotted path -> how it varies.")
    combine: Literal["grid", "zip"] = Field("grid", description="grid: full factorial; zip: the i-th values together.")
    sample: SampleSpec | None = Field(None, description="Random or Latin-hypercube sampling instead of combine.")


@dataclass(frozen=True)
class Sweep:
    """A validated sweep: where its base case is, and every point's parameter values in order.

    ``catalog_dirs`` replaces the catalog directories the case sees (set on a sweep that reads a :class:`Snapshot`)."""

    spec: SweepSpec
    base_path: Path
    points: list[dict[str, float]]
    catalog_dirs: tuple[Path, ...] | None = None
    #: a fixed design evaluated at every point instead of the re-optimized one ({"design": fields, "case": the solved
    #: case's block}, from :func:`synth.evaluate.design_data`); None: re-optimize
    design: dict[str, Any] | None = None

    def fingerprint(self) -> str:
        """Identifies the sweep (spec, base case files and catalog files) so a resumed run can check that it
        continues the same sweep: any edit to them starts a different one."""
        return self.snapshot().fingerprint()

    def snapshot(self) -> Snapshot:
        """Read every file the sweep's points read (the base case, the cases it extends, the catalogs) once,
        into memory: the sweep solves these bytes, whatever happens to the files while it runs."""
        dirs = load_case(self.base_path, overrides=self.spec.overrides,
                         catalog_dirs=list(self.catalog_dirs) if self.catalog_dirs else None).catalog_dirs
        _, _, chain = _read_with_extends(self.base_path)
        for file in chain[1:]:  # each extends the one before it
            data, smap = read_yaml(file)
            if Path(data["extends"]).is_absolute():  # a copy would still read the live file
                raise input_error(file, "extends", "a sweep solves a copy of its base case and the cases it extends, so `extends` "
                                                   "must be a path relative to this file", smap.locate(("extends",))[1])
        chain = [Path(os.path.abspath(p)) for p in chain]  # lexically normalized, as the relative extends read them
        root = Path(os.path.commonpath([p.parent for p in chain]))
        try:
            cases = {p.relative_to(root).as_posix(): p.read_bytes() for p in chain}
            catalogs = {f"{i}/{p.name}": p.read_bytes() for i, d in enumerate(dirs) for p in sorted(Path(d).glob("*.yaml"))}
        except OSError as exc:
            raise input_error(exc.filename, None, f"cannot read: {exc.strerror}") from None
        return Snapshot(self, cases, chain[-1].relative_to(root).as_posix(), catalogs)


@dataclass(frozen=True)
class Snapshot:
    """The bytes of the files a sweep reads, taken at its start: ``cases`` (path relative to their common
    directory -> content; ``base`` is the sweep's base case among them) and ``catalogs`` ("<layer>/<file name>" ->
    content, layer 0 the shipped catalogs, then the case's catalog directory)."""

    sweep: Sweep
    cases: dict[str, bytes]
    base: str
    catalogs: dict[str, bytes]

    def fingerprint(self) -> str:
        """sha256 of the spec, the case files (base first, as ``ResolvedCase.sha256``) and the catalog files."""
        text = json.dumps({"spec": self.sweep.spec.model_dump(mode="json", by_alias=True), "design": self.sweep.design,
                           "base_sha256": hashlib.sha256(b"".join(self.cases.values())).hexdigest(),
                           "catalog_sha256": hashlib.sha256(b"".join(self.catalogs.values())).hexdigest()}, sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()

    def write(self, directory: Path) -> Sweep:
        """Write the files under ``directory`` (``case/`` keeping their relative layout, so ``extends`` still
        finds its base; ``catalogs/<layer>/``) and return the sweep reading them there."""
        for name, data in self.cases.items():
            write_atomic(directory / "case" / name, data)
        for name, data in self.catalogs.items():
            write_atomic(directory / "catalogs" / name, data)
        layers = sorted({name.split("/")[0] for name in self.catalogs}, key=int)
        return dataclasses.replace(self.sweep, base_path=directory / "case" / self.base,
                                   catalog_dirs=tuple(directory / "catalogs" / layer for layer in layers))


_RANGE = re.compile(r"^\s*([^:]+):([^:]+):(log)?(\d+)\s*$")


def parameter_from_text(path: str, text: str) -> ParameterSpec | None:
    """``3600:20:log40`` / ``1:5:9`` / ``1,2,5`` -> a parameter; anything else -> None (a fixed override)."""
    match = _RANGE.match(text)
    try:
        if match:
            return ParameterSpec.model_validate({"from": float(match.group(1)), "to": float(match.group(2)),
                                                 "steps": int(match.group(4)), "scale": "log" if match.group(3) else "linear"})
        if "," in text:
            return ParameterSpec(values=[float(v) for v in text.split(",")])
    except (ValueError, ValidationError) as exc:
        raise input_error("--set", path, f"cannot read {text!r} as a sweep range or list: {exc}") from None
    return None


def is_sweep_file(path: str | Path) -> bool:
    """Whether ``path`` is a sweep file (a mapping with base and parameters) rather than a case."""
    try:
        data, _ = read_yaml(Path(path))
    except InputError:
        return False
    return isinstance(data, dict) and "parameters" in data and "base" in data


def load_sweep(path_or_case: str | Path, sets: dict[str, Any] | None = None) -> Sweep:
    """A sweep from a sweep file, or from a case file plus ``--set`` ranges; validated before anything runs."""
    path = Path(path_or_case)
    data, smap = read_yaml(path)
    sets = dict(sets or {})
    ranged = {k: parameter_from_text(k, str(v)) for k, v in sets.items() if isinstance(v, str)}
    ranged = {k: v for k, v in ranged.items() if v is not None}
    fixed = {k: v for k, v in sets.items() if k not in ranged}
    if is_sweep_file(path):
        try:
            spec = SweepSpec.model_validate(data)
        except ValidationError as exc:
            raise InputError([InputProblem(*_where(smap, path, err["loc"]), err["msg"].removeprefix("Value error, "),
                                           smap.locate(tuple(err["loc"]))[1]) for err in exc.errors(include_url=False)]) from None
        base_path = path.parent / spec.base
        spec = spec.model_copy(update={"overrides": {**spec.overrides, **fixed}, "parameters": {**spec.parameters, **ranged}})
    else:
        if not ranged:
            raise input_error(path, None, "not a sweep file (needs base and parameters), and no --set PATH=FROM:TO:[log]STEPS or list was given")
        spec = SweepSpec(name=path.stem, base=path.name, overrides=fixed, parameters=ranged)
        base_path = path
    points = expand(spec)
    validate_paths(spec, base_path, points[0])
    return Sweep(spec, base_path, points)


def _where(smap: Any, path: Path, loc: Any) -> tuple[Path | str, str]:
    file, _ = smap.locate(tuple(loc))
    return (file or path, ".".join(str(p) for p in loc))


def expand(spec: SweepSpec) -> list[dict[str, float]]:
    """Every point's parameter values, in a fixed order (grid: last parameter fastest)."""
    names = list(spec.parameters)
    _check_point_count(spec)
    integer = {name: integer_field(name) for name in names}  # swept values of whole-number fields are rounded
    typed = lambda name, value: int(round(value)) if integer[name] else value  # noqa: E731
    if spec.sample is not None:
        rng = np.random.default_rng(spec.sample.seed)
        n = spec.sample.points
        columns = {}
        for name in names:
            p = spec.parameters[name]
            low, high = (p.low, p.high) if p.low is not None and p.high is not None else (min(p.grid()), max(p.grid()))
            if spec.sample.method == "lhs":
                u = (rng.permutation(n) + rng.random(n)) / n
            else:
                u = rng.random(n)
            if p.scale == "log":
                columns[name] = np.exp(np.log(low) + u * (np.log(high) - np.log(low)))
            else:
                columns[name] = low + u * (high - low)
        return [{name: typed(name, float(columns[name][i])) for name in names} for i in range(n)]
    try:
        grids = {name: spec.parameters[name].grid() for name in names}
    except ValueError as exc:
        raise input_error(None, "parameters", f"{exc} (add sample: {{method: lhs, points: N}})") from None
    if spec.combine == "zip":
        lengths = {len(g) for g in grids.values()}
        if len(lengths) != 1:
            raise input_error(None, "combine", f"zip needs every parameter to have the same number of values, got {sorted(lengths)}")
        return [{n: typed(n, v) for n, v in zip(names, values, strict=True)} for values in zip(*grids.values(), strict=True)]
    return [{n: typed(n, v) for n, v in zip(names, values, strict=True)} for values in itertools.product(*grids.values())]


def _check_point_count(spec: SweepSpec) -> None:
    """Refuse a sweep of more than :data:`MAX_POINTS` points before making any (a grid of six 100-value
    parameters has 1e12 points: expanding it would never finish)."""
    if spec.sample is not None:
        return  # SampleSpec.points is bounded by MAX_POINTS
    sizes_or_none = {name: len(p.values) if p.values is not None else p.steps for name, p in spec.parameters.items()}
    if None in sizes_or_none.values():
        return  # sampling bounds without sample: expand says so
    lengths = {name: int(n or 0) for name, n in sizes_or_none.items()}
    count = min(lengths.values()) if spec.combine == "zip" else math.prod(lengths.values())
    if count > MAX_POINTS:
        sizes = " x ".join(f"{n:,}" for n in lengths.values())
        raise input_error(None, "parameters", f"the sweep has {count:,} points ({spec.combine} of {sizes} values); "
                          f"at most {MAX_POINTS:,} are allowed: use fewer steps, or sample: {{method: lhs, points: N}}")


def value_at(rc: Any, parameter: str, where: Any = None) -> float | None:
    """The number at the dotted ``parameter`` path of the resolved case ``rc`` (a catalog entry's field, a
    terrestrial baseline's, or the case's own), None when the field is empty. Raises InputError (naming ``where``,
    default the case's file) when the path does not lead to a number of this case."""
    where = where if where is not None else rc.file
    parts = parameter.split(".")
    if parts[0] in rc.entries:
        if len(parts) < 3 or parts[1] not in rc.entries[parts[0]]:
            raise input_error(where, parameter, f"the case has no {parts[0]} entry {parts[1] if len(parts) > 1 else ''!r} among its candidates")
        node: Any = rc.entries[parts[0]][parts[1]]
        parts = parts[2:]
    elif parts[0] == "terrestrial":
        if len(parts) < 2 or parts[1] not in rc.terrestrials:
            raise input_error(where, parameter, f"the case compares with {', '.join(f'terrestrial.{t}' for t in rc.terrestrials)}")
        node, parts = rc.terrestrials[parts[1]], parts[2:]
    else:
        node = rc.case
    for part in parts:
        if not hasattr(node, part) or part.startswith("_"):
            raise input_error(where, parameter, f"unknown field {part!r}; `synth schema` lists the fields")
        node = getattr(node, part)
    if node is not None and (isinstance(node, bool) or not isinstance(node, (int, float))):
        raise input_error(where, parameter, "is not a number; only numeric fields can be varied")
    return None if node is None else float(node)


def current_value(case_path: Path, parameter: str, fixed: dict[str, Any]) -> float | None:
    """The case file's number at ``parameter`` with the ``fixed`` overrides applied (:func:`value_at`)."""
    return value_at(load_case(case_path, overrides=fixed), parameter, case_path)


def integer_field(path: str) -> bool:
    """Whether the field at ``path`` holds whole numbers (e.g. limits.max_launches): swept values are rounded."""
    from synth.case import Case

    parts = path.split(".")
    kinds = entry_types()
    model: Any = Case
    if parts[0] in kinds:
        if len(parts) < 3:
            return False
        model, parts = kinds[parts[0]], parts[2:]
    field = None
    for part in parts:
        field = getattr(model, "model_fields", {}).get(part)
        if field is None:
            return False
        model = next((a for a in (field.annotation, *getattr(field.annotation, "__args__", ())) if hasattr(a, "model_fields")), None)
    return field is not None and field.annotation in (int, int | None)


def validate_paths(spec: SweepSpec, base_path: Path, first: dict[str, float]) -> None:
    """A wrong path is an error before anything runs: it must name a numeric field of the case or of a
    catalog entry the case uses (an override of an unused entry would silently change nothing)."""
    base = load_case(base_path, overrides=spec.overrides)
    problems = []
    for path in spec.parameters:
        parts = path.split(".")
        if parts[0] in entry_types() and len(parts) < 3:
            problems.append(InputProblem("sweep", path, f"a catalog figure is {parts[0]}.<entry>.<field> (or .<field>.<key> inside a mapping, "
                                         "e.g. payload_kg.leo)"))
        elif parts[0] in OPTION_KINDS:
            if parts[1] not in base.entries[parts[0]]:
                problems.append(InputProblem("sweep", path, f"{parts[0]} entry {parts[1] if len(parts) > 1 else '?'!r} is not among the case's candidates "
                                             f"({', '.join(base.entries[parts[0]])}); sweeping it would change nothing"))
        elif parts[0] == "terrestrial" and parts[1] not in base.case.terrestrial:
            problems.append(InputProblem("sweep", path, f"the case compares with {', '.join(f'terrestrial.{t}' for t in base.case.terrestrial)}"))
    if problems:
        raise InputError(problems)
    load_case(base_path, overrides={**spec.overrides, **first})  # unknown or non-numeric fields fail here, with their path
