"""The design MILP, one module per constraint family (``define_*`` functions, equations in their docstrings).

Model units: power kW, energy kWh, area m2, mass t, cost MUSD (1e6 USD), compute ZFLOP (1e21 FLOP). Every
orbit-dependent quantity is disaggregated by orbit (and shielding where it matters) so that no product of a
binary orbit choice and a continuous amount appears: the integer compute counts ``n[c,o,h]`` are tied to the
binary choice ``pick[o,h]``; every other per-orbit variable is driven to zero outside the chosen orbit because
it only adds cost there.
"""

from synth.model.build import DesignModel, build_model

__all__ = ["DesignModel", "build_model"]
