"""The design MILP: the core (``synth.model.core``) assembles the subsystems' blocks (``synth.subsystems``).

Model units: power kW, energy kWh, area m2, mass t, cost MUSD (1e6 USD), compute ZFLOP (1e21 FLOP). Every
orbit-dependent quantity is disaggregated by orbit (and shielding where it matters) so that no product of a
binary orbit choice and a continuous amount appears: the integer compute counts ``n[c,o,h]`` are tied to the
binary choice ``pick[o,h]``; every other per-orbit variable is driven to zero outside the chosen orbit because
it only adds cost there.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DesignModel", "build_model"]


def __getattr__(name: str) -> Any:  # lazy: subsystems import synth.model.data without building the core first
    if name in __all__:
        from synth.model import core

        return getattr(core, name)
    raise AttributeError(name)
