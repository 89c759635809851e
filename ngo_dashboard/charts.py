"""Figure builders: plain frames and text in, `plotly.graph_objects.Figure` out. No streamlit.

Conventions every builder keeps: a title, a source line derived from the data, per-language number
separators, whole-year ticks, a colour-blind-safe palette, and meaning never carried by colour
alone (marker shape = qualifier, fill = basis, line dash = basis).

Figures are assembled as plain trace/layout dicts and turned into a `go.Figure` once: Plotly validates
every incremental update, and building through `add_trace`/`update_layout` cost 3–4× more per rerun.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ngo_dashboard.eras import Era
from ngo_dashboard.i18n import Lang, format_number, format_pln, format_pln_compact, qualified, separators, t

# Okabe–Ito, the colour-blind-safe palette; fixed per value so colours never shift with data order.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"]
MEASURE_COLOURS = {
    "programme_total": "#0072B2",
    "programme_new_tasks": "#56B4E9",
    "ngo_transfers_total": "#D55E00",
    "city_office_contracted_tasks": "#009E73",
    "mops_grants": "#CC79A7",
    "ngo_commissioning_spending": "#E69F00",
}
# Two points of one year closer than this share of the larger value would print their labels over each
# other (the press "> 88 mln zł" and the executed "> 87 mln zł" of 2017): the lower one's goes right.
# So would two of neighbouring years: a label is about two years wide on a 1280 px chart (the 81,5 mln
# zł of 2016 under the 88 of 2017); the lower one's goes to the side away from the other.
CLOSE_POINTS = 0.1
# How a basis is drawn, never by colour alone: (marker symbol suffix, line dash).
BASIS_STYLES = {
    "planned": ("-open", "dash"),
    "executed": ("", "solid"),
    "unknown": ("-open-dot", "dot"),
}
# Residents' money (the participatory budget) beside the NGO money: grey hatched bars, not a line.
BASIS_DRAW_ORDER = {"executed": 0, "unknown": 1, "planned": 2}
RESIDENTS_MONEY_COLOUR = "#6b6b6b"
RESIDENTS_MONEY_FILL = "rgba(107,107,107,0.18)"
RESIDENTS_MONEY_BAR_WIDTH = 0.5  # of a year
AREA_COLOURS = {
    "social_welfare": "#0072B2",
    "disability": "#E69F00",
    "civic_society": "#009E73",
    "seniors": "#CC79A7",
    "culture": "#56B4E9",
    "foreigners_integration": "#D55E00",
    "sport": "#332288",
    "tourism": "#999933",
    "health": "#882255",
    "education": "#44AA99",
    "addiction_prevention": "#AA4499",
    "other": "#777777",
}
AREA_PATTERNS = ["", "/", "\\", "x", "-", "|", "+", ".", "/", "\\", "x", "-"]
QUALIFIER_SYMBOLS = {
    "exact": "circle",
    "about": "diamond",
    "at_least": "triangle-up",
    "at_most": "triangle-down",
}
MISSING_COLOUR = "#6b6b6b"
ERA_COLOURS = {
    "confirmed": "rgba(0,114,178,0.10)",
    "probable": "rgba(0,114,178,0.06)",
    "conflict": "rgba(120,120,120,0.08)",
}
FONT = "Source Sans Pro, Arial, sans-serif"
# The source line under a chart's title wraps at this many characters, so that at 11 px it fits the
# chart on a 375 px phone (Plotly clips a subtitle that is too long instead of wrapping it).
SOURCE_LINE_CHARS = 60
TITLE_CHARS = 42  # the same for the title, at 17 px
LEGEND_CHARS = 52  # and for a legend entry at 12 px, beside its symbol
# The top margin holds the title and source lines above the plot (and the modebar over them):
TITLE_TOP_PX = 70  # one title line, one source line and the modebar
TITLE_LINE_PX = 24  # each further line of the 17 px title
SOURCE_LINE_PX = 16  # each line of the 11 px source line
ROW_PX = 46  # a lane of the timeline: a 22 px mark and a label line
TALL_CHART_PX = 600  # money and competitions charts: on a phone the legend takes about half of it
# Room around the data, as fractions of the axis top, so nothing drawn at the edges is cut off:
HEADROOM = 1.12  # above the highest value, for its label
BASELINE_ROOM = 0.04  # below zero, for the open "no figure" marks on the baseline
TICKS_PAST_MAX = 1.15  # ticks go one step past the highest value, up to this much above it
# The milestones lane under the money plot (fractions of the plot height): lane, gap, plot.
MILESTONE_LANE = [0, 0.13]
PLOT_ABOVE_LANE = [0.19, 1]
# Below this width a chart is drawn for a phone. A money chart's value labels overprint one another
# there (about 220 px of plot holds 29 years): they are left out, and each value stays in its point's
# hover, in the summary above the chart and in its table.
PHONE_CHART_PX = 560
# There, too, the legend puts each entry on a row of its own, where a wide chart fits them in about
# three rows: at 375 px that left the Money plot 92 px high and the Competitions plot 153 px of 324,
# so the figure grows by those rows (`narrow_layout`). An entry's height, as Plotly draws a 12 px
# legend (measured in Chromium): a line, each further line of a wrapped name, and the gap Plotly
# puts between groups once any entry has a `legendgroup` (its `tracegroupgap`, 10 px by default).
LEGEND_LINE_PX = 19
LEGEND_NEXT_LINE_PX = 15
LEGEND_GROUP_GAP_PX = 10
WIDE_LEGEND_ROWS = 3


def plain(text: object) -> str:
    """Text from data inside Plotly labels, which understand a little HTML: escape it."""
    return html.escape(str(text), quote=False)


def wrap(text: str, width: int = 80) -> str:
    """Escaped text broken into lines for Plotly, which does not wrap titles itself."""
    return "<br>".join(plain(line) for line in textwrap.wrap(text, width) or [""])


def year_dtick(first: int, last: int) -> int:
    """Whole-year tick step that keeps ticks readable on a phone (never fractional years)."""
    span = max(last - first, 1)
    return 1 if span <= 10 else 2 if span <= 20 else 5


def year_axis(first: int, last: int, title: str) -> dict[str, Any]:
    return {
        "tickmode": "linear",
        "tick0": first,
        "dtick": year_dtick(first, last),
        "tickformat": "d",
        "range": [first - 0.6, last + 0.6],
        "title": {"text": plain(title)},
    }


def money_ticks(max_value: float, lang: Lang, per_resident: bool = False) -> tuple[list[float], list[str]]:
    """Round tick values labelled the Polish way ('25 mln zł') rather than '25M'."""
    if not max_value or math.isnan(max_value):
        return [0.0], [format_pln(0, lang)]
    raw = max_value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    values = [step * i for i in range(0, 6) if step * i <= max_value * TICKS_PAST_MAX + step]
    fmt = format_pln if per_resident or max_value < 100_000 else format_pln_compact
    return values, [fmt(v, lang) for v in values]


def figure(
    traces: list[dict[str, Any]],
    layout: dict[str, Any],
    *,
    title: str,
    source_line: str,
    lang: Lang,
    height: int = 460,
    top_room: int = 0,
) -> go.Figure:
    """The finished figure: title with the source line under it (so it survives PNG export and never
    meets the legend), separators per language, and a legend under the plot that fits 375 px.
    `top_room` pixels more between the source line and the plot (the figure grows by as much)."""
    subtitle = wrap(source_line, SOURCE_LINE_CHARS)
    lines = subtitle.count("<br>") + 1
    heading = wrap(title, TITLE_CHARS)
    title_lines = heading.count("<br>") + 1
    base: dict[str, Any] = {
        "title": {
            "text": heading,
            "x": 0,
            "xanchor": "left",
            "font": {"size": 17},
            "subtitle": {"text": subtitle, "font": {"size": 11, "color": "#4a4a4a"}},
        },
        "separators": separators(lang),
        "font": {"family": FONT, "size": 13, "color": "#1f1f1f"},
        "height": height + top_room,
        "margin": {
            "l": 10,
            "r": 10,
            "t": TITLE_TOP_PX + SOURCE_LINE_PX * lines + TITLE_LINE_PX * (title_lines - 1) + top_room,
            "b": 10,
        },
        "legend": {
            "orientation": "h",
            "yref": "container",
            "yanchor": "bottom",
            "y": 0,
            "x": 0,
            "font": {"size": 12},
        },
        "hoverlabel": {"font": {"family": FONT}},
        "plot_bgcolor": "white",
        "paper_bgcolor": "white",
        # Everything a template would set is set here; the default template adds 7 kB to every figure.
        "template": "none",
    }
    if top_room:
        # Plotly centres the title in the top margin; keep it where the margin without the room
        # puts it, so that the room opens under the source line.
        title_y = base["margin"]["t"] - top_room
        base["title"].update(y=1 - title_y / 2 / base["height"], yref="container", yanchor="middle")
    for trace in traces:
        name = trace.get("name")
        if isinstance(name, str) and len(name) > LEGEND_CHARS and "<br>" not in name:
            # Already escaped; textwrap breaks only at spaces, so no entity is cut.
            trace["name"] = "<br>".join(textwrap.wrap(name, LEGEND_CHARS))
    for axis in [k for k in layout if k.startswith("yaxis")]:
        layout[axis] = {"gridcolor": "#e6e6e6", "zerolinecolor": "#bdbdbd", **layout[axis]}
    return go.Figure(data=traces, layout={**base, **layout})


# Era labels are stacked so that they never overlap on the narrowest screen the app supports: a
# 375 px phone leaves the plot about 220 px wide, and a 10 px label averages 5.5 px a character.
NARROW_PLOT_PX = 220
LABEL_CHAR_PX = 5.5
ERA_LABEL_LINE_PX = 13  # each stacked level of 10 px era labels


def _era_label(era: Era, lang: Lang) -> str:
    label = t("chart.era", lang, start=era.start_year, end=era.end_year)
    return t("chart.era_disputed", lang, label=label) if era.disputed else label


def _free_level(levels: list[list[tuple[float, float]]], span: tuple[float, float]) -> int:
    """The first stacking level where `span` (in years) overlaps no label already placed; taken."""
    for index, taken in enumerate(levels):
        if all(span[0] > b or span[1] < a for a, b in taken):
            taken.append(span)
            return index
    levels.append([span])
    return len(levels) - 1


def _era_band(era: Era, x0: object, x1: object, legend: str, *, first: bool) -> dict[str, Any]:
    """The shaded band of one era, behind the data; the first band carries the one legend entry."""
    return {
        "name": plain(legend),
        "legendgroup": "eras",
        "showlegend": first,
        "legendrank": 2000,  # after the data
        "type": "rect",
        "x0": x0,
        "x1": x1,
        "xref": "x",
        "y0": 0,
        "y1": 1,
        "yref": "paper",
        "layer": "below",
        "fillcolor": ERA_COLOURS.get(era.status, ERA_COLOURS["confirmed"]),
        "line": {"width": 1 if era.disputed else 0, "dash": "dot", "color": "#9e9e9e"},
    }


def _era_annotation(
    era: Era, label: str, x: object, *, right: bool, level: int, above: bool, lang: Lang
) -> dict[str, Any]:
    """The years of an era at the top of its band (or just above it), with its full description on
    hover."""
    shift = 2 + ERA_LABEL_LINE_PX * level
    return {
        "x": x,
        "xref": "x",
        "y": 1,
        "yref": "paper",
        "xanchor": "right" if right else "left",
        "yanchor": "bottom" if above else "top",
        "yshift": shift if above else -shift,
        "text": plain(label),
        "hovertext": plain(
            t(
                "chart.era_hover",
                lang,
                start=era.start_year,
                end=era.end_year,
                status=t(f"status.{era.status}", lang),
            )
        ),
        "showarrow": False,
        "font": {"size": 10, "color": "#3b3b3b"},
    }


def era_marks(
    eras: Sequence[Era],
    lang: Lang,
    *,
    bounds: Callable[[Era], tuple],
    last_year: int | None = None,
    x_years: tuple[int, int] | None = None,
    above: bool = False,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Shapes and labels for eras spanning the whole plot height.

    A band is labelled with its years only ("2015–2018", "(?)" where the sources disagree), with the
    full description on hover; one legend entry says what the bands are. Labels are stacked so they do
    not overlap on a phone-width plot of `x_years` (first, last year on the axis), and an era running
    past `last_year` (or whose label would) is labelled from its right edge. With `above`, the
    labels stand over the plot, in `era_label_room` pixels the figure keeps for them, where no data
    can reach them; otherwise they hang from the top of the plot.
    """
    if not eras:
        return [], []
    first, last = x_years or (min(e.start_year for e in eras), max(e.end_year for e in eras))
    axis_end = last if last_year is None else last_year
    years_per_char = (last - first + 1) * LABEL_CHAR_PX / NARROW_PLOT_PX
    legend = t("chart.era_legend_disputed" if any(e.disputed for e in eras) else "chart.era_legend", lang)
    shapes: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    levels: list[list[tuple[float, float]]] = []
    for index, era in enumerate(eras):
        label = _era_label(era, lang)
        # A label that would run past the end of the axis is anchored at the band's right edge
        # instead: Plotly widens the axis to fit annotations, which would squeeze a phone's plot.
        width = len(label) * years_per_char
        clipped = era.end_year > axis_end or era.start_year + width > axis_end + 1
        anchor = min(era.end_year, axis_end) + 0.5 if clipped else era.start_year
        level = _free_level(levels, (anchor - width, anchor) if clipped else (anchor, anchor + width))
        x0, x1 = bounds(era)
        shapes.append(_era_band(era, x0, x1, legend, first=index == 0))
        annotations.append(
            _era_annotation(
                era, label, x1 if clipped else x0, right=clipped, level=level, above=above, lang=lang
            )
        )
    return shapes, annotations


