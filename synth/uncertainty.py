"""Structured uncertainty: how each uncertain input is distributed, which move together, and samples of them.

An uncertainty set (catalog ``uncertainty``, file ``uncertainty.yaml``) names inputs by the dotted path a sweep or
``--set`` uses (``launch_vehicles.starship.price_per_kg_usd``, ``economics.discount_rate``,
``terrestrial.us_hyperscale_2026.electricity_usd_per_kwh``) and gives each a distribution with its source. A
``factor`` distribution multiplies the case's own value (1 = the catalog figure); otherwise it is the value itself.

Distributions, by their inverse CDF x = F^-1(u), u in (0, 1):

    uniform      x = a + u (b - a)
    triangular   x = a + sqrt(u (b - a)(m - a))            for u < (m - a) / (b - a)
                 x = b - sqrt((1 - u)(b - a)(b - m))        otherwise            (a = low, m = mode, b = high)
    lognormal    x = exp(mu + sigma z),  z = Phi^-1(u),  mu = (ln a + ln b) / 2,  sigma = (ln b - ln a) / (2 z_95)
                 with a and b its 5th and 95th percentiles, z_95 = Phi^-1(0.95) = 1.6449

Samples: n points of the unit cube [0, 1)^d, seeded, as a Latin hypercube (each input's n strata hit once) or a
scrambled Sobol sequence (``scipy.stats.qmc``); a correlation group (inputs that move together, e.g. every launch
price) is then tied by a Gaussian copula: z = Phi^-1(u), z_G <- z_G L^T with L L^T = R_G (ones on the diagonal, the
group's correlation rho off it), u = Phi(z). With rho = 1 every member takes its first member's u (comonotone).
"""

from __future__ import annotations

import math
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from synth.catalog import Entry, Text

#: Phi^-1(0.95): a lognormal's 5th and 95th percentiles lie z_95 standard deviations either side of its log-median
Z95 = 1.6448536269514722


class Distribution(BaseModel):
    """One uncertain input: its distribution, as a factor on the case's own value or as the value itself."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    kind: Literal["uniform", "triangular", "lognormal"] = Field(description="uniform on [low, high]; triangular on [low, high] peaking at "
        "mode; lognormal with low and high its 5th and 95th percentiles.")
    low: float = Field(description="The least value (uniform, triangular) or the 5th percentile (lognormal).")
    high: float = Field(description="The largest value (uniform, triangular) or the 95th percentile (lognormal).")
    mode: float | None = Field(None, description="The most likely value (triangular only).")
    factor: bool = Field(True, description="true: the values multiply the case's own figure (1 = as the catalog or case has it); false: "
        "the values are the figure itself, in its field's unit.")
    source: Text = Field(min_length=3, description="Where the range comes from (the entry's uncertain: text, a paper), or 'assumption: why'.")

    @model_validator(mode="after")
    def _shape(self) -> Distribution:
        if not self.low < self.high:
            raise ValueError(f"need low < high, got low {self.low} and high {self.high}")
        if self.kind == "triangular":
            if self.mode is None or not self.low <= self.mode <= self.high:
                raise ValueError(f"a triangular distribution needs low <= mode <= high, got mode {self.mode}")
        elif self.mode is not None:
            raise ValueError(f"mode is for a triangular distribution, not {self.kind}")
        if self.kind == "lognormal" and self.low <= 0:
            raise ValueError(f"a lognormal's percentiles are above 0, got low {self.low}")
        return self

    def ppf(self, u: np.ndarray) -> np.ndarray:
        """The inverse CDF at ``u`` (values in (0, 1)): the module docstring's formulas."""
        u = np.asarray(u, dtype=float)
        a, b = self.low, self.high
        if self.kind == "uniform":
            return a + u * (b - a)
        if self.kind == "triangular":
            m = float(self.mode if self.mode is not None else a)
            c = (m - a) / (b - a)
            return np.where(u < c, a + np.sqrt(u * (b - a) * (m - a)), b - np.sqrt((1.0 - u) * (b - a) * (b - m)))
        from scipy.special import ndtri

        mu, sigma = (math.log(a) + math.log(b)) / 2.0, (math.log(b) - math.log(a)) / (2.0 * Z95)
        return np.exp(mu + sigma * ndtri(u))


