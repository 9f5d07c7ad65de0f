"""Design reports: Blue Origin-style vs SpaceX-style vs the ground, as HTML, Markdown and PDF.

``build_report(inputs, out)`` solves each case file (or reuses a ``synth solve --out`` directory), runs the
break-even and sensitivity analyses, and writes ``OUT.html`` (self-contained), ``OUT.md`` with its charts in
``OUT_files/``, ``OUT.pdf``, and ``OUT_files/report.json`` (all the numbers shown, so the report can be re-rendered
or checked without solving again).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from synth.atomic import atomic_path, write_atomic
from synth.errors import input_error
from synth.progress import Progress
from synth.report.content import compute_data, layout
from synth.report.render import report_paths, to_html, to_markdown, to_pdf
from synth.result import strict_json
from synth.yamlio import read_json

#: the top-level keys of report.json that rendering reads
REPORT_KEYS = ("generated", "architectures", "claims", "sweeps", "paretos", "provenance")


def build_report(inputs: list[str | Path], out: str | Path, sweeps: Sequence[str | Path] = (), paretos: Sequence[str | Path] = (),
                 analyses: bool = True, quiet: bool = True, workloads: Sequence[str] = ()) -> list[Path]:
    """Solve, analyse and write the report; unless ``quiet``, progress (each solve, break-even search and
    sensitivity re-optimization) goes to stderr."""
    files = report_paths(out)[3]
    files.mkdir(parents=True, exist_ok=True)
    with Progress("report", unit="solves", quiet=quiet) as progress:
        data = compute_data(inputs, files, [Path(s) for s in sweeps], [Path(p) for p in paretos], analyses, progress, list(workloads))
    write_atomic(files / "report.json", strict_json(data) + "\n")
    return render_report(data, out)


def read_report_data(path: str | Path) -> dict:
    """The data of a report (``OUT_files/report.json``) for ``synth report --from-data``, read within the input
    bounds; an InputError (exit 2) when the file is missing, unreadable, empty, not JSON, or JSON that a report did
    not write."""
    path = Path(path)
    if path.is_file() and not path.read_bytes().strip():
        raise input_error(path, None, "the file is empty; give the report.json in a report's OUT_files/ directory")
    data = read_json(path)
    missing = [key for key in REPORT_KEYS if key not in data] if isinstance(data, dict) else list(REPORT_KEYS)
    if missing:
        raise input_error(path, None, f"not a report.json written by synth report (missing {', '.join(missing)})")
    return data


def render_report(data: dict, out: str | Path) -> list[Path]:
    """Write the three forms of the report from its data (``report.json``)."""
    html_path, md, pdf, files = report_paths(out)
    files.mkdir(parents=True, exist_ok=True)
    report = layout(data, files)
    write_atomic(md, to_markdown(report, md) + "\n")
    write_atomic(html_path, to_html(report) + "\n")
    with atomic_path(pdf) as tmp:
        to_pdf(report, tmp)
    return [html_path, md, pdf, files]
