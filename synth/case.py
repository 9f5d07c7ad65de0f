"""Design cases: the schema of a case file, ``extends`` inheritance, overrides, and resolution against catalogs.

A case names the candidate options the optimizer may choose from, the requirements, limits and economics, and
overrides of catalog figures. ``load_case(path)`` returns a :class:`ResolvedCase`: the validated case plus the
catalog entries it names, with overrides applied. The field descriptions below are the reference documentation
of the case format (``synth schema`` prints them).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, field_validator, model_validator

from synth.catalog import SHIPPED_CATALOG_DIR, Entry, Name, RawEntry, Text, check_name, entry_types, read_catalog_layers
from synth.errors import InputError, InputProblem, input_error
from synth.units import Fraction, Unit, check_number_input
from synth.yamlio import FieldPath, SourceMap, dotted, path_error, read_yaml

#: largest whole number a count limit takes (launches, satellites): far beyond any plan, and exact in a float
MAX_COUNT = 10**9
#: largest IT power a case may ask for (MW)
MAX_IT_POWER_MW = 1e6
#: longest chain of case files extending each other
MAX_EXTENDS = 32
#: the terrestrial baselines a case compares with unless it names its own (the first is the headline one)
DEFAULT_GROUND = ("us_hyperscale_2026", "us_gas_turbine_2026", "us_solar_storage_2026", "us_colocation_2026")
#: the workloads whose price per million tokens every result reports unless the case names its own
DEFAULT_TOKEN_WORKLOADS = ("llama3_70b_inference", "deepseek_v3_inference", "llama3_405b_training")



class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    _number_input = field_validator("*", mode="before")(check_number_input)


def _options_model() -> type[BaseModel]:
    """``options``: one list of candidate names per subsystem with a catalog (required, or optional when the
    subsystem is), and the subsystems' further option fields; generated from ``synth.subsystems``."""
    from synth.subsystems import REGISTRY

    fields: dict[str, Any] = {}
    for sub in REGISTRY:
        if sub.catalog:
            spec = Field(min_length=1, description=sub.option_doc) if sub.option_required else Field(default_factory=list, description=sub.option_doc)
            fields[sub.catalog] = (list[str], spec)
        fields.update(sub.extra_options)
    return create_model("Options", __base__=_Strict, __doc__="Candidate catalog entries (by name) the optimizer may choose from.", **fields)


Options = _options_model()

#: catalog kinds a case names candidates of (in ``options``)
OPTION_KINDS = tuple(name for name, info in Options.model_fields.items() if info.annotation == list[str])


class Range(_Strict):
    """A closed interval."""

    min: float = Field(ge=0, description="Lower bound.")
    max: float = Field(gt=0, description="Upper bound.")

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        return self


class Requirements(_Strict):
    """What the design must deliver."""

    it_power_mw: Range = Field(description="Scale: range of total IT (compute) power, MW (at most 1,000,000 MW). Equal min and max fix the scale.")
    design_life_years: Annotated[float, Unit("year")] = Field(ge=0.01, le=30, description="Design life over which compute is delivered and operations paid "
        "(years), 0.01 to 30.")
    delivered_eflop_min: float | None = Field(None, gt=0, le=1e15, description="Least compute delivered over life, in EFLOP (1e18 FLOP), at most 1e15, "
        "discounted like costs when economics.discount_rate > 0; for objective total_cost (or give it_power_mw.min).")
    utilization: Fraction = Field(0.6, ge=0.01, le=1, description="Fraction of peak FLOP/s achieved while running (model FLOP utilization), 0.01 to 1; "
        "shared by the orbit and the ground.")
    orbit_availability: Fraction = Field(1.0, ge=0.01, le=1, description="Fraction of time a working module in orbit computes (radiation resets and "
        "restarts, downlink outages), 0.01 to 1; the ground's own availability is in its terrestrial entry.")

    @field_validator("it_power_mw")
    @classmethod
    def _scale_bounded(cls, scale: Range) -> Range:
        if scale.max > MAX_IT_POWER_MW:
            raise ValueError(f"at most {MAX_IT_POWER_MW:,.0f} MW (a terawatt) of IT power, got max {scale.max:g}")
        return scale


