"""The roadmap as one MILP: a trajectory of IT power in service met, year by year, at least present-value cost.

Periods t = y0..y1 (years). Period t's block ``m.period[t]`` is the case's whole design model at that year's prices,
cadence and hardware (:func:`synth.roadmap.year_overrides`, built by :func:`synth.model.core.build_design`): the
cohort launched in year t, which keeps its design, hardware generation and prices for life. In each block the scale
row is dropped (a cohort may be empty), the scale's upper end is P_max = max(case max, 2 max_t D_t), the cadence row
holds the year's launches (``limits.deployment_years`` = 1), and the time to power is counted by the clock below,
not by the block's delay factor.

Linking rows, with n_tau[c,o,h] the modules of cohort tau, p_c their IT power (kW), lambda_c,o,h their failure rate
(1/yr), L the design life (years) and a the orbit's years to power (``economics.time_to_power_years``):

    in service       S_t = sum_{tau in W(t)} sum_{c,o,h} q_c exp(-lambda_c,o,h (t - tau)) n_tau[c,o,h],
                     W(t) = {tau <= t : t - tau < L}            (a cohort serves from its year and retires at life's end)
    demand           S_t + short_t >= D_t   (short_t = 0, relaxed only to diagnose an unmet demand)  row demand[t]

with q_c = p_c (kW of IT per module) for a demand of IT power (``roadmap.demand_mw``, D_t in kW), or q_c the module's
dense BF16 peak (TFLOP/s) for a demand of working compute (``roadmap.demand_pflops``, D_t in TFLOP/s): the second
makes each cohort's hardware generation count, where IT power alone would buy the cheapest watts.
    first power      IT_tau = 0  for tau < y0 + ceil(a)   (a programme decided in y0 has no compute before)  row not_yet[tau]

Objective, the present value at y0 (MUSD):

    PV = sum_t (1 + r)^-(t - y0) COST_t  +  c_ops (A(y1 - y0 + L, r) - A(L, r))

with COST_t the block's total (its present value in year t), r the orbital cost of capital (``economics.discount_rate``),
A the annuity years (:func:`synth.physics.economics.annuity_years`) and c_ops the fixed operations per year: the
programme's fixed costs (NRE, ground segment, fixed operations over a life) are in period y0's block only, and the
fixed operations after that life are the constant term. A one-year roadmap is the case's own total-cost model.

Learning on the programme's own decisions (the scenario's ``own_experience``, with a cadence limit to bound the
cohorts): the launch price of period t falls with the mass the programme launched before t, Q_t = sum_{tau < t}
MASS_tau (t), by f_t(Q) = ((M_t + Q) / M_t)^b (Wright's law, M_t the industry's cumulative launched mass in year t,
b = log2 LR); a learning bus's unit price by g(U) = a(LR, p + U, n) / a(LR, p, n), with U its units built before t
and a the lot-average factor of :mod:`synth.physics.costs`. A price that moves with the design's own quantity, times
that quantity, is bilinear; it is held per segment [B_k, B_k+1] of Q, with breakpoints B_0 = 0 < B_1 < ... where the
price has fallen by the factor 1 + epsilon (``roadmap.learning_error``), at the segment's end (its lowest):

    z_t,k in {0,1},   sum_k z_t,k = 1,   sum_k B_k z_t,k <= Q_t <= sum_k B_k+1 z_t,k              rows segment_*
    X_t = sum_k x_t,k,   0 <= x_t,k <= U_t z_t,k,   Y_t = sum_k f(B_k+1) x_t,k                 rows split, on_segment, learned

with X_t the cohort's cost at the year's industry price (MUSD), U_t >= X_t its bound from the year's cadence, and
Y_t (the learned cost) replacing X_t in the block's cost, insurance and contingency: the cost is piecewise linear in
the cohort's own quantity, one slope per segment, and with z relaxed Y_t >= f(B_K) X_t still holds (a tight
relaxation). Every design's model cost is at most its true cost and at least its true cost / (1 + epsilon) on the
learned items, so the model's optimum bounds the true optimum V* from below.

Solving (:func:`solve_roadmap_model`): bound, repair, reprice. (1) The model with the fine counts (compute modules,
terminals: ``Subsystem.fine_counts``) continuous gives the bound V_low <= V* (HiGHS's dual bound). (2) Each cohort's
orbit, shielding and learning segments are fixed at that solution and the counts made whole again: a design. (3) The
design is repriced exactly (f at its true Q), true(found) >= V*, and its proven gap is
(true(found) - V_low) / true(found).
"""

