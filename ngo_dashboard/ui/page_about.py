"""O projekcie / About: what this is, for whom, licence, how to report an error, how to add a year."""

import streamlit as st

from ngo_dashboard.i18n import t
from ngo_dashboard.text import md_escape
from ngo_dashboard.ui.data_cache import dataset
from ngo_dashboard.ui.language import current_lang

lang = current_lang()
data = dataset()
st.title(t("about.title", lang))
st.markdown(md_escape(t("about.what", lang, place=data.meta.place(lang))))
for section in ("audience", "rules", "errors", "add_year", "licence"):
    st.header(t(f"about.{section}_title", lang))
    st.markdown(t(f"about.{section}", lang))
st.caption(md_escape(t("about.version", lang, created=data.meta.created_day or "—", name=data.meta.name)))
