"""Command-line arguments: bad values and bad output paths exit 2 with a message naming the option (before anything
is solved), `--set` reads numbers as case files do, and a sweep's exit code says why no point has a design.

Every row runs `synth.cli.main` in this process on the small teaching case, so each takes well under a second.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from synth.cli import _parse_sets, _sweep_outcome, main

ROOT = Path(__file__).resolve().parents[1]
TEACHING = ROOT / "cases" / "teaching"
SINGLE = TEACHING / "single.yaml"
PARAM = "launch_vehicles.small_rocket.price_per_kg_usd"


@pytest.fixture
def tmp(tmp_path: Path) -> Path:
    """Files the rows point at: a regular file, result directories and report data that are corrupt or foreign, a
    sweep directory with a corrupt Parquet table, and a sweep file with a negative seed."""
    (tmp_path / "file").write_text("not a directory\n")
    (tmp_path / "empty.json").write_text("")
    (tmp_path / "broken.json").write_text('{"architectures": [\n')
    (tmp_path / "foreign.json").write_text(json.dumps({"points": [1, 2, 3]}))
    for name, text in {"corrupt_result": '{"status": "optimal", "case": {', "foreign_result": json.dumps({"front": []})}.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "result.json").write_text(text)
    (tmp_path / "corrupt_sweep").mkdir()
    (tmp_path / "corrupt_sweep" / "sweep.json").write_text(json.dumps({"spec": {"name": "x"}}))
    (tmp_path / "corrupt_sweep" / "results.parquet").write_bytes(b"PAR1 this is not a parquet file")
    (tmp_path / "seed.yaml").write_text(f"name: seeded\nbase: {SINGLE}\nparameters:\n  requirements.utilization: {{low: 0.3, high: 0.6}}\n"
                                        "sample: {method: random, points: 2, seed: -1}\n")
    return tmp_path


S = str(SINGLE)
BAD_ARGUMENTS = [
    # (id, argv with {tmp} for the fixture's directory, exit code, fragments the message must contain)
    ("pareto-points-0", ["pareto", S, "--points", "0"], 2, ["--points", "whole number >= 2"]),
    ("pareto-points-negative", ["pareto", S, "--points", "-3"], 2, ["--points", "whole number >= 2"]),
    ("breakeven-tolerance-negative", ["breakeven", S, "--param", PARAM, "--tolerance", "-0.01"], 2, ["--tolerance", "between 0 and 1"]),
    ("breakeven-tolerance-nan", ["breakeven", S, "--param", PARAM, "--tolerance", "nan"], 2, ["--tolerance", "between 0 and 1"]),
    ("breakeven-tolerance-1", ["breakeven", S, "--param", PARAM, "--tolerance", "1"], 2, ["--tolerance", "between 0 and 1"]),
    ("plot-format-exe", ["plot", "{tmp}", "--format", "exe"], 2, ["--format", "png, svg, pdf"]),
    ("plot-format-mixed", ["plot", "{tmp}", "--format", "png,exe"], 2, ["--format", "png, svg, pdf"]),
    ("sweep-workers-1e20", ["sweep", S, "--out", "{tmp}/s", "--workers", "1e20"], 2, ["--workers", "whole number from 1 to 256"]),
    ("sweep-workers-huge", ["sweep", S, "--out", "{tmp}/s", "--workers", "100000000000000000000"], 2, ["--workers", "from 1 to 256"]),
    ("sweep-workers-257", ["sweep", S, "--out", "{tmp}/s", "--workers", "257"], 2, ["--workers", "from 1 to 256"]),
    ("sweep-chunk-size-text", ["sweep", S, "--out", "{tmp}/s", "--chunk-size", "many"], 2, ["--chunk-size", "whole number >= 1"]),
    ("sweep-scheduler-no-port", ["sweep", S, "--out", "{tmp}/s", "--scheduler", "localhost"], 2, ["--scheduler", "HOST:PORT"]),
    ("sweep-scheduler-bad-port", ["sweep", S, "--out", "{tmp}/s", "--scheduler", "tcp://host:99999"], 2, ["--scheduler", "HOST:PORT"]),
    ("sweep-negative-seed", ["sweep", "{tmp}/seed.yaml", "--out", "{tmp}/s"], 2, ["seed.yaml", "sample.seed", "greater than or equal to 0"]),
    ("report-from-data-missing", ["report", "--from-data", "{tmp}/none.json", "--out", "{tmp}/r"], 2, ["none.json", "file not found"]),
    ("report-from-data-empty", ["report", "--from-data", "{tmp}/empty.json", "--out", "{tmp}/r"], 2, ["empty.json", "the file is empty"]),
    ("report-from-data-not-json", ["report", "--from-data", "{tmp}/broken.json", "--out", "{tmp}/r"], 2, ["broken.json:2", "not valid JSON"]),
    ("report-from-data-foreign", ["report", "--from-data", "{tmp}/foreign.json", "--out", "{tmp}/r"], 2,
     ["foreign.json", "not a report.json", "missing generated, architectures"]),
    ("report-corrupt-result", ["report", "{tmp}/corrupt_result", "--out", "{tmp}/r"], 2, ["corrupt_result/result.json", "not valid JSON"]),
    ("report-foreign-result", ["report", "{tmp}/foreign_result", "--out", "{tmp}/r"], 2,
     ["foreign_result/result.json", "not a result.json written by synth solve", "status, case"]),
    ("plot-corrupt-parquet", ["plot", "{tmp}/corrupt_sweep"], 2, ["corrupt_sweep/results.parquet", "not a readable Parquet file"]),
    # --out that cannot be written: an existing file, a directory under a file, a device
    ("solve-out-file", ["solve", S, "--out", "{tmp}/file"], 2, ["--out", "{tmp}/file", "not a directory"]),
    ("solve-out-under-file", ["solve", S, "--out", "{tmp}/file/sub"], 2, ["--out", "{tmp}/file/sub", "{tmp}/file is not a directory"]),
    ("solve-out-dev-null", ["solve", S, "--out", "/dev/null"], 2, ["--out", "/dev/null", "not a directory"]),
    ("evaluate-out-file", ["evaluate", S, "--design", str(SINGLE), "--out", "{tmp}/file"], 2, ["--out", "not a directory"]),
    ("pareto-out-under-file", ["pareto", S, "--out", "{tmp}/file/front"], 2, ["--out", "{tmp}/file is not a directory"]),
    ("breakeven-out-dev-null", ["breakeven", S, "--param", PARAM, "--out", "/dev/null"], 2, ["--out", "/dev/null", "not a directory"]),
    ("sweep-out-file", ["sweep", S, "--out", "{tmp}/file", "--set", "requirements.utilization=0.4,0.5"], 2, ["--out", "not a directory"]),
    ("report-out-under-file", ["report", S, "--out", "{tmp}/file/report"], 2, ["--out", "{tmp}/file is not a directory"]),
    ("report-out-dev-null", ["report", S, "--out", "/dev/null"], 2, ["--out", "/dev/null", "special file"]),
]


@pytest.mark.parametrize("argv, code, fragments", [row[1:] for row in BAD_ARGUMENTS], ids=[row[0] for row in BAD_ARGUMENTS])
def test_bad_argument_exits_2_with_a_message(capsys, tmp, argv, code, fragments):
    rc = main([arg.replace("{tmp}", str(tmp)) for arg in argv])
    out, err = capsys.readouterr()
    assert rc == code, err
    assert out == ""  # refused before anything ran: nothing solved, nothing printed
    assert "Traceback" not in err and "internal error" not in err
    for fragment in fragments:
        assert fragment.replace("{tmp}", str(tmp)) in err


def test_report_out_with_a_directory_where_a_report_file_goes(capsys, tmp_path):
    """OUT.html must be a file: a directory of that name is refused before solving."""
    (tmp_path / "r.html").mkdir()
    rc = main(["report", str(SINGLE), "--out", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert rc == 2
    assert f"cannot write the report to {tmp_path / 'r.html'}: it exists and is not a regular file" in err


def test_read_only_out_directory_exits_2(capsys, tmp_path, monkeypatch):
    """A directory the user may not write into. Not as root, a real chmod 0555 directory is used. Root may write
    into any directory, so there the permission answer a normal user gets for that directory is simulated (os.access
    says no); the check itself is the same call either way."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.geteuid() == 0:
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if Path(path) == locked else real_access(path, mode, **kw))
    try:
        rc = main(["solve", str(SINGLE), "--out", str(locked / "results")])
    finally:
        locked.chmod(0o755)
    out, err = capsys.readouterr()
    assert rc == 2
    assert out == ""
    assert f"--out: cannot write to {locked / 'results'}: the directory {locked} is not writable" in err