from __future__ import annotations

import math
import time
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyomo.core as pyo

from synth import tolerances
from synth.case import ResolvedCase, load_case
from synth.errors import input_error
from synth.model.core import DesignModel, build_design
from synth.model.data import MUSD, model_data
from synth.physics import costs
from synth.physics.economics import annuity_years
from synth.result import Status

if TYPE_CHECKING:  # pragma: no cover - typing only
    from synth.roadmap import YearOverrides

#: what a demand may count: unit -> (the case field that holds it, what it is in words)
DEMAND_UNITS = {"mw": ("demand_mw", "IT power in service (MW)"),
                "pflops": ("demand_pflops", "working compute in service (PFLOP/s at dense BF16 peak)")}
#: the unit as printed
DEMAND_LABELS = {"mw": "MW", "pflops": "PFLOP/s"}

#: breakpoints of one learning curve beyond which the model would be slow and the error bound loose: raise
#: roadmap.learning_error instead
MAX_SEGMENTS = 200

#: the relative gap at which the whole-count repair may stop (the design's proven gap is then measured against the
#: relaxed bound, so it is stated either way)
REPAIR_GAP = 5e-3


def demand_at(points: dict[int, float], year: int) -> float:
    """D(year) (MW): 0 before the first year given, linear between the years given, flat after the last."""
    if not points:
        return 0.0
    years = sorted(points)
    if year < years[0]:
        return 0.0
    if year >= years[-1]:
        return points[years[-1]]
    i = bisect_right(years, year)
    a, b = years[i - 1], years[i]
    return points[a] + (points[b] - points[a]) * (year - a) / (b - a)


def breakpoints(factor: Callable[[float], float], q_max: float, epsilon: float, integer: bool = False) -> list[float]:
    """B_0 = 0 < B_1 < ... < B_K = q_max, each B_k+1 the largest quantity where the price has fallen by at most the
    factor 1 + epsilon from B_k: factor(B_k) / factor(B_k+1) <= 1 + epsilon (equal up to the bisection's resolution;
    on whole units when the quantity is a count). ``factor`` is decreasing with factor(0) = 1."""
    points = [0.0]
    while points[-1] < q_max:
        start = points[-1]
        target = factor(start) / (1.0 + epsilon)
        if factor(q_max) >= target:
            points.append(float(q_max))
            break
        lo, hi = start, float(q_max)  # factor(lo) >= target > factor(hi): B_k+1 lies in [lo, hi)
        while hi - lo > (1.0 if integer else 1e-9 * max(1.0, hi)):
            mid = math.floor((lo + hi) / 2.0) if integer else (lo + hi) / 2.0
            if factor(mid) >= target:
                lo = mid
            else:
                hi = mid
        points.append(max(lo, start + 1.0) if integer else lo)
        if len(points) > MAX_SEGMENTS + 1:
            raise ValueError(f"more than {MAX_SEGMENTS} learning segments: raise roadmap.learning_error")
    return points


def first_power_year(first: int, time_to_power_years: float) -> int:
    """The first whole year with power for a programme decided in ``first``: first + ceil(a) (a in years); shared by
    the orbit's cohorts and the ground's sites (:func:`synth.roadmap.ground_clock`)."""
    return first + math.ceil(time_to_power_years - tolerances.INTEGER_GUARD)


def launch_factor(industry_mass_t: float, learning_rate: float) -> Callable[[float], float]:
    """f(Q) = ((M + Q) / M)^log2(LR): the launch price after the programme's own Q tonnes, relative to the year's."""
    b = math.log2(learning_rate)
    return lambda q: ((industry_mass_t + q) / industry_mass_t) ** b


