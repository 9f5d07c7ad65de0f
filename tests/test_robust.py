"""One design robust to sampled worlds (synth.robust, ``synth solve --robust``), checked against brute force.

The tiny case is cases/teaching/small_choice.yaml (2 orbits x 2 shieldings x 2 compute types x 2 vehicles) with both
orbits made eclipse-free (eclipse fraction 0, no eclipse): then modules running in eclipse deliver nothing and need
no battery, and the only continuous sizes left are the arrays and radiators, whose least values follow from the
counts by hand (below). Its uncertainty sets, in a temporary catalog layered over the teaching one:

- ``mass_and_price``: the bus's dry mass x U[0.8, 2.5] (a heavier bus needs more launch capacity and payload room:
  a design must carry its heaviest world), big_rocket's price per kg x U[0.5, 1.5], gpu_b's price x U[0.7, 1.3];
- ``prices``: the two prices only (every design works in every world, so the central design is feasible in all).

The brute force enumerates every discrete design the optimizer could pick (orbit, shielding, module counts with IT
within the case's 2-6 kW, 1-3 satellites, 0-3 launches of each vehicle), sizes the arrays and radiators at their
least by hand, evaluates each design with ``synth.evaluate.evaluate`` in every world, keeps those feasible in all and
takes the least sum of costs / sum of discounted EFLOP. It shares no code with synth.robust.
"""

from __future__ import annotations

import itertools
import math
import shutil

import pytest
import yaml

from synth.case import load_case
from synth.cli import main
from synth.evaluate import DesignSpec, evaluate
from synth.robust import build_robust_model, run_robust, sample_worlds
from synth.solve import solve
from teaching import ARRAY, BUS, COMPUTE, LIFE, SHIELDS, TEACH, orbit_numbers, surviving

SCENARIOS = 4


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """small_choice without eclipses, in a temporary catalog with the two uncertainty sets (module docstring)."""
    root = tmp_path_factory.mktemp("robust")
    shutil.copytree(TEACH / "models", root / "models")
    bus_mass = {"kind": "uniform", "low": 0.8, "high": 3.0, "source": "teaching: a bus mass known within -20 %/+200 %"}
    big_price = {"kind": "uniform", "low": 0.5, "high": 1.5, "source": "teaching"}
    gpu_price = {"kind": "triangular", "low": 0.7, "mode": 1.0, "high": 1.3, "source": "teaching"}
    (root / "models" / "uncertainty.yaml").write_text(yaml.safe_dump({
        "mass_and_price": {"source": "teaching: a mass and two prices", "inputs": {
            "buses.small_bus.dry_mass_kg": bus_mass, "launch_vehicles.big_rocket.price_per_kg_usd": big_price, "compute.gpu_b.price_usd": gpu_price}},
        "prices": {"source": "teaching: two prices", "inputs": {
            "launch_vehicles.big_rocket.price_per_kg_usd": big_price, "compute.gpu_b.price_usd": gpu_price}},
    }))
    case = yaml.safe_load((TEACH / "small_choice.yaml").read_text())
    case["extends"] = str(TEACH / "single.yaml")
    case["catalog_dir"] = str(root / "models")
    case["name"] = "teaching_small_choice_no_eclipse"
    case["overrides"] = {"orbits": {o: {"eclipse_fraction": 0.0, "worst_eclipse_min": 0.0} for o in ("teach_leo", "teach_sso")},
                         "launch_vehicles": {"big_rocket": {"price_per_kg_usd": 10000}}}
    (root / "case.yaml").write_text(yaml.safe_dump(case))
    return root / "case.yaml"


# -- the brute force ------------------------------------------------------------------------------------------------
def least_sizes(orbit: str, shield: str, n: dict[str, int], sats: int) -> tuple[float, float, float]:
    """The least array area and 320 K / 340 K radiator areas (m2) of a design without eclipse, by hand.

    Arrays cover the load at beginning of life (all IT + housekeeping, at p_BOL = 1361 x 0.25 x 0.9 x 0.95 W/m2) and
    at end of life (the IT that survives + housekeeping, at p_EOL = p_BOL x 0.98^5). gpu_b (coolant limit 320 K)
    must use 320 K radiators; gpu_a and the housekeeping use the 340 K ones, which reject more per m2 at the same
    price and mass. No battery: nothing runs in an eclipse that never comes.
    """
    on = orbit_numbers(orbit)
    p = {c: COMPUTE[c]["power_w"] / 1000 for c in n}
    hk = sats * BUS["housekeeping_power_w"] / 1000
    it = sum(p[c] * n[c] for c in n)
    it_eol = sum(p[c] * n[c] * surviving(c, on, SHIELDS[shield]) for c in n)
    p_bol = 1361 * ARRAY["cell_efficiency"] * ARRAY["packing_factor"] * ARRAY["power_conversion_efficiency"] / 1000
    p_eol = p_bol * (1 - ARRAY["degradation_per_year"]) ** LIFE
    area = max((it + hk) / p_bol, (it_eol + hk) / p_eol)
    return area, p["gpu_b"] * n["gpu_b"] / on["q"][320.0], (p["gpu_a"] * n["gpu_a"] + hk) / on["q"][340.0]


