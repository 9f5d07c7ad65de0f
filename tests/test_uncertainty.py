"""Structured uncertainty (issue 14): each distribution's inverse CDF against scipy.stats' own (an independent
implementation), the samplers' stratification, the copula's correlation, and bad distributions refused."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError
from scipy import stats

from synth.uncertainty import Distribution, UncertaintySet, correlate, sample, unit_sample

U = np.linspace(0.001, 0.999, 999)


def test_uniform_triangular_and_lognormal_inverse_cdfs_match_scipy():
    uni = Distribution(kind="uniform", low=2.0, high=5.0, source="test")
    assert uni.ppf(U) == pytest.approx(stats.uniform(loc=2.0, scale=3.0).ppf(U))
    tri = Distribution(kind="triangular", low=1.0, mode=1.5, high=4.0, source="test")
    assert tri.ppf(U) == pytest.approx(stats.triang(c=(1.5 - 1.0) / 3.0, loc=1.0, scale=3.0).ppf(U))
    logn = Distribution(kind="lognormal", low=0.5, high=2.0, source="test")
    # 5th and 95th percentiles 0.5 and 2: median sqrt(0.5 x 2) = 1, sigma = ln 4 / (2 x 1.6449) = 0.42141
    assert logn.ppf(np.array([0.05, 0.5, 0.95])) == pytest.approx([0.5, 1.0, 2.0])
    assert logn.ppf(U) == pytest.approx(stats.lognorm(s=np.log(4.0) / (2 * 1.6448536269514722), scale=1.0).ppf(U))


def test_a_latin_hypercube_hits_each_stratum_once_and_is_seeded():
    u = unit_sample(3, 50, "lhs", seed=7)
    for j in range(3):
        assert sorted(np.floor(u[:, j] * 50).astype(int)) == list(range(50))
    assert np.array_equal(u, unit_sample(3, 50, "lhs", seed=7))
    assert not np.array_equal(u, unit_sample(3, 50, "lhs", seed=8))
    s = unit_sample(2, 64, "sobol", seed=1)
    assert s.shape == (64, 2) and ((s >= 0) & (s < 1)).all()


def test_a_group_moves_together():
    from synth.uncertainty import CorrelationGroup

    u = unit_sample(3, 4000, "random", seed=3)
    tied = correlate(u, ["a", "b", "c"], {"g": CorrelationGroup(members=["a", "b"], correlation=0.8)})
    rho = stats.spearmanr(tied[:, 0], tied[:, 1]).statistic
    # Spearman's rho of a Gaussian copula with r = 0.8: (6 / pi) asin(0.8 / 2) = 0.7859
    assert rho == pytest.approx(6 / np.pi * np.arcsin(0.4), abs=0.02)
    assert abs(stats.spearmanr(tied[:, 0], tied[:, 2]).statistic) < 0.05
    assert np.array_equal(tied[:, 2], u[:, 2])  # outside the group: untouched
    same = correlate(u, ["a", "b", "c"], {"g": CorrelationGroup(members=["a", "b"], correlation=1.0)})
    assert np.array_equal(same[:, 0], same[:, 1])


def test_a_set_samples_every_input():
    uset = UncertaintySet(source="test", inputs={"x": {"kind": "uniform", "low": 1, "high": 2, "source": "test"},
                                                 "y": {"kind": "triangular", "low": 0, "mode": 0, "high": 1, "source": "test"}})
    draws = sample(uset, 100, "lhs", 5)
    assert set(draws) == {"x", "y"} and len(draws["x"]) == 100
    assert (1 <= draws["x"]).all() and (draws["x"] <= 2).all()


@pytest.mark.parametrize("fields, message", [
    ({"kind": "uniform", "low": 2, "high": 1}, "low < high"),
    ({"kind": "triangular", "low": 1, "high": 2}, "low <= mode <= high"),
    ({"kind": "triangular", "low": 1, "mode": 3, "high": 2}, "low <= mode <= high"),
    ({"kind": "lognormal", "low": 0, "high": 2}, "above 0"),
    ({"kind": "uniform", "low": 1, "mode": 1.5, "high": 2}, "mode is for a triangular"),
    ({"kind": "normal", "low": 1, "high": 2}, "uniform"),
])
def test_bad_distributions_are_refused(fields, message):
    with pytest.raises(ValidationError, match=message):
        Distribution(**fields, source="test")


def test_a_group_must_name_the_sets_inputs():
    with pytest.raises(ValidationError, match="names inputs the set does not have"):
        UncertaintySet(source="test", inputs={"x": {"kind": "uniform", "low": 1, "high": 2, "source": "test"}},
                       groups={"g": {"members": ["x", "z"], "correlation": 1}})


def test_the_catalog_command_shows_the_distributions(capsys):
    """`synth catalog uncertainty` lists each input on its line; an entry's own listing names the distribution an
    uncertainty set gives its figure (Starship's $/kg: lognormal, 5th-95th percentiles $60 and $1,500 over $460)."""
    from synth.cli import main

    assert main(["catalog", "uncertainty"]) == 0
    out = capsys.readouterr().out
    assert "    launch_vehicles.starship.price_per_kg_usd: lognormal 5-95 % x0.1304-3.261 (" in out  # 60 / 460, 1,500 / 460
    assert "group " in out
    assert main(["catalog", "launch_vehicles"]) == 0
    assert "    distribution of price_per_kg_usd (baseline_2026): lognormal 5-95 % x0.1304-3.261" in capsys.readouterr().out
