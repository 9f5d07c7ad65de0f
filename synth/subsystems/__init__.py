"""The registered subsystems, in data-flow order: each may use what earlier ones publish.

Adding a subsystem: write its module (see :mod:`synth.subsystems.base` and any module here as an example), add its
class to ``REGISTRY`` at the place its inputs are available, give it a catalog file in ``synth/catalogs/`` if it has
one, a test file, and its section in docs/model.md (generated from its module docstring). Nothing else changes.
"""

from synth.subsystems.base import Item, Resource, Subsystem
from synth.subsystems.batteries import Batteries
from synth.subsystems.buses import Buses
from synth.subsystems.compute import Compute
from synth.subsystems.launch import Launch
from synth.subsystems.orbits import Orbits
from synth.subsystems.programme import Programme
from synth.subsystems.propellant import Propellant
from synth.subsystems.radiators import Radiators
from synth.subsystems.shielding import Shielding
from synth.subsystems.solar_arrays import SolarArrays

REGISTRY: tuple[Subsystem, ...] = (
    Orbits(),
    Compute(),
    Shielding(),
    SolarArrays(),
    Radiators(),
    Batteries(),
    Buses(),
    Propellant(),
    Launch(),
    Programme(),
)

BY_NAME = {s.name: s for s in REGISTRY}

__all__ = ["REGISTRY", "BY_NAME", "Item", "Resource", "Subsystem"]
