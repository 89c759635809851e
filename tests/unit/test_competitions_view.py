"""The competitions view's lists: largest totals, totals never split into years, earlier funding."""

from __future__ import annotations

import pandas as pd
import pytest

from ngo_dashboard import competitions_view as cv
from ngo_dashboard.text import md_escape

ROW = {
    "call_id": "a",
    "year": 2023,
    "title": "Usługi *opiekuńcze*",
    "area": "social_welfare",
    "amount_pln": None,
    "qualifier": "exact",
    "total_pln": 21_494_800.0,
    "total_qualifier": "at_least",
    "yearly_split": "none",
    "period_start": pd.Timestamp("2023-10-01"),
    "period_end": pd.Timestamp("2027-09-30"),
    "prior_year": 2022,
    "prior_amount_pln": 200_000.0,
    "prior_kind": "combined",
}


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame([{**ROW, **row} for row in rows])


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("pl", "1. **\\>\u00a021\u00a0494\u00a0800 zł** – Usługi \\*opiekuńcze\\* \\(2023–2027\\)"),
        ("en", "1. **\\>\u00a0PLN\u00a021,494,800** – Usługi \\*opiekuńcze\\* \\(2023–2027\\)"),
    ],
)
def test_largest_items_rank_the_totals_with_their_qualifier_and_period_as_text(lang, expected):
    assert cv.largest_items(frame({}), lang) == [expected]


def test_largest_items_leave_out_a_period_the_notice_does_not_give():
    (item,) = cv.largest_items(
        frame({"period_start": pd.NaT, "period_end": pd.NaT, "total_qualifier": "exact"}), "pl"
    )

    assert item == "1. **21\u00a0494\u00a0800 zł** – Usługi \\*opiekuńcze\\*"


@pytest.mark.parametrize(
    "title",
    ["Centra aktywności seniorów (2023–2025)", "Usługi opiekuńcze, 1.10.2023–30.09.2025"],
)
def test_a_title_that_names_both_years_of_its_period_is_not_followed_by_them_again(title):
    rows = frame({"title": title, "period_end": pd.Timestamp("2025-09-30"), "total_qualifier": "exact"})

    (largest,) = cv.largest_items(rows, "pl")
    (no_split,) = cv.no_split_items(rows, "pl")

    assert largest.endswith(md_escape(title))
    assert no_split.startswith(f"- {md_escape(title)}:")


def test_a_title_that_names_only_one_year_of_its_period_still_gets_the_period():
    (item,) = cv.largest_items(frame({"title": "Konkurs 2023", "total_qualifier": "exact"}), "pl")

    assert item.endswith("Konkurs 2023 \\(2023–2027\\)")


def test_a_period_within_one_year_is_given_as_that_year():
    rows = frame({"title": "Kolonie", "period_end": pd.Timestamp("2023-12-31"), "total_qualifier": "exact"})

    assert cv.largest_items(rows, "pl") == ["1. **21\u00a0494\u00a0800 zł** – Kolonie \\(2023\\)"]


def test_no_split_items_list_each_multi_year_total_once_and_nothing_else():
    rows = frame({}, {"year": 2024}, {"call_id": "b", "yearly_split": "full", "title": "B"})

    assert cv.no_split_items(rows, "pl") == [
        "- Usługi \\*opiekuńcze\\* \\(2023–2027\\): **\\>\u00a021\u00a0494\u00a0800 zł**"
    ]


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "pl",
            "- **Usługi \\*opiekuńcze\\***: w 2023 r\\. —; wcześniej według ogłoszenia 200\u00a0000 zł "
            "\\(rok 2022; łącznie rok bieżący i wskazany rok\\)",
        ),
        (
            "en",
            "- **Usługi \\*opiekuńcze\\***: — in 2023; earlier, as the notice states, PLN\u00a0200,000 "
            "\\(year 2022; current year and the named year combined\\)",
        ),
    ],
)
def test_prior_items_give_the_earlier_amount_as_the_notice_states_it(lang, expected):
    assert cv.prior_items(frame({}, {"year": 2024}), lang) == [expected]


def test_prior_items_skip_competitions_whose_notice_states_no_earlier_funding():
    assert cv.prior_items(frame({"prior_amount_pln": None, "prior_kind": None}), "pl") == []


def test_the_shipped_view_lists_ten_largest_and_every_multi_year_total(shipped_dataset):
    working = cv.working(shipped_dataset)
    areas = tuple(shipped_dataset.frame("competitions")["area"].unique())

    view = cv.build_competitions_view(
        shipped_dataset, working, areas=areas, years=(2006, 2028), query="", lang="pl"
    )

    assert len(view.largest) == 10
    assert view.largest[0].startswith("1. **24\u00a0655\u00a0800 zł** – Świadczenie usług opiekuńczych")
    assert len(view.no_split) == 7


def test_lists_show_at_most_max_list_items_and_count_all(shipped_dataset):
    many = frame(*({"call_id": f"c{i}", "title": f"T{i}"} for i in range(cv.MAX_LIST_ITEMS + 5)))

    assert len(cv.no_split_items(many, "pl")) == cv.MAX_LIST_ITEMS == 50
    assert len(cv.prior_items(many, "pl")) == cv.MAX_LIST_ITEMS
