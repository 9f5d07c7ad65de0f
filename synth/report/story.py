"""The report's reader-facing sections: the verdict, where the difference comes from (the cost waterfall), the
limits with their slack and marginal values in dollars, the methodology and glossary, and the assumptions appendix.

Every figure is read from the solved results (report.json); nothing is solved here. Contenders are the ground and
each architecture, named for readers (:mod:`synth.report.names`) and drawn in one colour each
(:data:`synth.report.charts.GROUND` and ``colours``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synth.fmt import significant, usd
from synth.report import charts, names
from synth.report.model import Box, Figure, Para, Section, Table

#: a report's architecture entry (report.json "architectures")
Arch = dict[str, Any]


def ranked(archs: list[Arch]) -> list[Arch]:
    """Architectures from cheapest to dearest per delivered EFLOP."""
    return sorted(archs, key=lambda a: a["result"]["kpi"]["cost_per_eflop_usd"])


def ground_range(archs: list[Arch]) -> dict[str, Any]:
    """The ground as one contender: the same compute as the cheapest architecture, at each of its baselines
    (archetypes). Per EFLOP, per GPU-hour and total present value: (min, max) over the baselines, and the
    archetypes' names."""
    r = ranked(archs)[0]["result"]
    baselines = r["terrestrial"].get("baselines") or {r["terrestrial"]["baseline"]: r["terrestrial"]}

    def span(key: str) -> tuple[float, float]:
        values = [b[key] if key != "total" else b["cost_usd"]["total"] for b in baselines.values()]
        return min(values), max(values)

    return {"per_eflop": span("cost_per_eflop_usd"), "per_gpu_hour": span("cost_per_gpu_hour_usd"), "total": span("total"),
            "archetypes": [names.archetype(b.get("archetype", n)) for n, b in baselines.items()]}


def _span(low: float, high: float) -> str:
    """A range of dollars at 3 significant digits, the unit once: ``$0.294-0.328``, ``$34.3-38.2 B``."""
    lo, hi = usd(low, 3), usd(high, 3)
    if lo == hi:
        return lo
    suffix = hi.split(" ")[1] if " " in hi else ""
    if suffix and lo.endswith(" " + suffix):
        return f"{lo[: -len(suffix) - 1]}-{hi[1:]}"
    return f"{lo}-{hi[1:]}" if not suffix and " " not in lo else f"{lo}-{hi}"


