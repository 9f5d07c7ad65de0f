"""synth app, the explorer (issue 16): the URL codec and validation, the coalescing of solves, the server under a
thousand random requests, and the page in a real headless browser (Playwright driving /usr/bin/chromium).

The browser tests need Chromium at /usr/bin/chromium (.ci/run installs it); without it they FAIL, they do not skip.
"""

from __future__ import annotations

import math
import random
import socket
import threading
import time
from pathlib import Path

import pytest

from synth.app.service import Coalescer
from synth.app.state import BY_KEY, SLIDERS, StateError, decode, encode, overrides, position, value_of

ROOT = Path(__file__).resolve().parents[1]
SPACEX, BLUE = ROOT / "cases/spacex.yaml", ROOT / "cases/blue_origin.yaml"
TEACHING = ROOT / "cases/teaching/single.yaml"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# -- the URL codec and validation ------------------------------------------------------------------------------------

def test_codec_round_trip_keeps_every_float():
    state = {"starship": 223.6067977499790, "wacc": 0.08, "life": 7.0, "radiator_k": 330.0}
    text = encode(state)
    assert text == "starship=223.606797749979&life=7&radiator_k=330&wacc=0.08"  # slider order, whole numbers without .0
    assert decode(text) == state
    assert decode("") == {}
    assert decode("preset=optimistic&life=5") == {"life": 5.0}  # the page's own keys are not inputs


def test_log_and_linear_slider_positions():
    starship = BY_KEY["starship"]  # 10 to 5,000 USD/kg: 500x, log scale
    assert starship.log
    # halfway on a log scale is the geometric mean: 10 x sqrt(5000 / 10) = 10 x 22.3607 = 223.607
    assert value_of(starship, 0.5) == pytest.approx(223.6068, rel=1e-6)
    assert position(starship, 100.0) == pytest.approx(math.log(10) / math.log(500))  # ln(100/10) / ln(5000/10) = 0.3705
    wacc = BY_KEY["wacc"]  # 0.02 to 0.30: 15x, linear
    assert not wacc.log
    assert value_of(wacc, 0.5) == pytest.approx(0.16)  # (0.02 + 0.30) / 2
    assert all(s.low < s.high for s in SLIDERS)


@pytest.mark.parametrize("query, field, allowed", [
    ("starship=abc", "starship", "a number from 10 to 5000 USD/kg"),
    ("starship=5001", "starship", "a number from 10 to 5000 USD/kg"),
    ("starship=nan", "starship", "a number from 10 to 5000 USD/kg"),
    ("wacc=inf", "wacc", "a number from 0.02 to 0.3 1/yr"),
    ("life=", "life", "a number from 1 to 15 yr"),
    ("life=5&life=6", "life", "given twice; give each input once"),
])
def test_bad_values_name_the_field_and_what_is_allowed(query, field, allowed):
    with pytest.raises(StateError) as caught:
        decode(query)
    assert caught.value.field == field
    assert caught.value.allowed == allowed


def test_unknown_input_lists_the_allowed_ones():
    with pytest.raises(StateError) as caught:
        decode("launch=3")
    assert caught.value.field == "launch" and "starship" in caught.value.allowed and "wacc" in caught.value.allowed


def test_overrides_apply_only_where_the_input_is_a_candidate():
    applies = {"starship": {"spacex"}, "wacc": {"spacex", "blue_origin"}, "radiator_k": {"spacex"}}
    state = {"starship": 200.0, "wacc": 0.08, "radiator_k": 330.0}
    assert overrides(state, applies, "spacex") == {"launch_vehicles.starship.price_per_kg_usd": 200.0, "economics.discount_rate": 0.08,
                                                   "options.radiator_temperatures_k": [330.0]}
    assert overrides(state, applies, "blue_origin") == {"economics.discount_rate": 0.08}


# -- coalescing ------------------------------------------------------------------------------------------------------

