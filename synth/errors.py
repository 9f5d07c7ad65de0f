"""Typed errors and the CLI exit codes they map to.

Every failure a user can cause is a :class:`SynthError` subclass carrying a message that names the file, the
field (and line where known) and what is allowed. The CLI prints ``str(error)`` and exits with ``exit_code``;
it never shows a traceback for these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Process exit codes of the ``synth`` command (documented in the README)."""

    OK = 0
    BAD_INPUT = 2
    INFEASIBLE = 3
    SOLVER_FAILURE = 4


@dataclass
class InputProblem:
    """One problem found in a user file: where it is and what is allowed."""

    file: Path | str | None
    field: str | None
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = str(self.file) if self.file else "<input>"
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f": field '{self.field}'"
        return f"{where}: {self.message}"


class SynthError(Exception):
    """Base class of every error synth reports to a user without a traceback."""

    exit_code: ExitCode = ExitCode.SOLVER_FAILURE


@dataclass
class InputError(SynthError):
    """Bad input: YAML syntax, missing/unknown field, wrong unit, value out of range, unknown catalog name."""

    problems: list[InputProblem] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.BAD_INPUT

    def __str__(self) -> str:
        head = "invalid input" if len(self.problems) == 1 else f"invalid input ({len(self.problems)} problems)"
        return head + ":\n" + "\n".join(f"  {p}" for p in self.problems)


def input_error(file: Path | str | None, field: str | None, message: str, line: int | None = None) -> InputError:
    """Shorthand for an :class:`InputError` with a single problem."""
    return InputError([InputProblem(file, field, message, line)])


class SolverError(SynthError):
    """The solver failed or found no solution within its limits."""

    exit_code = ExitCode.SOLVER_FAILURE
