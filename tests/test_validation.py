"""validation/: published analyses reproduced from their own stated inputs with synth's functions.

One test per published figure (parametrized from validation/*.yaml): synth's value must lie within the figure's
tolerance of the published value (or, where the YAML documents why synth differs, of the value worked by hand from
the publication's inputs). A figure synth cannot express yet fails with the feature it needs: it is not skipped.
Then the command itself: its table, its CSV, and its exit codes (0 all within tolerance, 1 otherwise, 2 bad input).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("validation_reproduce", ROOT / "validation" / "reproduce.py")
assert _spec is not None and _spec.loader is not None
reproduce = importlib.util.module_from_spec(_spec)
sys.modules["validation_reproduce"] = reproduce
_spec.loader.exec_module(reproduce)

LOADED = reproduce.load_dir()
ROWS = {(row.analysis, row.figure): row for row in reproduce.compare_all(LOADED)}
FIGURES = [(x.analysis.id, f.id) for x in LOADED for f in x.analysis.figures]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, str(ROOT / "validation" / "run.py"), *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.mark.parametrize(("analysis", "figure"), FIGURES, ids=[f"{a}/{f}" for a, f in FIGURES])
def test_published_figure(analysis: str, figure: str) -> None:
    row = ROWS[(analysis, figure)]
    assert row.synth is not None, f"{analysis}/{figure} ({row.what}): synth cannot express it yet: {row.note}"
    assert abs(row.synth - row.target) <= row.allowed, (
        f"{analysis}/{figure} ({row.what}): synth {row.synth!r} {row.unit}, published {row.published!r}, "
        f"compared with {row.target!r} within {row.tolerance} ({row.allowed!r}); {row.note}")


def test_every_analysis_is_cited_and_every_figure_explained() -> None:
    """Three published analyses at least (issue 11), each figure with its hand arithmetic and a reason for its
    tolerance; Suncatcher's Table 1 complete (four satellites at both launch prices)."""
    assert len(LOADED) >= 3
    for x in LOADED:
        c = x.analysis.citation
        assert c.url.startswith("http") and c.where and c.authors
        for f in x.analysis.figures:
            assert f.hand and f.tolerance.why
    suncatcher = next(x.analysis for x in LOADED if x.analysis.id == "suncatcher_launched_power")
    table1 = {f.id for f in suncatcher.figures if f.where.startswith("Table 1") and ("_at_3600" in f.id or "_at_200" in f.id)}
    assert table1 == {f"{sat}_at_{p}" for sat in ("starlink_v2_mini", "starlink_v1", "oneweb", "iridium") for p in (3600, 200)}


def test_launched_power_price_by_hand() -> None:
    """Table 1's rows recomputed here with the stated inputs: m p / (P L)."""
    rows = {f: ROWS[("suncatcher_launched_power", f)].synth for a, f in FIGURES if a == "suncatcher_launched_power"}
    assert rows["oneweb_at_200"] == pytest.approx(150 * 200 / (0.8 * 5))  # 7,500, as printed
    assert rows["iridium_at_3600"] == pytest.approx(860 * 3600 / (2 * 12.5))  # 123,840 (printed 124,600)
    power = 105 * 1.361 * 0.22 * 0.90  # kW, sec. 4.4
    assert rows["starlink_v2_mini_power_kw"] == pytest.approx(power)
    assert rows["starlink_v2_mini_at_200"] == pytest.approx(575 * 200 / (power * 5))  # 812.9 (printed 810)


def test_radiator_balance_with_the_environment_inputs() -> None:
    """With the stated Earth view factor (0.25 of the plate) and infrared absorptivity (0.09) the Starcloud balance
    comes out as printed: 0.25 (0.09 * 0.3 * 1366 + 0.09 sigma 253.15^4) = 14.46 and 770.53 - 122.94 - 14.46 =
    633.13 W/m2."""
    sigma = 5.670374419e-8
    rows = {r.figure: r for r in reproduce.compare(next(x for x in LOADED if x.analysis.id == "starcloud_radiator"))}
    earth = 0.25 * (0.09 * 0.3 * 1366 + 0.09 * sigma * 253.15**4)
    assert rows["earth_absorbed"].synth == pytest.approx(earth)
    assert rows["net_rejection"].synth == pytest.approx(2 * 0.92 * sigma * 293.15**4 - 0.09 * 1366 - earth)
    assert all(r.passed for r in rows.values())


def test_missing_feature_is_reported_not_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure synth cannot express fails with the reason (status 'missing feature', no value) and is never
    skipped: here the radiator's absorbed heat is made to raise as it would without the environment inputs."""
    def missing(*args, **kwargs):
        raise reproduce.MissingFeature("needs 'earth_view_factor'")

    monkeypatch.setitem(reproduce.COMPUTE, "radiator_earth_absorbed_w_per_m2", missing)
    rows = {r.figure: r for r in reproduce.compare(next(x for x in LOADED if x.analysis.id == "starcloud_radiator"))}
    row = rows["earth_absorbed"]
    assert row.synth is None and not row.passed and row.status == "missing feature" and "earth_view_factor" in row.note
    assert reproduce.exit_code(list(rows.values())) == 1


