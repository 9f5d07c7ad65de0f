"""Global sensitivity (issue 14): SALib's Sobol and Morris estimators through synth's core against published and
hand-derived indices, the convergence verdict, and the case path end to end on the teaching case (its cost per EFLOP
is linear in each input, so its indices follow from the budgets of one solve)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from synth.cli import main
from synth.sensitivity import Factor, factors_of, morris_indices, run_sensitivity, sobol_indices, write_sensitivity
from synth.uncertainty import UncertaintySet

TEACHING = Path(__file__).resolve().parent.parent / "cases" / "teaching"


def _within(estimate: pd.Series, conf: pd.Series, expected: list[float]) -> list[bool]:
    return [bool(ok) for ok in np.abs(estimate.to_numpy() - np.asarray(expected)) <= conf.to_numpy()]


def test_ishigami_indices_match_the_published_values_within_their_intervals():
    """Ishigami: y = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i uniform on [-pi, pi], a = 7, b = 0.1. Its published
    indices follow from the analytic variances (recomputed first):
    V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2 = 13.8446; V1 = (1 + b pi^4/5)^2 / 2 = 4.3459, V2 = a^2/8 = 6.125,
    V13 = b^2 pi^8 (1/18 - 1/50) = 3.3737: S1 = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437)."""
    a, b = 7.0, 0.1
    v = a**2 / 8 + b * np.pi**4 / 5 + b**2 * np.pi**8 / 18 + 0.5
    v1, v2, v13 = (1 + b * np.pi**4 / 5) ** 2 / 2, a**2 / 8, b**2 * np.pi**8 * (1 / 18 - 1 / 50)
    assert [v1 / v, v2 / v, (v1 + v13) / v, v13 / v] == pytest.approx([0.3139, 0.4424, 0.5576, 0.2437], abs=1e-4)

    def ishigami(u: np.ndarray) -> np.ndarray:
        x = -np.pi + 2 * np.pi * u  # the unit cube onto [-pi, pi]^3
        return np.sin(x[:, 0]) + a * np.sin(x[:, 1]) ** 2 + b * x[:, 2] ** 4 * np.sin(x[:, 0])

    frame = sobol_indices(["x1", "x2", "x3"], ishigami, 1024, seed=0)
    assert frame.attrs["evaluations"] == 1024 * (3 + 2)
    assert _within(frame["S1"], frame["S1_conf"], [0.3139, 0.4424, 0.0]) == [True] * 3
    assert _within(frame["ST"], frame["ST_conf"], [0.5576, 0.4424, 0.2437]) == [True] * 3
    assert (frame["ST_conf"] < 0.1).all()  # intervals narrow enough to mean something


def test_a_linear_function_has_first_and_total_indices_c_squared_over_their_sum():
    """y = sum c_i x_i, x_i independent uniforms on [0, 1]: Var y = sum c_i^2 / 12 and no interaction, so
    S1_i = ST_i = c_i^2 / sum c_j^2: c = (1, 2, 3) gives 1/14, 4/14, 9/14 = 0.0714, 0.2857, 0.6429."""
    c = np.array([1.0, 2.0, 3.0])
    frame = sobol_indices(["a", "b", "c"], lambda u: u @ c, 2048, seed=1)
    expected = [1 / 14, 4 / 14, 9 / 14]
    assert _within(frame["S1"], frame["S1_conf"], expected) == [True] * 3
    assert _within(frame["ST"], frame["ST_conf"], expected) == [True] * 3
    assert frame["ST"].to_numpy() == pytest.approx(expected, abs=0.01)


def test_morris_gives_zero_mu_star_to_an_input_without_effect():
    """y = 3 x1 + x2^2 (x3 unused): every elementary effect of x3 is 0, so mu*_3 = 0; x1's are all 3 (mu*_1 = 3,
    sigma_1 = 0); x2's are (x + D)^2 - x^2) / D = 2 x + D, positive, so mu*_2 > 0."""
    frame = morris_indices(["x1", "x2", "x3"], lambda u: 3 * u[:, 0] + u[:, 1] ** 2, 40, seed=2)
    assert frame.attrs["evaluations"] == 40 * (3 + 1)
    assert frame["mu_star"].tolist()[2] == 0.0
    assert frame["mu_star"].tolist()[0] == pytest.approx(3.0)
    assert frame["sigma"].tolist()[0] == pytest.approx(0.0, abs=1e-12)
    assert frame["mu_star"].tolist()[1] > 0.5


