"""Delivered-compute family and the scale requirement."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ModelData


def define_delivered_compute(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Delivered compute over life (ZFLOP):

    FLOP = sum_{c,o,h} f_c,o,h ( s_o n[c,o,h] + (1 - s_o) ecl[c,o,h] )
    f_c,o,h = P_peak,c u Y(lambda_c,o,h, L, r) 3.15576e7       FLOP per module per unit availability

    s_o is the annual-mean sunlit fraction; modules kept running through eclipse (ecl) deliver all year, the
    rest only in sunlight. lambda and Y (discounted surviving years) are in :mod:`synth.physics.reliability`.
    """
    P = m.P
    m.FLOP_O = pyo.Expression(m.O, rule=lambda _, o: sum(
        P["flop", c, o, h] * (P["sunlit", o] * m.n[c, o, h] + (1.0 - P["sunlit", o]) * m.ecl[c, o, h]) for c in m.C for h in m.H))
    m.FLOP = pyo.Expression(expr=sum(m.FLOP_O[o] for o in m.O))


def define_scale(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Scale requirement (kW; ZFLOP):

    P_min - slack_scale <= sum_o IT[o] <= P_max
    FLOP >= E_min - slack_delivered          (when requirements.delivered_eflop_min is set; E_min in ZFLOP)
    """
    P = m.P
    it_total = sum(m.IT[o] for o in m.O)
    m.scale_max = pyo.Constraint(expr=it_total <= P["scale_max_kw"])
    m.scale_min = pyo.Constraint(expr=it_total + m.slack["scale_min"] >= P["scale_min_kw"])
    if d.case.requirements.delivered_eflop_min is not None:
        m.delivered_min = pyo.Constraint(expr=m.FLOP + m.slack["delivered_min"] >= P["delivered_min_zflop"])
