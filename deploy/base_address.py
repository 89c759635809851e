"""Tell Streamlit's frontend where the app is, in the page itself: an ASGI middleware for `st.App`.

On every page but the first, Streamlit 1.67's frontend first asks `/<page>/_stcore/health`, gets a
404, waits its 100 ms retry period and only then asks `/_stcore/health` (bench/RESULTS.md, F3).
Streamlit reads `window.__streamlit.BACKEND_BASE_URL` once, when its bundle loads, so a script put
first in `<head>` of every page lets it connect on its first try. app.py adds this middleware to
the server that `make run` and each replica of `make serve` start; nginx passes the pages through
and allows the script by its hash (deploy/render.py).

Pure ASGI, no Streamlit: it only rewrites responses whose content type is text/html.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from typing import Any

# The stack's CSP allows this exact text by its hash (deploy/render.py): a change here changes the hash.
SCRIPT_TEMPLATE = "(window.__streamlit = new Object).BACKEND_BASE_URL = location.origin + '{base}'"
HEAD = b"<head>"


def base_address_script(base_url_path: str = "") -> str:
    """The script for an app served at `base_url_path` (Streamlit's server.baseUrlPath; "" = the root)."""
    stripped = base_url_path.strip("/")
    return SCRIPT_TEMPLATE.format(base=f"/{stripped}/" if stripped else "/")


BASE_ADDRESS_SCRIPT = base_address_script()  # the stack serves the app at the root of its origin


class BaseAddress:
    """Put `base_address_script(base_url_path())` first in `<head>` of every HTML response.

    `base_url_path` is called per page, so it reads the server's configuration once that is loaded.
    """

    def __init__(self, app: Any, base_url_path: Callable[[], str] = lambda: "") -> None:
        self.app = app
        self.base_url_path = base_url_path

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        start: dict | None = None
        body: list[bytes] = []

        async def rewrite(message: dict) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                if message["status"] == 200 and headers.get(b"content-type", b"").startswith(b"text/html"):
                    start = message  # held until the whole page is here
                    return
            if start is None:
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return
            await self._send_page(start, b"".join(body), send)

        await self.app(scope, receive, rewrite)

    async def _send_page(self, start: dict, page: bytes, send: Callable) -> None:
        headers = list(start.get("headers", []))
        encoding = dict(headers).get(b"content-encoding", b"identity")
        if encoding in (b"identity", b"gzip"):
            if encoding == b"gzip":  # Streamlit compresses some pages itself; this one goes plain
                page = gzip.decompress(page)
            script = f"<script>{base_address_script(self.base_url_path())}</script>".encode()
            page = page.replace(HEAD, HEAD + script, 1)
            headers = [(k, v) for k, v in headers if k not in (b"content-length", b"content-encoding")]
            headers.append((b"content-length", str(len(page)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": page})
