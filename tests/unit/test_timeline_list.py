"""The timeline as a list: periods from the programme eras, year anchors, navigation, batches."""

from __future__ import annotations

import pandas as pd
import pytest

from ngo_dashboard.eras import Era
from ngo_dashboard.timeline_list import (
    LIST_BATCH,
    Period,
    batch_size,
    list_content,
    ordered_events,
    period_label,
    periods,
    year_anchor,
    year_navigation,
)


def era(start: int, end: int, status: str = "confirmed") -> Era:
    return Era(start, end, f"doc-{start}", status, "src")


ERAS = [era(2015, 2018), era(2019, 2022), era(2024, 2027, "conflict"), era(2025, 2028, "conflict")]
YEARS = [1995, 1997, 2014, 2015, 2018, 2019, 2023, 2024, 2026, 2030]


def shape(result: list[Period]) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    return [(p.kind, p.years, tuple(e.start_year for e in p.eras)) for p in result]


def test_periods_without_eras_are_one_period_of_plain_years():
    assert shape(periods([2001, 1999, 2001], [])) == [("years", (1999, 2001), ())]


def test_periods_follow_the_eras_and_name_the_years_before_between_and_after_them():
    assert shape(periods(YEARS, ERAS)) == [
        ("before", (1995, 1997, 2014), ()),
        ("programme", (2015, 2018), (2015,)),
        ("programme", (2019,), (2019,)),
        ("between", (2023,), ()),
        ("programme", (2024, 2026), (2024, 2025)),
        ("after", (2030,), ()),
    ]


def test_periods_newest_first_reverse_the_periods_and_their_years():
    result = periods(YEARS, ERAS, "newest")

    assert [p.years for p in result] == [
        (2030,),
        (2026, 2024),
        (2023,),
        (2019,),
        (2018, 2015),
        (2014, 1997, 1995),
    ]


def test_overlapping_programmes_are_one_disputed_period():
    (period,) = periods([2025], ERAS)

    assert period.disputed
    assert not periods([2016], ERAS)[0].disputed


@pytest.mark.parametrize(
    "years, lang, expected",
    [
        ([1995, 2014], "pl", "Przed programami wieloletnimi: 1995–2014"),
        ([2016], "pl", "Program wieloletni 2015–2018"),
        ([2016], "en", "Multi-year programme 2015–2018"),
        ([2025], "pl", "Program wieloletni 2024–2027 / 2025–2028 (?)"),
        ([2023], "en", "Outside the multi-year programmes: 2023"),
        ([2030], "en", "After the last known multi-year programme: 2030"),
    ],
)
def test_period_label_says_which_programme_or_which_years(years, lang, expected):
    (period,) = periods(years, ERAS)

    assert period_label(period, lang) == expected


def test_period_label_without_any_programme_gives_the_years():
    assert period_label(periods([1999, 2001], [])[0], "pl") == "Lata 1999–2001"


def test_year_anchor_is_the_same_in_both_languages_and_a_valid_fragment():
    assert year_anchor(1997) == "rok-1997"


def test_year_navigation_links_every_year_to_its_heading_under_its_period_with_a_count():
    result = periods([1997, 1999, 2016], ERAS)

    assert year_navigation(result, {1997: 1, 1999: 3, 2016: 2}, "pl") == (
        "**Przed programami wieloletnimi: 1997–1999** · 4 wydarzenia  \n[1997](#rok-1997) [1999](#rok-1999)"
        "\n\n**Program wieloletni 2015–2018** · 2 wydarzenia  \n[2016](#rok-2016)"
    )


def test_ordered_events_newest_first_reverses_the_list():
    frame = pd.DataFrame({"event_id": ["a", "b", "c"]})

    assert list(ordered_events(frame, "newest")["event_id"]) == ["c", "b", "a"]
    assert list(ordered_events(frame, "oldest")["event_id"]) == ["a", "b", "c"]


@pytest.mark.parametrize(
    "count, requested, position, expected",
    [
        (72, LIST_BATCH, None, 30),  # the shipped data: a first batch of 30
        (7100, LIST_BATCH, None, 30),
        (7100, 60, None, 60),  # after one "show more"
        (40, 60, None, 40),  # never more than there are
        (7100, LIST_BATCH, 45, 60),  # an opened event further down is drawn, in whole batches
        (7100, LIST_BATCH, 29, 30),
        (0, LIST_BATCH, None, 0),
    ],
)
def test_batch_size_draws_whole_batches_and_always_reaches_the_opened_event(
    count, requested, position, expected
):
    assert batch_size(count, requested, position) == expected


def card(event_id: str) -> dict:
    return {"id": event_id, "title": f"T {event_id}"}


def test_list_content_puts_each_card_under_its_year_and_period_in_reading_order_and_marks_the_opened():
    visible = pd.DataFrame({"event_id": ["c", "b", "a"], "year": [2016, 2016, 1995]})  # newest first
    groups = periods(visible["year"], [era(2015, 2018)], "newest")
    cards = {i: card(i) for i in "abc"}

    content = list_content(groups, visible, cards, opened="b", link=lambda i: f"?event={i}", lang="en")

    assert content["labels"] == {
        "marked": "opened from the link",
        "link": "Link to this event",
        "details": "Quote and source",
        "source": "Source:",
    }
    assert [(p["label"], [y["anchor"] for y in p["years"]]) for p in content["periods"]] == [
        ("Multi-year programme 2015–2018", ["rok-2016"]),
        ("Before the multi-year programmes: 1995", ["rok-1995"]),
    ]
    assert [y["events"] for p in content["periods"] for y in p["years"]] == [
        [
            {"id": "c", "title": "T c", "link": "?event=c", "marked": False},
            {"id": "b", "title": "T b", "link": "?event=b", "marked": True},
        ],
        [{"id": "a", "title": "T a", "link": "?event=a", "marked": False}],
    ]
    assert cards["b"] == card("b")  # the shared cards are not changed
