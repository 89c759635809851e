"""The shipped data/ folder: the validator accepts it, and the founding facts are in it.

The validator's rules (every row sourced, quotes present, http(s) addresses, multi-year totals never
split) are tested where they can fail, on broken fixtures (test_validation.py, test_models.py); here
they would only restate the loader, which refuses the whole folder first.
"""

from __future__ import annotations

import pytest

from ngo_dashboard.data import load_dataset
from ngo_dashboard.paths import SHIPPED_DATA_DIR
from ngo_dashboard.report import DataError


def test_shipped_data_is_valid():
    try:
        load_dataset(SHIPPED_DATA_DIR)
    except DataError as error:
        pytest.fail(f"data/ is invalid:\n{error.report('en')}", pytrace=False)


def test_shipped_data_has_the_expected_row_counts(shipped_dataset):
    assert shipped_dataset.counts == {
        "sources": 176,
        "events": 71,
        "money": 5,
        "competitions": 140,
        "context": 82,
        "programmes": 20,
    }


@pytest.mark.parametrize(
    "date, precision, words",
    [
        ("1995", "year", ["Rynku Głównym"]),
        ("1997-09", "month", ["pilotaż"]),
        ("1999-12", "month", ["Rad", "Program współpracy"]),
    ],
)
def test_shipped_timeline_has_the_founding_events(shipped_dataset, date, precision, words):
    events = shipped_dataset.frame("events")
    text = events["title_pl"] + " " + events["description_pl"] + " " + events["quote"]
    found = events[
        (events["date"] == date)
        & (events["date_precision"] == precision)
        & text.map(lambda value: all(w in value for w in words))
    ]

    assert len(found) == 1


def test_shipped_money_has_the_2021_programme_total_with_its_quote_and_source(shipped_dataset):
    money = shipped_dataset.frame("money")
    facts = money[(money["year"] == 2021) & (money["measure"] == "programme_total")]

    assert list(zip(facts["basis"], facts["qualifier"], facts["amount_pln"], strict=True)) == [
        ("planned", "exact", 102262543)
    ]
    assert "102 262 543 zł" in facts["quote"].iloc[0]
    source = shipped_dataset.source(facts["source_id"].iloc[0])
    assert source.url == "https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html"
    assert source.published == "2021-03-01"
    assert source.kind == "primary"
