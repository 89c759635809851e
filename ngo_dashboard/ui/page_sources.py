"""Dane i źródła / Data & sources: every table, the source registry, coverage, method, downloads."""

import streamlit as st

from ngo_dashboard import derived
from ngo_dashboard.i18n import t
from ngo_dashboard.package import TABLES
from ngo_dashboard.provenance import coverage_documents
from ngo_dashboard.tables import coverage_matrix, sources_table
from ngo_dashboard.text import md_escape
from ngo_dashboard.ui import keys, urlstate
from ngo_dashboard.ui.blocks import data_table, fold, static_table
from ngo_dashboard.ui.data_cache import dataset
from ngo_dashboard.ui.downloads import download_csv, download_package
from ngo_dashboard.ui.language import current_lang

lang = current_lang()
data = dataset()
st.title(t("data.title", lang))
st.markdown(md_escape(t("data.lead", lang, place=data.meta.place(lang))))

st.header(t("data.downloads", lang))
download_package(data, lang, key=keys.PACKAGE_ZIP)
st.caption(
    md_escape(
        t(
            "data.package_help",
            lang,
            tables=len(TABLES),
            licence=", ".join(lic.get("name", "") for lic in data.meta.licenses) or "—",
        )
    )
)

st.header(t("data.coverage", lang))
st.markdown(t("data.coverage_help", lang))
coverage = derived.coverage_frame(data)
if len(coverage):
    static_table(coverage_matrix(coverage, lang))
    documents = coverage_documents(coverage, data, lang)
    if documents:
        with fold(
            t("data.coverage_documents", lang, count=len(documents)), key=keys.COVERAGE_DOCUMENTS
        ) as is_open:
            if is_open:
                st.markdown("\n".join(documents))
else:
    st.info(t("data.coverage_empty", lang))

st.header(t("data.method", lang))
base = derived.default_base_year(data)
st.markdown(t("data.method_text", lang, base=base if base else "—"))

st.header(t("data.glossary", lang))
st.markdown(t("data.glossary_text", lang))

st.header(t("data.tables", lang))
names = [table.name for table in TABLES]
tab = urlstate.bound(
    urlstate.choice(keys.DATA_TABLE, names, "sources"),
    st.segmented_control,
    t("data.table_choice", lang),
    names,
    format_func=lambda n: t(f"table.{n}", lang),
    required=True,
)
frame = data.frame(tab or "sources")
frame = frame.drop(columns=[c for c in ("date_start", "date_end") if c in frame])
if tab == "sources" or tab is None:
    data_table(
        frame,
        lambda rows: sources_table(rows, lang),
        lang,
        column_config={t("col.url", lang): st.column_config.LinkColumn()},
    )
else:
    data_table(frame, None, lang)
download_csv(frame, data, lang, file_name=f"{data.meta.name}-{tab}.csv", key=keys.DATA_TABLE_CSV)
