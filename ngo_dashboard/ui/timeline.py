"""Oś czasu / Timeline: lanes by category, filters, diacritics-insensitive search, ?event=<id>."""

import pandas as pd
import streamlit as st

from ngo_dashboard.eras import programme_eras
from ngo_dashboard.i18n import Lang, format_partial_date, t
from ngo_dashboard.provenance import cite, describe_source
from ngo_dashboard.summary import timeline_summary
from ngo_dashboard.tables import events_table
from ngo_dashboard.text import md_escape, md_link
from ngo_dashboard.timeline import CATEGORY_ORDER, build_timeline_figure, filter_events, search_index
from ngo_dashboard.ui import chart, common, urlstate

PAGE_SIZE = 30
EVENT_KEY = "event"


@st.cache_resource(show_spinner=False, max_entries=4)
def _index(folder: str, fingerprint: tuple) -> pd.Series:
    return search_index(common.dataset().frame("events"))


@st.cache_resource(show_spinner=False, max_entries=16)  # a figure, read only: no unpickling per hit
def _figure(folder: str, fingerprint: tuple, shown_ids: tuple[str, ...], selected: str | None, lang: Lang):
    data = common.dataset()
    events = data.frame("events").set_index("event_id", drop=False).loc[list(shown_ids)]
    return build_timeline_figure(
        events,
        lang,
        title=t("timeline.chart_title", lang, place=data.meta.place(lang)),
        source_line=cite(events["source_id"], data, lang),
        eras=programme_eras(data.frame("programmes")),
        selected=selected,
    )


@st.cache_resource(show_spinner=False, max_entries=8)
def _event_labels(folder: str, fingerprint: tuple, lang: Lang) -> dict[str, str]:
    """Event id -> "date – title" in date order, formatted once per data folder and language."""
    events = common.dataset().frame("events").sort_values(["date_start", "event_id"])
    return {
        event_id: f"{format_partial_date(date, lang)} – {title}"
        for event_id, date, title in zip(
            events["event_id"], events["date"], events[f"title_{lang}"], strict=True
        )
    }


def _select_from_chart(customdata: object) -> None:
    """A click on a marker selects that event (and so updates ?event= through the bound widget).

    The value comes from the browser: only a known event id is taken.
    """
    event_id = customdata[0] if isinstance(customdata, list) and customdata else customdata
    if isinstance(event_id, str) and event_id in _event_labels(*common.data_key(), common.lang()):
        st.session_state[EVENT_KEY] = event_id


def share_link(event_id: str, lang: Lang) -> str:
    """The address of this event, in this language (relative if the server does not say its own URL)."""
    base = (st.context.url or "").split("?")[0]
    return f"{base}?{EVENT_KEY}={event_id}" + (f"&lang={lang}" if lang != "pl" else "")


def event_markdown(row: pd.Series, lang: Lang, data, *, heading: str) -> str:
    """One event as one Markdown block (one element per card keeps long lists fast); every piece of
    data text is escaped, so it shows as text whatever it contains."""
    source = data.source(row["source_id"])
    flags = [t(f"category.{row['category']}", lang), format_partial_date(row["date"], lang)]
    if row["date_inferred"]:
        flags.append(t("timeline.inferred", lang))
    parts = [
        f"{heading} {md_escape(row[f'title_{lang}'])}",
        f":small[{md_escape(' · '.join(flags))}]",
        md_escape(row[f"description_{lang}"]),
    ]
    if isinstance(row[f"note_{lang}"], str):
        parts.append(f":small[{md_escape(t('timeline.note', lang, note=row[f'note_{lang}']))}]")
    parts.append(f":small[{md_escape(t('timeline.quote', lang, quote=row['quote']))}]")
    parts.append(t("timeline.source", lang) + " " + md_link(describe_source(source, lang), source.url))
    return "\n\n".join(parts)


lang = common.lang()
data = common.dataset()
events = data.frame("events")
st.title(t("timeline.title", lang))
st.markdown(md_escape(t("timeline.lead", lang, place=data.meta.place(lang))))
if events.empty:
    st.info(t("timeline.empty", lang))
    st.stop()

present_categories = set(events["category"].unique())
categories = [c for c in CATEGORY_ORDER if c in present_categories]
query, chosen, years = common.filter_panel(
    lang,
    search=("q", "timeline.search", "timeline.search_placeholder"),
    choices=("categories", "timeline.categories", categories, "category"),
    years=("t_years", int(events["year"].min()), int(events["year"].max())),
)

shown = filter_events(
    events,
    categories=chosen,
    years=years,
    query=query,
    index=_index(*common.data_key()),
)
labels = _event_labels(*common.data_key(), lang)
event_param = urlstate.optional_choice(EVENT_KEY, list(labels))
event_param.seed()
# The list offers the events the filters show, plus the chosen one (a shared ?event= link may point
# to an event the filters hide).
chosen_event = st.session_state.get(EVENT_KEY)
options = list(dict.fromkeys([*shown["event_id"], *([chosen_event] if chosen_event in labels else [])]))
selected = st.selectbox(
    t("timeline.choose", lang),
    options,
    key=EVENT_KEY,
    format_func=labels.__getitem__,
    placeholder=t("timeline.choose_placeholder", lang),
)
event_param.mirror(selected)
if selected:
    with st.container(border=True, key="event_detail"):
        st.markdown(event_markdown(events[events["event_id"] == selected].iloc[0], lang, data, heading="##"))
        st.caption(t("timeline.share", lang))
        st.code(share_link(selected, lang), language=None)

st.markdown(md_escape(timeline_summary(shown, len(events), lang)), help=None)
if len(shown):
    figure = _figure(*common.data_key(), tuple(shown["event_id"]), selected, lang)
    chart.render_chart(
        figure, key="timeline_chart", alt=t("timeline.alt", lang), lang=lang, on_click=_select_from_chart
    )

st.header(t("timeline.list", lang))
pages = max((len(shown) - 1) // PAGE_SIZE + 1, 1)
page = 1
if pages > 1:
    page = st.number_input(t("timeline.page", lang, pages=pages), 1, pages, 1, key="t_page")
for _, row in shown.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE].iterrows():
    with st.container(border=True):
        st.markdown(event_markdown(row, lang, data, heading="###"))
common.download_csv(
    shown.drop(columns=["date_start", "date_end"]),
    file_name=f"{data.meta.name}-events.csv",
    key="timeline_csv",
    current=lang,
)
with st.expander(t("timeline.table", lang)):
    common.data_table(shown, lambda rows: events_table(rows, lang), lang)
common.source_footer(shown["source_id"], data, lang, key="timeline")