def era_label_room(annotations: Sequence[dict[str, Any]]) -> int:
    """Pixels that the stacked labels of `era_marks(..., above=True)` take over the plot."""
    rows = len({a["yshift"] for a in annotations})
    return ERA_LABEL_LINE_PX * rows + 2 if rows else 0


def _gapped(years: Sequence[int], values: Sequence[Any]) -> tuple[list, list]:
    """Insert a break wherever years are not consecutive, so a line never bridges a missing year."""
    xs: list = []
    ys: list = []
    for year, value in zip(years, values, strict=True):
        if xs and xs[-1] is not None and year - xs[-1] > 1:
            xs.append(None)
            ys.append(None)
        xs.append(year)
        ys.append(value)
    return xs, ys


def label_positions(plotted: pd.DataFrame) -> dict[tuple[str, str, int], str]:
    """Where each point's value label sits, by (measure, basis, year): above the point, unless a higher
    point is so close that the two labels would overprint. Then, if that point is of the same year or
    the year before, to its right; if of the year after, to its left; below it if both sides are taken."""
    positions: dict[tuple[str, str, int], str] = {}
    higher: list[tuple[int, float]] = []  # (year, value) of the points placed so far
    rows = plotted.sort_values(["value", "year"], ascending=[False, True], kind="stable")
    for measure, basis, raw_year, value in rows[["measure", "basis", "year", "value"]].itertuples(
        index=False
    ):
        year = int(raw_year)
        near = {
            other_year - year
            for other_year, other in higher
            if abs(other_year - year) <= 1
            and abs(value - other) <= CLOSE_POINTS * max(abs(value), abs(other))
        }
        if not near:
            where = "top center"
        elif 1 not in near:
            where = "middle right"  # the close point is of this year or the year before
        elif near == {1}:
            where = "middle left"
        else:
            where = "bottom center"
        positions[(measure, basis, year)] = where
        higher.append((year, value))
    return positions


