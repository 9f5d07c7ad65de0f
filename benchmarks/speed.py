"""Issue 10's benchmark: this checkout's solves side by side with a baseline commit's, in one run.

    python benchmarks/speed.py                          # everything, against the commit before issue 10
    python benchmarks/speed.py --only resolve,process   # some parts
    python benchmarks/speed.py --baseline none          # this checkout alone
    python benchmarks/speed.py --memory-points 10000    # the memory part over 10,000 points (~10 min)
    python benchmarks/speed.py --only roadmap           # issue 13's roadmaps, against the demand mode before its MIP start
    python benchmarks/speed.py --only uncertainty       # issue 14: 2,000 re-optimized worlds of both shipped cases
    python benchmarks/speed.py --only app               # issue 16: slider to updated page in a real browser (Chromium)

Parts (every figure is a median unless it says otherwise; both codes run in turn, new then old, in separate
processes, so drift in the machine's speed hits both):

- ``resolve``: one re-optimized design per point in one process, the sweep and slider path (``Resolver.solve``): a
  launch price moved over the points of each shipped case (New Glenn per launch x0.5-x2, Starship per kg
  $3,600-20), after one warm-up solve. Wall per point, HiGHS's share, the proven gap (largest over the points).
- ``breakdown``: this checkout's re-solve split into its phases (case resolution, parameter update, Pyomo's
  update of HiGHS's copy, HiGHS, result building), in ms per point (means, so slow points count).
- ``process``: ``python -m synth solve CASE --out DIR`` as a whole process, wall time. Both source trees are
  byte-compiled first (``compileall``), as an installed package is: this environment sets
  PYTHONDONTWRITEBYTECODE, which would otherwise make every process compile synth anew.
- ``stress``: each shipped case with 2x and 4x the catalog options: every candidate except orbits gets 1 or 3
  copies whose prices and masses are scaled by random factors in [0.85, 1.15] (seeded), written in the case
  (``catalog:``). Wall, status and whether a time limit was hit; the baseline gets ``--stress-timeout`` s a solve.
- ``sweep``: ``synth sweep`` of spacex over the Starship price per kg, $3,600-20 on a log scale (``--sweep-points``,
  default 200), one worker: wall of the whole command against the sum of the points' solve walls and of HiGHS's own
  time.
- ``workers``: the same sweep (``--worker-points``, default 200) on one and on two workers (process pool), wall ratio.
- ``memory``: the spacex case re-solved in one process over ``--memory-points`` points; resident memory sampled
  every 500 points (this checkout only unless ``--memory-baseline``).
- ``roadmap``: ``synth roadmap`` over 20 years (2027-2046) as a whole process: both cases in free build (each
  year's cohort, and what would have to change), spacex meeting a demand of IT power (100 MW in 2030, 1 GW in 2035,
  2 GW in 2045) and of compute (100, 1,000, 2,000 EFLOP/s), and blue_origin's infeasible demand diagnosed; against
  ``--roadmap-baseline`` (default: the demand mode before its whole-count repair had a MIP start).
- ``uncertainty``: ``synth uncertainty`` of both shipped cases over ``--uncertainty-samples`` worlds (default 2,000),
  each design re-optimized, on all cores, as a whole process (this checkout only: the command is new).

The machine's load (1-minute load average, cores) is printed before and after: figures taken on a busy machine
are not comparable. Results also go to ``--json`` (default benchmarks/results/speed-<date>.json).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: The last commit before issue 10's work: the plain Dinkelbach iteration over full MILPs.
BASELINE = "a23e00f"
SLIDERS = {
    "blue_origin": ("launch_vehicles.new_glenn.price_per_launch_usd", 34e6, 136e6),
    "spacex": ("launch_vehicles.starship.price_per_kg_usd", 3600.0, 20.0),
}
CASES = ("blue_origin", "spacex")
PARTS = ("resolve", "breakdown", "process", "stress", "sweep", "workers", "memory", "roadmap", "uncertainty", "app")
#: the roadmap part's baseline: the demand mode before its repair got a MIP start (issue 13)
ROADMAP_BASELINE = "3f83964"


# -- measurements, run in a child process whose `synth` is the tree under test --------------------------------------
def child_resolve(case: str, points: int, fixed: dict[str, Any]) -> dict[str, Any]:
    from synth.resolve import Resolver

    path, first, last = SLIDERS[case]
    resolver = Resolver(f"cases/{case}.yaml", fixed)
    resolver.solve()  # warm-up: builds the model and the HiGHS session once
    walls, highs, gaps, ratios, statuses, certified = [], [], [], [], [], []
    for i in range(points):
        value = first * (last / first) ** (i / max(points - 1, 1))
        started = time.perf_counter()
        result = resolver.solve({path: value}).result
        walls.append(time.perf_counter() - started)
        highs.append(result.solver.highs_s)
        gaps.append(result.solver.mip_gap)
        ratios.append(result.kpi.get("cost_per_eflop_usd"))
        statuses.append(result.status.value)
        certified.append(getattr(result, "certificate", None) is not None)
    return {"wall_s": walls, "highs_s": highs, "gap": gaps, "cost_per_eflop_usd": ratios, "status": statuses, "certified": certified}


def child_breakdown(case: str, points: int) -> dict[str, Any]:
    """Where one re-solve's time goes (this checkout only): each phase's share, timed by wrapping the functions
    that do it. Phases nest: 'Pyomo update' and 'HiGHS runs' happen inside 'solve'."""
    import synth.extract
    import synth.resolve
    import synth.solve
    from synth.model.core import DesignModel
    from synth.resolve import Resolver
    from synth.solver import HighsView

    totals: dict[str, float] = {}

    def timed(owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)

        def wrapper(*a: Any, **k: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                totals[label] = totals.get(label, 0.0) + time.perf_counter() - started
        setattr(owner, name, wrapper)

    timed(synth.resolve, "load_case", "case file, catalogs and overrides resolved (load_case)")
    timed(DesignModel, "update", "new numbers into the Pyomo model (DesignModel.update)")
    timed(synth.resolve, "solve_built", "solve (search, checks, result)")
    timed(HighsView, "sync", "  Pyomo's update of HiGHS's model (persistent update)")
    timed(HighsView, "run", "  HiGHS runs")
    timed(synth.extract, "build_result", "  typed result from the model (build_result)")
    path, first, last = SLIDERS[case]
    resolver = Resolver(f"cases/{case}.yaml")
    resolver.solve()
    totals.clear()
    started = time.perf_counter()
    for i in range(points):
        resolver.solve({path: first * (last / first) ** (i / max(points - 1, 1))})
    totals["total (Resolver.solve)"] = time.perf_counter() - started
    return {label: seconds / points for label, seconds in totals.items()}


def child_stress(case_file: str, fixed: dict[str, Any]) -> dict[str, Any]:
    from synth import solve

    started = time.perf_counter()
    result = solve(case_file, overrides=fixed)
    return {"wall_s": time.perf_counter() - started, "status": result.status.value, "gap": result.solver.mip_gap,
            "cost_per_eflop_usd": result.kpi.get("cost_per_eflop_usd"), "highs_s": result.solver.highs_s}


def child_memory(points: int) -> dict[str, Any]:
    from synth.resolve import Resolver

    path, first, last = SLIDERS["spacex"]
    resolver = Resolver("cases/spacex.yaml")
    samples = []
    for i in range(points):
        resolver.solve({path: first * (last / first) ** ((i % 97) / 96)})
        if i % 500 == 0 or i == points - 1:
            samples.append((i + 1, _rss_mb()))
    return {"samples": samples}


def _rss_mb() -> float:
    """Resident memory of this process now (MB), from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- the parent: trees, children, tables ---------------------------------------------------------------------------
