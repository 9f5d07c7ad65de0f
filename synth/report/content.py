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
from synth.catalog import SHIPPED_CATALOG_DIR, check_name
from synth.errors import input_error
from synth.filenames import inside, safe_filename
from synth.fmt import usd
from synth.physics.economics import launched_power_price_usd_per_kw_year
from synth.physics.terrestrial import HOURS_PER_YEAR
from synth.progress import Progress
from synth.report import charts
from synth.report.analysis import Swing, breakeven_launch_price, per_workload, sensitivity
from synth.report.model import Bullets, Figure, Para, Report, Section, Table
from synth.result import provenance, strict_json
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


def read_result_json(path: Path) -> dict[str, Any]:
    """A result.json written by ``synth solve --out`` (read within the input bounds); an InputError (exit 2) when it
    is unreadable, not JSON, or JSON of another shape (a foreign or hand-edited file is an input error, not a crash
    further on)."""
    result = read_json(path)
    shape: dict[str, type | tuple[type, ...]] = {"status": str, "case": dict, "design": (dict, type(None)), "budgets": dict, "kpi": dict, "binding": list,
             "solver": dict, "provenance": dict, "terrestrial": dict}
    case_shape = {"name": str, "file": str, "sha256": str, "overrides": dict}
    missing = [key for key, kind in shape.items() if not isinstance(result, dict) or not isinstance(result.get(key), kind)]
    missing += [f"case.{key}" for key, kind in case_shape.items() if not missing and not isinstance(result["case"].get(key), kind)]
    if missing:
        raise input_error(path, None, f"not a result.json written by synth solve --out: {', '.join(missing)} missing or of the wrong type")
    try:
        check_name(result["case"]["name"])
    except ValueError as exc:
        raise input_error(path, "case.name", str(exc)) from None
    return result


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
                                 "terrestrial": _grid_figures(rc)}
        if workloads:
            entry["workloads"] = per_workload(rc, workloads, progress)
        if analyses:
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
    for kind, names in used.items():
        for name in names:
            entry = rc.entries[kind][name]
            figures = entry.model_dump(exclude={"source", "field_sources", "uncertain", "notes"}, exclude_none=True)
            for field, value in figures.items():
                shown = json.dumps(value) if isinstance(value, (dict, list)) else num(value) if isinstance(value, float) else str(value)
                rows.append([f"{kind}.{name}", field, shown,
                             entry.field_sources.get(field, entry.source)])
    for name, ground in rc.terrestrials.items():
        for field, value in ground.model_dump(exclude={"source", "field_sources", "uncertain", "notes"}, exclude_none=True).items():
            shown = num(value) if isinstance(value, float) else str(value)
            rows.append([f"terrestrial.{name}", field, shown, ground.field_sources.get(field, ground.source)])
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
    """The sections of the report from its data; charts are written into ``files``."""
    archs = data["architectures"]
    results = [a["result"] for a in archs]
    names = [r["case"]["name"] for r in results]
    sections = []
    if archs:
        sections += [_summary(archs), _designs(results), _ground(results)]
        if any(a.get("workloads") for a in archs):
            sections.append(_workloads(archs))
    sections += [_roadmap(r, files, i) for i, r in enumerate(data.get("roadmaps", []))]
    sections += [_uncertainty(u, files, i) for i, u in enumerate(data.get("uncertainty", []))]
    sections += [_indices(x, files, i) for i, x in enumerate(data.get("indices", []))]
    if archs:
        sections.append(_budgets(results, files))
        sections.append(_sensitivity(archs, files))
    if data["sweeps"] or data["paretos"]:
        sections.append(_sweeps(data, files))
    if archs:
        sections += [_binding(results), _assumptions(archs, data["claims"])]
    sections.append(_provenance(data, results))
    cases = names or sorted({c for r in data.get("roadmaps", []) for c in r["summary"]}
                            | {c for u in data.get("uncertainty", []) for c in u["summary"]["cases"]}
                            | {x["summary"]["case"] for x in data.get("indices", [])})
    return Report(title="Orbital AI compute: " + " vs ".join(cases) + " vs the ground" + ("" if archs or not data.get("roadmaps") else ", over time"),
                  subtitle=f"synth design report, generated {data['generated']}", sections=sections)


