"""Hostile input: every row of ATTACKS is one input built in a temporary directory, the command run on it, the
exit code it must give and a fragment of the message it must print (issue 8, items 17, 18, 21 and 22, and
further inputs tried beyond them). Bad input exits 2 with a message, never a traceback or exit 1; nothing is
written outside the output directory; nothing hangs.

Rows marked ``isolated`` could hang or exhaust memory if the defect came back (a FIFO, /dev/zero, an alias bomb,
a regular expression that backtracks, a sweep of 1e10 points): they run in a child process with a time limit
and a 2 GB address-space limit, so a regression fails the test instead of stalling or starving the machine.
The others run in this process (``synth.cli.main``).

All rows start from the teaching case ``cases/teaching/single.yaml`` and its catalogs ``cases/teaching/models``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import xml.dom.minidom
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from synth.cli import main
from synth.errors import InputError
from synth.filenames import safe_filename
from synth.physics.orbit import sun_synchronous_inclination_deg, sun_synchronous_max_altitude_km
from synth.report.render import _md, report_paths
from synth.result import strict_json
from synth.sweep import spec as sweep_spec
from synth.yamlio import parse_value_text

ROOT = Path(__file__).resolve().parents[1]
SINGLE = ROOT / "cases" / "teaching" / "single.yaml"
MODELS = ROOT / "cases" / "teaching" / "models"

ISOLATED_TIMEOUT_S = 60  # a child that is still running then has hung (every isolated row takes ~3 s)
ISOLATED_MEMORY_BYTES = 2 * 2**30

# -- building inputs ------------------------------------------------------------------------------------------


def case(tmp: Path, body: str = "", name: str = "attack", file: str = "case.yaml", catalog_dir: Path | str = MODELS) -> str:
    """A valid case (the teaching single case, with the catalogs in ``catalog_dir``) named ``name`` (written as a
    JSON string, which is a YAML double-quoted string; a lone surrogate, which UTF-8 cannot hold, as its escape
    \\udXXX) with ``body`` appended; returns its path."""
    path = tmp / file
    text = f'name: {json.dumps(name, ensure_ascii=False)}\nextends: "{SINGLE}"\ncatalog_dir: {json.dumps(str(catalog_dir))}\n{body}'
    path.write_bytes(text.encode("utf-8", "backslashreplace"))
    return str(path)


def text_file(tmp: Path, name: str, text: str) -> str:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def deep(levels: int) -> str:
    """A flow list nested ``levels`` deep: [[[...]]]."""
    return "[" * levels + "]" * levels


def alias_bomb() -> str:
    """'Billion laughs' as one flow list: ten aliases of ten aliases ... nine levels stand for 10^9 values in 400
    characters (the anchors are defined inline, so the list can stand anywhere, even as a key)."""
    levels = ["&l0 [x, x, x, x, x, x, x, x, x, x]"] + [f"&l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 9)]
    return "[" + ", ".join(levels) + "]"


def sweep_file(tmp: Path, parameters: dict, **extra) -> str:
    path = tmp / "sweep.yaml"
    path.write_text(json.dumps({"name": "attack", "base": str(SINGLE), "parameters": parameters, **extra}))
    return str(path)


def design_file(tmp: Path, **changes) -> str:
    """The teaching case's optimal design (values from tests/test_hand.py's derivation need not matter here:
    only the field being attacked does), as a YAML file with ``changes``."""
    design = {"orbit": "teach_leo", "shielding": "none", "compute": {"gpu_a": 20}, "satellites_by_bus": {"small_bus": 1},
              "launches": {"small_rocket": 2}, "solar_array_area_by_technology_m2": {"cells_a": 200.0},
              "radiator_area_by_option_m2": {"panel@340K": 40.0}, "battery_energy_by_technology_kwh": {"cells": 30.0}}
    design.update(changes)
    path = tmp / "design.yaml"
    path.write_text(json.dumps(design))
    return str(path)


def copied_models(tmp: Path, file: str, append: str) -> Path:
    """A copy of the teaching catalogs with ``append`` added to ``file``; returns the copy's directory."""
    models = tmp / "models"
    shutil.copytree(MODELS, models)
    with open(models / file, "a", encoding="utf-8") as handle:
        handle.write(append)
    return models


def fifo(tmp: Path, name: str = "case.yaml") -> str:
    path = tmp / name
    os.mkfifo(path)
    return str(path)


def with_victim(tmp: Path) -> Path:
    """An unrelated result.json at TMP/victim, which a case named ../../../victim once overwrote."""
    (tmp / "victim").mkdir()
    (tmp / "victim" / "result.json").write_text('{"precious": true}\n')
    return tmp


def result_dir(tmp: Path, text: str) -> str:
    """A directory holding a result.json with ``text``, given to synth report as a solved architecture."""
    (tmp / "res").mkdir()
    (tmp / "res" / "result.json").write_text(text)
    return str(tmp / "res")


def extends_chain(tmp: Path, files: int) -> str:
    """A chain of ``files`` case files: c0.yaml extends c1.yaml ... extends the teaching single case. Returns c0.yaml."""
    for i in range(files - 2):
        (tmp / f"c{i}.yaml").write_text(f"name: c{i}\nextends: c{i + 1}.yaml\n")
    case(tmp, file=f"c{files - 2}.yaml")  # extends single.yaml, the last file of the chain
    return str(tmp / "c0.yaml")


def encoded_case(tmp: Path, encoding: str, prefix: bytes = b"", name: str = "attack") -> str:
    """The valid case written in another encoding (or UTF-8 with ``prefix``, a byte-order mark)."""
    path = Path(case(tmp, name=name))
    path.write_bytes(prefix + path.read_text().encode(encoding))
    return str(path)


def solved(tmp: Path) -> str:
    """A `synth solve --out` directory of the teaching case (a report reuses it instead of solving again)."""
    assert main(["solve", str(SINGLE), "--out", str(tmp / "solved"), "--quiet"]) == 0
    return str(tmp / "solved")


