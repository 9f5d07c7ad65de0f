"""Plots of sweeps, Pareto fronts and break-even searches: files written, axes labelled with units."""

from __future__ import annotations

from pathlib import Path

import pytest

from synth.breakeven import find_breakeven, write_breakeven
from synth.cli import main
from synth.pareto import SECOND_OBJECTIVES, pareto_front
from synth.plot import label_for
from synth.sweep import load_sweep, run_sweep

ROOT = Path(__file__).resolve().parents[1]


def _check(paths, *texts):
    png, svg = paths
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    content = svg.read_text()
    for text in texts:
        assert text in content, text


@pytest.mark.slow
def test_sweep_pareto_and_breakeven_plots(tmp_path, capsys):
    run_sweep(load_sweep(ROOT / "cases/sweeps/teaching_grid.yaml"), tmp_path / "sweep", workers=1, quiet=True)
    assert main(["plot", str(tmp_path / "sweep")]) == 0
    _check([tmp_path / "sweep/sweep.png", tmp_path / "sweep/sweep.svg"], "(USD/kg)", "terrestrial data center", "cost per delivered EFLOP")
    pareto_front(ROOT / "cases/teaching/small_choice.yaml", SECOND_OBJECTIVES["launched_mass"], points=4, out_dir=tmp_path / "front")
    assert main(["plot", str(tmp_path / "front")]) == 0
    _check([tmp_path / "front/pareto.png", tmp_path / "front/pareto.svg"], "launched mass (t", "terrestrial")
    result = find_breakeven(ROOT / "cases/teaching/single.yaml", "terrestrial.teach_ground.electricity_usd_per_kwh", low=0.1, high=100)
    write_breakeven(result, tmp_path / "be")
    assert main(["plot", str(tmp_path / "be")]) == 0
    _check([tmp_path / "be/breakeven.png", tmp_path / "be/breakeven.svg"], "(USD/kWh)", "break-even")
    assert main(["plot", str(tmp_path)]) == 2  # nothing plottable there


def test_axis_units_from_field_names():
    assert label_for("launch_vehicles.starship.price_per_kg_usd") == "launch_vehicles.starship.price_per_kg_usd (USD/kg)"
    assert label_for("requirements.design_life_years").endswith("(years)")
    assert label_for("solar_arrays.silicon.cell_efficiency").endswith("(-)")


@pytest.mark.parametrize(("path", "unit"), [
    ("shielding.x.price_usd_per_kg", "USD/kg"), ("batteries.x.specific_energy_wh_per_kg", "Wh/kg"),
    ("orbits.x.atmospheric_density_kg_per_m3", "kg/m³"), ("orbits.x.earth_ir_w_per_m2", "W/m²"),
    ("shielding.x.mass_kg_per_kw", "kg/kW"), ("solar_arrays.x.stowed_volume_m3_per_m2", "m³/m²"),
    ("requirements.it_power_mw.max", "MW"), ("terrestrial.g.operations_usd_per_kw_year", "USD/kW/year"),
    ("compute.x.failures_per_krad", "per krad"),
])
def test_units_of_compound_field_names(path, unit):
    assert label_for(path) == f"{path} ({unit})"
