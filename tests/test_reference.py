"""The shipped cases against their stored reference results (tests/reference/*.json): any change of the design,
a budget item or a key figure beyond 1e-6 relative fails. A mutation of the physics or coefficient code that every
other test shares with the evaluator shows up here. When a change is meant to move the numbers, regenerate them with
``python tests/reference/make.py`` and say why in the commit."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCES = sorted((ROOT / "tests" / "reference").glob("*.json"))


def _close(got, want, scale: float) -> bool:
    if isinstance(want, dict):
        return isinstance(got, dict) and set(got) == set(want) and all(_close(got[k], want[k], scale) for k in want)
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, (int, float)) and math.isclose(got, want, rel_tol=1e-6, abs_tol=1e-6 * scale)
    return got == want


@pytest.mark.slow
@pytest.mark.parametrize("reference", REFERENCES, ids=lambda p: p.stem)
def test_shipped_case_matches_its_stored_reference(reference, solve_once):
    want = json.loads(reference.read_text())
    result = solve_once(ROOT / want["case"])
    assert result.status.value == want["status"]
    assert _close(dict(result.design), want["design"], 1.0), (dict(result.design), want["design"])
    for budget, items in want["budgets"].items():
        scale = max([abs(v) for v in items.values()] + [1.0])  # margins near zero compare against the table's size
        for item, value in items.items():
            assert _close(result.budgets[budget].get(item), value, scale), (budget, item, result.budgets[budget].get(item), value)
    assert set(result.budgets) == set(want["budgets"])
    for key, value in want["kpi"].items():
        assert _close(result.kpi.get(key), value, 1.0), (key, result.kpi.get(key), value)


def test_references_exist_for_both_architectures():
    assert {p.stem for p in REFERENCES} == {"blue_origin", "spacex"}
