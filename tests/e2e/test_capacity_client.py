"""The capacity benchmark is a measuring instrument: it must pass a healthy stack and count a failure.

`python -m bench --only capacity` at its real sizes is for the benchmark run; these are seconds long.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench import capacity
from bench.st_client import SessionError, StreamlitSession
from tests.e2e.serving import start_stack

pytestmark = pytest.mark.e2e


def in_thread(function, *args):
    """Playwright's sync API may keep an event loop running in the test's thread: use another."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result(timeout=180)


def test_capacity_section_passes_a_healthy_stack_through_nginx():
    text, ok = in_thread(capacity.run, 3, 4.0, 1, True)
    assert ok, text
    assert "| 3 | 3 | 4 " in text  # sessions, held to the end, seconds
    assert "1 replica(s) behind nginx" in text


def test_the_client_counts_an_exception_on_the_page_as_an_error(tmp_path):
    stack = start_stack(tmp_path, 1, None, "--script", "tests/e2e/probe_apps/raises.py")

    async def visit():
        session = StreamlitSession(stack.url)
        await session.open()
        try:
            return await session.run("", "")
        finally:
            await session.close()

    try:
        result = in_thread(asyncio.run, visit())
    finally:
        stack.stop()
    # showErrorDetails = "none": the browser gets a redacted exception element, counted all the same.
    assert len(result.exceptions) == 1 and "encountered an error" in result.exceptions[0]


def test_the_client_talks_to_loopback_only():
    with pytest.raises(ValueError, match="loopback"):
        StreamlitSession("http://example.org")


def test_a_closed_socket_is_a_dropped_session_error(tmp_path):
    stack = start_stack(tmp_path, 1)

    async def visit():
        session = StreamlitSession(stack.url)
        await session.open()
        await session.run("o-projekcie", "")
        (replica,) = stack.replicas().values()
        replica.kill()
        try:
            await session.run("o-projekcie", "")
        finally:
            await session.close()

    try:
        with pytest.raises(SessionError) as error:
            in_thread(asyncio.run, visit())
    finally:
        stack.stop()
    assert error.value.kind == "dropped"
