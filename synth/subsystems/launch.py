"""Launch: the manifest that carries everything to the chosen orbit, by mass and by stowed volume.

Variables, for each vehicle v that reaches orbit o's launch class (pairs VO): launches[v,o] in Z+ and carried[v,o]
>= 0, the mass it carries (t). With m_v,o its payload to that class (t) and V_v its payload volume (m3):

    carried[v,o] <= m_v,o launches[v,o]                                    row launch.vehicle_capacity

and it supplies, in orbit o:

    mass (t)             sum_v carried[v,o]          >= every subsystem's mass        row mass_launched
    stowed volume (m3)   sum_v V_v launches[v,o]     >= every subsystem's volume      row volume_launched
    cost (MUSD)          sum_{v,o} price_launch,v launches[v,o] + price_kg,v,o carried[v,o]

Price and capacity are stated together: a per-kg price p_v (USD/kg) is quoted for a flight carrying m_q,v (kg) to
the class it names (``price_quoted_for``, by default the class of the largest payload; ``price_quoted_payload_kg``, by
default that class's payload), so a full
flight costs F_v = p_v m_q,v wherever it goes. To orbit o's class, whose payload is m_v,o, the mass carried costs

    price_kg,v,o = F_v / m_v,o = p_v m_q,v / m_v,o                                          [USD/kg]

so a higher orbit gets the same flight price and less capacity (a per-launch price is per flight already). The
per-kg form charges the mass carried, as effective-price studies quote it.

After a solve the manifest is tidied (:meth:`Launch.after_solve`): a vehicle priced only per kg costs nothing per
launch, so the objective is indifferent to how many of its launches carry the mass; the fewest that fit are
reported. The evaluator assigns a given manifest's mass to the cheapest-per-kg vehicles first.
Repeated per period: a block per period, its launches within that year's cadence.
"""

from __future__ import annotations

import math
from typing import Annotated

import pyomo.core as pyo
from pydantic import Field, field_validator, model_validator

from synth import tolerances
from synth.catalog import Entry, LaunchClass
from synth.model.data import KG_PER_T, MUSD
from synth.result import Check
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Subsystem
from synth.units import Unit


class LaunchVehicle(Entry):
    """A launch vehicle: payload by orbit class and price."""

    payload_kg: dict[LaunchClass, Annotated[float, Unit("kg")]] = Field(description="Payload to each orbit class it can reach (kg); an absent class cannot "
        "be reached.")
    payload_volume_m3: Annotated[float, Unit("m**3")] = Field(gt=0, description="Usable stowed payload volume per launch (m3).")
    price_per_launch_usd: float = Field(0.0, ge=0, description="Price of one launch (USD), charged per launch.")
    price_per_kg_usd: float = Field(0.0, ge=0, description="Price per kg (USD/kg) of a flight to price_quoted_for carrying price_quoted_payload_kg, as "
        "effective-price studies quote it; charged on the mass carried, scaled by the capacity to each orbit class (a full flight costs the same "
        "everywhere).")
    price_quoted_for: LaunchClass | None = Field(None, description="The orbit class the price was quoted for (one of payload_kg's); default: the "
        "class of the largest payload.")
    price_quoted_payload_kg: Annotated[float, Unit("kg")] | None = Field(None, gt=0, description="The payload (kg) to price_quoted_for that the price "
        "was computed for; default: payload_kg of that class. A per-kg price's flight costs price_per_kg_usd x this.")

    @field_validator("payload_kg")
    @classmethod
    def _positive_payloads(cls, payloads: dict[str, float]) -> dict[str, float]:
        for launch_class, kg in payloads.items():
            if kg <= 0:
                raise ValueError(f"payload to {launch_class} must be > 0 kg (omit classes the vehicle cannot reach)")
        return payloads

    @model_validator(mode="after")
    def _has_price(self) -> LaunchVehicle:
        if self.price_per_launch_usd <= 0 and self.price_per_kg_usd <= 0:
            raise ValueError("give price_per_launch_usd or price_per_kg_usd (at least one > 0)")
        if self.price_quoted_for is not None and self.price_quoted_for not in self.payload_kg:
            raise ValueError(f"price_quoted_for {self.price_quoted_for!r} is not among payload_kg's classes ({', '.join(self.payload_kg)})")
        if self.price_quoted_payload_kg is not None and self.price_quoted_for is None:
            raise ValueError("price_quoted_payload_kg needs price_quoted_for (the orbit class it is a payload to)")
        return self

    def quoted_class(self) -> str:
        """The class the price was quoted for: ``price_quoted_for``, else the class of the largest payload (LEO for
        every shipped vehicle: a per-kg price is quoted for the vehicle's best capacity)."""
        return self.price_quoted_for or max(self.payload_kg, key=lambda c: self.payload_kg[c])

    def quoted_payload_kg(self) -> float:
        """m_q: the payload the quoted price was computed for (kg)."""
        if self.price_quoted_payload_kg is not None:
            return self.price_quoted_payload_kg
        return self.payload_kg[self.quoted_class()]  # type: ignore[index]

    def per_kg_price_to(self, launch_class: str) -> float:
        """price_kg,v,o = p_v m_q,v / m_v,o (USD per kg carried to ``launch_class``; module docstring)."""
        if self.price_per_kg_usd == 0:
            return 0.0
        return self.price_per_kg_usd * self.quoted_payload_kg() / self.payload_kg[launch_class]  # type: ignore[index]

    def flight_price_usd(self) -> float:
        """F_v: a full flight's price (USD), per-launch price plus the per-kg price times the quoted payload."""
        return self.price_per_launch_usd + self.price_per_kg_usd * self.quoted_payload_kg()


