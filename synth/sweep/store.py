"""Where a sweep's results live, point by point, so that no finished point is ever lost or mixed with another's.

``OUT/points.jsonl`` is the journal: one JSON line per finished point, appended and flushed to disk as each point
(or chunk of points) completes. A run killed at any moment leaves at most a torn last line, which is dropped
silently; the next run with the same command reads the journal, skips the finished points and appends the rest.
Any other line that is not a point of this sweep (not a JSON object, no whole-number ``point`` in range) is
skipped with a warning, and a row solved from other inputs (its ``fingerprint`` differs) is solved again.
``OUT/results.parquet`` and ``OUT/results.csv`` (one row per point, in point order) are rewritten atomically from
the journal at the end of every run, so a resumed sweep's tables equal an uninterrupted run's.
``OUT/sweep.json`` records the sweep spec, its fingerprint, what the journal held and provenance.
``OUT/.lock`` is held while a sweep runs (:func:`lock_directory`), so two sweeps never write one directory.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from synth.atomic import write_atomic
from synth.errors import input_error

#: files of the directory that must be regular files (a directory in their place is refused up front)
RECORDS = ("sweep.json", "points.jsonl", "results.parquet", "results.csv")
#: how every journal line starts (rows are ASCII JSON objects whose first key is the point number)
LINE_START = b'{"point": '
NOT_JSON = "is not valid JSON"
#: skipped journal lines named one by one in the warnings (the rest are counted)
SHOWN_SKIPPED_LINES = 5


@contextmanager
def lock_directory(directory: str | Path) -> Iterator[Path]:
    """Hold ``directory/.lock`` for the block (creating the directory); a second sweep on the same directory is
    refused with exit 2 instead of mixing its points in.

    The lock is a POSIX record lock (``fcntl.lockf``): the OS releases it when the process ends, however it ends,
    so it is never stale; and unlike ``flock`` it is not inherited by forked pool workers, so a worker outliving
    its sweep cannot keep the directory locked. (Record locks do not exclude two sweeps of one process.)
    """
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise input_error(directory, None, "--out must be a directory, and this is a file")
    path = directory / ".lock"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        raise input_error(path, None, f"cannot create the sweep's lock file: {exc.strerror}") from None
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):  # EAGAIN / EACCES: another process holds it
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise input_error(directory, None, f"another sweep is running in {directory} (pid {holder}); "
                                               "wait for it to finish, or use another --out directory") from None
        except OSError as exc:  # e.g. a file system without locks
            raise input_error(path, None, f"cannot lock the sweep's directory: {exc.strerror}") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield directory
    finally:
        os.close(fd)  # releases the lock


class SweepStore:
    """The journal and tables of one sweep in its output directory (hold :func:`lock_directory` while using it).

    ``points`` is the number of points of the sweep; ``retry_failed``: points recorded as not optimal are solved
    again (their new line supersedes the old). ``warnings`` says what the journal held that was not used.
    """

    def __init__(self, out_dir: str | Path, fingerprint: str, spec: dict[str, Any], points: int, retry_failed: bool = False) -> None:
        self.dir = Path(out_dir)
        for name in RECORDS:
            path = self.dir / name
            if path.exists() and not path.is_file():
                raise input_error(path, None, "is not a regular file (a directory?); a sweep keeps its records there: "
                                              "move it away, or use another --out directory")
        self.journal = self.dir / "points.jsonl"
        self.fingerprint = fingerprint
        meta_path = self.dir / "sweep.json"
        self.meta: dict[str, Any] = {"fingerprint": fingerprint, "spec": spec}
        if meta_path.exists():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):  # ValueError: bad JSON or bad UTF-8
                meta = None
            if not isinstance(meta, dict):
                raise input_error(meta_path, None, "is not a readable sweep record; delete the directory to start over")
            if meta.get("fingerprint") != fingerprint:
                raise input_error(self.dir, None, "this directory holds results of a different sweep (spec, base case or catalogs "
                                                  "changed); use another --out directory, or delete it to start over")
            self.meta.update({k: v for k, v in meta.items() if k not in self.meta})
        elif self.journal.exists():
            raise input_error(self.dir, None, "holds a journal (points.jsonl) without its sweep record; delete the directory to start over")
        else:  # record what this directory holds before the first point is written, so a kill can never mix sweeps
            write_atomic(meta_path, json.dumps(self.meta, indent=2, default=_jsonable) + "\n")
        self.warnings: list[str] = []
        self.skipped_lines = 0  # journal lines that are not a point of this sweep
        self.other_inputs = 0  # points whose only rows were solved from other inputs (another fingerprint)
        self._torn_at: int | None = None  # where a torn last line starts: cut off before the next append
        self._needs_newline = False  # the journal ends with a complete line but no newline
        self.rows: dict[int, dict[str, Any]] = self._read_journal(points)
        if retry_failed:
            self.rows = {i: r for i, r in self.rows.items() if r.get("status") == "optimal"}

    def _read_journal(self, points: int) -> dict[int, dict[str, Any]]:
        rows: dict[int, dict[str, Any]] = {}
        if not self.journal.exists():
            return rows
        try:
            data = self.journal.read_bytes()
        except OSError as exc:
            raise input_error(self.journal, None, f"cannot read the journal: {exc.strerror}") from None
        *lines, tail = data.split(b"\n")
        stale: set[int] = set()  # points of rows solved from other inputs
        numbered = list(enumerate(lines, 1)) + ([(len(lines) + 1, tail)] if tail else [])
        for number, line in numbered:
            if not line.strip():
                continue
            row, problem = _point_row(line, points)
            if problem == NOT_JSON and number > len(lines) and _torn(line):
                self._torn_at = len(data) - len(tail)  # a write cut short by a kill: that point is solved again
                continue
            if problem is not None:
                self.skipped_lines += 1
                if self.skipped_lines <= SHOWN_SKIPPED_LINES:
                    self.warnings.append(f"{self.journal}:{number}: skipped a line that {problem}")
            elif row is None:  # not reached: a line without a problem is a row
                continue
            elif row.get("fingerprint") != self.fingerprint:
                stale.add(row["point"])
            else:
                rows[row["point"]] = row  # a retried point's later line supersedes the earlier one
        if tail and self._torn_at is None:
            self._needs_newline = True
        if self.skipped_lines > SHOWN_SKIPPED_LINES:
            self.warnings.append(f"{self.journal}: and {self.skipped_lines - SHOWN_SKIPPED_LINES} more lines skipped")
        self.other_inputs = len(stale - set(rows))
        if self.other_inputs:
            self.warnings.append(f"{self.journal}: {self.other_inputs} point(s) were solved from other inputs (their rows' fingerprint "
                                 "is not this sweep's, or they have none); those points are solved again")
        return rows

    @property
    def done(self) -> set[int]:
        return set(self.rows)

    def append(self, rows: list[dict[str, Any]]) -> None:
        """Durably add finished points, each stamped with the sweep's fingerprint (one write and fsync per call)."""
        fresh = [{**r, "fingerprint": self.fingerprint} for r in rows if int(r["point"]) not in self.rows]
        if not fresh:
            return
        text = ("\n" if self._needs_newline else "") + "".join(json.dumps(row, default=_jsonable) + "\n" for row in fresh)
        self.rows.update((row["point"], row) for row in fresh)  # first: an interrupt during the write still tables them
        if self._torn_at is not None:
            os.truncate(self.journal, self._torn_at)
        with self.journal.open("a", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        self._torn_at, self._needs_newline = None, False

    def table(self) -> pd.DataFrame:
        frame = pd.DataFrame([self.rows[i] for i in sorted(self.rows)])
        last = ("wall_s", "highs_s", "lp_iterations", "rebuilt", "fingerprint")
        return frame.drop(columns=[*last, "traceback"], errors="ignore").assign(**{c: frame[c] for c in last if c in frame})

    def write_tables(self, meta: dict[str, Any]) -> list[Path]:
        """results.parquet, results.csv and sweep.json, each written atomically."""
        frame = self.table()
        self.meta.update(meta, journal_lines_skipped=self.skipped_lines, journal_points_from_other_inputs=self.other_inputs)
        paths = [self.dir / "results.parquet", self.dir / "results.csv", self.dir / "sweep.json"]
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        write_atomic(paths[0], buffer.getvalue())
        write_atomic(paths[1], frame.to_csv(index=False))
        write_atomic(paths[2], json.dumps(self.meta, indent=2, default=_jsonable) + "\n")
        return paths


def _point_row(line: bytes, points: int) -> tuple[dict[str, Any] | None, str | None]:
    """The row a journal line holds, or None and why it holds none."""
    try:
        row = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "is not UTF-8 text"
    except json.JSONDecodeError:
        return None, NOT_JSON
    if not isinstance(row, dict):
        return None, f"is not a JSON object (a {type(row).__name__})"
    point = row.get("point")
    if type(point) is not int:
        return None, "has no whole-number point" if point is None else f"has a point that is not a whole number ({point!r})"
    if not 0 <= point < points:
        return None, f"names point {point}, outside this sweep (points 0 to {points - 1})"
    return row, None


def _torn(line: bytes) -> bool:
    """Whether an unterminated last line is the start of a line this store writes (a write cut short by a kill)."""
    return line.startswith(LINE_START) or LINE_START.startswith(line)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    return str(value)
