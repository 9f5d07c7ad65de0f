"""Files synth writes: atomic, and readable by whoever the user's umask lets read them (issue 8 item 8).

Every output is written through one implementation (synth.atomic): a temporary file beside the target, created
with mode 0o666 minus the umask, flushed and renamed. The expected modes are the umask arithmetic done by hand:
0o666 & ~0o022 = 0o644 (rw-r--r--), 0o666 & ~0o077 = 0o600 (rw-------).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from synth.atomic import atomic_path, write_atomic
from synth.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SINGLE = ROOT / "cases" / "teaching" / "single.yaml"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask():
    """Set the process umask for one test (the returned function), and restore it afterwards."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


@pytest.mark.slow
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600)])
def test_solve_out_files_follow_the_umask(tmp_path, mask, expected):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "synth", "solve", str(SINGLE), "--out", str(out), "--quiet"], umask=mask, timeout=120)
    assert done.returncode == 0
    files = sorted(out.iterdir())
    assert {p.name for p in files} >= {"result.json", "design.csv", "kpi.csv", "budget_mass_kg.csv"}
    assert {p.name: oct(mode(p)) for p in files} == {p.name: oct(expected) for p in files}


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o027, 0o640)])
def test_write_atomic_text_and_bytes_follow_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    text, data = write_atomic(tmp_path / "a.txt", "héllo\n"), write_atomic(tmp_path / "b.bin", b"\x00\xff")
    assert text.read_bytes() == "héllo\n".encode() and data.read_bytes() == b"\x00\xff"
    assert (mode(text), mode(data)) == (expected, expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin"]  # no temporary file left behind


def test_a_writer_given_a_path_gets_the_umask_and_a_failed_write_keeps_the_old_file(tmp_path, umask):
    """atomic_path serves writers that want a file name (the report's PDF); if the writer fails, the previous
    file stays as it was and the temporary file is removed."""
    umask(0o022)
    target = tmp_path / "report.pdf"
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"first")
    assert target.read_bytes() == b"first" and mode(target) == 0o644
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"half of the sec")
            raise RuntimeError("the writer failed")
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_directory_in_the_way_is_an_input_error_naming_it(tmp_path):
    (tmp_path / "result.json").mkdir()
    with pytest.raises(InputError) as err:
        write_atomic(tmp_path / "result.json", "{}")
    assert str(tmp_path / "result.json") in str(err.value) and "cannot write" in str(err.value)
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]
