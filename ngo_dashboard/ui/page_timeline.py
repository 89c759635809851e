"""Oś czasu / Timeline: events year by year, grouped by programme period; ?event=<id> opens one."""

import streamlit as st

from ngo_dashboard.eras import programme_eras
from ngo_dashboard.event_cards import event_markdown
from ngo_dashboard.i18n import DEFAULT_LANG, t
from ngo_dashboard.summary import timeline_summary
from ngo_dashboard.tables import events_table
from ngo_dashboard.text import md_code, md_escape
from ngo_dashboard.timeline import CATEGORY_ORDER, filter_events
from ngo_dashboard.timeline_list import (
    LIST_BATCH,
    ORDERS,
    batch_size,
    list_content,
    ordered_events,
    periods,
    year_anchor,
    year_navigation,
)
from ngo_dashboard.ui import keys, urlstate, views
from ngo_dashboard.ui.blocks import data_table, fold, source_footer
from ngo_dashboard.ui.chart import render_chart
from ngo_dashboard.ui.data_cache import dataset
from ngo_dashboard.ui.downloads import download_csv
from ngo_dashboard.ui.event_list import render_event_list
from ngo_dashboard.ui.filters import filter_panel
from ngo_dashboard.ui.language import current_lang

CHART_MIN_WIDTH_PX = 640  # the lanes chart is drawn from this width of the page's column up


def _clicked_event(customdata: object) -> str | None:
    """The event a click on a marker names. The value comes from the browser: only a known id counts."""
    event_id = customdata[0] if isinstance(customdata, list) and customdata else customdata
    return event_id if isinstance(event_id, str) and event_id in set(events["event_id"]) else None


def _link(event_id: str) -> str:
    """The event's own address; a link in Polish carries no ?lang=."""
    return urlstate.link_to({keys.EVENT: event_id, keys.LANG: None if lang == DEFAULT_LANG else lang})


lang = current_lang()
data = dataset()
events = data.frame("events")
st.title(t("timeline.title", lang))
if events.empty:
    st.info(t("timeline.empty", lang))
    st.stop()

# An event opened by its link comes first, so that it is on the first screen of a phone.
event_param = urlstate.optional_choice(keys.EVENT, list(events["event_id"]))
event_param.seed()
opened = st.session_state.get(keys.EVENT)
opened_row = events[events["event_id"] == opened]
if len(opened_row):
    row = opened_row.iloc[0]
    with st.container(border=True, key=keys.EVENT_DETAIL):
        st.caption(t("timeline.opened", lang))
        st.markdown(event_markdown(views.timeline_cards(data, lang)[opened], lang, heading="##"))
        st.caption(t("timeline.share", lang))
        st.markdown(md_code(_link(opened)))
        st.markdown(
            f"[{md_escape(t('timeline.in_list', lang, year=row['year']))}](#{year_anchor(row['year'])})"
        )
        # NOTE: the button's value, not an on_click callback: after a failover the new replica's
        # session runs no callback of a widget it has not drawn yet, so a first click would be lost.
        if st.button(t("timeline.close", lang), key=keys.EVENT_CLOSE, icon=":material/close:"):
            st.session_state[keys.EVENT] = None
            st.rerun()
event_param.mirror(opened if len(opened_row) else None)

st.markdown(md_escape(t("timeline.lead", lang, place=data.meta.place(lang))))
present_categories = set(events["category"].unique())
categories = [c for c in CATEGORY_ORDER if c in present_categories]
query, chosen, years = filter_panel(
    lang,
    search=(keys.TIMELINE_QUERY, "timeline.search", "timeline.search_placeholder"),
    choices=(keys.TIMELINE_CATEGORIES, "timeline.categories", categories, "category"),
    years=(keys.TIMELINE_YEARS, int(events["year"].min()), int(events["year"].max())),
    button_key=keys.TIMELINE_FILTERS,
)
shown = filter_events(events, categories=chosen, years=years, query=query, index=views.timeline_index(data))
st.markdown(md_escape(timeline_summary(shown, len(events), lang)))
if len(shown):
    clicked = render_chart(
        views.timeline_figure(data, tuple(shown["event_id"]), opened, lang),
        key=keys.TIMELINE_CHART,
        alt=t("timeline.alt", lang),
        lang=lang,
        clickable=True,
        # NOTE: on a phone, eight lanes over thirty years leave ~20 px a lane and clusters of
        # markers; the list's year strip below is the overview there (issue #12).
        narrow=(CHART_MIN_WIDTH_PX, t("timeline.chart_narrow", lang)),
    )
    event_id = _clicked_event(clicked)
    if event_id and event_id != opened:  # open it: its card goes under the title, its mark in the list
        st.session_state[keys.EVENT] = event_id
        st.rerun()

st.header(t("timeline.list", lang))
order = urlstate.bound(
    urlstate.choice(keys.TIMELINE_ORDER, ORDERS, "oldest"),
    st.segmented_control,
    t("timeline.order", lang),
    ORDERS,
    format_func=lambda o: t(f"timeline.order_{o}", lang),
    required=True,
)
ordered = ordered_events(shown, order or "oldest")
position = list(ordered["event_id"]).index(opened) if opened in set(ordered["event_id"]) else None
drawn = batch_size(len(ordered), st.session_state.get(keys.TIMELINE_SHOWN, LIST_BATCH), position)
visible = ordered.head(drawn)
groups = periods(visible["year"], programme_eras(data.frame("programmes")), order or "oldest")
with st.container(key=keys.TIMELINE_YEAR_NAV):
    st.markdown(f"**{md_escape(t('timeline.years_nav', lang))}**")
    st.markdown(year_navigation(groups, visible["year"].value_counts().to_dict(), lang))
    if drawn < len(ordered):
        st.caption(t("timeline.more_below", lang, shown=drawn, total=len(ordered)))
if len(visible):
    render_event_list(
        list_content(groups, visible, views.timeline_cards(data, lang), opened=opened, link=_link, lang=lang),
        key=keys.TIMELINE_LIST,
    )
if drawn < len(ordered) and st.button(
    t("timeline.show_more", lang, count=min(LIST_BATCH, len(ordered) - drawn)), key=keys.TIMELINE_MORE
):
    st.session_state[keys.TIMELINE_SHOWN] = drawn + LIST_BATCH  # the button's value, as Close above
    st.rerun()

download_csv(
    shown.drop(columns=["date_start", "date_end"]),
    data,
    lang,
    file_name=f"{data.meta.name}-events.csv",
    key=keys.TIMELINE_CSV,
)
# The table on request, in a fold that draws it only once opened: drawn at load, the data grid cost
# 206 KiB and a 0.2 s long task on a phone, for a view most readers never open.
with fold(t("timeline.table", lang), key=keys.TIMELINE_TABLE) as is_open:
    if is_open:
        data_table(shown, lambda rows: events_table(rows, lang), lang)
source_footer(shown["source_id"], data, lang, key=keys.TIMELINE_SOURCES)