def sweep_results(tmp: Path, name: str, base_case: str) -> str:
    """A sweep output directory as `synth sweep` writes it (sweep.json + results.parquet), three points."""
    directory = tmp / "swept"
    directory.mkdir()
    (directory / "sweep.json").write_text(json.dumps({"name": name, "base_case": base_case}))
    pd.DataFrame({"param:launch_vehicles.small_rocket.price_per_launch_usd": [1e6, 2e6, 4e6], "status": ["optimal"] * 3,
                  "cost_per_eflop_usd": [9.0, 10.0, 12.0], "terrestrial_cost_per_eflop_usd": [0.6] * 3}).to_parquet(directory / "results.parquet")
    return str(directory)


# -- checks on what a command left behind -----------------------------------------------------------------------


def written_only_under(*allowed: str) -> Callable[[Path, set[Path]], None]:
    """Every file the command created lies under one of the ``allowed`` directories of the temporary directory."""
    def check(tmp: Path, before: set[Path]) -> None:
        created = {p for p in tmp.rglob("*") if p.is_file()} - before
        assert created, "the command wrote nothing"
        stray = [p for p in created if not any(p.is_relative_to(tmp / a) for a in allowed)]
        assert not stray, f"written outside {allowed}: {stray}"
    return check


def report_forms(*prefixes: str) -> Callable[[Path, set[Path]], None]:
    """OUT.html, OUT.md and OUT.pdf exist for each prefix (relative to the temporary directory)."""
    def check(tmp: Path, before: set[Path]) -> None:
        for prefix in prefixes:
            for suffix in (".html", ".md", ".pdf"):
                assert (tmp / f"{prefix}{suffix}").is_file(), f"{prefix}{suffix} missing; have {sorted(p.name for p in tmp.iterdir())}"
    return check


def victim_untouched(tmp: Path, before: set[Path]) -> None:
    assert (tmp / "victim" / "result.json").read_text() == '{"precious": true}\n'
    written_only_under("out", "victim")(tmp, before)


def markdown_is_inert(tmp: Path, before: set[Path]) -> None:
    md = (tmp / "out" / "rep.md").read_text()
    html = (tmp / "out" / "rep.html").read_text()
    unescaped = lambda text: re.search(r"(?<!\\)" + re.escape(text), md)  # noqa: E731  (not preceded by a backslash)
    assert not unescaped("](javascript") and not unescaped("<img") and not unescaped("`c") and not unescaped("*e")
    assert not re.search(r"^#+ Heading", md, re.M), "the name made a heading"
    assert r"\# Heading \[x\]\(javascript:alert(1)) \<img src=x onerror=alert(1)\> \`c\` \*e\* \|t\|" in md
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def svg_is_xml(tmp: Path, before: set[Path]) -> None:
    xml.dom.minidom.parse(str(tmp / "swept" / "sweep.svg"))  # raises on a NUL or another character XML forbids


def strict_result_json(tmp: Path, before: set[Path]) -> None:
    def refuse(constant: str) -> None:
        raise ValueError(f"non-standard JSON constant {constant}")
    json.loads((tmp / "out" / "result.json").read_text(), parse_constant=refuse)


# -- the table ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attack:
    id: str
    description: str
    build: Callable[[Path], list[str]]  # writes the input under the temporary directory, returns the command line
    exit_code: int | tuple[int, ...]
    fragment: str  # in stderr ("" for commands that succeed)
    isolated: bool = False
    after: Callable[[Path, set[Path]], None] | None = None


SPACES = " " * 250_000
DIGITS_400 = "1" + "0" * 400
ECONOMICS_FIELDS = ("nre_usd", "ground_segment_usd", "integration_usd_per_kg", "integration_usd_per_satellite", "operations_usd_per_year")
GRID_1E10 = {f"economics.{f}": {"from": 0, "to": 1, "steps": 100} for f in ECONOMICS_FIELDS}  # 100**5 points

