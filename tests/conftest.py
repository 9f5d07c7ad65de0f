"""Fixtures shared by the test modules: results solved once per test session.

Each fixture is ``synth.solve(synth.load_case(path))`` with default settings, solved the first time a test asks for it
and shared after that. A test must not change a shared result; one that needs to (e.g. to format a made-up figure)
works on its own ``copy.deepcopy``.

The hand derivations the tests compare against live in tests/teaching.py, a helper module (not a test module).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import synth

CASES = Path(__file__).resolve().parents[1] / "cases"
TEACH = CASES / "teaching"


@pytest.fixture(scope="session")
def solve_once():
    """``solve_once(path, overrides=None)``: the case solved once per session for each (path, overrides), then the
    same Result object for every later call."""
    solved = {}

    def solve_once(path: str | Path, overrides: dict | None = None) -> synth.Result:
        key = (str(Path(path).resolve()), json.dumps(overrides or {}, sort_keys=True))
        if key not in solved:
            solved[key] = synth.solve(synth.load_case(path, overrides=overrides))
        return solved[key]

    return solve_once


@pytest.fixture(scope="session")
def single(solve_once) -> synth.Result:
    """cases/teaching/single.yaml: 20 gpu_a on small_bus satellites in teach_leo (hand-derived in tests/teaching.py)."""
    return solve_once(TEACH / "single.yaml")


@pytest.fixture(scope="session")
def small_choice(solve_once) -> synth.Result:
    """cases/teaching/small_choice.yaml: the small catalog of choices (enumerated in tests/teaching.py)."""
    return solve_once(TEACH / "small_choice.yaml")


@pytest.fixture(scope="session")
def top_down(solve_once) -> synth.Result:
    """cases/teaching/top_down.yaml: the single case's compute hosted on top-down units."""
    return solve_once(TEACH / "top_down.yaml")


@pytest.fixture(scope="session")
def blue_origin(solve_once) -> synth.Result:
    """cases/blue_origin.yaml, a shipped gigawatt case (seconds to solve: tests using it are marked slow)."""
    return solve_once(CASES / "blue_origin.yaml")


@pytest.fixture(scope="session")
def spacex(solve_once) -> synth.Result:
    """cases/spacex.yaml, a shipped gigawatt case (seconds to solve: tests using it are marked slow)."""
    return solve_once(CASES / "spacex.yaml")


@pytest.fixture
def dask_cluster():
    """A Dask scheduler and one worker started as their own processes on a free loopback port: yields (address,
    scheduler process); every process still running is stopped after the test."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}}
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--dashboard-address", ":0", "--no-dashboard"], **quiet)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--nworkers", "1",
                               "--no-dashboard"], **quiet)
    try:
        yield address, scheduler
    finally:
        for proc in (worker, scheduler):
            if proc.poll() is None:
                proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
