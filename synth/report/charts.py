"""Report charts (matplotlib, PNG): budgets side by side, launch manifests, tornado charts. One colour per
architecture throughout; axes carry units."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synth.plot import literal_text

ARCHITECTURE_COLOURS = ["#1f5fa8", "#d4701c", "#2e8b57", "#8e44ad"]
ITEM_COLOURS = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd", "#2f4b7c"]
GROUND = "#7a7a7a"


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(fig, path: Path) -> Path:
    fig.savefig(path, dpi=130, bbox_inches="tight")
    _plt().close(fig)
    return path


@literal_text
def stacked_budget(results: list[dict[str, Any]], budget: str, scale: float, unit: str, title: str, path: Path,
                   items: list[str] | None = None) -> Path:
    """One stacked bar per architecture, one colour per budget item."""
    plt = _plt()
    names = [r["case"]["name"] for r in results]
    items = items or sorted({k for r in results for k in r["budgets"][budget] if k != "total"},
                            key=lambda k: -max(r["budgets"][budget].get(k, 0.0) for r in results))
    fig, ax = plt.subplots(figsize=(6.8, 4.0))
    bottoms = [0.0] * len(results)
    for i, item in enumerate(items):
        heights = [max(r["budgets"][budget].get(item, 0.0), 0.0) / scale for r in results]
        if not any(heights):
            continue
        ax.bar(names, heights, bottom=bottoms, color=ITEM_COLOURS[i % len(ITEM_COLOURS)], label=item.replace("_", " "), width=0.55)
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    ax.set_ylabel(unit)
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=7, bbox_to_anchor=(1.02, 1), loc="upper left")
    ax.grid(True, axis="y", alpha=0.3)
    return _save(fig, path)


@literal_text
def cost_per_eflop(results: list[dict[str, Any]], path: Path) -> Path:
    """Cost per delivered EFLOP of each architecture beside its terrestrial equivalent."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.8, 3.6))
    names = [r["case"]["name"] for r in results]
    orbit = [r["kpi"]["cost_per_eflop_usd"] for r in results]
    ground = [r["kpi"]["terrestrial_cost_per_eflop_usd"] for r in results]
    x = range(len(names))
    ax.bar([i - 0.2 for i in x], orbit, width=0.4, color=[ARCHITECTURE_COLOURS[i % 4] for i in x], label="in orbit (optimal design)")
    ax.bar([i + 0.2 for i in x], ground, width=0.4, color=GROUND, label="terrestrial data center, same compute")
    ax.set_xticks(list(x), names)
    ax.set_ylabel("USD per delivered EFLOP (1e18 FLOP)")
    ax.set_title("Cost per delivered FLOP", fontsize=10)
    ax.legend(fontsize=8)
    ax.grid(True, axis="y", alpha=0.3)
    return _save(fig, path)


@literal_text
def manifest(results: list[dict[str, Any]], path: Path) -> Path:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.8, 3.2))
    labels, counts, colours = [], [], []
    for i, r in enumerate(results):
        for vehicle, n in r["design"]["launches"].items():
            labels.append(f"{r['case']['name']}\n{vehicle}")
            counts.append(n)
            colours.append(ARCHITECTURE_COLOURS[i % 4])
    ax.barh(labels, counts, color=colours)
    for y, n in enumerate(counts):
        ax.text(n, y, f" {n:,}", va="center", fontsize=8)
    ax.set_xlabel("launches")
    ax.set_title("Launch manifest", fontsize=10)
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