class Limits(_Strict):
    """Limits the design must respect; empty means unlimited."""

    max_launches: int | None = Field(None, ge=1, le=MAX_COUNT, description="Most launches in total, all vehicles.")
    max_launches_per_year: float | None = Field(None, gt=0, description="Launch cadence limit (launches/year) over the deployment period.")
    deployment_years: Annotated[float, Unit("year")] = Field(1.0, ge=0.01, le=30, description="Time over which the constellation is launched (years); with "
        "max_launches_per_year.")
    max_satellites: int | None = Field(None, ge=1, le=MAX_COUNT, description="Most satellites / platform modules in total.")
    max_satellite_it_power_kw: Annotated[float, Unit("kW")] | None = Field(None, gt=0, description="Per-satellite IT power cap (kW); tightens every bus's "
        "own cap.")
    max_array_area_m2: Annotated[float, Unit("m**2")] | None = Field(None, gt=0, description="Most solar array area in total (m2).")
    max_radiator_area_m2: Annotated[float, Unit("m**2")] | None = Field(None, gt=0, description="Most radiator area in total (m2).")


class Economics(_Strict):
    """Finance and programme costs of the orbital side: cost of capital, costs outside the components, insurance.
    All in USD. Every orbital capital item is recovered over the design life: nothing launched is retrieved or
    reused, so the fleet ends at its design life and is not replaced within the study."""

    nre_usd: float = Field(0.0, ge=0, description="Non-recurring engineering (USD), paid at the start.")
    ground_segment_usd: float = Field(0.0, ge=0, description="Ground stations and network (USD), paid at the start.")
    integration_usd_per_kg: float = Field(0.0, ge=0, description="Assembly, integration and test per kg launched (USD/kg).")
    integration_usd_per_satellite: float = Field(0.0, ge=0, description="Integration and test per satellite / module (USD).")
    integration_fraction_of_hardware: Fraction = Field(0.0, ge=0, le=2, description="Assembly, integration and test as a fraction of the flight "
        "hardware's price (a 'wrap'; it follows the hardware down its learning curve), 0 to 2.")
    operations_usd_per_year: float = Field(0.0, ge=0, description="Fixed operations per year (USD/yr).")
    operations_usd_per_satellite_year: float = Field(0.0, ge=0, description="Operations per satellite per year (USD/yr).")
    discount_rate: Fraction = Field(0.0, ge=0, lt=1, description="The orbital side's cost of capital (nominal WACC), 0 to <1: the discount rate "
        "of its recurring costs and of its delivered compute (levelized cost). The ground's WACC is in each terrestrial entry.")
    launch_insurance_rate: Fraction = Field(0.0, ge=0, le=0.5, description="Launch (plus first year) insurance premium as a fraction of the insured "
        "value (flight hardware, integration and launch), paid at launch, 0 to 0.5; 0 = self-insured.")
    in_orbit_insurance_rate_per_year: Fraction = Field(0.0, ge=0, le=0.2, description="In-orbit insurance premium per year as a fraction of the "
        "insured value, paid over the design life, 0 to 0.2; 0 = self-insured.")
    cost_contingency: Fraction = Field(0.0, ge=0, le=2, description="Cost reserve as a fraction of the estimated capital (flight hardware, "
        "integration, NRE, ground segment; not launch, a contracted price), reported as its own cost item, 0 to 2.")
    mass_growth_allowance: dict[str, Fraction] = Field(default_factory=dict, description="Mass growth allowance (AIAA S-120A style) as a fraction of "
        "each dry-mass item, by item name (compute, bus, solar_arrays, radiators, batteries, power_conditioning, shielding) or 'default' for the "
        "rest, 0 to 1; launched as its own mass item (mass_growth).")
    time_to_power_years: Annotated[float, Unit("year")] = Field(0.0, ge=0, le=30, description="Years from decision to the orbital compute's "
        "first power, 0 to 30 (used when include_time_to_power).")
    include_time_to_power: bool = Field(False, description="Count the cost of waiting for power: each side's delivered compute (and the costs it "
        "incurs once powered) is discounted by its years to power at its own cost of capital.")

    @field_validator("mass_growth_allowance")
    @classmethod
    def _known_mass_items(cls, value: dict[str, float]) -> dict[str, float]:
        from synth.subsystems.margins import MASS_ITEMS

        allowed = ("default", *MASS_ITEMS)
        unknown = [k for k in value if k not in allowed]
        if unknown:
            raise ValueError(f"unknown mass item(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(allowed)}")
        bad = {k: v for k, v in value.items() if not 0 <= v <= 1}
        if bad:
            raise ValueError(f"each allowance is a fraction from 0 to 1, got {bad}")
        return value