def test_the_verdict_asks_for_more_samples_at_a_tiny_n_and_converges_at_a_large_one():
    c = np.array([1.0, 2.0, 3.0])
    tiny = sobol_indices(["a", "b", "c"], lambda u: u @ c, 4, seed=1)
    assert tiny.attrs["converged"] is False and "more samples needed (try --samples 8)" in tiny.attrs["verdict"]
    large = sobol_indices(["a", "b", "c"], lambda u: u @ c, 4096, seed=1)
    assert large.attrs["converged"] is True and large.attrs["verdict"].startswith("converged")
    assert (large["ST_conf"] < 0.05).all() and ((large["ST_half"] - large["ST"]).abs() <= large["ST_conf"]).all()


def test_a_group_is_one_factor_and_ground_inputs_are_left_out_unless_asked():
    dist = {"kind": "uniform", "low": 0.5, "high": 1.5, "source": "test"}
    uset = UncertaintySet(source="test", inputs={p: dist for p in ("a.x.p", "b.y.q", "c.z.r", "terrestrial.g.wacc")},
                          groups={"g": {"members": ["a.x.p", "c.z.r"], "correlation": 0.8}})
    own = {"a.x.p": 1.0, "b.y.q": 2.0, "c.z.r": 3.0, "terrestrial.g.wacc": 0.07}
    factors, left = factors_of(uset, own)
    assert factors == [Factor("g", ("a.x.p", "c.z.r"), group=True), Factor("b.y.q", ("b.y.q",))]
    assert left == ["terrestrial.g.wacc"]
    assert [f.name for f in factors_of(uset, own, with_ground=True)[0]] == ["g", "b.y.q", "terrestrial.g.wacc"]


def _teaching_with_set(tmp_path: Path) -> Path:
    """The teaching cases in a temporary directory, with an uncertainty set of two inputs in their catalog_dir."""
    shutil.copytree(TEACHING, tmp_path / "teaching")
    (tmp_path / "teaching" / "models" / "uncertainty.yaml").write_text(
        "teach_two:\n"
        "  source: test\n"
        "  inputs:\n"
        "    launch_vehicles.small_rocket.price_per_launch_usd: {kind: uniform, low: 0.5, high: 1.5, source: test}\n"
        "    compute.gpu_a.price_usd: {kind: uniform, low: 1.0, high: 21.0, source: 'test: wide, so both inputs matter'}\n"
        "elsewhere:\n"  # big_rocket is in the catalog but not among single.yaml's candidates
        "  source: test\n"
        "  inputs:\n"
        "    launch_vehicles.big_rocket.price_per_kg_usd: {kind: uniform, low: 0.5, high: 1.5, source: test}\n")
    return tmp_path / "teaching" / "single.yaml"


