"""Reproduce published analyses with synth's own functions: the logic behind ``python validation/run.py``.

Each ``validation/<analysis>.yaml`` holds one published analysis: its citation, the inputs it states (each with
the page or table it comes from), the figures it publishes, and for every figure the synth function that computes
it from those inputs, the arithmetic by hand, and a tolerance with its reason. A figure passes when synth's value
lies within the tolerance of the published value:

    |synth - published| <= max(abs, rel * |published|)

Where synth's answer differs from the publication for a known reason (an arithmetic slip in the publication, a
different boundary), the figure carries ``differs``: the value expected instead (worked by hand from the
publication's own inputs) and why; it then passes within the tolerance of that expected value, and the table
still shows the difference from the published figure. A figure synth cannot express yet carries the
synth feature it needs; it fails (status ``missing feature``) until that feature exists, and is never skipped.

Arguments of a compute function are numbers, ``$name`` (an input of the analysis) or ``@figure`` (synth's value
of an earlier figure of the same analysis).
"""

from __future__ import annotations

import csv
import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from synth.errors import InputError, InputProblem
from synth.physics import economics, power, terrestrial, thermal
from synth.yamlio import SourceMap, dotted, read_yaml

VALIDATION_DIR = Path(__file__).resolve().parent


class MissingFeature(Exception):
    """synth has no input or relation to express a published figure (the message names what to add)."""


# ----------------------------------------------------------------------------------------------------------------
# Compute functions: each evaluates one published figure with synth's own relations (units in the names).
# ----------------------------------------------------------------------------------------------------------------


def launched_power_price(mass_kg: float, power_kw: float, life_years: float, launch_price_usd_per_kg: float) -> float:
    """price = m p / (P L) (USD/kW/yr): synth.physics.economics.launched_power_price_usd_per_kw_year."""
    return economics.launched_power_price_usd_per_kw_year(mass_kg, power_kw, life_years, launch_price_usd_per_kg)


def launched_power_price_per_flight(flight_price_usd: float, payload_kg: float, power_kw: float, life_years: float) -> float:
    """Launched-power price of a full flight: m p / (P L) with m = payload (kg), p = flight price / payload (USD/kg)."""
    return economics.launched_power_price_usd_per_kw_year(payload_kg, power_kw, life_years, flight_price_usd / payload_kg)


def launch_cost_usd(kg_per_kw: float, power_kw: float, launch_price_usd_per_kg: float) -> float:
    """Launch cost of k kg per kW carried for P kW, m p = k P p (USD): the launched-power price of m = k P over
    one year, m p / (P * 1 yr), times P * 1 yr."""
    return economics.launched_power_price_usd_per_kw_year(kg_per_kw * power_kw, power_kw, 1.0, launch_price_usd_per_kg) * power_kw


def array_power_kw(area_m2: float, cell_efficiency: float, packing_factor: float, solar_constant_w_per_m2: float) -> float:
    """Beginning-of-life array output A * S * eta * k_pack / 1000 (kW), Sun-pointed (k_point = 1), no degradation:
    synth.physics.power.array_eol_w_per_m2 with life 0."""
    return area_m2 * power.array_eol_w_per_m2(cell_efficiency, packing_factor, 1.0, 0.0, 0.0, solar_constant_w_per_m2) / 1000.0


def _ground_energy_kwh(it_power_kw: float, pue: float, years: float) -> float:
    """Energy at the meter over L years, E = P_IT PUE 8766 h/yr * A(L, 0) (kWh; full load all year, undiscounted):
    synth.physics.terrestrial.energy_kwh_per_year at availability 1, idle fraction 0 and utilization 1."""
    return terrestrial.energy_kwh_per_year(it_power_kw, pue, 1.0, 0.0, 1.0) * economics.annuity_years(years, 0.0)


def terrestrial_energy_usd(it_power_kw: float, pue: float, electricity_usd_per_kwh: float, years: float) -> float:
    """Electricity bill E c_e = P_IT * PUE * 8766 h/yr * L * price (USD), undiscounted."""
    return _ground_energy_kwh(it_power_kw, pue, years) * electricity_usd_per_kwh


