"""docs/model.md is generated from the module docstrings and must match them; every subsystem documents its
equations; the README's examples are covered elsewhere (tests/test_readme.py)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from synth.docs import model_reference
from synth.subsystems import REGISTRY

ROOT = Path(__file__).resolve().parents[1]


def test_model_reference_is_up_to_date():
    """Regenerate with: python -m synth.docs model > docs/model.md"""
    assert (ROOT / "docs" / "model.md").read_text() == model_reference()


@pytest.mark.parametrize("subsystem", REGISTRY, ids=lambda s: s.name)
def test_every_subsystem_documents_its_equations_with_units(subsystem):
    """A subsystem's module docstring holds at least one relation (an indented line with =, <= or >=) and the units
    of its amounts in parentheses, e.g. (kW) or (t)."""
    doc = inspect.getmodule(type(subsystem)).__doc__ or ""
    equations = [line for line in doc.splitlines() if line.startswith("    ") and re.search(r"(<=|>=|=)", line)]
    assert equations, f"{subsystem.name}: no equation in its module docstring"
    assert re.search(r"\((kW|kWh|t|m2|m3|MUSD|ZFLOP|W/m2|kg/m2|h|-|1/yr|m/s|krad/yr)[),;]", doc), f"{subsystem.name}: no unit"
    assert "Repeated per period" in doc, f"{subsystem.name}: does not say how its block repeats per period"
