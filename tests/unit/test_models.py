"""Row rules of the models, seen the way a CSV row meets them: cells in, located (field, code) out."""

from __future__ import annotations

from datetime import date
from typing import get_args

import pytest

from ngo_dashboard.models import SERIES_UNITS, ContextUnit, Series, date_bounds, date_precision
from ngo_dashboard.package import TABLES_BY_NAME
from ngo_dashboard.validation import validate_rows

SOURCE = {
    "source_id": "krakow-pl-247251",
    "title": "Międzynarodowy Dzień NGO",
    "publisher": "krakow.pl – Urząd Miasta Krakowa",
    "url": "https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html",
    "kind": "primary",
    "language": "pl",
}
EVENT = {
    "event_id": "1997-09-pilotazowy-program-wspolpracy",
    "date": "1997-09",
    "date_precision": "month",
    "category": "programme",
    "title_pl": "Pilotażowy program współpracy",
    "title_en": "Pilot cooperation programme",
    "description_pl": "Zarząd Miasta Krakowa przyjął pilotażowy program.",
    "description_en": "The City Board adopted a pilot programme.",
    "source_id": "krakow-pl-247251",
    "quote": "we wrześniu 1997 roku",
}
MONEY = {
    "fact_id": "2021-programme-total",
    "year": "2021",
    "measure": "programme_total",
    "basis": "planned",
    "qualifier": "exact",
    "amount_pln": "102262543",
    "scope_note_pl": "Kwota zaplanowana w programie.",
    "scope_note_en": "Amount planned in the programme.",
    "source_id": "krakow-pl-247251",
    "quote": "kwotę 102 262 543 zł",
}
COMPETITION = {
    "call_id": "il-inicjatywa-lokalna-2023",
    "year": "2023",
    "title": "Inicjatywa lokalna",
    "department": "Wydział Polityki Społecznej i Zdrowia UMK",
    "area": "civic_society",
    "form": "unknown",
    "basis": "planned",
    "qualifier": "exact",
    "amount_pln": "200000",
    "yearly_split": "single_year",
    "source_id": "rewitalizacja-krakow-pl-267690",
    "quote": "W tym roku przewidziano na to kwotę 200 tys. zł",
}
CONTEXT = {
    "series": "cpi",
    "year": "2021",
    "value": "105.1",
    "unit": "index_prev_year_100",
    "basis": "annual_average",
    "qualifier": "exact",
    "source_id": "gus-cpi-copy-github",
    "quote": "2021;105,1",
}
PROGRAMME = {
    "doc_id": "2020-resolution",
    "period_start": "2020",
    "period_end": "2020",
    "kind": "annual",
    "document_type": "resolution",
    "title_pl": "Uchwała nr XXX/792/19",
    "title_en": "Resolution XXX/792/19",
    "status": "confirmed",
    "source_id": "bip-krakow-pl-52019",
}
BASE = {
    "sources": SOURCE,
    "events": EVENT,
    "money": MONEY,
    "competitions": COMPETITION,
    "context": CONTEXT,
    "programmes": PROGRAMME,
}


def row_problems(table: str, **changes: str) -> list[tuple[str | None, str]]:
    """(field, code) of each problem of one row: the base row of `table` with some cells changed."""
    _, problems = validate_rows(TABLES_BY_NAME[table], [(2, {**BASE[table], **changes})])
    return [(p.field, p.code) for p in problems]


@pytest.mark.parametrize("table", list(BASE))
def test_base_rows_of_these_tests_are_valid(table):
    assert row_problems(table) == []


# Partial dates


@pytest.mark.parametrize(
    "value",
    [
        "2023-02-29",
        "1900-02-29",
        "2024-02-30",
        "2024-04-31",
        "2024-13",
        "2024-00",
        "2024-01-00",
        "2024-12-32",
    ],
)
def test_date_bounds_refuses_a_date_that_does_not_exist(value):
    with pytest.raises(ValueError, match="^date$"):
        date_bounds(value)


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("1995", date(1995, 1, 1), date(1995, 12, 31)),
        ("1997-09", date(1997, 9, 1), date(1997, 9, 30)),
        ("1999-12", date(1999, 12, 1), date(1999, 12, 31)),
        ("2021-01", date(2021, 1, 1), date(2021, 1, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("2000-02", date(2000, 2, 1), date(2000, 2, 29)),
        ("1900-02", date(1900, 2, 1), date(1900, 2, 28)),
        ("2024-02-29", date(2024, 2, 29), date(2024, 2, 29)),
        ("2021-03-01", date(2021, 3, 1), date(2021, 3, 1)),
    ],
)
def test_date_bounds_gives_first_and_last_day_of_a_partial_date(value, first, last):
    assert date_bounds(value) == (first, last)


@pytest.mark.parametrize("value, precision", [("1995", "year"), ("1997-09", "month"), ("2021-03-01", "day")])
def test_date_precision_follows_the_length_of_the_date(value, precision):
    assert date_precision(value) == precision


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023-02-29", [("date", "date")]),
        ("1997-9", [("date", "partial_date")]),
        ("97", [("date", "partial_date")]),
        ("1997/09", [("date", "partial_date")]),
        ("wrzesień 1997", [("date", "partial_date")]),
    ],
)
def test_event_refuses_a_date_that_is_not_an_iso_partial_date(value, expected):
    assert (
        row_problems("events", date=value, date_precision="day" if len(value) == 10 else "month") == expected
    )