def _money_trace(
    group: pd.DataFrame,
    measure: str,
    basis: str,
    lang: Lang,
    per_resident: bool,
    positions: dict[tuple[str, str, int], str] | None = None,
) -> dict[str, Any]:
    group = group.sort_values("year")
    years = [int(y) for y in group["year"]]
    values = list(group["value"])
    qualifiers = list(group["qualifier"])
    colour = MEASURE_COLOURS.get(measure, OKABE_ITO[0])
    fmt = format_pln if per_resident else format_pln_compact
    sources = list(group["source_label"]) if "source_label" in group else [""] * len(group)
    labels = [qualified(fmt(v, lang), q, lang) for v, q in zip(values, qualifiers, strict=True)]
    hovers = [
        "<br>".join(
            part
            for part in (
                plain(t(f"measure.{measure}", lang)),
                f"{y}: {plain(qualified(format_pln(v, lang), q, lang))}",
                plain(t(f"basis.{basis}", lang)),
                wrap(source, SOURCE_LINE_CHARS) if source else "",
            )
            if part
        )
        for y, v, q, source in zip(years, values, qualifiers, sources, strict=True)
    ]
    suffix, dash = BASIS_STYLES.get(basis, BASIS_STYLES["unknown"])
    symbols = [QUALIFIER_SYMBOLS[q] + suffix for q in qualifiers]
    where = [(positions or {}).get((measure, basis, y), "top center") for y in years]
    xs, ys = _gapped(years, values)
    _, labels = _gapped(years, labels)
    where = [w or "top center" for w in _gapped(years, where)[1]]
    _, hovers = _gapped(years, hovers)
    # Plotly refuses None as a symbol: the break gets any symbol, it has no point to draw.
    symbols = [symbol or "circle" for symbol in _gapped(years, symbols)[1]]
    return {
        "type": "scatter",
        "x": xs,
        "y": ys,
        "mode": "lines+markers+text",
        "name": plain(f"{t(f'measure.{measure}', lang)} · {t(f'basis.{basis}', lang)}"),
        "line": {"color": colour, "width": 2, "dash": dash},
        "marker": {"size": 13, "symbol": symbols, "color": colour, "line": {"width": 2, "color": colour}},
        "text": labels,
        "textposition": where,
        "textfont": {"size": 12, "color": colour},
        "hovertext": hovers,
        "hoverinfo": "text",
        "connectgaps": False,
        "cliponaxis": False,
    }


