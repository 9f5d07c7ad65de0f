"""Bounded YAML (and JSON) reading that remembers where every value came from (and ``write_atomic``, re-exported
from synth.atomic).

``read_yaml`` returns the data together with a :class:`SourceMap` from each field path (a tuple of keys and
list indices) to the file and line it was written on, so that validation errors can point at the line.
Duplicate keys are errors (PyYAML would silently keep the last one).

Reading is bounded so that broken or hostile input is refused at once with a message naming the bound, instead
of exhausting memory, the stack or the CPU: only regular files are read (a FIFO or a device such as /dev/zero is
refused before reading), of at most :data:`MAX_BYTES`, holding at most :data:`MAX_NODES` values (an alias counts
at every use, so an alias bomb stops early) nested at most :data:`MAX_DEPTH` levels. ``parse_value_text`` reads
a value given on the command line within the same bounds.
"""

from __future__ import annotations

import copy
import errno
import json
import os
import re
import stat as stat_module
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from synth.atomic import write_atomic  # noqa: F401  (re-exported: the one atomic write of the project)
from synth.errors import InputError, InputProblem, input_error

FieldPath = tuple[str | int, ...]

# The shipped files are far inside these bounds (the largest catalog is ~9 kB with a few hundred values; a
# result.json used as a design file holds ~400).
MAX_DEPTH = 50  # nesting levels; deeply nested input is never legitimate in a case, catalog, sweep or design file
MAX_BYTES = 10_000_000  # file size (PyYAML in pure Python reads ~2 MB/s)
MAX_NODES = 50_000  # values (scalars, lists, mappings), an alias counted at every use: ~2 s of PyYAML work at most
MAX_TEXT_CHARS = 100_000  # a value given on the command line
MAX_INTEGER_DIGITS = 1_000  # longer whole numbers are refused before Python converts them (floats end at 1.8e308)


