"""Power family: IT load, array output at end of life, eclipse bridging by batteries or throttling."""

from __future__ import annotations

import pyomo.environ as pyo

from synth.model.data import ModelData


def define_power_expressions(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Loads per orbit (kW).

    IT[o]  = sum_{c,h} P_c n[c,o,h]                   IT power installed
    ECL[o] = sum_{c,h} P_c ecl[c,o,h]                 IT power kept running in eclipse
    HK[o]  = sum_{k in KB} P_hk,k units[k,o]          bus housekeeping (needed in eclipse too)
    CH[o]  = sum_b c_b,o batt[b,o]                    battery recharge, c = DoD / (sqrt(eta_rt) t_sun) (kW/kWh)
    TD[o]  = sum_c td_it[c,o];  TDE[o] = sum_c td_ecl[c,o]     IT hosted on top-down units, and bridged there
    ARRAY_KW[o] = sum_s p_EOL,s eta_conv,s area[s,o]  array output at end of life
    """
    P = m.P
    m.IT = pyo.Expression(m.O, rule=lambda _, o: sum(P["p_kw", c] * m.n[c, o, h] for c in m.C for h in m.H))
    m.ECL = pyo.Expression(m.O, rule=lambda _, o: sum(P["p_kw", c] * m.ecl[c, o, h] for c in m.C for h in m.H))
    m.HK = pyo.Expression(m.O, rule=lambda _, o: sum(P["hk_kw", k] * m.units[k, o] for k in m.KB))
    m.CH = pyo.Expression(m.O, rule=lambda _, o: sum(P["batt_recharge", b, o] * m.batt[b, o] for b in m.B))
    m.TD = pyo.Expression(m.O, rule=lambda _, o: sum(m.td_it[c, o] for c in m.C))
    m.TDE = pyo.Expression(m.O, rule=lambda _, o: sum(m.td_ecl[c, o] for c in m.C))
    m.ARRAY_KW = pyo.Expression(m.O, rule=lambda _, o: sum(P["array_kw_per_m2", s] * m.area[s, o] for s in m.S))


def define_power_balance(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Sunlit power balance at end of life, per orbit (kW).

    sum_s p_EOL,s eta_conv,s area[s,o] >= (IT[o] - TD[o]) + HK[o] + CH[o]

    with p_EOL = S eta k_pack k_point (1 - d)^L (W/m2, :func:`synth.physics.power.array_eol_w_per_m2`) and
    eta_conv the array-to-load conversion efficiency. Compute hosted on top-down units (TD) is powered by
    those units' own arrays, which their all-in figures include.
    """
    m.power_balance = pyo.Constraint(m.O, rule=lambda _, o: m.ARRAY_KW[o] >= m.IT[o] - m.TD[o] + m.HK[o] + m.CH[o])


def define_eclipse(m: pyo.ConcreteModel, d: ModelData) -> None:
    """Eclipse bridging, per orbit: batteries carry what keeps running through the longest eclipse.

    sum_b DoD_b sqrt(eta_rt,b) batt[b,o] >= (ECL[o] - TDE[o] + HK[o]) * t_ecl,o             (kWh)
    TDE[o] <= sum_{k in KT, bridging} cap_k units[k,o]                                       (kW)
    per compute type c, with IT_c = sum_h P_c n[c,o,h] and ECL_c = sum_h P_c ecl[c,o,h]:
        td_it[c,o] <= IT_c,   td_ecl[c,o] <= td_it[c,o],   td_ecl[c,o] <= ECL_c
        ECL_c - td_ecl[c,o] <= IT_c - td_it[c,o]          (bottom-up compute kept running is bottom-up compute)

    Per type, the top-down units host real compute of one kind in every row (power, eclipse, heat tiers), so
    surplus top-down capacity cannot cancel housekeeping, and two types cannot each be "the one" hosted there.
    Compute not kept running (n - ecl) is throttled in eclipse; the delivered-compute family credits it only
    for the sunlit fraction. Which is cheaper per delivered FLOP is the optimizer's choice.
    """
    P = m.P
    eclipsed = [o for o in m.O if d.coeff.orbits[o].worst_eclipse_h > 0]  # structure: see parameters.structure_signature
    m.battery_energy = pyo.Constraint(eclipsed, rule=lambda _, o: sum(P["batt_deliver", b, o] * m.batt[b, o] for b in m.B)
                                      >= (m.ECL[o] - m.TDE[o] + m.HK[o]) * P["t_ecl_h", o])
    it_c = lambda c, o: sum(P["p_kw", c] * m.n[c, o, h] for h in m.H)  # noqa: E731
    ecl_c = lambda c, o: sum(P["p_kw", c] * m.ecl[c, o, h] for h in m.H)  # noqa: E731
    bridging = [k for k in m.KT if d.entry("buses", k).top_down.bridges_eclipse]
    m.td_eclipse_capacity = pyo.Constraint(m.O, rule=lambda _, o: m.TDE[o] <= sum(P["cap_kw", k] * m.units[k, o] for k in bridging))
    m.td_hosted_le_installed = pyo.Constraint(m.C, m.O, rule=lambda _, c, o: m.td_it[c, o] <= it_c(c, o))
    m.td_eclipse_le_hosted = pyo.Constraint(m.C, m.O, rule=lambda _, c, o: m.td_ecl[c, o] <= m.td_it[c, o])
    m.td_eclipse_le_running = pyo.Constraint(m.C, m.O, rule=lambda _, c, o: m.td_ecl[c, o] <= ecl_c(c, o))
    m.eclipse_bottom_up = pyo.Constraint(m.C, m.O, rule=lambda _, c, o: ecl_c(c, o) - m.td_ecl[c, o] <= it_c(c, o) - m.td_it[c, o])