def _roadmap(road: dict[str, Any], files: Path, index: int) -> Section:
    """A synth roadmap output: the race chart, the crossover years and what would have to change, the cohorts every
    five years (free build), and for a demand the build-out year by year with its present value and proven gap, or
    the years it cannot be met."""
    import pandas as pd

    from synth.roadmap import race_chart, what_it_takes

    frame = pd.DataFrame(road["rows"])
    chart = race_chart(frame, files / f"race_{index}.png")
    summary = road["summary"]
    crossing = [[case, baseline, "none before " + str(s["years"][1]) if year is None else str(int(year))]
                for case, s in summary.items() for baseline, year in s["crossover_year"].items()]
    gw = [[case, s.get("mode", "free_build").replace("_", " "), "not before " + str(s["years"][1]) if s["gigawatt_launchable_year"] is None
           else str(int(s["gigawatt_launchable_year"]))] for case, s in summary.items()]
    changes = [f"{case} {line}." for case, s in summary.items() for line in what_it_takes(s.get("what_would_have_to_change", {}))]
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
    rows = [[r["case"], str(int(r["year"])), str(r["compute"]), usd(r["cost_per_eflop_usd"]),
             f"{r['cost_per_eflop_usd'] / r[head]:.2f}x" if head and r.get(head) else "", num(r["launches_per_gw"]), f"{r['gw_launchable']:.2f}"]
            for r in free if int(r["year"]) % 5 == 0 or first[r["case"]] == r["year"]]
    if rows:
        blocks.append(Table(["case", "year", "compute", "per EFLOP", "vs " + (head[len("ground_cost_per_eflop_usd["):-1] if head else "ground"),
                             "launches per GW", "GW launchable"], rows, f"Free build: cohorts every five years (synth roadmap output {road['path']})."))
    for case, s in summary.items():
        if s.get("mode") != "demand":
            continue
        if s.get("shortfall"):
            blocks += [Para(f"**{case}: the demand cannot be met.**"), Bullets(list(s["shortfall"]))]
            continue
        if s.get("pv_cost_usd") is None:
            continue
        blocks.append(Para(f"**{case}** meets the demand at a least present value of **{usd(s['pv_cost_usd'])}** (proven within "
                           f"{s['proven_gap']:.2%} of the optimum, learning held in segments of {s['learning_error']:.0%})."))
        unit = s.get("demand_unit", "mw")
        label = "MW" if unit == "mw" else "PFLOP/s"
        demand = [[str(int(r["year"])), num(r[f"demand_{unit}"]), num(r.get(f"in_service_{unit}") or 0.0), num(r.get("it_power_mw") or 0.0),
                   num(r.get("launches") or 0), str(r.get("orbit") or ""), str(r.get("compute") or ""),
                   usd(r["cost_per_eflop_usd"]) if r.get("cost_per_eflop_usd") else "",
                   usd(r["fleet_cost_per_eflop_usd"]) if r.get("fleet_cost_per_eflop_usd") else ""]
                  for r in road["rows"] if r["case"] == case]
        blocks.append(Table(["year", f"demand {label}", f"in service {label}", "new MW", "launches", "orbit", "compute", "cohort per EFLOP",
                             "fleet per EFLOP"], demand, f"{case}: the build-out year by year (synth roadmap output {road['path']})."))
    return Section("Roadmap and race", blocks)