@pytest.mark.parametrize(
    "value, precision",
    [("1995", "month"), ("1995", "day"), ("1997-09", "day"), ("1997-09", "year"), ("1997-09-01", "month")],
)
def test_event_refuses_a_precision_that_does_not_match_the_date(value, precision):
    assert row_problems("events", date=value, date_precision=precision) == [("date_precision", "precision")]


@pytest.mark.parametrize("value, precision", [("1995", "year"), ("1997-09", "month"), ("1997-09-01", "day")])
def test_event_accepts_a_precision_that_matches_the_date(value, precision):
    assert row_problems("events", date=value, date_precision=precision) == []


# Bilingual pairs


@pytest.mark.parametrize("table", ["events", "competitions", "context", "programmes"])
@pytest.mark.parametrize(
    "note_pl, note_en, expected",
    [
        ("Uwaga.", "", [("note_en", "translation")]),
        ("", "Caveat.", [("note_pl", "translation")]),
        ("Uwaga.", "   ", [("note_en", "translation")]),
        ("Uwaga.", "Caveat.", []),
        ("", "", []),
    ],
)
def test_notes_come_in_pairs_of_both_languages_or_neither(table, note_pl, note_en, expected):
    assert row_problems(table, note_pl=note_pl, note_en=note_en) == expected


@pytest.mark.parametrize("field", ["title_pl", "title_en", "description_pl", "description_en"])
def test_event_requires_both_titles_and_descriptions(field):
    assert row_problems("events", **{field: ""}) == [(field, "required")]


# Competitions


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"total_pln": "500000", "total_qualifier": ""}, [("total_qualifier", "total_qualifier")]),
        ({"total_pln": "", "total_qualifier": "exact"}, [("total_qualifier", "total_qualifier")]),
        (
            {"yearly_split": "none", "amount_pln": "100", "total_pln": "500", "total_qualifier": "exact"},
            [("yearly_split", "split_none")],
        ),
        ({"yearly_split": "none", "amount_pln": ""}, [("yearly_split", "split_none")]),
        (
            {"period_start": "2024-01-02", "period_end": "2024-01-01"},
            [("period_end", "period")],
        ),
        ({"prior_year": "2022", "prior_amount_pln": "150000"}, [("prior_kind", "prior_kind")]),
        ({"prior_kind": "as_stated"}, [("prior_kind", "prior_kind")]),
        ({"amount_pln": "-1"}, [("amount_pln", "minimum")]),
        ({"amount_pln": "12,5"}, [("amount_pln", "number")]),
        ({"area": "festival"}, [("area", "enum")]),
        ({"source_id_2": "Not A Slug"}, [("source_id_2", "slug")]),
    ],
)
def test_competition_refuses_inconsistent_amounts_periods_and_prior_funding(changes, expected):
    assert row_problems("competitions", **changes) == expected


@pytest.mark.parametrize(
    "changes",
    [
        {"total_pln": "200000", "total_qualifier": "exact"},
        {"yearly_split": "none", "amount_pln": "", "total_pln": "21494800", "total_qualifier": "exact"},
        {"period_start": "2023-10-01", "period_end": "2023-10-01"},
        {"period_start": "2023-10-01", "period_end": "2027-09-30"},
        {"prior_year": "2022", "prior_amount_pln": "150000", "prior_kind": "as_stated"},
        {"year": "", "amount_pln": "", "yearly_split": "unknown"},
    ],
)
def test_competition_accepts_consistent_rows(changes):
    assert row_problems("competitions", **changes) == []


# Programme documents


@pytest.mark.parametrize(
    "start, end, expected",
    [
        ("2021", "", [("period_end", "period")]),
        ("", "2021", [("period_end", "period")]),
        ("2022", "2021", [("period_end", "period")]),
        ("2021", "2021", []),
        ("2019", "2023", []),
        ("", "", []),
    ],
)
def test_programme_period_has_both_ends_in_order_or_neither(start, end, expected):
    assert row_problems("programmes", period_start=start, period_end=end) == expected


# Context series


