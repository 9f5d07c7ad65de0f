"""The `synth` command and the Python API end to end: solve, result.json and CSV files, infeasibility, validate,
catalog, schema, and the shipped gigawatt cases.

Commands run in-process through ``synth.cli.main`` (stdout/stderr via capsys); one test runs the real console
command in a subprocess.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
import yaml

import synth
from synth.case import validate_catalogs
from synth.catalog import CATALOG_FILES
from synth.cli import main
from teaching import GROUND_FLOP, ground_cost_usd, hand_optimum

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "cases"
TEACHING = CASES / "teaching"
SINGLE = TEACHING / "single.yaml"
INFEASIBLE = TEACHING / "infeasible.yaml"
SHIPPED_MODELS = ROOT / "synth" / "catalogs"
TEACH_MODELS = TEACHING / "models"


def _names_itself(path: Path) -> bool:
    """Case and sweep files are mappings with a ``name``; catalog files (teaching/models/, examples/my_catalogs/) map
    entry names, and design files (examples/undersized_design.yaml) hold a design's fields."""
    data = yaml.safe_load(path.read_text())
    return isinstance(data, dict) and "name" in data


ALL_CASE_FILES = sorted(p for p in CASES.rglob("*.yaml") if _names_itself(p))


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def approx(value: float) -> object:
    return pytest.approx(value, rel=1e-9, abs=1e-9)


def _leaves(tree: object) -> list:
    """The non-container values of a nested dict/list."""
    if isinstance(tree, dict):
        return [leaf for value in tree.values() for leaf in _leaves(value)]
    if isinstance(tree, list):
        return [leaf for value in tree for leaf in _leaves(value)]
    return [tree]


# ---- solve the single teaching case with --out --------------------------------------------------------------------

@pytest.fixture(scope="module")
def single_solved(tmp_path_factory) -> tuple[int, str, str, Path]:
    """`synth solve cases/teaching/single.yaml --out DIR`, run from the repository root as the README shows."""
    out_dir = tmp_path_factory.mktemp("single_out")
    stdout, stderr = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            rc = main(["solve", "cases/teaching/single.yaml", "--out", str(out_dir)])
    return rc, stdout.getvalue(), stderr.getvalue(), out_dir


@pytest.fixture(scope="module")
def single_result(single_solved) -> dict:
    return json.loads((single_solved[3] / "result.json").read_text())


def test_solve_single_exits_0_and_prints_a_summary(single_solved):
    rc, out, err, out_dir = single_solved
    assert rc == 0, err
    assert err == ""
    assert "teaching_single" in out and "optimal" in out
    for heading in ("design", "mass budget", "power budget, beginning of life (binds)", "power budget, end of life",
                    "heat budget, beginning of life (binds)", "heat budget, end of life", "cost budget", "key figures"):
        assert f"\n{heading}\n" in out
    assert str(out_dir / "result.json") in out  # the "wrote ..." line


def test_result_json_keys(single_result):
    r = single_result
    assert r["status"] == "optimal"
    assert {"name", "file", "sha256", "overrides"} <= r["case"].keys()
    assert r["case"]["name"] == "teaching_single"
    assert r["case"]["file"] == "cases/teaching/single.yaml"
    assert not _leaves(r["case"]["overrides"]), "no override was given, none may be recorded"
    design = r["design"]
    assert {"orbit", "solar_array_area_m2", "radiator_area_m2", "battery_energy_kwh", "compute", "satellites",
            "launches"} <= design.keys()
    assert design["orbit"] == "teach_leo"
    assert design["compute"] == {"gpu_a": 20}  # 20 kW of IT / 1,000 W per gpu_a
    assert all(isinstance(n, int) and n > 0 for n in design["launches"].values())
    assert set(design["launches"]) == {"small_rocket"}
    assert isinstance(design["satellites"], int) and design["satellites"] >= 1
    assert {"mass_kg", "power_w", "heat_w", "cost_usd"} <= r["budgets"].keys()
    assert "total" in r["budgets"]["mass_kg"] and len(r["budgets"]["mass_kg"]) > 1
    assert "total" in r["budgets"]["cost_usd"] and len(r["budgets"]["cost_usd"]) > 1
    assert {"delivered_flop", "cost_per_eflop_usd", "it_power_w", "launched_mass_kg", "terrestrial_cost_per_eflop_usd",
            "orbital_to_terrestrial"} <= r["kpi"].keys()
    assert all(isinstance(v, (int, float)) and math.isfinite(v) for v in r["kpi"].values())
    assert {"name", "version", "wall_s", "mip_gap", "iterations", "termination"} <= r["solver"].keys()
    assert r["solver"]["name"] == "highs"
    assert r["solver"]["termination"] == "optimal"
    assert r["solver"]["wall_s"] > 0
    assert {"synth", "python", "pyomo", "highspy", "timestamp"} <= r["provenance"].keys()


