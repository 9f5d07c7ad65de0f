"""Packaging: the wheel carries the catalogs and works from any directory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

from synth.catalog import CATALOG_FILES, DEFAULT_MODELS_DIR

ROOT = Path(__file__).resolve().parents[1]


def _clean_env() -> dict[str, str]:
    """The environment without PYTHONPATH, so a subprocess imports only what its interpreter has installed."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def _python(code: str, cwd: Path | None = None, python: str = sys.executable) -> subprocess.CompletedProcess:
    return subprocess.run([python, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=_clean_env())


# ---- the wheel ships the catalogs ------------------------------------------------------------------------------------

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
    imported = _python("import synth, synth.catalog; print(synth.__file__); print(synth.catalog.DEFAULT_MODELS_DIR)",
                       cwd=elsewhere, python=python)
    module_file, catalogs = (Path(line) for line in imported.stdout.split())
    assert module_file == site / "synth" / "__init__.py", imported.stderr
    assert catalogs == site / "synth" / "catalogs"

    synth_cmd = str(venv / "bin" / "synth")

    single = subprocess.run([synth_cmd, "solve", str(ROOT / "cases" / "teaching" / "single.yaml"), "--quiet"],
                            capture_output=True, text=True, cwd=elsewhere, env=_clean_env(), timeout=300)
    assert single.returncode == 0, single.stderr

    shutil.copy(ROOT / "cases" / "spacex.yaml", elsewhere / "spacex.yaml")
    spacex = subprocess.run([synth_cmd, "solve", "spacex.yaml", "--quiet", "--out", "out"],
                            capture_output=True, text=True, cwd=elsewhere, env=_clean_env(), timeout=300)
    assert spacex.returncode == 0, spacex.stderr
    result = json.loads((elsewhere / "out" / "result.json").read_text())
    assert result["status"] == "optimal"
    assert Path(result["case"]["catalog_dir"]) == site / "synth" / "catalogs"


def test_shipped_catalogs_live_in_the_package():
    """The checkout's catalogs are package data under synth/, the directory the loader uses by default."""
    assert DEFAULT_MODELS_DIR == ROOT / "synth" / "catalogs"
    assert sorted(p.name for p in DEFAULT_MODELS_DIR.glob("*.yaml")) == sorted([*CATALOG_FILES.values(), "published_claims.yaml"])
    assert not (ROOT / "models").exists()