def _next_year() -> int:
    from datetime import date

    return date.today().year + 1


class RoadmapSettings(_Strict):
    """The horizon of ``synth roadmap`` and the scenario of how prices, cadence and hardware move."""

    scenario: Name = Field("baseline_2026", description="Roadmap scenario (catalog ``roadmaps``).")
    first_year: int = Field(default_factory=_next_year, ge=2000, le=2100, description="First year of the horizon (default: next year).")
    last_year: int | None = Field(None, ge=2000, le=2100, description="Last year of the horizon (default: 18 years after the first, 19 in all).")
    demand_mw: dict[int, Annotated[float, Field(ge=0, le=MAX_IT_POWER_MW)]] = Field(default_factory=dict, description="IT power that must be in "
        "service (MW, surviving compute) by year: 0 before the first year given, linear between the years given, flat after the last. Given, "
        "synth roadmap finds the least present-value build-out that meets it (one MILP over every year); empty: each year's cohort is its "
        "cheapest cost per FLOP (free build).")
    demand_pflops: dict[int, Annotated[float, Field(ge=0, le=1e9)]] = Field(default_factory=dict, description="Instead of demand_mw: working "
        "compute that must be in service (PFLOP/s at the modules' dense BF16 peak, surviving modules) by year, read as demand_mw is. Each "
        "cohort's hardware generation then counts: an IT-power demand is met with the cheapest watts, a compute demand with the cheapest FLOP/s.")
    learning_error: float = Field(0.05, gt=0, le=0.2, description="Width of the learning-curve segments in the demand model, as a price fall: "
        "the price that moves with the programme's own launched mass or units is held per segment at the segment's end, and segments are cut "
        "where the price has fallen by this fraction (0.05: 5 %). The model is then a lower bound; the design found is repriced exactly and "
        "its proven gap stated.")

    @model_validator(mode="after")
    def _ordered(self) -> RoadmapSettings:
        if self.last_year is not None and self.last_year < self.first_year:
            raise ValueError(f"last_year ({self.last_year}) is before first_year ({self.first_year})")
        for name in ("demand_mw", "demand_pflops"):
            bad = [y for y in getattr(self, name) if not 2000 <= y <= 2100]
            if bad:
                raise ValueError(f"{name} years must be 2000-2100, got {bad}")
        if self.demand_mw and self.demand_pflops:
            raise ValueError("give demand_mw or demand_pflops, not both")
        return self

    @property
    def horizon(self) -> tuple[int, int]:
        return self.first_year, self.last_year if self.last_year is not None else self.first_year + 18


class SolverOptions(_Strict):
    """How hard to try."""

    time_limit_s: float = Field(120.0, gt=0, le=1e7, description="Wall-time limit per MILP solve (s), at most 1e7 (four months).")
    mip_rel_gap: float = Field(1e-9, ge=0, lt=1, description="HiGHS relative MIP gap per solve.")
    ratio_tolerance: float = Field(1e-6, gt=0, lt=0.1, description="Relative tolerance of the exact cost-per-FLOP (Dinkelbach) iteration.")
    max_ratio_iterations: int = Field(30, ge=1, le=200, description="Most Dinkelbach iterations.")
    method: Literal["search", "plain"] = Field("search", description=(
        "search: bound each candidate orbit by a relaxation, search where it can win and certify the answer (fast; "
        "falls back to plain when it cannot prove its answer); plain: Dinkelbach iterations over the whole MILP."))


