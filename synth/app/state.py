"""The explorer's state: which inputs have sliders, their ranges and sources, the presets, and the URL codec.

The whole state of the page is the set of slider values that differ from the cases' own figures, written in the
query string as ``key=value`` pairs (``?starship=200&wacc=0.08``): a shared link restores the same scenario. A slider
drives one dotted path (as ``synth solve --set`` takes it) in every loaded case that has that input among its
candidates; a case without it ignores the slider (each slider says which cases it applies to).

Slider ranges are wider than the inputs' catalog ranges (the uncertainty set ``baseline_2026``, shown beside each
slider with its source), so a user can explore past the published spans; a slider whose range spans a factor 30 or
more moves on a log scale:

    value = low * (high / low) ** t,   t in [0, 1] the slider's position      (log scale)
    value = low + t * (high - low)                                             (linear scale)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

#: a slider's range is on a log scale when high / low is at least this (the issue: "where the range spans decades")
LOG_SPAN = 30.0


class StateError(ValueError):
    """A query value the explorer cannot take: names the field, the value and what is allowed (a 4xx answer)."""

    def __init__(self, field_name: str, value: str, allowed: str) -> None:
        super().__init__(f"{field_name}={value!r}: {allowed}")
        self.field = field_name
        self.value = value
        self.allowed = allowed

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "value": self.value, "allowed": self.allowed, "message": str(self)}


@dataclass(frozen=True)
class Slider:
    """One input the explorer moves: ``key`` in the URL, the dotted ``path`` it sets, its unit and slider range.

    ``better`` is the direction that favours the orbit's cost ("low" for a price, "high" for an efficiency), used by
    the optimistic and pessimistic presets; None keeps the input out of them. ``as_list`` sets the path to a one-item
    list (``options.radiator_temperatures_k=[330]``): the optimizer then has that single choice. ``note`` is the
    source when the uncertainty set has no entry for the path."""

    key: str
    label: str
    path: str
    unit: str
    low: float
    high: float
    better: str | None = "low"
    as_list: bool = False
    note: str = ""
    digits: int = 3

    @property
    def log(self) -> bool:
        return self.low > 0 and self.high / self.low >= LOG_SPAN


#: the inputs that matter most (issue 16 and the Sobol study in the README), in the order the page shows them
SLIDERS: tuple[Slider, ...] = (
    Slider("starship", "Starship launch price", "launch_vehicles.starship.price_per_kg_usd", "USD/kg", 10, 5000,
           note="launch_vehicles.yaml starship: Suncatcher (arXiv 2511.19468 sec. 4.4) ~$460/kg with no reuse; <=$60/kg at 10x reuse"),
    Slider("falcon9", "Falcon 9 price per launch", "launch_vehicles.falcon9.price_per_launch_usd", "USD", 5e5, 2e8),
    Slider("new_glenn", "New Glenn price per launch", "launch_vehicles.new_glenn.price_per_launch_usd", "USD", 5e5, 3e8),
    Slider("new_glenn_9x4", "New Glenn 9x4 price per launch", "launch_vehicles.new_glenn_9x4.price_per_launch_usd", "USD", 5e5, 5e8),
    Slider("v3_bus", "Starlink V3 compute bus, reference unit cost", "buses.starlink_v3_compute.cost_model.reference.unit_cost_usd", "USD",
           5e4, 5e6),
    Slider("v2_bus", "Starlink V2 compute bus, reference unit cost", "buses.starlink_v2_compute.cost_model.reference.unit_cost_usd", "USD",
           5e4, 5e6),
    Slider("topdown", "Starlink V2 top-down, all-in price", "buses.starlink_v2_topdown.top_down.price_usd_per_w", "USD/W", 2, 100),
    Slider("platform", "assembled platform module price", "buses.assembled_platform_module.price_usd", "USD", 2e6, 4e8),
    Slider("sunrise", "Sunrise compute satellite price", "buses.sunrise_compute_satellite.price_usd", "USD", 1e5, 3e7),
    Slider("b200_price", "B200 (GB200) module price", "compute.b200_gb200.price_usd", "USD", 5000, 100000),
    Slider("tpu_price", "TPU v6e module price", "compute.tpu_v6e.price_usd", "USD", 2000, 60000),
    Slider("b200_afr", "B200 failure rate in orbit", "compute.b200_gb200.annual_failure_rate", "1/yr", 0.01, 0.5),
    Slider("tpu_afr", "TPU v6e failure rate in orbit", "compute.tpu_v6e.annual_failure_rate", "1/yr", 0.01, 0.5),
    Slider("life", "design life", "requirements.design_life_years", "yr", 1, 15, better=None,
           note="case file: requirements.design_life_years (no stated range; the schema allows 0.01-30 years)"),
    Slider("cell_eff", "silicon cell efficiency", "solar_arrays.silicon.cell_efficiency", "-", 0.12, 0.35, better="high",
           note="solar_arrays.yaml silicon: cell efficiency (no stated range in the uncertainty set)"),
    Slider("radiator_k", "radiator temperature (one choice)", "options.radiator_temperatures_k", "K", 250, 400, better=None, as_list=True,
           note="options.radiator_temperatures_k: unset, the optimizer picks among each radiator's temperatures", digits=3),
    Slider("wacc", "orbit's cost of capital", "economics.discount_rate", "1/yr", 0.02, 0.30,
           note="case file: orbital WACC 0.10 (Damodaran US Aerospace/Defense 7.6 % plus a venture premium; sweep 0.076-0.20)"),
    Slider("electricity", "ground electricity price (grid hyperscale)", "terrestrial.us_hyperscale_2026.electricity_usd_per_kwh", "USD/kWh",
           0.02, 0.40, better="high"),
)

BY_KEY = {s.key: s for s in SLIDERS}


@dataclass
class Preset:
    """A named scenario: slider values (keys of :data:`SLIDERS`), what it stands for and its source."""

    name: str
    label: str
    values: dict[str, float]
    source: str
    extra: dict[str, Any] = field(default_factory=dict)


def validate(key: str, raw: str) -> float:
    """The slider value of ``key=raw`` from a URL, or :class:`StateError` naming the field and what is allowed."""
    slider = BY_KEY.get(key)
    if slider is None:
        raise StateError(key, raw, "unknown input; allowed: " + ", ".join(BY_KEY))
    try:
        value = float(raw)
    except (TypeError, ValueError):
        raise StateError(key, raw, f"a number from {slider.low:g} to {slider.high:g} {slider.unit}") from None
    if not math.isfinite(value) or not slider.low <= value <= slider.high:
        raise StateError(key, raw, f"a number from {slider.low:g} to {slider.high:g} {slider.unit}")
    return value


#: query keys that are not sliders (the page's own settings)
RESERVED = ("preset",)


def decode(query: str | list[tuple[str, str]]) -> dict[str, float]:
    """The state (slider key -> value) from a query string or its pairs; a repeated key, an unknown key or a value
    outside a slider's range is a :class:`StateError`."""
    pairs = parse_qsl(query, keep_blank_values=True) if isinstance(query, str) else list(query)
    state: dict[str, float] = {}
    for key, raw in pairs:
        if key in RESERVED:
            continue
        if key in state:
            raise StateError(key, raw, "given twice; give each input once")
        state[key] = validate(key, raw)
    return state


def encode(state: dict[str, float]) -> str:
    """The query string of ``state``, keys in slider order, values at full precision (``repr``) so a decoded link
    gives the same floats back."""
    ordered = [(s.key, state[s.key]) for s in SLIDERS if s.key in state]
    return urlencode([(k, _number(v)) for k, v in ordered])


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


def overrides(state: dict[str, float], applies: dict[str, set[str]], case: str) -> dict[str, Any]:
    """The ``--set`` overrides of ``state`` for ``case``: each slider that applies to that case, by its path."""
    out: dict[str, Any] = {}
    for key, value in state.items():
        slider = BY_KEY[key]
        if case in applies.get(key, set()):
            out[slider.path] = [value] if slider.as_list else value
    return out


def position(slider: Slider, value: float) -> float:
    """The slider's position t in [0, 1] of ``value`` (module docstring)."""
    if slider.log:
        return math.log(value / slider.low) / math.log(slider.high / slider.low)
    return (value - slider.low) / (slider.high - slider.low)


def value_of(slider: Slider, t: float) -> float:
    """The value at position t in [0, 1] (module docstring)."""
    if slider.log:
        return float(slider.low * (slider.high / slider.low) ** t)
    return float(slider.low + t * (slider.high - slider.low))
