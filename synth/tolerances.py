"""Every numerical tolerance of synth, declared once with its meaning.

HiGHS solves to a primal feasibility tolerance of 1e-7 (relative to the row's scale, roughly); the tolerances here
sit above it where they judge a solver's answer and far below any physically meaningful difference where they only
guard against floating-point noise.
"""

#: Relative margin within which an evaluated constraint counts as met: |violation| <= CHECK * max(1, |lhs|, |rhs|).
CHECK = 1e-6

#: Relative slack within which a row of an optimal design counts as binding (tight).
BINDING = 1e-6

#: Relative distance within which a row value is at its bound in the LP at the optimal integers, and below which a
#: ranging step of that row's bound counts as zero (the dual is then not unique in that direction).
RANGE = 1e-7

#: Absolute size under which every term of a constraint side counts as zero (the row is tight only trivially), and
#: under which a continuous amount of the solution (an area, a battery energy, a running module count) is not shown.
ZERO = 1e-9

#: Temperature tiers: a radiator option at temperature T may cool compute whose coolant limit is T_max when
#: T <= T_max + TEMPERATURE (K): equal temperatures compare equal despite floating-point rounding.
TEMPERATURE = 1e-9

#: Integer rounding: a count computed as a float (modules that fit under a power cap, launches that carry a mass) is
#: rounded with this guard so that an exact multiple is not pushed to the next integer by rounding noise.
INTEGER_GUARD = 1e-9

#: Launch manifest tidy: a carried mass or stowed volume within this (t, m3) of a launch's capacity needs no extra
#: launch (the solver's own feasibility tolerance).
MANIFEST = 1e-7

#: Elastic diagnosis: a slack counts as a real shortfall when above this fraction of the limit it relaxes.
SLACK = 1e-7

#: Pareto fronts: two points are the same when both objectives agree to this relative tolerance.
PARETO = 1e-9

#: Roadmap repair start: a relaxed count within this of an integer is that integer when the counts are rounded up
#: (the LP's values carry its feasibility tolerance; 3.0000002 modules are 3, not 4).
ROUND_UP = 1e-6
