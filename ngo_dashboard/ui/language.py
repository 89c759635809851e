"""The reader's language: the PL/EN switch (mirrored to ?lang=), its value, and <html lang>."""

from __future__ import annotations

import streamlit as st

from ngo_dashboard.i18n import DEFAULT_LANG, LANGS, Lang, document_language_script, parse_lang
from ngo_dashboard.ui import keys, urlstate
from ngo_dashboard.ui.page_scripts import SCRIPTS

LANG_PARAM = urlstate.choice(keys.LANG, LANGS, DEFAULT_LANG)
LANGUAGE_NAMES = {"pl": "Polski", "en": "English"}


def current_lang() -> Lang:
    return parse_lang(st.session_state.get(keys.LANG, DEFAULT_LANG))


def language_picker() -> Lang:
    """Visible PL/EN switch, mirrored to ?lang= so a copied link keeps the language; and <html lang>.

    NOTE: the <html lang> script shares one row with the switch. Until the code of Streamlit's html
    element has loaded, its place is a 40 px placeholder that then collapses: on a row of its own
    above the page, that moved the whole page up (a layout shift); beside the switch it changes nothing.
    """
    with st.container(horizontal=True, key=keys.LANG_BAR):
        lang = _switch()
        set_document_language(lang)
    return lang


def _switch() -> Lang:
    drawn_in = LANG_PARAM.from_url()  # the language of the page the browser shows
    urlstate.bound(
        LANG_PARAM,
        st.segmented_control,
        "Język / Language",
        options=list(LANGS),
        format_func=LANGUAGE_NAMES.__getitem__,
        required=True,
        label_visibility="collapsed",
        # In a horizontal container Streamlit makes the options one row that scrolls sideways, and
        # measures the page to scroll the chosen one into view (a forced layout each time it draws;
        # bench/RESULTS.md, F10). Two short names never need that; wrapping skips it.
        wrap=True,
    )
    lang = current_lang()
    urlstate.labels_changed(lang != drawn_in)
    return lang


def set_document_language(lang: Lang) -> None:
    """WCAG 3.1.1: <html lang> follows the chosen language (Streamlit has no API for it).

    The script is a constant chosen from a closed set; no data ever reaches it. Its text comes from
    i18n, where the serving stack's Content-Security-Policy takes its hash from.
    """
    # The app's other page scripts share this element, so they add no empty row to the page.
    scripts = [document_language_script(lang), *SCRIPTS]
    st.html("".join(f"<script>{script}</script>" for script in scripts), unsafe_allow_javascript=True)
