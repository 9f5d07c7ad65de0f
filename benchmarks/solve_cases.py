"""Benchmark: load, build and solve each shipped case a few times; print wall and HiGHS times.

    python benchmarks/solve_cases.py [--repeat 3] [cases ...]

Figures are for one process with HiGHS on one thread. Compare formulation changes on the same machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from synth import load_case, solve
from synth.model import build_model

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", default=[str(ROOT / "cases/blue_origin.yaml"), str(ROOT / "cases/spacex.yaml")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'case':<14} {'load s':>8} {'build s':>8} {'solve wall s':>13} {'HiGHS s':>8} {'MILPs':>6} {'HiGHS s/MILP':>13} {'cost/EFLOP $':>13}")
    for path in args.cases:
        loads, builds, walls, highs, solves = [], [], [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            rc = load_case(path)
            t1 = time.perf_counter()
            build_model(rc)
            t2 = time.perf_counter()
            result = solve(rc)
            loads.append(t1 - t0)
            builds.append(t2 - t1)
            walls.append(result.solver.wall_s)
            highs.append(result.solver.highs_s)
            solves.append(result.solver.milp_solves)
        med = statistics.median
        print(f"{rc.name:<14} {med(loads):8.3f} {med(builds):8.3f} {med(walls):13.3f} {med(highs):8.3f} {med(solves):6.0f} "
              f"{med(highs) / med(solves):13.3f} {result.kpi['cost_per_eflop_usd']:13.4f}")


if __name__ == "__main__":
    main()
