"""The race over time, cohort by cohort: each year's best design at that year's prices and hardware, against the
ground of the same year, and the year orbit undercuts it.

A roadmap scenario (catalog ``roadmaps``) states how the world moves; year y of the horizon [y0, y1] changes the case:

    launch price        p_v(y) = p_v(y0) ((M(y) + m(y)) / M(y0))^b,  b = log2(LR)  (Wright's law on cumulative mass)
    bus unit price      the bus's cost_model lot priced after p + u_k(y) prior units  (synth.physics.costs)
    launch cadence      N_max(y) = s sum_v n_v(y)         (the case's vehicles' flights a year, share s for compute), or
                        N_max(y) = N_max(y0) (1 + g)^(y - y0)   (launches/yr; when the scenario has no path for them)
    compute             the candidates whose ``available_year`` <= y                (hardware generations)
    electricity         c_e(y) = c_e(y0) I(y) / I(y0)                               (every grid-supplied baseline)

and, unless the year is the case itself, the case's scale from 1 % of its largest (a cohort as large as the year's
cadence allows: the cheapest cost per FLOP of the year, not the case's minimum), with M(y) the industry's cumulative
launched mass (t; the scenario's forecast, linear between its years), m(y) and u_k(y) the mass and units of bus k
the case's own earlier cohorts launched (``own_experience``; the roadmap solves the years in order), LR the
learning rate (price multiplier per doubling of M), I(y) the electricity price index. Each year's cohort is then the
case's own optimum (least cost per delivered FLOP, exact), priced at that year's figures, and the ground prices the
same compute at each baseline. Year y0 is the case itself: a one-year roadmap is today's solve.

    crossover year (per baseline) = the first y with cost per EFLOP(orbit, y) <= cost per EFLOP(ground, y)
    first power year              = y + years to power (the orbit's economics.time_to_power_years; each baseline's own)
    launches per GW (y)           = launches of the cohort / its IT power (GW)
    GW launchable by year y       = N_max(y) x deployment_years / launches per GW    (one cohort built at the cadence)

This is the free-build mode of the roadmap (each cohort the cheapest levelized cost per FLOP of its year, earlier
cohorts' experience taken as given, so each solve stays exact). Where a baseline is not undercut by the horizon's
end, the last year says what would have to change (:func:`what_would_change`): the factor on that year's launch
prices, bus prices, or both, at which the re-optimized cohort costs what the ground does, or, when even prices x0.001
do not suffice, what the cohort still costs and its largest items. The demand mode (a trajectory of IT power met at
least present-value cost by one model over every year, the programme's own launches and units moving its prices)
is :mod:`synth.roadmap_model`, through :func:`run_demand`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from synth.case import ResolvedCase, load_case
from synth.catalog import Entry
from synth.errors import input_error
from synth.model.data import MUSD, ZFLOP
from synth.progress import Progress
from synth.resolve import Resolver
from synth.result import Status
from synth.roadmap_model import DEMAND_LABELS


class LaunchFamily(BaseModel):
    """Vehicles that share pads and a reusable fleet (e.g. New Glenn and its 9x4 variant): their flights in a year are
    held within what the pads and the fleet can fly."""

    model_config = ConfigDict(extra="forbid")

    vehicles: list[str] = Field(min_length=1, description="Launch vehicles (catalog names) that fly from these pads with this fleet.")
    pads: dict[int, float] = Field(default_factory=dict, description="Launch pads in service by year (-), linear between the years given.")
    flights_per_pad_per_year: dict[int, float] = Field(default_factory=dict, description="Launches one pad supports a year by year "
        "(turnaround and licence caps), linear between the years given.")
    fleet: dict[int, float] = Field(default_factory=dict, description="Reusable first stages (or flight-ready stacks) in service by year (-), "
        "linear between the years given.")
    flights_per_vehicle_per_year: dict[int, float] = Field(default_factory=dict, description="Flights one reusable stage makes a year "
        "(turnaround) by year, linear between the years given.")

    def limits(self, year: int) -> dict[str, float]:
        """The family's flights a year allowed by its pads and by its fleet (each only when both its figures are given)."""
        out = {}
        if self.pads and self.flights_per_pad_per_year:
            out["pads"] = interpolate(self.pads, year) * interpolate(self.flights_per_pad_per_year, year)
        if self.fleet and self.flights_per_vehicle_per_year:
            out["fleet"] = interpolate(self.fleet, year) * interpolate(self.flights_per_vehicle_per_year, year)
        return out


