"""Workloads (catalog ``workloads``): what the orbital compute is for, and what that asks of the network.

A case serves one workload or a mix (``workload: {name: share}``, shares of the delivered FLOP). Each workload is
one of three kinds:

- **training**: ``cluster_accelerators`` accelerators must work as one job, each exchanging
  ``scale_out_gbps_per_accelerator`` with the rest of its cluster beyond its own satellite or platform (data- and
  pipeline-parallel traffic; :mod:`synth.subsystems.isl`). An interrupt anywhere in the cluster stalls all of it and
  loses the work since the last checkpoint.
- **inference**: every answer goes to the ground, ``downlink_bits_per_flop`` bits per FLOP computed
  (:mod:`synth.subsystems.downlink`), within ``max_round_trip_ms`` of latency. An interrupt stops one server.
- **batch**: neither constraint binds.

Downtime from radiation upsets (single-event functional interrupts, silent data corruption caught at a
checkpoint): a module suffers lambda_i interrupts a year (``synth.subsystems.compute``); each costs the workload T
hours of G modules (G = the cluster for training, 1 otherwise; T = restart + half a checkpoint interval for training,
restart for the rest). Up-time between interrupts is 8766 / (G lambda_i) hours, so the fraction of time computing is

    a_w = 1 / (1 + G lambda_i T / 8766)                                                     (-, a renewal process)

and a mix computes a = sum_w s_w a_w of the time (s_w its shares).

Tokens (Kaplan et al., "Scaling Laws for Neural Language Models", arXiv 2001.08361, 2020, sec. 2.1): a dense decoder
with N active parameters takes ~2N FLOP per token to serve and ~6N to train, so at a cost c per delivered FLOP

    USD per million tokens = c C 1e6             (C = flop_per_token)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from synth.catalog import Entry
from synth.units import Unit

HOURS_PER_YEAR = 8766.0


class Workload(Entry):
    """A workload: what it needs from the network and how it suffers interrupts (and its FLOP per token, for prices)."""

    kind: Literal["inference", "training", "batch"] = Field(description="Serving (answers to the ground), training (a coupled cluster) or batch.")
    parameters_active: float | None = Field(None, gt=0, le=1e15, description="Parameters active per token (all of a dense model; the routed experts' "
        "of a mixture of experts), for the tokens metric.")
    flop_per_token: float | None = Field(None, gt=0, le=1e18, description="FLOP per token (2 N to serve, 6 N to train, N the active parameters), "
        "for the tokens metric.")
    cluster_accelerators: int = Field(1, ge=1, le=10**8, description="Accelerators that must work as one job (training); 1: independent.")
    scale_out_gbps_per_accelerator: Annotated[float, Unit("Gbit/s")] = Field(0.0, ge=0, le=1e5, description="Bandwidth each accelerator needs to the "
        "rest of its cluster outside its own satellite or platform (Gbit/s).")
    downlink_bits_per_flop: float = Field(0.0, ge=0, le=1e-3, description="Bits sent to the ground per FLOP computed (inference answers).")
    max_round_trip_ms: Annotated[float, Unit("ms")] | None = Field(None, gt=0, le=1e6, description="Latency tolerance: the longest round trip "
        "ground-orbit-ground (ms); empty: any.")
    restart_hours: Annotated[float, Unit("h")] = Field(0.1, ge=0, le=1000, description="Hours to bring an interrupted server (and its job) back.")
    checkpoint_interval_hours: Annotated[float, Unit("h")] = Field(0.0, ge=0, le=1000, description="Training: hours between checkpoints; an interrupt "
        "loses half of it on average.")

    @model_validator(mode="after")
    def _kind_consistent(self) -> Workload:
        if self.kind != "training" and (self.cluster_accelerators > 1 or self.scale_out_gbps_per_accelerator > 0 or self.checkpoint_interval_hours > 0):
            raise ValueError(f"a {self.kind} workload has no cluster: cluster_accelerators 1, scale_out_gbps_per_accelerator and "
                             "checkpoint_interval_hours 0")
        if self.kind != "inference" and self.downlink_bits_per_flop > 0:
            raise ValueError(f"a {self.kind} workload sends no answers to the ground: downlink_bits_per_flop 0")
        return self

    def lost_hours_per_interrupt(self) -> float:
        """T: restart, plus half a checkpoint interval of lost work for training (h)."""
        return self.restart_hours + (self.checkpoint_interval_hours / 2.0 if self.kind == "training" else 0.0)

    def stalled_modules(self) -> int:
        """G: the modules one interrupt stops (the whole cluster for training, one module otherwise)."""
        return self.cluster_accelerators if self.kind == "training" else 1


def computing_fraction(interrupts_per_module_year: float, stalled_modules: int, lost_hours: float) -> float:
    """a_w = 1 / (1 + G lambda_i T / 8766) (module docstring)."""
    return 1.0 / (1.0 + stalled_modules * interrupts_per_module_year * lost_hours / HOURS_PER_YEAR)


@dataclass(frozen=True)
class Mix:
    """The workloads a case serves, each with its share of the delivered FLOP, and what the mix asks for."""

    served: tuple[tuple[Workload, float], ...]

    @property
    def scale_out_gbps(self) -> float:
        """b = sum_w s_w b_w: scale-out bandwidth per accelerator (Gbit/s)."""
        return sum(share * w.scale_out_gbps_per_accelerator for w, share in self.served)

    @property
    def downlink_bits_per_flop(self) -> float:
        """beta = sum_w s_w beta_w (bits per FLOP)."""
        return sum(share * w.downlink_bits_per_flop for w, share in self.served)

    @property
    def largest_cluster(self) -> int:
        """N: the largest training cluster served (1 without training)."""
        return max((w.cluster_accelerators for w, _ in self.served if w.kind == "training"), default=1)

    def computing_time(self, interrupts_per_module_year: Callable[[Workload], float]) -> float:
        """a = sum_w s_w a_w (module docstring), with each workload's interrupts per module-year."""
        return sum(share * computing_fraction(interrupts_per_module_year(w), w.stalled_modules(), w.lost_hours_per_interrupt())
                   for w, share in self.served)


def served_mix(rc: Any) -> Mix:
    """The mix a resolved case serves (``workload``: a name or shares)."""
    return Mix(tuple((rc.workloads[w], share) for w, share in rc.case.workload.items()))


def usd_per_million_tokens(cost_per_flop_usd: float, flop_per_token: float) -> float:
    """USD per million tokens = c C 1e6 (module docstring)."""
    return cost_per_flop_usd * flop_per_token * 1e6
