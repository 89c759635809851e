"""No page breaks under the stack's Content-Security-Policy, and the policy is really enforced.

Every page is opened through nginx in a fresh context that records each `securitypolicyviolation`
event; a page passes when it is drawn (charts included), with no violation, no console error, no
request outside localhost and no dialog, and when it reached the app on its first try (the address
each page carries, app.py); the same first try is checked from `make run`. A probe app checks what st.components.v2 needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext

from tests.e2e.helpers import PAGES, Tab, key, wait_ready
from tests.e2e.serving import RunningStack, start_stack

pytestmark = pytest.mark.e2e

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`
  );
});
"""
VISITS = [(path, "pl") for path in PAGES] + [("/os-czasu", "en"), ("/pieniadze", "en")]


def violations(tab: Tab) -> list[str]:
    return tab.page.evaluate("window.__cspViolations")


@pytest.fixture(scope="module")
def csp_context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(20_000)
    context.add_init_script(RECORD_VIOLATIONS)
    yield context
    context.close()


@pytest.mark.parametrize("path, lang", VISITS, ids=[f"{p}-{lang}" for p, lang in VISITS])
def test_page_renders_under_the_csp_without_a_violation_and_reaches_the_app_on_its_first_try(
    csp_context, served: RunningStack, path, lang
):
    """Through the stack, under its CSP (which allows the address script by its hash)."""
    tab = Tab(csp_context.new_page(), served.url)
    try:
        requests = record_requests(tab)
        response = tab.page.goto(f"{served.url}{path}?lang={lang}")
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        wait_ready(tab.page)
        tab.page.wait_for_function("lang => document.documentElement.lang === lang", arg=lang)
        assert_reached_the_app_on_its_first_try(tab, requests)
    finally:
        tab.page.close()


@dataclass
class Requests:
    asked: list[str] = field(default_factory=list)  # paths
    failed: list[str] = field(default_factory=list)  # URLs answered with a status of 400 or more


def record_requests(tab: Tab) -> Requests:
    requests = Requests()
    tab.page.on("request", lambda request: requests.asked.append(urlsplit(request.url).path))
    tab.page.on(
        "response", lambda response: requests.failed.append(response.url) if response.status >= 400 else None
    )
    return requests


def assert_reached_the_app_on_its_first_try(tab: Tab, requests: Requests) -> None:
    """The page told Streamlit's frontend where the app is (app.py, deploy/base_address.py): it did
    not ask /<page>/_stcore/... first, get a 404 and wait to retry. And nothing else went wrong."""
    assert [p for p in requests.asked if "/_stcore/" in p and not p.startswith("/_stcore/")] == []
    assert requests.asked.count("/_stcore/health") == 1
    assert requests.failed == []
    assert tab.page.evaluate("window.__streamlit.BACKEND_BASE_URL") == tab.base_url + "/"
    assert violations(tab) == []
    tab.assert_clean()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_of_make_run_reaches_the_app_on_its_first_try(csp_context, app_url: str, path):
    """Straight from `streamlit run app.py`, as `make run` serves it."""
    tab = Tab(csp_context.new_page(), app_url)
    try:
        requests = record_requests(tab)
        tab.page.goto(f"{app_url}{path}")
        wait_ready(tab.page)
        assert_reached_the_app_on_its_first_try(tab, requests)
    finally:
        tab.page.close()


def test_the_policy_blocks_an_inline_script_it_does_not_list(csp_context, served: RunningStack):
    tab = Tab(csp_context.new_page(), served.url)
    try:
        tab.page.goto(served.url + "/o-projekcie")
        wait_ready(tab.page)
        tab.page.evaluate(
            """() => { const s = document.createElement("script");
                       s.textContent = "window.__injected = true"; document.head.appendChild(s); }"""
        )
        tab.page.wait_for_function("window.__cspViolations.length > 0")
        assert tab.page.evaluate("window.__injected === undefined")
        assert [v for v in violations(tab) if not v.startswith("script-src-elem blocked inline")] == []
        tab.console_errors.clear()  # Chromium logs the refusal: that is the point here
    finally:
        tab.page.close()


@pytest.fixture(scope="module")
def probe_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    stack = start_stack(
        tmp_path_factory.mktemp("probe-stack"),
        1,
        {"STREAMLIT_SERVER_ENABLE_STATIC_SERVING": "true"},
        "--script",
        "tests/e2e/probe_apps/csp_probe.py",
    )
    yield stack
    stack.stop()


def test_a_components_v2_component_runs_and_loads_scripts_from_app_static(csp_context, probe_stack):
    tab = Tab(csp_context.new_page(), probe_stack.url)
    try:
        tab.page.goto(probe_stack.url + "/")
        wait_ready(tab.page)
        probe = key(tab.page, "probe")
        probe.get_by_text("probe ok: classic module").wait_for()
        assert probe.locator(".probe").evaluate("e => getComputedStyle(e).color") == "rgb(0, 90, 0)"
        assert violations(tab) == []
        tab.assert_clean()
    finally:
        tab.page.close()


def test_a_download_through_the_stack_comes_from_the_readers_replica(csp_context, served: RunningStack):
    # /media/ files live in the memory of the replica that made them: the sticky cookie must route there.
    tab = Tab(csp_context.new_page(), served.url)
    try:
        tab.page.goto(served.url + "/os-czasu?lang=en")
        wait_ready(tab.page)
        with tab.page.expect_download() as event:
            key(tab.page, "timeline_csv").get_by_role("button").click()
        data = Path(event.value.path()).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b"source_url" in data.splitlines()[0]
        # The replicas send plain responses (for sub_filter); nginx compresses the CSV for the reader.
        response = tab.page.request.get(event.value.url, headers={"Accept-Encoding": "gzip"})
        assert response.ok and response.headers.get("content-encoding") == "gzip"
        assert response.body() == data
        assert violations(tab) == []
        tab.assert_clean()
    finally:
        tab.page.close()
