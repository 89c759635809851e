"""A Streamlit session without a browser: the frontend's handshake and messages, nothing else.

What the frontend (Streamlit 1.67, `WebsocketConnection` / `App`) does, read from the installed
package (`streamlit/web/server/starlette/starlette_websocket.py`, `static/static/js/index.*.js`):

1. GET `/_stcore/health` and `/_stcore/host-config`: the server sets the `_streamlit_xsrf` cookie
   (through the stack, nginx adds its `ngo_replica` cookie on the first response).
2. Open the websocket `/_stcore/stream` with the subprotocols `streamlit, <xsrf cookie value>`
   (`PLACEHOLDER_AUTH_TOKEN` when there is no cookie), the cookies, and `Origin` = the page's origin.
3. Send a `BackMsg.rerun_script` (`ClientState`): the query string without `?`, the page as
   `page_name` (its URL path) on the first run and as `page_script_hash` (from the `navigation`
   message) after that, the hashes of the cacheable messages it holds, and `context_info`.
4. Read `ForwardMsg`s until `script_finished`. A `ref_hash` message stands for a cached one.

Each message is checked: an exception element, a status other than success, `page_not_found`, an
unknown `ref_hash` or a closed socket is an error, recorded with the page it happened on.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
PLACEHOLDER_TOKEN = "PLACEHOLDER_AUTH_TOKEN"
MAX_MESSAGE_BYTES = 64 * 2**20
FINISHED = ForwardMsg.ScriptFinishedStatus


class SessionError(Exception):
    """Something the frontend would show as an error, or a broken protocol step.

    `kind` names the error for the counts: open, dropped, timeout, status, protocol.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class RunResult:
    page: str
    query: str
    seconds: float
    messages: int
    exceptions: list[str] = field(default_factory=list)


def _require_loopback(base_url: str) -> None:
    host = urlsplit(base_url).hostname
    if host not in LOOPBACK:
        raise ValueError(f"the load client talks to loopback only, not {host!r}")


class StreamlitSession:
    """One reader: `await open()`, then `await run(page, query)` as often as wanted, `await close()`."""

    def __init__(self, base_url: str, *, timeout: float = 30.0) -> None:
        _require_loopback(base_url)
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.cookies = CookieJar()
        self.page_hashes: dict[str, str] = {}  # url path ("" for the default page) -> page_script_hash
        self.cache: set[str] = set()  # hashes of the cacheable messages received, as the frontend keeps
        self.session_id = ""
        self.closed_reason: str | None = None
        self._socket: websockets.ClientConnection | None = None
        self._reader: asyncio.Task | None = None
        self._finished: asyncio.Future | None = None
        self._run_messages = 0
        self._run_exceptions: list[str] = []
        self._protocol_errors: list[str] = []

    def _http_get(self, path: str) -> bytes:
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        with opener.open(self.base_url + path, timeout=self.timeout) as response:
            return response.read()

    def _cookie(self, name: str) -> str | None:
        return next((c.value for c in self.cookies if c.name == name), None)

    async def open(self) -> None:
        health = await asyncio.to_thread(self._http_get, "/_stcore/health")
        if health.strip() != b"ok":
            raise SessionError("open", f"health check answered {health[:80]!r}")
        await asyncio.to_thread(self._http_get, "/_stcore/host-config")
        parts = urlsplit(self.base_url)
        ws_url = f"ws://{parts.netloc}/_stcore/stream"
        cookie_header = "; ".join(f"{c.name}={c.value}" for c in self.cookies)
        self._socket = await websockets.connect(
            ws_url,
            subprotocols=["streamlit", self._cookie("_streamlit_xsrf") or PLACEHOLDER_TOKEN],
            origin=f"{parts.scheme}://{parts.netloc}",
            additional_headers={"Cookie": cookie_header} if cookie_header else None,
            max_size=MAX_MESSAGE_BYTES,
            open_timeout=self.timeout,
        )
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self._socket is not None
        try:
            async for data in self._socket:
                if isinstance(data, str):
                    self._protocol_errors.append("text frame from the server")
                    continue
                self._handle(ForwardMsg.FromString(data))
        except websockets.ConnectionClosed as closed:
            self.closed_reason = f"socket closed: {closed}"
        else:
            self.closed_reason = "socket closed by the server"
        if self._finished is not None and not self._finished.done():
            self._finished.set_exception(SessionError("dropped", self.closed_reason))

    def _handle(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        self._run_messages += 1
        if kind == "ref_hash":
            if msg.ref_hash not in self.cache:
                self._protocol_errors.append(f"ref_hash {msg.ref_hash} for a message never received")
            return
        if msg.metadata.cacheable and msg.hash:
            self.cache.add(msg.hash)
        if kind == "new_session":
            self.session_id = msg.new_session.initialize.session_id or self.session_id
        elif kind == "navigation":
            for page in msg.navigation.app_pages:
                path = "" if page.is_default else page.url_pathname
                self.page_hashes[path] = page.page_script_hash
                self.page_hashes.setdefault(page.url_pathname, page.page_script_hash)
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            if element.WhichOneof("type") == "exception":
                self._run_exceptions.append(f"{element.exception.type}: {element.exception.message[:200]}")
        elif kind == "page_not_found":
            self._run_exceptions.append(f"page not found: {msg.page_not_found.page_name!r}")
        elif kind == "script_finished":
            if self._finished is not None and not self._finished.done():
                self._finished.set_result(msg.script_finished)

    async def run(self, page: str, query: str) -> RunResult:
        """Load `page` (URL path without `/`, "" = default page) with `query` and wait for the end."""
        if self._socket is None or self.closed_reason:
            raise SessionError("dropped", self.closed_reason or "session not open")
        state_hash = self.page_hashes.get(page, "")
        msg = BackMsg()
        rerun = msg.rerun_script
        rerun.query_string = query
        rerun.page_script_hash = state_hash
        rerun.page_name = "" if state_hash else page
        rerun.cached_message_hashes.extend(sorted(self.cache))
        rerun.context_info.timezone = "Europe/Warsaw"
        rerun.context_info.locale = "pl-PL"
        rerun.context_info.url = f"{self.base_url}/{page}" + (f"?{query}" if query else "")
        rerun.context_info.color_scheme = "light"
        self._run_messages = 0
        self._run_exceptions = []
        self._finished = asyncio.get_running_loop().create_future()
        start = time.perf_counter()
        await self._socket.send(msg.SerializeToString())
        try:
            status = await asyncio.wait_for(self._finished, self.timeout)
        except TimeoutError:
            raise SessionError(
                "timeout", f"no script_finished within {self.timeout:.0f} s on /{page}?{query}"
            ) from None
        seconds = time.perf_counter() - start
        if self._protocol_errors:
            problems, self._protocol_errors = self._protocol_errors, []
            raise SessionError("protocol", "; ".join(problems))
        if status != FINISHED.FINISHED_SUCCESSFULLY:
            raise SessionError("status", f"script finished with {FINISHED.Name(status)} on /{page}?{query}")
        return RunResult(page, query, seconds, self._run_messages, list(self._run_exceptions))

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)
