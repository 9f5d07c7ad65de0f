"""Design reports from small cases: every section in all three forms (and a PDF bookmark each), numbers equal to
result.json, no network fetches, a PDF with its pages, Markdown image links that resolve; results reused, not
re-solved; the committed example reports still produced by the generator."""

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
SECTIONS = ["The verdict", "What would have to be true", "Where the difference comes from", "Published claims beside this answer",
            "The designs side by side", "The ground in detail", "Budgets", "Sensitivity", "Limits and what binds", "Methodology",
            "Appendix: assumptions", "Provenance"]


DIGITS = 4  # significant digits of every printed cost (synth/fmt.py), in the report as on the console
VERDICT_DIGITS = 3  # the verdict's dollars (a reader's precision)
MONEY = re.compile(r"\$(-?\d[\d,]*(?:\.\d+)?(?:e[-+]\d+)?)(?: ([kMB])\b)?")
SCALE = {"": 1.0, "k": 1e3, "M": 1e6, "B": 1e9}


def dollars(text: str) -> list[float]:
    """Every dollar amount in ``text`` read back as a number: ``$1.548``, ``$0.000588``, ``$12.35 k``, ``$165.1 B``."""
    return [float(number.replace(",", "")) * SCALE[suffix] for number, suffix in MONEY.findall(text)]


def shows_dollars(text: str, value: float, digits: int = DIGITS) -> bool:
    """Whether ``text`` shows ``value`` as a dollar amount to ``digits`` significant digits, read back as a number
    rather than formatted again (three digits, $10.4 for $10.44, is off by more than half a unit in the fourth)."""
    return any(math.isclose(shown, value, rel_tol=0.5 * 10 ** (1 - digits)) for shown in dollars(text))


def table_row(md: str, label: str) -> list[str]:
    """The cells after the first cell of the first Markdown table row whose first cell is ``label``."""
    line = next(line for line in md.splitlines() if line.startswith(f"| {label} |"))
    return [cell.strip() for cell in line.strip().strip("|").split("|")][1:]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "teaching"
    paths = build_report([TEACH / "single.yaml", TEACH / "small_choice.yaml"], out)
    return out, paths


def section(md: str, title: str) -> str:
    return md.split(f"## {title}\n")[1].split("\n## ")[0]


@pytest.mark.slow
def test_every_section_in_every_form(report):
    """The same sections, in the same order, as Markdown and HTML headings, PDF text and PDF bookmarks; the PDF's
    table of contents lists them."""
    out, _ = report
    md = out.with_suffix(".md").read_text()
    html = out.with_suffix(".html").read_text()
    reader = PdfReader(out.with_suffix(".pdf"))
    pdf_text = "".join(page.extract_text() for page in reader.pages)
    assert re.findall(r"^## (.+)$", md, re.M) == SECTIONS
    assert re.findall(r"<h2>([^<]+)</h2>", html) == SECTIONS
    assert [o.title for o in reader.outline] == SECTIONS
    contents = reader.pages[0].extract_text()
    for title in SECTIONS:
        assert title in pdf_text and title in contents


@pytest.mark.slow
def test_verdict_numbers_equal_result_json(report):
    """The verdict's figures are the results': each architecture's cost per delivered EFLOP, per GPU-hour and total
    (3 significant digits), its ratio to the cheapest ground baseline, and the ground's range over its baselines."""
    out, _ = report
    md = out.with_suffix(".md").read_text()
    verdict = section(md, "The verdict")
    results = {name: json.loads((out.parent / "teaching_files" / "results" / name / "result.json").read_text())
               for name in ("teaching_single", "teaching_small_choice")}
    best = min(results.values(), key=lambda r: r["kpi"]["cost_per_eflop_usd"])
    grounds = [b["cost_per_eflop_usd"] for b in best["terrestrial"]["baselines"].values()]
    for name, r in results.items():
        row = table_row(verdict, name)
        assert shows_dollars(row[0], r["kpi"]["cost_per_eflop_usd"], VERDICT_DIGITS), (name, row)
        assert shows_dollars(row[1], r["kpi"]["cost_per_gpu_hour_usd"], VERDICT_DIGITS), (name, row)
        assert shows_dollars(row[2], r["kpi"]["total_cost_usd"], VERDICT_DIGITS), (name, row)
        assert row[3] == f"{r['kpi']['cost_per_eflop_usd'] / min(grounds):.2f}x"
    ground = next(line for line in verdict.splitlines() if line.startswith("| the ground"))
    assert shows_dollars(ground, min(grounds), VERDICT_DIGITS)
    assert shows_dollars(verdict, hand_optimum()["ratio"], VERDICT_DIGITS)  # teaching_single's $10.44 per EFLOP, by hand
    # The answer's box names the cheapest contender first and ranks all three.
    box = verdict.strip().split("\n\n![")[0]
    assert box.startswith("> **The answer**") and "Ranking, cheapest first: 1." in box


