"""AppTest fixtures: run the real entrypoint (st.navigation) on a page, in a language, on a data folder."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ngo_dashboard.paths import DATA_DIR_ENV, REPO_ROOT
from ngo_dashboard.ui import event_list
from ngo_dashboard.ui.chart import COMPONENT_NAME
from ngo_dashboard.ui.navigation import PAGES as NAVIGATION

ENTRYPOINT = str(REPO_ROOT / "streamlit_app.py")
PAGES = {spec.id: spec.script_path for spec in NAVIGATION}

Open = Callable[..., AppTest]


@pytest.fixture
def open_page(monkeypatch: pytest.MonkeyPatch) -> Open:
    """`open_page(page, lang=None, data_dir=None, **params)`: an AppTest that has run that page."""

    def open_(
        page: str = "overview", *, lang: str | None = None, data_dir: Path | None = None, **params: str
    ):
        if data_dir is not None:
            monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
        else:
            monkeypatch.delenv(DATA_DIR_ENV, raising=False)
        at = AppTest.from_file(ENTRYPOINT, default_timeout=60)
        if lang is not None:
            at.query_params["lang"] = lang
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
        if page != "overview":
            at.switch_page(PAGES[page]).run()
        return at

    return open_


def chart_payloads(at: AppTest) -> list[dict]:
    """What a page sent to each of its charts (ngo_dashboard/ui/chart.py): figure, config, alt, …"""
    return [
        json.loads(element.proto.json)
        for element in at.get("bidi_component")
        if element.proto.component_name == COMPONENT_NAME
    ]


def chart_specs(at: AppTest) -> list[dict]:
    """The Plotly figures a page sent, as JSON."""
    return [json.loads(payload["figure"]) for payload in chart_payloads(at)]


def list_content(at: AppTest) -> dict:
    """What a page sent to the timeline's list element (ngo_dashboard/ui/event_list.py); empty if none."""
    lists = [
        json.loads(element.proto.json)
        for element in at.get("bidi_component")
        if element.proto.component_name == event_list.COMPONENT_NAME
    ]
    assert len(lists) <= 1
    return lists[0] if lists else {"periods": []}


def list_cards(at: AppTest) -> list[dict]:
    """The cards of the timeline's list, in reading order."""
    return [
        card for period in list_content(at)["periods"] for year in period["years"] for card in year["events"]
    ]


def texts(at: AppTest) -> str:
    """Every piece of text a page shows (markdown, captions, titles, metrics, the list's cards), joined."""
    parts = [e.value for e in at.title] + [e.value for e in at.markdown] + [e.value for e in at.caption]
    parts += (
        [e.value for e in at.subheader] + [str(m.value) for m in at.metric] + [m.label for m in at.metric]
    )
    for card in list_cards(at):
        parts += [card["title"], card["meta"], card["description"], card["note"] or "", card["quote"]]
    return "\n".join(str(p) for p in parts)


def displayed(text: object) -> str:
    """What a reader sees of Markdown-escaped text (st.table cells are escaped: they render Markdown)."""
    return re.sub(r"\\(.)", r"\1", str(text))


def table_rows(at: AppTest, index: int = 0) -> list[tuple[str, ...]]:
    """The rows of a st.table as shown: index label first, then the cells."""
    frame = at.table[index].value
    return [
        (displayed(label), *(displayed(cell) for cell in row))
        for label, row in zip(frame.index, frame.itertuples(index=False), strict=True)
    ]
