"""Pictures of sweep, Pareto and break-even results (matplotlib, PNG and SVG), axes labelled with units and the
terrestrial baseline drawn as a reference."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pandas as pd

from synth.errors import input_error

ORBIT_COLOUR = "#1f5fa8"
GROUND_COLOUR = "#7a7a7a"

_TOKENS = {"usd": "USD", "kg": "kg", "t": "t", "km": "km", "m": "m", "mw": "MW", "kw": "kW", "w": "W", "wh": "Wh",
           "kwh": "kWh", "m2": "m²", "m3": "m³", "k": "K", "years": "years", "year": "year", "deg": "deg", "s": "s",
           "h": "h", "min": "min", "krad": "krad", "l": "L"}


def literal_text(draw):
    """Run a chart function with matplotlib's mathtext off, so that names users wrote ('$x$', 'a_b^c') are shown
    as written: a stray '$' made the text a formula that failed to parse when the chart was saved."""
    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        import matplotlib

        with matplotlib.rc_context({"text.parse_math": False}):
            return draw(*args, **kwargs)

    return wrapper


def _unit_of(field: str) -> str | None:
    """Unit carried by a field name: 'mass_kg' -> kg, 'price_usd_per_kg' and 'price_per_kg_usd' -> USD/kg,
    'operations_usd_per_kw_year' -> USD/kW/year, 'failures_per_krad' -> per krad."""
    if "_per_" not in field:
        return _TOKENS.get(field.rsplit("_", 1)[-1]) if "_" in field else None
    head, tail = field.split("_per_", 1)
    tail_tokens = tail.split("_")
    head_unit = _TOKENS.get(head.rsplit("_", 1)[-1])
    if head_unit is None and len(tail_tokens) >= 2 and tail_tokens[-1] in _TOKENS:
        return f"{_TOKENS[tail_tokens[-1]]}/{'/'.join(_TOKENS.get(t, t) for t in tail_tokens[:-1])}"
    denominator = "/".join(_TOKENS.get(t, t) for t in tail_tokens)
    return f"{head_unit}/{denominator}" if head_unit else f"per {denominator}"


def label_for(path: str) -> str:
    """Axis label of a parameter path, with the unit its field name carries (a range's min/max: its parent's)."""
    parts = path.split(".")
    field = parts[-2] if parts[-1] in ("min", "max") and len(parts) > 1 else parts[-1]
    unit = _unit_of(field)
    return f"{path} ({unit or '-'})"


#: image formats written (they become file extensions)
FORMATS = ("png", "svg", "pdf")
#: longest user text (a sweep or case name, a path) put in a title or label
MAX_LABEL_CHARS = 80


@literal_text
def plot_results(directory: str | Path, formats: tuple[str, ...] = ("png", "svg")) -> list[Path]:
    """Draw whatever result ``directory`` holds (a sweep, a Pareto front, a break-even search). Names and paths
    in titles and labels are shown as written (no mathtext), shortened to MAX_LABEL_CHARS."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.fonttype"] = "none"  # keep SVG text as text: searchable, and smaller files
    import matplotlib.pyplot as plt

    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown or not formats:
        raise input_error("--format", ",".join(formats), f"unknown image format {', '.join(map(repr, unknown)) or '(none)'}; allowed: {', '.join(FORMATS)}")
    d = Path(directory)
    if (d / "pareto.json").exists():
        fig, name = _pareto(_read_parquet(d / "pareto.parquet"), _read_json(d / "pareto.json")), "pareto"
    elif (d / "sweep.json").exists() and (d / "results.parquet").exists():
        fig, name = _sweep(_read_parquet(d / "results.parquet"), _read_json(d / "sweep.json")), "sweep"
    elif (d / "breakeven.json").exists():
        fig, name = _breakeven(_read_json(d / "breakeven.json")), "breakeven"
    else:
        raise input_error(d, None, "holds no sweep (sweep.json + results.parquet), Pareto front (pareto.json) or break-even (breakeven.json)")
    paths = []
    for fmt in formats:
        path = d / f"{name}.{fmt}"
        fig.savefig(path, dpi=150, bbox_inches="tight")
        paths.append(path)
    plt.close(fig)
    return paths


