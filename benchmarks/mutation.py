"""Mutation check: does the test suite notice a wrong physics relation or coefficient?

    python benchmarks/mutation.py [--tests "tests -x -q"] [--only NAME ...]

Each mutant is one hand-written change to the physics or coefficient code (a wrong factor, a dropped term, a
swapped sign), of the kind a slip would make. For each, the repository is copied to a temporary directory, the
change applied, and the test suite run against the copy (``PYTHONPATH`` points at it, so the installed package is
shadowed); a mutant is killed when the suite fails. The evaluator shares the coefficient code with the solver, so
only the hand-derived tests, the closed-form physics tests and the stored reference results can kill these.
Prints one line per mutant and the kill rate; exits 1 if any mutant survives.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutant:
    name: str
    file: str
    old: str
    new: str


MUTANTS = [
    Mutant("worst eclipse halved (geometry)", "synth/physics/orbit.py",
           "return Sunlight(float(np.mean(fractions)), float(np.max(fractions)) * t, t)",
           "return Sunlight(float(np.mean(fractions)), 0.5 * float(np.max(fractions)) * t, t)"),
    Mutant("radiator direct-sun absorption tripled", "synth/physics/thermal.py",
           "+ solar_absorptivity * s * sun_incidence_factor)", "+ 3 * solar_absorptivity * s * sun_incidence_factor)"),
    Mutant("Earth view factor sign", "synth/physics/thermal.py",
           "return (math.atan(1.0 / x) - x / (big_h * big_h)) / math.pi", "return (math.atan(1.0 / x) + x / (big_h * big_h)) / math.pi"),
    Mutant("radiator emits from one face only", "synth/physics/thermal.py",
           "return faces * emissivity * STEFAN_BOLTZMANN * temperature_k**4", "return emissivity * STEFAN_BOLTZMANN * temperature_k**4"),
    Mutant("array degradation one year short", "synth/physics/power.py",
           "* (1.0 - degradation_per_year) ** life_years", "* (1.0 - degradation_per_year) ** (life_years - 1)"),
    Mutant("battery delivers without the discharge loss", "synth/physics/power.py",
           "return depth_of_discharge * math.sqrt(round_trip_efficiency)", "return depth_of_discharge"),
    Mutant("battery recharge ignores the charge loss", "synth/physics/power.py",
           "return depth_of_discharge / (math.sqrt(round_trip_efficiency) * sunlit_hours)", "return depth_of_discharge / sunlit_hours"),
    Mutant("shielding does not reduce the dose", "synth/physics/reliability.py",
           "return base_rate + failures_per_krad * dose_factor * dose_krad_per_year", "return base_rate + failures_per_krad * dose_krad_per_year"),
    Mutant("discounting dropped from service years", "synth/physics/reliability.py",
           "k = failure_rate + discount_rate_continuous(discount_rate)", "k = failure_rate"),
    Mutant("annuity uses r instead of ln(1 + r)", "synth/physics/economics.py",
           "rho = math.log1p(discount_rate)", "rho = discount_rate"),
    Mutant("drag without the one half", "synth/physics/economics.py",
           "return (0.5 * density_kg_per_m3", "return (1.0 * density_kg_per_m3"),
    Mutant("orbital period with a^2", "synth/physics/orbit.py",
           "return 2.0 * math.pi * math.sqrt(a**3 / EARTH_MU_KM3_PER_S2)", "return 2.0 * math.pi * math.sqrt(a**2 / EARTH_MU_KM3_PER_S2)"),
    Mutant("ground electricity without PUE", "synth/physics/terrestrial.py",
           "energy_pv_kwh = it_power_kw * pue * HOURS_PER_YEAR * pv_years", "energy_pv_kwh = it_power_kw * HOURS_PER_YEAR * pv_years"),
    Mutant("array conversion efficiency dropped", "synth/subsystems/solar_arrays.py",
           'p[("array_kw_per_m2", s)] = d.coeff["solar_arrays"][s] / 1000.0 * arr.power_conversion_efficiency',
           'p[("array_kw_per_m2", s)] = d.coeff["solar_arrays"][s] / 1000.0'),
    Mutant("recharge over the whole orbit", "synth/subsystems/orbits.py",
           "sunlit_h_worst_orbit=max(sun.period_s - worst_s, 1.0) / 3600.0", "sunlit_h_worst_orbit=max(sun.period_s, 1.0) / 3600.0"),
    Mutant("utilization ignored in delivered FLOP", "synth/subsystems/compute.py",
           "reliability.delivered_flop_per_module(mod.peak_tflops * 1e12, req.utilization, 1.0, years)",
           "reliability.delivered_flop_per_module(mod.peak_tflops * 1e12, 1.0, 1.0, years)"),
    Mutant("top-down payload allowance without shielding", "synth/subsystems/buses.py",
           "+ max(sh.mass_kg_per_kw for sh in rc.entries[\"shielding\"].values())) / KG_PER_T",
           ") / KG_PER_T"),
    Mutant("propellant at the highest Isp", "synth/subsystems/propellant.py",
           "return {o: max((economics.drag_propellant_kg_per_m2(", "return {o: min((economics.drag_propellant_kg_per_m2("),
]


def run(mutant: Mutant, tests: list[str]) -> tuple[bool, float]:
    with tempfile.TemporaryDirectory(prefix="synth-mutant-") as tmp:
        copy = Path(tmp) / "repo"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", ".venv*", "results", "__pycache__", "*.egg-info", "reports"))
        target = copy / mutant.file
        text = target.read_text()
        if text.count(mutant.old) != 1:
            raise SystemExit(f"mutant {mutant.name!r}: the text to change is not found exactly once in {mutant.file}")
        target.write_text(text.replace(mutant.old, mutant.new))
        env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *tests], cwd=copy, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return done.returncode != 0, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", default="tests -x -q", help="pytest arguments (default: the whole suite, stop at the first failure)")
    parser.add_argument("--only", nargs="*", help="run only the mutants whose name contains one of these")
    args = parser.parse_args()
    chosen = [m for m in MUTANTS if not args.only or any(o in m.name for o in args.only)]
    killed = 0
    for mutant in chosen:
        dead, seconds = run(mutant, args.tests.split())
        killed += dead
        print(f"{'killed  ' if dead else 'SURVIVED'} {seconds:6.1f} s  {mutant.name} ({mutant.file})", flush=True)
    print(f"kill rate: {killed} of {len(chosen)} mutants ({killed / max(len(chosen), 1):.0%})")
    return 0 if killed == len(chosen) else 1


if __name__ == "__main__":
    sys.exit(main())
