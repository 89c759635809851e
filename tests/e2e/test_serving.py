"""The serving stack without a browser: start-up checks, clean stop, headers, gzip, cache, websockets, stickiness.

Needs nginx (fails, never skips, without it). The browser checks are in test_csp.py and test_failover.py.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest
from websockets.sync.client import connect

from bench.st_client import StreamlitSession
from deploy.render import csp_hash
from deploy.stack import free_loopback_port, inline_scripts, streamlit_static_dir
from tests.e2e.serving import ROOT, RunningStack, require_nginx, run_deploy, start_stack

pytestmark = pytest.mark.e2e

STATIC = streamlit_static_dir()
INDEX_JS = next((STATIC / "static" / "js").glob("index.*.js")).name
CSS = next((STATIC / "static" / "css").glob("index.*.css")).name
SVG = next((STATIC / "static" / "media").glob("*.svg")).name
WOFF2 = next((STATIC / "static" / "media").glob("SourceSansVF-Upright*.woff2")).name
YEAR_IMMUTABLE = "public, max-age=31536000, immutable"


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def gone(pids: list[int], timeout: float = 10.0) -> list[int]:
    """Pids still alive (not zombies) after waiting up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for pid in pids:
            try:
                if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                    alive.append(pid)
            except psutil.NoSuchProcess:
                pass
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.2)


def test_missing_nginx_says_how_to_install_it_and_starts_nothing(tmp_path):
    done = run_deploy(tmp_path, "--port", "0", env={"NGO_NGINX": str(tmp_path / "no-nginx")})
    assert done.returncode == 2
    assert "apt-get install nginx-light" in done.stderr
    assert "starting" not in done.stderr + done.stdout
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_port_in_use_is_named_and_nothing_starts(tmp_path):
    require_nginx()  # checked first; without it the stack stops at that
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run_deploy(tmp_path, "--port", str(port))
    assert done.returncode == 2
    assert f"port {port} on 127.0.0.1 is already in use" in done.stderr
    assert "starting" not in done.stderr + done.stdout
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_a_stop_signal_ends_nginx_and_every_replica_and_removes_the_temp_folder(tmp_path, signum):
    stack = start_stack(tmp_path, replicas=1)
    started = stack.processes()
    names = sorted(p.name() for p in started)
    assert len(stack.replicas()) == 1 and names.count("nginx") >= 2, names  # master + worker(s)
    assert len(list(stack.tmpdir.iterdir())) == 1  # the run's folder
    code = stack.stop(signum)
    assert code == 0, stack.output()
    assert gone([p.pid for p in started]) == []
    assert list(stack.tmpdir.iterdir()) == []
    assert "serve | stopped" in stack.output()


def test_a_stop_while_starting_leaves_no_half_started_stack(tmp_path):
    require_nginx()
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    log = tmp_path / "stack.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "deploy", "--port", str(free_loopback_port()), "--replicas", "2"],
            cwd=ROOT,
            env={**os.environ, "TMPDIR": str(tmpdir)},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while "starting 2 replica(s)" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        started = psutil.Process(process.pid).children(recursive=True)
        assert "Serving on" not in log.read_text()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0, log.read_text()
    finally:
        if process.poll() is None:
            process.kill()
    assert started and gone([p.pid for p in started]) == []
    assert list(tmpdir.iterdir()) == []


def test_every_response_carries_the_security_headers(served: RunningStack):
    policy = None
    for path in (
        "/",
        "/os-czasu?lang=en",
        f"/static/js/{INDEX_JS}",
        "/static/js/missing.js",
        "/_stcore/health",
    ):
        status, headers, _ = get(served.url + path)
        assert status == (404 if "missing" in path else 200), path
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "strict-origin-when-cross-origin", path
        assert policy in (None, headers["content-security-policy"]), path
        policy = headers["content-security-policy"]
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'self'"
    for script in inline_scripts(STATIC):
        assert csp_hash(script) in directives["script-src"].split()


