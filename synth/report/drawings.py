"""Drawings of a solved design for the report (matplotlib, PNG): one unit to scale, and the deployment timeline.

Each drawing is made from a small JSON-able dict (``unit_geometry``, ``deployment_schedule``) computed from a solved
result (the JSON of ``synth solve --out DIR``/result.json, or a stored reference of tests/reference/) and the
resolved case; the PNG only draws that dict, so the numbers can be checked without looking at pixels.

**One unit** (one satellite or one platform module), per-unit figures from the design's totals:

    units share the design's IT power in proportion to their IT power cap cap_k (kW, BusCoefficients.cap_kw):
        IT_k  = IT_g cap_k / sum_{j in g} cap_j n_j                                     [kW per unit of bus k]
    with g the unit's group: the bottom-up units carry IT_BU = kpi.it_power_w - design.it_power_on_top_down_units_w,
    the top-down units IT_TD = design.it_power_on_top_down_units_w (capacities pool across bus types in the model,
    so for a mixed design this split is a reading, not a model output; exact for one bus type: IT_k = IT / n_k);
        A_k   = A IT_k / IT_BU,   R_k = R IT_k / IT_BU,   E_k = E IT_k / IT_BU           [m2, m2, kWh per unit]
    (array area A, radiator area R and battery energy E are the design's own, carried by bottom-up units only);
        c_k,m = N_m,g IT_k / IT_g                                                        [modules of type m per unit]
    with N_m,g the modules of type m in group g (top-down: it_power_on_top_down_units_by_compute_w[m] / P_m);
        M_k   = m_bus,k + (M - M_bus) IT_k / IT                                          [kg per unit]
    with M the launched mass (budgets.mass_kg.total), M_bus the design's bus mass (budgets.mass_kg.bus) and
    m_bus,k one unit's bus mass (dry_mass_kg, or cap_k / sp_k for a top-down unit): exact for one bus type, where
    M_k = M / n_k.

The drawn unit is the bus type whose unit carries most IT (ties: the most units); the others are listed. Plan view,
to scale, in metres:

    array: two wings, each of area A_k / 2, length L = sqrt(A_k) along x and width L / 2:  2 x L x L/2 = A_k
    radiator: two square panels, each of side sqrt(R_k / 2) along y:                      2 x (R_k / 2) = R_k
    bus: a square of side V_bus^(1/3) (a cube of its stowed volume, m3)
    compute: a square of side (sum_m c_k,m v_m)^(1/3), a cube of its stowed volume (v_m: the catalog's
             stowed_volume_m3 per module), drawn on the bus

A top-down unit's arrays and radiators are inside its all-in figures: the design's areas do not cover it. With
``top_down.array_power_bol_w`` the array is drawn from it, A_TD = P_BOL / p_BOL with p_BOL = S eta k_pack k_point
(W/m2, synth.physics.power.array_bol_w_per_m2) of the design's array technology or else the case's first candidate;
a stated ``specific_power_w_per_kg`` gives no area and the array is not drawn. Its radiators are never drawn.

**Deployment** (``deployment_schedule``): the manifest ``design.launches`` flown at the cadence limit c =
``limits.max_launches_per_year`` over ``limits.deployment_years`` D. The launch vehicles catalog holds no cadence of
its own per vehicle, so the case's limit is the only one. Year i (from 1) flies

    L_i = min(N, floor(c min(i, D))) - sum_{j<i} L_j                                    [launches]

so the launches flown by the end of each year never exceed c x the years elapsed, as the model's row
launch_cadence (N <= c D) bounds them; with a whole c no year exceeds c, and the years are ceil(N / c) <= ceil(D).
Without a cadence limit the N launches are spread evenly over D years (c = N / D). A manifest larger than c D
(never for an optimal design) overflows into later years, flagged ``fits: false``. Each year's launches are split
among vehicles in proportion to the manifest, one launch at a time to the vehicle furthest behind its share (so
every vehicle's yearly launches sum to its manifest count exactly).

IT power in service at the end of year i, units brought into service as their mass is launched (each flight of
vehicle v carries its payload m_v to the orbit's launch class, kg):

    P_i = P_IT sum_v L_v,<=i m_v / sum_v n_v m_v                                         [W]

(for one vehicle: the share of launches flown). Assembly, commissioning and failures are not counted.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from synth.case import ResolvedCase, load_case
from synth.physics.power import array_bol_w_per_m2
from synth.plot import literal_text
from synth.report.charts import _plt
from synth.report.charts import _save as save_chart

ARRAY_COLOUR = "#4a6fa5"  # parts in neutral blues and greys; the contender's colour marks the compute and the title
RADIATOR_COLOUR = "#b8bec6"
BUS_COLOUR = "#555555"
EDGE = "#222222"
FONT = 8  # pt, the smallest text in every drawing
WIDTH_IN = 6.8  # report width (in)


def case_of(result: dict[str, Any]) -> ResolvedCase:
    """The resolved case of a result: result.json's ``case`` block (file, else the absolute path, with its --set
    overrides) or a stored reference's ``case`` path."""
    case = result["case"]
    if isinstance(case, str):
        return load_case(case)
    file = case["file"]
    if not Path(file).exists() and case.get("path"):
        file = case["path"]
    return load_case(file, overrides=(case.get("overrides") or {}).get("set") or None)