class Tree:
    """A source tree to measure (this checkout, or a baseline commit checked out in a temporary worktree), with
    overrides for every solve (``solver.method: plain`` runs this checkout's old algorithm on the same model)."""

    def __init__(self, label: str, root: Path, fixed: dict[str, Any] | None = None) -> None:
        self.label, self.root, self.fixed = label, root, dict(fixed or {})

    def env(self) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(self.root)}

    def child(self, what: str, *args: Any, timeout: float | None = None) -> dict[str, Any]:
        command = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps([what, *args])]
        try:
            done = subprocess.run(command, cwd=self.root, env=self.env(), capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return {"error": f"no answer within {timeout:g} s"}
        if done.returncode != 0:
            return {"error": (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]}
        return json.loads(done.stdout.strip().splitlines()[-1])

    def run(self, command: list[str], timeout: float | None = None) -> tuple[float, int]:
        started = time.perf_counter()
        done = subprocess.run(command, cwd=self.root, env=self.env(), capture_output=True, timeout=timeout, check=False)
        return time.perf_counter() - started, done.returncode


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def part_resolve(trees: list[Tree], points: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    print(f"\n## resolve: one re-optimized design in-process ({points} points after a warm-up)")
    print(f"{'case':<12} {'tree':<12} {'wall ms':>9} {'mean ms':>9} {'max ms':>9} {'HiGHS ms':>9} {'max gap':>9} {'statuses'}")
    for case in CASES:
        for tree in trees:
            r = tree.child("resolve", case, points, tree.fixed)
            out[f"{case}/{tree.label}"] = r
            if "error" in r:
                print(f"{case:<12} {tree.label:<12} error: {r['error']}")
                continue
            gaps = [g for g in r["gap"] if g is not None]
            print(f"{case:<12} {tree.label:<12} {med(r['wall_s']) * 1e3:9.1f} {statistics.fmean(r['wall_s']) * 1e3:9.1f} "
                  f"{max(r['wall_s']) * 1e3:9.1f} {med(r['highs_s']) * 1e3:9.1f} "
                  f"{max(gaps) if gaps else float('nan'):9.1e} {sorted(set(r['status']))}")
        new, plain = out.get(f"{case}/new", {}), out.get(f"{case}/plain", {})
        if new and plain and "error" not in new and "error" not in plain:
            worst = max(abs(x - y) / y for x, y in zip(new["cost_per_eflop_usd"], plain["cost_per_eflop_usd"], strict=True))
            print(f"{case:<12} new and plain, same model: largest relative difference of cost per EFLOP {worst:.1e}")
    return out


def part_breakdown(new: Tree, points: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    print(f"\n## breakdown: where one re-solve's time goes, this checkout ({points} points, ms per point)")
    for case in CASES:
        r = new.child("breakdown", case, points)
        out[case] = r
        if "error" in r:
            print(f"{case}: error: {r['error']}")
            continue
        for label, seconds in r.items():
            print(f"{case:<12} {label:<60} {seconds * 1e3:7.1f}")
    return out


def part_process(trees: list[Tree], repeat: int) -> dict[str, Any]:
    for tree in trees:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree.root / "synth")], check=True, stdout=subprocess.DEVNULL)
    out: dict[str, Any] = {}
    print(f"\n## process: python -m synth solve CASE --out DIR, whole process ({repeat} runs each, alternating)")
    print(f"{'case':<12} {'tree':<12} {'min s':>7} {'median s':>9} {'max s':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            timed_runs(trees, repeat, case, lambda tree, case=case: ["solve", f"cases/{case}.yaml", "--out", f"{tmp}/{tree.label}"], out, 12)
    return out


def timed_runs(trees: list[Tree], repeat: int, label: str, arguments: Any, out: dict[str, Any], width: int) -> None:
    """``python -m synth ARGUMENTS(tree)`` ``repeat`` times per tree, alternating; walls (nan for a failed run) printed
    as min, median, max and stored in ``out`` under LABEL/TREE."""
    walls: dict[str, list[float]] = {t.label: [] for t in trees}
    for _ in range(repeat):
        for tree in trees:
            wall, code = tree.run([sys.executable, "-m", "synth", *arguments(tree)])
            walls[tree.label].append(wall if code == 0 else float("nan"))
    for tree in trees:
        w = walls[tree.label]
        print(f"{label:<{width}} {tree.label:<12} {min(w):7.2f} {med(w):9.2f} {max(w):7.2f}")
        out[f"{label}/{tree.label}"] = w


#: issue 13's roadmaps, each a whole process over 20 years (2027-2046): label -> synth roadmap arguments
ROADMAP_RUNS = {
    "spacex free build": ["cases/spacex.yaml", "--years", "2027:2046"],
    "blue_origin free build": ["cases/blue_origin.yaml", "--years", "2027:2046"],
    "spacex demand MW": ["cases/spacex.yaml", "--years", "2027:2046", "--demand", "2030:100,2035:1000,2045:2000"],
    "spacex demand PFLOP/s": ["cases/spacex.yaml", "--years", "2027:2046", "--demand-pflops", "2030:100000,2035:1000000,2045:2000000"],
    "blue_origin demand MW": ["cases/blue_origin.yaml", "--years", "2027:2046", "--demand", "2030:100,2035:1000,2045:2000"],
}


def part_roadmap(trees: list[Tree], repeat: int) -> dict[str, Any]:
    """``python -m synth roadmap ... -q`` as a whole process, each tree in turn (a run the tree cannot do, e.g. a
    flag it lacks, is nan)."""
    for tree in trees:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree.root / "synth")], check=True, stdout=subprocess.DEVNULL)
    out: dict[str, Any] = {}
    print(f"\n## roadmap: python -m synth roadmap CASE --years 2027:2046 [...] -q, whole process ({repeat} run(s) each, alternating)")
    print(f"{'run':<24} {'tree':<12} {'min s':>7} {'median s':>9} {'max s':>7}")
    for label, arguments in ROADMAP_RUNS.items():
        timed_runs(trees, repeat, label, lambda _tree, arguments=arguments: ["roadmap", *arguments, "-q"], out, 24)
    return out


