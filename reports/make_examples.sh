#!/usr/bin/env bash
# Regenerate the committed example reports (reports/orbital_compute.{html,md,pdf}, reports/race.{html,md,pdf} and _files/).
# Run from the repository root after `python -m pip install -e .`; takes a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
synth sweep cases/sweeps/launch_price.yaml --out results/launch_price --quiet
synth pareto cases/blue_origin.yaml --objectives cost_per_eflop,launched_mass --points 12 --out results/blue_origin_front --quiet
synth report cases/blue_origin.yaml cases/spacex.yaml --sweep results/launch_price --pareto results/blue_origin_front \
  --workloads batch,training_cluster_1k,training_frontier,inference_text,inference_image --out reports/orbital_compute
synth roadmap cases/spacex.yaml cases/blue_origin.yaml --years 2027:2046 --against ground --out results/race --quiet
synth report results/race --out reports/race --quiet
