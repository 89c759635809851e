"""Browser-tier fixtures: the app under `streamlit run` on a free port, Debian's Chromium, recorded tabs.

One server on the shipped data for the whole session; `serve_data` starts another on a given folder.
With `--e2e` and no /usr/bin/chromium, every test here fails (never skips): CI must not go green silently.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from deploy.stack import free_loopback_port, health_ok, streamlit_command
from ngo_dashboard.paths import DATA_DIR_ENV
from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, Tab, Visits
from tests.e2e.serving import RunningStack, start_stack

ROOT = Path(__file__).resolve().parents[2]
MISSING_CHROMIUM = "Debian chromium is required: apt-get install -y chromium"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
TABLET = {"width": 820, "height": 1180}  # touch, and wide enough for the timeline's chart
START_TIMEOUT = 60.0
LOG_TAIL = 60


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path


RUNNING: list[Server] = []
LOG_START = pytest.StashKey[dict[Path, int]]()


def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[LOG_START] = {server.log: server.log.stat().st_size for server in RUNNING}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[pytest.TestReport]:
    """On a failure, add what the servers logged during the test: the page only says "an error occurred"."""
    report = yield
    if report.failed:
        start = item.stash.get(LOG_START, {})
        for server in RUNNING:
            with server.log.open("rb") as log:
                log.seek(start.get(server.log, 0))
                lines = log.read().decode(errors="replace").splitlines()
            if any("Traceback" in line for line in lines):
                report.sections.append((f"streamlit log ({server.url})", "\n".join(lines[-LOG_TAIL:])))
    return report


def start_server(log: Path, data_dir: Path | None = None) -> Server:
    """`streamlit run app.py` (as `make run`) from the repo root, ready once /_stcore/health answers "ok"."""
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_ENV}
    if data_dir is not None:
        env[DATA_DIR_ENV] = str(data_dir)
    port = free_loopback_port()
    # Files may be edited while the tests run; a watcher would put "File change" toasts on the page.
    command = streamlit_command("app.py", port, "--server.fileWatcherType", "none")
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, log)
    RUNNING.append(server)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            RUNNING.remove(server)
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        if health_ok(f"{server.url}/_stcore/health"):
            return server
        time.sleep(0.2)
    stop_server(server)
    pytest.fail(f"streamlit did not answer within {START_TIMEOUT:.0f} s:\n{log.read_text(errors='replace')}")


def stop_server(server: Server) -> None:
    """Stop the server by its own pid: terminate, then kill if it has not exited after 10 s."""
    if server in RUNNING:
        RUNNING.remove(server)
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on the shipped data/ folder, shared by every test that needs no other data."""
    server = start_server(tmp_path_factory.mktemp("server") / "streamlit.log")
    yield server.url
    stop_server(server)


@pytest.fixture
def serve_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[Path], str]]:
    """`serve_data(folder)` starts one more app with NGO_DATA_DIR=folder and returns its base URL."""
    servers: list[Server] = []

    def serve(folder: Path) -> str:
        servers.append(start_server(tmp_path_factory.mktemp("server") / "streamlit.log", folder))
        return servers[-1].url

    yield serve
    for server in servers:
        stop_server(server)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(MISSING_CHROMIUM, pytrace=False)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def contexts(browser: Browser) -> Iterator[dict[str, BrowserContext]]:
    """Desktop, phone and tablet contexts for the session, so Streamlit's scripts are fetched once each.

    Each tab is its own Streamlit session all the same (one websocket per page). No request routing:
    in Playwright that would switch the HTTP cache off; outside requests are recorded by each Tab.
    """
    made = {
        "desktop": browser.new_context(viewport=DESKTOP, accept_downloads=True),
        "phone": browser.new_context(
            viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2, accept_downloads=True
        ),
        "tablet": browser.new_context(viewport=TABLET, is_mobile=True, has_touch=True, accept_downloads=True),
    }
    for context in made.values():
        context.set_default_timeout(20_000)
    yield made
    for context in made.values():
        context.close()


@pytest.fixture(scope="session")
def visit(contexts: dict[str, BrowserContext], app_url: str) -> Iterator[Visits]:
    """`visit(path, lang=None)`: a ready desktop tab on the shipped data, loaded once and shared.

    Only for tests that read a page and change nothing (render checks, axe, downloads): a load costs
    seconds, and the page-by-language checks of several modules look at the same twelve pages.
    """
    visits = Visits(contexts["desktop"], app_url)
    yield visits
    visits.close()


@pytest.fixture(scope="session")
def visit_phone(contexts: dict[str, BrowserContext], app_url: str) -> Iterator[Visits]:
    """`visit_phone(path, lang=None)`: as `visit`, in the phone's context (375 px, touch).

    For the phone's read-only checks (axe on a page and on its charts, overflow): they look at the
    same pages, and each load on a phone costs seconds of the suite.
    """
    visits = Visits(contexts["phone"], app_url)
    yield visits
    visits.close()


@pytest.fixture
def open_tab(contexts: dict[str, BrowserContext], app_url: str) -> Iterator[Callable[..., Tab]]:
    """`open_tab(path, lang=None, base_url=None, phone=False, tablet=False)`: a page of its own, ready,
    in `lang` if given.

    Fails the test afterwards if any tab logged a console error, asked a host other than localhost
    for anything, or opened a dialog.
    """
    tabs: list[Tab] = []

    def open_(
        path: str | None = "/",
        *,
        lang: str | None = None,
        base_url: str | None = None,
        phone: bool = False,
        tablet: bool = False,
    ) -> Tab:
        device = "phone" if phone else "tablet" if tablet else "desktop"
        tab = Tab(contexts[device].new_page(), base_url or app_url)
        tabs.append(tab)
        if path is not None:
            tab.goto(path, lang=lang)
        return tab

    yield open_
    problems = [f"{tab.base_url}: {problem}" for tab in tabs for problem in tab.problems()]
    for tab in tabs:
        tab.page.close()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    """The serving stack (`python -m deploy`: nginx, 2 replicas) on a free port, shared read-only."""
    stack = start_stack(tmp_path_factory.mktemp("stack"), replicas=2)
    yield stack
    stack.stop()
