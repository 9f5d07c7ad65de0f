"""Atomic file writes: a reader sees the old file or the new one, never a partial one, and a kill at any moment
leaves no half-written output.

The new content goes to a temporary file beside the target, is flushed to disk and renamed over the target. The
temporary file is created like any other new file (mode 0o666 minus the user's umask), so results are as
readable by colleagues as every other file the user creates (``tempfile.mkstemp`` would make them 0600).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from synth.errors import input_error


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that needs a file name (a PDF or image library); when the
    block ends without error the file is flushed to disk and renamed over ``path``, otherwise it is removed.

    A path that cannot be written (a directory in the way, no permission, a full disk) is an
    :class:`~synth.errors.InputError` naming it, not a traceback.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync(path.parent)  # make the rename itself durable
    except BaseException as exc:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise input_error(path, None, f"cannot write this file: {exc.strerror or exc}") from None
        raise


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` (text is written as UTF-8) to ``path`` atomically; return ``path``."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path) as tmp:
        # O_EXCL: never write through a file or link someone else put there; 0o666: the umask decides the mode
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
    return Path(path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
