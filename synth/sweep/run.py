"""Run a sweep: in this process, on local worker processes, or on a Dask cluster; resumable; with progress.

A sweep first locks its output directory (a second sweep there is refused) and reads the files it solves once
(:meth:`~synth.sweep.spec.Sweep.snapshot`, kept in ``OUT/sweep_inputs/``): every point solves those, whatever
happens to the files while it runs, and every row carries their fingerprint. Points are cut into contiguous
chunks (neighbouring points warm-start each other) and handed to workers that keep one persistent model each
(:class:`~synth.sweep.worker.SweepWorker`). Finished chunks are appended to the journal as they complete
(:mod:`synth.sweep.store`); a point that fails is recorded with its reason and the sweep goes on.

Stopping: a KeyboardInterrupt (Ctrl-C; SIGTERM and SIGHUP too inside :class:`stop_on_signals`, as the CLI runs
it) terminates the worker processes at once and writes the tables of the finished points; the journal holds
them all, so the same command resumes. A pool worker that dies (killed, out of memory, a crash) breaks the pool:
the chunks it left unfinished are retried on a fresh pool, at most ``MAX_POOL_RESTARTS`` times. A Dask cluster
that fails (scheduler gone, workers killed) stops the sweep with a :class:`~synth.errors.SolverError` (exit 4).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Generator, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from pathlib import Path
from typing import Any

import pandas as pd

from synth.errors import SolverError, SynthError, input_error
from synth.progress import Progress
from synth.result import provenance
from synth.sweep.spec import Sweep
from synth.sweep.store import SweepStore, lock_directory
from synth.sweep.worker import SweepWorker

Chunk = list[tuple[int, dict[str, float]]]
#: fresh pools started after worker processes died, before the sweep gives up
MAX_POOL_RESTARTS = 3
#: directory (in the output directory) holding the copies of the input files the sweep solves
INPUTS = "sweep_inputs"

# One worker per (base case, fixed overrides, catalogs) per process: built once, reused by every chunk it is given.
_WORKERS: dict[str, SweepWorker] = {}


def solve_chunk(base_path: str, fixed: dict[str, Any], chunk: Chunk, catalog_dirs: list[str] | None = None,
                design: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Solve (or, with a fixed ``design``, evaluate) a chunk of points in this process (the task run by pool and Dask
    workers)."""
    key = json.dumps([base_path, fixed, catalog_dirs, design], sort_keys=True, default=str)
    worker = _WORKERS.get(key)
    if worker is None:
        worker = _WORKERS[key] = SweepWorker(base_path, fixed, list(catalog_dirs) if catalog_dirs else None, design)
    return [worker.solve_point(index, values) for index, values in chunk]


