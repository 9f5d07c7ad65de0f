"""What a subsystem is: one module that declares its catalog, its options, its physics coefficients, its variables
and rows, and what it contributes to every budget, to the result and to the evaluator.

The core (``synth.model.core``) builds the common sets (candidate orbits O, shielding options H), the orbit choice
and the parameter table, then calls every registered subsystem in order (``synth.subsystems.REGISTRY``). Each
subsystem builds its variables and own rows on a Pyomo block of its name (``m.solar_arrays``) and returns
:class:`Item` contributions: per-orbit amounts it supplies to or demands from a :class:`Resource` (power, heat,
mass, stowed volume, hosting capacity, ...) and cost items. The core forms one balance row per resource and orbit,
``sum(supply) >= sum(demand)``, the budget tables of the result, and the objective from the cost items; it never
names a subsystem's variables.

The evaluator (``synth.evaluate``) calls the same subsystems' :meth:`Subsystem.evaluate`, which computes the same
items as plain numbers from a given design, written independently of the Pyomo expressions; the core then checks
every balance and requirement with the same vocabulary. A solved optimum re-evaluated must give the solver's
numbers back (tests/test_evaluate.py), which checks each subsystem's model assembly against its own arithmetic.

Repeating a block per period (the roadmap): a subsystem reads only ``ctx`` (sets, parameters, what earlier
subsystems published) and writes only its own block, so the same ``build`` can be called once per period on a
block ``m.period[t].<name>`` with the period's parameters; items then carry the period in their orbit index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pyomo.core as pyo

    from synth.case import ResolvedCase
    from synth.catalog import Entry
    from synth.checks import InputWarning
    from synth.model.data import ModelData
    from synth.result import Check, Diagnosis

Key = tuple[Any, ...]


@dataclass(frozen=True)
class Resource:
    """A budget balanced in every candidate orbit: the sum of supplies covers the sum of demands.

    ``row`` names the Pyomo constraint (``power_balance[o]``), ``budget`` and ``meaning`` explain it (what one more
    unit of supply is), ``unit`` is the model unit of both sides. ``table`` is the result budget it is shown in
    (``power_w``), with ``to_table`` converting model units to the table's; the table lists the table-only items, the
    demands, ``demand_total`` (the demand total's row, when named), the supplies (unless ``show_supply`` is false)
    and ``margin`` (supply - demand, when named). ``tiered``: demands and supplies carry a tier (a temperature) and a demand
    of tier tau may only be met by supplies of tier <= tau: besides the total row, one row per distinct demand tier
    tau (``tier_row[o, index]``) requires the supplies of tier <= tau to cover the demands of tier <= tau (Hall's
    condition on nested sets, exact for threshold compatibility). ``eclipsed_only``: rows only in orbits with an
    eclipse. ``check`` is the evaluator's wording of the row.
    """

    name: str
    row: str
    budget: str
    meaning: str
    unit: str
    check: str
    table: str | None = None
    to_table: float = 1.0
    demand_total: str | None = None
    show_supply: bool = True
    margin: str | None = "margin"
    tiered: bool = False
    tier_row: str = ""
    tier_meaning: str = ""
    eclipsed_only: bool = False


@dataclass
class Item:
    """One contribution of a subsystem.

    ``resource`` names a :class:`Resource` (the item enters its balance rows on ``side``), or is ``"cost"`` (a
    present-value cost item, MUSD in the model, USD in the evaluator), or ``None`` (shown in ``table`` only).
    ``name`` is its row in the result table; items of one name add up. In the model ``value`` maps each orbit to
    a Pyomo expression (cost: one expression over all orbits); in the evaluator it is a number for the design's
    orbit. Both are in model units (kW, kWh, t, m2, m3, MUSD). ``tier``: the temperature tier of a tiered resource
    (``None``: no tier, counted in the total row only).
    """

    resource: str | None
    name: str
    value: Any
    side: Literal["supply", "demand"] = "demand"
    tier: float | None = None
    table: str | None = None


@dataclass
class BuildContext:
    """What a subsystem sees while the model is built: the model (sets O, H, pick, the parameter table P), the
    case data and coefficients, and what earlier subsystems published (named expressions, e.g. ``it_kw``)."""

    m: pyo.ConcreteModel
    d: ModelData
    published: dict[str, Any] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)

    @property
    def P(self) -> Any:
        return self.m.P

    def publish(self, name: str, value: Any) -> None:
        if name in self.published:
            raise RuntimeError(f"two subsystems publish {name!r}")  # a registry bug, not bad input
        self.published[name] = value

    def get(self, name: str) -> Any:
        """A quantity published by an earlier subsystem (registry order is data-flow order)."""
        return self.published[name]

    def total(self, resource: str, o: Any, side: str = "demand") -> Any:
        """Sum of the items on ``side`` of ``resource`` in orbit ``o`` contributed so far."""
        return sum(i.value[o] for i in self.items if i.resource == resource and i.side == side)


@dataclass
class EvalContext:
    """What a subsystem sees while a fixed design is evaluated: the case data, the design, its orbit and shielding,
    what earlier subsystems published (numbers), their items, and the checks written so far."""

    d: ModelData
    design: Any  # synth.evaluate.DesignSpec
    orbit: str
    shield: str
    published: dict[str, Any] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)  # design fields the evaluation computed (totals, splits)

    def total(self, resource: str, side: str = "demand") -> float:
        return float(sum(i.value for i in self.items if i.resource == resource and i.side == side))


class Subsystem:
    """Base class of a subsystem module's one class; every hook has a do-nothing default.

    Class attributes declare the subsystem: ``name`` (its block and registry name), ``order`` (its place in the
    data-flow order: it may use what subsystems of lower order publish and contribute), ``catalog`` (the catalog kind it
    reads, its file ``<catalog>.yaml``; ``None`` for subsystems without one), ``entry`` (that catalog's entry
    schema), ``option_doc`` (the description of ``options.<catalog>`` in a case) and ``option_required`` (a case must
    name candidates; when not required, a case that names none leaves the subsystem out), ``extra_options`` (further
    fields of ``options``), ``resources`` (budgets it introduces), ``explained`` (its own rows: component name ->
    (budget, meaning of one more unit, unit)) and ``design_fields`` (its fields of result.json's ``design``:
    name -> (type, pydantic Field)).
    """

    name: ClassVar[str]
    order: ClassVar[int]
    catalog: ClassVar[str | None] = None
    entry: ClassVar[type[Entry] | None] = None
    option_doc: ClassVar[str] = ""
    option_required: ClassVar[bool] = True
    extra_options: ClassVar[dict[str, tuple[Any, Any]]] = {}
    resources: ClassVar[tuple[Resource, ...]] = ()
    explained: ClassVar[dict[str, tuple[str, str, str]]] = {}
    design_fields: ClassVar[dict[str, tuple[Any, Any]]] = {}

    # -- data ------------------------------------------------------------------------------------------------------
    def active(self, rc: ResolvedCase) -> bool:
        """Whether the subsystem takes part in this case (an optional one only when the case names candidates)."""
        return self.catalog is None or self.option_required or bool(rc.entries.get(self.catalog))

    def coefficients(self, rc: ResolvedCase, env: Any) -> Any:
        """Physics coefficients of its candidates, once per case (from :mod:`synth.physics`); ``env`` holds the
        orbit environment (``synth.subsystems.orbits.Environment``). Raise InputError for impossible physics."""
        return None

    def parameters(self, d: ModelData) -> dict[Key, float]:
        """Its entries of the model's parameter table (model units), so a built model can be updated in place."""
        return {}

    def structure(self, d: ModelData) -> tuple:
        """What its parameters cannot change (which variables and rows exist): a change forces a rebuild. By default
        the names of its catalog's candidates, which index its sets; a subsystem whose rows depend on more says so."""
        return (tuple(d.entries(self.catalog)),) if self.catalog else ()

    # -- model -----------------------------------------------------------------------------------------------------
    def build(self, ctx: BuildContext, b: pyo.Block) -> list[Item]:
        """Add its variables and own rows to block ``b``; return its items; publish what later ones need."""
        return []

    def extract(self, ctx: BuildContext, b: pyo.Block, orbit: str, shield: str) -> dict[str, Any]:
        """Its design fields from the solved model (the chosen orbit and shielding)."""
        return {}

    def fine_counts(self, b: pyo.Block) -> list[Any]:
        """Its integer variables whose one unit is a negligible share of a design (module counts): a search may relax
        them to bound the optimum (``synth.search``); the answer is still integer and proven."""
        return []

    def design_variables(self, b: pyo.Block) -> list[Any]:
        """The variables of block ``b`` that a built design fixes: counts (modules, units, launches, terminals), sizes
        (areas, energies, capacities) and the splits a design file states; never auxiliaries derived from them with a
        world's figures (mass or cost totals, what a vehicle carries). A design robust to several worlds
        (``synth.robust``) holds these equal in every world's block; the orbit and shielding picks are the core's."""
        return []

    def quantities(self, ctx: BuildContext, b: pyo.Block) -> dict[str, Any]:
        """Named totals over all orbits for limits and second objectives (e.g. ``launches``)."""
        return {}

    def summary_lines(self, design: Any) -> list[tuple[str, str]]:
        """Its lines of the printed design (label, text); by default one line per design field that holds values."""
        out = []
        for name in self.design_fields:
            value = design.get(name)
            if isinstance(value, dict) and value:
                out.append((name.replace("_", " "), ", ".join(f"{k}: {v:,.6g}" for k, v in value.items())))
        return out

    def after_solve(self, ctx: BuildContext, b: pyo.Block, orbit: str) -> None:
        """Tidy the loaded solution without changing its cost (e.g. the fewest launches for the same design)."""

    def design_notes(self, d: ModelData, design: Any) -> list[str]:
        """What a reader of a solved or evaluated design should know about this subsystem's figures (printed first
        with the result's notes), e.g. a price taken at a production lot far from the design's count."""
        return []

    # -- evaluator -------------------------------------------------------------------------------------------------
    def evaluate(self, ctx: EvalContext) -> list[Item]:
        """The same items as :meth:`build` returns, as numbers for the design in ``ctx``; add own checks to
        ``ctx.checks`` and computed design fields (totals, splits) to ``ctx.fields``."""
        return []

    def check_names(self, rc: ResolvedCase, d: ModelData, design: Any) -> list[tuple[tuple[str, ...], str]]:
        """Design names this subsystem owns that are not candidates: (field path, message) pairs."""
        return []

    # -- diagnosis -------------------------------------------------------------------------------------------------
    def warnings(self, rc: ResolvedCase, d: ModelData) -> list[InputWarning]:
        """Pre-solve warnings: valid inputs that can never work or lie outside published ranges."""
        return []

    def structural(self, d: ModelData) -> list[Diagnosis]:
        """Causes of infeasibility no limit relaxation can fix, found by inspecting the candidates."""
        return []
