"""Section 5: capacity. N Streamlit sessions over the websocket (no browser) for S seconds.

Against R replicas of the serving stack (`deploy.Stack`, as `make serve` runs them), each reached
directly on its loopback port or, with `--through-proxy`, through its nginx (sticky sessions). Deterministic in what it sends:
session i opens at i·5/N s, starts on page i of VISITS and loads the next page every 5 s (or as soon
as the last run ended, if it took longer). Bounded: at most MAX_SESSIONS sessions and MAX_SECONDS,
every run waits at most RUN_TIMEOUT for its end, loopback only. Any error makes the section fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import psutil

from bench.common import StackLog, fmt_ms, free_port, log, md_table, percentile, yes_no
from bench.st_client import SessionError, StreamlitSession

# (URL path, query string): every page, each with a view a reader could have shared as a link.
VISITS: tuple[tuple[str, str], ...] = (
    ("", "lang=pl"),
    ("pieniadze", "prices=real&lang=en"),
    ("os-czasu", "q=centrum&categories=programme,civic_centre,funding&lang=en"),
    ("konkursy", "sort=year"),
    ("dane-i-zrodla", "table=events"),
    ("o-projekcie", "lang=en"),
)
PERIOD = 5.0
RUN_TIMEOUT = 30.0
MAX_SESSIONS = 1000
MAX_SECONDS = 600.0
SAMPLE_EVERY = 0.5


@dataclass
class Tally:
    runs: list[tuple[str, float]] = field(default_factory=list)  # (page, seconds)
    errors: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    opened: int = 0
    held: int = 0
    late: int = 0  # runs that started later than their 5 s slot because the previous one was slow

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] += 1
        if len(self.examples) < 8:
            self.examples.append(f"{kind}: {detail[:240]}")


async def reader(index: int, url: str, opens_at: float, deadline: float, tally: Tally) -> None:
    loop = asyncio.get_running_loop()
    await asyncio.sleep(max(0.0, opens_at - loop.time()))
    session = StreamlitSession(url, timeout=RUN_TIMEOUT)
    try:
        await session.open()
    except (SessionError, OSError) as error:
        tally.error("open", f"session {index}: {error}")
        return
    tally.opened += 1
    step = index
    slot = loop.time()
    dropped = False
    try:
        while loop.time() < deadline:
            page, query = VISITS[step % len(VISITS)]
            step += 1
            try:
                result = await session.run(page, query)
            except SessionError as error:
                tally.error(error.kind, f"session {index}: {error}")
                if error.kind == "dropped":
                    dropped = True
                    break
                continue
            tally.runs.append((page, result.seconds))
            for exception in result.exceptions:
                tally.error("exception", f"/{page}?{query}: {exception}")
            slot += PERIOD
            wait = slot - loop.time()
            if wait < 0:
                tally.late += 1
                slot = loop.time()
            await asyncio.sleep(max(0.0, min(wait, deadline - loop.time())))
        if not dropped and session.closed_reason is None:
            tally.held += 1
        elif not dropped:
            tally.error("dropped", f"session {index}: {session.closed_reason}")
    finally:
        await session.close()


def _processes(pids: list[int]) -> list[psutil.Process]:
    out = []
    for pid in pids:
        with contextlib.suppress(psutil.Error):
            out.append(psutil.Process(pid))
    return out


def rss_mb(processes: list[psutil.Process]) -> float:
    total = 0
    for proc in processes:
        with contextlib.suppress(psutil.Error):
            total += proc.memory_info().rss
    return total / 2**20


def cpu_seconds(processes: list[psutil.Process]) -> float:
    total = 0.0
    for proc in processes:
        with contextlib.suppress(psutil.Error):
            times = proc.cpu_times()
            total += times.user + times.system
    return total


@dataclass
class Target:
    """Where the sessions go, and which processes are the server."""

    urls: list[str]  # session i uses urls[i % len(urls)]
    replica_urls: list[str]
    replica_pids: list[int]
    proxy_pids: list[int]
    label: str


@contextlib.contextmanager
def target(replicas: int, through_proxy: bool) -> Iterator[Target]:
    """The stack of `make serve` (deploy.Stack), so the replicas run exactly as they are served.

    Without `through_proxy` the sessions go straight to the replicas' loopback ports (nginx idles).
    """
    from deploy.stack import Stack

    with Stack(port=free_port(), replicas=replicas, out=StackLog()) as stack:
        nginx = psutil.Process(stack.nginx.pid)  # type: ignore[union-attr]
        replica_urls = [f"http://127.0.0.1:{port}" for port in stack.replica_ports]
        yield Target(
            [stack.url] if through_proxy else replica_urls,
            replica_urls,
            [child.pid for child in stack.children if child.pid],
            [nginx.pid, *(worker.pid for worker in nginx.children(recursive=True))],
            f"{replicas} replica(s) behind nginx (`make serve`'s stack, sticky cookie)"
            if through_proxy
            else f"{replicas} replica(s) of `make serve`'s stack, reached directly on their ports",
        )


async def warm(replica_urls: list[str]) -> None:
    """One unmeasured run of every visit on every replica: its caches are warm before the clock starts."""
    for url in replica_urls:
        session = StreamlitSession(url, timeout=120)
        await session.open()
        try:
            for page, query in VISITS:
                await session.run(page, query)
        finally:
            await session.close()


async def _measure(where: Target, sessions: int, seconds: float) -> dict:
    await warm(where.replica_urls)
    replicas = _processes(where.replica_pids)
    proxy = _processes(where.proxy_pids)
    me = psutil.Process(os.getpid())
    baseline_mb = rss_mb(replicas)
    cpu_before = (cpu_seconds(replicas), cpu_seconds(proxy), cpu_seconds([me]))
    tally = Tally()
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + seconds
    peak_mb = baseline_mb
    held_mb: list[float] = []

    async def sample() -> None:
        nonlocal peak_mb
        while True:
            now_mb = rss_mb(replicas)
            peak_mb = max(peak_mb, now_mb)
            if loop.time() >= start + PERIOD:  # every session has opened
                held_mb.append(now_mb)
            await asyncio.sleep(SAMPLE_EVERY)

    sampler = asyncio.create_task(sample())
    await asyncio.gather(
        *(
            reader(i, where.urls[i % len(where.urls)], start + i * PERIOD / sessions, deadline, tally)
            for i in range(sessions)
        )
    )
    elapsed = loop.time() - start
    sampler.cancel()
    cpu_after = (cpu_seconds(replicas), cpu_seconds(proxy), cpu_seconds([me]))
    return {
        "tally": tally,
        "elapsed": elapsed,
        "baseline_mb": baseline_mb,
        "peak_mb": peak_mb,
        "held_mb": percentile(held_mb, 50) if held_mb else peak_mb,
        "cpu": [after - before for before, after in zip(cpu_before, cpu_after, strict=True)],
    }


def run(sessions: int, seconds: float, replicas: int, through_proxy: bool) -> tuple[str, bool]:
    """Run the section; returns the markdown and whether it passed (no error at all)."""
    if not 1 <= sessions <= MAX_SESSIONS:
        raise ValueError(f"--sessions must be 1..{MAX_SESSIONS}")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"--seconds must be in (0, {MAX_SECONDS:.0f}]")
    if replicas < 1:
        raise ValueError("--replicas must be at least 1")
    log(f"capacity: {sessions} sessions × {seconds:.0f} s, {replicas} replica(s), proxy={through_proxy}")
    with target(replicas, through_proxy) as where:
        result = asyncio.run(_measure(where, sessions, seconds))
    tally: Tally = result["tally"]
    times = [s for _, s in tally.runs]
    per_page: dict[str, list[float]] = defaultdict(list)
    for page, s in tally.runs:
        per_page[page].append(s)
    total_errors = sum(tally.errors.values())
    elapsed = result["elapsed"]
    replica_cpu, proxy_cpu, client_cpu = result["cpu"]
    rss_per_session = (result["held_mb"] - result["baseline_mb"]) / sessions
    errors = f"{total_errors}" + (
        f" ({', '.join(f'{k}: {v}' for k, v in sorted(tally.errors.items()))})" if total_errors else ""
    )
    lines = [
        f"## 5. Capacity: {sessions} websocket sessions, {where.label}",
        "",
        f"{sessions} sessions opened the way Streamlit's frontend does (`bench/st_client.py`: health and "
        "host-config requests for the cookies, the `/_stcore/stream` websocket with the `streamlit` "
        "subprotocol and XSRF token, `BackMsg.rerun_script` with page and query string), spread over "
        f"the first {PERIOD:.0f} s. Each loads the next page of the list every {PERIOD:.0f} s for "
        f"{seconds:.0f} s, after one unmeasured run of every page on every replica. Script time: "
        "from sending `rerun_script` to receiving `script_finished`. Errors: an exception element, a "
        f"missing `script_finished` ({RUN_TIMEOUT:.0f} s), another finish status, a dropped socket, "
        "a failed open, a protocol error.",
        "",
        md_table(
            [
                "sessions",
                "held to the end",
                "seconds",
                "page runs",
                "runs/s",
                "p50 script ms",
                "p95 script ms",
                "max ms",
                "late slots",
                "errors",
                "0 errors",
                "RSS/session MB",
            ],
            [
                [
                    sessions,
                    tally.held,
                    f"{seconds:.0f} (ran {elapsed:.0f})",
                    len(times),
                    f"{len(times) / elapsed:.1f}",
                    fmt_ms(percentile(times, 50) * 1000),
                    fmt_ms(percentile(times, 95) * 1000),
                    fmt_ms(max(times) * 1000) if times else "—",
                    tally.late,
                    errors,
                    yes_no(total_errors == 0),
                    f"{rss_per_session:.2f}",
                ]
            ],
        ),
        "",
        md_table(
            ["page", "runs", "p50 ms", "p95 ms"],
            [
                [
                    f"/{page}?{query}",
                    len(per_page[page]),
                    fmt_ms(percentile(per_page[page], 50) * 1000),
                    fmt_ms(percentile(per_page[page], 95) * 1000),
                ]
                for page, query in VISITS
            ],
        ),
        "",
        f"Server memory (RSS of the replicas): {result['baseline_mb']:.0f} MB warm with no session, "
        f"median {result['held_mb']:.0f} MB while the sessions were held, peak {result['peak_mb']:.0f} MB. "
        f"CPU used during the run ({os.cpu_count()} logical CPUs): replicas {replica_cpu:.0f} s "
        f"({replica_cpu / elapsed * 100:.0f}% of one CPU), nginx {proxy_cpu:.1f} s, this load generator "
        f"{client_cpu:.0f} s ({client_cpu / elapsed * 100:.0f}% of one CPU, on the same machine).",
        "",
    ]
    if tally.examples:
        lines += ["Errors seen (first few):", "", *(f"- {e}" for e in tally.examples), ""]
    return "\n".join(lines), total_errors == 0
