"""Physics coefficients: turn a resolved case into the numbers the MILP and the evaluator multiply by.

Everything orbit-dependent is computed per candidate orbit here, once, from :mod:`synth.physics`; the MILP's
constraint families only combine these coefficients linearly. Units are in the attribute names.
"""

from __future__ import annotations

from dataclasses import dataclass

from synth.case import ResolvedCase
from synth.catalog import CATALOG_FILES, Battery, Bus, ComputeModule, LaunchVehicle, Orbit, Radiator, Shielding, SolarArray
from synth.errors import InputError, InputProblem
from synth.physics import economics, orbit as orbit_physics, power, reliability, thermal
from synth.yamlio import dotted

RadiatorOption = tuple[str, float]  # (radiator technology, temperature K)


@dataclass(frozen=True)
class OrbitCoefficients:
    """Per-orbit environment numbers."""

    sunlit_fraction: float  # annual mean (-)
    worst_eclipse_h: float  # longest eclipse (h)
    sunlit_h_worst_orbit: float  # sunlit part of the orbit with the longest eclipse (h)
    dose_krad_per_year: float
    propellant_kg_per_m2: dict[str, float]  # per bus (its Isp): drag make-up over life per m2 deployed
    radiator_net_w_per_m2: dict[RadiatorOption, float]  # q_net per radiator option
    radiator_sink_k: dict[str, float]  # sink temperature per radiator technology


@dataclass(frozen=True)
class Coefficients:
    """All numbers the design model needs, derived once per case."""

    life_years: float
    utilization: float
    discount_rate: float
    annuity_years: float  # present-value years of recurring costs
    orbits: dict[str, OrbitCoefficients]
    array_w_per_m2: dict[str, float]  # end-of-life output per array technology
    radiator_options: list[RadiatorOption]
    module_flop_sunlit: dict[tuple[str, str, str], float]  # (compute, orbit, shielding) -> FLOP per module per unit availability
    failure_rate: dict[tuple[str, str, str], float]  # (compute, orbit, shielding) -> 1/yr
    payload_kg: dict[tuple[str, str], float]  # (vehicle, orbit) -> kg, only reachable pairs


