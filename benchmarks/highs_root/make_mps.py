"""One-off: write the slow HiGHS MILPs of the shipped cases as MPS files, for the standalone reproducer.

    python benchmarks/highs_root/make_mps.py

For each shipped case (``cases/blue_origin.yaml``, ``cases/spacex.yaml``), solved with the plain Dinkelbach
iteration (``solver.method: plain``), two MILPs are written exactly as synth hands them to HiGHS (same rows,
columns, column order and coefficients: the model is taken from the HiGHS object of synth's persistent Pyomo
interface, with Pyomo's component names added as row and column names):

    <case>_cost.mps    min C(x)                 the cost-only MILP, the first solve of the plain iteration
    <case>_ratio.mps   min C(x) - lam* F(x)     the Dinkelbach subproblem at the optimal ratio lam*, its last solve

C is the present-value cost (MUSD) and F the discounted compute (ZFLOP), so lam* (MUSD/ZFLOP) is the optimum's
``cost_per_eflop_usd`` (USD per 1e18 FLOP) times (1e21 / 1e18) / 1e6. ``options.json`` records, per file, the
HiGHS options synth solves it with (threads 1, mip_rel_gap, and for the ratio subproblem the mip_abs_gap the
plain iteration uses: ratio_tolerance / 10 of the cost) and the optimum synth found, so the reproducer needs
nothing but highspy.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import highspy
import pyomo.environ as pyo

from synth import load_case, solve
from synth.model import build_model
from synth.model.data import MUSD, ZFLOP
from synth.solver import HighsSession

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CASES = ["blue_origin", "spacex"]


def _write(dm, rc, path: Path) -> dict:
    """Push the built model (its active objective) into a fresh HiGHS object of synth's session and write it."""
    session = HighsSession(rc.case.solver.time_limit_s, rc.case.solver.mip_rel_gap, log=False)
    try:
        solver = session.solver
        solver.set_instance(dm.model)
        highs = session.highs
        by_id = {id(v): v for v in dm.model.component_data_objects(pyo.Var)}
        for key, col in solver._pyomo_var_to_solver_var_map.items():
            highs.passColName(int(col), _mps_name(by_id[key].name))
        for con, row in solver._pyomo_con_to_solver_con_map.items():
            highs.passRowName(int(row), _mps_name(con.name))
        highs.writeModel(str(path))
        lp = highs.getLp()
        # Counted as the file reads back: HiGHS writes the two empty fixed slack columns (continuous, fixed at 0)
        # last, inside an INTORG block, so they read back as integer columns fixed at 0 (no effect on the solve).
        back = highspy.Highs()
        back.setOptionValue("output_flag", False)
        back.readModel(str(path))
        read = back.getLp()
        return {"rows": int(lp.num_row_), "columns": int(lp.num_col_),
                "integer_columns_in_model": sum(1 for t in lp.integrality_ if int(t) != 0),
                "integer_columns_in_file": sum(1 for t in read.integrality_ if int(t) != 0)}
    finally:
        session.close()


def _mps_name(name: str) -> str:
    """MPS names cannot hold blanks; Pyomo's names (block.var[index, ...]) otherwise pass unchanged."""
    return name.replace(" ", "")


def main() -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    meta: dict[str, dict] = {}
    for case in CASES:
        path = ROOT / "cases" / f"{case}.yaml"
        rc = load_case(path, overrides={"solver.method": "plain"})
        result = solve(rc)
        usd_per_eflop = result.kpi["cost_per_eflop_usd"]
        lam = usd_per_eflop * (ZFLOP / 1e18) / MUSD  # MUSD per ZFLOP
        cost_musd = result.kpi["total_cost_usd"] / MUSD
        gap = rc.case.solver.mip_rel_gap
        base = {"case": f"cases/{case}.yaml", "synth_commit": commit, "synth_status": result.status.value,
                "cost_per_eflop_usd": usd_per_eflop, "lambda_musd_per_zflop": lam, "optimal_cost_musd": cost_musd}

        dm = build_model(rc)
        dm.set_cost_objective()
        name = f"{case}_cost.mps"
        meta[name] = {**base, "objective": "min C(x): present-value cost (MUSD)",
                      "options": {"threads": 1, "mip_rel_gap": gap}, **_write(dm, rc, HERE / name)}

        dm = build_model(rc)
        dm.set_ratio_objective(lam)
        name = f"{case}_ratio.mps"
        abs_gap = rc.case.solver.ratio_tolerance * 0.1 * cost_musd  # as synth.solve._dinkelbach at this lambda
        meta[name] = {**base, "objective": "min C(x) - lambda* F(x): Dinkelbach subproblem at the optimal ratio (MUSD)",
                      "options": {"threads": 1, "mip_rel_gap": gap, "mip_abs_gap": abs_gap}, **_write(dm, rc, HERE / name)}
        print(f"{case}: lambda* = {lam:.12g} MUSD/ZFLOP ({usd_per_eflop:.10g} USD/EFLOP), cost {cost_musd:.10g} MUSD")
    (HERE / "options.json").write_text(json.dumps(meta, indent=2) + "\n")
    for name, m in meta.items():
        print(f"{name}: {m['rows']} rows x {m['columns']} columns, {m['integer_columns_in_model']} integer "
              f"({m['integer_columns_in_file']} as the file reads back)")


if __name__ == "__main__":
    main()
