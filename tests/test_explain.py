"""What binds at an optimum, and LP marginal values a person can recompute."""

from __future__ import annotations

import pytest


def test_launched_mass_marginal_is_the_per_kg_launch_price_per_eflop(small_choice):
    """small_choice's optimum flies on big_rocket, priced $2,000 per kg quoted for its 4,000 kg to LEO (a flight
    costs $8M wherever it goes: a kg to SSO, 3,000 kg a flight, costs 2,000 x 4,000 / 3,000 = $2,666.67, which is
    why the optimum now sits in teach_leo). In LEO one tonne less to launch saves $2M, so the marginal value of the
    launched-mass row is $2M / (delivered EFLOP)."""
    result = small_choice
    assert result.design.launches == {"big_rocket": 1}
    assert result.design.orbit == "teach_leo"
    binding = {b.constraint: b for b in result.binding}
    row = binding["mass_launched[teach_leo]"]
    assert row.unit == "t" and row.budget == "mass/launch"
    assert row.marginal == pytest.approx(2000 * 4000 / 4000 * 1000 / (result.kpi["discounted_flop"] / 1e18), rel=1e-6)


def test_single_case_binding_rows(single):
    result = single
    names = {b.constraint for b in result.binding}
    # The array, battery and radiators are sized exactly to their loads; the scale is fixed at 20 kW.
    assert {"power_balance[teach_leo]", "battery_energy[teach_leo]", "heat_total[teach_leo]", "scale_max"} <= names
    # No top-down candidates: their (empty) hosting row is not reported.
    assert not any(n.startswith("hosting_it_top_down") for n in names)
    assert all(b.marginal is None or b.marginal >= 0 for b in result.binding)
    assert [b.marginal or 0 for b in result.binding] == sorted((b.marginal or 0 for b in result.binding), reverse=True)
