"""Workloads and networks by hand (issue 12): laser terminals and formation size for a small cluster, downlink
capacity and ground stations for an inference case, latency, radiation-upset downtime, infeasible workloads with
their reason, and the evaluator's checks of the new rows.

The teaching single case (tests/teaching.py) hosts 20 gpu_a modules (1 kW, 1 PFLOP/s peak, utilization 0.5) on
small_bus satellites (20 kW each, 300 kg dry, 2,000 kg of payload, Isp 1,500 s) for 5 years. Each test adds its
own workload and terminals in the case's `catalog:` section, so every number below is typed in here.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from synth import evaluate, load_case, solve
from synth.physics.orbit import round_trip_ms
from synth.workloads import computing_fraction
from teaching import TEACH

G0 = 9.80665
TERMINAL = {"source": "test", "rate_gbps": 500, "range_km": 10, "mass_kg": 1, "power_w": 10, "price_usd": 10_000}
DOWNLINK = {"source": "test", "band": "radio", "rate_gbps": 1.0, "availability": 0.5, "mass_kg": 2, "power_w": 20, "price_usd": 10_000,
            "ground_station_usd": 1.0e6, "terminals_per_ground_station": 10}


def case(tmp_path: Path, workload: dict, options: dict | None = None) -> Path:
    """The single case serving ``workload`` (catalog entry 'w'), with one laser and one downlink terminal type."""
    body = {"name": "network_test", "extends": str(TEACH / "single.yaml"), "catalog_dir": str(TEACH / "models"), "workload": "w",
            "catalog": {"workloads": {"w": {"source": "test", **workload}}, "isl_terminals": {"laser": TERMINAL},
                        "downlink_terminals": {"radio": DOWNLINK}},
            "options": {"isl_terminals": ["laser"], "downlink_terminals": ["radio"], **(options or {})}}
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(body))
    return path


def test_a_cluster_that_fits_one_satellite_needs_no_links(tmp_path):
    """20 accelerators in one job on a 20 kW satellite of 1 kW modules: its own fabric holds the cluster."""
    result = solve(load_case(case(tmp_path, {"kind": "training", "cluster_accelerators": 20, "scale_out_gbps_per_accelerator": 100})))
    assert result.status.value == "optimal"
    assert result.design.isl_terminals == {}
    assert "isl_terminals" not in result.budgets["cost_usd"] or result.budgets["cost_usd"]["isl_terminals"] == 0


def test_terminals_and_formation_for_a_small_cluster_by_hand(tmp_path):
    """A 21-accelerator cluster spans satellites: each accelerator sends 100 Gbit/s, so 20 of them need 2,000 Gbit/s,
    4 terminals of 500; and every satellite keeps 4 neighbours. Terminals = max(ceil(2,000 / 500), 4 U). Formation
    propellant: 10 m/s/yr x 5 yr / (1,500 s x g0) x (300 + 2,000) kg per satellite."""
    result = solve(load_case(case(tmp_path, {"kind": "training", "cluster_accelerators": 21, "scale_out_gbps_per_accelerator": 100})))
    assert result.status.value == "optimal"
    d = result.design
    sats = d.satellites
    terminals = max(math.ceil(20 * 100 / 500), 4 * sats)
    assert d.isl_terminals == {"laser": terminals}
    cost, mass = result.budgets["cost_usd"], result.budgets["mass_kg"]
    assert cost["isl_terminals"] == pytest.approx(10_000 * terminals)
    assert mass["isl_terminals"] == pytest.approx(1.0 * terminals)
    assert mass["formation_propellant"] == pytest.approx(10 * 5 / (1500 * G0) * 2300 * sats, rel=1e-9)
    assert result.budgets["power_w"]["isl_terminals"] == pytest.approx(10 * terminals)


def test_a_cluster_larger_than_a_formation_is_infeasible_with_the_amount(tmp_path):
    """2,000 accelerators on satellites of at most 20 (1 kW each, 20 kW): 100 satellites together, above a formation of
    81: the diagnosis names the formation limit and the 100 needed."""
    path = case(tmp_path, {"kind": "training", "cluster_accelerators": 2000, "scale_out_gbps_per_accelerator": 100})
    result = solve(load_case(path))
    assert result.status.value == "infeasible"
    diag = next(d for d in result.diagnosis if d.requirement == "options.formation_max_satellites")
    assert (diag.limit, diag.needed) == (81, 100)
    assert solve(load_case(path, overrides={"options.formation_max_satellites": 100})).status.value == "optimal"


def test_downlink_capacity_and_ground_stations_by_hand(tmp_path):
    """1e-7 bits per FLOP on 20 PFLOP/s x 0.5 = 1e16 FLOP/s is 1 Gbit/s; a 1 Gbit/s radio up half the time carries
    0.5, so 2 terminals (and at least one per satellite), and 1 ground station per 10 terminals."""
    result = solve(load_case(case(tmp_path, {"kind": "inference", "downlink_bits_per_flop": 1e-7})))
    assert result.status.value == "optimal"
    sats = result.design.satellites
    terminals = max(math.ceil(1e-7 * 20 * 1e15 * 0.5 / 1e9 / 0.5), sats)
    assert result.design.downlink_terminals == {"radio": terminals}
    assert result.design.ground_stations == {"radio": math.ceil(terminals / 10)}
    cost = result.budgets["cost_usd"]
    assert cost["downlink_terminals"] == pytest.approx(10_000 * terminals)
    assert cost["ground_stations"] == pytest.approx(1e6 * math.ceil(terminals / 10))


def test_inference_beyond_its_latency_cannot_use_the_orbit(tmp_path):
    """The teaching orbit at 500 km has a round trip of 2 x 500 / 299,792.458 s = 3.34 ms; an inference workload that
    tolerates 1 ms cannot be served there (the case's only orbit): infeasible."""
    assert round_trip_ms(500) == pytest.approx(2 * 500 / 299_792.458 * 1000)
    result = solve(load_case(case(tmp_path, {"kind": "inference", "downlink_bits_per_flop": 1e-9, "max_round_trip_ms": 1})))
    assert result.status.value == "infeasible"
    diag = next(d for d in result.diagnosis if d.requirement == "workload")
    assert (diag.limit, diag.needed) == pytest.approx((1.0, 2 * 500 / 299_792.458 * 1000))
    ok = solve(load_case(case(tmp_path, {"kind": "inference", "downlink_bits_per_flop": 1e-9, "max_round_trip_ms": 4})))
    assert ok.status.value == "optimal"


def test_upset_downtime_by_hand():
    """A 16,384-accelerator job at 1.09 interrupts per module per krad and 0.15 krad/yr, each costing 1 h (0.5 h restart
    + half of a 1 h checkpoint interval): 16,384 x 0.1635 x 1 / 8,766 = 0.3056 of the year lost per year computing, so
    it computes 1 / 1.3056 = 76.6 % of the time; one server of an inference fleet loses almost nothing."""
    lam = 1.09 * 0.15
    assert computing_fraction(lam, 16384, 1.0) == pytest.approx(1 / (1 + 16384 * lam / 8766), rel=1e-12)
    assert computing_fraction(lam, 16384, 1.0) == pytest.approx(0.766, abs=1e-3)
    assert computing_fraction(lam, 1, 0.05) == pytest.approx(1 / (1 + lam * 0.05 / 8766), rel=1e-12)


def test_training_on_the_shipped_platform_loses_time_to_upsets():
    """The Blue Origin-style platform trains a 16,384-GPU job inside one platform (no laser links). At the orbit's dose
    behind its shielding every B200 is interrupted 0.49 + 0.6 times per krad a year, each costing the whole job 1 h;
    batch loses 0.1 h of one module per 0.49. In the same orbit and shielding, with no module running in eclipse,
    each module's delivered FLOP differs by exactly the ratio of the two computing fractions."""
    pinned = {"options.orbits": ["sso_dawn_dusk_650"], "options.shielding": ["baseline_10mm_al"]}
    rc = load_case(TEACH.parents[0] / "blue_origin.yaml", overrides={**pinned, "workload": "training_frontier"})
    trained, batch = solve(rc), solve(load_case(TEACH.parents[0] / "blue_origin.yaml", overrides=pinned))
    assert trained.design.isl_terminals == {}
    assert trained.design.compute_running_in_eclipse == {} and batch.design.compute_running_in_eclipse == {}
    dose = rc.entries["orbits"]["sso_dawn_dusk_650"].dose_krad_per_year * rc.entries["shielding"]["baseline_10mm_al"].dose_factor
    a_train = 1 / (1 + 16384 * (0.49 + 0.6) * dose * 1.0 / 8766)
    a_batch = 1 / (1 + 1 * 0.49 * dose * 0.1 / 8766)
    per_module = trained.kpi["delivered_flop"] / trained.design.compute["b200_gb200"]
    batch_per_module = batch.kpi["delivered_flop"] / batch.design.compute["b200_gb200"]
    assert per_module / batch_per_module == pytest.approx(a_train / a_batch, rel=1e-9)
    assert a_train < 0.97


def test_the_evaluator_checks_the_network_rows(tmp_path):
    """A solved training design re-evaluated meets every row; with one terminal fewer the topology row fails."""
    path = case(tmp_path, {"kind": "training", "cluster_accelerators": 21, "scale_out_gbps_per_accelerator": 100})
    result = solve(load_case(path))
    out = tmp_path / "solved"
    result.write(out)
    assert all(c.satisfied for c in evaluate(path, out / "result.json").checks)
    design = yaml.safe_load((out / "result.json").read_text())["design"]
    design["isl_terminals"] = {"laser": design["isl_terminals"]["laser"] - 1}
    short = tmp_path / "short.yaml"
    short.write_text(yaml.safe_dump(design))
    failed = [c.constraint for c in evaluate(path, short).checks if not c.satisfied]
    assert "isl_topology" in failed or "scale_out_bandwidth" in " ".join(failed)


def test_a_mix_of_workloads_weights_bandwidth_and_downtime(tmp_path):
    """Half training (100 Gbit/s per accelerator, cluster 21), half batch: the scale-out need is 0.5 x 100 = 50 Gbit/s
    per accelerator, 1,000 Gbit/s for 20: 2 terminals of 500 (or 4 per satellite, the topology)."""
    body = yaml.safe_load(case(tmp_path, {"kind": "training", "cluster_accelerators": 21, "scale_out_gbps_per_accelerator": 100}).read_text())
    body["workload"] = {"w": 0.5, "batch": 0.5}
    path = tmp_path / "mix.yaml"
    path.write_text(yaml.safe_dump(body))
    result = solve(load_case(path))
    assert result.design.isl_terminals == {"laser": max(math.ceil(20 * 50 / 500), 4 * result.design.satellites)}
    assert result.case["workload"] == {"w": 0.5, "batch": 0.5}


def test_a_terminal_that_cannot_reach_a_neighbour_carries_nothing(tmp_path):
    """Neighbours 20 km apart, a terminal of 10 km range: the cluster cannot be joined (infeasible); at 5 km it can."""
    path = case(tmp_path, {"kind": "training", "cluster_accelerators": 21, "scale_out_gbps_per_accelerator": 100})
    assert solve(load_case(path, overrides={"options.formation_neighbour_km": 20})).status.value == "infeasible"
    assert solve(load_case(path, overrides={"options.formation_neighbour_km": 5})).status.value == "optimal"