def _name(result: dict[str, Any], rc: ResolvedCase) -> str:
    case = result.get("case")
    return case["name"] if isinstance(case, dict) and "name" in case else rc.name


def _nice(length: float) -> float:
    """The largest 1, 2 or 5 x 10^k not above ``length`` (a scale bar's length)."""
    if length <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(length))
    return max(s * power for s in (1.0, 2.0, 5.0) if s * power <= length * (1 + 1e-12))


def _n(value: float, digits: int = 3) -> str:
    from synth.fmt import significant

    return significant(value, digits)


# --------------------------------------------------------------------------------------------------- one unit


def unit_geometry(result: dict[str, Any], rc: ResolvedCase | None = None) -> dict[str, Any]:
    """The unit drawn for ``result``: per-unit figures and the rectangles of its plan view (metres), with the
    arithmetic written out (module docstring for the rules)."""
    from synth.subsystems.buses import Buses

    rc = rc or case_of(result)
    design, kpi, budgets = result["design"], result["kpi"], result.get("budgets") or {}
    units: dict[str, int] = {k: int(n) for k, n in (design.get("satellites_by_bus") or {}).items() if n > 0}
    if not units:
        raise ValueError(f"{_name(result, rc)}: the design has no satellites or modules to draw")
    buses = rc.entries["buses"]
    co = Buses().coefficients(rc, {})  # caps, top-down specific power and bus mass per unit, as the model has them
    compute_entries = rc.entries["compute"]
    it_w = float(kpi["it_power_w"])
    td_w = float(design.get("it_power_on_top_down_units_w") or 0.0)
    td_by_compute = design.get("it_power_on_top_down_units_by_compute_w") or {}
    group_it = {True: td_w, False: it_w - td_w}
    group_cap = {g: sum(co.cap_kw[k] * n for k, n in units.items() if (buses[k].top_down is not None) == g) for g in (True, False)}
    modules_td = {m: td_by_compute.get(m, 0.0) / compute_entries[m].power_w for m in design.get("compute", {})}
    modules = {True: modules_td, False: {m: n - modules_td.get(m, 0.0) for m, n in design.get("compute", {}).items()}}

    def unit_it_w(k: str) -> float:
        g = buses[k].top_down is not None
        return group_it[g] * co.cap_kw[k] / group_cap[g] if group_cap[g] > 0 else 0.0

    per_unit_it = {k: unit_it_w(k) for k in units}
    drawn = max(units, key=lambda k: (per_unit_it[k], units[k], k))
    bus = buses[drawn]
    top_down = bus.top_down is not None
    n = units[drawn]
    it_k = per_unit_it[drawn]
    group = group_it[top_down]
    notes: list[str] = []
    others: list[dict[str, Any]] = [{"bus": k, "units": units[k], "it_kw_per_unit": per_unit_it[k] / 1000.0, "top_down": buses[k].top_down is not None}
              for k in units if k != drawn]
    if others:
        notes.append("also " + ", ".join(f"{o['units']:,} x {o['bus']} ({_n(o['it_kw_per_unit'])} kW IT each)" for o in others)
                     + f"; drawn: {drawn}, the unit carrying most IT")
    share = it_k / group if group > 0 else 0.0  # this unit's share of its group's IT (and of its group's modules)
    arithmetic: dict[str, str] = {}
    one_type = len(units) == 1
    split = "" if one_type else f" x cap {_n(co.cap_kw[drawn])} kW / {_n(group_cap[top_down])} kW of caps"
    arithmetic["it_kw"] = f"{_n(group / 1000.0, 6)} kW of IT{split}" + (f" / {n:,} units" if one_type else "") + f" = {_n(it_k / 1000.0, 4)} kW"
    chips = {m: c * share for m, c in modules[top_down].items() if c * share > 0}
    arithmetic["compute"] = "; ".join(f"{_n(modules[top_down][m], 6)} x {m} x {_n(share, 4)} = {_n(c, 4)} per unit" for m, c in chips.items())

    array_m2: float | None
    radiator_m2: float | None
    battery_kwh: float | None
    array_tech: str | None = None
    array_source: str
    if not top_down:
        area_share = it_k / group if group > 0 else 0.0
        array_m2 = float(design.get("solar_array_area_m2") or 0.0) * area_share
        radiator_m2 = float(design.get("radiator_area_m2") or 0.0) * area_share
        battery_kwh = float(design.get("battery_energy_kwh") or 0.0) * area_share
        how = f" / {n:,} units" if one_type else f" x {_n(area_share, 4)} (its share of the bottom-up IT)"
        arithmetic["array_m2"] = f"{_n(float(design.get('solar_array_area_m2') or 0.0), 7)} m2{how} = {_n(array_m2, 4)} m2"
        arithmetic["radiator_m2"] = f"{_n(float(design.get('radiator_area_m2') or 0.0), 7)} m2{how} = {_n(radiator_m2, 4)} m2"
        techs = design.get("solar_array_area_by_technology_m2") or {}
        array_tech = max(techs, key=lambda t: techs[t]) if techs else None
        array_source = "the design's array area"
        radiator_source = "the design's radiator area"
    else:
        td = bus.top_down
        radiator_m2, battery_kwh = None, None
        radiator_source = "inside the top-down all-in figure: not drawn"
        if td.array_power_bol_w is not None:
            techs = design.get("solar_array_area_by_technology_m2") or {}
            array_tech = max(techs, key=lambda t: techs[t]) if techs else next(iter(rc.entries["solar_arrays"]), None)
            if array_tech is not None:
                sa = rc.entries["solar_arrays"][array_tech]
                orbit = rc.entries["orbits"][design["orbit"]]
                p_bol = array_bol_w_per_m2(sa.cell_efficiency, sa.packing_factor, sa.pointing_factor, orbit.solar_constant_w_per_m2)
                array_m2 = td.array_power_bol_w / p_bol
                array_source = (f"inside the top-down figure; area from its {_n(td.array_power_bol_w / 1000.0)} kW BOL array output at "
                                f"{_n(p_bol)} W/m2 ({array_tech})")
                arithmetic["array_m2"] = f"{_n(td.array_power_bol_w, 6)} W / {_n(p_bol, 5)} W/m2 = {_n(array_m2, 4)} m2"
            else:
                array_m2, array_source = None, "inside the top-down figure (no array technology to size it): not drawn"
        else:
            array_m2 = None
            array_source = "inside the top-down figure (stated W/kg, no array power): not drawn"

    mass_total = float(budgets.get("mass_kg", {}).get("total", kpi.get("launched_mass_kg", 0.0)))
    bus_total = float(budgets.get("mass_kg", {}).get("bus", sum(co.bus_t(buses[k], k) * 1000.0 * m for k, m in units.items())))
    bus_kg = co.bus_t(bus, drawn) * 1000.0
    if one_type:
        mass_kg = mass_total / n
    else:
        mass_kg = bus_kg + ((mass_total - bus_total) * it_k / it_w if it_w > 0 else 0.0)
    arithmetic["mass_t"] = (f"{_n(mass_total / 1000.0, 6)} t / {n:,} units = {_n(mass_kg / 1000.0, 4)} t" if one_type else
                            f"{_n(bus_kg / 1000.0)} t bus + ({_n(mass_total / 1000.0, 6)} - {_n(bus_total / 1000.0, 6)}) t x "
                            f"{_n(it_k / it_w if it_w else 0.0, 4)} (its share of the IT) = {_n(mass_kg / 1000.0, 4)} t")

    bus_side = bus.stowed_volume_m3 ** (1.0 / 3.0)
    compute_volume = sum(c * compute_entries[m].stowed_volume_m3 for m, c in chips.items())
    compute_side = compute_volume ** (1.0 / 3.0) if compute_volume > 0 else None
    shapes: list[dict[str, Any]] = []
    wing_length = wing_width = 0.0
    boom = bus_side / 2.0
    if array_m2:
        wing_length = math.sqrt(array_m2)
        wing_width = wing_length / 2.0
        x0 = bus_side / 2.0 + boom
        shapes.append({"part": "array", "x": x0, "y": -wing_width / 2.0, "w": wing_length, "h": wing_width})
        shapes.append({"part": "array", "x": -x0 - wing_length, "y": -wing_width / 2.0, "w": wing_length, "h": wing_width})
    panel = math.sqrt(radiator_m2 / 2.0) if radiator_m2 else 0.0
    if panel:
        y0 = bus_side / 2.0 + boom
        shapes.append({"part": "radiator", "x": -panel / 2.0, "y": y0, "w": panel, "h": panel})
        shapes.append({"part": "radiator", "x": -panel / 2.0, "y": -y0 - panel, "w": panel, "h": panel})
    shapes.append({"part": "bus", "x": -bus_side / 2.0, "y": -bus_side / 2.0, "w": bus_side, "h": bus_side})
    box = compute_side if compute_side is not None else bus_side / 2.0  # no stowed volume in the catalog: a box, not to scale
    if chips:
        shapes.append({"part": "compute", "x": -box / 2.0, "y": -box / 2.0, "w": box, "h": box})
    half_x = max(max(abs(s["x"]), abs(s["x"] + s["w"])) for s in shapes)
    half_y = max(max(abs(s["y"]), abs(s["y"] + s["h"])) for s in shapes)
    if top_down:
        notes.append(f"top-down unit ({drawn}): arrays and radiators are inside its all-in figures, not the design's areas")
    return {
        "case": _name(result, rc),
        "bus": drawn,
        "kind": bus.kind,
        "top_down": top_down,
        "units": n,
        "units_total": sum(units.values()),
        "others": others,
        "it_kw": it_k / 1000.0,
        "it_share": it_k * n / it_w if it_w > 0 else 0.0,
        "compute": chips,
        "compute_power_w": {m: compute_entries[m].power_w for m in chips},
        "compute_volume_m3": compute_volume,
        "compute_side_m": compute_side,
        "compute_to_scale": compute_side is not None or not chips,
        "array_m2": array_m2,
        "array_technology": array_tech,
        "array_source": array_source,
        "array_wing_m": {"length": wing_length, "width": wing_width} if array_m2 else None,
        "radiator_m2": radiator_m2,
        "radiator_source": radiator_source,
        "radiator_panel_side_m": panel or None,
        "battery_kwh": battery_kwh,
        "bus_volume_m3": bus.stowed_volume_m3,
        "bus_side_m": bus_side,
        "mass_t": mass_kg / 1000.0,
        "shapes": shapes,
        "extent_m": {"x": 2.0 * half_x, "y": 2.0 * half_y},
        "arithmetic": arithmetic,
        "notes": notes,
    }


