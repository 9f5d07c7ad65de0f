"""Sweeps: expansion, path validation, equality with independent solves, resume after a kill, backends,
failure isolation."""

from __future__ import annotations

import json
import math
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from synth import load_case, solve
from synth.errors import InputError
from synth.sweep import load_sweep, run_sweep
from synth.sweep.spec import SweepSpec, expand, parameter_from_text

ROOT = Path(__file__).resolve().parents[1]
GRID = ROOT / "cases" / "sweeps" / "teaching_grid.yaml"
SMALL = ROOT / "cases" / "teaching" / "small_choice.yaml"
TIMING = ["wall_s", "highs_s", "lp_iterations", "rebuilt", "milp_solves", "mip_gap"]


def test_grid_expansion_order_and_log_spacing():
    sweep = load_sweep(GRID)
    assert len(sweep.points) == 4 * 3
    prices = [5000 * (50 / 5000) ** (k / 3) for k in range(4)]  # log spacing by hand: 5000, 1077.2, 232.1, 50
    expected = [(p, g) for p in prices for g in (20000, 50000, 80000)]  # the last parameter varies fastest
    got = [(pt["launch_vehicles.big_rocket.price_per_kg_usd"], pt["compute.gpu_b.price_usd"]) for pt in sweep.points]
    assert np.allclose(got, expected, rtol=1e-12)


def test_command_line_ranges_and_lists():
    log = parameter_from_text("x", "3600:20:log40").grid()
    assert len(log) == 40 and log[0] == pytest.approx(3600) and log[-1] == pytest.approx(20)
    assert log[1] / log[0] == pytest.approx((20 / 3600) ** (1 / 39))
    assert parameter_from_text("x", "1:5:9").grid() == pytest.approx([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5])
    assert parameter_from_text("x", "1,2,5").grid() == [1, 2, 5]
    assert parameter_from_text("x", "650 km") is None  # a fixed value, not a sweep


def test_zip_and_latin_hypercube():
    zipped = expand(SweepSpec.model_validate({"base": "x", "combine": "zip", "parameters": {
        "a": {"values": [1, 2, 3]}, "b": {"from": 10, "to": 30, "steps": 3}}}))
    assert zipped == [{"a": 1, "b": 10}, {"a": 2, "b": 20}, {"a": 3, "b": 30}]
    spec = SweepSpec.model_validate({"base": "x", "sample": {"method": "lhs", "points": 50, "seed": 3}, "parameters": {
        "a": {"low": 0, "high": 1}, "b": {"low": 1, "high": 1000, "scale": "log"}}})
    points = expand(spec)
    assert points == expand(spec)  # the seed makes it reproducible
    # Latin hypercube: each of the 50 equal strata of each parameter holds exactly one sample.
    assert sorted(int(p["a"] * 50) for p in points) == list(range(50))
    assert sorted(int(math.log10(p["b"]) / 3 * 50) for p in points) == list(range(50))


@pytest.mark.parametrize(("path", "value", "expected"), [
    ("limits.max_launchez", "1:3:3", "unknown field"),
    ("launch_vehicles.falcon9.price_per_kg_usd", "1:3:3", "not among the case's candidates"),
    ("options.orbits", "1,2", "options.orbits"),
    ("launch_vehicles.big_rocket.payload_kg", "1,2", "payload_kg"),
])
def test_wrong_paths_fail_before_anything_runs(tmp_path, path, value, expected):
    with pytest.raises(InputError) as err:
        load_sweep(SMALL, {path: value})
    assert expected in str(err.value)


def _sans_timing(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=[c for c in TIMING if c in frame]).reset_index(drop=True)


