"""The ``synth`` command: a thin shell over the Python API (load_case, solve, catalogs).

Exit codes: 0 solved (or an evaluated design meets every constraint), 2 bad input, 3 infeasible (or an evaluated design
violates a constraint), 4 solver failure or no solution within the time limit,
1 internal error (a bug: please report it), 128 + the signal's number when stopped by a signal (130 Ctrl-C; a
sweep also stops cleanly on SIGTERM, 143, and SIGHUP, 129).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from synth.errors import ExitCode, InputError, SynthError, input_error
from synth.outpath import check_output_dir, check_output_prefix
from synth.yamlio import parse_value_text

#: Most local worker processes ``synth sweep --workers`` starts: a fixed bound that catches typos such as 1e20 or
#: 100000 without depending on the machine (each worker holds its own model; more workers than cores only queue).
MAX_WORKERS = 256
PLOT_FORMATS = ("png", "svg", "pdf")


def _parse_sets(pairs: Sequence[str], keep_text: bool = False) -> dict[str, Any]:
    """``--set a.b=value`` pairs; values are read as YAML scalars (300 -> int, '650 km' stays a string), with
    YAML 1.2 floats, as in case files: ``1e3`` and ``5e0`` are numbers (YAML 1.1 would keep them as text).
    ``keep_text`` keeps sweep ranges such as ``3600:20:log40`` and lists ``1,2,5`` as text."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise input_error("--set", pair, "expected KEY=VALUE, e.g. --set limits.max_launches=300")
        if keep_text and (":" in raw or "," in raw) and not raw.strip().startswith(("[", "{")):
            out[key.strip()] = raw
            continue
        out[key.strip()] = parse_value_text(raw, f"--set {key.strip()}")
    return out


def cmd_solve(args: argparse.Namespace) -> int:
    from synth.solve import solve
    from synth.summary import format_summary

    if args.out:
        check_output_dir("--out", args.out)
    if args.robust:
        return _solve_robust(args)
    if args.scenarios is not None or args.inputs is not None or args.seed is not None or args.risk is not None or args.alpha is not None:
        raise input_error(None, "--scenarios", "--scenarios, --inputs, --seed, --risk and --alpha belong to --robust: add --robust")
    return _show(solve(args.case, overrides=_parse_sets(args.set)), args, format_summary)


def _solve_robust(args: argparse.Namespace) -> int:
    """synth solve --robust: one design over sampled worlds (synth.robust), printed at the case's own figures, with
    the central design beside it; robust.json and robust.csv with --out."""
    from synth.robust import robust_text, run_robust, sample_worlds, write_robust
    from synth.summary import format_summary

    n = 20 if args.scenarios is None else args.scenarios
    if args.alpha is not None and not 0.0 <= args.alpha < 1.0:  # before any world is drawn (False for NaN)
        raise input_error("--alpha", str(args.alpha), "the CVaR level must be >= 0 and < 1 (0.9: the worst 10 % of the worlds)")
    if args.alpha is not None and args.risk != "cvar":
        raise input_error("--alpha", str(args.alpha), "--alpha is the level of --risk cvar: add --risk cvar")
    inputs = args.inputs or "baseline_2026"
    seed = 0 if args.seed is None else args.seed
    sets = _parse_sets(args.set)
    worlds, used = sample_worlds(args.case, n, inputs, seed, sets)
    run = run_robust(args.case, worlds, inputs=inputs, seed=seed, used=used, sets=sets, risk=args.risk or "expectation",
                     alpha=0.9 if args.alpha is None else args.alpha)
    if not args.quiet:
        if run.at_central is not None:
            print(format_summary(run.at_central).replace(": feasible", ": robust design, evaluated at the case's own figures", 1)
                  .replace(": infeasible", ": robust design, evaluated at the case's own figures (violates a constraint there)", 1))
        print(robust_text(run))
    if args.out:
        paths = write_robust(run, args.out)
        if not args.quiet:
            print(f"\nwrote {', '.join(str(p) for p in paths)}")
    return run.exit_code