def test_result_json_numbers_match_the_hand_optimum(single_result):
    """result.json's totals and key figures against the hand derivation of tests/teaching.py (one small_bus, all 20
    gpu_a kept running through eclipse, 1,291 kg on two small_rocket launches)."""
    r = single_result
    hand = hand_optimum()
    mass, cost, kpi, heat = r["budgets"]["mass_kg"], r["budgets"]["cost_usd"], r["kpi"], r["budgets"]["heat_w"]
    assert all(v >= 0 for v in mass.values()) and all(v >= 0 for v in cost.values())
    assert mass["total"] == pytest.approx(hand["mass_total"], rel=1e-6)
    assert cost["total"] == pytest.approx(hand["cost_total"], rel=1e-6)
    assert kpi["launched_mass_kg"] == pytest.approx(hand["mass_total"], rel=1e-6)
    assert kpi["cost_per_eflop_usd"] == pytest.approx(hand["ratio"], rel=1e-6)
    assert kpi["orbital_to_terrestrial"] == pytest.approx(hand["ratio"] / (ground_cost_usd() / (GROUND_FLOP / 1e18)), rel=1e-6)
    assert kpi["it_power_w"] == approx(20 * 1000.0)  # 20 x gpu_a at 1,000 W; the case fixes 0.02 MW
    assert r["budgets"]["power_w"]["it"] == approx(20 * 1000.0)
    # no discounting in this case (discount_rate 0): discounted and physical FLOP agree
    assert kpi["delivered_flop"] == pytest.approx(hand["flop"], rel=1e-6)
    assert kpi["discounted_flop"] == pytest.approx(kpi["delivered_flop"], rel=1e-9)
    assert r["design"]["satellites"] == hand["satellites"] and r["design"]["satellites_by_bus"] == {"small_bus": hand["satellites"]}
    # the heat budget closes: waste heat = 20 kW IT + 1 kW housekeeping, and the radiator rejects at least that
    assert heat["waste_heat_total"] == pytest.approx((20 + 1.0 * hand["satellites"]) * 1000, rel=1e-9)
    assert heat["radiator_capacity"] >= heat["waste_heat_total"] * (1 - 1e-9)


def test_result_json_case_hash_and_provenance(single_result):
    assert single_result["case"]["sha256"] == hashlib.sha256(SINGLE.read_bytes()).hexdigest()
    prov = single_result["provenance"]
    assert prov["synth"] == synth.__version__
    assert prov["python"] == ".".join(str(p) for p in sys.version_info[:3])
    datetime.fromisoformat(prov["timestamp"])


def test_result_csv_files_read_with_pandas(single_solved, single_result):
    out_dir = single_solved[3]
    design = pd.read_csv(out_dir / "design.csv")
    assert list(design.columns) == ["category", "item", "quantity", "unit"] and len(design) > 0
    compute = design[design["category"] == "compute"]
    assert dict(zip(compute["item"], compute["quantity"], strict=True)) == single_result["design"]["compute"]
    kpi = pd.read_csv(out_dir / "kpi.csv")
    assert list(kpi.columns) == ["kpi", "value"]
    assert dict(zip(kpi["kpi"], kpi["value"], strict=True)) == pytest.approx(single_result["kpi"], rel=1e-12)
    for budget in ("mass_kg", "power_w", "heat_w", "cost_usd"):
        frame = pd.read_csv(out_dir / f"budget_{budget}.csv")
        assert list(frame.columns) == ["item", "value", "unit"]
        assert dict(zip(frame["item"], frame["value"], strict=True)) == pytest.approx(single_result["budgets"][budget], rel=1e-12)


