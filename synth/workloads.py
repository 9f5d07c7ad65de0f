"""Named workloads for the tokens metric (catalog ``workloads``): FLOP per token of a model served or trained.

For a dense decoder with N non-embedding parameters (active parameters for a mixture of experts), Kaplan et al.
("Scaling Laws for Neural Language Models", arXiv 2001.08361, 2020, sec. 2.1) give the FLOP per token:

    inference (forward pass)      C = 2 N          (FLOP/token; attention over the context adds 2 n_layer n_ctx d_attn)
    training (forward + backward) C = 6 N

so the price of a million tokens on a design that costs c per delivered FLOP (the FLOP already counts utilization) is

    USD per million tokens = c C 1e6
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from synth.catalog import Entry


class Workload(Entry):
    """A model served or trained, by its FLOP per token."""

    kind: Literal["inference", "training"] = Field(description="Serving (forward pass only) or training (forward and backward).")
    parameters_active: float = Field(gt=0, le=1e15, description="Parameters active per token (all of a dense model; the routed experts' of a "
        "mixture of experts).")
    flop_per_token: float = Field(gt=0, le=1e18, description="FLOP per token (2 N for inference, 6 N for training, N the active parameters).")


def usd_per_million_tokens(cost_per_flop_usd: float, flop_per_token: float) -> float:
    """USD per million tokens = c C 1e6 (module docstring)."""
    return cost_per_flop_usd * flop_per_token * 1e6
