"""Konkursy / Competitions: the city's calls by year and area, largest calls, prior funding, search."""

import pandas as pd
import streamlit as st

from ngo_dashboard.charts import build_calls_by_year_figure, build_largest_calls_figure, largest_calls_frame
from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.models import Area
from ngo_dashboard.provenance import cite
from ngo_dashboard.summary import calls_summary
from ngo_dashboard.tables import calls_table, prior_table, with_provenance
from ngo_dashboard.text import fold, md_escape, searchable
from ngo_dashboard.ui import common, urlstate

SORTS = ("amount", "year", "title")


@st.cache_data(show_spinner=False, max_entries=4)
def _search_index(folder: str, fingerprint: tuple) -> pd.Series:
    calls = common.dataset().frame("competitions")
    return (calls["title"] + " " + calls["department"] + " " + calls["call_id"]).map(searchable)


@st.cache_data(show_spinner=False, max_entries=64)
def _view(
    folder: str,
    fingerprint: tuple,
    areas: tuple[str, ...],
    years: tuple[int, int],
    query: str,
    sort: str,
    lang: Lang,
):
    data = common.dataset()
    calls = data.frame("competitions")
    mask = calls["area"].isin(areas) & (calls["year"].between(*years) | calls["year"].isna())
    for word in fold(query).split():
        mask &= _search_index(folder, fingerprint).str.contains(word, regex=False)
    shown = calls[mask]
    order = {
        "amount": (["amount_pln", "total_pln"], False),
        "year": (["year", "title"], True),
        "title": (["title", "year"], True),
    }[sort]
    shown = shown.sort_values(order[0], ascending=order[1], na_position="last")
    source_line = cite(shown["source_id"], data, lang)
    place = data.meta.place(lang)
    by_year = build_calls_by_year_figure(
        shown,
        lang,
        title=t("calls.by_year_title", lang, place=place),
        source_line=source_line,
        year_range=years,
    )
    largest = build_largest_calls_figure(
        shown, lang, title=t("calls.largest_title", lang), source_line=source_line
    )
    return shown, by_year, largest


lang = common.lang()
data = common.dataset()
calls = data.frame("competitions")
st.title(t("calls.title", lang))
st.markdown(md_escape(t("calls.lead", lang)))
if calls.empty:
    st.info(t("calls.empty", lang))
    st.stop()

areas = [a for a in Area.__args__ if a in set(calls["area"])]  # type: ignore[attr-defined]
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

shown, by_year, largest = _view(
    *common.data_key(), tuple(chosen), (int(years[0]), int(years[1])), query or "", "amount", lang
)
common.bullets(calls_summary(shown, lang))
st.warning(t("calls.caveat", lang), icon=":material/info:")

st.subheader(t("calls.by_year", lang))
common.chart_or_table(
    by_year,
    calls_table(shown, lang),
    key="calls",
    alt=t("calls.by_year_alt", lang),
    current=lang,
    download=with_provenance(shown, data),
    file_name=f"{data.meta.name}-competitions.csv",
)

st.subheader(t("calls.largest", lang))
largest_calls = largest_calls_frame(shown)
common.chart_or_table(
    largest,
    calls_table(largest_calls, lang),
    key="largest",
    alt=t("calls.largest_alt", lang),
    current=lang,
    download=with_provenance(largest_calls, data),
    file_name=f"{data.meta.name}-largest-calls.csv",
)

no_split = shown[shown["yearly_split"] == "none"]
if len(no_split):
    st.subheader(t("calls.no_split", lang))
    st.caption(t("calls.no_split_help", lang))
    st.dataframe(calls_table(no_split, lang), hide_index=True, width="stretch")

prior = prior_table(shown, lang)
if len(prior):
    st.subheader(t("calls.prior", lang))
    st.caption(t("calls.prior_help", lang))
    st.dataframe(prior, hide_index=True, width="stretch")

st.subheader(t("calls.all", lang))
sort = urlstate.bound(
    urlstate.choice("sort", SORTS, "amount"),
    st.selectbox,
    t("calls.sort", lang),
    SORTS,
    format_func=lambda s: t(f"calls.sort_{s}", lang),
)
table_rows, _, _ = _view(
    *common.data_key(), tuple(chosen), (int(years[0]), int(years[1])), query or "", sort or "amount", lang
)
st.dataframe(calls_table(table_rows, lang), hide_index=True, width="stretch")
common.source_footer(shown["source_id"], data, lang, key="calls")