def _chips_text(g: dict[str, Any]) -> str:
    out = []
    for m, c in g["compute"].items():
        count = f"{round(c):,}" if abs(c - round(c)) < 1e-6 else f"{_n(c, 4)} (average)"
        out.append(f"{count} x {m} ({_n(g['compute_power_w'][m])} W)")
    return ", ".join(out) or "no compute"


def unit_label(g: dict[str, Any]) -> list[str]:
    """The lines printed beside a unit drawing."""
    lines = [f"{g['bus']} ({g['kind'].replace('_', ' ')}{', top-down' if g['top_down'] else ''}), one of {g['units']:,}",
             f"IT power: {_n(g['it_kw'])} kW",
             f"compute: {_chips_text(g)}"]
    if g["compute_side_m"] is not None:
        lines.append(f"  box: a cube of its {_n(g['compute_volume_m3'])} m3 stowed volume")
    elif g["compute"]:
        lines.append("  box: not to scale (the catalog gives no stowed volume)")
    lines.append(f"array: {_n(g['array_m2'])} m2 in two wings" if g["array_m2"] else "array: not drawn")
    if g["top_down"]:
        lines.append(f"  {g['array_source']}")
    lines.append(f"radiator: {_n(g['radiator_m2'])} m2 in two panels" if g["radiator_m2"] else f"radiator: {g['radiator_source']}")
    lines.append(f"bus: a cube of its {_n(g['bus_volume_m3'])} m3 stowed volume")
    lines.append(f"unit mass: {_n(g['mass_t'])} t")
    lines += [f"note: {n}" for n in g["notes"] if not n.startswith("top-down unit")]
    return lines