#: per shipped case, the slider the app part moves: one that moves that case's cost over its whole range (Starship price; the cost of capital)
APP_SLIDERS = {"spacex": "starship", "blue_origin": "platform"}  # each case's most influential price (the Sobol ranking)

#: in the page: move slider KEY to step POS and resolve with the milliseconds from the input event to the cost text
#: of CASE changing (a MutationObserver on the cards), or -1 after 20 s without a change
_APP_MOVE = """([key, pos, cas]) => new Promise((done) => {
  const status = document.querySelector('#status');
  let asked = false;
  const obs = new MutationObserver(() => {
    if (status.textContent !== 'up to date') { asked = true; return; }
    if (asked) { obs.disconnect(); done(performance.now() - t0); }
  });
  obs.observe(status, {childList: true, subtree: true, characterData: true});
  const s = document.getElementById('slider-' + key);
  s.value = String(pos);
  const t0 = performance.now();
  s.dispatchEvent(new Event('input', {bubbles: true}));
  setTimeout(() => { obs.disconnect(); done(-1); }, 20000);
})"""


def part_app(moves: int) -> dict[str, Any]:
    """``python -m synth app`` of both shipped cases as a real server process, driven by Playwright in Chromium: each
    case's slider is moved to ``moves`` positions spread over its range (shuffled, one at a time, each move waiting
    for the page to settle); the latency is the time from the input event to the page showing the answer for it (its
    status goes from "solving..." back to "up to date" once the cards are redrawn, whether or not the cost moved), as
    the page measures it (performance.now()). The load average is printed before and after."""
    import socket
    import urllib.request

    from playwright.sync_api import sync_playwright

    print(f"\n## app: python -m synth app cases/spacex.yaml cases/blue_origin.yaml, {moves} slider moves per case in Chromium; {load()}")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "synth", "app", "cases/spacex.yaml", "cases/blue_origin.yaml", "--no-browser", "--port", str(port),
                               "-q"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    out: dict[str, Any] = {"load_before": os.getloadavg(), "cases": {}}
    try:
        started = time.perf_counter()
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/meta", timeout=1).read()
                break
            except OSError:
                if server.poll() is not None or time.perf_counter() - started > 60:
                    raise RuntimeError(f"synth app did not start: {server.stderr.read().decode() if server.stderr else ''}") from None
                time.sleep(0.2)
        out["start_s"] = time.perf_counter() - started
        args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("#cost-blue_origin")
            rng = random.Random(16)
            for case, key in APP_SLIDERS.items():
                positions = [round(50 + 900 * i / max(moves - 1, 1)) for i in range(moves)]
                rng.shuffle(positions)
                times = []
                for pos in positions:
                    ms = page.evaluate(_APP_MOVE, [key, pos, case])
                    page.wait_for_function("() => document.querySelector('#status').textContent === 'up to date'")
                    times.append(ms / 1000 if ms >= 0 else float("nan"))
                good = sorted(t for t in times if t == t)
                p95 = good[min(len(good) - 1, int(math.ceil(0.95 * len(good))) - 1)] if good else float("nan")
                out["cases"][case] = {"slider": key, "moves": moves, "misses": len(times) - len(good), "p50_s": med(good) if good else float("nan"),
                                      "p95_s": p95, "max_s": max(good, default=float("nan")), "times_s": times}
                print(f"{case:<12} slider {key}: p50 {out['cases'][case]['p50_s'] * 1e3:6.0f} ms, p95 {p95 * 1e3:6.0f} ms, "
                      f"max {out['cases'][case]['max_s'] * 1e3:6.0f} ms over {moves} moves ({out['cases'][case]['misses']} without a change)")
            browser.close()
    finally:
        server.terminate()
        server.wait(10)
    out["load_after"] = os.getloadavg()
    print(f"after the app part: {load()}")
    return out


