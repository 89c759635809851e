"""The serving stack (`python -m deploy`) as the browser and stack tests start it: a process of its own.

Started with its own TMPDIR, so a test can see that it leaves no file behind; stopped by its pid.
Without nginx every test that needs the stack fails with MISSING_NGINX (never skips).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

from deploy.stack import StackError, find_nginx, free_loopback_port
from deploy.stack import health_ok as stack_health_ok

ROOT = Path(__file__).resolve().parents[2]
MISSING_NGINX = "nginx is required for the serving-stack tests: apt-get install -y nginx-light"
START_TIMEOUT = 90.0


@dataclass
class RunningStack:
    process: subprocess.Popen
    port: int
    tmpdir: Path
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def processes(self) -> list[psutil.Process]:
        """Everything the stack started: replicas, nginx master and workers."""
        try:
            return psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def replicas(self) -> dict[int, psutil.Process]:
        """Replica processes by their loopback port."""
        found = {}
        for proc in self.processes():
            try:
                command = proc.cmdline()
            except psutil.Error:
                continue
            if "streamlit" in command and "--server.port" in command:
                found[int(command[command.index("--server.port") + 1])] = proc
        return found

    def websocket_replica(self) -> int | None:
        """The port of the replica holding an open connection from nginx (a reader's websocket).

        nginx closes its upstream connection after each plain request, so once a page has loaded,
        the only connections a replica keeps open are websockets.
        """
        holders = []
        for port, proc in self.replicas().items():
            try:
                connections = proc.net_connections(kind="tcp")
            except psutil.Error:
                continue
            if any(c.status == psutil.CONN_ESTABLISHED and c.laddr.port == port for c in connections):
                holders.append(port)
        return holders[0] if len(holders) == 1 else None

    def stop(self, signum: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signum)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        return self.process.returncode


def require_nginx() -> None:
    try:
        find_nginx()
    except StackError:
        pytest.fail(MISSING_NGINX, pytrace=False)


def run_deploy(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    """`python -m deploy ARGS` to the end (for start-up checks that must stop it at once)."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "deploy", *args],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(tmpdir), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start_stack(
    tmp_path: Path, replicas: int = 2, env: dict[str, str] | None = None, *extra: str
) -> RunningStack:
    """Start the stack on a free port and wait until nginx answers Streamlit's health check."""
    require_nginx()
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir(exist_ok=True)
    log = tmp_path / "stack.log"
    port = free_loopback_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "deploy", "--port", str(port), "--replicas", str(replicas), *extra],
            cwd=ROOT,
            env={**os.environ, "TMPDIR": str(tmpdir), **(env or {})},
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    stack = RunningStack(process, port, tmpdir, log)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the stack exited with {process.returncode}:\n{stack.output()}")
        if "Serving on" in stack.output() and health_ok(stack.url):
            return stack
        time.sleep(0.2)
    stack.stop()
    pytest.fail(f"the stack did not answer within {START_TIMEOUT:.0f} s:\n{stack.output()}")


def health_ok(base_url: str) -> bool:
    """Streamlit (or nginx in front of it) answers its health check at `base_url`."""
    return stack_health_ok(f"{base_url}/_stcore/health")
