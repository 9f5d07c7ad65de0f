"""Monte Carlo with the design re-optimized in every sampled world (``synth uncertainty``).

One sample of the uncertainty set (:mod:`synth.uncertainty`) is a world: every input drawn once. Each case solves
every world it has inputs for (an input whose entry the case does not use leaves it alone), on the sweep machinery
(:func:`synth.sweep.run.run_sweep`: local workers or Dask, resumable, Parquet), so the cases of one run see the same
worlds and compare pairwise. Per case and world, the optimal cost per delivered EFLOP r and the ground's g_b at each
archetype b for that design's compute give the ratio r / g_b; between cases A and B the ratio r_A / r_B.

Statistics over the n_ok worlds solved to optimality (the others are counted and named):

    percentile p      the order statistic x_(ceil(p n)), with the distribution-free interval [x_(l), x_(u)],
                      l, u the binomial(n, p) quantiles at (1 - c) / 2 and (1 + c) / 2 (c = 0.95)
    probability P     k / n, with Wilson's score interval at c
    choice frequency  the share of worlds whose optimum picks each orbit, chip (most modules), bus (most units),
                      vehicle (most launches)

Both intervals assume independent draws: a Latin hypercube's percentiles vary less than that (for a monotone
response), so its intervals are conservative.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from synth.case import ResolvedCase, load_case, validate_catalogs
from synth.errors import InputError, input_error
from synth.uncertainty import UncertaintySet, sample

#: the confidence level of every interval
CONFIDENCE = 0.95
#: the percentiles reported
PERCENTILES = (10, 50, 90)
#: a world counts when its design is optimal (re-optimized), or the fixed design was evaluated there: feasible, or
#: infeasible (its cost is what the design as built costs in that world; the share of such worlds is reported)
OK = ("optimal", "feasible", "infeasible")
Method = Literal["lhs", "sobol", "random"]


def uncertainty_set(rc: ResolvedCase, name: str) -> UncertaintySet:
    """The uncertainty set ``name`` among the case's catalogs."""
    sets = validate_catalogs(list(rc.catalog_dirs))["uncertainty"]
    if name not in sets:
        raise input_error("--inputs", name, f"unknown uncertainty set; known: {', '.join(sets) or 'none'}")
    found = sets[name]
    assert isinstance(found, UncertaintySet)
    return found


def applicable(rc: ResolvedCase, uset: UncertaintySet) -> dict[str, float]:
    """Input path -> the case's own figure, for the inputs this case has (a candidate entry, one of its ground
    baselines, or its own field holding a number)."""
    from synth.sweep.spec import value_at

    out: dict[str, float] = {}
    for path in uset.inputs:
        try:
            value = value_at(rc, path)
        except InputError:
            continue
        if value is not None:
            out[path] = value
    return out


def world_values(draws: dict[str, np.ndarray], uset: UncertaintySet, own: dict[str, float]) -> list[dict[str, float]]:
    """Each world's overrides for one case: the case's figure x the draw (a factor) or the draw itself; integer
    fields rounded."""
    from synth.sweep.spec import integer_field

    n = len(next(iter(draws.values()))) if draws else 0
    columns = {}
    for path, base in own.items():
        d = uset.inputs[path]
        values = base * draws[path] if d.factor else draws[path]
        columns[path] = np.round(values) if integer_field(path) else values
    return [{path: float(columns[path][i]) for path in columns} for i in range(n)]


@dataclass
class MonteCarlo:
    """A run's worlds (``samples``: a row per world, a column per input, the draws as factors or values), each case's
    solved rows (``results``: world, case, status, cost per EFLOP, the ground at each archetype, design choices), and
    the inputs each case used."""

    inputs: str
    method: str
    seed: int
    samples: pd.DataFrame
    results: pd.DataFrame
    used: dict[str, list[str]] = field(default_factory=dict)
    mode: str = "re-optimized"  # or "fixed design"
    labels: dict[str, str] = field(default_factory=dict)  # case -> its label (the readers' name of the architecture)

    def summary(self) -> dict[str, Any]:
        return summarize(self)


