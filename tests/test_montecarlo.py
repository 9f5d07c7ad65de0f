"""Monte Carlo with re-optimized designs (issue 14), on a teaching case whose answer is known in closed form.

The teaching case has one option per choice and a fixed scale, so its design never moves; with one uncertain input,
the small rocket's launch price x f with f ~ U[0.5, 1.5] (factor), the cost per delivered EFLOP is linear in f:

    r(f) = r(1) - (1 - f) L / F        (L the launch cost at f = 1, USD; F the delivered EFLOP)

so its p-quantile is r(1) + (p - 0.5) L / F, and against a ground made dear (facility $1,000/W, cost g per EFLOP)
P(r < g) = f* - 0.5 with f* = 1 - (r(1) - g) F / L. A Latin hypercube of n worlds puts one draw of f in each of n
equal strata, so the empirical quantile is within 1/n of the exact one.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from synth import solve
from synth.cli import main
from synth.montecarlo import percentile_interval, probability_interval, run_uncertainty, summarize
from teaching import TEACH

N = 200


@pytest.fixture(scope="module")
def dear_ground(tmp_path_factory):
    """The teaching case against a dear ground, with a one-input uncertainty set (launch price x U[0.5, 1.5])."""
    root = tmp_path_factory.mktemp("mc")
    shutil.copytree(TEACH / "models", root / "models")
    (root / "models" / "uncertainty.yaml").write_text(yaml.safe_dump({"teach_launch": {
        "source": "teaching: one uniform input",
        "inputs": {"launch_vehicles.small_rocket.price_per_launch_usd": {"kind": "uniform", "low": 0.5, "high": 1.5, "source": "teaching"}}}}))
    case = yaml.safe_load((TEACH / "single.yaml").read_text())
    case["overrides"] = {"terrestrial": {"teach_ground": {"facility_capex_usd_per_w": 1000}}}
    (root / "case.yaml").write_text(yaml.safe_dump(case))
    return root / "case.yaml"


def test_percentiles_and_probability_match_the_closed_form(dear_ground, tmp_path):
    mc = run_uncertainty([dear_ground], N, tmp_path / "mc", inputs="teach_launch", method="lhs", seed=3, workers=1, quiet=True)
    s = summarize(mc)["cases"]["teaching_single"]
    at_one = solve(dear_ground)
    r1, g = at_one.kpi["cost_per_eflop_usd"], at_one.kpi["terrestrial_cost_per_eflop_usd"]
    slope = at_one.budgets["cost_usd"]["launch"] / (at_one.kpi["delivered_flop"] / 1e18)  # L / F, USD per EFLOP per unit of f
    assert s["worlds_ok"] == N
    for p in (10, 50, 90):
        exact = r1 + (p / 100 - 0.5) * slope
        got = s["cost_per_eflop_usd"][f"p{p}"]
        assert got["value"] == pytest.approx(exact, abs=slope / N + 1e-12)
        assert got["low"] <= exact <= got["high"]
    f_star = 1 - (r1 - g) / slope
    assert 0.5 < f_star < 1.5  # the ground's cost lies inside the orbit's range: a probability strictly between 0 and 1
    p = s["vs_ground"]["teach_ground"]["p_orbit_cheaper"]
    assert p["value"] == pytest.approx(f_star - 0.5, abs=1.0 / N)
    assert p["low"] <= f_star - 0.5 <= p["high"]
    assert s["choices"]["orbit"] == {"teach_leo": 1.0}


def test_the_same_seed_draws_the_same_worlds_and_a_rerun_resumes(dear_ground, tmp_path):
    first = run_uncertainty([dear_ground], 20, tmp_path / "a", inputs="teach_launch", seed=1, workers=1, quiet=True)
    again = run_uncertainty([dear_ground], 20, tmp_path / "a", inputs="teach_launch", seed=1, workers=1, quiet=True)  # resumed: nothing to solve
    assert first.samples.equals(again.samples)
    assert first.results["cost_per_eflop_usd"].tolist() == again.results["cost_per_eflop_usd"].tolist()
    other = run_uncertainty([dear_ground], 20, tmp_path / "b", inputs="teach_launch", seed=2, workers=1, quiet=True)
    assert not first.samples.equals(other.samples)


def test_intervals_by_hand():
    """Wilson's interval for 5 of 20 at 95 %: centre (5 + z^2/2) / (20 + z^2) = 0.2800, half-width
    z sqrt(5 x 15 / 20 + z^2 / 4) / (20 + z^2) = 0.1855, z = 1.95996: [0.1119, 0.4687]. The median of 1..99 is 50, and
    its 95 % interval spans the ranks binom(99, 0.5) puts 2.5 % either side of: 40 and 60."""
    value, low, high = probability_interval(5, 20)
    assert value == 0.25 and low == pytest.approx(0.1119, abs=5e-4) and high == pytest.approx(0.4687, abs=5e-4)
    est, lo, hi = percentile_interval(list(range(1, 100)), 0.5)
    assert est == 50 and 38 <= lo <= 41 and 59 <= hi <= 62


def test_bad_uncertainty_inputs_exit_2(dear_ground, tmp_path, capsys):
    assert main(["uncertainty", str(dear_ground), "--samples", "1", "--inputs", "teach_launch", "--out", str(tmp_path / "x"), "-q"]) == 2
    assert "at least 2 samples" in capsys.readouterr().err
    assert main(["uncertainty", str(dear_ground), "--samples", "5", "--inputs", "nope", "--out", str(tmp_path / "y"), "-q"]) == 2
    assert "unknown uncertainty set" in capsys.readouterr().err


def test_the_command_writes_its_tables_and_chart(dear_ground, tmp_path, capsys):
    out = tmp_path / "mc"
    assert main(["uncertainty", str(dear_ground), "--samples", "8", "--inputs", "teach_launch", "--out", str(out), "--workers", "1", "-q"]) == 0
    printed = capsys.readouterr().out
    assert "P(orbit cheaper)" in printed
    for name in ("samples.csv", "samples.parquet", "results.csv", "results.parquet", "summary.json", "ratio_cdf.png", "choices.png"):
        assert (out / name).stat().st_size > 0


def test_a_fixed_design_costs_what_the_reoptimized_one_does_when_it_cannot_move(dear_ground, tmp_path):
    """The teaching case's design cannot change (one option per choice, a fixed scale), and a launch price moves no
    constraint: the central design evaluated in every world is feasible there and costs exactly the re-optimized
    design's, world by world."""
    assert main(["solve", str(dear_ground), "--out", str(tmp_path / "central"), "-q"]) == 0
    fixed = run_uncertainty([dear_ground], 12, tmp_path / "fixed", inputs="teach_launch", seed=4, workers=1, quiet=True,
                            design=tmp_path / "central" / "result.json")
    moved = run_uncertainty([dear_ground], 12, tmp_path / "moved", inputs="teach_launch", seed=4, workers=1, quiet=True)
    assert set(fixed.results["status"]) == {"feasible"} and fixed.mode == "fixed design"
    assert fixed.results["cost_per_eflop_usd"].to_numpy() == pytest.approx(moved.results["cost_per_eflop_usd"].to_numpy(), rel=1e-9)
    assert summarize(fixed)["cases"]["teaching_single"]["p_design_violates"]["value"] == 0.0


