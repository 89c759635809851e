"""What every page shares: language, the cached dataset, the error page, chart blocks, source footers.

The only place (with the page scripts and streamlit_app.py) that imports streamlit. Text from data
goes through `md_escape`/`st.text`-like elements only; `unsafe_allow_html` is never used.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ngo_dashboard import paths
from ngo_dashboard.data import Dataset, load_dataset
from ngo_dashboard.i18n import (
    DEFAULT_LANG,
    LANGS,
    Lang,
    document_language_script,
    format_number,
    parse_lang,
    t,
)
from ngo_dashboard.provenance import cite, describe_source, unique_ids
from ngo_dashboard.report import DataError, Problem
from ngo_dashboard.tables import to_csv_bytes, with_provenance
from ngo_dashboard.text import md_escape, md_link
from ngo_dashboard.ui import urlstate

LANG_KEY = "lang"
MAX_TABLE_ROWS = 1000  # more rows make the page slow to send; the download has every row
SHORT_TABLE_ROWS = 40
MAX_LISTED = 300  # sources listed under a view; the Data & sources page lists them all
LANG_PARAM = urlstate.choice(LANG_KEY, LANGS, DEFAULT_LANG)
LANGUAGE_NAMES = {"pl": "Polski", "en": "English"}
PLOTLY_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


@dataclass(frozen=True)
class Loaded:
    """Result of loading a folder: a dataset or the problems, never an exception to show raw."""

    dataset: Dataset | None
    problems: tuple[Problem, ...] = ()


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and mtimes of the folder's files, so an edited CSV is re-read."""
    if not folder.is_dir():
        return ()
    return tuple(
        sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file())
    )


# NOTE: cache_resource, not cache_data: the Dataset is immutable (frozen rows, frames handed out as
# copies), so one shared instance is safe, while cache_data would unpickle a full copy on every rerun
# (measured: most of a timeline rerun on the shipped data). Keyed by the folder and its files' mtimes.
@st.cache_resource(show_spinner=False, max_entries=4)
def _load(folder: str, fingerprint: tuple[tuple[str, int, int], ...]) -> Loaded:
    try:
        return Loaded(load_dataset(Path(folder)))
    except DataError as error:
        return Loaded(None, tuple(error.problems))


DATA_KEY = "_data_key"


def refresh_data_key() -> None:
    """Look at the data folder once per run (the entrypoint calls this); pages reuse the result."""
    folder = paths.data_dir()
    st.session_state[DATA_KEY] = (str(folder), _fingerprint(folder))


def data_key() -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """(folder, fingerprint): the cache key of everything derived from the data folder."""
    if DATA_KEY not in st.session_state:
        refresh_data_key()
    return st.session_state[DATA_KEY]


def loaded() -> Loaded:
    return _load(*data_key())


def dataset() -> Dataset:
    """The dataset for pages; the entrypoint has already stopped if it is invalid."""
    result = loaded()
    assert result.dataset is not None
    return result.dataset


def lang() -> Lang:
    return parse_lang(st.session_state.get(LANG_KEY, DEFAULT_LANG))


def language_picker() -> Lang:
    """Visible PL/EN switch, mirrored to ?lang= so a copied link keeps the language."""
    urlstate.bound(
        LANG_PARAM,
        st.segmented_control,
        "Język / Language",
        options=list(LANGS),
        format_func=LANGUAGE_NAMES.__getitem__,
        required=True,
        label_visibility="collapsed",
    )
    return lang()


def set_document_language(current: Lang) -> None:
    """WCAG 3.1.1: <html lang> follows the chosen language (Streamlit has no API for it).

    The script is a constant chosen from a closed set; no data ever reaches it.
    """
    st.html(f"<script>{document_language_script(current)}</script>", unsafe_allow_javascript=True)


def render_problems(problems: Iterable[Problem], current: Lang) -> None:
    """The readable page shown instead of the dashboard when the data folder is invalid."""
    problems = list(problems)
    st.title(t("error.title", current))
    st.markdown(md_escape(t("error.intro", current, count=len(problems), folder=str(paths.data_dir()))))
    table = pd.DataFrame(
        {
            t("col.file", current): [p.file for p in problems],
            t("col.line", current): ["" if p.line is None else str(p.line) for p in problems],
            t("col.field", current): [p.field or "" for p in problems],
            t("col.message", current): [p.message(current) for p in problems],
        }
    )
    static_table(table.set_index(t("col.file", current)))
    st.markdown(md_escape(t("error.fix", current)))
    st.code("python -m ngo_dashboard validate", language="bash")


