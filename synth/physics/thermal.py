"""Radiator heat rejection in orbit.

A flat radiator flies edge-on to the Sun with its faces' normals horizontal (perpendicular to nadir). Each face
sees the Earth with the view factor of a differential plate whose normal is perpendicular to the Earth direction,
at H = (R + h) / R Earth radii from the centre:

    F = (1/pi) * ( arctan(1/X) - X / H^2 ),   X = sqrt(H^2 - 1)                    (-)

(limits: F -> 1/2 at the surface; F ~ 2 / (3 pi H^3) far away). Per m2 of planform area with n faces, emissivity
eps, solar absorptivity a, at temperature T (K):

    emitted   q_out = n * eps * sigma * T^4                                          (W/m2)
    absorbed  q_in  = n * F * (eps * q_IR + a * albedo * S * k_alb) + a * S * k_sun   (W/m2)
    net       q_net = q_out - q_in                                                   (W/m2)

q_IR is Earth's long-wave flux, albedo * S * k_alb the orbit-average reflected sunlight (k_alb the fraction of it
that reaches the radiator), k_sun the mean fraction of the solar constant S falling on the radiator. The sink
temperature, at which the radiator rejects nothing, is T_sink = (q_in / (n eps sigma))^(1/4).
"""

from __future__ import annotations

import math

from synth.physics.constants import EARTH_RADIUS_KM, SOLAR_CONSTANT_W_PER_M2, STEFAN_BOLTZMANN


def earth_view_factor_vertical_plate(altitude_km: float) -> float:
    """View factor F from a plate whose normal is horizontal to the Earth sphere (module docstring)."""
    big_h = (EARTH_RADIUS_KM + altitude_km) / EARTH_RADIUS_KM
    x = math.sqrt(big_h * big_h - 1.0)
    return (math.atan(1.0 / x) - x / (big_h * big_h)) / math.pi


def absorbed_w_per_m2(altitude_km: float, faces: int, emissivity: float, solar_absorptivity: float,
                      earth_ir_w_per_m2: float, albedo: float, albedo_illumination_factor: float,
                      sun_incidence_factor: float, solar_constant_w_per_m2: float = SOLAR_CONSTANT_W_PER_M2) -> float:
    """Environmental heat absorbed per m2 of planform, q_in (W/m2)."""
    f = earth_view_factor_vertical_plate(altitude_km)
    s = solar_constant_w_per_m2
    return (faces * f * (emissivity * earth_ir_w_per_m2 + solar_absorptivity * albedo * s * albedo_illumination_factor)
            + solar_absorptivity * s * sun_incidence_factor)


def emitted_w_per_m2(faces: int, emissivity: float, temperature_k: float) -> float:
    """Radiated power per m2 of planform, q_out = n eps sigma T^4 (W/m2)."""
    return faces * emissivity * STEFAN_BOLTZMANN * temperature_k**4


def net_rejection_w_per_m2(temperature_k: float, absorbed: float, faces: int, emissivity: float) -> float:
    """Net heat rejected per m2 of planform, q_net = q_out - q_in (W/m2); <= 0 means the radiator is useless."""
    return emitted_w_per_m2(faces, emissivity, temperature_k) - absorbed


def sink_temperature_k(absorbed: float, faces: int, emissivity: float) -> float:
    """Radiator temperature at which q_net = 0: T_sink = (q_in / (n eps sigma))^(1/4) (K)."""
    return (absorbed / (faces * emissivity * STEFAN_BOLTZMANN)) ** 0.25
