"""Benchmark sweeps: overhead over HiGHS, MILP solves per point, parallel speed-up, memory over many points.

    python benchmarks/sweep.py overhead  [--points 500]            # SpaceX case, Starship price 3600 -> 20 $/kg, 1 worker
    python benchmarks/sweep.py parallel  [--points 200]            # the same sweep on 1 and 2 local workers
    python benchmarks/sweep.py memory    [--points 5000]           # teaching case, RSS sampled every 500 points
    python benchmarks/sweep.py per-solve                           # HiGHS time per MILP for both shipped cases

Overhead = wall time / sum of HiGHS's own solve times (as HiGHS reports them). Figures go in the README.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from synth.sweep import load_sweep, run_sweep
from synth.sweep.worker import SweepWorker

ROOT = Path(__file__).resolve().parents[1]
PRICE = "launch_vehicles.starship.price_per_kg_usd"


def overhead(points: int) -> None:
    sweep = load_sweep(ROOT / "cases/spacex.yaml", {PRICE: f"3600:20:log{points}"})
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        frame = run_sweep(sweep, out, workers=1, quiet=True)
        wall = time.perf_counter() - started
    highs = frame["highs_s"].sum()
    print(f"{points} points, 1 worker: wall {wall:.1f} s, HiGHS {highs:.1f} s, overhead ratio {wall / highs:.3f}, "
          f"MILP solves per point {frame['milp_solves'].mean():.2f} (first point {frame['milp_solves'].iloc[0]}), "
          f"rebuilds {int(frame['rebuilt'].sum())}, not optimal {int((frame['status'] != 'optimal').sum())}")


def parallel(points: int) -> None:
    sweep = load_sweep(ROOT / "cases/spacex.yaml", {PRICE: f"3600:20:log{points}"})
    rates = {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            run_sweep(sweep, out, workers=workers, quiet=True)
            rates[workers] = points / (time.perf_counter() - started)
        print(f"{workers} worker(s): {rates[workers]:.2f} points/s")
    print(f"speed-up 2 vs 1 workers: {rates[2] / rates[1]:.2f}x")


def memory(points: int) -> None:
    worker = SweepWorker(ROOT / "cases/teaching/small_choice.yaml", {})
    prices = [50 * (5000 / 50) ** (i / (points - 1)) for i in range(points)]
    for i, price in enumerate(prices):
        worker.solve_point(i, {"launch_vehicles.big_rocket.price_per_kg_usd": price})
        if i % 500 == 0 or i == points - 1:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"point {i:5d}: peak RSS {rss:.1f} MB")


def per_solve() -> None:
    for case in ("blue_origin", "spacex"):
        worker = SweepWorker(ROOT / f"cases/{case}.yaml", {})
        rows = [worker.solve_point(i, {}) for i in range(3)]
        per = [r["highs_s"] / r["milp_solves"] for r in rows]
        print(f"{case}: HiGHS s per MILP solve (median of 3 cold+warm points) {statistics.median(per):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["overhead", "parallel", "memory", "per-solve"])
    parser.add_argument("--points", type=int)
    args = parser.parse_args()
    if args.what == "overhead":
        overhead(args.points or 500)
    elif args.what == "parallel":
        parallel(args.points or 200)
    elif args.what == "memory":
        memory(args.points or 5000)
    else:
        per_solve()


if __name__ == "__main__":
    main()