def part_uncertainty(tree: Tree, samples: int) -> dict[str, Any]:
    """``python -m synth uncertainty`` of both shipped cases over ``samples`` re-optimized worlds as a whole process
    (this checkout: the command is new with issue 14)."""
    print(f"\n## uncertainty: python -m synth uncertainty cases/spacex.yaml cases/blue_origin.yaml --samples {samples}, whole process")
    with tempfile.TemporaryDirectory() as tmp:
        wall, code = tree.run([sys.executable, "-m", "synth", "uncertainty", "cases/spacex.yaml", "cases/blue_origin.yaml", "--samples", str(samples),
                               "--out", f"{tmp}/mc", "-q"])
        summary = json.loads(Path(f"{tmp}/mc/summary.json").read_text())["summary"] if code == 0 else {}
    solves = 2 * samples
    print(f"{tree.label:<12} {wall:8.1f} s for {solves:,} re-optimized designs ({wall / solves * 1e3:.0f} ms each, exit {code})")
    return {"wall_s": wall, "exit": code, "samples": samples, "worlds_ok": {c: e["worlds_ok"] for c, e in summary.get("cases", {}).items()},
            "summary": summary}


def stress_case(case: str, factor: int, directory: Path) -> Path:
    """The case with ``factor`` x its candidates of every kind but orbits (module docstring)."""
    import yaml

    rng = random.Random(f"{case}-{factor}")
    spec = yaml.safe_load((ROOT / "cases" / f"{case}.yaml").read_text())
    catalog: dict[str, dict[str, Any]] = {}
    options: dict[str, list[str]] = {}
    for kind, names in spec["options"].items():
        if kind == "orbits":
            continue
        shipped = yaml.safe_load((ROOT / "synth" / "catalogs" / f"{kind}.yaml").read_text())
        options[kind] = list(names)
        for name in names:
            for copy in range(1, factor):
                entry = _perturbed(shipped[name], rng)
                catalog.setdefault(kind, {})[f"{name}_alt{copy}"] = entry
                options[kind].append(f"{name}_alt{copy}")
    path = directory / f"{case}_x{factor}.yaml"
    path.write_text(yaml.safe_dump({"name": f"{case}_x{factor}", "extends": str(ROOT / "cases" / f"{case}.yaml"),
                                    "catalog": catalog, "options": options}, sort_keys=False))
    return path


