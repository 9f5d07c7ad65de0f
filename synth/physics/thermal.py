"""Radiator heat rejection in orbit, at beginning and at end of life.

A flat radiator flies edge-on to the Sun with its faces' normals horizontal (perpendicular to nadir). By default
each face sees the Earth with the view factor of a differential plate whose normal is perpendicular to the Earth
direction, at H = (R + h) / R Earth radii from the centre:

    F = (1/pi) * ( arctan(1/X) - X / H^2 ),   X = sqrt(H^2 - 1)                    (-)

(limits: F -> 1/2 at the surface; F ~ 2 / (3 pi H^3) far away); an orbit may state its own F
(``orbits.*.radiator_earth_view_factor``). Per m2 of planform area with n faces, infrared emissivity eps, infrared
absorptivity a_IR (Kirchhoff: a_IR = eps unless stated), solar absorptivity a, view factor to cold space F_s (1 for
a free-standing panel; less when the spacecraft's own hardware, at about the radiator's temperature, blocks part of
each face's view and takes no net heat), at temperature T (K):

    emitted   q_out = n * eps * F_s * sigma * T^4                                      (W/m2)
    absorbed  q_in  = n * F * (a_IR * q_IR + a * albedo * S * k_alb) + a * S * k_sun    (W/m2)
    net       q_net = q_out - q_in                                                     (W/m2)

q_IR is Earth's long-wave flux, albedo * S * k_alb the orbit-average reflected sunlight (k_alb the fraction of it
that reaches the radiator), k_sun the mean fraction of the solar constant S falling on the radiator. The sink
temperature, at which the radiator rejects nothing, is T_sink = (q_in / (n eps F_s sigma))^(1/4).

Coating degradation over life: eps(t) = eps_0 - d_eps t, a(t) = a_0 + d_a t (and a_IR(t) = eps(t) under Kirchhoff,
else a_IR held), per year, so q_net(t) is affine in t. The heat that must be rejected, the IT that survives plus
constant loads, sum_c Q_c e^(-lambda_c t) + K, is convex in t. Their difference q_net(t) A - load(t) is therefore
concave in t, and a concave function on [0, L] takes its minimum at an end point: the radiators reject the heat
in every year iff they do at beginning of life (q_net(0), full heat) and at end of life (q_net(L), the heat of what
survives). The same holds for every temperature tier's row. End-of-life coatings must stay physical
(eps(L) >= 0.01, a(L) <= 1): the input is refused otherwise, so the affine law holds over the whole life.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from synth.physics.constants import EARTH_RADIUS_KM, SOLAR_CONSTANT_W_PER_M2, STEFAN_BOLTZMANN


def earth_view_factor_vertical_plate(altitude_km: float) -> float:
    """View factor F from a plate whose normal is horizontal to the Earth sphere (module docstring)."""
    big_h = (EARTH_RADIUS_KM + altitude_km) / EARTH_RADIUS_KM
    x = math.sqrt(big_h * big_h - 1.0)
    return (math.atan(1.0 / x) - x / (big_h * big_h)) / math.pi


@dataclass(frozen=True)
class Coating:
    """A radiator's surface at one time: infrared emissivity, infrared absorptivity and solar absorptivity (-)."""

    emissivity: float
    ir_absorptivity: float
    solar_absorptivity: float


def coating_at(years: float, emissivity: float, solar_absorptivity: float, ir_absorptivity: float | None = None,
               emissivity_loss_per_year: float = 0.0, solar_absorptivity_rise_per_year: float = 0.0) -> Coating:
    """The coating after ``years``: eps(t) = eps_0 - d_eps t, a(t) = a_0 + d_a t, a_IR = eps(t) when not given
    (Kirchhoff), else held (module docstring)."""
    eps = emissivity - emissivity_loss_per_year * years
    return Coating(eps, eps if ir_absorptivity is None else ir_absorptivity, solar_absorptivity + solar_absorptivity_rise_per_year * years)


def absorbed_w_per_m2(altitude_km: float, faces: int, emissivity: float, solar_absorptivity: float,
                      earth_ir_w_per_m2: float, albedo: float, albedo_illumination_factor: float,
                      sun_incidence_factor: float, solar_constant_w_per_m2: float = SOLAR_CONSTANT_W_PER_M2,
                      earth_view_factor: float | None = None, ir_absorptivity: float | None = None) -> float:
    """Environmental heat absorbed per m2 of planform, q_in (W/m2); F from the vertical plate when not given, a_IR = eps
    when not given."""
    f = earth_view_factor_vertical_plate(altitude_km) if earth_view_factor is None else earth_view_factor
    a_ir = emissivity if ir_absorptivity is None else ir_absorptivity
    s = solar_constant_w_per_m2
    return (faces * f * (a_ir * earth_ir_w_per_m2 + solar_absorptivity * albedo * s * albedo_illumination_factor)
            + solar_absorptivity * s * sun_incidence_factor)


def emitted_w_per_m2(faces: int, emissivity: float, temperature_k: float, space_view_factor: float = 1.0) -> float:
    """Radiated power per m2 of planform, q_out = n eps F_s sigma T^4 (W/m2)."""
    return faces * emissivity * space_view_factor * STEFAN_BOLTZMANN * temperature_k**4


def net_rejection_w_per_m2(temperature_k: float, absorbed: float, faces: int, emissivity: float, space_view_factor: float = 1.0) -> float:
    """Net heat rejected per m2 of planform, q_net = q_out - q_in (W/m2); <= 0 means the radiator is useless."""
    return emitted_w_per_m2(faces, emissivity, temperature_k, space_view_factor) - absorbed


def sink_temperature_k(absorbed: float, faces: int, emissivity: float, space_view_factor: float = 1.0) -> float:
    """Radiator temperature at which q_net = 0: T_sink = (q_in / (n eps F_s sigma))^(1/4) (K)."""
    return (absorbed / (faces * emissivity * space_view_factor * STEFAN_BOLTZMANN)) ** 0.25
