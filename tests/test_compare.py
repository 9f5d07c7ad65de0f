"""Results read back typed (synth.load_result) and compared side by side (synth compare): the round trip keeps every
figure, and the comparison shows each result's own figures (read here from result.json with the json module)."""

from __future__ import annotations

import json

import pytest

from synth import Result, load_result, solve
from synth.cli import main
from teaching import TEACH


@pytest.fixture(scope="module")
def two_results(tmp_path_factory):
    root = tmp_path_factory.mktemp("cmp")
    assert main(["solve", str(TEACH / "single.yaml"), "--out", str(root / "single"), "-q"]) == 0
    assert main(["solve", str(TEACH / "small_choice.yaml"), "--out", str(root / "choice"), "-q"]) == 0
    return root / "single", root / "choice"


def test_a_result_read_back_is_the_result_written(two_results, tmp_path):
    solved = solve(TEACH / "single.yaml")
    solved.write(tmp_path)
    back = load_result(tmp_path)
    assert isinstance(back, Result) and back.status.value == "optimal"
    assert json.loads(back.to_json()) == json.loads(solved.to_json())
    assert back.design.compute == solved.design.compute and back.binding[0].constraint == solved.binding[0].constraint
    assert load_result(tmp_path / "result.json").kpi == back.kpi


def test_compare_shows_each_results_own_figures(two_results, capsys, tmp_path):
    single, choice = two_results
    assert main(["compare", str(single), str(choice), "--out", str(tmp_path / "cmp.csv")]) == 0
    printed = capsys.readouterr().out
    raw = [json.loads((d / "result.json").read_text()) for d in two_results]
    import pandas as pd

    table = pd.read_csv(tmp_path / "cmp.csv").set_index("figure")
    for r in raw:
        name = r["case"]["name"]
        assert name in printed
        assert float(table.loc["cost per delivered EFLOP", name]) == pytest.approx(r["kpi"]["cost_per_eflop_usd"], rel=1e-12)
        assert float(table.loc["IT power", name]) == pytest.approx(r["kpi"]["it_power_w"] / 1e6, rel=1e-12)
        assert table.loc["orbit", name] == r["design"]["orbit"]


def test_a_file_that_is_not_a_result_exits_2(tmp_path, capsys):
    (tmp_path / "result.json").write_text('{"status": "optimal"}')
    assert main(["compare", str(tmp_path)]) == 2
    assert "not a result.json written by synth solve --out" in capsys.readouterr().err


def test_excel_holds_the_same_tables_as_the_csv_files(tmp_path, two_results):
    """synth solve --excel: result.xlsx has a sheet per CSV table with the same content; synth compare --out X.xlsx
    holds the comparison."""
    import pandas as pd

    assert main(["solve", str(TEACH / "single.yaml"), "--out", str(tmp_path / "r"), "--excel", "-q"]) == 0
    sheets = pd.read_excel(tmp_path / "r" / "result.xlsx", sheet_name=None)
    csvs = {p.stem: p for p in (tmp_path / "r").glob("*.csv")}
    assert set(sheets) == set(csvs)
    for name, path in csvs.items():
        pd.testing.assert_frame_equal(sheets[name], pd.read_csv(path), check_dtype=False)
    assert main(["compare", *map(str, two_results), "--out", str(tmp_path / "cmp.xlsx")]) == 0
    assert main(["compare", *map(str, two_results), "--out", str(tmp_path / "cmp.csv")]) == 0
    excel, csv = pd.read_excel(tmp_path / "cmp.xlsx").set_index("figure"), pd.read_csv(tmp_path / "cmp.csv").set_index("figure")
    assert list(excel.columns) == list(csv.columns) and list(excel.index) == list(csv.index)
    for column in csv.columns[1:]:  # a column mixes numbers and text: the CSV reads it as text, Excel keeps the numbers
        for figure in csv.index:
            a, b = excel.loc[figure, column], csv.loc[figure, column]
            try:
                assert float(a) == pytest.approx(float(b), rel=1e-12)
            except (TypeError, ValueError):
                assert str(a) == str(b)