def bus_factor(learning_rate: float, prior_units: int, lot_units: int, most_units: int) -> Callable[[float], float]:
    """g(U) = a(LR, p + U, n) / a(LR, p, n): a learning bus's unit price after U own units (0 <= U <= ``most_units``),
    relative to the year's; a(LR, p, n) = (S(p + n) - S(p)) / n with S(N) = sum_{j<=N} j^b, one cumulative sum."""
    b = costs.learning_exponent(learning_rate)
    cumulative = np.concatenate(([0.0], np.cumsum(np.power(np.arange(1, prior_units + lot_units + most_units + 1, dtype=np.float64), b))))

    def average(p: int) -> float:
        return float(cumulative[p + lot_units] - cumulative[p]) / lot_units

    base = average(prior_units)
    return lambda u: average(prior_units + int(round(u))) / base


@dataclass
class Learned:
    """One learned cost item of one period: its cost at the year's price X (MUSD), the learned cost variable Y, the
    bound U >= X, the own quantity before the period Q (an expression over earlier periods), the price factor f(Q)."""

    period: int
    bus: str  # the learning bus's name, or "" for the launch price
    cost: Any  # X
    learned: Any  # Y
    bound: float  # U (MUSD)
    factor: Callable[[float], float]
    per_launch: float  # most of the quantity one launch carries (t, or units)
    q_max: float = 0.0  # most of the quantity the programme can have built before the period
    quantity: Any = None  # Q_t, set once every period is built
    points: list[float] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"bus[{self.bus}]" if self.bus else "launch"

    @property
    def integer(self) -> bool:
        """A bus's quantity is whole units; the launched mass (t) is not."""
        return bool(self.bus)


@dataclass
class Period:
    """One year's cohort: its resolved case and its design model (built into ``m.period[t]``)."""

    year: int
    rc: ResolvedCase
    dm: DesignModel
    first_power: bool  # whether the programme may have compute in service this year
    launch_price_factor: float  # the year's launch price over the case's, from the industry's experience (year_overrides)
    launch_limits: dict[str, str] = field(default_factory=dict)  # launch family -> what holds its flights that year (pads, fleet, ...)


@dataclass
class RoadmapModel:
    """The built multi-period model, its periods and learned items, and what the objective adds as a constant."""

    model: pyo.ConcreteModel
    periods: dict[int, Period]
    learned: list[Learned]
    need: dict[int, float]  # the demand by year in the model's unit: kW of IT, or TFLOP/s of working compute (unit)
    constant_musd: float
    epsilon: float
    discount_rate: float
    unit: str = "mw"  # what the demand counts (DEMAND_UNITS)


def period_overrides(rc: ResolvedCase, scenario: Any, year: int, first: int, compute: dict[str, Any], p_max_mw: float) -> YearOverrides:
    """The overrides of period ``year``'s block: the year's prices, cadence and hardware (the industry's experience
    only: the programme's own enters through the learning rows), a scale up to ``p_max_mw``, one year of launches,
    and the programme's fixed costs in the first period only (module docstring)."""
    from synth.roadmap import year_overrides

    year_over = year_overrides(rc, scenario, year, compute, None)
    over = year_over.overrides
    over["requirements.it_power_mw"] = {"min": p_max_mw * 1e-9, "max": p_max_mw}  # min: its row is dropped
    over["limits.deployment_years"] = 1.0
    over["economics.include_time_to_power"] = False
    if year != first:
        over.update({"economics.nre_usd": 0.0, "economics.ground_segment_usd": 0.0, "economics.operations_usd_per_year": 0.0})
    return year_over