def filter_panel(
    current: Lang,
    *,
    search: tuple[str, str, str],
    choices: tuple[str, str, list[str], str],
    years: tuple[str, int, int],
) -> tuple[str, tuple[str, ...], tuple[int, int]]:
    """Search box, multiple choice and year range, each mirrored to its URL parameter.

    Args:
        search: (URL key, label key, placeholder key).
        choices: (URL key, label key, options, vocabulary of their labels).
        years: (URL key, first year, last year).
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
            t(search_label, current),
            placeholder=t(placeholder, current),
            help=t("filter.search_help", current),
            icon=":material/search:",
            max_chars=urlstate.MAX_PARAM_LENGTH,
        )
        left, right = st.columns([3, 2])
        with left:
            chosen = urlstate.bound(
                urlstate.choices(choice_key, options, options),
                st.multiselect,
                t(choice_label, current),
                options,
                format_func=lambda value: t(f"{vocabulary}.{value}", current),
            )
        with right:
            span = urlstate.bound(
                urlstate.year_range(years_key, first, last),
                st.slider,
                t("filter.years", current),
                first,
                last,
            )
    return query or "", tuple(chosen), (int(span[0]), int(span[1]))


def source_footer(source_ids: Iterable[str], data: Dataset, current: Lang, *, key: str) -> None:
    """The source line of a view and, folded, every source it uses with its link."""
    ids = unique_ids(source_ids)
    st.caption(md_escape(cite(ids, data, current)))
    if ids:
        with st.expander(t("sources.expander", current, count=len(ids)), key=f"{key}_sources"):
            links = [
                md_link(describe_source(data.source(i), current), data.source(i).url)
                for i in ids[:MAX_LISTED]
            ]
            st.markdown("\n".join(f"- {link}" for link in links))
            if len(ids) > MAX_LISTED:
                st.caption(t("sources.more", current, count=len(ids) - MAX_LISTED))


def chart_or_table(
    fig: go.Figure,
    rows: pd.DataFrame,
    formatter: Callable[[pd.DataFrame], pd.DataFrame] | None,
    *,
    key: str,
    alt: str,
    current: Lang,
    file_name: str,
    table: str | None = None,
) -> None:
    """One view as a chart or as a table (bound to the URL), with the CSV of its rows underneath."""
    view = urlstate.bound(
        urlstate.choice(f"{key}_view", ["chart", "table"], "chart"),
        st.segmented_control,
        t("view.label", current),
        options=["chart", "table"],
        format_func=lambda v: t(f"view.{v}", current),
        required=True,
    )
    if view == "table":
        data_table(rows, formatter, current)
    else:
        st.plotly_chart(fig, key=f"{key}_chart", config=PLOTLY_CONFIG, alt=alt, width="stretch")
    download_csv(rows, file_name=file_name, key=f"{key}_csv", current=current, table=table)


def static_table(frame: pd.DataFrame) -> None:
    """st.table with every cell, header and index label escaped: st.table renders Markdown in cells,
    and text from data must show as text."""

    def escape(value: object) -> str:
        return "" if value is None or (isinstance(value, float) and value != value) else md_escape(str(value))

    shown = frame.map(escape)
    shown.columns = [escape(c) for c in shown.columns]
    shown.index = pd.Index(
        [escape(i) for i in shown.index], name=escape(frame.index.name) if frame.index.name else None
    )
    st.table(shown)


def data_table(
    rows: pd.DataFrame,
    formatter: Callable[[pd.DataFrame], pd.DataFrame] | None,
    current: Lang,
    **kwargs: object,
) -> None:
    """A table of at most MAX_TABLE_ROWS rows, formatted only for what is shown; the CSV has them all.

    Short tables are plain HTML tables (st.table): real <table> markup for screen readers, and no
    data-grid script to load (measured: ~0.45 s of page load on this machine).
    """
    head = rows.head(MAX_TABLE_ROWS)
    shown = formatter(head) if formatter else head
    if len(shown) <= SHORT_TABLE_ROWS and not kwargs:
        static_table(shown.set_index(shown.columns[0]) if len(shown.columns) > 1 else shown)
        return
    st.dataframe(shown, hide_index=True, width="stretch", **kwargs)
    if len(rows) > MAX_TABLE_ROWS:
        st.caption(
            t(
                "table.truncated",
                current,
                shown=format_number(MAX_TABLE_ROWS, current),
                total=format_number(len(rows), current),
            )
        )


def download_csv(
    frame: pd.DataFrame, *, file_name: str, key: str, current: Lang, table: str | None = None
) -> None:
    """The rows of a view with each row's source title and address, built only when clicked.

    With `table`, the CSV takes the full rows of that table (all columns) for the rows in view.
    """
    data = dataset()

    def csv_bytes() -> bytes:
        rows = data.frame(table).loc[frame.index] if table else frame
        return to_csv_bytes(with_provenance(rows, data))

    st.download_button(
        t("download.view", current, rows=format_number(len(frame), current)),
        data=csv_bytes,
        file_name=file_name,
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon=":material/download:",
    )


@st.cache_data(show_spinner=False, max_entries=4)
def package_zip(folder: str, fingerprint: tuple[tuple[str, int, int], ...]) -> bytes:
    """The whole data package as it is on disk (read only), zipped in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(Path(folder).iterdir()):
            if path.is_file() and path.suffix in {".csv", ".json", ".md"}:
                archive.write(path, arcname=path.name)
    return buffer.getvalue()


def download_package(current: Lang, *, key: str) -> None:
    st.download_button(
        t("download.package", current),
        data=package_zip(*data_key()),
        file_name=f"{dataset().meta.name or 'data'}.zip",
        mime="application/zip",
        key=key,
        on_click="ignore",
        icon=":material/folder_zip:",
    )


def text(value: str) -> None:
    """A paragraph of text from data, shown as text whatever characters it contains."""
    st.markdown(md_escape(value))


def bullets(sentences: Iterable[str]) -> None:
    """Generated sentences (which quote data) as a list, each shown as text."""
    st.markdown("\n".join(f"- {md_escape(s)}" for s in sentences))