def test_coalescer_solves_only_the_latest_waiting_request():
    started, release = threading.Event(), threading.Event()
    solved: list[int] = []

    def fake_solve(x: int) -> int:
        solved.append(x)
        if x == 1:
            started.set()
            release.wait(5)
        return x * 10

    c: Coalescer[int, int] = Coalescer(fake_solve)
    answers: dict[int, object] = {}

    def ask(x: int) -> None:
        answers[x] = c.request(x)

    first = threading.Thread(target=ask, args=(1,))
    first.start()
    assert started.wait(5)
    waiting = []
    for x in (2, 3, 4):  # arrive while 1 is being solved
        t = threading.Thread(target=ask, args=(x,))
        t.start()
        waiting.append(t)
        time.sleep(0.05)
    release.set()
    for t in [first, *waiting]:
        t.join(5)
    assert solved == [1, 4]  # 2 and 3 were never solved: only the latest position
    assert c.solves == 2
    a1 = answers[1]
    assert (a1.params, a1.value, a1.coalesced) == (1, 10, False)  # type: ignore[attr-defined]
    for x in (2, 3):
        a = answers[x]
        assert (a.params, a.value, a.coalesced) == (4, 40, True)  # type: ignore[attr-defined]
    a4 = answers[4]
    assert (a4.params, a4.value, a4.coalesced) == (4, 40, False)  # type: ignore[attr-defined]


def test_coalescer_hands_an_error_to_the_request_and_keeps_going():
    def fake_solve(x: int) -> int:
        if x < 0:
            raise ValueError("negative")
        return x

    c: Coalescer[int, int] = Coalescer(fake_solve)
    bad = c.request(-1)
    assert isinstance(bad.error, ValueError) and bad.value is None
    assert c.request(3).value == 3


# -- the server ------------------------------------------------------------------------------------------------------

def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _random_request(client, rng: random.Random) -> None:
    """One random slider request (any slider key, a value in range 60 %, out of range or garbage 20 %, an unknown key
    20 %): a valid one answers 200 with every case optimal or infeasible (a positive cost when optimal), a bad one 400
    or 422 naming the field; never a 500."""
    s = rng.choice(SLIDERS)
    roll = rng.random()
    if roll < 0.6:
        value = str(value_of(s, rng.random()))
    elif roll < 0.8:
        value = rng.choice(["abc", "", "nan", "-inf", "1e999", str(s.high * 2), str(s.low / 2), "0x10", "'; drop"])
    else:
        value = str(value_of(s, rng.random()))
        s = type(s)("nokey" + str(rng.randint(0, 9)), "", "", "", 1, 2)
    r = client.get("/api/solve", params={s.key: value})
    assert r.status_code in (200, 400, 422), r.text
    body = r.json()
    if r.status_code == 200:
        for case in body["cases"]:
            assert case["status"] in ("optimal", "infeasible"), case
            if case["status"] == "optimal":
                assert case["kpi"]["cost_per_eflop_usd"] > 0
    else:
        assert body["error"]["field"] and body["error"]["message"]


@pytest.mark.slow
def test_a_thousand_random_requests_without_error_or_memory_growth():
    """1,000 random slider requests on the teaching case (fast enough for CI; most sliders leave its solve unchanged,
    life and cost of capital move it): never a 500, and resident memory after the 1,000 requests stays within 25 MB
    of its value after a 100-request warm-up."""
    from starlette.testclient import TestClient

    from synth.app import AppConfig, create_app

    client = TestClient(create_app(AppConfig([TEACHING])))
    rng = random.Random(16)
    for _ in range(100):
        _random_request(client, rng)
    before = _rss_mb()
    for _ in range(900):
        _random_request(client, rng)
    after = _rss_mb()
    assert after - before < 25, f"RSS grew from {before:.1f} to {after:.1f} MB over 900 requests"


@pytest.mark.slow
def test_random_requests_on_both_shipped_cases():
    """150 random slider requests on spacex and blue_origin, where every slider moves one of them (about 0.13 s a
    solve of both): never a 500, every valid state optimal or infeasible with its reason."""
    from starlette.testclient import TestClient

    from synth.app import AppConfig, create_app

    client = TestClient(create_app(AppConfig([SPACEX, BLUE])))
    rng = random.Random(1616)
    for _ in range(150):
        _random_request(client, rng)


@pytest.mark.slow
def test_api_answers_match_a_direct_solve_and_bad_values_are_4xx():
    from starlette.testclient import TestClient

    from synth import load_case, solve
    from synth.app import AppConfig, create_app

    client = TestClient(create_app(AppConfig([TEACHING])))
    r = client.get("/api/solve?life=7&wacc=0.05")
    assert r.status_code == 200
    direct = solve(load_case(TEACHING, overrides={"requirements.design_life_years": 7.0, "economics.discount_rate": 0.05}))
    assert r.json()["cases"][0]["kpi"]["cost_per_eflop_usd"] == pytest.approx(direct.kpi["cost_per_eflop_usd"], rel=1e-6)
    bad = client.get("/api/solve?life=40")
    assert bad.status_code == 400
    assert bad.json()["error"] == {"field": "life", "value": "40", "allowed": "a number from 1 to 15 yr", "message": "life='40': a number from 1 to 15 yr"}
    text = client.get("/api/export?life=7").text
    assert "design_life_years: 7.0" in text and "extends:" in text
    assert client.post("/api/export?life=7").status_code == 409  # no --export-dir: the page downloads instead
    assert client.get("/static/app.js").status_code == 200
    assert "cdn" not in client.get("/").text.lower() and "http" not in client.get("/static/app.js").text.replace("http://www.w3.org", "")