def build_roadmap_model(case_path: str | Path, rc: ResolvedCase, scenario: Any, years: tuple[int, int], compute: dict[str, Any],
                        demand: dict[int, float], epsilon: float, unit: str = "mw") -> RoadmapModel:
    """Every period's block, the learning rows, the demand rows and the present-value objective (module docstring).
    ``demand`` is in MW of IT (``unit`` "mw") or in PFLOP/s of working compute at dense peak (``unit`` "pflops")."""
    first, last = years
    field_name, what = DEMAND_UNITS[unit]
    peak = max((demand_at(demand, y) for y in range(first, last + 1)), default=0.0)
    if peak <= 0:
        raise input_error(case_path, f"roadmap.{field_name}", f"no demand within {first}-{last}: give {what} for a year of the horizon")
    if unit == "mw":
        p_max = min(max(rc.case.requirements.it_power_mw.max, 2.0 * peak), 1e6)
    else:  # the least IT that holds twice the peak compute, on the least efficient module the case may fly
        modules = [compute[c] for c in rc.entries["compute"]] + [compute[c] for c in scenario.compute_generations if c in compute]
        mw_per_pflops = max(m.power_w / m.peak_tflops for m in modules) * 1e-3  # P PFLOP/s = 1e3 P / peak_tflops modules of power_w W
        p_max = min(max(rc.case.requirements.it_power_mw.max, 2.0 * peak * mw_per_pflops), 1e6)
    economics = rc.case.economics
    learning = scenario.own_experience and rc.case.limits.max_launches_per_year is not None
    m = pyo.ConcreteModel(name=f"{rc.name} roadmap")
    m.T = pyo.Set(initialize=list(range(first, last + 1)), ordered=True)
    m.period = pyo.Block(m.T)
    periods: dict[int, Period] = {}
    learned: list[Learned] = []
    ready = first_power_year(first, economics.time_to_power_years)
    for t in m.T:
        year_over = period_overrides(rc, scenario, t, first, compute, p_max)
        rc_t = load_case(case_path, overrides=year_over.overrides)
        hook = _learning_hook(t, rc_t, scenario, learned) if learning and t > first else None
        dm = build_design(m.period[t], model_data(rc_t), hook)
        b = m.period[t]
        b.scale_min.deactivate()
        if hasattr(b, "delivered_min"):
            b.delivered_min.deactivate()
        IT = sum(dm.ctx.get("it_kw")[o] for o in b.O)
        if t < ready:
            b.not_yet = pyo.Constraint(expr=IT <= 0)
        periods[t] = Period(t, rc_t, dm, t >= ready, year_over.launch_price_factor, year_over.launch_limits)

    # own quantities before each period, and the learning segments
    mass = {t: sum(m.period[t].MASS_TOTAL[o] for o in m.period[t].O) for t in m.T}
    for item in learned:
        earlier = [tau for tau in m.T if tau < item.period]
        item.q_max = sum(periods[tau].rc.case.limits.max_launches_per_year or 0.0 for tau in earlier) * item.per_launch
        if not item.bus:
            item.quantity = sum(mass[tau] for tau in earlier)
        else:
            item.quantity = sum(_units(m.period[tau], item.bus) for tau in earlier)
            cm = periods[item.period].rc.entries["buses"][item.bus].cost_model
            item.q_max = float(min(math.floor(item.q_max), costs.MAX_UNITS - cm.prior_units - cm.lot_units))
            item.factor = bus_factor(cm.learning_rate, cm.prior_units, cm.lot_units, int(item.q_max))
        item.points = breakpoints(item.factor, item.q_max, epsilon, item.integer)
    m.learn = pyo.Block(range(len(learned)))
    for i, item in enumerate(learned):
        _learning_rows(m.learn[i], item)

    # demand
    life = rc.case.requirements.design_life_years
    need = {t: demand_at(demand, t) * 1000.0 for t in m.T}  # kW, or TFLOP/s
    m.short = pyo.Var(m.T, domain=pyo.NonNegativeReals)
    for t in m.T:
        m.short[t].fix(0.0)

    def in_service(t: int) -> Any:
        return sum(_surviving(periods[tau], t - tau, "p_kw") for tau in m.T if tau <= t and t - tau < life - tolerances.INTEGER_GUARD)

    def compute_in_service(t: int) -> Any:
        return sum(_surviving(periods[tau], t - tau, "tflops") for tau in m.T if tau <= t and t - tau < life - tolerances.INTEGER_GUARD)

    m.S_it = pyo.Expression(m.T, rule=lambda _, t: in_service(t))
    m.S = pyo.Expression(m.T, rule=lambda _, t: m.S_it[t] if unit == "mw" else compute_in_service(t))
    row_scale = 1.0 if unit == "mw" else 1e-3  # a compute row in PFLOP/s (its TFLOP/s reach 1e9: HiGHS warns of the scale and slows)
    m.demand = pyo.Constraint(m.T, rule=lambda _, t: row_scale * (m.S[t] + m.short[t]) >= row_scale * need[t] if need[t] > 0 else pyo.Constraint.Skip)

    r = economics.discount_rate
    ops = economics.operations_usd_per_year / MUSD
    constant = ops * (annuity_years(last - first + life, r) - annuity_years(life, r))
    m.PV = pyo.Expression(expr=sum((1.0 + r) ** -(t - first) * m.period[t].COST_TOTAL for t in m.T) + constant)
    m.pv_objective = pyo.Objective(expr=m.PV, sense=pyo.minimize)
    m.short_objective = pyo.Objective(expr=sum(m.short[t] / need[t] for t in m.T if need[t] > 0), sense=pyo.minimize)
    m.short_objective.deactivate()
    return RoadmapModel(m, periods, learned, need, constant, epsilon, r, unit)


