"""Sweeps stopped, broken or fed bad state (issue 8 items 7, 19, 20): signals stop every worker and keep the journal
resumable; a lost worker is replaced; a lost Dask scheduler stops the sweep cleanly; one sweep per output directory;
a sweep solves the inputs it started with; journal lines that are not points of the sweep are skipped with a warning.

The reference for every "resumes exactly" check is an uninterrupted in-process run of the same sweep: resumed tables
must equal it (apart from timing columns), which tests/test_sweep.py in turn checks against independent solves.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import synth.resolve as resolve_module
import synth.sweep.run as sweep_run
from synth.catalog import SHIPPED_CATALOG_DIR
from synth.cli import main
from synth.errors import InputError, SolverError
from synth.sweep import load_sweep, run_sweep

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "cases" / "teaching" / "small_choice.yaml"
GRID = ROOT / "cases" / "sweeps" / "teaching_grid.yaml"
PRICES = "compute.gpu_b.price_usd=20000:80000:40"  # 40 points: long enough for a signal to land mid-sweep
TIMING = ["wall_s", "highs_s", "lp_iterations", "rebuilt", "milp_solves", "mip_gap"]


def sweep_command(case: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "synth", "sweep", str(case), "--set", PRICES, "--out", str(out), *extra]


def sans_timing(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=[c for c in TIMING if c in frame]).reset_index(drop=True)


def same_table(directory: Path, clean: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(sans_timing(pd.read_parquet(directory / "results.parquet")), clean, check_exact=False, rtol=1e-9)


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> pd.DataFrame:
    """The 40-point sweep run without interruption, in this process."""
    sweep = load_sweep(SMALL, {PRICES.split("=")[0]: PRICES.split("=")[1]})
    return sans_timing(run_sweep(sweep, tmp_path_factory.mktemp("clean") / "out", workers=1, quiet=True))


@pytest.fixture(scope="module")
def clean_grid(tmp_path_factory) -> pd.DataFrame:
    return sans_timing(run_sweep(load_sweep(GRID), tmp_path_factory.mktemp("grid") / "out", workers=1, quiet=True))


def journal_lines(out: Path) -> int:
    journal = out / "points.jsonl"
    return journal.read_bytes().count(b"\n") if journal.exists() else 0


def wait_until(condition, seconds: float, what: str) -> None:
    deadline = time.time() + seconds
    while not condition():
        assert time.time() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def running_in_session(sid: int) -> list[int]:
    """Processes of session ``sid`` still running, from /proc (a zombie has exited; it only awaits its parent)."""
    running = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text() if entry.name.isdigit() else ""
        except OSError:
            continue
        if stat:
            state, _ppid, _pgrp, session = stat.rsplit(")", 1)[1].split()[:4]
            if int(session) == sid and state != "Z":
                running.append(int(entry.name))
    return running


# -- item 7: every way of stopping a sweep stops its workers ----------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize(("signum", "exit_code"), [(signal.SIGTERM, 128 + 15), (signal.SIGHUP, 128 + 1)])
def test_a_signal_stops_every_worker_and_the_same_command_resumes_exactly(tmp_path, clean, signum, exit_code):
    out = tmp_path / "out"
    command = sweep_command(SMALL, out, "--workers", "2", "--chunk-size", "2")
    proc = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_until(lambda: journal_lines(out) >= 1, 60, "the first finished chunk")
    assert len(running_in_session(proc.pid)) >= 3, "the sweep and its two worker processes"
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == exit_code
    assert "synth: interrupted; rerun the same command to resume" in err and "Traceback" not in err
    wait_until(lambda: not running_in_session(proc.pid), 10, "the workers to exit")
    rows = [json.loads(line) for line in (out / "points.jsonl").read_text().splitlines()]  # every line complete
    assert 1 <= len(rows) < 40 and len({r["point"] for r in rows}) == len(rows), "stopped mid-sweep, nothing twice"
    meta = json.loads((out / "sweep.json").read_text())
    assert meta["interrupted"] is True and meta["finished"] >= len(rows)
    assert subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180).returncode == 0
    same_table(out, clean)


@pytest.mark.slow
def test_no_worker_outlives_a_killed_sweep_and_the_directory_is_not_left_locked(tmp_path, clean):
    """SIGKILL cannot be handled: the workers ask the kernel to kill them with their parent (Linux), and the
    directory lock is the dead process's, so the same command resumes at once."""
    out = tmp_path / "out"
    command = sweep_command(SMALL, out, "--workers", "2", "--chunk-size", "2", "--quiet")
    proc = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until(lambda: journal_lines(out) >= 1, 60, "the first finished chunk")
    assert len(running_in_session(proc.pid)) >= 3
    proc.kill()
    proc.wait()
    wait_until(lambda: not running_in_session(proc.pid), 10, "the orphaned workers to die")
    assert subprocess.run(command, timeout=180).returncode == 0
    same_table(out, clean)


