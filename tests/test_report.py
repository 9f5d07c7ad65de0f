"""Design reports from small cases: every section, numbers equal to result.json, no network fetches, a PDF
with its pages, Markdown image links that resolve; results reused, not re-solved; the committed example
reports still produced by the generator."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from synth.cli import main
from synth.report import build_report, render_report
from teaching import hand_optimum

ROOT = Path(__file__).resolve().parents[1]
TEACH = ROOT / "cases" / "teaching"
SECTIONS = ["Summary", "Designs side by side", "Budgets", "Sensitivity", "What binds", "Assumptions and published claims", "Provenance"]


DIGITS = 4  # significant digits of every printed cost (synth/fmt.py), in the report as on the console
MONEY = re.compile(r"\$(-?\d[\d,]*(?:\.\d+)?(?:e[-+]\d+)?)(?: ([kMB])\b)?")
SCALE = {"": 1.0, "k": 1e3, "M": 1e6, "B": 1e9}


def dollars(text: str) -> list[float]:
    """Every dollar amount in ``text`` read back as a number: ``$1.548``, ``$0.000588``, ``$12.35 k``, ``$165.1 B``."""
    return [float(number.replace(",", "")) * SCALE[suffix] for number, suffix in MONEY.findall(text)]


def shows_dollars(text: str, value: float) -> bool:
    """Whether ``text`` shows ``value`` as a dollar amount to ``DIGITS`` significant digits, read back as a number
    rather than formatted again (three digits, $10.4 for $10.44, is off by more than half a unit in the fourth)."""
    return any(math.isclose(shown, value, rel_tol=0.5 * 10 ** (1 - DIGITS)) for shown in dollars(text))


def table_row(md: str, label: str) -> list[str]:
    """The cells after the first cell of the first Markdown table row whose first cell is ``label``."""
    line = next(line for line in md.splitlines() if line.startswith(f"| {label} |"))
    return [cell.strip() for cell in line.strip().strip("|").split("|")][1:]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "teaching"
    paths = build_report([TEACH / "single.yaml", TEACH / "small_choice.yaml"], out)
    return out, paths


@pytest.mark.slow
def test_every_section_in_every_form(report):
    out, _ = report
    md = out.with_suffix(".md").read_text()
    html = out.with_suffix(".html").read_text()
    pdf_text = "".join(page.extract_text() for page in PdfReader(out.with_suffix(".pdf")).pages)
    for title in SECTIONS:
        assert f"## {title}" in md
        assert f">{title}</h2>" in html
        assert title in pdf_text


@pytest.mark.slow
def test_summary_numbers_equal_result_json(report):
    out, _ = report
    md = out.with_suffix(".md").read_text()
    summary = md.split("## Summary")[1].split("## Designs")[0]
    for name in ("teaching_single", "teaching_small_choice"):
        result = json.loads((out.parent / "teaching_files" / "results" / name / "result.json").read_text())
        assert shows_dollars(summary, result["kpi"]["cost_per_eflop_usd"]), name
        assert f"{result['kpi']['orbital_to_terrestrial']:.2f}x" in summary
    assert shows_dollars(summary, hand_optimum()["ratio"])  # teaching_single's $10.44 per EFLOP, by hand
    # The cheaper one leads, and the break-even search says what it found.
    assert summary.index("**teaching_small_choice**") < summary.index("teaching_single costs")
    assert "break-even" in summary


@pytest.mark.slow
def test_design_table_money_equals_result_json(report):
    """Each architecture's column shows its own result.json figures, read back with their k/M/B suffixes."""
    out, _ = report
    md = out.with_suffix(".md").read_text()
    designs = md.split("## Designs side by side")[1].split("## ")[0]
    names = table_row(designs, "")  # the header: an empty corner cell, then the architectures
    assert names == ["teaching_single", "teaching_small_choice"]
    for label, kpi in (("total cost, present value", "total_cost_usd"), ("cost per EFLOP, orbit", "cost_per_eflop_usd"),
                       ("cost per EFLOP, ground", "terrestrial_cost_per_eflop_usd")):
        for name, cell in zip(names, table_row(designs, label), strict=True):
            result = json.loads((out.parent / "teaching_files" / "results" / name / "result.json").read_text())
            assert shows_dollars(cell, result["kpi"][kpi]), (label, name, cell)


@pytest.mark.slow
def test_negative_zero_cost_shows_as_zero(report, tmp_path):
    """A cost of -0.0 (a sum of cancelling terms) prints as $0, as on the console, never $-0."""
    out, _ = report
    data = json.loads((out.parent / "teaching_files" / "report.json").read_text())
    data["architectures"][0]["result"]["kpi"]["total_cost_usd"] = -0.0
    render_report(data, tmp_path / "zero")
    md = (tmp_path / "zero.md").read_text()
    assert "$-" not in md
    assert table_row(md, "total cost, present value")[0] == "$0"


@pytest.mark.slow
def test_html_is_self_contained(report):
    html = report[0].with_suffix(".html").read_text()
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert html.count('src="data:image/png;base64,') >= 7
    assert '<meta name="viewport"' in html and "@media print" in html


