"""The numbers one model is built from: a resolved case plus its physics coefficients, in model units."""

from __future__ import annotations

import math
from dataclasses import dataclass

from synth.case import ResolvedCase
from synth.coefficients import Coefficients, RadiatorOption, battery_coefficients, build_coefficients, bus_it_cap_kw

MUSD = 1e6  # USD per model cost unit
ZFLOP = 1e21  # FLOP per model compute unit
KG_PER_T = 1000.0


def radiator_key(option: RadiatorOption) -> str:
    """Set member name of a radiator option, e.g. 'composite@320K'."""
    return f"{option[0]}@{option[1]:g}K"


@dataclass(frozen=True)
class ModelData:
    rc: ResolvedCase
    coeff: Coefficients

    @property
    def case(self):
        return self.rc.case

    def entry(self, kind: str, name: str):
        return self.rc.entries[kind][name]

    def it_cap_kw(self, bus: str) -> float:
        return bus_it_cap_kw(self.entry("buses", bus), self.case.limits.max_satellite_it_power_kw)

    def is_top_down(self, bus: str) -> bool:
        return self.entry("buses", bus).top_down is not None

    def max_modules(self, compute: str) -> int:
        """Upper bound on modules of one type: the scale's upper IT power over the module power."""
        return int(math.floor(self.case.requirements.it_power_mw.max * 1000.0 / (self.entry("compute", compute).power_w / 1000.0) + 1e-9))

    def battery(self, battery: str, orbit: str) -> tuple[float, float]:
        return battery_coefficients(self.entry("batteries", battery), self.coeff.orbits[orbit].sunlit_h_worst_orbit)


def model_data(rc: ResolvedCase) -> ModelData:
    return ModelData(rc, build_coefficients(rc))