def test_documented_difference(tmp_path: Path) -> None:
    """A figure whose publication slipped passes against the value worked by hand from its inputs, and the table
    still shows the difference from the published figure; without the documented value it fails."""
    text = """\
id: slip
title: "a publication whose launch price does not follow from its inputs"
citation: {authors: [A], title: T, venue: V, date: "2024", url: "https://example.org", where: "p. 1", read_from: "the PDF"}
inputs:
  flight: {value: 5.0e6, unit: USD, where: p. 1}
  payload: {value: 1.0e5, unit: kg, where: p. 1}
figures:
  - id: launch_price
    what: "launched-power price of a flight carrying 40 MW for 10 years"
    unit: USD/kW/yr
    published: 7.5
    where: p. 1
    compute: launched_power_price_per_flight
    args: {flight_price_usd: $flight, payload_kg: $payload, power_kw: 40000, life_years: 10}
    hand: "5e6 / (40,000 x 10) = 12.5 (the paper used $30/kg: 1e5 x 30 / 4e5 = 7.5)"
    tolerance: {rel: 0.001, why: exact arithmetic}
"""
    path = tmp_path / "slip.yaml"
    path.write_text(text)
    (row,) = reproduce.compare(reproduce.load(path))
    assert row.synth == pytest.approx(12.5) and not row.passed and row.status == "fail"
    path.write_text(text + '    differs: {expected: 12.5, hand: "5e6 / 4e5", why: "$5M per 100 t is $50/kg, not $30/kg"}\n')
    (row,) = reproduce.compare(reproduce.load(path))
    assert row.passed and row.status == "documented difference" and row.difference == pytest.approx(5.0)
    assert "$50/kg" in row.note


@pytest.mark.slow
def test_command_table_csv_and_exit_code(tmp_path: Path) -> None:
    proc = _run("--out", str(tmp_path))
    rows = list(ROWS.values())
    assert proc.returncode == (0 if all(r.passed for r in rows) else 1), proc.stderr
    assert "analysis" in proc.stdout and f"{sum(r.passed for r in rows)} of {len(rows)} figures within tolerance" in proc.stdout
    lines = (tmp_path / "validation.csv").read_text().splitlines()
    assert lines[0].split(",") == list(reproduce.COLUMNS)
    assert len(lines) == 1 + len(rows)
    assert any(line.startswith("suncatcher_launched_power,starlink_v2_mini_at_200,USD/kW/yr,810.0,") for line in lines)


@pytest.mark.slow
def test_command_exit_0_when_all_within_tolerance() -> None:
    proc = _run(str(ROOT / "validation" / "suncatcher_launched_power.yaml"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "12 of 12 figures within tolerance" in proc.stdout


BAD = [
    ("tolerance: {rel: 0.015,", "tolerance: {rel: -1,", "figures[1].tolerance.rel", "greater than or equal to 0"),
    ("compute: array_power_kw", "compute: array_power", "figures[0].compute", "unknown function 'array_power'"),
    ("power_kw: \"@starlink_v2_mini_power_kw\"", "power_kw: \"@no_such_figure\"", "figures[1].args.power_kw", "earlier figure"),
    ("area_m2: $starlink_v2_mini_array_m2", "area: $starlink_v2_mini_array_m2", "figures[0].args.area", "takes no argument 'area'"),
    ("  url: \"https://arxiv.org/abs/2511.19468\"\n", "", "citation.url", "required field is missing"),
    ("published: 28\n", "published: 28\n    colour: red\n", "figures[0].colour", "unknown field"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("old", "new", "field", "message"), BAD, ids=[b[2] for b in BAD])
def test_bad_input_exits_2_with_file_field_and_line(tmp_path: Path, old: str, new: str, field: str, message: str) -> None:
    text = (ROOT / "validation" / "suncatcher_launched_power.yaml").read_text()
    assert old in text
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace(old, new, 1))
    proc = _run(str(bad))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert re.search(rf"{re.escape(str(bad))}:\d+: field '{re.escape(field)}': .*{re.escape(message)}", proc.stderr), proc.stderr


@pytest.mark.slow
def test_missing_file_and_unwritable_out_exit_2(tmp_path: Path) -> None:
    proc = _run(str(tmp_path / "absent.yaml"))
    assert proc.returncode == 2 and "absent.yaml" in proc.stderr and "Traceback" not in proc.stderr
    blocker = tmp_path / "file"
    blocker.write_text("")
    proc = _run(str(ROOT / "validation" / "suncatcher_launched_power.yaml"), "--out", str(blocker / "sub"))
    assert proc.returncode == 2 and "cannot write" in proc.stderr and "Traceback" not in proc.stderr
