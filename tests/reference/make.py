"""Regenerate the stored reference results of the shipped cases (tests/test_reference.py compares against them).

    python tests/reference/make.py            # rewrites tests/reference/<case>.json

Run it only when a change is meant to move the numbers, and say in the commit why they moved (the diff of these
files shows which figures did). Each file holds the case's design, budgets and key figures as solved now.
"""

from __future__ import annotations

import json
from pathlib import Path

from synth import load_case, solve

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CASES = {"blue_origin": ROOT / "cases" / "blue_origin.yaml", "spacex": ROOT / "cases" / "spacex.yaml"}


def snapshot(path: Path) -> dict:
    result = solve(load_case(path))
    if result.status.value != "optimal":
        raise SystemExit(f"{path}: {result.status.value}; a reference must be a proven optimum")
    return {"case": path.relative_to(ROOT).as_posix(), "status": result.status.value, "design": dict(result.design),
            "budgets": result.budgets, "kpi": result.kpi}


def main() -> None:
    for name, path in CASES.items():
        target = HERE / f"{name}.json"
        target.write_text(json.dumps(snapshot(path), indent=1, sort_keys=True) + "\n")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
