"""Report charts (matplotlib, PNG): the verdict, the cost waterfall, budgets side by side, launch manifests, tornado
charts. One colour per contender throughout (the ground grey); axes carry units."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synth.plot import literal_text

ARCHITECTURE_COLOURS = ["#1f5fa8", "#d4701c", "#2e8b57", "#8e44ad"]
GROUND = "#7a7a7a"


def contender_colours(cases: list[str]) -> dict[str, str]:
    """One colour per architecture, by its case name in sorted order, so a case keeps its colour in every report and
    in the explorer whatever order it is given in (blue_origin blue, spacex orange)."""
    return {c: ARCHITECTURE_COLOURS[i % len(ARCHITECTURE_COLOURS)] for i, c in enumerate(sorted(set(cases)))}


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # type a reader can read when the page scales the chart down (a phone shows a 6.8 in chart at ~55 %)
    plt.rcParams.update({"font.size": 10, "axes.titlesize": 11, "axes.labelsize": 10, "legend.fontsize": 9, "xtick.labelsize": 9.5,
                         "ytick.labelsize": 9.5})
    return plt


def _save(fig, path: str | Path, dpi: int = 130) -> Path:
    path = Path(path)
    fig.savefig(path, dpi=dpi, bbox_inches="tight")
    _plt().close(fig)
    return path


@literal_text
def manifest(results: list[dict[str, Any]], path: Path, labels: list[str], colours: list[str]) -> Path:
    """Launches per vehicle, one colour per contender."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.8, 0.5 * sum(len(r["design"]["launches"]) for r in results) + 1.2))
    rows, counts, shades = [], [], []
    for r, label, colour in zip(results, labels, colours, strict=True):
        for vehicle, n in r["design"]["launches"].items():
            rows.append(f"{label}\n{vehicle}")
            counts.append(n)
            shades.append(colour)
    ax.barh(rows, counts, color=shades)
    for y, n in enumerate(counts):
        ax.text(n, y, f" {n:,}", va="center")
    ax.invert_yaxis()
    ax.set_xlim(0, max(counts, default=1) * 1.15)
    ax.set_xlabel("launches")
    ax.grid(True, axis="x", alpha=0.3)
    return _save(fig, path)


