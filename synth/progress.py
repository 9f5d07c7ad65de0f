"""Progress of the long commands (sweep, pareto, report) on stderr, so stdout keeps only their results.

On a terminal: a tqdm bar (done/total, rate, time remaining, a note on the last step). Otherwise (a log file,
a pipe, CI): plain lines ``pareto: 3/25 points, 4 s: epsilon 2/23``, at most one a second besides the first and
the last, so a log stays readable. ``quiet`` shows nothing.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts steps of known (or growing) total; ``step`` after each one, ``close`` at the end (or use ``with``)."""

    LINE_INTERVAL_S = 1.0

    def __init__(self, desc: str, total: int = 0, unit: str = "steps", quiet: bool = False, initial: int = 0,
                 stream: TextIO | None = None) -> None:
        self.desc, self.total, self.unit, self.quiet, self.done = desc, total, unit, quiet, initial
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()
        self._last_line = -float("inf")
        self._bar = None
        if not quiet and self.stream.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, initial=initial, unit=unit, desc=desc, file=self.stream, dynamic_ncols=True)

    def add_total(self, steps: int) -> None:
        """More work was found (e.g. the report's sensitivity solves, counted once their inputs are known)."""
        self.total += steps
        if self._bar is not None:
            self._bar.total = self.total
            self._bar.refresh()

    def step(self, note: str = "", steps: int = 1) -> None:
        """``steps`` more are done; ``note`` says what (shown beside the count)."""
        self.done += steps
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.set_postfix_str(note, refresh=False)
            self._bar.update(steps)
            return
        now = time.perf_counter()
        if now - self._last_line >= self.LINE_INTERVAL_S or self.done >= self.total:
            self._last_line = now
            print(f"{self.desc}: {self.done}/{self.total} {self.unit}, {now - self.started:.0f} s" + (f": {note}" if note else ""),
                  file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