class Case(_Strict):
    """A design case."""

    name: Name = Field(description="Short name used in reports: one line of printable text, at most 200 characters.")
    label: Name | None = Field(None, description="The architecture's name for readers, in reports and charts (e.g. 'SpaceX-style'); the case "
                               "name when absent.")
    description: Text = Field("", description="What the case represents.")
    extends: str | None = Field(None, description="Path (relative to this file) of a case whose fields this one inherits and overrides.")
    objective: Literal["cost_per_flop", "total_cost"] = Field("cost_per_flop", description="cost_per_flop: minimize cost per delivered FLOP exactly; "
        "total_cost: minimize total cost at the required scale / delivered compute.")
    options: Options  # type: ignore[valid-type]  # generated from the subsystems
    requirements: Requirements
    limits: Limits = Field(default_factory=Limits)
    economics: Economics = Field(default_factory=Economics)
    catalog_dir: str | None = Field(None, description="Directory of catalog files (<kind>.yaml) relative to this file, holding only the kinds it changes: "
                                                      "its entries add to the catalogs shipped inside the package (synth/catalogs/) or replace entries of "
                                                      "the same name.")
    catalog: dict[str, dict[str, dict[str, Any]]] = Field(default_factory=dict, description="Catalog entries written in the case, "
        "{kind: {name: {field: value}}}: added to the shipped catalogs and catalog_dir, or replacing an entry of the same name whole (each with its source).")
    terrestrial: list[str] = Field(default_factory=lambda: list(DEFAULT_GROUND), min_length=1, description="Terrestrial baselines (catalog names) "
        "to compare with, the first the headline one; a single name is accepted. Default: the four shipped archetypes.")
    overrides: dict[str, dict[str, dict[str, Any]]] = Field(default_factory=dict, description="Catalog overrides: {catalog: {entry: {field: value}}}, e.g. "
        "{launch_vehicles: {starship: {price_per_kg_usd: 200}}}; a value replaces the field whole (a dotted --set such as payload_kg.leo=... "
        "changes one key of a mapping field).")
    solver: SolverOptions = Field(default_factory=SolverOptions)
    roadmap: RoadmapSettings = Field(default_factory=RoadmapSettings, description="Horizon and scenario of synth roadmap.")

    workload: dict[str, float] = Field(default_factory=lambda: {"batch": 1.0}, description="The work the design serves (workloads catalog name), or "
        "a mix {name: share of the delivered FLOP} with shares summing to 1. Training needs its cluster joined (inter-satellite links, formation), "
        "inference its answers sent to the ground (downlink); batch needs neither. Default: batch.")
    token_workloads: list[str] = Field(default_factory=lambda: list(DEFAULT_TOKEN_WORKLOADS), description="Workloads (catalog names, with "
        "flop_per_token) whose price per million tokens the result reports. Default: the three shipped models.")

    @field_validator("workload", mode="before")
    @classmethod
    def _name_or_mix(cls, value: Any) -> Any:
        return {value: 1.0} if isinstance(value, str) else value

    @field_validator("workload")
    @classmethod
    def _shares(cls, value: dict[str, float]) -> dict[str, float]:
        if not value:
            raise ValueError("name one workload, or a mix {name: share}")
        bad = {k: v for k, v in value.items() if not 0 < v <= 1}
        if bad:
            raise ValueError(f"each share is above 0 and at most 1, got {bad}")
        if abs(sum(value.values()) - 1.0) > 1e-9:
            raise ValueError(f"the shares sum to {sum(value.values()):g}; they must sum to 1")
        return value

    @field_validator("terrestrial", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _objective_needs_target(self) -> Case:
        req = self.requirements
        if self.objective == "cost_per_flop" and req.it_power_mw.min <= 0:
            raise ValueError("objective cost_per_flop needs requirements.it_power_mw.min > 0 (a design that delivers nothing has no cost per FLOP)")
        if self.objective == "total_cost" and req.delivered_eflop_min is None and req.it_power_mw.min <= 0:
            raise ValueError("objective total_cost needs requirements.delivered_eflop_min or requirements.it_power_mw.min > 0")
        return self


@dataclass(frozen=True)
class ResolvedCase:
    """A validated case with the catalog entries it names (overrides applied)."""

    case: Case
    file: Path | None
    sha256: str
    entries: dict[str, dict[str, Any]]  # kind -> name -> entry (each kind its subsystem's schema), only the case's candidates
    terrestrials: dict[str, Any]  # name -> synth.ground.Terrestrial, the case's baselines in its order (the first the headline one)
    workloads: dict[str, Any] = field(default_factory=dict)  # name -> synth.workloads.Workload: the served ones and those of the tokens metric
    overrides: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    catalog_dirs: tuple[Path, ...] = (SHIPPED_CATALOG_DIR,)  # the catalog directories seen, shipped first
    origins: dict[tuple[str, str], RawEntry] = field(default_factory=dict)  # (kind, name) -> where the entry came from
    source_map: SourceMap = field(default_factory=SourceMap)
    set_overrides: dict[str, Any] = field(default_factory=dict)  # dotted-path assignments given at load time (--set)

    @property
    def name(self) -> str:
        return self.case.name

    @property
    def terrestrial(self) -> Any:
        """The headline terrestrial baseline (the case's first)."""
        return self.terrestrials[self.case.terrestrial[0]]

    def catalog_file(self, kind: str, name: str) -> Path:
        """The file that entry ``name`` of ``kind`` came from (a catalog file, or the case file that wrote it)."""
        return self.origins[(kind, name)].file

    def locate_figure(self, kind: str, name: str, field: str) -> tuple[Path | str, str, int | None]:
        """Where a catalog figure was set, for an error message: (file, field path, line) of the case's override of
        it, or of its catalog file."""
        if field in self.overrides.get(kind, {}).get(name, {}):
            path = ("overrides", kind, name, field)
            file, line = self.source_map.locate(path)
            return (file or self.file or "case", dotted(path), line)
        origin = self.origins[(kind, name)]
        file, line = origin.source_map.locate(origin.path + (field,))
        return (file or origin.file, dotted(origin.path + (field,)), line)


def catalog_dirs_of(case: Case, path: Path, chain: list[Path]) -> list[Path]:
    """The catalog directories a case sees: the shipped catalogs, then its ``catalog_dir`` (relative to the case file
    in the chain that set it)."""
    if case.catalog_dir is None:
        return [SHIPPED_CATALOG_DIR]
    return [SHIPPED_CATALOG_DIR, _catalog_origin(path, chain) / case.catalog_dir]


def validate_catalogs(dirs: list[Path] | None = None) -> dict[str, dict[str, Entry]]:
    """Validate every entry seen through the catalog directories ``dirs`` (default: the shipped catalogs); raise one
    :class:`InputError` listing all problems."""
    kinds = entry_types()
    problems: list[InputProblem] = []
    result: dict[str, dict[str, Entry]] = {}
    for kind, entries in read_catalog_layers(dirs or [SHIPPED_CATALOG_DIR]).items():
        result[kind] = {}
        for name, raw in entries.items():
            try:
                result[kind][name] = kinds[kind].model_validate(raw.data)
            except ValidationError as exc:
                problems += _problems(exc, raw.path, raw.source_map, raw.file)
    if problems:
        raise InputError(problems)
    return result


@dataclass(frozen=True)
class Listed:
    """One catalog entry as a case sees it: its figures (the case's overrides applied), where it came from, whether
    the case names it as a candidate, and which of its figures the case overrides."""

    kind: str
    name: str
    entry: Entry
    origin: str
    candidate: bool
    overridden: tuple[str, ...]


def case_catalog(rc: ResolvedCase) -> list[Listed]:
    """Every entry a case can see: its catalog directories, the entries written in it, its overrides applied; for
    ``synth catalog --case``. Raises one InputError listing every entry that does not validate."""
    kinds = entry_types()
    seen = read_catalog_layers(list(rc.catalog_dirs))
    for kind, block in rc.case.catalog.items():
        for name, data in block.items():
            where = rc.source_map.locate(("catalog", kind, name))[0]
            seen[kind][name] = RawEntry(data, Path(where) if where else rc.file or Path("case"), ("catalog", kind, name), rc.source_map)
    wanted = {kind: set(getattr(rc.case.options, kind)) for kind in OPTION_KINDS}
    wanted["terrestrial"] = set(rc.case.terrestrial)
    wanted["workloads"] = set(rc.case.workload) | set(rc.case.token_workloads)
    listed, problems = [], []
    for kind, entries in seen.items():
        for name, raw in entries.items():
            over = rc.overrides.get(kind, {}).get(name, {})
            try:
                entry = kinds[kind].model_validate(_override_entry(raw.data, over) if isinstance(raw.data, dict) else raw.data)
            except ValidationError as exc:
                problems += _problems(exc, raw.path, raw.source_map, raw.file)
                continue
            listed.append(Listed(kind, name, entry, raw.origin, name in wanted.get(kind, set()), tuple(over)))
    if problems:
        raise InputError(problems)
    return listed


def load_case(
    path: str | Path,
    overrides: dict[str, Any] | None = None,
    catalog_dirs: list[Path] | None = None,
) -> ResolvedCase:
    """Read, merge (``extends``), validate and resolve a case file.

    ``overrides`` are dotted-path assignments applied after the file, e.g.
    ``{"limits.max_launches": 300, "launch_vehicles.starship.price_per_kg_usd": 100}``; a path whose first part
    is a catalog kind overrides that catalog entry, otherwise it sets a case field. ``catalog_dirs`` replaces the
    catalog directories the case would see (a sweep reads its snapshot of them).
    """
    path = Path(path)
    raw, smap, chain = _read_with_extends(path)
    raw = copy.deepcopy(raw)
    for key, value in (overrides or {}).items():
        for field_path in _apply_dotted(raw, key, value, path):
            smap.locations[field_path] = (Path(f"--set {key}"), None)  # blame the option, not a line of the file
    raw.pop("extends", None)
    try:
        case = Case.model_validate(raw)
    except ValidationError as exc:
        raise InputError(_problems(exc, (), smap, path)) from None
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in chain)).hexdigest()
    dirs = [Path(d) for d in catalog_dirs] if catalog_dirs is not None else catalog_dirs_of(case, path, chain)
    resolved = _resolve(case, path, digest, dirs, smap)
    return dataclasses.replace(resolved, set_overrides=dict(overrides or {}))