def verdict(archs: list[Arch], uncertainty: list[dict[str, Any]], files: Path, colours: dict[str, str]) -> Section:
    """The answer first: who delivers a FLOP most cheaply, in dollars per delivered EFLOP, per GPU-hour and in total,
    with the ground as a contender (its range over the archetypes), the ranking and its confidence, and one chart."""
    order = ranked(archs)
    g = ground_range(archs)
    best = order[0]
    ground_low = g["per_eflop"][0]
    life = best["design_life_years"]

    def cost(a: Arch) -> float:
        return float(a["result"]["kpi"]["cost_per_eflop_usd"])

    each = ", ".join(f"{usd(cost(a), 3)} for {names.contender(a)} ({cost(a) / ground_low:.1f}x)" for a in order)
    cheaper = [a for a in order if cost(a) < ground_low]
    if cheaper:
        head = f"**{names.contender(cheaper[0])} beats the ground.**"
    else:
        head = "**The ground is cheapest.**"
    lines = [f"{head} A delivered EFLOP (10^18 FLOP of work) costs {_span(*g['per_eflop'])} on the ground, against {each}."]
    per_hour = ", ".join(f"{names.contender(a)} {usd(a['result']['kpi']['cost_per_gpu_hour_usd'], 3)}" for a in order)
    totals = ", ".join(f"{names.contender(a)} {usd(a['result']['kpi']['total_cost_usd'], 3)} for {significant(a['result']['kpi']['it_power_w'] / 1e6, 3)} MW"
                       for a in order)
    lines.append(f"Per GPU-hour: the ground {_span(*g['per_gpu_hour'])}, {per_hour}. In total over a {life:g}-year life (present value): {totals}; "
                 f"the same compute on the ground {_span(*g['total'])}.")
    contenders = sorted([("the ground", ground_low), *[(names.contender(a), cost(a)) for a in order]], key=lambda nc: nc[1])
    lines.append("Ranking, cheapest first: " + ", ".join(f"{i}. {n}" for i, (n, _) in enumerate(contenders, 1)) + ". " + confidence(archs, uncertainty))
    rows = [["the ground (" + ", ".join(g["archetypes"]) + ")", _span(*g["per_eflop"]), _span(*g["per_gpu_hour"]), _span(*g["total"]), "1x"]]
    rows += [[names.contender(a), usd(cost(a), 3), usd(a["result"]["kpi"]["cost_per_gpu_hour_usd"], 3),
              usd(a["result"]["kpi"]["total_cost_usd"], 3), f"{cost(a) / ground_low:.2f}x"] for a in order]
    chart = charts.contenders(
        [("the ground", g["per_eflop"][0], g["per_eflop"][1], charts.GROUND)]
        + [(names.contender(a), cost(a), cost(a), colours[a["result"]["case"]["name"]]) for a in order], files / "verdict.png")
    return Section("The verdict", [
        Box("The answer", lines),
        Figure(chart, "Cost per delivered EFLOP of each contender; the ground's bar spans its archetypes.", "bar chart of cost per delivered EFLOP"),
        Table(["contender", "per delivered EFLOP", "per GPU-hour", "total, present value", "vs the cheapest ground"], rows,
              f"The ground runs the same compute as {names.contender(best)} for the same life. All costs are present values at each owner's "
              f"cost of capital (see Methodology)."),
    ])


def confidence(archs: list[Arch], uncertainty: list[dict[str, Any]]) -> str:
    """How sure the ranking is: from a synth uncertainty output when the report was given one, else how to get it."""
    from synth.montecarlo import probability_text

    if not uncertainty:
        return "Confidence: not computed (give the report a synth uncertainty output to see how often this ranking holds)."
    s = uncertainty[0]["summary"]
    label = {a["result"]["case"]["name"]: names.contender(a) for a in archs}
    beats = []
    for case, e in s["cases"].items():
        dearest = min(e.get("vs_ground", {}).items(), key=lambda kv: kv[1]["ratio"]["p50"]["value"], default=None)
        if dearest:  # the ground archetype most favourable to the orbit
            beats.append(f"{label.get(case, case)} {probability_text(dearest[1]['p_orbit_cheaper'])}")
    parts = [f"P(beats even the dearest ground archetype): {', '.join(beats)}"] if beats else []
    for pair, v in s.get("pairs", {}).items():
        first, second = pair.split(" / ")
        parts.append(f"P({label.get(first, first)} beats {label.get(second, second)}) {probability_text(v[f'p_{first}_cheaper'])}")
    return f"Confidence ({s['worlds']:,} sampled worlds of the inputs' ranges, each re-optimized): " + "; ".join(parts) + "."