def _draw_unit(ax: Any, g: dict[str, Any], colour: str, limits: tuple[float, float] | None = None, labels: bool = True) -> list[Any]:
    """Draw the shapes of ``g`` on ``ax`` (metres, equal aspect) with a scale bar and a leader to the compute box;
    ``labels``: the wing and radiator figures on the drawing too. Returns the patches drawn, in the order of
    ``g['shapes']``."""
    from matplotlib.patches import Rectangle

    style: dict[str, dict[str, Any]] = {"array": {"facecolor": ARRAY_COLOUR, "edgecolor": EDGE, "hatch": "||"},
             "radiator": {"facecolor": RADIATOR_COLOUR, "edgecolor": EDGE},
             "bus": {"facecolor": BUS_COLOUR, "edgecolor": EDGE},
             "compute": {"facecolor": colour, "edgecolor": EDGE}}
    patches = []
    for s in g["shapes"]:
        patch = Rectangle((s["x"], s["y"]), s["w"], s["h"], linewidth=0.6, zorder={"compute": 4, "bus": 3}.get(s["part"], 2), **style[s["part"]])
        ax.add_patch(patch)
        patches.append(patch)
    wings = [s for s in g["shapes"] if s["part"] == "array"]
    panels = [s for s in g["shapes"] if s["part"] == "radiator"]
    bus_half = g["bus_side_m"] / 2.0
    for s in wings:  # booms from the bus to the wings
        edge = s["x"] + s["w"] if s["x"] < 0 else s["x"]
        ax.plot([math.copysign(bus_half, edge), edge], [0, 0], color=EDGE, linewidth=0.8, zorder=1)
    for s in panels:
        edge = s["y"] + s["h"] if s["y"] < 0 else s["y"]
        ax.plot([0, 0], [math.copysign(bus_half, edge), edge], color=EDGE, linewidth=0.8, zorder=1)
    hx, hy = (limits if limits is not None else (g["extent_m"]["x"] / 2.0, g["extent_m"]["y"] / 2.0))
    pad = 0.08 * max(hx, hy)
    ax.set_xlim(-hx - pad, hx + pad)
    ax.set_ylim(-hy - 5.0 * pad, hy + 2.0 * pad)  # room under the unit for the wing and compute labels, then the scale bar
    ax.set_aspect("equal")
    ax.axis("off")
    if wings and labels:
        right = max(wings, key=lambda s: s["x"])
        ax.annotate(f"array wing {_n(right['w'] * right['h'])} m2\n{_n(right['w'])} x {_n(right['h'])} m", (right["x"] + right["w"], right["y"]),
                    xytext=(0, -3), textcoords="offset points", ha="right", va="top", fontsize=FONT)
    if panels and labels:
        top = max(panels, key=lambda s: s["y"])
        ax.annotate(f"radiator panel {_n(top['w'] * top['h'])} m2", (0, top["y"] + top["h"]),
                    xytext=(0, 3), textcoords="offset points", ha="center", va="bottom", fontsize=FONT)
    core = (f"compute {_n(g['compute_side_m'])} m" if g["compute_side_m"] is not None else
            "compute (box not to scale)" if g["compute"] else f"bus {_n(g['bus_side_m'])} m, no compute")
    ax.annotate(core,
                (0, 0), xytext=(-hx, -hy - 1.2 * pad), textcoords="data", ha="left", va="top", fontsize=FONT,
                arrowprops={"arrowstyle": "-", "color": EDGE, "linewidth": 0.6, "shrinkA": 0, "shrinkB": 0})
    bar = _nice(0.4 * hx)
    x0, y0 = hx - bar, -hy - 4.5 * pad
    ax.plot([x0, x0 + bar], [y0, y0], color=EDGE, linewidth=2.0, solid_capstyle="butt")
    ax.text(x0 + bar / 2.0, y0 + 0.3 * pad, f"{_n(bar)} m", ha="center", va="bottom", fontsize=FONT)
    return patches


