"""Shared pieces of the benchmark: Streamlit servers, Chromium, the page-ready condition, statistics.

Page-ready (the same for the bare page and every app page), measured from the moment `page.goto`
is called until all of these hold, and still hold 100 ms later (checked by `page.wait_for_function`
polling every 10 ms inside the page; the time recorded is when the condition started to hold):

- `[data-testid=stApp]` exists;
- no `[data-testid=stStatusWidget]` and no `[data-testid=stSkeleton]`;
- at least one `[data-testid=stElementContainer]` inside `[data-testid=stMain]`;
- every chart (`[data-testid=chart]`, ngo_dashboard/ui/chart.py) contains a `.main-svg` (or, too narrow to draw, its note);
- every list of events (`[data-testid=event-list]`, ngo_dashboard/ui/event_list.py) has drawn its cards.

The page-ready figure adds one condition to those, recorded in the same poll:
`stApp[data-test-script-state=notRunning]` (the page script has finished). Without it the issue's
condition is met before the page has any content: Streamlit 1.67 renders an empty
`stElementContainer` placeholder in stMain as soon as the frontend bundle has loaded (before the
websocket connects), and shows its status widget only after a script has run for 500 ms. The
issue's condition alone ("literal") is still measured and reported next to it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from deploy.stack import free_loopback_port as free_port
from deploy.stack import health_ok, streamlit_command
from ngo_dashboard.i18n import t
from ngo_dashboard.ui.navigation import PAGES as NAVIGATION
from tests.e2e.helpers import (  # the browser tests' launch, so both measure the same browser
    CHROMIUM,
    CHROMIUM_ARGS,
)

REPO = Path(__file__).resolve().parent.parent
APP = REPO / "app.py"  # as `make run` starts it
SCRIPT = REPO / "streamlit_app.py"  # the app's script, which AppTest runs (app.py only builds the server)
BARE_APP = REPO / "bench" / "bare_app.py"
# (URL path, English page name, page script), from the app's one page registry.
PAGES: tuple[tuple[str, str, str], ...] = tuple(
    ("/" if index == 0 else f"/{spec.url_path}", t(spec.title_key, "en"), spec.script)
    for index, spec in enumerate(NAVIGATION)
)
BENCH_TOKEN_ENV = "NGO_BENCH_TOKEN"
BENCH_TOKEN = f"{os.getpid()}-{time.time_ns()}"
READY_POLL_MS = 10
STABLE_MS = 100

# Evaluated by page.wait_for_function every READY_POLL_MS; keeps its state on `window.__bench`.
# `literal` = the condition; `ready` = literal + script finished. Each is recorded at the
# moment it started to hold, once it has held for STABLE_MS. Also records when the app shell,
# the websocket connection, the script start and the script end were first seen (phases).
# Returns true once `ready` is recorded (and `literal`, which it implies).
READY_PREDICATE = """
(arg) => {
  const s = window.__bench || (window.__bench = {
    literalSince: null, literal: null, literalCount: 0,
    readySince: null, ready: null, readyCount: 0,
    shell: null, connected: null, running: null, done: null,
  });
  const t = Date.now();
  const q = (sel) => document.querySelector(sel);
  const app = q('[data-testid="stApp"]');
  const main = q('[data-testid="stMain"]');
  const state = app ? app.getAttribute('data-test-script-state') : null;
  if (app && s.shell === null) s.shell = t;
  if (app && s.connected === null && app.getAttribute('data-test-connection-state') === 'CONNECTED') {
    s.connected = t;
  }
  if (state === 'running' && s.running === null) s.running = t;
  if (state === 'notRunning' && s.done === null) s.done = t;
  let ok = !!app && !q('[data-testid="stStatusWidget"]') && !q('[data-testid="stSkeleton"]')
    && !!main && !!main.querySelector('[data-testid="stElementContainer"]');
  if (ok) {
    for (const list of document.querySelectorAll('[data-testid="event-list"]')) {
      if (!list.dataset.drawn) { ok = false; break; }
    }
  }
  if (ok) {
    for (const chart of document.querySelectorAll('[data-testid="chart"]')) {
      if (!chart.querySelector('.main-svg, .ngo-chart-narrow') && !chart.matches('.ngo-chart-deferred')) { ok = false; break; }
    }
  }
  const count = ok ? main.querySelectorAll('[data-testid="stElementContainer"]').length : 0;
  const okReady = ok && state === 'notRunning';
  if (s.literal === null) {
    if (!ok) { s.literalSince = null; }
    else if (s.literalSince === null) { s.literalSince = t; s.literalCount = count; }
    else if (t - s.literalSince >= arg.stableMs) { s.literal = s.literalSince; }
  }
  if (s.ready === null) {
    if (!okReady) { s.readySince = null; }
    else if (s.readySince === null) { s.readySince = t; s.readyCount = count; }
    else if (t - s.readySince >= arg.stableMs) { s.ready = s.readySince; }
  }
  return s.ready !== null && s.literal !== null;
}
"""
# The script has run once in this page (memory visits: only the server's work matters).
SCRIPT_DONE = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning';
}
"""
READY_RESULT = "() => window.__bench"
# What keeps a page from being ready (for error messages).
DIAGNOSIS = """
() => ({
  scriptState: document.querySelector('[data-testid="stApp"]')?.getAttribute('data-test-script-state'),
  statusWidget: !!document.querySelector('[data-testid="stStatusWidget"]'),
  skeletons: document.querySelectorAll('[data-testid="stSkeleton"]').length,
  charts: document.querySelectorAll('[data-testid="chart"]').length,
  chartsDrawn: document.querySelectorAll('[data-testid="chart"] .main-svg').length,
  exceptions: [...document.querySelectorAll('[data-testid="stException"]')].map(e => e.innerText.slice(0, 200)),
})
"""
EXCEPTION_COUNT = "() => document.querySelectorAll('[data-testid=\"stException\"]').length"