def _residents_money_trace(reference: pd.DataFrame, lang: Lang) -> dict[str, Any]:
    """The participatory budget as grey hatched bars with their own legend entry: another kind of
    thing than the NGO money lines, so it is never read as one of them. Bars are not stacked on, joined
    to or added to any other trace; each bar is one edition's pool as the source states it."""
    rows = reference.sort_values("year")
    name = t("chart.participatory_budget", lang)
    sources = list(rows["source_label"]) if "source_label" in rows else [""] * len(rows)
    hovers = [
        "<br>".join(
            part
            for part in (
                plain(name),
                f"{int(y)}: {plain(qualified(format_pln(v, lang), q, lang))}",
                plain(t("chart.residents_money_hover", lang)),
                wrap(source, 60) if source else "",
            )
            if part
        )
        for y, v, q, source in zip(rows["year"], rows["value"], rows["qualifier"], sources, strict=True)
    ]
    return {
        "type": "bar",
        "x": [int(y) for y in rows["year"]],
        "y": [float(v) for v in rows["value"]],
        "width": RESIDENTS_MONEY_BAR_WIDTH,
        "name": plain(name),
        "legendgroup": "residents_money",
        "legendrank": 1500,  # after the money measures, before the eras
        "marker": {
            "color": RESIDENTS_MONEY_FILL,
            "line": {"color": RESIDENTS_MONEY_COLOUR, "width": 1.5},
            "pattern": {"shape": "/", "fgcolor": RESIDENTS_MONEY_COLOUR, "size": 7, "solidity": 0.2},
        },
        "hovertext": hovers,
        "hoverinfo": "text",
    }


