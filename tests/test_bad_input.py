"""Bad input is reported, never crashed on: exit code 2, the file, the field path, the line, and what is allowed.

Every bad file is a small valid case (``extends`` the teaching single case, with the teaching catalogs) with one
thing corrupted. The line the error must point at is marked ``#!`` in the file text. Each case runs through both
``synth validate`` and ``synth solve`` in-process (``synth.cli.main``); one test runs the real console command.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from synth.cli import main

ROOT = Path(__file__).resolve().parents[1]
TEACHING = ROOT / "cases" / "teaching"
SINGLE = TEACHING / "single.yaml"
TEACH_MODELS = TEACHING / "models"

# A valid case: the single teaching case, with its catalogs named by absolute path (the case lives in tmp_path).
HEAD = f'name: bad_case\nextends: "{SINGLE}"\ncatalog_dir: "{TEACH_MODELS}"\n'

# A case without extends, complete except for `requirements`.
NO_REQUIREMENTS = f"""name: no_requirements
catalog_dir: "{TEACH_MODELS}"
terrestrial: teach_ground
options:
  orbits: [teach_leo]
  launch_vehicles: [small_rocket]
  compute: [gpu_a]
  solar_arrays: [cells_a]
  radiators: [panel]
  batteries: [cells]
  buses: [small_bus]
  shielding: [none]