class RoadmapScenario(Entry):
    """How the world moves year by year (catalog ``roadmaps``): launch learning, cadence, electricity."""

    start_year: int = Field(ge=2000, le=2100, description="The year the case's own figures hold (the horizon starts here or later).")
    industry_launched_mass_t: dict[int, float] = Field(min_length=1, description="The world's cumulative mass launched to orbit by year (t), "
        "linear between the years given.")
    launch_learning_rate: float = Field(gt=0, le=1, description="Launch price multiplier per doubling of the cumulative launched mass (Wright's law; "
        "0.8 = 20 % cheaper per doubling).")
    cadence_growth_per_year: float = Field(0.0, ge=-0.5, le=5, description="Yearly growth of the case's launch cadence limit (fraction per year); "
        "used when vehicle_cadence does not name the case's vehicles.")
    vehicle_cadence: dict[str, dict[int, float]] = Field(default_factory=dict, description="Flights per year of each vehicle (catalog name) by "
        "year, linear between the years given; with cadence_share_for_compute, the case's cadence limit in each year.")
    cadence_share_for_compute: float = Field(1.0, gt=0, le=1, description="Share of those flights a compute build-out can have (the rest fly "
        "other payloads).")
    electricity_price_index: dict[int, float] = Field(min_length=1, description="Electricity price by year relative to any base (-), linear between "
        "the years given.")
    own_experience: bool = Field(True, description="Earlier cohorts move later prices: their launched mass adds to the cumulative mass of the "
        "launch curve, and their units to a learning bus's prior units (cost_model.prior_units).")
    compute_generations: list[str] = Field(default_factory=list, description="Compute modules (catalog compute, with available_year) that join the "
        "case's candidates from the year they ship.")
    launch_families: dict[str, LaunchFamily] = Field(default_factory=dict, description="Pads and fleets as limits: the flights of a family's "
        "vehicles in a year are at most min(their vehicle_cadence, pads x flights per pad, fleet x flights per vehicle).")
    cell_efficiency_index: dict[str, dict[int, float]] = Field(default_factory=dict, description="Solar cell efficiency by year relative to any "
        "base (-), per solar array (catalog name), linear between the years given; arrays not named keep theirs.")
    array_specific_power_index: dict[int, float] = Field(default_factory=dict, description="Every solar array's power per kg by year relative to "
        "any base (-): its areal mass moves by cell_efficiency_index / this index. Empty: unchanged.")
    radiator_areal_mass_index: dict[int, float] = Field(default_factory=dict, description="Every radiator's areal mass by year relative to any "
        "base (-), linear between the years given, held at or above radiator_areal_mass_floor_kg_per_m2. Empty: unchanged.")
    radiator_areal_mass_floor_kg_per_m2: float = Field(0.0, ge=0, description="The least areal mass radiator_areal_mass_index may bring a "
        "radiator to (kg/m2); a radiator already below it keeps its own.")
    facility_cost_index: dict[int, float] = Field(default_factory=dict, description="The ground's facility capital cost per W by year relative "
        "to any base (-, real terms), linear between the years given. Empty: unchanged.")
    pue_index: dict[int, float] = Field(default_factory=dict, description="The ground's PUE by year relative to any base (-), linear between the "
        "years given, never below 1. Empty: unchanged.")

    @field_validator("industry_launched_mass_t", "electricity_price_index", "array_specific_power_index", "radiator_areal_mass_index",
                     "facility_cost_index", "pue_index")
    @classmethod
    def _positive(cls, value: dict[int, float]) -> dict[int, float]:
        bad = {y: v for y, v in value.items() if not v > 0}
        if bad:
            raise ValueError(f"every value is above 0, got {bad}")
        return value

    @field_validator("cell_efficiency_index")
    @classmethod
    def _positive_paths(cls, value: dict[str, dict[int, float]]) -> dict[str, dict[int, float]]:
        for name, path in value.items():
            bad = {y: v for y, v in path.items() if not v > 0}
            if bad or not path:
                raise ValueError(f"{name}: give at least one year, every value above 0 (got {path})")
        return value


#: the least cohort a roadmap year accepts, as a share of the case's largest scale: below the case's own minimum, so a
#: year whose cadence cannot launch that minimum still has a cohort (its cost per FLOP is what the race compares)
COHORT_MIN_SHARE = 0.01


def interpolate(points: dict[int, float], year: float) -> float:
    """The value at ``year`` on the piecewise-linear path through ``points`` (held flat beyond its ends)."""
    years = sorted(points)
    if year <= years[0]:
        return points[years[0]]
    if year >= years[-1]:
        return points[years[-1]]
    for a, b in zip(years, years[1:], strict=False):
        if a <= year <= b:
            return points[a] + (points[b] - points[a]) * (year - a) / (b - a)
    raise AssertionError("unreachable")  # pragma: no cover


def wright_price(price_y0: float, mass_y0_t: float, mass_y_t: float, learning_rate: float) -> float:
    """p(y) = p(y0) (M(y) / M(y0))^log2(LR) (USD; module docstring)."""
    return price_y0 * (mass_y_t / mass_y0_t) ** math.log2(learning_rate)


def mass_for_price(price_y0: float, mass_y0_t: float, target_price: float, learning_rate: float) -> float:
    """The cumulative launched mass (t) at which Wright's law reaches ``target_price``: M = M0 (p / p0)^(1 / b)."""
    return mass_y0_t * (target_price / price_y0) ** (1.0 / math.log2(learning_rate))


@dataclass
class YearOverrides:
    """What year y changes in the case (dotted overrides), and the figures it used."""

    year: int
    overrides: dict[str, Any]
    launch_price_factor: float
    cadence_factor: float
    electricity_factor: float
    compute: list[str]
    launch_limits: dict[str, str] = field(default_factory=dict)  # launch family -> what holds its flights that year


