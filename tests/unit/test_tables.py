"""Tables for people (localised headers, formatted amounts) and for downloads (raw rows + provenance)."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from ngo_dashboard.derived import adjust, coverage_frame
from ngo_dashboard.i18n import t
from ngo_dashboard.paths import SHIPPED_DATA_DIR
from ngo_dashboard.tables import (
    competitions_table,
    coverage_matrix,
    events_table,
    money_table,
    sources_table,
    to_csv_bytes,
    with_provenance,
)

NBSP = "\u00a0"
BOM = b"\xef\xbb\xbf"


def nb(values) -> list[str]:
    return [str(v).replace(NBSP, " ") for v in values]


def headers(keys: list[str], lang: str) -> list[str]:
    return [t(f"col.{key}", lang) for key in keys]


def shipped_sources() -> dict[str, dict[str, str]]:
    with open(SHIPPED_DATA_DIR / "sources.csv", encoding="utf-8-sig", newline="") as handle:
        return {row["source_id"]: row for row in csv.DictReader(handle)}


# Headers come from the catalogue, in the reader's language


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_money_table_headers_are_localised(lang, shipped_dataset):
    values = adjust(shipped_dataset.frame("money"), shipped_dataset)

    table = money_table(values, shipped_dataset, lang, value_header="Wartość")

    expected = headers(["year", "measure", "basis", "amount"], lang)
    expected += ["Wartość", *headers(["scope", "source", "quote"], lang)]
    assert list(table.columns) == expected


@pytest.mark.parametrize(
    "lang, first_headers",
    [
        ("pl", ["Rok", "Tytuł", "Obszar", "Forma", "Kwota"]),
        ("en", ["Year", "Title", "Area", "Form", "Amount"]),
    ],
)
def test_competitions_table_headers_are_localised(lang, first_headers, shipped_dataset):
    table = competitions_table(shipped_dataset.frame("competitions"), lang)

    assert list(table.columns) == headers(
        ["year", "title", "area", "form", "amount", "basis", "total", "split", "department"], lang
    )
    assert list(table.columns[:5]) == first_headers


@pytest.mark.parametrize(
    "lang, expected",
    [("pl", ["Data", "Kategoria", "Tytuł", "Opis"]), ("en", ["Date", "Category", "Title", "Description"])],
)
def test_events_table_headers_are_localised(lang, expected, shipped_dataset):
    assert list(events_table(shipped_dataset.frame("events"), lang).columns) == expected


# Amounts, qualifiers and gaps


@pytest.mark.parametrize(
    "lang, amounts",
    [
        (
            "pl",
            [
                "≈ 12 000 000 zł",
                "40 606 448 zł",
                "81 500 000 zł",
                "> 88 000 000 zł",
                "> 87 000 000 zł",
                "452 000 zł",
                "102 262 543 zł",
            ],
        ),
        (
            "en",
            [
                "≈ PLN 12,000,000",
                "PLN 40,606,448",
                "PLN 81,500,000",
                "> PLN 88,000,000",
                "> PLN 87,000,000",
                "PLN 452,000",
                "PLN 102,262,543",
            ],
        ),
    ],
)
def test_money_table_formats_amounts_with_their_qualifiers(lang, amounts, shipped_dataset):
    values = adjust(shipped_dataset.frame("money"), shipped_dataset)

    table = money_table(values, shipped_dataset, lang, value_header="V")

    assert nb(table[t("col.amount", lang)]) == amounts
    assert nb(table["V"]) == amounts
    assert list(table[t("col.year", lang)]) == ["2010", "2010", "2016", "2017", "2017", "2018", "2021"]


def test_money_table_gives_the_reason_where_a_value_cannot_be_computed(shipped_dataset):
    values = adjust(shipped_dataset.frame("money"), shipped_dataset, per_resident=True)

    table = money_table(values, shipped_dataset, "pl", value_header="V")

    assert list(table["V"][:2]) == [t("chart.missing_no_population", "pl", year=2010)] * 2
    # 81 500 000 / 765 320 (2016), 88 000 000 / 767 348 and 87 000 000 / 767 348 (2017), …
    assert nb(table["V"][2:]) == ["106,49 zł", "> 114,68 zł", "> 113,38 zł", "0,59 zł", "130,75 zł"]


def test_money_table_names_each_rows_source_and_quotes_it(shipped_dataset):
    values = adjust(shipped_dataset.frame("money"), shipped_dataset)

    table = money_table(values, shipped_dataset, "en", value_header="V").set_index("Year")

    assert table.loc["2021", "Source"] == "Międzynarodowy Dzień NGO"
    assert "102 262 543 zł" in table.loc["2021", "Quote from the source"]
    assert table.loc["2021", "Scope"].startswith("Amount planned in the annual Programme")


@pytest.mark.parametrize(
    "lang, amount, total, split",
    [
        ("pl", "—", "21 494 800 zł", t("yearly_split.none", "pl")),
        ("en", "—", "PLN 21,494,800", t("yearly_split.none", "en")),
    ],
)
def test_competitions_table_shows_a_dash_for_a_missing_yearly_amount(
    lang, amount, total, split, shipped_dataset
):
    calls = shipped_dataset.frame("competitions")
    row = calls[calls["call_id"] == "mops-uslugi-opiekuncze-2023-obszar-i"]

    table = competitions_table(row, lang)

    assert nb(table.iloc[0][headers(["amount", "total", "split"], lang)]) == [amount, total, split]


def test_competitions_table_shows_a_dash_for_a_missing_year(shipped_dataset):
    calls = shipped_dataset.frame("competitions")

    table = competitions_table(calls[calls["year"].isna()], "pl")

    # The legal-aid call now has its inferred year (2016), which its title and notes call an inference.
    assert list(table["Rok"]) == ["—"]
    assert competitions_table(calls[calls["year"].notna()], "pl")["Rok"].str.fullmatch(r"\d{4}").all()


def test_competitions_table_keeps_the_qualifier_of_each_amount(shipped_dataset):
    calls = shipped_dataset.frame("competitions")
    qualified = calls[calls["qualifier"].eq("about") & calls["amount_pln"].notna()]
    assert len(qualified)

    amounts = competitions_table(qualified, "en")["Amount"]

    assert all(amount.replace("\u00a0", " ").startswith("≈ PLN") for amount in amounts)


@pytest.mark.parametrize("lang, date", [("pl", "wrzesień 1997"), ("en", "September 1997")])
def test_events_table_formats_dates_at_their_own_precision(lang, date, shipped_dataset):
    events = shipped_dataset.frame("events")

    table = events_table(events[events["event_id"] == "1997-09-pilotazowy-program-wspolpracy"], lang)

    assert table.iloc[0, 0] == date
    assert table.iloc[0, 1] == t("category.programme", lang)


@pytest.mark.parametrize("lang, published", [("pl", ["1 marca 2021", "—"]), ("en", ["1 March 2021", "—"])])
def test_sources_table_shows_a_dash_for_an_unknown_publication_date(lang, published, shipped_dataset):
    sources = shipped_dataset.frame("sources").set_index("source_id")
    rows = sources.loc[["krakow-pl-247251", "fkop-bis-krakow-pl-idea"]].reset_index()

    table = sources_table(rows, lang)

    assert list(table[t("col.published", lang)]) == published
    assert list(table[t("col.url", lang)]) == list(rows["url"])


# Coverage matrix


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_coverage_matrix_has_years_as_rows_and_a_mark_in_every_cell(lang, shipped_dataset):
    matrix = coverage_matrix(coverage_frame(shipped_dataset), lang)

    assert list(matrix.index) == [str(year) for year in range(1998, 2027)]
    assert matrix.shape == (29, 6)
    marks = {t(f"coverage.cell_{k}", lang) for k in ("known", "document", "none")}
    cells = matrix.to_numpy().ravel()
    assert all(isinstance(cell, str) and cell.strip() for cell in cells)
    assert set(cells) == marks


def test_coverage_matrix_names_measures_and_marks_in_words(shipped_dataset):
    matrix = coverage_matrix(coverage_frame(shipped_dataset), "pl")

    assert matrix.loc["2021", "Program współpracy – kwota łączna"] == "✔ kwota"
    assert matrix.loc["2020", "Program współpracy – kwota łączna"] == "▢ dokument"
    assert matrix.loc["2010", "MOPS – dotacje dla NGO"] == "✔ kwota"
    assert matrix.loc["2017", "Program współpracy – kwota łączna"] == t("coverage.cell_none", "pl")


# Downloads


def test_with_provenance_adds_each_rows_source_title_and_address(shipped_dataset):
    sources = shipped_sources()
    money = shipped_dataset.frame("money")

    out = with_provenance(money, shipped_dataset)

    for row in out.itertuples():
        assert row.source_title == sources[row.source_id]["title"]
        assert row.source_url == sources[row.source_id]["url"]
    assert "source_title_2" not in out


def test_with_provenance_adds_the_second_source_of_calls_where_there_is_one(shipped_dataset):
    sources = shipped_sources()
    calls = shipped_dataset.frame("competitions")

    out = with_provenance(calls, shipped_dataset)

    second = out[out["source_id_2"].notna()]
    assert len(second)
    for row in second.itertuples():
        assert (row.source_title_2, row.source_url_2) == (
            sources[row.source_id_2]["title"],
            sources[row.source_id_2]["url"],
        )
    assert (out.loc[out["source_id_2"].isna(), ["source_title_2", "source_url_2"]] == "").all().all()
    assert out["source_url"].str.startswith("http").all()


def test_with_provenance_does_not_change_the_frame_it_is_given(shipped_dataset):
    money = shipped_dataset.frame("money")
    before = money.copy()

    with_provenance(money, shipped_dataset)

    pd.testing.assert_frame_equal(money, before)


def test_to_csv_bytes_starts_with_the_utf8_bom():
    assert to_csv_bytes(pd.DataFrame({"a": [1]})).startswith(BOM)
    assert to_csv_bytes(pd.DataFrame({"a": []})).startswith(BOM)


def test_to_csv_bytes_round_trips_through_csv(shipped_dataset):
    frame = with_provenance(shipped_dataset.frame("money"), shipped_dataset)

    rows = list(csv.DictReader(io.StringIO(to_csv_bytes(frame).decode("utf-8-sig"), newline="")))

    assert list(rows[0]) == list(frame.columns)
    assert [row["fact_id"] for row in rows] == list(frame["fact_id"])
    assert [row["quote"] for row in rows] == list(frame["quote"])  # commas, quotes, Polish letters
    assert [float(row["amount_pln"]) for row in rows] == list(frame["amount_pln"])
    assert [row["source_url"] for row in rows] == list(frame["source_url"])
