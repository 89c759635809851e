"""Konkursy / Competitions: the city's calls by year and area, largest calls, prior funding, search."""

import pandas as pd
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


@st.cache_resource(show_spinner=False, max_entries=4)
def _search_index(folder: str, fingerprint: tuple) -> pd.Series:
    return search_index(common.dataset().frame("competitions"))


def _filtered(areas: tuple[str, ...], years: tuple[int, int], query: str) -> pd.DataFrame:
    key = common.data_key()
    calls = common.dataset().frame("competitions")
    return filter_calls(calls, areas=areas, years=years, query=query, index=_search_index(*key))


@st.cache_data(show_spinner=False, max_entries=64)
def _figures(
    folder: str, fingerprint: tuple, areas: tuple[str, ...], years: tuple[int, int], query: str, lang: Lang
):
    """The two figures of a filter state (small to cache; the rows themselves are re-filtered)."""
    data = common.dataset()
    shown = _filtered(areas, years, query)
    source_line = cite([*unique_ids(shown["source_id"]), *unique_ids(shown["source_id_2"])], data, lang)
    by_year = build_calls_by_year_figure(
        shown,
        lang,
        title=t("calls.by_year_title", lang, place=data.meta.place(lang)),
        source_line=source_line,
        year_range=years,
    )
    largest = build_largest_calls_figure(
        shown, lang, title=t("calls.largest_title", lang), source_line=source_line
    )
    return by_year, largest


lang = common.lang()
data = common.dataset()
calls = data.frame("competitions")
st.title(t("calls.title", lang))
st.markdown(md_escape(t("calls.lead", lang)))
if calls.empty:
    st.info(t("calls.empty", lang))
    st.stop()

present_areas = set(calls["area"].unique())
areas = [a for a in Area.__args__ if a in present_areas]  # type: ignore[attr-defined]
years_known = calls["year"].dropna()
first, last = int(years_known.min()), int(years_known.max())
if first == last:
    last += 1
with st.container(border=True):
    query = urlstate.bound(
        urlstate.text("c_q"),
        st.text_input,
        t("calls.search", lang),
        icon=":material/search:",
        placeholder=t("calls.search_placeholder", lang),
        max_chars=urlstate.MAX_PARAM_LENGTH,
    )
    left, right = st.columns([3, 2])
    with left:
        chosen = urlstate.bound(
            urlstate.choices("areas", areas, areas),
            st.multiselect,
            t("calls.areas", lang),
            areas,
            format_func=lambda a: t(f"area.{a}", lang),
        )
    with right:
        years = urlstate.bound(
            urlstate.year_range("c_years", first, last), st.slider, t("filter.years", lang), first, last
        )

filters = (tuple(chosen), (int(years[0]), int(years[1])), query or "")
shown = sort_calls(_filtered(*filters), "amount")
by_year, largest = _figures(*common.data_key(), *filters, lang)
common.bullets(calls_summary(shown, lang))
st.warning(t("calls.caveat", lang), icon=":material/info:")

st.header(t("calls.by_year", lang))
common.chart_or_table(
    by_year,
    shown,
    lambda rows: calls_table(rows, lang),
    key="calls",
    alt=t("calls.by_year_alt", lang),
    current=lang,
    file_name=f"{data.meta.name}-competitions.csv",
)

st.header(t("calls.largest", lang))
largest_calls = largest_calls_frame(shown)
common.chart_or_table(
    largest,
    largest_calls,
    lambda rows: calls_table(rows, lang),
    key="largest",
    alt=t("calls.largest_alt", lang),
    current=lang,
    file_name=f"{data.meta.name}-largest-calls.csv",
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
common.data_table(sort_calls(shown, sort or "amount"), lambda rows: calls_table(rows, lang), lang)
common.source_footer(
    [*unique_ids(shown["source_id"]), *unique_ids(shown["source_id_2"])], data, lang, key="calls"
)
