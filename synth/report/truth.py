"""What would have to be true for an architecture to beat the ground, and the modelling check of its buses: data the
report lays out (JSON-able; :func:`what_would_be_true` is the entry point).

**Break-even of each key input, re-optimized.** A lever moves one input (or a few together) along a one-parameter
path x, from today's value x0 towards an extreme x1; at each probe the design is re-optimized and the ground prices
the same inputs, so the break-even x* solves

    g(x) = r_orbit(x) - min_b r_b(x) = 0      (USD per delivered EFLOP)

with r_orbit(x) the architecture's optimal levelized cost per delivered EFLOP with the lever at x (the design
re-optimized, exact MILP) and r_b(x) the cost per EFLOP of that design's compute at ground baseline b
(``terrestrial.baselines[b].cost_per_eflop_usd`` of the probe's result: the ground moves when the compute price or
the failure rate moves); the cheapest baseline is recorded at each probe. Method: g(x0) comes from today's optimum;
if g(x0) <= 0 the orbit is already cheaper ("already"); else the extreme x1 is probed first (one solve): g(x1) > 0
means no break-even in the range ("never", with the costs at x1); else bisection between x0 and x1
(:func:`synth.breakeven.bisect_sign`, in log x for the factor levers, linear otherwise) until the bracket is within
``TOL`` (1 %) of x, then linear interpolation of g inside it. A probe that is not optimal (infeasible, a limit) or
a value the schema refuses is recorded and ends that lever ("infeasible"), never raises.

The levers (x a factor on today's figures unless stated; ``LEVER_FLOOR`` = 0.001):

    launch price                  every offered vehicle's price_per_kg_usd and price_per_launch_usd x f, f in [0.001, 1]
    spacecraft hardware price     buses' unit price (price_usd, top_down.price_usd_per_w, or the cost model's first unit or
                                  reference lot: synth.roadmap.bus_prices), solar arrays' price_usd_per_m2, radiators'
                                  price_usd_per_m2, batteries' price_usd_per_kwh x f, f in [0.001, 1]
    compute hardware price        every offered compute module's price_usd x f, f in [0.001, 1] (the ground pays it too)
    design life                   requirements.design_life_years = L, L in [L0, min(3 L0, the schema's maximum)] (years);
                                  a bus rated for less than L is taken as rated for L (at today's price): otherwise no
                                  longer life is possible on today's catalog
    failure rate                  every compute module's annual_failure_rate and failures_per_krad x f, f in [0.01, 1]
    orbital cost of capital       economics.discount_rate = r, r from today's r0 down to the least WACC of the case's
                                  ground baselines (the orbit financed as cheaply as the ground; per year)
    launch and hardware price     both price levers above x the same f, f in [0.001, 1]
    design life and failure rate  life L0 s and failure rates x 1/s together, s in [1, s1] with s1 = the design life
                                  lever's L1 / L0 (hardware that fails less lasting longer: one factor s)

**Launch-price floor**: the launch lever's extreme probe (launch x0.001, re-optimized): its cost per EFLOP, its four
largest cost items (USD) and its ratio to the cheapest ground r_orbit(0.001) / min_b r_b(0.001).

**Modelling check**: buses are modelled bottom-up (bus, arrays, radiators, batteries priced part by part) or top-down
(``top_down``: all-in W/kg and $/W; synth.subsystems.buses). When the case offers both kinds, the case is re-solved
with ``options.buses`` restricted to the offered buses of each kind, and both optima are reported (cost per EFLOP,
the buses chosen, the ratio to the cheapest ground): "modelled bottom-up; the top-down estimate gives $X".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from synth.breakeven import bisect_sign
from synth.case import ResolvedCase
from synth.errors import SynthError
from synth.fmt import usd
from synth.progress import Progress
from synth.resolve import Resolver
from synth.result import Status
from synth.roadmap import LEVER_FLOOR, bus_prices, launch_prices

#: the relative width of the bracket at which a break-even is stated
TOL = 0.01
#: the least factor of the failure-rate lever (failure rates x1/100)
FAILURE_FLOOR = 0.01
#: the design life lever's reach: at most this many times today's life (and the schema's maximum)
LIFE_REACH = 3.0
#: the most probes a bisection may add (a 1 % bracket over x0.001-x1 takes about 10)
MAX_BISECTION_PROBES = 40
#: the cost items the launch-price floor names
FLOOR_ITEMS = 4


@dataclass
class Lever:
    """One path x -> overrides, from today's x0 (``today``) to the extreme x1 (``extreme``)."""

    key: str
    label: str
    unit: str
    today: float
    extreme: float
    log_scale: bool
    overrides: Callable[[float], dict[str, Any]]
    note: str = ""

    @property
    def direction(self) -> str:
        return "down" if self.extreme < self.today else "up"

    def describe(self, x: float) -> str:
        """``x`` in words: ``x0.12`` for a factor, ``8.3 years``, ``0.07 per year``."""
        return f"x{x:.3g}" if self.unit.startswith("x") else f"{x:.3g} {self.unit}"