def _save(fig: Any, path: str | Path) -> Path:
    return save_chart(fig, path, dpi=150)


@literal_text
def unit_drawing(result: dict[str, Any], path: str | Path, colour: str, rc: ResolvedCase | None = None) -> Path:
    """A to-scale plan view of one unit of ``result`` (``unit_geometry``) with its figures beside it; PNG at ``path``."""
    g = unit_geometry(result, rc)
    plt = _plt()
    fig = plt.figure(figsize=(WIDTH_IN, 3.8))
    ax = fig.add_axes((0.0, 0.0, 0.55, 0.9))
    _draw_unit(ax, g, colour)
    fig.text(0.57, 0.88, "\n".join(_wrap(line, 50) for line in unit_label(g)), ha="left", va="top", fontsize=FONT)
    fig.suptitle(f"{g['case']}: one unit to scale (plan view)", fontsize=10, color=colour, x=0.02, ha="left")
    return _save(fig, path)


def common_limits(geometries: list[dict[str, Any]]) -> tuple[float, float]:
    """The half extents (m) every panel of ``units_figure`` is drawn to: the largest unit's, so all share one scale."""
    return max(g["extent_m"]["x"] for g in geometries) / 2.0, max(g["extent_m"]["y"] for g in geometries) / 2.0


@literal_text
def units_figure(results: list[dict[str, Any]], colours: list[str], path: str | Path, rcs: list[ResolvedCase | None] | None = None,
                 labels: list[str] | None = None, geometries: list[dict[str, Any]] | None = None) -> Path:
    """Each result's unit in one figure, one panel per contender, all on the same scale (the largest unit sets the
    axes limits of every panel), figures under each; ``labels`` title the panels (the case names by default);
    ``geometries``: the units' :func:`unit_geometry` when already computed (a report's data)."""
    gs = geometries or [unit_geometry(r, rc) for r, rc in zip(results, rcs or [None] * len(results), strict=True)]
    hx, hy = common_limits(gs)
    plt = _plt()
    cols = len(gs)
    panel_w = WIDTH_IN / cols
    big = max(hx, hy)
    draw_h = panel_w * (2.0 * hy + 0.56 * big) / (2.0 * hx + 0.16 * big)  # the axes limits of _draw_unit, equal aspect
    text_lines = max(len(unit_label(g)) for g in gs)
    text_h = 0.15 * text_lines + 0.3
    fig = plt.figure(figsize=(WIDTH_IN, draw_h + text_h))
    total_h = draw_h + text_h
    for i, (g, colour) in enumerate(zip(gs, colours, strict=True)):
        ax = fig.add_axes((i / cols, text_h / total_h, 1.0 / cols * 0.96, draw_h / total_h * 0.92))
        _draw_unit(ax, g, colour, limits=(hx, hy), labels=False)
        ax.set_title(labels[i] if labels else g["case"], fontsize=10, color=colour)
        fig.text(i / cols + 0.01, text_h / total_h - 0.01, "\n".join(_wrap(line, 48) for line in unit_label(g)), ha="left", va="top", fontsize=FONT)
    return _save(fig, path)


