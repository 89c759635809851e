"""The page registry: each page's id, Polish URL path (the same in every language), title and script.

Tests and the bench import PAGES instead of copying it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from ngo_dashboard.i18n import Lang, t

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
FAVICON = STATIC / "favicon.png"


@dataclass(frozen=True)
class PageSpec:
    id: str
    url_path: str
    title_key: str
    script: str

    @property
    def script_path(self) -> str:
        """The script relative to the entrypoint, as st.page_link and AppTest.switch_page take it."""
        return f"ngo_dashboard/ui/{self.script}"


PAGES = (
    PageSpec("overview", "przeglad", "page.overview", "page_overview.py"),
    PageSpec("money", "pieniadze", "page.money", "page_money.py"),
    PageSpec("timeline", "os-czasu", "page.timeline", "page_timeline.py"),
    PageSpec("competitions", "konkursy", "page.competitions", "page_competitions.py"),
    PageSpec("data", "dane-i-zrodla", "page.data", "page_sources.py"),
    PageSpec("about", "o-projekcie", "page.about", "page_about.py"),
)
PAGES_BY_ID = {spec.id: spec for spec in PAGES}


def navigation_pages(lang: Lang) -> list[st.Page]:
    """The pages in menu order; the first is also the app's root.

    NOTE: Streamlit serves the default page at "/" only: its own url_path then answers "Page not
    found". So the first page is registered twice, as the default at "/" and, hidden from the
    menu, at its own address, so that every page's address opens it.
    """
    first, *rest = PAGES
    pages = [st.Page(HERE / first.script, title=t(first.title_key, lang), url_path="", default=True)]
    pages += [
        st.Page(HERE / spec.script, title=t(spec.title_key, lang), url_path=spec.url_path) for spec in rest
    ]
    pages.append(
        st.Page(
            HERE / first.script, title=t(first.title_key, lang), url_path=first.url_path, visibility="hidden"
        )
    )
    return pages