def _catalog_origin(path: Path, chain: list[Path]) -> Path:
    """Directory that ``catalog_dir`` is relative to: that of the case file in the chain that set it."""
    for file in reversed(chain):
        data, _ = read_yaml(file)
        if isinstance(data, dict) and "catalog_dir" in data:
            return file.parent
    return path.parent


def _read_with_extends(path: Path) -> tuple[dict[str, Any], SourceMap, list[Path]]:
    """Read ``path`` and the cases it extends (at most :data:`MAX_EXTENDS` files, no cycles); return the merged
    data, where each field was written, and the chain of files (base first)."""
    chain: list[tuple[Path, dict[str, Any], SourceMap]] = []
    seen: set[Path] = set()
    current = path
    while True:
        data, smap = read_yaml(current)
        if not isinstance(data, dict):
            raise input_error(current, None, "a case file must be a mapping of fields (name, options, requirements, ...)")
        chain.append((current, data, smap))
        seen.add(current.resolve())
        base_ref = data.get("extends")
        if base_ref is None:
            break
        line = smap.locate(("extends",))[1]
        if not isinstance(base_ref, str):
            raise input_error(current, "extends", "must be a path to another case file", line)
        if len(chain) == MAX_EXTENDS:
            raise input_error(current, "extends", f"more than {MAX_EXTENDS} case files extend each other in a chain; "
                              f"allowed: at most {MAX_EXTENDS}", line)
        current = _base_case(current, base_ref, line)
        if current.resolve() in seen:
            raise input_error(chain[-1][0], "extends", f"cases extend each other in a cycle ({base_ref!r} is already in the chain)", line)
    merged: dict[str, Any] = {}
    merged_map = SourceMap()
    for _, data, smap in reversed(chain):
        merged = _deep_merge(merged, data)
        merged_map.update(smap)
    return merged, merged_map, [file for file, _, _ in reversed(chain)]


