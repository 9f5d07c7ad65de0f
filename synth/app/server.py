"""The explorer's web server (Starlette): the page, its static assets, and a JSON API over the solve service.

Routes:

- ``GET /``: the page (``static/index.html``); ``/static/*`` its script, style and nothing fetched from elsewhere.
- ``GET /api/meta``: cases, sliders (unit, range, log scale, each case's own value, the catalog range and source),
  presets, and which loaded study results there are (``race``, ``uncertainty``).
- ``GET /api/solve?KEY=VALUE...``: every case re-solved at that state (module :mod:`synth.app.state` for the keys):
  cost per delivered EFLOP and per GPU-hour, the ratio to the ground, the design, the budgets, what binds, and how
  the design differs from the case's own optimum. A bad value answers 400 with ``{"error": {"field", "value",
  "allowed", "message"}}``; a value the case refuses 422 with the case's message; never a traceback.
- ``GET /api/export?case=NAME&KEY=VALUE...``: the case file of that scenario (a YAML download: the case extended with
  the overrides); ``POST /api/export?KEY=VALUE...``: with ``--export-dir``, the scenario's case files and their result
  files written there atomically (409 without ``--export-dir``).
- ``GET /api/chart/race.svg`` and ``/api/chart/uncertainty.svg``: the roadmap race chart and the ratio distribution of
  loaded ``synth roadmap`` / ``synth uncertainty`` outputs (matplotlib, drawn once at start).
"""

from __future__ import annotations

import hashlib
import json
import math
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from synth.app.service import CaseService, load_cases, presets, ranges
from synth.app.state import SLIDERS, StateError, decode, encode
from synth.errors import InputError, input_error

#: the design choices whose change the page announces, with how to name them
CHOICES = (("orbit", "orbit"), ("compute", "chip"), ("satellites_by_bus", "bus"), ("launches", "launch vehicle"), ("shielding", "shielding"),
           ("solar_array_area_by_technology_m2", "solar array"))


@dataclass
class AppConfig:
    """What ``synth app`` serves: the case files, study outputs to show, where exports go, the solve time budget."""

    cases: list[Path]
    results: list[Path] = field(default_factory=list)
    export_dir: Path | None = None
    time_budget_s: float = 10.0


