"""Where a sweep's results live, point by point, so that no finished point is ever lost.

``OUT/points.jsonl`` is the journal: one JSON line per finished point, appended and flushed to disk as each point
(or chunk of points) completes. A run killed at any moment leaves at most a torn last line, which is ignored; the
next run with the same command reads the journal, skips the finished points and appends the rest.
``OUT/results.parquet`` and ``OUT/results.csv`` (one row per point, in point order) are rewritten atomically from
the journal at the end of every run, so a resumed sweep's tables equal an uninterrupted run's.
``OUT/sweep.json`` records the sweep spec, its fingerprint and provenance.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from synth.errors import input_error
from synth.atomic import write_atomic


class SweepStore:
    def __init__(self, out_dir: str | Path, fingerprint: str, spec: dict[str, Any], retry_failed: bool = False) -> None:
        """``retry_failed``: points recorded as not optimal are solved again (their new line supersedes the old)."""
        self.dir = Path(out_dir)
        if self.dir.exists() and not self.dir.is_dir():
            raise input_error(self.dir, None, "--out must be a directory, and this is a file")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.journal = self.dir / "points.jsonl"
        meta_path = self.dir / "sweep.json"
        self.meta: dict[str, Any] = {"fingerprint": fingerprint, "spec": spec}
        if meta_path.exists():
            try:
                meta = json.loads(meta_path.read_text())
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise input_error(meta_path, None, "is not a readable sweep record; delete the directory to start over") from None
            if meta.get("fingerprint") != fingerprint:
                raise input_error(self.dir, None, "this directory holds results of a different sweep (spec, base case or catalogs "
                                                  "changed); use another --out directory, or delete it to start over")
            self.meta.update({k: v for k, v in meta.items() if k not in self.meta})
        elif self.journal.exists():
            raise input_error(self.dir, None, "holds a journal (points.jsonl) without its sweep record; delete the directory to start over")
        else:  # record what this directory holds before the first point is written, so a kill can never mix sweeps
            write_atomic(meta_path, json.dumps(self.meta, indent=2, default=_jsonable) + "\n")
        self.rows: dict[int, dict[str, Any]] = self._read_journal()
        if retry_failed:
            self.rows = {i: r for i, r in self.rows.items() if r.get("status") == "optimal"}

    def _read_journal(self) -> dict[int, dict[str, Any]]:
        rows: dict[int, dict[str, Any]] = {}
        if not self.journal.exists():
            return rows
        with self.journal.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line torn by a kill: that point is simply solved again
                rows[int(row["point"])] = row  # a retried point's later line supersedes the earlier one
        return rows

    @property
    def done(self) -> set[int]:
        return set(self.rows)

    def append(self, rows: list[dict[str, Any]]) -> None:
        """Durably add finished points (one write and fsync per call)."""
        fresh = [r for r in rows if int(r["point"]) not in self.rows]
        if not fresh:
            return
        buffer = io.StringIO()
        for row in fresh:
            buffer.write(json.dumps(row, default=_jsonable) + "\n")
            self.rows[int(row["point"])] = row
        with self.journal.open("a", encoding="utf-8") as handle:
            if handle.tell() > 0 and not self._ends_with_newline():
                handle.write("\n")  # after a torn line, start on a fresh one
            handle.write(buffer.getvalue())
            handle.flush()
            os.fsync(handle.fileno())

    def _ends_with_newline(self) -> bool:
        with self.journal.open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def table(self) -> pd.DataFrame:
        frame = pd.DataFrame([self.rows[i] for i in sorted(self.rows)])
        return frame.drop(columns=["wall_s", "highs_s", "lp_iterations", "rebuilt", "traceback"], errors="ignore").assign(
            **{c: frame[c] for c in ("wall_s", "highs_s", "lp_iterations", "rebuilt") if c in frame})

    def write_tables(self, meta: dict[str, Any]) -> list[Path]:
        """results.parquet, results.csv and sweep.json, each written atomically."""
        frame = self.table()
        self.meta.update(meta)
        paths = [self.dir / "results.parquet", self.dir / "results.csv", self.dir / "sweep.json"]
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        write_atomic(paths[0], buffer.getvalue())
        write_atomic(paths[1], frame.to_csv(index=False))
        write_atomic(paths[2], json.dumps(self.meta, indent=2, default=_jsonable) + "\n")
        return paths


def _jsonable(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    return str(value)

