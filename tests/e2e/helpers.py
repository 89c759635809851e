"""What the browser tests share: the page list, the one "ready" wait and a tab that records what went wrong.

Plain helpers (the fixtures that build them live in conftest.py), so every test module can import them.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, ConsoleMessage, Dialog, Locator, Page, Request, WebSocket
from playwright.sync_api import Error as PlaywrightError

from ngo_dashboard.ui.navigation import PAGES as NAVIGATION

# Debian's Chromium (never a downloaded one), launched the same way by the tests and by bench/.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Every page's URL path: Polish, the same in both languages (the first page is also the root "/").
PAGES = ("/", *(f"/{spec.url_path}" for spec in NAVIGATION[1:]))
OWN_ADDRESSES = tuple(f"/{spec.url_path}" for spec in NAVIGATION)
LANGS = ("pl", "en")
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
NOT_NETWORK = {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}

# NOTE: opened on a non-root path (/os-czasu), Streamlit's frontend first probes <path>/_stcore/health
# and <path>/_stcore/host-config, gets a 404 for each, then finds the server at the root. That is its
# own base-path discovery, not an app error, so exactly these two failed URLs are ignored; nothing else.
_BASE_PATH_PROBE = re.compile(
    "^/(" + "|".join(re.escape(p.strip("/")) for p in OWN_ADDRESSES) + ")/_stcore/(health|host-config)$"
)
_NOT_FOUND = "Failed to load resource: the server responded with a status of 404"

_READY = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app) return false;
  if (app.dataset.testScriptState !== 'notRunning') return false;
  if (app.dataset.testConnectionState !== 'CONNECTED') return false;
  if (document.querySelector('[data-testid=stStatusWidget], [data-testid=stSkeleton]')) return false;
  if (![...document.querySelectorAll('[data-testid=event-list]')].every(list => list.dataset.drawn)) return false;
  return [...document.querySelectorAll('[data-testid=chart]')]
    .every(chart => chart.querySelector('.main-svg, .ngo-chart-narrow') || chart.matches('.ngo-chart-deferred'));
}"""

# The centre of the first point of the first trace that carries customdata (an event marker of the
# timeline chart), in the page's coordinates.
FIRST_MARKER = """() => {
  const gd = document.querySelector('[data-testid=chart] .js-plotly-plot');
  const index = gd.data.findIndex(trace => trace.customdata && trace.mode === 'markers');
  const point = gd.querySelectorAll('.scatterlayer .trace')[index].querySelector('.points path');
  const box = point.getBoundingClientRect();
  return {x: box.x + box.width / 2, y: box.y + box.height / 2};
}"""

_STATE = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  return {
    script: app && app.dataset.testScriptState,
    connection: app && app.dataset.testConnectionState,
    status: !!document.querySelector('[data-testid=stStatusWidget]'),
    skeletons: document.querySelectorAll('[data-testid=stSkeleton]').length,
    charts: document.querySelectorAll('[data-testid=chart]').length,
    drawn: document.querySelectorAll('[data-testid=chart] .main-svg').length,
  };
}"""


def wait_ready(page: Page, timeout: float = 45.0) -> None:
    """Wait until the script has finished and everything is drawn, seen twice 300 ms apart.

    Twice, because a widget change starts a rerun a moment after the click: one look can fall between.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _looks_ready(page):
            page.wait_for_timeout(300)
            if _looks_ready(page):
                return
        else:
            page.wait_for_timeout(100)
    raise AssertionError(f"{page.url} not ready after {timeout:.0f} s: {page.evaluate(_STATE)}")


def _looks_ready(page: Page) -> bool:
    try:
        return page.evaluate(_READY)
    except PlaywrightError:  # a navigation replaced the document between two looks
        return False


def wait_lang(page: Page, lang: str, timeout: float = 15.0) -> None:
    """The app sets <html lang> from a script after it renders; wait for it."""
    page.wait_for_function("lang => document.documentElement.lang === lang", arg=lang, timeout=timeout * 1000)


def wait_url(page: Page, *parts: str, timeout: float = 15.0) -> str:
    """Wait until the address bar holds every part (the app rewrites it with history.replaceState)."""
    page.wait_for_function(
        "parts => parts.every(part => location.href.includes(part))", arg=list(parts), timeout=timeout * 1000
    )
    return current_url(page)


def current_url(page: Page) -> str:
    """`location.href`: Playwright's `page.url` can lag behind history.replaceState."""
    return page.evaluate("location.href")


