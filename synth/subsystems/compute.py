"""Compute: accelerator modules (each with its server share), where they run, and the FLOP they deliver.

Variables, per compute type c, orbit o and shielding h (model units: kW, counts):

    n[c,o,h] in Z+     modules installed; n[c,o,h] <= N_c^max pick[o,h], N_c^max = floor(P_max / P_c)
    ecl[c,o,h] >= 0    of those, modules kept running through eclipse (<= n); the rest throttle in eclipse
    td_it[c,o] >= 0    IT power of type c hosted on top-down units (kW), and td_ecl[c,o] the part of it bridged
    td_ecl[c,o] >= 0   through eclipse by those units' own batteries

With IT_c = sum_h P_c n[c,o,h], ECL_c = sum_h P_c ecl[c,o,h] (P_c: module power, kW), per type and orbit:

    td_it[c,o] <= IT_c,   td_ecl[c,o] <= td_it[c,o],   td_ecl[c,o] <= ECL_c,
    ECL_c - td_ecl[c,o] <= IT_c - td_it[c,o]        (compute kept running bottom-up is bottom-up compute)

so every row counts the same compute as hosted on top-down units, and surplus top-down capacity cannot cancel
other loads. Contributions in orbit o, with IT = sum_c IT_c, TD = sum_c td_it, ECL, TDE likewise:

    power at BOL (sunlit, kW)     demand  IT - TD                     (top-down units power what they host)
    eclipse energy (kWh)          demand  (ECL - TDE) t_ecl,o
    heat at BOL (kW)              demand  IT_c - td_it[c,o] at tier T_max,c (its coolant limit) for each c
    power, heat at EOL (kW)       demand  SU_c,o = sum_h S_c,o,h (P_c n[c,o,h] - td_h[c,o,h])  (per c; heat at tier T_max,c)
    bottom-up IT hosting (kW)     demand  IT - TD
    top-down IT hosting (kW)      demand  TD;   top-down eclipse bridging (kW): demand TDE
    mass (t), hosted              m_c n;   stowed volume (m3): V_c n;   cost (MUSD): price_c n

Delivered compute over life (ZFLOP), the FLOP of the cost-per-FLOP objective:

    FLOP = sum_{c,o,h} f_c,o,h ( s_o n[c,o,h] + (1 - s_o) ecl[c,o,h] ),
    f_c,o,h = P_peak,c u a Y(lambda_c,o,h, L, r) 3.15576e7 D    (FLOP per module)
    lambda_c,o,h = lambda_0,c + phi_c k_h D_o                   (:mod:`synth.physics.reliability`)

s_o is the sunlit fraction; modules kept running through eclipse deliver all year, the rest only in sunlight. a is
the orbit availability (``requirements.orbit_availability``: resets and outages of working modules), D = (1 + r)^-t_p
the delay factor of the orbital time to power when ``economics.include_time_to_power`` (else 1).

At end of life only S_c,o,h = exp(-lambda_c,o,h L) of the modules still work (failed ones are not replaced), so the
end-of-life power and heat rows carry the bottom-up IT that survives, SU_c,o. The top-down IT is split by shielding,
td_h[c,o,h] >= 0 with sum_h td_h[c,o,h] = td_it[c,o] and td_h[c,o,h] <= P_c n[c,o,h] (so all of it sits on the
chosen shielding, whose survival applies): exact.
Repeated per period: a block per period with that period's hardware generation (a cohort keeps its own).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Annotated, Any

import pyomo.core as pyo
from pydantic import Field

from synth import tolerances
from synth.catalog import Entry
from synth.model.data import KG_PER_T, MUSD, ZFLOP
from synth.physics import orbit as orbit_physics
from synth.physics import reliability
from synth.result import Check
from synth.subsystems.base import BuildContext, EvalContext, Item, Key, Resource, Subsystem
from synth.units import Unit
from synth.workloads import Mix, served_mix


@dataclass(frozen=True)
class ComputeCoefficients:
    flop_per_module: dict[tuple[str, str, str], float]  # (c, o, h) -> FLOP per module per unit availability (discounted)
    failure_rate: dict[tuple[str, str, str], float]  # (c, o, h) -> 1/yr
    max_modules: dict[str, int]  # c -> the scale's upper IT power over the module power
    computing_fraction: dict[tuple[str, str, str], float] = field(default_factory=dict)  # (c, o, h) -> a_upsets: time not lost to upsets
    latency_ok: dict[str, bool] = field(default_factory=dict)  # o -> within every served inference workload's round trip
    scale_out_gbps: float = 0.0  # b: sum_w s_w b_w, scale-out bandwidth per accelerator of the served mix (Gbit/s)
    downlink_bits_per_flop: float = 0.0  # beta: sum_w s_w beta_w (bits per FLOP)


def upset_computing_fraction(mod: Any, mix: Mix, dose_krad_per_year: float) -> float:
    """a_upsets = sum_w s_w / (1 + G_w lambda_i,w T_w / 8766) (:mod:`synth.workloads`), with lambda_i,w the module's
    interrupts a year at the dose behind its shielding D k_h (krad/yr): functional interrupts for every workload,
    plus silent corruptions (caught at a checkpoint, rolled back) for training."""
    return mix.computing_time(lambda w: (mod.interrupts_per_krad + (mod.silent_corruptions_per_krad if w.kind == "training" else 0.0))
                              * dose_krad_per_year)


def orbit_delay_factor(case: Any) -> float:
    """D = (1 + r)^-t_p when the case counts the orbital time to power, else 1 (r the orbital cost of capital)."""
    econ = case.economics
    return (1.0 + econ.discount_rate) ** -econ.time_to_power_years if econ.include_time_to_power else 1.0


class ComputeModule(Entry):
    """One accelerator with its share of the server (host, memory, network, cold plate), as flown."""

    peak_tflops: float = Field(ge=0.001, le=1e6, description="Dense BF16 peak per module, TFLOP/s (1e12 FLOP/s); at least 0.001 (1 GFLOP/s).")
    power_w: Annotated[float, Unit("W")] = Field(ge=1, le=1e6, description="Electrical power per module at the server level (W), 1 W to 1 MW.")
    mass_kg: Annotated[float, Unit("kg")] = Field(gt=0, description="Mass per module at the server level, with cold plate (kg).")
    price_usd: float = Field(ge=0, description="Price per module including its server share (USD).")
    stowed_volume_m3: Annotated[float, Unit("m**3")] = Field(ge=0, description="Stowed volume per module (m3).")
    max_radiator_temperature_k: Annotated[float, Unit("K")] = Field(gt=200, le=500, description="Hottest radiator that can still cool it (coolant loop "
        "limit), K.")
    annual_failure_rate: float = Field(ge=0, lt=1, description="Hardware failure rate on the ground, per module per year.")
    failures_per_krad: float = Field(ge=0, le=1, description="Added permanent failures per module per krad(Si) of dose.")
    available_year: int | None = Field(None, ge=1990, le=2100, description="Year the module ships in volume; a roadmap year before it cannot use "
        "it (empty: available now).")
    interrupts_per_krad: float = Field(0.0, ge=0, le=1e4, description="Single-event functional interrupts (crashes needing a restart) per module "
        "per krad(Si) of dose, host share included.")
    silent_corruptions_per_krad: float = Field(0.0, ge=0, le=1e4, description="Silent data corruptions per module per krad(Si) that a training "
        "job must roll back (caught at a checkpoint).")


class Compute(Subsystem):
    name = "compute"
    order = 10
    catalog = "compute"
    entry = ComputeModule
    option_doc = "Candidate compute modules; the design may mix them."
    resources = (
        Resource("isl_bandwidth", "scale_out_bandwidth", "network", "scale-out bandwidth per orbit (inter-satellite links and platform fabric)",
                 "Gbit/s", "inter-satellite links and platform fabric carry the training share's scale-out traffic"),
        Resource("downlink", "downlink_capacity", "network", "downlink capacity to the ground", "Gbit/s",
                 "downlink terminals carry the inference share's answers to the ground"),
    )
    design_fields = {
        "compute": (dict[str, int], Field(description="Compute modules per type.")),
        "compute_running_in_eclipse": (dict[str, float], Field(default_factory=dict, description="Modules kept running through eclipse, per type (the rest "
            "throttle).")),
        "it_power_on_top_down_units_by_compute_w": (dict[str, float] | None, Field(None, description="IT power of each compute type hosted on top-down "
            "units (W); empty: as much as they can host, coolant-limited types first.")),
        "it_power_on_top_down_units_w": (float | None, Field(None, ge=0, description="Total IT power on top-down units (W); used only when the per-type "
            "split is not given.")),
    }

    def coefficients(self, rc, env) -> ComputeCoefficients:
        req = rc.case.requirements
        life, rate = req.design_life_years, rc.case.economics.discount_rate
        mix = served_mix(rc)
        flop, lam, most, upsets = {}, {}, {}, {}
        for c, mod in rc.entries["compute"].items():
            most[c] = int(math.floor(req.it_power_mw.max * 1000.0 / (mod.power_w / 1000.0) + tolerances.INTEGER_GUARD))
            for o, e in env.items():
                for h, sh in rc.entries["shielding"].items():
                    rate_f = reliability.failure_rate_per_year(mod.annual_failure_rate, mod.failures_per_krad, e.dose_krad_per_year, sh.dose_factor)
                    years = reliability.discounted_service_years(rate_f, life, rate)
                    lam[(c, o, h)] = rate_f
                    upsets[(c, o, h)] = upset_computing_fraction(mod, mix, e.dose_krad_per_year * sh.dose_factor)
                    flop[(c, o, h)] = reliability.delivered_flop_per_module(mod.peak_tflops * 1e12, req.utilization,
                                                                             req.orbit_availability * upsets[(c, o, h)], years) * orbit_delay_factor(rc.case)
        latency = {o: all(w.max_round_trip_ms is None or w.kind != "inference" or orbit_physics.round_trip_ms(e.entry.altitude_km) <= w.max_round_trip_ms
                          for w, _ in mix.served) for o, e in env.items()}
        return ComputeCoefficients(flop, lam, most, upsets, latency, mix.scale_out_gbps, mix.downlink_bits_per_flop)

    def parameters(self, d):
        co: ComputeCoefficients = d.coeff["compute"]
        p: dict[Key, float] = {}
        for c, mod in d.entries("compute").items():
            p[("p_kw", c)] = mod.power_w / 1000.0
            p[("module_max", c)] = float(co.max_modules[c])
            p[("downlink_gbps", c)] = mod.peak_tflops * 1e12 * d.utilization * co.downlink_bits_per_flop / 1e9
            p[("mass_t", c)] = mod.mass_kg / KG_PER_T
            p[("vol", "compute", c)] = mod.stowed_volume_m3
            p[("price", "compute", c)] = mod.price_usd / MUSD
            for o in d.env:
                for h in d.entries("shielding"):
                    p[("flop", c, o, h)] = co.flop_per_module[(c, o, h)] / ZFLOP
                    p[("survive", c, o, h)] = reliability.surviving_fraction(co.failure_rate[(c, o, h)], d.life_years)
        for o in d.env:
            p[("latency_ok", o)] = 1.0 if co.latency_ok[o] else 0.0
        p[("network", "scale_out_gbps")] = co.scale_out_gbps
        return p

    def structure(self, d):
        co: ComputeCoefficients = d.coeff["compute"]
        return (tuple(d.entries("compute")), tuple(sorted({m.max_radiator_temperature_k for m in d.entries("compute").values()})),
                co.scale_out_gbps > 0, co.downlink_bits_per_flop > 0)

    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        m, P = ctx.m, ctx.P
        b.C = pyo.Set(initialize=list(ctx.d.entries("compute")), ordered=True)
        # n and ecl are bounded by rows; explicit bounds of ~1e6 would only add HiGHS warnings.
        b.n = pyo.Var(b.C, m.O, m.H, domain=pyo.NonNegativeIntegers)
        b.ecl = pyo.Var(b.C, m.O, m.H, domain=pyo.NonNegativeReals)
        b.td_it = pyo.Var(b.C, m.O, domain=pyo.NonNegativeReals)
        b.td_ecl = pyo.Var(b.C, m.O, domain=pyo.NonNegativeReals)
        b.td_h = pyo.Var(b.C, m.O, m.H, domain=pyo.NonNegativeReals)  # top-down IT by shielding, for the survival at end of life
        b.in_chosen_orbit = pyo.Constraint(b.C, m.O, m.H, rule=lambda _, c, o, h: b.n[c, o, h] <= P["module_max", c] * P["latency_ok", o] * m.pick[o, h])
        b.eclipse_running_le_installed = pyo.Constraint(b.C, m.O, m.H, rule=lambda _, c, o, h: b.ecl[c, o, h] <= b.n[c, o, h])

        def it_c(c, o):
            return sum(P["p_kw", c] * b.n[c, o, h] for h in m.H)

        def ecl_c(c, o):
            return sum(P["p_kw", c] * b.ecl[c, o, h] for h in m.H)

        b.td_hosted_le_installed = pyo.Constraint(b.C, m.O, rule=lambda _, c, o: b.td_it[c, o] <= it_c(c, o))
        b.td_eclipse_le_hosted = pyo.Constraint(b.C, m.O, rule=lambda _, c, o: b.td_ecl[c, o] <= b.td_it[c, o])
        b.td_eclipse_le_running = pyo.Constraint(b.C, m.O, rule=lambda _, c, o: b.td_ecl[c, o] <= ecl_c(c, o))
        b.eclipse_bottom_up = pyo.Constraint(b.C, m.O, rule=lambda _, c, o: ecl_c(c, o) - b.td_ecl[c, o] <= it_c(c, o) - b.td_it[c, o])
        b.td_by_shielding = pyo.Constraint(b.C, m.O, rule=lambda _, c, o: sum(b.td_h[c, o, h] for h in m.H) == b.td_it[c, o])
        b.td_on_installed = pyo.Constraint(b.C, m.O, m.H, rule=lambda _, c, o, h: b.td_h[c, o, h] <= P["p_kw", c] * b.n[c, o, h])

        b.IT = pyo.Expression(m.O, rule=lambda _, o: sum(it_c(c, o) for c in b.C))
        b.ECL = pyo.Expression(m.O, rule=lambda _, o: sum(ecl_c(c, o) for c in b.C))
        b.TD = pyo.Expression(m.O, rule=lambda _, o: sum(b.td_it[c, o] for c in b.C))
        b.TDE = pyo.Expression(m.O, rule=lambda _, o: sum(b.td_ecl[c, o] for c in b.C))
        b.FLOP_O = pyo.Expression(m.O, rule=lambda _, o: sum(
            P["flop", c, o, h] * (P["sunlit", o] * b.n[c, o, h] + (1.0 - P["sunlit", o]) * b.ecl[c, o, h]) for c in b.C for h in m.H))
        ctx.publish("it_kw", b.IT)
        ctx.publish("it_kw_by_shield", {(o, h): sum(P["p_kw", c] * b.n[c, o, h] for c in b.C) for o in m.O for h in m.H})
        ctx.publish("flop_zflop", b.FLOP_O)

        orbits = list(m.O)
        bottom_up = {o: b.IT[o] - b.TD[o] for o in orbits}
        t_max = {c: ctx.d.entry("compute", c).max_radiator_temperature_k for c in b.C}

        def surviving_bottom_up(c, o):
            return sum(P["survive", c, o, h] * (P["p_kw", c] * b.n[c, o, h] - b.td_h[c, o, h]) for h in m.H)

        items = [
            Item(None, "it", {o: b.IT[o] for o in orbits}, table="power_w"),
            Item(None, "it_on_top_down_units", {o: b.TD[o] for o in orbits}, table="power_w"),
            Item(None, "it_running_in_eclipse", {o: b.ECL[o] for o in orbits}, table="power_w"),
            Item("power", "it_bottom_up", bottom_up),
            Item("power_eol", "it_bottom_up_surviving", {o: sum(surviving_bottom_up(c, o) for c in b.C) for o in orbits}),
            Item("eclipse_energy", "it_running_in_eclipse", {o: (b.ECL[o] - b.TDE[o]) * P["t_ecl_h", o] for o in orbits}),
            *[Item("heat", "it", {o: it_c(c, o) - b.td_it[c, o] for o in orbits}, tier=t_max[c]) for c in b.C],
            *[Item("heat_eol", "it_surviving", {o: surviving_bottom_up(c, o) for o in orbits}, tier=t_max[c]) for c in b.C],
            Item("hosting_it", "compute", bottom_up),
            Item("hosting_top_down_it", "compute", {o: b.TD[o] for o in orbits}),
            Item("top_down_eclipse", "compute", {o: b.TDE[o] for o in orbits}),
        ]
        mass = {o: sum(P["mass_t", c] * b.n[c, o, h] for c in b.C for h in m.H) for o in orbits}
        items += [
            Item("mass", "compute", mass),
            Item("hosting_payload", "compute", mass),
            Item("stowed_volume", "compute", {o: sum(P["vol", "compute", c] * b.n[c, o, h] for c in b.C for h in m.H) for o in orbits}),
            Item("cost", "compute", sum(P["price", "compute", c] * b.n[c, o, h] for c in b.C for o in orbits for h in m.H)),
        ]
        co: ComputeCoefficients = ctx.d.coeff["compute"]
        accelerators = {o: sum(b.n[c, o, h] for c in b.C for h in m.H) for o in orbits}
        ctx.publish("accelerators", accelerators)
        if co.scale_out_gbps > 0:  # a training share: its accelerators talk to the rest of their cluster
            items.append(Item("isl_bandwidth", "compute", {o: P["network", "scale_out_gbps"] * accelerators[o] for o in orbits}))
        if co.downlink_bits_per_flop > 0:  # an inference share: its answers go to the ground
            items.append(Item("downlink", "compute", {o: sum(P["downlink_gbps", c] * b.n[c, o, h] for c in b.C for h in m.H) for o in orbits}))
        return items

    def design_variables(self, b):
        """Modules per type, orbit and shielding (n), those kept running through eclipse (ecl) and the IT power of
        each type hosted on top-down units (td_it, kW): the design's ``compute``, ``compute_running_in_eclipse`` and
        ``it_power_on_top_down_units_by_compute_w``. td_ecl and td_h follow from them."""
        return [*b.n.values(), *b.ecl.values(), *b.td_it.values()]

    def fine_counts(self, b):
        return list(b.n.values())

    def quantities(self, ctx, b):
        return {"it_power": sum(b.IT[o] for o in ctx.m.O)}

    def summary_lines(self, design):
        running = ", ".join(f"{n:,.0f} x {c}" for c, n in design.compute_running_in_eclipse.items()) or "none (throttled)"
        return [("compute", ", ".join(f"{n:,} x {c}" for c, n in design.compute.items())), ("running in eclipse", running)]

    def extract(self, ctx, b, orbit, shield):
        def v(x):
            return float(pyo.value(x, exception=False) or 0.0)

        counts = {c: int(round(v(b.n[c, orbit, shield]))) for c in b.C}
        return {
            "compute": {c: n for c, n in counts.items() if n > 0},
            "compute_running_in_eclipse": {c: v(b.ecl[c, orbit, shield]) for c in b.C if v(b.ecl[c, orbit, shield]) > tolerances.ZERO},
            "it_power_on_top_down_units_w": v(b.TD[orbit]) * 1000.0,
            "it_power_on_top_down_units_by_compute_w": {c: v(b.td_it[c, orbit]) * 1000.0 for c in b.C if v(b.td_it[c, orbit]) > tolerances.ZERO},
        }

    # -- evaluator -------------------------------------------------------------------------------------------------
    def evaluate(self, ctx: EvalContext) -> list[Item]:
        """IT, eclipse running and the top-down split from the design: the per-type split is taken as given, else
        the top-down capacity (or the given total) is filled coolant-limited (lowest T_max) types first, and the
        bridging capacity likewise with min(td_c, ECL_c)."""
        d, spec, o = ctx.d, ctx.design, ctx.orbit
        compute = d.entries("compute")
        buses = d.entries("buses")
        p_kw = {c: compute[c].power_w / 1000.0 for c in compute}
        it_c = {c: p_kw[c] * n for c, n in spec.compute.items()}
        ecl_c = {c: p_kw[c] * x for c, x in spec.compute_running_in_eclipse.items()}
        top_down = {k: n for k, n in spec.satellites_by_bus.items() if buses[k].top_down is not None}
        td_cap = sum(d.coeff["buses"].cap_kw[k] * n for k, n in top_down.items())
        bridging = sum(d.coeff["buses"].cap_kw[k] * n for k, n in top_down.items() if buses[k].top_down.bridges_eclipse)
        if spec.it_power_on_top_down_units_by_compute_w is not None:
            td_c = {c: w / 1000.0 for c, w in spec.it_power_on_top_down_units_by_compute_w.items()}
        else:
            room = td_cap if spec.it_power_on_top_down_units_w is None else spec.it_power_on_top_down_units_w / 1000.0
            td_c = {}
            for c in sorted(it_c, key=lambda c: compute[c].max_radiator_temperature_k):
                td_c[c] = min(it_c[c], room)
                room -= td_c[c]
        tde_c, room = {}, bridging
        for c, x in td_c.items():
            tde_c[c] = min(x, ecl_c.get(c, 0.0), room)
            room -= tde_c[c]
        for c, x in td_c.items():
            ctx.checks.append(Check.le("scale", f"td_hosted_le_installed[{c}]", f"{c} IT power on top-down units at most the installed {c}",
                                       x, it_c.get(c, 0.0), "kW"))
        for c, x in spec.compute_running_in_eclipse.items():
            ctx.checks.append(Check.le("power", f"eclipse_running_le_installed[{c}]", f"{c} modules running in eclipse at most those installed",
                                       x, spec.compute.get(c, 0), "modules"))
            ctx.checks.append(Check.le("power", f"eclipse_bottom_up[{c}]", f"{c} kept running in eclipse on bottom-up units at most the {c} there",
                                       ecl_c[c] - tde_c.get(c, 0.0), it_c.get(c, 0.0) - td_c.get(c, 0.0), "kW"))
        it, ecl, td, tde = sum(it_c.values()), sum(ecl_c.values()), sum(td_c.values()), sum(tde_c.values())
        env = d.env[o]
        co: ComputeCoefficients = d.coeff["compute"]
        flop = sum(co.flop_per_module[(c, o, ctx.shield)] * (env.sunlit_fraction * n + (1 - env.sunlit_fraction) * spec.compute_running_in_eclipse.get(c, 0.0))
                   for c, n in spec.compute.items())
        ctx.published.update(it_kw=it, flop_zflop=flop / ZFLOP)
        ctx.fields.update(it_power_on_top_down_units_w=td * 1000.0,
                          it_power_on_top_down_units_by_compute_w={c: x * 1000.0 for c, x in td_c.items() if x > 0})
        mass = sum(compute[c].mass_kg * n for c, n in spec.compute.items()) / KG_PER_T
        # At end of life exp(-lambda L) of each type survives, on the design's shielding, on bottom-up and top-down units alike.
        surviving = {c: math.exp(-co.failure_rate[(c, o, ctx.shield)] * d.life_years) * (it_c[c] - td_c.get(c, 0.0)) for c in it_c}
        return [
            Item(None, "it", it, table="power_w"),
            Item(None, "it_on_top_down_units", td, table="power_w"),
            Item(None, "it_running_in_eclipse", ecl, table="power_w"),
            Item("power", "it_bottom_up", it - td),
            Item("power_eol", "it_bottom_up_surviving", sum(surviving.values())),
            Item("eclipse_energy", "it_running_in_eclipse", (ecl - tde) * env.worst_eclipse_h),
            *[Item("heat", "it", it_c[c] - td_c.get(c, 0.0), tier=compute[c].max_radiator_temperature_k) for c in it_c],
            *[Item("heat_eol", "it_surviving", surviving[c], tier=compute[c].max_radiator_temperature_k) for c in it_c],
            Item("hosting_it", "compute", it - td),
            Item("hosting_top_down_it", "compute", td),
            Item("top_down_eclipse", "compute", tde),
            Item("mass", "compute", mass),
            Item("hosting_payload", "compute", mass),
            Item("stowed_volume", "compute", sum(compute[c].stowed_volume_m3 * n for c, n in spec.compute.items())),
            Item("cost", "compute", sum(compute[c].price_usd * n for c, n in spec.compute.items()) / MUSD),
            *self._network_demands(ctx, co),
        ]

    @staticmethod
    def _network_demands(ctx: EvalContext, co: ComputeCoefficients) -> list[Item]:
        """The evaluator's scale-out and downlink demands: b x accelerators, and beta x P_peak u per module (Gbit/s)."""
        d, spec = ctx.d, ctx.design
        ctx.published["accelerators"] = sum(spec.compute.values())
        out = []
        if co.scale_out_gbps > 0:
            out.append(Item("isl_bandwidth", "compute", co.scale_out_gbps * sum(spec.compute.values())))
        if co.downlink_bits_per_flop > 0:
            out.append(Item("downlink", "compute", sum(d.entry("compute", c).peak_tflops * 1e12 * d.utilization * co.downlink_bits_per_flop / 1e9 * n
                                                       for c, n in spec.compute.items())))
        return out

    def structural(self, d):
        """A workload the case has no network for: training spread over satellites without laser terminals, or
        inference without downlink terminals."""
        from synth.result import Diagnosis

        co: ComputeCoefficients = d.coeff["compute"]
        names = {s.name for s in d.subsystems}
        out = []
        bco = d.coeff["buses"]
        if co.scale_out_gbps > 0 and "isl" not in names and len(bco.needs_isl) == len(d.entries("buses")):
            out.append(Diagnosis("network", "options.isl_terminals", 0, co.scale_out_gbps,
                                 f"[network] the training cluster spans satellites (no candidate bus's own fabric holds it) and needs "
                                 f"{co.scale_out_gbps:g} Gbit/s per accelerator between them, but the case has no laser terminals",
                                 "add options.isl_terminals (e.g. [suncatcher_dwdm]), or a bus whose fabric holds the cluster"))
        if not any(co.latency_ok.values()):
            worst = min(w.max_round_trip_ms for w in (d.rc.workloads[n] for n in d.case.workload) if w.max_round_trip_ms is not None)
            nearest = min(d.env, key=lambda o: d.env[o].entry.altitude_km)
            rtt = orbit_physics.round_trip_ms(d.env[nearest].entry.altitude_km)
            out.append(Diagnosis("network", "workload", worst, rtt,
                                 f"[network] the inference served tolerates a round trip of {worst:g} ms, but the nearest candidate orbit ({nearest}) "
                                 f"takes {rtt:.3g} ms (2 h / c)", "add a lower orbit, or serve a workload that tolerates more latency"))
        if co.downlink_bits_per_flop > 0 and "downlink" not in names:
            mod = max(d.entries("compute").values(), key=lambda m: m.peak_tflops / m.power_w)
            gbps = d.case.requirements.it_power_mw.min * 1e3 / (mod.power_w / 1000.0) * mod.peak_tflops * 1e12 * d.utilization \
                * co.downlink_bits_per_flop / 1e9
            out.append(Diagnosis("network", "options.downlink_terminals", 0, gbps,
                                 f"[network] inference sends {co.downlink_bits_per_flop:g} bits to the ground per FLOP, about {gbps:,.0f} Gbit/s at "
                                 f"the least IT power asked, but the case has no downlink terminals",
                                 "add options.downlink_terminals (e.g. [ka_band_gateway, optical_downlink])"))
        return out

    def check_names(self, rc, d, design):
        known = rc.entries["compute"]
        fields = ("compute", "compute_running_in_eclipse", "it_power_on_top_down_units_by_compute_w")
        return [((f, name), f"{name!r} is not among the case's candidates; allowed: {', '.join(sorted(known))}")
                for f in fields for name in (getattr(design, f) or {}) if name not in known]


def physical_flop(d: Any, design: Any) -> float:
    """Undiscounted FLOP delivered over life: sum_c f_c(r = 0) (s n_c + (1 - s) e_c) (:mod:`synth.physics.reliability`),
    availability and upsets included."""
    co: ComputeCoefficients = d.coeff["compute"]
    s = d.env[design.orbit].sunlit_fraction
    total = 0.0
    for c, n in design.compute.items():
        years = reliability.discounted_service_years(co.failure_rate[(c, design.orbit, design.shielding)], d.life_years, 0.0)
        computing = d.case.requirements.orbit_availability * co.computing_fraction[(c, design.orbit, design.shielding)]
        per_module = reliability.delivered_flop_per_module(d.entry("compute", c).peak_tflops * 1e12, d.utilization, computing, years)
        total += per_module * (s * n + (1 - s) * design.compute_running_in_eclipse.get(c, 0.0))
    return total

