"""Pre-solve checks (`synth check` / `synth validate`, `--strict`) and the structural diagnoses they anticipate."""

from __future__ import annotations

from pathlib import Path

import pytest

from synth import load_case, solve
from synth.cli import main

SINGLE = str(Path(__file__).resolve().parents[1] / "cases" / "teaching" / "single.yaml")


@pytest.mark.parametrize(("sets", "expected"), [
    (["launch_vehicles.small_rocket.payload_kg={geo: 100}"], ["launch_vehicles.small_rocket: reaches none of the candidate orbits",
                                                             "orbits.teach_leo: no candidate launch vehicle reaches its launch class 'leo'"]),
    (["options.radiator_temperatures_k=[360]"], ["compute.gpu_a: its coolant allows radiators at most 340 K but the coldest candidate runs at 360 K"]),
    (["solar_arrays.cells_a.cell_efficiency=0.6"], ["solar_arrays.cells_a.cell_efficiency: 0.6 is above the best laboratory cells"]),
    (["launch_vehicles.small_rocket.price_per_launch_usd=0", "launch_vehicles.small_rocket.price_per_kg_usd=2"], ["below the ~8 USD/kg propellant floor"]),
    (["options.radiator_temperatures_k=[420]"], ["420 K is above the 300-400 K range"]),
    (["batteries.cells.specific_energy_wh_per_kg=900"], ["900 Wh/kg is about twice today's best packs"]),
])
def test_warnings_and_strict_mode(sets, expected, capsys):
    args = [a for s in sets for a in ("--set", s)]
    assert main(["check", SINGLE, *args]) == 0
    err = capsys.readouterr().err
    for text in expected:
        assert text in err
    assert main(["validate", SINGLE, "--strict", *args]) == 2
    assert "error:" in capsys.readouterr().err


def test_shipped_and_teaching_cases_pass_strict_checks(capsys):
    root = Path(SINGLE).parents[1]
    cases = sorted(str(p) for p in [*root.glob("*.yaml"), *root.glob("teaching/*.yaml")])
    assert main(["check", "--strict", *cases]) == 0


def test_unreachable_orbit_is_a_structural_mass_launch_diagnosis():
    result = solve(load_case(SINGLE, overrides={"launch_vehicles.small_rocket.payload_kg": {"geo": 100}}))
    assert result.status.value == "infeasible"
    assert result.input_warnings  # the pre-solve check said so before solving
    assert any(d.budget == "mass/launch" and "no candidate launch vehicle reaches any candidate orbit" in d.message for d in result.diagnosis)


def test_uncoolable_compute_is_a_structural_thermal_diagnosis():
    result = solve(load_case(SINGLE, overrides={"options.radiator_temperatures_k": [360]}))
    assert result.status.value == "infeasible"
    assert any(d.budget == "thermal" and "at or below 340 K" in d.message for d in result.diagnosis)