def _units(b: pyo.Block, k: str) -> Any:
    return sum(b.buses.units[k, o] for o in b.O)


def _surviving(period: Period, age: int, per_module: str) -> Any:
    """sum_{c,o,h} q_c exp(-lambda_c,o,h age) n[c,o,h]: cohort ``period``'s IT (q_c = p_c, kW, ``per_module`` "p_kw")
    or compute (q_c = the module's dense peak, TFLOP/s, "tflops") that survives ``age`` years."""
    b = period.dm.model
    co = period.dm.data.coeff["compute"]
    modules = period.rc.entries["compute"]

    def q(c: str) -> Any:
        return b.P["p_kw", c] if per_module == "p_kw" else modules[c].peak_tflops

    return sum(q(c) * math.exp(-co.failure_rate[(c, o, h)] * age) * b.compute.n[c, o, h] for c in b.compute.C for o in b.O for h in b.H)


def _learning_hook(t: int, rc_t: ResolvedCase, scenario: Any, learned: list[Learned]) -> Callable:
    """The item hook of period t: the launch cost item and each learning bus's cost become learned variables."""
    from synth.roadmap import interpolate

    cadence = rc_t.case.limits.max_launches_per_year
    assert cadence is not None
    vehicles = rc_t.entries["launch_vehicles"]
    industry = interpolate(scenario.industry_launched_mass_t, t)

    def hook(sub: Any, ctx: Any, block: pyo.Block, items: list[Any]) -> list[Any]:
        d = ctx.d
        heaviest = max(d.coeff["launch"].values(), default=0.0) / 1000.0  # the most one launch carries to a candidate orbit (t)
        if sub.name == "launch":
            pairs = list(d.coeff["launch"])
            flight = max((vehicles[v].price_per_launch_usd + vehicles[v].per_kg_price_to(d.env[o].entry.launch_class) * d.coeff["launch"][(v, o)]
                          for v, o in pairs), default=0.0) / MUSD
            out = []
            for item in items:
                if item.resource == "cost" and item.name == "launch":
                    block.learned_cost = pyo.Var(domain=pyo.NonNegativeReals)
                    factor = launch_factor(industry, scenario.launch_learning_rate)
                    learned.append(Learned(t, "", item.value, block.learned_cost, cadence * flight, factor, heaviest))
                    item = type(item)(item.resource, item.name, block.learned_cost, item.side, item.tier, item.table)
                out.append(item)
            return out
        if sub.name == "buses":
            co = d.coeff["buses"]
            learning = [k for k in block.K if d.entry("buses", k).cost_model is not None and d.entry("buses", k).cost_model.learning_rate < 1.0]
            if not learning:
                return items
            block.learned_bus = pyo.Var(learning, domain=pyo.NonNegativeReals)
            out = []
            for item in items:
                if item.resource == "cost" and item.name == "bus":
                    P = ctx.P
                    fixed = sum(P["price", "bus", k] * block.units[k, o] for k in block.K if k not in learning for o in ctx.m.O)
                    for k in learning:
                        bus = d.entry("buses", k)
                        per_launch = heaviest / max(co.bus_t(bus, k), 1e-9)  # units: each carries at least its bus's mass
                        learned.append(Learned(t, k, P["price", "bus", k] * sum(block.units[k, o] for o in ctx.m.O), block.learned_bus[k],
                                               co.price_musd(bus, k) * math.floor(cadence * per_launch), _unset, per_launch))
                    item = type(item)(item.resource, item.name, fixed + sum(block.learned_bus[k] for k in learning), item.side, item.tier, item.table)
                out.append(item)
            return out
        return items

    return hook