def vehicle_flights(scenario: RoadmapScenario, vehicles: list[str], year: int) -> tuple[float | None, dict[str, str]]:
    """The flights a year of the case's vehicles that have a path in ``vehicle_cadence`` (None when none has), and
    for each launch family among them what holds its flights:

        F_f(y) = min( sum_{v in f} n_v(y),  pads_f(y) x r_pad,f(y),  fleet_f(y) x r_vehicle,f(y) )   (flights/yr)

    a vehicle in no family flies its own path n_v(y)."""
    named = [v for v in vehicles if v in scenario.vehicle_cadence]
    if not named:
        return None, {}
    total, limits, grouped = 0.0, {}, set()
    for name, family in scenario.launch_families.items():
        members = [v for v in named if v in family.vehicles]
        if not members:
            continue
        grouped.update(members)
        caps = {"vehicle_cadence": sum(interpolate(scenario.vehicle_cadence[v], year) for v in members), **family.limits(year)}
        limits[name] = min(caps, key=lambda k: caps[k])
        total += caps[limits[name]]
    total += sum(interpolate(scenario.vehicle_cadence[v], year) for v in named if v not in grouped)
    return total, limits


def hardware_overrides(rc: ResolvedCase, scenario: RoadmapScenario, year: int) -> dict[str, Any]:
    """The year's hardware and ground-facility figures, each path taken relative to the scenario's start year y0,
    I(y) = path(y) / path(y0):

        solar cell efficiency   eta(y) = min(eta(y0) I_eta,a(y), 1)          (per array a named in cell_efficiency_index)
        array areal mass        m_a(y) = m_a(y0) I_eta,a(y) / I_sp(y)        (kg/m2; W/kg rises by I_sp)
        radiator areal mass     m_r(y) = max(m_r(y0) I_r(y), min(floor, m_r(y0)))   (kg/m2)
        facility capex          k(y)   = k(y0) I_k(y)                        (USD/W, real terms)
        PUE                     PUE(y) = max(PUE(y0) I_PUE(y), 1)

    A path left empty changes nothing; in y0 nothing changes."""
    def ratio(path: dict[int, float]) -> float:
        return interpolate(path, year) / interpolate(path, scenario.start_year) if path else 1.0

    over: dict[str, Any] = {}
    specific_power = ratio(scenario.array_specific_power_index)
    for k, array in rc.entries.get("solar_arrays", {}).items():
        eff = ratio(scenario.cell_efficiency_index.get(k, {}))
        if eff != 1.0:
            over[f"solar_arrays.{k}.cell_efficiency"] = min(array.cell_efficiency * eff, 1.0)
        if eff / specific_power != 1.0:
            over[f"solar_arrays.{k}.areal_mass_kg_per_m2"] = array.areal_mass_kg_per_m2 * eff / specific_power
    radiator = ratio(scenario.radiator_areal_mass_index)
    for k, rad in rc.entries.get("radiators", {}).items():
        mass = max(rad.areal_mass_kg_per_m2 * radiator, min(scenario.radiator_areal_mass_floor_kg_per_m2, rad.areal_mass_kg_per_m2))
        if mass != rad.areal_mass_kg_per_m2:
            over[f"radiators.{k}.areal_mass_kg_per_m2"] = mass
    facility, pue = ratio(scenario.facility_cost_index), ratio(scenario.pue_index)
    for name, site in rc.terrestrials.items():
        if facility != 1.0 and site.facility_capex_usd_per_w:
            over[f"terrestrial.{name}.facility_capex_usd_per_w"] = site.facility_capex_usd_per_w * facility
        if pue != 1.0:
            over[f"terrestrial.{name}.pue"] = max(site.pue * pue, 1.0)
    return over


@dataclass
class Experience:
    """What the case's own earlier cohorts built: launched mass (t) and units per bus."""

    launched_t: float = 0.0
    units: dict[str, int] = field(default_factory=dict)

    def add(self, result: Any) -> None:
        self.launched_t += result.budgets["mass_kg"]["total"] / 1000.0
        for k, n in result.design.satellites_by_bus.items():
            self.units[k] = self.units.get(k, 0) + n


def year_overrides(rc: ResolvedCase, scenario: RoadmapScenario, year: int, compute: dict[str, Any], own: Experience | None = None) -> YearOverrides:
    """The overrides of ``year`` for the case ``rc`` under ``scenario``, after the case's own earlier cohorts ``own``;
    ``compute`` is every compute module the case can see (its catalog directories), by name."""
    y0 = scenario.start_year
    mass = scenario.industry_launched_mass_t
    own = own if scenario.own_experience and own is not None else Experience()
    price_factor = wright_price(1.0, interpolate(mass, y0), interpolate(mass, year) + own.launched_t, scenario.launch_learning_rate)
    cadence = (1.0 + scenario.cadence_growth_per_year) ** (year - y0)
    flights, limits = vehicle_flights(scenario, list(rc.entries["launch_vehicles"]), year)
    if flights is not None and rc.case.limits.max_launches_per_year is not None:  # the vehicles' own path, as a factor on the case's limit
        cadence = scenario.cadence_share_for_compute * flights / rc.case.limits.max_launches_per_year
    power = interpolate(scenario.electricity_price_index, year) / interpolate(scenario.electricity_price_index, y0)
    over: dict[str, Any] = {}
    if (year != y0 or cadence != 1.0) and rc.case.objective == "cost_per_flop":  # a cohort as large as the year's cadence allows
        scale = rc.case.requirements.it_power_mw
        over["requirements.it_power_mw"] = {"min": scale.max * COHORT_MIN_SHARE, "max": scale.max}
    over.update({k: v * price_factor for k, v in launch_prices(rc).items()})
    if rc.case.limits.max_launches_per_year is not None:
        over["limits.max_launches_per_year"] = rc.case.limits.max_launches_per_year * cadence
    for name, site in rc.terrestrials.items():
        if site.electricity_usd_per_kwh is not None:
            over[f"terrestrial.{name}.electricity_usd_per_kwh"] = site.electricity_usd_per_kwh * power
    over.update(hardware_overrides(rc, scenario, year))
    for k, bus in rc.entries["buses"].items():
        if bus.cost_model is not None and own.units.get(k):
            over[f"buses.{k}.cost_model.prior_units"] = bus.cost_model.prior_units + own.units[k]
    names = list(dict.fromkeys([*rc.entries["compute"], *scenario.compute_generations]))
    available = [c for c in names if c in compute and (compute[c].available_year is None or compute[c].available_year <= year)]
    if available != list(rc.entries["compute"]):
        over["options.compute"] = available
    return YearOverrides(year, over, price_factor, cadence, power, available, limits)