def normalise(text: str) -> str:
    """Polish groups digits with U+00A0 no-break spaces ('102 262 543 zł'); compare with plain spaces."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def text_of(locator: Locator) -> str:
    return normalise(locator.inner_text())


def with_lang(path: str, lang: str) -> str:
    """`path` (which may have a query) with ?lang= added: the address shared tabs are keyed by."""
    return f"{path}{'&' if '?' in path else '?'}lang={lang}"


def key(page: Page, widget_key: str) -> Locator:
    """A widget or container by its Streamlit key."""
    return page.locator(f".st-key-{widget_key}")


def open_filters(page: Page, row: str) -> None:
    """Open the filters button in the row keyed `row` (ui/filters.py) and wait until its widgets are
    drawn: their code is fetched on the first open."""
    key(page, row).get_by_test_id("stPopoverButton").locator("visible=true").click()
    page.locator("[data-testid=stPopoverBody] [data-testid=stMultiSelect]").first.wait_for()


def list_titles(page: Page) -> list[str]:
    """Titles of the cards in the timeline's list: each is an h4 (years are h3, the opened event an h2)."""
    return [normalise(t).strip() for t in page.locator("[data-testid=stMain] h4").all_inner_texts()]


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in NOT_NETWORK or parts.hostname in LOCAL_HOSTS


@dataclass
class Tab:
    """A page of the app and everything it did wrong: console errors, outside requests, dialogs."""

    page: Page
    base_url: str
    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self.console_errors.append(f"uncaught: {error}"))
        self.page.on("request", self._on_request)
        self.page.on("websocket", self._on_websocket)
        self.page.on("dialog", self._on_dialog)

    def goto(self, path: str = "/", *, lang: str | None = None) -> Page:
        """Open `path` (with its query) and wait until it is ready and, if given, in `lang`."""
        self.page.goto(self.base_url + path)
        wait_ready(self.page)
        if lang:
            wait_lang(self.page, lang)
        return self.page

    def problems(self) -> list[str]:
        return (
            [f"console error: {e}" for e in self.console_errors]
            + [f"request outside localhost: {u}" for u in self.external_requests]
            + [f"dialog opened: {d}" for d in self.dialogs]
        )

    def assert_clean(self) -> None:
        """No console error, nothing sent out, no dialog, no Streamlit exception box, no traceback."""
        assert self.problems() == []
        assert self.page.get_by_test_id("stException").count() == 0
        assert "Traceback" not in self.page.locator("body").inner_text()

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        url = message.location.get("url", "")
        parts = urlsplit(url)
        if (
            message.text.startswith(_NOT_FOUND)
            and parts.hostname in LOCAL_HOSTS
            and _BASE_PATH_PROBE.match(parts.path)
        ):
            return
        self.console_errors.append(f"{message.text} [{url}]")

    def _on_request(self, request: Request) -> None:
        if not is_local(request.url):
            self.external_requests.append(request.url)

    def _on_websocket(self, socket: WebSocket) -> None:
        if not is_local(socket.url):
            self.external_requests.append(socket.url)

    def _on_dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


class Visits:
    """Shared read-only tabs, one per path; `prefetch` queues paths to load a few at a time ahead.

    While a test looks at one page, the next ones load: the server runs their scripts while Chromium
    draws or checks the current one. Only a few at once, so a busy machine does not time them all out.
    """

    AHEAD = 3

    def __init__(self, context: BrowserContext, base_url: str) -> None:
        self.context = context
        self.base_url = base_url
        self.tabs: dict[str, Tab] = {}
        self.ready: set[str] = set()
        self.queue: list[str] = []

    def __call__(self, path: str, *, lang: str | None = None) -> Tab:
        tab = self.tabs.get(path) or self._open(path)
        self._load_ahead()
        wait_ready(tab.page, timeout=60.0)
        self.ready.add(path)
        if lang:
            wait_lang(tab.page, lang)
        return tab

    def prefetch(self, paths: list[str]) -> None:
        self.queue += [path for path in paths if path not in self.tabs and path not in self.queue]
        self._load_ahead()

    def close(self) -> None:
        for tab in self.tabs.values():
            tab.page.close()

    def _load_ahead(self) -> None:
        while self.queue and len(set(self.tabs) - self.ready) < self.AHEAD:
            self._open(self.queue[0])

    def _open(self, path: str) -> Tab:
        if path in self.queue:
            self.queue.remove(path)
        tab = Tab(self.context.new_page(), self.base_url)
        tab.page.goto(self.base_url + path, wait_until="commit")
        self.tabs[path] = tab
        return tab