def _show(result, args: argparse.Namespace, format_summary) -> int:
    """Print a solve or evaluation (unless --quiet), write it with --out, and return its exit code."""
    if not args.quiet:
        print(format_summary(result))
    if args.out:
        paths = result.write(args.out, excel=getattr(args, "excel", False))
        if not args.quiet:
            print(f"\nwrote {', '.join(str(p) for p in paths)}")
    return int(result.exit_code)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from synth.evaluate import evaluate
    from synth.summary import format_summary

    if args.out:
        check_output_dir("--out", args.out)
    return _show(evaluate(args.case, args.design, overrides=_parse_sets(args.set)), args, format_summary)


def cmd_sweep(args: argparse.Namespace) -> int:
    import signal

    from synth.sweep import load_sweep, run_sweep
    from synth.sweep.run import stop_on_signals

    check_output_dir("--out", args.out)
    sweep = load_sweep(args.spec, _parse_sets(args.set, keep_text=True))
    if not args.quiet:
        print(f"sweep {sweep.spec.name}: {len(sweep.points)} points over {', '.join(sweep.spec.parameters)} -> {args.out}", file=sys.stderr)
    with stop_on_signals() as stop:  # SIGTERM and SIGHUP stop the workers and keep the journal, as Ctrl-C does
        try:
            frame = run_sweep(sweep, args.out, workers=args.workers, scheduler=args.scheduler, quiet=args.quiet,
                              chunk_size=args.chunk_size, retry_failed=args.retry_failed)
        except KeyboardInterrupt:
            print("synth: interrupted; rerun the same command to resume", file=sys.stderr)
            return 128 + (stop.signum or signal.SIGINT)  # 130 SIGINT, 143 SIGTERM, 129 SIGHUP
    code, outcome = _sweep_outcome(frame)
    if not args.quiet:
        print(f"{len(frame)} of {len(sweep.points)} points done ({outcome}); wrote {args.out}/results.parquet, results.csv, points.jsonl, sweep.json")
        if code:
            print(f"synth: no point of the sweep has a design ({outcome})", file=sys.stderr)
    return code


#: how a sweep row's status is counted in the summary, in this order
_STATUS_WORDS = {"optimal": "optimal", "time_limit": "at the time limit", "iteration_limit": "at an iteration limit",
                 "ratio_not_converged": "with the ratio iteration not converged", "infeasible": "infeasible", "error": "failed"}


def _sweep_outcome(frame) -> tuple[int, str]:
    """Exit code and a count of the points by status. 0 when some point has a design (optimal, or the best found
    at the time limit); otherwise 3 when every point is infeasible (the case cannot be met), and 4 when any point
    ran out of time or failed (the solver, not the case, left it without a design)."""
    if "status" not in frame or not len(frame):
        return 0, "no points"
    status = frame["status"]
    has_design = status == "optimal"
    if "orbit" in frame:
        has_design |= status.isin(["time_limit", "iteration_limit", "ratio_not_converged", "interrupted"]) & frame["orbit"].notna()
    counts = status.value_counts().to_dict()
    order = [s for s in _STATUS_WORDS if s in counts] + sorted(set(counts) - set(_STATUS_WORDS))
    outcome = ", ".join(f"{counts[s]} {_STATUS_WORDS.get(s, s)}" for s in order)
    if has_design.any():
        return 0, outcome
    return int(ExitCode.INFEASIBLE if (status == "infeasible").all() else ExitCode.SOLVER_FAILURE), outcome


def cmd_pareto(args: argparse.Namespace) -> int:
    from synth.case import load_case
    from synth.pareto import describe, pareto_front, parse_objectives

    if args.out:
        check_output_dir("--out", args.out)
    objective = parse_objectives(args.objectives)
    front = pareto_front(load_case(args.case, overrides=_parse_sets(args.set)), objective, points=args.points, out_dir=args.out,
                         quiet=args.quiet)
    if not args.quiet:
        print(describe(front, objective))
        if args.out:
            print(f"wrote {args.out}/pareto.parquet, pareto.csv, pareto.json")
    return 0


def cmd_breakeven(args: argparse.Namespace) -> int:
    from synth.breakeven import find_breakeven, write_breakeven

    if args.out:
        check_output_dir("--out", args.out)
    low = high = None
    if args.range:
        try:
            low, high = (float(x) for x in args.range.split(":"))
        except ValueError:
            raise input_error("--range", args.range, "expected LOW:HIGH, e.g. --range 20:3600") from None
    result = find_breakeven(args.case, args.param, against=args.against, low=low, high=high, rel_tol=args.tolerance)
    print(result.message)
    if args.out:
        paths = write_breakeven(result, args.out)
        print(f"wrote {', '.join(str(p) for p in paths)}")
    return 0