def terrestrial_power_spend_usd_per_kw_year(pue: float, electricity_usd_per_kwh: float) -> float:
    """Yearly power spend per kW of IT, PUE * 8766 h * price (USD/kW/yr): the electricity of 1 kW over 1 year."""
    return terrestrial_energy_usd(1.0, pue, electricity_usd_per_kwh, 1.0)


def terrestrial_water_m3(it_power_kw: float, pue: float, water_l_per_kwh: float, years: float) -> float:
    """Water used E w / 1000 = P_IT * PUE * 8766 h/yr * L * w / 1000 (m3; 1 m3 of water = 1 t)."""
    return _ground_energy_kwh(it_power_kw, pue, years) * water_l_per_kwh / 1000.0


def orbital_energy_usd_per_kwh(flight_price_usd: float, payload_kg: float, power_kw: float, life_years: float,
                               array_usd_per_w: float) -> float:
    """Energy-equivalent price of orbital power: (launched-power price + array price * 1000 / L) / 8766 h
    (USD/kWh), the launch and the array amortized undiscounted over L years of continuous output."""
    per_kw_year = launched_power_price_per_flight(flight_price_usd, payload_kg, power_kw, life_years) + array_usd_per_w * 1000.0 / life_years
    return per_kw_year / terrestrial.HOURS_PER_YEAR


def sum_usd(a: float, b: float, c: float = 0.0) -> float:
    """a + b + c (USD): a published total from its lines."""
    return a + b + c


def radiator_emitted_w_per_m2(faces: float, emissivity: float, temperature_k: float) -> float:
    """q_out = n eps sigma T^4 (W/m2 of planform): synth.physics.thermal.emitted_w_per_m2."""
    return thermal.emitted_w_per_m2(int(faces), emissivity, temperature_k)


def radiator_sun_absorbed_w_per_m2(solar_absorptivity: float, sun_incidence_factor: float, solar_constant_w_per_m2: float) -> float:
    """Direct sunlight absorbed a * S * k_sun (W/m2): synth.physics.thermal.absorbed_w_per_m2 with Earth's infrared
    and albedo set to zero (the altitude then does not enter; 650 km is passed)."""
    return thermal.absorbed_w_per_m2(650.0, 1, 1.0, solar_absorptivity, 0.0, 0.0, 0.0, sun_incidence_factor, solar_constant_w_per_m2)


def _absorbed_with_environment(earth_view_factor: float, ir_absorptivity: float, solar_absorptivity: float,
                               earth_temperature_k: float, albedo: float, sun_incidence_factor: float,
                               solar_constant_w_per_m2: float) -> float:
    """q_in = F (a_IR q_IR + a albedo S) + a S k_sun with q_IR = sigma T_earth^4, for a stated Earth view factor F
    (not the geometric one of the altitude) and an infrared absorptivity a_IR apart from the emissivity:
    synth.physics.thermal.absorbed_w_per_m2 with ``earth_view_factor`` and ``ir_absorptivity`` (one face: the
    publication's F is for the whole plate)."""
    earth_ir = thermal.emitted_w_per_m2(1, 1.0, earth_temperature_k)  # sigma T^4 of a black Earth at T_earth
    return float(thermal.absorbed_w_per_m2(650.0, 1, ir_absorptivity, solar_absorptivity, earth_ir, albedo, 1.0, sun_incidence_factor,
                                           solar_constant_w_per_m2, earth_view_factor=earth_view_factor, ir_absorptivity=ir_absorptivity))


def radiator_earth_absorbed_w_per_m2(earth_view_factor: float, ir_absorptivity: float, solar_absorptivity: float,
                                     earth_temperature_k: float, albedo: float, solar_constant_w_per_m2: float) -> float:
    """Heat absorbed from the Earth, F (a_IR sigma T_earth^4 + a albedo S) (W/m2), with no direct sunlight."""
    return _absorbed_with_environment(earth_view_factor, ir_absorptivity, solar_absorptivity, earth_temperature_k, albedo,
                                      0.0, solar_constant_w_per_m2)


