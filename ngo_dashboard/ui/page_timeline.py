"""Oś czasu / Timeline: lanes by category, filters, diacritics-insensitive search, ?event=<id>."""

import streamlit as st

from ngo_dashboard.event_cards import event_markdown
from ngo_dashboard.i18n import DEFAULT_LANG, t
from ngo_dashboard.summary import timeline_summary
from ngo_dashboard.tables import events_table
from ngo_dashboard.text import md_escape
from ngo_dashboard.timeline import CATEGORY_ORDER, LIST_PAGE_SIZE, filter_events, list_pages
from ngo_dashboard.ui import keys, urlstate, views
from ngo_dashboard.ui.blocks import PLOTLY_CONFIG, data_table, source_footer
from ngo_dashboard.ui.data_cache import dataset
from ngo_dashboard.ui.downloads import download_csv
from ngo_dashboard.ui.filters import filter_panel
from ngo_dashboard.ui.language import current_lang


def _select_from_chart() -> None:
    """A click on a marker selects that event (and so updates ?event= through the bound widget)."""
    points = st.session_state[keys.TIMELINE_CHART].selection.points
    ids = [p.get("customdata") for p in points if p.get("customdata")]
    if ids:
        st.session_state[keys.EVENT] = ids[0] if isinstance(ids[0], str) else ids[0][0]


lang = current_lang()
data = dataset()
events = data.frame("events")
st.title(t("timeline.title", lang))
st.markdown(md_escape(t("timeline.lead", lang, place=data.meta.place(lang))))
if events.empty:
    st.info(t("timeline.empty", lang))
    st.stop()

present_categories = set(events["category"].unique())
categories = [c for c in CATEGORY_ORDER if c in present_categories]
query, chosen, years = filter_panel(
    lang,
    search=(keys.TIMELINE_QUERY, "timeline.search", "timeline.search_placeholder"),
    choices=(keys.TIMELINE_CATEGORIES, "timeline.categories", categories, "category"),
    years=(keys.TIMELINE_YEARS, int(events["year"].min()), int(events["year"].max())),
)

shown = filter_events(events, categories=chosen, years=years, query=query, index=views.timeline_index(data))
labels = views.timeline_event_labels(data, lang)
event_param = urlstate.optional_choice(keys.EVENT, list(labels))
event_param.seed()
# The list offers the events the filters show, plus the chosen one (a shared ?event= link may point
# to an event the filters hide).
chosen_event = st.session_state.get(keys.EVENT)
options = list(dict.fromkeys([*shown["event_id"], *([chosen_event] if chosen_event in labels else [])]))
selected = st.selectbox(
    t("timeline.choose", lang),
    options,
    key=keys.EVENT,
    format_func=labels.__getitem__,
    placeholder=t("timeline.choose_placeholder", lang),
)
event_param.mirror(selected)
if selected:
    with st.container(border=True, key=keys.EVENT_DETAIL):
        st.markdown(event_markdown(events[events["event_id"] == selected].iloc[0], lang, data, heading="##"))
        st.caption(t("timeline.share", lang))
        st.code(
            urlstate.link_to({keys.EVENT: selected, keys.LANG: None if lang == DEFAULT_LANG else lang}),
            language=None,
        )

st.markdown(md_escape(timeline_summary(shown, len(events), lang)), help=None)
if len(shown):
    st.plotly_chart(
        views.timeline_figure(data, tuple(shown["event_id"]), selected, lang),
        key=keys.TIMELINE_CHART,
        config=PLOTLY_CONFIG,
        on_select=_select_from_chart,
        selection_mode="points",
        alt=t("timeline.alt", lang),
        width="stretch",
    )

st.header(t("timeline.list", lang))
pages = list_pages(len(shown))
page = 1
if pages > 1:
    page = st.number_input(t("timeline.page", lang, pages=pages), 1, pages, 1, key=keys.TIMELINE_PAGE)
for _, row in shown.iloc[(page - 1) * LIST_PAGE_SIZE : page * LIST_PAGE_SIZE].iterrows():
    with st.container(border=True):
        st.markdown(event_markdown(row, lang, data, heading="###"))
download_csv(
    shown.drop(columns=["date_start", "date_end"]),
    data,
    lang,
    file_name=f"{data.meta.name}-events.csv",
    key=keys.TIMELINE_CSV,
)
with st.expander(t("timeline.table", lang)):
    data_table(shown, lambda rows: events_table(rows, lang), lang)
source_footer(shown["source_id"], data, lang, key=keys.TIMELINE_SOURCES)
