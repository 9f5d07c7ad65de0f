"""Side-by-side comparison of solved results (``synth compare RESULT RESULT ...``): one column per result, one row
per figure a reader compares first (cost per delivered EFLOP and per GPU-hour, the ratio to the ground, totals, the
design's main choices and sizes, the solver's proof). Every figure is the result's own, read back from its
result.json (:func:`synth.result.load_result`); nothing is recomputed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from synth.result import Result, load_result

#: (row label, unit, how to read it from a result)
ROWS: list[tuple[str, str, Any]] = [
    ("status", "", lambda r: r.status.value),
    ("cost per delivered EFLOP", "USD", lambda r: r.kpi.get("cost_per_eflop_usd")),
    ("cost per GPU-hour", "USD", lambda r: r.kpi.get("cost_per_gpu_hour_usd")),
    ("orbit / headline ground", "x", lambda r: r.kpi.get("orbital_to_terrestrial")),
    ("ground cost per EFLOP, cheapest archetype", "USD", lambda r: r.kpi.get("ground_cost_per_eflop_min_usd")),
    ("ground cost per EFLOP, dearest archetype", "USD", lambda r: r.kpi.get("ground_cost_per_eflop_max_usd")),
    ("total cost", "USD", lambda r: r.kpi.get("total_cost_usd")),
    ("upfront capital", "USD", lambda r: r.kpi.get("upfront_capital_usd")),
    ("IT power", "MW", lambda r: r.kpi["it_power_w"] / 1e6 if "it_power_w" in r.kpi else None),
    ("launched mass", "t", lambda r: r.kpi["launched_mass_kg"] / 1e3 if "launched_mass_kg" in r.kpi else None),
    ("orbit", "", lambda r: r.design.orbit if r.design else None),
    ("compute", "", lambda r: ", ".join(f"{n:,} x {c}" for c, n in r.design.compute.items()) if r.design else None),
    ("satellites or modules", "", lambda r: r.design.satellites if r.design else None),
    ("launches", "", lambda r: ", ".join(f"{n:,} x {v}" for v, n in r.design.launches.items()) if r.design else None),
    ("proven gap", "", lambda r: r.solver.mip_gap),
]


def compare_table(results: list[Result], names: list[str] | None = None) -> pd.DataFrame:
    """A row per figure (``ROWS``), a column per result (its case name, or ``names``), and the unit."""
    names = names or [str(r.case.get("name", f"result {i + 1}")) for i, r in enumerate(results)]
    seen: dict[str, int] = {}
    columns = []
    for name in names:  # two results of one case: label them apart
        seen[name] = seen.get(name, 0) + 1
        columns.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    data = {"figure": [label for label, _, _ in ROWS], "unit": [unit for _, unit, _ in ROWS]}
    for column, result in zip(columns, results, strict=True):
        data[column] = [read(result) for _, _, read in ROWS]
    return pd.DataFrame(data)


def compare_paths(paths: list[str | Path]) -> pd.DataFrame:
    """:func:`compare_table` of the results in these ``synth solve --out`` directories (or result.json files)."""
    return compare_table([load_result(p) for p in paths])


def compare_text(table: pd.DataFrame) -> str:
    """The table as aligned text: numbers with four significant digits, right-aligned."""
    from synth.fmt import significant

    def cell(value: Any) -> str:
        if value is None or (isinstance(value, float) and value != value):
            return "-"
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return significant(float(value))
        return str(value)

    labels = [f"{f} ({u})" if u else f for f, u in zip(table["figure"], table["unit"], strict=True)]
    columns = [c for c in table.columns if c not in ("figure", "unit")]
    cells = {c: [cell(v) for v in table[c]] for c in columns}
    width = max(len(x) for x in labels)
    widths = {c: max(len(c), *(len(x) for x in cells[c])) for c in columns}
    lines = [" " * width + "  " + "  ".join(c.rjust(widths[c]) for c in columns)]
    for i, label in enumerate(labels):
        lines.append(label.ljust(width) + "  " + "  ".join(cells[c][i].rjust(widths[c]) for c in columns))
    return "\n".join(lines)


__all__ = ["ROWS", "compare_paths", "compare_table", "compare_text"]