def radiator_net_w_per_m2(faces: float, emissivity: float, temperature_k: float, earth_view_factor: float,
                          ir_absorptivity: float, solar_absorptivity: float, earth_temperature_k: float, albedo: float,
                          sun_incidence_factor: float, solar_constant_w_per_m2: float) -> float:
    """q_net = n eps sigma T^4 - q_in (W/m2): synth.physics.thermal.net_rejection_w_per_m2."""
    absorbed = _absorbed_with_environment(earth_view_factor, ir_absorptivity, solar_absorptivity, earth_temperature_k, albedo,
                                          sun_incidence_factor, solar_constant_w_per_m2)
    return thermal.net_rejection_w_per_m2(temperature_k, absorbed, int(faces), emissivity)


def _epoch_split(capex_usd: float, server_usd_per_year: float, tco_usd_per_year: float, opex_usd_per_year: float, it_life_years: float,
                 facility_life_years: float) -> tuple[float, float, float]:
    """(rate r, server capital S, facility capital F) that make the published annualization hold:
    S CRF(r, l_IT) = servers per year, S + F = capex, S CRF(r, l_IT) + F CRF(r, l_fac) + opex = TCO per year; r by
    bisection on [0, 0.5] (the TCO rises with r), with synth.physics.economics.capital_recovery_factor."""
    def excess(r: float) -> float:
        server = server_usd_per_year / economics.capital_recovery_factor(r, it_life_years)
        return server_usd_per_year + (capex_usd - server) * economics.capital_recovery_factor(r, facility_life_years) + opex_usd_per_year \
            - tco_usd_per_year

    low, high = 0.0, 0.5
    if excess(low) > 0 or excess(high) < 0:
        raise MissingFeature("no cost of capital in [0, 50 %] reproduces the published annual cost with these inputs")
    for _ in range(200):
        mid = (low + high) / 2
        low, high = (mid, high) if excess(mid) < 0 else (low, mid)
    r = (low + high) / 2
    server = server_usd_per_year / economics.capital_recovery_factor(r, it_life_years)
    return r, server, capex_usd - server


def implied_cost_of_capital(capex_usd: float, server_usd_per_year: float, tco_usd_per_year: float, opex_usd_per_year: float,
                            it_life_years: float, facility_life_years: float) -> float:
    """The cost of capital r implied by a published annualized cost of ownership (:func:`_epoch_split`), a fraction."""
    return _epoch_split(capex_usd, server_usd_per_year, tco_usd_per_year, opex_usd_per_year, it_life_years, facility_life_years)[0]


def annualized_tco_usd(capex_usd: float, server_usd_per_year: float, tco_usd_per_year: float, opex_usd_per_year: float,
                       it_life_years: float, facility_life_years: float, it_life_years_new: float) -> float:
    """Annual cost of ownership with the servers on another life, at the implied rate and split:
    S CRF(r, l_IT,new) + F CRF(r, l_fac) + opex (USD/yr)."""
    r, server, facility = _epoch_split(capex_usd, server_usd_per_year, tco_usd_per_year, opex_usd_per_year, it_life_years, facility_life_years)
    return server * economics.capital_recovery_factor(r, it_life_years_new) + facility * economics.capital_recovery_factor(r, facility_life_years) \
        + opex_usd_per_year


def planar_formation_satellites(radius_m: float, spacing_m: float) -> float:
    """N ~ 3.63 (R / s)^2 satellites: synth.subsystems.isl.planar_formation_satellites."""
    from synth.subsystems.isl import planar_formation_satellites as relation

    return relation(radius_m, spacing_m)


