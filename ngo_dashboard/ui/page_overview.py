"""Przegląd / Overview: headline figures with their sources, the money chart, a generated summary."""

from datetime import date

import streamlit as st

from ngo_dashboard import derived
from ngo_dashboard.i18n import count_of, format_pln, qualified, t
from ngo_dashboard.money_view import MoneyOptions
from ngo_dashboard.provenance import citation, describe_source
from ngo_dashboard.summary import years_since
from ngo_dashboard.text import md_escape, md_link
from ngo_dashboard.timeline import DEFAULT_MILESTONE_CATEGORIES
from ngo_dashboard.ui import keys, views
from ngo_dashboard.ui.blocks import money_view_block
from ngo_dashboard.ui.data_cache import dataset
from ngo_dashboard.ui.language import current_lang
from ngo_dashboard.ui.navigation import PAGES_BY_ID

lang = current_lang()
data = dataset()
place = data.meta.place(lang)
money = data.frame("money")
events = data.frame("events")
st.title(t("overview.title", lang, place=place))
if len(events):
    st.markdown(md_escape(t("overview.lead", lang, place=place, first_year=int(events["year"].min()))))
competitions = data.frame("competitions")
row = derived.headline_fact(money)

columns = st.columns(3)
with columns[0]:
    if row is not None:
        amount = qualified(format_pln(row["amount_pln"], lang), row["qualifier"], lang)
        st.metric(
            t(
                "overview.metric_money",
                lang,
                measure=t(f"measure.{row['measure']}", lang),
                year=int(row["year"]),
                basis=t(f"basis.{row['basis']}", lang),
            ),
            amount,
            border=True,
        )
        source = data.source(row["source_id"])
        st.markdown(f":small[{md_link(describe_source(source, lang), source.url)}]")
        with st.popover(t("overview.cite", lang), icon=":material/format_quote:"):
            st.code(citation(amount, row["quote"], source, lang), language=None, wrap_lines=True)
    else:
        st.metric(t("overview.metric_money_none", lang), "—", border=True)
with columns[1]:
    if len(events):
        first = events.sort_values("date_start").iloc[0]
        st.metric(
            t("overview.metric_years", lang, year=int(first["year"])),
            count_of(years_since(int(first["year"]), date.today()), "noun.year", lang),
            border=True,
        )
        st.caption(md_escape(t("overview.metric_years_from", lang, title=first[f"title_{lang}"])))
    else:
        st.metric(t("overview.metric_years_none", lang), "—", border=True)
with columns[2]:
    st.metric(t("overview.metric_records", lang), count_of(len(events), "noun.event", lang), border=True)
    st.caption(
        md_escape(
            t(
                "overview.metric_records_competitions",
                lang,
                competitions=count_of(competitions["call_id"].nunique(), "noun.competition", lang),
                sources=count_of(len(data.sources), "noun.source", lang),
            )
        )
    )

years = derived.money_year_span(data)
if len(money) and years:
    options = MoneyOptions(
        measures=tuple(sorted(money["measure"].unique())),
        years=years,
        milestone_categories=DEFAULT_MILESTONE_CATEGORIES,
    )
    st.header(t("overview.what_data_shows", lang))
    money_view_block(
        views.money(data, options, lang),
        data,
        lang,
        keys=keys.OVERVIEW,
        sources_key=keys.OVERVIEW_SOURCES,
        years=years,
    )
    st.page_link(
        PAGES_BY_ID["money"].script_path, label=t("overview.to_money", lang), icon=":material/arrow_forward:"
    )
else:
    st.info(t("overview.empty", lang))
st.page_link(
    PAGES_BY_ID["timeline"].script_path,
    label=t("overview.to_timeline", lang),
    icon=":material/arrow_forward:",
)