def test_good_output_paths_are_accepted(capsys, tmp_path):
    """A new directory two levels down is created; an existing directory is reused."""
    assert main(["solve", str(SINGLE), "--quiet", "--out", str(tmp_path / "a" / "b")]) == 0
    assert (tmp_path / "a" / "b" / "result.json").is_file()
    assert main(["solve", str(SINGLE), "--quiet", "--out", str(tmp_path / "a" / "b")]) == 0


# ---- --set reads YAML 1.2 numbers --------------------------------------------------------------------------------------

def test_set_reads_exponent_numbers_without_a_dot_as_numbers():
    parsed = _parse_sets(["limits.max_launches_per_year=5e0", "launch_vehicles.starship.price_per_kg_usd=1e3",
                          "limits.max_launches=300", "requirements.design_life_years=60 months"])
    assert parsed == {"limits.max_launches_per_year": 5.0, "launch_vehicles.starship.price_per_kg_usd": 1000.0,
                      "limits.max_launches": 300, "requirements.design_life_years": "60 months"}
    assert isinstance(parsed["limits.max_launches_per_year"], float) and isinstance(parsed["launch_vehicles.starship.price_per_kg_usd"], float)


def test_set_exponent_number_reaches_an_integer_field_and_result_json(capsys, tmp_path):
    """`5e0` fills an integer field (YAML 1.1 text would be refused), and result.json records 1e3 as the number 1000."""
    rc = main(["solve", str(SINGLE), "--quiet", "--out", str(tmp_path), "--set", "limits.max_launches=5e0", "--set", f"{PARAM}=1e3"])
    assert rc == 0, capsys.readouterr().err
    recorded = json.loads((tmp_path / "result.json").read_text())["case"]["overrides"]["set"]
    assert recorded == {"limits.max_launches": 5.0, PARAM: 1000.0}


