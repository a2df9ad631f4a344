"""`spreport serve` in a real browser (Debian's chromium, driven by selenium): the preview
shows the documents, follows an edit within 3 seconds (patched in place), shows a broken
file's error above the last good view, tells where a figure comes from on hover, and sets two
languages side by side, paragraph by paragraph."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="chromium and chromium-driver: make test installs them")
EVENTS = "data/2024/events.yaml"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A copy of the project previewed in English, French and Arabic on a free port."""
    project = tmp_path_factory.mktemp("served")
    for name in ("templates", "locales", "data"):
        shutil.copytree(ROOT / name, project / name)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "spreport.cli", "serve", "--data",
                                str(project / "data" / "2024"), "--lang", "en,fr,ar",
                                "--port", str(port)], cwd=project, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.1)
    yield project, url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def count(browser, selector: str) -> int:
    return browser.execute_script(f"return document.querySelectorAll('{selector}').length")


def wait_for(browser, condition, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except Exception:            # the page is being patched
            pass
        time.sleep(0.05)
    raise AssertionError(f"not within {seconds} s")


def edit(project, old: str, new: str) -> None:
    path = project / EVENTS
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_page_follows_an_edit_and_shows_a_broken_file(server, browser):
    project, url = server
    browser.get(f"{url}/en/report")
    assert count(browser, "p.para") == 79
    assert count(browser, "span.footnote") == 81
    assert "245 forums" in browser.find_element("tag name", "body").text
    figure = "[...document.querySelectorAll('span.figure')].find(s => s.textContent == '{}')"
    browser.execute_script("window.unreloaded = true; document.getElementById('b20').marked = 1;"
                           + figure.format(245) + ".marked = 1")
    edit(project, "events: 245", "events: 246")
    started = time.monotonic()
    wait_for(browser, lambda: "246 forums" in browser.find_element("tag name", "body").text, 3)
    assert time.monotonic() - started < 3
    patched = browser.execute_script("return [window.unreloaded, document.getElementById('b20')"
                                     ".marked, " + figure.format(246) + ".marked]")
    assert patched == [True, 1, None]     # patched in place: the changed figure alone is new
    edit(project, "events: 246", "events: many")
    wait_for(browser, lambda: count(browser, ".error") == 1, 3)
    error = browser.find_element("css selector", ".error").text
    assert "data/2024/events.yaml:" in error and "events" in error
    assert count(browser, "p.para") == 79          # the last good view, beneath the error
    edit(project, "events: many", "events: 245")
    wait_for(browser, lambda: count(browser, ".error") == 0, 3)


@pytest.mark.parametrize("other", ["fr", "ar"])
def test_two_languages_side_by_side(server, browser, other):
    _, url = server
    browser.get(f"{url}/en+{other}/report")
    wait_for(browser, lambda: count(browser, ".side-by-side article") == 2, 10)
    per_column = browser.execute_script(
        "return [...document.querySelectorAll('.side-by-side article')]"
        ".map(a => [a.lang, a.dir, a.querySelectorAll('p.para').length])")
    assert per_column == [["en", "ltr", 79], [other, "rtl" if other == "ar" else "ltr", 79]]
    tops = browser.execute_script(
        "return [...document.querySelectorAll('.side-by-side article')].map(a => "
        "['b20', 'b60'].map(id => a.querySelector('#' + id).getBoundingClientRect().top))")
    assert all(abs(l - r) < 2 for l, r in zip(*tops)), tops        # paragraph by paragraph
    shot = ROOT / "build" / "tests" / f"preview-en-{other}.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_a_figure_tells_where_it_comes_from(server, browser):
    _, url = server
    browser.get(f"{url}/en/report")
    sources = browser.execute_script(
        "return Object.fromEntries([...document.querySelectorAll('span.figure')]"
        ".map(s => [s.textContent, s.title]))")
    assert sources["57"].startswith("data/2024/registers/visits.csv  lines ")
    assert "57 row(s) selected by visits.start in 2024" in sources["57"]
    assert sources["245"] == "data/2024/events.yaml:2  events"
    assert "14 = mandates − thematic mandates" in sources["14"]
