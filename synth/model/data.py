"""The numbers one model is built from: a resolved case, its active subsystems and their physics coefficients.

Model units: power kW, energy kWh, area m2, mass t, volume m3, cost MUSD (1e6 USD), compute ZFLOP (1e21 FLOP).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from synth.physics.economics import annuity_years

if TYPE_CHECKING:  # pragma: no cover
    from synth.case import ResolvedCase
    from synth.subsystems.base import Subsystem
    from synth.subsystems.orbits import Environment

MUSD = 1e6  # USD per model cost unit
ZFLOP = 1e21  # FLOP per model compute unit
KG_PER_T = 1000.0


@dataclass(frozen=True)
class ModelData:
    """A resolved case with the subsystems that take part in it and each one's coefficients (by subsystem name)."""

    rc: ResolvedCase
    subsystems: tuple[Subsystem, ...]
    coeff: dict[str, Any]

    @property
    def case(self) -> Any:
        return self.rc.case

    @property
    def env(self) -> dict[str, Environment]:
        """Candidate orbit -> its environment (``synth.subsystems.orbits``)."""
        return self.coeff["orbits"]

    def entries(self, kind: str) -> dict[str, Any]:
        return self.rc.entries.get(kind, {})

    def entry(self, kind: str, name: str) -> Any:
        return self.rc.entries[kind][name]

    @property
    def life_years(self) -> float:
        return self.case.requirements.design_life_years

    @property
    def utilization(self) -> float:
        return self.case.requirements.utilization

    @property
    def discount_rate(self) -> float:
        return self.case.economics.discount_rate

    @property
    def annuity_years(self) -> float:
        """Present-value years of a recurring cost over the design life (:func:`synth.physics.economics.annuity_years`)."""
        return annuity_years(self.life_years, self.discount_rate)


def model_data(rc: ResolvedCase) -> ModelData:
    """Coefficients of every active subsystem in registry order; the orbits' environment first, given to the rest."""
    from synth.subsystems import REGISTRY

    active = tuple(s for s in REGISTRY if s.active(rc))
    coeff: dict[str, Any] = {}
    env = None
    for sub in active:
        coeff[sub.name] = sub.coefficients(rc, env)
        if sub.name == "orbits":
            env = coeff["orbits"]
    return ModelData(rc, active, coeff)
