"""Reproduce the published analyses in validation/*.yaml with synth's own functions and compare.

    python validation/run.py [FILE.yaml ...] [--out DIR]

Prints one table (analysis, figure, published, synth, difference, tolerance, pass); with ``--out DIR`` also writes
``DIR/validation.csv``. Exit codes: 0 every figure within its tolerance, 1 a figure outside it (or one synth cannot
express yet), 2 bad input (an analysis file that does not parse or check, or an output directory that cannot be
written). The logic lives in validation/reproduce.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reproduce  # noqa: E402  (validation/reproduce.py, beside this file)

from synth.errors import InputError  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="validation/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="analysis files (default: every validation/*.yaml)")
    parser.add_argument("--out", type=Path, help="directory for validation.csv")
    args = parser.parse_args(argv)
    try:
        loaded = [reproduce.load(f) for f in args.files] if args.files else reproduce.load_dir()
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows = reproduce.compare_all(loaded)
    print(reproduce.table(rows))
    if args.out is not None:
        try:
            args.out.mkdir(parents=True, exist_ok=True)
            reproduce.write_csv(rows, args.out / "validation.csv")
        except OSError as exc:
            print(f"error: cannot write {args.out / 'validation.csv'}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"\nwrote {args.out / 'validation.csv'}")
    return reproduce.exit_code(rows)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        sys.stderr.close()
        sys.exit(1)