def run_uncertainty(case_paths: list[str | Path], n: int, out_dir: str | Path, inputs: str = "baseline_2026", method: Method = "lhs",
                    seed: int = 0, workers: int | None = None, scheduler: str | None = None, quiet: bool = False,
                    design: str | Path | None = None) -> MonteCarlo:
    """Draw ``n`` worlds and solve each case in each (module docstring); the sweeps go to OUT/runs/<case>/ (resumable:
    the same command continues), the tables and summary to OUT. With ``design`` (a design file or a result.json; one
    case only), that fixed design is evaluated in every world instead (status feasible, or infeasible where it
    violates a constraint of that world)."""
    from synth.evaluate import design_data, load_design

    if n < 2:
        raise input_error("--samples", str(n), "need at least 2 samples")
    if design is not None and len(case_paths) != 1:
        raise input_error("--design", str(design), "a fixed design belongs to one case: give one case file with --design")
    fixed = design_data(load_design(design)) if design is not None else None
    out = Path(out_dir)
    cases = [(Path(p), load_case(p)) for p in case_paths]
    names = [rc.name for _, rc in cases]
    if len(set(names)) != len(names):
        raise input_error(str(case_paths[0]), "name", f"two cases share the name {names}: give each a distinct name")
    uset = uncertainty_set(cases[0][1], inputs)
    draws = sample(uset, n, method, seed)
    samples = pd.DataFrame({"world": np.arange(n), **draws})
    frames, used = [], {}
    for path, rc in cases:
        frame, used[rc.name] = solve_worlds(path, rc, uset, draws, out / "runs" / rc.name, workers, scheduler, quiet, fixed)
        frames.append(frame)
    return MonteCarlo(inputs, method, seed, samples, pd.concat(frames, ignore_index=True), used, "fixed design" if fixed else "re-optimized",
                      {rc.name: rc.case.label or rc.name for _, rc in cases})