def log(message: str) -> None:
    """Progress goes to stderr; stdout carries only the markdown report."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- statistics


HOST_SPEED_LOOP = 10**7


def host_speed(repeats: int = 3) -> float:
    """Seconds a 10⁷-iteration pure-Python loop takes here, the best of `repeats`.

    This shared host's speed moves by up to 7× between runs (RESULTS.md, F0): a report's absolute
    figures compare with another run's only beside this one, and its ratios to the bare page always.
    """
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(HOST_SPEED_LOOP):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def describe_speed(seconds: float) -> str:
    """`host_speed()`'s figure as the reports print it."""
    return f"{seconds:.2f} s for a 10⁷-iteration pure-Python loop (best of 3; lower is faster)"


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100), as numpy's default."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt_ms(value: float) -> str:
    if value != value:  # NaN
        return "—"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def yes_no(ok: bool) -> str:
    return "yes" if ok else "**no**"


def md_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- servers


class StackLog:
    """The stack's output goes to the benchmark's progress log (stderr), not the report."""

    def write(self, text: str) -> None:
        for line in text.splitlines():
            if line.strip():
                log(f"stack: {line}")

    def flush(self) -> None:
        pass


@dataclass
class Server:
    script: Path
    port: int
    process: subprocess.Popen
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str, query: str = "") -> str:
        return self.base_url + path + (f"?{query}" if query else "")


