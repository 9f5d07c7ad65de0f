"""How the answer moved with issue 11 ("decision-grade economics"), step by step, for the closing note.

    python docs/research/economics_moves.py > docs/research/economics-moves.md

Each row solves a shipped case with the code of today and the case's issue-11 fields set back (``--set``
overrides), then adds them back one at a time, so each row's change is that step's own move (in this order; the
moves are not additive in another order). The ground's rows step its headline baseline (us_hyperscale_2026) from
the old figures to the new ones. The "before" figures of the code before issue 11 (main at d07871e) are quoted.
"""

from __future__ import annotations

from synth import load_case, solve

BEFORE = {"spacex": (0.6599, 0.3038), "blue_origin": (1.548, 0.3038)}  # $/EFLOP orbit, ground at d07871e
OLD_ECONOMICS = {"spacex": {"economics.integration_usd_per_kg": 200}, "blue_origin": {"economics.integration_usd_per_kg": 500}}
STEPS = [  # (label, overrides that undo the steps not yet taken)
    ("new catalogs and physics, old economics", {"economics.integration_fraction_of_hardware": 0, "economics.mass_growth_allowance": {},
                                                 "economics.cost_contingency": 0, "economics.launch_insurance_rate": 0,
                                                 "requirements.orbit_availability": 1.0, "economics.discount_rate": 0}),
    ("+ integration as a hardware wrap (no price per kg)", {"economics.mass_growth_allowance": {}, "economics.cost_contingency": 0,
                                                            "economics.launch_insurance_rate": 0, "requirements.orbit_availability": 1.0,
                                                            "economics.discount_rate": 0}),
    ("+ mass growth allowance", {"economics.cost_contingency": 0, "economics.launch_insurance_rate": 0, "requirements.orbit_availability": 1.0,
                                 "economics.discount_rate": 0}),
    ("+ cost contingency", {"economics.launch_insurance_rate": 0, "requirements.orbit_availability": 1.0, "economics.discount_rate": 0}),
    ("+ insurance", {"requirements.orbit_availability": 1.0, "economics.discount_rate": 0}),
    ("+ orbit availability 0.99", {"economics.discount_rate": 0}),
    ("+ orbital WACC 10 % (final)", {}),
]
GROUND = "terrestrial.us_hyperscale_2026."
GROUND_STEPS = [
    ("old figures: $14/W, 9.8 c/kWh, nameplate all year, 0 %", {"wacc": 0, "facility_capex_usd_per_w": 14, "electricity_usd_per_kwh": 0.098,
                                                                "idle_power_fraction": 1.0}),
    ("+ facility $11.7/W (Cushman & Wakefield mean)", {"wacc": 0, "electricity_usd_per_kwh": 0.098, "idle_power_fraction": 1.0}),
    ("+ electricity 8.6 c/kWh (EIA 2025)", {"wacc": 0, "idle_power_fraction": 1.0}),
    ("+ energy follows use (idle 0.3)", {"wacc": 0}),
    ("+ ground WACC 7 % (final)", {}),
]


def row(case: str, overrides: dict) -> tuple[float, float, float, float]:
    r = solve(load_case(f"cases/{case}.yaml", overrides=overrides))
    k = r.kpi
    return k["cost_per_eflop_usd"], k["cost_per_gpu_hour_usd"], k["terrestrial_cost_per_eflop_usd"], k["terrestrial_cost_per_gpu_hour_usd"]


def main() -> None:
    for case in ("spacex", "blue_origin"):
        orbit, ground = BEFORE[case]
        print(f"\n## {case}\n\nbefore issue 11: ${orbit:.4g} per EFLOP in orbit, ${ground:.4g} on the ground ({orbit / ground:.3f}x)\n")
        print("| step | orbit $/EFLOP | orbit $/GPU-h | ground $/EFLOP | orbit / ground |\n|---|---|---|---|---|")
        for label, over in STEPS:
            o, og, g, _ = row(case, {**OLD_ECONOMICS[case], **over} if "integration_fraction_of_hardware" in str(over) else over)
            print(f"| {label} | {o:.4g} | {og:.4g} | {g:.4g} | {o / g:.3f}x |")
        print("\n| ground step (same design) | ground $/EFLOP | ground $/GPU-h |\n|---|---|---|")
        for label, over in GROUND_STEPS:
            _, _, g, gg = row(case, {GROUND + k: v for k, v in over.items()})
            print(f"| {label} | {g:.4g} | {gg:.4g} |")
        r = solve(load_case(f"cases/{case}.yaml"))
        print("\n| archetype | $/EFLOP | $/GPU-h | orbit / ground |\n|---|---|---|---|")
        for name, b in r.terrestrial["baselines"].items():
            ratio = r.kpi["cost_per_eflop_usd"] / b["cost_per_eflop_usd"]
            print(f"| {name} | {b['cost_per_eflop_usd']:.4g} | {b['cost_per_gpu_hour_usd']:.4g} | {ratio:.3f}x |")


if __name__ == "__main__":
    main()
