"""Number formatting shared by every printed and rendered output: significant digits, never ``-0``.

A cost per EFLOP can be $1.46 or $0.000588 (a 40 MW case) or $2.3e-9 per kW in a marginal value; fixed decimal
places would print the small ones as ``$0.00``. Every printed cost keeps ``digits`` significant digits instead.
"""

from __future__ import annotations

import math


def significant(value: float, digits: int = 4, grouping: bool = True) -> str:
    """``value`` with at most ``digits`` significant digits in plain decimal notation, trailing zeros dropped
    (``0.000588``, ``1,456``, ``1.46``); scientific notation only below 1e-6 or at 1e15 and above; a value that
    rounds to zero prints as ``0``."""
    if value is None or not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"
    exponent = math.floor(math.log10(abs(value)))
    if exponent < -6 or exponent >= 15:
        text = f"{value:.{digits - 1}e}"
        return "0" if float(text) == 0 else text
    decimals = max(digits - 1 - exponent, 0)
    rounded = round(value, decimals)
    if rounded == 0:
        return "0"
    text = f"{rounded:{',' if grouping else ''}.{decimals}f}"
    return text.rstrip("0").rstrip(".") if decimals > 0 else text


def usd(value: float | None, digits: int = 4) -> str:
    """A dollar amount: ``$1.456``, ``$0.000588``, ``$12.35 k``, ``$3.412 M``, ``$1.2 B`` (``n/a`` for None)."""
    if value is None:
        return "n/a"
    if not math.isfinite(value):
        return f"${value}"
    for factor, suffix in ((1e9, " B"), (1e6, " M"), (1e3, " k")):
        if abs(value) >= factor:
            return f"${significant(value / factor, digits)}{suffix}"
    return f"${significant(value, digits)}"


def fixed(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` places and thousands separators, printing ``0`` rather than ``-0.000``."""
    rounded = round(value, decimals)
    return f"{(rounded + 0.0) if rounded != 0 else 0.0:,.{decimals}f}"


def parts(values: dict, unit: str) -> str:
    """``(silicon)`` for one part, ``(a: 1,200 m2, b: 300 m2)`` for several; empty for none."""
    if len(values) <= 1 and unit:
        return "(" + ", ".join(values) + ")" if values else ""
    return "(" + ", ".join(f"{k}: {v:,.0f}{(' ' + unit) if unit else ''}" for k, v in values.items()) + ")"
