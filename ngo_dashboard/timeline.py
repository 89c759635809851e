"""The timeline: filtering and searching events, and the Plotly figure with category lanes and eras.

Pure. Dates keep their precision: a year-only or month-only event is drawn as a span over the whole
period it may mean, with its marker in the middle, never pinned to the 1st.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from ngo_dashboard.charts import add_eras, finish, plain
from ngo_dashboard.eras import Era
from ngo_dashboard.i18n import Lang, format_partial_date, t
from ngo_dashboard.text import fold, searchable

CATEGORY_ORDER = [
    "milestone",
    "programme",
    "law",
    "institution",
    "participation",
    "civic_centre",
    "funding",
    "other",
]
CATEGORY_COLOURS = {
    "milestone": "#000000",
    "programme": "#0072B2",
    "law": "#D55E00",
    "institution": "#009E73",
    "participation": "#CC79A7",
    "civic_centre": "#E69F00",
    "funding": "#56B4E9",
    "other": "#777777",
}
CATEGORY_SYMBOLS = {
    "milestone": "star",
    "programme": "circle",
    "law": "square",
    "institution": "diamond",
    "participation": "triangle-up",
    "civic_centre": "pentagon",
    "funding": "hexagon",
    "other": "cross",
}
# Categories marked on the money chart's time axis by default: the turning points, not every meeting.
DEFAULT_MILESTONE_CATEGORIES = ("milestone", "law", "programme")


def search_index(events: pd.DataFrame) -> pd.Series:
    """One folded string per event (both languages), built once so each search is a substring test."""
    columns = ["title_pl", "title_en", "description_pl", "description_en", "note_pl", "note_en", "event_id"]
    joined = events[columns].fillna("").astype(str).agg(" ".join, axis=1)
    return joined.map(searchable)


def filter_events(
    events: pd.DataFrame,
    *,
    categories: Sequence[str] | None = None,
    years: tuple[int, int] | None = None,
    query: str = "",
    index: pd.Series | None = None,
) -> pd.DataFrame:
    """Events in the chosen categories and years whose text contains every word of the query
    (case and Polish diacritics ignored: 'osc' finds 'Oś')."""
    mask = pd.Series(True, index=events.index)
    if categories is not None:
        mask &= events["category"].isin(list(categories))
    if years is not None:
        mask &= (events["date_end"].dt.year >= years[0]) & (events["date_start"].dt.year <= years[1])
    words = fold(query).split()
    if words:
        haystack = index if index is not None else search_index(events)
        for word in words:
            mask &= haystack.str.contains(word, regex=False)
    return events[mask].sort_values(["date_start", "event_id"])


def midpoint(events: pd.DataFrame) -> pd.Series:
    return events["date_start"] + (events["date_end"] - events["date_start"]) / 2


def milestone_positions(events: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Events as fractional years for the money chart's lane: year Y spans Y-0.5..Y+0.5."""
    mid = midpoint(events)
    start_of_year = pd.to_datetime(mid.dt.year.astype(str) + "-01-01")
    days = mid.dt.is_leap_year.map({True: 366, False: 365})
    x = mid.dt.year - 0.5 + (mid - start_of_year).dt.days / days
    labels = [
        f"{format_partial_date(d, lang)}: {title}"
        for d, title in zip(events["date"], events[f"title_{lang}"], strict=True)
    ]
    return pd.DataFrame({"x": x.to_numpy(), "label": labels, "event_id": events["event_id"].to_numpy()})


def build_timeline_figure(
    events: pd.DataFrame,
    lang: Lang,
    *,
    title: str,
    source_line: str,
    eras: Sequence[Era] = (),
    selected: str | None = None,
) -> go.Figure:
    """Events in category lanes; spans show date uncertainty; the selected event is outlined."""
    fig = go.Figure()
    lanes = [c for c in CATEGORY_ORDER if c in set(events["category"])]
    lane_labels = {c: t(f"category.{c}", lang) for c in CATEGORY_ORDER}
    add_eras(fig, eras, lang, bounds=lambda e: (f"{e.start_year}-01-01", f"{e.end_year}-12-31"))
    spans = events[events["date_precision"] != "day"]
    if len(spans):
        xs: list = []
        ys: list = []
        for row in spans.itertuples():
            xs += [row.date_start, row.date_end, None]
            ys += [lane_labels[row.category]] * 2 + [None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"width": 7, "color": "rgba(90,90,90,0.35)"},
                hoverinfo="skip",
                name=plain(t("timeline.span_legend", lang)),
            )
        )
    mids = midpoint(events)
    for category in lanes:
        part = events[events["category"] == category]
        fig.add_trace(
            go.Scatter(
                x=list(mids[part.index]),
                y=[lane_labels[category]] * len(part),
                mode="markers",
                name=plain(lane_labels[category]),
                marker={
                    "size": 12,
                    "color": CATEGORY_COLOURS[category],
                    "symbol": CATEGORY_SYMBOLS[category],
                    "line": {"width": 1, "color": "white"},
                },
                customdata=list(part["event_id"]),
                hovertext=[
                    plain(f"{format_partial_date(d, lang)}<br>{title_}")
                    for d, title_ in zip(part["date"], part[f"title_{lang}"], strict=True)
                ],
                hoverinfo="text",
            )
        )
    if selected is not None and selected in set(events["event_id"]):
        row = events[events["event_id"] == selected]
        fig.add_trace(
            go.Scatter(
                x=list(mids[row.index]),
                y=[lane_labels[c] for c in row["category"]],
                mode="markers",
                name=plain(t("timeline.selected", lang)),
                customdata=list(row["event_id"]),
                marker={"size": 22, "color": "rgba(0,0,0,0)", "line": {"width": 3, "color": "#000000"}},
                hoverinfo="skip",
            )
        )
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=[lane_labels[c] for c in reversed(lanes)],
        automargin=True,
        fixedrange=True,
    )
    fig.update_xaxes(
        type="date", title_text=plain(t("chart.year", lang)), tickformat="%Y", gridcolor="#eeeeee"
    )
    fig.update_layout(clickmode="event+select", dragmode="pan")
    return finish(
        fig, title=title, source_line=source_line, lang=lang, height=140 + 46 * max(len(lanes), 2) + 120
    )