class CorrelationGroup(BaseModel):
    """Inputs that move together (e.g. every launch price, driven by one market)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    members: list[str] = Field(min_length=2, description="Input paths (keys of inputs) in the group.")
    correlation: float = Field(ge=0, le=1, description="Rank-like correlation of every pair of members (Gaussian copula): 1 = they move "
        "exactly together, 0 = independent.")
    description: Text | None = Field(None, description="Why they move together.")


class UncertaintySet(Entry):
    """A set of uncertain inputs with their distributions (catalog ``uncertainty``)."""

    inputs: dict[str, Distribution] = Field(min_length=1, description="Input path (as in a sweep or --set) -> its distribution.")
    groups: dict[str, CorrelationGroup] = Field(default_factory=dict, description="Correlation groups: inputs that move together.")

    @model_validator(mode="after")
    def _groups_name_inputs(self) -> UncertaintySet:
        seen: dict[str, str] = {}
        for name, group in self.groups.items():
            unknown = [m for m in group.members if m not in self.inputs]
            if unknown:
                raise ValueError(f"group {name!r} names inputs the set does not have: {unknown}")
            for m in group.members:
                if m in seen:
                    raise ValueError(f"input {m!r} is in two groups ({seen[m]!r} and {name!r})")
                seen[m] = name
        return self


def describe(d: Distribution) -> str:
    """One line: ``triangular x0.8-1-1.2 (source)``, ``lognormal 5-95 % x0.1304-3.261``, ``uniform 0.06-0.1``."""
    scale = "x" if d.factor else ""
    span = f"{d.low:.4g}-{d.mode:.4g}-{d.high:.4g}" if d.kind == "triangular" else f"{d.low:.4g}-{d.high:.4g}"
    return f"{d.kind}{' 5-95 %' if d.kind == 'lognormal' else ''} {scale}{span} ({d.source})"


def unit_sample(d: int, n: int, method: Literal["lhs", "sobol", "random"], seed: int) -> np.ndarray:
    """n points of [0, 1)^d: a Latin hypercube, a scrambled Sobol sequence, or independent uniforms (seeded)."""
    from scipy.stats import qmc

    if method == "lhs":
        return np.asarray(qmc.LatinHypercube(d=d, seed=seed).random(n))
    if method == "sobol":
        import warnings

        with warnings.catch_warnings():  # n need not be a power of 2 for Monte Carlo percentiles (balance is a Sobol index concern)
            warnings.simplefilter("ignore", UserWarning)
            return np.asarray(qmc.Sobol(d=d, scramble=True, seed=seed).random(n))
    return np.random.default_rng(seed).random((n, d))


def correlate(u: np.ndarray, names: list[str], groups: dict[str, CorrelationGroup]) -> np.ndarray:
    """The columns of ``u`` (one per name) tied within each group by a Gaussian copula (module docstring)."""
    from scipy.special import ndtr, ndtri

    u = np.array(u, dtype=float, copy=True)
    index = {name: j for j, name in enumerate(names)}
    for group in groups.values():
        cols = [index[m] for m in group.members if m in index]
        if len(cols) < 2:
            continue
        if group.correlation >= 1.0:
            u[:, cols[1:]] = u[:, [cols[0]]]
            continue
        r = np.full((len(cols), len(cols)), group.correlation)
        np.fill_diagonal(r, 1.0)
        z = ndtri(np.clip(u[:, cols], 1e-12, 1 - 1e-12))
        u[:, cols] = ndtr(z @ np.linalg.cholesky(r).T)
    return u


def sample(uset: UncertaintySet, n: int, method: Literal["lhs", "sobol", "random"] = "lhs", seed: int = 0) -> dict[str, np.ndarray]:
    """n draws of every input of ``uset`` (path -> n values: factors or values as each distribution says)."""
    names = list(uset.inputs)
    u = correlate(unit_sample(len(names), n, method, seed), names, uset.groups)
    return {name: uset.inputs[name].ppf(u[:, j]) for j, name in enumerate(names)}


__all__ = ["CorrelationGroup", "Distribution", "UncertaintySet", "correlate", "describe", "sample", "unit_sample"]
