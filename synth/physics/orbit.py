"""Orbit geometry: period, beta angle, eclipse fraction and duration, Sun-synchronous inclination.

Eclipse geometry follows the cylindrical-shadow model for a circular orbit of altitude h around a sphere of
radius R (both km). With beta the angle between the orbit plane and the Sun direction,

    beta* = arcsin(R / (R + h))                                   (no eclipse when |beta| >= beta*)
    f_e(beta) = (1/pi) * arccos( sqrt(h^2 + 2 R h) / ((R + h) cos beta) )   for |beta| < beta*

is the fraction of each orbit spent in shadow. The Sun's beta angle for ecliptic longitude G, right ascension of
the ascending node W and inclination i (obliquity eps) is

    sin beta = cos G sin W sin i - sin G cos eps cos W sin i + sin G sin eps cos i.

Annual means sample G uniformly over the year. Eclipses per year (the batteries' cycle count): an orbit enters the
shadow once per revolution while |beta| < beta*, so

    N_ecl = (Y / T) * Pr[ |beta| < beta* ]                                    (eclipses per year)

with Y the year (s), T the period (s) and the probability the share of the year's samples (of G, and of W for a
drifting node) with an eclipse. A dawn-dusk SSO (beta near 60-90 deg) eclipses only in a season around one solstice
(about 1,300 eclipses a year at 650 km), a 53 deg LEO shell on most orbits (about 5,200 a year at 550 km), GEO
in two equinox seasons (about 90 a year). A Sun-synchronous orbit keeps W - alpha_sun(G) fixed by its local
time of ascending node (LTAN): W = alpha_sun + 15 deg/h * (LTAN - 12 h). Any other orbit's node drifts relative
to the Sun, so its annual mean also averages W uniformly over 0..360 deg.

Latency of compute in orbit: a request goes up and its answer comes down, at least the altitude each way at the
speed of light c (the satellite overhead; a slant path is longer):

    t_rt = 2 h / c                                                           (ms; 3.7 ms at 550 km, 239 ms at GEO)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from synth.physics.constants import EARTH_J2, EARTH_MU_KM3_PER_S2, EARTH_RADIUS_KM, OBLIQUITY_DEG, SECONDS_PER_YEAR, SOLAR_YEAR_DAYS

SPEED_OF_LIGHT_KM_PER_S = 299_792.458


def round_trip_ms(altitude_km: float) -> float:
    """t_rt = 2 h / c (ms): the shortest ground-orbit-ground round trip (module docstring)."""
    return 2.0 * altitude_km / SPEED_OF_LIGHT_KM_PER_S * 1000.0


def period_s(altitude_km: float) -> float:
    """Circular orbit period T = 2 pi sqrt(a^3 / mu), a = R + h (km), mu in km^3/s^2; returns s."""
    a = EARTH_RADIUS_KM + altitude_km
    return 2.0 * math.pi * math.sqrt(a**3 / EARTH_MU_KM3_PER_S2)


def orbital_speed_m_per_s(altitude_km: float) -> float:
    """Circular speed v = sqrt(mu / a), returned in m/s."""
    return math.sqrt(EARTH_MU_KM3_PER_S2 / (EARTH_RADIUS_KM + altitude_km)) * 1000.0


def eclipse_fraction_at_beta(altitude_km: float, beta_rad: np.ndarray | float) -> np.ndarray | float:
    """Fraction of one orbit in Earth's shadow at Sun beta angle ``beta_rad`` (cylindrical shadow; see module doc)."""
    r, h = EARTH_RADIUS_KM, altitude_km
    beta = np.abs(np.asarray(beta_rad, dtype=float))
    beta_star = math.asin(r / (r + h))
    cos_beta = np.cos(np.minimum(beta, math.pi / 2 - 1e-12))
    arg = np.clip(math.sqrt(h * h + 2.0 * r * h) / ((r + h) * cos_beta), -1.0, 1.0)
    frac = np.where(beta < beta_star, np.arccos(arg) / math.pi, 0.0)
    return frac if np.ndim(beta_rad) else float(frac)


