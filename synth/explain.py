"""Explain an optimal design: which constraints bind, and what relaxing each is worth.

Binding: a constraint of the chosen orbit whose slack at the optimum is within 1e-6 of its size. Rows that are
tight only because one side is zero term by term (no array at all, so "array output >= bottom-up IT + ..." reads
0 >= 0) are left out: nothing limits there.

Marginal value: the LP with every integer (orbit pick, module, unit and launch counts) fixed at the optimum is
re-solved, and for each binding row we read its dual y and HiGHS's ranging of that row's bound. The optimal value
v(b) of that LP is convex and piecewise linear in the row's bound b, and every optimal dual lies between its
left and right slopes. When the LP is degenerate (common at fixed integers) several duals are optimal and the one
HiGHS returns need not be the slope in the direction that relaxes the row. Ranging settles it: if the current
basis stays optimal while the bound moves by some amount Delta in the relaxing direction, then v changes at
exactly |y| per unit over that whole step, and we report

    worth per unit relaxed = |y|        valid for Delta units (model units: kW, kWh, t, m2, ...)

(``unique`` is true when the basis also survives a move in the tightening direction, so the slope is the same
both ways). If the basis changes at once (Delta = 0), the relaxing slope is only bounded: it lies between 0 and
|y|; we report no marginal value, say that the dual is not unique, and give |y| as the upper bound.

At the optimal ratio lambda* the objective is C - lambda* F, so

    d(cost per FLOP) / d(rhs) = y / F          (MUSD per ZFLOP per unit  ->  USD per EFLOP per unit: x 1e6 / 1e3)

and for the total-cost objective d(cost)/d(rhs) = y. These are LP marginals at fixed integers: they say what one
more unit is worth with the same counts, not whether a different integer design would follow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyomo.core as pyo

from synth import tolerances
from synth.model import requirements
from synth.model.core import DesignModel
from synth.model.data import MUSD, ZFLOP
from synth.result import Status


def explained_rows(dm: DesignModel) -> dict[str, tuple[str, str, str]]:
    """Row component -> (budget, what one more unit of it means, unit): every budget's balance and tier rows, the
    requirements, and each subsystem's own explained rows."""
    out: dict[str, tuple[str, str, str]] = {}
    for r in dm.resources.values():
        out[r.row] = (r.budget, r.meaning, r.unit)
        if r.tiered:
            out[r.tier_row] = (r.budget, r.tier_meaning, r.unit)
    for sub in dm.data.subsystems:
        out.update({f"{sub.name}.{row}": spec for row, spec in sub.explained.items()})
    out.update(requirements.EXPLAINED)
    return out


@dataclass
class Binding:
    """A binding constraint of an optimal design and, where it is meaningful, its marginal value."""

    constraint: str
    budget: str
    meaning: str
    unit: str
    marginal: float | None  # improvement of the objective per unit relaxed (USD per EFLOP, or USD for total cost); None: not determined
    marginal_unit: str
    message: str
    valid_for: float | None = None  # units of relaxation over which ``marginal`` holds exactly (HiGHS ranging); inf: unlimited
    unique: bool | None = None  # the same slope holds when the row is tightened (the dual is unique); None: not known
    marginal_at_most: float | None = None  # when ``marginal`` is None because the dual is not unique: the relaxing slope is at most this


