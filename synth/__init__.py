"""synth: design synthesis for AI data centers in orbit.

    from synth import load_case, solve
    result = solve(load_case("cases/spacex.yaml"))
    result.kpi["cost_per_eflop_usd"], result.budget_table("mass_kg")
"""

from synth.case import load_case
from synth.evaluate import evaluate, load_design
from synth.result import Result, Status
from synth.solve import solve

__all__ = ["load_case", "solve", "evaluate", "load_design", "Result", "Status"]
__version__ = "0.1.0"