@pytest.mark.slow
def test_a_dask_scheduler_going_away_stops_the_sweep_with_exit_4_and_keeps_the_journal(tmp_path, dask_cluster):
    address, scheduler = dask_cluster
    out = tmp_path / "out"
    sweep = subprocess.Popen(sweep_command(SMALL, out, "--scheduler", address, "--chunk-size", "1", "--quiet"),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until(lambda: journal_lines(out) >= 2 or sweep.poll() is not None, 120, "the first points on the Dask worker")
        scheduler.kill()
        _, err = sweep.communicate(timeout=120)  # no hang
    finally:
        if sweep.poll() is None:
            sweep.terminate()
        try:
            sweep.wait(timeout=20)
        except subprocess.TimeoutExpired:
            sweep.kill()
    assert sweep.returncode == 4
    assert f"synth: the Dask cluster ({address}) failed" in err and "rerun the same command to resume" in err
    assert "internal error" not in err
    rows = [json.loads(line) for line in (out / "points.jsonl").read_text().splitlines()]
    assert 2 <= len(rows) < 40
    meta = json.loads((out / "sweep.json").read_text())
    assert meta["finished"] == len(rows) and "Dask cluster" in meta["error"]


@pytest.mark.parametrize("library", ["swallows", "converts"])
def test_an_interrupt_caught_inside_a_library_still_stops_a_serial_sweep_and_records_no_row_for_it(tmp_path, monkeypatch, library):
    """pyomo turns any exception raised while it evaluates an expression (a KeyboardInterrupt too) into its own
    error; a library could also drop it. Either way the sweep stops, and the point being solved is not recorded
    (neither as an "internal error" row nor as a row solved half-interrupted)."""
    real_solve = resolve_module.solve_built
    calls = []

    def solve_meeting_a_signal(*args, **kwargs):
        calls.append(None)
        if len(calls) == 3:  # point 2
            try:
                os.kill(os.getpid(), signal.SIGTERM)  # the handler raises KeyboardInterrupt in here ...
                time.sleep(5)
            except BaseException:  # ... which the "library" drops, or turns into its own error
                if library == "converts":
                    raise ValueError("could not evaluate an expression") from None
        return real_solve(*args, **kwargs)

    monkeypatch.setattr(resolve_module, "solve_built", solve_meeting_a_signal)
    out = tmp_path / "out"
    with sweep_run.stop_on_signals() as stop, pytest.raises(KeyboardInterrupt):
        run_sweep(load_sweep(GRID), out, workers=1, quiet=True)
    assert stop.signum == signal.SIGTERM
    assert [json.loads(line)["point"] for line in (out / "points.jsonl").read_text().splitlines()] == [0, 1]
    assert json.loads((out / "sweep.json").read_text())["interrupted"] is True


# -- item 20: a lost worker is replaced ------------------------------------------------------------------------

_DIE_ON_POINT = 5
_DIED_ONCE = Path("/nonexistent")  # set by a test before the pool forks; the workers inherit it
_REAL_SOLVE_CHUNK = sweep_run.solve_chunk


def _chunk_dies_once(*args):
    """The pool's task, except that the worker given point 5 is killed the first time (as the OOM killer would)."""
    if any(index == _DIE_ON_POINT for index, _ in args[2]) and not _DIED_ONCE.exists():
        _DIED_ONCE.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_SOLVE_CHUNK(*args)


def _chunk_always_dies(*args):
    """The pool's task, except that the worker given point 5 is killed every time."""
    if any(index == _DIE_ON_POINT for index, _ in args[2]):
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_SOLVE_CHUNK(*args)


@pytest.mark.slow
def test_a_worker_killed_mid_sweep_is_replaced_and_every_point_is_solved(tmp_path, clean_grid, monkeypatch, capsys):
    monkeypatch.setattr(sys.modules[__name__], "_DIED_ONCE", tmp_path / "died")
    monkeypatch.setattr(sweep_run, "solve_chunk", _chunk_dies_once)
    frame = run_sweep(load_sweep(GRID), tmp_path / "out", workers=2, quiet=True, chunk_size=2)
    assert (tmp_path / "died").exists(), "the worker given point 5 was killed"
    pd.testing.assert_frame_equal(sans_timing(frame), clean_grid, check_exact=False, rtol=1e-9)
    meta = json.loads((tmp_path / "out" / "sweep.json").read_text())
    assert meta["workers_lost"] == 1 and meta["chunks_retried"] >= 1 and meta["finished"] == 12
    assert f"worker lost; {meta['chunks_retried']} chunks" in capsys.readouterr().err


def test_workers_that_keep_dying_stop_the_sweep_with_exit_4_after_three_fresh_pools(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sweep_run, "solve_chunk", _chunk_always_dies)
    with pytest.raises(SolverError, match="worker processes died 4 times") as err:
        run_sweep(load_sweep(GRID), tmp_path / "out", workers=2, quiet=True, chunk_size=2)
    assert err.value.exit_code == 4 and "rerun the same command" in str(err.value)
    assert capsys.readouterr().err.count("worker lost;") == 3
    meta = json.loads((tmp_path / "out" / "sweep.json").read_text())
    assert meta["workers_lost"] == 4 and meta["error"].startswith("worker processes died")
    rows = [json.loads(line) for line in (tmp_path / "out" / "points.jsonl").read_text().splitlines()]
    assert {r["point"] for r in rows} <= set(range(12)) - {4, 5}  # the chunk [4, 5] never finished; the journal is intact


# -- item 19: one sweep per directory, the inputs it started with, a journal of its own points -------------------

@pytest.mark.slow
def test_a_second_sweep_on_a_running_sweeps_directory_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    long_prices = "20000:80000:2000"  # far more points than the test lasts: stopped at the end
    command = [sys.executable, "-m", "synth", "sweep", str(SMALL), "--set", f"compute.gpu_b.price_usd={long_prices}", "--out", str(out),
               "--workers", "1", "--quiet"]
    first = subprocess.Popen(command, start_new_session=True)
    try:
        wait_until(lambda: journal_lines(out) >= 1, 60, "the first sweep to start")
        code = main(["sweep", str(SMALL), "--set", "compute.gpu_b.price_usd=1,2", "--out", str(out), "--workers", "1", "--quiet"])
        assert code == 2
        assert f"another sweep is running in {out} (pid {first.pid})" in capsys.readouterr().err
        with pytest.raises(InputError, match="another sweep is running"):  # the same sweep, too
            run_sweep(load_sweep(SMALL, {"compute.gpu_b.price_usd": long_prices}), out, workers=1, quiet=True)
        assert first.poll() is None, "the first sweep was running all along"
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=60)
    assert first.returncode == 143
    assert json.loads((out / "sweep.json").read_text())["spec"]["parameters"]["compute.gpu_b.price_usd"]["steps"] == 2000


