"""Konkursy / Competitions: the city's competitions by year and area, largest, prior funding, search."""

from typing import get_args

import streamlit as st

from ngo_dashboard.competitions import SORTS, sort_competitions
from ngo_dashboard.i18n import t
from ngo_dashboard.models import Area
from ngo_dashboard.tables import competitions_table
from ngo_dashboard.text import md_escape
from ngo_dashboard.ui import keys, urlstate, views
from ngo_dashboard.ui.blocks import bullets, chart_or_table, data_table, fold, source_footer
from ngo_dashboard.ui.data_cache import dataset
from ngo_dashboard.ui.downloads import download_csv
from ngo_dashboard.ui.filters import filter_panel
from ngo_dashboard.ui.language import current_lang

lang = current_lang()
data = dataset()
competitions = data.frame("competitions")
st.title(t("competitions.title", lang))
st.markdown(md_escape(t("competitions.lead", lang)))
if competitions.empty:
    st.info(t("competitions.empty", lang))
    st.stop()

present_areas = set(competitions["area"].unique())
areas = [a for a in get_args(Area) if a in present_areas]
years_known = competitions["year"].dropna()
query, chosen, years = filter_panel(
    lang,
    search=(keys.COMPETITIONS_QUERY, "competitions.search", "competitions.search_placeholder"),
    choices=(keys.COMPETITIONS_AREAS, "competitions.areas", areas, "area"),
    years=(keys.COMPETITIONS_YEARS, int(years_known.min()), int(years_known.max())),
    button_key=keys.COMPETITIONS_FILTERS,
)
view = views.competitions(data, chosen, years, query, lang)
shown = view.shown


def as_table(rows):
    return competitions_table(rows, lang)


bullets(view.summary)
st.warning(t("competitions.caveat", lang), icon=":material/info:")

st.header(t("competitions.by_year", lang))
chart_or_table(
    view.by_year,
    shown,
    as_table,
    data,
    lang,
    keys=keys.COMPETITIONS,
    alt=t("competitions.by_year_alt", lang),
    file_name=f"{data.meta.name}-competitions.csv",
    table="competitions",
)

st.header(t("competitions.largest", lang))
st.caption(t("competitions.largest_help", lang))
st.markdown("\n".join(view.largest))
download_csv(
    view.largest_rows,
    data,
    lang,
    file_name=f"{data.meta.name}-largest-calls.csv",
    key=keys.LARGEST_CSV,
    table="competitions",
)


def _capped_list(heading: str, help_text: str, items: tuple[str, ...], total: int) -> None:
    """A headed list of Markdown items: the first of `total`, and a line saying where the rest are."""
    if not items:
        return
    st.header(heading)
    st.caption(help_text)
    st.markdown("\n".join(items))
    if total > len(items):
        st.caption(t("competitions.list_more", lang, count=total - len(items)))


_capped_list(
    t("competitions.no_split", lang),
    t("competitions.no_split_help", lang),
    view.no_split,
    view.no_split_count,
)
_capped_list(t("competitions.prior", lang), t("competitions.prior_help", lang), view.prior, view.prior_count)

st.header(t("competitions.all", lang))
# On request: the data grid is the heaviest thing this page could load on a phone (Lighthouse mobile:
# its code and Arrow's are ~1.5 MB raw), and the CSV under the chart holds the same rows.
with fold(t("competitions.all_show", lang, count=len(shown)), key=keys.COMPETITIONS_ALL) as is_open:
    if is_open:
        sort = urlstate.bound(
            urlstate.choice(keys.COMPETITIONS_SORT, SORTS, "amount"),
            st.selectbox,
            t("competitions.sort", lang),
            SORTS,
            format_func=lambda s: t(f"competitions.sort_{s}", lang),
        )
        ordered = shown if sort in (None, "amount") else sort_competitions(shown, sort)
        data_table(ordered, as_table, lang)
    else:
        urlstate.drop(keys.COMPETITIONS_SORT)
source_footer(view.source_ids, data, lang, key=keys.COMPETITIONS_SOURCES)