def _read_json(path: Path) -> dict:
    """A JSON result file; an InputError (exit 2) naming it when it is unreadable or corrupt."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise input_error(path, None, f"not valid JSON ({exc.msg}); run the command that wrote it again", exc.lineno) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise input_error(path, None, f"cannot read file: {exc}") from None


def _read_parquet(path: Path) -> pd.DataFrame:
    """A Parquet result table; an InputError (exit 2) naming it when it is missing or corrupt."""
    try:
        return pd.read_parquet(path)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise input_error(path, None, f"not a readable Parquet file ({exc}); run the command that wrote it again") from None


def _short(text: object) -> str:
    """User text for a title or label: one line of printable characters (others shown as U+FFFD; a NUL would
    make the SVG invalid XML), at most MAX_LABEL_CHARS (a 10,000-character name would make a figure wider than
    any image format allows)."""
    line = "".join(c if c.isprintable() else "\ufffd" for c in " ".join(str(text).split()))
    return line if len(line) <= MAX_LABEL_CHARS else line[: MAX_LABEL_CHARS - 1] + "…"


def _sweep(frame: pd.DataFrame, meta: dict):
    import matplotlib.pyplot as plt

    params = [c for c in frame.columns if c.startswith("param:")]
    ok = frame[frame["status"] == "optimal"]
    fig, ax = plt.subplots(figsize=(7.5, 4.5))
    x = params[0]
    if len(params) == 2 and ok[params[1]].nunique() <= 8:
        for value, group in ok.groupby(params[1]):
            group = group.sort_values(x)
            ax.plot(group[x], group["cost_per_eflop_usd"], marker="o", ms=3, label=f"orbit, {_short(params[1].removeprefix('param:'))} = {value:g}")
    elif len(params) == 1:
        ok = ok.sort_values(x)
        ax.plot(ok[x], ok["cost_per_eflop_usd"], marker="o", ms=3, color=ORBIT_COLOUR, label="orbit (optimal design)")
    else:
        ax.scatter(ok[x], ok["cost_per_eflop_usd"], s=8, color=ORBIT_COLOUR, label="orbit (optimal design)")
    groups = ok.groupby(params[1]) if len(params) == 2 and ok[params[1]].nunique() <= 8 else [(None, ok)]
    for k, (_, group) in enumerate(groups):  # one ground line per curve, so groups do not zigzag into one line
        group = group.sort_values(x)
        ax.plot(group[x], group["terrestrial_cost_per_eflop_usd"], ls="--", color=GROUND_COLOUR, lw=1,
                label="terrestrial data center, same compute" if k == 0 else None)
    failed = frame[frame["status"] != "optimal"]
    if len(failed):
        ax.plot([], [], " ", label=f"{len(failed)} point(s) not optimal (see results.csv)")
    values = frame[x]
    if (values > 0).all() and values.max() / values.min() > 20:
        _log_x(ax)
    ax.set_xlabel(_short(label_for(x.removeprefix("param:"))))
    ax.set_ylabel("cost per delivered EFLOP (USD per 1e18 FLOP)")
    ax.set_title(f"sweep {_short(meta.get('name', ''))}: {_short(meta.get('base_case', ''))}", fontsize=10)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    return fig


def _log_x(ax) -> None:
    """A log x axis with plain tick labels (1, 10, 100), which stay legible with mathtext off (literal_text)."""
    from matplotlib.ticker import FuncFormatter, NullFormatter

    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())


def _pareto(front: pd.DataFrame, meta: dict):
    import matplotlib.pyplot as plt

    second = meta["objectives"][1]
    column = meta.get("second_column", second)
    unit = meta.get("second_unit", "")
    fig, ax = plt.subplots(figsize=(7.5, 4.5))
    front = front.sort_values(column)
    scale = 1.0
    if unit == "kg":  # launched mass reads in tonnes
        scale, unit = 1000.0, "t"
    ax.plot(front[column] / scale, front["cost_per_eflop_usd"], marker="o", color=ORBIT_COLOUR, label="Pareto front (each point optimal for its epsilon)")
    best = front.loc[front["cost_per_eflop_usd"].idxmin()]
    ax.axhline(best["terrestrial_cost_per_eflop_usd"], ls="--", color=GROUND_COLOUR, label="terrestrial, compute of the cheapest design")
    ax.set_xlabel(f"{second.replace('_', ' ')} ({unit}, {meta.get('second_sense', 'min')}imize)")
    ax.set_ylabel("cost per delivered EFLOP (USD per 1e18 FLOP)")
    ax.set_title(f"Pareto front, case {_short(meta['case']['name'])}", fontsize=10)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    return fig


def _breakeven(result: dict):
    import matplotlib.pyplot as plt

    probes = pd.DataFrame(result["probes"]).sort_values("value")
    fig, ax = plt.subplots(figsize=(7.5, 4.5))
    ax.plot(probes["value"], probes["orbit_cost_per_eflop_usd"], marker="o", color=ORBIT_COLOUR, label="orbit (re-optimized)")
    ax.plot(probes["value"], probes["against_cost_per_eflop_usd"], marker="s", ls="--", color=GROUND_COLOUR, label=f"against: {_short(result['against'])}")
    if result.get("found"):
        ax.axvline(result["value"], color="#c0392b", lw=1, label=f"break-even {result['value']:.4g}")
    if (probes["value"] > 0).all() and probes["value"].max() / probes["value"].min() > 20:
        _log_x(ax)
    ax.set_xlabel(_short(label_for(result["parameter"])))
    ax.set_ylabel("cost per delivered EFLOP (USD per 1e18 FLOP)")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    return fig