def solve_worlds(path: Path, rc: ResolvedCase, uset: UncertaintySet, draws: dict[str, np.ndarray], out_dir: Path, workers: int | None = None,
                 scheduler: str | None = None, quiet: bool = False, design: dict[str, Any] | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Solve the case ``rc`` (file ``path``) in every world of ``draws`` (input path -> a draw per world) on the sweep
    machinery (``out_dir``: resumable), re-optimizing the design in each (or evaluating the fixed ``design``,
    :func:`synth.evaluate.design_data`): one tidy row per world (:func:`_tidy`), and the inputs that applied."""
    from synth.sweep.run import run_sweep
    from synth.sweep.spec import ParameterSpec, Sweep, SweepSpec

    own = applicable(rc, uset)
    if not own:
        raise input_error(path, "--inputs", "no input of the uncertainty set applies to this case")
    points = world_values(draws, uset, own)
    spec = SweepSpec(name=f"uncertainty-{rc.name}", base=path.name, parameters={p: ParameterSpec(values=[pt[p] for pt in points]) for p in own},
                     combine="zip")
    frame = run_sweep(Sweep(spec, path, points, design=design), out_dir, workers=workers, scheduler=scheduler, quiet=quiet)
    return _tidy(frame, rc.name), list(own)


def _tidy(frame: pd.DataFrame, case: str) -> pd.DataFrame:
    """A sweep's table as one row per world: the case, status, cost, the ground per archetype, the design choices."""
    keep = ["status", "cost_per_eflop_usd", "cost_per_gpu_hour_usd", "total_cost_usd", "orbit", "message",
            *[c for c in frame.columns if c.startswith("ground_cost_per_eflop_usd[")]]
    out = frame.rename(columns={"point": "world"})[["world", *[c for c in keep if c in frame.columns]]].copy()
    out.insert(1, "case", case)
    out["chip"] = frame.get("compute", pd.Series([None] * len(frame))).map(_largest)
    out["bus"] = frame.get("satellites_by_bus", pd.Series([None] * len(frame))).map(_largest)
    out["vehicle"] = frame.get("launches", pd.Series([None] * len(frame))).map(_largest)
    return out.sort_values("world").reset_index(drop=True)


def _largest(encoded: Any) -> str | None:
    """The key with the largest count of a JSON-encoded {name: count} (ties: the first in name order)."""
    if not isinstance(encoded, str):
        return None
    counts = json.loads(encoded)
    return max(sorted(counts), key=lambda k: counts[k]) if counts else None


# -- statistics --------------------------------------------------------------------------------------------------------
def percentile_interval(values: np.ndarray, p: float, confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """(estimate, low, high) of the p-th quantile (0 < p < 1): order statistics (module docstring)."""
    from scipy.stats import binom

    x = np.sort(np.asarray(values, dtype=float))
    n = len(x)
    k = min(max(math.ceil(p * n), 1), n)
    lo = int(binom.ppf((1 - confidence) / 2, n, p))
    hi = int(binom.ppf((1 + confidence) / 2, n, p)) + 1
    return float(x[k - 1]), float(x[max(lo, 1) - 1]), float(x[min(hi, n) - 1])


def probability_interval(k: int, n: int, confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """(k / n, low, high): Wilson's score interval."""
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(confidence_level=confidence, method="wilson")
    return k / n, float(ci.low), float(ci.high)


def _stats(values: np.ndarray) -> dict[str, Any]:
    out: dict[str, Any] = {"n": int(len(values)), "mean": float(np.mean(values))}
    for p in PERCENTILES:
        est, lo, hi = percentile_interval(values, p / 100)
        out[f"p{p}"] = {"value": est, "low": lo, "high": hi}
    return out


def _probability(flags: np.ndarray) -> dict[str, Any]:
    value, lo, hi = probability_interval(int(flags.sum()), len(flags))
    return {"value": value, "low": lo, "high": hi, "n": int(len(flags))}


def summarize(mc: MonteCarlo) -> dict[str, Any]:
    """Per case: cost per EFLOP and its ratio to each ground archetype (percentiles with intervals), the probability
    that orbit is cheaper than each archetype, the frequency of each design choice; between cases: the ratio and
    the probability that each is cheaper, paired by world."""
    res = mc.results
    out: dict[str, Any] = {"inputs": mc.inputs, "method": mc.method, "seed": mc.seed, "worlds": int(len(mc.samples)), "mode": mc.mode,
                           "confidence": CONFIDENCE, "cases": {}, "pairs": {}}
    ok = res[res["status"].isin(OK)]
    for case, rows in res.groupby("case", sort=False):
        good = ok[ok["case"] == case]
        entry: dict[str, Any] = {"label": mc.labels.get(str(case), str(case)), "inputs_used": mc.used.get(str(case), []), "worlds_ok": int(len(good)),
                                 "worlds_failed": int(len(rows) - len(good))}
        if len(good) < len(rows):
            entry["failures"] = rows[~rows["status"].isin(OK)]["status"].value_counts().to_dict()
        if mc.mode == "fixed design" and len(good):
            entry["p_design_violates"] = _probability((good["status"] == "infeasible").to_numpy())
        if len(good) >= 2:
            entry["cost_per_eflop_usd"] = _stats(good["cost_per_eflop_usd"].to_numpy())
            for col in [c for c in good.columns if c.startswith("ground_cost_per_eflop_usd[")]:
                b = col[len("ground_cost_per_eflop_usd["):-1]
                ratio = (good["cost_per_eflop_usd"] / good[col]).to_numpy()
                entry.setdefault("vs_ground", {})[b] = {"ratio": _stats(ratio), "p_orbit_cheaper": _probability(ratio < 1.0)}
            entry["choices"] = {what: good[what].value_counts(normalize=True).round(6).to_dict() for what in ("orbit", "chip", "bus", "vehicle")
                                if what in good and good[what].notna().any()}
        out["cases"][str(case)] = entry
    cases = list(out["cases"])
    for i, a in enumerate(cases):
        for b in cases[i + 1:]:
            left = ok[ok["case"] == a].set_index("world")["cost_per_eflop_usd"]
            right = ok[ok["case"] == b].set_index("world")["cost_per_eflop_usd"]
            both = left.index.intersection(right.index)
            if len(both) < 2:
                continue
            ratio = (left.loc[both] / right.loc[both]).to_numpy()
            out["pairs"][f"{a} / {b}"] = {"ratio": _stats(ratio), f"p_{a}_cheaper": _probability(ratio < 1.0)}
    return out


def probability_text(p: dict[str, Any]) -> str:
    """A summarized probability as ``4.0% (2.9%-5.5%)``: the estimate and its interval."""
    return f"{p['value']:.1%} ({p['low']:.1%}-{p['high']:.1%})"


def summary_text(s: dict[str, Any]) -> str:
    """The summary in words: per case, the cost per EFLOP and the ratio to each archetype (10/50/90th percentiles),
    the probability of beating each, the design choices; then each pair of cases."""
    def pct(stat: dict[str, Any], fmt: str) -> str:
        return ", ".join(f"p{p} {format(stat[f'p{p}']['value'], fmt)}" for p in PERCENTILES)

    lines = [f"{s['worlds']:,} worlds ({s['method']}, seed {s['seed']}, inputs {s['inputs']}), {s['mode']}; intervals at {s['confidence']:.0%}"]
    for case, e in s["cases"].items():
        done = "optimal" if s["mode"] == "re-optimized" else "evaluated"
        lines.append(f"{case}: {e['worlds_ok']:,} worlds {done}" + (f", {e['worlds_failed']:,} not ({e.get('failures')})" if e["worlds_failed"] else "")
                     + f"; {len(e['inputs_used'])} inputs apply")
        if "p_design_violates" in e:
            lines.append(f"  the fixed design violates a constraint (would not work as built) in {probability_text(e['p_design_violates'])} of the worlds")
        if "cost_per_eflop_usd" not in e:
            continue
        lines.append(f"  cost per EFLOP (USD): {pct(e['cost_per_eflop_usd'], '.4g')}")
        for b, v in e.get("vs_ground", {}).items():
            lines.append(f"  vs {b:<24} ratio {pct(v['ratio'], '.3f')}; P(orbit cheaper) {probability_text(v['p_orbit_cheaper'])}")
        for what, freq in e.get("choices", {}).items():
            lines.append(f"  {what:<7} " + ", ".join(f"{k} {f:.0%}" for k, f in list(freq.items())[:4]))
    for pair, v in s["pairs"].items():
        a = pair.split(" / ")[0]
        lines.append(f"{pair}: ratio {pct(v['ratio'], '.3f')}; P({a} cheaper) {probability_text(v[f'p_{a}_cheaper'])}")
    return "\n".join(lines)


def write_uncertainty(mc: MonteCarlo, out_dir: str | Path) -> list[Path]:
    """samples.parquet/.csv, results.parquet/.csv, summary.json and the ratio chart in ``out_dir`` (atomic writes)."""
    from synth.atomic import atomic_path, write_atomic
    from synth.result import provenance, strict_json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in (("samples", mc.samples), ("results", mc.results)):
        write_atomic(out / f"{name}.csv", frame.to_csv(index=False))
        with atomic_path(out / f"{name}.parquet") as tmp:
            frame.to_parquet(tmp, index=False)
        paths += [out / f"{name}.csv", out / f"{name}.parquet"]
    s = mc.summary()
    write_atomic(out / "summary.json", strict_json({"summary": s, "provenance": provenance()}) + "\n")
    paths.append(out / "summary.json")
    paths.append(ratio_chart(mc.results, out / "ratio_cdf.png"))
    paths.append(choices_chart(s, out / "choices.png"))
    return paths


def choices_chart(s: dict[str, Any], path: Path) -> Path:
    """How often each orbit, chip, bus and vehicle is optimal, per case: stacked horizontal bars (share of worlds)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    bars = [(f"{case}: {what}", freq) for case, e in s["cases"].items() for what, freq in e.get("choices", {}).items()]
    fig, ax = plt.subplots(figsize=(8, 0.5 + 0.45 * max(len(bars), 1)))
    cmap = plt.get_cmap("tab20")
    colours = [cmap(k / 20) for k in range(20)]
    for y, (_, freq) in enumerate(bars):
        left = 0.0
        for k, (name, share) in enumerate(freq.items()):
            ax.barh(y, share, left=left, color=colours[k % len(colours)], edgecolor="white")
            if share >= 0.12:
                ax.text(left + share / 2, y, f"{name} {share:.0%}", ha="center", va="center", fontsize=7)
            left += share
    ax.set_yticks(range(len(bars)), [b[0] for b in bars])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of worlds in which the choice is optimal")
    ax.set_title("Design choices over the sampled worlds")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def ratio_chart(results: pd.DataFrame, path: Path, labels: dict[str, str] | None = None, colours: dict[str, str] | None = None) -> Path:
    """The CDF of each case's ratio to its cheapest ground archetype per world, with the parity line; ``labels`` and
    ``colours`` name and colour the cases (a report's contenders)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5))
    ok = results[results["status"].isin(OK)]
    ground = [c for c in ok.columns if c.startswith("ground_cost_per_eflop_usd[")]
    for case, rows in ok.groupby("case", sort=False):
        if rows.empty or not ground:
            continue
        ratio = np.sort((rows["cost_per_eflop_usd"] / rows[ground].min(axis=1)).to_numpy())
        ax.step(ratio, np.arange(1, len(ratio) + 1) / len(ratio), where="post", label=(labels or {}).get(str(case), str(case)),
                color=(colours or {}).get(str(case)))
    ax.axvline(1.0, color="0.3", linestyle="--", label="parity with the ground")
    ax.set_xscale("log")
    ax.set_xlabel("orbit's cost per delivered EFLOP / the cheapest ground archetype's (same world)")
    ax.set_ylabel("share of worlds at or below")
    ax.set_title("How sure are we: the ratio to the ground over the sampled worlds")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


__all__ = ["MonteCarlo", "applicable", "percentile_interval", "probability_interval", "probability_text", "run_uncertainty", "summarize", "summary_text",
           "world_values", "write_uncertainty"]
