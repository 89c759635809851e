"""The page registry: Polish URL paths (stable in every language) and titles from the catalogue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import streamlit as st

from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.report import Problem
from ngo_dashboard.ui import common

HERE = Path(__file__).resolve().parent
FAVICON = HERE / "static" / "favicon.png"


@dataclass(frozen=True)
class PageSpec:
    url_path: str
    title_key: str
    script: str


PAGES = (
    PageSpec("przeglad", "page.overview", "overview.py"),
    PageSpec("pieniadze", "page.money", "money.py"),
    PageSpec("os-czasu", "page.timeline", "timeline.py"),
    PageSpec("konkursy", "page.competitions", "competitions.py"),
    PageSpec("dane-i-zrodla", "page.data", "sources.py"),
    PageSpec("o-projekcie", "page.about", "about.py"),
)


def navigation_pages(lang: Lang) -> list[st.Page]:
    return [
        st.Page(HERE / spec.script, title=t(spec.title_key, lang), url_path=spec.url_path, default=index == 0)
        for index, spec in enumerate(PAGES)
    ]


def error_pages(problems: Iterable[Problem], lang: Lang) -> list[st.Page]:
    """Every URL of the app shows the problem report when the data folder is invalid."""
    problems = tuple(problems)
    render = partial(common.render_problems, problems, lang)
    return [
        st.Page(render, title=t("error.title", lang), url_path=spec.url_path, default=index == 0)
        for index, spec in enumerate(PAGES)
    ]