def sun_beta_rad(ecliptic_longitude_rad: np.ndarray, raan_rad: np.ndarray, inclination_rad: float) -> np.ndarray:
    """Beta angle of the Sun for the orbit plane (rad); equation in the module docstring."""
    eps = math.radians(OBLIQUITY_DEG)
    g, w, i = ecliptic_longitude_rad, raan_rad, inclination_rad
    s = (np.cos(g) * np.sin(w) * math.sin(i)
         - np.sin(g) * math.cos(eps) * np.cos(w) * math.sin(i)
         + np.sin(g) * math.sin(eps) * math.cos(i))
    return np.arcsin(np.clip(s, -1.0, 1.0))


def sun_right_ascension_rad(ecliptic_longitude_rad: np.ndarray) -> np.ndarray:
    """alpha_sun = atan2(cos eps sin G, cos G) (rad)."""
    eps = math.radians(OBLIQUITY_DEG)
    return np.arctan2(math.cos(eps) * np.sin(ecliptic_longitude_rad), np.cos(ecliptic_longitude_rad))


@dataclass(frozen=True)
class Sunlight:
    """Annual sunlight statistics of an orbit."""

    eclipse_fraction: float  # annual mean fraction of time in shadow (-)
    worst_eclipse_s: float  # longest single eclipse over the year (s)
    period_s: float  # orbit period (s)
    eclipses_per_year: float  # revolutions a year that pass through the shadow (-)


@lru_cache(maxsize=1024)
def sunlight(altitude_km: float, inclination_deg: float, ltan_h: float | None, samples: int = 720) -> Sunlight:
    """Annual-mean eclipse fraction and worst eclipse, by sampling the Sun's ecliptic longitude (and the node).

    Sun-synchronous (``ltan_h`` given): W = alpha_sun(G) + 15 deg/h (LTAN - 12 h), mean over G.
    Otherwise: mean over a uniform grid of G and W (the node drifts through all Sun angles). Eclipses per year:
    module docstring.
    """
    g = np.linspace(0.0, 2.0 * math.pi, samples, endpoint=False)
    inc = math.radians(inclination_deg)
    if ltan_h is not None:
        raan = sun_right_ascension_rad(g) + math.radians(15.0 * (ltan_h - 12.0))
        beta = sun_beta_rad(g, raan, inc)
    else:
        w = np.linspace(0.0, 2.0 * math.pi, samples // 4, endpoint=False)
        gg, ww = np.meshgrid(g, w)
        beta = sun_beta_rad(gg, ww, inc)
    fractions = eclipse_fraction_at_beta(altitude_km, beta)
    t = period_s(altitude_km)
    beta_star = math.asin(EARTH_RADIUS_KM / (EARTH_RADIUS_KM + altitude_km))
    eclipsing = float(np.mean(np.abs(beta) < beta_star))
    return Sunlight(float(np.mean(fractions)), float(np.max(fractions)) * t, t, SECONDS_PER_YEAR / t * eclipsing)


def sun_synchronous_inclination_deg(altitude_km: float) -> float:
    """Inclination whose J2 nodal precession matches the Sun's mean motion.

    dW/dt = -(3/2) n J2 (R/a)^2 cos i = 2 pi / (tropical year), n = sqrt(mu/a^3):
    cos i = -(2 pi / year) / ((3/2) n J2 (R/a)^2).
    """
    a = EARTH_RADIUS_KM + altitude_km
    n = math.sqrt(EARTH_MU_KM3_PER_S2 / a**3)
    rate = 2.0 * math.pi / (SOLAR_YEAR_DAYS * 86_400.0)
    return math.degrees(math.acos(-rate / (1.5 * n * EARTH_J2 * (EARTH_RADIUS_KM / a) ** 2)))


def sun_synchronous_max_altitude_km() -> float:
    """Highest circular orbit that can be Sun-synchronous: the J2 precession at i = 180 deg (cos i = -1) still
    matches the Sun's mean motion. From (3/2) J2 R^2 sqrt(mu) a^(-7/2) = 2 pi / year:
    a_max = ((3/2) J2 R^2 sqrt(mu) year / (2 pi))^(2/7) (km), altitude a_max - R (about 5,970 km)."""
    rate = 2.0 * math.pi / (SOLAR_YEAR_DAYS * 86_400.0)
    a_max = (1.5 * EARTH_J2 * EARTH_RADIUS_KM**2 * math.sqrt(EARTH_MU_KM3_PER_S2) / rate) ** (2.0 / 7.0)
    return a_max - EARTH_RADIUS_KM