@pytest.mark.slow
def test_editing_the_inputs_during_a_sweep_changes_nothing_and_an_edited_resume_is_refused(tmp_path, clean):
    """The issue's sequence: edit the case a sweep is solving, kill the sweep, revert the edit, resume. Every point
    (also those solved after the edit) must equal a clean run's: the sweep solves the files it read at its start."""
    teaching = tmp_path / "teaching"
    shutil.copytree(SMALL.parent, teaching)
    extended = teaching / "single.yaml"  # small_choice.yaml extends it: the snapshot covers the whole chain
    original = extended.read_text()
    edited = original.replace("nre_usd: 1.0e6", "nre_usd: 9.0e6")
    assert edited != original
    out = tmp_path / "out"
    command = sweep_command(teaching / "small_choice.yaml", out, "--workers", "1", "--quiet")
    proc = subprocess.Popen(command)
    wait_until(lambda: journal_lines(out) >= 2, 60, "the first points")
    extended.write_text(edited)
    after_edit = journal_lines(out)
    wait_until(lambda: journal_lines(out) >= after_edit + 3, 60, "points solved after the edit")
    proc.kill()
    proc.wait()
    assert journal_lines(out) < 40, "killed mid-sweep"
    rows = [json.loads(line) for line in (out / "points.jsonl").read_text().splitlines()[:after_edit + 3]]
    assert {r["fingerprint"] for r in rows} == {clean["fingerprint"][0]}  # every row records the inputs it solved
    extended.write_text(original)
    assert subprocess.run(command, timeout=180).returncode == 0
    same_table(out, clean)
    extended.write_text(edited)
    refused = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "different sweep" in refused.stderr


