"""Assemble the design report: solve or load each architecture, run the analyses, and lay out the sections."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from synth.case import ResolvedCase, load_case
from synth.catalog import SHIPPED_CATALOG_DIR
from synth.errors import input_error
from synth.filenames import inside, safe_filename
from synth.fmt import usd
from synth.physics.economics import launched_power_price_usd_per_kw_year
from synth.physics.terrestrial import HOURS_PER_YEAR
from synth.progress import Progress
from synth.report import charts, drawings, names, story
from synth.report.analysis import Swing, breakeven_launch_price, per_workload, sensitivity
from synth.report.model import Bullets, Figure, Para, Report, Section, Table
from synth.report.truth import what_would_be_true
from synth.result import provenance, read_result_json, strict_json
from synth.solve import solve
from synth.yamlio import read_json, write_atomic


def load_architecture(path: str | Path) -> tuple[ResolvedCase, dict[str, Any]]:
    """A solved result directory is reused (not re-solved); a case file is solved."""
    path = Path(path)
    if path.is_dir():
        result_file = path / "result.json"
        if not result_file.exists():
            raise input_error(path, None, "a directory given to the report must hold a result.json (from synth solve --out)")
        result = read_result_json(result_file)
        case_file = result["case"]["file"]
        if not Path(case_file).exists() and result["case"].get("path"):
            case_file = result["case"]["path"]  # solved from another directory: the absolute path still finds it
        rc = load_case(case_file, overrides=result["case"]["overrides"].get("set") or None)
        if rc.sha256 != result["case"]["sha256"]:
            raise input_error(result_file, "case.sha256", f"the case file {case_file} changed since this result was solved; solve it again")
    else:
        rc = load_case(path)
        result = json.loads(solve(rc).to_json())
    if result["status"] != "optimal":
        raise input_error(path, "status", f"the report needs optimal designs; {rc.name} is {result['status']}: {result.get('message', '')}")
    return rc, result


def num(value: float, digits: int = 4) -> str:
    if abs(value) >= 1e15:
        return f"{value:.3e}"
    if abs(value) >= 10 ** digits:
        return f"{value:,.0f}"
    return f"{value:,.{digits}g}"


def compute_data(inputs: list[str | Path], files: Path, sweeps: list[Path], paretos: list[Path], analyses: bool,
                 progress: Progress | None = None, workloads: list[str] | None = None) -> dict[str, Any]:
    """Everything the report shows, as JSON-able data (saved as report.json beside the report)."""
    architectures = []
    seen: dict[str, int] = {}
    progress = progress or Progress("", quiet=True)
    roadmaps = [read_roadmap(Path(i)) for i in inputs if is_roadmap_dir(Path(i))]  # synth roadmap --out directories
    uncertain = [read_uncertainty(Path(i)) for i in inputs if is_uncertainty_dir(Path(i))]  # synth uncertainty --out directories
    indices = [read_indices(Path(i)) for i in inputs if is_sensitivity_dir(Path(i))]  # synth sensitivity --out directories
    inputs = [i for i in inputs if not is_roadmap_dir(Path(i)) and not is_uncertainty_dir(Path(i)) and not is_sensitivity_dir(Path(i))]
    progress.add_total(len(inputs))
    for item in inputs:
        rc, result = load_architecture(item)
        progress.step(f"{rc.name}: {'loaded' if Path(item).is_dir() else 'solved'}")
        name = result["case"]["name"]
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:  # two variants of one case: label them apart in every table, chart and file name
            result["case"]["name"] = f"{name} ({seen[name]})"
        target = inside(files / "results", safe_filename(result["case"]["name"]))  # the name is text a user wrote
        target.mkdir(parents=True, exist_ok=True)
        write_atomic(target / "result.json", strict_json(result) + "\n")
        entry: dict[str, Any] = {"result": result, "case_file": str(rc.file), "overrides": result["case"]["overrides"],
                                 "catalog": _catalog_rows(rc, result), "design_life_years": rc.case.requirements.design_life_years,
                                 "terrestrial": _grid_figures(rc), "label": (rc.case.label or rc.name) + (f" ({seen[name]})" if seen[name] > 1 else ""),
                                 "discount_rate": rc.case.economics.discount_rate, "limits": story.limit_table(rc, result),
                                 "bus_kinds": {k: "top-down" if rc.entries["buses"][k].top_down is not None else "bottom-up"
                                               for k in result["design"]["satellites_by_bus"]},
                                 "unit": drawings.unit_geometry(result, rc), "deployment": drawings.deployment_schedule(result, rc)}
        if workloads:
            entry["workloads"] = per_workload(rc, workloads, progress)
        if analyses:
            entry["what_would_be_true"] = what_would_be_true(rc, result, progress)
            entry["breakeven"] = breakeven_launch_price(rc, result, progress)
            entry["sensitivity"] = [asdict(s) for s in sensitivity(rc, result, progress)]
        architectures.append(entry)
    claims = yaml.safe_load((SHIPPED_CATALOG_DIR / "published_claims.yaml").read_text())
    return {"generated": datetime.now(UTC).isoformat(timespec="seconds"), "architectures": architectures,
            "claims": claims, "sweeps": [str(s) for s in sweeps], "paretos": [str(p) for p in paretos],
            "roadmaps": roadmaps, "uncertainty": uncertain, "indices": indices, "provenance": provenance()}


def is_roadmap_dir(path: Path) -> bool:
    """Whether ``path`` is an output directory of ``synth roadmap`` (it holds roadmap.csv and summary.json)."""
    return path.is_dir() and (path / "roadmap.csv").is_file() and (path / "summary.json").is_file()


def read_roadmap(path: Path) -> dict[str, Any]:
    """A roadmap directory's rows and summary as report data."""
    import csv

    with (path / "roadmap.csv").open(newline="") as f:
        rows = [{k: _cell(v) for k, v in r.items()} for r in csv.DictReader(f)]
    return {"path": str(path), "rows": rows, "summary": read_json(path / "summary.json")["summary"]}