def build_coefficients(rc: ResolvedCase) -> Coefficients:
    """Derive every coefficient of the case (see each physics function for its equation)."""
    case = rc.case
    life = case.requirements.design_life_years
    rate = case.economics.discount_rate
    e = rc.entries
    orbits: dict[str, Orbit] = e["orbits"]
    radiators: dict[str, Radiator] = e["radiators"]
    wanted_temps = case.options.radiator_temperatures_k
    options: list[RadiatorOption] = []
    for name, rad in radiators.items():
        temps = rad.operating_temperatures_k if wanted_temps is None else [t for t in wanted_temps]
        options += [(name, float(t)) for t in temps]

    problems: list[InputProblem] = []
    orbit_coeffs = {}
    for oname, orb in orbits.items():
        if orb.ltan_h is not None:
            highest = orbit_physics.sun_synchronous_max_altitude_km()
            if orb.altitude_km >= highest:
                problems.append(_catalog_problem(
                    rc, "orbits", oname, "altitude_km",
                    f"ltan_h makes {oname} Sun-synchronous, but no inclination is Sun-synchronous at {orb.altitude_km:g} km "
                    f"(J2 precession is too slow); allowed: altitudes below {highest:,.0f} km, or no ltan_h"))
                continue
            sso = orbit_physics.sun_synchronous_inclination_deg(orb.altitude_km)
            if abs(orb.inclination_deg - sso) > 0.5:
                problems.append(_catalog_problem(
                    rc, "orbits", oname, "inclination_deg",
                    f"ltan_h makes {oname} Sun-synchronous, which at {orb.altitude_km:g} km needs an inclination of "
                    f"{sso:.2f} deg (J2), not {orb.inclination_deg:g}; allowed: within 0.5 deg of it, or no ltan_h"))
        sun = orbit_physics.sunlight(orb.altitude_km, orb.inclination_deg, orb.ltan_h)
        eclipse_fraction = sun.eclipse_fraction if orb.eclipse_fraction is None else orb.eclipse_fraction
        worst_s = sun.worst_eclipse_s if orb.worst_eclipse_min is None else orb.worst_eclipse_min * 60.0
        sunlit_h = max(sun.period_s - worst_s, 1.0) / 3600.0
        speed = orbit_physics.orbital_speed_m_per_s(orb.altitude_km)
        prop = {b: economics.drag_propellant_kg_per_m2(orb.atmospheric_density_kg_per_m3, speed, orb.frontal_area_fraction, life, bus.propulsion_isp_s)
                for b, bus in e["buses"].items()}
        net: dict[RadiatorOption, float] = {}
        sinks: dict[str, float] = {}
        for rname, rad in radiators.items():
            absorbed = thermal.absorbed_w_per_m2(orb.altitude_km, rad.faces, rad.emissivity, rad.solar_absorptivity,
                                                 orb.earth_ir_w_per_m2, orb.albedo, orb.albedo_illumination_factor, rad.sun_incidence_factor)
            sinks[rname] = thermal.sink_temperature_k(absorbed, rad.faces, rad.emissivity)
            for (opt_name, temp) in options:
                if opt_name != rname:
                    continue
                q = thermal.net_rejection_w_per_m2(temp, absorbed, rad.faces, rad.emissivity)
                if q <= 0:
                    field = "options.radiator_temperatures_k" if wanted_temps is not None else f"radiators.{rname}.operating_temperatures_k"
                    where_file, line = rc.source_map.locate(tuple(field.split("."))) if wanted_temps is not None else (rc.models_dir / "radiators.yaml", None)
                    problems.append(InputProblem(where_file or rc.file, field, f"radiator {rname} at {temp:.1f} K is at or below its sink temperature "
                                                 f"{sinks[rname]:.1f} K in orbit {oname}: it cannot reject heat; allowed: temperatures above {sinks[rname]:.1f} K", line))
                net[(opt_name, temp)] = q
        orbit_coeffs[oname] = OrbitCoefficients(
            sunlit_fraction=1.0 - eclipse_fraction,
            worst_eclipse_h=worst_s / 3600.0,
            sunlit_h_worst_orbit=sunlit_h,
            dose_krad_per_year=orb.dose_krad_per_year,
            propellant_kg_per_m2=prop,
            radiator_net_w_per_m2=net,
            radiator_sink_k=sinks,
        )
    if problems:
        raise InputError(problems)

    arrays: dict[str, SolarArray] = e["solar_arrays"]
    array_w = {n: power.array_eol_w_per_m2(a.cell_efficiency, a.packing_factor, a.pointing_factor, a.degradation_per_year, life)
               for n, a in arrays.items()}
    computes: dict[str, ComputeModule] = e["compute"]
    shields: dict[str, Shielding] = e["shielding"]
    flop, lam = {}, {}
    for c, mod in computes.items():
        for o, oc in orbit_coeffs.items():
            for h, sh in shields.items():
                rate_f = reliability.failure_rate_per_year(mod.annual_failure_rate, mod.failures_per_krad, oc.dose_krad_per_year, sh.dose_factor)
                y = reliability.discounted_service_years(rate_f, life, rate)
                lam[(c, o, h)] = rate_f
                flop[(c, o, h)] = reliability.delivered_flop_per_module(mod.peak_tflops * 1e12, case.requirements.utilization, 1.0, y)
    vehicles: dict[str, LaunchVehicle] = e["launch_vehicles"]
    payload = {(v, o): veh.payload_kg[orb.launch_class]
               for v, veh in vehicles.items() for o, orb in orbits.items() if orb.launch_class in veh.payload_kg}
    return Coefficients(
        life_years=life,
        utilization=case.requirements.utilization,
        discount_rate=rate,
        annuity_years=economics.annuity_years(life, rate),
        orbits=orbit_coeffs,
        array_w_per_m2=array_w,
        radiator_options=options,
        module_flop_sunlit=flop,
        failure_rate=lam,
        payload_kg=payload,
    )


def _catalog_problem(rc: ResolvedCase, kind: str, name: str, field: str, message: str) -> InputProblem:
    """A problem with a catalog figure, blamed where it was set: the case's override (with its line), or the
    catalog file."""
    if field in rc.overrides.get(kind, {}).get(name, {}):
        path = ("overrides", kind, name, field)
        file, line = rc.source_map.locate(path)
        return InputProblem(file or rc.file, dotted(path), message, line)
    return InputProblem(rc.models_dir / CATALOG_FILES[kind], f"{name}.{field}", message)


def battery_coefficients(bat: Battery, sunlit_h: float) -> tuple[float, float]:
    """(deliverable kWh per nameplate kWh, recharge kW per nameplate kWh) of a battery in an orbit."""
    return (power.battery_deliverable_kwh_per_kwh(bat.depth_of_discharge, bat.round_trip_efficiency),
            power.battery_recharge_kw_per_kwh(bat.depth_of_discharge, bat.round_trip_efficiency, sunlit_h))


def bus_it_cap_kw(bus: Bus, case_cap_kw: float | None) -> float:
    """Per-unit IT power cap: min(bus cap, case cap) (kW)."""
    return bus.max_it_power_kw if case_cap_kw is None else min(bus.max_it_power_kw, case_cap_kw)