def brute_force(case, worlds) -> tuple[list[tuple[dict, list[float], list[float]]], int]:
    """Every enumerated design feasible in every world with its cost (USD) and discounted compute (EFLOP) per
    world, and the number of designs tried."""
    cases = [load_case(case, overrides=w) for w in worlds]
    feasible, tried = [], 0
    for orbit, shield in itertools.product(("teach_leo", "teach_sso"), ("none", "thick")):
        for na, nb in itertools.product(range(7), range(5)):
            if not 2.0 - 1e-9 <= na * 1.0 + nb * 1.5 <= 6.0 + 1e-9:
                continue
            for sats, small, big in itertools.product(range(1, 4), range(4), range(4)):
                tried += 1
                area, rad320, rad340 = least_sizes(orbit, shield, {"gpu_a": na, "gpu_b": nb}, sats)
                grow = 1 + 1e-9  # least sizes, a hair up so rounding never fails a check that holds with equality
                design = {"orbit": orbit, "shielding": shield, "compute": {k: v for k, v in {"gpu_a": na, "gpu_b": nb}.items() if v},
                          "solar_array_area_by_technology_m2": {"cells_a": area * grow},
                          "radiator_area_by_option_m2": {"panel@320K": rad320 * grow, "panel@340K": rad340 * grow},
                          "satellites_by_bus": {"small_bus": sats}, "launches": {"small_rocket": small, "big_rocket": big}}
                spec = DesignSpec.model_validate(design)
                cost, flop = [], []
                for rc in cases:
                    res = evaluate(rc, spec)
                    if res.status.value != "feasible":
                        break
                    cost.append(res.budgets["cost_usd"]["total"])
                    flop.append(res.kpi["discounted_flop"] / 1e18)
                else:
                    feasible.append((design, cost, flop))
    return feasible, tried


def least(feasible, price) -> tuple[float, dict]:
    """The least of ``price(costs, flops)`` over the feasible designs, and its design."""
    return min(((price(c, f), d) for d, c, f in feasible), key=lambda x: x[0])


def tail_breakeven(cost: list[float], flop: list[float], worst: int) -> float:
    """The price p (USD per EFLOP) at which the mean of the ``worst`` largest net costs C_s - p F_s is 0, by
    bisection: that mean falls as p rises (every F_s > 0); the tail is re-sorted at every p."""
    lo, hi = min(c / f for c, f in zip(cost, flop, strict=True)), max(c / f for c, f in zip(cost, flop, strict=True))
    for _ in range(200):
        mid = (lo + hi) / 2
        net = sorted((c - mid * f for c, f in zip(cost, flop, strict=True)), reverse=True)
        lo, hi = (mid, hi) if sum(net[:worst]) > 0 else (lo, mid)
    return hi


@pytest.fixture(scope="module")
def mass_worlds(tiny):
    """4 worlds of mass_and_price (seed 0), and the brute force over them."""
    worlds, used = sample_worlds(tiny, SCENARIOS, "mass_and_price", seed=0)
    feasible, tried = brute_force(tiny, worlds)
    return worlds, used, feasible, tried