def is_uncertainty_dir(path: Path) -> bool:
    """Whether ``path`` is an output directory of ``synth uncertainty`` (samples, results and summary.json)."""
    return path.is_dir() and (path / "results.parquet").is_file() and (path / "samples.parquet").is_file() and (path / "summary.json").is_file()


def read_uncertainty(path: Path) -> dict[str, Any]:
    """An uncertainty directory's summary and per-world results (cost and ground per archetype) as report data."""
    import pandas as pd

    results = pd.read_parquet(path / "results.parquet")
    keep = ["world", "case", "status", "cost_per_eflop_usd", *[c for c in results.columns if c.startswith("ground_cost_per_eflop_usd[")]]
    return {"path": str(path), "summary": read_json(path / "summary.json")["summary"],
            "rows": json.loads(results[keep].to_json(orient="records"))}


def is_sensitivity_dir(path: Path) -> bool:
    """Whether ``path`` is an output directory of ``synth sensitivity`` (indices and summary.json)."""
    return path.is_dir() and (path / "indices.parquet").is_file() and (path / "summary.json").is_file()


def read_indices(path: Path) -> dict[str, Any]:
    """A sensitivity directory's indices (a row per factor) and summary as report data."""
    import pandas as pd

    frame = pd.read_parquet(path / "indices.parquet")
    return {"path": str(path), "summary": read_json(path / "summary.json")["summary"], "rows": json.loads(frame.to_json(orient="records"))}


def _cell(text: str) -> Any:
    try:
        return float(text) if text not in ("", "nan") else None
    except ValueError:
        return text


def _catalog_rows(rc: ResolvedCase, result: dict[str, Any]) -> list[list[str]]:
    """Every catalog figure the optimal design uses: entry, field, value (unit in the field name), source."""
    d = result["design"]
    used = {"orbits": [d["orbit"]], "shielding": [d["shielding"]], "compute": list(d["compute"]),
            "launch_vehicles": list(d["launches"]), "buses": list(d["satellites_by_bus"]),
            "solar_arrays": list(d["solar_array_area_by_technology_m2"]),
            "radiators": sorted({k.split("@")[0] for k in d["radiator_area_by_option_m2"]}),
            "batteries": list(d["battery_energy_by_technology_kwh"])}
    rows = []
    for kind, entries in used.items():
        for name in entries:
            entry = rc.entries[kind][name]
            figures = entry.model_dump(exclude={"source", "field_sources", "uncertain", "notes"}, exclude_none=True)
            for field, value in figures.items():
                shown = json.dumps(value) if isinstance(value, (dict, list)) else num(value) if isinstance(value, float) else str(value)
                rows.append([f"{name} ({kind})", field, shown,
                             entry.field_sources.get(field, entry.source)])
    for name, ground in rc.terrestrials.items():
        for field, value in ground.model_dump(exclude={"source", "field_sources", "uncertain", "notes"}, exclude_none=True).items():
            shown = num(value) if isinstance(value, float) else str(value)
            rows.append([f"{name} (terrestrial)", field, shown, ground.field_sources.get(field, ground.source)])
    return rows


def _grid_figures(rc: ResolvedCase) -> dict[str, Any]:
    """PUE and electricity price of the case's first grid-supplied baseline (the published energy claims compare
    with a grid bill), or of the shipped grid hyperscale site when the case names none."""
    from synth.ground import Terrestrial

    grid = next((g for g in rc.terrestrials.values() if g.supply == "grid"), None)
    if grid is None:
        from synth.case import validate_catalogs

        grid = validate_catalogs()["terrestrial"]["us_hyperscale_2026"]
    assert isinstance(grid, Terrestrial)
    return {"pue": grid.pue, "electricity_usd_per_kwh": grid.electricity_usd_per_kwh}


