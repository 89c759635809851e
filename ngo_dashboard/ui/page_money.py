"""Pieniądze / Money: money facts by measure and year, nominal or real, per resident, chart ⇄ table."""

import streamlit as st

from ngo_dashboard import derived
from ngo_dashboard.i18n import t
from ngo_dashboard.money_view import BASES, MoneyOptions, options_summary
from ngo_dashboard.text import md_escape
from ngo_dashboard.timeline import CATEGORY_ORDER, DEFAULT_MILESTONE_CATEGORIES
from ngo_dashboard.ui import keys, urlstate, views
from ngo_dashboard.ui.blocks import money_view_block
from ngo_dashboard.ui.data_cache import dataset
from ngo_dashboard.ui.filters import filters_button
from ngo_dashboard.ui.language import current_lang

lang = current_lang()
data = dataset()
st.title(t("money.title", lang))
st.markdown(md_escape(t("money.lead", lang)))

money = data.frame("money")
span = derived.money_year_span(data)
if money.empty or span is None:
    st.info(t("money.empty", lang))
    st.stop()

measures = sorted(money["measure"].unique())
present_bases = set(money["basis"].unique())
basis_options = [b for b in BASES if b in present_bases]
first, last = span
cpi_years = derived.cpi_years(data)

with filters_button(lang, key=keys.MONEY_FILTERS) as show_summary:
    chosen = urlstate.bound(
        urlstate.choices(keys.MONEY_MEASURES, measures, measures),
        st.multiselect,
        t("money.measures", lang),
        measures,
        format_func=lambda m: t(f"measure.{m}", lang),
        wrap=True,
    )
    years = urlstate.bound(
        urlstate.year_range(keys.MONEY_YEARS, first, last),
        st.slider,
        t("filter.years", lang),
        first,
        last,
    )
    prices = urlstate.bound(
        urlstate.choice(keys.MONEY_PRICES, ["nominal", "real"], "nominal"),
        st.segmented_control,
        t("money.prices", lang),
        ["nominal", "real"],
        format_func=lambda p: t(f"money.prices_{p}", lang),
        required=True,
        disabled=not cpi_years,
    )
    base_year = None
    if prices == "real" and cpi_years:
        base_year = urlstate.bound(
            urlstate.integer(keys.MONEY_BASE_YEAR, cpi_years, cpi_years[-1]),
            st.selectbox,
            t("money.base_year", lang),
            cpi_years[::-1],
        )
    else:
        urlstate.drop(keys.MONEY_BASE_YEAR)
    bases = urlstate.bound(
        urlstate.choices(keys.MONEY_BASES, basis_options, basis_options),
        st.multiselect,
        t("money.bases", lang),
        basis_options,
        format_func=lambda b: t(f"basis.{b}", lang),
        wrap=True,
    )
    per_resident = urlstate.bound(
        urlstate.flag(keys.MONEY_PER_RESIDENT),
        st.toggle,
        t("money.per_resident", lang),
        help=t("money.per_resident_help", lang),
        wrap=True,  # in a narrow box Streamlit cuts a toggle label short; on a phone it lost words
    )
    # Residents' money for comparison: off unless chosen (?participatory_budget=1), and only where
    # the data has it (another gmina's package may not).
    participatory_budget = not derived.residents_money_frame(data).empty and urlstate.bound(
        urlstate.flag(keys.MONEY_PARTICIPATORY_BUDGET),
        st.toggle,
        t("money.participatory_budget", lang),
        help=t("money.participatory_budget_help", lang),
        wrap=True,
    )
    show_events = urlstate.bound(
        urlstate.choices(keys.MONEY_MILESTONES, CATEGORY_ORDER, DEFAULT_MILESTONE_CATEGORIES),
        st.multiselect,
        t("money.milestones", lang),
        CATEGORY_ORDER,
        format_func=lambda c: t(f"category.{c}", lang),
        wrap=True,
    )

options = MoneyOptions(
    measures=tuple(chosen),
    years=(int(years[0]), int(years[1])),
    bases=tuple(bases),
    prices=prices or "nominal",
    base_year=base_year,
    per_resident=bool(per_resident),
    milestone_categories=tuple(show_events),
    participatory_budget=bool(participatory_budget),
)
show_summary(options_summary(options, measures, basis_options, lang))
if not chosen or not bases:
    st.warning(t("money.none_chosen", lang))
    st.stop()

money_view_block(
    views.money(data, options, lang),
    data,
    lang,
    keys=keys.MONEY,
    sources_key=keys.MONEY_SOURCES,
    years=options.years,
)
with st.expander(t("money.legend_title", lang), icon=":material/help:"):
    st.markdown(t("money.legend", lang))