@contextlib.contextmanager
def streamlit_server(
    script: Path, data_dir: Path | None = None, *, root: Path = REPO, timeout: float = 60
) -> Iterator[Server]:
    """`streamlit run <script> --server.headless true --server.address 127.0.0.1 --server.port <free>`
    from `root` (the repo, or an exported revision of it), ready once /_stcore/health answers ok;
    stopped by pid (SIGTERM, then SIGKILL)."""
    port = free_port()
    env = dict(os.environ)
    env.pop("NGO_DATA_DIR", None)
    if data_dir is not None:
        env["NGO_DATA_DIR"] = str(data_dir)
    log_dir = Path(tempfile.mkdtemp(prefix="ngo-bench-server-"))
    log_path = log_dir / "server.log"
    with open(log_path, "wb") as out:
        process = subprocess.Popen(
            streamlit_command(script.relative_to(root), port),
            cwd=root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    server = Server(script, port, process, log_path)
    try:
        deadline = time.monotonic() + timeout
        while not health_ok(f"http://127.0.0.1:{port}/_stcore/health"):
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited ({process.returncode}): {log_path.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit not healthy after {timeout}s: {log_path.read_text()[-2000:]}")
            time.sleep(0.1)
        yield server
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
        shutil.rmtree(log_dir, ignore_errors=True)


# ---------------------------------------------------------------- memory


def _vm_hwm_mb(pid: int) -> float:
    """Peak resident set size the kernel recorded for the process (VmHWM), MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class _Background:
    """A context manager that runs `self._run` in a daemon thread until the block ends; `_run`
    loops until `self._stop` is set."""

    _stop: threading.Event
    _thread: threading.Thread | None = None

    def __enter__(self):
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()

    def _run(self) -> None:
        raise NotImplementedError


@dataclass
class RssSampler(_Background):
    """Samples RSS of a process plus all its children (psutil) in a background thread."""

    pid: int
    interval: float = 0.05
    peak_mb: float = 0.0
    last_mb: float = 0.0
    samples: int = 0

    def rss_mb(self) -> float:
        import psutil

        try:
            root = psutil.Process(self.pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            return 0.0
        total = 0
        for proc in procs:
            with contextlib.suppress(psutil.Error):
                total += proc.memory_info().rss
        return total / 2**20

    def hwm_mb(self) -> float:
        """Sum of the kernel's peak RSS (VmHWM) of the process and its current children."""
        import psutil

        pids = [self.pid]
        with contextlib.suppress(psutil.Error):
            pids += [c.pid for c in psutil.Process(self.pid).children(recursive=True)]
        return sum(_vm_hwm_mb(p) for p in pids)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.last_mb = self.rss_mb()
            self.peak_mb = max(self.peak_mb, self.last_mb)
            self.samples += 1
            self._stop.wait(self.interval)


class ForeignCpu(_Background):
    """CPU time used by processes outside this benchmark's process tree while a section runs.

    The machine is shared; other work on its 2 CPUs would slow every figure down, so each
    section reports how busy the rest of the machine was.
    """

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self.seconds = 0.0
        self.elapsed = 0.0
        self.top: dict[str, float] = {}
        self._start = 0.0
        self._mine_cache: dict[tuple[int, float], bool] = {}
        os.environ[BENCH_TOKEN_ENV] = BENCH_TOKEN  # inherited by every process started from here on

    def _mine(self, pid: int) -> bool:
        """Started by this benchmark: this process, or a process that inherited BENCH_TOKEN, or a
        descendant of one (Chromium's zygote and renderers start with an emptied environment)."""
        import psutil

        try:
            proc = psutil.Process(pid)
            key = (pid, proc.create_time())
        except psutil.Error:
            return False
        if key not in self._mine_cache:
            self._mine_cache[key] = False  # breaks cycles while the answer is worked out
            try:
                mine = pid == os.getpid() or proc.environ().get(BENCH_TOKEN_ENV) == BENCH_TOKEN
                if not mine and proc.ppid() > 1:
                    mine = self._mine(proc.ppid())
            except psutil.Error:
                mine = False
            self._mine_cache[key] = mine
        return self._mine_cache[key]

    def _snapshot(self) -> dict[int, tuple[str, float]]:
        import psutil

        out = {}
        for proc in psutil.process_iter(["pid", "name", "cpu_times"]):
            info = proc.info
            if info["cpu_times"] is None or self._mine(info["pid"]):
                continue
            out[info["pid"]] = (info["name"] or "?", info["cpu_times"].user + info["cpu_times"].system)
        return out

    def _run(self) -> None:
        previous = self._snapshot()
        while not self._stop.wait(self.interval):
            current = self._snapshot()
            for pid, (name, cpu) in current.items():
                # A process that started during the section counts with all of its CPU time.
                before = previous[pid][1] if pid in previous else 0.0
                delta = max(cpu - before, 0.0)
                self.seconds += delta
                self.top[name] = self.top.get(name, 0.0) + delta
            previous = current

    def __enter__(self) -> ForeignCpu:
        self._start = time.monotonic()
        return super().__enter__()

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        self.elapsed = time.monotonic() - self._start

    def summary(self) -> str:
        share = self.seconds / self.elapsed * 100 if self.elapsed else 0.0
        top = sorted(self.top.items(), key=lambda kv: -kv[1])[:3]
        names = ", ".join(f"{name} {cpu:.0f} s" for name, cpu in top if cpu >= 1)
        verdict = "quiet" if share < 10 else "**busy: figures of this section may be inflated**"
        return (
            f"_Other processes on the machine during this section: {self.seconds:.0f} CPU-s in "
            f"{self.elapsed:.0f} s ({share:.0f}% of one CPU{'; ' + names if names else ''}) — {verdict}._"
        )


# ---------------------------------------------------------------- browser


@dataclass
class Visit:
    """One measured page load; times in ms from the call of `page.goto`."""

    ready_ms: float  # the condition and the script has finished (the page-ready figure)
    literal_ms: float  # the condition alone (met too early, see module docstring)
    ready_elements: int  # element containers in stMain when `ready` started to hold
    literal_elements: int  # ... when `literal` started to hold
    shell_ms: float  # stApp first present (frontend bundle loaded and rendered)
    connected_ms: float  # websocket connected
    running_ms: float  # script run reported as started
    done_ms: float  # script run reported as finished (all its elements received)
    exceptions: int = 0
    # The renderer's main thread busy from the start until page-ready was confirmed (STABLE_MS after
    # ready; Chromium's TaskDuration metric): pages here are bound by it, so it says what an element
    # costs more steadily than a time on a shared machine.
    main_thread_ms: float = float("nan")


def launch_chromium(playwright):  # sync or async Playwright object
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def new_context(browser):  # sync or async Browser
    return browser.new_context(viewport={"width": 1280, "height": 900})


def to_visit(state: dict, start_ms: float, exceptions: int, main_thread_ms: float = float("nan")) -> Visit:
    def rel(key: str) -> float:
        value = state.get(key)
        return float("nan") if value is None else value - start_ms

    return Visit(
        ready_ms=rel("ready"),
        literal_ms=rel("literal"),
        ready_elements=state["readyCount"],
        literal_elements=state["literalCount"],
        shell_ms=rel("shell"),
        connected_ms=rel("connected"),
        running_ms=rel("running"),
        done_ms=rel("done"),
        exceptions=exceptions,
        main_thread_ms=main_thread_ms,
    )


def visit(browser, url: str, *, timeout_ms: float = 60_000) -> Visit:
    """Load `url` in a fresh browser context (its own empty HTTP cache) and time page-ready.

    Raises:
        RuntimeError: the page was not ready within `timeout_ms`, with what was still missing.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    context = new_context(browser)
    try:
        page = context.new_page()
        devtools = context.new_cdp_session(page)
        devtools.send("Performance.enable")
        start = time.time() * 1000
        page.goto(url, wait_until="commit", timeout=timeout_ms)
        try:
            page.wait_for_function(
                READY_PREDICATE, arg={"stableMs": STABLE_MS}, polling=READY_POLL_MS, timeout=timeout_ms
            )
        except PlaywrightTimeoutError:
            raise RuntimeError(
                f"{url} not ready after {timeout_ms:.0f} ms: {page.evaluate(DIAGNOSIS)}"
            ) from None
        metrics = {m["name"]: m["value"] for m in devtools.send("Performance.getMetrics")["metrics"]}
        return to_visit(
            page.evaluate(READY_RESULT),
            start,
            page.evaluate(EXCEPTION_COUNT),
            main_thread_ms=metrics.get("TaskDuration", float("nan")) * 1000,
        )
    finally:
        context.close()


def visit_until_script_done(browser, url: str, *, timeout_ms: float = 600_000) -> float:
    """Load `url` in a fresh context and wait only until its script run has finished; seconds."""
    context = new_context(browser)
    try:
        page = context.new_page()
        start = time.monotonic()
        page.goto(url, wait_until="commit", timeout=timeout_ms)
        page.wait_for_function(SCRIPT_DONE, polling=50, timeout=timeout_ms)
        return time.monotonic() - start
    finally:
        context.close()


def chromium_version() -> str:
    try:
        out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=20).stdout
        return out.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"