@pytest.mark.slow
def test_waterfall_adds_up(report):
    """The waterfall table's categories sum to each contender's total per delivered EFLOP, and that total is the
    result's own cost per EFLOP (the ground's: its baseline's)."""
    out, _ = report
    md = out.with_suffix(".md").read_text()
    table = section(md, "Where the difference comes from")
    header = table_row(table, "category")
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith(("| category", "| total", "| discounted"))]
    totals = table_row(table, "total per delivered EFLOP")
    for column, name in enumerate(header):
        parts = sum(dollars(row.strip("|").split("|")[column + 1])[0] for row in rows)
        assert math.isclose(parts, dollars(totals[column])[0], rel_tol=5e-3), name  # cells at 3 significant digits
    r = json.loads((out.parent / "teaching_files" / "results" / "teaching_small_choice" / "result.json").read_text())
    assert shows_dollars(totals[header.index("teaching_small_choice")], r["kpi"]["cost_per_eflop_usd"], VERDICT_DIGITS)


@pytest.mark.slow
def test_marginal_values_in_dollars(report):
    """A binding row's marginal value in dollars is its dual (USD per EFLOP per unit) times the design's discounted
    delivered EFLOP: recomputed here from result.json."""
    out, _ = report
    md = out.with_suffix(".md").read_text()
    limits = section(md, "Limits and what binds")
    r = json.loads((out.parent / "teaching_files" / "results" / "teaching_single" / "result.json").read_text())
    binding = next(b for b in r["binding"] if b["marginal"])
    row = table_row(limits, binding["meaning"])
    assert shows_dollars(row[0], abs(binding["marginal"]) * r["kpi"]["discounted_flop"] / 1e18)
    assert row[0].endswith(f"per {binding['unit']}")


@pytest.mark.slow
def test_design_table_in_a_readers_units(report):
    """Each architecture's column shows its own result.json figures, in tonnes, MW and km2."""
    out, _ = report
    md = out.with_suffix(".md").read_text()
    designs = section(md, "The designs side by side")
    names = table_row(designs, "")  # the header: an empty corner cell, then the architectures
    assert names == ["teaching_single", "teaching_small_choice"]
    for name, cell in zip(names, table_row(designs, "launched mass, t"), strict=True):
        result = json.loads((out.parent / "teaching_files" / "results" / name / "result.json").read_text())
        assert cell == f"{result['kpi']['launched_mass_kg'] / 1000:,.0f}"
    for name, cell in zip(names, table_row(designs, "up-front capital"), strict=True):
        result = json.loads((out.parent / "teaching_files" / "results" / name / "result.json").read_text())
        assert shows_dollars(cell, result["kpi"]["upfront_capital_usd"])


@pytest.mark.slow
def test_negative_zero_cost_shows_as_zero(report, tmp_path):
    """A cost of -0.0 (a sum of cancelling terms) prints as $0, as on the console, never $-0."""
    out, _ = report
    data = json.loads((out.parent / "teaching_files" / "report.json").read_text())
    data["architectures"][0]["result"]["kpi"]["total_cost_usd"] = -0.0
    render_report(data, tmp_path / "zero")
    md = (tmp_path / "zero.md").read_text()
    assert "$-" not in md
    name = data["architectures"][0]["result"]["case"]["name"]
    assert table_row(section(md, "The verdict"), name)[2] == "$0"


@pytest.mark.slow
def test_html_is_self_contained(report):
    html = report[0].with_suffix(".html").read_text()
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert html.count('src="data:image/png;base64,') >= 8
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
    verdict = lambda text: re.sub(r"\]\([^)]*\)", "]()", text.split("## The verdict")[1].split("## ")[0])  # noqa: E731  (chart links name the output)
    assert verdict(again) == verdict(old)
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
    truth = section((tmp_path / "rep.md").read_text(), "What would have to be true")
    assert "teaching_single (2): orbit breaks even with the ground at a launch price of" in truth


def test_example_reports_come_from_one_documented_command():
    """The README documents one command that regenerates the committed examples; every synth command in it parses
    with today's CLI and reads only inputs that exist or that an earlier line of it writes."""
    import shlex

    from synth.cli import build_parser

    script = ROOT / "reports" / "make_examples.sh"
    assert "bash reports/make_examples.sh" in (ROOT / "README.md").read_text()
    commands = [shlex.split(line) for line in script.read_text().replace("\\\n", " ").splitlines() if line.startswith("synth ")]
    assert [c[1] for c in commands].count("report") == 2
    written: set[str] = set()
    for argv in commands:
        args = build_parser().parse_args(argv[1:])
        for before, path in zip(argv, argv[1:], strict=False):  # every path it reads: the words with a "/" that are not --out's
            if "/" in path and before != "--out":
                assert path in written or (ROOT / path).exists(), (argv, path)
        written.add(args.out)
    reports = [c for c in commands if c[1] == "report"]
    assert reports[0][reports[0].index("--out") + 1] == "reports/orbital_compute"
