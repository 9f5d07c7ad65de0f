"""Checks that an output location given on the command line can be created and written.

They run before anything is solved, so that a bad ``--out`` is reported at once (exit 2) rather than after a solve
that may take minutes. They only look (nothing is created): an output directory is made when results are written.
"""

from __future__ import annotations

import os
from pathlib import Path

from synth.errors import input_error

REPORT_SUFFIXES = (".html", ".md", ".pdf")


def check_output_dir(option: str, path: str | Path) -> None:
    """``path`` is a directory, or can be made one, and files can be written in it: raise an InputError naming
    ``option`` and the path otherwise (an existing file, a directory under a file, a device such as /dev/null,
    a directory this user may not write)."""
    path = Path(path)
    if os.path.lexists(path) and not path.is_dir():
        raise input_error(option, None, f"cannot write results into {path}: it exists and is not a directory; give a directory")
    _check_writable_ancestor(option, path, path)


def check_output_prefix(option: str, prefix: str | Path) -> None:
    """``prefix`` is a path without extension under which PREFIX.html, PREFIX.md, PREFIX.pdf and the directory
    PREFIX_files/ can be written (``synth report --out``)."""
    prefix = Path(prefix)
    if os.path.lexists(prefix) and not (prefix.is_file() or prefix.is_dir()):
        raise input_error(option, None, f"{prefix} is a device or other special file, not a path prefix for the report's files")
    for suffix in REPORT_SUFFIXES:
        target = prefix.with_suffix(suffix)
        if os.path.lexists(target) and not target.is_file():
            raise input_error(option, None, f"cannot write the report to {target}: it exists and is not a regular file")
    files = prefix.parent / f"{prefix.name}_files"
    if os.path.lexists(files) and not files.is_dir():
        raise input_error(option, None, f"cannot write the report's charts into {files}: it exists and is not a directory")
    _check_writable_ancestor(option, prefix.parent, prefix)


def _check_writable_ancestor(option: str, directory: Path, shown: Path) -> None:
    """The nearest existing one of ``directory`` and its parents is a directory this user may write into (a
    missing ``directory`` is created there later)."""
    existing = directory
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise input_error(option, None, f"cannot write to {shown}: {existing} is not a directory")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise input_error(option, None, f"cannot write to {shown}: the directory {existing} is not writable")