def _scaled(fields: dict[str, float], f: float) -> dict[str, float]:
    return {k: v * f for k, v in fields.items()}


def hardware_prices(rc: ResolvedCase) -> dict[str, float]:
    """The spacecraft hardware prices the hardware lever scales (dotted path -> today's value): the buses'
    (synth.roadmap.bus_prices), solar arrays' and radiators' price per m2, batteries' price per kWh."""
    out = dict(bus_prices(rc))
    for kind, field in (("solar_arrays", "price_usd_per_m2"), ("radiators", "price_usd_per_m2"), ("batteries", "price_usd_per_kwh")):
        out.update({f"{kind}.{k}.{field}": getattr(e, field) for k, e in rc.entries.get(kind, {}).items() if getattr(e, field) > 0})
    return out


def compute_prices(rc: ResolvedCase) -> dict[str, float]:
    return {f"compute.{c}.price_usd": m.price_usd for c, m in rc.entries["compute"].items() if m.price_usd > 0}


def failure_rates(rc: ResolvedCase) -> dict[str, float]:
    """Every offered compute module's annual_failure_rate (1/yr) and failures_per_krad (1/krad), each when above 0."""
    out = {}
    for c, m in rc.entries["compute"].items():
        for field in ("annual_failure_rate", "failures_per_krad"):
            if getattr(m, field) > 0:
                out[f"compute.{c}.{field}"] = getattr(m, field)
    return out


def _field_max(model: Any, name: str) -> float:
    """The upper bound (le or lt) of a pydantic field, infinity when it has none."""
    for bound in type(model).model_fields[name].metadata:
        for attr in ("le", "lt"):
            if getattr(bound, attr, None) is not None:
                return float(getattr(bound, attr))
    return math.inf


def life_overrides(rc: ResolvedCase, life: float) -> dict[str, Any]:
    """Design life ``life`` (years), every bus rated for less taken as rated for it."""
    over: dict[str, Any] = {"requirements.design_life_years": life}
    for k, bus in rc.entries["buses"].items():
        if bus.rated_life_years is not None and bus.rated_life_years < life:
            over[f"buses.{k}.rated_life_years"] = life
    return over


def levers(rc: ResolvedCase) -> list[Lever]:
    """The levers of the module docstring for this case; a lever with nothing to scale is left out."""
    launch, hardware, compute, failures = launch_prices(rc), hardware_prices(rc), compute_prices(rc), failure_rates(rc)
    life0 = rc.case.requirements.design_life_years
    life1 = min(LIFE_REACH * life0, _field_max(rc.case.requirements, "design_life_years"))
    rate0 = rc.case.economics.discount_rate
    rate1 = min(site.wacc for site in rc.terrestrials.values())
    floors = [site for site, t in rc.terrestrials.items() if t.wacc == rate1]
    rated = "; a bus rated for less is taken as rated for it (at today's price)"
    out = [
        Lever("launch_price", "launch price", "x today's", 1.0, LEVER_FLOOR, True, lambda f: _scaled(launch, f),
              "every offered vehicle's price per kg and per launch"),
        Lever("hardware_price", "spacecraft hardware price", "x today's", 1.0, LEVER_FLOOR, True, lambda f: _scaled(hardware, f),
              "buses or platforms, solar arrays, radiators and batteries"),
        Lever("compute_price", "compute hardware price", "x today's", 1.0, LEVER_FLOOR, True, lambda f: _scaled(compute, f),
              "every offered compute module; the ground buys it too"),
        Lever("design_life", "design life", "years", life0, life1, False, lambda life: life_overrides(rc, life),
              f"up to {life1:g} years (x{LIFE_REACH:g} or the schema's maximum){rated}"),
        Lever("failure_rate", "failure rate", "x today's", 1.0, FAILURE_FLOOR, True, lambda f: _scaled(failures, f),
              "every compute module's annual failure rate and failures per krad"),
        Lever("cost_of_capital", "orbital cost of capital", "per year", rate0, rate1, False, lambda r: {"economics.discount_rate": r},
              f"the orbit's discount rate down to the ground's least WACC ({', '.join(floors)})"),
        Lever("launch_and_hardware_price", "launch and spacecraft hardware price", "x today's", 1.0, LEVER_FLOOR, True,
              lambda f: {**_scaled(launch, f), **_scaled(hardware, f)}, "launch and spacecraft hardware prices x the same factor"),
        Lever("life_and_failure_rate", "design life and failure rate", "x today's life", 1.0, life1 / life0, False,
              lambda s: {**life_overrides(rc, life0 * s), **_scaled(failures, 1.0 / s)},
              f"design life x s and failure rates x 1/s together, s up to {life1 / life0:g}{rated}"),
    ]
    empty = {"launch_price": not launch, "hardware_price": not hardware, "compute_price": not compute, "failure_rate": not failures,
             "launch_and_hardware_price": not (launch or hardware), "life_and_failure_rate": False, "design_life": False,
             "cost_of_capital": False}
    return [lever for lever in out if not empty[lever.key]]