ATTACKS = [
    # ---- item 17: file names from user text, Markdown, matplotlib text --------------------------------------------
    Attack("report_name_dotdot", "a case named ../../../victim: its result.json stays in OUT_files, another result.json is untouched",
           lambda t: ["report", case(with_victim(t), name="../../../victim"), "--out", str(t / "out" / "rep"), "--no-analyses"],
           0, "", after=victim_untouched),
    Attack("report_name_absolute", "a case named by an absolute path (TMP/elsewhere) writes nothing there",
           lambda t: ["report", case(t, name=str(t / "elsewhere")), "--out", str(t / "out" / "rep"), "--no-analyses"],
           0, "", after=written_only_under("out")),
    Attack("report_name_slash_mathtext_analyses", "a name with '/' and matplotlib math ($...$): tornado chart and results dir named safely",
           lambda t: ["report", case(t, name="a/b $\\frac{1}{$"), "--out", str(t / "out" / "rep")],
           0, "", after=written_only_under("out")),
    Attack("report_name_mathtext", "a name that is broken matplotlib math ('$\\frac{1}{$') labels the charts as written",
           lambda t: ["report", case(t, name="$\\frac{1}{$"), "--out", str(t / "out" / "rep"), "--no-analyses"],
           0, "", after=written_only_under("out")),
    Attack("report_name_400_bytes", "a 200-character name of 2-byte characters (400 bytes, beyond a file name's 255)",
           lambda t: ["report", case(t, name="é" * 200), "--out", str(t / "out" / "rep"), "--no-analyses"],
           0, "", after=written_only_under("out")),
    Attack("report_markdown_injection", "a name with Markdown and HTML (heading, javascript: link, <img>, code, emphasis, table bar)",
           lambda t: ["report", case(t, name="# Heading [x](javascript:alert(1)) <img src=x onerror=alert(1)> `c` *e* |t|"),
                      "--out", str(t / "out" / "rep"), "--no-analyses"],
           0, "", after=markdown_is_inert),
    Attack("name_300_characters", "a case name of 300 characters", lambda t: ["validate", case(t, name="n" * 300)],
           2, "case.yaml:1: field 'name': a name has at most 200 characters, this one 300"),
    Attack("name_nul_byte", "a case name with a NUL byte", lambda t: ["solve", case(t, name="a\0b")],
           2, "case.yaml:1: field 'name': a name is one line of printable text; it holds the character U+0000 at position 2"),
    Attack("name_newline", "a case name of two lines", lambda t: ["validate", case(t, name="a\nb")], 2, "U+000A at position 2"),
    Attack("name_blank", "a case name of spaces only", lambda t: ["validate", case(t, name="   ")], 2, "a name cannot be blank"),
    Attack("name_right_to_left_override", "a case name with U+202E (right-to-left override, spoofs what is shown)",
           lambda t: ["validate", case(t, name="abc\u202egpj.exe")], 2, "U+202E at position 4"),
    Attack("name_lone_surrogate", "a case name with a lone UTF-16 surrogate (cannot be written as UTF-8)",
           lambda t: ["validate", case(t, name="a\ud800b")], 2, "U+D800 at position 2"),
    Attack("name_zero_width_space", "a case name with a zero-width space", lambda t: ["validate", case(t, name="a\u200bb")], 2, "U+200B"),
    Attack("name_emoji", "a case name with emoji and accents is fine", lambda t: ["validate", case(t, name="🚀 orbite élevée")], 0, ""),
    Attack("catalog_entry_name_nul", "a catalog entry whose name holds a NUL byte",
           lambda t: ["validate", case(t, catalog_dir=copied_models(t, "compute.yaml", '"gpu\\0x": {source: abc}\n'))],
           2, "compute.yaml:21: field ''gpu\\x00x'': a name is one line of printable text; it holds the character U+0000 at position 4"),
    Attack("plot_sweep_name_mathtext", "synth plot of a sweep whose name and base case are broken matplotlib math",
           lambda t: ["plot", sweep_results(t, "$\\frac{$", "$x^$"), "--format", "png"], 0, ""),
    Attack("plot_sweep_name_control_characters", "synth plot of a sweep named with a NUL, an escape sequence and 10,000 characters",
           lambda t: ["plot", sweep_results(t, "a\0b\x1b[31m" + "z" * 10_000, "ok")], 0, "", after=svg_is_xml),
    Attack("plot_format_path", "synth plot --format with a path in it (the format becomes the file extension)",
           lambda t: ["plot", sweep_results(t, "ok", "ok"), "--format", "../../evil"], 2, "png, svg, pdf"),
    Attack("report_result_json_missing_keys", "a result directory whose result.json is not one synth wrote",
           lambda t: ["report", result_dir(t, '{"status": "optimal"}'), "--out", str(t / "out" / "rep"), "--no-analyses"],
           2, "not a result.json written by synth solve"),
    Attack("report_result_json_deep", "a result directory whose result.json is nested 100,000 levels deep",
           lambda t: ["report", result_dir(t, deep(100_000)), "--out", str(t / "out" / "rep"), "--no-analyses"],
           2, "nested deeper than 50 levels"),
    # ---- item 18: --out prefixes that differ after a dot ------------------------------------------------------------
    Attack("report_out_dotted_prefixes", "--out q3.v1 then --out q3.v2: two reports, q3.v1.* and q3.v2.*, neither replaces the other",
           lambda t: (main(["report", solved(t), "--out", str(t / "q3.v1"), "--no-analyses"]),
                      ["report", str(t / "solved"), "--out", str(t / "q3.v2"), "--no-analyses"])[-1],
           0, "", after=report_forms("q3.v1", "q3.v2")),
    Attack("report_out_with_extension", "--out q3.html writes q3.html, q3.md, q3.pdf (not q3.html.html)",
           lambda t: ["report", solved(t), "--out", str(t / "q3.html"), "--no-analyses"], 0, "", after=report_forms("q3")),
    # ---- item 21: resource exhaustion -------------------------------------------------------------------------------
    Attack("alias_bomb", "a billion-laughs alias bomb in a case (1e9 values in 1 kB)",
           lambda t: ["validate", case(t, f"description: {alias_bomb()}\n")], 2, "more than 50,000 values once aliases (*name) are expanded",
           isolated=True),
    Attack("alias_bomb_as_key", "an alias bomb used as a mapping key",
           lambda t: ["validate", case(t, f"limits:\n  ? {alias_bomb()}\n  : 1\n")],
           2, "keys must be plain names, not lists or mappings", isolated=True),
    Attack("alias_recursive", "an alias inside itself (&x [*x])", lambda t: ["validate", case(t, "description: &x [*x]\n")],
           2, "nested deeper than 50 levels"),
    Attack("deep_case", "a case value nested 10,000 levels deep", lambda t: ["solve", case(t, f"description: {deep(10_000)}\n")],
           2, "case.yaml:4: nested deeper than 50 levels"),
    Attack("deep_catalog", "a catalog entry nested 10,000 levels deep",
           lambda t: ["validate", case(t, catalog_dir=copied_models(t, "compute.yaml", f"deep: {deep(10_000)}\n"))],
           2, "compute.yaml:21: nested deeper than 50 levels"),
    Attack("deep_sweep", "a sweep file nested 10,000 levels deep",
           lambda t: ["validate", text_file(t, "sweep.yaml", f"base: {SINGLE}\nparameters: {deep(10_000)}\n")],
           2, "sweep.yaml:2: nested deeper than 50 levels"),
    Attack("deep_design", "a design file nested 10,000 levels deep",
           lambda t: ["evaluate", str(SINGLE), "--design", text_file(t, "d.yaml", f"compute: {deep(10_000)}\n")],
           2, "d.yaml:1: nested deeper than 50 levels"),
    Attack("extends_chain_1500", "1,500 case files each extending the next",
           lambda t: ["validate", extends_chain(t, 1500)],
           2, "more than 32 case files extend each other in a chain; allowed: at most 32"),
    Attack("extends_chain_32", "32 case files in a chain (the limit) are fine",
           lambda t: ["validate", extends_chain(t, 32)],
           0, ""),
    Attack("file_50_mb", "a 50 MB list as the case", lambda t: ["validate", text_file(t, "big.yaml", "[" + "1," * 25_000_000 + "]")],
           2, "file larger than 10 MB (the limit for an input file)", isolated=True),
    Attack("list_1_mb", "a 1 MB list (under the size limit) of 500,000 values: refused after 50,000, in ~2 s",
           lambda t: ["validate", text_file(t, "big.yaml", "[" + "1," * 500_000 + "]")], 2, "big.yaml:1: more than 50,000 values (the limit for one input)"),
    Attack("fifo_case", "a FIFO as the case file (reading it would wait for a writer forever)", lambda t: ["validate", fifo(t)],
           2, "is a FIFO, not a regular file", isolated=True),
    Attack("dev_zero_case", "/dev/zero as the case file (never ends)", lambda t: ["solve", "/dev/zero"], 2, "is a device or socket, not a regular file",
           isolated=True),
    Attack("fifo_catalog", "a FIFO as a catalog file",
           lambda t: (shutil.copytree(MODELS, t / "models"), (t / "models" / "orbits.yaml").unlink(), os.mkfifo(t / "models" / "orbits.yaml"),
                      ["validate", case(t, catalog_dir=t / "models")])[-1],
           2, "orbits.yaml: is a FIFO, not a regular file", isolated=True),
    Attack("directory_case", "a directory as the case file", lambda t: ["validate", str(t)], 2, "is a directory, not a regular file"),
    Attack("quantity_250k_spaces", "a quantity string with 250,000 spaces (the old pattern backtracked for minutes)",
           lambda t: ["validate", case(t, f'requirements:\n  design_life_years: "5 x{SPACES}y"\n')],
           2, "quantity string of 250,004 characters; at most 100 are read", isolated=True),
    Attack("unit_power_tower", "a unit that is a tower of powers (pint computes 2^2^2^... exactly, forever)",
           lambda t: ["validate", case(t, 'requirements:\n  design_life_years: "5 s**2**2**2**2**2**2**2**2**2"\n')],
           2, "a power in a unit is a plain number of at most two digits", isolated=True),
    Attack("sweep_1e10_points_validate", "synth validate of a grid sweep of 1e10 points (5 parameters x 100 steps)",
           lambda t: ["validate", sweep_file(t, GRID_1E10)],
           2, "the sweep has 10,000,000,000 points (grid of 100 x 100 x 100 x 100 x 100 values); at most 1,000,000 are allowed", isolated=True),
    Attack("sweep_1e10_points_sweep", "synth sweep of the same grid", lambda t: ["sweep", sweep_file(t, GRID_1E10), "--out", str(t / "out")],
           2, "at most 1,000,000 are allowed", isolated=True),
    Attack("sweep_1e10_points_set", "synth sweep with --set ranges making 1e10 points",
           lambda t: ["sweep", str(SINGLE), "--set", "economics.nre_usd=0:1:100000", "--set", "economics.ground_segment_usd=0:1:100000",
                      "--out", str(t / "out")],
           2, "the sweep has 10,000,000,000 points", isolated=True),
    Attack("path_too_long_extends", "extends: a file name of 5,000 characters",
           lambda t: ["validate", text_file(t, "c.yaml", f"name: c\nextends: {'x' * 5000}.yaml\n")],
           2, "path too long for the file system"),
    Attack("path_too_long_case", "a case path of 5,000 characters", lambda t: ["solve", str(t / ("x" * 5000))], 2, "too long"),
    Attack("path_too_long_catalog_dir", "catalog_dir of 5,000 characters", lambda t: ["validate", case(t, catalog_dir="m" * 5000)],
           2, "path too long for the file system"),
    Attack("nul_in_extends", "extends: a path with a NUL byte", lambda t: ["validate", text_file(t, "c.yaml", 'name: c\nextends: "a\\0b.yaml"\n')],
           2, "c.yaml:2: field 'extends': a path cannot contain a NUL byte"),
    Attack("nul_in_catalog_dir", "catalog_dir with a NUL byte", lambda t: ["validate", case(t, catalog_dir="m\0dels")],
           2, "a path cannot contain a NUL byte"),
    Attack("not_utf8", "a case file in Latin-1 with an accented name", lambda t: ["validate", encoded_case(t, "latin-1", name="café")],
           2, "case.yaml: not UTF-8 text (invalid continuation byte at byte 10)"),
    Attack("utf16", "a case file in UTF-16", lambda t: ["validate", encoded_case(t, "utf-16")], 2, "not UTF-8 text (invalid start byte at byte 0)"),
    Attack("utf8_bom", "a UTF-8 case file with a byte-order mark is fine",
           lambda t: ["validate", encoded_case(t, "utf-8", prefix=b"\xef\xbb\xbf")], 0, ""),
    Attack("integer_5000_digits", "a whole number of 5,000 digits (beyond what Python converts)",
           lambda t: ["validate", case(t, f"economics:\n  nre_usd: 1{'0' * 5000}\n")],
           2, "case.yaml:5: field 'economics.nre_usd': bad value: a whole number of 5,001 digits is beyond every field's range"),
    # ---- item 22: numbers outside the float range or physics --------------------------------------------------------
    Attack("integer_400_digits_float_field", "a 400-digit integer in a field of floats", lambda t: ["solve", case(t, f"economics:\n  nre_usd: {DIGITS_400}\n")],
           2, "field 'economics.nre_usd': a number of 401 digits, beyond the float range (about 1.8e308)"),
    Attack("integer_400_digits_count", "a 400-digit integer in a count (max_launches)",
           lambda t: ["solve", case(t, f"limits:\n  max_launches: {DIGITS_400}\n")],
           2, "field 'limits.max_launches': Input should be less than or equal to 1000000000"),
    Attack("integer_400_digits_quantity", "a 400-digit integer in a quantity field (design life)",
           lambda t: ["solve", case(t, f"requirements:\n  design_life_years: {DIGITS_400}\n")], 2, "a number of 401 digits, beyond the float range"),
    Attack("radiator_1e100_k", "a radiator at 1e100 K (T^4 overflowed)", lambda t: ["solve", case(t, "options:\n  radiator_temperatures_k: [1.0e100]\n")],
           2, "field 'options.radiator_temperatures_k[0]': Input should be less than or equal to 3000"),
    Attack("radiator_negative_k", "a radiator at -340 K (was accepted: T^4 is positive)",
           lambda t: ["solve", case(t, "options:\n  radiator_temperatures_k: [-340]\n")],
           2, "field 'options.radiator_temperatures_k[0]': Input should be greater than 0"),
    Attack("catalog_radiator_negative_k", "a catalog radiator temperature of -5 K set by an override",
           lambda t: ["validate", case(t, "overrides:\n  radiators:\n    panel:\n      operating_temperatures_k: [-5]\n")],
           2, "case.yaml:7: field 'overrides.radiators.panel.operating_temperatures_k[0]': Input should be greater than 0"),
    Attack("sso_at_6000_km", "a Sun-synchronous orbit at 6,000 km (math domain error)",
           lambda t: ["solve", case(t, "options:\n  orbits: [teach_sso]\noverrides:\n  orbits:\n    teach_sso: {altitude_km: 6000}\n")],
           2, "case.yaml:8: field 'overrides.orbits.teach_sso.altitude_km': ltan_h makes teach_sso Sun-synchronous, but no inclination is "
              "Sun-synchronous at 6000 km (J2 precession is too slow); allowed: altitudes below 5,974 km, or no ltan_h"),
    Attack("life_1e-320", "a design life of 1e-320 years (solved 'optimal' with Infinity in result.json)",
           lambda t: ["solve", case(t, "requirements:\n  design_life_years: 1.0e-320\n")],
           2, "field 'requirements.design_life_years': Input should be greater than or equal to 0.01"),
    Attack("utilization_1e-320", "a utilization of 1e-320", lambda t: ["solve", case(t, "requirements:\n  utilization: 1.0e-320\n")],
           2, "field 'requirements.utilization': Input should be greater than or equal to 0.01"),
    Attack("peak_flops_1e-320", "a peak of 1e-320 TFLOP/s", lambda t: ["solve", case(t, "overrides:\n  compute:\n    gpu_a: {peak_tflops: 1.0e-320}\n")],
           2, "field 'overrides.compute.gpu_a.peak_tflops': Input should be greater than or equal to 0.001"),
    Attack("module_power_1e-320", "a module power of 1e-320 W (overflowed converting infinity to an integer)",
           lambda t: ["solve", case(t, "overrides:\n  compute:\n    gpu_a: {power_w: 1.0e-320}\n")], 2, "Input should be greater than or equal to 1"),
    Attack("emissivity_1e-320", "a radiator emissivity of 1e-320 (division by zero in the sink temperature)",
           lambda t: ["solve", case(t, "overrides:\n  radiators:\n    panel: {emissivity: 1.0e-320}\n")], 2, "Input should be greater than or equal to 0.01"),
    Attack("availability_1e-320", "a terrestrial availability of 1e-320 (Infinity in result.json)",
           lambda t: ["solve", case(t, "overrides:\n  terrestrial:\n    teach_ground: {availability: 1.0e-320}\n")],
           2, "Input should be greater than or equal to 0.01"),
    Attack("delivered_eflop_1e300", "a delivered-compute requirement of 1e300 EFLOP (an infinite constraint bound)",
           lambda t: ["solve", case(t, "requirements:\n  delivered_eflop_min: 1.0e300\n")], 2, "Input should be less than or equal to 1000000000000000"),
    Attack("time_limit_1e-6", "a time limit of 1e-6 s: the fixed-integer LP stops without duals (abs(None)); 0 or 4, never 1",
           lambda t: ["solve", case(t, "solver:\n  time_limit_s: 1.0e-6\n"), "--quiet"], (0, 4), ""),
    Attack("result_json_strict", "result.json of a solve parses with a strict JSON parser",
           lambda t: ["solve", str(SINGLE), "--out", str(t / "out"), "--quiet"], 0, "", after=strict_result_json),
    Attack("quantity_1e400", "a quantity of 1e400 km (infinite)",
           lambda t: ["validate", case(t, 'overrides:\n  orbits:\n    teach_leo: {altitude_km: "1e400 km"}\n')],
           2, "must be a finite number"),
    Attack("quantity_1e308_km", "an altitude of 1e308 km", lambda t: ["validate", case(t, 'overrides:\n  orbits:\n    teach_leo: {altitude_km: "1e308 km"}\n')],
           2, "Input should be less than or equal to 100000"),
    Attack("quantity_101_characters", "a quantity string of 101 characters",
           lambda t: ["validate", case(t, f'requirements:\n  design_life_years: "5{" " * 95}years"\n')],
           2, "quantity string of 101 characters; at most 100 are read"),
    Attack("quantity_empty", "an empty quantity string", lambda t: ["validate", case(t, 'requirements:\n  design_life_years: ""\n')],
           2, "cannot read '' as a quantity"),
    Attack("design_count_400_digits", "a design with a 400-digit module count (overflowed math.isfinite)",
           lambda t: ["evaluate", str(SINGLE), "--design", design_file(t, compute={"gpu_a": 10**400})],
           2, "field 'compute.gpu_a': must be a finite number >= 0 and <= 1e+15, got 100000000000... (401 characters)"),
    Attack("design_area_1e300", "a design with 1e300 m2 of arrays (was evaluated as merely violating)",
           lambda t: ["evaluate", str(SINGLE), "--design", design_file(t, solar_array_area_by_technology_m2={"cells_a": 1e300})],
           2, "must be a finite number >= 0 and <= 1e+15, got 1e+300"),
    # ---- beyond the list: odd YAML, wrong types at every level of a catalog override ------------------------------
    Attack("yaml_bad_date", "a date that does not exist (2001-13-45)", lambda t: ["validate", case(t, "description: 2001-13-45\n")],
           2, "case.yaml:4: field 'description': bad value '2001-13-45': month must be in 1..12"),
    Attack("yaml_bad_timestamp_tag", "!!timestamp on text", lambda t: ["validate", case(t, "description: !!timestamp x\n")],
           2, "bad value 'x': not a valid timestamp"),
    Attack("yaml_python_tag", "a !!python/object/apply tag (the safe loader must refuse it, not ignore it)",
           lambda t: ["validate", case(t, 'description: !!python/object/apply:os.system ["echo hi"]\n')],
           2, "unsupported tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
    Attack("yaml_set_tag", "a !!set", lambda t: ["validate", case(t, "description: !!set {a}\n")], 2, "unsupported tag 'tag:yaml.org,2002:set'"),
    Attack("yaml_merge_key", "a merge key (<<)", lambda t: ["validate", case(t, "limits:\n  <<: {max_launches: 3}\n")], 2, "bad key"),
    Attack("yaml_complex_key", "a list as a key", lambda t: ["validate", case(t, "limits:\n  ? [a, b]\n  : 3\n")], 2, "keys must be plain names"),
    Attack("yaml_two_documents", "two YAML documents in one case file", lambda t: ["validate", case(t, "---\nname: other\n")], 2, "YAML syntax error"),
    Attack("yaml_tab_indent", "a tab used for indentation", lambda t: ["validate", case(t, "limits:\n\tmax_launches: 3\n")], 2, "YAML syntax error"),
    Attack("override_list_not_mapping", "overrides: a list", lambda t: ["validate", case(t, "overrides: [1, 2]\n")], 2, "field 'overrides'"),
    Attack("override_catalog_list", "overrides.compute: a list", lambda t: ["validate", case(t, "overrides:\n  compute: [1]\n")],
           2, "field 'overrides.compute'"),
    Attack("override_entry_number", "overrides.compute.gpu_a: a number", lambda t: ["validate", case(t, "overrides:\n  compute:\n    gpu_a: 5\n")],
           2, "field 'overrides.compute.gpu_a'"),
    Attack("override_field_list", "a catalog figure given as a list", lambda t: ["validate", case(t, "overrides:\n  compute:\n    gpu_a: {power_w: [1]}\n")],
           2, "field 'overrides.compute.gpu_a.power_w'"),
    Attack("override_field_mapping", "a catalog figure given as a mapping",
           lambda t: ["validate", case(t, "overrides:\n  compute:\n    gpu_a: {power_w: {a: 1}}\n")],
           2, "field 'overrides.compute.gpu_a.power_w'"),
    Attack("override_payload_number", "payload_kg (a mapping by orbit class) given as a number",
           lambda t: ["validate", case(t, "overrides:\n  launch_vehicles:\n    small_rocket: {payload_kg: 5}\n")],
           2, "field 'overrides.launch_vehicles.small_rocket.payload_kg'"),
    Attack("override_payload_unknown_class", "payload_kg to an orbit class that does not exist",
           lambda t: ["validate", case(t, "overrides:\n  launch_vehicles:\n    small_rocket: {payload_kg: {mars: 5}}\n")],
           2, "'leo', 'sso', 'leo_high', 'meo' or 'geo'"),
    Attack("override_top_down_wrong_type", "a bus's top_down block with a text figure",
           lambda t: ["validate", case(t, 'overrides:\n  buses:\n    small_bus: {top_down: {specific_power_w_per_kg: "x", price_usd_per_w: 1}}\n')],
           2, "cannot read 'x' as a quantity"),
    Attack("cost_model_learning_rate_above_1", "a bus cost model with a learning rate of 1.5 (costs rising with every doubling)",
           lambda t: ["validate", case(t, "overrides:\n  buses:\n    small_bus: {price_usd: null, cost_model: {first_unit_usd: 1.0e6, "
                      "learning_rate: 1.5, prior_units: 0, lot_units: 10}}\n")],
           2, "field 'overrides.buses.small_bus.cost_model.learning_rate': Input should be less than or equal to 1"),
    Attack("cost_model_and_price", "a bus with both price_usd and a cost_model", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {cost_model: {first_unit_usd: 1.0e6, learning_rate: 0.9, prior_units: 0, lot_units: 10}}\n")],
           2, "give exactly one of price_usd and cost_model"),
    Attack("cost_model_empty_lot", "a bus cost model priced for a lot of 0 units", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {price_usd: null, cost_model: {first_unit_usd: 1.0e6, learning_rate: 0.9, prior_units: 0, "
           "lot_units: 0}}\n")],
           2, "cost_model.lot_units': Input should be greater than or equal to 1"),
    Attack("cost_model_huge_lot", "a bus cost model whose prior and lot units exceed ten million", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {price_usd: null, cost_model: {first_unit_usd: 1.0e6, learning_rate: 0.9, prior_units: 9000000, "
           "lot_units: 2000000}}\n")], 2, "prior_units + lot_units must be at most 10,000,000"),
    Attack("cost_model_no_first_unit", "a bus cost model with neither a first-unit cost nor a reference lot", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {price_usd: null, cost_model: {learning_rate: 0.9, prior_units: 0, lot_units: 10}}\n")],
           2, "give exactly one of first_unit_usd and reference"),
    Attack("cost_reference_negative_cost", "a CER reference lot with a negative unit cost", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {price_usd: null, cost_model: {reference: {unit_cost_usd: -1, units: 10}, learning_rate: 0.9, "
           "prior_units: 0, lot_units: 10}}\n")], 2, "cost_model.reference.unit_cost_usd': Input should be greater than 0"),
    Attack("top_down_stated_and_derived", "a top-down block with both a stated W/kg and an array output", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {top_down: {specific_power_w_per_kg: 40, array_power_bol_w: 1000, spacecraft_mass_kg: 10, "
           "price_usd_per_w: 1}}\n")], 2, "give exactly one of specific_power_w_per_kg (stated) and array_power_bol_w"),
    Attack("top_down_housekeeping_all", "a top-down unit whose housekeeping takes all its power", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {top_down: {array_power_bol_w: 1000, spacecraft_mass_kg: 10, housekeeping_fraction: 1, "
           "price_usd_per_w: 1}}\n")], 2, "top_down.housekeeping_fraction': Input should be less than 1"),
    Attack("top_down_sizing_without_array", "a sizing choice on a top-down unit with a stated W/kg", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {top_down: {specific_power_w_per_kg: 40, sizing: mean, price_usd_per_w: 1}}\n")],
           2, "sizing: given only with array_power_bol_w"),
    Attack("top_down_sizing_unknown", "a top-down sizing point that does not exist", lambda t: ["validate", case(
           t, "overrides:\n  buses:\n    small_bus: {top_down: {array_power_bol_w: 1000, spacecraft_mass_kg: 10, sizing: peak, price_usd_per_w: 1}}\n")],
           2, "'mean' or 'end_of_life'"),
    Attack("launch_price_quoted_for_unreached_class", "a launch price quoted for a class the vehicle does not reach", lambda t: ["validate", case(
           t, "overrides:\n  launch_vehicles:\n    small_rocket: {price_quoted_for: geo}\n")], 2, "price_quoted_for 'geo' is not among payload_kg's classes"),
    Attack("launch_price_quoted_payload_negative", "a launch price quoted for a negative payload", lambda t: ["validate", case(
           t, "overrides:\n  launch_vehicles:\n    small_rocket: {price_quoted_for: leo, price_quoted_payload_kg: -5}\n")],
           2, "price_quoted_payload_kg': Input should be greater than 0"),
    Attack("override_source_nul", "a catalog source with a NUL byte set by an override",
           lambda t: ["validate", case(t, 'overrides:\n  compute:\n    gpu_a: {source: "ab\\0c"}\n')], 2, "control character U+0000"),
    Attack("options_string_not_list", "options.orbits: a string", lambda t: ["validate", case(t, "options:\n  orbits: teach_leo\n")],
           2, "field 'options.orbits'"),
    Attack("options_empty_list", "options.orbits: an empty list", lambda t: ["validate", case(t, "options:\n  orbits: []\n")], 2, "field 'options.orbits'"),
    Attack("options_nested_list", "options.orbits: a list of lists", lambda t: ["validate", case(t, "options:\n  orbits: [[teach_leo]]\n")],
           2, "field 'options.orbits[0]'"),
    Attack("options_null_entry", "options.orbits: [null]", lambda t: ["validate", case(t, "options:\n  orbits: [null]\n")], 2, "field 'options.orbits[0]'"),
    Attack("it_power_scalar", "requirements.it_power_mw: a number instead of {min, max}", lambda t: ["validate", case(t, "requirements:\n  it_power_mw: 5\n")],
           2, "field 'requirements.it_power_mw'"),
    Attack("it_power_terawatts", "requirements.it_power_mw up to 1e9 MW",
           lambda t: ["validate", case(t, "requirements:\n  it_power_mw: {min: 1, max: 1.0e9}\n")],
           2, "at most 1,000,000 MW (a terawatt) of IT power"),
    Attack("sweep_steps_zero", "a sweep range of 0 steps", lambda t: ["validate", sweep_file(t, {"economics.nre_usd": {"from": 0, "to": 1, "steps": 0}})],
           2, "greater than or equal to 1"),
]


def _limits() -> None:  # in the child, before exec: a regression runs out of memory quickly instead of swapping
    resource.setrlimit(resource.RLIMIT_AS, (ISOLATED_MEMORY_BYTES, ISOLATED_MEMORY_BYTES))


# Rows that take seconds each (marked slow): every isolated row (a new Python process), and in this process those that
# render a report with its PDF or read a 1 MB list.
SLOW_IN_PROCESS = {"report_name_dotdot", "report_name_absolute", "report_name_slash_mathtext_analyses", "report_name_mathtext",
                   "report_name_400_bytes", "report_markdown_injection", "report_out_dotted_prefixes", "report_out_with_extension",
                   "list_1_mb"}
assert SLOW_IN_PROCESS <= {a.id for a in ATTACKS}


@pytest.mark.parametrize("attack", [pytest.param(a, id=a.id, marks=[pytest.mark.slow] if a.isolated or a.id in SLOW_IN_PROCESS else [])
                                    for a in ATTACKS])
def test_attack(attack: Attack, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    argv = attack.build(tmp_path)
    capsys.readouterr()  # output of any setup command
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    if attack.isolated:
        try:
            proc = subprocess.run([sys.executable, "-m", "synth.cli", *argv], cwd=tmp_path, capture_output=True, text=True,
                                  timeout=ISOLATED_TIMEOUT_S, preexec_fn=_limits)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{attack.description}: still running after {ISOLATED_TIMEOUT_S} s")
        code, err = proc.returncode, proc.stderr
    else:
        code, err = main(argv), capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err, err
    expected = attack.exit_code if isinstance(attack.exit_code, tuple) else (attack.exit_code,)
    assert code in expected, f"{attack.description}: exit {code}, expected {attack.exit_code}\n{err}"
    assert attack.fragment in err, f"{attack.description}: {attack.fragment!r} not in\n{err}"
    if attack.after:
        attack.after(tmp_path, before)


# -- the helpers behind the rows, with numbers a person can check ------------------------------------------------


def test_safe_filename_keeps_safe_names_and_hashes_changed_ones():
    assert safe_filename("blue_origin") == "blue_origin"
    assert safe_filename("q3.v1-final") == "q3.v1-final"
    # Changed names get '-' and the first 8 hex digits of the SHA-256 of the original text (sha256sum can check).
    assert safe_filename("a/b") == "a_b-" + hashlib.sha256(b"a/b").hexdigest()[:8]
    assert safe_filename("a?b") == "a_b-" + hashlib.sha256(b"a?b").hexdigest()[:8] != safe_filename("a/b")
    assert safe_filename("../../etc/passwd").startswith("etc_passwd-")  # runs collapse, no leading dots or '_'
    assert safe_filename(".hidden").startswith("hidden-")
    assert safe_filename("..").startswith("name-")
    assert len(safe_filename("x" * 300)) == 100 and len(safe_filename("x" * 300, max_len=20)) == 20


def test_report_paths_append_the_extension():
    for out, prefix in (("q3.v1", "q3.v1"), ("q3.v2", "q3.v2"), ("q3.html", "q3"), ("q3.PDF", "q3"), ("q3", "q3"), ("r/a.b.c", "r/a.b.c")):
        assert report_paths(out) == (Path(f"{prefix}.html"), Path(f"{prefix}.md"), Path(f"{prefix}.pdf"), Path(f"{prefix}_files"))
    with pytest.raises(InputError, match="file name prefix"):
        report_paths("reports/..")


def test_markdown_escapes_structure_and_keeps_the_reports_bold():
    assert _md("teaching_single costs $1.46 (1e18 FLOP), break-even") == "teaching_single costs $1.46 (1e18 FLOP), break-even"
    assert _md("**best** wins") == "**best** wins"
    assert _md("[x](javascript:alert(1))") == r"\[x\]\(javascript:alert(1))"
    assert _md("![i](https://example.com/i.png)") == r"\!\[i\]\(https\://example.com/i.png)"
    assert _md("<b>a|b</b> `c` *d* _e_ f_g") == r"\<b\>a\|b\</b\> \`c\` \*d\* \_e\_ f_g"
    assert _md("# title", block=True) == r"\# title" and _md("- item", block=True) == r"\- item"
    assert _md("1. first", block=True) == r"1\. first" and _md("1. first") == "1. first"
    assert _md("two\nlines") == "two lines"


def test_strict_json_writes_non_finite_numbers_as_null():
    text = strict_json({"kpi": {"cost": float("inf"), "ratio": float("nan"), "mass": 2.5}, "rows": [float("-inf"), 1]})
    assert json.loads(text, parse_constant=lambda c: pytest.fail(f"non-standard {c}")) == {"kpi": {"cost": None, "ratio": None, "mass": 2.5},
                                                                                             "rows": [None, 1]}


def test_sun_synchronous_altitude_limit():
    # a_max = (1.5 J2 R^2 sqrt(mu) year / 2 pi)^(2/7): 1.5 * 1.08262668e-3 * 6378.137^2 * sqrt(398600.4418) = 4.1709e7,
    # / (2 pi / (365.2422 * 86400 s) = 1.99102e-7) = 2.0949e14 -> ^(2/7) = 12352.5 km; minus R: 5,974.4 km.
    assert sun_synchronous_max_altitude_km() == pytest.approx(5974.4, abs=0.5)
    assert sun_synchronous_inclination_deg(sun_synchronous_max_altitude_km() - 1e-6) == pytest.approx(180.0, abs=0.1)
    assert sun_synchronous_inclination_deg(650) == pytest.approx(97.99, abs=0.02)  # the dawn-dusk 650 km orbit of the catalog


def test_sweep_point_count_is_checked_before_expanding(monkeypatch):
    monkeypatch.setattr(sweep_spec, "MAX_POINTS", 100)
    grid = lambda a, b, combine="grid": sweep_spec.SweepSpec.model_validate(  # noqa: E731
        {"base": "x", "combine": combine, "parameters": {"economics.nre_usd": {"from": 0, "to": 1, "steps": a},
                                                        "limits.max_launches": {"values": list(range(1, b + 1))}}})
    assert len(sweep_spec.expand(grid(10, 10))) == 100
    with pytest.raises(InputError, match=r"the sweep has 110 points \(grid of 10 x 11 values\); at most 100"):
        sweep_spec.expand(grid(10, 11))
    assert len(sweep_spec.expand(grid(100, 100, "zip"))) == 100  # zip: the parameters advance together


def test_parse_value_text_for_set_values():
    """``--set KEY=VALUE`` values (read in the CLI with this function): YAML within the bounds of a file."""
    assert parse_value_text("300", "--set limits.max_launches") == 300
    assert parse_value_text("1e6", "--set economics.nre_usd") == 1e6  # YAML 1.2 float, as in files
    assert parse_value_text("650 km", "--set x") == "650 km"
    assert parse_value_text("[a, b]", "--set options.orbits") == ["a", "b"]
    assert parse_value_text("[unclosed", "--set name") == "[unclosed"  # not YAML: the text as it is
    with pytest.raises(InputError, match=r"  --set description: nested deeper than 50 levels"):
        parse_value_text(deep(10_000), "--set description")
    with pytest.raises(InputError, match="more than 50,000 values once aliases"):
        parse_value_text(alias_bomb(), "--set description")
    with pytest.raises(InputError, match="value longer than 100,000 characters"):
        parse_value_text("x" * 100_001, "--set name")


def test_yaml_loader_used_directly_refuses_deep_input_as_an_input_error():
    """Code that parses with ``yaml.load(text, Loader=synth.yamlio._Loader)`` (as the CLI's --set reader does on
    main) gets an InputError (exit 2), not a RecursionError (exit 1), for input nested too deeply."""
    import yaml

    from synth.yamlio import _Loader

    with pytest.raises(InputError, match=r"<input>:1: nested deeper than 50 levels"):
        yaml.load(deep(10_000), Loader=_Loader)
