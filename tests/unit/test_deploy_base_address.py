"""deploy/base_address.py: the app's address, first in <head> of every page and nowhere else."""

from __future__ import annotations

import asyncio
import gzip
from concurrent.futures import ThreadPoolExecutor

import pytest

from deploy.base_address import BASE_ADDRESS_SCRIPT, BaseAddress, base_address_script

PAGE = b"<!doctype html><html><head><title>x</title></head><body><head>not this</head></body></html>"


def answering(status: int, headers: dict[bytes, bytes], chunks: list[bytes]):
    """An ASGI app that answers every request with this response, its body in `chunks`."""

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": status, "headers": list(headers.items())})
        for index, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": index < len(chunks) - 1})

    return app


def call(app, method: str = "GET", scope_type: str = "http") -> tuple[dict, bytes]:
    """Run one request through `app`; the response's headers and its whole body."""
    messages: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message):
        messages.append(message)

    request = app({"type": scope_type, "method": method, "path": "/", "headers": []}, receive, send)
    # On a thread of its own: in the full run, Playwright's sync API holds an event loop on this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, request).result()
    start = messages[0]
    return dict(start["headers"]), b"".join(m.get("body", b"") for m in messages[1:])


HTML = {b"content-type": b"text/html; charset=utf-8", b"content-length": str(len(PAGE)).encode()}


def test_the_script_comes_first_in_head_and_the_length_follows():
    headers, body = call(BaseAddress(answering(200, HTML, [PAGE[:20], PAGE[20:]])))

    script = f"<script>{BASE_ADDRESS_SCRIPT}</script>".encode()
    assert body == PAGE.replace(b"<head>", b"<head>" + script, 1)
    assert body.count(script) == 1
    assert headers[b"content-length"] == str(len(body)).encode()


def test_a_page_streamlit_compressed_is_sent_plain_with_the_script():
    compressed = gzip.compress(PAGE)
    headers = {**HTML, b"content-encoding": b"gzip", b"content-length": str(len(compressed)).encode()}

    headers, body = call(BaseAddress(answering(200, headers, [compressed])))

    assert b"content-encoding" not in headers
    assert body.startswith(b"<!doctype html><html><head><script>")
    assert headers[b"content-length"] == str(len(body)).encode()


@pytest.mark.parametrize(
    "status, headers",
    [
        (200, {b"content-type": b"application/javascript"}),
        (200, {b"content-type": b"text/css"}),
        (304, {b"content-type": b"text/html"}),
        (404, {b"content-type": b"text/html"}),
        (200, {b"content-type": b"text/html", b"content-encoding": b"br"}),
    ],
    ids=["javascript", "css", "not-modified", "not-found", "an-unknown-encoding"],
)
def test_anything_but_a_page_passes_unchanged(status, headers):
    headers = {**headers, b"content-length": str(len(PAGE)).encode()}

    sent_headers, body = call(BaseAddress(answering(status, headers, [PAGE])))

    assert (sent_headers, body) == (headers, PAGE)


@pytest.mark.parametrize("method, scope_type", [("HEAD", "http"), ("POST", "http")])
def test_other_requests_pass_unchanged(method, scope_type):
    headers, body = call(BaseAddress(answering(200, HTML, [PAGE])), method, scope_type)

    assert (headers, body) == (HTML, PAGE)


@pytest.mark.parametrize(
    "base_url_path, address",
    [("", "'/'"), ("/", "'/'"), ("dashboard", "'/dashboard/'"), ("/ngo/dashboard/", "'/ngo/dashboard/'")],
)
def test_the_address_names_the_base_path(base_url_path, address):
    assert base_address_script(base_url_path).endswith(f"location.origin + {address}")
    _, body = call(BaseAddress(answering(200, HTML, [PAGE]), base_url_path=lambda: base_url_path))
    assert f"<head><script>{base_address_script(base_url_path)}</script>".encode() in body
