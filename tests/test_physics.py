"""Physics relations against closed forms, published figures and independent numerical integration."""

from __future__ import annotations

import math

import numpy as np
import pytest

from synth.physics import economics, orbit, power, reliability, thermal

SIGMA = 5.670374419e-8
R_EARTH = 6378.137
MU = 398600.4418


def test_array_output_per_m2_closed_form():
    # 1361 W/m2 x 22 % x 0.90 packing = 269.478 W/m2 at beginning of life; x 0.975^5 after 5 years at 2.5 %/yr.
    bol = 1361 * 0.22 * 0.90
    assert power.array_eol_w_per_m2(0.22, 0.90, 1.0, 0.0, 5) == pytest.approx(bol, rel=1e-12)
    assert power.array_eol_w_per_m2(0.22, 0.90, 1.0, 0.0, 5) == pytest.approx(269.478, rel=1e-9)
    assert power.array_eol_w_per_m2(0.22, 0.90, 1.0, 0.025, 5) == pytest.approx(bol * 0.975**5, rel=1e-12)
    assert power.array_eol_w_per_m2(0.22, 0.90, 1.0, 0.025, 5) == pytest.approx(237.436, abs=0.001)  # 0.975^5 = 0.881096


def test_radiator_net_flux_closed_form():
    # Deep space (no Earth, no Sun): two faces at 300 K, emissivity 0.9 -> 2 x 0.9 x sigma x 300^4 = 826.7 W/m2.
    assert thermal.emitted_w_per_m2(2, 0.9, 300.0) == pytest.approx(2 * 0.9 * SIGMA * 300.0**4, rel=1e-12)
    assert thermal.emitted_w_per_m2(2, 0.9, 300.0) == pytest.approx(826.74, abs=0.01)
    # With Earth IR only, at 650 km (view factor by hand), absorbed = 2 F eps q_IR.
    h_ratio = (R_EARTH + 650.0) / R_EARTH
    x = math.sqrt(h_ratio**2 - 1)
    f = (math.atan(1 / x) - x / h_ratio**2) / math.pi
    absorbed = thermal.absorbed_w_per_m2(650.0, 2, 0.9, 0.1, 237.0, 0.0, 0.0, 0.0)
    assert absorbed == pytest.approx(2 * f * 0.9 * 237.0, rel=1e-12)
    net = thermal.net_rejection_w_per_m2(300.0, absorbed, 2, 0.9)
    assert net == pytest.approx(2 * 0.9 * SIGMA * 300.0**4 - 2 * f * 0.9 * 237.0, rel=1e-12)
    # The sink temperature is where the net flux vanishes.
    t_sink = thermal.sink_temperature_k(absorbed, 2, 0.9)
    assert thermal.net_rejection_w_per_m2(t_sink, absorbed, 2, 0.9) == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("altitude_km", [300.0, 650.0, 1200.0, 8000.0, 35786.0])
def test_vertical_plate_view_factor_matches_numerical_integration(altitude_km):
    """F = (1/pi) * integral over the visible Earth of cos(theta_normal) dOmega, integrated numerically."""
    h = (R_EARTH + altitude_km) / R_EARTH
    theta0 = math.asin(1.0 / h)  # angular radius of the Earth disc seen from the plate
    # Directions around nadir: polar angle t in [0, theta0], azimuth p; plate normal is horizontal (along x).
    t = np.linspace(0.0, theta0, 2001)
    p = np.linspace(0.0, 2 * math.pi, 4001)
    tt, pp = np.meshgrid(t, p, indexing="ij")
    cos_normal = np.clip(np.sin(tt) * np.cos(pp), 0.0, None)  # normal . direction; only the front face counts
    integrand = cos_normal * np.sin(tt)
    numeric = np.trapezoid(np.trapezoid(integrand, p, axis=1), t) / math.pi
    assert thermal.earth_view_factor_vertical_plate(altitude_km) == pytest.approx(numeric, rel=2e-4)


def test_eclipse_fraction_at_beta_zero_matches_published_550km():
    # Reference: 550 km, beta 0 -> 0.372 of the orbit (~35.6 of 95.6 min).
    assert orbit.eclipse_fraction_at_beta(550.0, 0.0) == pytest.approx(0.372, abs=0.001)
    assert orbit.period_s(550.0) / 60 == pytest.approx(95.6, abs=0.1)
    # Closed form by hand: f = arccos(sqrt(h^2 + 2Rh)/(R+h)) / pi
    h = 550.0
    assert orbit.eclipse_fraction_at_beta(h, 0.0) == pytest.approx(math.acos(math.sqrt(h * h + 2 * R_EARTH * h) / (R_EARTH + h)) / math.pi, rel=1e-12)
    # No eclipse above the critical beta angle.
    assert orbit.eclipse_fraction_at_beta(h, math.asin(R_EARTH / (R_EARTH + h)) + 1e-3) == 0.0


