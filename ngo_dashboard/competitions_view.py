"""The competitions view: everything the Competitions page shows for one filter state.

Pure. The UI caches the working frame once per dataset and the view once per filter state, and
only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from ngo_dashboard.charts import build_competitions_by_year_figure, largest_competitions_frame
from ngo_dashboard.competitions import filter_competitions, search_index, sort_competitions
from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, format_pln, qualified, t
from ngo_dashboard.provenance import cite, unique_ids
from ngo_dashboard.summary import competitions_summary
from ngo_dashboard.text import md_escape

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
    "period_start",
    "period_end",
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
    largest_rows: pd.DataFrame
    largest: tuple[str, ...]  # Markdown list items, as are no_split and prior
    no_split: tuple[str, ...]
    no_split_count: int  # all of them; the list shows at most MAX_LIST_ITEMS
    prior: tuple[str, ...]
    prior_count: int
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
        largest_rows=(largest := largest_competitions_frame(shown)),
        largest=tuple(largest_items(largest, lang)),
        no_split=tuple(no_split_items(shown, lang)),
        no_split_count=len(no_split_calls(shown)),
        prior=tuple(prior_items(shown, lang)),
        prior_count=len(prior_calls(shown)),
        summary=tuple(competitions_summary(shown, lang)),
        source_ids=source_ids,
    )


# Items a list shows at most; the rest are in the table of all competitions and its CSV. (Kraków's
# lists are shorter; a city with thousands of calls would otherwise get one block of thousands of lines.)
MAX_LIST_ITEMS = 50

# NOTE: these three are lists, not a chart and tables: on a phone a ranked list reads better than a
# bar chart of ten long names, and neither needs Streamlit's table code (a second Plotly chart cost a
# phone 0.8 s of blocking time, Lighthouse mobile A/B; st.table pulls ~1 MB of Arrow code).


def _total(row: pd.Series, lang: Lang) -> str:
    return qualified(format_pln(row["total_pln"], lang), row["total_qualifier"], lang)


def _year(value: float) -> str:
    return "—" if pd.isna(value) else str(int(value))


def _period(row: pd.Series) -> str:
    """' (2023–2027)' after a title, or nothing where the notice gives no period or the title
    already names both years ("… seniorów (2023–2025)", "… 1.10.2023–30.09.2027"): said once."""
    if pd.isna(row["period_start"]) or pd.isna(row["period_end"]):
        return ""
    first, last = row["period_start"].year, row["period_end"].year
    if all(str(year) in str(row["title"]) for year in (first, last)):
        return ""
    return f" ({first})" if first == last else f" ({first}–{last})"


def largest_items(largest: pd.DataFrame, lang: Lang) -> list[str]:
    """'1. **21 494 800 zł** – title (2023–2027)': the competitions with the largest stated totals."""
    return [
        f"{rank}. **{md_escape(_total(row, lang))}** – {md_escape(row['title'])}{md_escape(_period(row))}"
        for rank, (_, row) in enumerate(largest.iterrows(), start=1)
    ]


def no_split_calls(shown: pd.DataFrame) -> pd.DataFrame:
    """One row per multi-year competition whose notice gives only a total."""
    return shown[shown["yearly_split"] == "none"].drop_duplicates("call_id")


def prior_calls(shown: pd.DataFrame) -> pd.DataFrame:
    """One row per competition whose notice states earlier funding."""
    return shown[shown["prior_amount_pln"].notna()].drop_duplicates("call_id")


def no_split_items(shown: pd.DataFrame, lang: Lang) -> list[str]:
    """Multi-year competitions whose notice gives only a total: the total, never split into years."""
    rows = no_split_calls(shown).head(MAX_LIST_ITEMS)
    return [
        f"- {md_escape(row['title'])}{md_escape(_period(row))}: **{md_escape(_total(row, lang))}**"
        for _, row in rows.iterrows()
    ]


def prior_items(shown: pd.DataFrame, lang: Lang) -> list[str]:
    """Competitions whose notice states earlier funding, with the earlier amount as stated."""
    rows = prior_calls(shown).head(MAX_LIST_ITEMS)
    items = []
    for _, row in rows.iterrows():
        now = (
            "—"
            if pd.isna(row["amount_pln"])
            else qualified(format_pln(row["amount_pln"], lang), row["qualifier"], lang)
        )
        line = t(
            "competitions.prior_item",
            lang,
            year=_year(row["year"]),
            amount=now,
            prior_year=_year(row["prior_year"]),
            prior=format_pln(row["prior_amount_pln"], lang),
            kind=t(f"prior_kind.{row['prior_kind']}", lang),
        )
        items.append(f"- **{md_escape(row['title'])}**: {md_escape(line)}")
    return items