@dataclass
class Roadmap:
    """One case's cohorts, year by year, and its crossover year against each ground baseline. ``mode`` is
    ``free_build`` (each year's cheapest cohort) or ``demand`` (one model meets a demand trajectory,
    ``synth.roadmap_model``); ``info`` holds the demand model's totals (present value, proven gap, diagnosis)."""

    case: str
    scenario: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    mode: str = "free_build"
    info: dict[str, Any] = field(default_factory=dict)
    label: str = ""  # the case's label (the readers' name of the architecture); the case name when empty

    def crossover(self) -> dict[str, int | None]:
        """Baseline -> the first year the orbit's cohort costs no more per EFLOP than the ground's (None: none)."""
        baselines = list(dict.fromkeys(k[len("ground_cost_per_eflop_usd["):-1] for r in self.rows for k in r if k.startswith("ground_cost_per_eflop_usd[")))
        out: dict[str, int | None] = {}
        for b in baselines:
            out[b] = next((r["year"] for r in self.rows if r["status"] == "optimal" and "cost_per_eflop_usd" in r
                           and r["cost_per_eflop_usd"] <= r[f"ground_cost_per_eflop_usd[{b}]"]), None)
        return out

    def gigawatt_year(self) -> int | None:
        """Free build: the first year one cohort of 1 GW can be launched within the case's deployment years at that
        year's cadence. Demand: the first year 1 GW is in service."""
        if self.mode == "demand":
            return next((r["year"] for r in self.rows if r.get("in_service_mw", 0.0) >= 1000.0 - 1e-6), None)
        return next((r["year"] for r in self.rows if r["status"] == "optimal" and r["gw_launchable"] >= 1.0), None)


def run_roadmap(case_path: str | Path, scenario_name: str | None = None, years: tuple[int, int] | None = None,
                progress: Progress | None = None, demand_mw: dict[int, float] | None = None,
                demand_pflops: dict[int, float] | None = None) -> Roadmap:
    """Solve the case's cohort of every year of the horizon (module docstring); with a demand (IT power ``demand_mw``
    or working compute ``demand_pflops``, else the case's ``roadmap.demand_mw`` or ``roadmap.demand_pflops``), one
    model over every year that meets it (:mod:`synth.roadmap_model`)."""
    from synth.case import validate_catalogs

    rc = load_case(case_path)
    settings = rc.case.roadmap
    name = scenario_name or settings.scenario
    catalogs = validate_catalogs(list(rc.catalog_dirs))  # once per roadmap: the scenarios and every compute generation
    scenarios = catalogs["roadmaps"]
    if name not in scenarios:
        raise input_error(case_path, "roadmap.scenario", f"unknown roadmap scenario {name!r}; known: {', '.join(scenarios)}")
    scenario = scenarios[name]
    assert isinstance(scenario, RoadmapScenario)
    first, last = years or settings.horizon
    if first < scenario.start_year:
        raise input_error(case_path, "roadmap.first_year", f"the scenario {name!r} starts in {scenario.start_year}; the horizon cannot start before it")
    progress = progress or Progress("", quiet=True)
    if demand_mw is not None or demand_pflops is not None:
        demand, unit = (demand_mw, "mw") if demand_mw is not None else (demand_pflops or {}, "pflops")
    else:
        demand, unit = (settings.demand_mw, "mw") if settings.demand_mw else (settings.demand_pflops, "pflops")
    if demand:
        progress.add_total(1)
        built = run_demand(case_path, rc, name, scenario, (first, last), catalogs["compute"], demand, settings.learning_error, unit)
        progress.step(f"{rc.name}: {first}-{last}")
        return built
    progress.add_total(last - first + 1)
    out = Roadmap(rc.name, name, label=rc.case.label or rc.name)
    resolver = Resolver(case_path)
    own = Experience()
    try:
        for year in range(first, last + 1):
            yo = year_overrides(rc, scenario, year, catalogs["compute"], own)
            found = resolver.solve(yo.overrides).result
            out.rows.append(_row(rc, year, yo, found))
            if found.status is Status.OPTIMAL and found.design is not None:
                own.add(found)
            progress.step(f"{rc.name}: {year}")
        last_row = out.rows[-1]
        behind = [b for b, y in out.crossover().items() if y is None]
        if behind and last_row["status"] == "optimal":  # no crossover before the horizon ends: what would have to change
            out.info["what_would_have_to_change"] = what_would_change(resolver, rc, yo, behind, found)
    finally:
        resolver.close()
    return out