@pytest.mark.slow
def test_sweep_points_equal_independent_solves(tmp_path):
    """Warm starts and in-place parameter updates must give exactly what a fresh solve of each point gives."""
    frame = run_sweep(load_sweep(GRID), tmp_path / "out", workers=1, quiet=True)
    assert list(frame["status"]) == ["optimal"] * 12
    assert (frame["mip_gap"] <= 1e-6).all()  # every point proven within the ratio tolerance
    for _, row in frame.iterrows():
        point = {k.removeprefix("param:"): v for k, v in row.items() if k.startswith("param:")}
        fresh = solve(load_case(SMALL, overrides=point))
        assert row["cost_per_eflop_usd"] == pytest.approx(fresh.kpi["cost_per_eflop_usd"], rel=1e-6)
        assert json.loads(row["launches"]) == fresh.design.launches
    written = pd.read_parquet(tmp_path / "out" / "results.parquet")
    assert len(written) == 12 and (tmp_path / "out" / "results.csv").exists()
    meta = json.loads((tmp_path / "out" / "sweep.json").read_text())
    assert meta["finished"] == 12 and meta["provenance"]["highspy"] and meta["spec"]["parameters"]


@pytest.mark.slow
def test_kill_and_resume_gives_the_uninterrupted_table(tmp_path):
    clean = _sans_timing(run_sweep(load_sweep(GRID), tmp_path / "clean", workers=1, quiet=True))
    out = tmp_path / "killed"
    command = [sys.executable, "-m", "synth", "sweep", str(GRID), "--out", str(out), "--workers", "1", "--quiet"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = out / "points.jsonl"
    deadline = time.time() + 60
    while time.time() < deadline and (not journal.exists() or journal.read_text().count("\n") < 3):
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = journal.read_text().count("\n")
    assert 3 <= done_before < 12, "the kill should land mid-sweep"
    with journal.open("a") as handle:
        handle.write('{"point": 11, "status": "opt')  # a line torn by the kill is ignored
    assert subprocess.run(command, timeout=120).returncode == 0
    resumed = pd.read_parquet(out / "results.parquet")
    pd.testing.assert_frame_equal(_sans_timing(resumed), clean, check_exact=False, rtol=1e-9)
    rows = [json.loads(x) for x in journal.read_text().splitlines() if x.startswith('{"point"') and x.endswith("}")]
    assert sorted(r["point"] for r in rows) == list(range(12))  # none lost, none duplicated


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["process", "dask"])
def test_parallel_backends_match_serial(tmp_path, backend):
    serial = _sans_timing(run_sweep(load_sweep(GRID), tmp_path / "serial", workers=1, quiet=True))
    kwargs = {"workers": 2, "scheduler": "local"} if backend == "dask" else {"workers": 2}
    parallel = _sans_timing(run_sweep(load_sweep(GRID), tmp_path / backend, quiet=True, chunk_size=3, **kwargs))
    pd.testing.assert_frame_equal(parallel, serial, check_exact=False, rtol=1e-6)


def test_failed_points_are_recorded_and_the_sweep_goes_on(tmp_path):
    sweep = load_sweep(SMALL, {"solar_arrays.cells_a.cell_efficiency": "0.25,1.5,0.3", "limits.max_array_area_m2": "1,200"})
    frame = run_sweep(sweep, tmp_path / "out", workers=1, quiet=True)
    assert len(frame) == 6
    bad_efficiency = frame[frame["param:solar_arrays.cells_a.cell_efficiency"] == 1.5]
    assert set(bad_efficiency["status"]) == {"error"}
    assert all("cell_efficiency" in m for m in bad_efficiency["message"])
    tiny_array = frame[(frame["param:limits.max_array_area_m2"] == 1) & (frame["param:solar_arrays.cells_a.cell_efficiency"] != 1.5)]
    assert set(tiny_array["status"]) == {"infeasible"} and all("max_array_area_m2" in m for m in tiny_array["message"])
    fine = frame[(frame["param:limits.max_array_area_m2"] == 200) & (frame["param:solar_arrays.cells_a.cell_efficiency"] != 1.5)]
    assert set(fine["status"]) == {"optimal"}


