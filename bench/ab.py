"""Same-run A/B of app variants: `python -m bench.ab REV REV [...] --path /os-czasu [--runs 5] [--desktop]`.

Each variant is a git revision, exported (`git archive`) to a temporary folder and served from there.
- On a phone (the default): each variant has its own stack of `make serve` (nginx with gzip, one
  replica), measured by Lighthouse's mobile preset (bench/lighthouse.py).
- `--desktop`: each variant is one `streamlit run` (as `make run`), timed by the page-ready visit of
  bench/page_ready.py at 1280 px; the bare page is served and visited in the same rounds, so every
  variant is also given as its ratio to the bare page.
Runs alternate between the variants, so a busy machine slows them alike; the medians are compared,
never figures from different runs. Loopback only; every process and folder is removed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.common import (
    APP,
    BARE_APP,
    REPO,
    Visit,
    describe_speed,
    fmt_ms,
    free_port,
    host_speed,
    launch_chromium,
    log,
    md_table,
    median,
    streamlit_server,
    visit,
)
from bench.lighthouse import Run, lighthouse, median_of, warm
from deploy.stack import health_ok

START_TIMEOUT_S = 120


@contextlib.contextmanager
def exported(rev: str) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="ngo-ab-"))
    try:
        archive = subprocess.run(["git", "archive", rev], cwd=REPO, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def serving(folder: Path) -> Iterator[str]:
    """`python -m deploy` (the stack of `make serve`) run from `folder`; yields its URL."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(folder)}
    process = subprocess.Popen(
        [sys.executable, "-m", "deploy", "--port", str(port), "--replicas", "1"],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not health_ok(f"{url}/_stcore/health"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the stack in {folder} did not start (exit {process.poll()})")
            time.sleep(0.5)
        yield url
    finally:
        process.send_signal(signal.SIGTERM)  # the stack stops nginx and its replica and cleans up
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _row(rev: str, runs: list[Run]) -> list[object]:
    def med(field: str) -> float:
        return median_of(runs, field)

    return [
        f"`{rev}`",
        f"{med('score'):.0f} ({', '.join(str(round(r.score)) for r in runs)})",
        f"{med('tbt_ms'):,.0f} ms",
        f"{med('lcp_ms') / 1000:.1f} s",
        f"{med('tti_ms') / 1000:.1f} s",
        f"{med('cls'):.3f}",
        f"{med('bytes') / 1024:,.0f} KiB",
    ]


BARE = "bare page"


def entrypoint(folder: Path) -> Path:
    """What `make run` starts in that revision: APP, or streamlit_app.py before app.py existed."""
    app = folder / APP.relative_to(REPO)
    return app if app.is_file() else folder / "streamlit_app.py"


def desktop(revs: list[str], path: str, runs: int) -> str:
    """Page-ready at 1280 px of `path` in every revision, with the bare page, alternating."""
    from playwright.sync_api import sync_playwright

    visits: dict[str, list[Visit]] = {name: [] for name in [BARE, *revs]}
    with contextlib.ExitStack() as stack:
        urls = {BARE: stack.enter_context(streamlit_server(BARE_APP)).url("/")}
        for rev in revs:
            folder = stack.enter_context(exported(rev))
            urls[rev] = stack.enter_context(streamlit_server(entrypoint(folder), root=folder)).url(path)
        browser = launch_chromium(stack.enter_context(sync_playwright()))
        stack.callback(browser.close)
        for url in urls.values():
            visit(browser, url)  # unmeasured: the server's caches warm
        for index in range(runs):
            for name, url in urls.items():
                log(f"ab: {name} run {index + 1}/{runs}")
                visits[name].append(visit(browser, url))
    bare = median([v.ready_ms for v in visits[BARE]])

    def phases(name: str) -> list[object]:
        def med(key: str) -> float:
            return median([getattr(v, key) for v in visits[name]])

        ready = [v.ready_ms for v in visits[name]]
        label = name if name == BARE else f"`{name}`"
        return [
            label,
            fmt_ms(med("ready_ms")),
            f"{fmt_ms(min(ready))}–{fmt_ms(max(ready))}",
            f"{med('ready_ms') / bare:.2f}×",
            fmt_ms(med("shell_ms")),
            fmt_ms(med("running_ms") - med("shell_ms")),
            fmt_ms(med("done_ms") - med("running_ms")),
            fmt_ms(med("ready_ms") - med("done_ms")),
            fmt_ms(med("main_thread_ms")),
        ]

    header = [
        "variant",
        "page-ready",
        "min–max",
        "vs bare",
        "goto → shell",
        "→ script start",
        "→ done",
        "→ ready",
        "main thread busy",
    ]
    return "\n".join(
        [
            f"Desktop page-ready (1280 px, fresh browser context each), `{path}`, {runs} alternating runs "
            "each, medians in ms:\n",
            md_table(header, [phases(name) for name in visits]),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__)
    parser.add_argument("revs", nargs="+", help="git revisions to compare")
    parser.add_argument("--path", required=True, help="page and query, e.g. /os-czasu?lang=en")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--desktop", action="store_true", help="page-ready at 1280 px instead of Lighthouse")
    args = parser.parse_args(argv)
    before = host_speed()
    if args.desktop:
        print(desktop(args.revs, args.path, args.runs))
        print(host_speeds(before, host_speed()))
        return 0
    measured: dict[str, list[Run]] = {rev: [] for rev in args.revs}
    with contextlib.ExitStack() as stack:
        urls = {rev: stack.enter_context(serving(stack.enter_context(exported(rev)))) for rev in args.revs}
        for url in urls.values():
            warm(url, [args.path])
        for index in range(args.runs):
            for rev, url in urls.items():
                log(f"ab: {rev} run {index + 1}/{args.runs}")
                measured[rev].append(lighthouse(url + args.path))
    print(
        f"Lighthouse mobile, `{args.path}`, {args.runs} alternating runs each (median; scores of every run):\n"
    )
    print(
        md_table(
            ["variant", "score", "total blocking time", "LCP", "TTI", "layout shift", "transferred"],
            [_row(rev, runs) for rev, runs in measured.items()],
        )
    )
    print(host_speeds(before, host_speed()))
    return 0


def host_speeds(before: float, after: float) -> str:
    return f"\nHost speed before: {describe_speed(before)}; after: {describe_speed(after)}."


if __name__ == "__main__":
    sys.exit(main())
