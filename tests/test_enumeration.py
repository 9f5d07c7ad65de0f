"""The MILP's optimum against exhaustive enumeration of every discrete choice on a tiny catalog.

For cases/teaching/small_choice.yaml (2 orbits x 2 shieldings x 2 compute types x 2 launch vehicles), tests/teaching.py
enumerates every orbit, shielding, module count pair, satellite count and launch count pair, and for each finds the
best continuous choices at a vertex of their feasible polygon (see there). Its sizing is written out from the teaching
catalog's raw numbers (read with plain PyYAML) and shares no code with synth's model or physics.
"""

from __future__ import annotations

import pytest

from teaching import TEACH, enumerate_optimum


def test_milp_matches_exhaustive_enumeration(small_choice):
    assert small_choice.status.value == "optimal"
    enumerated, count = enumerate_optimum()
    # Every combination was visited: 2 orbits x 2 shieldings x 16 module pairs (na gpu_a + nb gpu_b with
    # 2 <= na + 1.5 nb <= 6 kW: nb = 0..4 allows 5, 4, 4, 2, 1 values of na) x 3 satellite counts x 4 x 4 launch counts.
    assert count == 2 * 2 * 16 * 3 * 4 * 4
    assert small_choice.kpi["cost_per_eflop_usd"] == pytest.approx(enumerated, rel=1e-6)


def test_total_cost_objective_matches_exhaustive_enumeration(solve_once):
    """objective total_cost with requirements.delivered_eflop_min = 2e5 EFLOP (cases/teaching/total_cost.yaml)."""
    result = solve_once(TEACH / "total_cost.yaml")
    assert result.status.value == "optimal"
    enumerated, _ = enumerate_optimum(min_eflop=2.0e5)
    assert result.budgets["cost_usd"]["total"] == pytest.approx(enumerated, rel=1e-6)
    assert result.kpi["discounted_flop"] >= 2.0e5 * 1e18 * (1 - 1e-9)