# -- checks ---------------------------------------------------------------------------------------------------------
def test_robust_design_equals_brute_force(tiny, mass_worlds):
    worlds, used, feasible, tried = mass_worlds
    assert sorted(used) == ["buses.small_bus.dry_mass_kg", "compute.gpu_b.price_usd", "launch_vehicles.big_rocket.price_per_kg_usd"]
    run = run_robust(tiny, worlds, compare=True)
    s = run.solved
    assert s.status.value == "optimal"
    expected, design = least(feasible, lambda c, f: sum(c) / sum(f))
    # 2 orbits x 2 shieldings x 16 module pairs (IT 2-6 kW: nb = 0..4 allows 5, 4, 4, 2, 1 values of na) x 3 x 4 x 4
    assert tried == 2 * 2 * 16 * 3 * 4 * 4
    assert math.isfinite(expected)
    tol = load_case(tiny).case.solver.ratio_tolerance
    assert s.value == pytest.approx(expected, rel=10 * tol)
    assert s.gap is not None and s.gap <= tol
    # the robust design, evaluated (independently of the model) in every world, works everywhere and costs what the
    # model says it costs, world by world
    assert run.robust.worlds_violated == 0
    assert run.robust.cost_usd == pytest.approx(s.cost_usd, rel=1e-7)
    assert run.robust.eflop == pytest.approx(s.eflop, rel=1e-7)
    assert run.robust.ratio == pytest.approx(expected, rel=10 * tol)
    # The worlds really differ in what they ask: the central design (one small rocket, enough for the catalog's
    # 300 kg bus) cannot carry the heaviest world's bus, and the robust design flies a big rocket as well, which
    # carries (and is paid per kg for) only what the small one cannot in each world.
    assert run.central_eval.worlds_violated >= 1
    assert any("mass_launched" in v for v in run.central_eval.violated)
    assert run.central.design["launches"] == {"small_rocket": 1}
    assert s.design["launches"] == {"small_rocket": 1, "big_rocket": 1} == design["launches"]


def test_robust_never_worse_than_central_on_the_same_worlds(tiny):
    worlds, _ = sample_worlds(tiny, SCENARIOS, "prices", seed=2)
    run = run_robust(tiny, worlds, compare=True)
    assert run.solved.status.value == "optimal"
    assert run.central_eval is not None and run.central_eval.worlds_violated == 0  # prices only: the central design works everywhere
    tol = load_case(tiny).case.solver.ratio_tolerance
    assert run.robust.ratio <= run.central_eval.ratio * (1 + tol)
    assert run.robust.worlds_violated == 0


@pytest.mark.parametrize("case", [TEACH / "small_choice.yaml", TEACH / "single.yaml", TEACH.parents[1] / "cases" / "spacex.yaml"],
                         ids=["small_choice", "single", "spacex"])
def test_one_world_at_the_central_figures_is_the_plain_solve(case):
    central = solve(case)
    run = run_robust(case, [{}], compare=False)
    tol = load_case(case).case.solver.ratio_tolerance
    assert run.solved.status.value == "optimal"
    assert run.solved.value == pytest.approx(central.kpi["cost_per_eflop_usd"], rel=tol)


def test_every_design_variable_is_tied(tiny):
    """Two worlds: one tie row per design variable of world 1 (picks, module/eclipse/top-down counts, units,
    launches, areas, batteries), each to world 0's."""
    worlds, _ = sample_worlds(tiny, 2, "mass_and_price", seed=1)
    rm = build_robust_model(tiny, worlds)
    b = rm.model.scenario[1]
    # 2 orbits x 2 shieldings picks; compute n, ecl (2 types x 2 x 2) and td_it (2 x 2); 1 bus x 2 orbits; 4 launch
    # pairs; 1 array x 2; radiator options 320 K and 340 K x 2; 1 battery x 2
    expected = 4 + 8 + 8 + 4 + 2 + 4 + 2 + 4 + 2
    assert rm.ties == expected
    assert len(b.compute.n) == 8 and len(b.launch.launches) == 4


SINGLE = str(TEACH / "single.yaml")


@pytest.mark.parametrize("argv, fragments", [
    (["solve", SINGLE, "--robust", "--scenarios", "0"], ["--scenarios", "at least 1 scenario"]),
    (["solve", SINGLE, "--robust", "--scenarios", "-5"], ["--scenarios", "at least 1 scenario"]),
    (["solve", SINGLE, "--robust", "--inputs", "nope"], ["--inputs", "unknown uncertainty set"]),
    (["solve", SINGLE, "--robust", "--risk", "cvar", "--alpha", "1"], ["--alpha", ">= 0 and < 1"]),
    (["solve", SINGLE, "--robust", "--risk", "cvar", "--alpha", "nan"], ["--alpha", ">= 0 and < 1"]),
    (["solve", SINGLE, "--robust", "--alpha", "0.9"], ["--alpha", "add --risk cvar"]),
    (["solve", SINGLE, "--scenarios", "5"], ["--robust"]),
    (["solve", SINGLE, "--risk", "cvar"], ["--robust"]),
], ids=["scenarios-0", "scenarios-negative", "unknown-set", "alpha-1", "alpha-nan", "alpha-without-cvar",
        "scenarios-without-robust", "risk-without-robust"])
