"""Global sensitivity of the re-optimized cost per delivered EFLOP (``synth sensitivity``): Sobol indices or Morris
screening, computed by SALib (no estimator here is hand-rolled).

Factors. One factor per input of the uncertainty set that applies to the case (:func:`synth.montecarlo.applicable`)
and is in no correlation group, and one factor per correlation group: its members move together, comonotone (every
member takes its own inverse CDF of the group's one u: x_m = F_m^-1(u_g)). Sobol indices assume independent
factors (the variance decomposition Var Y = sum_i V_i + sum_{i<j} V_ij + ... holds only then), so a group, whose
members the Monte Carlo ties by a Gaussian copula with correlation rho < 1, counts here as one factor with rho = 1:
its index is the share of the variance the group as a whole explains. The inputs of the case's ground baselines
(``terrestrial.*``) cannot move the orbit's cost per EFLOP (the ground is only compared with): they are left out
unless asked for (``with_ground``), when their indices come out as zero within their intervals.

Indices, for Y = f(U) with U uniform on the unit cube [0, 1]^d (one coordinate per factor):

    first order   S1_i = Var(E[Y | U_i]) / Var(Y)        the share of Var Y that U_i explains alone      (-)
    total order   ST_i = E[Var(Y | U_~i)] / Var(Y)       the share left unexplained once every other factor
                                                         is known: U_i alone and all its interactions     (-)

SALib's estimators (Saltelli et al. 2010 for S1, Jansen 1999 for ST) on the design of ``SALib.sample.sobol`` without
second order: n base points (a power of 2, for the balance of Sobol' points), each followed by its d cross-samples
and its B point: rows = n (d + 2) evaluations, in blocks of d + 2 per base point, so the first n/2 blocks are a valid
design of n/2 points. Confidence intervals: SALib's bootstrap over the base points (``num_resamples`` resamples),
S +- z_(1+c)/2 x the bootstrap standard deviation.

Morris screening (``SALib.sample.morris``, p = 4 levels; n trajectories of d + 1 points, rows = n (d + 1)): the
elementary effect of factor i along a trajectory is EE_i = (Y(U + Delta e_i) - Y(U)) / Delta, Delta = p / (2 (p - 1));
mu*_i = mean |EE_i| (units of Y per unit of U_i: USD per EFLOP here), sigma_i = std EE_i, with a bootstrap interval
on mu*_i. The first n/2 trajectories are a valid smaller design.

Convergence (thresholds below, declared once): Sobol is converged when every factor's ST interval half-width is
below ``MAX_ST_HALF_WIDTH`` and the ST from the first half of the base points lies within the full sample's interval
[ST - conf, ST + conf] (widened by ``ROUNDING`` x the largest ST); Morris when every mu* half-width is below ``MAX_MU_STAR_RELATIVE_HALF_WIDTH`` x the largest
mu* and the half-sample mu* lies within the full sample's interval. Otherwise: more samples needed (try 2n).

The case path maps a unit point to a world: u is clipped to [U_EPS, 1 - U_EPS] (a lognormal's inverse CDF is
infinite at 1), a Morris level u in {0, 1/3, 2/3, 1} is first moved to the centre of its stratum,
u' = (u (p - 1) + 1/2) / p (the same affine map for every factor, so mu* keep their order; they are in units of
Y per unit of the grid coordinate u); each member takes x = F^-1(u) and a factor input multiplies the case's own
figure (:func:`synth.montecarlo.world_values`). Each world is solved with its design re-optimized, on the sweep
machinery (:func:`synth.montecarlo.solve_worlds`: local workers or Dask, resumable in OUT/runs/<case>/), and
Y = the optimal cost per delivered EFLOP (USD/EFLOP). SALib's estimators need every Y: a world that is not solved
to optimality stops the run with the count and the statuses (exit 3 when every failed world is infeasible, 4
otherwise); the finished worlds stay in OUT/runs/ (narrow the ranges, or fix the case, and run again).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from synth.errors import ExitCode, SynthError, input_error
from synth.uncertainty import UncertaintySet

#: the confidence level of every interval
CONFIDENCE = 0.95
#: bootstrap resamples of SALib's confidence intervals
NUM_RESAMPLES = 1000
#: Sobol converged: every total index's interval half-width (a share of Var Y, -) is below this ...
MAX_ST_HALF_WIDTH = 0.05
#: Morris converged: every mu*'s interval half-width is below this share of the largest mu* ...
MAX_MU_STAR_RELATIVE_HALF_WIDTH = 0.10
#: (... and, both methods, the half-sample estimate lies within the full sample's interval, widened by this share of
#: the largest estimate for rounding: an exactly linear response has intervals of ~1e-15)
ROUNDING = 1e-9
#: Morris grid levels (SALib's default)
MORRIS_LEVELS = 4
#: unit-cube coordinates are clipped to [U_EPS, 1 - U_EPS] before an inverse CDF (a lognormal's is infinite at 0 and 1)
U_EPS = 1e-9
Method = Literal["sobol", "morris"]
Evaluate = Callable[[np.ndarray], np.ndarray]


class SensitivityFailed(SynthError):
    """Worlds not solved to optimality: the indices need every evaluation (module docstring)."""

    def __init__(self, message: str, exit_code: ExitCode) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# -- the generic core: any function of the unit cube ------------------------------------------------------------------
def _problem(names: Sequence[str]) -> dict[str, Any]:
    if not names:
        raise input_error(None, "factors", "no factors to analyse")
    if len(set(names)) != len(names):
        raise input_error(None, "factors", f"factor names repeat: {list(names)}")
    return {"num_vars": len(names), "names": list(names), "bounds": [[0.0, 1.0]] * len(names)}


def _evaluated(evaluate: Evaluate, u: np.ndarray) -> np.ndarray:
    y = np.asarray(evaluate(u), dtype=float).reshape(-1)
    if len(y) != len(u):
        raise ValueError(f"evaluate returned {len(y)} values for {len(u)} points")
    if not np.isfinite(y).all():
        raise ValueError(f"evaluate returned {int((~np.isfinite(y)).sum())} values that are not finite: the indices need every one")
    return y


def check_sobol_samples(n: int) -> None:
    """n base points: at least 2 and a power of 2 (Sobol' points keep their balance only at powers of 2)."""
    if n < 2 or n & (n - 1):
        raise input_error("--samples", str(n), "Sobol indices need a power of 2 of at least 2 base points (e.g. 256, 512, 1024)")


def sobol_indices(names: Sequence[str], evaluate: Evaluate, n: int, seed: int = 0, confidence: float = CONFIDENCE,
                  num_resamples: int = NUM_RESAMPLES) -> pd.DataFrame:
    """First and total Sobol indices of ``evaluate`` (the rows x d matrix of unit-cube points -> one Y per row) over
    d = len(names) independent factors, each uniform on [0, 1]: n base points, n (d + 2) evaluations (module
    docstring). One row per factor: S1, S1_conf, ST, ST_conf (interval half-widths at ``confidence``), ST_half (ST
    from the first n/2 base points) and ST_change = ST_half - ST; ``attrs``: method, n, evaluations, converged,
    verdict."""
    from SALib.analyze import sobol as analyze
    from SALib.sample import sobol as sampler

    check_sobol_samples(n)
    problem = _problem(names)
    d = len(names)
    u = sampler.sample(problem, n, calc_second_order=False, seed=seed)
    y = _evaluated(evaluate, u)
    with warnings.catch_warnings(), np.errstate(all="ignore"):  # a half sample of 1 point has no variance: NaN, judged below
        warnings.simplefilter("ignore", RuntimeWarning)
        full = analyze.analyze(problem, y, calc_second_order=False, num_resamples=num_resamples, conf_level=confidence, seed=seed)
        half = analyze.analyze(problem, y[: (n // 2) * (d + 2)], calc_second_order=False, num_resamples=num_resamples,
                               conf_level=confidence, seed=seed)
    frame = pd.DataFrame({"factor": list(names), "S1": full["S1"], "S1_conf": full["S1_conf"], "ST": full["ST"],
                          "ST_conf": full["ST_conf"], "ST_half": half["ST"]})
    frame["ST_change"] = frame["ST_half"] - frame["ST"]
    frame.attrs.update({"method": "sobol", "n": n, "evaluations": int(len(y)), "confidence": confidence, **convergence(frame, "sobol", n)})
    return frame


def morris_indices(names: Sequence[str], evaluate: Evaluate, n: int, seed: int = 0, confidence: float = CONFIDENCE,
                   num_resamples: int = NUM_RESAMPLES, num_levels: int = MORRIS_LEVELS) -> pd.DataFrame:
    """Morris screening of ``evaluate`` over d = len(names) factors on [0, 1]: n trajectories, n (d + 1) evaluations
    (module docstring). One row per factor: mu_star, mu_star_conf (half-width at ``confidence``), sigma, mu_star_half
    (from the first n/2 trajectories) and mu_star_change; ``attrs`` as :func:`sobol_indices`."""
    from SALib.analyze import morris as analyze
    from SALib.sample import morris as sampler

    if n < 2:
        raise input_error("--samples", str(n), "Morris screening needs at least 2 trajectories")
    problem = _problem(names)
    d = len(names)
    u = sampler.sample(problem, n, num_levels=num_levels, seed=seed)
    y = _evaluated(evaluate, u)
    rows = (n // 2) * (d + 1)
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        full = analyze.analyze(problem, u, y, num_resamples=num_resamples, conf_level=confidence, num_levels=num_levels, seed=seed)
        half = analyze.analyze(problem, u[:rows], y[:rows], num_resamples=num_resamples, conf_level=confidence, num_levels=num_levels, seed=seed)
    frame = pd.DataFrame({"factor": list(names), "mu_star": np.asarray(full["mu_star"], dtype=float),
                          "mu_star_conf": np.asarray(full["mu_star_conf"], dtype=float), "sigma": np.asarray(full["sigma"], dtype=float),
                          "mu_star_half": np.asarray(half["mu_star"], dtype=float)})
    frame["mu_star_change"] = frame["mu_star_half"] - frame["mu_star"]
    frame.attrs.update({"method": "morris", "n": n, "evaluations": int(len(y)), "confidence": confidence, **convergence(frame, "morris", n)})
    return frame


def convergence(frame: pd.DataFrame, method: Method, n: int) -> dict[str, Any]:
    """``converged`` (bool), ``verdict`` (words) and, per factor, whether it passed: the thresholds of the module
    docstring (``MAX_ST_HALF_WIDTH``; ``MAX_MU_STAR_RELATIVE_HALF_WIDTH``) and the half-sample estimate within the
    full sample's interval."""
    if method == "sobol":
        est, conf, half = frame["ST"], frame["ST_conf"], frame["ST_half"]
        limit = MAX_ST_HALF_WIDTH
        rule = f"every ST interval half-width below {MAX_ST_HALF_WIDTH:g} and the half-sample ST within the interval"
    else:
        est, conf, half = frame["mu_star"], frame["mu_star_conf"], frame["mu_star_half"]
        limit = MAX_MU_STAR_RELATIVE_HALF_WIDTH * float(np.nanmax(est)) if np.isfinite(est).any() else math.nan
        rule = f"every mu* interval half-width below {MAX_MU_STAR_RELATIVE_HALF_WIDTH:g} x the largest mu* and the half-sample mu* within the interval"
    narrow = (conf < limit).to_numpy()
    stable = ((half - est).abs() <= conf + ROUNDING * float(np.nanmax(est.abs()) if np.isfinite(est).any() else 0.0)).to_numpy()
    passed = narrow & stable  # NaN compares False: a degenerate estimate never passes
    frame["converged"] = passed
    if passed.all():
        return {"converged": True, "verdict": f"converged ({rule})"}
    wide = [str(f) for f, ok in zip(frame["factor"], narrow, strict=True) if not ok]
    moved = [str(f) for f, ok in zip(frame["factor"], stable, strict=True) if not ok]
    why = "; ".join(part for part in (f"interval too wide for {', '.join(wide)}" if wide else "",
                                      f"half-sample estimate outside the interval for {', '.join(moved)}" if moved else "") if part)
    return {"converged": False, "verdict": f"more samples needed (try --samples {2 * n}): {why} (needs {rule})"}


# -- factors of a case ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Factor:
    """One independent factor: an input, or a correlation group whose members move together (comonotone)."""

    name: str
    members: tuple[str, ...]
    group: bool = False

    @property
    def label(self) -> str:
        """A readable name for charts and text."""
        if self.group:
            return f"{self.name.replace('_', ' ')} (group of {len(self.members)})"
        return input_label(self.members[0])


def input_label(path: str) -> str:
    """``launch_vehicles.starship.price_per_kg_usd`` -> ``starship: price per kg (USD)``; a case field keeps its section."""
    import re

    parts = path.split(".")
    owner, field_name = (parts[1] if len(parts) > 2 else parts[0]), parts[-1]
    unit = re.search(r"_(usd|kg|w|kw|kwh)(?:_per_(kg|w|kw|kwh|m2|mmbtu|kw_month))?$", field_name)
    inverse = re.search(r"_per_(kg|w|kw|kwh|launch)_usd$", field_name)  # price_per_kg_usd: USD/kg
    if inverse is not None:
        return f"{owner}: {field_name[:inverse.start()].replace('_', ' ')} (USD/{inverse.group(1).replace('w', 'W').replace('kwh', 'kWh')})"
    if unit is None:
        return f"{owner}: {field_name.replace('_', ' ')}"
    names = {"usd": "USD", "kg": "kg", "w": "W", "kw": "kW", "kwh": "kWh", "m2": "m2", "mmbtu": "MMBtu", "kw_month": "kW-month"}
    shown = names[unit.group(1)] + (f"/{names[unit.group(2)]}" if unit.group(2) else "")
    return f"{owner}: {field_name[:unit.start()].replace('_', ' ')} ({shown})"


def ground_input(path: str) -> bool:
    """Whether ``path`` is a figure of a ground baseline (it moves the comparison, not the orbit's cost)."""
    return path.startswith("terrestrial.")


def factors_of(uset: UncertaintySet, own: dict[str, float], with_ground: bool = False) -> tuple[list[Factor], list[str]]:
    """The case's factors (module docstring), in the set's order: one per group with a member that applies, one per
    other input that applies; and the ground inputs left out (none when ``with_ground``)."""
    keep = [p for p in uset.inputs if p in own and (with_ground or not ground_input(p))]
    left_out = [p for p in uset.inputs if p in own and p not in keep]
    group_of = {m: name for name, g in uset.groups.items() for m in g.members}
    factors: list[Factor] = []
    seen: set[str] = set()
    for path in keep:
        name = group_of.get(path)
        if name is None:
            factors.append(Factor(path, (path,)))
        elif name not in seen:
            seen.add(name)
            factors.append(Factor(name, tuple(p for p in keep if group_of.get(p) == name), group=True))
    return factors, left_out


def draws_of(u: np.ndarray, factors: Sequence[Factor], uset: UncertaintySet) -> dict[str, np.ndarray]:
    """Input path -> its draw per row of the unit points ``u`` (a column per factor): x = F^-1(u) for every member of
    the factor (u clipped to [U_EPS, 1 - U_EPS])."""
    u = np.clip(np.asarray(u, dtype=float), U_EPS, 1.0 - U_EPS)
    return {m: uset.inputs[m].ppf(u[:, j]) for j, f in enumerate(factors) for m in f.members}


def morris_centres(u: np.ndarray, levels: int = MORRIS_LEVELS) -> np.ndarray:
    """A Morris grid level u = k / (p - 1) moved to the centre of its stratum: u' = (u (p - 1) + 1/2) / p."""
    return (np.asarray(u, dtype=float) * (levels - 1) + 0.5) / levels


# -- the case path ----------------------------------------------------------------------------------------------------
@dataclass
class Sensitivity:
    """A run's indices (a row per factor), its worlds (a row per evaluation: the unit point and each case's Y), and
    what it was run with."""

    case: str
    inputs: str
    method: str
    n: int
    seed: int
    factors: list[Factor]
    indices: pd.DataFrame
    worlds: pd.DataFrame
    left_out: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return summarize(self)


def run_sensitivity(case_path: str | Path, n: int, out_dir: str | Path, method: Method = "sobol", inputs: str = "baseline_2026",
                    seed: int = 0, workers: int | None = None, scheduler: str | None = None, quiet: bool = False,
                    with_ground: bool = False) -> Sensitivity:
    """Sobol indices or Morris screening of the case's re-optimized cost per delivered EFLOP over the uncertainty set
    ``inputs`` (module docstring); the worlds are solved in OUT/runs/<case>/ (resumable: the same command continues)."""
    from synth.case import load_case
    from synth.montecarlo import applicable, solve_worlds, uncertainty_set

    if method == "sobol":
        check_sobol_samples(n)
    elif n < 2:
        raise input_error("--samples", str(n), "Morris screening needs at least 2 trajectories")
    path = Path(case_path)
    rc = load_case(path)
    uset = uncertainty_set(rc, inputs)
    own = applicable(rc, uset)
    factors, left_out = factors_of(uset, own, with_ground)
    if not factors:
        why = f" (only ground inputs apply: {', '.join(left_out)}; --with-ground keeps them)" if left_out else ""
        raise input_error(path, "--inputs", f"no input of the uncertainty set {inputs!r} applies to this case{why}")
    used = [m for f in factors for m in f.members]
    subset = uset.model_copy(update={"inputs": {p: uset.inputs[p] for p in used}})
    names = [f.name for f in factors]
    worlds: list[pd.DataFrame] = []

    def evaluate(u: np.ndarray) -> np.ndarray:
        units = morris_centres(u) if method == "morris" else u
        frame, _ = solve_worlds(path, rc, subset, draws_of(units, factors, subset), Path(out_dir) / "runs" / rc.name, workers, scheduler, quiet)
        failed = frame[frame["status"] != "optimal"]
        if len(failed):
            counts = failed["status"].value_counts().to_dict()
            first = failed["message"].dropna().astype(str).head(1).tolist() if "message" in failed else []
            code = ExitCode.INFEASIBLE if set(counts) == {"infeasible"} else ExitCode.SOLVER_FAILURE
            raise SensitivityFailed(
                f"{len(failed)} of {len(frame)} worlds not solved to optimality ({', '.join(f'{k} {s}' for s, k in counts.items())}"
                + (f"; first: {first[0]}" if first else "") + f"): the {method} indices need every world. The finished worlds are in "
                f"{Path(out_dir) / 'runs' / rc.name}; narrow the uncertainty ranges or fix the case and run again", code)
        y = frame.sort_values("world")["cost_per_eflop_usd"].to_numpy(dtype=float)
        worlds.append(pd.DataFrame({"world": np.arange(len(u)), **{f"u[{name}]": u[:, j] for j, name in enumerate(names)},
                                    "cost_per_eflop_usd": y}))
        return y

    core = sobol_indices if method == "sobol" else morris_indices
    indices = core(names, evaluate, n, seed=seed)
    indices.insert(1, "label", [f.label for f in factors])
    indices.insert(2, "members", ["; ".join(f.members) for f in factors])
    return Sensitivity(rc.name, inputs, method, n, seed, factors, indices, worlds[0], left_out)


def _ranked(s: Sensitivity) -> pd.DataFrame:
    key = "ST" if s.method == "sobol" else "mu_star"
    return s.indices.sort_values(key, ascending=False, na_position="last")


def summarize(s: Sensitivity) -> dict[str, Any]:
    """Method, n, evaluations, the verdict and the three largest total indices (mu* for Morris) with intervals."""
    attrs = s.indices.attrs
    key = "ST" if s.method == "sobol" else "mu_star"
    top = []
    for _, row in _ranked(s).head(3).iterrows():
        est, conf = float(row[key]), float(row[f"{key}_conf"])
        top.append({"factor": row["factor"], "label": row["label"], "members": row["members"].split("; "), key: est,
                    "low": est - conf, "high": est + conf})
    return {"case": s.case, "inputs": s.inputs, "method": s.method, "n": s.n, "seed": s.seed, "evaluations": attrs["evaluations"],
            "factors": len(s.factors), "output": "cost_per_eflop_usd (the re-optimized cost per delivered EFLOP, USD/EFLOP)",
            "confidence": attrs["confidence"], "converged": attrs["converged"], "verdict": attrs["verdict"],
            "thresholds": {"max_st_half_width": MAX_ST_HALF_WIDTH, "max_mu_star_relative_half_width": MAX_MU_STAR_RELATIVE_HALF_WIDTH,
                           "half_sample_within_interval": True},
            "groups_as_one_factor": "Sobol indices assume independent factors: a correlation group moves as one comonotone factor",
            "ground_inputs_left_out": s.left_out, f"top_{'total_indices' if s.method == 'sobol' else 'mu_star'}": top}


def summary_text(summ: dict[str, Any]) -> str:
    """The summary in words: the top factors with their intervals and the convergence verdict."""
    key = "top_total_indices" if summ["method"] == "sobol" else "top_mu_star"
    what = "total Sobol index ST" if summ["method"] == "sobol" else "Morris mu* (USD/EFLOP per unit u)"
    lines = [f"{summ['case']}: {summ['method']} on the re-optimized cost per EFLOP, {summ['factors']} factors, n = {summ['n']}, "
             f"{summ['evaluations']:,} solves (inputs {summ['inputs']}, seed {summ['seed']}); intervals at {summ['confidence']:.0%}"]
    if summ["ground_inputs_left_out"]:
        lines.append(f"  left out: {len(summ['ground_inputs_left_out'])} ground-baseline inputs (they cannot move the orbit's cost; --with-ground keeps them)")
    lines.append(f"  largest {what}:")
    fmt = ".3f" if summ["method"] == "sobol" else ".4g"
    for i, t in enumerate(summ[key], 1):
        est = t["ST"] if summ["method"] == "sobol" else t["mu_star"]
        lines.append(f"  {i}. {t['label']:<48} {format(est, fmt)} ({format(t['low'], fmt)} to {format(t['high'], fmt)})")
    lines.append(f"  {summ['verdict']}")
    return "\n".join(lines)


def write_sensitivity(s: Sensitivity, out_dir: str | Path) -> list[Path]:
    """indices.csv/.parquet, worlds.parquet, summary.json and the bar chart (sobol.png or morris.png) in ``out_dir``
    (atomic writes)."""
    from synth.atomic import atomic_path, write_atomic
    from synth.result import provenance, strict_json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "indices.csv", s.indices.to_csv(index=False))
    for name, frame in (("indices", s.indices), ("worlds", s.worlds)):
        with atomic_path(out / f"{name}.parquet") as tmp:
            plain = frame.copy()
            plain.attrs = {}
            plain.to_parquet(tmp, index=False)
    from importlib.metadata import version

    write_atomic(out / "summary.json", strict_json({"summary": s.summary(), "provenance": {**provenance(), "salib": version("SALib")}}) + "\n")
    chart = out / f"{s.method}.png"
    with atomic_path(chart) as tmp:
        bar_chart(s, tmp)
    return [out / "indices.csv", out / "indices.parquet", out / "worlds.parquet", out / "summary.json", chart]


def bar_chart(s: Sensitivity, path: Path) -> None:
    """Sobol: S1 and ST per factor with their intervals as error bars, factors sorted by ST; Morris: mu* with its
    interval, sorted by mu*."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ranked = _ranked(s).iloc[::-1]  # the largest on top
    y = np.arange(len(ranked))
    fig, ax = plt.subplots(figsize=(9, 2.4 + 0.4 * len(ranked)))
    if s.method == "sobol":
        ax.barh(y + 0.2, ranked["ST"], height=0.4, xerr=ranked["ST_conf"], label="total order ST", color="tab:blue", capsize=2)
        ax.barh(y - 0.2, ranked["S1"], height=0.4, xerr=ranked["S1_conf"], label="first order S1", color="tab:orange", capsize=2)
        ax.set_xlabel("share of the variance of the cost per delivered EFLOP\n(error bars: 95% bootstrap intervals)")
        ax.legend(loc="best", fontsize="small")
    else:
        ax.barh(y, ranked["mu_star"], height=0.6, xerr=ranked["mu_star_conf"], color="tab:blue", capsize=2)
        ax.set_xlabel("Morris mu*: mean |elementary effect| on the cost per EFLOP\n(USD/EFLOP per unit of u; error bars: 95% intervals)")
    ax.set_yticks(y, [str(v) for v in ranked["label"]])
    ax.axvline(0.0, color="0.3", linewidth=0.8)
    verdict = "converged" if s.indices.attrs.get("converged") else "not converged: more samples needed"
    ax.set_title(f"{s.case}: what drives the re-optimized cost per EFLOP\n({s.method}, n = {s.n}, {s.indices.attrs.get('evaluations', 0):,} solves; {verdict})",
                 fontsize="medium")
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)


__all__ = ["Factor", "Sensitivity", "SensitivityFailed", "convergence", "factors_of", "morris_indices", "run_sensitivity",
           "sobol_indices", "summary_text", "write_sensitivity"]