#: the levers of "what would have to change": each scales the year's prices of one kind by a common factor f
LEVERS = ("launch", "bus", "launch_and_bus")
#: the least factor searched (x1/1000 of the year's price: launch or buses all but free)
LEVER_FLOOR = 1e-3
#: the relative width of the bracket at which a lever's break-even factor is stated
LEVER_TOL = 0.01


def lever_prices(rc: ResolvedCase, yo: YearOverrides, lever: str) -> dict[str, float]:
    """The price fields a lever scales (dotted path -> the year's value): every launch vehicle's price per kg or per
    launch (``launch``), every bus's unit price however it is stated (``bus``: ``price_usd``,
    ``top_down.price_usd_per_w``, or its cost model's first unit or reference lot), or both."""
    out: dict[str, float] = {}
    if lever in ("launch", "launch_and_bus"):
        out.update({k: v for k, v in yo.overrides.items() if k.startswith("launch_vehicles.")})
    if lever in ("bus", "launch_and_bus"):
        out.update(bus_prices(rc))
    return out


def launch_prices(rc: ResolvedCase) -> dict[str, float]:
    """Every offered launch vehicle's stated price (dotted path -> USD): its price per kg and per launch, each when
    above 0."""
    out: dict[str, float] = {}
    for v, vehicle in rc.entries["launch_vehicles"].items():
        for field_name in ("price_per_kg_usd", "price_per_launch_usd"):
            value = getattr(vehicle, field_name, 0.0) or 0.0
            if value > 0:
                out[f"launch_vehicles.{v}.{field_name}"] = value
    return out


def bus_prices(rc: ResolvedCase) -> dict[str, float]:
    """Every offered bus's unit price however it is stated (dotted path -> its value): ``price_usd``, its cost
    model's first unit or reference lot, or ``top_down.price_usd_per_w``."""
    out: dict[str, float] = {}
    for k, bus in rc.entries["buses"].items():
        if bus.price_usd is not None:
            out[f"buses.{k}.price_usd"] = bus.price_usd
        elif bus.cost_model is not None and bus.cost_model.first_unit_usd is not None:
            out[f"buses.{k}.cost_model.first_unit_usd"] = bus.cost_model.first_unit_usd
        elif bus.cost_model is not None and bus.cost_model.reference is not None:
            out[f"buses.{k}.cost_model.reference.unit_cost_usd"] = bus.cost_model.reference.unit_cost_usd
        elif bus.top_down is not None and bus.top_down.price_usd_per_w is not None:
            out[f"buses.{k}.top_down.price_usd_per_w"] = bus.top_down.price_usd_per_w
    return out


def what_would_change(resolver: Resolver, rc: ResolvedCase, yo: YearOverrides, baselines: list[str],
                      solved: Any = None) -> dict[str, dict[str, Any]]:
    """For each ground baseline the year's cohort does not undercut, the factor f on each lever's prices (of that
    year) at which the year's re-optimized cohort costs what the ground does per delivered EFLOP:

        g_b(f) = r_orbit(f) - r_b(f) = 0,   f in [LEVER_FLOOR, 1]   (bisection in log f, to LEVER_TOL)

    with r_orbit(f) the optimal cost per EFLOP with the lever's prices x f (the design re-optimized) and r_b(f) the
    baseline's cost of that design's compute. None when even f = LEVER_FLOOR does not suffice (the cost at the
    floor is stated: what the orbit costs with that lever all but free). ``solved``: the year's own optimum (every
    lever at f = 1), when the caller has it, so it is not solved again."""
    from synth.breakeven import bisect_sign

    cache: dict[tuple[str, float], Any] = {("launch", 1.0): solved} if solved is not None else {}

    def costs(lever: str, f: float) -> Any:
        if (lever, f) not in cache:
            prices = lever_prices(rc, yo, lever)
            found = resolver.solve({**yo.overrides, **{k: v * f for k, v in prices.items()}}).result
            if found.status is not Status.OPTIMAL:
                raise input_error(rc.file or rc.name, lever, f"the year {yo.year} with {lever} prices x{f:.3g} is {found.status.value}: {found.message}")
            cache[(lever, f)] = found
        return cache[(lever, f)]

    def gap(lever: str, baseline: str, f: float) -> float:
        found = costs(lever, f)
        return float(found.kpi["cost_per_eflop_usd"] - found.terrestrial["baselines"][baseline]["cost_per_eflop_usd"])

    out: dict[str, dict[str, Any]] = {}
    for b in baselines:
        at_one = gap("launch", b, 1.0)
        if at_one <= 0:
            continue
        entry: dict[str, Any] = {"year": yo.year}
        for lever in LEVERS:
            floor = gap(lever, b, LEVER_FLOOR)
            entry[f"{lever}_floor_cost_per_eflop_usd"] = costs(lever, LEVER_FLOOR).kpi["cost_per_eflop_usd"]
            if floor > 0:
                entry[f"{lever}_price_factor"] = None
                continue
            f, _, _ = bisect_sign(partial(gap, lever, b), (LEVER_FLOOR, floor), (1.0, at_one), True, LEVER_TOL, 60)
            entry[f"{lever}_price_factor"] = f
            if lever == "launch":
                entry["launch_prices"] = {k: v * f for k, v in lever_prices(rc, yo, "launch").items()}
        entry["ground_cost_per_eflop_usd"] = costs("launch", 1.0).terrestrial["baselines"][b]["cost_per_eflop_usd"]
        if entry["launch_and_bus_price_factor"] is None:  # what is left with launch and buses all but free
            items = costs("launch_and_bus", LEVER_FLOOR).budgets["cost_usd"]
            entry["floor_items_usd"] = dict(sorted(((k, v) for k, v in items.items() if k != "total" and v > 0), key=lambda kv: -kv[1])[:4])
        out[b] = entry
    return out


