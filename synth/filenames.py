"""File names made from text a user wrote (case names, directory names): sanitized, bounded, and kept inside the
directory they are written to. The text itself is still shown as written in tables and charts; only the file
name is changed."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from synth.errors import input_error

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

#: longest file name made (most file systems allow 255 bytes; the report adds prefixes and extensions)
MAX_NAME_CHARS = 100


def safe_filename(text: str, max_len: int = MAX_NAME_CHARS) -> str:
    """A file name for ``text``: runs of characters other than ASCII letters, digits, '.', '_' and '-' become
    one '_', leading dots are dropped (no hidden files, no '..'), and the length is at most ``max_len``. When
    anything had to change, '-' and 8 hex digits of the text's SHA-256 are appended, so that two different texts
    never share a file name ('a/b' and 'a?b' both clean to 'a_b')."""
    clean = _UNSAFE.sub("_", text)
    if clean == text and not text.startswith(".") and 0 < len(text) <= max_len:
        return text
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    stem = clean.lstrip("._")[: max_len - len(digest) - 1].rstrip("_") or "name"
    return f"{stem}-{digest}"


def inside(directory: Path, name: str) -> Path:
    """``directory / name``, refused (an input error) unless it resolves inside ``directory``: a sanitized name
    always does, but a symbolic link already there could point anywhere."""
    target = Path(directory) / name
    if not target.resolve().is_relative_to(Path(directory).resolve()):
        raise input_error(target, None, f"resolves outside {directory} (a symbolic link?); refusing to write there")
    return target