def _finite(x: Any) -> Any:
    if isinstance(x, float) and not math.isfinite(x):
        return None
    if isinstance(x, dict):
        return {str(k): _finite(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_finite(v) for v in x]
    return x


def _choices(design: Any) -> dict[str, list[str]]:
    """The design's discrete choices: orbit, chips, buses, vehicles, shielding, array technologies (the names holding at
    least 1 % of their kind's units)."""
    out: dict[str, list[str]] = {}
    for key, _ in CHOICES:
        v = design.get(key) if design is not None else None
        if isinstance(v, dict):  # a choice holding under 1 % of its kind (1 TPU among 599,880 modules, a tie) is not a design change
            total = sum(n for n in v.values() if n and n > 0)
            out[key] = sorted(k for k, n in v.items() if n and n > 0 and n >= 0.01 * total)
        elif v:
            out[key] = [str(v)]
        else:
            out[key] = []
    return out


def changes(design: Any, reference: Any) -> list[str]:
    """How ``design``'s choices differ from ``reference``'s, in words: "the optimum moved to the sso_dawn_dusk_1200
    orbit", "chip: tpu_v6e instead of b200_gb200"."""
    if design is None or reference is None:
        return []
    now, then = _choices(design), _choices(reference)
    out = []
    for key, word in CHOICES:
        if now[key] == then[key]:
            continue
        if key == "orbit":
            out.append(f"the optimum moved to the {', '.join(now[key])} orbit (from {', '.join(then[key])})")
        else:
            out.append(f"{word}: {', '.join(now[key]) or 'none'} instead of {', '.join(then[key]) or 'none'}")
    return out


def summarize(service: CaseService, result: Any, rebuilt: bool, seconds: float) -> dict[str, Any]:
    """What the page shows of one case's result (plain JSON)."""
    from synth.report.names import archetype, item
    from synth.report.story import marginal_rows

    d = result.design
    k = result.kpi
    baselines = (result.terrestrial or {}).get("baselines") or {}
    ground = [{"name": b, "archetype": archetype(v.get("archetype", b)), "cost_per_eflop_usd": v.get("cost_per_eflop_usd"),
               "cost_per_gpu_hour_usd": v.get("cost_per_gpu_hour_usd")} for b, v in baselines.items()]
    budgets = {name: [[item(i), v] for i, v in (result.budgets or {}).get(name, {}).items() if i != "total" and v and v > 0]
               for name in ("cost_usd", "mass_kg")}
    out: dict[str, Any] = {
        "case": service.name, "label": service.label, "status": result.status.value, "message": result.message,
        "gap": result.solver.mip_gap if result.design is not None else None, "termination": result.solver.termination,
        "solve_s": seconds, "rebuilt": rebuilt,
        "kpi": {key: k.get(key) for key in ("cost_per_eflop_usd", "cost_per_gpu_hour_usd", "orbital_to_terrestrial", "terrestrial_cost_per_eflop_usd",
                                           "ground_cost_per_eflop_min_usd", "ground_cost_per_eflop_max_usd", "it_power_w", "launched_mass_kg",
                                           "total_cost_usd", "upfront_capital_usd", "delivered_flop")},
        "ground": ground, "budgets": budgets,
        "design": None if d is None else {key: d.get(key) for key in ("orbit", "shielding", "compute", "satellites", "satellites_by_bus", "launches",
                                                                         "solar_array_area_m2", "solar_array_area_by_technology_m2", "radiator_area_m2",
                                                                         "battery_energy_kwh")},
        "binding": [" is worth ".join(row[:2]) + (f", for the next {row[2]}" if row[2] else "")
                    for row in marginal_rows([asdict(b) for b in result.binding], k.get("discounted_flop") or 0.0)][:12],
        "diagnosis": [getattr(x, "message", str(x)) for x in result.diagnosis],
        "changes": changes(d, service.baseline.design if service.baseline is not None else None),
    }
    return _finite(out)


class Explorer:
    """The loaded cases, sliders, presets and charts: everything the routes read."""

    def __init__(self, config: AppConfig) -> None:
        self.config = config
        self.services, self.applies = load_cases(config.cases, config.time_budget_s)
        self.ranges = ranges(self.services)
        self.presets = presets(self.services, self.ranges)
        for s in self.services:  # warm each model and keep the case's own optimum for "what changed"
            answer = s.coalescer.request({})
            if answer.error is not None or answer.value is None:
                raise answer.error or RuntimeError("no baseline")
            s.baseline = answer.value[0]
        self.charts = load_charts(config.results, {s.name: s.label for s in self.services})

    def meta(self) -> dict[str, Any]:
        sliders = []
        for s in SLIDERS:
            cases = [c.name for c in self.services if c.name in self.applies[s.key]]
            if not cases:
                continue
            sliders.append({"key": s.key, "label": s.label, "path": s.path, "unit": s.unit, "low": s.low, "high": s.high, "log": s.log,
                            "digits": s.digits, "cases": cases, "defaults": {c.name: c.defaults.get(s.key) for c in self.services if c.name in cases},
                            **self.ranges.get(s.key, {})})
        from synth.report.charts import contender_colours

        colours = contender_colours([c.name for c in self.services])
        return _shown({"cases": [{"name": c.name, "label": c.label, "file": str(c.path), "colour": colours[c.name]} for c in self.services],
                        "sliders": sliders,
                        "presets": [{"name": p.name, "label": p.label, "values": {k: v for k, v in p.values.items() if k in {s['key'] for s in sliders}},
                                     "source": p.source} for p in self.presets],
                        "charts": sorted(self.charts), "export_dir": str(self.config.export_dir) if self.config.export_dir else None,
                        "time_budget_s": self.config.time_budget_s})

    def solve(self, state: dict[str, float]) -> dict[str, Any]:
        """Every case at ``state`` (coalesced per case). Raises InputError when a case refuses a value."""
        out = []
        for s in self.services:
            answer = s.solve(state, self.applies)
            if answer.error is not None or answer.value is None:
                raise answer.error or RuntimeError("no answer")
            result, rebuilt, seconds = answer.value
            entry = summarize(s, result, rebuilt, seconds)
            entry["coalesced"] = answer.coalesced
            entry["solved_state"] = {k: v for k, v in answer.params.items()}
            out.append(entry)
        return {"state": encode(state), "cases": out}

    def case_yaml(self, name: str, state: dict[str, float]) -> str:
        """The case file of a scenario: ``extends`` the case (absolute path) with the state's overrides as fields."""
        import yaml

        from synth.app.state import overrides
        from synth.case import _apply_dotted

        service = self.service(name)
        raw: dict[str, Any] = {"name": f"{service.name}_scenario", "label": f"{service.label} (explorer scenario)",
                               "extends": str(service.path.resolve())}
        sets = overrides(state, self.applies, service.name)
        for key, value in sets.items():
            _apply_dotted(raw, key, value, service.path)
        header = f"# written by synth app: {service.path} with {encode(state) or 'no change'}\n"
        return header + yaml.safe_dump(_plain(raw), sort_keys=False)

    def service(self, name: str) -> CaseService:
        for s in self.services:
            if s.name == name:
                return s
        raise StateError("case", name, "one of " + ", ".join(s.name for s in self.services))

    def export(self, state: dict[str, float]) -> list[str]:
        """Write each case's scenario file and its result files under the export directory (atomically)."""
        from synth.atomic import write_atomic

        assert self.config.export_dir is not None
        query = encode(state)
        folder = self.config.export_dir / ("scenario-" + hashlib.sha256(query.encode()).hexdigest()[:10])
        written = [str(write_atomic(folder / "scenario.txt", f"state: ?{query}\n"))]
        for s in self.services:
            written.append(str(write_atomic(folder / f"{s.name}.yaml", self.case_yaml(s.name, state))))
            answer = s.solve(state, self.applies)
            if answer.error is not None:
                raise answer.error
            if answer.value is not None:
                written += [str(p) for p in answer.value[0].write(folder / s.name)]
        return written


def _shown(x: Any) -> Any:
    """``x`` for the page, in one pass: floats at 6 significant digits (a range's end computed as 60.000099999999996
    shows as 60.0001), non-finite ones as null, keys as text (as :func:`_finite`)."""
    if isinstance(x, float):
        return float(f"{x:.6g}") if math.isfinite(x) else None
    if isinstance(x, dict):
        return {str(k): _shown(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_shown(v) for v in x]
    return x


def _plain(x: Any) -> Any:
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_plain(v) for v in x]
    return x


def load_charts(dirs: list[Path], labels: dict[str, str]) -> dict[str, bytes]:
    """SVG charts of the study outputs given with ``--results``: a ``synth roadmap`` directory gives the race chart,
    a ``synth uncertainty`` directory the distribution of the ratio to the ground. Anything else is an InputError."""
    import pandas as pd

    from synth.montecarlo import ratio_chart
    from synth.report.charts import contender_colours
    from synth.roadmap import race_chart

    colours = contender_colours(list(labels))  # as the page's cards (meta's colour of each case) and the report
    import matplotlib

    charts: dict[str, bytes] = {}
    for d in dirs:
        d = Path(d)
        with tempfile.TemporaryDirectory() as tmp, matplotlib.rc_context({"svg.fonttype": "none"}):  # text stays text: smaller, searchable
            if (d / "roadmap.csv").is_file():
                charts["race"] = race_chart(pd.read_csv(d / "roadmap.csv"), Path(tmp) / "race.svg", labels, colours).read_bytes()
            elif (d / "results.parquet").is_file() and (d / "samples.parquet").is_file():
                charts["uncertainty"] = ratio_chart(pd.read_parquet(d / "results.parquet"), Path(tmp) / "ratio.svg", labels, colours).read_bytes()
            else:
                raise input_error("--results", str(d), "not an output directory of synth roadmap (roadmap.csv) or synth uncertainty "
                                 "(results.parquet, samples.parquet)")
    return charts


def create_app(config: AppConfig | Explorer) -> Any:
    """The Starlette application over an :class:`Explorer` (built from ``config`` when given one)."""
    import anyio
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import FileResponse, JSONResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    explorer = config if isinstance(config, Explorer) else Explorer(config)
    static = Path(__file__).parent / "static"

    def error(status: int, exc: BaseException, field_name: str | None = None) -> JSONResponse:
        if isinstance(exc, StateError):
            body = exc.to_dict()
        else:
            body = {"field": field_name or "", "message": str(exc)}
        return JSONResponse({"error": body}, status_code=status)

    def state_of(request: Request, skip: tuple[str, ...] = ()) -> dict[str, float]:
        return decode([(k, v) for k, v in request.query_params.multi_items() if k not in skip])

    async def index(request: Request) -> Response:
        return FileResponse(static / "index.html", media_type="text/html")

    async def meta(request: Request) -> Response:
        return JSONResponse(explorer.meta())

    async def solve(request: Request) -> Response:
        try:
            state = state_of(request)
            body = await anyio.to_thread.run_sync(explorer.solve, state)
        except StateError as exc:
            return error(400, exc)
        except InputError as exc:
            return error(422, exc)
        except Exception as exc:  # a bug: say so in the page, keep serving
            return error(500, RuntimeError(f"internal error: {type(exc).__name__}: {exc} (a bug; please report it)"))
        return Response(json.dumps(body, allow_nan=False), media_type="application/json")

    async def export_get(request: Request) -> Response:
        try:
            name = request.query_params.get("case") or explorer.services[0].name
            text = explorer.case_yaml(name, state_of(request, skip=("case",)))
        except StateError as exc:
            return error(400, exc)
        return Response(text, media_type="application/x-yaml", headers={"Content-Disposition": f'attachment; filename="{name}_scenario.yaml"'})

    async def export_post(request: Request) -> Response:
        if explorer.config.export_dir is None:
            return JSONResponse({"error": {"field": "export", "message": "this server has no export directory: start it with synth app --export-dir DIR, "
                                           "or download the case file"}}, status_code=409)
        try:
            paths = await anyio.to_thread.run_sync(explorer.export, state_of(request))
        except StateError as exc:
            return error(400, exc)
        except InputError as exc:
            return error(422, exc)
        return JSONResponse({"written": paths})

    async def chart(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in explorer.charts:
            return JSONResponse({"error": {"field": "chart", "message": f"no {name} chart: give synth app --results DIR"}}, status_code=404)
        return Response(explorer.charts[name], media_type="image/svg+xml")

    app = Starlette(routes=[
        Route("/", index),
        Route("/api/meta", meta),
        Route("/api/solve", solve),
        Route("/api/export", export_get, methods=["GET"]),
        Route("/api/export", export_post, methods=["POST"]),
        Route("/api/chart/{name}.svg", chart),
        Mount("/static", StaticFiles(directory=static), name="static"),
    ])
    app.state.explorer = explorer
    return app


def serve(config: AppConfig, host: str = "127.0.0.1", port: int = 8050, open_browser: bool = True, quiet: bool = False) -> None:
    """Build the explorer (solving each case once), then serve it until Ctrl-C; open the browser unless told not to."""
    import threading
    import webbrowser

    import uvicorn

    app = create_app(config)
    url = f"http://{host}:{port}/"
    if not quiet:
        print(f"synth app: serving {', '.join(str(c) for c in config.cases)} at {url} (Ctrl-C stops)", flush=True)
    if open_browser:
        threading.Timer(0.8, lambda: webbrowser.open(url)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning" if quiet else "info", access_log=False)
