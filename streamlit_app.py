"""Entrypoint: language, data check, navigation. Pages live in ngo_dashboard/ui/."""

import streamlit as st

from ngo_dashboard.i18n import t
from ngo_dashboard.ui import common
from ngo_dashboard.ui.pages import FAVICON, error_pages, navigation_pages

# A local favicon: Material-icon favicons are fetched from fonts.gstatic.com, and this app sends
# nothing out (pages therefore carry no `icon` either).
st.set_page_config(page_title="NGO", page_icon=str(FAVICON), layout="wide")

common.refresh_data_key()
lang = common.language_picker()
common.set_document_language(lang)
result = common.loaded()
if result.dataset is None:
    st.navigation(error_pages(result.problems, lang), position="hidden").run()
else:
    place = result.dataset.meta.place(lang)
    st.set_page_config(page_title=t("app.title", lang, place=place))
    st.navigation(navigation_pages(lang), position="top").run()
