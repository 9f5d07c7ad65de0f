"""The subsystems, found in this package and ordered by data flow: each may use what lower-ordered ones publish.

Every module here that defines a :class:`~synth.subsystems.base.Subsystem` subclass with a ``name`` takes part;
``order`` places it (orbits 0, compute 10, shielding 20, solar arrays 30, radiators 40, batteries 50, buses 60,
propellant 70, launch 80, programme 90). Adding a subsystem is adding its module here (see
:mod:`synth.subsystems.base` and any module here as an example), its catalog file in ``synth/catalogs/`` if it has
one, a test file, and regenerating docs/model.md: nothing else changes.
"""

from __future__ import annotations

import importlib
import pkgutil

from synth.subsystems.base import Item, Resource, Subsystem


def _discover() -> tuple[Subsystem, ...]:
    found: dict[str, Subsystem] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Subsystem) and value is not Subsystem \
                    and value.__module__ == module.__name__ and "name" in vars(value):
                if value.name in found:
                    raise RuntimeError(f"two subsystems are named {value.name!r}")
                found[value.name] = value()
    return tuple(sorted(found.values(), key=lambda s: (s.order, s.name)))


REGISTRY: tuple[Subsystem, ...] = _discover()

BY_NAME = {s.name: s for s in REGISTRY}

__all__ = ["REGISTRY", "BY_NAME", "Item", "Resource", "Subsystem"]
