"""The page shown instead of the dashboard when the data folder is invalid: the located report."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from ngo_dashboard import paths
from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.report import Problem
from ngo_dashboard.text import md_code, md_escape
from ngo_dashboard.ui.blocks import static_table


def render_problems(problems: Iterable[Problem], lang: Lang) -> None:
    problems = list(problems)
    st.title(t("error.title", lang))
    st.markdown(md_escape(t("error.intro", lang, count=len(problems), folder=str(paths.data_dir()))))
    table = pd.DataFrame(
        {
            t("col.file", lang): [p.file for p in problems],
            t("col.line", lang): ["" if p.line is None else str(p.line) for p in problems],
            t("col.field", lang): [p.field or "" for p in problems],
            t("col.message", lang): [p.message(lang) for p in problems],
        }
    )
    static_table(table.set_index(t("col.file", lang)))
    st.markdown(md_escape(t("error.fix", lang)))
    st.markdown(md_code("python -m ngo_dashboard validate"))
