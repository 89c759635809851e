"""The timeline: filtering and searching events, and the Plotly figure with category lanes and eras.

Pure. Dates keep their precision: a year-only or month-only event is drawn as a span over the whole
period it may mean, with its marker in the middle, never pinned to the 1st.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

import pandas as pd
import plotly.graph_objects as go

from ngo_dashboard.charts import ROW_PX, era_label_room, era_marks, figure, plain
from ngo_dashboard.eras import Era
from ngo_dashboard.i18n import Lang, format_partial_date, t
from ngo_dashboard.models import Category
from ngo_dashboard.text import search_mask, searchable

# Lanes top to bottom, filters and legends follow the order of the vocabulary in models.Category.
CATEGORY_ORDER = list(get_args(Category))
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


MAX_POINTS = 1500
# Height of the lanes chart: title, source line, axis and legend, then ROW_PX per lane (at least
# MIN_LANES, so that one lane is not a sliver).
LANES_BASE_PX = 260
MIN_LANES = 2


def _lanes_figure(
    traces: list[dict], layout: dict, lanes: list[str], *, title: str, source_line: str, lang: Lang
) -> go.Figure:
    """The finished lanes chart: a row for each lane, and room over the plot for the era labels."""
    return figure(
        traces,
        layout,
        title=title,
        source_line=source_line,
        lang=lang,
        height=LANES_BASE_PX + ROW_PX * max(len(lanes), MIN_LANES),
        top_room=era_label_room(layout["annotations"]),
    )


def _lanes_layout(
    events: pd.DataFrame,
    lanes: list[str],
    lane_labels: dict[str, str],
    eras: Sequence[Era],
    lang: Lang,
    *,
    x_title: str,
) -> dict:
    """A date axis, one category lane per row (first lane on top) and the eras behind them."""
    # The axis spans the events and the era bands (Plotly's autorange includes shapes).
    years = [
        *events["date_start"].dt.year,
        *events["date_end"].dt.year,
        *(e.start_year for e in eras),
        *(e.end_year for e in eras),
    ]
    shapes, annotations = era_marks(
        eras,
        lang,
        bounds=lambda e: (f"{e.start_year}-01-01", f"{e.end_year}-12-31"),
        x_years=(int(min(years)), int(max(years))) if years else None,
        above=True,  # over the lanes: hanging into the first lanes, a label could cover an event
    )
    return {
        "yaxis": {
            "categoryorder": "array",
            "categoryarray": [lane_labels[c] for c in reversed(lanes)],
            "automargin": True,
            "fixedrange": True,
        },
        "xaxis": {
            "type": "date",
            "title": {"text": plain(x_title)},
            "tickformat": "%Y",
            "gridcolor": "#eeeeee",
        },
        "shapes": shapes,
        "annotations": annotations,
    }


def _timeline_counts(
    events: pd.DataFrame,
    lang: Lang,
    lanes: list[str],
    lane_labels: dict[str, str],
    *,
    title: str,
    source_line: str,
    eras: Sequence[Era],
) -> go.Figure:
    counts = events.groupby(["category", "year"]).size().reset_index(name="n")
    biggest = int(counts["n"].max())
    traces = []
    for category in lanes:
        part = counts[counts["category"] == category]
        traces.append(
            {
                "type": "scatter",
                "x": [f"{int(y)}-07-01" for y in part["year"]],
                "y": [lane_labels[category]] * len(part),
                "mode": "markers",
                "name": plain(lane_labels[category]),
                "marker": {
                    "size": [8 + 22 * (n / biggest) ** 0.5 for n in part["n"]],
                    "color": CATEGORY_COLOURS[category],
                    "symbol": CATEGORY_SYMBOLS[category],
                    "line": {"width": 1, "color": "white"},
                },
                "hovertext": [
                    plain(t("timeline.count_hover", lang, count=int(n), year=int(y)))
                    for y, n in zip(part["year"], part["n"], strict=True)
                ],
                "hoverinfo": "text",
            }
        )
    layout = _lanes_layout(events, lanes, lane_labels, eras, lang, x_title=t("timeline.count_axis", lang))
    return _lanes_figure(traces, layout, lanes, title=title, source_line=source_line, lang=lang)


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
    (case, Polish diacritics and word endings ignored: 'osc' finds 'Oś', 'centra' finds 'Centrum')."""
    mask = pd.Series(True, index=events.index)
    if categories is not None:
        mask &= events["category"].isin(list(categories))
    if years is not None:
        mask &= (events["date_end"].dt.year >= years[0]) & (events["date_start"].dt.year <= years[1])
    if query.strip():
        mask &= search_mask(index if index is not None else search_index(events), query)
    return events[mask].sort_values(["date_start", "event_id"])


