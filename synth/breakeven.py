"""Break-even search: the value of one parameter at which orbit's optimal cost per delivered FLOP equals the
ground's (or another case's), re-optimizing the design at every probe.

    g(p) = r_orbit(p) - r_against(p)

r_orbit(p) is the case's optimal cost per EFLOP with the parameter at p (the design re-optimized), r_against(p)
the terrestrial cost per EFLOP of that optimal design's compute, or the other case's optimum at p. If g has the
same sign at both ends of the range there is no break-even in it, and we say so with both ends' figures.
Otherwise bisection (in log p when the range spans more than a factor 10 of positive values) halves the bracket
until its width is within ``rel_tol`` of p; g is assumed to change sign once in the range (the bracket found
holds a crossing in any case).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from synth.errors import InputError, input_error
from synth.resolve import Resolver
from synth.result import Status, provenance
from synth.sweep.spec import ParameterSpec, SweepSpec, current_value, integer_field, validate_paths
from synth.yamlio import write_atomic


@dataclass
class Probe:
    value: float
    orbit_cost_per_eflop_usd: float
    against_cost_per_eflop_usd: float
    status: str

    @property
    def difference(self) -> float:
        return self.orbit_cost_per_eflop_usd - self.against_cost_per_eflop_usd


@dataclass
class Breakeven:
    parameter: str
    against: str
    low: float
    high: float
    found: bool
    value: float | None
    bracket: tuple[float, float] | None
    message: str
    probes: list[Probe] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "provenance": provenance()}


def _valid(case_path: Path, spec: SweepSpec, parameter: str, value: float) -> bool:
    try:
        validate_paths(spec, case_path, {parameter: value})
        return True
    except InputError:
        return False


def bisect_sign(g: Callable[[float], float], lo: tuple[float, float], hi: tuple[float, float], log_scale: bool, rel_tol: float,
                max_probes: int, integer: bool = False) -> tuple[float, float, float]:
    """The root of g between ``lo`` and ``hi`` ((value, g(value)) pairs whose g differ in sign), by bisection (in log
    value when ``log_scale``) until the bracket is within ``rel_tol`` of the value (or 1 apart for an integer), then
    linear interpolation of g inside it: (root, bracket end at lo's side, bracket end at hi's side). ``g`` is called
    with integers when ``integer``."""
    (a, ga), (b, gb) = lo, hi
    probes = 0
    while probes < max_probes and abs(b - a) > rel_tol * max(abs(a), abs(b)) and not (integer and abs(b - a) <= 1):
        mid = math.sqrt(a * b) if log_scale else (a + b) / 2
        mid = int(round(mid)) if integer else mid
        gm = g(mid)
        probes += 1
        if (gm > 0) == (ga > 0):
            a, ga = mid, gm
        else:
            b, gb = mid, gm
    return a + (b - a) * ga / (ga - gb), a, b


def find_breakeven(case_path: str | Path, parameter: str, against: str = "terrestrial", low: float | None = None,
                   high: float | None = None, rel_tol: float = 1e-3, max_probes: int = 60,
                   fixed: dict[str, Any] | None = None) -> Breakeven:
    """``fixed``: overrides applied to the case at every probe (e.g. the --set of a solved result)."""
    case_path, fixed = Path(case_path), dict(fixed or {})
    spec = SweepSpec(base=case_path.name, overrides=fixed, parameters={parameter: ParameterSpec(values=[1.0])})
    integer = integer_field(parameter)
    if low is None or high is None:
        validate_paths(spec, case_path, {})  # the path's shape and entry; the field itself is looked up next
        current = current_value(case_path, parameter, fixed)
        if current is None or current <= 0:
            raise input_error(case_path, parameter, f"has no positive value in the case ({current}); give --range LOW:HIGH")
        if low is None:
            low = current / 100
        if high is None:  # as far as x10, but within the field's own bounds (a fraction stays below 1)
            high = current * 10
            while high > current * (1 + 1e-9) and not _valid(case_path, spec, parameter, high):
                high = current + (high - current) / 2
    if not (math.isfinite(low) and math.isfinite(high)) or low >= high:
        raise input_error("--range", parameter, f"need low < high, got {low} and {high}")
    validate_paths(spec, case_path, {parameter: round(low) if integer else low})
    orbit = Resolver(case_path, fixed)
    other = None if against == "terrestrial" else Resolver(Path(against), {})
    other_takes_param = False
    if other is not None:
        try:
            validate_paths(spec.model_copy(update={"base": Path(against).name}), Path(against), {parameter: low})
            other_takes_param = True
        except Exception:  # the parameter does not exist in the other case: its optimum is fixed
            other_takes_param = False
    parts = parameter.split(".")
    # against the ground: the baseline the parameter belongs to, else the case's headline baseline
    ground_name = parts[1] if parts[0] == "terrestrial" and len(parts) > 1 else None
    log_scale = low > 0 and high / low > 10
    probes: list[Probe] = []
    cached_other: dict[str, float] = {}

    def probe(value: float) -> Probe:
        value = int(round(value)) if integer else value
        found = orbit.solve({parameter: value}).result
        if found.status is not Status.OPTIMAL:
            raise input_error(case_path, parameter, f"at {parameter}={value:g} the case is {found.status.value}: {found.message}")
        if other is None:
            versus = found.terrestrial["baselines"][ground_name or found.terrestrial["baseline"]]["cost_per_eflop_usd"]
        elif other_takes_param or "fixed" not in cached_other:
            theirs = other.solve({parameter: value} if other_takes_param else {}).result
            if theirs.status is not Status.OPTIMAL:
                raise input_error(against, parameter, f"the case compared against is {theirs.status.value}: {theirs.message}")
            versus = theirs.kpi["cost_per_eflop_usd"]
            if not other_takes_param:
                cached_other["fixed"] = versus
        else:
            versus = cached_other["fixed"]
        result = Probe(value, found.kpi["cost_per_eflop_usd"], versus, "optimal")
        probes.append(result)
        return result

    try:
        lo, hi = probe(low), probe(high)
        name = "the terrestrial baseline" if other is None else against
        if lo.difference == 0 or hi.difference == 0:
            hit = lo if lo.difference == 0 else hi
            return Breakeven(parameter, against, low, high, True, hit.value, (hit.value, hit.value), f"break-even at {parameter} = {hit.value:g}", probes)
        if (lo.difference > 0) == (hi.difference > 0):
            side = "above" if lo.difference > 0 else "below"
            message = (f"no break-even in range: orbit stays {side} {name} for {parameter} from {low:g} "
                       f"(${lo.orbit_cost_per_eflop_usd:.4g} vs ${lo.against_cost_per_eflop_usd:.4g} per EFLOP) to {high:g} "
                       f"(${hi.orbit_cost_per_eflop_usd:.4g} vs ${hi.against_cost_per_eflop_usd:.4g}); widen --range")
            return Breakeven(parameter, against, low, high, False, None, None, message, probes)
        by_value = {p.value: p for p in probes}
        value, a, b = bisect_sign(lambda x: (by_value.get(x) or probe(x)).difference, (lo.value, lo.difference), (hi.value, hi.difference),
                                  log_scale, rel_tol, max_probes - len(probes), integer)
        lo, hi = next(p for p in probes if p.value == a), next(p for p in probes if p.value == b)
        upper = hi if hi.value > lo.value else lo  # the probe at the larger parameter value
        message = (f"break-even at {parameter} = {value:.6g} (bracket {min(lo.value, hi.value):.6g} to {max(lo.value, hi.value):.6g}, "
                   f"{len(probes)} re-optimized probes): orbit is cheaper per EFLOP than {name} "
                   f"{'above' if upper.difference < 0 else 'below'} it")
        return Breakeven(parameter, against, low, high, True, value, (min(lo.value, hi.value), max(lo.value, hi.value)), message, probes)
    finally:
        orbit.close()
        if other is not None:
            other.close()


def write_breakeven(result: Breakeven, out_dir: str | Path) -> list[Path]:
    import pandas as pd

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "breakeven.json", json.dumps(result.to_dict(), indent=2, default=str) + "\n")
    probes = pd.DataFrame([{**asdict(p), "difference": p.difference} for p in result.probes])
    write_atomic(out / "probes.csv", probes.to_csv(index=False))
    return [out / "breakeven.json", out / "probes.csv"]
