"""Component catalogs: what every entry has, where the shipped catalogs (``synth/catalogs/*.yaml``) are, and how
catalog layers combine. Each subsystem declares its own entry schema (``synth.subsystems``).

A case sees the shipped catalogs, then the files of its ``catalog_dir`` (only the kinds it changes), then the
entries written in the case itself (``catalog``): a later layer adds entries or replaces whole entries of the same
name; ``overrides`` then change single figures. Each catalog file maps an entry name to its figures. Field names carry their unit (``mass_kg``); a value can
also be a quantity string (``"650 km"``) converted by pint (see :mod:`synth.units`). Every entry names its
``source``; ``field_sources`` cites individual figures where they come from elsewhere, and ``uncertain`` says
which figures are assumptions. The field descriptions below are the reference documentation of the format.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from synth.errors import input_error
from synth.units import Unit, check_number_input
from synth.yamlio import SourceMap, path_error, read_yaml

LaunchClass = Literal["leo", "sso", "leo_high", "meo", "geo"]

#: The shipped catalogs: package data of ``synth`` (declared in pyproject.toml), so that a wheel carries them. Found
#: with importlib.resources; synth is installed as plain files (never zipped), so this is a real directory.
SHIPPED_CATALOG_DIR = Path(str(files("synth") / "catalogs"))


# -- text ----------------------------------------------------------------------------------------------------------
MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 10_000


def check_name(text: str) -> str:
    """A name (of a case, a catalog entry) is one line of printable text, not blank, at most MAX_NAME_CHARS long:
    names label tables and charts and become (sanitized) file names."""
    if not text.strip():
        raise ValueError("a name cannot be blank")
    if len(text) > MAX_NAME_CHARS:
        raise ValueError(f"a name has at most {MAX_NAME_CHARS} characters, this one {len(text):,}")
    bad = next((c for c in text if not c.isprintable()), None)
    if bad is not None:
        raise ValueError(f"a name is one line of printable text; it holds the character U+{ord(bad):04X} at position {text.index(bad) + 1}")
    return text


def check_text(text: str) -> str:
    """Free text (a description, a source) may span lines but holds no other control characters (a NUL byte,
    an escape sequence), and has at most MAX_TEXT_CHARS characters."""
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"at most {MAX_TEXT_CHARS:,} characters, this text has {len(text):,}")
    if text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable():  # the common case, at C speed
        return text
    bad = next((c for c in text if not c.isprintable() and c not in "\n\t"), None)
    if bad is not None:
        raise ValueError(f"text holds the control character U+{ord(bad):04X} at position {text.index(bad) + 1}; only printable text, tabs and line breaks "
                         f"are allowed")
    return text


Name = Annotated[str, AfterValidator(check_name)]
Text = Annotated[str, AfterValidator(check_text)]

# -- physical bounds -----------------------------------------------------------------------------------------------
#: hottest radiator considered (K): beyond any coolant loop, and T^4 must stay far from float overflow
MAX_RADIATOR_TEMPERATURE_K = 3000.0
RadiatorTemperature = Annotated[Annotated[float, Unit("K")], Field(gt=0, le=MAX_RADIATOR_TEMPERATURE_K)]


class Entry(BaseModel):
    """Fields every catalog entry has."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    _number_input = field_validator("*", mode="before")(check_number_input)

    source: Text = Field(min_length=3, description="Where the figures come from (paper, datasheet, filing), or 'assumption: why'.")
    field_sources: dict[str, Text] = Field(default_factory=dict, description="Per-field citations where a figure has its own source.")
    uncertain: Text | None = Field(None, description="Which figures are assumptions or poorly known, and the published range.")
    notes: Text | None = Field(None, description="Free text: derivations, caveats.")

    @model_validator(mode="after")
    def _field_sources_name_fields(self) -> Entry:
        unknown = set(self.field_sources) - set(type(self).model_fields)
        if unknown:
            raise ValueError(f"field_sources names fields this entry does not have: {sorted(unknown)}")
        return self


# -- kinds and layers ------------------------------------------------------------------------------------------------
def entry_types() -> dict[str, type[Entry]]:
    """Catalog kind -> entry schema: each subsystem's catalog (``synth.subsystems``), the ground's and the workloads'."""
    from synth.ground import Terrestrial
    from synth.roadmap import RoadmapScenario
    from synth.subsystems import REGISTRY
    from synth.uncertainty import UncertaintySet
    from synth.workloads import Workload

    kinds: dict[str, type[Entry]] = {s.catalog: s.entry for s in REGISTRY if s.catalog and s.entry}
    kinds["terrestrial"] = Terrestrial
    kinds["workloads"] = Workload
    kinds["roadmaps"] = RoadmapScenario
    kinds["uncertainty"] = UncertaintySet
    return kinds


def __getattr__(name: str) -> Any:
    """``ENTRY_TYPES`` (kind -> schema) and ``CATALOG_FILES`` (kind -> file name), from the registered subsystems."""
    if name == "ENTRY_TYPES":
        return entry_types()
    if name == "CATALOG_FILES":
        return {kind: f"{kind}.yaml" for kind in entry_types()}
    raise AttributeError(name)


@dataclass(frozen=True)
class RawEntry:
    """One catalog entry as written, before validation: its fields, the file it came from and where in that file
    (``path``: the field path of the entry, ``(name,)`` in a catalog file, ``("catalog", kind, name)`` in a case)."""

    data: Any
    file: Path
    path: tuple
    source_map: SourceMap

    @property
    def origin(self) -> str:
        """Where the entry came from, for people: the file, and the case section for an entry written in a case."""
        return f"{self.file} ({'.'.join(map(str, self.path[:-1]))})" if len(self.path) > 1 else str(self.file)


def read_catalog_layers(dirs: list[Path]) -> dict[str, dict[str, RawEntry]]:
    """The entries of every kind seen through the catalog directories ``dirs``, shipped first: an entry in a later
    directory adds to or replaces the earlier ones of its name. The first directory (the shipped catalogs) has
    every kind; a later one holds only the kinds it changes (a missing file is no error, an unknown one is)."""
    kinds = entry_types()
    out: dict[str, dict[str, RawEntry]] = {kind: {} for kind in kinds}
    for index, directory in enumerate(dirs):
        if index > 0:
            if "\0" in str(directory):
                raise input_error(repr(str(directory)), "catalog_dir", "a path cannot contain a NUL byte")
            try:
                present = sorted(p.name for p in directory.glob("*.yaml")) if directory.is_dir() else None
            except OSError as exc:  # e.g. a name too long for the file system
                raise path_error(directory, "catalog_dir", exc) from None
            if present is None:
                raise input_error(directory, "catalog_dir", "not a directory; give a directory holding <kind>.yaml files for the kinds it changes")
            unknown = [name for name in present if name.removesuffix(".yaml") not in kinds]
            if unknown:
                raise input_error(directory, "catalog_dir", f"holds files that are no catalog: {', '.join(unknown)}; allowed: "
                                  f"{', '.join(f'{k}.yaml' for k in kinds)}")
        for kind in kinds:
            path = directory / f"{kind}.yaml"
            if index > 0 and not path.exists():
                continue
            data, smap = read_yaml(path)
            if not isinstance(data, dict):
                raise input_error(path, None, f"a catalog file must map entry names to their fields, got {type(data).__name__}")
            for name, raw in data.items():
                try:
                    check_name(name)
                except ValueError as exc:
                    raise input_error(path, repr(name)[:60], f"{exc} (entry names label tables and charts)", smap.locate((name,))[1]) from None
                out[kind][name] = RawEntry(raw, path, (name,), smap)
    return out