def test_the_teaching_case_indices_follow_from_the_budgets_of_one_solve(tmp_path):
    """One option per choice and 20 kW fixed: the design (20 gpu_a, 2 launches of small_rocket) does not change with
    prices, and the cost per EFLOP is r = (K + L f_L + C f_C) / E, E the delivered EFLOP. From the budgets of one solve
    (tests/test_hand.py derives them): launch L = 2 x $5M = $10M, compute C = 20 x $30,000 = $600,000. The factors
    are uniform: f_L on [0.5, 1.5] (variance 1/12), f_C on [1, 21] (variance 20^2/12 = 400/12). Linear and
    independent: S1_i = ST_i = b_i^2 var_i / sum_j b_j^2 var_j with b_L = L / E, b_C = C / E (E cancels):
    launch (10e6)^2 x 1/12 = 8.333e12, compute (6e5)^2 x 400/12 = 12.0e12: S_launch = 100 / 244 = 0.4098,
    S_compute = 144 / 244 = 0.5902."""
    from synth.solve import solve

    case = _teaching_with_set(tmp_path)
    solved = solve(case)
    costs = solved.budgets["cost_usd"]
    assert costs["launch"] == pytest.approx(2 * 5.0e6) and costs["compute"] == pytest.approx(20 * 30_000)
    launch_var, compute_var = costs["launch"] ** 2 * 1 / 12, costs["compute"] ** 2 * 20**2 / 12
    expected = {"launch_vehicles.small_rocket.price_per_launch_usd": launch_var / (launch_var + compute_var),
                "compute.gpu_a.price_usd": compute_var / (launch_var + compute_var)}
    assert list(expected.values()) == pytest.approx([100 / 244, 144 / 244])

    out = tmp_path / "out"
    result = run_sensitivity(case, 128, out, inputs="teach_two", seed=0, workers=1, quiet=True)
    frame = result.indices.set_index("factor")
    assert len(result.worlds) == 128 * (2 + 2) == result.indices.attrs["evaluations"]
    for name, value in expected.items():
        row = frame.loc[name]
        assert abs(row["S1"] - value) <= row["S1_conf"], (name, row["S1"], row["S1_conf"], value)
        assert abs(row["ST"] - value) <= row["ST_conf"], (name, row["ST"], row["ST_conf"], value)
    # every world's cost is the linear formula: r = r_0 + (L (f_L - 1) + C (f_C - 1)) / E, E from the central solve
    r0, eflop = solved.kpi["cost_per_eflop_usd"], solved.kpi["delivered_flop"] / 1e18
    assert r0 == pytest.approx(costs["total"] / eflop)
    u = result.worlds[[f"u[{n}]" for n in expected]].to_numpy()
    f_launch, f_compute = 0.5 + u[:, 0], 1.0 + 20.0 * u[:, 1]
    assert result.worlds["cost_per_eflop_usd"].to_numpy() == pytest.approx(
        r0 + (costs["launch"] * (f_launch - 1) + costs["compute"] * (f_compute - 1)) / eflop, rel=1e-6)

    paths = write_sensitivity(result, out)
    assert {p.name for p in paths} == {"indices.csv", "indices.parquet", "worlds.parquet", "summary.json", "sobol.png"}
    summary = json.loads((out / "summary.json").read_text())["summary"]
    assert summary["evaluations"] == 512 and summary["method"] == "sobol" and isinstance(summary["converged"], bool)
    top = summary["top_total_indices"]
    assert [t["factor"] for t in top] == ["compute.gpu_a.price_usd", "launch_vehicles.small_rocket.price_per_launch_usd"]
    assert top[0]["low"] <= expected["compute.gpu_a.price_usd"] <= top[0]["high"]
    table = pd.read_csv(out / "indices.csv")
    assert {"factor", "members", "S1", "S1_conf", "ST", "ST_conf", "ST_half"} <= set(table.columns)


def test_the_command_runs_and_bad_input_exits_2(tmp_path, capsys):
    case = _teaching_with_set(tmp_path)
    assert main(["sensitivity", str(case), "--inputs", "teach_two", "--samples", "4", "--workers", "1", "-q",
                 "--out", str(tmp_path / "ok")]) == 0
    out = capsys.readouterr().out
    assert "more samples needed (try --samples 8)" in out and (tmp_path / "ok" / "sobol.png").exists()
    assert main(["sensitivity", str(case), "--method", "morris", "--inputs", "teach_two", "--samples", "4", "--workers", "1", "-q",
                 "--out", str(tmp_path / "morris")]) == 0
    assert (tmp_path / "morris" / "morris.png").exists()
    capsys.readouterr()
    for args, message in ((["--inputs", "nope"], "unknown uncertainty set"),
                          (["--inputs", "teach_two", "--samples", "1"], "at least 2"),
                          (["--inputs", "teach_two", "--samples", "6"], "power of 2"),
                          (["--inputs", "elsewhere"], "no input of the uncertainty set"),
                          (["--inputs", "teach_two", "--method", "fast"], "invalid choice"),
                          (["--inputs", "teach_two", "--workers", "0"], "--workers"),
                          (["--inputs", "teach_two", "--seed", "-1"], "--seed"),
                          (["--inputs", "teach_two", "--scheduler", "localhost"], "HOST:PORT")):
        code = main(["sensitivity", str(case), *args,
                     "--out", str(tmp_path / "bad"), "-q"])
        err = capsys.readouterr().err
        assert code == 2 and message in err, (args, err)
        assert "Traceback" not in err
    (tmp_path / "file").write_text("not a directory\n")
    assert main(["sensitivity", str(case), "--inputs", "teach_two", "--out", str(tmp_path / "file"), "-q"]) == 2
    assert "--out" in capsys.readouterr().err


