"""Break-even search against a crossing derived by hand."""

from __future__ import annotations

import pytest

from synth.breakeven import find_breakeven
from synth.cli import main
from teaching import GROUND_ENERGY_KWH, GROUND_FLOP, TEACH, ground_cost_usd, hand_optimum

PARAM = "terrestrial.teach_ground.electricity_usd_per_kwh"


def test_breakeven_electricity_price_by_hand():
    """The orbital optimum does not depend on the ground's electricity price e; the ground's cost per EFLOP is
    linear in it. With R the orbital optimum (hand_optimum) and the ground figures of teach_ground for the same 20
    gpu_a modules (tests/teaching.py): R = (C_0 + E_kWh e) / F_ground  =>  e* = (R F_ground - C_0) / E_kWh."""
    e_star = (hand_optimum()["ratio"] * GROUND_FLOP / 1e18 - ground_cost_usd(0.0)) / GROUND_ENERGY_KWH
    result = find_breakeven(TEACH / "single.yaml", PARAM, low=0.1, high=100)
    assert result.found
    assert result.value == pytest.approx(e_star, rel=1e-4)
    assert result.bracket[0] <= e_star * (1 + 1e-4) and e_star * (1 - 1e-4) <= result.bracket[1]
    assert "orbit is cheaper per EFLOP than the terrestrial baseline above it" in result.message


def test_no_breakeven_in_range_is_said_plainly(tmp_path, capsys):
    assert main(["breakeven", str(TEACH / "single.yaml"), "--param", PARAM, "--range", "0.1:1", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "no break-even in range" in out and "widen --range" in out
    assert (tmp_path / "breakeven.json").exists() and (tmp_path / "probes.csv").exists()
    assert main(["breakeven", str(TEACH / "single.yaml"), "--param", "limits.nope", "--range", "1:2"]) == 2
