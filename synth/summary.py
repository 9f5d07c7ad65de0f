"""Human-readable text summary of a result, as ``synth solve`` prints it."""

from __future__ import annotations

from synth.fmt import fixed, usd
from synth.result import Result, Status


def _life_heading(budgets: dict[str, dict[str, float]], budget: str) -> str:
    """', beginning of life' / ', end of life' for the power and heat budgets, with '(binds)' on the year whose margin
    is zero (the arrays or radiators are sized for it; both may bind)."""
    if not budget.startswith(("power", "heat")):
        return ""
    table = budgets[budget]
    year = "end of life" if "_eol" in budget else "beginning of life"
    tight = table.get("margin", 1.0) <= 1e-6 * max([1.0, *(abs(v) for v in table.values())])
    return f", {year}" + (" (binds)" if tight else "")


def _si(value: float, unit: str) -> str:
    for factor, prefix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= factor:
            return f"{fixed(value / factor, 3)} {prefix}{unit}"
    return f"{fixed(value, 3)} {unit}"


def _mass(kg: float) -> str:
    return f"{fixed(kg / 1000.0, 3)} t" if abs(kg) >= 1000.0 else f"{fixed(kg, 1)} kg"


def _not_proven(result: Result) -> str | None:
    """A warning line for a design that is not proven optimal (None for optimal results and evaluations)."""
    if result.design is None or not (result.status.is_limit or result.status is Status.ERROR):
        return None
    gap = result.solver.mip_gap
    limits = result.solver.options
    bound = (f"the relative gap to the best bound is about {gap:.2g} (an estimate; see solver.mip_gap)" if gap is not None
             else "no bound on how far from optimal it is")
    which = {Status.TIME_LIMIT: f"solver.time_limit_s = {limits.get('time_limit', '?'):g} s per MILP",
             Status.RATIO_NOT_CONVERGED: "solver.max_ratio_iterations", Status.ITERATION_LIMIT: "HiGHS's iteration limit"}
    return (f"WARNING: NOT PROVEN OPTIMAL ({result.status.value}): this is the best design found when a limit stopped the "
            f"solver ({which.get(result.status, result.status.value)}); {bound}. Raise the limit and solve again for a proven optimum.")


def _gap_text(result: Result) -> str:
    gap = result.solver.mip_gap
    if result.status is Status.OPTIMAL and gap is not None:
        return f"; proven within a relative gap of {gap:.1e}"
    return ""


def _top_down_note(result: Result) -> str | None:
    d = result.design
    if d is None or d.it_power_on_top_down_units_w <= 0:
        return None
    return (f"{_si(d.it_power_on_top_down_units_w, 'W')} of IT runs on top-down units ({', '.join(d.satellites_by_bus)}), whose arrays, "
            "radiators and batteries are inside their all-in figures (W per kg, USD per W): the array, radiator, battery, power "
            "and heat lines below cover only the compute hosted bottom-up")


