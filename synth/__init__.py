"""synth: design synthesis for AI data centers in orbit.

    from synth import load_case, solve
    result = solve(load_case("cases/spacex.yaml"))
    result.kpi["cost_per_eflop_usd"], result.budget_table("mass_kg")

The names below are imported on first use (PEP 562): the modules behind them load Pyomo, pandas and pint, which
``import synth`` and ``synth --help`` should not pay for.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name -> the module that defines it
_EXPORTS = {
    "load_case": "synth.case",
    "solve": "synth.solve",
    "evaluate": "synth.evaluate",
    "load_design": "synth.evaluate",
    "Result": "synth.result",
    "load_result": "synth.result",
    "Status": "synth.result",
}

__all__ = list(_EXPORTS)

if TYPE_CHECKING:  # for type checkers and editors; at run time __getattr__ imports these on first use
    from synth.case import load_case  # noqa: F401
    from synth.evaluate import evaluate, load_design  # noqa: F401
    from synth.result import Result, Status, load_result  # noqa: F401
    from synth.solve import solve  # noqa: F401


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use and keep the name (later lookups skip this function)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'synth' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The ``synth`` package object. ``synth.solve`` and ``synth.evaluate`` name both a submodule and the function
    it defines; importing the submodule makes Python bind the module as an attribute of the package, which would
    hide the function ``from synth import solve`` must return. This class keeps such a binding out."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return  # the submodule stays reachable as sys.modules["synth.solve"] and by `from synth.solve import ...`
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
