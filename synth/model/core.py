"""The core of the design MILP: common sets, the orbit choice, the subsystems' blocks, one balance row per budget and
orbit, the requirements and limits, and the objectives. It never names a subsystem's variables.

Sets: candidate orbits O and shielding options H. The design uses exactly one (orbit, shielding) pair:

    pick[o,h] in {0,1},   sum_{o,h} pick[o,h] = 1                                        row one_orbit

Every subsystem ``s`` in ``synth.subsystems.REGISTRY`` (data-flow order) builds its variables and own rows on the
block ``m.<s>`` and returns items (``synth.subsystems.base.Item``). For every budget (resource) r and orbit o:

    sum_{supply items i of r} x_i[o]  >=  sum_{demand items j of r} y_j[o]                 row <r.row>[o]

and for a tiered budget (heat), for each distinct demand tier tau (a coolant limit T_max), with supplies of tier
<= tau (radiators at most that hot) and demands of tier <= tau:

    sum_{i: tier_i <= tau} x_i[o]  >=  sum_{j: tier_j <= tau} y_j[o]                        row <r.tier_row>[o, k]

(Hall's condition on nested sets: the heat-assignment problem is feasible iff every such row holds). The total
cost is the sum of the cost items, C = sum_i c_i (MUSD); the delivered compute F (ZFLOP) is what compute
publishes. Objectives: the Dinkelbach subproblem min C - lambda F (lambda in MUSD/ZFLOP), the total cost min C,
and the elastic relaxation min sum_l w_l slack_l (``synth.diagnose``).

A built model can be updated in place (:meth:`DesignModel.update`): every coefficient is an entry of the mutable
parameter table ``m.P``; what the table cannot express (sets, which rows exist) is the structure signature, and a
change of it needs a new model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pyomo.core as pyo

from synth import tolerances
from synth.case import ResolvedCase
from synth.model import requirements
from synth.model.budgets import all_resources
from synth.model.data import ModelData, model_data
from synth.subsystems.base import BuildContext, Item, Resource, Subsystem


def parameter_values(d: ModelData) -> dict[Any, float]:
    """Every coefficient of the model of ``d``: the subsystems' entries and the requirements' (model units)."""
    p: dict[Any, float] = {}
    for sub in d.subsystems:
        p.update(sub.parameters(d))
    p.update(requirements.parameters(d.case))
    return p


def structure_signature(d: ModelData) -> tuple:
    """What the parameter table cannot change: the subsystems taking part and their sets, which rows exist."""
    return (tuple(s.name for s in d.subsystems), tuple(s.structure(d) for s in d.subsystems), tuple(d.entries("shielding")),
            d.case.objective, requirements.structure(d.case))


@dataclass
class DesignModel:
    """A built Pyomo model, the data it came from, and what the build produced (items, published quantities)."""

    model: pyo.ConcreteModel  # or one period's block of a roadmap model (synth.roadmap_model)
    data: ModelData
    ctx: BuildContext
    resources: dict[str, Resource]
    quantities: dict[str, Any]  # named totals over all orbits (launches, satellites, it_power, ...) for limits and studies
    signature: tuple = field(default=())

    def block(self, name: str) -> pyo.Block:
        return getattr(self.model, name)

    def update(self, rc: ResolvedCase) -> bool:
        """Load the numbers of ``rc`` into the built model; False (model untouched) if its structure differs,
        in which case the caller must build a new model."""
        data = model_data(rc)
        if structure_signature(data) != self.signature:
            return False
        P = self.model.P
        for key, value in parameter_values(data).items():
            if P[key].value != value:
                P[key] = value
        self.data = data
        self.ctx.d = data
        return True

    def chosen(self) -> tuple[str, str] | None:
        """The (orbit, shielding) of the loaded solution, if any."""
        m = self.model
        return next(((o, h) for o in m.O for h in m.H if (m.pick[o, h].value or 0) > 0.5), None)

    def set_ratio_objective(self, lam: float) -> None:
        """Dinkelbach subproblem: minimize COST - lambda * FLOP (MUSD), lambda in MUSD/ZFLOP."""
        self.model.lam.set_value(lam)
        self._activate("ratio_objective")

    def set_cost_objective(self) -> None:
        """Minimize total present-value cost (MUSD)."""
        self._activate("cost_objective")

    def set_elastic_objective(self) -> None:
        """Unfix every limit's slack and minimize the sum of slacks relative to each limit's size."""
        m = self.model
        for name in m.L:
            m.slack[name].unfix()
        self._activate("elastic_objective")

    def fix_slacks(self) -> None:
        for name in self.model.L:
            self.model.slack[name].fix(0.0)

    def activate_objective(self, name: str) -> None:
        """Make the objective component ``name`` the only active one (studies may add their own)."""
        self._activate(name)

    def _activate(self, name: str) -> None:
        for obj in self.model.component_objects(pyo.Objective):
            obj.activate() if obj.local_name == name else obj.deactivate()

    def after_solve(self) -> None:
        """Let each subsystem tidy the loaded solution (e.g. the fewest launches), cost unchanged."""
        chosen = self.chosen()
        if chosen is None:
            return
        for sub in self.data.subsystems:
            sub.after_solve(self.ctx, self.block(sub.name), chosen[0])


def build_model(rc: ResolvedCase) -> DesignModel:
    """Build the MILP of ``rc`` (module docstring) with its objectives, the ratio one active."""
    d = model_data(rc)
    m = pyo.ConcreteModel(name=rc.case.name)
    design = build_design(m, d)
    m.lam = pyo.Param(mutable=True, initialize=0.0)
    m.ratio_objective = pyo.Objective(expr=m.COST_TOTAL - m.lam * m.FLOP, sense=pyo.minimize)
    m.cost_objective = pyo.Objective(expr=m.COST_TOTAL, sense=pyo.minimize)
    m.elastic_objective = pyo.Objective(expr=sum(m.P["slack_w", name] * m.slack[name] for name in m.L), sense=pyo.minimize)
    design.set_ratio_objective(0.0)
    return design


#: a study's hook on the items each subsystem returns (``synth.roadmap_model`` prices learned items through it)
ItemHook = Callable[[Subsystem, BuildContext, pyo.Block, list[Item]], list[Item]]


def build_design(m: pyo.Block, d: ModelData, hook: ItemHook | None = None) -> DesignModel:
    """Build one design of ``d`` into the block ``m`` (a whole model, or one period of a roadmap): the sets, the
    parameter table, the orbit choice, the subsystems' blocks, the balances, the totals COST_TOTAL, FLOP and
    MASS_TOTAL, and the requirement and limit rows (module docstring). No objective: the caller states it.
    ``hook`` may replace a subsystem's items before later subsystems see them."""
    m.O = pyo.Set(initialize=list(d.env), ordered=True)
    m.H = pyo.Set(initialize=list(d.entries("shielding")), ordered=True)
    m.P = pyo.Param(pyo.Any, mutable=True, within=pyo.Reals, initialize=parameter_values(d))
    m.pick = pyo.Var(m.O, m.H, domain=pyo.Binary)
    m.one_orbit = pyo.Constraint(expr=sum(m.pick[o, h] for o in m.O for h in m.H) == 1)
    m.L = pyo.Set(initialize=list(requirements.LIMITS), ordered=True)
    m.slack = pyo.Var(m.L, domain=pyo.NonNegativeReals)
    for limit in m.L:
        m.slack[limit].fix(0.0)

    ctx = BuildContext(m, d)
    quantities: dict[str, Any] = {}
    for sub in d.subsystems:
        block = pyo.Block()
        m.add_component(sub.name, block)
        items = sub.build(ctx, block)
        ctx.items += hook(sub, ctx, block, items) if hook is not None else items
        quantities.update(sub.quantities(ctx, block))
    resources = all_resources(d.subsystems)
    define_balances(m, d, ctx.items, resources)

    m.MASS_TOTAL = pyo.Expression(m.O, rule=lambda _, o: ctx.total("mass", o))
    costs = [i for i in ctx.items if i.resource == "cost"]
    names = list(dict.fromkeys(i.name for i in costs))
    m.COST_ITEMS = pyo.Set(initialize=names, ordered=True)
    m.COST = pyo.Expression(m.COST_ITEMS, rule=lambda _, n: sum(i.value for i in costs if i.name == n))
    m.COST_TOTAL = pyo.Expression(expr=sum(m.COST[n] for n in m.COST_ITEMS))
    flop = ctx.get("flop_zflop")
    m.FLOP = pyo.Expression(expr=sum(flop[o] for o in m.O))
    it_total = sum(ctx.get("it_kw")[o] for o in m.O)
    requirements.define_requirements(m, d.case, it_total, m.FLOP, quantities)
    return DesignModel(m, d, ctx, resources, quantities, structure_signature(d))