def test_the_snapshot_keeps_the_extends_layout_and_refuses_an_absolute_extends(tmp_path):
    """The copies in OUT/sweep_inputs/ keep the cases' relative layout (small_choice.yaml extends single.yaml
    beside it; the sweep file lies in another directory); an absolute `extends` would still read the live file."""
    out = tmp_path / "out"
    run_sweep(load_sweep(GRID), out, workers=1, quiet=True)
    copies = out / "sweep_inputs"
    assert (copies / "case" / "small_choice.yaml").read_bytes() == SMALL.read_bytes()
    assert (copies / "case" / "single.yaml").read_bytes() == (SMALL.parent / "single.yaml").read_bytes()
    # the catalog layers the case sees: the shipped catalogs (0), then its catalog_dir (1)
    assert sorted(p.name for p in (copies / "catalogs" / "0").iterdir()) == sorted(p.name for p in SHIPPED_CATALOG_DIR.glob("*.yaml"))
    assert sorted(p.name for p in (copies / "catalogs" / "1").iterdir()) == sorted(p.name for p in (SMALL.parent / "models").glob("*.yaml"))
    teaching = tmp_path / "teaching"
    shutil.copytree(SMALL.parent, teaching)
    case = teaching / "small_choice.yaml"
    case.write_text(case.read_text().replace("extends: single.yaml", f"extends: {teaching / 'single.yaml'}"))
    sweep = load_sweep(case, {"compute.gpu_b.price_usd": "20000,50000"})  # a valid case ...
    with pytest.raises(InputError) as err:  # ... that a sweep cannot copy, refused before anything is written
        run_sweep(sweep, tmp_path / "abs", workers=1, quiet=True)
    assert f"{case}:4: field 'extends': a sweep solves a copy" in str(err.value)
    assert not (tmp_path / "abs" / "sweep.json").exists()


@pytest.mark.slow
def test_journal_lines_that_are_not_points_of_the_sweep_are_skipped_with_a_warning(tmp_path, clean_grid, capsys):
    out = tmp_path / "out"
    run_sweep(load_sweep(GRID), out, workers=1, quiet=True)
    journal = out / "points.jsonl"
    good = journal.read_bytes().splitlines(keepends=True)
    other_inputs = json.loads(good[3]) | {"fingerprint": "0" * 64, "cost_per_eflop_usd": 0.0}
    bad = [b'{"point": 99999, "status": "optimal"}\n', b'{"point": -1, "status": "optimal"}\n', b"[1, 2]\n",
           b"\xff\xfe not text\n", b'{"status": "optimal"}\n', b'{"point": "7"}\n', b'{"point": 7.0}\n', b"{not json}\n"]
    # points 3 (solved from other inputs) and 10, 11 (lines lost) must be solved again; the last line is torn
    journal.write_bytes(b"".join(good[:3] + [json.dumps(other_inputs).encode() + b"\n"] + good[4:10] + bad) + b'{"point": 11, "sta')
    (out / "results.parquet").unlink()
    frame = run_sweep(load_sweep(GRID), out, workers=1, quiet=True)
    pd.testing.assert_frame_equal(sans_timing(frame), clean_grid, check_exact=False, rtol=1e-9)
    same_table(out, clean_grid)
    err = capsys.readouterr().err
    assert err.count("skipped a line that") == 5 and "and 3 more lines skipped" in err  # the first five of eight, then a count
    assert f"{journal}:11: skipped a line that names point 99999, outside this sweep (points 0 to 11)" in err
    assert f"{journal}:13: skipped a line that is not a JSON object (a list)" in err
    assert f"{journal}:14: skipped a line that is not UTF-8 text" in err
    assert "1 point(s) were solved from other inputs" in err
    meta = json.loads((out / "sweep.json").read_text())
    assert meta["journal_lines_skipped"] == 8 and meta["journal_points_from_other_inputs"] == 1
    lines = journal.read_bytes().splitlines()
    assert b'{"point": 11, "sta' not in lines, "the torn line was cut off before appending"
    assert [json.loads(x)["point"] for x in lines[18:]] == [3, 10, 11]  # appended after the bad lines, one per line


@pytest.mark.slow
def test_a_corrupt_last_line_that_is_not_a_torn_write_is_reported_and_appending_starts_a_new_line(tmp_path, clean_grid, capsys):
    out = tmp_path / "out"
    run_sweep(load_sweep(GRID), out, workers=1, quiet=True)
    journal = out / "points.jsonl"
    good = journal.read_bytes().splitlines(keepends=True)
    journal.write_bytes(b"".join(good[:11]) + b'{"point": "x"}')  # no newline, but a complete line: not torn
    run_sweep(load_sweep(GRID), out, workers=1, quiet=True)
    assert f"{journal}:12: skipped a line that has a point that is not a whole number ('x')" in capsys.readouterr().err
    assert [json.loads(line)["point"] for line in journal.read_bytes().splitlines()[11:]] == ["x", 11]
    same_table(out, clean_grid)


@pytest.mark.parametrize("record", ["sweep.json", "points.jsonl", "results.csv"])
def test_a_record_that_is_a_directory_is_refused_with_exit_2(tmp_path, capsys, record):
    out = tmp_path / "out"
    run_sweep(load_sweep(GRID), out, workers=1, quiet=True)
    (out / record).unlink()
    (out / record).mkdir()
    assert main(["sweep", str(GRID), "--out", str(out), "--quiet"]) == 2
    assert f"{out / record}: is not a regular file" in capsys.readouterr().err