@literal_text
def tornado(name: str, swings: list[Any], base: float, colour: str, path: Path) -> Path:
    """Bars from the base cost per EFLOP to the re-optimized low/high values of each input."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.8, 0.5 * len(swings) + 1.4))
    for y, s in enumerate(reversed(swings)):
        for value, label, shade, offset in ((s.low_cost_per_eflop_usd, s.low_label, 0.45, -0.17), (s.high_cost_per_eflop_usd, s.high_label, 0.9, 0.17)):
            if value is None:
                ax.text(base, y + offset, f" {label}: no feasible design", va="center", fontsize=7, color="#c0392b")
                continue
            ax.barh(y + offset, value - base, left=base, color=colour, alpha=shade, height=0.32)
            ax.text(value, y + offset, f" {label} " if value >= base else f"{label} ", va="center", fontsize=7, ha="left" if value >= base else "right")
    ax.margins(x=0.3)
    ax.axvline(base, color="black", lw=0.8)
    ax.set_yticks(range(len(swings)), [s.name for s in reversed(swings)])
    ax.set_xlabel("re-optimized cost per delivered EFLOP (USD per 1e18 FLOP); light: low value, dark: high value")
    ax.set_title(f"{name}: what moves cost per FLOP most", fontsize=10)
    ax.grid(True, axis="x", alpha=0.3)
    return _save(fig, path)


def _money_ticks(ax, axis: str = "x") -> None:
    from matplotlib.ticker import FuncFormatter

    from synth.fmt import usd

    (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(FuncFormatter(lambda v, _: usd(v, 3)))


@literal_text
def contenders(bars: list[tuple[str, float, float, str]], path: Path) -> Path:
    """The verdict's chart: one horizontal bar per contender (name, low, high, colour), cost per delivered EFLOP; a
    contender with a range (the ground over its archetypes) has its bar at the low end and the range drawn on it."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.8, 0.4 * len(bars) + 0.75))
    for y, (_name, low, high, colour) in enumerate(reversed(bars)):
        ax.barh(y, low, color=colour, height=0.7)
        if high > low:
            ax.plot([low, high], [y, y], color="black", lw=2)
            ax.text(high, y, f"  {_usd(low)} to {_usd(high)}", va="center", fontsize=10)
        else:
            ax.text(low, y, f"  {_usd(low)}", va="center", fontsize=10)
    ax.set_yticks(range(len(bars)), [b[0] for b in reversed(bars)])
    ax.set_xlim(0, max(b[2] for b in bars) * 1.3)
    _money_ticks(ax)
    ax.set_xlabel("USD per delivered EFLOP (10^18 FLOP of work)")
    ax.grid(True, axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    return _save(fig, path)


def _usd(value: float) -> str:
    from synth.fmt import usd

    return usd(value, 3)


@literal_text
def waterfall(steps: list[tuple[str, float, str]], path: Path) -> Path:
    """A cost waterfall: totals (name, value, colour) stand on the axis in their contender's colour; the steps between
    them (name, change, "") float from the running total, grey, labelled with their signed change."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.8, 0.36 * len(steps) + 1.2))
    running = 0.0
    for y, (_name, value, colour) in enumerate(steps):
        if colour:
            ax.barh(y, value, color=colour, height=0.7)
            ax.text(value, y, f"  {_usd(value)}", va="center", fontsize=9, fontweight="bold")
            running = value
        else:
            left = running if value >= 0 else running + value
            ax.barh(y, abs(value), left=left, color="#9a9a9a" if value >= 0 else "#c9c9c9", height=0.6, edgecolor="#555555", lw=0.5)
            ax.text(left + abs(value), y, f"  {'+' if value >= 0 else '-'}{_usd(abs(value))}", va="center", fontsize=8.5)
            running += value
    ax.set_yticks(range(len(steps)), [s[0] for s in steps])
    ax.invert_yaxis()
    ax.set_xlim(0, max(max(s[1] for s in steps if s[2]), running) * 1.25)
    _money_ticks(ax)
    ax.set_xlabel("USD per delivered EFLOP")
    ax.grid(True, axis="x", alpha=0.3)
    return _save(fig, path)


@literal_text
def category_bars(sides: list[tuple[str, dict[str, float], str]], path: Path, xlabel: str = "USD per delivered EFLOP", money: bool = True,
                  title: str = "") -> Path:
    """Each contender's figures by category (or item) side by side: one group per category, one bar per contender
    in its colour."""
    plt = _plt()
    categories = [c for c in sides[0][1] if any(s[1].get(c, 0.0) for s in sides)]
    fig, ax = plt.subplots(figsize=(6.8, 0.3 * len(categories) * len(sides) + 1.4))
    height = 0.8 / len(sides)
    for i, (name, values, colour) in enumerate(sides):
        ax.barh([y + (i - (len(sides) - 1) / 2) * height for y in range(len(categories))], [values.get(c, 0.0) for c in categories],
                height=height, color=colour, label=name)
    ax.set_yticks(range(len(categories)), categories)
    ax.invert_yaxis()
    if money:
        _money_ticks(ax)
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title)
    ax.legend(loc="lower right")
    ax.grid(True, axis="x", alpha=0.3)
    return _save(fig, path)


@literal_text
def indices(rows: list[dict[str, Any]], method: str, name: str, colour: str, path: Path) -> Path:
    """A synth sensitivity output's indices for one contender, in its colour: Sobol, the total index ST (dark) and
    the first-order S1 (light) per factor with their 95 % intervals; Morris, mu* with its interval. Largest on top."""
    plt = _plt()
    key = "ST" if method == "sobol" else "mu_star"
    ranked = sorted(rows, key=lambda r: r[key])
    fig, ax = plt.subplots(figsize=(6.8, 0.32 * len(ranked) + 1.3))
    y = list(range(len(ranked)))
    if method == "sobol":
        ax.barh([v + 0.2 for v in y], [r["ST"] for r in ranked], height=0.4, xerr=[r["ST_conf"] for r in ranked], color=colour, capsize=2,
                label="total ST (with interactions)")
        ax.barh([v - 0.2 for v in y], [r["S1"] for r in ranked], height=0.4, xerr=[r["S1_conf"] for r in ranked], color=colour, alpha=0.45,
                capsize=2, label="first order S1 (alone)")
        ax.set_xlabel("share of the variance of cost per delivered EFLOP (95 % intervals)")
        ax.legend(loc="lower right")
    else:
        ax.barh(y, [r["mu_star"] for r in ranked], height=0.6, xerr=[r["mu_star_conf"] for r in ranked], color=colour, capsize=2)
        ax.set_xlabel("Morris mu*: mean |elementary effect| on cost per EFLOP (95 % intervals)")
    ax.set_yticks(y, [str(r["label"]) for r in ranked])
    ax.axvline(0.0, color="0.3", lw=0.8)
    ax.set_title(f"{name}: what drives the answer")
    ax.grid(True, axis="x", alpha=0.3)
    return _save(fig, path)
