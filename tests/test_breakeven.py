"""Break-even search against a crossing derived by hand."""

from __future__ import annotations

import pytest

from synth.breakeven import find_breakeven
from synth.cli import main
from test_hand import CASES, YEAR_S, hand_optimum

PARAM = "terrestrial.teach_ground.electricity_usd_per_kwh"


def test_breakeven_electricity_price_by_hand():
    """The orbital optimum does not depend on the ground's electricity price e; the ground's cost per EFLOP is
    linear in it. With R the orbital optimum (test_hand) and the ground figures of teach_ground for the same 20
    gpu_a modules: R = (C_0 + E_kWh e) / F_ground  =>  e* = (R F_ground - C_0) / E_kWh."""
    energy_kwh = 20 * 1.2 * 8766 * 5
    fixed = 600_000 + 150_000 + 10 * 20_000 * 0.5 + energy_kwh * 0.5 / 1000 * 2 + 100 * 20 * 5
    flop_ground = 20 * 1e15 * 0.5 * 0.99 * 5 * YEAR_S
    e_star = (hand_optimum()["ratio"] * flop_ground / 1e18 - fixed) / energy_kwh
    result = find_breakeven(CASES / "single.yaml", PARAM, low=0.1, high=100)
    assert result.found
    assert result.value == pytest.approx(e_star, rel=1e-4)
    assert result.bracket[0] <= e_star * (1 + 1e-4) and e_star * (1 - 1e-4) <= result.bracket[1]
    assert "orbit is cheaper per EFLOP than the terrestrial baseline above it" in result.message


def test_no_breakeven_in_range_is_said_plainly(tmp_path, capsys):
    assert main(["breakeven", str(CASES / "single.yaml"), "--param", PARAM, "--range", "0.1:1", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "no break-even in range" in out and "widen --range" in out
    assert (tmp_path / "breakeven.json").exists() and (tmp_path / "probes.csv").exists()
    assert main(["breakeven", str(CASES / "single.yaml"), "--param", "limits.nope", "--range", "1:2"]) == 2
