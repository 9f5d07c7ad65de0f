"""Pre-solve checks: inputs that are valid but physically impossible to use, or suspicious.

Schema validation (synth.case, synth.catalog) already rejects what can never be right: efficiencies or
emissivities outside 0..1, wrong units, radiators at or below their sink temperature. The checks here look at
the candidates together and at values outside the published ranges; each is a warning, or an error with
``--strict``. Each subsystem writes its own (``Subsystem.warnings``). Thresholds and their sources:

- cell efficiency above 0.47: above the best laboratory multi-junction cells (~47 %, NREL chart)
- radiator temperature above 400 K: above the 300-400 K range of the reference (Turyshev), hotter than chips run
- radiator whose net flux is under 25 % of what it emits: it sits close to its sink temperature
- launch price below 8 USD/kg carried: under Starship's propellant floor (Suncatcher sec. 4.4)
- battery specific energy above 500 Wh/kg: about twice today's best packs (Turyshev: 150-265 Wh/kg)
- array degradation above 10 %/yr: an order of magnitude above LEO experience (1-3 %/yr)
- top-down specific power above 1,000 W/kg: beyond any published all-in spacecraft figure
- a battery whose cycle-life law needs a depth of discharge below its cycle_life_min_dod in an eclipsed orbit:
  it cannot be used there (synth.physics.power)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from synth.model.data import ModelData


@dataclass
class InputWarning:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def presolve_checks(d: ModelData) -> list[InputWarning]:
    """Every subsystem's warnings about the case's candidates (module docstring)."""
    return [w for sub in d.subsystems for w in sub.warnings(d.rc, d)]