@pytest.mark.parametrize(
    ("altitude_km", "inclination_deg", "ltan_h", "published", "tolerance"),
    [
        (550.0, 53.0, None, 0.31, 0.01),  # reference: 550 km 53 deg annual mean ~31 % (derived)
        (650.0, None, 6.0, 0.039, 0.002),  # dawn-dusk SSO 650 km: ~3.9 %
        (550.0, None, 6.0, 0.049, 0.002),  # 550 km: ~4.9 %
        (800.0, None, 6.0, 0.027, 0.002),  # 800 km: ~2.7 %
        (35786.0, 0.0, None, 0.0095, 0.003),  # GEO: < 1 % of the year
    ],
)
def test_annual_eclipse_fraction_matches_reference(altitude_km, inclination_deg, ltan_h, published, tolerance):
    inc = orbit.sun_synchronous_inclination_deg(altitude_km) if inclination_deg is None else inclination_deg
    assert orbit.sunlight(altitude_km, inc, ltan_h).eclipse_fraction == pytest.approx(published, abs=tolerance)


def test_geo_worst_eclipse_about_70_minutes():
    assert orbit.sunlight(35786.0, 0.0, None).worst_eclipse_s / 60 == pytest.approx(70.0, abs=2.0)


def test_sun_synchronous_inclination_650km():
    # Published SSO inclinations: ~97.79 deg at 600 km, ~98.19 deg at 700 km (J2 condition).
    assert orbit.sun_synchronous_inclination_deg(600.0) == pytest.approx(97.79, abs=0.02)
    assert orbit.sun_synchronous_inclination_deg(700.0) == pytest.approx(98.19, abs=0.02)


@pytest.mark.parametrize(("price_per_kg", "published"), [(3600.0, 14_700.0), (200.0, 810.0)])
def test_suncatcher_launched_power_price(price_per_kg, published):
    # Starlink-v2-type satellite: 575 kg, ~28 kW, 5 years (Suncatcher arXiv 2511.19468, Table 1 and sec. 4.4).
    price = economics.launched_power_price_usd_per_kw_year(575.0, 28.0, 5.0, price_per_kg)
    assert price == pytest.approx(575.0 * price_per_kg / (28.0 * 5.0), rel=1e-12)
    assert price == pytest.approx(published, rel=0.02)


def test_discounted_service_years_closed_forms():
    # No failures, no discounting: the whole life.
    assert reliability.discounted_service_years(0.0, 5.0, 0.0) == pytest.approx(5.0)
    # Failures only: mean surviving fraction x life = (1 - e^{-lambda L}) / lambda.
    assert reliability.discounted_service_years(0.1, 5.0, 0.0) == pytest.approx((1 - math.exp(-0.5)) / 0.1, rel=1e-12)
    # Discounting only at r = 5 %: integral of (1.05)^-t over 5 years.
    rho = math.log(1.05)
    assert reliability.discounted_service_years(0.0, 5.0, 0.05) == pytest.approx((1 - 1.05**-5) / rho, rel=1e-12)
    assert economics.annuity_years(5.0, 0.05) == pytest.approx((1 - 1.05**-5) / rho, rel=1e-12)
    # Failure rate adds the dose term: 0.05 + 0.02 /krad x 0.5 x 2 krad/yr = 0.07 /yr.
    assert reliability.failure_rate_per_year(0.05, 0.02, 2.0, 0.5) == pytest.approx(0.07)


def test_drag_propellant_by_hand():
    # rho 1e-12 kg/m3, v 7,600 m/s, Cd 2.2, frontal 0.5, 1 m2, 1 year, Isp 1,500 s:
    # F = 0.5 * 1e-12 * 7600^2 * 2.2 * 0.5 = 3.1768e-5 N; x 3.15576e7 s / (1500 * 9.80665) = 6.8157e-2 kg.
    expected = 0.5 * 1e-12 * 7600.0**2 * 2.2 * 0.5 * 3.15576e7 / (1500 * 9.80665)
    assert economics.drag_propellant_kg_per_m2(1e-12, 7600.0, 0.5, 1.0, 1500.0) == pytest.approx(expected, rel=1e-12)
    assert economics.drag_propellant_kg_per_m2(1e-12, 7600.0, 0.5, 1.0, 1500.0) == pytest.approx(0.068157, rel=1e-4)


def test_battery_coefficients():
    # 1 kWh nameplate at DoD 0.5 and round trip 0.81 delivers 0.5 x 0.9 = 0.45 kWh, and needs 0.5/0.9/t_sun kW to refill.
    assert power.battery_deliverable_kwh_per_kwh(0.5, 0.81) == pytest.approx(0.45)
    assert power.battery_recharge_kw_per_kwh(0.5, 0.81, 1.0) == pytest.approx(0.5 / 0.9)
