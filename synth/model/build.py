"""Assemble the design model from its constraint families, and switch its objective."""

from __future__ import annotations

from dataclasses import dataclass

import pyomo.environ as pyo

from synth.case import ResolvedCase
from synth.model.compute import define_delivered_compute, define_scale
from synth.model.cost import define_cost
from synth.model.data import ModelData, model_data
from synth.model.limits import define_limits, limit_values
from synth.model.mass_launch import define_hosting, define_launch_manifest, define_mass
from synth.model.power import define_eclipse, define_power_balance, define_power_expressions
from synth.model.thermal import define_heat_rejection
from synth.model.variables import LIMITS, define_choice, define_sets, define_variables


@dataclass
class DesignModel:
    """A built Pyomo model and the data it came from."""

    model: pyo.ConcreteModel
    data: ModelData

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

    def set_launch_count_objective(self) -> None:
        """Minimize the number of launches (used with every other variable fixed, to tidy the manifest)."""
        self._activate("launch_count_objective")

    def fix_slacks(self) -> None:
        for name in self.model.L:
            self.model.slack[name].fix(0.0)

    def _activate(self, name: str) -> None:
        for obj in ("ratio_objective", "cost_objective", "elastic_objective", "launch_count_objective"):
            getattr(self.model, obj).activate() if obj == name else getattr(self.model, obj).deactivate()


def build_model(rc: ResolvedCase) -> DesignModel:
    """Build the MILP of ``rc`` (families in data-flow order) with all three objectives, the ratio one active."""
    d = model_data(rc)
    m = pyo.ConcreteModel(name=rc.case.name)
    define_sets(m, d)
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
    weights = _slack_weights(d)
    m.elastic_objective = pyo.Objective(expr=sum(weights[name] * m.slack[name] for name in m.L), sense=pyo.minimize)
    m.launch_count_objective = pyo.Objective(expr=sum(m.launches[v, o] for (v, o) in m.VO), sense=pyo.minimize)
    design = DesignModel(m, d)
    design.set_ratio_objective(0.0)
    return design


def _slack_weights(d: ModelData) -> dict[str, float]:
    """Each slack is weighted by 1 / (size of its limit), so the elastic objective sums relative violations."""
    values = limit_values(d)
    req = d.case.requirements
    values["scale_min"] = req.it_power_mw.min * 1000.0
    values["delivered_min"] = req.delivered_eflop_min or 1.0
    return {name: 1.0 / max(values.get(name, 1.0), 1e-9) for name in LIMITS}