def _row(rc: ResolvedCase, year: int, yo: YearOverrides, found: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"case": rc.name, "year": year, "status": found.status.value, "launch_price_factor": yo.launch_price_factor,
                           "cadence_factor": yo.cadence_factor, "electricity_factor": yo.electricity_factor,
                           **{f"launch_limit[{f}]": limit for f, limit in yo.launch_limits.items()}}
    if found.status is not Status.OPTIMAL or found.design is None:
        row["reason"] = "; ".join(d.message for d in found.diagnosis) or found.message
        return row
    k = found.kpi
    launches = sum(found.design.launches.values())
    it_gw = k["it_power_w"] / 1e9
    per_gw = launches / it_gw if it_gw > 0 else math.inf
    cadence = (rc.case.limits.max_launches_per_year or math.inf) * yo.cadence_factor
    row.update(orbit=found.design.orbit, compute=", ".join(f"{n} x {c}" for c, n in found.design.compute.items()), it_power_mw=k["it_power_w"] / 1e6,
               launches=launches, satellites=found.design.satellites, delivered_eflop=k["delivered_flop"] / 1e18, cost_per_eflop_usd=k["cost_per_eflop_usd"],
               cost_per_gpu_hour_usd=k["cost_per_gpu_hour_usd"], launches_per_gw=per_gw,
               gw_launchable=cadence * rc.case.limits.deployment_years / per_gw if per_gw > 0 else math.inf)
    for v, n in found.design.launches.items():
        row[f"launches[{v}]"] = n
    row["first_power_year"] = year + rc.case.economics.time_to_power_years
    for name, b in found.terrestrial["baselines"].items():
        row[f"ground_cost_per_eflop_usd[{name}]"] = b["cost_per_eflop_usd"]
        row[f"ground_first_power_year[{name}]"] = year + b["time_to_power_years"]
    return row


def run_demand(case_path: str | Path, rc: ResolvedCase, scenario_name: str, scenario: RoadmapScenario, years: tuple[int, int], compute: dict[str, Any],
               demand: dict[int, float], epsilon: float, unit: str = "mw") -> Roadmap:
    """The demand mode: the least present-value build-out meeting ``demand`` (MW of IT, or PFLOP/s for ``unit``
    "pflops"; synth.roadmap_model), a row per year, and the ground at its fastest on the same clock
    (:func:`ground_clock`)."""
    from synth import roadmap_model as rmod

    model = rmod.build_roadmap_model(case_path, rc, scenario, years, compute, demand, epsilon, unit)
    solved = rmod.solve_roadmap_model(model, rc.case.solver.time_limit_s, max(rc.case.solver.mip_rel_gap, DEMAND_MIP_GAP))
    out = Roadmap(rc.name, scenario_name, mode="demand", label=rc.case.label or rc.name)
    def usd(musd: float | None) -> float | None:
        return None if musd is None else musd * MUSD

    out.info = {"status": solved.status.value, "message": solved.message, "pv_cost_usd": usd(solved.pv_exact_musd),
                "pv_cost_model_usd": usd(solved.pv_model_musd), "bound_usd": usd(solved.bound_musd), "proven_gap": solved.gap,
                "learning_error": epsilon, "learning_segments": sum(len(i.points) - 1 for i in model.learned), "seconds": solved.seconds,
                f"demand_{unit}": {str(y): v for y, v in sorted(demand.items())}, "demand_unit": unit}
    if solved.status is Status.INFEASIBLE:
        out.info["shortfall"] = rmod.shortfall_reasons(model, solved.shortfall)
    ground = ground_clock(rc, model.need, years, None if unit == "mw" else _pflops_per_mw(model))
    pv_cost = pv_flop = 0.0
    first = years[0]
    for t, period in model.periods.items():
        row: dict[str, Any] = {"case": rc.name, "year": t, "mode": "demand", "status": solved.status.value, f"demand_{unit}": model.need[t] / 1000.0,
                               **{f"launch_limit[{f}]": limit for f, limit in period.launch_limits.items()}}
        if t in solved.shortfall:
            row[f"shortfall_{unit}"] = solved.shortfall[t] / 1000.0
        for name, g in ground.items():
            row[f"ground_in_service_{unit}[{name}]"] = g[t]
        if solved.status is Status.OPTIMAL:
            row.update(_demand_row(model, period, t))
            df = (1.0 + model.discount_rate) ** -(t - first)
            pv_cost += df * row["cohort_cost_usd"]
            pv_flop += df * row["cohort_eflop"]
            row["fleet_cost_per_eflop_usd"] = pv_cost / pv_flop if pv_flop > 0 else math.nan
        out.rows.append(row)
    return out


#: the relative MIP gap of the demand model's bound (its proven gap is stated with the result, learning included)
DEMAND_MIP_GAP = 1e-3


