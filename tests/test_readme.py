"""The README's examples are true: every command in it runs, in order, in a temporary directory holding a copy of
the repository's cases, and every sample output it shows is what the command prints.

Commands are the lines of its ```bash blocks (comments stripped; a ``pip install ... &&`` prefix is what this suite's
installation already did, so only the command after it runs). Sample outputs are its ```console blocks: a ``$ ``
line is a command (run through bash, so pipes work) and the lines after it are the first lines of what it prints, up
to a final ``...`` when the README shows only the start. Regenerate every sample from real runs with

    python tests/test_readme.py --update

which keeps each sample's length (and its ``...``), so a shortened sample stays short (a sample that is only
``...`` is filled with the whole output).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
#: Commands the README shows that this test does not run, and why (each must stay true by other means).
NOT_RUN = {
    "python -m pytest -q": "the test suite itself (CI runs exactly this command)",
    "python -m pytest -q tests/test_notebooks.py": "a part of the test suite (the notebooks run in it)",
    "synth app": "serves until stopped; tests/test_app.py starts the same server (create_app) and drives it in Chromium",
    "synth app cases/spacex.yaml cases/blue_origin.yaml --port 8050": "serves until stopped (as above)",
    "synth app --no-browser --port 8050 --results results/examples/race results/examples/uncertainty": "serves until stopped (as above; "
    "test_results_charts_carry_the_cards_names_and_colours loads such outputs)",
}


@dataclass
class Sample:
    command: str
    shown: list[str]  # the lines the README shows
    elided: bool  # the README ends the sample with "..."
    start: int  # line index of the first shown line in the README
    end: int  # line index after the last sample line (the "..." included)


def bash_commands(text: str) -> list[str]:
    """The commands of the ```bash blocks, in order."""
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if not line:
                continue
            if line.startswith("python -m pip install"):
                line = line.split("&&", 1)[1].strip() if "&&" in line else ""
            if line and line not in NOT_RUN:
                commands.append(line)
    return commands


def console_samples(text: str) -> list[Sample]:
    """The ``$ command`` samples of the ```console blocks with the output lines shown after each."""
    lines = text.splitlines()
    samples: list[Sample] = []
    inside = False
    current: Sample | None = None
    for index, line in enumerate(lines):
        if line.startswith("```console"):
            inside = True
            continue
        if inside and line.startswith("```"):
            inside = False
            if current:
                current.end = index
                samples.append(current)
            current = None
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            if current:
                current.end = index
                samples.append(current)
            current = Sample(line[2:], [], False, index + 1, index + 1)
        elif current is not None:
            if line.strip() == "...":
                current.elided = True
            elif not current.elided:
                current.shown.append(line)
    return samples


def run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "PYTHONUNBUFFERED": "1"}
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def workdir(base: Path) -> Path:
    """A directory like a fresh checkout's for the README's relative paths: the cases and the validation suite (and
    the committed reports, which README examples must not overwrite: their copies here would be)."""
    shutil.copytree(ROOT / "cases", base / "cases")
    shutil.copytree(ROOT / "validation", base / "validation", ignore=shutil.ignore_patterns("__pycache__"))
    return base


def test_readme_starts_with_the_two_commands():
    text = README.read_text()
    first = re.search(r"```bash\n(.*?)```", text, re.S).group(1).splitlines()
    assert first[0].startswith("python -m pip install -e . && synth ")
    assert first[1].startswith("python -m pip install -e '.[test]' && python -m pytest -q")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python -m pip install -e '.[test]' && python -m pytest -q" in ci


def test_readme_commands_table_is_one_table():
    """A blank line inside a Markdown table ends it: the commands table must be one block of | rows."""
    text = README.read_text()
    table = text[text.index("| command |"):]
    rows = table.split("\n\n", 1)[0].splitlines()
    assert all(row.startswith("|") for row in rows) and len(rows) > 10


@pytest.fixture(scope="module")
def ran(tmp_path_factory) -> tuple[Path, list[str]]:
    """A working directory in which every README command has run, in order, and the failures."""
    cwd = workdir(tmp_path_factory.mktemp("readme"))
    failures = []
    for command in bash_commands(README.read_text()):
        done = run(command, cwd)
        if done.returncode != 0:
            failures.append(f"README command failed ({done.returncode}): {command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return cwd, failures


@pytest.mark.slow
def test_every_readme_command_runs(ran):
    assert ran[1] == []


@pytest.mark.slow
def test_every_readme_python_example_runs(ran):
    """Each ```python block runs as written (after the commands, whose files it may read)."""
    cwd = ran[0]
    for block in re.findall(r"```python\n(.*?)```", README.read_text(), re.S):
        done = subprocess.run([sys.executable, "-c", block], cwd=cwd, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"README Python example failed:\n{block}\n{done.stderr[-3000:]}"


def test_every_readme_case_and_sweep_file_is_valid(tmp_path, capsys):
    """Each ```yaml block that is a case (name, options or extends) or a sweep (base, parameters) validates, written
    where its relative paths point (a case extending ../spacex.yaml sits in cases/examples/, a sweep in cases/sweeps/)."""
    from synth.cli import main

    cwd = workdir(tmp_path)
    blocks = re.findall(r"```yaml\n(.*?)```", README.read_text(), re.S)
    checked = 0
    for index, block in enumerate(blocks):
        if "base:" in block and "parameters:" in block:
            path = cwd / "cases" / "sweeps" / f"readme_{index}.yaml"
        elif block.lstrip().startswith(("name:", "#")) and "extends:" in block:
            path = cwd / "cases" / ("examples" if "extends: ../" in block else "") / f"readme_{index}.yaml"
        else:
            continue
        path.write_text(block)
        assert main(["validate", str(path)]) == 0, capsys.readouterr().err
        checked += 1
    assert checked >= 3


@pytest.mark.slow
def test_every_readme_sample_output_is_what_the_command_prints(ran):
    cwd = ran[0]  # the samples may read what the commands wrote (results/...)
    for sample in console_samples(README.read_text()):
        done = run(sample.command, cwd)
        printed = (done.stdout + done.stderr).splitlines()
        got = printed[: len(sample.shown)]
        assert got == sample.shown, (f"README sample of `{sample.command}` differs from a real run "
                                     f"(python tests/test_readme.py --update regenerates it):\n" + "\n".join(printed[:len(sample.shown) + 5]))
        assert sample.elided or len(printed) == len(sample.shown), f"`{sample.command}` prints more than the README shows; end the sample with ..."


def update() -> None:
    """Rewrite every sample output of the README from real runs, keeping each sample's length."""
    import tempfile

    text = README.read_text()
    with tempfile.TemporaryDirectory() as tmp:
        cwd = workdir(Path(tmp))
        for command in bash_commands(text):
            run(command, cwd)
        lines = text.splitlines()
        for sample in reversed(console_samples(text)):
            printed = (lambda d: (d.stdout + d.stderr).splitlines())(run(sample.command, cwd))
            keep = len(sample.shown) if sample.elided and sample.shown else len(printed)  # a bare "..." takes it all
            new = printed[:keep] + (["..."] if keep < len(printed) else [])
            lines[sample.start:sample.end] = new
            print(f"updated: $ {sample.command} ({len(new)} lines)")
    README.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        raise SystemExit("usage: python tests/test_readme.py --update")
    update()