def cheapest_ground(result: Any) -> tuple[str, float]:
    """(baseline, cost per EFLOP) of the cheapest ground baseline of a result (a Result or its dict)."""
    baselines = (result["terrestrial"] if isinstance(result, dict) else result.terrestrial)["baselines"]
    name = min(baselines, key=lambda b: baselines[b]["cost_per_eflop_usd"])
    return name, float(baselines[name]["cost_per_eflop_usd"])


class _NotOptimal(Exception):
    def __init__(self, probe: dict[str, Any]) -> None:
        super().__init__(probe.get("message", ""))
        self.probe = probe


class _Prober:
    """The re-solves of one architecture: one Resolver, one progress step per solve, each probe recorded."""

    def __init__(self, rc: ResolvedCase, progress: Progress) -> None:
        assert rc.file is not None  # the report loads its cases from files
        self.rc, self.progress = rc, progress
        self.resolver = Resolver(rc.file, rc.set_overrides)
        self.solves = 0

    def solve(self, overrides: dict[str, Any], note: str) -> tuple[dict[str, Any], Any]:
        """(probe record, the Result or None): status, cost per EFLOP, the cheapest ground and its baseline."""
        self.progress.add_total(1)
        self.solves += 1
        try:
            found = self.resolver.solve(overrides).result
        except SynthError as exc:  # a value the schema refuses
            self.progress.step(f"{self.rc.name}: {note}")
            return {"status": "error", "message": str(exc)}, None
        self.progress.step(f"{self.rc.name}: {note}")
        if found.status is not Status.OPTIMAL:
            reason = "; ".join(d.message for d in found.diagnosis) or found.message
            return {"status": found.status.value, "message": reason}, found
        baseline, ground = cheapest_ground(found)
        return {"status": "optimal", "cost_per_eflop_usd": float(found.kpi["cost_per_eflop_usd"]), "ground_per_eflop_usd": ground,
                "ground_baseline": baseline}, found

    def close(self) -> None:
        self.resolver.close()


