"""Filtering and ordering the competitions (otwarte konkursy ofert). Pure: frames in, frames out.

A competition is one call for proposals; `call_id` is its id in the data, repeated on each year row.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ngo_dashboard.text import fold, search_mask, searchable

SORTS = ("amount", "year", "title")
_ORDER = {
    "amount": (["amount_pln", "total_pln"], False),
    "year": (["year", "title"], True),
    "title": (["title", "year"], True),
}


def search_index(competitions: pd.DataFrame) -> pd.Series:
    """One folded string per call row (title, department, id), built once per data folder."""
    return (competitions["title"] + " " + competitions["department"] + " " + competitions["call_id"]).map(
        searchable
    )


def filter_competitions(
    competitions: pd.DataFrame,
    *,
    areas: Sequence[str],
    years: tuple[int, int],
    query: str = "",
    index: pd.Series | None = None,
) -> pd.DataFrame:
    """Rows in the chosen areas and years (rows without a year stay: they belong to no year) whose
    text contains every word of the query, ignoring case, Polish diacritics, spaces and endings."""
    mask = competitions["area"].isin(list(areas)) & (
        competitions["year"].between(*years) | competitions["year"].isna()
    )
    if query.strip():
        mask &= search_mask(index if index is not None else search_index(competitions), query)
    return competitions[mask]


def sort_competitions(competitions: pd.DataFrame, sort: str) -> pd.DataFrame:
    columns, ascending = _ORDER.get(sort, _ORDER["amount"])
    # Titles in Polish alphabetical order, near enough: compare them without diacritics and case.
    return competitions.sort_values(
        columns,
        ascending=ascending,
        na_position="last",
        kind="stable",
        key=lambda column: column.map(fold) if column.name == "title" else column,
    )
