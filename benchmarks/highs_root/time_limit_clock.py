"""HiGHS checks an LP's time_limit against the Highs object's cumulative run clock (getRunTime), a MIP's from the
start of its run: once the object's total run time passes time_limit, every LP stops at once with "Time limit
reached" while MIPs still solve. synth works around it (HighsSession.time_limit_for); this re-checks it on each
HiGHS release.

    python benchmarks/highs_root/time_limit_clock.py     # highspy only

Seen on HiGHS 1.16.0: four MIP runs take the clock to ~0.9 s with time_limit 0.5; the next LP reports
"Time limit reached" in 0 s.
"""

from pathlib import Path

import highspy
import numpy as np

HERE = Path(__file__).resolve().parent


def main() -> None:
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(str(HERE / "spacex_ratio.mps"))
    h.setOptionValue("time_limit", 0.5)
    lp = h.getLp()
    n = lp.num_col_
    index = np.arange(n, dtype=np.int32)
    cost = np.array(lp.col_cost_)
    integrality = np.array([int(t) for t in lp.integrality_], dtype=np.uint8)

    def run(kind: str, step: int) -> None:
        h.changeColsIntegrality(n, index, integrality if kind == "MIP" else np.zeros(n, dtype=np.uint8))
        h.changeColsCost(n, index, cost * (1 + 0.01 * step))
        before = h.getRunTime()
        h.run()
        print(f"{kind}: {h.modelStatusToString(h.getModelStatus()):<20} this run {h.getRunTime() - before:6.3f} s, "
              f"run clock {h.getRunTime():6.3f} s (time_limit 0.5 s)")

    step = 0
    while h.getRunTime() <= 0.6:
        run("MIP", step)
        step += 1
    run("LP", step)
    run("MIP", step + 1)


if __name__ == "__main__":
    main()
