"""The shipped data/ folder: it validates, every row is sourced, and the seed facts are there."""

from __future__ import annotations

import pytest

from ngo_dashboard.data import load_dataset
from ngo_dashboard.package import TABLES
from ngo_dashboard.paths import SHIPPED_DATA_DIR


def test_shipped_data_is_valid():
    load_dataset(SHIPPED_DATA_DIR)


def test_shipped_data_has_the_expected_row_counts(shipped_dataset):
    assert shipped_dataset.counts == {
        "sources": 176,
        "events": 71,
        "money": 5,
        "competitions": 140,
        "context": 82,
        "programmes": 20,
    }


@pytest.mark.parametrize("table", [t for t in TABLES if t.name != "sources"], ids=lambda t: t.name)
def test_every_shipped_row_resolves_to_a_source(shipped_dataset, table):
    known = {source.source_id for source in shipped_dataset.sources}
    unresolved = [
        (getattr(row, table.key[0]), ref, getattr(row, ref))
        for row in getattr(shipped_dataset, table.name)
        for ref in ("source_id", "source_id_2")
        if getattr(row, ref, None) is not None and getattr(row, ref) not in known
    ]

    assert unresolved == []


@pytest.mark.parametrize("table", [t for t in TABLES if "quote" in t.columns], ids=lambda t: t.name)
def test_every_shipped_quote_is_non_empty(shipped_dataset, table):
    empty = [
        getattr(row, table.key[0]) for row in getattr(shipped_dataset, table.name) if not row.quote.strip()
    ]

    assert empty == []


def test_every_shipped_source_url_is_http_or_https(shipped_dataset):
    assert [
        s.source_id for s in shipped_dataset.sources if not s.url.startswith(("http://", "https://"))
    ] == []


def test_shipped_competitions_split_none_have_no_yearly_amount(shipped_dataset):
    split_none = [c for c in shipped_dataset.competitions if c.yearly_split == "none"]

    assert split_none
    assert [c.call_id for c in split_none if c.amount_pln is not None] == []
    assert [c.call_id for c in split_none if c.total_pln is None] == []


# Seed facts


def events_matching(dataset, date, precision, *words):
    return [
        e
        for e in dataset.events
        if e.date == date
        and e.date_precision == precision
        and all(w in f"{e.title_pl} {e.description_pl} {e.quote}" for w in words)
    ]


@pytest.mark.parametrize(
    "date, precision, words",
    [
        ("1995", "year", ["Rynku Głównym"]),
        ("1997-09", "month", ["pilotaż"]),
        ("1999-12", "month", ["Rad", "Program współpracy"]),
    ],
)
def test_shipped_timeline_has_the_founding_events(shipped_dataset, date, precision, words):
    assert len(events_matching(shipped_dataset, date, precision, *words)) == 1


def test_shipped_money_has_the_2021_programme_total_with_its_quote_and_source(shipped_dataset):
    facts = [m for m in shipped_dataset.money if (m.year, m.measure) == (2021, "programme_total")]

    assert [(f.basis, f.qualifier, f.amount_pln) for f in facts] == [("planned", "exact", 102262543)]
    assert "102 262 543 zł" in facts[0].quote
    source = shipped_dataset.source(facts[0].source_id)
    assert source.url == "https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html"
    assert source.published == "2021-03-01"
    assert source.kind == "primary"