class _Refused(InputError):
    """Input beyond one of the bounds above, found while composing at ``line`` (1-based). An input error even
    where ``_Loader`` is used directly with ``yaml.load`` (the file is named when :func:`_compose` re-raises it)."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__([InputProblem(None, None, message, line)])
        self.message, self.line = message, line


class _Loader(yaml.SafeLoader):
    """SafeLoader that also reads YAML 1.2 floats such as ``1.0e6`` and ``5e2`` (PyYAML's 1.1 rules make them
    strings), and refuses, while composing, a document nested deeper than :data:`MAX_DEPTH` or with more than
    :data:`MAX_NODES` nodes (PyYAML's composer recurses once per level, so deep nesting would otherwise end in a
    RecursionError, and a huge list would take minutes)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._nodes = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        self._depth += 1
        self._nodes += 1
        try:
            if self._depth > MAX_DEPTH + 1:  # the top-level node is at depth 1
                raise _Refused(f"nested deeper than {MAX_DEPTH} levels", self.peek_event().start_mark.line + 1)
            if self._nodes > MAX_NODES:
                raise _Refused(f"more than {MAX_NODES:,} values (the limit for one input)", self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_YAML12_FLOAT = re.compile(r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |\.[0-9_]+(?:[eE][-+]?[0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""", re.X)
_Loader.add_implicit_resolver("tag:yaml.org,2002:float", _YAML12_FLOAT, list("-+0123456789."))

if getattr(yaml, "__with_libyaml__", False):
    class _CLoader(yaml.CSafeLoader):  # type: ignore[misc,name-defined,unused-ignore]
        """libyaml's parser and composer (about 15x faster than PyYAML's Python ones) with the same float rule; its
        input is checked against the bounds first, from the parser's events (see :func:`_compose`)."""

    _CLoader.add_implicit_resolver("tag:yaml.org,2002:float", _YAML12_FLOAT, list("-+0123456789."))
else:  # PyYAML built without libyaml: the Python composer, which checks the bounds as it goes
    _CLoader = None  # type: ignore[assignment,misc,unused-ignore]


@dataclass
class SourceMap:
    """Where each field path was written: ``path -> (file, line)`` (lines are 1-based)."""

    locations: dict[FieldPath, tuple[Path | str, int | None]] = field(default_factory=dict)

    def locate(self, path: FieldPath) -> tuple[Path | str | None, int | None]:
        """File and line of ``path``, or of its nearest written ancestor when the field itself is absent."""
        for cut in range(len(path), -1, -1):
            hit = self.locations.get(tuple(path[:cut]))
            if hit is not None:
                return hit
        return None, None

    def update(self, other: SourceMap, prefix: FieldPath = ()) -> None:
        for path, where in other.locations.items():
            self.locations[prefix + path] = where


def read_yaml(path: Path) -> tuple[Any, SourceMap]:
    """Parse ``path``; raise :class:`~synth.errors.InputError` on a missing or unreadable file, bad YAML, or input
    beyond the bounds in the module docstring.

    Parsed files are cached by (path, modification time, size), so sweeps that resolve a case thousands of times
    read each file once; callers get their own copy of the data.
    """
    try:
        stat = Path(path).stat()
    except (OSError, ValueError):  # read_text says why (too long a name, a NUL byte, ...)
        stat = None
    if stat is not None and stat_module.S_ISREG(stat.st_mode):
        data, source_map = _read_yaml_cached(str(Path(path).resolve()), stat.st_mtime_ns, stat.st_size, str(path))
        return copy.deepcopy(data), SourceMap(dict(source_map.locations))
    return _parse(read_text(Path(path)), Path(path))


@lru_cache(maxsize=256)
def _read_yaml_cached(resolved: str, mtime_ns: int, size: int, shown: str) -> tuple[Any, SourceMap]:
    return _parse(read_text(Path(shown)), Path(shown))


def read_text(path: Path) -> str:
    """The UTF-8 text of the regular file ``path``, of at most :data:`MAX_BYTES`; :class:`InputError` otherwise.

    The file is opened without blocking and checked before anything is read, so a FIFO (which would wait for a
    writer) or a device such as /dev/zero (which never ends) is refused at once.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise input_error(path, None, "file not found") from None
    except OSError as exc:
        raise path_error(path, None, exc) from None
    except ValueError:  # os.open refuses a path with a NUL byte
        raise input_error(repr(str(path)), None, "a path cannot contain a NUL byte") from None
    mode = os.fstat(fd).st_mode
    if not stat_module.S_ISREG(mode):
        os.close(fd)
        kind = "a directory" if stat_module.S_ISDIR(mode) else "a FIFO" if stat_module.S_ISFIFO(mode) else "a device or socket"
        raise input_error(path, None, f"is {kind}, not a regular file; give a file")
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise input_error(path, None, f"file larger than {MAX_BYTES / 1e6:g} MB (the limit for an input file)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise input_error(path, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def path_error(path: Path | str, field: str | None, exc: OSError, line: int | None = None) -> InputError:
    """An :class:`InputError` for an operating-system error on a path a user gave (too long, no permission, ...)."""
    if exc.errno == errno.ENAMETOOLONG:
        message = f"path too long for the file system ({len(str(path)):,} characters; {exc.strerror})"
    else:
        message = f"cannot read file: {exc.strerror or exc}"
    return input_error(path, field, message, line)


def read_json(path: Path) -> Any:
    """Parse the JSON file ``path`` (a result.json) within the bounds of YAML files; non-standard JSON (NaN,
    Infinity) is refused."""
    text = read_text(path)

    def refuse_constant(name: str) -> None:
        raise ValueError(f"{name} is not standard JSON")

    try:
        data = json.loads(text, parse_constant=refuse_constant)
    except RecursionError:
        raise input_error(path, None, f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise input_error(path, None, f"not valid JSON: {exc}", getattr(exc, "lineno", None)) from None
    level, values = 0, [data]
    while values:  # breadth first, level by level
        level += 1
        if level > MAX_DEPTH + 1:
            raise input_error(path, None, f"nested deeper than {MAX_DEPTH} levels")
        values = [child for value in values if isinstance(value, (dict, list))
                  for child in (value.values() if isinstance(value, dict) else value)]
    return data


def parse_value_text(text: str, where: str) -> Any:
    """A value given on the command line (``--set KEY=VALUE``) read as YAML, within the bounds of a file: an
    :class:`InputError` naming ``where`` when the text is too long, nested too deeply or holds too many values.
    Text that is not valid YAML is returned as it is, a string."""
    if len(text) > MAX_TEXT_CHARS:
        raise input_error(where, None, f"value longer than {MAX_TEXT_CHARS:,} characters (the limit for a command-line value)")
    try:
        node = _compose(text, where)
        return _build(node, where)[0]
    except yaml.YAMLError:
        return text
    except InputError as exc:
        for problem in exc.problems:
            problem.line = None  # the value is one command-line argument, not a file with lines
        raise


def _parse(text: str, file: Path | str) -> tuple[Any, SourceMap]:
    """The data of YAML ``text`` read from ``file`` (for messages) and where each value was written."""
    try:
        node = _compose(text, file)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise input_error(file, None, f"YAML syntax error: {problem}", None if line is None else line + 1) from None
    return _build(node, file)


def _compose(text: str, file: Path | str) -> yaml.Node | None:
    """YAML ``text`` composed into nodes (aliases still shared); raises ``yaml.YAMLError`` on a syntax error.

    With libyaml, the parser's events are read first and the bounds checked on them (a node is a scalar, an alias
    or the start of a list or mapping; its depth is one more than the lists and mappings open around it), so
    libyaml's recursive composer never sees a document beyond them. Text libyaml refuses is read again by the Python
    composer, so the messages (and the few inputs only PyYAML reads, such as an escaped lone surrogate, which the
    schema then refuses with its reason) are PyYAML's."""
    try:
        if _CLoader is not None:
            try:
                _check_bounds(yaml.parse(text, Loader=_CLoader))
                return yaml.compose(text, Loader=_CLoader)
            except yaml.YAMLError:
                pass
        return yaml.compose(text, Loader=_Loader)
    except _Refused as exc:
        raise input_error(file, None, exc.message, exc.line) from None


def _check_bounds(events: Any) -> None:
    """Refuse (``_Refused``) a document nested deeper than MAX_DEPTH or with more than MAX_NODES nodes."""
    depth = nodes = 0
    for event in events:
        if isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            nodes += 1
            if depth + 1 > MAX_DEPTH + 1:  # the top-level node is at depth 1
                raise _Refused(f"nested deeper than {MAX_DEPTH} levels", event.start_mark.line + 1)
            if nodes > MAX_NODES:
                raise _Refused(f"more than {MAX_NODES:,} values (the limit for one input)", event.start_mark.line + 1)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _build(node: yaml.Node | None, file: Path | str) -> tuple[Any, SourceMap]:
    source_map = SourceMap()
    if node is None:
        return None, source_map
    return _Builder(file, source_map).build(node, ()), source_map


_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


class _Builder:
    """Builds the Python value of a composed document, recording where each field was written.

    Aliases share nodes, so a small document can stand for an enormous value (an "alias bomb") or even a
    recursive one: values are counted as they are built (at most :data:`MAX_NODES`) and paths are at most
    :data:`MAX_DEPTH` deep.
    """

    def __init__(self, file: Path | str, source_map: SourceMap) -> None:
        self.file, self.source_map = file, source_map
        self.constructor = _Loader("")
        self.built = 0

    def build(self, node: yaml.Node, path: FieldPath, line: int | None = None) -> Any:
        """The value of ``node``; ``line`` is where its key was written (a block value starts below it)."""
        node_line = node.start_mark.line + 1
        self.built += 1
        if len(path) > MAX_DEPTH:  # only a recursive alias gets here: the composer refuses deeper documents
            raise input_error(self.file, dotted(path[:3]) + "...", f"nested deeper than {MAX_DEPTH} levels (an alias inside itself?)", node_line)
        if self.built > MAX_NODES:
            raise input_error(self.file, dotted(path), f"more than {MAX_NODES:,} values once aliases (*name) are expanded "
                              "(the limit for one input)", node_line)
        self.source_map.locations[path] = (self.file, line if line is not None else node_line)
        if not isinstance(node, yaml.ScalarNode) and node.tag not in (_MAP, _SEQ):
            raise input_error(self.file, dotted(path), f"unsupported tag {node.tag!r}; write a plain list or mapping", node_line)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                if not isinstance(key_node, yaml.ScalarNode):
                    raise input_error(self.file, dotted(path), "keys must be plain names, not lists or mappings", key_line)
                key = self._scalar(key_node, path, "bad key")
                if not isinstance(key, (str, int, float, bool)) or key is None:
                    raise input_error(self.file, dotted(path), f"keys must be plain names, got {key!r}", key_line)
                key = str(key)
                if key in result:
                    raise input_error(self.file, dotted(path + (key,)), "duplicate key", key_line)
                result[key] = self.build(value_node, path + (key,), key_line)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        return self._scalar(node, path, "bad value")

    def _scalar(self, node: yaml.ScalarNode, path: FieldPath, what: str) -> Any:
        line = node.start_mark.line + 1
        if node.tag == "tag:yaml.org,2002:int" and len(node.value) > MAX_INTEGER_DIGITS:
            raise input_error(self.file, dotted(path), f"{what}: a whole number of {len(node.value):,} digits is beyond "
                              "every field's range", line)
        # PyYAML's constructors raise ValueError or AttributeError on some malformed scalars (a date such as
        # 2001-13-45, `!!timestamp x`), not only YAMLError.
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError, AttributeError, TypeError) as exc:
            if isinstance(exc, (yaml.YAMLError, ValueError, OverflowError)):
                problem = getattr(exc, "problem", None) or str(exc)
            else:
                problem = f"not a valid {node.tag.rsplit(':', 1)[-1]}"
            raise input_error(self.file, dotted(path), f"{what} {node.value[:60]!r}: {problem}", line) from None


def dotted(path: FieldPath) -> str:
    """'options.orbits[0]' for ('options', 'orbits', 0)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "<top level>"