"""

NUMBER_EXPECTED = re.compile(r"(?i)number|integer|boolean")
FINITE_EXPECTED = re.compile(r"(?i)finite|\bnan\b|infinit")


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def marked_line(text: str) -> int | None:
    """1-based number of the line marked '#!', or None when nothing is marked."""
    for number, line in enumerate(text.splitlines(), start=1):
        if "#!" in line:
            return number
    return None


def problem_message(err: str, path: Path | str, field: str | None, line: int | None) -> str:
    """The message of the problem reported as ``path[:line][: field 'field']: message``; fail if there is none.

    ``line=None`` accepts a report with or without a line number (for fields that are not written in the file).
    """
    assert "Traceback" not in err, err
    assert "internal error" not in err, err
    where = re.escape(str(path)) + (rf":{line}" if line is not None else r"(?::\d+)?")
    if field is not None:
        where += rf": field '{re.escape(field)}'"
    match = re.search(where + r": (?P<message>.+)", err)
    assert match, f"expected a problem at {str(path)}{':' + str(line) if line else ''} field {field!r}; stderr was:\n{err}"
    return match.group("message")


def assert_fragments(message: str, fragments: tuple[str | re.Pattern[str], ...]) -> None:
    for fragment in fragments:
        if isinstance(fragment, re.Pattern):
            assert fragment.search(message), f"{fragment.pattern!r} not in message {message!r}"
        else:
            assert fragment in message, f"{fragment!r} not in message {message!r}"


def assert_bad_input(capsys, path: Path, field: str | None, line: int | None, fragments, extra_args=()) -> None:
    """Both `validate` and `solve` exit 2 and report the problem; nothing is printed on stdout."""
    for command in ("validate", "solve"):
        rc, out, err = run(capsys, [command, str(path), *extra_args])
        assert rc == 2, f"synth {command} exited {rc}, expected 2 (bad input)\nstdout:\n{out}\nstderr:\n{err}"
        assert out == "", f"synth {command} printed on stdout for bad input:\n{out}"
        assert err.startswith("synth: invalid input"), err
        assert_fragments(problem_message(err, path, field, line), fragments)


# (id, file text, field path, fragments the message must contain). The expected line is the one marked '#!'.
CASE_FILE_PROBLEMS = [
    ("yaml_syntax", HEAD + "limits:\n  max_launches: 3\n   bad_indent: 4  #!\nrequirements:\n  design_life_years: 5\n",
     None, ("YAML syntax error",)),
    ("missing_required", NO_REQUIREMENTS, "requirements", ("required field is missing",)),
    ("unknown_top_level_field", HEAD + "limit: {max_launches: 3}  #!\n", "limit", ("unknown field", "synth schema")),
    ("unknown_nested_field", HEAD + "requirements:\n  desing_life_years: 5  #!\n", "requirements.desing_life_years",
     ("unknown field", "synth schema")),
    ("duplicate_key", HEAD + "limits:\n  max_launches: 3\n  max_launches: 4  #!\n", "limits.max_launches", ("duplicate key",)),
    ("wrong_unit", HEAD + 'requirements:\n  design_life_years: "5 kg"  #!\n', "requirements.design_life_years",
     ("wrong unit", "'5 kg'", "year")),
    ("missing_unit", HEAD + 'requirements:\n  design_life_years: "5"  #!\n', "requirements.design_life_years",
     ("no unit", "year")),
    ("unknown_unit", HEAD + 'requirements:\n  design_life_years: "5 fortnights_x"  #!\n', "requirements.design_life_years",
     ("unknown unit", "year")),
    ("negative_area", HEAD + "limits:\n  max_array_area_m2: -5  #!\n", "limits.max_array_area_m2", ("greater than 0",)),
    ("min_above_max", HEAD + "requirements:\n  it_power_mw: {min: 0.05, max: 0.02}  #!\n", "requirements.it_power_mw",
     ("above max",)),
    ("override_out_of_range", HEAD + "overrides:\n  radiators:\n    panel:\n      emissivity: 1.5  #!\n",
     "overrides.radiators.panel.emissivity", ("less than or equal to 1",)),
    ("override_unknown_field", HEAD + "overrides:\n  radiators:\n    panel:\n      emisivity: 0.5  #!\n",
     "overrides.radiators.panel.emisivity", ("unknown field",)),
    # issue 11 physics settings: radiator environment, coating degradation, orbit settings, battery cycle life
    ("coating_loss_out_of_range", HEAD + "overrides:\n  radiators:\n    panel:\n      emissivity_loss_per_year: 0.5  #!\n",
     "overrides.radiators.panel.emissivity_loss_per_year", ("less than or equal to 0.2",)),
    ("coating_loss_past_zero", HEAD + "overrides:\n  radiators:\n    panel:\n      emissivity_loss_per_year: 0.19  #!\n",
     "overrides.radiators.panel.emissivity_loss_per_year", ("end-of-life emissivity of -0.05", "at least 0.01")),
    ("absorptivity_rise_past_one", HEAD + "overrides:\n  radiators:\n    panel:\n      solar_absorptivity_rise_per_year: 0.2  #!\n",
     "overrides.radiators.panel.solar_absorptivity_rise_per_year", ("end-of-life solar absorptivity of 1.2", "at most 1")),
    ("space_view_factor_zero", HEAD + "overrides:\n  radiators:\n    panel:\n      space_view_factor: 0  #!\n",
     "overrides.radiators.panel.space_view_factor", ("greater than 0",)),
    ("ir_absorptivity_above_one", HEAD + "overrides:\n  radiators:\n    panel:\n      ir_absorptivity: 1.2  #!\n",
     "overrides.radiators.panel.ir_absorptivity", ("less than or equal to 1",)),
    ("solar_constant_out_of_range", HEAD + "overrides:\n  orbits:\n    teach_leo:\n      solar_constant_w_per_m2: 5000  #!\n",
     "overrides.orbits.teach_leo.solar_constant_w_per_m2", ("less than or equal to 1500",)),
    ("earth_view_factor_negative", HEAD + "overrides:\n  orbits:\n    teach_leo:\n      radiator_earth_view_factor: -0.1  #!\n",
     "overrides.orbits.teach_leo.radiator_earth_view_factor", ("greater than or equal to 0",)),
    ("eclipses_per_year_negative", HEAD + "overrides:\n  orbits:\n    teach_leo:\n      eclipses_per_year: -1  #!\n",
     "overrides.orbits.teach_leo.eclipses_per_year", ("greater than or equal to 0",)),
    ("cycle_exponent_zero", HEAD + "overrides:\n  batteries:\n    cells: {cycle_life_cycles: 1000, cycle_life_reference_dod: 0.5, "
     "cycle_life_exponent: 0}  #!\n", "overrides.batteries.cells.cycle_life_exponent", ("greater than 0",)),
    ("cycle_law_incomplete", HEAD + "catalog:\n  batteries:\n    cells:  #!\n      source: teaching figures\n      specific_energy_wh_per_kg: 200\n"
     "      depth_of_discharge: 0.5\n      round_trip_efficiency: 0.9\n      price_usd_per_kwh: 1000\n      cycle_life_cycles: 1000\n",
     "catalog.batteries.cells", ("cycle_life_reference_dod and cycle_life_exponent together",)),
    ("radiator_below_sink", HEAD + "options:\n  radiator_temperatures_k: [150]  #!\n", "options.radiator_temperatures_k",
     ("150.0 K", "sink temperature", "allowed: temperatures above")),
    ("unknown_option_name", HEAD + "options:\n  orbits: [teach_le0]  #!\n", "options.orbits[0]",
     ("'teach_le0'", "known:", "teach_leo, teach_sso")),
    ("unknown_option_name_second", HEAD + "options:\n  orbits:\n    - teach_leo\n    - nowhere  #!\n", "options.orbits[1]",
     ("'nowhere'", "known:", "teach_leo, teach_sso")),
    ("unknown_terrestrial", HEAD + "terrestrial: moon_base  #!\n", "terrestrial", ("'moon_base'", "known:", "teach_ground")),
    # issue 11: the economics fields, each out of its range
    ("wacc_one", HEAD + "economics:\n  discount_rate: 1.0  #!\n", "economics.discount_rate", ("less than 1",)),
    ("launch_insurance_high", HEAD + "economics:\n  launch_insurance_rate: 0.9  #!\n", "economics.launch_insurance_rate",
     ("less than or equal to 0.5",)),
    ("in_orbit_insurance_negative", HEAD + "economics:\n  in_orbit_insurance_rate_per_year: -0.01  #!\n",
     "economics.in_orbit_insurance_rate_per_year", ("greater than or equal to 0",)),
    ("contingency_high", HEAD + "economics:\n  cost_contingency: 3  #!\n", "economics.cost_contingency", ("less than or equal to 2",)),
    ("integration_wrap_negative", HEAD + "economics:\n  integration_fraction_of_hardware: -1  #!\n",
     "economics.integration_fraction_of_hardware", ("greater than or equal to 0",)),
    ("mass_growth_unknown_item", HEAD + "economics:\n  mass_growth_allowance: {computer: 0.1}  #!\n", "economics.mass_growth_allowance",
     ("'computer'", "allowed:", "default", "compute")),
    ("mass_growth_above_one", HEAD + "economics:\n  mass_growth_allowance: {default: 1.5}  #!\n", "economics.mass_growth_allowance",
     ("from 0 to 1",)),
    ("time_to_power_long", HEAD + "economics:\n  time_to_power_years: 40  #!\n", "economics.time_to_power_years", ("less than or equal to 30",)),
    ("orbit_availability_zero", HEAD + "requirements:\n  orbit_availability: 0  #!\n", "requirements.orbit_availability",
     ("greater than or equal to 0.01",)),
    ("roadmap_demand_negative", HEAD + "roadmap:\n  demand_mw: {2030: -5}  #!\n", "roadmap.demand_mw.2030", ("greater than or equal to 0",)),
    ("roadmap_demand_both", HEAD + "roadmap:  #!\n  demand_mw: {2030: 5}\n  demand_pflops: {2030: 5}\n", "roadmap", ("not both",)),
    ("roadmap_learning_error_zero", HEAD + "roadmap:\n  learning_error: 0  #!\n", "roadmap.learning_error", ("greater than 0",)),
    ("unknown_token_workload", HEAD + "token_workloads: [gpt_99]  #!\n", "token_workloads[0]", ("'gpt_99'", "known:", "llama3_70b_inference")),
    ("unknown_workload", HEAD + "workload: gpt_99  #!\n", "workload", ("'gpt_99'", "known:", "batch")),
    ("workload_shares_not_one", HEAD + "workload: {batch: 0.5, llama3_70b_inference: 0.4}  #!\n", "workload", ("sum to 0.9",)),
    ("bus_rated_life_zero", HEAD + "overrides:\n  buses:\n    small_bus:\n      rated_life_years: 0  #!\n",
     "overrides.buses.small_bus.rated_life_years", ("greater than 0",)),
    ("ground_wacc_override", HEAD + "overrides:\n  terrestrial:\n    teach_ground:\n      wacc: 1.2  #!\n",
     "overrides.terrestrial.teach_ground.wacc", ("less than 1",)),
    ("ground_field_of_another_supply", HEAD + "overrides:\n  terrestrial:\n    teach_ground:\n      fuel_usd_per_mmbtu: 3  #!\n",
     "overrides.terrestrial.teach_ground.fuel_usd_per_mmbtu", ("does not use fuel_usd_per_mmbtu",)),
    ("unknown_override_entry", HEAD + "overrides:\n  radiators:\n    panell: {emissivity: 0.5}  #!\n",
     "overrides.radiators.panell", ("'panell'", "known:", "panel")),
    ("unknown_override_catalog", HEAD + "overrides:\n  radiatorz: {panel: {emissivity: 0.5}}  #!\n",
     "overrides.radiatorz", ("unknown catalog", "allowed:", "radiators")),
    ("extends_missing_file", "name: orphan\nextends: nothere.yaml  #!\n", "extends", ("not found", "nothere.yaml")),
    ("empty_file", "", None, ("mapping",)),
    ("comment_only_file", "# nothing here\n", None, ("mapping",)),
    ("top_level_list", "- name: a\n- name: b\n", None, ("mapping",)),
    ("top_level_scalar", "just a string\n", None, ("mapping",)),
    ("nan_quantity_field", HEAD + "requirements:\n  design_life_years: .nan  #!\n", "requirements.design_life_years",
     (FINITE_EXPECTED,)),
    ("nan_plain_number_field", HEAD + "economics:\n  nre_usd: .nan  #!\n", "economics.nre_usd", (FINITE_EXPECTED,)),
    ("inf_quantity_field", HEAD + "limits:\n  max_array_area_m2: .inf  #!\n", "limits.max_array_area_m2",
     (FINITE_EXPECTED,)),
    ("inf_plain_number_field", HEAD + "economics:\n  nre_usd: .inf  #!\n", "economics.nre_usd", (FINITE_EXPECTED,)),
    ("bool_for_quantity", HEAD + "requirements:\n  design_life_years: yes  #!\n", "requirements.design_life_years",
     (NUMBER_EXPECTED,)),
    ("bool_for_integer", HEAD + "limits:\n  max_launches: true  #!\n", "limits.max_launches", (NUMBER_EXPECTED,)),
    ("bool_for_number", HEAD + "economics:\n  nre_usd: true  #!\n", "economics.nre_usd", (NUMBER_EXPECTED,)),
    ("bool_in_range", HEAD + "requirements:\n  it_power_mw: {min: true, max: 0.02}  #!\n", "requirements.it_power_mw.min",
     (NUMBER_EXPECTED,)),
]


@pytest.mark.parametrize("text, field, fragments", [p[1:] for p in CASE_FILE_PROBLEMS],
                         ids=[p[0] for p in CASE_FILE_PROBLEMS])
def test_bad_case_file(tmp_path, capsys, text, field, fragments):
    path = tmp_path / "case.yaml"
    path.write_text(text)
    assert_bad_input(capsys, path, field, marked_line(text), fragments)


def test_yaml_syntax_error_points_at_the_bad_line(tmp_path, capsys):
    text = HEAD + 'description: "an unclosed quote  #!\nrequirements:\n  design_life_years: 5\n'
    path = tmp_path / "case.yaml"
    path.write_text(text)
    rc, out, err = run(capsys, ["validate", str(path)])
    assert rc == 2
    message = problem_message(err, path, None, None)
    assert "YAML syntax error" in message
    assert re.search(re.escape(str(path)) + r":\d+: YAML syntax error", err), "the syntax error has no line number"


def test_extends_cycle(tmp_path, capsys):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("name: a\nextends: b.yaml\n")
    b.write_text("name: b\nextends: a.yaml\n")
    for command in ("validate", "solve"):
        rc, out, err = run(capsys, [command, str(a)])
        assert rc == 2, err
        assert "Traceback" not in err and out == ""
        assert "cycle" in err
        # the `extends` field is written on line 2 of both files: the report must point at it
        assert re.search(rf"(?:{re.escape(str(a))}|{re.escape(str(b))}):2: field 'extends': .*cycle", err), err


def test_extends_itself(tmp_path, capsys):
    path = tmp_path / "self.yaml"
    path.write_text("name: me\nextends: self.yaml\n")
    rc, out, err = run(capsys, ["validate", str(path)])
    assert rc == 2
    assert "cycle" in problem_message(err, path, "extends", None)


def test_missing_case_file(tmp_path, capsys):
    path = tmp_path / "does_not_exist.yaml"
    assert_bad_input(capsys, path, None, None, ("file not found",))


def test_problems_in_base_case_name_the_base_file(tmp_path, capsys):
    """A bad value inherited through `extends` is reported in the file that wrote it, with its line."""
    base = tmp_path / "base.yaml"
    base_text = HEAD + "limits:\n  max_radiator_area_m2: -1  #!\n"
    base.write_text(base_text)
    top = tmp_path / "top.yaml"
    top.write_text("name: top\nextends: base.yaml\n")
    for command in ("validate", "solve"):
        rc, out, err = run(capsys, [command, str(top)])
        assert rc == 2 and out == ""
        message = problem_message(err, base, "limits.max_radiator_area_m2", marked_line(base_text))
        assert "greater than 0" in message


def test_line_of_a_block_mapping_key(tmp_path, capsys):
    """A field whose value is a block mapping is reported at the line of its key, not at its first child's."""
    text = HEAD + "limit:  #!\n  max_launches: 3\n"
    path = tmp_path / "case.yaml"
    path.write_text(text)
    assert_bad_input(capsys, path, "limit", marked_line(text), ("unknown field",))


