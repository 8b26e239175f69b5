"""The web page in a real headless Chromium, against ``eventcoder serve`` started as a user would.

Skips when Chromium, chromedriver or selenium is missing (``.ci/run`` installs them where it can).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
    pytest.skip(f"headless browser tests need {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium "
                "chromium-driver)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="browser tests need selenium (pip install selenium)")

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as shown  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from eventcoder.records import Article  # noqa: E402
from eventcoder.store import EventStore  # noqa: E402

ARTICLES = [
    Article("browser-attack", "Boko Haram militants attacked a military base near Maiduguri on Wednesday, killing "
            "four soldiers, the Nigerian army said.", dt.date(2019, 8, 22), title="Militants attack army base"),
    Article("browser-visit", "Kenyan President Uhuru Kenyatta met Ethiopian Prime Minister Abiy Ahmed in Addis "
            "Ababa on Friday.", dt.date(2021, 6, 11), title="Kenyatta meets Abiy"),
    Article("browser-sanction", "The European Union imposed new sanctions on Russia on Tuesday.",
            dt.date(2022, 3, 2), title="EU sanctions Russia"),
    # The trigger word twice in one sentence: each report must mark its own occurrence.
    Article("browser-twice", "Rebels attacked the army near Goma on Tuesday and the army attacked them again on "
            "Wednesday, Congolese officials said.", dt.date(2018, 1, 11), title="Fighting near Goma"),
]
WAIT_SECONDS = 20


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def store_path(default_coder, tmp_path_factory):
    """The store file the server serves, coded from ARTICLES."""
    path = tmp_path_factory.mktemp("web_browser") / "events.duckdb"
    with EventStore.open(path) as store:
        store.add_results(default_coder.code_many(ARTICLES))
    return path


@pytest.fixture(scope="module")
def server(store_path):
    """``eventcoder serve`` in a subprocess on a free port; yields its base URL."""
    path, folder = store_path, store_path.parent
    port = _free_port()
    log = open(folder / "serve.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "eventcoder", "serve", "--db", str(path), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            log.close()
            pytest.fail(f"eventcoder serve did not start: {(folder / 'serve.log').read_text()}")
        time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)
    log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium_profile")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    from selenium.common.exceptions import WebDriverException

    # The driver path is given, so selenium never looks for one to download. On a loaded machine
    # Chromium can be slow to open its DevTools port: one retry before giving up.
    for attempt in (1, 2):
        try:
            driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
            break
        except WebDriverException as error:
            if attempt == 2:
                pytest.fail(f"headless Chromium did not start: {error.msg}")
            time.sleep(1)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _wait(browser, condition):
    return WebDriverWait(browser, WAIT_SECONDS).until(condition)


def _rows(browser):
    return browser.find_elements(By.CSS_SELECTOR, "#events tbody tr")


def test_filter_click_evidence_chart_and_map(server, browser):
    browser.get(server + "/")
    _wait(browser, lambda b: len(_rows(b)) > 0)
    assert f"events from {len(ARTICLES)} articles" in browser.find_element(By.ID, "store-info").text

    # Filter: fights only, any status.
    _wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "select[name=plover_type] option")) > 10)
    Select(browser.find_element(By.NAME, "plover_type")).select_by_value("ASSAULT")
    Select(browser.find_element(By.NAME, "status")).select_by_value("any")
    before = _rows(browser)[0]
    browser.find_element(By.ID, "search").click()
    _wait(browser, shown.staleness_of(before))
    _wait(browser, lambda b: len(_rows(b)) > 0)
    types = [row.find_elements(By.TAG_NAME, "td")[3].text for row in _rows(browser)]
    assert types and all(t.startswith("ASSAULT") for t in types)

    # A click shows the evidence sentence with its trigger marked.
    _rows(browser)[0].click()
    evidence = _wait(browser, shown.visibility_of_element_located((By.ID, "evidence")))
    mark = _wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "#evidence .sentence mark"))
    assert mark.text and mark.text.lower() in evidence.text.lower()
    assert "Maiduguri" in evidence.find_element(By.CSS_SELECTOR, ".sentence").text

    # The chart and the map are drawn in SVG.
    bars = browser.find_elements(By.CSS_SELECTOR, "#chart-svg rect.bar")
    assert bars
    assert browser.find_elements(By.CSS_SELECTOR, "#map-svg .graticule line")
    dots = browser.find_elements(By.CSS_SELECTOR, "#map-svg circle.dot")
    assert dots
    assert all(-180 <= float(d.get_attribute("cx")) <= 180 for d in dots)


def test_a_bad_filter_shows_the_api_message(server, browser):
    browser.get(server + "/")
    _wait(browser, lambda b: len(_rows(b)) > 0)
    browser.find_element(By.NAME, "start").send_keys("2022")
    browser.find_element(By.NAME, "end").send_keys("2020")
    browser.find_element(By.ID, "search").click()
    error = _wait(browser, shown.visibility_of_element_located((By.ID, "error")))
    assert "reversed" in error.text


def test_all_statuses_show_every_stored_event(server, browser):
    with urllib.request.urlopen(f"{server}/api/events?status=any&limit=0") as answer:
        total = json.load(answer)["total"]
    browser.get(server + "/")
    _wait(browser, lambda b: len(_rows(b)) > 0)
    Select(browser.find_element(By.NAME, "status")).select_by_value("any")
    browser.find_element(By.ID, "search").click()
    _wait(browser, lambda b: b.find_element(By.ID, "total").text.endswith(f"of {total}"))
    assert len(_rows(browser)) == min(total, 25)


def test_filters_in_the_address_fill_the_form_and_the_table(server, browser):
    browser.get(server + "/?plover_type=SANCTION&status=any&freq=year")
    _wait(browser, lambda b: len(_rows(b)) > 0)
    assert Select(browser.find_element(By.NAME, "plover_type")).first_selected_option.text == "SANCTION"
    types = [row.find_elements(By.TAG_NAME, "td")[3].text for row in _rows(browser)]
    assert types and all(t.startswith("SANCTION") for t in types)
    assert "plover_type=SANCTION" in browser.current_url and "freq=year" in browser.current_url


def test_each_report_marks_its_own_occurrence_of_a_repeated_trigger(server, browser):
    browser.get(server + "/?text=attacked+them+again&status=any")
    _wait(browser, lambda b: len(_rows(b)) > 0)
    for row in _rows(browser):
        row.click()
        _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#evidence .sentence mark"))
        # The text before each mark says which occurrence it is.
        before = browser.execute_script(
            "return [...document.querySelectorAll('#evidence .sentence mark')]"
            ".map((mark) => mark.previousSibling ? mark.previousSibling.textContent : '');")
        marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#evidence .sentence mark")]
        assert set(marks) == {"attacked"}
        assert sorted(before) == ["Rebels ", "Rebels attacked the army near Goma on Tuesday and the army "]


def test_the_actor_network_is_drawn_from_the_api(server, browser):
    with urllib.request.urlopen(f"{server}/api/network?status=any&top=40") as answer:
        network = json.load(answer)
    assert network["edges"]
    browser.get(server + "/?status=any")
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#network-svg g.edge"))
    nodes = browser.find_elements(By.CSS_SELECTOR, "#network-svg g.node")
    assert sorted(n.get_attribute("data-actor") for n in nodes) == sorted(n["id"] for n in network["nodes"])
    drawn = {(e.get_attribute("data-source"), e.get_attribute("data-target")): e
             for e in browser.find_elements(By.CSS_SELECTOR, "#network-svg g.edge")}
    assert set(drawn) == {(e["source"], e["target"]) for e in network["edges"]}
    # Every dyad has a line and an arrowhead inside the drawing; colour follows the mean Goldstein score.
    colours = {}
    for edge in network["edges"]:
        group = drawn[(edge["source"], edge["target"])]
        line = group.find_element(By.CSS_SELECTOR, "path.edge-line")
        assert float(line.get_attribute("stroke-width")) >= 1
        assert group.find_elements(By.CSS_SELECTOR, "polygon.edge-head")
        colours[edge["mean_goldstein"]] = line.get_attribute("stroke")
    conflict = [c for g, c in colours.items() if g is not None and g < -5]
    cooperation = [c for g, c in colours.items() if g is not None and g > 0]
    assert conflict and cooperation and set(conflict).isdisjoint(cooperation)
    for polygon in browser.find_elements(By.CSS_SELECTOR, "#network-svg polygon.edge-head"):
        for point in polygon.get_attribute("points").split():
            x, y = (float(v) for v in point.split(","))
            assert 0 <= x <= 420 and 0 <= y <= 420
    # A filter redraws it: fights only keep only the fighting dyads.
    Select(browser.find_element(By.NAME, "plover_type")).select_by_value("ASSAULT")
    before = browser.find_element(By.ID, "network-svg")
    browser.find_element(By.ID, "search").click()
    _wait(browser, shown.staleness_of(before))
    with urllib.request.urlopen(f"{server}/api/network?status=any&plover_type=ASSAULT&top=40") as answer:
        fights = json.load(answer)
    _wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#network-svg g.edge")) == len(fights["edges"]))
    assert len(fights["edges"]) < len(network["edges"])


def test_while_an_ingest_writes_the_page_says_so_and_recovers(server, store_path, browser):
    writer = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "sys.stdin.read()", str(store_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "held"
        browser.get(server + "/")
        error = _wait(browser, shown.visibility_of_element_located((By.ID, "error")))
        assert error.text.startswith("the store is being written by another process")
    finally:
        writer.communicate("", timeout=20)
    browser.find_element(By.ID, "search").click()
    _wait(browser, lambda b: len(_rows(b)) > 0)
    assert not browser.find_element(By.ID, "error").is_displayed()


def test_an_event_id_in_the_address_opens_its_evidence(server, browser):
    """?event= takes the short id tables show; opening an event puts its short id into the address."""
    with urllib.request.urlopen(f"{server}/api/events?status=any&plover_type=SANCTION") as answer:
        wanted = json.load(answer)["events"][0]["canonical_id"]
    browser.get(f"{server}/?status=any&event={wanted[:10]}")
    evidence = _wait(browser, shown.visibility_of_element_located((By.ID, "evidence")))
    _wait(browser, lambda b: f"id {wanted[:10]}" in b.find_element(By.ID, "evidence").text)
    assert "sanctions" in evidence.find_element(By.CSS_SELECTOR, ".sentence").text
    selected = browser.find_elements(By.CSS_SELECTOR, "#events tr.selected")
    assert [row.get_attribute("data-event-id") for row in selected] == [wanted]
    # Another row: the address follows the open event, and keeps the filters.
    other = next(row for row in _rows(browser) if row.get_attribute("data-event-id") != wanted)
    other.click()
    short = other.get_attribute("data-event-id")[:10]
    _wait(browser, lambda b: f"event={short}" in b.current_url)
    assert "status=any" in browser.current_url


def test_an_unknown_event_id_in_the_address_says_so(server, browser):
    browser.get(f"{server}/?event=zzzz")
    error = _wait(browser, shown.visibility_of_element_located((By.ID, "error")))
    assert "no merged event has an id starting with 'zzzz'" in error.text
