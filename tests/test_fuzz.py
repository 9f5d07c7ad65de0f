"""Property-based fuzzing of case files (hypothesis).

1. Corrupted YAML (wrong types, missing keys, huge/negative numbers, NaN, unicode, deep nesting, truncation,
   empty files) never produces a traceback, an internal error or a hang: only exit 2 with a message (or, when
   the corruption happens to leave a valid case, a normal solve outcome).
2. Random valid variants of the small teaching case either solve to a design that the independent evaluator
   confirms feasible with the same KPIs, or are reported infeasible with a diagnosis.

Example counts: SYNTH_FUZZ_EXAMPLES (default 120 corruptions, a third as many valid variants) so CI stays quick;
run with e.g. SYNTH_FUZZ_EXAMPLES=3000 for a long campaign.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from synth import evaluate, load_case, solve
from synth.cli import main
from synth.errors import InputError

TEACH = Path(__file__).resolve().parents[1] / "cases" / "teaching"
EXAMPLES = int(os.environ.get("SYNTH_FUZZ_EXAMPLES", "120"))
BASE = yaml.safe_load((TEACH / "single.yaml").read_text())
BASE["catalog_dir"] = str(TEACH / "models")
FUZZ = settings(max_examples=EXAMPLES, deadline=20_000, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

junk = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["5 kg", "650 km", "1e400", "-0", "nan", "∞", "🚀", "1.0e6", "22 %", "300 degC", "[", "{a: 1}"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _paths(node, prefix=()):
    """Every (path, value) in a nested dict/list."""
    yield prefix, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


ALL_PATHS = [p for p, _ in _paths(BASE) if p]


def _set(tree, path, value):
    node = tree
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def _delete(tree, path):
    node = tree
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]


@st.composite
def corrupted_case_text(draw):
    import copy

    kind = draw(st.sampled_from(["replace", "delete", "truncate", "nest", "empty", "garbage", "add_field"]))
    tree = copy.deepcopy(BASE)
    if kind == "replace":
        _set(tree, draw(st.sampled_from(ALL_PATHS)), draw(junk))
    elif kind == "delete":
        _delete(tree, draw(st.sampled_from(ALL_PATHS)))
    elif kind == "nest":
        depth = draw(st.integers(min_value=1, max_value=200))
        value = 1
        for _ in range(depth):
            value = {"x": value}
        _set(tree, draw(st.sampled_from(ALL_PATHS)), value)
    elif kind == "add_field":
        _set(tree, (draw(st.text(min_size=1, max_size=10)),), draw(junk))
    elif kind == "empty":
        return draw(st.sampled_from(["", "   \n", "# only a comment\n", "---\n", "null\n", "[]\n", "42\n"]))
    elif kind == "garbage":
        return draw(st.text(max_size=200))
    text = yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)
    if kind == "truncate":
        text = text[: draw(st.integers(min_value=0, max_value=len(text)))]
    return text


@pytest.mark.slow
@FUZZ
@given(text=corrupted_case_text())
def test_corrupted_case_files_never_crash(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "case.yaml"
    path.write_text(text, encoding="utf-8")
    for command in (["validate", str(path)], ["solve", str(path), "--quiet"]):
        code = main(command)
        assert code in (0, 2, 3, 4), f"exit {code} for {command} on:\n{text}"


@st.composite
def valid_variant(draw):
    """Random but schema-valid overrides of the small-choice teaching case."""
    lo = draw(st.floats(min_value=0.001, max_value=0.03))
    hi = lo * draw(st.floats(min_value=1.0, max_value=4.0))
    over = {
        "requirements.it_power_mw": {"min": lo, "max": hi},
        "requirements.design_life_years": draw(st.floats(min_value=0.5, max_value=15)),
        "requirements.utilization": draw(st.floats(min_value=0.05, max_value=1.0)),
        "economics.discount_rate": draw(st.sampled_from([0.0, 0.03, 0.08])),
        "economics.nre_usd": draw(st.floats(min_value=0, max_value=1e8)),
        "launch_vehicles.big_rocket.price_per_kg_usd": draw(st.floats(min_value=10, max_value=20_000)),
        "launch_vehicles.small_rocket.price_per_launch_usd": draw(st.floats(min_value=1e5, max_value=1e8)),
        "compute.gpu_b.price_usd": draw(st.floats(min_value=1_000, max_value=200_000)),
        "solar_arrays.cells_a.cell_efficiency": draw(st.floats(min_value=0.05, max_value=0.45)),
        "radiators.panel.emissivity": draw(st.floats(min_value=0.6, max_value=1.0)),
        "batteries.cells.depth_of_discharge": draw(st.floats(min_value=0.1, max_value=1.0)),
        "buses.small_bus.max_it_power_kw": draw(st.floats(min_value=1.0, max_value=40.0)),
    }
    if draw(st.booleans()):
        over["limits.max_launches"] = draw(st.integers(min_value=1, max_value=4))
    if draw(st.booleans()):
        over["limits.max_array_area_m2"] = draw(st.floats(min_value=5, max_value=200))
    return over


@pytest.mark.slow
@settings(max_examples=max(EXAMPLES // 3, 10), deadline=30_000, suppress_health_check=[HealthCheck.too_slow])
@given(over=valid_variant())
def test_valid_variants_solve_to_a_confirmed_design_or_explain_infeasibility(over):
    try:
        case = load_case(TEACH / "small_choice.yaml", overrides=over)
    except InputError:
        return  # e.g. a radiator pushed below its sink by the emissivity drawn: rejected cleanly, which is fine
    result = solve(case)
    assert result.status.value in ("optimal", "infeasible"), result.message
    if result.status.value == "infeasible":
        assert result.diagnosis and all(d.message for d in result.diagnosis)
        return
    checked = evaluate(case, _design_spec(result))
    assert [c.message for c in checked.checks if not c.satisfied] == []
    for key in ("cost_per_eflop_usd", "launched_mass_kg", "it_power_w", "delivered_flop"):
        assert math.isclose(checked.kpi[key], result.kpi[key], rel_tol=1e-6), key


def _design_spec(result):
    import json

    from synth.evaluate import DesignSpec

    return DesignSpec.model_validate(json.loads(result.to_json())["design"])