def _baseline_marks(years: list[int], hovers: list[str], name: str, symbol: str) -> dict[str, Any]:
    """Open marks on the zero line for years that have no value to draw (never a zero value)."""
    return {
        "type": "scatter",
        "x": years,
        "y": [0] * len(years),
        "mode": "markers",
        "name": plain(name),
        "marker": {"symbol": symbol, "size": 13, "color": MISSING_COLOUR, "line": {"width": 2}},
        "hovertext": [plain(h) for h in hovers],
        "hoverinfo": "text",
    }


def _money_traces(plotted: pd.DataFrame, lang: Lang, per_resident: bool) -> list[dict[str, Any]]:
    """One trace per (measure, basis) with a value, labelled so that close points do not collide."""
    positions = label_positions(plotted)
    groups = list(plotted.groupby(["measure", "basis"], sort=True))
    ranks = {key: 100 + rank for rank, (key, _) in enumerate(groups)}
    # Filled markers first, open ones over them: an open marker drawn under a filled one at nearly the
    # same height would vanish. The legend keeps the (measure, basis) order through legendrank.
    groups.sort(key=lambda item: BASIS_DRAW_ORDER.get(item[0][1], len(BASIS_DRAW_ORDER)))
    return [
        {**_money_trace(group, *key, lang, per_resident, positions), "legendrank": ranks[key]}
        for key, group in groups
    ]


