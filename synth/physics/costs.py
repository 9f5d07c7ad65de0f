"""Cost models: Wright's learning curve over a production lot, and the cost estimating relationships (CERs) that
give a first unit's cost.

Wright's law (T. P. Wright, "Factors affecting the cost of airplanes", J. Aeronautical Sciences 3(4), 1936; the
"unit" form used by NASA and the US cost-estimating community): each doubling of the cumulative number of units
built multiplies the cost of the next unit by the learning rate LR (0 < LR <= 1, e.g. 0.9 = "a 90 % curve"):

    C_k = T1 k^b,      b = log2(LR)  (<= 0)                                                   [USD]

with T1 the theoretical first-unit cost (USD) and k = 1, 2, ... the cumulative unit number. A lot of n units built
after p units of the same line (prior units: the line's learning carries over) costs on average

    A(T1, LR, p, n) = T1 / n sum_{k=p+1}^{p+n} k^b                                               [USD per unit]

computed here as the exact sum (no integral approximation). The MILP prices a unit at A, a coefficient for the
lot the catalog entry states; a design whose unit count differs from that lot is flagged after the solve
(``synth.subsystems.buses``). Making the price follow the design's own count (a piecewise-linear total cost) is
later work.

Cost estimating relationship calibrated on a reference lot (the form the bus catalog uses): a published average
unit cost C_ref of a reference lot (p_ref prior units, n_ref units, learning rate LR) of a unit of mass M_ref gives
the first-unit cost of a unit of mass M as

    T1(M) = C_ref / a(LR, p_ref, n_ref) (M / M_ref)^c,     a(LR, p, n) = A(1, LR, p, n)              [USD]

with c the mass exponent of the CER (1: cost proportional to mass, as a published USD/kg figure states it).
Example (docs/research/economics-sources.md sec. 6): Quilty Space's ~$0.8M per Starlink V2 mini of ~730 kg.
"""

from __future__ import annotations

import math

import numpy as np

#: the largest lot (prior + units) summed exactly; beyond it a lot is no longer a "production quantity" this tool
#: can state honestly (ten million satellites), and the exact sum would take over 0.3 s
MAX_UNITS = 10_000_000
_CHUNK = 1_000_000


def learning_exponent(learning_rate: float) -> float:
    """b = log2(LR) (dimensionless, <= 0): the exponent of Wright's unit curve C_k = T1 k^b."""
    if not 0.0 < learning_rate <= 1.0:
        raise ValueError(f"learning rate must be in (0, 1], got {learning_rate}")
    return math.log2(learning_rate)


def wright_unit_cost(first_unit_usd: float, learning_rate: float, k: int | float) -> float:
    """Cost of the k-th unit of a production line (USD): C_k = T1 k^b, b = log2(LR), k >= 1."""
    if k < 1:
        raise ValueError(f"unit number must be >= 1, got {k}")
    return first_unit_usd * float(k) ** learning_exponent(learning_rate)


def _power_sum(b: float, first: int, last: int) -> float:
    """sum_{k=first}^{last} k^b, exactly (float64 terms, summed in chunks of a million with numpy's pairwise sum)."""
    total = 0.0
    start = first
    while start <= last:
        stop = min(last, start + _CHUNK - 1)
        total += float(np.power(np.arange(start, stop + 1, dtype=np.float64), b).sum())
        start = stop + 1
    return total


def wright_average_unit_cost(first_unit_usd: float, learning_rate: float, prior_units: int, units: int) -> float:
    """Average unit cost of a lot (USD per unit): A = T1 / n sum_{k=p+1}^{p+n} k^b, b = log2(LR), with p the
    units of the line built before the lot (``prior_units`` >= 0) and n the lot size (``units`` >= 1). Exact sum."""
    if units < 1 or prior_units < 0:
        raise ValueError(f"a lot needs units >= 1 and prior_units >= 0, got units={units}, prior_units={prior_units}")
    if prior_units + units > MAX_UNITS:
        raise ValueError(f"prior_units + units must be at most {MAX_UNITS:,}, got {prior_units + units:,}")
    b = learning_exponent(learning_rate)
    if b == 0.0:
        return float(first_unit_usd)
    return first_unit_usd * _power_sum(b, int(prior_units) + 1, int(prior_units) + int(units)) / units


def lot_average_factor(learning_rate: float, prior_units: int, units: int) -> float:
    """a(LR, p, n) = A(1, LR, p, n): the lot's average unit cost as a fraction of the first unit's (dimensionless)."""
    return wright_average_unit_cost(1.0, learning_rate, prior_units, units)


def first_unit_from_reference(reference_cost_usd: float, learning_rate: float, reference_prior_units: int, reference_units: int,
                              mass_kg: float | None = None, reference_mass_kg: float | None = None, mass_exponent: float = 1.0) -> float:
    """First-unit cost (USD) from a reference lot's average unit cost (module docstring):

        T1 = C_ref / a(LR, p_ref, n_ref) (M / M_ref)^c

    No mass scaling when either mass is None (the reference is this very design)."""
    t1 = reference_cost_usd / lot_average_factor(learning_rate, reference_prior_units, reference_units)
    if mass_kg is not None and reference_mass_kg is not None:
        t1 *= (mass_kg / reference_mass_kg) ** mass_exponent
    return t1
