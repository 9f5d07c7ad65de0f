"""YAML reading that remembers where every value came from (and ``write_atomic``, re-exported from synth.atomic).

``read_yaml`` returns the data together with a :class:`SourceMap` from each field path (a tuple of keys and
list indices) to the file and line it was written on, so that validation errors can point at the line.
Duplicate keys are errors (PyYAML would silently keep the last one).
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from synth.atomic import write_atomic  # noqa: F401  (re-exported: the one atomic write of the project)
from synth.errors import input_error

FieldPath = tuple[str | int, ...]

class _Loader(yaml.SafeLoader):
    """SafeLoader that also reads YAML 1.2 floats such as ``1.0e6`` and ``5e2`` (PyYAML's 1.1 rules make them strings)."""


_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |\.[0-9_]+(?:[eE][-+]?[0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""", re.X),
    list("-+0123456789."),
)

# Deeply nested input is never legitimate in a case file; refuse it before recursion gets expensive.
MAX_DEPTH = 50


@dataclass
class SourceMap:
    """Where each field path was written: ``path -> (file, line)`` (lines are 1-based)."""

    locations: dict[FieldPath, tuple[Path, int]] = field(default_factory=dict)

    def locate(self, path: FieldPath) -> tuple[Path | None, int | None]:
        """File and line of ``path``, or of its nearest written ancestor when the field itself is absent."""
        for cut in range(len(path), -1, -1):
            hit = self.locations.get(tuple(path[:cut]))
            if hit is not None:
                return hit
        return None, None

    def update(self, other: "SourceMap", prefix: FieldPath = ()) -> None:
        for path, where in other.locations.items():
            self.locations[prefix + path] = where


def read_yaml(path: Path) -> tuple[Any, SourceMap]:
    """Parse ``path``; raise :class:`~synth.errors.InputError` on a missing file or bad YAML.

    Parsed files are cached by (path, modification time, size), so sweeps that resolve a case thousands of times
    read each file once; callers get their own copy of the data.
    """
    try:
        stat = Path(path).stat()
    except OSError:
        stat = None
    if stat is not None:
        data, source_map = _read_yaml_cached(str(Path(path).resolve()), stat.st_mtime_ns, stat.st_size, str(path))
        return copy.deepcopy(data), SourceMap(dict(source_map.locations))
    return _read_yaml_uncached(Path(path))


@lru_cache(maxsize=256)
def _read_yaml_cached(resolved: str, mtime_ns: int, size: int, shown: str) -> tuple[Any, SourceMap]:
    return _read_yaml_uncached(Path(shown))


def _read_yaml_uncached(path: Path) -> tuple[Any, SourceMap]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise input_error(path, None, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise input_error(path, None, f"cannot read file: {exc}") from None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise input_error(path, None, f"YAML syntax error: {problem}", None if line is None else line + 1) from None
    source_map = SourceMap()
    if node is None:
        return None, source_map
    constructor = _Loader("")
    data = _construct(node, (), Path(path), source_map, constructor)
    return data, source_map


def _construct(node: yaml.Node, path: FieldPath, file: Path, source_map: SourceMap, constructor: yaml.SafeLoader,
               line: int | None = None) -> Any:
    """Build the Python value of ``node``; ``line`` is where its key was written (a block value starts below it)."""
    if len(path) > MAX_DEPTH:
        raise input_error(file, _dotted(path), f"nested deeper than {MAX_DEPTH} levels", node.start_mark.line + 1)
    source_map.locations[path] = (file, line if line is not None else node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            try:
                key = constructor.construct_object(key_node, deep=True)
            except yaml.YAMLError as exc:
                raise input_error(file, _dotted(path), f"bad key: {exc}", key_node.start_mark.line + 1) from None
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise input_error(file, _dotted(path), f"keys must be plain names, got {key!r}", key_node.start_mark.line + 1)
            key = str(key)
            if key in result:
                raise input_error(file, _dotted(path + (key,)), "duplicate key", key_node.start_mark.line + 1)
            result[key] = _construct(value_node, path + (key,), file, source_map, constructor, key_node.start_mark.line + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, path + (i,), file, source_map, constructor) for i, item in enumerate(node.value)]
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise input_error(file, _dotted(path), f"bad value: {exc}", node.start_mark.line + 1) from None


def dotted(path: FieldPath) -> str:
    """'options.orbits[0]' for ('options', 'orbits', 0)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "<top level>"


_dotted = dotted