@pytest.mark.slow
def test_dask_backend_on_a_real_scheduler_address(tmp_path, dask_cluster):
    """A scheduler and a worker started as their own processes on loopback, reached by tcp:// address."""
    from dask.distributed import Client

    address, _ = dask_cluster
    deadline = time.time() + 60
    while True:
        try:
            with Client(address, timeout=5) as client:
                if client.scheduler_info()["workers"]:
                    break
        except OSError:
            pass
        assert time.time() < deadline, "the Dask scheduler or worker did not come up"
        time.sleep(0.5)
    remote = _sans_timing(run_sweep(load_sweep(GRID), tmp_path / "remote", scheduler=address, workers=1, quiet=True, chunk_size=4))
    serial = _sans_timing(run_sweep(load_sweep(GRID), tmp_path / "serial", workers=1, quiet=True))
    pd.testing.assert_frame_equal(remote, serial, check_exact=False, rtol=1e-6)
    assert json.loads((tmp_path / "remote" / "sweep.json").read_text())["scheduler"] == address


def test_an_output_directory_only_ever_holds_one_sweep(tmp_path):
    """The sweep record is written before the first point, so even after a hard kill another sweep, or the same
    sweep over edited catalogs, is refused instead of mixed in."""
    import shutil

    out = tmp_path / "out"
    run_sweep(load_sweep(SMALL, {"compute.gpu_b.price_usd": "20000,50000"}), out, workers=1, quiet=True)
    (out / "results.parquet").unlink()  # as if killed before the tables were written: the record is already there
    with pytest.raises(InputError, match="different sweep"):
        run_sweep(load_sweep(SMALL, {"compute.gpu_b.price_usd": "30000,60000"}), out, workers=1, quiet=True)
    teach = tmp_path / "teaching"
    shutil.copytree(SMALL.parent, teach)
    run_sweep(load_sweep(teach / "small_choice.yaml", {"compute.gpu_b.price_usd": "20000,50000"}), tmp_path / "c", workers=1, quiet=True)
    compute = teach / "models" / "compute.yaml"
    compute.write_text(compute.read_text().replace("peak_tflops: 2000", "peak_tflops: 200"))
    with pytest.raises(InputError, match="catalogs"):
        run_sweep(load_sweep(teach / "small_choice.yaml", {"compute.gpu_b.price_usd": "20000,50000"}), tmp_path / "c", workers=1, quiet=True)


def test_integer_fields_take_rounded_values_and_solver_options_follow_each_point(tmp_path):
    sweep = load_sweep(SMALL, {"limits.max_satellites": "1:10:log4", "solver.time_limit_s": "120,1e-6"})
    assert {p["limits.max_satellites"] for p in sweep.points} == {1, 2, 5, 10}
    frame = run_sweep(sweep, tmp_path / "out", workers=1, quiet=True)
    by_limit = frame.set_index("param:solver.time_limit_s")["status"]
    assert set(by_limit.loc[120.0]) == {"optimal"}
    assert "optimal" not in set(by_limit.loc[1e-6])  # the tiny time limit applies on a reused model too


def test_retry_failed_solves_failed_points_again(tmp_path):
    sweep = load_sweep(SMALL, {"limits.max_array_area_m2": "1,200"})
    first = run_sweep(sweep, tmp_path / "out", workers=1, quiet=True)
    assert list(first["status"]) == ["infeasible", "optimal"]
    journal = tmp_path / "out" / "points.jsonl"
    assert len(journal.read_text().splitlines()) == 2
    run_sweep(sweep, tmp_path / "out", workers=1, quiet=True)  # plain resume: nothing to do
    assert len(journal.read_text().splitlines()) == 2
    again = run_sweep(sweep, tmp_path / "out", workers=1, quiet=True, retry_failed=True)
    assert len(journal.read_text().splitlines()) == 3  # only the failed point was solved again
    assert list(again["point"]) == [0, 1] and list(again["status"]) == ["infeasible", "optimal"]