# ---- a sweep's exit code -------------------------------------------------------------------------------------------------

def test_sweep_where_every_point_hits_its_time_limit_exits_4(capsys, tmp_path):
    """small_choice needs branch and bound; a 1 microsecond limit stops HiGHS before it finds any design."""
    rc = main(["sweep", str(TEACHING / "small_choice.yaml"), "--out", str(tmp_path), "--workers", "1",
               "--set", "solver.time_limit_s=1e-6", "--set", "requirements.utilization=0.4,0.5"])
    out, err = capsys.readouterr()
    frame = pd.read_parquet(tmp_path / "results.parquet")
    assert list(frame["status"]) == ["time_limit", "time_limit"]  # it really hit the limit, on both points
    assert "orbit" not in frame or frame["orbit"].isna().all()
    assert rc == 4
    assert "2 of 2 points done (2 at the time limit)" in out
    assert "no point of the sweep has a design (2 at the time limit)" in err


def test_sweep_where_every_point_is_infeasible_exits_3(capsys, tmp_path):
    rc = main(["sweep", str(TEACHING / "infeasible.yaml"), "--out", str(tmp_path), "--workers", "1",
               "--set", "requirements.utilization=0.4,0.5"])
    out, err = capsys.readouterr()
    assert list(pd.read_parquet(tmp_path / "results.parquet")["status"]) == ["infeasible", "infeasible"]
    assert rc == 3
    assert "no point of the sweep has a design (2 infeasible)" in err


@pytest.mark.parametrize("rows, code, outcome", [
    ([("optimal", "leo"), ("infeasible", None), ("time_limit", None)], 0, "1 optimal, 1 at the time limit, 1 infeasible"),
    ([("time_limit", "leo"), ("infeasible", None)], 0, "1 at the time limit, 1 infeasible"),  # the best design found in time
    ([("infeasible", None), ("infeasible", None)], 3, "2 infeasible"),
    ([("infeasible", None), ("time_limit", None)], 4, "1 at the time limit, 1 infeasible"),
    ([("infeasible", None), ("error", None), ("error", None)], 4, "1 infeasible, 2 failed"),
    ([], 0, "no points"),
], ids=["some-optimal", "time-limit-with-design", "all-infeasible", "infeasible-and-time-limit", "infeasible-and-failed", "empty"])
def test_sweep_outcome(rows, code, outcome):
    """0 when any point has a design; 3 only when every point is infeasible; 4 when time limits or failures left
    the rest without one; the outcome counts the points by status."""
    frame = pd.DataFrame(rows, columns=["status", "orbit"]) if rows else pd.DataFrame()
    assert _sweep_outcome(frame) == (code, outcome)