def explain_optimum(dm: DesignModel, session, ratio: float | None) -> list[Binding]:
    """Binding constraints of the loaded optimum (in the chosen orbit) with LP marginal values where they are meaningful."""
    m = dm.model
    chosen = dm.chosen()
    if chosen is None:
        return []
    orbit = chosen[0]
    table = explained_rows(dm)
    binding = [(c, spec) for c, spec in _explained_constraints(m, orbit, table) if _is_binding(c) and not _trivially_tight(c)]
    sensitivity = _fixed_integer_lp(dm, session, ratio, [c for c, _ in binding])
    per_unit = MUSD / (pyo.value(m.FLOP) * ZFLOP / 1e18) if ratio is not None else MUSD  # objective units -> reported units
    out = []
    for con, (budget, meaning, unit) in binding:
        if con.parent_component().local_name == "limit":
            meaning, unit = f"limits.{con.index()}", requirements.LIMIT_UNITS.get(con.index(), "count")
        marginal_unit = f"USD/EFLOP per {unit}" if ratio is not None else f"USD per {unit}"
        currency = marginal_unit.split(" per ")[0]
        row = None if sensitivity is None else sensitivity.get(con.name)
        head = f"[{budget}] {con.name} ({meaning}) binds"
        if row is None:
            out.append(Binding(con.name, budget, meaning, unit, None, marginal_unit,
                               f"{head}: no LP marginal value available (the LP at the optimal integers gave no duals)"))
            continue
        slope = abs(row.dual) * per_unit
        if slope == 0.0 or not row.active:  # relaxing gains nothing: the slope is bounded by 0 from both sides
            out.append(Binding(con.name, budget, meaning, unit, 0.0, marginal_unit,
                               f"{head}, but relaxing it alone gains nothing at these counts (marginal value 0)",
                               row.relax_range if row.active else math.inf, None))
            continue
        if row.relax_range > 0:
            # Relaxing keeps the optimal basis: the value changes at exactly |y| per unit over that step.
            valid, unique = row.relax_range, row.tighten_range > 0
            span = "" if math.isinf(valid) else f" for the next {valid:,.4g} {unit}"
            note = "" if unique else "; tightening it costs more per unit (the dual is not unique)"
            out.append(Binding(con.name, budget, meaning, unit, slope, marginal_unit,
                               f"{head}: one more {unit} is worth {slope:,.6g} {currency}{span}{note}", valid, unique))
        else:
            out.append(Binding(con.name, budget, meaning, unit, None, marginal_unit,
                               f"{head}: no unique marginal value (degenerate LP at the optimal integers); "
                               f"one more {unit} is worth at most {slope:,.6g} {currency}", 0.0, False, slope))
    out.sort(key=lambda b: (0 if (b.marginal or 0.0) > 0 else 1 if b.marginal is None else 2, -(b.marginal or 0.0)))
    return out


def _explained_constraints(m: pyo.ConcreteModel, orbit: str, table: dict[str, tuple[str, str, str]]):
    """Active rows of the explained components that concern the chosen orbit (or no orbit at all)."""
    for name, spec in table.items():
        component = m.find_component(name)
        if component is None or not isinstance(component, pyo.Constraint):
            continue
        for index, con in component.items():
            keys = index if isinstance(index, tuple) else (index,)
            if con.active and (not component.is_indexed() or orbit in keys or name == "limit"):
                yield con, spec


def _is_binding(con) -> bool:
    body = pyo.value(con.body, exception=False)
    if body is None:
        return False
    bounds = [b for b in (pyo.value(con.lower) if con.has_lb() else None, pyo.value(con.upper) if con.has_ub() else None) if b is not None]
    return any(abs(body - b) <= tolerances.BINDING * max(1.0, abs(b)) for b in bounds)


def _trivially_tight(con) -> bool:
    """Whether the row is tight only because one of its sides is zero term by term (no array at all, so
    "array output >= bottom-up IT + ..." reads 0 >= 0): nothing is there to limit, so it is not reported."""
    from pyomo.repn import generate_standard_repn

    def zero(side) -> bool:
        repn = generate_standard_repn(side, compute_values=True, quadratic=False)
        terms = [abs(coef * (var.value or 0.0)) for coef, var in zip(repn.linear_coefs, repn.linear_vars, strict=True)]
        return max(terms + [abs(pyo.value(repn.constant))]) <= tolerances.ZERO

    sides = con.expr.args if con.expr.nargs() == 2 else (con.body,)
    return any(zero(side) for side in sides)


def _fixed_integer_lp(dm: DesignModel, session, ratio: float | None, rows):
    """Dual and bound ranging of ``rows`` in the LP with integers fixed at the loaded optimum; None when that LP
    gives no duals. The LP is solved on the session's HiGHS model directly (:class:`synth.solver.HighsView`): the
    objective is C - lambda* F (MUSD) for the ratio (lambda* = ``ratio`` in MUSD per ZFLOP), or C for total cost, every
    integer column's bounds are its value and no column is integer; HiGHS's state is restored after."""
    m = dm.model
    view = session.view(m)
    try:
        x = view.values()
        lower, upper = view.lower0.copy(), view.upper0.copy()
        ints = np.nonzero(view.integrality0)[0]
        lower[ints] = upper[ints] = np.round(x[ints])
        cost, offset = view.linear(m.COST_TOTAL.expr)
        if ratio is not None:
            flop, flop0 = view.linear(m.FLOP.expr)
            lam = ratio / (MUSD / ZFLOP)  # USD per FLOP -> MUSD per ZFLOP
            cost, offset = cost - lam * flop, offset - lam * flop0
        out = view.run(cost, offset, lower, upper, np.zeros_like(view.integrality0))
        if out.status is not Status.OPTIMAL or not view.highs.getSolution().dual_valid:
            return None
        return session.row_sensitivity(rows)
    finally:
        view.restore()