# ---- infeasible ---------------------------------------------------------------------------------------------------

def test_set_max_launches_1_is_infeasible(tmp_path, capsys):
    rc, out, err = run(capsys, ["solve", str(SINGLE), "--set", "limits.max_launches=1", "--out", str(tmp_path)])
    assert rc == 3, out + err
    assert "Traceback" not in err
    assert "infeasible" in out
    # 1,291 kg launched on a 1,000 kg small_rocket: 2 launches are needed
    assert "limits.max_launches" in out and "needs 2 launches" in out
    r = json.loads((tmp_path / "result.json").read_text())
    assert r["status"] == "infeasible"
    assert r["design"] is None
    assert r["diagnosis"], "an infeasible result must say why"
    first = r["diagnosis"][0]
    assert first["requirement"] == "max_launches"
    assert first["limit"] == 1 and first["needed"] == 2
    assert "max_launches" in first["message"]
    assert "max_launches" in r["message"]


def test_set_overrides_are_recorded_in_result_json(tmp_path, capsys):
    """result.json must say how the run differed from the case file: every --set, case field or catalog figure."""
    rc, _, err = run(capsys, ["solve", str(SINGLE), "--quiet", "--out", str(tmp_path),
                              "--set", "limits.max_launches=3", "--set", "radiators.panel.emissivity=0.8"])
    assert rc == 0, err
    case = json.loads((tmp_path / "result.json").read_text())["case"]
    recorded = json.dumps(case["overrides"])
    assert "max_launches" in recorded, f"--set limits.max_launches=3 is not recorded in result.json: case = {case}"
    assert "emissivity" in recorded and 0.8 in _leaves(case["overrides"]) and 3 in _leaves(case["overrides"])


def test_infeasible_teaching_case_exits_3(capsys):
    rc, out, err = run(capsys, ["solve", str(INFEASIBLE)])
    assert rc == 3, out + err
    assert "max_launches" in out
    assert "next steps" in out


def test_infeasible_case_hash_covers_the_extends_chain(tmp_path, capsys):
    rc, _, _ = run(capsys, ["solve", str(INFEASIBLE), "--quiet", "--out", str(tmp_path)])
    assert rc == 3
    r = json.loads((tmp_path / "result.json").read_text())
    assert r["case"]["sha256"] == hashlib.sha256(SINGLE.read_bytes() + INFEASIBLE.read_bytes()).hexdigest()