def layout(data: dict[str, Any], files: Path) -> Report:
    """The sections of the report from its data; charts are written into ``files``. The answer comes first (the
    verdict, what would have to be true, where the difference comes from), then the evidence (designs, race,
    uncertainty, budgets, sensitivity), then how it was made (limits, methodology) and the appendices."""
    archs = data["architectures"]
    results = [a["result"] for a in archs]
    labels = {case: e["label"] for r in data.get("roadmaps", []) for case, e in r["summary"].items() if e.get("label")}
    labels |= {case: e["label"] for u in data.get("uncertainty", []) for case, e in u["summary"]["cases"].items() if e.get("label")}
    labels |= {a["result"]["case"]["name"]: names.contender(a) for a in archs}  # studies' outputs before 2026-11 carry no label
    cases = [a["result"]["case"]["name"] for a in archs] or sorted({c for r in data.get("roadmaps", []) for c in r["summary"]}
                                   | {c for u in data.get("uncertainty", []) for c in u["summary"]["cases"]}
                                   | {x["summary"]["case"] for x in data.get("indices", [])})
    colours = charts.contender_colours(cases)
    sections = []
    if archs:
        sections += [story.verdict(archs, data.get("uncertainty", []), files, colours), _truth(archs), story.waterfall(archs, files, colours),
                     _claims(archs, data["claims"]), _designs(archs, files, colours)]
    sections += [_roadmap(r, files, i, labels, colours) for i, r in enumerate(data.get("roadmaps", []))]
    sections += [_uncertainty(u, files, i, labels, colours) for i, u in enumerate(data.get("uncertainty", []))]
    sections += [_indices(x, files, i, labels, colours) for i, x in enumerate(data.get("indices", []))]
    if archs:
        sections.append(_ground(archs))
        if any(a.get("workloads") for a in archs):
            sections.append(_workloads(archs))
        sections += [_budgets(archs, files, colours), _sensitivity(archs, files, colours)]
    if data["sweeps"] or data["paretos"]:
        sections.append(_sweeps(data, files))
    if archs:
        sections += [story.limits(archs), story.methodology(archs)]
        sections.append(story.assumptions(archs, _first_inputs(archs, data.get("indices", []), labels)))
        sections[-1].new_page = True
    sections.append(_provenance(data, results))
    shown = [labels.get(c, c) for c in cases]
    return Report(title="Orbital AI compute: " + " vs ".join(shown) + " vs the ground" + ("" if archs or not data.get("roadmaps") else ", over time"),
                  subtitle=f"synth design report, generated {data['generated']}", sections=sections)


def _first_inputs(archs: list[dict[str, Any]], indices: list[dict[str, Any]], labels: dict[str, str]) -> list[list[str]]:
    """The appendix's first table: the inputs that move each architecture's cost most, by their total Sobol index
    when a synth sensitivity output was given (top 5), and by the report's own re-optimized swing (top 4)."""
    rows = []
    for x in indices:
        if x["summary"]["method"] != "sobol":
            continue
        case = labels.get(x["summary"]["case"], x["summary"]["case"])
        for r in sorted(x["rows"], key=lambda r: -r["ST"])[:5]:
            rows.append([case, r["label"], "total Sobol index", f"{r['ST']:.3f} ± {r['ST_conf']:.3f} of the variance"])
    for a in archs:
        for s in a.get("sensitivity", [])[:4]:
            rows.append([names.contender(a), s["name"], f"swing, {s['low_label']} to {s['high_label']}",
                         f"{usd(s['low_cost_per_eflop_usd'], 3)} to {usd(s['high_cost_per_eflop_usd'], 3)} per EFLOP"])
    return rows


def _truth(archs: list[dict[str, Any]]) -> Section:
    """What would have to be true for each architecture to beat the ground: each lever's re-optimized break-even
    (synth.report.truth), the cost with launch all but free, and the main vehicle's launch-price break-even."""
    blocks: list[Any] = [Para("Each input (or pair) is moved from today's value towards its most favourable end; at every probe the design is "
                              "re-optimized and the ground is priced with the same inputs, against its cheapest archetype. A break-even is the value "
                              "at which the orbit costs what the ground does per delivered EFLOP.")]
    for a in archs:
        name, truth = names.contender(a), a.get("what_would_be_true")
        if truth is None:
            blocks.append(Para(f"**{name}**: not computed (run without --no-analyses)."))
            continue
        rows = []
        for lever in truth["levers"]:
            factor = str(lever["unit"]).startswith("x today")
            unit = "" if factor else f" {lever['unit']}"
            needed = {"crosses": (f"x{lever['breakeven']:.3g}" if factor else f"{lever['breakeven']:.3g}{unit}") if lever["breakeven"] is not None else "",
                      "already": "already cheaper", "never": "not within the range", "infeasible": "no feasible design at the extreme",
                      "not_applicable": "already at the end of its range"}.get(lever["status"], lever["status"])
            extreme = (f"{usd(lever['cost_at_extreme_per_eflop_usd'], 3)} vs {usd(lever['ground_at_extreme_per_eflop_usd'], 3)}"
                       if lever.get("cost_at_extreme_per_eflop_usd") is not None and lever.get("ground_at_extreme_per_eflop_usd") is not None else "")
            searched = f"x{lever['today']:.3g} to x{lever['extreme']:.3g}" if factor else f"{lever['today']:.3g} to {lever['extreme']:.3g}{unit}"
            rows.append([lever["label"], searched,
                         needed, extreme])
        if all(lever["status"] == "never" for lever in truth["levers"]):
            blocks.append(Para(f"**{name}: no input within its range, nor launch and hardware prices together, lets it beat the ground.**"))
        notes = " ".join(f"{lever['label'].capitalize()}: {lever['note']}." for lever in truth["levers"] if lever.get("note"))
        blocks.append(Table(["input", "range searched", "needed to beat the ground", "orbit vs ground at the range's end, per EFLOP"], rows,
                            f"{name}: re-optimized break-evens (today {usd(truth['cost_per_eflop_usd'], 3)} per delivered EFLOP against the ground's "
                            f"{usd(truth['ground_per_eflop_usd'], 3)}). {notes}".strip()))
        floor = truth.get("launch_floor") or {}
        if floor.get("cost_per_eflop_usd") is not None:
            items = ", ".join(f"{names.item(k)} {usd(v, 3)}" for k, v in floor.get("top_items_usd", {}).items())
            blocks.append(Para(f"**{name}, launch all but free** (x{floor['factor']:g} of today's prices, re-optimized): "
                               f"{usd(floor['cost_per_eflop_usd'], 3)} per delivered EFLOP, {floor['ratio_to_ground']:.2f}x the cheapest ground. "
                               f"What is left is mostly {items}."))
    bullets = []
    for a in archs:
        name, be = names.contender(a), a.get("breakeven")
        if be is None:
            continue
        per = "per kg" if be["parameter"].endswith("_per_kg_usd") else "per launch"

        def price(v: float, per: str = per) -> str:
            return f"{usd(v, 3)} {per}"

        if be["found"]:
            bullets.append(f"{name}: orbit breaks even with the ground at a launch price of {price(be['value'])} (today {price(be['current'])}), "
                           f"re-optimizing the design at every probe.")
        elif be["message"].find("stays above") >= 0:
            bullets.append(f"{name}: no launch price from {price(be['low'])} (1/1000 of today's {price(be['current'])}) to {price(be['high'])} "
                           f"lets it beat the ground: launch price alone does not close the gap.")
        else:
            bullets.append(f"{name}: already cheaper than the ground per EFLOP for launch prices from {price(be['low'])} to {price(be['high'])} "
                           f"(today {price(be['current'])}).")
    if bullets:
        blocks += [Para("**The main vehicle's launch price alone** (1/1000 to 10x today's, against the case's headline ground baseline):"),
                   Bullets(bullets)]
    return Section("What would have to be true", blocks)