def waterfall(archs: list[Arch], files: Path, colours: dict[str, str]) -> Section:
    """Where the difference comes from: cost per delivered EFLOP from the ground to each architecture, category by
    category, and every contender's own breakdown.

    Between contenders A and B (present-value cost C, by category c, and discounted delivered EFLOP F):

        C_A / F_A  +  (C_A / F_B - C_A / F_A)  +  sum_c (C_B,c - C_A,c) / F_B  =  C_B / F_B      (USD per EFLOP)

    the second term is the same spend spread over the other's delivered compute (failures not replaced in orbit, a
    higher cost of capital discounting later FLOP more, eclipses), the sum the items, each at B's delivered compute."""
    order = ranked(archs)
    best = order[0]["result"]
    ground = best["terrestrial"]
    start = ground["cost_usd"]["total"] / (ground["discounted_flop"] / 1e18)
    steps: list[tuple[str, float, str]] = [(f"the ground ({names.archetype(ground['archetype'])})", start, charts.GROUND)]
    previous = (categorize_side(ground["cost_usd"]), ground["cost_usd"]["total"], ground["discounted_flop"] / 1e18)
    table_cols = [("the ground", previous)]
    for a in order:
        r = a["result"]
        now = (categorize_side(r["budgets"]["cost_usd"]), r["budgets"]["cost_usd"]["total"], r["kpi"]["discounted_flop"] / 1e18)
        cats, total, flop = now
        p_cats, p_total, p_flop = previous
        steps.append(("fewer EFLOP delivered", p_total / flop - p_total / p_flop, ""))
        for c in cats:
            delta = (cats[c] - p_cats[c]) / flop
            if abs(delta) > 1e-4 * total / flop:
                steps.append((c, delta, ""))
        steps.append((names.contender(a), total / flop, colours[r["case"]["name"]]))
        previous = now
        table_cols.append((names.contender(a), now))
    chart = charts.waterfall(steps, files / "waterfall.png")
    categories = list(table_cols[0][1][0])
    rows = [[c, *[usd(col[0][c] / col[2], 3) for _, col in table_cols]] for c in categories if any(col[0][c] for _, col in table_cols)]
    rows.append(["total per delivered EFLOP", *[usd(col[1] / col[2], 3) for _, col in table_cols]])
    rows.append(["discounted delivered EFLOP", *[f"{significant(col[2], 3)}" for _, col in table_cols]])
    rows.append(["total, present value", *[usd(col[1]) for _, col in table_cols]])
    bars = charts.category_bars([(n, {c: col[0][c] / col[2] for c in categories}, charts.GROUND if i == 0 else colours[order[i - 1]["result"]["case"]["name"]])
                                 for i, (n, col) in enumerate(table_cols)], files / "categories.png")
    lost = 1 - best["kpi"]["discounted_flop"] / ground["discounted_flop"]
    return Section("Where the difference comes from", [
        Para(f"From the ground to {' to '.join(names.contender(a) for a in order)}, item by item (USD per delivered EFLOP). The same chips "
             f"deliver {lost:.0%} fewer discounted EFLOP in orbit than on the ground: the ground replaces failed accelerators and "
             f"orbit does not, the orbit's owner discounts later years at a higher cost of capital, and eclipses idle what batteries do not carry. "
             f"That alone raises the orbit's cost per EFLOP before any spacecraft is bought."),
        Figure(chart, "Cost waterfall: each bar adds what the next contender spends more (or less) in a category, per its own delivered EFLOP.",
               "waterfall chart of cost per delivered EFLOP"),
        Figure(bars, "Each contender's own breakdown, per delivered EFLOP, in the same categories.", "grouped bars of cost categories"),
        Table(["category", *[n for n, _ in table_cols]], rows, "Per delivered EFLOP, each contender on its own delivered compute; the ground at "
              f"its {ground['baseline']} baseline."),
    ])


def categorize_side(cost_usd: dict[str, float]) -> dict[str, float]:
    """A side's cost items by category, the empty ``other`` left out."""
    cats = names.categorize(cost_usd)
    if not cats["other"]:
        del cats["other"]
    return cats


def limits(archs: list[Arch]) -> Section:
    """Every requirement and limit with its value, what the design uses and the slack; and what binds, with marginal
    values in dollars: a binding row's LP dual d (USD per EFLOP per unit) times the design's discounted delivered
    EFLOP F is the present-value cost one more unit saves, USD per unit (exact while the delivered compute is
    held, the scale of a design at its IT-power limit)."""
    blocks: list[Any] = []
    for a in archs:
        r = a["result"]
        name = names.contender(a)
        rows = [[x["limit"], x["value"], x["used"], x["slack"], x["binds"]] for x in a.get("limits", [])]
        if rows:
            blocks.append(Table(["requirement or limit", "value", "the design uses", "slack", "binds"], rows, f"{name}: the case's requirements and limits."))
        marginal = marginal_rows(r["binding"], r["kpi"]["discounted_flop"])
        if marginal:
            blocks.append(Table(["what binds", "one more unit is worth", "for the next"], marginal,
                                f"{name}: binding rows, marginal values in present-value dollars (LP duals at the optimal integers)."))
    return Section("Limits and what binds", blocks)