def _perturbed(entry: Any, rng: random.Random) -> Any:
    """A copy of a catalog entry with every price and mass (a field naming usd or kg) scaled by a factor in [0.85, 1.15]."""
    out = {}
    for key, value in entry.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and ("usd" in key or "kg" in key):
            out[key] = value * rng.uniform(0.85, 1.15)
        elif isinstance(value, dict) and ("usd" in key or "kg" in key):
            out[key] = {k: v * rng.uniform(0.85, 1.15) if isinstance(v, (int, float)) else v for k, v in value.items()}
        else:
            out[key] = value
    out["source"] = f"benchmark: a perturbed copy of a shipped entry ({entry.get('source', '')[:60]})"
    return out


def part_stress(trees: list[Tree], timeout: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    print(f"\n## stress: 2x and 4x the catalog options (baseline given {timeout:g} s a solve)")
    print(f"{'case':<16} {'tree':<12} {'wall s':>8} {'status':<12} {'gap':>8} {'cost/EFLOP $':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            for factor in (2, 4):
                path = stress_case(case, factor, Path(tmp))
                for tree in trees:
                    r = tree.child("stress", str(path), tree.fixed, timeout=timeout if tree.label != "new" else None)
                    out[f"{case}_x{factor}/{tree.label}"] = r
                    if "error" in r:
                        print(f"{case + f'_x{factor}':<16} {tree.label:<12} {'-':>8} {r['error']}")
                        continue
                    gap = r["gap"] if r["gap"] is not None else float("nan")
                    print(f"{case + f'_x{factor}':<16} {tree.label:<12} {r['wall_s']:8.2f} {r['status']:<12} {gap:8.1e} "
                          f"{r['cost_per_eflop_usd'] or float('nan'):13.4f}")
    return out


def part_sweep(trees: list[Tree], points: int, workers: int) -> dict[str, Any]:
    import pandas as pd

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        sweep = Path(tmp) / "sweep.yaml"
        sweep.write_text(f"name: bench\nbase: {ROOT / 'cases/spacex.yaml'}\nparameters:\n"
                         f"  launch_vehicles.starship.price_per_kg_usd: {{from: 3600, to: 20, steps: {points}, scale: log}}\n")
        for tree in trees:
            target = Path(tmp) / f"{tree.label}-{workers}"
            wall, code = tree.run([sys.executable, "-m", "synth", "sweep", str(sweep), "--out", str(target), "--workers", str(workers), "--quiet"])
            if code != 0:
                out[tree.label] = {"error": f"exit {code}"}
                continue
            frame = pd.read_parquet(target / "results.parquet")
            out[tree.label] = {"wall_s": wall, "points_wall_s": float(frame["wall_s"].sum()), "highs_s": float(frame["highs_s"].sum()),
                               "optimal": int((frame["status"] == "optimal").sum()), "points": len(frame)}
    return out


def part_sweeps(trees: list[Tree], points: int) -> dict[str, Any]:
    out = part_sweep(trees, points, 1)
    print(f"\n## sweep: {points} points of the spacex launch-price sweep, one worker, whole command")
    print(f"{'tree':<12} {'wall s':>8} {'sum of point walls s':>21} {'sum HiGHS s':>12} {'wall/points':>12} {'wall/HiGHS':>11} {'optimal':>8}")
    for label, r in out.items():
        if "error" in r:
            print(f"{label:<12} error: {r['error']}")
            continue
        print(f"{label:<12} {r['wall_s']:8.2f} {r['points_wall_s']:21.2f} {r['highs_s']:12.2f} {r['wall_s'] / r['points_wall_s']:12.2f} "
              f"{r['wall_s'] / r['highs_s']:11.2f} {r['optimal']:>4}/{r['points']}")
    return out


def part_workers(trees: list[Tree], points: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    print(f"\n## workers: {points} points on 1 and 2 workers (process pool), whole command")
    for tree in trees:
        one, two = part_sweep([tree], points, 1)[tree.label], part_sweep([tree], points, 2)[tree.label]
        out[tree.label] = {"1": one, "2": two}
        if "error" in one or "error" in two:
            print(f"{tree.label:<12} error: {one.get('error') or two.get('error')}")
            continue
        print(f"{tree.label:<12} 1 worker {one['wall_s']:7.2f} s, 2 workers {two['wall_s']:7.2f} s: speed-up {one['wall_s'] / two['wall_s']:.2f}x")
    return out


def part_memory(trees: list[Tree], points: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    print(f"\n## memory: spacex re-solved {points} times in one process, resident MB every 500 points")
    for tree in trees:
        r = tree.child("memory", points)
        out[tree.label] = r
        if "error" in r:
            print(f"{tree.label:<12} error: {r['error']}")
            continue
        samples = r["samples"]
        first = next((mb for n, mb in samples if n > 500), samples[0][1])  # after the first 500 (caches filled)
        last_n, last = samples[-1]
        slope = (last - first) / max(last_n - 501, 1) * 500
        print(f"{tree.label:<12} " + ", ".join(f"{n}: {mb:.0f}" for n, mb in samples[:: max(len(samples) // 8, 1)]) + f", {last_n}: {last:.0f}")
        print(f"{tree.label:<12} growth after the first 500 points: {slope:+.2f} MB per 500 points")
        r["growth_mb_per_500"] = slope
    return out


#: Issue 10's goals, as the verdict at the end of a run checks them.
GOALS = {
    "resolve": "one re-optimized design in-process: median under 100 ms, every point certified with gap <= 1e-6",
    "process": "synth solve CASE --out DIR as a whole process: median under 1 s",
    "stress": "2x and 4x catalogs: every solve under 5 s and optimal",
    "sweep": "sweep wall within 1.15x of HiGHS's own time",
    "workers": "two workers at least 1.7x one",
    "memory": "resident memory flat (under 0.05 MB per 500 points; the old code grew 0.4)",
    "roadmap": "a 20-year roadmap of a shipped case, every mode, under a minute as a whole process (issue 13)",
    "uncertainty": "2,000 re-optimized samples of both shipped cases under 10 minutes on this 2-core machine (issue 14)",
    "app": "synth app: slider to updated page under 1 s (95th percentile) for both shipped cases, in a real browser (issue 16)",
}


def verdict(report: dict[str, Any]) -> list[str]:
    """One line per goal measured in this run: met or not, with the figure (this checkout's, 'new')."""
    lines = []
    if "resolve" in report:
        for case in CASES:
            r = report["resolve"].get(f"{case}/new", {})
            if "wall_s" in r:
                ok = med(r["wall_s"]) < 0.1 and all(r["certified"]) and all(g is not None and g <= 1e-6 for g in r["gap"])
                lines.append(f"{'met' if ok else 'NOT met'}: resolve {case}: median {med(r['wall_s']) * 1e3:.0f} ms, "
                             f"{sum(r['certified'])}/{len(r['certified'])} certified")
    if "process" in report:
        for case in CASES:
            w = report["process"].get(f"{case}/new")
            if w:
                lines.append(f"{'met' if med(w) < 1.0 else 'NOT met'}: process {case}: median {med(w):.2f} s")
    if "stress" in report:
        new = {k: v for k, v in report["stress"].items() if k.endswith("/new") and "wall_s" in v}
        ok = all(v["wall_s"] < 5 and v["status"] == "optimal" for v in new.values())
        lines.append(f"{'met' if ok else 'NOT met'}: stress: slowest {max((v['wall_s'] for v in new.values()), default=float('nan')):.2f} s, "
                     f"statuses {sorted({v['status'] for v in new.values()})}")
    if "sweep" in report and "highs_s" in report["sweep"].get("new", {}):
        r = report["sweep"]["new"]
        ratio = r["wall_s"] / r["highs_s"]
        lines.append(f"{'met' if ratio <= 1.15 else 'NOT met'}: sweep: wall {ratio:.2f}x HiGHS time "
                     f"({r['wall_s'] / r['points_wall_s']:.2f}x the points' solve walls)")
    if "workers" in report:
        r = report["workers"].get("new", {})
        if "wall_s" in r.get("1", {}) and "wall_s" in r.get("2", {}):
            speedup = r["1"]["wall_s"] / r["2"]["wall_s"]
            lines.append(f"{'met' if speedup >= 1.7 else 'NOT met'}: workers: {speedup:.2f}x on {r['1']['points']} points")
    if "memory" in report and "growth_mb_per_500" in report["memory"].get("new", {}):
        growth = report["memory"]["new"]["growth_mb_per_500"]
        lines.append(f"{'met' if growth < 0.05 else 'NOT met'}: memory: {growth:+.2f} MB per 500 points")
    if "uncertainty" in report:
        r = report["uncertainty"]
        ok = r["exit"] == 0 and r["wall_s"] < 600 and r["samples"] >= 2000
        lines.append(f"{'met' if ok else 'NOT met'}: uncertainty: {r['samples']:,} samples of both cases in {r['wall_s']:.0f} s (exit {r['exit']})")
    if "app" in report:
        for case, r in report["app"].get("cases", {}).items():
            ok = r["misses"] == 0 and r["p95_s"] < 1.0
            lines.append(f"{'met' if ok else 'NOT met'}: app {case}: slider to page p50 {r['p50_s'] * 1e3:.0f} ms, p95 {r['p95_s'] * 1e3:.0f} ms "
                         f"over {r['moves']} moves ({r['misses']} without a change)")
    if "roadmap" in report:
        for label in ROADMAP_RUNS:
            w = report["roadmap"].get(f"{label}/new")
            if w:
                lines.append(f"{'met' if max(w) < 60.0 else 'NOT met'}: roadmap {label}: slowest {max(w):.1f} s")
    return lines


def baseline_tree(ref: str, directory: Path) -> Tree:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(directory), ref], check=True, capture_output=True)
    return Tree(f"old@{ref[:7]}", directory)


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        what, *args = json.loads(sys.argv[2])
        print(json.dumps({"resolve": child_resolve, "breakdown": child_breakdown, "stress": child_stress, "memory": child_memory}[what](*args)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=BASELINE, help=f"git ref to compare with, or none (default {BASELINE})")
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts of {', '.join(PARTS)}")
    parser.add_argument("--points", type=int, default=30, help="points per case in the resolve part")
    parser.add_argument("--repeat", type=int, default=5, help="runs per case and tree in the process part")
    parser.add_argument("--stress-timeout", type=float, default=300.0, help="seconds the baseline gets for one stress solve")
    parser.add_argument("--sweep-points", type=int, default=200, help="points of the sweep part")
    parser.add_argument("--worker-points", type=int, default=200, help="points of the workers part")
    parser.add_argument("--memory-points", type=int, default=2000)
    parser.add_argument("--memory-baseline", action="store_true", help="measure the baseline's memory too")
    parser.add_argument("--roadmap-baseline", default=ROADMAP_BASELINE, help=f"git ref the roadmap part compares with, or none (default {ROADMAP_BASELINE})")
    parser.add_argument("--roadmap-repeat", type=int, default=1, help="runs per roadmap and tree in the roadmap part")
    parser.add_argument("--uncertainty-samples", type=int, default=2000, help="worlds of the uncertainty part (default 2000)")
    parser.add_argument("--app-moves", type=int, default=40, help="slider moves per case in the app part (default 40)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"unknown part(s) {', '.join(unknown)}; choose among {', '.join(PARTS)}")
    from importlib.metadata import version

    print(f"# synth speed benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; Python {sys.version.split()[0]}, "
          f"HiGHS {version('highspy')}, Pyomo {version('pyomo')}")
    print(f"before: {load()}")
    report: dict[str, Any] = {"started": datetime.now(UTC).isoformat(timespec="seconds"), "load_before": os.getloadavg(), "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        new, plain = Tree("new", ROOT), Tree("plain", ROOT, {"solver.method": "plain"})
        needs_old = args.baseline != "none" and any(part not in ("roadmap", "uncertainty", "app") for part in parts)  # those two have none or their own
        old = baseline_tree(args.baseline, Path(tmp) / "baseline") if needs_old else None
        both = [new] + ([old] if old else [])
        try:
            for part in parts:
                if part == "resolve":
                    report[part] = part_resolve([new, plain, *both[1:]], args.points)
                elif part == "breakdown":
                    report[part] = part_breakdown(new, args.points)
                elif part == "process":
                    report[part] = part_process(both, args.repeat)
                elif part == "stress":
                    report[part] = part_stress([new, plain, *both[1:]], args.stress_timeout)
                elif part == "sweep":
                    report[part] = part_sweeps(both, args.sweep_points)
                elif part == "workers":
                    report[part] = part_workers(both, args.worker_points)
                elif part == "memory":
                    report[part] = part_memory(both if args.memory_baseline else [new], args.memory_points)
                elif part == "uncertainty":
                    report[part] = part_uncertainty(new, args.uncertainty_samples)
                elif part == "app":
                    report[part] = part_app(args.app_moves)
                elif part == "roadmap":
                    old_roadmap = (baseline_tree(args.roadmap_baseline, Path(tmp) / "roadmap-baseline")
                                   if args.roadmap_baseline != "none" else None)
                    try:
                        report[part] = part_roadmap([new] + ([old_roadmap] if old_roadmap else []), args.roadmap_repeat)
                    finally:
                        if old_roadmap is not None:
                            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old_roadmap.root)], check=False,
                                           capture_output=True)
        finally:
            if old is not None:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old.root)], check=False, capture_output=True)
    print("\n## goals\n" + "\n".join(f"- {goal}" for part, goal in GOALS.items() if part in report))
    for line in verdict(report):
        print(line)
    print(f"\nafter: {load()}")
    report["load_after"] = os.getloadavg()
    target = args.json or ROOT / "benchmarks" / "results" / f"speed-{datetime.now(UTC):%Y%m%d-%H%M}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, indent=1, default=str) + "\n")
    print(f"figures written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
