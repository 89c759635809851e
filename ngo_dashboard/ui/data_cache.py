"""The running app's dataset: the data folder looked at once per run, loaded once per change of it.

Pages call `dataset()`. With an invalid folder it shows the located problem report instead and stops
the page, so every address of the app shows the report and no page has to check for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from ngo_dashboard import paths
from ngo_dashboard.data import Dataset, Fingerprint, fingerprint, load_dataset
from ngo_dashboard.report import DataError, Problem
from ngo_dashboard.ui import keys
from ngo_dashboard.ui.error_page import render_problems
from ngo_dashboard.ui.language import current_lang


@dataclass(frozen=True)
class Loaded:
    """Result of loading a folder: a dataset or the problems, never an exception to show raw."""

    dataset: Dataset | None
    problems: tuple[Problem, ...] = ()


# NOTE: cache_resource, not cache_data: the Dataset is immutable (frozen rows, frames handed out as
# copies), so one shared instance is safe, while cache_data would unpickle a full copy on every rerun
# (measured: most of a timeline rerun on the shipped data). Keyed by the folder and its files' mtimes.
@st.cache_resource(show_spinner=False, max_entries=4)
def _load(folder: str, state: Fingerprint) -> Loaded:  # noqa: ARG001 - `state` is the cache key only
    try:
        return Loaded(load_dataset(Path(folder)))
    except DataError as error:
        return Loaded(None, tuple(error.problems))


def refresh_key() -> None:
    """Look at the data folder once per run (the entrypoint calls this); pages reuse the result."""
    folder = paths.data_dir()
    st.session_state[keys.DATA] = (str(folder), fingerprint(folder))


def loaded() -> Loaded:
    if keys.DATA not in st.session_state:
        refresh_key()
    return _load(*st.session_state[keys.DATA])


def dataset() -> Dataset:
    """The dataset for a page; for an invalid folder, the problem report instead, and the page stops."""
    result = loaded()
    if result.dataset is None:
        render_problems(result.problems, current_lang())
        st.stop()
    return result.dataset
