"""Cost boundaries: the same design priced under the boundary a published analysis draws.

Published comparisons of orbital and terrestrial compute differ mainly in which costs they count. Each preset names
the cost items it keeps on each side; the cost per delivered EFLOP under a boundary is the sum of those items over
the same discounted FLOP:

    cost per EFLOP [boundary] = sum_{i in boundary} c_i / (FLOP / 1e18)           (USD/EFLOP, each side)

Presets (each mirrors a published analysis):

- ``launch_only``: orbit: launch; ground: the energy bill (electricity, fuel, power plant, PV and storage and their
  O&M). Mirrors Google's Project Suncatcher (Agüera y Arcas et al., arXiv 2511.19468, sec. 4.4), which sets the
  launched-power price (launch cost per kW-year) against a terrestrial data center's power spend per kW-year.
- ``spacecraft_and_launch_excl_compute``: orbit: everything built and launched except the compute (arrays,
  radiators, batteries, bus, shielding, power conditioning, network terminals and ground stations, integration,
  launch, launch insurance, contingency; the integration wrap and contingency on the compute stay in, as the items
  are not split by hardware); ground: the facility (or its lease) and its power plant, as charged within the study
  (a present value over the design life, not the up-front price the analysts quote). Mirrors the analyst estimates of the capital of "a gigawatt in orbit"
  beside a terrestrial shell (Deutsche Bank, Jan 2026; Wood Mackenzie; as reported), which price the platform, not
  the chips.
- ``full_ownership``: every cost item on both sides (the model's own objective): the total cost of ownership over
  the study, as Epoch AI's data-center cost breakdown (14 May 2026) counts it on the ground.
"""

from __future__ import annotations

from dataclasses import dataclass

GROUND_ENERGY = ("electricity", "fuel", "power_plant", "plant_o_and_m", "pv_array", "storage")


@dataclass(frozen=True)
class Boundary:
    name: str
    orbit_items: tuple[str, ...] | None  # None: every item
    ground_items: tuple[str, ...] | None
    mirrors: str


BOUNDARIES: tuple[Boundary, ...] = (
    Boundary("launch_only", ("launch",), GROUND_ENERGY,
             "Suncatcher (arXiv 2511.19468 sec. 4.4): launched-power price vs terrestrial power spend"),
    Boundary("spacecraft_and_launch_excl_compute",
             ("shielding", "solar_arrays", "radiators", "batteries", "bus", "power_conditioning", "isl_terminals", "downlink_terminals",
              "ground_stations", "integration", "launch", "launch_insurance", "contingency"),
             ("facility", "lease", "power_plant", "pv_array", "storage"),
             "analyst capital estimates of a gigawatt in orbit excluding chips (Deutsche Bank, Wood Mackenzie, 2026, as reported)"),
    Boundary("full_ownership", None, None, "total cost of ownership (Epoch AI, AI data-center cost breakdown, 2026)"),
)


def within(costs: dict[str, float], items: tuple[str, ...] | None) -> float:
    """Sum of the cost items inside the boundary (USD); ``total`` is never summed."""
    return sum(v for k, v in costs.items() if k != "total" and (items is None or k in items))


def priced(orbit_costs: dict[str, float], orbit_flop: float, ground_costs: dict[str, float], ground_flop: float) -> dict[str, dict[str, float | str]]:
    """Each preset's orbit and ground cost (USD), cost per EFLOP and their ratio (module docstring)."""
    out: dict[str, dict[str, float | str]] = {}
    for b in BOUNDARIES:
        o, g = within(orbit_costs, b.orbit_items), within(ground_costs, b.ground_items)
        o_e = o / (orbit_flop / 1e18) if orbit_flop > 0 else float("inf")
        g_e = g / (ground_flop / 1e18) if ground_flop > 0 else float("inf")
        out[b.name] = {"orbit_usd": o, "ground_usd": g, "orbit_cost_per_eflop_usd": o_e, "ground_cost_per_eflop_usd": g_e,
                       "orbit_to_ground": o_e / g_e if g_e > 0 else float("inf"), "mirrors": b.mirrors}
    return out