COMPUTE: dict[str, Callable[..., float]] = {f.__name__: f for f in (
    implied_cost_of_capital, annualized_tco_usd, planar_formation_satellites,
    launched_power_price, launched_power_price_per_flight, launch_cost_usd, array_power_kw, terrestrial_energy_usd,
    terrestrial_power_spend_usd_per_kw_year, terrestrial_water_m3, orbital_energy_usd_per_kwh, sum_usd,
    radiator_emitted_w_per_m2, radiator_sun_absorbed_w_per_m2, radiator_earth_absorbed_w_per_m2, radiator_net_w_per_m2)}


# ----------------------------------------------------------------------------------------------------------------
# The analysis file format.
# ----------------------------------------------------------------------------------------------------------------

_STRICT = ConfigDict(extra="forbid")
_ID = r"^[a-z][a-z0-9_]*$"


class Citation(BaseModel):
    model_config = _STRICT
    authors: list[str] = Field(min_length=1, description="authors (or the organization) as published")
    title: str = Field(min_length=1)
    venue: str = Field(min_length=1, description="journal, preprint server, or publisher")
    date: str = Field(min_length=1, description="publication date (and version read)")
    url: str = Field(pattern=r"^https?://", description="where the publication is")
    where: str = Field(min_length=1, description="section, table and pages the figures come from")
    read_from: str = Field(min_length=1, description="which copy was read to extract the inputs and figures")


class Input(BaseModel):
    model_config = _STRICT
    value: float = Field(allow_inf_nan=False)
    unit: str = Field(min_length=1)
    where: str = Field(min_length=1, description="page, table or sentence of the publication stating it")


class Tolerance(BaseModel):
    model_config = _STRICT
    rel: float | None = Field(None, ge=0.0, le=1.0, description="relative tolerance (fraction of the compared value)")
    abs: float | None = Field(None, ge=0.0, allow_inf_nan=False, description="absolute tolerance, in the figure's unit")
    why: str = Field(min_length=1, description="why this tolerance: the publication's rounding or stated approximation")

    @model_validator(mode="after")
    def _one_bound(self) -> Tolerance:
        if self.rel is None and self.abs is None:
            raise ValueError("give rel, abs or both")
        return self

    def allowed(self, target: float) -> float:
        return max(self.abs or 0.0, (self.rel or 0.0) * abs(target))

    def text(self) -> str:
        parts = ([f"{self.rel:.3g} rel"] if self.rel is not None else []) + ([f"{_num(self.abs)} abs"] if self.abs is not None else [])
        return " or ".join(parts)


class Difference(BaseModel):
    model_config = _STRICT
    expected: float = Field(allow_inf_nan=False, description="the value synth must give instead, worked by hand from the publication's inputs")
    hand: str = Field(min_length=1, description="the arithmetic giving `expected`")
    why: str = Field(min_length=1, description="why synth's answer differs from the published figure")


class Figure(BaseModel):
    model_config = _STRICT
    id: str = Field(pattern=_ID)
    what: str = Field(min_length=1)
    unit: str = Field(min_length=1)
    published: float = Field(allow_inf_nan=False)
    where: str = Field(min_length=1, description="table, page or sentence printing the figure")
    compute: str = Field(description="a function of validation/reproduce.py: " + ", ".join(sorted(COMPUTE)))
    args: dict[str, float | str]
    hand: str = Field(min_length=1, description="the arithmetic by hand, from the stated inputs")
    tolerance: Tolerance
    differs: Difference | None = None


class NotChecked(BaseModel):
    model_config = _STRICT
    figure: str = Field(min_length=1)
    published: str = Field(min_length=1)
    why: str = Field(min_length=1, description="why no check is possible (the publication states no input for it)")


class Analysis(BaseModel):
    model_config = _STRICT
    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    citation: Citation
    inputs: dict[str, Input]
    figures: list[Figure] = Field(min_length=1)
    not_checked: list[NotChecked] = []
    notes: list[str] = []


@dataclass(frozen=True)
class Loaded:
    """An analysis file read and checked: the model and the file it came from."""

    analysis: Analysis
    path: Path