def _claims(archs: list[dict[str, Any]], claims: dict[str, Any]) -> Section:
    """What published studies claimed, beside this tool's answer to the same question, like for like."""
    return Section("Published claims beside this answer",
                   [Table(["claim", "source", "this tool, same question", "why they differ"], _claims_rows(archs, claims))])


def _roadmap(road: dict[str, Any], files: Path, index: int, labels: dict[str, str], colours: dict[str, str]) -> Section:
    """A synth roadmap output: the race chart, the crossover years and what would have to change, the cohorts every
    five years (free build), and for a demand the build-out year by year with its present value and proven gap, or
    the years it cannot be met."""
    import pandas as pd

    from synth.roadmap import race_chart, what_it_takes

    frame = pd.DataFrame(road["rows"])
    chart = race_chart(frame, files / f"race_{index}.png", labels, colours)
    summary = road["summary"]
    crossing = [[labels.get(case, case), baseline, "none before " + str(s["years"][1]) if year is None else str(int(year))]
                for case, s in summary.items() for baseline, year in s["crossover_year"].items()]
    gw = [[labels.get(case, case), s.get("mode", "free_build").replace("_", " "), "not before " + str(s["years"][1]) if s["gigawatt_launchable_year"] is None
           else str(int(s["gigawatt_launchable_year"]))] for case, s in summary.items()]
    changes = [f"{labels.get(case, case)} {line}." for case, s in summary.items() for line in what_it_takes(s.get("what_would_have_to_change", {}))]
    head = next((c for c in frame.columns if c.startswith("ground_cost_per_eflop_usd[")), None)
    blocks: list[Any] = [
        Figure(chart, "Cost per delivered EFLOP of each year's cohort, and the ground's range over its baselines.", "line chart of cost per EFLOP by year"),
        Table(["case", "ground baseline", "crossover year"], crossing, "The first year a cohort costs no more per EFLOP than the ground."),
        Table(["case", "mode", "gigawatt year"], gw, "Free build: the first year one cohort of a gigawatt can be launched within the case's "
              "deployment years at that year's cadence. Demand: the first year a gigawatt is in service."),
    ]
    if changes:
        blocks += [Para("**What would have to change** (the horizon's last year; each factor multiplies that year's prices, the design "
                        "re-optimized at every probe):"), Bullets(changes)]
    free = [r for r in road["rows"] if r.get("mode", "free_build") != "demand" and r["status"] == "optimal"]
    first: dict[str, float] = {}
    for r in free:
        first.setdefault(r["case"], r["year"])
    rows = [[labels.get(r["case"], r["case"]), str(int(r["year"])), str(r["compute"]), usd(r["cost_per_eflop_usd"]),
             f"{r['cost_per_eflop_usd'] / r[head]:.2f}x" if head and r.get(head) else "", num(r["launches_per_gw"]), f"{r['gw_launchable']:.2f}"]
            for r in free if int(r["year"]) % 5 == 0 or first[r["case"]] == r["year"]]
    if rows:
        blocks.append(Table(["case", "year", "compute", "per EFLOP", "vs " + (head[len("ground_cost_per_eflop_usd["):-1] if head else "ground"),
                             "launches per GW", "GW launchable"], rows, f"Free build: cohorts every five years (synth roadmap output {road['path']})."))
    for case, s in summary.items():
        if s.get("mode") != "demand":
            continue
        if s.get("shortfall"):
            blocks += [Para(f"**{labels.get(case, case)}: the demand cannot be met.**"), Bullets(list(s["shortfall"]))]
            continue
        if s.get("pv_cost_usd") is None:
            continue
        blocks.append(Para(f"**{labels.get(case, case)}** meets the demand at a least present value of **{usd(s['pv_cost_usd'])}** (proven within "
                           f"{s['proven_gap']:.2%} of the optimum, learning held in segments of {s['learning_error']:.0%})."))
        unit = s.get("demand_unit", "mw")
        label = "MW" if unit == "mw" else "PFLOP/s"
        demand = [[str(int(r["year"])), num(r[f"demand_{unit}"]), num(r.get(f"in_service_{unit}") or 0.0), num(r.get("it_power_mw") or 0.0),
                   num(r.get("launches") or 0), str(r.get("orbit") or ""), str(r.get("compute") or ""),
                   usd(r["cost_per_eflop_usd"]) if r.get("cost_per_eflop_usd") else "",
                   usd(r["fleet_cost_per_eflop_usd"]) if r.get("fleet_cost_per_eflop_usd") else ""]
                  for r in road["rows"] if r["case"] == case]
        blocks.append(Table(["year", f"demand {label}", f"in service {label}", "new MW", "launches", "orbit", "compute", "cohort per EFLOP",
                             "fleet per EFLOP"], demand, f"{labels.get(case, case)}: the build-out year by year (synth roadmap output {road['path']})."))
    return Section("Roadmap and race", blocks)