def _no_value_marks(values: pd.DataFrame, missing: pd.DataFrame | None, lang: Lang) -> list[dict[str, Any]]:
    """Open marks on the baseline: figures that cannot be converted, and years with no figure at all."""
    traces = []
    unconvertible = values[values["value"].isna() & values["value_missing"].ne("")]
    if len(unconvertible):
        hovers = [
            t(f"chart.missing_{r}", lang, year=int(y))
            for y, r in zip(unconvertible["year"], unconvertible["value_missing"], strict=True)
        ]
        traces.append(
            _baseline_marks(
                [int(y) for y in unconvertible["year"]],
                hovers,
                t("chart.cannot_convert", lang),
                "x-thin-open",
            )
        )
    if missing is not None and len(missing):
        traces.append(
            _baseline_marks(
                [int(y) for y in missing["year"]],
                list(missing["hover"]),
                t("chart.no_figure", lang),
                "line-ns-open",
            )
        )
    return traces


def _year_span(frames: Sequence[pd.DataFrame | None], year_range: tuple[int, int] | None) -> tuple[int, int]:
    """The axis's first and last year: the range asked for, else every year the frames mention."""
    if year_range:
        return year_range
    years = [int(y) for frame in frames if frame is not None for y in frame["year"].dropna()]
    return (min(years), max(years)) if years else (2000, 2001)


def _milestone_lane(
    milestones: pd.DataFrame | None, first: int, last: int, lang: Lang
) -> dict[str, Any] | None:
    """A lane under the plot sharing its x axis: the milestones' dates, with their titles on hover."""
    if milestones is None:
        return None
    shown = milestones[(milestones["x"] >= first - 0.5) & (milestones["x"] <= last + 0.5)]
    if not len(shown):
        return None
    return {
        "type": "scatter",
        "x": list(shown["x"]),
        "y": [0] * len(shown),
        "yaxis": "y2",
        "mode": "markers",
        "name": plain(t("chart.milestones", lang)),
        "marker": {"symbol": "triangle-up", "size": 11, "color": "#3b3b3b"},
        "hovertext": [plain(label) for label in shown["label"]],
        "hoverinfo": "text",
    }