@pytest.mark.parametrize(
    "series, unit, expected",
    [
        ("cpi", "persons", [("unit", "unit")]),
        ("cpi", "PLN", [("unit", "unit")]),
        ("population", "PLN", [("unit", "unit")]),
        ("population", "index_prev_year_100", [("unit", "unit")]),
        ("expenditure", "persons", [("unit", "unit")]),
        ("cpi", "percent", [("unit", "enum")]),
        ("cpi", "index_prev_year_100", []),
        ("population", "persons", []),
        ("expenditure", "PLN", []),
        ("participatory_budget", "PLN", []),
        ("participatory_budget_citywide", "PLN", []),
        ("registered_ngos", "count", []),
        ("municipal_premises_ngos", "count", []),
        ("culture_call_offers", "count", []),
        ("participatory_budget", "count", [("unit", "unit")]),
        ("registered_ngos", "persons", [("unit", "unit")]),
        ("population", "count", [("unit", "unit")]),
        ("civic_budget", "PLN", [("series", "enum")]),
    ],
)
def test_context_value_unit_belongs_to_its_series(series, unit, expected):
    assert row_problems("context", series=series, unit=unit) == expected


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"value": "0"}, [("value", "above")]),
        ({"value": "-1.5"}, [("value", "above")]),
        ({"value": "105,1"}, [("value", "number")]),
        ({"year": "1899"}, [("year", "minimum")]),
        ({"year": "2101"}, [("year", "maximum")]),
        ({"year": "2021.5"}, [("year", "integer")]),
        ({"use_in_calculations": "prawda"}, [("use_in_calculations", "boolean")]),
        ({"use_in_calculations": "yes"}, [("use_in_calculations", "boolean")]),
        ({"use_in_calculations": "1"}, [("use_in_calculations", "boolean")]),
        ({"use_in_calculations": "TRUE"}, []),
        ({"value": "inf"}, [("value", "number")]),
        ({"value": "nan"}, [("value", "number")]),
        ({"value": "1_000"}, [("value", "number")]),
        ({"value": "1 000"}, [("value", "number")]),
        ({"year": "2_021"}, [("year", "integer")]),
    ],
)
def test_context_value_refuses_values_out_of_range_or_of_the_wrong_type(changes, expected):
    assert row_problems("context", **changes) == expected


# URLs and plain text


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "ftp://ftp.krakow.pl/plik.pdf",
        "mailto:ngo@um.krakow.pl",
        "/aktualnosci/247251,29,komunikat.html",
        "krakow.pl/aktualnosci",
        "//krakow.pl/aktualnosci",
        "http://",
        "https:///aktualnosci",
        "https://krakow .pl/",
    ],
)
def test_source_url_refuses_anything_but_an_absolute_http_address(url):
    assert row_problems("sources", url=url) == [("url", "url")]


@pytest.mark.parametrize(
    "url",
    [
        "https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html",
        "http://obywatelski.krakow.pl/filantrop_krakowa/250810,artykul.html",
        "https://bip.krakow.pl./?dok_id=1",
        "https://bip.krakow.pl/?sub_dok_id=12&dok_id=5",
        "https://krakow.pl",
        "HTTPS://KRAKOW.PL/",
        "https://web.archive.org/web/2010/http://www.krakow.pl/ngo/",
    ],
)
def test_source_url_accepts_http_and_https_addresses(url):
    assert row_problems("sources", url=url) == []


@pytest.mark.parametrize(
    "text, code",
    [
        ("<script>alert(1)</script>", "markup"),
        ("Rynek <b>Główny</b>", "markup"),
        ("</p>", "markup"),
        ("<!-- komentarz -->", "markup"),
        ("<?php echo 1 ?>", "markup"),
        ('=HYPERLINK("https://example.com/","click")', "formula"),
        ("=1+1", "formula"),
        ("+48 12 616 12 12", "formula"),
        ("@SUM(A1)", "formula"),
        ("  =1+1", "formula"),
    ],
)
def test_text_refuses_markup_and_spreadsheet_formulas(text, code):
    assert row_problems("events", title_pl=text) == [("title_pl", code)]


@pytest.mark.parametrize("text", ["Rynek Główny", "wzrost o 5 %", "kwota < 5 mln zł", "1 + 1 = 2", "-5 %"])
def test_text_accepts_plain_text_with_symbols(text):
    assert row_problems("events", title_pl=text) == []


@pytest.mark.parametrize("value", ["Krakow-PL-1", "krakow--pl", "-krakow", "krakow_pl", "kraków"])
def test_ids_must_be_lower_case_slugs(value):
    assert row_problems("events", event_id=value) == [("event_id", "slug")]


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"series": "participatory_budget", "unit": "PLN", "basis": "planned"}, []),
        ({"series": "registered_ngos", "unit": "count", "basis": "as_of_date"}, []),
        ({"series": "culture_call_offers", "unit": "count", "basis": "call_result"}, []),
        ({"basis": "pool"}, [("basis", "enum")]),
    ],
)
def test_context_value_accepts_the_bases_of_the_newer_series(changes, expected):
    assert row_problems("context", **changes) == expected


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"measure": "ngo_commissioning_spending", "basis": "unknown"}, []),
        ({"measure": "ngo_commissioning_spending", "basis": "planned", "qualifier": "at_least"}, []),
        ({"measure": "participatory_budget"}, [("measure", "enum")]),
        ({"measure": "commissioning"}, [("measure", "enum")]),
    ],
)
def test_money_measure_knows_commissioning_spending_and_not_the_participatory_budget(changes, expected):
    """The participatory budget is residents' money: a context series, never a money measure."""
    assert row_problems("money", **changes) == expected


def test_every_context_series_has_exactly_one_known_unit():
    # The row check looks the unit up by series: a series without one would fail with a KeyError.
    assert sorted(SERIES_UNITS) == sorted(get_args(Series))
    assert set(SERIES_UNITS.values()) <= set(get_args(ContextUnit))
