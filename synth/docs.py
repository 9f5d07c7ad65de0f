"""Reference documentation of the case and catalog formats, generated from the pydantic field descriptions."""

from __future__ import annotations

import typing

from pydantic import BaseModel

from synth.case import Case
from synth.catalog import ENTRY_TYPES
from synth.errors import input_error


def _type_name(annotation) -> str:
    text = str(annotation).replace("typing.", "")
    for noise in ("<class '", "'>", "Annotated[", "NoneType"):
        text = text.replace(noise, "")
    return text.split(",")[0] if "BeforeValidator" in text else text


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