def test_a_fixed_design_belongs_to_one_case(dear_ground, tmp_path, capsys):
    assert main(["uncertainty", str(dear_ground), str(dear_ground), "--design", str(tmp_path / "r.json"), "--samples", "4",
                 "--out", str(tmp_path / "z"), "-q"]) == 2
    assert "one case" in capsys.readouterr().err


def test_an_uncertainty_directory_makes_a_report(dear_ground, tmp_path):
    """synth report on a synth uncertainty output: the ratio chart, the probabilities with intervals, the choices."""
    out = tmp_path / "mc"
    assert main(["uncertainty", str(dear_ground), "--samples", "8", "--inputs", "teach_launch", "--out", str(out), "--workers", "1", "-q"]) == 0
    assert main(["report", str(out), "--out", str(tmp_path / "rep" / "u"), "-q"]) == 0
    text = (tmp_path / "rep" / "u.md").read_text()
    assert "## Uncertainty" in text and "| teaching_single | teach_ground |" in text and "| teaching_single | orbit | teach_leo 100% |" in text
    assert (tmp_path / "rep" / "u_files" / "uncertainty_0.png").stat().st_size > 0


def test_on_a_local_dask_cluster_the_same_worlds_give_the_same_answers(dear_ground, tmp_path):
    """--scheduler local runs the worlds on a Dask cluster of two workers, no code change: the same per-world costs as
    the in-process run."""
    here = run_uncertainty([dear_ground], 6, tmp_path / "serial", inputs="teach_launch", seed=9, workers=1, quiet=True)
    dask = run_uncertainty([dear_ground], 6, tmp_path / "dask", inputs="teach_launch", seed=9, workers=2, scheduler="local", quiet=True)
    assert dask.results["cost_per_eflop_usd"].to_numpy() == pytest.approx(here.results["cost_per_eflop_usd"].to_numpy(), rel=1e-12)