@pytest.mark.slow
def test_console_solve_infeasible(tmp_path):
    """The real command: exit code 3, the diagnosis on stdout, nothing alarming on stderr."""
    proc = subprocess.run([sys.executable, "-m", "synth.cli", "solve", str(INFEASIBLE), "--out", str(tmp_path)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert "limits.max_launches" in proc.stdout
    assert json.loads((tmp_path / "result.json").read_text())["status"] == "infeasible"


# ---- Python API ---------------------------------------------------------------------------------------------------

def test_python_api(single):
    """The README's Python API: synth.solve(synth.load_case(path)) (the ``single`` fixture of conftest.py) gives a
    typed Result with its tables; load_case takes overrides and hashes the case file."""
    from synth import Result, Status, load_case

    result = single
    assert isinstance(result, Result)
    assert result.status is Status.OPTIMAL
    assert result.exit_code == 0
    for budget in ("mass_kg", "power_w", "heat_w", "cost_usd"):
        table = result.budget_table(budget)
        assert isinstance(table, pd.DataFrame) and len(table) > 0
        assert list(table["item"]) == list(result.budgets[budget])
    design = result.design_table()
    assert isinstance(design, pd.DataFrame) and len(design) > 0
    assert {"orbit", "compute", "launches"} <= set(design["category"])
    kpi = result.kpi_table()
    assert isinstance(kpi, pd.DataFrame) and len(kpi) > 0
    assert set(kpi["kpi"]) == set(result.kpi)
    # the same case by path with an override gives the same sha256 and records the override
    rc = load_case(SINGLE)
    loose = load_case(SINGLE, overrides={"limits.max_launches": 5})
    assert loose.sha256 == rc.sha256 == hashlib.sha256(SINGLE.read_bytes()).hexdigest()
    assert loose.case.limits.max_launches == 5


# ---- validate / catalog / schema ----------------------------------------------------------------------------------

def test_case_files_were_found():
    names = {p.relative_to(CASES).as_posix() for p in ALL_CASE_FILES}
    assert {"blue_origin.yaml", "spacex.yaml", "teaching/single.yaml", "teaching/infeasible.yaml",
            "teaching/small_choice.yaml", "sweeps/teaching_grid.yaml"} <= names
    assert not any(name.startswith("teaching/models/") for name in names)


@pytest.mark.parametrize("case", ALL_CASE_FILES, ids=[p.relative_to(CASES).as_posix() for p in ALL_CASE_FILES])
def test_validate_every_case(capsys, case):
    rc, out, err = run(capsys, ["validate", str(case)])
    assert rc == 0, err
    assert f"{case}: valid" in out


def _catalog_listing(out: str) -> dict[str, dict[str, list[str]]]:
    """Parse `synth catalog` output: kind -> entry -> its detail lines."""
    listing: dict[str, dict[str, list[str]]] = {}
    kind = entry = None
    for line in out.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            kind = line.split(" (")[0]
            listing[kind] = {}
        elif not line.startswith("    "):
            entry = line.strip()
            listing[kind][entry] = []
        else:
            listing[kind][entry].append(line.strip())
    return listing


@pytest.mark.parametrize("models", [None, TEACH_MODELS], ids=["shipped", "teaching"])
def test_catalog_lists_every_entry_with_its_source(capsys, models):
    argv = ["catalog"] + ([] if models is None else ["--models", str(models)])
    rc, out, err = run(capsys, argv)
    assert rc == 0, err
    listing = _catalog_listing(out)
    layers = [SHIPPED_MODELS] + ([] if models is None else [models])  # a catalog directory adds to the shipped one
    assert set(listing) == set(CATALOG_FILES)
    for kind, filename in CATALOG_FILES.items():
        entries = {name for d in layers if (d / filename).exists() for name in yaml.safe_load((d / filename).read_text())}
        assert set(listing[kind]) == entries, kind
        for name, lines in listing[kind].items():
            sources = [ln for ln in lines if ln.startswith("source: ")]
            assert len(sources) == 1 and sources[0].removeprefix("source: ").strip(), f"{kind}.{name} has no source line"


def test_catalog_one_kind_and_unknown_kind(capsys):
    rc, out, _ = run(capsys, ["catalog", "radiators"])
    assert rc == 0
    assert set(_catalog_listing(out)) == {"radiators"}
    rc, out, err = run(capsys, ["catalog", "radiatorz"])
    assert rc == 2
    assert "radiatorz" in err and "allowed:" in err and "Traceback" not in err


@pytest.mark.parametrize("models", [SHIPPED_MODELS, TEACH_MODELS], ids=["shipped", "teaching"])
def test_every_catalog_entry_has_a_source(models):
    layers = [SHIPPED_MODELS] if models == SHIPPED_MODELS else [SHIPPED_MODELS, models]
    catalogs = validate_catalogs(layers)
    assert set(catalogs) == set(CATALOG_FILES)
    for kind, entries in catalogs.items():
        raw = {name for d in layers if (d / CATALOG_FILES[kind]).exists() for name in yaml.safe_load((d / CATALOG_FILES[kind]).read_text())}
        assert set(entries) == raw and entries, kind
        for name, entry in entries.items():
            assert entry.source.strip(), f"{kind}.{name} has an empty source"
            for field, src in entry.field_sources.items():
                assert src.strip(), f"{kind}.{name}: empty source for {field}"


def test_schema(capsys):
    rc, out, err = run(capsys, ["schema"])
    assert rc == 0, err
    assert "design_life_years" in out and "Design life" in out
    assert "max_launches" in out and "catalog_dir" in out
    rc, out, _ = run(capsys, ["schema", "radiators"])
    assert rc == 0
    assert "emissivity" in out and "infrared emissivity" in out
    rc, out, err = run(capsys, ["schema", "nothing"])
    assert rc == 2
    assert "allowed:" in err and "Traceback" not in err


# ---- shipped gigawatt cases ---------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("name", ["blue_origin", "spacex"])
def test_shipped_case_solves_optimal(tmp_path, request, name):
    """What `synth solve CASE --out DIR` does (cli.cmd_solve: print the summary, write the files, exit with the result's
    code) for each shipped gigawatt case, solved once in conftest.py; the figures are checked against the case file
    and the shipped compute catalog, read with plain PyYAML."""
    from synth.summary import format_summary

    result = request.getfixturevalue(name)
    assert int(result.exit_code) == 0
    assert format_summary(result).splitlines()[0].endswith(": optimal")
    result.write(tmp_path)
    r = json.loads((tmp_path / "result.json").read_text())
    assert r["status"] == "optimal"
    case = yaml.safe_load((CASES / f"{name}.yaml").read_text())
    catalog = yaml.safe_load((SHIPPED_MODELS / "compute.yaml").read_text())
    design, mass, cost, kpi = r["design"], r["budgets"]["mass_kg"], r["budgets"]["cost_usd"], r["kpi"]
    it_w = sum(n * catalog[c]["power_w"] for c, n in design["compute"].items())
    assert kpi["it_power_w"] == pytest.approx(it_w, rel=1e-9)
    scale = case["requirements"]["it_power_mw"]
    assert scale["min"] * 1e6 * (1 - 1e-6) <= it_w <= scale["max"] * 1e6 * (1 + 1e-6)
    assert cost["compute"] == pytest.approx(sum(n * catalog[c]["price_usd"] for c, n in design["compute"].items()), rel=1e-9)
    # economics at the case's cost of capital r: A = (1 - (1 + r)^-L) / ln(1 + r) present-value years; integration per kg
    # launched, per satellite and as a wrap on hardware H; insurance on V = H + integration + launch; contingency on
    # H + integration + NRE + ground segment
    econ = {k: float(v) for k, v in case["economics"].items() if not isinstance(v, dict)}  # PyYAML reads 2.0e9 as text
    life, sats, r_ = case["requirements"]["design_life_years"], design["satellites"], econ["discount_rate"]
    a = (1 - (1 + r_) ** -life) / math.log1p(r_) if r_ > 0 else life
    hardware = sum(cost[k] for k in ("compute", "shielding", "solar_arrays", "radiators", "batteries", "bus", "power_conditioning"))
    integration = (econ.get("integration_usd_per_kg", 0) * mass["total"] + econ["integration_usd_per_satellite"] * sats
                   + econ.get("integration_fraction_of_hardware", 0) * hardware)
    assert cost["nre"] == pytest.approx(econ["nre_usd"], rel=1e-9)
    assert cost["ground_segment"] == pytest.approx(econ["ground_segment_usd"], rel=1e-9)
    assert cost["integration"] == pytest.approx(integration, rel=1e-9)
    assert cost["operations"] == pytest.approx((econ["operations_usd_per_year"] + econ["operations_usd_per_satellite_year"] * sats) * a, rel=1e-9)
    insured = hardware + integration + cost["launch"]
    assert cost["launch_insurance"] == pytest.approx(econ.get("launch_insurance_rate", 0) * insured, rel=1e-9, abs=1e-6)
    assert cost["contingency"] == pytest.approx(econ.get("cost_contingency", 0) * (hardware + integration + econ["nre_usd"] + econ["ground_segment_usd"]),
                                                rel=1e-9)
    assert r["kpi"]["cost_per_eflop_usd"] > 0 and math.isfinite(r["kpi"]["orbital_to_terrestrial"])
