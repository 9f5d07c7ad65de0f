"""Parametric sweeps: spec and expansion, persistent per-worker models, resumable journal, parallel backends."""

from synth.sweep.run import run_sweep
from synth.sweep.spec import Sweep, SweepSpec, load_sweep

__all__ = ["Sweep", "SweepSpec", "load_sweep", "run_sweep"]
