"""Filtering and ordering the open calls: rows without a year belong to no year, so no year filter
drops them; search ignores case, Polish diacritics and spaces."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ngo_dashboard.competitions import filter_competitions, search_index, sort_competitions

ALL_AREAS = ["social_welfare", "seniors", "culture", "other"]
ALL_YEARS = (2000, 2030)


def calls_frame(rows: list[tuple]) -> pd.DataFrame:
    """(call_id, year, title, department, area, amount_pln, total_pln) as `Dataset.frame` types them."""
    frame = pd.DataFrame(
        rows, columns=["call_id", "year", "title", "department", "area", "amount_pln", "total_pln"]
    )
    return frame.astype({"year": "Int64", "amount_pln": "float64", "total_pln": "float64"})


CALLS = calls_frame(
    [
        (
            "opieka-2023",
            2023,
            "Świadczenie usług opiekuńczych",
            "Miejski Ośrodek Pomocy Społecznej",
            "social_welfare",
            None,
            21_494_800,
        ),
        (
            "seniorzy-2024",
            2024,
            "Centra aktywności seniorów",
            "Wydział Polityki Społecznej i Zdrowia",
            "seniors",
            500_000,
            1_500_000,
        ),
        ("kultura-2022", 2022, "Festiwal wielokulturowy", "Wydział Kultury", "culture", 150_000, 150_000),
        (
            "pomoc-prawna",
            None,
            "Punkty nieodpłatnej pomocy prawnej",
            "Wydział Spraw Społecznych",
            "other",
            None,
            889_190,
        ),
        (
            "zolw-2021",
            2021,
            "Żółwie tempo – łąki kwietne",
            "Zarząd Zieleni Miejskiej",
            "other",
            80_000,
            80_000,
        ),
    ]
)


def ids(frame: pd.DataFrame) -> list[str]:
    return list(frame["call_id"])


# Filters


def test_filter_competitions_with_no_areas_keeps_nothing():
    assert filter_competitions(CALLS, areas=[], years=ALL_YEARS).empty


def test_filter_competitions_keeps_rows_without_a_year_whatever_the_years():
    assert ids(filter_competitions(CALLS, areas=["other"], years=(2030, 2031))) == ["pomoc-prawna"]
    assert "pomoc-prawna" in ids(filter_competitions(CALLS, areas=ALL_AREAS, years=(2022, 2022)))


@pytest.mark.parametrize(
    "areas, expected",
    [
        (["culture"], ["kultura-2022"]),
        (["social_welfare", "seniors"], ["opieka-2023", "seniorzy-2024"]),
        (["sport"], []),
        (ALL_AREAS, ["opieka-2023", "seniorzy-2024", "kultura-2022", "pomoc-prawna", "zolw-2021"]),
    ],
)
def test_filter_competitions_keeps_only_the_chosen_areas(areas, expected):
    assert ids(filter_competitions(CALLS, areas=areas, years=ALL_YEARS)) == expected


@pytest.mark.parametrize(
    "years, expected",
    [
        ((2022, 2023), ["opieka-2023", "kultura-2022", "pomoc-prawna"]),  # both ends included
        ((2024, 2024), ["seniorzy-2024", "pomoc-prawna"]),
        ((2010, 2020), ["pomoc-prawna"]),
    ],
)
def test_filter_competitions_keeps_the_chosen_years(years, expected):
    assert ids(filter_competitions(CALLS, areas=ALL_AREAS, years=years)) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("nic takiego", []),
        ("opieka kultura", []),  # every word must match
        ("swiadczenie", ["opieka-2023"]),
        ("ŚWIADCZENIE USŁUG", ["opieka-2023"]),
        ("osrodek", ["opieka-2023"]),  # the department
        ("polityki spolecznej", ["seniorzy-2024"]),
        (
            "spolecznej",
            ["opieka-2023", "seniorzy-2024", "pomoc-prawna"],
        ),  # "Społecznych" too: endings ignored
        ("kultura-2022", ["kultura-2022"]),  # the id
        ("zolwie laki", ["zolw-2021"]),
        ("pomocyprawnej", ["pomoc-prawna"]),  # spaces ignored
        ("  ", ["opieka-2023", "seniorzy-2024", "kultura-2022", "pomoc-prawna", "zolw-2021"]),
    ],
)
def test_filter_competitions_matches_title_department_and_id_ignoring_diacritics(query, expected):
    assert ids(filter_competitions(CALLS, areas=ALL_AREAS, years=ALL_YEARS, query=query)) == expected


def test_filter_competitions_with_a_prebuilt_index_finds_the_same_rows():
    index = search_index(CALLS)

    for query in ("spolecznej", "zolw", "pomoc-prawna"):
        with_index = filter_competitions(CALLS, areas=ALL_AREAS, years=ALL_YEARS, query=query, index=index)
        assert with_index.equals(filter_competitions(CALLS, areas=ALL_AREAS, years=ALL_YEARS, query=query))


def test_filter_competitions_combines_areas_years_and_query():
    found = filter_competitions(CALLS, areas=["other", "seniors"], years=(2021, 2023), query="zarzad")

    assert ids(found) == ["zolw-2021"]


def test_search_index_folds_each_row_once():
    index = search_index(CALLS)

    assert list(index.index) == list(CALLS.index)
    assert "swiadczenie uslug opiekunczych" in index[0]
    assert "zolwie tempo" in index[4]


# Sorting


def test_sort_competitions_by_amount_puts_the_largest_first_and_the_missing_last():
    order = sort_competitions(CALLS, "amount")

    assert ids(order) == ["seniorzy-2024", "kultura-2022", "zolw-2021", "opieka-2023", "pomoc-prawna"]
    assert math.isnan(order["amount_pln"].iloc[-1])


def test_sort_competitions_by_amount_breaks_ties_by_the_call_total():
    calls = calls_frame(
        [
            ("small", 2023, "A", "D", "other", 100, 100),
            ("big", 2023, "B", "D", "other", 100, 900),
        ]
    )

    assert ids(sort_competitions(calls, "amount")) == ["big", "small"]


def test_sort_competitions_by_year_puts_calls_without_a_year_last():
    assert ids(sort_competitions(CALLS, "year")) == [
        "zolw-2021",
        "kultura-2022",
        "opieka-2023",
        "seniorzy-2024",
        "pomoc-prawna",
    ]


def test_sort_competitions_by_year_orders_one_years_calls_by_title():
    calls = calls_frame(
        [
            ("b", 2023, "Bezdomni", "D", "other", 1, 1),
            ("a", 2023, "Asystent", "D", "other", 1, 1),
            ("c", 2022, "Centra", "D", "other", 1, 1),
        ]
    )

    assert ids(sort_competitions(calls, "year")) == ["c", "a", "b"]


def test_sort_competitions_by_title_orders_alphabetically():
    calls = calls_frame(
        [
            ("c", 2021, "Prowadzenie placówek", "D", "other", 1, 1),
            ("a", 2023, "Asystent osobisty", "D", "other", 1, 1),
            ("b", 2022, "Konkurs dla klubów", "D", "other", 1, 1),
            ("d", 2020, "Prowadzenie placówek", "D", "other", 1, 1),
        ]
    )

    assert ids(sort_competitions(calls, "title")) == ["a", "b", "d", "c"]


def test_sort_competitions_with_an_unknown_order_sorts_by_amount():
    assert ids(sort_competitions(CALLS, "no-such-order")) == ids(sort_competitions(CALLS, "amount"))


def test_sort_competitions_does_not_change_the_frame_it_is_given():
    before = CALLS.copy()

    sort_competitions(CALLS, "title")

    pd.testing.assert_frame_equal(CALLS, before)
