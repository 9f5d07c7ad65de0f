"""Standalone reproducer: HiGHS spends most of a tiny MILP's time in root reduced-cost fixing.

    python benchmarks/highs_root/reproduce.py                 # every *.mps next to this script
    python benchmarks/highs_root/reproduce.py FILE.mps ...    # chosen files
    python benchmarks/highs_root/reproduce.py --quick         # fewer repeats and permutations
    python benchmarks/highs_root/reproduce.py --json out.json # also save every measured figure
    python benchmarks/highs_root/reproduce.py --solve-only FILE.mps --repeat 5   # just the MILP (for perf)

Needs only highspy (and the standard library). Every MILP is solved by a fresh ``highspy.Highs`` object on one
thread with HiGHS's default options except those recorded for the file in ``options.json`` (``threads`` 1,
``mip_rel_gap`` and, for the Dinkelbach subproblems, ``mip_abs_gap``: what the application uses). For each file
it prints:

1. the model: rows, columns, integer columns and their declared and presolved bound ranges;
2. the MILP as given: wall and CPU time (median of ``--repeat`` runs), nodes, LP iterations, objective, dual bound,
   final gap; then one more run with a MIP interrupt callback for the root dual bound and the time spent before
   the first branch-and-bound node (the callback's own overhead is in that run's times);
3. the LP relaxation (integrality dropped): its wall time and objective;
4. (a) the same MILP with the wide integer columns (integer, not binary) restricted to a window of +-w around
   their LP-relaxation values, for several w: time, nodes, objective (a narrow window may cut off the optimum:
   the objective column says whether it did);
5. (b) the same MILP with its columns permuted at random (seeded): time, nodes, LP iterations, objective;
6. HiGHS options that touch the routine: ``mip_heuristic_run_root_reduced_cost`` (a primal heuristic that reads
   the lurking bounds) and ``mip_allow_restart`` (each restart re-runs the root). HiGHS has no option that
   switches root reduced-cost fixing itself off or caps it (see README.md).

Nothing is hard-coded: every figure printed is measured in this run. Times are noisy on a loaded machine; the
load average is printed at the start and the end, and nodes / LP iterations show whether a run took another path.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import highspy

HERE = Path(__file__).resolve().parent
DEFAULT_OPTIONS = {"threads": 1, "mip_rel_gap": 1e-9}
WINDOWS = [2, 16, 128, 512, 4096, 65536]


@dataclass
class Run:
    status: str
    wall_s: float
    cpu_s: float
    nodes: int
    lp_iterations: int
    objective: float
    dual_bound: float
    gap: float


def file_entry(path: Path) -> dict:
    """What options.json records for this file (empty for a file it does not know)."""
    table = HERE / "options.json"
    return json.loads(table.read_text()).get(path.name, {}) if table.exists() else {}


def file_options(path: Path) -> dict:
    return dict(file_entry(path).get("options", DEFAULT_OPTIONS))


class OptionError(Exception):
    """This HiGHS version does not accept an option."""


def new_highs(options: dict) -> highspy.Highs:
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    for key, value in options.items():
        status = h.setOptionValue(key, value)
        if status != highspy.HighsStatus.kOk:
            raise OptionError(f"HiGHS {h.version()} rejected option {key}={value!r}")
    return h


def read_lp(path: Path) -> highspy.HighsLp:
    h = new_highs({})
    if h.readModel(str(path)) == highspy.HighsStatus.kError:
        raise SystemExit(f"cannot read {path}")
    return h.getLp()


def make_lp(lp: highspy.HighsLp, perm: list[int] | None = None, lower: list[float] | None = None,
            upper: list[float] | None = None, relax: bool = False) -> highspy.HighsLp:
    """A copy of ``lp``: columns in the order ``perm`` (new column k = old column perm[k]), optionally other column
    bounds (indexed by old column) and integrality dropped."""
    n = lp.num_col_
    perm = list(range(n)) if perm is None else perm
    lower = list(lp.col_lower_) if lower is None else lower
    upper = list(lp.col_upper_) if upper is None else upper
    out = highspy.HighsLp()
    out.model_name_ = lp.model_name_
    out.num_col_, out.num_row_ = n, lp.num_row_
    out.sense_, out.offset_ = lp.sense_, lp.offset_
    cost = list(lp.col_cost_)
    out.col_cost_ = [cost[j] for j in perm]
    out.col_lower_ = [lower[j] for j in perm]
    out.col_upper_ = [upper[j] for j in perm]
    out.row_lower_, out.row_upper_ = list(lp.row_lower_), list(lp.row_upper_)
    a = lp.a_matrix_
    assert a.format_ == highspy.MatrixFormat.kColwise
    start, index, value = list(a.start_), list(a.index_), list(a.value_)
    new_start, new_index, new_value = [0], [], []
    for j in perm:
        new_index += index[start[j]:start[j + 1]]
        new_value += value[start[j]:start[j + 1]]
        new_start.append(len(new_index))
    out.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    out.a_matrix_.num_col_, out.a_matrix_.num_row_ = n, lp.num_row_
    out.a_matrix_.start_, out.a_matrix_.index_, out.a_matrix_.value_ = new_start, new_index, new_value
    integrality = list(lp.integrality_) or [highspy.HighsVarType.kContinuous] * n
    out.integrality_ = [highspy.HighsVarType.kContinuous] * n if relax else [integrality[j] for j in perm]
    if len(lp.col_names_) == n:
        names = list(lp.col_names_)
        out.col_names_ = [names[j] for j in perm]
    if len(lp.row_names_) == lp.num_row_:
        out.row_names_ = list(lp.row_names_)
    return out


def solve(lp: highspy.HighsLp, options: dict, probe: bool = False) -> tuple[Run, dict | None]:
    """Solve ``lp`` with a fresh HiGHS object; with ``probe``, also record the root dual bound and root time."""
    h = new_highs(options)
    h.passModel(lp)
    root: dict | None = None
    if probe:
        root = {"dual_bound": -math.inf, "end_s": None, "calls": 0}

        def on_interrupt(event):
            data = event.data_out
            root["calls"] += 1
            if data.mip_node_count <= 0:
                root["dual_bound"] = data.mip_dual_bound
            elif root["end_s"] is None:
                root["end_s"] = data.running_time

        h.cbMipInterrupt += on_interrupt
    wall0, cpu0 = time.perf_counter(), time.process_time()
    h.run()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    mip = any(int(t) != 0 for t in lp.integrality_)
    run = Run(status, wall, cpu, max(int(info.mip_node_count), 0) if mip else 0, int(info.simplex_iteration_count),
              float(info.objective_function_value), float(info.mip_dual_bound) if mip else float(info.objective_function_value),
              float(info.mip_gap) if mip else 0.0)
    if probe and root is not None:
        if root["end_s"] is None:  # solved at the root
            root["end_s"] = h.getRunTime()
        root["total_s"] = h.getRunTime()
    if not mip and info.primal_solution_status == 2:
        return run, {"x": list(h.getSolution().col_value)}
    return run, root


def window_bounds(lp: highspy.HighsLp, options: dict, w: int, x: list[float] | None = None) -> tuple[list[float], list[float]]:
    """Column bounds with every general integer (not binary) column restricted to [floor(x_j) - w, ceil(x_j) + w]
    within its own bounds, x the LP-relaxation solution (solved here unless given)."""
    if x is None:
        _, found = solve(make_lp(lp, relax=True), options)
        if not found:
            raise SystemExit("the LP relaxation has no solution")
        x = found["x"]
    integrality = [int(t) for t in lp.integrality_] or [0] * lp.num_col_
    lower0, upper0 = list(lp.col_lower_), list(lp.col_upper_)
    lower, upper = list(lower0), list(upper0)
    for j in range(lp.num_col_):
        if integrality[j] and not (lower0[j] >= 0 and upper0[j] <= 1):
            lower[j] = max(lower0[j], math.floor(x[j]) - w)
            upper[j] = min(upper0[j], math.ceil(x[j]) + w)
    return lower, upper


def median_run(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda r: r.wall_s)[len(runs) // 2]


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms" if math.isfinite(seconds) else "n/a"


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
        return f"{one:.2f} {five:.2f} {fifteen:.2f}"
    except OSError:
        return "n/a"


def rel_diff(a: float, b: float) -> float:
    return abs(a - b) / max(abs(a), abs(b), 1e-12)


def describe(path: Path, lp: highspy.HighsLp, options: dict) -> dict:
    n = lp.num_col_
    integrality = [int(t) for t in lp.integrality_] or [0] * n
    lower, upper = list(lp.col_lower_), list(lp.col_upper_)
    ints = [j for j in range(n) if integrality[j]]
    fixed = [j for j in ints if lower[j] == upper[j]]
    binary = [j for j in ints if lower[j] >= 0 and upper[j] <= 1 and lower[j] < upper[j]]
    wide = [j for j in ints if not (lower[j] >= 0 and upper[j] <= 1)]
    h = new_highs(options)
    h.passModel(lp)
    h.presolve()
    p = h.getPresolvedLp()
    p_int = [int(t) for t in p.integrality_] or [0] * p.num_col_
    p_ranges = [p.col_upper_[j] - p.col_lower_[j] for j in range(p.num_col_) if p_int[j]]
    facts = {
        "rows": lp.num_row_, "columns": n, "nonzeros": len(lp.a_matrix_.index_), "integer_columns": len(ints),
        "binary_columns": len(binary), "fixed_integer_columns": len(fixed), "wide_integer_columns": len(wide),
        "declared_wide_bounds": sorted({(lower[j], upper[j]) for j in wide}),
        "presolved": {"rows": p.num_row_, "columns": p.num_col_, "integer_columns": sum(1 for t in p_int if t),
                      "integer_range_max": max(p_ranges) if p_ranges else 0.0,
                      "integer_columns_range_ge_1024": sum(1 for r in p_ranges if r >= 1024)},
    }
    pre = facts["presolved"]
    print(f"  model: {lp.num_row_} rows x {n} columns, {facts['nonzeros']} nonzeros; {len(ints)} integer "
          f"({len(binary)} binary, {len(fixed)} fixed, {len(wide)} general integer with declared bounds {facts['declared_wide_bounds']})")
    print(f"  presolved: {pre['rows']} rows x {pre['columns']} columns, {pre['integer_columns']} integer; "
          f"{pre['integer_columns_range_ge_1024']} integer columns have a domain of 1024 or more values "
          f"(widest ub - lb = {pre['integer_range_max']:,.0f})")
    return facts


def study(path: Path, repeat: int, permutations: int) -> dict:
    options = file_options(path)
    print(f"\n== {path.name}   options {options}")
    lp = read_lp(path)
    facts = describe(path, lp, options)
    out: dict = {"file": path.name, "options": options, "model": facts}

    runs = [solve(make_lp(lp), options)[0] for _ in range(repeat)]
    base = median_run(runs)
    base_cpu = statistics.median(r.cpu_s for r in runs)
    out["milp"] = {"median": asdict(base), "wall_s": [r.wall_s for r in runs], "cpu_s": [r.cpu_s for r in runs]}
    print(f"  MILP   : {base.status}; wall {fmt_s(base.wall_s)} (runs: {', '.join(f'{r.wall_s * 1000:.0f}' for r in runs)} ms; "
          f"CPU {', '.join(f'{r.cpu_s * 1000:.0f}' for r in runs)} ms), nodes {base.nodes}, LP iterations {base.lp_iterations}")
    print(f"           objective {base.objective:.12g}, dual bound {base.dual_bound:.12g}, gap {base.gap:.3g} "
          f"(abs {abs(base.objective - base.dual_bound):.3g})")

    probe, root = solve(make_lp(lp), options, probe=True)
    assert root is not None
    root_gap = abs(base.objective - root["dual_bound"])
    # A Dinkelbach subproblem's optimum is ~0: its gap is measured against the optimal design's cost C (options.json).
    scale = abs(base.objective) if abs(base.objective) > 1e-6 else file_entry(path).get("optimal_cost_musd")
    out["root"] = {"dual_bound": root["dual_bound"], "abs_gap": root_gap, "rel_gap": root_gap / scale if scale else None,
                   "root_s": root["end_s"], "total_s": root["total_s"], "callbacks": root["calls"]}
    rel = "n/a (objective ~ 0)" if not scale else f"{out['root']['rel_gap'] * 100:.2g} %" + (
        "" if scale == abs(base.objective) else " of the optimal design's cost")
    print(f"  root   : dual bound {root['dual_bound']:.12g}; root gap abs {root_gap:.3g}, rel {rel}; "
          f"root node {root['end_s'] * 1000:.1f} ms of {root['total_s'] * 1000:.1f} ms "
          f"({100 * root['end_s'] / max(root['total_s'], 1e-12):.0f} %, a run with the interrupt callback)")

    lp_runs = [solve(make_lp(lp, relax=True), options) for _ in range(repeat)]
    relax = median_run([r for r, _ in lp_runs])
    x = lp_runs[0][1]["x"] if lp_runs[0][1] else None
    out["lp_relaxation"] = asdict(relax)
    print(f"  LP relaxation: {relax.status}; wall {fmt_s(relax.wall_s)}, {relax.lp_iterations} iterations, "
          f"objective {relax.objective:.12g}; MILP / LP time {base.wall_s / max(relax.wall_s, 1e-9):.0f}x")

    # (a) windows around the LP-relaxation values of the general integer columns
    out["windows"] = []
    if x is not None:
        print("  (a) general integer columns restricted to [floor(x_lp) - w, ceil(x_lp) + w] (within their bounds):")
        print(f"      {'w':>7} {'wall':>11} {'CPU':>11} {'CPU vs MILP':>11} {'nodes':>6} {'LP it':>6}  objective (vs MILP optimum)")
        for w in WINDOWS:
            lower, upper = window_bounds(lp, options, w, x)
            r, _ = solve(make_lp(lp, lower=lower, upper=upper), options)
            same = "same optimum" if abs(r.objective - base.objective) <= max(abs(base.objective - base.dual_bound), 1e-9) * 1.0001 + 1e-9 \
                else f"differs by {r.objective - base.objective:+.3g}"
            out["windows"].append({"w": w, **asdict(r), "same_optimum": same == "same optimum"})
            print(f"      {w:>7} {fmt_s(r.wall_s):>11} {fmt_s(r.cpu_s):>11} {r.cpu_s / base_cpu:10.2f}x {r.nodes:>6} {r.lp_iterations:>6}  "
                  f"{r.objective:.12g} ({same}; {r.status})")

    # (b) column permutations
    out["permutations"] = []
    ident, _ = solve(make_lp(lp), options)
    print("  (b) columns permuted at random (seed k; seed 0 = the file's order, re-timed):")
    reference = statistics.median([r.wall_s for r in runs] + [ident.wall_s])
    reference_cpu = statistics.median([r.cpu_s for r in runs] + [ident.cpu_s])
    print(f"      {'seed':>7} {'wall':>11} {'CPU':>11} {'CPU vs file':>11} {'nodes':>6} {'LP it':>6}  objective")
    print(f"      {0:>7} {fmt_s(ident.wall_s):>11} {fmt_s(ident.cpu_s):>11} {ident.cpu_s / reference_cpu:10.2f}x {ident.nodes:>6} "
          f"{ident.lp_iterations:>6}  {ident.objective:.12g}")
    for seed in range(1, permutations + 1):
        perm = list(range(lp.num_col_))
        random.Random(seed).shuffle(perm)
        r, _ = solve(make_lp(lp, perm=perm), options)
        out["permutations"].append({"seed": seed, **asdict(r)})
        print(f"      {seed:>7} {fmt_s(r.wall_s):>11} {fmt_s(r.cpu_s):>11} {r.cpu_s / reference_cpu:10.2f}x {r.nodes:>6} "
              f"{r.lp_iterations:>6}  {r.objective:.12g}")
    if out["permutations"]:
        ratios = [p["cpu_s"] / reference_cpu for p in out["permutations"]]
        own = [r.cpu_s / reference_cpu for r in runs + [ident]]
        out["permutation_cpu_ratio_range"] = [min(ratios), max(ratios)]
        out["file_order_cpu_ratio_range"] = [min(own), max(own)]
        print(f"      permuted / file-order median CPU time: {min(ratios):.2f}x to {max(ratios):.2f}x "
              f"(the file-order runs themselves spread {min(own):.2f}x to {max(own):.2f}x)")

    # HiGHS options near the routine
    out["options_tried"] = []
    print("  options (no option switches root reduced-cost fixing off or caps it):")
    for key, value in [("mip_heuristic_run_root_reduced_cost", False), ("mip_allow_restart", False)]:
        try:
            r, _ = solve(make_lp(lp), {**options, key: value})
        except OptionError as error:
            print(f"      {key}={value}: {error}")
            continue
        out["options_tried"].append({"option": key, "value": value, **asdict(r)})
        print(f"      {key}={value}: wall {fmt_s(r.wall_s)}, CPU {fmt_s(r.cpu_s)} ({r.cpu_s / reference_cpu:.2f}x), nodes {r.nodes}, "
              f"LP iterations {r.lp_iterations}, objective {r.objective:.12g}")
    out["milp_reference_wall_s"], out["milp_reference_cpu_s"] = reference, reference_cpu
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of the MILP and its LP relaxation (median)")
    parser.add_argument("--permutations", type=int, default=8, help="random column orders to try")
    parser.add_argument("--quick", action="store_true", help="--repeat 1 --permutations 3")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--solve-only", action="store_true", help="only solve each MILP --repeat times (for profiling)")
    parser.add_argument("--window", type=int, help="with --solve-only: restrict the general integer columns to +-W around the LP values")
    args = parser.parse_args()
    if args.quick:
        args.repeat, args.permutations = 1, 3
    files = args.files or sorted(HERE.glob("*.mps"))
    if args.solve_only:
        for path in files:
            lp, options = read_lp(path), file_options(path)
            if args.window is not None:
                lower, upper = window_bounds(lp, options, args.window)
                lp = make_lp(lp, lower=lower, upper=upper)
            for _ in range(args.repeat):
                r, _ = solve(make_lp(lp), options)
                print(f"{path.name}: {r.status} {fmt_s(r.wall_s)} nodes {r.nodes}", file=sys.stderr)
        return
    h = highspy.Highs()
    version = h.version()
    githash = h.githash() if hasattr(h, "githash") else ""
    print(f"HiGHS {version} ({githash}), highspy at {Path(highspy.__file__).parent}; Python {platform.python_version()}; "
          f"{os.cpu_count()} CPUs; load average {load()}")
    report = {"highs_version": version, "highs_githash": githash, "python": platform.python_version(),
              "cpus": os.cpu_count(), "load_start": load(), "models": []}
    for path in files:
        report["models"].append(study(path, args.repeat, args.permutations))
    report["load_end"] = load()
    print(f"\nload average at the end: {report['load_end']}")
    print("\nsummary (CPU seconds of the solving process; medians where repeated)")
    print(f"  {'file':<24} {'MILP':>11} {'LP relax':>11} {'root %':>7} {'w=16':>11} {'w=4096':>11} {'permuted':>12} {'no rootRC heur':>15}")
    for m in report["models"]:
        win = {w["w"]: w["cpu_s"] for w in m["windows"]}
        pr = m.get("permutation_cpu_ratio_range")
        opt = next((o["cpu_s"] for o in m["options_tried"] if o["option"] == "mip_heuristic_run_root_reduced_cost"), float("nan"))
        root_share = 100 * m["root"]["root_s"] / max(m["root"]["total_s"], 1e-12)
        print(f"  {m['file']:<24} {fmt_s(m['milp_reference_cpu_s']):>11} {fmt_s(m['lp_relaxation']['cpu_s']):>11} "
              f"{root_share:6.0f}% {fmt_s(win.get(16, float('nan'))):>11} {fmt_s(win.get(4096, float('nan'))):>11} "
              f"{(f'{pr[0]:.2f}-{pr[1]:.2f}x' if pr else 'n/a'):>12} {fmt_s(opt):>15}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n")
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