@pytest.mark.slow
def test_export_writes_a_case_that_solves_to_the_same_cost(tmp_path):
    from starlette.testclient import TestClient

    from synth import load_case, solve
    from synth.app import AppConfig, create_app

    client = TestClient(create_app(AppConfig([TEACHING], export_dir=tmp_path)))
    r = client.post("/api/export?life=7")
    assert r.status_code == 200
    written = [Path(p) for p in r.json()["written"]]
    case_file = next(p for p in written if p.suffix == ".yaml")
    result_json = next(p for p in written if p.name == "result.json")
    again = solve(load_case(case_file))
    import json

    assert again.kpi["cost_per_eflop_usd"] == pytest.approx(json.loads(result_json.read_text())["kpi"]["cost_per_eflop_usd"], rel=1e-6)


# -- the page in a real browser --------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server():
    """The explorer over both shipped cases, served by uvicorn in a thread on a free port."""
    import uvicorn

    from synth.app import AppConfig, create_app

    app = create_app(AppConfig([SPACEX, BLUE]))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _direct(path: Path, sets: dict) -> float:
    from synth import load_case, solve

    return float(solve(load_case(path, overrides=sets)).kpi["cost_per_eflop_usd"])


def _shown(page, case: str) -> float:
    return float(page.get_attribute(f"#cost-{case}", "data-value"))


def _move(page, key: str, t: float) -> None:
    """Move slider ``key`` to position t in [0, 1] as a user's drag does (the input event)."""
    page.evaluate("([key, t]) => { const s = document.getElementById('slider-' + key); s.value = String(Math.round(t * s.max));"
                  " s.dispatchEvent(new Event('input', {bubbles: true})); }", [key, t])


def _open(browser, url: str):
    """A new page at ``url`` once spacex's cost is shown."""
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("#cost-spacex")
    return page


@pytest.mark.slow
def test_page_loads_with_both_cases_and_the_ground(server, browser):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server)
    page.wait_for_selector("#cost-spacex")
    page.wait_for_selector("#cost-blue_origin")
    assert "per delivered EFLOP" in page.inner_text("#cost-spacex")
    assert _shown(page, "spacex") == pytest.approx(_direct(SPACEX, {}), rel=1e-6)
    assert page.is_visible("#card-ground") and "grid-powered hyperscale" in page.inner_text("#card-ground")
    assert page.query_selector("#slider-starship") is not None
    assert not errors
    page.close()


@pytest.mark.slow
def test_moving_a_slider_gives_the_cost_of_a_direct_solve(server, browser):
    page = _open(browser, server)
    before = page.inner_text("#cost-spacex")
    _move(page, "starship", 0.3)  # 10 x 500^0.3 = 10 x e^(0.3 ln 500) = 10 x 6.452 = 64.52 USD/kg, 3 digits on the page: 64.5
    page.wait_for_function("b => document.querySelector('#cost-spacex').innerText !== b", arg=before)
    value = float(page.evaluate("new URLSearchParams(location.search).get('starship')"))
    assert value == 64.5
    expected = _direct(SPACEX, {"launch_vehicles.starship.price_per_kg_usd": value})
    page.wait_for_function("v => Math.abs(Number(document.querySelector('#cost-spacex').dataset.value) / v - 1) < 1e-6", arg=expected)
    assert page.inner_text("#cost-spacex").startswith(f"${expected:.4g}")
    page.close()


@pytest.mark.slow
def test_a_shared_url_restores_the_same_state(server, browser):
    page = _open(browser, server + "?starship=200&life=4")
    assert page.inner_text("#value-starship").startswith("$200")
    assert page.inner_text("#value-life").startswith("4 yr")
    expected = _direct(SPACEX, {"launch_vehicles.starship.price_per_kg_usd": 200, "requirements.design_life_years": 4})
    assert _shown(page, "spacex") == pytest.approx(expected, rel=1e-6)
    bad = browser.new_page()
    bad.goto(server + "?starship=1e9")
    bad.wait_for_selector("#error:not([hidden])")
    assert "starship" in bad.inner_text("#error") and "10 to 5000" in bad.inner_text("#error")
    page.close()
    bad.close()