def _uncertainty(u: dict[str, Any], files: Path, index: int, labels: dict[str, str], colours: dict[str, str]) -> Section:
    """A synth uncertainty output: the ratio's CDF with the parity line, per case and archetype the ratio's
    percentiles and the probability that orbit is cheaper (with intervals), the pairs of cases, the design choices."""
    import pandas as pd

    from synth.montecarlo import PERCENTILES, probability_text, ratio_chart

    s = u["summary"]
    chart = ratio_chart(pd.DataFrame(u["rows"]), files / f"uncertainty_{index}.png", labels, colours)

    rows, choices = [], []
    for case, e in s["cases"].items():
        for b, v in e.get("vs_ground", {}).items():
            rows.append([labels.get(case, case), b, *[f"{v['ratio'][f'p{p}']['value']:.2f}" for p in PERCENTILES], probability_text(v["p_orbit_cheaper"])])
        for what, freq in e.get("choices", {}).items():
            choices.append([labels.get(case, case), what, ", ".join(f"{k} {f:.0%}" for k, f in list(freq.items())[:4])])
    pairs = [[" / ".join(labels.get(c, c) for c in pair.split(" / ")),
              *[f"{v['ratio'][f'p{p}']['value']:.3f}" for p in PERCENTILES], probability_text(v[f"p_{pair.split(' / ')[0]}_cheaper"])]
             for pair, v in s["pairs"].items()]
    blocks: list[Any] = [
        Para(f"{s['worlds']:,} sampled worlds ({s['method']}, seed {s['seed']}, inputs {s['inputs']}), the design {s.get('mode', 're-optimized')} in each; "
             f"intervals at {s['confidence']:.0%} (percentiles by order statistics, probabilities by Wilson's score)."),
        Figure(chart, "The orbit's cost per delivered EFLOP over the cheapest ground archetype's, world by world; left of the dashed line "
               "orbit is cheaper.", "cumulative distribution of the ratio with the parity line"),
        Table(["case", "ground archetype", *[f"ratio p{p}" for p in PERCENTILES], "P(orbit cheaper)"], rows,
              "The ratio of the orbit's cost per EFLOP to each ground archetype's, and the probability that it is below 1."),
    ]
    if pairs:
        blocks.append(Table(["pair", *[f"ratio p{p}" for p in PERCENTILES], "P(first cheaper)"], pairs, "Between architectures, world by world."))
    if choices:
        blocks.append(Table(["case", "choice", "how often optimal"], choices, f"Design choices over the worlds (synth uncertainty output {u['path']})."))
    return Section("Uncertainty", blocks)


def _indices(x: dict[str, Any], files: Path, index: int, labels: dict[str, str], colours: dict[str, str]) -> Section:
    """A synth sensitivity output: its chart (copied beside the report), the indices with their intervals, the
    convergence verdict."""
    s = x["summary"]
    target = charts.indices(x["rows"], s["method"], labels.get(s["case"], s["case"]), colours.get(s["case"], charts.ARCHITECTURE_COLOURS[0]),
                            files / f"indices_{index}.png")  # drawn from the data, so --from-data needs no sensitivity directory
    if s["method"] == "sobol":
        head = ["factor", "first order S1", "total ST", "ST at half the samples"]
        rows = [[r["label"], f"{r['S1']:.3f} ± {r['S1_conf']:.3f}", f"{r['ST']:.3f} ± {r['ST_conf']:.3f}", f"{r['ST_half']:.3f}"]
                for r in sorted(x["rows"], key=lambda r: -r["ST"])]
    else:
        head = ["factor", "mu*", "sigma"]
        rows = [[r["label"], f"{r['mu_star']:.4g} ± {r['mu_star_conf']:.3g}", f"{r['sigma']:.4g}"] for r in sorted(x["rows"], key=lambda r: -r["mu_star"])]
    return Section(f"What drives the answer: {labels.get(s['case'], s['case'])}", [
        Para(f"{s['method'].capitalize()} indices of the re-optimized {s['output']}, {s['n']:,} base samples ({s['evaluations']:,} solves, seed "
             f"{s['seed']}, inputs {s['inputs']}), intervals at {s['confidence']:.0%}. Verdict: **{s['verdict']}**."),
        Figure(target, "The share of the variance each factor drives, alone (first order) and with its interactions (total).",
               "bar chart of sensitivity indices by factor"),
        Table(head, rows, f"Each factor's indices (synth sensitivity output {x['path']})."),
    ])