def _demand_row(model: Any, period: Any, t: int) -> dict[str, Any]:
    """One year of a solved demand model: the cohort (its design, launches, costs) and the fleet in service."""
    import pyomo.core as pyo

    from synth.extract import build_result
    from synth.result import SolverStats, provenance

    b = period.dm.model
    it_kw = float(sum(pyo.value(b.compute.IT[o]) for o in b.O))
    learned = [i for i in model.learned if i.period == t and i.name == "launch"]
    own = learned[0].factor(float(pyo.value(learned[0].quantity))) if learned else 1.0
    row: dict[str, Any] = {"in_service_mw": float(pyo.value(model.model.S_it[t])) / 1000.0, "it_power_mw": it_kw / 1000.0,
                           **({"in_service_pflops": float(pyo.value(model.model.S[t])) / 1000.0} if model.unit == "pflops" else {}),
                           "cohort_cost_usd": float(pyo.value(b.COST_TOTAL)) * MUSD, "cohort_eflop": float(pyo.value(b.FLOP)) * ZFLOP / 1e18,
                           "launch_price_factor": period.launch_price_factor * own}
    if it_kw <= 0:
        row.update(launches=0, satellites=0)
        return row
    stats = SolverStats("HiGHS", "", 0.0, 0.0, None, 0, 0, 0, "roadmap")  # the roadmap's own solve is stated once, in its summary
    found = build_result(period.rc, period.dm, Status.OPTIMAL, True, stats, [], provenance())
    design = found.design
    assert design is not None
    row.update(orbit=design.orbit, compute=", ".join(f"{n} x {c}" for c, n in design.compute.items()), launches=sum(design.launches.values()),
               satellites=design.satellites, cost_per_eflop_usd=found.kpi["cost_per_eflop_usd"], cost_per_gpu_hour_usd=found.kpi["cost_per_gpu_hour_usd"])
    for v, n in design.launches.items():
        row[f"launches[{v}]"] = n
    for name, g in found.terrestrial["baselines"].items():
        row[f"ground_cost_per_eflop_usd[{name}]"] = g["cost_per_eflop_usd"]
    return row


def ground_clock(rc: ResolvedCase, need: dict[int, float], years: tuple[int, int],
                 per_mw: dict[int, float] | None = None) -> dict[str, dict[int, float]]:
    """Each baseline's capacity in service by year at its fastest, chasing the same demand from the horizon's start:

        C_t = 0 for t < y0 + ceil(a_g),   C_t = min(C_t-1 + R_g e_t, max_{s >= t} D_s) after

    with a_g its time to power (years), R_g its build rate (MW/yr, ``build_rate_mw_per_year``; unlimited when empty)
    and e_t what one MW built in year t holds: 1 for a demand of IT power (C and D in MW), or ``per_mw[t]`` PFLOP/s
    for a demand of compute (the year's most efficient module: each year's servers keep their generation). ``need``
    is the model's demand (kW, or TFLOP/s). The ground replaces failed servers, so its capacity persists."""
    from synth.roadmap_model import first_power_year

    first, last = years
    out: dict[str, dict[int, float]] = {}
    for name, site in rc.terrestrials.items():
        ready = first_power_year(first, site.time_to_power_years)
        rate = site.build_rate_mw_per_year if site.build_rate_mw_per_year is not None else math.inf
        c = 0.0
        path: dict[int, float] = {}
        for t in range(first, last + 1):
            if t >= ready:
                c = min(c + rate * (per_mw[t] if per_mw else 1.0), max(need[s] for s in range(t, last + 1)) / 1000.0)
            path[t] = c
        out[name] = path
    return out


def _pflops_per_mw(model: Any) -> dict[int, float]:
    """Year -> PFLOP/s of dense peak per MW of IT of the year's most efficient compute module (the case's candidates
    that year): max_c 1e3 peak_tflops_c / power_w_c."""
    return {t: max(1e3 * m.peak_tflops / m.power_w for m in p.rc.entries["compute"].values()) for t, p in model.periods.items()}


def roadmap_frame(roadmaps: list[Roadmap]) -> Any:
    """Every cohort of every case as one DataFrame (a row per case and year)."""
    import pandas as pd

    return pd.DataFrame([row for r in roadmaps for row in r.rows])


def summary(roadmaps: list[Roadmap]) -> dict[str, Any]:
    """Per case: the crossover year against each baseline and the first year a gigawatt can be launched."""
    return {r.case: {"label": r.label or r.case, "scenario": r.scenario, "mode": r.mode, "crossover_year": r.crossover(),
                     "gigawatt_launchable_year": r.gigawatt_year(),
                     "years": [r.rows[0]["year"], r.rows[-1]["year"]] if r.rows else [], **r.info} for r in roadmaps}


