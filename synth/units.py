"""Unit-checked numeric fields.

Catalog and case fields carry their unit in their name (``mass_kg``, ``altitude_km``). A value may be written
as a bare number, taken in the field's unit, or as a quantity string such as ``"650 km"`` or ``"22 %"``,
converted by pint to the field's unit. A string without a unit, or with a unit of another dimension, is an
error that names the expected unit; units are never guessed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

# A number, then an optional unit: '650 km', '1.2e3 W', '22 %', '35 degC'. Matched against the stripped text, so
# nothing after the number can backtrack (the old pattern's lazy unit before trailing spaces was quadratic).
_QUANTITY = re.compile(r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(.*)", re.S)
# Longest quantity string read; '1.5e3 kg/m**2' needs 13 characters.
MAX_QUANTITY_CHARS = 100
# A power in a unit: pint evaluates 'm^2^2^2^2^2' as a tower of exact integers, which never finishes.
_POWER = re.compile(r"(?:\*\*|\^)\s*")
_EXPONENT = re.compile(r"[-+]?\d{1,2}(?:\.\d{1,3})?(?![\d.])")


@cache
def _registry() -> Any:
    """pint's unit registry, built on the first quantity string (importing pint and building it takes ~0.3 s, which
    a case written in plain numbers never pays)."""
    import pint

    return pint.UnitRegistry()


@cache
def _unit(unit: str) -> Any:
    return _registry().Unit(unit)


def to_unit(value: Any, unit: str) -> float:
    """Return ``value`` as a float in ``unit``.

    Numbers pass through (they are in the field's unit); strings must be ``"<number> <unit>"`` with a unit of
    the same dimension as ``unit``. Raises ``ValueError`` with a message naming the expected unit otherwise.
    """
    if isinstance(value, bool):
        raise ValueError(f"expected a number in {unit}, got a boolean")
    if isinstance(value, (int, float)):
        return _finite(_float(value))
    if not isinstance(value, str):
        raise ValueError(f"expected a number in {unit} or a quantity string like '1.5 {unit}'")
    text = value.strip()
    if len(text) > MAX_QUANTITY_CHARS:
        raise ValueError(f"quantity string of {len(text):,} characters; at most {MAX_QUANTITY_CHARS} are read, e.g. '1.5 {unit or '%'}'")
    match = _QUANTITY.fullmatch(text)
    if match is None:
        raise ValueError(f"cannot read {value!r} as a quantity; write '<number> <unit>' with the unit in {unit or 'percent'}")
    magnitude, unit_text = float(match.group(1)), match.group(2)
    if not unit_text:
        raise ValueError(f"{value!r} has no unit; write a number, or a quantity in {unit or 'percent'}")
    _check_powers(unit_text, value)
    try:
        quantity = _registry().Quantity(magnitude, unit_text)
    except Exception as exc:  # pint raises several unrelated exception types on unknown units
        raise ValueError(f"unknown unit {unit_text!r} in {value!r} ({exc}); the field is in {unit or 'dimensionless'}") from None
    target = _unit(unit) if unit else _registry().dimensionless
    if quantity.dimensionality != target.dimensionality:
        raise ValueError(
            f"wrong unit in {value!r}: its dimension is {quantity.dimensionality}, "
            f"the field is in {unit or 'dimensionless'} ({target.dimensionality})"
        )
    return _finite(float(quantity.to(target).magnitude))


def check_number_input(cls: Any, value: Any, info: Any) -> Any:
    """Pydantic before-validator for every field: YAML's true/false is never a number (pydantic would read it as
    1/0), and a whole number beyond the float range is refused with its size in a field of floats (pydantic only
    says 'not a valid number'; fields of whole numbers state their own upper bound)."""
    annotation = cls.model_fields[info.field_name].annotation
    if isinstance(value, bool) and annotation not in (bool, bool | None):
        raise ValueError("expected a number, got a boolean (true/false)")
    if isinstance(value, int) and not isinstance(value, bool) and annotation not in (int, int | None):
        _float(value)
    return value


def _float(value: int | float) -> float:
    try:
        return float(value)
    except OverflowError:  # an integer beyond the float range (about 1.8e308)
        raise ValueError(f"a number of {len(str(abs(value))):,} digits, beyond the float range (about 1.8e308)") from None


def _check_powers(unit_text: str, value: str) -> None:
    """Every power in a unit is a plain number of at most two digits (m**2, s^-1), never another power."""
    for power in _POWER.finditer(unit_text):
        exponent = _EXPONENT.match(unit_text, power.end())
        rest = unit_text[exponent.end():].lstrip() if exponent else ""
        if exponent is None or rest.startswith(("**", "^")):
            raise ValueError(f"cannot read the unit of {value!r}: a power in a unit is a plain number of at most two digits, such as m**2 or s^-1")


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number (not NaN or infinity)")
    return value


@dataclass(frozen=True)
class Unit:
    """The unit of a float field, as pydantic metadata: ``Annotated[float, Unit("km")]`` takes a number in km, or a
    quantity string converted to km by pint (``""`` for dimensionless fractions, which also accept '%'), and refuses
    non-finite values."""

    unit: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        unit = self.unit
        return core_schema.no_info_after_validator_function(
            _finite, core_schema.no_info_before_validator_function(lambda v: to_unit(v, unit), handler(source)))


def Q(unit: str) -> Any:
    """``Annotated[float, Unit(unit)]``, for a field type built at run time (an annotation writes it out)."""
    return Annotated[float, Unit(unit)]


#: A dimensionless fraction (accepts '22 %')
Fraction = Annotated[float, Unit("")]