def _demand_option(option: str, text: str | None, unit: str, most: float) -> dict[int, float] | None:
    """``YEAR:VALUE[,YEAR:VALUE...]`` as {year: value}, years 2000-2100 and values 0-``most`` (exit 2 otherwise)."""
    if not text:
        return None
    try:
        demand = {int(y): float(v) for y, v in (pair.split(":") for pair in text.split(","))}
    except ValueError:
        raise input_error(option, text, f"expected YEAR:{unit}[,YEAR:{unit}...], e.g. {option} 2030:100,2035:1000") from None
    if not all(2000 <= y <= 2100 and 0 <= v <= most for y, v in demand.items()):
        raise input_error(option, text, f"expected years 2000-2100 and 0-{most:,.0f} {unit}")
    return demand


def cmd_roadmap(args: argparse.Namespace) -> int:
    from synth.progress import Progress
    from synth.roadmap import run_roadmap, summary_text, write_roadmap

    if args.out:
        check_output_dir("--out", args.out)
    years = None
    if args.years:
        try:
            first, last = (int(x) for x in args.years.split(":"))
        except ValueError:
            raise input_error("--years", args.years, "expected FIRST:LAST, e.g. --years 2027:2045") from None
        if not 2000 <= first <= last <= 2100:
            raise input_error("--years", args.years, "expected 2000 <= FIRST <= LAST <= 2100")
        years = (first, last)
    if args.demand and args.demand_pflops:
        raise input_error("--demand-pflops", args.demand_pflops, "give --demand (IT power, MW) or --demand-pflops (compute), not both")
    demand = _demand_option("--demand", args.demand, "MW", 1e6)
    demand_pflops = _demand_option("--demand-pflops", args.demand_pflops, "PFLOP/s", 1e9)
    with Progress("roadmap", unit="cohorts", quiet=args.quiet) as progress:
        roadmaps = [run_roadmap(case, args.scenario, years, progress, demand, demand_pflops) for case in args.cases]
    print(summary_text(roadmaps))
    if args.out:
        paths = write_roadmap(roadmaps, args.out)
        print(f"wrote {', '.join(str(p) for p in paths)}")
    return 0


def _resumable(run: Callable[[], Any], text: Callable[[Any], str], write: Callable[[Any], list[Path]]) -> int:
    """A long run on the sweep machinery: SIGINT, SIGTERM and SIGHUP stop it keeping the finished points (the same
    command resumes, exit 128 + the signal); then its summary printed and its files written."""
    import signal

    from synth.sweep.run import stop_on_signals

    with stop_on_signals() as stop:
        try:
            found = run()
        except KeyboardInterrupt:
            print("synth: interrupted; rerun the same command to resume", file=sys.stderr)
            return 128 + (stop.signum or signal.SIGINT)
    print(text(found))
    paths = write(found)
    print(f"wrote {', '.join(str(p) for p in paths)}")
    return 0


def cmd_uncertainty(args: argparse.Namespace) -> int:
    from synth.montecarlo import run_uncertainty, summary_text, write_uncertainty

    check_output_dir("--out", args.out)
    return _resumable(lambda: run_uncertainty(args.cases, args.samples, args.out, inputs=args.inputs, method=args.method, seed=args.seed,
                                              workers=args.workers, scheduler=args.scheduler, quiet=args.quiet, design=args.design),
                      lambda mc: summary_text(mc.summary()), lambda mc: write_uncertainty(mc, args.out))


def cmd_sensitivity(args: argparse.Namespace) -> int:
    from synth.sensitivity import run_sensitivity, summary_text, write_sensitivity

    check_output_dir("--out", args.out)
    return _resumable(lambda: run_sensitivity(args.case, args.samples, args.out, method=args.method, inputs=args.inputs, seed=args.seed,
                                              workers=args.workers, scheduler=args.scheduler, quiet=args.quiet, with_ground=args.with_ground),
                      lambda found: summary_text(found.summary()), lambda found: write_sensitivity(found, args.out))