def build_money_figure(
    values: pd.DataFrame,
    lang: Lang,
    *,
    title: str,
    y_title: str,
    source_line: str,
    per_resident: bool = False,
    missing: pd.DataFrame | None = None,
    milestones: pd.DataFrame | None = None,
    eras: Sequence[Era] = (),
    year_range: tuple[int, int] | None = None,
    reference: pd.DataFrame | None = None,
) -> go.Figure:
    """Money facts by year: one trace per (measure, basis), joined only across consecutive years.

    Args:
        values: rows with year, measure, basis, qualifier, value (in the chosen terms) and
            value_missing (why value is empty), from `derived.adjust`; an optional source_label
            column is added to each point's hover.
        missing: years with no figure (year, hover) drawn as open marks on the baseline.
        milestones: events (x as fractional year, label) for a lane under the chart.
        reference: residents' money (year, value, qualifier[, source_label]) from
            `derived.residents_money_frame`, drawn beside the money as its own bars and never added to
            it. Nominal złoty only: pass it only when `derived.residents_money_drawable`.
    """
    plotted = values[values["value"].notna()]
    shown_reference = reference if reference is not None and len(reference) else None
    traces = [] if shown_reference is None else [_residents_money_trace(shown_reference, lang)]
    traces += _money_traces(plotted, lang, per_resident)
    traces += _no_value_marks(values, missing, lang)
    first, last = _year_span([values, missing, shown_reference], year_range)
    shapes, annotations = era_marks(
        [e for e in eras if e.end_year >= first and e.start_year <= last],
        lang,
        bounds=lambda e: (max(e.start_year, first) - 0.5, min(e.end_year, last) + 0.5),
        last_year=last,
        x_years=(first, last),
        # Over the plot, not in it: the highest values are near its top, and labels hanging into it
        # covered the points under them on a phone.
        above=True,
    )
    highest = [
        float(frame["value"].max())
        for frame in (plotted, shown_reference)
        if frame is not None and len(frame)
    ]
    tickvals, ticktext = money_ticks(max(highest, default=0.0), lang, per_resident)
    top = tickvals[-1] or 1
    layout: dict[str, Any] = {
        "xaxis": year_axis(first, last, t("chart.year", lang)),
        "yaxis": {
            "title": {"text": plain(y_title)},
            "tickvals": tickvals,
            "ticktext": ticktext,
            "range": [-top * BASELINE_ROOM, top * HEADROOM],
        },
        "shapes": shapes,
        "annotations": annotations,
    }
    lane = _milestone_lane(milestones, first, last, lang)
    if lane is not None:
        traces.append(lane)
        layout["yaxis"]["domain"] = PLOT_ABOVE_LANE
        layout["yaxis2"] = {"domain": MILESTONE_LANE, "visible": False, "range": [-1, 1], "fixedrange": True}
        # The years under the lane, not between it and the plot, where its marks covered them.
        layout["xaxis"]["anchor"] = "y2"
    return figure(
        traces,
        layout,
        title=title,
        source_line=source_line,
        lang=lang,
        height=TALL_CHART_PX,
        top_room=era_label_room(annotations),
    )


def without_value_labels(fig: go.Figure) -> list[dict[str, Any]]:
    """What changes in each trace of `fig` when its value labels are left out (a narrow chart): the
    text goes, the marks and lines stay; {} for a trace without labels. A trace of text alone is a
    layer of labels meant for every width (the competitions' counts) and stays."""
    changes: list[dict[str, Any]] = []
    for trace in fig.data:
        modes = (getattr(trace, "mode", None) or "").split("+")
        labelled = "text" in modes and len(modes) > 1
        changes.append({"mode": "+".join(m for m in modes if m != "text")} if labelled else {})
    return changes


def _legend_items(fig: go.Figure) -> list[Any]:
    """The traces and shapes of `fig` that have an entry in its legend."""
    return [trace for trace in fig.data if trace.showlegend is not False] + [
        shape for shape in fig.layout.shapes if shape.showlegend
    ]


def legend_entries(fig: go.Figure) -> int:
    """How many entries the legend of `fig` shows: its traces' and its shapes'."""
    return len(_legend_items(fig))


def legend_entry_heights(fig: go.Figure) -> list[int]:
    """The height of each legend entry of `fig`, in pixels (see LEGEND_LINE_PX)."""
    grouped = any(trace.legendgroup for trace in fig.data) or any(
        shape.legendgroup for shape in fig.layout.shapes
    )
    gap = LEGEND_GROUP_GAP_PX if grouped else 0
    return [
        LEGEND_LINE_PX + LEGEND_NEXT_LINE_PX * str(item.name or "").count("<br>") + gap
        for item in _legend_items(fig)
    ]


