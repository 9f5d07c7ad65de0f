"""Reference documentation generated from the code: the case and catalog formats (from the pydantic field
descriptions) and docs/model.md, the model's equations (from the module docstrings).

    python -m synth.docs model > docs/model.md         # regenerate after changing a module docstring

tests/test_docs.py fails when docs/model.md differs from what this produces, and when a subsystem's module
docstring has no equation.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import typing

from pydantic import BaseModel

from synth.case import Case
from synth.catalog import ENTRY_TYPES
from synth.errors import input_error


def describe(model: type[BaseModel], indent: str = "") -> list[str]:
    lines = []
    for name, info in model.model_fields.items():
        required = info.is_required()
        default = "" if required else f" (default {info.default!r})" if info.default_factory is None else ""
        lines.append(f"{indent}{name}{' [required]' if required else default}: {info.description or ''}")
        nested = [a for a in typing.get_args(info.annotation) or (info.annotation,) if isinstance(a, type) and issubclass(a, BaseModel)]
        for sub in nested:
            lines += describe(sub, indent + "  ")
    return lines


def schema_text(what: str = "case") -> str:
    if what == "case":
        return "Case file fields (YAML):\n" + "\n".join(describe(Case, "  "))
    if what in ENTRY_TYPES:
        model = ENTRY_TYPES[what]
        return f"Catalog '{what}' entry fields:\n" + "\n".join(describe(model, "  "))
    raise input_error(None, "what", f"unknown schema {what!r}; allowed: case, {', '.join(ENTRY_TYPES)}")


#: (heading, module) of docs/model.md, in reading order; the subsystems follow the core, in registry order.
_MODEL_SECTIONS_BEFORE = [
    ("The core: sets, orbit choice, budgets, objective", "synth.model.core"),
    ("Requirements and limits", "synth.model.requirements"),
]
_MODEL_SECTIONS_AFTER = [
    ("The objective: exact cost per delivered FLOP", "synth.solve"),
    ("The certified search (the default method)", "synth.search"),
    ("Physics: orbit geometry and sunlight", "synth.physics.orbit"),
    ("Physics: solar arrays and batteries", "synth.physics.power"),
    ("Physics: radiators", "synth.physics.thermal"),
    ("Physics: failures and delivered compute", "synth.physics.reliability"),
    ("Physics: economics", "synth.physics.economics"),
    ("The ground: the same compute in a terrestrial data center", "synth.physics.terrestrial"),
    ("Key figures", "synth.kpi"),
    ("Evaluating a fixed design", "synth.evaluate"),
    ("What binds, and marginal values", "synth.explain"),
    ("Why a case is infeasible", "synth.diagnose"),
    ("Pre-solve checks", "synth.checks"),
    ("Solver access", "synth.solver"),
    ("Tolerances", "synth.tolerances"),
]


def _doc(module: str) -> str:
    return inspect.cleandoc(importlib.import_module(module).__doc__ or "")


def _block(text: str) -> str:
    """A docstring as Markdown: prose paragraphs as they are, indented equation blocks as code blocks."""
    out: list[str] = []
    code: list[str] = []
    for line in text.splitlines() + [""]:
        if line.startswith("    "):
            code.append(line[4:])
            continue
        if code:
            while code and not code[-1].strip():
                code.pop()
            out += ["```", *code, "```"]
            code = []
        out.append(line)
    return "\n".join(out).strip()


def model_reference() -> str:
    """docs/model.md: the model's equations, each section the docstring of the module that implements it."""
    from synth.model.budgets import CORE_RESOURCES
    from synth.subsystems import REGISTRY

    lines = ["# The `synth` design model", "",
             "Generated from the module docstrings by `python -m synth.docs model > docs/model.md`; do not edit by hand",
             "(tests/test_docs.py fails when this file and the code disagree). Every relation is written where the code",
             "that builds it lives. Modelling assumptions and simplifications are in [assumptions.md](assumptions.md).", "",
             "Data flow: case file -> `synth.case.load_case` (validated case, resolved catalogs) -> `synth.model.data.model_data`",
             "(each subsystem's physics coefficients) -> `synth.model.core.build_model` (the subsystems' blocks and the budget",
             "rows) -> `synth.solve` (HiGHS through `synth.solver`) -> `synth.extract` (typed result) -> files, plots, reports.", ""]
    number = 0

    def section(title: str, module: str) -> None:
        nonlocal number
        number += 1
        lines.extend([f"## {number}. {title} (`{module}`)", "", _block(_doc(module)), ""])

    for title, module in _MODEL_SECTIONS_BEFORE:
        section(title, module)
    number += 1
    lines += [f"## {number}. Budgets", "", "Each budget is balanced in every candidate orbit, supply >= demand (section 1):", "",
              "| budget | row | group | unit | one more unit of supply is | declared by |", "|---|---|---|---|---|---|"]
    for r in CORE_RESOURCES:
        lines.append(f"| {r.name} | `{r.row}` | {r.budget} | {r.unit} | {r.meaning} | core |")
    for sub in REGISTRY:
        for r in sub.resources:
            lines.append(f"| {r.name} | `{r.row}` | {r.budget} | {r.unit} | {r.meaning} | {sub.name} |")
    lines.append("")
    for sub in REGISTRY:
        module = type(sub).__module__
        catalog = f"catalog `{sub.catalog}` (`synth/catalogs/{sub.catalog}.yaml`), " if sub.catalog else "no catalog, "
        fields = ", ".join(f"`{f}`" for f in sub.design_fields) or "none"
        number += 1
        lines += [f"## {number}. Subsystem `{sub.name}` (`{module}`)", "", f"_{catalog}design fields: {fields}._", "", _block(_doc(module)), ""]
    for title, module in _MODEL_SECTIONS_AFTER:
        section(title, module)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["model"]:
        print("usage: python -m synth.docs model > docs/model.md", file=sys.stderr)
        return 2
    sys.stdout.write(model_reference())
    return 0


if __name__ == "__main__":
    sys.exit(main())
