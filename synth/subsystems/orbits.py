"""Orbits: the candidate orbits and the environment each one gives every other subsystem.

The design flies in exactly one orbit; the core's binary ``pick[o, h]`` chooses it (with the shielding), and every
orbit-dependent amount of the other subsystems is disaggregated by orbit, so no product of a binary choice and a
continuous amount appears. This module declares the ``orbits`` catalog and computes, per candidate orbit o, from
:mod:`synth.physics.orbit` (or the catalog's stated figures):

    s_o       annual-mean sunlit fraction = 1 - f_e, f_e from beta-angle geometry (or ``eclipse_fraction``)   (-)
    t_ecl,o   longest single eclipse (or ``worst_eclipse_min``)                                                  (h)
    t_sun,o   sunlit part of the orbit with the longest eclipse: T - t_ecl (at least 1 s)                       (h)
    N_ecl,o   eclipses per year, (Y / T) Pr[|beta| < beta*] (or ``eclipses_per_year``); 0 without an eclipse     (1/yr)
    D_o       dose rate behind 10 mm Al (catalog)                                                          (krad/yr)
    v_o       circular orbital speed sqrt(mu / (R + h))                                                        (m/s)

A Sun-synchronous orbit (``ltan_h`` given) must have the J2 inclination of its altitude, within 0.5 deg, and an
altitude where one exists (below about 5,974 km, :func:`synth.physics.orbit.sun_synchronous_max_altitude_km`).
Repeated per period: the environment does not change with time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field

from synth.catalog import Entry, LaunchClass
from synth.errors import InputError, InputProblem
from synth.physics import orbit as orbit_physics
from synth.subsystems.base import Subsystem
from synth.units import Fraction, Unit


@dataclass(frozen=True)
class Environment:
    """What one candidate orbit gives the other subsystems (units in the names)."""

    entry: Orbit
    sunlit_fraction: float
    worst_eclipse_h: float
    sunlit_h_worst_orbit: float
    dose_krad_per_year: float
    speed_m_per_s: float
    eclipses_per_year: float = 0.0

    @property
    def eclipsed(self) -> bool:
        return self.worst_eclipse_h > 0


def _problem(rc, name: str, field: str, message: str) -> InputProblem:
    """A problem with an orbit figure, blamed where it was set: the case's override (with its line) or the catalog."""
    file, path, line = rc.locate_figure("orbits", name, field)
    return InputProblem(file, path, message, line)


class Orbit(Entry):
    """A circular candidate orbit and its environment."""

    altitude_km: Annotated[float, Unit("km")] = Field(gt=100, le=100_000, description="Circular orbit altitude above the equatorial radius (km).")
    inclination_deg: Annotated[float, Unit("degree")] = Field(ge=0, le=180, description="Inclination (deg).")
    ltan_h: float | None = Field(None, ge=0, lt=24, description="Sun-synchronous only: local time of the ascending node (h); 6 or 18 is dawn-dusk. Empty: "
        "the node drifts relative to the Sun and sunlight is averaged over all node angles.")
    launch_class: LaunchClass = Field(description="Which payload figure of a launch vehicle applies: leo, sso, leo_high, meo or geo.")
    eclipse_fraction: Fraction | None = Field(None, ge=0, lt=1, description="Annual-mean fraction of time in Earth's shadow, if stated by a source; empty: "
        "derived from beta-angle geometry.")
    worst_eclipse_min: Annotated[float, Unit("minute")] | None = Field(None, ge=0, description="Longest single eclipse (min), if stated; empty: derived "
        "from geometry.")
    dose_krad_per_year: float = Field(ge=0, le=10_000, description="Total ionizing dose rate behind 10 mm Al-equivalent shielding, krad(Si)/year.")
    atmospheric_density_kg_per_m3: float = Field(ge=0, lt=1e-6, description="Mean neutral density for drag make-up (kg/m3); 0 above the atmosphere.")
    frontal_area_fraction: Fraction = Field(ge=0, le=1, description="Mean ratio of ram-facing area to deployed (array + radiator) area, set by attitude in "
        "this orbit.")
    earth_ir_w_per_m2: Annotated[float, Unit("W/m**2")] = Field(237.0, ge=0, le=500, description="Earth's mean outgoing long-wave flux at the top of the "
        "atmosphere (W/m2).")
    albedo: Fraction = Field(0.30, ge=0, le=1, description="Earth's mean Bond albedo.")
    albedo_illumination_factor: Fraction = Field(ge=0, le=1, description="Orbit-average fraction of the full albedo flux reaching the radiators (lit Earth "
        "seen, Sun angle).")
    solar_constant_w_per_m2: Annotated[float, Unit("W/m**2")] = Field(1361.0, ge=1000, le=1500, description="Solar irradiance at the orbit (W/m2), used "
        "by the arrays and the radiators; default 1,361 W/m2 (total solar irradiance at 1 AU, Kopp & Lean 2011, as Google's Suncatcher uses; "
        "1,322-1,414 over the year with Earth's distance from the Sun).")
    radiator_earth_view_factor: Fraction | None = Field(None, ge=0, le=1, description="View factor from one radiator face to the Earth (-); empty: "
        "derived for a flat plate whose normal is horizontal (edge-on to nadir) at this altitude (synth.physics.thermal).")
    eclipses_per_year: float | None = Field(None, ge=0, le=20_000, description="Eclipses per year, if stated by a source; empty: derived from "
        "beta-angle geometry (the orbits per year whose beta angle lets the orbit enter the shadow). Sets the batteries' cycle count.")


