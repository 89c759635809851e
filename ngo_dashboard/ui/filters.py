"""Filters behind one button, with what they are set to in words beside it; and the filter panel of
the Timeline and Competitions pages (search in view, the rest behind the button).

Why a button: Streamlit draws what is in a closed popover only when it opens, so the widgets' code
(multiselect, slider: about 0.25x a bare page's load, measured on Money) is not fetched or run before
the page's chart, and the chart comes up into the first screen. Opened, the multiselects wrap, so
every chosen option is in view, and their growth moves nothing on the page under them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import streamlit as st

from ngo_dashboard.filter_summary import chosen_phrase, summary_line, years_phrase
from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.text import md_escape
from ngo_dashboard.ui import urlstate


@contextmanager
def filters_button(lang: Lang, *, key: str) -> Iterator[Callable[[str], None]]:
    """Widgets made inside go behind a "Filters" button; call what it yields, after the block, with the
    summary of their values (filter_summary.py), to show it beside the button. `key` is the row's."""
    row = st.container(key=key, horizontal=True, vertical_alignment="center", gap="small")
    with row.popover(t("filter.button", lang), icon=":material/tune:"):
        yield lambda summary: row.caption(md_escape(summary))


def filter_panel(
    lang: Lang,
    *,
    search: tuple[str, str, str],
    choices: tuple[str, str, list[str], str],
    years: tuple[str, int, int],
    button_key: str,
) -> tuple[str, tuple[str, ...], tuple[int, int]]:
    """Search box in view; multiple choice and year range behind the button; each mirrored to its URL
    parameter.

    Args:
        search: (key, label key, placeholder key).
        choices: (key, label key, options, vocabulary of their labels).
        years: (key, first year, last year).
        button_key: the key of the row of the filters' button and their summary.
    Returns:
        (query, chosen options, (first, last) year).
    """
    search_key, search_label, placeholder = search
    choice_key, choice_label, options, vocabulary = choices
    years_key, first, last = years
    last = max(last, first + 1)  # a slider needs two different ends

    def name(value: str) -> str:  # the options' labels, in the widget and in the summary
        return t(f"{vocabulary}.{value}", lang)

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
        with filters_button(lang, key=button_key) as show_summary:
            chosen = urlstate.bound(
                urlstate.choices(choice_key, options, options),
                st.multiselect,
                t(choice_label, lang),
                options,
                format_func=name,
                wrap=True,
            )
            ends = urlstate.bound(
                urlstate.year_range(years_key, first, last),
                st.slider,
                t("filter.years", lang),
                first,
                last,
            )
        span = (int(ends[0]), int(ends[1]))
        show_summary(
            summary_line(
                [
                    (t(choice_label, lang), chosen_phrase(chosen, options, name, lang)),
                    (t("filter.years", lang), years_phrase(span)),
                ]
            )
        )
    return query or "", tuple(chosen), span
