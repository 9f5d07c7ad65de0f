#!/usr/bin/env bash
# Regenerate the committed example reports: reports/orbital_compute.{html,md,pdf} (the full report: both shipped
# architectures with their analyses, the race over time, a Monte Carlo and a Sobol study, a sweep and a front) and
# reports/race.{html,md,pdf} (the race alone), with their _files/ directories.
# Run from the repository root after `python -m pip install -e .`; takes about 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf results/examples reports/orbital_compute_files reports/race_files  # start afresh (a changed case would not resume; no stale charts)
synth sweep cases/sweeps/launch_price.yaml --out results/examples/launch_price --quiet
synth pareto cases/blue_origin.yaml --objectives cost_per_eflop,launched_mass --points 12 --out results/examples/blue_origin_front --quiet
synth roadmap cases/spacex.yaml cases/blue_origin.yaml --years 2027:2046 --against ground --out results/examples/race --quiet
synth uncertainty cases/spacex.yaml cases/blue_origin.yaml --samples 200 --out results/examples/uncertainty --quiet
synth sensitivity cases/spacex.yaml --method sobol --samples 256 --out results/examples/sobol_spacex --quiet
synth report cases/blue_origin.yaml cases/spacex.yaml results/examples/race results/examples/uncertainty results/examples/sobol_spacex \
  --sweep results/examples/launch_price --pareto results/examples/blue_origin_front \
  --workloads batch,training_cluster_1k,training_frontier,inference_text,inference_image --out reports/orbital_compute
synth report results/examples/race --out reports/race --quiet