def load(path: Path) -> Loaded:
    """Read and check one analysis file; InputError (file, field, line) on anything wrong."""
    data, smap = read_yaml(path)
    if not isinstance(data, dict):
        raise InputError([InputProblem(path, None, "an analysis file is a mapping (id, title, citation, inputs, figures)", 1)])
    try:
        analysis = Analysis.model_validate(data)
    except ValidationError as exc:
        raise InputError(_problems(exc, smap, path)) from None
    _check_references(analysis, smap, path)
    return Loaded(analysis, path)


def _problems(exc: ValidationError, smap: SourceMap, path: Path) -> list[InputProblem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        file, line = smap.locate(loc)
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            message = "unknown field"
        elif err["type"] == "missing":
            message = "required field is missing"
        problems.append(InputProblem(file or path, dotted(loc), message, line))
    return problems


def _check_references(analysis: Analysis, smap: SourceMap, path: Path) -> None:
    """Every figure names a known compute function with exactly its arguments; ``$x`` names an input and
    ``@y`` an earlier figure; figure ids are unique."""
    problems: list[InputProblem] = []

    def problem(loc: tuple[str | int, ...], message: str) -> None:
        file, line = smap.locate(loc)
        problems.append(InputProblem(file or path, dotted(loc), message, line))

    seen: set[str] = set()
    for i, fig in enumerate(analysis.figures):
        loc: tuple[str | int, ...] = ("figures", i)
        if fig.id in seen:
            problem((*loc, "id"), f"figure id '{fig.id}' is used twice")
        fn = COMPUTE.get(fig.compute)
        if fn is None:
            problem((*loc, "compute"), f"unknown function '{fig.compute}'; allowed: {', '.join(sorted(COMPUTE))}")
        else:
            params = inspect.signature(fn).parameters
            required = {n for n, p in params.items() if p.default is inspect.Parameter.empty}
            for name in sorted(set(fig.args) - set(params)):
                problem((*loc, "args", name), f"'{fig.compute}' takes no argument '{name}'; it takes {', '.join(params)}")
            for name in sorted(required - set(fig.args)):
                problem((*loc, "args"), f"'{fig.compute}' needs argument '{name}'")
        for name, value in fig.args.items():
            if isinstance(value, str):
                if value.startswith("$") and value[1:] in analysis.inputs:
                    continue
                if value.startswith("@") and value[1:] in seen:
                    continue
                problem((*loc, "args", name), f"'{value}' is neither $<input> (one of: {', '.join(analysis.inputs)}) nor @<earlier figure id>")
        seen.add(fig.id)
    if problems:
        raise InputError(problems)


def load_dir(directory: Path = VALIDATION_DIR) -> list[Loaded]:
    """Every ``*.yaml`` analysis in ``directory``, sorted by file name."""
    paths = sorted(Path(directory).glob("*.yaml"))
    if not paths:
        raise InputError([InputProblem(directory, None, "no analysis files (*.yaml) here")])
    return [load(p) for p in paths]


# ----------------------------------------------------------------------------------------------------------------
# Comparison.
# ----------------------------------------------------------------------------------------------------------------

COLUMNS = ("analysis", "figure", "unit", "published", "synth", "difference", "relative_difference", "tolerance", "pass", "status", "note")


@dataclass(frozen=True)
class Row:
    """One published figure against synth's value."""

    analysis: str
    figure: str
    what: str
    unit: str
    published: float
    synth: float | None
    target: float  # the published value, or the documented expected value where synth is known to differ
    allowed: float  # |synth - target| allowed
    tolerance: str
    passed: bool
    status: str  # "pass", "fail", "documented difference", "missing feature"
    note: str

    @property
    def difference(self) -> float | None:
        return None if self.synth is None else self.synth - self.published

    @property
    def relative_difference(self) -> float | None:
        d = self.difference
        return None if d is None or self.published == 0 else d / abs(self.published)

    def csv_values(self) -> list[str]:
        def g(x: float | None) -> str:
            return "" if x is None else repr(float(x))
        return [self.analysis, self.figure, self.unit, g(self.published), g(self.synth), g(self.difference),
                g(self.relative_difference), self.tolerance, "yes" if self.passed else "no", self.status, self.note]


def compare(loaded: Loaded) -> list[Row]:
    """synth's value of every figure of one analysis, against the published one."""
    a = loaded.analysis
    values: dict[str, float | None] = {}
    rows = []
    for fig in a.figures:
        synth_value: float | None
        try:
            kwargs = {name: _resolve(value, a, values) for name, value in fig.args.items()}
            synth_value = float(COMPUTE[fig.compute](**kwargs))
            missing = ""
        except MissingFeature as exc:
            synth_value, missing = None, str(exc)
        values[fig.id] = synth_value
        target = fig.differs.expected if fig.differs else fig.published
        allowed = fig.tolerance.allowed(target)
        if synth_value is None:
            passed, status, note = False, "missing feature", missing
        else:
            passed = math.isfinite(synth_value) and abs(synth_value - target) <= allowed
            if fig.differs:
                status = "documented difference" if passed else "fail"
                note = f"expected {_num(fig.differs.expected)} ({fig.differs.hand}): {fig.differs.why}"
            else:
                status = "pass" if passed else "fail"
                note = ""
        tol = fig.tolerance.text() + (" of the documented value" if fig.differs else "")
        rows.append(Row(a.id, fig.id, fig.what, fig.unit, fig.published, synth_value, target, allowed, tol, passed, status, note))
    return rows


def _resolve(value: float | str, analysis: Analysis, values: dict[str, float | None]) -> float:
    if isinstance(value, str):
        if value.startswith("$"):
            return analysis.inputs[value[1:]].value
        found = values[value[1:]]
        if found is None:
            raise MissingFeature(f"needs figure '{value[1:]}', which synth cannot compute yet")
        return found
    return float(value)


def compare_all(loaded: list[Loaded]) -> list[Row]:
    return [row for one in loaded for row in compare(one)]


def _num(x: float | None) -> str:
    if x is None:
        return "-"
    if x == 0:
        return "0"
    if abs(x) < 1e-3 or abs(x) >= 1e15:
        return f"{x:.4g}"
    if abs(x) >= 1000:  # six significant digits, with thousands separators (none after a whole number)
        return f"{x:,.0f}" if x == int(x) else f"{x:,.{max(0, 6 - len(str(int(abs(x)))))}f}"
    return f"{x:.6g}"


def table(rows: list[Row]) -> str:
    """The comparison as a fixed-width text table (one line per figure, notes below)."""
    head = ("analysis", "figure", "unit", "published", "synth", "difference", "tolerance", "pass")
    body = [(r.analysis, r.figure, r.unit, _num(r.published), _num(r.synth),
             "-" if r.relative_difference is None else f"{_num(r.difference)} ({r.relative_difference:+.2%})",
             r.tolerance, "yes" if r.passed else f"NO ({r.status})" if r.status != "fail" else "NO") for r in rows]
    widths = [max(len(str(line[i])) for line in [head, *body]) for i in range(len(head))]
    right = {3, 4, 5}
    fmt = lambda line: "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(line, widths, strict=True)))
    out = [fmt(head).rstrip(), "  ".join("-" * w for w in widths)] + [fmt(line).rstrip() for line in body]
    notes = [f"  {r.analysis}/{r.figure}: {r.status}: {r.note}" for r in rows if r.note]
    passed = sum(r.passed for r in rows)
    out.append("")
    out.append(f"{passed} of {len(rows)} figures within tolerance")
    if notes:
        out += ["", "notes:", *notes]
    return "\n".join(out)


def write_csv(rows: list[Row], path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow(r.csv_values())


def exit_code(rows: list[Row]) -> int:
    """0 when every figure is within its tolerance, else 1."""
    return 0 if all(r.passed for r in rows) else 1


def describe(loaded: list[Loaded]) -> dict[str, Any]:
    """Counts for a one-line summary: analyses, figures, not-checked figures."""
    return {"analyses": len(loaded), "figures": sum(len(x.analysis.figures) for x in loaded),
            "not_checked": sum(len(x.analysis.not_checked) for x in loaded)}
