"""The serving stack's processes: Streamlit replicas on loopback ports, nginx in front, one temp folder.

Start-up checks come first, so a missing nginx or a busy port stops the run before any process
starts. Every child gets SIGTERM if this process dies (PR_SET_PDEATHSIG), and `stop()` ends them
by pid and removes the folder, so nothing is left behind.
"""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from deploy.render import nginx_config
from ngo_dashboard.i18n import LANGS, document_language_script
from ngo_dashboard.ui.page_scripts import SCRIPTS

REPO = Path(__file__).resolve().parent.parent
NGINX_ENV = "NGO_NGINX"  # another nginx binary, e.g. for tests; default: nginx on PATH or /usr/sbin
INSTALL_HINT = "install it with: sudo apt-get install nginx-light"
START_TIMEOUT = 90.0
STOP_TIMEOUT = 10.0
RESTART_INTERVAL = 10.0
# Streamlit options of every replica besides those of `streamlit_command`, on its command line:
# `make run` and .streamlit/config.toml stay as they are.
REPLICA_OPTIONS = (
    # NOTE: by default Streamlit runs a full gc.collect(2) after every script run. With the dataset,
    # pandas and plotly in the heap, that was most of the CPU a page run costs (py-spy: about 60 % of
    # the samples under load); 30 sessions on one replica, p50 0.60 s -> 0.04 s, p95 6.1 s -> 0.08 s.
    # Python's own generational collector still runs.
    "--runner.postScriptGC",
    "false",
)
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL)
# Runs each child: asks the kernel to SIGTERM it when the stack's process dies (PR_SET_PDEATHSIG = 1),
# however that process dies, then becomes the child. (Not preexec_fn: unsafe once threads run.)
_DIE_WITH_PARENT = (
    "import ctypes, os, signal, sys; ctypes.CDLL(None).prctl(1, signal.SIGTERM); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


def streamlit_command(script: str | Path, port: int, *options: str) -> list[str]:
    """`streamlit run SCRIPT` headless on 127.0.0.1:PORT, with this Python, plus `options`.

    The stack's replicas, the benchmark's servers and the browser tests' servers all start from this,
    so that a change to how Streamlit is started (listening on loopback only, say) reaches all three.
    """
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        *options,
    ]


class StackError(Exception):
    """A problem the person starting the stack can fix; the message says how."""


class Interrupted(Exception):
    """A stop was asked for (Ctrl-C, SIGTERM) while the stack was still starting."""