def narrow_layout(fig: go.Figure) -> dict[str, Any]:
    """What changes in the layout of `fig` below PHONE_CHART_PX: it grows by the rows that its legend
    takes there beyond those of a wide chart (about its WIDE_LEGEND_ROWS tallest entries), so the
    plot keeps its height; {} if none. A title placed by `figure(top_room=…)` keeps its distance
    from the top."""
    extra = sum(sorted(legend_entry_heights(fig), reverse=True)[WIDE_LEGEND_ROWS:])
    if not extra:
        return {}
    height = fig.layout.height + extra
    changes: dict[str, Any] = {"height": height}
    title = fig.layout.title.to_plotly_json()
    if isinstance(title.get("y"), (int, float)) and title.get("yref") == "container":
        from_top = (1 - title["y"]) * fig.layout.height
        changes["title"] = {**title, "y": 1 - from_top / height}  # the whole title: it is merged shallowly
    return changes


def build_competitions_by_year_figure(
    competitions: pd.DataFrame,
    lang: Lang,
    *,
    title: str,
    source_line: str,
    year_range: tuple[int, int] | None = None,
) -> go.Figure:
    """Stacked bars: planned money of the collected competitions by year and area, with call counts on top.

    Only rows with an amount for that year; multi-year totals without a split are left out here.
    """
    rows = competitions[competitions["amount_pln"].notna() & competitions["year"].notna()]
    traces: list[dict[str, Any]] = []
    layout: dict[str, Any] = {
        "barmode": "stack",
        "yaxis": {"title": {"text": plain(t("chart.planned_pln", lang))}},
        "xaxis": {"title": {"text": plain(t("chart.year", lang))}},
    }
    if len(rows):
        sums = rows.groupby(["year", "area"], observed=True)["amount_pln"].agg(["sum", "count"]).reset_index()
        present = set(sums["area"])
        for index, area in enumerate(a for a in AREA_COLOURS if a in present):
            part = sums[sums["area"] == area]
            label = t(f"area.{area}", lang)
            traces.append(
                {
                    "type": "bar",
                    "x": [int(y) for y in part["year"]],
                    "y": list(part["sum"]),
                    "name": plain(label),
                    "marker": {
                        "color": AREA_COLOURS[area],
                        "pattern": {
                            "shape": AREA_PATTERNS[index % len(AREA_PATTERNS)],
                            "fgcolor": "white",
                            "solidity": 0.25,
                            "fillmode": "overlay",
                        },
                    },
                    "hovertext": [
                        plain(
                            f"{label}, {int(y)}: {format_pln(s, lang)} ({t('chart.competitions_count', lang, count=int(c))})"
                        )
                        for y, s, c in zip(part["year"], part["sum"], part["count"], strict=True)
                    ],
                    "hoverinfo": "text",
                }
            )
        totals = rows.groupby("year")["amount_pln"].agg(["sum", "count"])
        traces.append(
            {
                "type": "scatter",
                "x": [int(y) for y in totals.index],
                "y": list(totals["sum"]),
                "mode": "text",
                # The bare number, which fits over a bar even on a phone; the legend says what it is.
                "text": [format_number(int(c), lang) for c in totals["count"]],
                "textposition": "top center",
                "textfont": {"size": 10},
                "name": plain(t("chart.competitions_count_legend", lang)),
                "showlegend": True,
                "legendrank": 2000,
                "hoverinfo": "skip",
                "cliponaxis": False,
            }
        )
        tickvals, ticktext = money_ticks(float(totals["sum"].max()), lang)
        layout["yaxis"].update(tickvals=tickvals, ticktext=ticktext, range=[0, tickvals[-1] * HEADROOM])
        first, last = year_range or (int(rows["year"].min()), int(rows["year"].max()))
        layout["xaxis"] = year_axis(first, last, t("chart.year", lang))
    return figure(traces, layout, title=title, source_line=source_line, lang=lang, height=TALL_CHART_PX)


def largest_competitions_frame(competitions: pd.DataFrame, limit: int = 10) -> pd.DataFrame:
    """One row per call with a stated total, largest first (the chart's rows, also its table)."""
    per_call = competitions[competitions["total_pln"].notna()].drop_duplicates("call_id")
    return per_call.nlargest(limit, "total_pln")
