"""The explorer's solve service: one warm :class:`~synth.resolve.Resolver` per case, requests coalesced.

A slider dragged across its range sends a request per step; solving each in turn would leave the page a dozen
solves behind. :class:`Coalescer` keeps at most one solve running per case: a request that arrives while a solve
runs waits, and when that solve ends only the latest waiting request is solved; every request that waited is
answered with that latest solve (its answer names the state it solved, so the page can tell). A solve that runs
past the time budget (``solver.time_limit_s``) answers with the best design found and its proven gap.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from synth.app.state import BY_KEY, SLIDERS, Preset, overrides
from synth.errors import InputError, input_error

P = TypeVar("P")
R = TypeVar("R")


@dataclass
class Answer(Generic[P, R]):
    """A coalesced solve's outcome: the parameters it solved, its value (or the error it raised), and whether the
    request that receives it was superseded by a later one (``coalesced``)."""

    params: P
    value: R | None
    error: BaseException | None
    coalesced: bool
    generation: int


class Coalescer(Generic[P, R]):
    """Runs ``solve`` for the latest request only while a solve is running (module docstring). Thread-safe; the
    caller's thread runs the solve (one at a time), the others wait on a condition."""

    def __init__(self, solve: Callable[[P], R]) -> None:
        self._solve = solve
        self._cond = threading.Condition()
        self._generation = 0  # of the latest request
        self._latest: tuple[int, P] | None = None
        self._busy = False
        self._done: tuple[int, P, R | None, BaseException | None] | None = None  # the last finished solve
        self.solves = 0  # how many solves ran (a test counts them)

    def request(self, params: P) -> Answer[P, R]:
        with self._cond:
            self._generation += 1
            mine = self._generation
            self._latest = (mine, params)
            while True:
                if self._done is not None and self._done[0] >= mine:
                    done = self._done
                    return Answer(done[1], done[2], done[3], done[0] != mine, done[0])
                if not self._busy:
                    break
                self._cond.wait()
            assert self._latest is not None
            gen, todo = self._latest
            self._busy = True
        value: R | None = None
        error: BaseException | None = None
        try:
            value = self._solve(todo)
        except Exception as exc:  # handed to every waiting request; the service turns it into a message
            error = exc
        finally:
            with self._cond:
                self.solves += 1
                self._busy = False
                self._done = (gen, todo, value, error)
                self._cond.notify_all()
        return Answer(todo, value, error, gen != mine, gen)


@dataclass
class CaseService:
    """One case of the explorer: its file, label, the sliders that apply to it with its own values, and a warm
    Resolver behind a Coalescer."""

    name: str
    path: Path
    label: str
    defaults: dict[str, float | None]  # slider key -> the case's own value (None: unset, e.g. radiator_k)
    time_budget_s: float
    rc: Any = None  # the resolved case (synth.case.ResolvedCase), loaded once for the sliders, ranges and presets
    resolver: Any = None
    coalescer: Coalescer[dict[str, Any], Any] = field(init=False)
    baseline: Any = None  # the Result at the case's own figures
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        from synth.resolve import Resolver

        self.resolver = Resolver(self.path, fixed={"solver.time_limit_s": self.time_budget_s}, explain=True)
        self.coalescer = Coalescer(self._solve)

    def _solve(self, sets: dict[str, Any]) -> Any:
        started = time.perf_counter()
        resolved = self.resolver.solve(sets)
        return resolved.result, resolved.rebuilt, time.perf_counter() - started

    def solve(self, state: dict[str, float], applies: dict[str, set[str]]) -> Answer[dict[str, Any], Any]:
        return self.coalescer.request(overrides(state, applies, self.name))


def load_cases(paths: list[Path], time_budget_s: float) -> tuple[list[CaseService], dict[str, set[str]]]:
    """A service per case file and, per slider, the cases it applies to (the input is among the case's candidates
    or fields); bad files raise InputError (exit 2 from the command)."""
    from synth.case import load_case
    from synth.sweep.spec import value_at

    services: list[CaseService] = []
    applies: dict[str, set[str]] = {s.key: set() for s in SLIDERS}
    seen: set[str] = set()
    for path in paths:
        rc = load_case(path)
        name = rc.case.name
        if name in seen:
            raise input_error(path, "name", f"two cases are named {name!r}; the explorer tells cases apart by name")
        seen.add(name)
        defaults: dict[str, float | None] = {}
        for s in SLIDERS:
            if s.as_list:
                current = getattr(rc.case.options, s.path.split(".")[-1], None)
                defaults[s.key] = float(current[0]) if current and len(current) == 1 else None
                applies[s.key].add(name)
                continue
            try:
                defaults[s.key] = value_at(rc, s.path)
            except InputError:
                continue
            applies[s.key].add(name)
        label = str(getattr(rc.case, "label", None) or name)
        services.append(CaseService(name, Path(path), label, defaults, time_budget_s, rc))
    return services, applies