def _lever_entry(prober: _Prober, lever: Lever, today: dict[str, Any], extreme_result: dict[str, Any] | None = None) -> dict[str, Any]:
    """One lever's break-even (module docstring). ``extreme_result`` receives the extreme probe's Result (key
    ``result``) when it is optimal."""
    points: list[dict[str, Any]] = []
    solves = prober.solves

    def probe(x: float) -> dict[str, Any]:
        record, found = prober.solve(lever.overrides(x), f"{lever.label} {lever.describe(x)}")
        record = {"value": x, **record}
        points.append(record)
        if record["status"] != "optimal":
            raise _NotOptimal(record)
        if extreme_result is not None and x == lever.extreme:
            extreme_result["result"] = found
        return record

    entry: dict[str, Any] = {"lever": lever.key, "label": lever.label, "unit": lever.unit, "direction": lever.direction, "note": lever.note,
                             "today": lever.today, "extreme": lever.extreme, "breakeven": None, "bracket": None,
                             "cost_today_per_eflop_usd": today["cost_per_eflop_usd"], "ground_today_per_eflop_usd": today["ground_per_eflop_usd"],
                             "ground_today_baseline": today["ground_baseline"], "cost_at_extreme_per_eflop_usd": None,
                             "ground_at_extreme_per_eflop_usd": None, "ground_at_extreme_baseline": None}
    g0 = today["cost_per_eflop_usd"] - today["ground_per_eflop_usd"]

    def finish(status: str, message: str) -> dict[str, Any]:
        entry.update(status=status, message=message, probes=prober.solves - solves, points=points)
        return entry

    if g0 <= 0:
        return finish("already", f"the orbit is already cheaper than the ground ({usd(today['cost_per_eflop_usd'], 3)} against "
                                 f"{usd(today['ground_per_eflop_usd'], 3)} per EFLOP, {today['ground_baseline']}) at today's {lever.label}")
    if lever.extreme == lever.today or (lever.direction == "down") != (lever.extreme < lever.today):
        return finish("not_applicable", f"today's {lever.label} ({lever.describe(lever.today)}) is already at the end of its range")
    try:
        far = probe(lever.extreme)
        entry.update(cost_at_extreme_per_eflop_usd=far["cost_per_eflop_usd"], ground_at_extreme_per_eflop_usd=far["ground_per_eflop_usd"],
                     ground_at_extreme_baseline=far["ground_baseline"])
        g1 = far["cost_per_eflop_usd"] - far["ground_per_eflop_usd"]
        if g1 > 0:
            return finish("never", f"with {lever.label} at {lever.describe(lever.extreme)} the orbit still costs "
                                   f"{usd(far['cost_per_eflop_usd'], 3)} per EFLOP against the ground's {usd(far['ground_per_eflop_usd'], 3)} "
                                   f"({far['ground_baseline']})")

        def g(x: float) -> float:
            p = probe(x)
            return float(p["cost_per_eflop_usd"] - p["ground_per_eflop_usd"])

        root, a, b = bisect_sign(g, (lever.extreme, g1), (lever.today, g0), lever.log_scale, TOL, MAX_BISECTION_PROBES)
    except _NotOptimal as exc:
        return finish("infeasible", f"with {lever.label} at {lever.describe(exc.probe['value'])} the case is {exc.probe['status']}: "
                                    f"{exc.probe.get('message', '')}")
    entry.update(breakeven=root, bracket=[min(a, b), max(a, b)])
    side = "below" if lever.direction == "down" else "above"
    return finish("crosses", f"the orbit matches the ground at {lever.label} {lever.describe(root)} (today {lever.describe(lever.today)}; "
                             f"cheaper {side} it; {prober.solves - solves} re-optimized probes)")


def launch_floor(prober: _Prober, lever: Lever, entry: dict[str, Any], found: Any) -> dict[str, Any]:
    """The launch lever's extreme probe (``found``, its Result) as the launch-price floor: cost per EFLOP, largest
    items, ratio to the ground. Solved here only when the lever did not probe its extreme (the orbit already cheaper)."""
    record = next((p for p in entry["points"] if p["value"] == lever.extreme), None)
    if record is None:
        record, found = prober.solve(lever.overrides(lever.extreme), f"{lever.label} {lever.describe(lever.extreme)}")
    out: dict[str, Any] = {"factor": lever.extreme, "status": record["status"], "cost_per_eflop_usd": record.get("cost_per_eflop_usd"),
                           "ground_per_eflop_usd": record.get("ground_per_eflop_usd"), "ground_baseline": record.get("ground_baseline"),
                           "cost_today_per_eflop_usd": entry["cost_today_per_eflop_usd"], "ratio_to_ground": None, "top_items_usd": {}}
    if record["status"] != "optimal" or found is None:
        out["message"] = record.get("message", "")
        return out
    items = found.budgets["cost_usd"]
    out["top_items_usd"] = dict(sorted(((k, float(v)) for k, v in items.items() if k != "total" and v > 0), key=lambda kv: -kv[1])[:FLOOR_ITEMS])
    out["ratio_to_ground"] = out["cost_per_eflop_usd"] / out["ground_per_eflop_usd"] if out["ground_per_eflop_usd"] else None
    return out


def bus_kinds(rc: ResolvedCase) -> dict[str, list[str]]:
    """The offered buses by kind: ``bottom_up`` (no top_down block) and ``top_down``; a kind with none is left out."""
    out: dict[str, list[str]] = {}
    for k, bus in rc.entries["buses"].items():
        out.setdefault("bottom_up" if bus.top_down is None else "top_down", []).append(k)
    return out