def _wrap(line: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(line, width, subsequent_indent="  ")) or line


# ------------------------------------------------------------------------------------------------- deployment


def deployment_schedule(result: dict[str, Any], rc: ResolvedCase | None = None, start_year: int | None = None) -> dict[str, Any]:
    """Launches per year and vehicle at the cadence limit, and the IT power in service at the end of each year
    (module docstring: L_i = min(N, floor(c min(i, D))) - sum_{j<i} L_j; P_i = P_IT x the share of the manifest's
    mass launched by then). Years count from 1 unless ``start_year`` or the case's ``roadmap.first_year`` is given."""
    rc = rc or case_of(result)
    design, kpi = result["design"], result["kpi"]
    manifest = {v: int(n) for v, n in (design.get("launches") or {}).items() if n > 0}
    total = sum(manifest.values())
    limits = rc.case.limits
    years_d = float(limits.deployment_years)
    cadence = limits.max_launches_per_year
    notes: list[str] = []
    if cadence is None:
        rate = total / years_d if total else 0.0
        notes.append(f"no cadence limit in the case: the launches are spread evenly over its {_n(years_d)} deployment years")
    else:
        rate = float(cadence)
    per_year: list[int] = []
    flown = 0
    last = math.ceil(years_d - 1e-9)  # the deployment period's last year
    while flown < total:
        i = len(per_year) + 1
        if i <= last:
            step = min(total, math.floor(rate * min(i, years_d) + 1e-9)) - flown
        else:  # beyond the period (a manifest larger than c D): at least one launch a year at the cadence
            step = min(total - flown, max(math.floor(rate + 1e-9), 1))
        per_year.append(max(step, 0))
        flown += max(step, 0)
    fits = len(per_year) <= last
    if not fits:
        notes.append(f"{total:,} launches do not fit {_n(rate)} a year over {_n(years_d)} years: {len(per_year) - last} more year(s) needed")
    # split each year's launches among vehicles, one at a time to the vehicle furthest behind its share
    by_vehicle = {v: [0] * len(per_year) for v in manifest}
    done = dict.fromkeys(manifest, 0)
    k = 0
    for y, count in enumerate(per_year):
        for _ in range(count):
            k += 1
            v = max(manifest, key=lambda v: (manifest[v] * k / total - done[v], manifest[v], v))
            done[v] += 1
            by_vehicle[v][y] += 1
    orbit = rc.entries["orbits"][design["orbit"]] if design.get("orbit") in rc.entries["orbits"] else None
    vehicles = rc.entries["launch_vehicles"]
    payload = {v: float(vehicles[v].payload_kg.get(orbit.launch_class, 0.0)) if orbit is not None and v in vehicles else 1.0 for v in manifest}
    if not any(payload.values()):
        payload = dict.fromkeys(manifest, 1.0)
    full = sum(manifest[v] * payload[v] for v in manifest)
    cumulative = [sum(per_year[: y + 1]) for y in range(len(per_year))]
    shares = [sum(sum(by_vehicle[v][: y + 1]) * payload[v] for v in manifest) / full if full else 0.0 for y in range(len(per_year))]
    it_w = float(kpi["it_power_w"])
    units = int(design.get("satellites") or sum((design.get("satellites_by_bus") or {}).values()))
    if start_year is None and "first_year" in rc.case.roadmap.model_fields_set:
        start_year = rc.case.roadmap.first_year
    index = list(range(1, len(per_year) + 1))

    def cap(y: int) -> float:  # the launches year y may fly (the last year of a fractional period: its fraction)
        return rate * min(1.0, years_d - (y - 1)) if y <= last else rate

    caps = [cap(y) for y in index]
    period = list(range(1, max(last, len(per_year)) + 1))
    return {
        "case": _name(result, rc),
        "manifest": manifest,
        "total_launches": total,
        "cadence_per_year": None if cadence is None else float(cadence),
        "deployment_years": years_d,
        "start_year": start_year,
        "year_index": index,
        "years": [start_year + y - 1 for y in index] if start_year is not None else index,
        "launches_per_year": per_year,
        "launches_by_vehicle": by_vehicle,
        "cadence_cap_per_year": caps,
        "period_years": [start_year + y - 1 for y in period] if start_year is not None else period,
        "period_cap_per_year": [cap(y) for y in period],
        "cumulative_launches": cumulative,
        "payload_kg_per_launch": payload,
        "in_service_share": shares,
        "it_power_in_service_w": [it_w * s for s in shares],
        "units_in_service": [units * s for s in shares],
        "fits": fits,
        "rule": "IT in service at the end of a year = the design's IT power x the share of the manifest's payload mass launched by then "
                "(each flight of a vehicle carries its payload to the orbit's launch class); assembly, commissioning and failures not counted",
        "notes": notes,
    }


