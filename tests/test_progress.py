"""Progress of the long commands (issue 8 item 10): `synth pareto`, `synth report` and `synth sweep` report their
steps on stderr (stdout keeps the results), and --quiet silences them.

Commands run in-process through ``synth.cli.main``; capsys's stderr is not a terminal, so progress comes as
plain lines ("pareto: 4/4 points, ..."), the first and the last step always shown.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from synth.cli import main
from synth.progress import Progress

ROOT = Path(__file__).resolve().parents[1]
TEACH = ROOT / "cases" / "teaching"
GRID = ROOT / "cases" / "sweeps" / "teaching_grid.yaml"


def test_pareto_reports_each_epsilon_point_on_stderr_and_quiet_silences_it(tmp_path, capsys):
    command = ["pareto", str(TEACH / "small_choice.yaml"), "--points", "4", "--out", str(tmp_path / "front")]
    assert main(command) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    # 4 points: the two payoff-table ends, then the 2 epsilon values between them
    assert lines[0].startswith("pareto: 1/4 points") and lines[0].endswith("payoff table: least cost per EFLOP")
    assert lines[-1].startswith("pareto: 4/4 points") and lines[-1].endswith("epsilon 2 of 2")
    assert "non-dominated points" in out and "pareto:" not in out
    assert main([*command, "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")


@pytest.mark.slow
def test_report_reports_solves_break_even_and_sensitivity_on_stderr_and_quiet_silences_it(tmp_path, capsys):
    command = ["report", str(TEACH / "single.yaml"), "--out", str(tmp_path / "report")]
    assert main(command) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    # one solve; 7 re-optimized probes of what would have to be true (each lever's far end, none crosses; the cost of
    # capital is already at the ground's, 0 %); one break-even search; 6 inputs x (low, high) for the tornado: 21 steps
    assert lines[0].startswith("report: 1/1 solves") and lines[0].endswith("teaching_single: solved")
    assert lines[-1].startswith("report: 21/21 solves") and lines[-1].endswith("teaching_single: sensitivity to failure rate, x2")
    assert out.startswith("wrote ") and "report:" not in out
    assert main([*command, "--quiet", "--no-analyses"]) == 0
    assert capsys.readouterr() == ("", "")


def test_sweep_progress_lines_go_to_stderr(tmp_path, capsys):
    assert main(["sweep", str(GRID), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines()[-1].startswith("sweep: 12/12 points") and "12 of 12 points done" in out and "sweep:" not in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_progress_is_a_bar_that_can_grow():
    terminal = _Terminal()
    with Progress("report", 2, "solves", stream=terminal) as progress:
        progress.step("first")
        progress.add_total(2)  # more work found: 4 in all
        progress.step("second", steps=3)
    shown = terminal.getvalue()
    assert "\r" in shown and "4/4" in shown and "second" in shown
    quiet = _Terminal()
    with Progress("report", 2, quiet=True, stream=quiet) as progress:
        progress.step()
    assert quiet.getvalue() == ""
