"""Pure physics and economics relations, each with its equation and units in the docstring.

These functions feed the MILP's coefficients (synth/coefficients.py) and the result's KPIs; they never touch
Pyomo.
"""