def find_nginx() -> Path:
    configured = os.environ.get(NGINX_ENV)
    if configured:
        path = Path(configured)
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise StackError(f"nginx not found at {path} ({NGINX_ENV}); {INSTALL_HINT}")
        return path
    # /usr/sbin is not on an ordinary user's PATH on Debian.
    found = shutil.which("nginx", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"]))
    if found is None:
        raise StackError(f"nginx is not installed (looked on PATH and in /usr/sbin); {INSTALL_HINT}")
    return Path(found)


def check_port(host: str, port: int) -> None:
    """Fail clearly if `host:port` cannot be bound (in use, or privileged)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise StackError(
                    f"port {port} on {host} is already in use; choose another: PORT=8081"
                ) from None
            if error.errno == errno.EACCES:
                raise StackError(f"port {port} needs root; use a port above 1023, e.g. PORT=8080") from None
            raise StackError(f"cannot listen on {host}:{port}: {error.strerror}") from None


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def streamlit_static_dir() -> Path:
    """The installed Streamlit's static folder (index.html, static/js, ...), found without importing it."""
    spec = importlib.util.find_spec("streamlit")
    if spec is None or not spec.submodule_search_locations:
        raise StackError("streamlit is not installed in this Python; run `make .venv/bin/.runtime`")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


def inline_scripts(static_dir: Path) -> list[str]:
    """Every inline script the pages run: those in Streamlit's index.html, and the app's own."""
    index = (static_dir / "index.html").read_text(encoding="utf-8")
    return _INLINE_SCRIPT.findall(index) + [document_language_script(lang) for lang in LANGS] + list(SCRIPTS)


def health_ok(url: str) -> bool:
    """The health endpoint at `url` answers "ok" (within 2 s)."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().strip() == b"ok"
    except (OSError, urllib.error.URLError):
        return False


# Streamlit's start banner names the replica's own loopback URL, which readers never use.
_BANNER = re.compile(r"^\s*$|You can now view your Streamlit app|^\s*URL: http://127\.0\.0\.1:")


def _forward(stream: IO[bytes], prefix: str, out: IO[str]) -> None:
    """Copy a child's output to ours, each line prefixed with the child's name."""
    for raw in iter(stream.readline, b""):
        line = raw.decode(errors="replace").rstrip()
        if not _BANNER.search(line):
            out.write(f"{prefix} | {line}\n")
            out.flush()
    stream.close()


@dataclass
class Child:
    name: str
    command: list[str]
    env: dict[str, str]
    process: subprocess.Popen | None = None
    started: float = 0.0
    forwarder: threading.Thread | None = None
    terminating: bool = False

    def start(self, out: IO[str]) -> None:
        self.terminating = False
        self.process = subprocess.Popen(
            [sys.executable, "-c", _DIE_WITH_PARENT, *self.command],
            cwd=REPO,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            # Own process group: a Ctrl-C reaches only the stack, which then stops its children in order.
            start_new_session=True,
        )
        self.started = time.monotonic()
        self.forwarder = threading.Thread(
            target=_forward, args=(self.process.stdout, self.name, out), daemon=True
        )
        self.forwarder.start()

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def exited(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def _signal_group(self, signum: int) -> None:
        """The child's own process group (its pid: start_new_session), so a wrapper's children go too.

        Only while the child is not yet reaped: until then its pid, and so its group, stay its own.
        """
        assert self.process is not None and self.process.returncode is None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signum)

    def terminate(self) -> None:
        """SIGTERM, once."""
        if self.process is not None and self.process.poll() is None and not self.terminating:
            self.terminating = True
            self._signal_group(signal.SIGTERM)

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM (unless sent already), SIGKILL after `timeout` seconds."""
        if self.process is None:
            return
        self.terminate()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._signal_group(signal.SIGKILL)
            self.process.wait(timeout=timeout)
        if self.forwarder is not None:
            self.forwarder.join(timeout=2)


@dataclass
class Stack:
    """`REPLICAS` Streamlit processes behind one nginx; use as a context manager or start()/stop()."""

    port: int
    replicas: int = 2
    host: str = "127.0.0.1"
    script: str = "app.py"
    streamlit_args: Sequence[str] = ()
    out: IO[str] = field(default_factory=lambda: sys.stderr)
    runtime_dir: Path | None = None
    replica_ports: list[int] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)
    nginx: Child | None = None
    cancel: threading.Event | None = None  # set by a signal handler: stop waiting, stop everything

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"http://{host}:{self.port}"

    def log(self, message: str) -> None:
        self.out.write(f"serve | {message}\n")
        self.out.flush()

    def check(self) -> Path:
        """Start-up checks, before anything starts: nginx installed, replicas ≥ 1, port free."""
        if self.replicas < 1:
            raise StackError(f"REPLICAS must be at least 1, not {self.replicas}")
        nginx = find_nginx()
        check_port(self.host, self.port)
        if not (REPO / self.script).is_file():
            raise StackError(f"no app script at {REPO / self.script}")
        return nginx

    def start(self) -> None:
        nginx = self.check()
        try:
            self._start(nginx)
        except BaseException:
            self.stop()
            raise

    def _start(self, nginx: Path) -> None:
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="ngo-serve-"))
        # nginx's workers run as `nobody` when the stack runs as root: they must reach the temp paths.
        self.runtime_dir.chmod(0o755)
        self.replica_ports = [free_loopback_port() for _ in range(self.replicas)]
        static = streamlit_static_dir()
        conf = self.runtime_dir / "nginx.conf"
        conf.write_text(
            nginx_config(
                listen=f"{self.host}:{self.port}",
                replica_ports=self.replica_ports,
                runtime_dir=self.runtime_dir,
                streamlit_static=static,
                inline_scripts=inline_scripts(static),
            )
        )
        nginx_command = [str(nginx), "-p", str(self.runtime_dir), "-c", str(conf), "-e", "stderr"]
        tested = subprocess.run([*nginx_command, "-t", "-q"], capture_output=True, text=True)
        if tested.returncode != 0:
            raise StackError(f"nginx rejected the generated configuration ({conf}):\n{tested.stderr.strip()}")

        # One cookie secret for every replica: cookies that one signs, the others accept.
        env = {**os.environ, "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32)}
        for index, port in enumerate(self.replica_ports, start=1):
            command = streamlit_command(self.script, port, *REPLICA_OPTIONS, *self.streamlit_args)
            self.children.append(Child(f"replica {index}", command, env))
        self.log(
            f"starting {self.replicas} replica(s) on 127.0.0.1 ports {', '.join(map(str, self.replica_ports))}"
        )
        for child in self.children:
            child.start(self.out)
        for child, port in zip(self.children, self.replica_ports, strict=True):
            self._wait_healthy(child, f"http://127.0.0.1:{port}/_stcore/health")
        self.nginx = Child("nginx", nginx_command, dict(os.environ))
        self.nginx.start(self.out)
        self._wait_healthy(self.nginx, f"{self.url}/_stcore/health")
        self.log(f"runtime files in {self.runtime_dir} (removed on exit)")

    def _wait_healthy(self, child: Child, url: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while not health_ok(url):
            if self.cancel is not None and self.cancel.is_set():
                raise Interrupted
            code = child.exited()
            if code is not None:
                raise StackError(f"{child.name} exited with code {code} while starting (its output is above)")
            if time.monotonic() > deadline:
                raise StackError(f"{child.name} did not answer {url} within {START_TIMEOUT:.0f} s")
            time.sleep(0.2)

    def supervise(self, stop: threading.Event) -> None:
        """Until `stop` is set: restart a replica that exits (at most once per 10 s); nginx exiting ends the run."""
        while not stop.wait(0.5):
            if self.nginx is not None and self.nginx.exited() is not None:
                raise StackError(f"nginx exited with code {self.nginx.exited()}")
            for child in self.children:
                code = child.exited()
                if code is None or time.monotonic() - child.started < RESTART_INTERVAL:
                    continue
                self.log(
                    f"{child.name} exited with code {code}; nginx sends its readers to the others; restarting it"
                )
                child.stop()
                child.start(self.out)

    def stop(self) -> None:
        """nginx first (no new requests), then the replicas; then the temp folder. Safe to call twice."""
        if self.nginx is not None:
            self.nginx.stop()
        for child in self.children:  # all at once, then wait for each
            child.terminate()
        for child in self.children:
            child.stop()
        if self.runtime_dir is not None:
            shutil.rmtree(self.runtime_dir, ignore_errors=True)
            self.runtime_dir = None

    def pids(self) -> list[int]:
        return [child.pid for child in [*self.children, self.nginx] if child is not None and child.pid]

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
