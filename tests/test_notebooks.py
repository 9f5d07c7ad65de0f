"""The analyst notebooks in examples/ run, and show what they say they show.

Each notebook is executed in memory (never written back) by nbclient, in a fresh ``python3`` kernel of this
interpreter, from the repository's root, with the files it writes going to a temporary directory
(``SYNTH_EXAMPLES_OUT``). A probe cell, added in memory before the notebook's first cell, prints the kernel's
``sys.prefix`` and where it imported ``synth`` from: the kernel must be this environment's Python running the code
under test, not another Jupyter kernel found on the machine. A failing cell fails the test with its source and error.

Then what each notebook showed or wrote is checked against figures this test obtains another way: solved here
through the public API (``synth.solve``, shared with the other tests by ``solve_once``), or recomputed by hand from
the tables the notebook wrote (crossover years, the probability with Wilson's interval, order-statistic percentiles,
the count of Sobol solves).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from statistics import NormalDist

import nbformat
import openpyxl
import pandas as pd
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

import synth

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "cases"
EXAMPLES = ROOT / "examples"
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))
#: the most one cell may take (the heaviest, the roadmap's 18 cohorts, takes ~10 s alone on 2 cores)
CELL_TIMEOUT_S = 300
PROBE = "import sys\nimport synth\nprint(sys.prefix)\nprint(synth.__file__)"
PRICE = "launch_vehicles.starship.price_per_kg_usd"
ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")  # IPython colours its tracebacks


def test_examples_hold_the_notebooks():
    """The folder is there and holds the four notebooks (a missing folder would leave the executions below with
    nothing to run)."""
    assert NOTEBOOKS, f"no notebooks in {EXAMPLES}"
    assert {p.name for p in NOTEBOOKS} >= {"01_quick_start.ipynb", "02_sweep_and_pareto.ipynb", "03_race_roadmap.ipynb", "04_uncertainty.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path):
    """Valid nbformat, the python3 kernel, and no outputs or execution counts (small files, readable diffs)."""
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# "), "the first cell is the title saying what question it answers"
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count is not None)]
    assert not dirty, f"{path.name}: cells {dirty} hold outputs; clear them before committing"


def execute(path: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> nbformat.NotebookNode:
    """The notebook executed in memory from the repository's root, writing its files to ``out``; fails the test with
    the failing cell's source and error."""
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(PROBE))
    monkeypatch.setenv("SYNTH_EXAMPLES_OUT", str(out))
    client = NotebookClient(nb, timeout=CELL_TIMEOUT_S, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}})
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:  # nbclient's message quotes the cell's source
        pytest.fail(f"{path.name}: {ANSI_COLOUR.sub('', str(exc))}", pytrace=False)
    prefix, synth_file = "".join(o.get("text", "") for o in nb.cells[0].outputs).split()
    assert Path(prefix).resolve() == Path(sys.prefix).resolve(), f"the kernel runs another environment's Python ({prefix})"
    assert Path(synth_file).resolve() == Path(synth.__file__).resolve(), f"the kernel imports another copy of synth ({synth_file})"
    del nb.cells[0]
    return nb


def stdout(nb: nbformat.NotebookNode) -> str:
    return "".join(o.text for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "stream" and o.name == "stdout")


def images(nb: nbformat.NotebookNode) -> int:
    """How many pictures the notebook showed."""
    return sum(1 for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {}))


