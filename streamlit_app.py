"""Entrypoint: language, data check, navigation. Pages live in ngo_dashboard/ui/page_*.py."""

import streamlit as st

from ngo_dashboard.i18n import t
from ngo_dashboard.ui import data_cache
from ngo_dashboard.ui.language import language_picker
from ngo_dashboard.ui.navigation import FAVICON, STATIC, navigation_pages

# A local favicon: Material-icon favicons are fetched from fonts.gstatic.com, and this app sends
# nothing out (pages therefore carry no `icon` either).
st.set_page_config(page_title="NGO", page_icon=str(FAVICON), layout="wide")

st.html(STATIC / "app.css")
data_cache.refresh_key()
lang = language_picker()
dataset = data_cache.loaded().dataset
if dataset is None:
    # Every page then shows the problem report (data_cache.dataset()), with no menu to other pages.
    st.set_page_config(page_title=t("error.title", lang))
    st.navigation(navigation_pages(lang), position="hidden").run()
else:
    st.set_page_config(page_title=t("app.title", lang, place=dataset.meta.place(lang)))
    st.navigation(navigation_pages(lang), position="top").run()