def ranges(services: list[CaseService]) -> dict[str, dict[str, Any]]:
    """Per slider: the catalog range (the uncertainty set baseline_2026, in the field's unit, per case when it is a
    factor on the case's own value) and its source; the slider's own note where the set has no entry."""
    from synth.montecarlo import uncertainty_set
    from synth.uncertainty import describe

    out: dict[str, dict[str, Any]] = {}
    if not services:
        return out
    try:
        uset = uncertainty_set(services[0].rc, "baseline_2026")
    except InputError:
        uset = None
    for s in SLIDERS:
        d = uset.inputs.get(s.path) if uset is not None else None
        if d is None:
            out[s.key] = {"range": None, "source": s.note or "no stated range", "distribution": None}
            continue
        base = next((c.defaults.get(s.key) for c in services if c.defaults.get(s.key) is not None), None)
        scale = float(base) if d.factor and base is not None else 1.0
        out[s.key] = {"range": [d.low * scale, d.high * scale], "source": d.source, "distribution": describe(d)}
    return out


def presets(services: list[CaseService], catalog_ranges: dict[str, dict[str, Any]]) -> list[Preset]:
    """Today (the cases' own figures), Suncatcher's $200/kg, optimistic and pessimistic (every input at the end of
    its catalog range that favours, or hurts, the orbit), and the published analyses of validation/."""
    def clip(key: str, value: float) -> float:
        s = BY_KEY[key]
        return min(max(value, s.low), s.high)

    per_kg_vehicles: dict[str, float] = {}  # per-launch slider key -> quoted payload (kg) of its vehicle
    for c in services:
        for s in SLIDERS:
            if s.path.startswith("launch_vehicles.") and s.path.endswith("price_per_launch_usd") and s.key in c.defaults:  # the slider applies
                entry = c.rc.entries["launch_vehicles"][s.path.split(".")[1]]
                payload = getattr(entry, "price_quoted_payload_kg", None)
                if payload:
                    per_kg_vehicles[s.key] = float(payload)

    def at_per_kg(usd_per_kg: float) -> dict[str, float]:
        values = {"starship": clip("starship", usd_per_kg)}
        values.update({k: clip(k, usd_per_kg * kg) for k, kg in per_kg_vehicles.items()})
        return values

    ends: dict[str, dict[str, float]] = {"optimistic": {}, "pessimistic": {}}
    for s in SLIDERS:
        r = catalog_ranges.get(s.key, {}).get("range")
        if r is None or s.better is None:
            continue
        good, bad = (r[0], r[1]) if s.better == "low" else (r[1], r[0])
        ends["optimistic"][s.key] = clip(s.key, good)
        ends["pessimistic"][s.key] = clip(s.key, bad)
    return [
        Preset("today", "today (the cases' own figures)", {}, "the shipped catalogs and case files"),
        Preset("suncatcher_200", "Suncatcher's $200/kg launch", at_per_kg(200.0),
               "Google Project Suncatcher (arXiv 2511.19468 sec. 4.4, Table 1): the 'potential' launch price of $200/kg; per-launch "
               "vehicles priced at $200/kg of the payload their price is quoted for"),
        Preset("optimistic", "optimistic (every input at its catalog range's end that favours orbit)", ends["optimistic"],
               "uncertainty set baseline_2026 (synth/catalogs/uncertainty.yaml): 5th or 95th percentile, or the range's end"),
        Preset("pessimistic", "pessimistic (every input at its catalog range's end that hurts orbit)", ends["pessimistic"],
               "uncertainty set baseline_2026 (synth/catalogs/uncertainty.yaml): 5th or 95th percentile, or the range's end"),
        Preset("suncatcher_paper", "Suncatcher's launched-power analysis (validation/suncatcher_launched_power.yaml)",
               {**at_per_kg(200.0), "life": 5.0, "electricity": 0.06},
               "arXiv 2511.19468 sec. 4.4: $200/kg potential launch price, 5-year life, terrestrial power $0.06-0.25/kWh (low end)"),
        Preset("starcloud_paper", "Starcloud white paper (validation/starcloud_cost_comparison.yaml)",
               {**at_per_kg(50.0), "life": 10.0, "electricity": 0.04},
               "Starcloud white paper Table 1: a ~$5M launch of ~100 t ($50/kg), 10 years, electricity $0.04/kWh"),
        Preset("epoch_tco", "Epoch AI's data-center cost of ownership (validation/epoch_ai_tco.yaml)", {"life": 5.0},
               "Epoch AI, AI data-center cost breakdown (14 May 2026): 5-year IT life"),
    ]

