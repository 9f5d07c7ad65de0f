"""Where HiGHS's time goes, by sampling with Linux ``perf``: the share of HiGHS's samples inside reduced-cost fixing.

    python benchmarks/highs_root/perf_share.py                      # every *.mps next to this script
    python benchmarks/highs_root/perf_share.py FILE.mps --repeat 5 --window 16

Runs ``perf record --call-graph dwarf`` on ``reproduce.py --solve-only`` (the MILP alone, solved ``--repeat``
times), then reads every sample's call stack from ``perf script``. A sample counts as HiGHS's when a frame of its
stack is in the highspy extension module (samples of reading the MPS file are left out); of those it counts

- ``HighsRedcostFixing``: any frame in that class (reduced-cost fixing: addRootRedcost, getLurkingBounds, ...),
- ``addRootRedcost``: a frame in ``HighsRedcostFixing::addRootRedcost`` (the root's lurking-bound bookkeeping),
- ``getLurkingBounds``: a frame there (read by the rootReducedCost primal heuristic),
- ``Rb_tree leaf``: the sampled instruction in ``std::_Rb_tree_increment`` (walking the multimaps of lurking bounds).

Needs ``perf`` (and permission to sample: kernel.perf_event_paranoid <= 2 for one's own processes). Python's
start-up and imports are outside HiGHS and not counted. Shares are of samples, i.e. of CPU time on this thread.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def profile(path: Path, repeat: int, window: int | None, frequency: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="highs-perf-") as tmp:
        data = Path(tmp) / "perf.data"
        command = [sys.executable, str(HERE / "reproduce.py"), "--solve-only", str(path), "--repeat", str(repeat)]
        if window is not None:
            command += ["--window", str(window)]
        subprocess.run(["perf", "record", "-q", "-F", str(frequency), "--call-graph", "dwarf,32768", "-o", str(data), "--", *command],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        script = subprocess.run(["perf", "script", "-i", str(data), "-F", "ip,sym,dso"], check=True, capture_output=True,
                                text=True, errors="replace").stdout
    counts = {"samples": 0, "highs": 0, "redcost": 0, "addRootRedcost": 0, "getLurkingBounds": 0, "rb_tree_leaf": 0,
              "stdlib_leaf_without_highs_frame": 0}
    for block in script.split("\n\n"):
        frames = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not frames:
            continue
        counts["samples"] += 1
        text = "\n".join(frames)
        if "highspy" not in text:
            if "libstdc++" in frames[0]:
                counts["stdlib_leaf_without_highs_frame"] += 1
            continue
        if "readModel" in text:
            continue
        counts["highs"] += 1
        counts["redcost"] += "HighsRedcostFixing::" in text
        counts["addRootRedcost"] += "HighsRedcostFixing::addRootRedcost" in text
        counts["getLurkingBounds"] += "HighsRedcostFixing::getLurkingBounds" in text
        counts["rb_tree_leaf"] += "_Rb_tree_increment" in frames[0]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--window", type=int, help="restrict the general integer columns to +-W around the LP values")
    parser.add_argument("--frequency", type=int, default=999, help="samples per second")
    args = parser.parse_args()
    if shutil.which("perf") is None:
        raise SystemExit("perf is not installed: no profile")
    files = args.files or sorted(HERE.glob("*.mps"))
    print(f"{'file':<24} {'window':>7} {'HiGHS samples':>13} {'RedcostFixing':>14} {'addRootRedcost':>15} {'getLurkingBounds':>17} "
          f"{'Rb_tree leaf':>13}")
    for path in files:
        c = profile(path, args.repeat, args.window, args.frequency)
        h = max(c["highs"], 1)
        print(f"{path.name:<24} {args.window if args.window is not None else '-':>7} {c['highs']:>13} "
              f"{100 * c['redcost'] / h:13.0f}% {100 * c['addRootRedcost'] / h:14.0f}% {100 * c['getLurkingBounds'] / h:16.0f}% "
              f"{100 * c['rb_tree_leaf'] / h:12.0f}%"
              + (f"   ({c['stdlib_leaf_without_highs_frame']} libstdc++ samples had no HiGHS frame)" if c["stdlib_leaf_without_highs_frame"] else ""))


if __name__ == "__main__":
    main()