def _uncertainty(u: dict[str, Any], files: Path, index: int) -> Section:
    """A synth uncertainty output: the ratio's CDF with the parity line, per case and archetype the ratio's
    percentiles and the probability that orbit is cheaper (with intervals), the pairs of cases, the design choices."""
    import pandas as pd

    from synth.montecarlo import PERCENTILES, probability_text, ratio_chart

    s = u["summary"]
    chart = ratio_chart(pd.DataFrame(u["rows"]), files / f"uncertainty_{index}.png")

    rows, choices = [], []
    for case, e in s["cases"].items():
        for b, v in e.get("vs_ground", {}).items():
            rows.append([case, b, *[f"{v['ratio'][f'p{p}']['value']:.2f}" for p in PERCENTILES], probability_text(v["p_orbit_cheaper"])])
        for what, freq in e.get("choices", {}).items():
            choices.append([case, what, ", ".join(f"{k} {f:.0%}" for k, f in list(freq.items())[:4])])
    pairs = [[pair, *[f"{v['ratio'][f'p{p}']['value']:.3f}" for p in PERCENTILES], probability_text(v[f"p_{pair.split(' / ')[0]}_cheaper"])]
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


def _indices(x: dict[str, Any], files: Path, index: int) -> Section:
    """A synth sensitivity output: its chart (copied beside the report), the indices with their intervals, the
    convergence verdict."""
    s = x["summary"]
    chart_name = "sobol.png" if s["method"] == "sobol" else "morris.png"
    target = files / f"indices_{index}.png"
    shutil.copyfile(Path(x["path"]) / chart_name, target)
    if s["method"] == "sobol":
        head = ["factor", "first order S1", "total ST", "ST at half the samples"]
        rows = [[r["label"], f"{r['S1']:.3f} ± {r['S1_conf']:.3f}", f"{r['ST']:.3f} ± {r['ST_conf']:.3f}", f"{r['ST_half']:.3f}"]
                for r in sorted(x["rows"], key=lambda r: -r["ST"])]
    else:
        head = ["factor", "mu*", "sigma"]
        rows = [[r["label"], f"{r['mu_star']:.4g} ± {r['mu_star_conf']:.3g}", f"{r['sigma']:.4g}"] for r in sorted(x["rows"], key=lambda r: -r["mu_star"])]
    return Section(f"What drives the answer: {s['case']}", [
        Para(f"{s['method'].capitalize()} indices of the re-optimized {s['output']}, {s['n']:,} base samples ({s['evaluations']:,} solves, seed "
             f"{s['seed']}, inputs {s['inputs']}), intervals at {s['confidence']:.0%}. Verdict: **{s['verdict']}**."),
        Figure(target, "The share of the variance each factor drives, alone (first order) and with its interactions (total).",
               "bar chart of sensitivity indices by factor"),
        Table(head, rows, f"Each factor's indices (synth sensitivity output {x['path']})."),
    ])


def _summary(archs: list[dict[str, Any]]) -> Section:
    results = sorted((a["result"] for a in archs), key=lambda r: r["kpi"]["cost_per_eflop_usd"])
    best = results[0]
    text = [f"**{best['case']['name']}** delivers a FLOP from orbit most cheaply: **{usd(best['kpi']['cost_per_eflop_usd'])} per EFLOP** "
            f"(1e18 FLOP), {best['kpi']['orbital_to_terrestrial']:.2f}x the cost of the same compute in a terrestrial data center "
            f"({usd(best['kpi']['terrestrial_cost_per_eflop_usd'])} per EFLOP)."]
    for other in results[1:]:
        text.append(f"{other['case']['name']} costs {usd(other['kpi']['cost_per_eflop_usd'])} per EFLOP, "
                    f"{other['kpi']['cost_per_eflop_usd'] / best['kpi']['cost_per_eflop_usd']:.2f}x {best['case']['name']}, and "
                    f"{other['kpi']['orbital_to_terrestrial']:.2f}x the ground.")
    bullets = []
    for a in archs:
        r, be = a["result"], a.get("breakeven")
        if be is None:
            bullets.append(f"{r['case']['name']}: break-even launch price not computed (run without --no-analyses).")
        elif be["found"]:
            bullets.append(f"{r['case']['name']}: orbit breaks even with the ground at {be['parameter']} = {be['value']:,.4g} "
                           f"(today {be['current']:,.4g}), re-optimizing the design at every probe.")
        elif be["message"].find("stays above") >= 0:
            bullets.append(f"{r['case']['name']}: no break-even with the ground for {be['parameter']} anywhere from {be['low']:,.4g} "
                           f"(1/1000 of today's {be['current']:,.4g}) to {be['high']:,.4g}: launch price alone does not close the gap "
                           f"(the sensitivity section shows what moves cost per FLOP).")
        else:
            bullets.append(f"{r['case']['name']}: orbit is already cheaper than the ground per EFLOP from {be['low']:,.4g} to "
                           f"{be['high']:,.4g} for {be['parameter']} (today {be['current']:,.4g}).")
    return Section("Summary", [Para(" ".join(text)), Bullets(bullets)])


def _designs(results: list[dict[str, Any]]) -> Section:
    def row(label, fn):
        return [label] + [fn(r) for r in results]

    rows = [
        row("orbit", lambda r: r["design"]["orbit"]),
        row("shielding", lambda r: r["design"]["shielding"]),
        row("solar array area (m2)", lambda r: f"{r['design']['solar_array_area_m2']:,.0f}"),
        row("radiator area (m2)", lambda r: f"{r['design']['radiator_area_m2']:,.0f}"),
        row("battery (kWh)", lambda r: f"{r['design']['battery_energy_kwh']:,.0f}"),
        row("compute modules", lambda r: ", ".join(f"{n:,} x {c}" for c, n in r["design"]["compute"].items())),
        row("IT power (MW)", lambda r: f"{r['kpi']['it_power_w'] / 1e6:,.3f}"),
        row("satellites / modules", lambda r: ", ".join(f"{n:,} x {k}" for k, n in r["design"]["satellites_by_bus"].items())),
        row("launch manifest", lambda r: ", ".join(f"{n:,} x {v}" for v, n in r["design"]["launches"].items())),
        row("launched mass (t)", lambda r: num(r["kpi"]["launched_mass_kg"] / 1000)),
        row("kg per kW of IT", lambda r: f"{r['kpi']['kg_per_kw_it']:.1f}"),
        row("W of IT per kg", lambda r: f"{r['kpi']['w_it_per_kg']:.1f}"),
        row("sunlit fraction", lambda r: f"{r['kpi']['sunlit_fraction']:.1%}"),
        row("delivered compute (FLOP)", lambda r: f"{r['kpi']['delivered_flop']:.3e}"),
        row("total cost, present value", lambda r: usd(r["kpi"]["total_cost_usd"])),
        row("cost per EFLOP, orbit", lambda r: usd(r["kpi"]["cost_per_eflop_usd"])),
        row("cost per EFLOP, ground", lambda r: usd(r["kpi"]["terrestrial_cost_per_eflop_usd"])),
        row("cost per GPU-hour, orbit", lambda r: usd(r["kpi"]["cost_per_gpu_hour_usd"])),
        row("cost per GPU-hour, ground", lambda r: usd(r["kpi"]["terrestrial_cost_per_gpu_hour_usd"])),
        row("up-front capital", lambda r: usd(r["kpi"]["upfront_capital_usd"])),
        row("capital per W excluding compute", lambda r: usd(r["kpi"]["capital_per_w_excl_compute_usd"])),
        row("launched-power price per kW-year", lambda r: usd(r["kpi"]["launched_power_usd_per_kw_year"])),
    ]
    return Section("Designs side by side", [Table(["", *[r["case"]["name"] for r in results]], rows, "Optimal design of each architecture.")])


def _ground(results: list[dict[str, Any]]) -> Section:
    """The same compute at every terrestrial baseline (the ground as a range), and both sides under each cost boundary."""
    blocks: list[Any] = []
    for r in results:
        baselines = r["terrestrial"].get("baselines", {})
        rows = [[name, b["archetype"], f"{b['wacc']:.1%}", f"{b['time_to_power_years']:g}", usd(b["cost_per_eflop_usd"]), usd(b["cost_per_gpu_hour_usd"]),
                 f"{r['kpi']['cost_per_eflop_usd'] / b['cost_per_eflop_usd']:.2f}x"] for name, b in baselines.items()]
        blocks.append(Table(["baseline", "archetype", "WACC", "years to power", "per EFLOP", "per GPU-hour", "orbit / ground"], rows,
                            f"{r['case']['name']}'s compute on the ground: orbit costs {usd(r['kpi']['cost_per_eflop_usd'])} per EFLOP and "
                            f"{usd(r['kpi']['cost_per_gpu_hour_usd'])} per GPU-hour."))
        bounds = [[name, usd(b["orbit_cost_per_eflop_usd"]), usd(b["ground_cost_per_eflop_usd"]), f"{b['orbit_to_ground']:.2f}x", b["mirrors"]]
                  for name, b in r.get("boundaries", {}).items()]
        if bounds:
            blocks.append(Table(["cost boundary", "orbit per EFLOP", "ground per EFLOP", "ratio", "mirrors"], bounds,
                                f"{r['case']['name']} under each published analysis's cost boundary (ground: {r['terrestrial']['baseline']})."))
    return Section("The ground as a range", blocks)


def _workloads(archs: list[dict[str, Any]]) -> Section:
    """Each architecture re-optimized for each workload: cost per EFLOP and GPU-hour, and what the network costs."""
    rows = []
    for a in archs:
        for w in a.get("workloads", []):
            name = a["result"]["case"]["name"]
            if w["status"] != "optimal":
                rows.append([name, w["workload"], w["status"], "", "", "", w.get("reason", "")])
                continue
            rows.append([name, w["workload"], usd(w["cost_per_eflop_usd"]), usd(w["cost_per_gpu_hour_usd"]), f"{w['orbital_to_terrestrial']:.2f}x",
                         f"{usd(w['network_usd'])} ({100 * w['network_share']:.2g} %), {num(w['network_mass_kg'] / 1000)} t",
                         ", ".join(w["binding"]) or "-"])
    return Section("Per workload", [Table(["architecture", "workload", "per EFLOP", "per GPU-hour", "orbit / ground", "network (share), mass",
                                           "network rows that bind"], rows,
                                          "Each architecture re-optimized for each workload: training needs its cluster joined (laser links, "
                                          "formation; a platform's own fabric when the cluster fits), inference its answers sent down.")])


def _budgets(results: list[dict[str, Any]], files: Path) -> Section:
    blocks = [
        Figure(charts.cost_per_eflop(results, files / "cost_per_eflop.png"), "Cost per delivered EFLOP in orbit and on the ground.", "bar chart of cost per "
            "EFLOP"),
        Figure(charts.stacked_budget(results, "cost_usd", *_money_scale(results), "Cost by item", files / "cost.png"),
               "Cost by item (present value).", "stacked bars of cost items"),
        Figure(charts.stacked_budget(results, "mass_kg", 1e3, "launched mass (t)", "Mass by subsystem", files / "mass.png"),
               "Launched mass by subsystem.", "stacked bars of mass by subsystem"),
        Figure(charts.stacked_budget(_power_split(results), "power_w", 1e6, "power at beginning of life (MW)", "What the arrays power", files / "power.png",
                                     items=["IT on the design's arrays", "IT on top-down units' own arrays", "housekeeping", "battery_recharge", "margin"]),
               "Power at beginning of life (full loads; the end-of-life budget, with the IT that survives, is the result's power_eol_w): "
               "IT, housekeeping and battery recharge on the design's arrays; top-down units power the IT they host "
               "with arrays inside their all-in figures.", "stacked bars of power use"),
        Figure(charts.stacked_budget(results, "heat_w", 1e6, "heat (MW)", "Waste heat rejected by the radiators", files / "heat.png",
                                     items=["it", "housekeeping", "margin"]),
               "Heat rejection: waste heat of the bottom-up hosted IT and housekeeping, and the radiators' spare capacity.", "stacked bars of heat"),
        Figure(charts.manifest(results, files / "manifest.png"), "Launch manifest.", "bars of launches per vehicle"),
    ]
    return Section("Budgets", blocks)


def _power_split(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of the results whose power budget separates IT on the design's arrays from IT on top-down units."""
    out = []
    for r in results:
        p = r["budgets"]["power_w"]
        split = {"IT on the design's arrays": p["it"] - p["it_on_top_down_units"], "IT on top-down units' own arrays": p["it_on_top_down_units"],
                 "housekeeping": p["housekeeping"], "battery_recharge": p["battery_recharge"], "margin": p["margin"]}
        out.append({**r, "budgets": {**r["budgets"], "power_w": split}})
    return out


def _money_scale(results: list[dict[str, Any]]) -> tuple[float, str]:
    top = max(r["budgets"]["cost_usd"]["total"] for r in results)
    return (1e9, "present-value cost (USD billion)") if top >= 1e9 else (1e6, "present-value cost (USD million)")


def _sensitivity(archs: list[dict[str, Any]], files: Path) -> Section:
    blocks: list[Any] = [Para("Each input is moved to a low and a high value and the design is re-optimized; bars show the resulting "
                              "cost per EFLOP against the optimum (the vertical line).")]
    for i, a in enumerate(archs):
        if "sensitivity" not in a:
            blocks.append(Para(f"{a['result']['case']['name']}: sensitivity not computed (--no-analyses)."))
            continue
        swings = [Swing(**s) for s in a["sensitivity"]]
        name = a["result"]["case"]["name"]
        base = a["result"]["kpi"]["cost_per_eflop_usd"]
        chart = inside(files, safe_filename(f"tornado_{name}") + ".png")
        blocks.append(Figure(charts.tornado(name, swings, base, charts.ARCHITECTURE_COLOURS[i % 4], chart),
                             f"{name}: re-optimized cost per EFLOP at low and high values of the key inputs.", f"tornado chart for {name}"))
        blocks.append(Table(["input", "low", "cost/EFLOP at low", "high", "cost/EFLOP at high"],
                            [[s.name, s.low_label, usd(s.low_cost_per_eflop_usd), s.high_label, usd(s.high_cost_per_eflop_usd)] for s in swings],
                            f"{name}: sensitivity (base {usd(base)} per EFLOP)."))
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


def _marginal_text(b: dict[str, Any]) -> str:
    """A binding row's marginal value as synth.explain states it: exact, not unique (with its upper bound), or none."""
    if b["marginal"] is not None:
        return f"{b['marginal']:,.4g} {b['marginal_unit']}"
    if b.get("marginal_at_most") is not None:
        return f"not unique: at most {b['marginal_at_most']:,.4g} {b['marginal_unit']}"
    return "no LP value"


def _binding(results: list[dict[str, Any]]) -> Section:
    blocks = []
    for r in results:
        rows = [[b["budget"], b["constraint"], b["meaning"], _marginal_text(b)] for b in r["binding"][:12]]
        blocks.append(Table(["budget", "constraint", "what one more unit is", "marginal value"], rows,
                            f"{r['case']['name']}: binding constraints, LP marginal values at the optimal integers."))
    return Section("What binds", blocks)


def _assumptions(archs: list[dict[str, Any]], claims: dict[str, Any]) -> Section:
    blocks: list[Any] = []
    for a in archs:
        r = a["result"]
        blocks.append(Para(f"**{r['case']['name']}**: case file {a['case_file']} (sha256 {r['case']['sha256'][:12]}...), "
                           f"overrides {json.dumps(a['overrides'])}."))
        blocks.append(Table(["entry", "field (unit in the name)", "value", "source"], a["catalog"], f"{r['case']['name']}: every catalog figure the design "
            f"uses."))
    blocks.append(Para("**What published studies claimed, beside this tool's answer to the same question:**"))
    blocks.append(Table(["claim", "source", "this tool", "why they differ"], _claims_rows(archs, claims)))
    return Section("Assumptions and published claims", blocks)


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
                 f"{r['case']['name']}'s optimum launches {kg_per_kw:.1f} kg per kW of IT: ${at200:,.0f} per kW-year at $200/kg and "
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
    orbit_text = (f"In orbit, {r['case']['name']}'s arrays and batteries with their share of launch, scaled to 40 MW: {usd(power_system)}."
                  if r["design"]["solar_array_area_m2"] > 0 else "No design here has arrays of its own (top-down units only).")
    rows.append([c["claim"], c["source"],
                 f"Ground electricity for 40 MW over 10 years at PUE {ground['pue']:g} and ${ground['electricity_usd_per_kwh']:g}/kWh: {usd(energy_cost)}. "
                 + orbit_text,
                 "Both sides count only the power supply; the ground figure scales with the electricity price and PUE assumed, and "
                 "the orbital one with array and launch prices. Neither includes compute, radiators, operations or failures."])
    c = claims["analyst_gigawatt"]
    per_gw = [f"{x['result']['case']['name']}: {usd(x['result']['kpi']['total_cost_usd'] / x['result']['kpi']['it_power_w'] * 1e9)} per GW of IT "
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