@pytest.mark.parametrize(
    "path, content_type, gzipped, cache_control",
    [
        (f"/static/js/{INDEX_JS}", "application/javascript", True, YEAR_IMMUTABLE),
        (f"/static/css/{CSS}", "text/css", True, YEAR_IMMUTABLE),
        (f"/static/media/{SVG}", "image/svg+xml", True, YEAR_IMMUTABLE),
        # woff2 is compressed inside already: cached, not gzipped again.
        (f"/static/media/{WOFF2}", "font/woff2", False, YEAR_IMMUTABLE),
        ("/manifest.json", "application/json", True, "no-cache"),
        ("/", "text/html", True, "no-cache"),
    ],
)
def test_static_files_are_gzipped_and_hashed_bundles_cached_for_a_year(
    served: RunningStack, path, content_type, gzipped, cache_control
):
    status, headers, body = get(served.url + path, {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["content-type"].startswith(content_type)
    assert headers.get("content-encoding") == ("gzip" if gzipped else None)
    assert headers["cache-control"] == cache_control
    if gzipped:
        plain = get(served.url + path)[2]
        assert gzip.decompress(body) == plain and len(body) < len(plain) / 2


def test_nginx_serves_the_bundles_byte_for_byte_from_the_installed_streamlit(served: RunningStack):
    assert get(served.url + f"/static/js/{INDEX_JS}")[2] == (STATIC / "static" / "js" / INDEX_JS).read_bytes()


def test_a_session_runs_every_page_over_the_proxied_websocket(served: RunningStack):
    async def visit() -> list[str]:
        session = StreamlitSession(served.url)
        await session.open()
        try:
            problems = []
            for page in ("", "pieniadze", "os-czasu", "konkursy", "dane-i-zrodla", "o-projekcie"):
                result = await session.run(page, "lang=en")
                problems += result.exceptions
            assert {c.name for c in session.cookies} >= {"_streamlit_xsrf", "ngo_replica"}
            return problems
        finally:
            await session.close()

    # In a thread of its own: Playwright's sync API keeps an event loop running in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(asyncio.run, visit()).result(timeout=120) == []


def holder_for(stack: RunningStack, sticky: str | None) -> int:
    """The replica port that a websocket with this sticky cookie lands on."""
    headers = {"Cookie": f"ngo_replica={sticky}"} if sticky else {}
    with connect(
        f"ws://127.0.0.1:{stack.port}/_stcore/stream",
        subprotocols=["streamlit"],
        additional_headers=headers,
        origin=stack.url,
    ):
        deadline = time.monotonic() + 5
        while (port := stack.websocket_replica()) is None and time.monotonic() < deadline:
            time.sleep(0.05)
    deadline = time.monotonic() + 5
    while stack.websocket_replica() is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert port is not None, "no single replica held the websocket"
    return port


def test_the_sticky_cookie_is_set_once_and_keeps_a_reader_on_one_replica(served: RunningStack):
    _, first, _ = get(served.url + "/")
    assert first["set-cookie"].startswith("ngo_replica=") and "HttpOnly" in first["set-cookie"]
    sticky = first["set-cookie"].split(";")[0].split("=", 1)[1]
    _, again, _ = get(served.url + "/", {"Cookie": f"ngo_replica={sticky}"})
    assert "set-cookie" not in again
    assert len({holder_for(served, sticky) for _ in range(3)}) == 1
    # Readers with different cookies spread over both replicas (fixed keys: deterministic).
    spread = {holder_for(served, f"{i:032x}") for i in range(12)}
    assert spread == set(served.replicas())


def test_generated_configuration_is_in_the_runs_temp_folder_only(served: RunningStack):
    (run_dir,) = served.tmpdir.iterdir()
    assert run_dir.name.startswith("ngo-serve-")
    assert (run_dir / "nginx.conf").is_file() and (run_dir / "nginx.pid").is_file()
    assert not list(Path(__file__).parents[2].glob("deploy/*.conf"))