def summary_text(roadmaps: list[Roadmap]) -> str:
    """The summary in words: when each case undercuts each baseline (or that it does not before the horizon); with a
    demand, the build-out's present value and proven gap, or the years it cannot be met."""
    lines = []
    for r in roadmaps:
        s = summary([r])[r.case]
        first, last = s["years"] or [None, None]
        lines.append(f"{r.case} ({s['scenario']}, {first}-{last}, {r.mode.replace('_', ' ')}):")
        if r.mode == "demand":
            if r.info.get("shortfall"):
                lines.append("  the demand cannot be met:")
                lines += [f"    {reason}" for reason in r.info["shortfall"]]
                continue
            if r.info.get("pv_cost_usd") is not None:
                lines.append(f"  least present value {r.info['pv_cost_usd'] / 1e9:,.2f} billion USD (proven gap {r.info['proven_gap']:.2%}, "
                             f"learning segments of {r.info['learning_error']:.0%})")
            unit = r.info.get("demand_unit", "mw")
            label, wanted = DEMAND_LABELS[unit], f"demand_{unit}"
            for row in r.rows:
                if row.get("it_power_mw", 0.0) > 0:
                    held = f"{row['in_service_mw']:,.0f} MW in service" + (f" of {row[wanted]:,.0f} MW" if unit == "mw" else
                                                                             f", {row['in_service_pflops']:,.0f} of {row[wanted]:,.0f} {label}")
                    lines.append(f"  {row['year']}: {row['it_power_mw']:,.0f} MW new ({row['launches']:,} launches, {row['orbit']}, "
                                 f"{row['compute']}), {held}")
            ground = sorted({k for row in r.rows for k in row if k.startswith(f"ground_in_service_{unit}[")})
            for k in ground:
                met = next((row["year"] for row in r.rows if row[wanted] > 0 and row[k] >= row[wanted] * (1 - 1e-9)
                            and all(x[k] >= x[wanted] * (1 - 1e-9) for x in r.rows if x["year"] >= row["year"])), None)
                verdict = f"meets the demand from {met}" if met else f"does not meet the demand by {last}"
                lines.append(f"  ground {k[len(f'ground_in_service_{unit}['):-1]:<24} {verdict}")
        for baseline, year in s["crossover_year"].items():
            lines.append(f"  vs {baseline:<24} " + (f"crosses over in {year}" if year is not None else f"no crossover before {last}"))
        lines += [f"  what would have to change {line}" for line in what_it_takes(r.info.get("what_would_have_to_change", {}))]
        gw = s["gigawatt_launchable_year"]
        what = "a gigawatt in service" if r.mode == "demand" else "a gigawatt launchable within the deployment years"
        lines.append(f"  {what} " + (f"from {gw}" if gw is not None else f"not before {last}"))
    return "\n".join(lines)


def what_it_takes(changes: dict[str, dict[str, Any]]) -> list[str]:
    """Sentences from :func:`what_would_change`'s entries (baseline -> entry): one per baseline that a lever crosses,
    and one for all the baselines none crosses (the cost left with launch and buses all but free is the same)."""
    from synth.fmt import usd

    names = {"launch": "launch prices", "bus": "bus prices", "launch_and_bus": "launch and bus prices together"}
    out, floors = [], {}
    for baseline, change in changes.items():
        found = [f"{names[lever]} x{change[f'{lever}_price_factor']:.2f}" for lever in LEVERS if change.get(f"{lever}_price_factor") is not None]
        if found:
            out.append(f"against {baseline}, to cross in {change['year']}: " + ", or ".join(found) + " of that year's (each re-optimized)")
        else:
            floors[baseline] = change
    if floors:
        change = next(iter(floors.values()))
        ground = sorted(c["ground_cost_per_eflop_usd"] for c in floors.values())
        against = usd(ground[0], 3) + (f"-{usd(ground[-1], 3)}" if ground[-1] > ground[0] else "")
        items = ", ".join(f"{k.replace('_', ' ')} {usd(v, 3)}" for k, v in change.get("floor_items_usd", {}).items())
        out.append(f"against {', '.join(floors)}: no launch or bus price crosses in {change['year']}: with both x{LEVER_FLOOR:g} the "
                   f"cohort still costs {usd(change['launch_and_bus_floor_cost_per_eflop_usd'], 3)} per EFLOP against {against} "
                   f"(the largest items left: {items})")
    return out


def race_chart(frame: Any, path: Path, labels: dict[str, str] | None = None, colours: dict[str, str] | None = None) -> Path:
    """Cost per delivered EFLOP of each case's cohort by year, and the ground's range over its baselines; ``labels``
    and ``colours`` name and colour the cases (a report's contenders)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5))
    ok = frame[frame["status"] == "optimal"]
    ground = [c for c in frame.columns if c.startswith("ground_cost_per_eflop_usd[")]
    if ground and not ok.empty:
        by_year = ok.groupby("year")[ground].mean()
        ax.fill_between(by_year.index, by_year.min(axis=1), by_year.max(axis=1), color="0.8", label="ground (range over baselines)")
    for case, rows in ok.groupby("case"):
        ax.plot(rows["year"], rows["cost_per_eflop_usd"], marker="o", label=(labels or {}).get(str(case), str(case)),
                color=(colours or {}).get(str(case)))
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.set_yscale("log")
    dollars = FuncFormatter(lambda v, _: f"${v:g}")
    ax.yaxis.set_major_formatter(dollars)
    ax.yaxis.set_minor_formatter(dollars)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("year of the cohort")
    ax.set_ylabel("cost per delivered EFLOP (USD, levelized)")
    ax.set_title("The race: each year's best design against the ground")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def write_roadmap(roadmaps: list[Roadmap], out_dir: str | Path) -> list[Path]:
    """roadmap.csv, roadmap.parquet, summary.json and race.png in ``out_dir`` (atomic writes)."""
    from synth.atomic import atomic_path, write_atomic
    from synth.result import provenance, strict_json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    frame = roadmap_frame(roadmaps)
    write_atomic(out / "roadmap.csv", frame.to_csv(index=False))
    parquet = out / "roadmap.parquet"
    with atomic_path(parquet) as tmp:
        frame.to_parquet(tmp, index=False)
    write_atomic(out / "summary.json", strict_json({"summary": summary(roadmaps), "provenance": provenance()}) + "\n")
    return [out / "roadmap.csv", parquet, out / "summary.json", race_chart(frame, out / "race.png")]
