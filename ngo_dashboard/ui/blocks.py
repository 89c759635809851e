"""Blocks every page shows the same way: chart ⇄ table, escaped tables, lists of sentences, the
source footer. Text from data goes through `md_escape` only; `unsafe_allow_html` is never used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ngo_dashboard.charts import PHONE_CHART_PX
from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, format_number, t
from ngo_dashboard.money_view import MoneyView, money_table_formatter
from ngo_dashboard.provenance import cite, describe_source, unique_ids
from ngo_dashboard.text import md_escape, md_link
from ngo_dashboard.ui import urlstate
from ngo_dashboard.ui.chart import render_chart
from ngo_dashboard.ui.downloads import download_csv
from ngo_dashboard.ui.keys import ViewKeys

MAX_TABLE_ROWS = 1000  # more rows make the page slow to send; the download has every row
SHORT_TABLE_ROWS = 40
# Columns a plain table may have: up to this many fit a 375 px phone, their words wrapping
# (ui/static/app.css). A wider table goes to the data grid, which scrolls and takes the keyboard.
STATIC_TABLE_COLUMNS = 6
MAX_LISTED = 300  # sources listed under a view; the Data & sources page lists them all
VIEWS = ["chart", "table"]


def chart_or_table(
    fig: go.Figure,
    rows: pd.DataFrame,
    formatter: Callable[[pd.DataFrame], pd.DataFrame] | None,
    data: Dataset,
    lang: Lang,
    *,
    keys: ViewKeys,
    alt: str,
    file_name: str,
    table: str | None = None,
) -> None:
    """One view as a chart or as a table (bound to the URL), with the CSV of its rows underneath.
    Below PHONE_CHART_PX the chart is drawn for a phone (ui/chart.py, `phone_below_px`)."""
    view = urlstate.bound(
        urlstate.choice(keys.view, VIEWS, "chart"),
        st.segmented_control,
        t("view.label", lang),
        options=VIEWS,
        format_func=lambda v: t(f"view.{v}", lang),
        required=True,
    )
    if view == "table":
        data_table(rows, formatter, lang)
    else:
        render_chart(fig, key=keys.chart, alt=alt, lang=lang, phone_below_px=PHONE_CHART_PX)
    download_csv(rows, data, lang, file_name=file_name, key=keys.csv, table=table)


def _cell(value: object) -> str:
    return "" if pd.isna(value) else md_escape(str(value))  # type: ignore[arg-type]


def static_table(frame: pd.DataFrame) -> None:
    """st.table with every cell, header and index label escaped: st.table renders Markdown in cells,
    and text from data must show as text."""
    shown = frame.map(_cell)
    shown.columns = [_cell(c) for c in shown.columns]
    shown.index = pd.Index(
        [_cell(i) for i in shown.index], name=_cell(frame.index.name) if frame.index.name else None
    )
    st.table(shown)


def data_table(
    rows: pd.DataFrame,
    formatter: Callable[[pd.DataFrame], pd.DataFrame] | None,
    lang: Lang,
    **kwargs: object,
) -> None:
    """A table of at most MAX_TABLE_ROWS rows, formatted only for what is shown; the CSV has them all.

    Short, narrow tables are plain HTML tables (st.table): real <table> markup for screen readers,
    and no data-grid script to load (measured: ~0.45 s of page load on this machine).
    """
    head = rows.head(MAX_TABLE_ROWS)
    shown = formatter(head) if formatter else head
    if len(shown) <= SHORT_TABLE_ROWS and len(shown.columns) <= STATIC_TABLE_COLUMNS and not kwargs:
        static_table(shown.set_index(shown.columns[0]) if len(shown.columns) > 1 else shown)
        return
    st.dataframe(shown, hide_index=True, width="stretch", **kwargs)
    if len(rows) > MAX_TABLE_ROWS:
        st.caption(
            t(
                "table.truncated",
                lang,
                shown=format_number(MAX_TABLE_ROWS, lang),
                total=format_number(len(rows), lang),
            )
        )


def bullets(sentences: Iterable[str]) -> None:
    """Generated sentences (which quote data) as a list, each shown as text."""
    st.markdown("\n".join(f"- {md_escape(s)}" for s in sentences))


@contextmanager
def fold(label: str, *, key: str) -> Iterator[bool]:
    """An expander whose content is drawn only while it is open: yields whether it is.

    A closed st.expander still renders all of its content in the browser. A list of a view's
    sources is read by few, and on a phone rendering it cost Competitions half of its blocking
    time (Lighthouse, same run: 232 -> 117 ms). Opening the fold reruns the page to draw it.
    Tables on request are folds too: a toggle in their place loaded its own code on every page
    load (desktop, same run: Competitions 1.84x -> 1.80x the bare page, Timeline 1.81x -> 1.77x).
    """
    with st.expander(label, key=key, on_change="rerun") as box:
        yield bool(box.open)


def source_footer(source_ids: Iterable[str], data: Dataset, lang: Lang, *, key: str) -> None:
    """The source line of a view and, folded, every source it uses with its link."""
    ids = unique_ids(source_ids)
    st.caption(md_escape(cite(ids, data, lang)))
    if not ids:
        return
    with fold(t("sources.expander", lang, count=len(ids)), key=key) as is_open:
        if is_open:
            links = [
                md_link(describe_source(data.source(i), lang), data.source(i).url) for i in ids[:MAX_LISTED]
            ]
            st.markdown("\n".join(f"- {link}" for link in links))
            if len(ids) > MAX_LISTED:
                st.caption(t("sources.more", lang, count=len(ids) - MAX_LISTED))


def money_view_block(
    view: MoneyView, data: Dataset, lang: Lang, *, keys: ViewKeys, sources_key: str, years: tuple[int, int]
) -> None:
    """The money view as the Overview and Money pages show it: summary, chart ⇄ table, sources."""
    bullets(view.summary)
    chart_or_table(
        view.figure,
        view.rows,
        money_table_formatter(view, data, lang),
        data,
        lang,
        keys=keys,
        alt=view.alt,
        file_name=f"{data.meta.name}-money-{years[0]}-{years[1]}.csv",
    )
    source_footer(view.source_ids, data, lang, key=sources_key)