def _base_case(path: Path, base_ref: str, line: int | None) -> Path:
    """The file that ``extends: base_ref`` in ``path`` names; an input error if there is no such file."""
    if "\0" in base_ref:
        raise input_error(path, "extends", "a path cannot contain a NUL byte", line)
    base_path = path.parent / base_ref
    try:
        found = base_path.is_file()
    except OSError as exc:  # e.g. a name too long for the file system
        raise path_error(base_path, None, exc) from None
    if not found:
        raise input_error(path, "extends", f"base case {base_ref!r} not found (looked at {base_path})", line)
    return base_path


def _deep_merge(base: dict[str, Any], top: dict[str, Any], merged: type[dict] = dict) -> dict[str, Any]:
    """Mappings (of type ``merged``) merge key by key; any other value (lists included) in ``top`` replaces the base's."""
    out = copy.deepcopy(base)
    for key, value in top.items():
        if isinstance(value, merged) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value, merged)
        else:
            out[key] = copy.deepcopy(dict(value) if isinstance(value, dict) else value)
    return out


class MergeInto(dict):
    """A mapping a dotted ``--set`` wrote inside a catalog field (``payload_kg.leo``): merged into the entry's mapping
    key by key. A mapping written whole in ``overrides`` replaces the field, as any other value does."""