@pytest.mark.slow
def test_a_design_change_is_shown(server, browser):
    page = _open(browser, server)
    assert page.query_selector("#changes-spacex") is None  # today's design is the reference
    _move(page, "tpu_price", 0.0)  # $2,000 TPU v6e modules: the optimum switches chips
    page.wait_for_selector("#changes-spacex")
    assert "tpu_v6e instead of b200_gb200" in page.inner_text("#changes-spacex")
    assert "tpu_v6e" in page.inner_text("#card-spacex tr.moved")
    page.close()


@pytest.mark.slow
def test_an_infeasible_state_says_why_in_the_page(server, browser):
    page = browser.new_page()
    page.goto(server + "?life=7")  # no SpaceX-style bus is rated for more than 5 years
    page.wait_for_selector("#warn-spacex")
    assert "infeasible" in page.inner_text("#warn-spacex") and "design_life_years" in page.inner_text("#warn-spacex")
    page.close()


@pytest.mark.slow
def test_results_charts_carry_the_cards_names_and_colours(tmp_path):
    """--results: a real synth roadmap and synth uncertainty output give the race and ratio charts, each case drawn
    in its card's colour (the report's colour of spacex alone: the first, #1f5fa8) and named by its label."""
    from starlette.testclient import TestClient

    from synth.app.server import AppConfig, create_app
    from synth.cli import main

    race, mc = tmp_path / "race", tmp_path / "mc"
    assert main(["roadmap", str(SPACEX), "--years", "2030:2031", "--out", str(race), "--quiet"]) == 0
    assert main(["uncertainty", str(SPACEX), "--samples", "4", "--workers", "1", "--out", str(mc), "--quiet"]) == 0
    client = TestClient(create_app(AppConfig([SPACEX], results=[race, mc])))
    for name in ("race", "uncertainty"):
        svg = client.get(f"/api/chart/{name}.svg")
        assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg")
        assert "#1f5fa8" in svg.text and "SpaceX-style" in svg.text, name
    assert client.get("/api/chart/nothing.svg").status_code == 404


def test_a_solve_past_the_time_budget_shows_its_best_design_and_gap():
    """A result stopped at the time budget with a design (the search's unproven incumbent, or HiGHS's with a gap) is
    shown with that design, its status and its gap; one with no design says so (here with a budget too short to
    find any: 1 ms)."""
    import dataclasses

    from starlette.testclient import TestClient

    from synth.app.server import AppConfig, create_app, summarize
    from synth.app.service import load_cases
    from synth.case import load_case
    from synth.result import Status
    from synth.solve import solve

    services, _ = load_cases([TEACHING], 10.0)
    found = solve(load_case(TEACHING))
    stopped = dataclasses.replace(found, status=Status.TIME_LIMIT, solver=dataclasses.replace(found.solver, mip_gap=0.05, termination="time_limit"))
    shown = summarize(services[0], stopped, False, 10.0)
    assert shown["status"] == "time_limit" and shown["gap"] == 0.05
    assert shown["design"]["launches"] == found.design["launches"] and shown["kpi"]["cost_per_eflop_usd"] == found.kpi["cost_per_eflop_usd"]
    answer = TestClient(create_app(AppConfig([BLUE], time_budget_s=0.001))).get("/api/solve?starship=300").json()["cases"][0]
    assert answer["status"] == "time_limit" and answer["design"] is None and "time_limit" in answer["message"]


@pytest.mark.parametrize("argv, says", [
    (["app", "no/such.yaml", "--no-browser"], "no such case file"),
    (["app", str(TEACHING), "--no-browser", "--time-budget", "0"], "more than 0 and at most 3600"),
    (["app", str(TEACHING), "--no-browser", "--results", "no/such/dir"], "not a directory"),
    (["app", str(TEACHING), "--no-browser", "--port", "70000"], "from 1 to 65,535"),
])
def test_synth_app_refuses_bad_flags_before_serving(argv, says, capsys):
    """Bad flags exit 2 with a message naming what is wrong, before any solve or bind."""
    from synth.cli import main

    assert main(argv) == 2
    assert says in capsys.readouterr().err


def test_synth_app_says_when_the_port_is_taken(capsys):
    """A port another process holds: exit 2 naming the address, not a traceback from the server."""
    from synth.cli import main

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        assert main(["app", str(TEACHING), "--no-browser", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert str(port) in err and "Traceback" not in err