def format_summary(result: Result) -> str:
    lines = [f"case {result.case['name']} ({result.case['file']}): {result.status.value}"]
    lines += [f"  input warning: {w}" for w in result.input_warnings]
    lines += [f"  note: {n}" for n in result.notes]
    warning = _not_proven(result)
    if warning:
        lines.append(f"  {warning}")
    top_down = _top_down_note(result)
    if top_down:
        lines.append(f"  note: {top_down}")
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
    served = result.case.get("workload", {"batch": 1.0})
    lines += ["", "design", f"  {'workload':<20} " + (next(iter(served)) if len(served) == 1 else ", ".join(f"{w} {s:.0%}" for w, s in served.items())),
              f"  {'orbit':<20} {d.orbit} (sunlit {k['sunlit_fraction']:.1%}, worst eclipse {k['worst_eclipse_min']:.1f} min)"]
    lines += [f"  {label:<20} {text}" for label, text in _design_lines(result)]
    for budget, unit, fmt in (("mass_kg", "kg", None), ("power_w", "W", None), ("power_eol_w", "W", None), ("heat_w", "W", None),
                              ("heat_eol_w", "W", None), ("cost_usd", "USD", usd)):
        if budget not in result.budgets:
            continue
        lines += ["", f"{budget.split('_')[0]} budget" + _life_heading(result.budgets, budget)]
        for item, value in result.budgets[budget].items():
            shown = fmt(value) if fmt else _mass(value) if unit == "kg" else _si(value, unit)
            lines.append(f"  {item:<24} {shown:>18}")
    lines += [
        "",
        "key figures",
        f"  IT power                    {_si(k['it_power_w'], 'W')}",
        f"  delivered compute           {k['delivered_flop']:.4e} FLOP over life",
        f"  cost per EFLOP (orbit)      {usd(k['cost_per_eflop_usd'])}  (levelized)",
        f"  cost per GPU-hour (orbit)   {usd(k['cost_per_gpu_hour_usd'])}  ({usd(k['cost_per_mwh_it_usd'])} per MWh of IT energy at nameplate)",
        f"  cost per EFLOP (ground)     {usd(k['terrestrial_cost_per_eflop_usd'])}  ({result.terrestrial['baseline']}; "
        f"{usd(k['terrestrial_cost_per_gpu_hour_usd'])} per GPU-hour)",
        f"  orbit / ground              {k['orbital_to_terrestrial']:.3f}x",
        f"  launched mass               {_mass(k['launched_mass_kg'])}  ({k['kg_per_kw_it']:.1f} kg/kW, {k['w_it_per_kg']:.1f} W/kg)",
        f"  launched-power price        {usd(k['launched_power_usd_per_kw_year'])} per kW-year",
        f"  up-front capital            {usd(k['upfront_capital_usd'])}  ({usd(k['capital_per_w_excl_compute_usd'])} per W excluding compute)",
        f"  total cost (present value)  {usd(k['total_cost_usd'])}  ({usd(k['levelized_annual_cost_usd'])} a year levelized)",
        *_token_lines(k),
        *_ground_lines(result),
        *_boundary_lines(result),
        "",
        f"solver: HiGHS {result.solver.version}, {result.solver.milp_solves} HiGHS solves, {result.solver.wall_s:.2f} s wall "
        f"({result.solver.highs_s:.2f} s in HiGHS)" + _gap_text(result),
    ]
    if warning:
        lines.append(warning)
    if result.binding:
        lines += ["", "what binds (LP marginal values at the optimal integers)"]
        lines += [f"  {b.message}" for b in result.binding if b.marginal != 0.0]
        idle = [b.constraint for b in result.binding if b.marginal == 0.0]
        if idle:
            lines.append(f"  tight, but relaxing one alone gains nothing at these counts: {', '.join(idle)}")
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


def _token_lines(k: dict[str, float]) -> list[str]:
    tokens = [(key[len("usd_per_mtok["):-1], v) for key, v in k.items() if key.startswith("usd_per_mtok[")]
    return ["  per million tokens          " + ", ".join(f"{usd(v)} {name}" for name, v in tokens) + "  (at this design's cost per FLOP)"] if tokens else []


def _ground_lines(result: Result) -> list[str]:
    """The same compute at every terrestrial baseline: cost per EFLOP and GPU-hour, and the orbit's ratio."""
    baselines = result.terrestrial.get("baselines", {})
    if len(baselines) < 2:
        return []
    orbit = result.kpi["cost_per_eflop_usd"]
    lines = ["", "the same compute on the ground (cost per EFLOP, per GPU-hour, orbit / ground)"]
    lines += [f"  {name:<26} {usd(b['cost_per_eflop_usd']):>9} {usd(b['cost_per_gpu_hour_usd']):>9}  {orbit / b['cost_per_eflop_usd']:.3f}x"
              f"  ({b['archetype']}, WACC {b['wacc']:.1%}, power in {b['time_to_power_years']:g} yr)" for name, b in baselines.items()]
    return lines


def _boundary_lines(result: Result) -> list[str]:
    if not result.boundaries:
        return []
    lines = ["", f"cost boundaries (cost per EFLOP, orbit vs {result.terrestrial['baseline']})"]
    lines += [f"  {name:<36} {usd(b['orbit_cost_per_eflop_usd']):>9} vs {usd(b['ground_cost_per_eflop_usd']):>9}  {b['orbit_to_ground']:.2f}x"
              for name, b in result.boundaries.items()]
    return lines


def _design_lines(result: Result) -> list[tuple[str, str]]:
    """Each subsystem's lines of the design, in data-flow order (a subsystem that took no part shows none)."""
    from synth.subsystems import REGISTRY

    fields = set(result.design or {})
    return [line for sub in REGISTRY if sub.name != "orbits" and (not sub.design_fields or fields & set(sub.design_fields))
            for line in sub.summary_lines(result.design)]
