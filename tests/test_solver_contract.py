"""What synth.solver relies on in Pyomo's private interface, pinned so that a Pyomo upgrade that changes it fails
here first (pyproject.toml bounds the Pyomo versions these were checked with)."""

from __future__ import annotations

import multiprocessing
import os

import highspy
import pyomo.environ as pyo
import pytest

from synth.solver import HighsSession, detach_from_parent_process


def _model():
    m = pyo.ConcreteModel()
    m.x = pyo.Var(domain=pyo.NonNegativeReals)
    m.y = pyo.Var(domain=pyo.NonNegativeIntegers)
    m.r = pyo.Constraint(expr=m.x + m.y >= 1.5)
    m.obj = pyo.Objective(expr=m.x + 2 * m.y)
    return m


def test_persistent_interface_exposes_the_highs_object_and_the_index_maps():
    m = _model()
    session = HighsSession(10, 1e-9, log=False)
    try:
        outcome = session.solve(m)
        assert outcome.status.value == "optimal" and outcome.objective == pytest.approx(1.5)
        assert isinstance(session.solver._solver_model, highspy.Highs)
        rows = session.solver._pyomo_con_to_solver_con_map
        assert rows[m.r] == 0  # constraint data -> HiGHS row index
        cols = session.solver._pyomo_var_to_solver_var_map
        assert sorted(cols.values()) == [0, 1] and id(m.x) in cols  # id(var) -> HiGHS column index
    finally:
        session.close()


def _hold_lock_and_die(detach: bool) -> None:
    from pyomo.common import dependencies

    if detach:
        detach_from_parent_process()
    dependencies.capture_output_lock.acquire()
    os._exit(0)  # dies holding it, as a worker terminated inside a solve would


@pytest.mark.parametrize("detach", [False, True])
def test_a_forked_worker_dying_inside_a_solve_blocks_the_parent_unless_detached(detach):
    """Pyomo's output-capture lock is a multiprocessing lock shared with forked children: a child that dies holding it
    blocks the parent's next solve (for 200 s, then an error). detach_from_parent_process gives the child its own."""
    from pyomo.common import dependencies

    lock = dependencies.capture_output_lock
    child = multiprocessing.get_context("fork").Process(target=_hold_lock_and_die, args=(detach,))
    child.start()
    child.join(10)
    acquired = lock.acquire(timeout=1)
    try:
        assert acquired is detach
    finally:
        if acquired:
            lock.release()
        else:
            lock.release()  # undo the dead child's hold, or every later solve in this test process would block