def _override_entry(data: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """The entry ``data`` with the case's overrides: each field replaced, or merged where a dotted --set reached inside."""
    return _deep_merge(data, over, MergeInto)


def _apply_dotted(raw: dict[str, Any], key: str, value: Any, file: Path) -> list[FieldPath]:
    """Set ``key`` (dotted) to ``value`` in the raw case; return the field paths it wrote."""
    parts = key.split(".")
    if not all(parts):
        raise input_error(file, key, "override path has an empty part; write e.g. limits.max_launches=300")
    if parts[0] in entry_types() and len(parts) > 1:  # a bare 'terrestrial' or 'workloads' is the case field of that name
        if len(parts) < 3:
            raise input_error(file, key, f"a catalog override is {parts[0]}.<entry>.<field> (or .<field>.<key> inside a mapping)")
        node = raw.setdefault("overrides", {}).setdefault(parts[0], {}).setdefault(parts[1], {})
        for part in parts[2:-1]:  # a figure inside a mapping field (cost_model.learning_rate, payload_kg.leo)
            child = node.get(part)
            if not isinstance(child, MergeInto):
                child = node[part] = MergeInto(child if isinstance(child, dict) else {})
            node = child
        node[parts[-1]] = value
        return [("overrides", *parts)]
    node = raw
    for part in parts[:-1]:
        child = node.get(part)
        if child is None:
            child = node[part] = {}
        if not isinstance(child, dict):
            raise input_error(file, key, f"'{part}' is not a section, cannot set a field below it")
        node = child
    node[parts[-1]] = value
    return [tuple(parts)]


def _resolve(case: Case, file: Path, digest: str, dirs: list[Path], smap: SourceMap) -> ResolvedCase:
    """The case's candidates (and terrestrial baseline) from the catalog layers, its own entries and overrides."""
    kinds = entry_types()
    catalogs = read_catalog_layers(dirs)
    problems: list[InputProblem] = []

    def problem_at(path: FieldPath, message: str) -> InputProblem:
        where_file, line = smap.locate(path)
        return InputProblem(where_file or file, dotted(path), message, line)

    for kind, block in case.catalog.items():  # entries written in the case: the last layer
        if kind not in kinds:
            problems.append(problem_at(("catalog", kind), f"unknown catalog; allowed: {', '.join(kinds)}"))
            continue
        for name, data in block.items():
            try:
                check_name(name)
            except ValueError as exc:
                problems.append(problem_at(("catalog", kind), f"{exc} (entry names label tables and charts)"))
                continue
            written = smap.locate(("catalog", kind, name))[0]
            catalogs[kind][name] = RawEntry(data, Path(written) if written else file, ("catalog", kind, name), smap)
    for kind, raw_over in case.overrides.items():
        if kind not in kinds:
            problems.append(problem_at(("overrides", kind), f"unknown catalog; allowed: {', '.join(kinds)}"))
            continue
        for name in raw_over:
            if name not in catalogs[kind]:
                problems.append(problem_at(("overrides", kind, name), f"no {kind} entry named {name!r}; known: {', '.join(catalogs[kind])}"))
    wanted: dict[str, list[str]] = {kind: list(getattr(case.options, kind)) for kind in OPTION_KINDS}
    wanted["terrestrial"] = list(case.terrestrial)
    wanted["workloads"] = list(dict.fromkeys([*case.workload, *case.token_workloads]))
    places: dict[str, FieldPath] = {name: ("workload", name) if len(case.workload) > 1 else ("workload",) for name in case.workload}
    for index, name in enumerate(case.token_workloads):
        places.setdefault(name, ("token_workloads", index))
    entries: dict[str, dict[str, Any]] = {}
    origins: dict[tuple[str, str], RawEntry] = {}
    for kind, names in wanted.items():
        entries[kind] = {}
        for index, name in enumerate(names):
            where: FieldPath = (places[name] if kind == "workloads" else ("options", kind, index) if kind != "terrestrial"
                                else (kind, index) if len(names) > 1 else (kind,))
            if name not in catalogs[kind]:
                problems.append(problem_at(where, f"unknown {kind} entry {name!r}; known: {', '.join(catalogs[kind]) or '(none)'}"))
                continue
            if name in entries[kind]:
                problems.append(problem_at(where, f"{name!r} is listed twice"))
                continue
            origin = catalogs[kind][name]
            if not isinstance(origin.data, dict):
                line = origin.source_map.locate(origin.path)[1]
                problems.append(InputProblem(origin.file, dotted(origin.path), "an entry must be a mapping of fields", line))
                continue
            over = case.overrides.get(kind, {}).get(name, {})
            raw = _override_entry(origin.data, over)  # a dotted --set inside a mapping field changes that key only
            try:
                entries[kind][name] = kinds[kind].model_validate(raw)
                origins[(kind, name)] = origin
            except ValidationError as exc:
                locations = [tuple(err["loc"]) for err in exc.errors(include_url=False)]
                for problem, loc in zip(_problems(exc, origin.path, origin.source_map, origin.file), locations, strict=True):
                    if loc and loc[0] in over:  # the bad value came from the case's overrides
                        problem = problem_at(("overrides", kind, name) + loc, problem.message)
                    elif not loc and (named := [f for f in over if f in problem.message]):  # an entry-wide rule about a field overridden
                        problem = problem_at(("overrides", kind, name, named[0]), problem.message)
                    problems.append(problem)
    if problems:
        raise InputError(problems)
    return ResolvedCase(
        case=case,
        file=file,
        sha256=digest,
        entries={k: v for k, v in entries.items() if k not in ("terrestrial", "workloads")},
        terrestrials=entries["terrestrial"],
        workloads=entries["workloads"],
        overrides=case.overrides,
        catalog_dirs=tuple(dirs),
        origins=origins,
        source_map=smap,
    )


def _problems(exc: ValidationError, prefix: FieldPath, smap: SourceMap, file: Path) -> list[InputProblem]:
    """One :class:`InputProblem` per pydantic error, with the file and line of the offending field."""
    problems = []
    for err in exc.errors(include_url=False):
        loc = prefix + tuple(err["loc"])
        where_file, line = smap.locate(loc)
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            message = "unknown field (check the spelling; `synth schema` lists the allowed fields)"
        elif err["type"] == "missing":
            message = "required field is missing"
        problems.append(InputProblem(where_file or file, dotted(loc), message, line))
    return problems