def check_quick_start(nb, out: Path, solve_once) -> None:
    """The printed cost per EFLOP is the optimum of cases/spacex.yaml solved here; the files written read back as
    that result; the compare table holds both shipped cases at their own optima; the Excel files have their sheets."""
    spacex, blue = solve_once(CASES / "spacex.yaml"), solve_once(CASES / "blue_origin.yaml")
    printed = re.search(r"^spacex: cost per delivered EFLOP = (\S+) USD$", stdout(nb), re.M)
    assert printed, "the quick start prints the cost per delivered EFLOP"
    assert float(printed[1]) == pytest.approx(spacex.kpi["cost_per_eflop_usd"], rel=1e-5)  # printed to 6 significant digits
    written = synth.load_result(out / "spacex")
    assert written.design == spacex.design
    assert written.kpi == pytest.approx(spacex.kpi, rel=1e-9)
    table = pd.read_csv(out / "compare.csv").set_index("figure")
    assert list(table.columns) == ["unit", "spacex", "spacex_starship_200", "blue_origin"]
    cost = table.loc["cost per delivered EFLOP"]
    assert float(cost["spacex"]) == pytest.approx(spacex.kpi["cost_per_eflop_usd"], rel=1e-9)
    assert float(cost["blue_origin"]) == pytest.approx(blue.kpi["cost_per_eflop_usd"], rel=1e-9)
    # Starship at 200 USD/kg instead of the case's price: every design's launch costs less, so the optimum cannot rise
    assert float(cost["spacex_starship_200"]) < float(cost["spacex"])
    assert {"design", "kpi", "budget_cost_usd", "budget_mass_kg"} <= set(openpyxl.load_workbook(out / "spacex" / "result.xlsx").sheetnames)
    assert openpyxl.load_workbook(out / "compare.xlsx").sheetnames == ["compare", "cost_usd"]
    assert images(nb) == 1  # the cost budget


def check_sweep_and_pareto(nb, out: Path, solve_once) -> None:
    """The sweep holds the 4 log-spaced prices from 3600 down to 20 USD/kg, all optimal; its 20 USD/kg point is the
    optimum of spacex solved here at that price; the optimum never rises as launch gets cheaper. The Pareto front's
    cheapest point is the case's optimum, and along the front more launched mass always buys a lower cost."""
    frame = pd.read_parquet(out / "launch_price" / "results.parquet").sort_values(f"param:{PRICE}")
    assert (frame["status"] == "optimal").all()
    ratio = (20 / 3600) ** (1 / 3)  # 4 points evenly spaced in log from 3600 to 20: 3600 r^k, k = 0..3
    assert frame[f"param:{PRICE}"].tolist() == pytest.approx([3600 * ratio**3, 3600 * ratio**2, 3600 * ratio, 3600], rel=1e-9)
    cheapest_launch = solve_once(CASES / "spacex.yaml", {PRICE: 20.0})
    assert frame["cost_per_eflop_usd"].iloc[0] == pytest.approx(cheapest_launch.kpi["cost_per_eflop_usd"], rel=1e-5)
    cost = frame["cost_per_eflop_usd"].tolist()  # by rising price
    assert all(a <= b * (1 + 1e-5) for a, b in pairwise(cost)), cost

    front = pd.read_csv(out / "pareto" / "pareto.csv").sort_values("objective:launched_mass")
    assert len(front) >= 2
    optimum = solve_once(CASES / "spacex.yaml").kpi["cost_per_eflop_usd"]
    assert front["cost_per_eflop_usd"].min() == pytest.approx(optimum, rel=1e-5)
    assert front["cost_per_eflop_usd"].is_monotonic_decreasing and front["cost_per_eflop_usd"].is_unique
    assert images(nb) == 2  # the sweep curve and the front


