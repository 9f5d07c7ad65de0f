"""The budgets every subsystem contributes to, balanced per orbit (supply >= demand); subsystems add their own.

Each :class:`~synth.subsystems.base.Resource` becomes one row per candidate orbit (its ``row``) and, for a tiered
one, one row per distinct demand tier; see :func:`synth.model.core.define_balances`.

Power and heat are balanced twice, at beginning (``power``, ``heat``) and at end of life (``power_eol``,
``heat_eol``): compute modules fail and are not replaced while arrays and coatings degrade, so either end of the
life can bind, and checking both ends covers every year in between (:mod:`synth.physics.power`,
:mod:`synth.physics.thermal`). The eclipse-energy balance is written at beginning of life only: a battery delivers
the same energy per eclipse through its life (its depth of discharge is set against nameplate and held within its
cycle life, :mod:`synth.physics.power`), and eclipse loads only fall as compute fails, so beginning of life binds.
"""

from __future__ import annotations

from synth.model.data import MUSD
from synth.subsystems.base import Item, Resource

CORE_RESOURCES: tuple[Resource, ...] = (
    Resource("power", "power_balance", "power", "array output at beginning of life", "kW",
             "array output at beginning of life covers IT, housekeeping and battery recharge",
             table="power_w", to_table=1000.0),
    Resource("power_eol", "power_balance_eol", "power", "array output at end of life", "kW",
             "array output at end of life covers the IT that survives, housekeeping and battery recharge",
             table="power_eol_w", to_table=1000.0),
    Resource("eclipse_energy", "battery_energy", "power", "battery energy deliverable in eclipse", "kWh",
             "batteries carry eclipse loads through the longest eclipse", eclipsed_only=True),
    Resource("heat", "heat_total", "thermal", "radiator heat rejection at beginning of life", "kW",
             "radiators reject all waste heat at beginning of life",
             table="heat_w", to_table=1000.0, demand_total="waste_heat_total", tiered=True, tier_row="heat_by_temperature",
             tier_meaning="rejection by radiators cold enough for the compute"),
    Resource("heat_eol", "heat_total_eol", "thermal", "radiator heat rejection at end of life", "kW",
             "radiators at end of life reject the waste heat of what survives",
             table="heat_eol_w", to_table=1000.0, demand_total="waste_heat_total", tiered=True, tier_row="heat_by_temperature_eol",
             tier_meaning="rejection at end of life by radiators cold enough for the compute"),
    Resource("mass", "mass_launched", "mass/launch", "launched mass (one tonne lighter)", "t",
             "launched mass within the vehicles' payload to the orbit", table="mass_kg", to_table=1000.0,
             demand_total="total", show_supply=False, margin=None),
    Resource("stowed_volume", "volume_launched", "mass/launch", "stowed payload volume of the launches", "m3",
             "stowed volume within the vehicles' payload volume"),
)


def all_resources(subsystems) -> dict[str, Resource]:
    """Core resources and those the subsystems introduce, by name."""
    out = {r.name: r for r in CORE_RESOURCES}
    for sub in subsystems:
        for r in sub.resources:
            if r.name in out:
                raise RuntimeError(f"resource {r.name!r} declared twice")  # a registry bug
            out[r.name] = r
    return out


def budget_tables(resources: dict[str, Resource], items: list[Item]) -> dict[str, dict[str, float]]:
    """The result's budget tables (mass_kg, power_w, heat_w, cost_usd) from items whose values are numbers in model
    units (the design's orbit): each resource's table lists its table-only items, demands, demand total, supplies
    and margin; the cost table lists the cost items and their total."""
    tables: dict[str, dict[str, float]] = {}

    def add(table: dict[str, float], name: str, value: float) -> None:
        table[name] = table.get(name, 0.0) + value

    for r in resources.values():
        if r.table is None:
            continue
        table = tables.setdefault(r.table, {})
        for i in items:
            if i.resource is None and i.table == r.table:
                add(table, i.name, i.value * r.to_table)
        demand = [i for i in items if i.resource == r.name and i.side == "demand"]
        supply = [i for i in items if i.resource == r.name and i.side == "supply"]
        for i in demand:
            add(table, i.name, i.value * r.to_table)
        total_demand = sum(i.value for i in demand) * r.to_table
        if r.demand_total:
            table[r.demand_total] = total_demand
        if r.show_supply:
            for i in supply:
                add(table, i.name, i.value * r.to_table)
        if r.margin:
            table[r.margin] = sum(i.value for i in supply) * r.to_table - total_demand
    cost = tables.setdefault("cost_usd", {})
    for i in items:
        if i.resource == "cost":
            add(cost, i.name, i.value * MUSD)
    cost["total"] = sum(cost.values())
    order = ["mass_kg", "power_w", "power_eol_w", "heat_w", "heat_eol_w"]
    return {k: tables[k] for k in sorted(tables, key=lambda k: (k == "cost_usd", order.index(k) if k in order else len(order)))}