def _designs(archs: list[dict[str, Any]], files: Path, colours: dict[str, str]) -> Section:
    """The optimal designs side by side, in a reader's units, with how each is modelled."""
    results = [a["result"] for a in archs]

    def row(label, fn):
        return [label] + [fn(r) for r in results]

    def listing(counts: dict[str, Any]) -> str:
        return ", ".join(f"{n:,} x {k}" for k, n in counts.items())

    rows = [
        row("orbit", lambda r: r["design"]["orbit"]),
        row("satellites / platform modules", lambda r: listing(r["design"]["satellites_by_bus"])),
        row("compute modules", lambda r: listing(r["design"]["compute"])),
        row("IT power, MW", lambda r: f"{r['kpi']['it_power_w'] / 1e6:,.1f}"),
        row("solar arrays, km2", lambda r: f"{r['design']['solar_array_area_m2'] / 1e6:,.2f}"),
        row("radiators, km2", lambda r: f"{r['design']['radiator_area_m2'] / 1e6:,.2f}"),
        row("batteries, MWh", lambda r: f"{r['design']['battery_energy_kwh'] / 1e3:,.1f}"),
        row("shielding", lambda r: r["design"]["shielding"]),
        row("launches", lambda r: listing(r["design"]["launches"])),
        row("launched mass, t", lambda r: f"{r['kpi']['launched_mass_kg'] / 1000:,.0f}"),
        row("launched mass per kW of IT, kg", lambda r: f"{r['kpi']['kg_per_kw_it']:.1f}"),
        row("time in sunlight", lambda r: f"{r['kpi']['sunlit_fraction']:.1%}"),
        row("delivered compute, EFLOP", lambda r: f"{r['kpi']['delivered_flop'] / 1e18:,.3g}"),
        row("up-front capital", lambda r: usd(r["kpi"]["upfront_capital_usd"])),
        row("capital per W of IT, compute excluded", lambda r: usd(r["kpi"]["capital_per_w_excl_compute_usd"])),
    ]
    header = ["", *[names.contender(a) for a in archs]]
    modelled = []
    for a in archs:
        kinds = sorted(set(a.get("bus_kinds", {}).values()))
        if kinds:
            text = " and ".join(kinds)
            modelled.append(f"{names.contender(a)} is modelled {text}: " + ("its units are costed component by component (bus, arrays, radiators, "
                            "batteries, compute, each from the catalog)." if kinds == ["bottom-up"] else "its units are costed from an all-in USD per W "
                            "figure, with their arrays and radiators inside it." if kinds == ["top-down"] else "it mixes both kinds of unit."))
    for a in archs:
        check = (a.get("what_would_be_true") or {}).get("modelling") or {}
        other = {"bottom_up": "top_down", "top_down": "bottom_up"}.get(check.get("modelled", ""))
        if check.get("check_possible") and other and check["by_kind"][other].get("cost_per_eflop_usd") is not None:
            alt = check["by_kind"][other]
            modelled.append(f"Check: restricted to {other.replace('_', '-')} units ({', '.join(alt['chosen_buses'])}), {names.contender(a)} "
                            f"costs {usd(alt['cost_per_eflop_usd'], 3)} per delivered EFLOP, against {usd(a['result']['kpi']['cost_per_eflop_usd'], 3)} "
                            f"as modelled.")
        elif check:
            modelled.append(f"{names.contender(a)}: its catalog offers only {', '.join(k.replace('_', '-') for k in check.get('kinds_offered', []))} "
                            "units, so no second model checks it.")
    blocks: list[Any] = [Table(header, rows, "The optimal design of each architecture.")]
    if modelled:
        blocks.append(Bullets(modelled))
    labels = [names.contender(a) for a in archs]
    shades = [colours[r["case"]["name"]] for r in results]
    if all("unit" in a for a in archs):
        blocks.append(Figure(drawings.units_figure(results, shades, files / "units.png", labels=labels, geometries=[a["unit"] for a in archs]),
                             "One unit of each design in plan view, all on the same scale: solar array wings, radiator panels, the bus and the "
                             "compute it hosts (a cube of its stowed volume).", "drawings of one unit of each design to scale"))
    if all("deployment" in a for a in archs):
        blocks.append(Figure(drawings.deployment_timelines(results, [None] * len(archs), shades, files / "deployment.png", labels=labels,
                                                           schedules=[a["deployment"] for a in archs]),
                             "Launches per year at the case's cadence limit, and the IT power in service at the end of each year (in proportion "
                             "to the payload mass launched).", "bar charts of launches per year"))
    return Section("The designs side by side", blocks)