def _unset(q: float) -> float:  # a bus's factor, set once the periods before it are known
    raise AssertionError("the learning factor is set before use")


def _learning_rows(b: pyo.Block, item: Learned) -> None:
    """One item's segment choice, its cost split over the segments and its learned cost (module docstring)."""
    pts = item.points
    K = len(pts) - 1
    b.K = pyo.Set(initialize=list(range(K)), ordered=True)
    b.z = pyo.Var(b.K, domain=pyo.Binary)
    b.one_segment = pyo.Constraint(expr=sum(b.z[k] for k in b.K) == 1)
    b.segment_low = pyo.Constraint(expr=item.quantity >= sum(pts[k] * b.z[k] for k in b.K))
    b.segment_high = pyo.Constraint(expr=item.quantity <= sum(pts[k + 1] * b.z[k] for k in b.K))
    price = [item.factor(pts[k + 1]) for k in range(K)]  # the segment's lowest price: the model is a relaxation
    b.x = pyo.Var(b.K, domain=pyo.NonNegativeReals)  # the cohort's cost at the year's price, on segment k (MUSD)
    b.split = pyo.Constraint(expr=sum(b.x[k] for k in b.K) == item.cost)
    b.on_segment = pyo.Constraint(b.K, rule=lambda _, k: b.x[k] <= item.bound * b.z[k])
    b.learned = pyo.Constraint(expr=item.learned == sum(price[k] * b.x[k] for k in b.K))


@dataclass
class Solved:
    """The solved roadmap: status, the model's and the exact present value, the proven gap, time."""

    status: Status
    pv_model_musd: float | None = None
    pv_exact_musd: float | None = None
    bound_musd: float | None = None
    gap: float | None = None
    seconds: float = 0.0
    shortfall: dict[int, float] = field(default_factory=dict)  # year -> unmet demand in the model's unit (kW or TFLOP/s)
    message: str = ""


def solve_roadmap_model(rm: RoadmapModel, time_limit_s: float, mip_rel_gap: float) -> Solved:
    """Bound, repair, reprice (module docstring): solve with the fine counts relaxed for a lower bound; fix each
    cohort's orbit and shielding and solve again with whole counts for the design; reprice it exactly. If the demand
    cannot be met, find the least shortfall per year instead (the diagnosis)."""
    from synth.solver import HighsSession

    started = time.perf_counter()
    m = rm.model
    fine = [v for p in rm.periods.values() for sub in p.dm.data.subsystems for v in sub.fine_counts(p.dm.block(sub.name))]
    for v in fine:
        v.domain = pyo.NonNegativeReals
    session = HighsSession(time_limit_s, mip_rel_gap, log=False)
    try:
        relaxed = session.solve(m)
        if relaxed.status is Status.INFEASIBLE:
            return Solved(Status.INFEASIBLE, shortfall=_shortfall(rm, session), seconds=time.perf_counter() - started)
        if not relaxed.has_solution or relaxed.dual_bound is None:
            return Solved(relaxed.status, seconds=time.perf_counter() - started, message=f"no build-out found ({relaxed.status.value})")
        bound = relaxed.dual_bound
        choices = [v for p in rm.periods.values() for v in p.dm.model.pick.values()] + [v for i in m.learn for v in m.learn[i].z.values()]
        for v in choices:
            v.fix(round(v.value or 0.0))
        # a start for the repair: every fine count rounded up (more compute and terminals than the bound's; HiGHS
        # solves for the rest and keeps it as its first design when that is feasible)
        start = [(v, float(math.ceil((v.value or 0.0) - tolerances.ROUND_UP))) for v in fine]
        for v in fine:
            v.domain = pyo.NonNegativeIntegers
        # the repair only needs a design close to the bound: its proven gap is measured against the bound below
        session.options["mip_rel_gap"] = max(mip_rel_gap, REPAIR_GAP)
        status = _solve_from(session, m, start)
        if status is None:  # whole counts moved a cohort's mass or units across a segment's end: let the segments move
            for i in m.learn:
                m.learn[i].z.unfix()
            whole = session.solve(m)
            status = whole.status if whole.has_solution else None
            if status is None:
                message = f"no whole-count build-out found ({whole.status.value})"
        for v in choices:
            v.unfix()
        if status is None:
            return Solved(Status.ERROR, seconds=time.perf_counter() - started, message=message)
        for p in rm.periods.values():
            p.dm.after_solve()
        model_pv = float(pyo.value(m.PV))
        for item in rm.learned:  # the exact price at the design's own quantity
            q = float(pyo.value(item.quantity))
            item.learned.set_value(item.factor(q) * float(pyo.value(item.cost)), skip_validation=True)
        exact = float(pyo.value(m.PV))
        gap = max(exact - bound, 0.0) / exact if exact > 0 else 0.0
        return Solved(status, model_pv, exact, bound, gap, time.perf_counter() - started)
    finally:
        session.close()