def chunks_of(todo: Chunk, workers: int, size: int | None = None) -> list[Chunk]:
    """Contiguous chunks: about 8 per worker (load balance), at most 25 points (little lost to a kill)."""
    if not todo:
        return []
    size = size or max(1, min(25, len(todo) // (8 * max(workers, 1)) or 1))
    return [todo[i:i + size] for i in range(0, len(todo), size)]


def run_sweep(sweep: Sweep, out_dir: str | Path, workers: int | None = None, scheduler: str | None = None,
              quiet: bool = False, chunk_size: int | None = None, retry_failed: bool = False) -> pd.DataFrame:
    """Solve every point not yet in ``out_dir``; return the table of all points (also written there).

    ``workers``: local processes (default: all cores; 1 runs in this process). ``scheduler``: a Dask scheduler
    address (``tcp://host:8786``), or ``local`` for a ``dask.distributed.LocalCluster`` of ``workers`` processes.
    Warnings (journal lines skipped, workers lost) go to stderr even when ``quiet``.
    """
    started = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    backend = "dask" if scheduler else ("process" if workers > 1 else "serial")
    with lock_directory(out_dir) as out:
        snapshot = sweep.snapshot()
        store = SweepStore(out, snapshot.fingerprint(), sweep.spec.model_dump(mode="json", by_alias=True), len(sweep.points), retry_failed)
        inputs = snapshot.write(out.absolute() / INPUTS)  # absolute: Dask workers may run in another directory
        _warn(store.warnings)
        todo = [(i, p) for i, p in enumerate(sweep.points) if i not in store.done]
        pool_events = {"workers_lost": 0, "chunks_retried": 0}
        interrupted, error, failures = False, None, 0
        try:
            with Progress("sweep", len(sweep.points), "points", quiet, initial=len(store.done)) as progress, \
                    closing(_execute(backend, inputs, chunks_of(todo, workers, chunk_size), workers, scheduler, pool_events)) as results:
                for rows in results:
                    store.append(rows)
                    failures += sum(1 for r in rows if r.get("status") != "optimal")
                    progress.step(f"{failures} not optimal", len(rows))
        except KeyboardInterrupt:
            interrupted = True
            raise
        except SynthError as exc:
            error = str(exc)
            raise
        finally:  # the workers are stopped by now: record every finished point
            frame = store.table()
            store.write_tables({"name": sweep.spec.name, "base_case": str(sweep.base_path), "inputs": INPUTS,
                                "points": len(sweep.points), "finished": len(store.done),
                                "failures": int((frame["status"] != "optimal").sum()) if "status" in frame else 0,
                                "interrupted": interrupted, "error": error, **pool_events, "backend": backend, "workers": workers,
                                "scheduler": scheduler, "wall_s_this_run": time.perf_counter() - started, "provenance": provenance()})
    return frame


class stop_on_signals:
    """Around a run in the CLI: SIGINT, SIGTERM and SIGHUP raise KeyboardInterrupt in the main thread, so a sweep
    stopped any of these ways cleans up as after Ctrl-C (workers stopped, finished points kept, tables written).

    ``signum`` is the signal that arrived (exit code 128 + signum); it is also kept in the class attribute
    ``received`` (signals are process-wide), which the serial backend checks after each point: a library may
    swallow an exception raised inside it, and the point solved meanwhile must not be recorded. The first signal
    puts the previous handlers back, so a second one stops the process the usual way should the cleanup hang.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    received: int | None = None

    def __init__(self) -> None:
        self.signum: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> stop_on_signals:
        stop_on_signals.received = None
        self._previous = {s: signal.signal(s, self._stop) for s in self.SIGNALS}
        return self

    def __exit__(self, *exc: object) -> None:
        self._restore()
        stop_on_signals.received = None

    def _stop(self, signum: int, frame: object) -> None:
        self.signum = stop_on_signals.received = signum
        self._restore()
        raise KeyboardInterrupt

    def _restore(self) -> None:
        for s, handler in self._previous.items():
            signal.signal(s, handler)
        self._previous = {}


def _warn(messages: list[str]) -> None:
    for message in messages:
        print(f"synth: warning: {message}", file=sys.stderr)


def _execute(backend: str, inputs: Sweep, chunks: list[Chunk], workers: int, scheduler: str | None,
             pool_events: dict[str, int]) -> Generator[list[dict[str, Any]], None, None]:
    base, fixed, models = str(inputs.base_path), inputs.spec.overrides, [str(d) for d in inputs.catalog_dirs or ()] or None
    design = inputs.design
    if backend == "serial":
        worker = SweepWorker(base, fixed, list(models) if models else None, design)
        try:
            for chunk in chunks:
                for index, values in chunk:
                    row = worker.solve_point(index, values)
                    if stop_on_signals.received is not None:  # the interrupt was swallowed while solving this point
                        raise KeyboardInterrupt
                    yield [row]  # one journal write per point
        finally:
            worker.close()
    elif backend == "process":
        yield from _execute_pool((base, fixed, models, design), chunks, workers, pool_events)
    else:
        yield from _execute_dask((base, fixed, models, design), chunks, workers, scheduler)


def _execute_pool(task: tuple[str, dict[str, Any], list[str] | None, dict[str, Any] | None], chunks: list[Chunk], workers: int,
                  pool_events: dict[str, int]) -> Iterable[list[dict[str, Any]]]:
    """Chunks on local worker processes. A worker that dies breaks the pool (every unfinished chunk fails with
    BrokenProcessPool): those chunks go to a fresh pool, counted in ``pool_events``."""
    base, fixed, models, design = task
    remaining = chunks
    while remaining:
        lost: list[Chunk] = []
        pool = ProcessPoolExecutor(max_workers=min(workers, len(remaining)), initializer=_start_pool_worker, initargs=(os.getpid(),))
        try:
            futures = {}
            try:
                for chunk in remaining:
                    futures[pool.submit(solve_chunk, base, fixed, chunk, models, design)] = chunk
            except BrokenProcessPool:  # broke while chunks were still being handed out
                lost += remaining[len(futures):]
            for future in as_completed(futures):
                try:
                    rows = future.result()
                except BrokenProcessPool:
                    lost.append(futures[future])
                    continue
                yield rows
        finally:
            _stop_pool(pool)
        if lost:
            pool_events["workers_lost"] += 1
            pool_events["chunks_retried"] += len(lost)
            points = sum(len(chunk) for chunk in lost)
            if pool_events["workers_lost"] > MAX_POOL_RESTARTS:
                raise SolverError(f"worker processes died {pool_events['workers_lost']} times (killed, e.g. for lack of memory, or "
                                  f"crashed); {points} points are not solved. The finished points are kept: rerun the same command "
                                  "to resume, or with --workers 1 to see which point fails")
            _warn([f"worker lost; {len(lost)} chunks ({points} points) retried on a fresh pool of worker processes"])
        remaining = sorted(lost, key=lambda chunk: chunk[0][0])


def _start_pool_worker(sweep_pid: int) -> None:
    """Set up a pool worker process. Forked workers inherit the CLI's signal handlers: SIGTERM and SIGHUP get their
    default back (stopping a worker must stop it) and SIGINT is ignored (Ctrl-C reaches the whole process group;
    the sweep stops its workers itself). On Linux the worker also asks to be killed when the sweep's process dies,
    even by SIGKILL, so that no worker outlives its sweep. Finally it stops sharing Pyomo's output-capture lock
    with the sweep's process (:func:`synth.solver.detach_from_parent_process`)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() != sweep_pid:  # the sweep died before the request was made
            os._exit(1)
    from synth.solver import detach_from_parent_process

    detach_from_parent_process()  # a worker stopped mid-solve must not leave the sweep's process deadlocked


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` now: drop the queued chunks and terminate its workers. (``shutdown`` alone waits for the
    running chunks, and ProcessPoolExecutor has no public way to stop them before Python 3.14.)"""
    processes = list((pool._processes or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
    pool.shutdown(wait=True)


def _execute_dask(task: tuple[str, dict[str, Any], list[str] | None, dict[str, Any] | None], chunks: list[Chunk], workers: int,
                  scheduler: str | None) -> Iterable[list[dict[str, Any]]]:
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    base, fixed, models, design = task
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) if scheduler == "local" else None
    try:
        try:
            client = Client(cluster if cluster is not None else scheduler, timeout=30)
        except (OSError, TimeoutError) as exc:
            raise input_error("--scheduler", scheduler, f"cannot reach the Dask scheduler ({exc}); start it, or use --workers for local processes") from None
        try:
            futures = [client.submit(solve_chunk, base, fixed, chunk, models, design, pure=False) for chunk in chunks]
            for future in dask_completed(futures):
                try:
                    rows = future.result()
                except Exception as exc:  # every point's own failure is in its row: this is the cluster failing
                    reason = str(exc).splitlines()[0].rstrip(".") if str(exc) else type(exc).__name__
                    raise SolverError(f"the Dask cluster ({scheduler}) failed: {reason}. The finished points are kept: rerun the "
                                      "same command to resume") from None
                yield rows
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()
