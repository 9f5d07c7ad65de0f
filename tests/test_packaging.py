"""Packaging and the package face: the wheel carries the catalogs and works from any directory; `synth --version`;
`import synth` and `synth --help` stay light (no Pyomo, pandas, pint, matplotlib or Dask)."""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

import synth
from synth.catalog import CATALOG_FILES, SHIPPED_CATALOG_DIR
from synth.cli import main

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pyomo", "pandas", "pint", "matplotlib", "dask")


def _clean_env() -> dict[str, str]:
    """The environment without PYTHONPATH, so a subprocess imports only what its interpreter has installed."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def _python(code: str, cwd: Path | None = None, python: str = sys.executable) -> subprocess.CompletedProcess:
    return subprocess.run([python, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=_clean_env())


# ---- the wheel ships the catalogs ------------------------------------------------------------------------------------

@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_solves_from_another_directory(tmp_path):
    """Build the wheel (`pip wheel`, from a copy of the sources so the checkout stays clean), install it into a new
    virtual environment and solve from an unrelated directory.

    The new environment gets synth only from the wheel. Its dependencies (Pyomo, HiGHS, pandas, ...) come from the
    environment running this test, through a .pth file, which is what `--system-site-packages` would do for a
    system install; that keeps the test to seconds without network. The .pth adds those directories to the path
    without processing their own .pth files, so the editable install of this checkout is not seen: the test checks
    that `synth` is imported from the new environment's site-packages.
    """
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "synth", src / "synth", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)],
                           capture_output=True, text=True, timeout=300, env=_clean_env())
    assert build.returncode == 0, build.stderr
    (wheel,) = dist.glob("synth-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        shipped = {name for name in archive.namelist() if name.startswith("synth/catalogs/")}
    assert shipped == {f"synth/catalogs/{f}" for f in [*CATALOG_FILES.values(), "published_claims.yaml"]}

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = str(venv / "bin" / "python")
    site = Path(_python("import sysconfig; print(sysconfig.get_paths()['purelib'])", python=python).stdout.strip())
    assert site.is_dir() and site.is_relative_to(venv)
    ours = sysconfig.get_paths()
    (site / "test_dependencies.pth").write_text(f"{ours['purelib']}\n{ours['platlib']}\n")
    install = subprocess.run([python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
                             capture_output=True, text=True, timeout=300, env=_clean_env())
    assert install.returncode == 0, install.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    imported = _python("import synth, synth.catalog; print(synth.__file__); print(synth.catalog.SHIPPED_CATALOG_DIR)",
                       cwd=elsewhere, python=python)
    module_file, catalogs = (Path(line) for line in imported.stdout.split())
    assert module_file == site / "synth" / "__init__.py", imported.stderr
    assert catalogs == site / "synth" / "catalogs"

    synth_cmd = str(venv / "bin" / "synth")
    version = subprocess.run([synth_cmd, "--version"], capture_output=True, text=True, cwd=elsewhere, env=_clean_env(), timeout=120)
    assert version.stdout == f"synth {synth.__version__}\n"

    single = subprocess.run([synth_cmd, "solve", str(ROOT / "cases" / "teaching" / "single.yaml"), "--quiet"],
                            capture_output=True, text=True, cwd=elsewhere, env=_clean_env(), timeout=300)
    assert single.returncode == 0, single.stderr

    shutil.copy(ROOT / "cases" / "spacex.yaml", elsewhere / "spacex.yaml")
    spacex = subprocess.run([synth_cmd, "solve", "spacex.yaml", "--quiet", "--out", "out"],
                            capture_output=True, text=True, cwd=elsewhere, env=_clean_env(), timeout=300)
    assert spacex.returncode == 0, spacex.stderr
    result = json.loads((elsewhere / "out" / "result.json").read_text())
    assert result["status"] == "optimal"
    assert [Path(d) for d in result["case"]["catalog_dirs"]] == [site / "synth" / "catalogs"]


def test_shipped_catalogs_live_in_the_package():
    """The checkout's catalogs are package data under synth/, the directory the loader uses by default."""
    assert SHIPPED_CATALOG_DIR == ROOT / "synth" / "catalogs"
    assert sorted(p.name for p in SHIPPED_CATALOG_DIR.glob("*.yaml")) == sorted([*CATALOG_FILES.values(), "published_claims.yaml"])
    assert not (ROOT / "models").exists()


# ---- --version and a light package face ---------------------------------------------------------------------------

def test_version_prints_the_installed_version(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out == f"synth {importlib.metadata.version('synth')}\n"
    assert re.fullmatch(r"synth \d+\.\d+\.\d+\n", out)
    assert importlib.metadata.version("synth") == synth.__version__  # pyproject takes its version from synth/__init__.py


def test_version_falls_back_to_the_package_version_without_metadata(capsys, monkeypatch):
    """Run from a source tree that was never installed: no distribution metadata, the package's own version."""
    def not_installed(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"synth {synth.__version__}\n"


def test_import_and_help_do_not_load_the_heavy_libraries():
    """`import synth; import synth.cli` and `synth --help` import none of Pyomo, pandas, pint, matplotlib, Dask."""
    probe = f"""
        import sys
        import synth, synth.cli
        after_import = sorted(m for m in {HEAVY!r} if m in sys.modules)
        code = synth.cli.main(["--help"])
        after_help = sorted(m for m in {HEAVY!r} if m in sys.modules)
        print(after_import, after_help, code)
    """
    proc = _python(probe, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "[] [] 0"
    assert "usage: synth" in proc.stdout


@pytest.mark.slow
def test_public_names_are_the_functions_even_after_their_modules_load():
    """`synth.solve` and `synth.evaluate` are both modules and functions: loading the modules first (as the sweep
    does) must not make `from synth import solve` return the module."""
    probe = """
        import synth.sweep.run, synth.evaluate, synth.solve
        import synth
        from synth import Result, Status, evaluate, load_case, load_design, solve
        print(solve.__module__, evaluate.__module__, load_case.__module__, load_design.__module__, Result.__name__, Status.OPTIMAL.value)
        print(synth.solve is solve, synth.evaluate is evaluate)
    """
    proc = _python(probe, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["synth.solve synth.evaluate synth.case synth.evaluate Result optimal", "True True"]


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        synth.nonexistent  # noqa: B018
    assert {"solve", "load_case", "__version__"} <= set(dir(synth))