def _solve_from(session: Any, m: pyo.ConcreteModel, start: list[tuple[Any, float]]) -> Status | None:
    """Solve the model as it stands from a MIP start ((variable, value) pairs) and load the design found; None when
    none is found. Through the session's direct view of HiGHS: Pyomo's own solve would push its parameters again
    and so discard the start."""
    session.changed()
    view = session.view(m)
    columns = np.array([view.column(v) for v, _ in start], dtype=np.int32)
    try:
        out = view.run(view.cost0, view.offset0, view.lower0, view.upper0, view.integrality0,
                       start=(columns, np.array([x for _, x in start], dtype=float)))
    finally:
        view.restore()
    if out.x is None:
        return None
    view.load(out.x)
    return out.status


def _shortfall(rm: RoadmapModel, session: Any) -> dict[int, float]:
    """The least shortfall (kW) per year that makes the demand feasible: the demand rows relaxed, the relative
    shortfall summed and minimized."""
    m = rm.model
    m.pv_objective.deactivate()
    m.short_objective.activate()
    for t in m.T:
        if rm.need[t] > 0:
            m.short[t].unfix()
    elastic = session.solve(m)
    if not elastic.has_solution:
        return {}
    short = {t: float(m.short[t].value or 0.0) for t in m.T}
    return {t: s for t, s in short.items() if s > tolerances.SLACK * max(rm.need[t], 1.0)}


def shortfall_reasons(rm: RoadmapModel, shortfall: dict[int, float]) -> list[str]:
    """One sentence per year the demand cannot be met: the year, the shortfall (MW) and what stops it."""
    from synth.fmt import significant

    out = []
    ttp = rm.periods[min(rm.periods)].rc.case.economics.time_to_power_years
    label = DEMAND_LABELS[rm.unit]
    for t, s in sorted(shortfall.items()):
        period = rm.periods[t]
        need = rm.need[t] / 1000.0
        if not period.first_power:
            ready = min((y for y, p in rm.periods.items() if p.first_power), default=None)
            why = (f"the programme has no compute in service before {ready if ready is not None else 'the horizon ends'} "
                   f"(economics.time_to_power_years {ttp:g} after {min(rm.periods)})")
        else:
            cadence = period.rc.case.limits.max_launches_per_year
            held = "".join(f"; {family}'s flights held by its {limit.replace('_', ' ')}" for family, limit in period.launch_limits.items())
            why = (f"the launch cadence ({cadence:,.0f} launches in {t}, limits.max_launches_per_year on the scenario's path{held}) with the "
                   "cohorts still in service falls short" if cadence is not None else "the case's limits fall short")
        out.append(f"{t}: {significant(s / 1000.0)} {label} of the {significant(need)} {label} demand cannot be in service: {why}")
    return out


__all__ = ["RoadmapModel", "Solved", "breakpoints", "build_roadmap_model", "demand_at", "solve_roadmap_model"]
