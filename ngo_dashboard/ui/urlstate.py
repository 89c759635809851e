"""View state in the URL: each widget starts at its query parameter's value and is mirrored back to it.

NOTE: Streamlit's own `bind="query-params"` writes the *formatted* option label into the URL
("?lang=English", "?event=1 września 1997 – …"), which would make links depend on the language. Here the
URL holds stable ids (`?lang=en`, `?event=<id>`, `?years=2010-2021`), and every value read from the URL
is untrusted: anything unknown, malformed, out of range or too long falls back to the default.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

import streamlit as st

from ngo_dashboard.ui import keys

T = TypeVar("T")
MAX_PARAM_LENGTH = 200


@dataclass(frozen=True)
class Param(Generic[T]):
    key: str
    default: T
    parse: Callable[[str], T | None]
    dump: Callable[[T], str]

    def from_url(self) -> T:
        """The URL's value, or the default if the URL has none or one that is not valid."""
        raw = st.query_params.get(self.key)
        if isinstance(raw, str) and len(raw) <= MAX_PARAM_LENGTH:
            try:
                value = self.parse(raw)
            except (ValueError, TypeError):
                value = None
            if value is not None:
                return value
        return self.default

    def seed(self) -> None:
        """Put the URL's value into session state, for a value that no widget holds.

        A widget's value is never seeded this way: see `bound`.
        """
        if self.key not in st.session_state:
            st.session_state[self.key] = self.from_url()

    def mirror(self, value: Any) -> None:
        """Write the widget's value back to the URL; a default value leaves the URL clean."""
        if value is None or value == self.default:
            if self.key in st.query_params:
                del st.query_params[self.key]
        else:
            dumped = self.dump(value)
            if st.query_params.get(self.key) != dumped:
                st.query_params[self.key] = dumped


def choice(key: str, options: Sequence[T], default: T) -> Param[T]:
    by_text = {str(o): o for o in options}
    return Param(key, default, by_text.get, str)


def optional_choice(key: str, options: Sequence[str]) -> Param[str | None]:
    known = set(options)
    return Param(key, None, lambda raw: raw if raw in known else None, str)


def choices(key: str, options: Sequence[str], default: Sequence[str]) -> Param[list[str]]:
    """Comma-separated ids; unknown ids are dropped, and nothing valid means the default."""
    known = list(options)

    def parse(raw: str) -> list[str] | None:
        if raw == "-":
            return []
        wanted = set(raw.split(","))
        picked = [o for o in known if o in wanted]
        return picked or None

    return Param(key, list(default), parse, lambda values: ",".join(values) if values else "-")


def year_range(key: str, low: int, high: int) -> Param[tuple[int, int]]:
    def parse(raw: str) -> tuple[int, int] | None:
        start, _, end = raw.partition("-")
        a, b = int(start), int(end or start)
        if not (low <= a <= high and low <= b <= high):
            return None
        return (min(a, b), max(a, b))

    return Param(key, (low, high), parse, lambda r: f"{r[0]}-{r[1]}")


def flag(key: str, default: bool = False) -> Param[bool]:
    return Param(key, default, {"1": True, "0": False}.get, lambda v: "1" if v else "0")


def text(key: str, max_length: int = MAX_PARAM_LENGTH) -> Param[str]:
    return Param(key, "", lambda raw: raw.strip()[:max_length], str)


def integer(key: str, options: Sequence[int], default: int) -> Param[int]:
    known = set(options)
    return Param(key, default, lambda raw: int(raw) if int(raw) in known else None, str)


def drop(key: str) -> None:
    """Take a parameter out of the URL when its widget is not drawn (it would mean nothing there)."""
    if key in st.query_params:
        del st.query_params[key]


# The argument through which each kind of widget takes the value it starts at.
START_ARGUMENT = {
    "text_input": "value",
    "slider": "value",
    "toggle": "value",
    "multiselect": "default",
    "segmented_control": "default",
    "selectbox": "index",
}


def bound(param: Param[Any], widget: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Draw `widget` with `key=param.key`, starting at the URL's value, and mirror its value to the URL.

    NOTE: the URL's value is passed as the widget's default, not assigned to `st.session_state[key]`:
    Streamlit ranks an assignment above the value the browser sends, and a default below it. After a
    failover the browser does not rerun the idle page, so the new replica's first run is the reader's
    next change, sent with every widget's value and the URL from before the change. The new session
    learns that a value under `key` came from the browser only when the widget is drawn; an assignment
    before it would undo the change. A run that relabels the choices is the exception: see
    `labels_changed`.
    """
    if st.session_state.get(keys.LABELS_CHANGED) and param.key not in st.session_state:
        param.seed()
        start = {}
    else:
        argument = START_ARGUMENT[widget.__name__]
        initial = param.from_url()
        if argument == "index":  # the position of the value among the options
            initial = list(kwargs["options"] if "options" in kwargs else args[1]).index(initial)
        start = {argument: initial}
    value = widget(*args, key=param.key, **start, **kwargs)
    param.mirror(value)
    return value


def labels_changed(changed: bool) -> None:
    """Say whether this run labels the choices differently from the page the browser shows (the
    language was switched). Called every run, before the page's widgets are drawn.

    The browser sends a choice as its label. A session that drew the page reads it with the labels
    it drew; a new session (after a failover) only has this run's, in which a label of the other
    language matches no option: the choice would be lost. So in such a run a widget that is new to
    the session starts from the URL by assignment. Only the language has changed, and the URL holds
    the rest of the view.
    """
    st.session_state[keys.LABELS_CHANGED] = changed


def with_query(base_url: str, params: Mapping[str, str | None]) -> str:
    """`base_url` (its own query dropped) with these parameters; None leaves a parameter out."""
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return base_url.split("?")[0] + (f"?{query}" if query else "")


def link_to(params: Mapping[str, str | None]) -> str:
    """The address of this page with these parameters (relative if the server does not know its URL)."""
    return with_query(st.context.url or "", params)
