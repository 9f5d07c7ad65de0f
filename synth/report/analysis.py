"""What the report computes beyond the solved cases: break-even launch price and a re-optimized sensitivity
(tornado) for each architecture. Every figure comes from re-optimized designs, not from a fixed design."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from synth.breakeven import find_breakeven
from synth.case import ResolvedCase, load_case
from synth.errors import SynthError
from synth.fmt import usd
from synth.progress import Progress
from synth.resolve import Resolver
from synth.result import Status


@dataclass
class Swing:
    """One input moved to a low and a high value, with the re-optimized cost per EFLOP at each."""

    name: str
    low_label: str
    high_label: str
    low_cost_per_eflop_usd: float | None
    high_cost_per_eflop_usd: float | None
    base_cost_per_eflop_usd: float

    @property
    def spread(self) -> float:
        values = [v for v in (self.low_cost_per_eflop_usd, self.high_cost_per_eflop_usd) if v is not None and math.isfinite(v)]
        return max(values) - min(values) if len(values) == 2 else 0.0


def main_vehicle(result: dict[str, Any]) -> str | None:
    launches = result["design"]["launches"] if result.get("design") else {}
    return max(launches, key=lambda v: launches[v]) if launches else None


def launch_price_parameter(rc: ResolvedCase, result: dict[str, Any]) -> tuple[str, float] | None:
    """The price field of the vehicle flying most of the design: per kg if it has one, else per launch."""
    vehicle = main_vehicle(result)
    if vehicle is None:
        return None
    entry = rc.entries["launch_vehicles"][vehicle]
    field = "price_per_kg_usd" if entry.price_per_kg_usd > 0 else "price_per_launch_usd"
    return f"launch_vehicles.{vehicle}.{field}", getattr(entry, field)


def breakeven_launch_price(rc: ResolvedCase, result: dict[str, Any], progress: Progress | None = None) -> dict[str, Any] | None:
    """Launch price at which this architecture's optimum equals the ground per EFLOP (1/1000 to 10x today's);
    one step of ``progress``."""
    found = launch_price_parameter(rc, result)
    if found is None:
        return None
    parameter, price = found
    progress = progress or Progress("", quiet=True)
    progress.add_total(1)
    assert rc.file is not None  # the report loads its cases from files
    outcome = find_breakeven(rc.file, parameter, low=price / 1000, high=price * 10, rel_tol=1e-3, fixed=rc.set_overrides)
    progress.step(f"{rc.name}: break-even launch price")
    return {"parameter": parameter, "current": price, **{k: v for k, v in asdict(outcome).items() if k != "probes"},
            "probes": len(outcome.probes)}


def sensitivity(rc: ResolvedCase, result: dict[str, Any], progress: Progress | None = None) -> list[Swing]:
    """Cost per EFLOP re-optimized at low and high values of the key inputs (a tornado chart's bars); one step of
    ``progress`` per re-optimization."""
    e = rc.entries
    base = result["kpi"]["cost_per_eflop_usd"]
    price = launch_price_parameter(rc, result)
    options: Any = rc.case.options  # generated from the subsystems (synth.case.Options)
    chosen_temps = options.radiator_temperatures_k
    temps = sorted({t for rad in e["radiators"].values() for t in rad.operating_temperatures_k}) if chosen_temps is None else sorted(chosen_temps)
    life = rc.case.requirements.design_life_years
    inputs: list[tuple[str, str, str, dict[str, Any], dict[str, Any]]] = []
    if price:
        path, value = price
        per = "/kg" if path.endswith("_per_kg_usd") else " per launch"
        inputs.append(("launch price", f"x0.5 ({usd(value * 0.5, 3)}{per})", f"x2 ({usd(value * 2, 3)}{per})", {path: value * 0.5}, {path: value * 2}))
    inputs.append(("compute hardware price", "x0.7", "x1.3",
                   {f"compute.{c}.price_usd": m.price_usd * 0.7 for c, m in e["compute"].items()},
                   {f"compute.{c}.price_usd": m.price_usd * 1.3 for c, m in e["compute"].items()}))
    inputs.append(("solar cell efficiency", "x0.9", "x1.1 (at most 1)",
                   {f"solar_arrays.{s}.cell_efficiency": a.cell_efficiency * 0.9 for s, a in e["solar_arrays"].items()},
                   {f"solar_arrays.{s}.cell_efficiency": min(a.cell_efficiency * 1.1, 1.0) for s, a in e["solar_arrays"].items()}))
    # Radiators and the coolant limit move together: a hotter radiator needs compute that runs hotter.
    inputs.append(("radiator and coolant temperature", "-20 K", "+20 K",
                   {"options.radiator_temperatures_k": [t - 20 for t in temps],
                    **{f"compute.{c}.max_radiator_temperature_k": m.max_radiator_temperature_k - 20 for c, m in e["compute"].items()}},
                   {"options.radiator_temperatures_k": [t + 20 for t in temps],
                    **{f"compute.{c}.max_radiator_temperature_k": m.max_radiator_temperature_k + 20 for c, m in e["compute"].items()}}))
    inputs.append(("design life", f"{life * 0.6:g} years", f"{life * 1.4:g} years",
                   {"requirements.design_life_years": life * 0.6}, {"requirements.design_life_years": life * 1.4}))
    inputs.append(("failure rate", "x0.5", "x2",
                   {**{f"compute.{c}.annual_failure_rate": m.annual_failure_rate * 0.5 for c, m in e["compute"].items()},
                    **{f"compute.{c}.failures_per_krad": m.failures_per_krad * 0.5 for c, m in e["compute"].items()}},
                   {**{f"compute.{c}.annual_failure_rate": min(m.annual_failure_rate * 2, 0.99) for c, m in e["compute"].items()},
                    **{f"compute.{c}.failures_per_krad": min(m.failures_per_krad * 2, 1.0) for c, m in e["compute"].items()}}))
    progress = progress or Progress("", quiet=True)
    progress.add_total(2 * len(inputs))
    assert rc.file is not None  # the report loads its cases from files
    resolver = Resolver(rc.file, rc.set_overrides)
    swings = []
    try:
        for name, low_label, high_label, low, high in inputs:
            values = []
            for label, over in ((low_label, low), (high_label, high)):
                try:
                    found = resolver.solve(over).result
                    values.append(found.kpi["cost_per_eflop_usd"] if found.status is Status.OPTIMAL else None)
                except SynthError:  # a value the schema refuses (e.g. a temperature out of range): no bar
                    values.append(None)
                progress.step(f"{rc.name}: sensitivity to {name}, {label}")
            swings.append(Swing(name, low_label, high_label, values[0], values[1], base))
    finally:
        resolver.close()
    return sorted(swings, key=lambda s: -s.spread)


#: cost and mass items of the network (synth.subsystems.isl, synth.subsystems.downlink)
NETWORK_COST = ("isl_terminals", "downlink_terminals", "ground_stations")
NETWORK_MASS = ("isl_terminals", "formation_propellant", "downlink_terminals")


def per_workload(rc: ResolvedCase, workloads: list[str], progress: Progress | None = None) -> list[dict[str, Any]]:
    """The architecture re-optimized for each workload (``workload`` set to it): cost per EFLOP and per GPU-hour, the
    network's cost, mass and share, and what binds; an infeasible workload gives its diagnosis. One step of
    ``progress`` per workload."""
    from synth.solve import solve

    progress = progress or Progress("", quiet=True)
    progress.add_total(len(workloads))
    assert rc.file is not None  # the report loads its cases from files
    rows = []
    for w in workloads:
        found = solve(load_case(rc.file, overrides={**rc.set_overrides, "workload": w}))
        row: dict[str, Any] = {"workload": w, "status": found.status.value}
        if found.status is Status.OPTIMAL:
            cost, mass = found.budgets["cost_usd"], found.budgets["mass_kg"]
            network = sum(cost.get(k, 0.0) for k in NETWORK_COST)
            assert found.design is not None
            row.update(cost_per_eflop_usd=found.kpi["cost_per_eflop_usd"], cost_per_gpu_hour_usd=found.kpi["cost_per_gpu_hour_usd"],
                       orbital_to_terrestrial=found.kpi["orbital_to_terrestrial"], network_usd=network, network_share=network / cost["total"],
                       network_mass_kg=sum(mass.get(k, 0.0) for k in NETWORK_MASS), orbit=found.design.orbit,
                       satellites=found.design.satellites,
                       binding=[b.constraint for b in found.binding if b.budget == "network" and b.marginal != 0.0])
        else:
            row["reason"] = "; ".join(d.message for d in found.diagnosis) or found.message
        rows.append(row)
        progress.step(f"{rc.name}: workload {w}")
    return rows
