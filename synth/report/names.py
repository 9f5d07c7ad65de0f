"""Human names for what the report shows: architectures, ground archetypes, cost items and their categories, and
the glossary. Parameter paths (``launch_vehicles.starship.price_per_kg_usd``) appear only in the appendix.
"""

from __future__ import annotations

from typing import Any

#: the ground's archetypes (synth.ground), as a reader would name them
ARCHETYPES = {
    "grid_hyperscale": "grid-powered hyperscale",
    "gas_turbine_off_grid": "off-grid gas turbines",
    "solar_storage_off_grid": "off-grid solar + storage",
    "colocation": "colocation lease",
}

#: cost items of both sides (synth.subsystems, synth.ground), as a reader would name them
ITEMS = {
    "compute": "compute hardware", "replacements": "replacement of failed compute", "facility": "building and cooling plant",
    "electricity": "electricity", "fuel": "gas", "power_plant": "gas turbines", "plant_o_and_m": "power plant upkeep",
    "pv_array": "solar farm", "storage": "battery storage", "lease": "colocation lease", "water": "cooling water",
    "operations": "operations", "shielding": "radiation shielding", "solar_arrays": "solar arrays", "radiators": "radiators",
    "batteries": "batteries", "bus": "satellite bus / platform", "power_conditioning": "power conditioning", "launch": "launch",
    "integration": "integration and test", "nre": "development (NRE)", "ground_segment": "ground segment",
    "launch_insurance": "launch insurance", "in_orbit_insurance": "in-orbit insurance", "contingency": "cost contingency",
    "isl_terminals": "laser links", "downlink_terminals": "downlink terminals", "ground_stations": "ground stations",
    "propellant": "propellant", "mass_growth": "mass growth allowance", "it": "IT (compute)", "housekeeping": "housekeeping",
    "battery_recharge": "battery recharge", "conversion_losses": "conversion losses",
}

#: cost categories common to the ground and orbit (what a dollar buys), in the order the waterfall walks them
CATEGORIES: list[tuple[str, tuple[str, ...]]] = [
    ("compute hardware", ("compute",)),
    ("replacing failed compute", ("replacements",)),
    ("power supply", ("electricity", "fuel", "power_plant", "plant_o_and_m", "pv_array", "storage", "solar_arrays", "batteries",
                      "power_conditioning")),
    ("heat rejection", ("radiators", "water")),
    ("housing: building or spacecraft", ("facility", "lease", "bus", "shielding")),
    ("launch", ("launch", "launch_insurance")),
    ("operations", ("operations", "ground_segment", "in_orbit_insurance")),
    ("network", ("isl_terminals", "downlink_terminals", "ground_stations")),
    ("programme overheads", ("integration", "nre", "contingency")),
]


def categorize(cost_usd: dict[str, float]) -> dict[str, float]:
    """A cost breakdown (item -> USD, with its ``total``) summed into :data:`CATEGORIES` (USD); an item no category
    names goes to ``other``, so the categories always add up to the total."""
    out = {name: sum(cost_usd.get(i, 0.0) for i in items) for name, items in CATEGORIES}
    known = {i for _, items in CATEGORIES for i in items} | {"total"}
    out["other"] = sum(v for k, v in cost_usd.items() if k not in known)
    return out


def item(name: str) -> str:
    return ITEMS.get(name, name.replace("_", " "))


def archetype(name: str) -> str:
    return ARCHETYPES.get(name, name.replace("_", " "))


def contender(entry: dict[str, Any]) -> str:
    """An architecture's human name: its case's ``label`` (e.g. SpaceX-style), else the case name."""
    return str(entry.get("label") or entry["result"]["case"]["name"])


#: terms a reader meets in the report
GLOSSARY = [
    ("EFLOP", "10^18 floating-point operations (an exa-FLOP of work, not a rate): an accelerator sustaining 1 PFLOP/s does 3.6 EFLOP an hour."),
    ("delivered FLOP", "FLOP actually computed for users over the design life: installed peak x utilization x availability x the "
                       "share of modules still working, summed year by year and discounted at the owner's cost of capital."),
    ("cost per delivered EFLOP", "present-value cost of building and running the system / discounted delivered EFLOP: the price per unit of "
                                 "work a buyer would have to pay for the owner to break even."),
    ("GPU-hour", "one accelerator module working for one hour; cost per GPU-hour is the rental-market unit."),
    ("present value", "every dollar spent in a later year divided by (1 + discount rate)^year; the discount rate is the owner's cost of capital."),
    ("WACC", "weighted average cost of capital: the return lenders and owners require, used as the discount rate."),
    ("archetype", "a way of powering a ground data center: the grid, off-grid gas turbines, off-grid solar + storage, or a colocation lease."),
    ("bottom-up", "a satellite costed component by component: bus, arrays, radiators, batteries, compute, each from its catalog entry."),
    ("top-down", "a satellite costed from one all-in figure (USD per W of IT hosted); its arrays and radiators are inside that figure."),
    ("binding limit", "a requirement or limit the optimum sits on: relaxing it would make the design cheaper."),
    ("marginal value", "what one more unit of a binding limit is worth to the design, in dollars of total present-value cost."),
    ("MIP gap", "how far the best design found can be from the true optimum, proven by the solver's bound; synth reports only designs "
                "proven within the stated gap."),
    ("re-optimized", "every probe of an input solves the whole design again (orbit, chip, areas, satellites, launches), not a frozen design."),
]