def _ground(archs: list[dict[str, Any]]) -> Section:
    """The same compute at every ground archetype, and both sides under each published analysis's cost boundary."""
    best = story.ranked(archs)[0]
    baselines = best["result"]["terrestrial"].get("baselines", {})
    def ratio(a: dict[str, Any], name: str) -> str:
        ground = a["result"]["terrestrial"].get("baselines", {}).get(name)
        return f"{a['result']['kpi']['cost_per_eflop_usd'] / ground['cost_per_eflop_usd']:.2f}x" if ground else "n/a"

    rows = [[names.archetype(b["archetype"]), name, f"{b['wacc']:.1%}", f"{b['time_to_power_years']:g}", usd(b["cost_per_eflop_usd"]),
             usd(b["cost_per_gpu_hour_usd"]), *[ratio(a, name) for a in archs]] for name, b in baselines.items()]
    blocks: list[Any] = [Table(["archetype", "baseline", "WACC", "years to power", "per delivered EFLOP", "per GPU-hour",
                                *[f"{names.contender(a)} / ground" for a in archs]], rows,
                               f"The ground runs the compute of {names.contender(best)}; each ratio divides an architecture by the same compute on "
                               f"that baseline.")]
    for a in archs:
        r = a["result"]
        bounds = [[name.replace("_", " "), usd(b["orbit_cost_per_eflop_usd"]), usd(b["ground_cost_per_eflop_usd"]), f"{b['orbit_to_ground']:.2f}x",
                   b["mirrors"]] for name, b in r.get("boundaries", {}).items()]
        if bounds:
            blocks.append(Table(["cost boundary", "orbit per EFLOP", "ground per EFLOP", "ratio", "like the analysis of"], bounds,
                                f"{names.contender(a)} under each published analysis's cost boundary (the ground: {r['terrestrial']['baseline']})."))
    return Section("The ground in detail", blocks)


def _workloads(archs: list[dict[str, Any]]) -> Section:
    """Each architecture re-optimized for each workload: cost per EFLOP and GPU-hour, and what the network costs; an
    infeasible workload's diagnosis below the table."""
    rows, reasons = [], []
    for a in archs:
        name = names.contender(a)
        for w in a.get("workloads", []):
            workload = w["workload"].replace("_", " ")
            if w["status"] != "optimal":
                rows.append([name, workload, w["status"] + " (below)", "", "", "", ""])
                reasons.append(f"{name}, {workload}: {w.get('reason', '')}")
                continue
            rows.append([name, workload, usd(w["cost_per_eflop_usd"], 3), usd(w["cost_per_gpu_hour_usd"], 3), f"{w['orbital_to_terrestrial']:.2f}x",
                         f"{usd(w['network_usd'], 3)} ({100 * w['network_share']:.2g} %), {num(w['network_mass_kg'] / 1000)} t",
                         ", ".join(w["binding"]) or "-"])
    blocks: list[Any] = [Table(["architecture", "workload", "per EFLOP", "per GPU-hour", "orbit / ground", "network (share), mass", "network rows that bind"],
                               rows, "Each architecture re-optimized for each workload: training needs its cluster joined (laser links, formation; a "
                               "platform's own fabric when the cluster fits), inference its answers sent down.")]
    if reasons:
        blocks.append(Bullets(reasons))
    return Section("Per workload", blocks)


def _budgets(archs: list[dict[str, Any]], files: Path, colours: dict[str, str]) -> Section:
    """Mass, power and heat by item, one bar per contender in its colour, and the launch manifests."""
    results = [a["result"] for a in archs]

    def sides(budget: str, scale: float, items: list[str] | None = None) -> list[tuple[str, dict[str, float], str]]:
        out = []
        for a in archs:
            values = a["result"]["budgets"][budget]
            keys = items or [k for k in values if k != "total"]
            out.append((names.contender(a), {names.item(k): max(values.get(k, 0.0), 0.0) / scale for k in keys}, colours[a["result"]["case"]["name"]]))
        return out

    power = [(n, v, c) for n, v, c in sides("power_w", 1e6, ["it", "housekeeping", "battery_recharge", "conversion_losses"])]
    return Section("Budgets", [
        Figure(charts.category_bars(sides("mass_kg", 1e3), files / "mass.png", "launched mass (t)", money=False), "Launched mass by item, tonnes.",
               "grouped bars of launched mass by item"),
        Figure(charts.category_bars(power, files / "power.png", "MW at beginning of life", money=False),
               "What the power system supplies at beginning of life: IT, housekeeping, battery recharge and conversion losses (top-down units power "
               "their IT from arrays inside their all-in figures).", "grouped bars of power use"),
        Figure(charts.category_bars(sides("heat_w", 1e6, ["it", "housekeeping", "conversion_losses"]), files / "heat.png", "MW of waste heat",
                                    money=False), "Waste heat the radiators reject.", "grouped bars of waste heat"),
        Figure(charts.manifest(results, files / "manifest.png", [names.contender(a) for a in archs], [colours[r["case"]["name"]] for r in results]),
               "Launch manifest.", "bars of launches per vehicle"),
    ])


def _sensitivity(archs: list[dict[str, Any]], files: Path, colours: dict[str, str]) -> Section:
    blocks: list[Any] = [Para("Each input is moved to a low and a high value and the design is re-optimized; bars show the resulting "
                              "cost per delivered EFLOP against the optimum (the vertical line).")]
    for a in archs:
        name = names.contender(a)
        if "sensitivity" not in a:
            blocks.append(Para(f"{name}: sensitivity not computed (--no-analyses)."))
            continue
        swings = [Swing(**s) for s in a["sensitivity"]]
        base = a["result"]["kpi"]["cost_per_eflop_usd"]
        chart = inside(files, safe_filename(f"tornado_{a['result']['case']['name']}") + ".png")
        blocks.append(Figure(charts.tornado(name, swings, base, colours[a["result"]["case"]["name"]], chart),
                             f"{name}: re-optimized cost per delivered EFLOP at low and high values of the key inputs.", f"tornado chart for {name}"))
        blocks.append(Table(["input", "low", "per EFLOP at low", "high", "per EFLOP at high"],
                            [[s.name, s.low_label, usd(s.low_cost_per_eflop_usd), s.high_label, usd(s.high_cost_per_eflop_usd)] for s in swings],
                            f"{name}: sensitivity (base {usd(base)} per delivered EFLOP)."))
    return Section("Sensitivity", blocks)