def modelling_check(prober: _Prober, rc: ResolvedCase, result: dict[str, Any]) -> dict[str, Any]:
    """Top-down against bottom-up (module docstring): each offered kind's optimum, re-solved with only its buses."""
    kinds = bus_kinds(rc)
    chosen = {k: n for k, n in (result["design"].get("satellites_by_bus") or {}).items() if n}
    used = sorted({kind for kind, names in kinds.items() if any(k in chosen for k in names)})
    out: dict[str, Any] = {"kinds_offered": sorted(kinds), "modelled": used[0] if len(used) == 1 else "mixed" if used else None,
                           "chosen_buses": chosen, "check_possible": len(kinds) > 1, "by_kind": {}}
    if len(kinds) < 2:
        (kind,) = kinds
        out["note"] = f"only {kind.replace('_', '-')} buses are offered ({', '.join(kinds[kind])}): no check is possible from its catalog"
        return out
    for kind, names in sorted(kinds.items()):
        record, found = prober.solve({"options.buses": names}, f"{kind.replace('_', '-')} buses only")
        row: dict[str, Any] = {"buses_offered": names, **record}
        if found is not None and record["status"] == "optimal":
            row["chosen_buses"] = {k: n for k, n in found.design.satellites_by_bus.items() if n}
            row["ratio_to_ground"] = record["cost_per_eflop_usd"] / record["ground_per_eflop_usd"]
        out["by_kind"][kind] = row
    return out


def what_would_be_true(rc: ResolvedCase, result: dict[str, Any], progress: Progress | None = None) -> dict[str, Any]:
    """What would have to be true for this architecture (``rc`` and its optimal ``result`` dict) to beat the ground,
    and the modelling check (module docstring); one step of ``progress`` per re-optimization. Returns (JSON-able):

    - ``ground_baseline``, ``ground_per_eflop_usd``, ``cost_per_eflop_usd``: today's cheapest baseline, its cost and
      the orbit's (USD per EFLOP);
    - ``levers``: one dict per lever: ``lever`` (key), ``label``, ``unit`` ("x today's", "years", "per year",
      "x today's life"), ``direction`` ("down"/"up"), ``note``, ``today`` (x0), ``extreme`` (x1), ``status``
      ("already": cheaper today; "crosses": ``breakeven`` x* found, ``bracket`` [lo, hi] of width <= 1 %; "never":
      still dearer at x1; "infeasible": a probe was not optimal, ``message`` says which and why; "not_applicable":
      x0 is already at x1), ``breakeven`` (x*, in the lever's unit, or None), ``message`` (one sentence),
      ``cost_today_per_eflop_usd``, ``ground_today_per_eflop_usd``, ``ground_today_baseline``,
      ``cost_at_extreme_per_eflop_usd``, ``ground_at_extreme_per_eflop_usd``, ``ground_at_extreme_baseline`` (None
      unless x1 was solved), ``probes`` (re-optimizations made), ``points`` (each probe: ``value``, ``status``,
      ``cost_per_eflop_usd``, ``ground_per_eflop_usd``, ``ground_baseline``, or ``message`` when not optimal);
    - ``launch_floor``: None, or ``factor`` (0.001), ``status``, ``cost_per_eflop_usd``, ``ground_per_eflop_usd``,
      ``ground_baseline``, ``ratio_to_ground``, ``top_items_usd`` (the 4 largest cost items, USD),
      ``cost_today_per_eflop_usd`` (``message`` when not optimal): the launch lever's extreme probe, solved once;
    - ``modelling``: ``kinds_offered`` (["bottom_up", "top_down"] or one), ``modelled`` (the kind of today's chosen
      buses, or "mixed"), ``chosen_buses`` {bus: satellites}, ``check_possible``, ``note`` (when only one kind),
      ``by_kind`` {kind: {``buses_offered``, ``status``, ``cost_per_eflop_usd``, ``ground_per_eflop_usd``,
      ``ground_baseline``, ``ratio_to_ground``, ``chosen_buses``} or ``message`` when not optimal}.
    """
    progress = progress or Progress("", quiet=True)
    baseline, ground = cheapest_ground(result)
    today = {"cost_per_eflop_usd": float(result["kpi"]["cost_per_eflop_usd"]), "ground_per_eflop_usd": ground, "ground_baseline": baseline}
    prober = _Prober(rc, progress)
    out: dict[str, Any] = {"ground_baseline": baseline, "ground_per_eflop_usd": ground, "cost_per_eflop_usd": today["cost_per_eflop_usd"],
                           "levers": [], "launch_floor": None}
    try:
        for lever in levers(rc):
            extreme: dict[str, Any] = {}
            entry = _lever_entry(prober, lever, today, extreme if lever.key == "launch_price" else None)
            out["levers"].append(entry)
            if lever.key == "launch_price":
                out["launch_floor"] = launch_floor(prober, lever, entry, extreme.get("result"))
        out["modelling"] = modelling_check(prober, rc, result)
    finally:
        prober.close()
    return out
