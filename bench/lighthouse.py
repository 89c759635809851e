"""Section `lighthouse`: what a reader on a phone gets, as Lighthouse's mobile preset measures it.

Every page, and the bare one-line Streamlit page for reference, is served by the stack of `make serve`
(nginx with gzip in front of one replica, deploy/), and measured by the pinned npm `lighthouse`
(package.json, `npm ci`) driving Debian's Chromium: the mobile preset, i.e. simulated slow 4G and a
4× slower CPU, each run a fresh browser profile (a cold cache). The median of `runs` runs is reported.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.common import (
    APP,
    BARE_APP,
    CHROMIUM,
    CHROMIUM_ARGS,
    PAGES,
    REPO,
    StackLog,
    free_port,
    launch_chromium,
    log,
    md_table,
    median,
    visit,
)

LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
RUN_TIMEOUT_S = 240
# The targets for every page (bench figures, not timed tests).
MIN_SCORE = 45
MAX_TBT_MS = 600
MAX_BYTES = 1.7 * 2**20
# Chromium's flags for Lighthouse: headless, and none of the background traffic this machine's closed
# network refuses (the same set as the browser tests', without Playwright's own).
CHROME_FLAGS = " ".join(["--headless=new", *(flag for flag in CHROMIUM_ARGS if flag != "--headless")])


@dataclass(frozen=True)
class Run:
    score: float  # 0-100
    tbt_ms: float
    tti_ms: float
    lcp_ms: float
    cls: float  # cumulative layout shift: what moved under the reader while the page loaded
    bytes: float  # transferred, cold
    form_factor: str
    throttling: str


def lighthouse(url: str) -> Run:
    """One Lighthouse run of `url` with the mobile preset (its default); performance only."""
    with tempfile.TemporaryDirectory(prefix="ngo-lh-") as folder:
        report = Path(folder) / "report.json"
        command = [
            str(LIGHTHOUSE),
            url,
            "--only-categories=performance",
            "--output=json",
            f"--output-path={report}",
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
        ]
        env = {**os.environ, "CHROME_PATH": str(CHROMIUM), "TMPDIR": folder}
        subprocess.run(command, check=True, env=env, timeout=RUN_TIMEOUT_S, capture_output=True)
        result = json.loads(report.read_text(encoding="utf-8"))
    audits = result["audits"]
    settings = result["configSettings"]
    return Run(
        score=100 * (result["categories"]["performance"]["score"] or 0),
        tbt_ms=audits["total-blocking-time"]["numericValue"],
        tti_ms=audits["interactive"]["numericValue"],
        lcp_ms=audits["largest-contentful-paint"]["numericValue"],
        cls=audits["cumulative-layout-shift"]["numericValue"],
        bytes=audits["total-byte-weight"]["numericValue"],
        form_factor=settings["formFactor"],
        throttling=settings["throttlingMethod"],
    )


@contextlib.contextmanager
def served(script: Path) -> Iterator[str]:
    """`script` behind the stack of `make serve` (nginx with gzip, one replica); yields its URL."""
    from deploy.stack import Stack

    with Stack(port=free_port(), replicas=1, script=str(script.relative_to(REPO)), out=StackLog()) as stack:
        yield stack.url


def warm(url: str, paths: list[str]) -> None:
    """One unmeasured visit of each page warms the server's caches (the dataset, the views): the
    reader's browser is cold, the server is not."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            for path in paths:
                # A page that fails is fast: never measure one (a Streamlit exception box on it).
                if visit(browser, url + path).exceptions:
                    raise SystemExit(f"{url + path} shows an exception: not measured")
        finally:
            browser.close()


def median_of(runs: list[Run], field: str) -> float:
    return median([getattr(run, field) for run in runs])


def _row(name: str, runs: list[Run], *, reference: bool) -> list[object]:
    score, tbt, size = median_of(runs, "score"), median_of(runs, "tbt_ms"), median_of(runs, "bytes")
    scores = sorted(round(run.score) for run in runs)
    met = score >= MIN_SCORE and tbt <= MAX_TBT_MS and size <= MAX_BYTES
    return [
        name,
        f"{score:.0f} ({scores[0]}–{scores[-1]})",
        f"{tbt:,.0f} ms",
        f"{median_of(runs, 'tti_ms') / 1000:.1f} s",
        f"{median_of(runs, 'lcp_ms') / 1000:.1f} s",
        f"{size / 1024:,.0f} KiB",
        "reference" if reference else ("yes" if met else "**no**"),
    ]


def run(runs: int = 3) -> str:
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `npm ci` in {REPO} (make bench does)")
    targets = [("bare Streamlit page", BARE_APP, "/")] + [(name, APP, path) for path, name, _ in PAGES]
    measured: dict[str, list[Run]] = {}
    for script in dict.fromkeys(script for _, script, _ in targets):
        with served(script) as url:
            pages = [(name, path) for name, s, path in targets if s == script]
            warm(url, [path for _, path in pages])
            for name, path in pages:
                for index in range(runs):
                    log(f"lighthouse: {name} run {index + 1}/{runs}")
                    measured.setdefault(name, []).append(lighthouse(url + path))
    first = next(iter(measured.values()))[0]
    rows = [_row(name, measured[name], reference=script == BARE_APP) for name, script, _ in targets]
    return "\n".join(
        [
            "## Lighthouse, mobile preset, through nginx with gzip",
            "",
            f"Lighthouse {_version()}, form factor `{first.form_factor}`, throttling `{first.throttling}` "
            f"(simulated slow 4G, 4× CPU slowdown); each run a fresh profile (cold cache); median of {runs} "
            "runs, the score's range in brackets. Served by `make serve`'s stack with one replica. Targets: "
            f"score ≥ {MIN_SCORE}, total blocking time ≤ {MAX_TBT_MS} ms, ≤ {MAX_BYTES / 2**20:.1f} MiB "
            "transferred.",
            "",
            md_table(
                ["page", "score", "total blocking time", "time to interactive", "LCP", "transferred", "met"],
                rows,
            ),
        ]
    )


def _version() -> str:
    package = REPO / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"]