def case_block(text: str, case: str) -> str:
    """The lines of a roadmap summary text under the case's header."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{case} ("))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("  ")), len(lines))
    return "\n".join(lines[start:end])


def check_race_roadmap(nb, out: Path, solve_once) -> None:
    """18 cohorts (2 cases x 2027-2035); each crossover year, recomputed here from roadmap.csv as the first year whose
    optimal cohort costs no more per EFLOP than that baseline, is the one summary.json and the printed summary give;
    where there is none, what would have to change is stated for the last year, and a floor that does not cross
    lies above that ground."""
    frame = pd.read_csv(out / "roadmap" / "roadmap.csv")
    summary = json.loads((out / "roadmap" / "summary.json").read_text())["summary"]
    text = stdout(nb)
    assert sorted(summary) == ["blue_origin", "spacex"]
    for case, rows in frame.groupby("case"):
        assert rows["year"].tolist() == list(range(2027, 2036))
        block = case_block(text, str(case))
        for column in [c for c in frame.columns if c.startswith("ground_cost_per_eflop_usd[")]:
            baseline = column[len("ground_cost_per_eflop_usd["):-1]
            crossed = rows[(rows["status"] == "optimal") & (rows["cost_per_eflop_usd"] <= rows[column])]["year"]
            year = int(crossed.iloc[0]) if len(crossed) else None
            assert summary[case]["crossover_year"][baseline] == year
            said = f"crosses over in {year}" if year is not None else "no crossover before 2035"
            assert re.search(rf"vs {baseline}\s+{said}", block), f"{case} vs {baseline}: expected '{said}' in\n{block}"
            if year is None:
                change = summary[case]["what_would_have_to_change"][baseline]
                assert change["year"] == 2035
                if change["launch_and_bus_price_factor"] is None:
                    assert change["launch_and_bus_floor_cost_per_eflop_usd"] > change["ground_cost_per_eflop_usd"]
                else:
                    assert 0 < change["launch_and_bus_price_factor"] < 1
    assert (out / "roadmap" / "race.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert images(nb) == 1  # the race chart


def check_uncertainty(nb, out: Path, solve_once) -> None:
    """16 worlds; against each baseline, P(orbit cheaper) = k / n with Wilson's 95 % interval
    (p + z^2/2n +- z sqrt(p (1 - p) / n + z^2 / 4n^2)) / (1 + z^2 / n) and the median ratio = the ceil(n/2)-th
    smallest, recomputed here from results.csv, equal summary.json's and the printed line's. Sobol with n = 2 over
    d factors solves n (d + 2) worlds."""
    results = pd.read_csv(out / "uncertainty" / "results.csv")
    entry = json.loads((out / "uncertainty" / "summary.json").read_text())["summary"]["cases"]["spacex"]
    n = 16
    assert len(results) == n and (results["status"] == "optimal").all()
    z = NormalDist().inv_cdf(0.975)
    text = stdout(nb)
    for column in [c for c in results.columns if c.startswith("ground_cost_per_eflop_usd[")]:
        baseline = column[len("ground_cost_per_eflop_usd["):-1]
        ratio = sorted(results["cost_per_eflop_usd"] / results[column])
        k = sum(1 for r in ratio if r < 1.0)
        p = k / n
        centre, half = (p + z**2 / (2 * n)) / (1 + z**2 / n), z * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / (1 + z**2 / n)
        cheaper = entry["vs_ground"][baseline]["p_orbit_cheaper"]
        assert cheaper["value"] == p
        assert (cheaper["low"], cheaper["high"]) == pytest.approx((max(centre - half, 0.0), centre + half), abs=1e-12)
        assert entry["vs_ground"][baseline]["ratio"]["p50"]["value"] == pytest.approx(ratio[math.ceil(0.5 * n) - 1], rel=1e-12)
        assert f"P(orbit cheaper) {p:.1%} ({max(centre - half, 0.0):.1%}-{centre + half:.1%})" in text
    indices = pd.read_csv(out / "sobol" / "indices.csv")
    d = len(indices)
    assert d >= 2 and not indices["factor"].str.startswith("terrestrial").any()  # the ground's inputs are left out
    assert len(pd.read_parquet(out / "sobol" / "worlds.parquet")) == 2 * (d + 2)
    assert f"{d} factors, n = 2, {2 * (d + 2)} solves" in text
    assert images(nb) == 2  # the ratio CDF and the Sobol bars


CHECKS: dict[str, Callable[..., None]] = {
    "01_quick_start.ipynb": check_quick_start,
    "02_sweep_and_pareto.ipynb": check_sweep_and_pareto,
    "03_race_roadmap.ipynb": check_race_roadmap,
    "04_uncertainty.ipynb": check_uncertainty,
}


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_and_shows_what_it_says(path, tmp_path, monkeypatch, solve_once):
    assert path.name in CHECKS, f"{path.name}: add a check of what it shows to CHECKS"
    nb = execute(path, tmp_path, monkeypatch)
    CHECKS[path.name](nb, tmp_path, solve_once)
