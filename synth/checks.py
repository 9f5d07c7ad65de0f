"""Pre-solve checks: inputs that are valid but physically impossible to use, or suspicious.

Schema validation (synth.case, synth.catalog) already rejects what can never be right: efficiencies or
emissivities outside 0..1, wrong units, radiators at or below their sink temperature. The checks here look at
the candidates together and at values outside the published ranges; each is a warning, or an error with
``--strict``. Thresholds and their sources:

- cell efficiency above 0.47: above the best laboratory multi-junction cells (~47 %, NREL chart)
- radiator temperature above 400 K: above the 300-400 K range of the reference (Turyshev), hotter than chips run
- radiator whose net flux is under 25 % of what it emits: it sits close to its sink temperature
- launch price below 8 USD/kg carried: under Starship's propellant floor (Suncatcher sec. 4.4)
- battery specific energy above 500 Wh/kg: about twice today's best packs (Turyshev: 150-265 Wh/kg)
- array degradation above 10 %/yr: an order of magnitude above LEO experience (1-3 %/yr)
- top-down specific power above 1,000 W/kg: beyond any published all-in spacecraft figure
"""

from __future__ import annotations

from dataclasses import dataclass

from synth.case import ResolvedCase
from synth.coefficients import Coefficients
from synth.physics import thermal


@dataclass
class InputWarning:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def presolve_checks(rc: ResolvedCase, coeff: Coefficients) -> list[InputWarning]:
    """Warnings about the case's candidates (module docstring)."""
    e = rc.entries
    warnings: list[InputWarning] = []
    classes = {o: orb.launch_class for o, orb in e["orbits"].items()}
    for v, veh in e["launch_vehicles"].items():
        if not any(c in veh.payload_kg for c in classes.values()):
            warnings.append(InputWarning(f"launch_vehicles.{v}", f"reaches none of the candidate orbits (classes {', '.join(sorted(set(classes.values())))}); it can never be used"))
        if 0 < veh.price_per_kg_usd < 8 and veh.price_per_launch_usd == 0:
            warnings.append(InputWarning(f"launch_vehicles.{v}.price_per_kg_usd", f"{veh.price_per_kg_usd:g} USD/kg is below the ~8 USD/kg propellant floor"))
    for o, cls in classes.items():
        if not any(cls in veh.payload_kg for veh in e["launch_vehicles"].values()):
            warnings.append(InputWarning(f"orbits.{o}", f"no candidate launch vehicle reaches its launch class {cls!r}; the orbit can never be chosen"))
    has_top_down = any(bus.top_down is not None for bus in e["buses"].values())
    temps = sorted({t for (_, t) in coeff.radiator_options})
    for c, mod in e["compute"].items():
        if temps[0] > mod.max_radiator_temperature_k and not has_top_down:
            warnings.append(InputWarning(f"compute.{c}", f"its coolant allows radiators at most {mod.max_radiator_temperature_k:g} K but the coldest candidate runs at {temps[0]:g} K: its heat cannot be rejected"))
    for (rname, temp) in coeff.radiator_options:
        rad = e["radiators"][rname]
        if temp > 400:
            warnings.append(InputWarning(f"radiators.{rname}", f"{temp:g} K is above the 300-400 K range chips and coolant loops run at"))
        for o, oc in coeff.orbits.items():
            emitted = thermal.emitted_w_per_m2(rad.faces, rad.emissivity, temp)
            if oc.radiator_net_w_per_m2[(rname, temp)] < 0.25 * emitted:
                warnings.append(InputWarning(f"radiators.{rname}", f"at {temp:g} K in {o} it rejects under 25 % of what it emits (sink {oc.radiator_sink_k[rname]:.0f} K): check its absorptivity and temperature"))
    for s, arr in e["solar_arrays"].items():
        if arr.cell_efficiency > 0.47:
            warnings.append(InputWarning(f"solar_arrays.{s}.cell_efficiency", f"{arr.cell_efficiency:g} is above the best laboratory cells (~0.47)"))
        if arr.degradation_per_year > 0.10:
            warnings.append(InputWarning(f"solar_arrays.{s}.degradation_per_year", f"{arr.degradation_per_year:g}/yr is far above LEO experience (0.01-0.03)"))
    for b, bat in e["batteries"].items():
        if bat.specific_energy_wh_per_kg > 500:
            warnings.append(InputWarning(f"batteries.{b}.specific_energy_wh_per_kg", f"{bat.specific_energy_wh_per_kg:g} Wh/kg is about twice today's best packs"))
    for k, bus in e["buses"].items():
        if bus.top_down is not None and bus.top_down.specific_power_w_per_kg > 1000:
            warnings.append(InputWarning(f"buses.{k}.top_down.specific_power_w_per_kg", f"{bus.top_down.specific_power_w_per_kg:g} W/kg is beyond any published all-in spacecraft"))
    return warnings
