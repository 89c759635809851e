"""Citations derived from the rows shown: the source line under a chart and a figure's citation."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from ngo_dashboard.data import Dataset, PackageMeta
from ngo_dashboard.derived import coverage_frame
from ngo_dashboard.models import Source
from ngo_dashboard.package import TABLES
from ngo_dashboard.provenance import (
    citation,
    cite,
    coverage_documents,
    describe_source,
    short_publisher,
    unique_ids,
)


def source(source_id: str, publisher: str, title: str = "", published: str | None = None) -> Source:
    return Source(
        source_id=source_id,
        title=title or f"Dokument {source_id}",
        publisher=publisher,
        url=f"https://example.org/{source_id}",
        published=published,
        kind="primary",
        language="pl",
    )


SOURCES = (
    source("komunikat", "krakow.pl – Urząd Miasta Krakowa", "Międzynarodowy Dzień NGO", "2021-03-01"),
    source("artykul", "publicystyka.ngo.pl – portal ngo.pl", "Jak Kraków współpracuje z NGO", "2010"),
    source("festiwal", "fkop.bis-krakow.pl – Fundacja BIS", "Festiwal – Idea"),
    source("bip-1", "BIP Kraków"),
    source("bip-2", "BIP Kraków"),
    source("bip-3", "BIP Kraków"),
    source("uchwala", "krakow.pl – Urząd Miasta Krakowa", "Uchwała", "1999-12"),
    source("gus", "GUS"),
    source("rmf", "RMF24"),
)


@pytest.fixture(scope="module")
def catalogue() -> Dataset:
    """A dataset holding only sources: enough for every citation."""
    meta = PackageMeta("test", "Test", "Kraków", "Kraków", "2026-01-01", ())
    rows = {table.name: [] for table in TABLES}
    return Dataset.from_rows(Path("."), meta, {**rows, "sources": list(SOURCES)})


# Nothing to cite


@pytest.mark.parametrize("ids", [[], [None], ["", math.nan], pd.Series([None, math.nan], dtype="object")])
@pytest.mark.parametrize(
    "lang, line", [("pl", "Źródło: brak danych w tym widoku."), ("en", "Source: no data in this view.")]
)
def test_cite_without_any_source_says_there_is_no_data(ids, lang, line, catalogue):
    assert cite(ids, catalogue, lang) == line


@pytest.mark.parametrize(
    "ids, expected",
    [
        ([], []),
        ([None, "", math.nan], []),
        (["b", "a", "b", "c", "a"], ["b", "a", "c"]),
        (["a", None, "b", math.nan, "", "a"], ["a", "b"]),
        (("x" for _ in range(3)), ["x"]),
    ],
)
def test_unique_ids_keep_first_seen_order_and_drop_empty_values(ids, expected):
    assert unique_ids(ids) == expected


def test_unique_ids_work_on_a_pandas_column():
    column = pd.Series(["b", None, "a", "b", math.nan, "", "c", "a"])

    assert unique_ids(column) == ["b", "a", "c"]
    assert unique_ids(pd.Series([], dtype="object")) == []


# One source: named in full


@pytest.mark.parametrize(
    "lang, line",
    [
        ("pl", "Źródło: krakow.pl – Urząd Miasta Krakowa, „Międzynarodowy Dzień NGO”, 1 marca 2021."),
        ("en", "Source: krakow.pl – Urząd Miasta Krakowa, 'Międzynarodowy Dzień NGO', 1 March 2021."),
    ],
)
def test_cite_names_a_single_source_in_full(lang, line, catalogue):
    assert cite(["komunikat", "komunikat", None], catalogue, lang) == line


@pytest.mark.parametrize(
    "source_id, lang, description",
    [
        ("festiwal", "pl", "fkop.bis-krakow.pl – Fundacja BIS, „Festiwal – Idea”"),
        ("artykul", "en", "publicystyka.ngo.pl – portal ngo.pl, 'Jak Kraków współpracuje z NGO', 2010"),
        ("uchwala", "pl", "krakow.pl – Urząd Miasta Krakowa, „Uchwała”, grudzień 1999"),
        ("uchwala", "en", "krakow.pl – Urząd Miasta Krakowa, 'Uchwała', December 1999"),
    ],
)
def test_describe_source_gives_the_date_at_its_own_precision_or_none(source_id, lang, description, catalogue):
    assert describe_source(catalogue.source(source_id), lang) == description


@pytest.mark.parametrize(
    "publisher, short",
    [
        ("krakow.pl – Urząd Miasta Krakowa", "krakow.pl"),
        ("BIP Kraków", "BIP Kraków"),
        ("fkop.bis-krakow.pl – Fundacja – BIS", "fkop.bis-krakow.pl"),
        ("Urząd-Miasta Krakowa", "Urząd-Miasta Krakowa"),  # a hyphen is not the separator
    ],
)
def test_short_publisher_keeps_the_part_a_reader_recognises(publisher, short):
    assert short_publisher(source("s", publisher)) == short


# Several sources: counted and grouped by publisher


@pytest.mark.parametrize(
    "ids, lang, documents",
    [
        (["komunikat", "artykul"], "pl", "2 dokumenty"),
        (["komunikat", "artykul", "festiwal", "bip-1"], "pl", "4 dokumenty"),
        (["komunikat", "artykul", "festiwal", "bip-1", "bip-2"], "pl", "5 dokumentów"),
        (["komunikat", "artykul", "festiwal", "bip-1"], "en", "4 documents"),
    ],
)
def test_cite_counts_several_documents_with_the_right_plural(ids, lang, documents, catalogue):
    line = cite(ids, catalogue, lang)

    assert line.startswith(f"{'Źródła' if lang == 'pl' else 'Sources'}: {documents} – ")


def test_cite_groups_publishers_most_used_first(catalogue):
    line = cite(["komunikat", "bip-1", "artykul", "bip-2", "uchwala", "bip-3"], catalogue, "pl")

    assert line == "Źródła: 6 dokumentów – BIP Kraków (3), krakow.pl (2), publicystyka.ngo.pl (1)."


def test_cite_keeps_first_seen_order_between_publishers_used_as_often(catalogue):
    line = cite(["festiwal", "komunikat", "artykul"], catalogue, "en")

    assert line == "Sources: 3 documents – fkop.bis-krakow.pl (1), krakow.pl (1), publicystyka.ngo.pl (1)."


@pytest.mark.parametrize(
    "lang, line",
    [
        ("pl", "Źródła: 7 dokumentów – BIP Kraków (2), krakow.pl (1), publicystyka.ngo.pl (1) i jeszcze 3."),
        ("en", "Sources: 7 documents – BIP Kraków (2), krakow.pl (1), publicystyka.ngo.pl (1) and 3 more."),
    ],
)
def test_cite_counts_the_publishers_it_does_not_name(lang, line, catalogue):
    ids = ["bip-1", "komunikat", "artykul", "festiwal", "bip-2", "gus", "rmf"]

    assert cite(ids, catalogue, lang) == line


def test_cite_of_the_shipped_money_rows(shipped_dataset):
    line = cite(shipped_dataset.frame("money")["source_id"], shipped_dataset, "pl")

    assert line == (
        "Źródła: 5 dokumentów – krakow.pl (2), publicystyka.ngo.pl (1), serwisy.gazetaprawna.pl (1) i jeszcze 1."
    )


# A figure's citation


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "pl",
            "102 262 543 zł – „Kraków zaplanował kwotę 102 262 543 zł.” Źródło: krakow.pl – Urząd Miasta "
            "Krakowa, „Międzynarodowy Dzień NGO”, 1 marca 2021, https://example.org/komunikat",
        ),
        (
            "en",
            "102 262 543 zł – 'Kraków zaplanował kwotę 102 262 543 zł.' Source: krakow.pl – Urząd Miasta "
            "Krakowa, 'Międzynarodowy Dzień NGO', 1 March 2021, https://example.org/komunikat",
        ),
    ],
)
def test_citation_gives_the_amount_the_exact_quote_and_the_address(lang, expected, catalogue):
    quote = "Kraków zaplanował kwotę 102 262 543 zł."

    text = citation("102 262 543 zł", quote, catalogue.source("komunikat"), lang)

    assert text == expected
    assert quote in text and "https://example.org/komunikat" in text


def test_citation_of_a_shipped_figure_points_at_its_document(shipped_dataset):
    fact = shipped_dataset.frame("money").set_index("fact_id").loc["2021-programme-total"]
    document = shipped_dataset.source(fact["source_id"])

    text = citation("102 262 543 zł", fact["quote"], document, "pl")

    assert text.startswith("102 262 543 zł – „W programie współpracy na rok 2021")
    assert text.endswith(document.url)


def test_coverage_documents_name_each_untranscribed_year_with_its_document_and_link(shipped_dataset):
    items = coverage_documents(coverage_frame(shipped_dataset), shipped_dataset, "en")

    assert len(items) == 10
    assert items[0] == (
        "- **2011**: Draft resolution on the Programme of cooperation with NGOs for 2011 \\(projekt uchwały\\), "
        "sent by the Mayor to the City Council; first reading \\(confirmed\\) — "
        "[krakow\\.pl – Urząd Miasta Krakowa](https://www.krakow.pl/get_html.php?dok_id=1917)"
    )
