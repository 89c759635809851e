"""Section 4: N concurrent browser sessions cycling through the pages against one server."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlparse

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from playwright.async_api import async_playwright

from bench.common import (
    APP,
    EXCEPTION_COUNT,
    PAGES,
    READY_POLL_MS,
    READY_PREDICATE,
    READY_RESULT,
    STABLE_MS,
    fmt_ms,
    launch_chromium,
    log,
    md_table,
    new_context,
    percentile,
    streamlit_server,
    to_visit,
    yes_no,
)

LOAD_TIMEOUT_MS = 60_000
# Streamlit's frontend probes these relative to the page path; on /pieniadze etc. they 404.
BENIGN_PROBES = ("/_stcore/health", "/_stcore/host-config")


def benign(text: str, url: str) -> bool:
    """The known 404 of the frontend probing `<path>/_stcore/health|host-config` on a non-root path."""
    if "404" not in text:
        return False
    path = urlparse(url).path
    return any(path.endswith(p) and path[: -len(p)].strip("/") != "" for p in BENIGN_PROBES)


@dataclass
class SessionLog:
    ready_ms: list[float] = field(default_factory=list)
    pages: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    benign_404: int = 0

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] += 1
        if len(self.examples) < 5:
            self.examples.append(f"{kind}: {detail[:200]}")


async def session(browser, base_url: str, index: int, deadline: float, log_: SessionLog) -> None:  # noqa: ANN001
    context = await new_context(browser)
    page = await context.new_page()
    console_errors: list[str] = []

    def on_console(message) -> None:  # noqa: ANN001
        if message.type != "error":
            return
        url = (message.location or {}).get("url", "")
        if benign(message.text, url):
            log_.benign_404 += 1
        else:
            console_errors.append(f"{message.text} @ {url}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: console_errors.append(f"page error: {exc}"))
    step = index  # sessions start on different pages
    try:
        while time.monotonic() < deadline:
            path, name, _ = PAGES[step % len(PAGES)]
            step += 1
            console_errors.clear()
            start = time.time() * 1000
            try:
                await page.goto(base_url + path, wait_until="commit", timeout=LOAD_TIMEOUT_MS)
            except PlaywrightError as exc:
                log_.error("navigation", f"{path}: {exc}")
                continue
            try:
                await page.wait_for_function(
                    READY_PREDICATE,
                    arg={"stableMs": STABLE_MS},
                    polling=READY_POLL_MS,
                    timeout=LOAD_TIMEOUT_MS,
                )
            except PlaywrightTimeoutError:
                log_.error("timeout", f"{path}: not ready after {LOAD_TIMEOUT_MS} ms")
                continue
            except PlaywrightError as exc:
                log_.error("navigation", f"{path}: {exc}")
                continue
            visit = to_visit(await page.evaluate(READY_RESULT), start, await page.evaluate(EXCEPTION_COUNT))
            log_.pages[name] += 1
            log_.ready_ms.append(visit.ready_ms)
            if visit.exceptions:
                log_.error("stException", f"{path}: {visit.exceptions} exception element(s)")
            if console_errors:
                log_.error("console", f"{path}: {console_errors[0]}")
    finally:
        await context.close()


async def _run(sessions: int, seconds: float) -> tuple[list[SessionLog], float]:
    with streamlit_server(APP) as server:
        async with async_playwright() as playwright:
            browser = await launch_chromium(playwright)
            # One unmeasured load of every page first: the server-side caches are warm.
            warm = await new_context(browser)
            warm_page = await warm.new_page()
            for path, _, _ in PAGES:
                await warm_page.goto(server.base_url + path, wait_until="commit")
                await warm_page.wait_for_function(
                    READY_PREDICATE, arg={"stableMs": STABLE_MS}, polling=READY_POLL_MS, timeout=120_000
                )
            await warm.close()
            logs = [SessionLog() for _ in range(sessions)]
            start = time.monotonic()
            deadline = start + seconds
            await asyncio.gather(
                *(session(browser, server.base_url, i, deadline, logs[i]) for i in range(sessions))
            )
            elapsed = time.monotonic() - start
            await browser.close()
    return logs, elapsed


def run(sessions: int, seconds: float) -> str:
    log(f"load: {sessions} sessions for {seconds:.0f} s")
    logs, elapsed = asyncio.run(_run(sessions, seconds))
    ready = [ms for log_ in logs for ms in log_.ready_ms]
    errors: Counter = Counter()
    pages: Counter = Counter()
    for log_ in logs:
        errors += log_.errors
        pages += log_.pages
    examples = [example for log_ in logs for example in log_.examples][:8]
    benign_404 = sum(log_.benign_404 for log_ in logs)
    total_errors = sum(errors.values())
    row = [
        str(sessions),
        f"{seconds:.0f} (ran {elapsed:.0f})",
        str(len(ready)),
        f"{len(ready) / elapsed * 60:.1f}",
        f"{total_errors}"
        + (f" ({', '.join(f'{k}: {v}' for k, v in sorted(errors.items()))})" if errors else ""),
        yes_no(total_errors == 0),
        fmt_ms(percentile(ready, 50)),
        fmt_ms(percentile(ready, 95)),
        fmt_ms(max(ready)) if ready else "—",
    ]
    lines = [
        "## 4. Load: concurrent browser sessions",
        "",
        f"{sessions} browser sessions (one Chromium, one context each, driven from asyncio) load "
        f"the pages in turn (each session starting on a different page) for {seconds:.0f} s "
        "against one server on the shipped data, after one unmeasured load of every page. Each "
        "load is a full `page.goto` (a new Streamlit session) in the session's own context, so "
        "the browser cache is warm after its first round. Page-ready as in section 1. An error "
        "is a navigation failure, a timeout (60 s), an `stException` on the page, or a console "
        "error / uncaught page error other than the known 404s of Streamlit probing "
        f"`<path>/_stcore/health` and `<path>/_stcore/host-config` ({benign_404} of those were "
        "seen and ignored).",
        "",
        md_table(
            [
                "sessions",
                "seconds",
                "loads completed",
                "loads/min",
                "errors",
                "0 errors",
                "p50 ready ms",
                "p95 ready ms",
                "max ready ms",
            ],
            [row],
        ),
        "",
        "Loads per page: " + ", ".join(f"{name} {pages[name]}" for _, name, _ in PAGES) + ".",
        "",
    ]
    if examples:
        lines += ["Errors seen (first few):", ""] + [f"- {e}" for e in examples] + [""]
    return "\n".join(lines)