def marginal_rows(binding: list[dict[str, Any]], discounted_flop: float) -> list[list[str]]:
    """What binds, as rows of (what binds, what one more unit is worth in present-value dollars, for how many units).

    A cost-per-FLOP optimum's dual d is in USD per EFLOP per unit; times the design's discounted delivered EFLOP F
    it is dollars of total cost per unit, USD = d F / 1e18 (exact while the delivered compute is held). A total-cost
    optimum's dual is already USD per unit. Rows whose dual is 0 are left out; a dual that is not unique shows its
    bound."""
    rows = []
    for b in binding:
        unit = b.get("unit") or "unit"
        scale = discounted_flop / 1e18 if str(b.get("marginal_unit", "")).startswith("USD/EFLOP") else 1.0
        if b.get("marginal") == 0:
            continue
        if b.get("marginal") is not None:
            value = f"{usd(abs(b['marginal']) * scale)} per {unit}"
        elif b.get("marginal_at_most") is not None:
            value = f"at most {usd(abs(b['marginal_at_most']) * scale)} per {unit} (not unique)"
        else:
            value = "no LP value"
        rows.append([b["meaning"], value, f"{significant(b['valid_for'], 3)} {unit}" if b.get("valid_for") else ""])
    return rows


def limit_table(rc: Any, result: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's requirements and limits as report rows: value, what the design uses, slack, and whether it binds
    (slack within 1e-6 of the value). Launches: sum of the manifest against limits.max_launches_per_year x
    limits.deployment_years; IT power against requirements.it_power_mw; areas and units against their caps."""
    from synth.model.requirements import limit_values

    d, kpi = result["design"], result["kpi"]
    req, lim = rc.case.requirements, rc.case.limits
    used = {"max_launches": float(sum(d["launches"].values())), "launch_cadence": float(sum(d["launches"].values())),
            "max_satellites": float(d["satellites"]), "max_array_area": d["solar_array_area_m2"], "max_radiator_area": d["radiator_area_m2"]}
    label = {"max_launches": ("launches", ""), "launch_cadence": (f"launches ({significant(lim.max_launches_per_year or 0, 4)} a year x "
                                                                   f"{significant(lim.deployment_years, 3)} years)", ""),
             "max_satellites": ("satellites / modules", ""), "max_array_area": ("solar array area", " m2"), "max_radiator_area": ("radiator area", " m2")}
    it_mw = kpi["it_power_w"] / 1e6
    rows = [{"limit": "IT power, MW (required range)", "value": f"{significant(req.it_power_mw.min, 4)}-{significant(req.it_power_mw.max, 4)}",
             "used": significant(it_mw, 4), "slack": significant(req.it_power_mw.max - it_mw, 3),
             "binds": "yes (at the maximum)" if req.it_power_mw.max - it_mw <= 1e-6 * req.it_power_mw.max else "no"}]
    for key, value in limit_values(rc.case).items():
        text, unit = label[key]
        slack = value - used[key]
        rows.append({"limit": text, "value": significant(value, 4) + unit, "used": significant(used[key], 4) + unit,
                     "slack": significant(slack, 3) + unit, "binds": "yes" if slack <= 1e-6 * max(value, 1.0) else "no"})
    if lim.max_satellite_it_power_kw is not None and d["satellites"]:
        per = kpi["it_power_w"] / 1000 / d["satellites"]
        rows.append({"limit": "IT power per satellite, kW (mean over units)", "value": significant(lim.max_satellite_it_power_kw, 4),
                     "used": significant(per, 4), "slack": significant(lim.max_satellite_it_power_kw - per, 3),
                     "binds": "yes" if lim.max_satellite_it_power_kw - per <= 1e-6 * lim.max_satellite_it_power_kw else "no"})
    return rows


def methodology(archs: list[Arch]) -> Section:
    """How the numbers are made, in a page."""
    rates = ", ".join(f"{names.contender(a)} {a['discount_rate']:.1%}" for a in archs if "discount_rate" in a)
    return Section("Methodology", [
        Para("**What is optimized.** For each architecture a mixed-integer model chooses the orbit, the compute modules, the solar arrays, "
             "radiators, batteries, power conditioning and shielding, the satellites or platform modules and the launch manifest, and "
             "minimizes cost per delivered FLOP under power, heat, mass, launch and cadence limits. HiGHS solves it exactly: every design "
             "shown is proven optimal within the stated MIP gap (Provenance)."),
        Para("**Delivered FLOP.** Installed peak FLOP/s x utilization x availability x the share of modules still working, year by year "
             "over the design life, discounted at the owner's cost of capital. In orbit, modules that fail (random failures and radiation) "
             "are not replaced, and eclipses idle whatever the batteries do not carry. On the ground, failed modules are replaced at a cost, "
             "so the installed compute stays whole."),
        Para("**Cost boundaries.** Orbit: compute, spacecraft (bus or platform, arrays, radiators, batteries, power conditioning, "
             "shielding), launch and launch insurance, integration and test, development (NRE), ground segment, operations and in-orbit "
             "insurance, and a cost contingency. Ground: compute and its replacements, the building and cooling plant or a lease, the "
             "power (electricity, gas turbines with fuel, or solar + storage), water and operations. Both sides run the same compute for "
             "the same life; neither counts the land, taxes or the network beyond the data center's edge."),
        Para("**Discounting and finance.** Every cost is a present value at the owner's cost of capital (orbit: " + (rates or "the case's rate")
             + "; the ground: each archetype's WACC). Spending before service (time to power) is counted when the case asks for it."),
        Para("**Deployment.** Every unit is counted in service from the start of its life: the cost does not charge the years it "
             "takes to launch the fleet at the cadence limit, which the designs section shows (a fleet that needs most of its life to "
             "launch is flattered by this)."),
        Para("**What the optimizer does not do.** It does not model time within the life beyond yearly survival, the orbit's "
             "debris and collision risk, export or spectrum licensing, or the value of being first. Top-down units (an all-in USD per W "
             "figure) are checked against component-by-component units where a case offers both."),
        Table(["term", "meaning"], [[t, m] for t, m in names.GLOSSARY], "Glossary."),
    ])


def assumptions(archs: list[Arch], first: list[list[str]]) -> Section:
    """The appendix: the inputs that matter first (from the sensitivity), then every catalog figure the designs use,
    rows shared by every architecture once."""
    blocks: list[Any] = []
    if first:
        blocks += [Para("**The inputs that matter first**: those that move the re-optimized cost per delivered EFLOP most."),
                   Table(["architecture", "input", "ranked by", "effect"], first)]
    shared = None
    if len(archs) > 1:
        keyed = [{tuple(row) for row in a["catalog"]} for a in archs]
        shared = set.intersection(*keyed)
    for a in archs:
        r = a["result"]
        rows = [row for row in a["catalog"] if shared is None or tuple(row) not in shared]
        blocks.append(Para(f"**{names.contender(a)}** ({r['case']['name']}): case file {a['case_file']} (sha256 {r['case']['sha256'][:12]}...), "
                           f"overrides {a['overrides']}."))
        blocks.append(Table(["entry", "field (unit in the name)", "value", "source"], rows,
                            f"{names.contender(a)}: the catalog figures its design uses" + (" that the others do not." if shared is not None else ".")))
    if shared:
        rows = [list(row) for row in archs[0]["catalog"] if tuple(row) in shared]
        blocks.append(Table(["entry", "field (unit in the name)", "value", "source"], rows, "Catalog figures every design uses (shown once)."))
    return Section("Appendix: assumptions", blocks)

