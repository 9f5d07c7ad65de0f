"""The power conditioning subsystem, added through the subsystem path alone (its module, its catalog file, this test,
the generated docs): hand-derived on the teaching single case with an entry written in the case itself.

The teaching PCDU delivers 80 % of the power entering it (the other 20 % becomes heat), weighs 10 kg and costs $1,000
per kW of load. Everything else is the single case, derived by hand in tests/teaching.py; here only what the PCDU
changes is written out again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from synth import evaluate, load_case, load_design, solve
from teaching import ARRAY_BOL_KW_PER_M2, ARRAY_KW_PER_M2, BATT_DELIVER, BATT_RECHARGE, ECLIPSE_H, RAD_KW_PER_M2, SURVIVING, TEACH

PCDU = {"source": "teaching figures", "conversion_efficiency": 0.8, "mass_kg_per_kw": 10, "price_usd_per_kw": 1000,
        "stowed_volume_m3_per_kw": 0.01, "max_temperature_k": 350}


@pytest.fixture(scope="module")
def case_file(tmp_path_factory) -> Path:
    """The single case with a PCDU candidate written in the case (an inline catalog entry: no catalog file copied)."""
    path = tmp_path_factory.mktemp("pcdu") / "case.yaml"
    path.write_text(yaml.safe_dump({"name": "teaching_pcdu", "extends": str(TEACH / "single.yaml"),
                                    "catalog_dir": str(TEACH / "models"),
                                    "catalog": {"power_conditioning": {"teach_pcdu": PCDU}},
                                    "options": {"power_conditioning": ["teach_pcdu"]}}))
    return path


@pytest.fixture(scope="module")
def solved(case_file):
    return solve(load_case(case_file))


def test_the_case_sees_its_own_catalog_entry(case_file):
    rc = load_case(case_file)
    assert rc.entries["power_conditioning"]["teach_pcdu"].conversion_efficiency == 0.8
    assert rc.catalog_file("power_conditioning", "teach_pcdu") == case_file  # written in the case, not in a catalog file


def loads_kw(design) -> tuple[float, float]:
    """(loads L, battery) by hand for the design's satellites and eclipse-running modules: L = 20 kW IT + 1 kW
    housekeeping per satellite + the recharge of a battery sized for the eclipse loads."""
    hk = 1.0 * design.satellites
    running = sum(design.compute_running_in_eclipse.values()) * 1.0
    battery = (running + hk) * ECLIPSE_H / BATT_DELIVER
    return 20.0 + hk + battery * BATT_RECHARGE, battery


def test_pcdu_losses_are_powered_by_the_arrays_and_rejected_by_the_radiators(solved):
    """Loads L = IT + housekeeping + battery recharge; the PCDU carries L and loses L (1/0.8 - 1) = 0.25 L, which the
    arrays must also supply and the radiators reject; it adds 10 kg and $1,000 per kW of L."""
    d = solved.design
    assert solved.status.value == "optimal"
    it, hk = 20.0, 1.0 * d.satellites
    loads, battery = loads_kw(d)
    loss = loads * (1 / 0.8 - 1)
    assert d.power_conditioning_kw_by_technology == {"teach_pcdu": pytest.approx(loads, rel=1e-6)}
    assert d.battery_energy_kwh == pytest.approx(battery, rel=1e-6)
    # beginning of life binds (20 kW of gpu_a at full load; 0.763 of it survives while the arrays keep 0.904):
    assert (loads + loss) / ARRAY_BOL_KW_PER_M2 > (loads - 20.0 * (1 - SURVIVING) + loss) / ARRAY_KW_PER_M2
    assert d.solar_array_area_m2 == pytest.approx((loads + loss) / ARRAY_BOL_KW_PER_M2, rel=1e-6)
    assert d.radiator_area_m2 == pytest.approx((it + hk + loss) / RAD_KW_PER_M2, rel=1e-6)
    assert solved.budgets["power_w"]["conversion_losses"] == pytest.approx(loss * 1000, rel=1e-6)
    assert solved.budgets["heat_w"]["conversion_losses"] == pytest.approx(loss * 1000, rel=1e-6)
    assert solved.budgets["heat_w"]["waste_heat_total"] == pytest.approx((it + hk + loss) * 1000, rel=1e-6)
    assert solved.budgets["mass_kg"]["power_conditioning"] == pytest.approx(10 * loads, rel=1e-6)
    assert solved.budgets["cost_usd"]["power_conditioning"] == pytest.approx(1000 * loads, rel=1e-6)


def test_the_evaluator_reproduces_the_pcdu_optimum(solved, case_file, tmp_path):
    solved.write(tmp_path)
    evaluated = evaluate(load_case(case_file), load_design(tmp_path / "result.json"))
    assert [c.message for c in evaluated.checks if not c.satisfied] == []
    for budget, items in solved.budgets.items():
        for item, value in items.items():
            assert evaluated.budgets[budget][item] == pytest.approx(value, rel=1e-6, abs=1e-6), (budget, item)
    assert {c.constraint for c in evaluated.checks} >= {"serves_loads"}


def test_an_undersized_pcdu_is_a_violation(solved, case_file, tmp_path):
    """Half the throughput the loads need: the evaluator says by how much."""
    spec = dict(solved.design)
    spec["power_conditioning_kw_by_technology"] = {"teach_pcdu": spec["power_conditioning_kw_by_technology"]["teach_pcdu"] / 2}
    path = tmp_path / "design.yaml"
    path.write_text(yaml.safe_dump(spec))
    evaluated = evaluate(load_case(case_file), load_design(path))
    checks = {c.constraint: c for c in evaluated.checks}
    loads, _ = loads_kw(solved.design)
    assert not checks["serves_loads"].satisfied
    assert checks["serves_loads"].rhs == pytest.approx(loads, rel=1e-6)
    assert checks["serves_loads"].margin == pytest.approx(-loads / 2, rel=1e-6)


def test_without_candidates_the_subsystem_is_left_out():
    """A case that names no power conditioning builds no block for it (the shipped numbers of such cases are as before)."""
    from synth.model.core import build_model

    dm = build_model(load_case(TEACH / "single.yaml"))
    assert "power_conditioning" not in {s.name for s in dm.data.subsystems}
    assert dm.model.find_component("power_conditioning") is None