def _tints(colour: str, count: int) -> list[Any]:
    """``count`` tints of ``colour``, the first the colour itself, the others mixed toward white."""
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(colour)
    return [(r + (1 - r) * t, g + (1 - g) * t, b + (1 - b) * t) for t in (0.55 * i / max(count - 1, 1) for i in range(count))]


def _draw_schedule(ax: Any, s: dict[str, Any], colour: str, it_limit: float | None = None) -> Any:
    """Bars of launches per year stacked by vehicle, the cadence limit over the deployment period (dashed) and the
    IT power in service on a second axis (MW); the legend under the axes."""
    x, period = s["years"], s["period_years"]
    bottom = [0] * len(x)
    for v, tint in zip(s["launches_by_vehicle"], _tints(colour, len(s["launches_by_vehicle"])), strict=True):
        counts = s["launches_by_vehicle"][v]
        ax.bar(x, counts, bottom=bottom, color=tint, edgecolor=EDGE, linewidth=0.4, width=0.6, label=f"{v} ({s['manifest'][v]:,} launches)")
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    for xi, total in zip(x, s["launches_per_year"], strict=True):
        ax.text(xi, total, f"{total:,}", ha="center", va="bottom", fontsize=FONT)
    if s["cadence_per_year"] is not None and period:
        edges = [p - 0.5 for p in period] + [period[-1] + 0.5]
        ax.stairs(s["period_cap_per_year"], edges, color="black", linestyle="--", linewidth=1.0, baseline=None,
                  label=f"cadence limit {_n(s['cadence_per_year'])}/yr over {_n(s['deployment_years'])} years")
    ax.set_xticks(period)
    ax.set_xlim(period[0] - 0.6 if period else 0, period[-1] + 0.6 if period else 1)
    ax.set_xlabel("year" if s["start_year"] is not None else "year of deployment (1 = first launch year)", fontsize=FONT)
    ax.set_ylabel("launches per year", fontsize=FONT)
    ax.tick_params(labelsize=FONT)
    ax.grid(True, axis="y", alpha=0.3)
    top = max([*s["launches_per_year"], *(s["period_cap_per_year"] if s["cadence_per_year"] is not None else [])], default=1)
    ax.set_ylim(0, top * 1.15)
    twin = ax.twinx()
    mw = [w / 1e6 for w in s["it_power_in_service_w"]]
    twin.plot(x, mw, color="#333333", marker="o", markersize=4, linewidth=1.2, label="IT power in service, end of year (MW, right axis)")
    twin.set_ylabel("IT power in service (MW)", fontsize=FONT)
    twin.tick_params(labelsize=FONT)
    twin.set_ylim(0, (it_limit if it_limit is not None else max(mw, default=1.0)) * 1.15 or 1.0)
    handles, labels = ax.get_legend_handles_labels()
    more, more_labels = twin.get_legend_handles_labels()
    ax.legend(handles + more, labels + more_labels, fontsize=FONT, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, frameon=False)
    return twin


