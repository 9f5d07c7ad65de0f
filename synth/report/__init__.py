"""Design reports: Blue Origin-style vs SpaceX-style vs the ground, as HTML, Markdown and PDF.

``build_report(inputs, out)`` solves each case file (or reuses a ``synth solve --out`` directory), runs the
break-even and sensitivity analyses, and writes ``OUT.html`` (self-contained), ``OUT.md`` with its charts in
``OUT_files/``, ``OUT.pdf``, and ``OUT_files/report.json`` (all the numbers shown, so the report can be re-rendered
or checked without solving again).
"""

from __future__ import annotations

from pathlib import Path

from synth.report.content import compute_data, layout
from synth.report.render import report_paths, to_html, to_markdown, to_pdf
from synth.result import strict_json
from synth.yamlio import write_atomic


def build_report(inputs: list[str | Path], out: str | Path, sweeps: list[str | Path] = (), paretos: list[str | Path] = (),
                 analyses: bool = True) -> list[Path]:
    files = report_paths(out)[3]
    files.mkdir(parents=True, exist_ok=True)
    data = compute_data(inputs, files, [Path(s) for s in sweeps], [Path(p) for p in paretos], analyses)
    write_atomic(files / "report.json", strict_json(data) + "\n")
    return render_report(data, out)


def render_report(data: dict, out: str | Path) -> list[Path]:
    """Write the three forms of the report from its data (``report.json``)."""
    html_path, md, pdf, files = report_paths(out)
    files.mkdir(parents=True, exist_ok=True)
    report = layout(data, files)
    write_atomic(md, to_markdown(report, md) + "\n")
    write_atomic(html_path, to_html(report) + "\n")
    tmp = pdf.with_name(f".{pdf.name}.tmp")
    to_pdf(report, tmp)
    tmp.replace(pdf)
    return [html_path, md, pdf, files]
