"""The competitions view: everything the Competitions page shows for one filter state.

Pure. The UI caches the working frame once per dataset and the view once per filter state, and
only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from ngo_dashboard.charts import (
    build_competitions_by_year_figure,
    build_largest_competitions_figure,
    largest_competitions_frame,
)
from ngo_dashboard.competitions import filter_competitions, search_index, sort_competitions
from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.provenance import cite, unique_ids
from ngo_dashboard.summary import competitions_summary

# Columns the views need; the long quotes and notes stay out of every per-view copy (they come back
# in the CSV, which takes full rows of the data by index).
WORKING_COLUMNS = [
    "call_id",
    "year",
    "title",
    "department",
    "area",
    "form",
    "basis",
    "qualifier",
    "amount_pln",
    "total_pln",
    "total_qualifier",
    "yearly_split",
    "prior_year",
    "prior_amount_pln",
    "prior_kind",
    "source_id",
    "source_id_2",
]


@dataclass(frozen=True)
class Working:
    """The competitions with only the working columns, and their search index: made once per dataset."""

    rows: pd.DataFrame
    index: pd.Series


@dataclass(frozen=True)
class CompetitionsView:
    """Everything a filter state shows. Cached as a shared resource and only ever read."""

    shown: pd.DataFrame  # working columns, largest amount first
    by_year: go.Figure
    largest: go.Figure
    largest_rows: pd.DataFrame
    summary: tuple[str, ...]
    source_ids: tuple[str, ...]


def working(data: Dataset) -> Working:
    competitions = data.frame("competitions")
    return Working(competitions[WORKING_COLUMNS], search_index(competitions))


def build_competitions_view(
    data: Dataset,
    rows: Working,
    *,
    areas: tuple[str, ...],
    years: tuple[int, int],
    query: str,
    lang: Lang,
) -> CompetitionsView:
    shown = sort_competitions(
        filter_competitions(rows.rows, areas=areas, years=years, query=query, index=rows.index), "amount"
    )
    source_ids = tuple([*unique_ids(shown["source_id"]), *unique_ids(shown["source_id_2"])])
    source_line = cite(source_ids, data, lang)
    return CompetitionsView(
        shown=shown,
        by_year=build_competitions_by_year_figure(
            shown,
            lang,
            title=t("competitions.by_year_title", lang, place=data.meta.place(lang)),
            source_line=source_line,
            year_range=years,
        ),
        largest=build_largest_competitions_figure(
            shown, lang, title=t("competitions.largest_title", lang), source_line=source_line
        ),
        largest_rows=largest_competitions_frame(shown),
        summary=tuple(competitions_summary(shown, lang)),
        source_ids=source_ids,
    )
