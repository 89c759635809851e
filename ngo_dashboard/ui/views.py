"""Cached views of the core: each is built once per (dataset, inputs) and shared, read only.

Every builder takes its real inputs, the dataset included, and reads nothing else (no session state):
its result depends only on its arguments. A dataset is hashed by its folder and fingerprint, so an
edited CSV is a different dataset and builds afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ngo_dashboard import competitions_view, money_view
from ngo_dashboard.data import Dataset
from ngo_dashboard.eras import programme_eras
from ngo_dashboard.event_cards import EventCard, event_card
from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.provenance import cite
from ngo_dashboard.timeline import build_timeline_figure, event_labels, search_index

_DATASET_HASH = {Dataset: lambda data: data.cache_key}


def cached_view(*, max_entries: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`st.cache_resource` for builders that take a Dataset.

    NOTE: cache_resource, not cache_data: cache_data would unpickle every hit, and unpickling a Plotly
    figure re-validates it (~20 ms a figure); these results are never modified after they are built.
    """
    return st.cache_resource(show_spinner=False, max_entries=max_entries, hash_funcs=_DATASET_HASH)


@cached_view(max_entries=32)
def money(data: Dataset, options: money_view.MoneyOptions, lang: Lang) -> money_view.MoneyView:
    return money_view.build_money_view(data, options, lang)


@cached_view(max_entries=4)
def competitions_working(data: Dataset) -> competitions_view.Working:
    return competitions_view.working(data)


@cached_view(max_entries=8)
def competitions(
    data: Dataset, areas: tuple[str, ...], years: tuple[int, int], query: str, lang: Lang
) -> competitions_view.CompetitionsView:
    return competitions_view.build_competitions_view(
        data, competitions_working(data), areas=areas, years=years, query=query, lang=lang
    )


@cached_view(max_entries=4)
def timeline_index(data: Dataset) -> pd.Series:
    return search_index(data.frame("events"))


@cached_view(max_entries=16)
def timeline_figure(data: Dataset, shown_ids: tuple[str, ...], selected: str | None, lang: Lang) -> go.Figure:
    events = data.frame("events").set_index("event_id", drop=False).loc[list(shown_ids)]
    return build_timeline_figure(
        events,
        lang,
        title=t("timeline.chart_title", lang, place=data.meta.place(lang)),
        source_line=cite(events["source_id"], data, lang),
        eras=programme_eras(data.frame("programmes")),
        selected=selected,
    )


@cached_view(max_entries=8)
def timeline_event_labels(data: Dataset, lang: Lang) -> dict[str, str]:
    return event_labels(data.frame("events"), lang)


@cached_view(max_entries=8)
def timeline_cards(data: Dataset, lang: Lang) -> dict[str, EventCard]:
    """Event id -> its card in the list, as plain text fields."""
    return {row["event_id"]: event_card(row, lang, data) for _, row in data.frame("events").iterrows()}