@literal_text
def deployment_timeline(result: dict[str, Any], rc: ResolvedCase | None, path: str | Path, colour: str) -> Path:
    """Launches per year stacked by vehicle, the cadence limit as a dashed line and the IT power in service at the
    end of each year (``deployment_schedule``); PNG at ``path``."""
    s = deployment_schedule(result, rc)
    plt = _plt()
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 3.6))
    _draw_schedule(ax, s, colour)
    ax.set_title(f"{s['case']}: deployment at the cadence limit", fontsize=10, color=colour)
    return _save(fig, path)


@literal_text
def deployment_timelines(results: list[dict[str, Any]], rcs: list[ResolvedCase | None], colours: list[str], path: str | Path,
                         labels: list[str] | None = None, schedules: list[dict[str, Any]] | None = None) -> Path:
    """``deployment_timeline`` of each contender in one figure, one panel each, on the same axes ranges (launches
    and MW); ``labels`` name the panels (the case names by default); ``schedules``: their :func:`deployment_schedule`
    when already computed (a report's data)."""
    ss = schedules or [deployment_schedule(r, rc) for r, rc in zip(results, rcs, strict=True)]
    plt = _plt()
    fig, axes = plt.subplots(len(ss), 1, figsize=(WIDTH_IN, 3.3 * len(ss)), squeeze=False)
    top = max(max([*s["launches_per_year"], *(s["period_cap_per_year"] if s["cadence_per_year"] is not None else [])], default=1) for s in ss)
    it_top = max(max([w / 1e6 for w in s["it_power_in_service_w"]], default=1.0) for s in ss)
    span = max(len(s["period_years"]) for s in ss)
    for index, (ax, s, colour) in enumerate(zip(axes[:, 0], ss, colours, strict=True)):
        _draw_schedule(ax, s, colour, it_limit=it_top)
        ax.set_ylim(0, top * 1.15)
        if s["period_years"]:
            ax.set_xlim(s["period_years"][0] - 0.6, s["period_years"][0] + span - 0.4)
        ax.set_title(f"{labels[index] if labels else s['case']}: deployment at the cadence limit", fontsize=10, color=colour)
    fig.tight_layout()
    return _save(fig, path)
