"""Przegląd / Overview: headline figures with their sources, the money chart, a generated summary."""

from datetime import date

import streamlit as st

from ngo_dashboard import derived
from ngo_dashboard.i18n import count_of, format_pln, qualified, t
from ngo_dashboard.provenance import citation, describe_source
from ngo_dashboard.summary import years_since
from ngo_dashboard.text import md_escape, md_link
from ngo_dashboard.timeline import DEFAULT_MILESTONE_CATEGORIES
from ngo_dashboard.ui import common, money_view

lang = common.lang()
data = common.dataset()
place = data.meta.place(lang)
money = data.frame("money")
events = data.frame("events")
st.title(t("overview.title", lang, place=place))
if len(events):
    st.markdown(md_escape(t("overview.lead", lang, place=place, first_year=int(events["year"].min()))))
calls = data.frame("competitions")
headline = money[money["measure"] == "programme_total"].sort_values("year").tail(1)
if headline.empty:
    headline = money.sort_values("year").tail(1)

columns = st.columns(3)
with columns[0]:
    if len(headline):
        row = headline.iloc[0]
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
                "overview.metric_records_calls",
                lang,
                calls=count_of(calls["call_id"].nunique(), "noun.call", lang),
                sources=count_of(len(data.sources), "noun.source", lang),
            )
        )
    )

if len(money):
    years = (int(money["year"].min()), int(money["year"].max()))
    coverage_years = derived.coverage_years(data)
    if coverage_years:
        years = (min(years[0], coverage_years[0]), max(years[1], coverage_years[-1]))
    options = money_view.MoneyOptions(
        measures=tuple(sorted(money["measure"].unique())),
        years=years,
        milestone_categories=DEFAULT_MILESTONE_CATEGORIES,
    )
    view = money_view.view(options, lang)
    st.header(t("overview.what_data_shows", lang))
    common.bullets(view.summary)
    common.chart_or_table(
        view.figure,
        view.rows,
        money_view.table(view, lang),
        key="overview",
        alt=view.alt,
        current=lang,
        file_name=f"{data.meta.name}-money-{years[0]}-{years[1]}.csv",
    )
    common.source_footer(view.source_ids, data, lang, key="overview")
    st.page_link(
        "ngo_dashboard/ui/money.py", label=t("overview.to_money", lang), icon=":material/arrow_forward:"
    )
else:
    st.info(t("overview.empty", lang))
st.page_link(
    "ngo_dashboard/ui/timeline.py", label=t("overview.to_timeline", lang), icon=":material/arrow_forward:"
)