def test_several_problems_are_all_reported(tmp_path, capsys):
    text = HEAD + "limits:\n  max_array_area_m2: -5\n  max_radiator_area_m2: -6\nrequirements:\n  desing_life_years: 5\n"
    path = tmp_path / "case.yaml"
    path.write_text(text)
    rc, _, err = run(capsys, ["validate", str(path)])
    assert rc == 2
    assert "3 problems" in err
    problem_message(err, path, "limits.max_array_area_m2", 5)
    problem_message(err, path, "limits.max_radiator_area_m2", 6)
    problem_message(err, path, "requirements.desing_life_years", 8)


# ---- catalog files ----------------------------------------------------------------------------------------------

# (id, catalog file, text to replace, replacement (marked '#!'), field path, fragments)
CATALOG_PROBLEMS = [
    ("efficiency_above_one", "solar_arrays.yaml", "cell_efficiency: 0.25", "cell_efficiency: 1.5  #!",
     "cells_a.cell_efficiency", ("less than or equal to 1",)),
    ("catalog_wrong_unit", "radiators.yaml", "areal_mass_kg_per_m2: 5.0", 'areal_mass_kg_per_m2: "5 kg"  #!',
     "panel.areal_mass_kg_per_m2", ("wrong unit", "kg/m**2")),
    ("catalog_unknown_field", "compute.yaml", "  power_w: 1000\n", "  power_w: 1000\n  powr_w: 5  #!\n",
     "gpu_a.powr_w", ("unknown field",)),
    ("catalog_missing_source", "orbits.yaml",
     '  source: "teaching figures (round numbers for hand derivation), not a real orbit"\n', "",
     "teach_leo.source", ("required field is missing",)),
]