def cmd_compare(args: argparse.Namespace) -> int:
    from synth.atomic import write_atomic
    from synth.compare import compare_paths, compare_text

    table = compare_paths(args.results)
    print(compare_text(table))
    if args.out:
        out = Path(args.out)
        if out.suffix.lower() == ".xlsx":
            from synth.result import write_excel

            write_excel({"compare": table}, out)
        else:
            write_atomic(out, table.to_csv(index=False))
        print(f"wrote {args.out}")
    return 0


def cmd_plot(args: argparse.Namespace) -> int:
    from synth.plot import plot_results

    paths = plot_results(args.results, formats=args.format)
    print(f"wrote {', '.join(str(p) for p in paths)}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from synth.report import build_report, read_report_data, render_report

    check_output_prefix("--out", args.out)
    if args.from_data:
        paths = render_report(read_report_data(args.from_data), args.out)
    else:
        if not args.inputs:
            raise input_error(None, "inputs", "give case files or synth solve --out directories (or --from-data report.json)")
        paths = build_report(args.inputs, args.out, sweeps=args.sweep, paretos=args.pareto, analyses=not args.no_analyses,
                             quiet=args.quiet, workloads=args.workloads)
    if not args.quiet:
        print(f"wrote {', '.join(str(p) for p in paths)}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from synth.case import load_case
    from synth.checks import presolve_checks
    from synth.model.data import model_data
    from synth.sweep.spec import is_sweep_file, load_sweep

    flagged = False
    for path in args.cases:
        if is_sweep_file(path):
            sweep = load_sweep(path, _parse_sets(args.set, keep_text=True))
            print(f"{path}: valid sweep ({len(sweep.points)} points over {', '.join(sweep.spec.parameters)}; base {sweep.base_path})")
            continue
        rc = load_case(path, overrides=_parse_sets(args.set))
        warnings = presolve_checks(model_data(rc))  # the coefficients raise on impossible physics
        counts = ", ".join(f"{len(v)} {k}" for k, v in rc.entries.items())
        kind = "error" if args.strict else "warning"
        for warning in warnings:
            print(f"{path}: {kind}: {warning}", file=sys.stderr)
        flagged |= bool(warnings)
        print(f"{path}: {'valid' if not warnings else f'valid with {len(warnings)} warning(s)'} ({counts})")
    return int(ExitCode.BAD_INPUT) if (flagged and args.strict) else 0


def cmd_catalog(args: argparse.Namespace) -> int:
    from synth.case import case_catalog, load_case, validate_catalogs
    from synth.catalog import SHIPPED_CATALOG_DIR, entry_types

    kinds = list(entry_types())
    if args.kind and args.kind not in kinds:
        raise input_error(None, "kind", f"unknown catalog {args.kind!r}; allowed: {', '.join(kinds)}")
    if args.case:
        rows = [(r.kind, r.name, r.entry, f"{r.origin}{'; overridden by the case: ' + ', '.join(r.overridden) if r.overridden else ''}",
                 r.candidate) for r in case_catalog(load_case(args.case, overrides=_parse_sets(args.set)))]
    else:
        dirs = [SHIPPED_CATALOG_DIR] + ([Path(args.models)] if args.models else [])
        rows = [(kind, name, entry, "", False) for kind, entries in validate_catalogs(dirs).items() for name, entry in entries.items()]
    from synth.uncertainty import UncertaintySet, describe

    sets = {name: entry for kind, name, entry, _, _ in rows if kind == "uncertainty" and isinstance(entry, UncertaintySet)}
    for kind in [args.kind] if args.kind else kinds:
        print(f"{kind} ({kind}.yaml)")
        for _, name, entry, origin, candidate in (r for r in rows if r[0] == kind):
            print(f"  {name}{'  [candidate of the case]' if candidate else ''}")
            if origin:
                print(f"    from: {origin}")
            if isinstance(entry, UncertaintySet):  # one input per line, then the groups
                for path, dist in entry.inputs.items():
                    print(f"    {path}: {describe(dist)}")
                for group, g in entry.groups.items():
                    print(f"    group {group} (correlation {g.correlation:g}): {', '.join(g.members)}")
            else:
                figures = entry.model_dump(exclude={"source", "field_sources", "uncertain", "notes"}, exclude_none=True)
                print("    " + ", ".join(f"{k}={_short(v)}" for k, v in figures.items()))
            print(f"    source: {entry.source}")
            for field, src in entry.field_sources.items():
                print(f"    source of {field}: {src}")
            if entry.uncertain:
                print(f"    uncertain: {entry.uncertain}")
            for set_name, uset in sets.items():  # the distributions an uncertainty set gives this entry's figures
                for path, dist in uset.inputs.items():
                    if path.startswith(f"{kind}.{name}."):
                        print(f"    distribution of {path[len(kind) + len(name) + 2:]} ({set_name}): {describe(dist)}")
        print()
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from synth.docs import schema_text

    print(schema_text(args.what))
    return 0


def _short(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_short(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    return str(value)


def _whole_number(text: str, low: int, high: int | None = None) -> int:
    """An argparse value that must be a whole number in [low, high]; the message says what is allowed."""
    allowed = f"a whole number from {low:,} to {high:,}" if high is not None else f"a whole number >= {low:,}"
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {allowed}") from None
    if value < low or (high is not None and value > high):
        raise argparse.ArgumentTypeError(f"{text} is out of range: give {allowed}")
    return value


def _positive_int(text: str) -> int:
    return _whole_number(text, 1)


def _workers(text: str) -> int:
    return _whole_number(text, 1, MAX_WORKERS)


def _pareto_points(text: str) -> int:
    return _whole_number(text, 2)  # the two payoff-table extremes are the fewest points a front has


def _tolerance(text: str) -> float:
    """A relative tolerance: a finite number strictly between 0 and 1."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value < 1):
        raise argparse.ArgumentTypeError(f"{text!r} is not allowed: give a relative tolerance between 0 and 1 (exclusive), e.g. 1e-3")
    return value


def _plot_formats(text: str) -> tuple[str, ...]:
    """Comma-separated image formats, each one of PLOT_FORMATS."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in PLOT_FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"{text!r} is not allowed: give one or more of {', '.join(PLOT_FORMATS)}, comma-separated")
    return formats


def _scheduler(text: str) -> str:
    """'local', or a Dask scheduler address [scheme://]host:port (a port from 1 to 65535)."""
    if text == "local":
        return text
    host, sep, port = text.split("://", 1)[-1].rpartition(":")
    if not (sep and host and port.isdigit() and 1 <= int(port) <= 65535):
        raise argparse.ArgumentTypeError(f"{text!r} is not a scheduler address: give HOST:PORT, e.g. tcp://host:8786, or 'local'")
    return text


def cmd_app(args: argparse.Namespace) -> int:
    """synth app: check the flags and files, then serve the explorer until Ctrl-C (synth.app)."""
    from synth.app import AppConfig, serve

    for case in args.cases:
        if not Path(case).is_file():
            raise input_error(case, None, "no such case file")
    for d in args.results:
        if not Path(d).is_dir():
            raise input_error("--results", d, "not a directory: give a synth roadmap or synth uncertainty output directory")
    if args.export_dir:
        check_output_dir("--export-dir", args.export_dir)
    if not 0 < args.time_budget <= 3600:  # False for NaN
        raise input_error("--time-budget", str(args.time_budget), "seconds, more than 0 and at most 3600")
    cases = args.cases or ["cases/spacex.yaml", "cases/blue_origin.yaml"]
    missing = [c for c in cases if not Path(c).is_file()]
    if missing:
        raise input_error(missing[0], None, "no such case file: give the case files, e.g. synth app cases/spacex.yaml cases/blue_origin.yaml")
    _check_port(args.host, args.port)
    config = AppConfig([Path(c) for c in cases], [Path(d) for d in args.results], Path(args.export_dir) if args.export_dir else None,
                       args.time_budget)
    try:
        serve(config, host=args.host, port=args.port, open_browser=not args.no_browser, quiet=args.quiet)
    except KeyboardInterrupt:
        pass
    return 0


def _check_port(host: str, port: int) -> None:
    """Exit 2 with a message when the address cannot be bound (port in use, no such address), before any solve."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError as exc:
        raise input_error("--port", f"{host}:{port}", f"cannot listen there ({exc.strerror or exc}); give another --port or --host") from None


def _version() -> str:
    """The installed distribution's version, or the package's own when synth runs from a source tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("synth")
    except PackageNotFoundError:
        from synth import __version__

        return __version__


class _VersionAction(argparse.Action):
    """``--version``: reads the package metadata only when asked (it costs ~30 ms of every command's start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option_string: str | None = None) -> None:
        print(f"synth {_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="synth", description="Design synthesis for AI data centers in orbit.")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("solve", help="solve a design case and print its optimal design and budgets")
    p.add_argument("case", help="case file (YAML)")
    p.add_argument("--out", help="directory for result.json and CSV tables")
    p.add_argument("--excel", action="store_true", help="with --out: also result.xlsx, one sheet per table")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a case field or catalog figure (repeatable)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing; use the exit code and --out files")
    p.add_argument("--robust", action="store_true", help="one design feasible in every sampled world, least sum of costs / sum of "
                   "discounted EFLOP over them (one MILP); compared with the central design")
    p.add_argument("--scenarios", type=int, help="with --robust: how many worlds to sample (default 20)")
    p.add_argument("--inputs", help="with --robust: uncertainty set (catalog uncertainty; default baseline_2026)")
    p.add_argument("--seed", type=int, help="with --robust: seed of the Latin hypercube (default 0)")
    p.add_argument("--risk", choices=["expectation", "cvar"], help="with --robust: expectation (default) minimizes the sum of costs / sum of "
                   "EFLOP; cvar the price per EFLOP at which the design breaks even in the worst (1 - alpha) of the worlds")
    p.add_argument("--alpha", type=float, help="with --risk cvar: the CVaR level, >= 0 and < 1 (default 0.9: the worst 10 %%)")
    p.set_defaults(func=cmd_solve)
    p = sub.add_parser("evaluate", help="compute every budget, KPI and constraint of a given design without optimizing")
    p.add_argument("case", help="case file (YAML)")
    p.add_argument("--design", required=True, help="design file (YAML with result.json's design fields, or a result.json)")
    p.add_argument("--out", help="directory for result.json, checks.csv and the other tables")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a case field or catalog figure (repeatable)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("sweep", help="solve many variants of a case: lists, ranges, grids, samples; resumable")
    p.add_argument("spec", help="sweep file (base + parameters), or a case file with --set PATH=FROM:TO:[log]STEPS")
    p.add_argument("--out", required=True, help="output directory (results.parquet/csv, points.jsonl, sweep.json); rerun to resume")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a range 3600:20:log40, a list 1,2,5, or a fixed value")
    p.add_argument("--workers", type=_workers, default=None, help=f"local worker processes, 1 to {MAX_WORKERS} (default: all cores; 1: this process)")
    p.add_argument("--scheduler", type=_scheduler, help="Dask scheduler address (tcp://host:8786), or 'local' for a LocalCluster of --workers processes")
    p.add_argument("--chunk-size", type=_positive_int, default=None, help="points per task (default: about 8 tasks per worker, at most 25 points)")
    p.add_argument("--retry-failed", action="store_true", help="on resume, solve again the points recorded as not optimal")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=cmd_sweep)
    p = sub.add_parser("pareto", help="exact two-objective Pareto front: cost per EFLOP against a second objective")
    p.add_argument("case")
    p.add_argument("--objectives", default="cost_per_eflop,launched_mass",
                   help="cost_per_eflop,<second>: launched_mass, launches, capital_cost, it_power (max) or satellites")
    p.add_argument("--points", type=_pareto_points, default=25, help="points on the front, >= 2 (epsilon values between the payoff-table extremes)")
    p.add_argument("--out", help="directory for pareto.parquet, pareto.csv, pareto.json")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_pareto)
    p = sub.add_parser("breakeven", help="the value of one parameter at which orbit's optimum costs as much per EFLOP as the ground")
    p.add_argument("case")
    p.add_argument("--param", required=True, help="dotted path of a numeric case field or catalog figure")
    p.add_argument("--against", default="terrestrial", help="'terrestrial' (default) or another case file")
    p.add_argument("--range", help="LOW:HIGH to search (default: the current value / 100 to x 10)")
    p.add_argument("--tolerance", type=_tolerance, default=1e-3, help="relative width of the final bracket, between 0 and 1")
    p.add_argument("--out", help="directory for breakeven.json and probes.csv")
    p.set_defaults(func=cmd_breakeven)
    p = sub.add_parser("roadmap", help="each year's best design at that year's prices and hardware, against the ground: the crossover year")
    p.add_argument("cases", nargs="+", help="case files")
    p.add_argument("--years", help="FIRST:LAST (default: the case's roadmap section, else next year and 18 more)")
    p.add_argument("--scenario", help="roadmap scenario (catalog roadmaps; default: the case's, else baseline_2026)")
    p.add_argument("--demand", help="YEAR:MW[,YEAR:MW...]: IT power that must be in service by year (linear between, flat after): the least "
                   "present-value build-out that meets it, one model over every year (default: the case's roadmap.demand_mw, else free build)")
    p.add_argument("--demand-pflops", help="YEAR:PFLOPS[,...]: instead of --demand, working compute that must be in service by year (PFLOP/s "
                   "at dense BF16 peak): each cohort's hardware generation then counts (default: the case's roadmap.demand_pflops)")
    p.add_argument("--against", choices=["ground"], default="ground", help="what each cohort is compared with: the ground baselines of each case "
                   "(its terrestrial list; the only comparison, and the default)")
    p.add_argument("--out", help="directory for roadmap.csv, roadmap.parquet, summary.json and race.png")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress")
    p.set_defaults(func=cmd_roadmap)
    p = sub.add_parser("uncertainty", help="Monte Carlo: each case re-optimized in every sampled world; percentiles, probabilities, choices")
    p.add_argument("cases", nargs="+", help="case files (they see the same worlds, so they compare pairwise)")
    p.add_argument("--samples", type=int, default=1000, help="worlds to draw (default 1000)")
    p.add_argument("--method", choices=["lhs", "sobol", "random"], default="lhs", help="Latin hypercube (default), scrambled Sobol or random")
    p.add_argument("--seed", type=int, default=0, help="seed of the draws (default 0): the same seed draws the same worlds")
    p.add_argument("--inputs", default="baseline_2026", help="uncertainty set (catalog uncertainty; default baseline_2026)")
    p.add_argument("--design", help="a fixed design (design file or result.json; one case) evaluated in every world instead of re-optimized")
    p.add_argument("--out", required=True, help="directory for samples, results, summary.json and ratio_cdf.png (runs/ holds each case's sweep)")
    p.add_argument("--workers", type=int, help="local worker processes (default: all cores)")
    p.add_argument("--scheduler", help="a Dask scheduler address, or 'local' for a local Dask cluster")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress")
    p.set_defaults(func=cmd_uncertainty)
    p = sub.add_parser("sensitivity", help="global sensitivity of the re-optimized cost per EFLOP: Sobol indices or Morris screening (SALib)")
    p.add_argument("case", help="case file (YAML)")
    p.add_argument("--method", choices=["sobol", "morris"], default="sobol", help="Sobol first and total indices (default) or Morris screening")
    p.add_argument("--samples", type=int, default=256, help="Sobol: base points, a power of 2 (n (d + 2) solves for d factors); Morris: "
                   "trajectories (n (d + 1) solves); default 256")
    p.add_argument("--inputs", default="baseline_2026", help="uncertainty set (catalog uncertainty; default baseline_2026)")
    p.add_argument("--seed", type=lambda text: _whole_number(text, 0, 2**32 - 1), default=0, help="seed of the design and the bootstrap (default 0)")
    p.add_argument("--with-ground", action="store_true", help="keep the ground baselines' inputs as factors (they cannot move the orbit's cost: "
                   "their indices come out zero)")
    p.add_argument("--out", required=True, help="directory for indices.csv/parquet, worlds.parquet, summary.json and sobol.png or morris.png "
                   "(runs/ holds the sweep; rerun to resume)")
    p.add_argument("--workers", type=_workers, help=f"local worker processes, 1 to {MAX_WORKERS} (default: all cores)")
    p.add_argument("--scheduler", type=_scheduler, help="a Dask scheduler address, or 'local' for a local Dask cluster")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress")
    p.set_defaults(func=cmd_sensitivity)
    p = sub.add_parser("compare", help="solved results side by side: cost per EFLOP and per GPU-hour, the ground, totals, design, proof")
    p.add_argument("results", nargs="+", help="synth solve --out directories (or their result.json)")
    p.add_argument("--out", help="a file for the table: CSV, or Excel when it ends in .xlsx")
    p.set_defaults(func=cmd_compare)
    p = sub.add_parser("plot", help="draw a sweep's curves, a Pareto front or a break-even search (PNG/SVG)")
    p.add_argument("results", help="output directory of synth sweep, pareto or breakeven")
    p.add_argument("--format", type=_plot_formats, default=("png", "svg"), help="comma-separated: png, svg, pdf (default: png,svg)")
    p.set_defaults(func=cmd_plot)
    p = sub.add_parser("report", help="design report comparing architectures with each other and the ground (HTML, Markdown, PDF)")
    p.add_argument("inputs", nargs="*", help="case files (solved now) or synth solve --out directories (reused)")
    p.add_argument("--out", required=True, help="output path without extension: writes OUT.html, OUT.md, OUT.pdf, OUT_files/")
    p.add_argument("--sweep", action="append", default=[], help="a synth sweep output directory to include (repeatable)")
    p.add_argument("--pareto", action="append", default=[], help="a synth pareto output directory to include (repeatable)")
    p.add_argument("--no-analyses", action="store_true", help="skip the break-even and sensitivity re-optimizations")
    p.add_argument("--workloads", type=lambda text: [w for w in text.split(",") if w], default=[],
                   help="comma-separated workloads (catalog names) to re-optimize each architecture for, e.g. batch,training_frontier,inference_text")
    p.add_argument("--from-data", help="re-render from a report.json without solving")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    p.set_defaults(func=cmd_report)
    for name in ("validate", "check"):
        p = sub.add_parser(name, help="check case files without solving: schema, units, names, physics, suspicious values")
        p.add_argument("cases", nargs="+")
        p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
        p.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 2)")
        p.set_defaults(func=cmd_validate)
    p = sub.add_parser("catalog", help="list catalog entries with their figures and sources")
    p.add_argument("kind", nargs="?", help="one catalog (orbits, launch_vehicles, compute, ...)")
    p.add_argument("--models", help="a catalog directory layered over the shipped catalogs (synth/catalogs/), as a case's catalog_dir")
    p.add_argument("--case", help="show the catalog a case sees: every entry with where it came from, its candidates marked, overrides applied")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="with --case: override a case field or catalog figure")
    p.set_defaults(func=cmd_catalog)
    p = sub.add_parser("app", help="interactive explorer in the browser: sliders over the inputs that matter, the architectures side by side")
    p.add_argument("cases", nargs="*", help="case files (default: cases/spacex.yaml cases/blue_origin.yaml)")
    p.add_argument("--port", type=lambda text: _whole_number(text, 1, 65535), default=8050, help="TCP port (default 8050)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--no-browser", action="store_true", help="serve only; do not open a browser")
    p.add_argument("--results", action="extend", nargs="+", default=[], metavar="DIR",
                   help="a synth roadmap or synth uncertainty output directory whose race chart or ratio distribution the page shows (repeatable)")
    p.add_argument("--export-dir", help="directory where 'export this scenario' writes case files and results (default: download the case file)")
    p.add_argument("--time-budget", type=float, default=10.0, help="seconds per solve; past it the page shows the best design found and its gap "
                   "(default 10)")
    p.add_argument("-q", "--quiet", action="store_true", help="no start-up line or request log")
    p.set_defaults(func=cmd_app)
    p = sub.add_parser("schema", help="print the case or catalog format with every field's meaning")
    p.add_argument("what", nargs="?", default="case", help="'case' or a catalog kind")
    p.set_defaults(func=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) or a bad argument (2, after argparse's message): return the code
        return exc.code if isinstance(exc.code, int) else int(ExitCode.BAD_INPUT)
    try:
        return args.func(args)
    except InputError as exc:
        print(f"synth: {exc}", file=sys.stderr)
        return int(ExitCode.BAD_INPUT)
    except SynthError as exc:
        print(f"synth: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except BrokenPipeError:  # output piped into e.g. `head`, which closed early: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("synth: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: say so plainly
        if os.environ.get("SYNTH_DEBUG"):
            traceback.print_exc()
        print(f"synth: internal error: {type(exc).__name__}: {exc} (a bug; set SYNTH_DEBUG=1 for the traceback and please report it)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