def test_bad_robust_arguments_exit_2_before_anything_runs(capsys, argv, fragments):
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err and "internal error" not in err
    for fragment in fragments:
        assert fragment in err


def test_bad_robust_input_exits_2(tiny, capsys):
    assert main(["solve", str(tiny), "--robust", "--scenarios", "0", "--inputs", "prices"]) == 2
    assert "at least 1 scenario" in capsys.readouterr().err
    assert main(["solve", str(tiny), "--robust", "--scenarios", "3", "--inputs", "no_such_set"]) == 2
    assert "unknown uncertainty set" in capsys.readouterr().err
    assert main(["solve", str(tiny), "--scenarios", "3"]) == 2  # --scenarios without --robust
    assert "--robust" in capsys.readouterr().err
    assert main(["solve", str(tiny), "--robust", "--scenarios", "2", "--inputs", "prices", "--risk", "cvar", "--alpha", "1"]) == 2
    assert "--alpha" in capsys.readouterr().err
    assert main(["solve", str(tiny), "--robust", "--risk", "worst"]) == 2  # argparse: not a choice


def test_the_command_prints_both_designs_and_writes_its_tables(tiny, tmp_path, capsys):
    import json

    import pandas as pd

    out = tmp_path / "robust"
    assert main(["solve", str(tiny), "--robust", "--scenarios", "3", "--inputs", "prices", "--seed", "4", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "robust design over 3 worlds of prices" in text and "central design" in text and "design\n" in text
    data = json.loads((out / "robust.json").read_text())
    assert data["scenarios"] == 3 and data["status"] == "optimal" and data["robust"]["design"]["orbit"] in ("teach_leo", "teach_sso")
    table = pd.read_csv(out / "robust.csv")
    assert sorted(table["design"].unique()) == ["central", "robust"] and len(table) == 6
    robust = table[table["design"] == "robust"]
    assert robust["cost_usd"].sum() / robust["eflop"].sum() == pytest.approx(data["robust"]["ratio_of_expectations_usd_per_eflop"])


@pytest.mark.parametrize("alpha, worst", [(0.75, 1), (0.5, 2)])
def test_cvar_design_equals_brute_force(tiny, mass_worlds, alpha, worst):
    """Over 4 equally likely worlds the alpha-tail holds (1 - alpha) x 4 worlds: at alpha 0.75 the worst one, so the
    break-even price is max_s C_s / F_s (the design's dearest world) and the optimum is the least of that maximum; at
    alpha 0.5 the mean net cost of the worst two worlds must reach 0."""
    worlds, _, feasible, _ = mass_worlds
    run = run_robust(tiny, worlds, compare=False, risk="cvar", alpha=alpha)
    s = run.solved
    assert s.status.value == "optimal" and s.risk == "cvar" and s.alpha == alpha
    tol = load_case(tiny).case.solver.ratio_tolerance
    if worst == 1:
        expected, _ = least(feasible, lambda c, f: max(ci / fi for ci, fi in zip(c, f, strict=True)))
    else:
        expected, _ = least(feasible, lambda c, f: tail_breakeven(c, f, worst))
    assert s.value == pytest.approx(expected, rel=10 * tol)
    assert run.robust.worlds_violated == 0
    assert run.robust.breakeven(alpha) == pytest.approx(expected, rel=10 * tol)
    # a price no lower than the ratio of expectations (the tail is at least the mean)
    mean_best, _ = least(feasible, lambda c, f: sum(c) / sum(f))
    assert s.value >= mean_best * (1 - tol)


def test_cvar_at_alpha_0_is_the_ratio_of_expectations(tiny, mass_worlds):
    """CVaR at 0 is the mean: the break-even price of the mean net cost is sum C / sum F."""
    worlds = mass_worlds[0]
    mean = run_robust(tiny, worlds, compare=False)
    cvar0 = run_robust(tiny, worlds, compare=False, risk="cvar", alpha=0.0)
    tol = load_case(tiny).case.solver.ratio_tolerance
    assert cvar0.solved.value == pytest.approx(mean.solved.value, rel=10 * tol)