@pytest.fixture
def teaching_copy(tmp_path) -> Path:
    models = tmp_path / "models"
    shutil.copytree(TEACH_MODELS, models)
    return models


@pytest.mark.parametrize("filename, old, new, field, fragments", [p[1:] for p in CATALOG_PROBLEMS],
                         ids=[p[0] for p in CATALOG_PROBLEMS])
def test_bad_catalog_file(tmp_path, capsys, teaching_copy, filename, old, new, field, fragments):
    catalog = teaching_copy / filename
    text = catalog.read_text()
    assert old in text
    text = text.replace(old, new, 1)
    catalog.write_text(text)
    line = marked_line(text)
    case = tmp_path / "case.yaml"
    case.write_text(f'name: bad_catalog\nextends: "{SINGLE}"\ncatalog_dir: models\n')
    for command in ("validate", "solve"):
        rc, out, err = run(capsys, [command, str(case)])
        assert rc == 2, f"synth {command} exited {rc}\n{out}\n{err}"
        assert out == ""
        assert_fragments(problem_message(err, catalog, field, line), fragments)
    rc, out, err = run(capsys, ["catalog", "--models", str(teaching_copy)])
    assert rc == 2, f"synth catalog exited {rc}"
    assert_fragments(problem_message(err, catalog, field, line), fragments)


