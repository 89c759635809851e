"""Figure builders: plain frames and text in, `plotly.graph_objects.Figure` out. No streamlit.

Conventions every builder keeps: a title, a source line derived from the data, per-language number
separators, whole-year ticks, a colour-blind-safe palette, and meaning never carried by colour
alone (marker shape = qualifier, fill = basis, line dash = basis).
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Callable, Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ngo_dashboard.eras import Era
from ngo_dashboard.i18n import Lang, format_pln, format_pln_compact, qualified, separators, t

# Okabe–Ito, the colour-blind-safe palette; fixed per value so colours never shift with data order.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"]
MEASURE_COLOURS = {
    "programme_total": "#0072B2",
    "programme_new_tasks": "#56B4E9",
    "ngo_transfers_total": "#D55E00",
    "city_office_contracted_tasks": "#009E73",
    "mops_grants": "#CC79A7",
}
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


def plain(text: object) -> str:
    """Text from data inside Plotly labels, which understand a little HTML: escape it."""
    return html.escape(str(text), quote=False)


def year_dtick(first: int, last: int) -> int:
    """Whole-year tick step that keeps ticks readable on a phone (never fractional years)."""
    span = max(last - first, 1)
    return 1 if span <= 10 else 2 if span <= 20 else 5


def apply_year_axis(fig: go.Figure, first: int, last: int, **kwargs: object) -> None:
    fig.update_xaxes(
        tickmode="linear",
        tick0=first,
        dtick=year_dtick(first, last),
        tickformat="d",
        range=[first - 0.6, last + 0.6],
        **kwargs,
    )


def money_ticks(max_value: float, lang: Lang, per_resident: bool = False) -> tuple[list[float], list[str]]:
    """Round tick values labelled the Polish way ('25 mln zł') rather than '25M'."""
    if not max_value or math.isnan(max_value):
        return [0.0], [format_pln(0, lang)]
    raw = max_value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    values = [step * i for i in range(0, 6) if step * i <= max_value * 1.15 + step]
    fmt = format_pln if per_resident or max_value < 100_000 else format_pln_compact
    return values, [fmt(v, lang) for v in values]


def wrap(text: str, width: int = 80) -> str:
    """Escaped text broken into lines for Plotly, which does not wrap titles itself."""
    return "<br>".join(plain(line) for line in textwrap.wrap(text, width) or [""])


def finish(fig: go.Figure, *, title: str, source_line: str, lang: Lang, height: int = 460) -> go.Figure:
    """Title with the source line under it (so it survives PNG export and never meets the legend),
    separators per language and a legend under the plot that fits a 375 px screen."""
    subtitle = wrap(source_line, 95)
    lines = subtitle.count("<br>") + 1
    fig.update_layout(
        title={
            "text": plain(title),
            "x": 0,
            "xanchor": "left",
            "font": {"size": 17},
            "subtitle": {"text": subtitle, "font": {"size": 11, "color": "#4a4a4a"}},
        },
        separators=separators(lang),
        font={"family": FONT, "size": 13, "color": "#1f1f1f"},
        height=height,
        margin={"l": 10, "r": 10, "t": 64 + 14 * lines, "b": 10},
        legend={
            "orientation": "h",
            "yref": "container",
            "yanchor": "bottom",
            "y": 0,
            "x": 0,
            "font": {"size": 12},
        },
        hoverlabel={"font": {"family": FONT}},
        plot_bgcolor="white",
        paper_bgcolor="white",
    )
    fig.update_yaxes(gridcolor="#e6e6e6", zerolinecolor="#bdbdbd")
    return fig


def add_eras(
    fig: go.Figure,
    eras: Sequence[Era],
    lang: Lang,
    *,
    bounds: Callable[[Era], tuple],
    last_year: int | None = None,
) -> None:
    """Shade each era and label it; labels of overlapping eras are stacked, never drawn over each other,
    and an era running past `last_year` is labelled from its right edge so the label stays inside."""
    levels: list[list[tuple[int, int]]] = []
    for era in eras:
        span = (era.start_year, era.end_year + 3)  # the label runs past the end of a short era
        level = next(
            (i for i, taken in enumerate(levels) if all(span[0] > b or span[1] < a for a, b in taken)),
            len(levels),
        )
        if level == len(levels):
            levels.append([])
        levels[level].append(span)
        x0, x1 = bounds(era)
        label = t("chart.era", lang, start=era.start_year, end=era.end_year)
        if era.disputed:
            label = t("chart.era_disputed", lang, label=label)
        fig.add_vrect(
            x0=x0,
            x1=x1,
            fillcolor=ERA_COLOURS.get(era.status, ERA_COLOURS["confirmed"]),
            layer="below",
            line={"width": 1 if era.disputed else 0, "dash": "dot", "color": "#9e9e9e"},
        )
        clipped = last_year is not None and era.end_year > last_year
        fig.add_annotation(
            x=x1 if clipped else x0,
            xref="x",
            y=1,
            yref="paper",
            xanchor="right" if clipped else "left",
            yanchor="top",
            yshift=-2 - 13 * level,
            text=plain(label),
            showarrow=False,
            font={"size": 10, "color": "#3b3b3b"},
        )


def _gapped(years: Sequence[int], values: Sequence[float]) -> tuple[list, list]:
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
) -> go.Figure:
    """Money facts by year: one trace per (measure, basis), joined only across consecutive years.

    Args:
        values: rows with year, measure, basis, qualifier, value (in the chosen terms) and
            value_missing (why value is empty); from `derived.adjust`.
        missing: years with no figure (year, hover) drawn as open markers on the baseline.
        milestones: events (x as fractional year, label) for a lane under the chart.
    """
    has_lane = milestones is not None and len(milestones) > 0
    fig = (
        make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.84, 0.16], vertical_spacing=0.03)
        if has_lane
        else go.Figure()
    )
    row = {"row": 1, "col": 1} if has_lane else {}
    plotted = values[values["value"].notna()]
    for (measure, basis), group in plotted.groupby(["measure", "basis"], sort=True):
        group = group.sort_values("year")
        xs, ys = _gapped(list(group["year"]), list(group["value"]))
        colour = MEASURE_COLOURS.get(measure, OKABE_ITO[0])
        symbols = [QUALIFIER_SYMBOLS[q] + ("-open" if basis == "planned" else "") for q in group["qualifier"]]
        fmt = format_pln if per_resident else format_pln_compact
        labels = [
            qualified(fmt(v, lang), q, lang) for v, q in zip(group["value"], group["qualifier"], strict=True)
        ]
        hovers = [
            "<br>".join(
                [
                    plain(t(f"measure.{measure}", lang)),
                    f"{int(y)}: {plain(qualified(format_pln(v, lang), q, lang))}",
                    plain(t(f"basis.{basis}", lang)),
                ]
            )
            for y, v, q in zip(group["year"], group["value"], group["qualifier"], strict=True)
        ]
        _, labels = _gapped(list(group["year"]), labels)
        _, hovers = _gapped(list(group["year"]), hovers)
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines+markers+text",
                name=plain(f"{t(f'measure.{measure}', lang)} · {t(f'basis.{basis}', lang)}"),
                line={"color": colour, "width": 2, "dash": "dash" if basis == "planned" else "solid"},
                marker={
                    "size": 13,
                    "symbol": symbols,
                    "color": colour,
                    "line": {"width": 2, "color": colour},
                },
                text=labels,
                textposition="top center",
                textfont={"size": 12, "color": colour},
                hovertext=hovers,
                hoverinfo="text",
                connectgaps=False,
                cliponaxis=False,
            ),
            **row,
        )
    unconvertible = values[values["value"].isna() & values["value_missing"].ne("")]
    if len(unconvertible):
        fig.add_trace(
            go.Scatter(
                x=list(unconvertible["year"]),
                y=[0] * len(unconvertible),
                mode="markers",
                name=plain(t("chart.cannot_convert", lang)),
                marker={"symbol": "x-thin-open", "size": 14, "color": MISSING_COLOUR, "line": {"width": 2}},
                hovertext=[
                    plain(t(f"chart.missing_{r}", lang, year=int(y)))
                    for y, r in zip(unconvertible["year"], unconvertible["value_missing"], strict=True)
                ],
                hoverinfo="text",
            ),
            **row,
        )
    if missing is not None and len(missing):
        fig.add_trace(
            go.Scatter(
                x=list(missing["year"]),
                y=[0] * len(missing),
                mode="markers",
                name=plain(t("chart.no_figure", lang)),
                marker={"symbol": "line-ns-open", "size": 12, "color": MISSING_COLOUR, "line": {"width": 2}},
                hovertext=[plain(h) for h in missing["hover"]],
                hoverinfo="text",
            ),
            **row,
        )
    years = [int(y) for y in values["year"].dropna()] + (
        [int(y) for y in missing["year"]] if missing is not None else []
    )
    first, last = year_range or ((min(years), max(years)) if years else (2000, 2001))
    visible = [e for e in eras if e.end_year >= first and e.start_year <= last]
    add_eras(
        fig,
        visible,
        lang,
        bounds=lambda e: (max(e.start_year, first) - 0.5, min(e.end_year, last) + 0.5),
        last_year=last,
    )
    if has_lane:
        assert milestones is not None
        shown = milestones[(milestones["x"] >= first - 0.5) & (milestones["x"] <= last + 0.5)]
        fig.add_trace(
            go.Scatter(
                x=list(shown["x"]),
                y=[0] * len(shown),
                mode="markers",
                name=plain(t("chart.milestones", lang)),
                marker={"symbol": "triangle-up", "size": 11, "color": "#3b3b3b"},
                hovertext=[plain(label) for label in shown["label"]],
                hoverinfo="text",
            ),
            row=2,
            col=1,
        )
        fig.update_yaxes(visible=False, range=[-1, 1], fixedrange=True, row=2, col=1)
    max_value = plotted["value"].max() if len(plotted) else 0
    tickvals, ticktext = money_ticks(float(max_value or 0), lang, per_resident)
    fig.update_yaxes(
        title_text=plain(y_title),
        tickvals=tickvals,
        ticktext=ticktext,
        rangemode="tozero",
        range=[-(tickvals[-1] or 1) * 0.04, (tickvals[-1] or 1) * 1.12],
        **row,
    )
    apply_year_axis(fig, first, last)
    fig.update_xaxes(
        title_text=plain(t("chart.year", lang)), row=2 if has_lane else None, col=1 if has_lane else None
    )
    return finish(fig, title=title, source_line=source_line, lang=lang, height=520)


def build_calls_by_year_figure(
    calls: pd.DataFrame,
    lang: Lang,
    *,
    title: str,
    source_line: str,
    year_range: tuple[int, int] | None = None,
) -> go.Figure:
    """Stacked bars: planned money of the collected calls by year and area, with call counts on top.

    Only rows with an amount for that year; multi-year totals without a split are left out here.
    """
    rows = calls[calls["amount_pln"].notna() & calls["year"].notna()]
    fig = go.Figure()
    if len(rows):
        sums = rows.groupby(["year", "area"], observed=True)["amount_pln"].agg(["sum", "count"]).reset_index()
        for index, area in enumerate(a for a in AREA_COLOURS if a in set(sums["area"])):
            part = sums[sums["area"] == area]
            label = t(f"area.{area}", lang)
            fig.add_trace(
                go.Bar(
                    x=list(part["year"].astype(int)),
                    y=list(part["sum"]),
                    name=plain(label),
                    marker={
                        "color": AREA_COLOURS[area],
                        "pattern": {
                            "shape": AREA_PATTERNS[index % len(AREA_PATTERNS)],
                            "fgcolor": "white",
                            "solidity": 0.25,
                            "fillmode": "overlay",
                        },
                    },
                    hovertext=[
                        plain(
                            f"{label}, {int(y)}: {format_pln(s, lang)} ({t('chart.calls_count', lang, count=int(c))})"
                        )
                        for y, s, c in zip(part["year"], part["sum"], part["count"], strict=True)
                    ],
                    hoverinfo="text",
                )
            )
        totals = rows.groupby("year")["amount_pln"].agg(["sum", "count"])
        fig.add_trace(
            go.Scatter(
                x=[int(y) for y in totals.index],
                y=list(totals["sum"]),
                mode="text",
                text=[t("chart.calls_count", lang, count=int(c)) for c in totals["count"]],
                textposition="top center",
                showlegend=False,
                hoverinfo="skip",
                cliponaxis=False,
            )
        )
        tickvals, ticktext = money_ticks(float(totals["sum"].max()), lang)
        fig.update_yaxes(tickvals=tickvals, ticktext=ticktext, range=[0, tickvals[-1] * 1.12])
        first, last = year_range or (int(rows["year"].min()), int(rows["year"].max()))
        apply_year_axis(fig, first, last)
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title_text=plain(t("chart.planned_pln", lang)))
    fig.update_xaxes(title_text=plain(t("chart.year", lang)))
    return finish(fig, title=title, source_line=source_line, lang=lang, height=520)


def largest_calls_frame(calls: pd.DataFrame, limit: int = 10) -> pd.DataFrame:
    """One row per call with a stated total, largest first (the chart's rows, also its table)."""
    per_call = calls[calls["total_pln"].notna()].drop_duplicates("call_id")
    return per_call.nlargest(limit, "total_pln")


def build_largest_calls_figure(
    calls: pd.DataFrame, lang: Lang, *, title: str, source_line: str, limit: int = 10
) -> go.Figure:
    """Largest calls by the total the notice states (one bar per call; totals are never computed)."""
    top = largest_calls_frame(calls, limit).iloc[::-1]
    labels = [plain(label) for label in short_labels(list(top["title"]), 56)]
    fig = go.Figure(
        go.Bar(
            x=list(top["total_pln"]),
            y=labels,
            orientation="h",
            marker={"color": [AREA_COLOURS.get(a, "#777777") for a in top["area"]]},
            text=[
                qualified(format_pln_compact(v, lang), q, lang)
                for v, q in zip(top["total_pln"], top["total_qualifier"], strict=True)
            ],
            textposition="auto",
            hovertext=[
                plain(f"{title_}<br>{qualified(format_pln(v, lang), q, lang)}")
                for title_, v, q in zip(top["title"], top["total_pln"], top["total_qualifier"], strict=True)
            ],
            hoverinfo="text",
        )
    )
    if len(top):
        tickvals, ticktext = money_ticks(float(top["total_pln"].max()), lang)
        fig.update_xaxes(tickvals=tickvals, ticktext=ticktext, title_text=plain(t("chart.total_pln", lang)))
    fig.update_yaxes(automargin=True, tickfont={"size": 11})
    return finish(fig, title=title, source_line=source_line, lang=lang, height=120 + 36 * max(len(top), 1))


def _shorten(text: str, limit: int, tail: int) -> str:
    """Cut the middle, not the end: calls often differ only in their last words ('Obszar I', 'Obszar II').
    The kept tail starts one whole word before where `tail` would cut."""
    if len(text) <= limit:
        return text
    start = text.rfind(" ", 0, len(text) - tail)
    start = text.rfind(" ", 0, start) if start > 0 else start
    ending = text[start + 1 :] if start > 0 else text[-tail:]
    return text[: max(limit - len(ending) - 1, 12)].rstrip() + "…" + ending


def short_labels(titles: list[str], limit: int) -> list[str]:
    """Shortened titles that stay distinct: the kept tail grows until no two labels are the same."""
    for tail in range(limit * 2 // 5, max(len(title) for title in titles) + 1 if titles else 1):
        labels = [_shorten(title, max(limit, tail + 13), tail) for title in titles]
        if len(set(labels)) == len(set(titles)):
            return labels
    return titles