class Launch(Subsystem):
    name = "launch"
    order = 80
    catalog = "launch_vehicles"
    entry = LaunchVehicle
    option_doc = "Candidate launch vehicles; the manifest may mix them."
    explained = {"vehicle_capacity": ("mass/launch", "payload capacity of the launches", "t")}
    design_fields = {
        "launches": (dict[str, int], Field(default_factory=dict, description="Launches per vehicle.")),
    }

    def coefficients(self, rc, env) -> dict[tuple[str, str], float]:
        """(vehicle, orbit) -> payload to the orbit's launch class (kg), only for pairs the vehicle can reach."""
        return {(v, o): veh.payload_kg[e.entry.launch_class] for v, veh in rc.entries["launch_vehicles"].items()
                for o, e in env.items() if e.entry.launch_class in veh.payload_kg}

    def parameters(self, d):
        p: dict[Key, float] = {}
        for (v, o), kg in d.coeff["launch"].items():
            p[("payload_t", v, o)] = kg / KG_PER_T
        for v, veh in d.entries("launch_vehicles").items():
            p[("vol", "vehicle", v)] = veh.payload_volume_m3
            p[("price", "launch", v)] = veh.price_per_launch_usd / MUSD
        for v, o in d.coeff["launch"]:
            veh = d.entry("launch_vehicles", v)
            p[("price", "launch_per_t", v, o)] = veh.per_kg_price_to(d.env[o].entry.launch_class) * KG_PER_T / MUSD
        return p

    def structure(self, d):
        return (tuple(d.entries("launch_vehicles")), tuple(d.coeff["launch"]))

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        b.VO = pyo.Set(initialize=list(ctx.d.coeff["launch"]), dimen=2, ordered=True)
        b.launches = pyo.Var(b.VO, domain=pyo.NonNegativeIntegers)
        b.carried = pyo.Var(b.VO, domain=pyo.NonNegativeReals)
        b.vehicle_capacity = pyo.Constraint(b.VO, rule=lambda _, v, o: b.carried[v, o] <= P["payload_t", v, o] * b.launches[v, o])
        reaching = {o: [v for (v, oo) in b.VO if oo == o] for o in m.O}
        return [
            Item("mass", "launches", {o: sum(b.carried[v, o] for v in reaching[o]) for o in m.O}, side="supply"),
            Item("stowed_volume", "launches", {o: sum(P["vol", "vehicle", v] * b.launches[v, o] for v in reaching[o]) for o in m.O}, side="supply"),
            Item("cost", "launch", sum(P["price", "launch", v] * b.launches[v, o] + P["price", "launch_per_t", v, o] * b.carried[v, o] for (v, o) in b.VO)),
        ]

    def design_variables(self, b):
        """Launches per vehicle and orbit (``launches``); what each carries (t) is the world's mass, not the design's."""
        return list(b.launches.values())

    def quantities(self, ctx, b):
        return {"launches": sum(b.launches[v, o] for (v, o) in b.VO)}

    def summary_lines(self, design):
        return [("launches", ", ".join(f"{n:,} x {v}" for v, n in design.launches.items()) or "none")]

    def extract(self, ctx, b, orbit, shield):
        counts = {v: int(round(pyo.value(b.launches[v, o]) or 0)) for (v, o) in b.VO if o == orbit}
        return {"launches": {v: n for v, n in counts.items() if n > 0}}

    def after_solve(self, ctx: BuildContext, b: pyo.Block, orbit: str) -> None:
        """Fewest launches for the design found, everything else held.

        A vehicle priced only per kg carried costs nothing per launch. With the carried masses m_v, the other
        vehicles' launches and the stowed volume V fixed, the fewest launches of the per-kg vehicles F solve

            min sum_{v in F} L_v   s.t.  L_v >= ceil(m_v / cap_v),   sum_v vol_v L_v >= V,

        whose optimum puts every launch beyond the per-vehicle minimum on the largest-volume vehicle of F (each
        launch counts one, so the one covering most volume is best). No solver call: the design, and so the cost,
        is unchanged (launch count only enters the cost through per-launch prices, which are zero here).
        """
        P = ctx.P
        pairs = [v for (v, o) in b.VO if o == orbit]
        free = [v for v in pairs if ctx.d.entry("launch_vehicles", v).price_per_launch_usd == 0]
        if not free:
            return
        needed = {v: math.ceil((b.carried[v, orbit].value or 0.0) / pyo.value(P["payload_t", v, orbit]) - tolerances.MANIFEST) for v in free}
        volume_needed = pyo.value(ctx.total("stowed_volume", orbit))
        held = sum(pyo.value(P["vol", "vehicle", v]) * round(b.launches[v, orbit].value or 0) for v in pairs if v not in free)
        short = volume_needed - held - sum(pyo.value(P["vol", "vehicle", v]) * needed[v] for v in free)
        if short > tolerances.MANIFEST:
            largest = max(free, key=lambda v: pyo.value(P["vol", "vehicle", v]))
            needed[largest] += math.ceil(short / pyo.value(P["vol", "vehicle", largest]) - tolerances.INTEGER_GUARD)
        for v in free:
            b.launches[v, orbit].set_value(max(needed[v], 0), skip_validation=True)

    def evaluate(self, ctx: EvalContext) -> list[Item]:
        vehicles = ctx.d.entries("launch_vehicles")
        launch_class = ctx.d.env[ctx.orbit].entry.launch_class
        flown = ctx.design.launches
        for v, n in flown.items():
            if n > 0 and launch_class not in vehicles[v].payload_kg:
                ctx.checks.append(Check.le("mass/launch", f"reach[{v}]", f"{v} cannot reach the {launch_class} class of {ctx.orbit}", n, 0, "launches"))
        capacity = {v: vehicles[v].payload_kg.get(launch_class, 0.0) * n / KG_PER_T for v, n in flown.items()}
        cost = sum(vehicles[v].price_per_launch_usd * n for v, n in flown.items())
        remaining = ctx.total("mass")
        per_kg = {v: vehicles[v].per_kg_price_to(launch_class) if launch_class in vehicles[v].payload_kg else 0.0 for v in capacity}
        for v in sorted(capacity, key=lambda v: per_kg[v]):  # cheapest per kg carries first
            carried = min(remaining, capacity[v])
            cost += per_kg[v] * carried * KG_PER_T
            remaining -= carried
        return [
            Item("mass", "launches", sum(capacity.values()), side="supply"),
            Item("stowed_volume", "launches", sum(vehicles[v].payload_volume_m3 * n for v, n in flown.items()), side="supply"),
            Item("cost", "launch", cost / MUSD),
        ]

    def check_names(self, rc, d, design):
        known = rc.entries["launch_vehicles"]
        return [(("launches", v), f"{v!r} is not among the case's candidates; allowed: {', '.join(sorted(known))}")
                for v in design.launches if v not in known]

    def warnings(self, rc, d):
        from synth.checks import InputWarning

        out = []
        classes = {o: e.entry.launch_class for o, e in d.env.items()}
        vehicles = rc.entries["launch_vehicles"]
        for v, veh in vehicles.items():
            if not any(c in veh.payload_kg for c in classes.values()):
                out.append(InputWarning(f"launch_vehicles.{v}", f"reaches none of the candidate orbits (classes {', '.join(sorted(set(classes.values())))}); "
                                        "it can never be used"))
            if 0 < veh.price_per_kg_usd < 8 and veh.price_per_launch_usd == 0:
                out.append(InputWarning(f"launch_vehicles.{v}.price_per_kg_usd", f"{veh.price_per_kg_usd:g} USD/kg is below the ~8 USD/kg propellant floor"))
            quoted = veh.price_quoted_for
            if quoted is not None and veh.price_quoted_payload_kg is not None and quoted in veh.payload_kg:
                ratio = veh.price_quoted_payload_kg / veh.payload_kg[quoted]
                if not 0.5 <= ratio <= 2.0:
                    out.append(InputWarning(f"launch_vehicles.{v}.price_quoted_payload_kg", f"the price was computed for {veh.price_quoted_payload_kg:,.0f} kg "
                                            f"to {quoted} but the vehicle carries {veh.payload_kg[quoted]:,.0f} kg there ({ratio:.2g}x): a flight costs "
                                            f"{veh.flight_price_usd():,.0f} USD, {veh.per_kg_price_to(quoted):,.0f} USD per kg carried"))
        for o, cls in classes.items():
            if not any(cls in veh.payload_kg for veh in vehicles.values()):
                out.append(InputWarning(f"orbits.{o}", f"no candidate launch vehicle reaches its launch class {cls!r}; the orbit can never be chosen"))
        return out

    def structural(self, d):
        from synth.result import Diagnosis

        if d.coeff["launch"]:
            return []
        classes = sorted({e.entry.launch_class for e in d.env.values()})
        return [Diagnosis("mass/launch", "options.launch_vehicles", 0, 1,
                          f"[mass/launch] no candidate launch vehicle reaches any candidate orbit (launch classes {', '.join(classes)}); "
                          "add a vehicle with payload_kg for one of them")]