def test_worlds_that_are_not_optimal_stop_the_run_with_the_count_and_the_exit_code_of_a_failed_solve(tmp_path, capsys):
    """The teaching design needs 2 launches (1,256 kg over 1,000 kg each): max_launches drawn on [0.6, 2.4] and
    rounded is 1 (infeasible) when the draw is below 1.5, half the worlds; SALib's estimators need every Y, so the
    run stops with exit 3 (every failed world is infeasible) and names how many failed."""
    case = _teaching_with_set(tmp_path)
    case.write_text(case.read_text() + "limits:\n  max_launches: 2\n")
    (case.parent / "models" / "uncertainty.yaml").write_text(
        "launches:\n  source: test\n  inputs:\n"
        "    limits.max_launches: {kind: uniform, low: 0.6, high: 2.4, factor: false, source: test}\n")
    code = main(["sensitivity", str(case), "--inputs", "launches", "--samples", "4", "--workers", "1", "-q", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "worlds not solved to optimality" in err and "infeasible" in err and "Traceback" not in err


def test_morris_on_the_teaching_case_gives_the_slopes_of_the_budgets(tmp_path):
    """Every elementary effect of a linear response is its slope: dr/du = dr/df x df/du' x du'/du. Launch: dr/df_L =
    L / E = $10M / E; f_L = 0.5 + u' (df/du' = 1); gpu_a: dr/df_C = C / E = $600,000 / E, f_C = 1 + 20 u' (20); the
    4-level grid u is moved to its stratum centre u' = (3 u + 1/2) / 4 (du'/du = 3/4). With E = 1.3828e6 EFLOP
    (tests/test_hand.py): mu*_L = 1e7 / E x 0.75 = 5.424, mu*_C = 6e5 / E x 20 x 0.75 = 6.508 USD/EFLOP per unit u,
    and sigma = 0 (every effect the same)."""
    from synth.solve import solve

    case = _teaching_with_set(tmp_path)
    eflop = solve(case).kpi["delivered_flop"] / 1e18
    result = run_sensitivity(case, 10, tmp_path / "out", method="morris", inputs="teach_two", workers=1, quiet=True)
    frame = result.indices.set_index("factor")
    assert frame.loc["launch_vehicles.small_rocket.price_per_launch_usd", "mu_star"] == pytest.approx(1e7 / eflop * 0.75, rel=1e-6)
    assert frame.loc["compute.gpu_a.price_usd", "mu_star"] == pytest.approx(6e5 / eflop * 20 * 0.75, rel=1e-6)
    assert frame["sigma"].to_numpy() == pytest.approx([0.0, 0.0], abs=1e-9)
    assert result.indices.attrs["converged"] is True  # an exactly linear response: every trajectory agrees


def test_a_sensitivity_directory_makes_a_report(tmp_path):
    """synth report on a synth sensitivity output: the chart, the indices sorted by total index, the verdict."""
    case = _teaching_with_set(tmp_path)
    out = tmp_path / "ok"
    assert main(["sensitivity", str(case), "--inputs", "teach_two", "--samples", "8", "--workers", "1", "-q", "--out", str(out)]) == 0
    assert main(["report", str(out), "--out", str(tmp_path / "rep" / "s"), "-q"]) == 0
    text = (tmp_path / "rep" / "s.md").read_text()
    assert "## What drives the answer: teaching_single" in text and "Verdict: **" in text
    totals = [float(m) for m in re.findall(r"\| [\d.-]+ ± [\d.]+ \| ([\d.-]+) ± ", text)]
    assert len(totals) == 2 and totals == sorted(totals, reverse=True)
    assert (tmp_path / "rep" / "s_files" / "indices_0.png").stat().st_size > 0