def _sweeps(data: dict[str, Any], files: Path) -> Section:
    from synth.plot import plot_results

    blocks: list[Any] = []
    for index, directory in enumerate([*data["sweeps"], *data["paretos"]]):
        png = plot_results(directory, formats=("png",))[0]
        target = inside(files, safe_filename(f"{index}_{Path(directory).name}_{png.stem}") + png.suffix)
        shutil.copyfile(png, target)
        blocks.append(Figure(target, f"Results in {directory}.", f"plot of {directory}"))
    return Section("Sweeps and Pareto fronts", blocks)


def _claims_rows(archs: list[dict[str, Any]], claims: dict[str, Any]) -> list[list[str]]:
    """Each published claim and this tool's figure for the same question (formulas in the cells)."""
    rows = []
    sats = [a for a in archs if any("starlink" in k for k in a["result"]["design"]["satellites_by_bus"])] or archs
    a = sats[0]
    r, years = a["result"], a["design_life_years"]
    kg_per_kw = r["kpi"]["kg_per_kw_it"]
    at200 = launched_power_price_usd_per_kw_year(kg_per_kw, 1.0, years, 200.0)
    at3600 = launched_power_price_usd_per_kw_year(kg_per_kw, 1.0, years, 3600.0)
    c = claims["suncatcher_launched_power"]
    rows.append([c["claim"], c["source"],
                 f"{names.contender(a)}'s optimum launches {kg_per_kw:.1f} kg per kW of IT: ${at200:,.0f} per kW-year at $200/kg and "
                 f"${at3600:,.0f} at $3,600/kg over {years:g} years (mass x price / (power x life)).",
                 "Suncatcher divides 575 kg by ~28 kW of array power; this tool counts everything launched (compute, radiators, "
                 "batteries, bus, propellant) per kW of IT power hosted."])
    c = claims["starcloud_energy"]
    a = max(archs, key=lambda x: x["result"]["design"]["solar_array_area_m2"])  # the design with arrays of its own
    r, ground = a["result"], a["terrestrial"]
    energy_cost = c["power_mw"] * 1000 * HOURS_PER_YEAR * c["years"] * ground["pue"] * ground["electricity_usd_per_kwh"]
    it_kw = r["kpi"]["it_power_w"] / 1000.0
    cost, mass = r["budgets"]["cost_usd"], r["budgets"]["mass_kg"]
    power_share = (mass["solar_arrays"] + mass["batteries"]) / mass["total"]
    power_system = (cost["solar_arrays"] + cost["batteries"] + power_share * cost["launch"]) / it_kw * c["power_mw"] * 1000
    orbit_text = (f"In orbit, {names.contender(a)}'s arrays and batteries with their share of launch, scaled to 40 MW: {usd(power_system)}."
                  if r["design"]["solar_array_area_m2"] > 0 else "No design here has arrays of its own (top-down units only).")
    rows.append([c["claim"], c["source"],
                 f"Ground electricity for 40 MW over 10 years at PUE {ground['pue']:g} and ${ground['electricity_usd_per_kwh']:g}/kWh: {usd(energy_cost)}. "
                 + orbit_text,
                 "Both sides count only the power supply; the ground figure scales with the electricity price and PUE assumed, and "
                 "the orbital one with array and launch prices. Neither includes compute, radiators, operations or failures."])
    c = claims["analyst_gigawatt"]
    per_gw = [f"{names.contender(x)}: {usd(x['result']['kpi']['total_cost_usd'] / x['result']['kpi']['it_power_w'] * 1e9)} per GW of IT "
              f"(ground, same compute: {usd(x['result']['terrestrial']['cost_usd']['total'] / x['result']['kpi']['it_power_w'] * 1e9)})" for x in archs]
    rows.append([c["claim"], c["source"], "; ".join(per_gw) + ".",
                 "This tool's totals are present values over the design life and include compute hardware, operations and NRE; "
                 "the analysts' figures are capital cost, and their ground figure excludes servers."])
    return rows


def _provenance(data: dict[str, Any], results: list[dict[str, Any]]) -> Section:
    p = data["provenance"]
    rows = [[r["case"]["name"], r["case"]["file"], r["case"]["sha256"][:16], f"HiGHS {r['solver']['version']}", f"{r['solver']['wall_s']:.2f}",
             "n/a" if r["solver"]["mip_gap"] is None else f"{r['solver']['mip_gap']:.1e}", str(r["solver"]["milp_solves"]), r["provenance"]["timestamp"]]
            for r in results]
    return Section("Provenance", [
        Para(f"synth {p['synth']}, Python {p['python']}, Pyomo {p['pyomo']}, highspy {p['highspy']}, pandas {p['pandas']}, "
             f"pydantic {p['pydantic']}; {p['platform']}; report generated {data['generated']}."),
        Table(["case", "file", "sha256", "solver", "solve wall s", "gap", "MILP solves", "solved at"], rows),
    ])