def event_labels(events: pd.DataFrame, lang: Lang) -> dict[str, str]:
    """Event id -> "date – title", in date order."""
    events = events.sort_values(["date_start", "event_id"])
    return {
        event_id: f"{format_partial_date(date, lang)} – {title}"
        for event_id, date, title in zip(
            events["event_id"], events["date"], events[f"title_{lang}"], strict=True
        )
    }


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


def _span_trace(events: pd.DataFrame, lane_labels: dict[str, str], lang: Lang) -> dict | None:
    """Grey bars over the whole period a month- or year-only date may mean (None if every date is a day)."""
    x: list = []
    y: list = []
    vague = events[events["date_precision"] != "day"]
    for category, start, end in zip(vague["category"], vague["date_start"], vague["date_end"], strict=True):
        x += [start.date().isoformat(), end.date().isoformat(), None]
        y += [lane_labels[category], lane_labels[category], None]
    if not x:
        return None
    return {
        "type": "scatter",
        "x": x,
        "y": y,
        "mode": "lines",
        "hoverinfo": "skip",
        "line": {"width": 7, "color": "rgba(90,90,90,0.35)"},
        "name": plain(t("timeline.span_legend", lang)),
    }


def _lane_trace(events: pd.DataFrame, category: str, label: str, lang: Lang) -> dict:
    """One lane's markers, at the middle of each event's period, carrying its id for a click."""
    rows = events[events["category"] == category]
    return {
        "type": "scatter",
        "x": [d.isoformat() for d in midpoint(rows)],
        "y": [label] * len(rows),
        "mode": "markers",
        "name": plain(label),
        "marker": {
            "size": 12,
            "color": CATEGORY_COLOURS[category],
            "symbol": CATEGORY_SYMBOLS[category],
            "line": {"width": 1, "color": "white"},
        },
        "customdata": list(rows["event_id"]),
        "hovertext": [
            f"{plain(format_partial_date(date, lang))}<br>{plain(title)}"
            for date, title in zip(rows["date"], rows[f"title_{lang}"], strict=True)
        ],
        "hoverinfo": "text",
    }


def _selected_trace(event: pd.Series, label: str, lang: Lang) -> dict:
    """A ring around the selected event's marker."""
    return {
        "type": "scatter",
        "x": [midpoint(event.to_frame().T).iloc[0].isoformat()],
        "y": [label],
        "mode": "markers",
        "name": plain(t("timeline.selected", lang)),
        "customdata": [event["event_id"]],
        "hoverinfo": "skip",
        "marker": {"size": 22, "color": "rgba(0,0,0,0)", "line": {"width": 3, "color": "#000000"}},
    }


def build_timeline_figure(
    events: pd.DataFrame,
    lang: Lang,
    *,
    title: str,
    source_line: str,
    eras: Sequence[Era] = (),
    selected: str | None = None,
) -> go.Figure:
    """Events in category lanes; spans show date uncertainty; the selected event is outlined.

    Above MAX_POINTS events the lanes show how many events each year holds instead (a browser cannot
    show thousands of markers legibly); narrowing the filters brings the single events back.
    """
    lane_labels = {c: t(f"category.{c}", lang) for c in CATEGORY_ORDER}
    present = set(events["category"].unique())
    lanes = [c for c in CATEGORY_ORDER if c in present]
    if len(events) > MAX_POINTS:
        return _timeline_counts(
            events, lang, lanes, lane_labels, title=title, source_line=source_line, eras=eras
        )
    spans = _span_trace(events, lane_labels, lang)
    traces = [spans] if spans else []
    traces += [_lane_trace(events, category, lane_labels[category], lang) for category in lanes]
    chosen = events[events["event_id"] == selected]
    if len(chosen):
        traces.append(_selected_trace(chosen.iloc[0], lane_labels[chosen.iloc[0]["category"]], lang))
    layout = _lanes_layout(events, lanes, lane_labels, eras, lang, x_title=t("chart.year", lang))
    layout.update(clickmode="event+select", dragmode="pan")
    return _lanes_figure(traces, layout, lanes, title=title, source_line=source_line, lang=lang)
