"""After a failover, the reader's next change reaches a replica that has never seen the page.

Streamlit's frontend does not rerun an idle page when its websocket reconnects (it only closes the
connection dialog). So the first run on the new replica is the reader's next change, and its
`rerun_script` carries every widget's value (the changed one included) with the address as it was
*before* the change: the URL is only rewritten after a server run mirrors the new value. `reconnect`
puts an AppTest in that situation without nginx: the same widget tree, URL and page (the frontend's),
and a new, empty session (the new replica's). tests/e2e/test_failover.py does the same through the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from streamlit.runtime.state.common import TESTING_KEY
from streamlit.runtime.state.safe_session_state import SafeSessionState
from streamlit.runtime.state.session_state import SessionState
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.app_test import _AppTestSessionState

from ngo_dashboard.timeline_list import LIST_BATCH
from ngo_dashboard.ui import keys
from tests.app.assertions import assert_page, assert_url, owned_keys

TIMELINE = {
    "q": "centrum",
    "categories": "programme,civic_centre,funding",
    "t_years": "1995-2020",
    "lang": "en",
}
MONEY = {"prices": "real", "base": "2020", "lang": "en"}
# A choice other than the default in every widget whose options are labelled in the reader's language.
LABELLED = {
    "money": {
        "measures": "city_office_contracted_tasks,mops_grants",
        "basis": "planned",
        "prices": "real",
        "milestones": "law",
        "money_view": "table",
    },
    "timeline": {"q": "rada", "categories": "programme,law", "order": "newest"},
    "competitions": {"areas": "sport", "c_years": "2019-2024", "competitions_view": "table"},
}


def reconnect(at: AppTest) -> AppTest:
    """The replica that ran `at` died: run the page's widget values in a new session that knows nothing.

    NOTE: AppTest has no public way to swap its session; these are the attributes its own
    constructor sets. The widget values are read first: the tree formats them with what the old
    session recorded.
    """
    widget_states = at._tree.get_widget_states()
    fresh = SessionState()
    fresh[TESTING_KEY] = {}
    at._session_state = SafeSessionState(fresh, lambda: None)
    at.session_state = _AppTestSessionState(at._session_state)
    return at._run(widget_states)


def view(at: AppTest, page: str) -> dict[str, Any]:
    """What every widget of the page (and of the whole app) that is in the URL holds."""
    return {k: at.session_state[k] for k in owned_keys(page, keys.URL_KEYS) if k in at.session_state}


def test_a_reconnect_without_a_change_shows_the_same_view(open_page):
    at = open_page("timeline", **TIMELINE)
    before = view(at, "timeline")

    reconnect(at)

    assert_page(at, "Timeline")
    assert view(at, "timeline") == before
    assert_url(at, TIMELINE)


Change = Callable[[AppTest], Any]
CHANGES: list[tuple[str, dict[str, str], Change, str, Any, str]] = [
    ("timeline", TIMELINE, lambda at: at.text_input(key="q").input("program"), "q", "program", "program"),
    (
        "timeline",
        TIMELINE,
        lambda at: at.multiselect(key="categories").set_value(["law"]),
        "categories",
        ["law"],
        "law",
    ),
    (
        "timeline",
        TIMELINE,
        lambda at: at.slider(key="t_years").set_range(2000, 2010),
        "t_years",
        (2000, 2010),
        "2000-2010",
    ),
    (
        "timeline",
        TIMELINE,
        lambda at: at.button_group(key="order").set_value("newest"),
        "order",
        "newest",
        "newest",
    ),
    ("money", MONEY, lambda at: at.selectbox(key="base").select(2015), "base", 2015, "2015"),
    ("money", MONEY, lambda at: at.toggle(key="per_resident").set_value(True), "per_resident", True, "1"),
]


@pytest.mark.parametrize(
    "page, url, change, key, value, in_url",
    CHANGES,
    ids=["text_input", "multiselect", "slider", "segmented_control", "selectbox", "toggle"],
)
def test_the_first_change_after_a_reconnect_is_kept(open_page, page, url, change, key, value, in_url):
    at = open_page(page, **url)
    before = view(at, page)
    change(at)

    reconnect(at)

    assert not at.exception, at.exception
    assert view(at, page) == {**before, key: value}
    assert_url(at, {**url, key: in_url})


@pytest.mark.parametrize("page", list(LABELLED))
def test_a_language_switch_as_the_first_change_after_a_reconnect_keeps_every_choice(open_page, page):
    at = open_page(page, lang="en", **LABELLED[page])
    before = view(at, page)
    at.button_group(key=keys.LANG).set_value("pl")

    reconnect(at)

    assert not at.exception, at.exception
    assert view(at, page) == {**before, keys.LANG: "pl"}
    assert_url(at, {**LABELLED[page], keys.LANG: None})


# NOTE: Streamlit runs a widget's on_click only if the session has registered that widget, and a new
# session's first run has registered none: so the Timeline's buttons act on their value instead.
def test_a_button_as_the_first_change_after_a_reconnect_is_acted_on(open_page):
    at = open_page("timeline", event="1997-09-pilotazowy-program-wspolpracy")
    at.button(key=keys.EVENT_CLOSE).click()

    reconnect(at)

    assert at.session_state[keys.EVENT] is None


def test_show_more_as_the_first_change_after_a_reconnect_draws_more(open_page):
    at = open_page("timeline")
    at.button(key=keys.TIMELINE_MORE).click()

    reconnect(at)

    assert at.session_state[keys.TIMELINE_SHOWN] == 2 * LIST_BATCH