@pytest.mark.slow
def test_pdf_opens_with_its_pages(report):
    reader = PdfReader(report[0].with_suffix(".pdf"))
    assert len(reader.pages) >= 6
    assert reader.metadata.title.startswith("Orbital AI compute")


@pytest.mark.slow
def test_markdown_image_links_resolve(report):
    out, _ = report
    md = out.with_suffix(".md")
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", md.read_text())
    assert len(links) >= 7
    for link in links:
        assert (md.parent / link).is_file(), link


def test_solved_results_are_reused_not_resolved(tmp_path):
    assert main(["solve", str(TEACH / "single.yaml"), "--out", str(tmp_path / "single"), "--quiet"]) == 0
    solved_at = json.loads((tmp_path / "single" / "result.json").read_text())["provenance"]["timestamp"]
    build_report([tmp_path / "single"], tmp_path / "rep", analyses=False)
    data = json.loads((tmp_path / "rep_files" / "report.json").read_text())
    assert data["architectures"][0]["result"]["provenance"]["timestamp"] == solved_at


@pytest.mark.slow
def test_committed_example_reports_are_still_produced(tmp_path):
    """Re-render the committed example from its data and compare structure and key numbers (not bytes)."""
    committed = ROOT / "reports" / "orbital_compute.md"
    data = json.loads((ROOT / "reports" / "orbital_compute_files" / "report.json").read_text())
    data["sweeps"], data["paretos"] = [], []  # their result directories are not committed; the figures are
    render_report(data, tmp_path / "again")
    again = (tmp_path / "again.md").read_text()
    old = committed.read_text()
    headings = lambda text: [h for h in re.findall(r"^## (.+)$", text, re.M) if h != "Sweeps and Pareto fronts"]  # noqa: E731
    assert headings(again) == headings(old)
    summary = lambda text: text.split("## Summary")[1].split("## ")[0]  # noqa: E731
    assert summary(again) == summary(old)
    for arch in data["architectures"]:
        assert shows_dollars(again, arch["result"]["kpi"]["cost_per_eflop_usd"]), arch["result"]["case"]["name"]
    for form in ("html", "pdf"):
        assert (ROOT / "reports" / f"orbital_compute.{form}").stat().st_size > 50_000


@pytest.mark.slow
def test_variants_of_one_case_from_another_directory(tmp_path, monkeypatch):
    """Two solved variants of one case (different --set), reported from another working directory: each keeps its
    own label, charts and files; the break-even search uses each variant's own overrides."""
    monkeypatch.chdir(ROOT)
    case = "cases/teaching/single.yaml"  # relative, as a user types it
    assert main(["solve", case, "--out", str(tmp_path / "a"), "--quiet"]) == 0
    assert main(["solve", case, "--set", "terrestrial.teach_ground.electricity_usd_per_kwh=30", "--out", str(tmp_path / "b"), "--quiet"]) == 0
    monkeypatch.chdir(tmp_path)
    build_report([tmp_path / "a", tmp_path / "b"], tmp_path / "rep")
    data = json.loads((tmp_path / "rep_files" / "report.json").read_text())
    names = [a["result"]["case"]["name"] for a in data["architectures"]]
    assert names == ["teaching_single", "teaching_single (2)"]
    # The label is shown as written; its file name keeps [A-Za-z0-9._-] and adds a hash because it changed.
    assert (tmp_path / "rep_files" / "tornado_teaching_single.png").exists()
    assert len(list((tmp_path / "rep_files").glob("tornado_teaching_single_2-[0-9a-f]*.png"))) == 1
    # At $30/kWh on the ground (above the ~$14.7/kWh break-even of test_breakeven) orbit is cheaper at today's
    # launch price, so raising the launch price crosses the ground; with the default $0.10/kWh it never does.
    base, variant = data["architectures"]
    assert variant["result"]["kpi"]["orbital_to_terrestrial"] < 1 < base["result"]["kpi"]["orbital_to_terrestrial"]
    assert variant["breakeven"]["found"] and variant["breakeven"]["value"] > variant["breakeven"]["current"]
    assert base["breakeven"]["found"] is False
    summary = (tmp_path / "rep.md").read_text().split("## Summary")[1].split("## ")[0]
    assert "teaching_single (2): orbit breaks even with the ground at launch_vehicles.small_rocket.price_per_launch_usd" in summary


def test_binding_table_says_when_a_marginal_value_is_not_unique():
    """The report's binding table states what synth.explain proved: an exact value, a dual that is not unique (with
    its upper bound), or none; never "integer" for a degenerate row (issue 8, item 2)."""
    from synth.report.content import _marginal_text

    unit = "USD/EFLOP per kW"
    assert _marginal_text({"marginal": 1.756e-08, "marginal_unit": unit}) == "1.756e-08 USD/EFLOP per kW"
    assert _marginal_text({"marginal": None, "marginal_at_most": 1.472e-08, "marginal_unit": unit}) == \
        "not unique: at most 1.472e-08 USD/EFLOP per kW"
    assert _marginal_text({"marginal": None, "marginal_at_most": None, "marginal_unit": unit}) == "no LP value"