def define_balances(m: pyo.ConcreteModel, d: ModelData, items: list[Item], resources: dict[str, Resource]) -> None:
    """One row per resource and orbit, supply >= demand, and the tier rows of a tiered resource (module docstring)."""
    for r in resources.values():
        mine = [i for i in items if i.resource == r.name]
        if not mine:
            continue
        supply = [i for i in mine if i.side == "supply"]
        demand = [i for i in mine if i.side == "demand"]
        orbits = [o for o in m.O if not r.eclipsed_only or d.env[o].eclipsed]

        def row(_, o, supply=supply, demand=demand):
            return _row(sum(i.value[o] for i in supply), sum(i.value[o] for i in demand))

        m.add_component(r.row, pyo.Constraint(orbits, rule=row))
        if not r.tiered:
            continue
        tiers = sorted({i.tier for i in demand if i.tier is not None})
        if not tiers:
            continue

        def tier_row(_, o, k, supply=supply, demand=demand, tiers=tiers):
            tau = tiers[k]
            return _row(sum(i.value[o] for i in supply if i.tier is None or i.tier <= tau + tolerances.TEMPERATURE),
                        sum(i.value[o] for i in demand if i.tier is not None and i.tier <= tau))

        index = pyo.Set(initialize=list(range(len(tiers))), ordered=True)
        m.add_component(f"{r.row}_tiers", index)
        m.add_component(r.tier_row, pyo.Constraint(orbits, index, rule=tier_row))


def _row(supply: Any, demand: Any) -> Any:
    """supply >= demand, or no row when neither side has a variable (nothing to constrain)."""
    expr = supply >= demand
    return pyo.Constraint.Skip if isinstance(expr, bool) else expr
