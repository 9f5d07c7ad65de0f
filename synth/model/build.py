"""Assemble the design model from its constraint families, switch its objective, and update it in place."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyomo.environ as pyo

from synth.case import ResolvedCase
from synth.model.compute import define_delivered_compute, define_scale
from synth.model.cost import define_cost
from synth.model.data import ModelData, model_data
from synth.model.limits import define_limits
from synth.model.mass_launch import define_hosting, define_launch_manifest, define_mass
from synth.model.parameters import parameter_values, structure_signature
from synth.model.power import define_eclipse, define_power_balance, define_power_expressions
from synth.model.thermal import define_heat_rejection
from synth.model.variables import define_choice, define_parameters, define_sets, define_variables

OBJECTIVES = ("ratio_objective", "cost_objective", "elastic_objective")


@dataclass
class DesignModel:
    """A built Pyomo model and the data it came from."""

    model: pyo.ConcreteModel
    data: ModelData
    signature: tuple = field(default=())

    def update(self, rc: ResolvedCase) -> bool:
        """Load the numbers of ``rc`` into the built model; False (model untouched) if its structure differs,
        in which case the caller must build a new model."""
        data = model_data(rc)
        if structure_signature(data) != self.signature:
            return False
        values = parameter_values(data)
        P = self.model.P
        for key, value in values.items():
            if P[key].value != value:
                P[key] = value
        self.data = data
        return True

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
        """Make the objective component ``name`` the only active one (families may add their own)."""
        self._activate(name)

    def _activate(self, name: str) -> None:
        for obj in self.model.component_objects(pyo.Objective):
            obj.activate() if obj.local_name == name else obj.deactivate()


def build_model(rc: ResolvedCase) -> DesignModel:
    """Build the MILP of ``rc`` (families in data-flow order) with its objectives, the ratio one active."""
    d = model_data(rc)
    m = pyo.ConcreteModel(name=rc.case.name)
    define_sets(m, d)
    define_parameters(m, d)
    define_variables(m, d)
    define_choice(m, d)
    define_power_expressions(m, d)
    define_mass(m, d)
    define_power_balance(m, d)
    define_eclipse(m, d)
    define_heat_rejection(m, d)
    define_hosting(m, d)
    define_launch_manifest(m, d)
    define_delivered_compute(m, d)
    define_scale(m, d)
    define_limits(m, d)
    define_cost(m, d)
    m.lam = pyo.Param(mutable=True, initialize=0.0)
    m.ratio_objective = pyo.Objective(expr=m.COST_TOTAL - m.lam * m.FLOP, sense=pyo.minimize)
    m.cost_objective = pyo.Objective(expr=m.COST_TOTAL, sense=pyo.minimize)
    m.elastic_objective = pyo.Objective(expr=sum(m.P["slack_w", name] * m.slack[name] for name in m.L), sense=pyo.minimize)
    design = DesignModel(m, d, structure_signature(d))
    design.set_ratio_objective(0.0)
    return design
