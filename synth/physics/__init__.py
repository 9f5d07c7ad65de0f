"""Pure physics and economics relations, each with its equation and units in the docstring.

These functions are shared by the MILP coefficient builder and by the independent design evaluator; they
never touch Pyomo.
"""
