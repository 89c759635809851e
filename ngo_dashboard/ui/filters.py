"""The filter panel of the Timeline and Competitions pages: search, multiple choice, year range."""

from __future__ import annotations

import streamlit as st

from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.ui import urlstate


def filter_panel(
    lang: Lang,
    *,
    search: tuple[str, str, str],
    choices: tuple[str, str, list[str], str],
    years: tuple[str, int, int],
) -> tuple[str, tuple[str, ...], tuple[int, int]]:
    """Search box, multiple choice and year range, each mirrored to its URL parameter.

    Args:
        search: (key, label key, placeholder key).
        choices: (key, label key, options, vocabulary of their labels).
        years: (key, first year, last year).
    Returns:
        (query, chosen options, (first, last) year).
    """
    search_key, search_label, placeholder = search
    choice_key, choice_label, options, vocabulary = choices
    years_key, first, last = years
    last = max(last, first + 1)  # a slider needs two different ends
    with st.container(border=True):
        query = urlstate.bound(
            urlstate.text(search_key),
            st.text_input,
            t(search_label, lang),
            placeholder=t(placeholder, lang),
            help=t("filter.search_help", lang),
            icon=":material/search:",
            max_chars=urlstate.MAX_PARAM_LENGTH,
        )
        left, right = st.columns([3, 2])
        with left:
            chosen = urlstate.bound(
                urlstate.choices(choice_key, options, options),
                st.multiselect,
                t(choice_label, lang),
                options,
                format_func=lambda value: t(f"{vocabulary}.{value}", lang),
            )
        with right:
            span = urlstate.bound(
                urlstate.year_range(years_key, first, last),
                st.slider,
                t("filter.years", lang),
                first,
                last,
            )
    return query or "", tuple(chosen), (int(span[0]), int(span[1]))
