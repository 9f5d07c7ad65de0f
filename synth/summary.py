"""Human-readable text summary of a result, as ``synth solve`` prints it."""

from __future__ import annotations

from synth.result import Result


def _si(value: float, unit: str) -> str:
    for factor, prefix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= factor:
            return f"{value / factor:,.3f} {prefix}{unit}"
    return f"{value:,.3f} {unit}"


def _mass(kg: float) -> str:
    return f"{kg / 1000.0:,.3f} t" if abs(kg) >= 1000.0 else f"{kg:,.1f} kg"


def _usd(value: float) -> str:
    for factor, suffix in ((1e9, " B"), (1e6, " M"), (1e3, " k")):
        if abs(value) >= factor:
            return f"${value / factor:,.3f}{suffix}"
    return f"${value:,.2f}"


def format_summary(result: Result) -> str:
    lines = [f"case {result.case['name']} ({result.case['file']}): {result.status.value}"]
    lines += [f"  input warning: {w}" for w in result.input_warnings]
    if result.design is None:
        if not result.diagnosis:
            lines.append(result.message)
        for diag in result.diagnosis:
            lines.append(f"  - {diag.message}")
        if result.conflict:
            lines.append("constraints that cannot hold together (irreducible infeasible subset of the LP relaxation):")
            lines += [f"    {item}" for item in result.conflict]
        if result.diagnosis:
            lines.append("next steps:")
            lines += [f"  - {d.next_step}" for d in result.diagnosis if d.next_step]
            lines.append("  - or add candidate options (orbits, vehicles, buses); `synth check` looks for inputs that can never work")
        return "\n".join(lines)
    d, k = result.design, result.kpi
    lines += [
        "",
        "design",
        f"  orbit                {d.orbit} (sunlit {k['sunlit_fraction']:.1%}, worst eclipse {k['worst_eclipse_min']:.1f} min)",
        f"  shielding            {d.shielding}",
        f"  compute              " + ", ".join(f"{n:,} x {c}" for c, n in d.compute.items()),
        f"  running in eclipse   " + (", ".join(f"{n:,.0f} x {c}" for c, n in d.compute_running_in_eclipse.items()) or "none (throttled)"),
        f"  solar array          {d.solar_array_area_m2:,.0f} m2 " + _parts(d.solar_array_area_by_technology_m2, "m2"),
        f"  radiator             {d.radiator_area_m2:,.0f} m2 " + _parts(d.radiator_area_by_option_m2, "m2"),
        f"  battery              {d.battery_energy_kwh:,.1f} kWh " + _parts(d.battery_energy_by_technology_kwh, "kWh"),
        f"  satellites/modules   {d.satellites:,} " + _parts(d.satellites_by_bus, ""),
        f"  launches             " + (", ".join(f"{n:,} x {v}" for v, n in d.launches.items()) or "none"),
    ]
    for budget, unit, fmt in (("mass_kg", "kg", None), ("power_w", "W", None), ("heat_w", "W", None), ("cost_usd", "USD", _usd)):
        lines += ["", f"{budget.split('_')[0]} budget"]
        for item, value in result.budgets[budget].items():
            shown = fmt(value) if fmt else _mass(value) if unit == "kg" else _si(value, unit)
            lines.append(f"  {item:<24} {shown:>18}")
    lines += [
        "",
        "key figures",
        f"  IT power                    {_si(k['it_power_w'], 'W')}",
        f"  delivered compute           {k['delivered_flop']:.4e} FLOP over life",
        f"  cost per EFLOP (orbit)      {_usd(k['cost_per_eflop_usd'])}",
        f"  cost per EFLOP (ground)     {_usd(k['terrestrial_cost_per_eflop_usd'])}  ({result.terrestrial['baseline']})",
        f"  orbit / ground              {k['orbital_to_terrestrial']:.3f}x",
        f"  launched mass               {_mass(k['launched_mass_kg'])}  ({k['kg_per_kw_it']:.1f} kg/kW, {k['w_it_per_kg']:.1f} W/kg)",
        f"  total cost (present value)  {_usd(k['total_cost_usd'])}",
        "",
        f"solver: HiGHS {result.solver.version}, {result.solver.milp_solves} MILP solves, {result.solver.wall_s:.2f} s wall "
        f"({result.solver.highs_s:.2f} s in HiGHS)",
    ]
    if result.binding:
        lines += ["", "what binds (LP marginal values at the optimal integers)"]
        lines += [f"  {b.message}" for b in result.binding]
    for warning in result.solver.warnings:
        lines.append(f"  HiGHS warning: {warning}")
    if result.checks:
        lines[-1] = f"evaluated without optimizing in {result.solver.wall_s:.3f} s"
        violated = [c for c in result.checks if not c.satisfied]
        lines += ["", f"constraints: {len(result.checks) - len(violated)} of {len(result.checks)} met"]
        lines += [f"  {c.message}" for c in violated]
        if violated:
            lines.append("next steps: change the design where it violates a constraint, or let `synth solve` size it")
    return "\n".join(lines)


def _parts(parts: dict[str, float], unit: str) -> str:
    if len(parts) <= 1 and unit:
        return "(" + ", ".join(parts) + ")" if parts else ""
    return "(" + ", ".join(f"{k}: {v:,.0f}{(' ' + unit) if unit else ''}" for k, v in parts.items()) + ")"