def assert_bad_catalog_dir(capsys, case: Path, where: Path, fragments) -> None:
    for command in ("validate", "solve"):
        rc, out, err = run(capsys, [command, str(case)])
        assert rc == 2, f"synth {command} exited {rc}\n{out}\n{err}"
        assert out == ""
        assert_fragments(problem_message(err, where, None, None), fragments)


def test_catalog_file_that_is_a_list(tmp_path, capsys, teaching_copy):
    (teaching_copy / "batteries.yaml").write_text("- cells\n- more_cells\n")
    case = tmp_path / "case.yaml"
    case.write_text(f'name: bad_catalog\nextends: "{SINGLE}"\ncatalog_dir: models\n')
    assert_bad_catalog_dir(capsys, case, teaching_copy / "batteries.yaml", ("map entry names", "list"))


def test_missing_catalog_dir(tmp_path, capsys):
    case = tmp_path / "case.yaml"
    case.write_text(f'name: no_catalogs\nextends: "{SINGLE}"\ncatalog_dir: no_such_dir\n')
    assert_bad_catalog_dir(capsys, case, tmp_path / "no_such_dir", ("not a directory",))


# ---- --set ------------------------------------------------------------------------------------------------------

# (bad --set argument, field path in the message, fragments)
SET_PROBLEMS = [
    ("nonsense", "nonsense", ("expected KEY=VALUE",)),
    ("=5", "=5", ("expected KEY=VALUE",)),
    ("limits..max_launches=3", "limits..max_launches", ("empty part",)),
    ("radiators.panel=0.5", "radiators.panel", ("radiators.<entry>.<field>",)),
    ("name.first=x", "name.first", ("not a section",)),
    ("limits.max_launchez=3", "limits.max_launchez", ("unknown field",)),
    ("limits.max_launches=zero", "limits.max_launches", ("integer",)),
    ("requirements.design_life_years=5 kg", "requirements.design_life_years", ("wrong unit",)),
    ("radiators.panel.emissivity=1.5", "overrides.radiators.panel.emissivity", ("less than or equal to 1",)),
    ("radiators.nopanel.emissivity=0.5", "overrides.radiators.nopanel", ("known:", "panel")),
]


