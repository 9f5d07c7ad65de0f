"""The shipped uncertainty set (synth/catalogs/uncertainty.yaml, issue 14): it validates, every input reaches a figure
of a shipped case at both ends of its range, every factor distribution holds the catalog's own figure, and ranges
are the catalogs' own (checked by hand against the uncertain: texts)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from synth.case import ResolvedCase, load_case, validate_catalogs

CASES = Path(__file__).resolve().parents[1] / "cases"
SHIPPED = ("spacex", "blue_origin")


@cache
def catalogs() -> dict[str, dict[str, Any]]:
    return validate_catalogs()


def uset() -> Any:
    return catalogs()["uncertainty"]["baseline_2026"]


@cache
def case(name: str) -> ResolvedCase:
    return load_case(CASES / f"{name}.yaml")


def figure(rc: ResolvedCase, path: str) -> Any:
    """The figure at a dotted path in a resolved case, or None when the case does not see it (an entry that is not
    one of its candidates or baselines)."""
    parts = path.split(".")
    if parts[0] == "terrestrial":
        node, rest = rc.terrestrials.get(parts[1]), parts[2:]
    elif parts[0] in rc.entries:
        node, rest = rc.entries[parts[0]].get(parts[1]), parts[2:]
    else:
        node, rest = rc.case, parts
    for part in rest:
        if node is None:
            return None
        node = node.get(part) if isinstance(node, dict) else getattr(node, part, None)
    return node


def test_the_shipped_set_validates_and_is_the_size_asked_for():
    sets = catalogs()["uncertainty"]
    assert "baseline_2026" in sets
    s = uset()
    assert 20 <= len(s.inputs) <= 40
    assert {"launch_prices", "orbital_buses", "electricity_prices", "terrestrial_waccs"} <= set(s.groups)
    assert s.groups["launch_prices"].correlation == 0.8
    assert s.groups["orbital_buses"].correlation == 0.5
    assert s.groups["electricity_prices"].correlation == 0.9
    assert s.groups["terrestrial_waccs"].correlation == 0.9
    for group in s.groups.values():
        assert group.description and group.description.startswith("assumption")


@pytest.mark.parametrize("path", list(uset().inputs))
def test_every_input_moves_a_figure_of_a_shipped_case_at_both_ends(path):
    dist = uset().inputs[path]
    applied = []
    for name in SHIPPED:
        base = figure(case(name), path)
        if base is None:
            continue
        assert isinstance(base, (int, float)), (path, name, base)
        if dist.factor:
            assert dist.low <= 1 <= dist.high  # the catalog's own figure (factor 1) is inside the range
        else:
            assert dist.low <= base <= dist.high, (path, name, base)
        for end in (dist.low, dist.high):
            value = base * end if dist.factor else end
            rc = load_case(CASES / f"{name}.yaml", overrides={path: value})  # a bad value would raise InputError
            assert figure(rc, path) == pytest.approx(value, rel=1e-12, abs=1e-15)
        applied.append(name)
    assert applied, f"{path} is a figure of neither shipped case"


def test_every_input_names_its_source_file():
    for path, dist in uset().inputs.items():
        kind = path.split(".")[0]
        where = f"{kind}.yaml" if kind in catalogs() else "cases/"
        assert where in dist.source, path


def test_new_glenn_price_is_its_catalog_range_over_its_catalog_value():
    """launch_vehicles.yaml new_glenn: price_per_launch_usd 68.0e6, uncertain: 'plausible $60-110M'.
    low = 60 / 68 = 0.882353, mode = 68 / 68 = 1, high = 110 / 68 = 1.617647."""
    entry = catalogs()["launch_vehicles"]["new_glenn"]
    assert entry.price_per_launch_usd == 68.0e6
    assert "plausible $60-110M" in entry.uncertain
    dist = uset().inputs["launch_vehicles.new_glenn.price_per_launch_usd"]
    assert (dist.kind, dist.factor) == ("triangular", True)
    assert dist.low == pytest.approx(60 / 68, rel=1e-6) == pytest.approx(0.882353, rel=1e-6)
    assert dist.mode == 1
    assert dist.high == pytest.approx(110 / 68, rel=1e-6) == pytest.approx(1.617647, rel=1e-6)


def test_starship_price_is_a_lognormal_from_the_reuse_case_to_the_market_price():
    """launch_vehicles.yaml starship: 460 USD/kg; uncertain: '<=$60/kg (10x)' reuse and '~$500-1,500/kg' market.
    5th percentile 60 / 460 = 0.130435, 95th 1,500 / 460 = 3.26087; median sqrt(60 x 1,500) = 300 USD/kg;
    sigma = ln(1,500 / 60) / (2 x 1.6449) = 3.2189 / 3.2897 = 0.97847, mean 300 x exp(0.97847^2 / 2) = 484 USD/kg."""
    entry = catalogs()["launch_vehicles"]["starship"]
    assert entry.price_per_kg_usd == 460
    assert "<=$60/kg (10x)" in entry.uncertain and "~$500-1,500/kg" in entry.uncertain
    dist = uset().inputs["launch_vehicles.starship.price_per_kg_usd"]
    assert dist.kind == "lognormal"
    assert 460 * dist.low == pytest.approx(60, rel=1e-5) and 460 * dist.high == pytest.approx(1500, rel=1e-5)
    assert 460 * float(dist.ppf([0.5])[0]) == pytest.approx(300, rel=1e-5)


def test_discount_rate_is_the_sweep_the_cases_state_as_a_value():
    """cases/spacex.yaml and cases/blue_origin.yaml: discount_rate 0.10, 'sweep 0.076-0.20': triangular 0.076, 0.10,
    0.20 as the value itself (factor false); median 0.20 - sqrt(0.5 x 0.124 x 0.10) = 0.20 - 0.078740 = 0.121260."""
    dist = uset().inputs["economics.discount_rate"]
    assert (dist.kind, dist.factor, dist.low, dist.mode, dist.high) == ("triangular", False, 0.076, 0.10, 0.20)
    for name in SHIPPED:
        assert case(name).case.economics.discount_rate == 0.10
        assert "0.076-0.20" in (CASES / f"{name}.yaml").read_text()
    assert float(dist.ppf([0.5])[0]) == pytest.approx(0.121260, abs=1e-6)
