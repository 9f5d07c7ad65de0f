"""Run a sweep: in this process, on local worker processes, or on a Dask cluster; resumable; with progress.

Points are cut into contiguous chunks (neighbouring points warm-start each other) and handed to workers that
keep one persistent model each (:class:`~synth.sweep.worker.SweepWorker`). Finished chunks are appended to the
journal as they complete (:mod:`synth.sweep.store`); a point that fails is recorded with its reason and the
sweep goes on.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any, Callable, Iterable

import pandas as pd

from synth.result import provenance
from synth.sweep.spec import Sweep
from synth.sweep.store import SweepStore
from synth.sweep.worker import SweepWorker

Chunk = list[tuple[int, dict[str, float]]]

# One worker per (base case, fixed overrides) per process: built once, reused by every chunk it is given.
_WORKERS: dict[str, SweepWorker] = {}


def solve_chunk(base_path: str, fixed: dict[str, Any], chunk: Chunk) -> list[dict[str, Any]]:
    """Solve a chunk of points in this process (the task run by pool and Dask workers)."""
    key = json.dumps([base_path, fixed], sort_keys=True, default=str)
    worker = _WORKERS.get(key)
    if worker is None:
        worker = _WORKERS[key] = SweepWorker(base_path, fixed)
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
    """
    started = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    store = SweepStore(out_dir, sweep.fingerprint(), sweep.spec.model_dump(mode="json", by_alias=True), retry_failed)
    todo = [(i, p) for i, p in enumerate(sweep.points) if i not in store.done]
    base, fixed = str(sweep.base_path.resolve()), sweep.spec.overrides
    backend = "dask" if scheduler else ("process" if workers > 1 else "serial")
    progress = _progress(len(sweep.points), len(store.done), quiet)
    interrupted = False
    try:
        for rows in _execute(backend, base, fixed, chunks_of(todo, workers, chunk_size), workers, scheduler):
            store.append(rows)
            progress(rows)
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        progress(None)
        frame = store.table()
        failures = int((frame["status"] != "optimal").sum()) if "status" in frame else 0
        store.write_tables({"name": sweep.spec.name, "base_case": str(sweep.base_path), "points": len(sweep.points),
                            "finished": len(store.done), "failures": failures, "interrupted": interrupted,
                            "backend": backend, "workers": workers, "scheduler": scheduler,
                            "wall_s_this_run": time.perf_counter() - started, "provenance": provenance()})
    return frame


def _execute(backend: str, base: str, fixed: dict[str, Any], chunks: list[Chunk], workers: int,
             scheduler: str | None) -> Iterable[list[dict[str, Any]]]:
    if backend == "serial":
        worker = SweepWorker(base, fixed)
        try:
            for chunk in chunks:
                for index, values in chunk:
                    yield [worker.solve_point(index, values)]  # one journal write per point
        finally:
            worker.close()
    elif backend == "process":
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(solve_chunk, base, fixed, chunk) for chunk in chunks]
            try:
                for future in as_completed(futures):
                    yield future.result()
            finally:
                for future in futures:
                    future.cancel()
    else:
        yield from _execute_dask(base, fixed, chunks, workers, scheduler)


def _execute_dask(base: str, fixed: dict[str, Any], chunks: list[Chunk], workers: int, scheduler: str | None):
    from dask.distributed import Client, LocalCluster, as_completed as dask_completed

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) if scheduler == "local" else None
    try:
        client = Client(cluster if cluster is not None else scheduler, timeout=30)
    except (OSError, TimeoutError) as exc:
        from synth.errors import input_error

        raise input_error("--scheduler", scheduler, f"cannot reach the Dask scheduler ({exc}); start it, or use --workers for local processes") from None
    try:
        futures = [client.submit(solve_chunk, base, fixed, chunk, pure=False) for chunk in chunks]
        for future in dask_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _progress(total: int, done: int, quiet: bool) -> Callable[[list[dict[str, Any]] | None], None]:
    """A tqdm bar with points done, failures, rate and time remaining; ``None`` closes it."""
    if quiet:
        return lambda rows: None
    from tqdm import tqdm

    bar = tqdm(total=total, initial=done, unit="pt", desc="sweep", dynamic_ncols=True)
    failures = 0

    def update(rows):
        nonlocal failures
        if rows is None:
            bar.close()
            return
        failures += sum(1 for r in rows if r.get("status") != "optimal")
        bar.set_postfix(failures=failures, refresh=False)
        bar.update(len(rows))

    return update