@pytest.mark.parametrize("setting, field, fragments", SET_PROBLEMS, ids=[s[0] for s in SET_PROBLEMS])
def test_bad_set(capsys, setting, field, fragments):
    for command in ("solve", "validate"):
        rc, out, err = run(capsys, [command, str(SINGLE), "--set", setting])
        assert rc == 2, f"synth {command} --set {setting!r} exited {rc}\n{out}\n{err}"
        assert out == ""
        assert "Traceback" not in err and "internal error" not in err
        match = re.search(rf": field '{re.escape(field)}': (?P<message>.+)", err)
        assert match, err
        assert_fragments(match.group("message"), fragments)


@pytest.mark.parametrize("setting", ["limits.max_launchez=3", "radiators.panel.emissivity=1.5"])
def test_bad_set_blames_no_line_of_the_case_file(capsys, setting):
    """The bad value came from the command line: the report must not point at an unrelated line of the case file
    (single.yaml has no `limits` and no `overrides`, so there is no line of it to point at)."""
    rc, _, err = run(capsys, ["solve", str(SINGLE), "--set", setting])
    assert rc == 2
    assert not re.search(re.escape(str(SINGLE)) + r":\d+:", err), f"--set {setting!r} blamed a line of {SINGLE.name}:\n{err}"


# ---- the real console command -------------------------------------------------------------------------------------

@pytest.mark.slow
def test_console_bad_input_exit_code_and_no_traceback(tmp_path):
    text = HEAD + 'requirements:\n  design_life_years: "5 kg"  #!\n'
    path = tmp_path / "case.yaml"
    path.write_text(text)
    for command in ("validate", "solve"):
        proc = subprocess.run([sys.executable, "-m", "synth.cli", command, str(path)], capture_output=True, text=True,
                              cwd=tmp_path, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr
        assert proc.stdout == ""
        assert_fragments(problem_message(proc.stderr, path, "requirements.design_life_years", marked_line(text)),
                         ("wrong unit", "year"))