class Orbits(Subsystem):
    name = "orbits"
    order = 0
    catalog = "orbits"
    entry = Orbit
    option_doc = "Candidate orbits; the design uses exactly one."

    def design_variables(self, b):
        """None of its own: the orbit is the core's pick[o, h], which a robust design holds equal in every world."""
        return []

    def coefficients(self, rc, env) -> dict[str, Environment]:
        problems: list[InputProblem] = []
        out: dict[str, Environment] = {}
        for name, orb in rc.entries["orbits"].items():
            if orb.ltan_h is not None:
                highest = orbit_physics.sun_synchronous_max_altitude_km()
                if orb.altitude_km >= highest:
                    problems.append(_problem(rc, name, "altitude_km",
                                             f"ltan_h makes {name} Sun-synchronous, but no inclination is Sun-synchronous at "
                                                 f"{orb.altitude_km:g} km (J2 precession is too slow); allowed: altitudes below "
                                                 f"{highest:,.0f} km, or no ltan_h"))
                    continue
                sso = orbit_physics.sun_synchronous_inclination_deg(orb.altitude_km)
                if abs(orb.inclination_deg - sso) > 0.5:
                    problems.append(_problem(rc, name, "inclination_deg",
                                             f"ltan_h makes {name} Sun-synchronous, which at {orb.altitude_km:g} km needs an inclination of "
                                                 f"{sso:.2f} deg (J2), not {orb.inclination_deg:g}; allowed: within 0.5 deg of it, or no ltan_h"))
            sun = orbit_physics.sunlight(orb.altitude_km, orb.inclination_deg, orb.ltan_h)
            eclipse = sun.eclipse_fraction if orb.eclipse_fraction is None else orb.eclipse_fraction
            worst_s = sun.worst_eclipse_s if orb.worst_eclipse_min is None else orb.worst_eclipse_min * 60.0
            out[name] = Environment(
                entry=orb,
                sunlit_fraction=1.0 - eclipse,
                worst_eclipse_h=worst_s / 3600.0,
                sunlit_h_worst_orbit=max(sun.period_s - worst_s, 1.0) / 3600.0,
                dose_krad_per_year=orb.dose_krad_per_year,
                speed_m_per_s=orbit_physics.orbital_speed_m_per_s(orb.altitude_km),
                eclipses_per_year=0.0 if worst_s <= 0 else sun.eclipses_per_year if orb.eclipses_per_year is None else orb.eclipses_per_year,
            )
        if problems:
            raise InputError(problems)
        return out

    def parameters(self, d) -> dict[tuple[Any, ...], float]:
        p: dict[tuple[Any, ...], float] = {}
        for o, env in d.env.items():
            p[("sunlit", o)] = env.sunlit_fraction
            p[("t_ecl_h", o)] = env.worst_eclipse_h
        return p

    def structure(self, d) -> tuple:
        return (tuple(d.env), tuple(o for o, env in d.env.items() if env.eclipsed))
