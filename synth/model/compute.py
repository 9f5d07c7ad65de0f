"""Delivered-compute family and the scale requirement."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ZFLOP, ModelData


def define_delivered_compute(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Delivered compute over life (ZFLOP):

    FLOP = sum_{c,o,h} f_c,o,h ( s_o n[c,o,h] + (1 - s_o) ecl[c,o,h] )
    f_c,o,h = P_peak,c u Y(lambda_c,o,h, L, r) 3.15576e7       FLOP per module per unit availability

    s_o is the annual-mean sunlit fraction; modules kept running through eclipse (ecl) deliver all year, the
    rest only in sunlight. lambda and Y (discounted surviving years) are in :mod:`synth.physics.reliability`.
    """
    def flop(_, o):
        s = d.coeff.orbits[o].sunlit_fraction
        return sum(d.coeff.module_flop_sunlit[(c, o, h)] / ZFLOP * (s * m.n[c, o, h] + (1.0 - s) * m.ecl[c, o, h])
                   for c in m.C for h in m.H)

    m.FLOP_O = pyo.Expression(m.O, rule=flop)
    m.FLOP = pyo.Expression(expr=sum(m.FLOP_O[o] for o in m.O))


def define_scale(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Scale requirement (kW; EFLOP):

    P_min - slack_scale <= sum_o IT[o] <= P_max
    FLOP / 1e18 >= E_min - slack_delivered          (when requirements.delivered_eflop_min is set)
    """
    req = d.case.requirements
    it_total = sum(m.IT[o] for o in m.O)
    m.scale_max = pyo.Constraint(expr=it_total <= req.it_power_mw.max * 1000.0)
    m.scale_min = pyo.Constraint(expr=it_total + m.slack["scale_min"] >= req.it_power_mw.min * 1000.0)
    if req.delivered_eflop_min is not None:
        m.delivered_min = pyo.Constraint(expr=m.FLOP * (ZFLOP / 1e18) + m.slack["delivered_min"] >= req.delivered_eflop_min)
