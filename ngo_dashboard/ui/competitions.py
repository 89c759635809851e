"""Konkursy / Competitions: the city's calls by year and area, largest calls, prior funding, search."""

from dataclasses import dataclass
from typing import get_args

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ngo_dashboard.calls import SORTS, filter_calls, search_index, sort_calls
from ngo_dashboard.charts import build_calls_by_year_figure, build_largest_calls_figure, largest_calls_frame
from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.models import Area
from ngo_dashboard.provenance import cite, unique_ids
from ngo_dashboard.summary import calls_summary
from ngo_dashboard.tables import calls_table, prior_table
from ngo_dashboard.text import md_escape
from ngo_dashboard.ui import common, urlstate

# Columns the views need; the long quotes and notes stay out of every per-view copy (they come back
# in the CSV, which takes full rows of the data by index).
WORKING_COLUMNS = [
    "call_id",
    "year",
    "title",
    "department",
    "area",
    "form",
    "basis",
    "qualifier",
    "amount_pln",
    "total_pln",
    "total_qualifier",
    "yearly_split",
    "prior_year",
    "prior_amount_pln",
    "prior_kind",
    "source_id",
    "source_id_2",
]


@dataclass(frozen=True)
class CallsView:
    """Everything a filter state shows. Cached as a shared resource and only ever read."""

    shown: pd.DataFrame  # working columns, largest amount first
    by_year: go.Figure
    largest: go.Figure
    largest_rows: pd.DataFrame
    summary: tuple[str, ...]
    source_ids: tuple[str, ...]


@st.cache_resource(show_spinner=False, max_entries=4)
def _working(folder: str, fingerprint: tuple) -> tuple[pd.DataFrame, pd.Series]:
    calls = common.dataset().frame("competitions")
    return calls[WORKING_COLUMNS], search_index(calls)


@st.cache_resource(show_spinner=False, max_entries=8)
def _view(
    folder: str, fingerprint: tuple, areas: tuple[str, ...], years: tuple[int, int], query: str, lang: Lang
) -> CallsView:
    data = common.dataset()
    calls, index = _working(folder, fingerprint)
    shown = sort_calls(filter_calls(calls, areas=areas, years=years, query=query, index=index), "amount")
    source_ids = tuple([*unique_ids(shown["source_id"]), *unique_ids(shown["source_id_2"])])
    source_line = cite(source_ids, data, lang)
    return CallsView(
        shown=shown,
        by_year=build_calls_by_year_figure(
            shown,
            lang,
            title=t("calls.by_year_title", lang, place=data.meta.place(lang)),
            source_line=source_line,
            year_range=years,
        ),
        largest=build_largest_calls_figure(
            shown, lang, title=t("calls.largest_title", lang), source_line=source_line
        ),
        largest_rows=largest_calls_frame(shown),
        summary=tuple(calls_summary(shown, lang)),
        source_ids=source_ids,
    )


lang = common.lang()
data = common.dataset()
calls = data.frame("competitions")
st.title(t("calls.title", lang))
st.markdown(md_escape(t("calls.lead", lang)))
if calls.empty:
    st.info(t("calls.empty", lang))
    st.stop()

present_areas = set(calls["area"].unique())
areas = [a for a in get_args(Area) if a in present_areas]
years_known = calls["year"].dropna()
query, chosen, years = common.filter_panel(
    lang,
    search=("c_q", "calls.search", "calls.search_placeholder"),
    choices=("areas", "calls.areas", areas, "area"),
    years=("c_years", int(years_known.min()), int(years_known.max())),
)
view = _view(*common.data_key(), chosen, years, query, lang)
shown = view.shown
common.bullets(view.summary)
st.warning(t("calls.caveat", lang), icon=":material/info:")

st.header(t("calls.by_year", lang))
common.chart_or_table(
    view.by_year,
    shown,
    lambda rows: calls_table(rows, lang),
    key="calls",
    alt=t("calls.by_year_alt", lang),
    current=lang,
    file_name=f"{data.meta.name}-competitions.csv",
    table="competitions",
)

st.header(t("calls.largest", lang))
common.chart_or_table(
    view.largest,
    view.largest_rows,
    lambda rows: calls_table(rows, lang),
    key="largest",
    alt=t("calls.largest_alt", lang),
    current=lang,
    file_name=f"{data.meta.name}-largest-calls.csv",
    table="competitions",
)

no_split = shown[shown["yearly_split"] == "none"]
if len(no_split):
    st.header(t("calls.no_split", lang))
    st.caption(t("calls.no_split_help", lang))
    common.data_table(no_split, lambda rows: calls_table(rows, lang), lang)

prior = shown[shown["prior_amount_pln"].notna()].drop_duplicates("call_id")
if len(prior):
    st.header(t("calls.prior", lang))
    st.caption(t("calls.prior_help", lang))
    common.data_table(prior, lambda rows: prior_table(rows, lang), lang)

st.header(t("calls.all", lang))
sort = urlstate.bound(
    urlstate.choice("sort", SORTS, "amount"),
    st.selectbox,
    t("calls.sort", lang),
    SORTS,
    format_func=lambda s: t(f"calls.sort_{s}", lang),
)
ordered = shown if sort in (None, "amount") else sort_calls(shown, sort)
common.data_table(ordered, lambda rows: calls_table(rows, lang), lang)
common.source_footer(view.source_ids, data, lang, key="calls")
