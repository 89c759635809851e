"""Generated summaries: every sentence comes from the frames passed in, in both languages.

They are the charts' text alternatives, so what they must not claim (a trend from one figure per
measure, a budget from a sum of notices) matters as much as what they say.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from ngo_dashboard.derived import adjust, coverage_frame
from ngo_dashboard.i18n import t
from ngo_dashboard.provenance import unique_ids
from ngo_dashboard.summary import (
    competitions_summary,
    money_summary,
    residents_money_summary,
    timeline_summary,
    years_since,
)
from ngo_dashboard.timeline import filter_events

NBSP = "\u00a0"
VALUE_COLUMNS = ["year", "measure", "basis", "qualifier", "value", "value_missing"]


def nb(sentences: list[str] | str) -> list[str] | str:
    if isinstance(sentences, str):
        return sentences.replace(NBSP, " ")
    return [s.replace(NBSP, " ") for s in sentences]


def values_frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame([row if len(row) == 6 else (*row, "") for row in rows], columns=VALUE_COLUMNS)


def coverage(statuses: dict[int, str], measure: str = "programme_total") -> pd.DataFrame:
    return pd.DataFrame({"year": list(statuses), "measure": measure, "status": list(statuses.values())})


NO_COVERAGE = coverage({})
TWO_YEARS = values_frame(
    [
        (2010, "mops_grants", "planned", "exact", 10_000_000),
        (2012, "mops_grants", "planned", "about", 20_000_000),
    ]
)


def events_rows(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """(event_id, date, category, title) in date order, as `filter_events` returns them."""
    frame = pd.DataFrame(rows, columns=["event_id", "date", "category", "title_pl"])
    frame["title_en"] = frame["title_pl"] + " (en)"
    frame["year"] = [int(d[:4]) for d in frame["date"]]
    return frame


# Nothing to say


@pytest.mark.parametrize(
    "lang, sentence",
    [("pl", "W wybranym zakresie nie ma żadnej kwoty."), ("en", "There are no figures in the chosen range.")],
)
def test_money_summary_of_no_figures_says_so(lang, sentence):
    assert money_summary(values_frame([]), coverage({2021: "known"}), lang, source_count=0) == [sentence]


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("pl", "Żadne z 71 wydarzeń nie pasuje do filtrów."),
        ("en", "None of the 71 events matches the filters."),
    ],
)
def test_timeline_summary_of_no_events_says_how_many_there_are(lang, sentence):
    assert timeline_summary(events_rows([]), 71, lang) == sentence


@pytest.mark.parametrize(
    "lang, sentence", [("pl", "Żaden nabór nie pasuje do filtrów."), ("en", "No call matches the filters.")]
)
def test_competitions_summary_of_no_calls_says_so(lang, sentence, shipped_dataset):
    assert competitions_summary(shipped_dataset.frame("competitions").iloc[:0], lang) == [sentence]


# Money: no trend from one figure per measure


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "pl",
            [
                "W danych jest 7 kwot z lat 2010–2021, z 5 źródeł.",
                t("summary.money_no_trend", "pl"),
                "Urząd Miasta – zadania zlecane NGO: kwota tylko z 2010 r., ≈ 12 000 000 zł (planowane).",
                "MOPS – dotacje dla NGO: kwota tylko z 2010 r., 40 606 448 zł (planowane).",
                "Wydatki na zlecanie NGO zadań publicznych: kwoty z 2 lat (2016, 2017), ostatnia "
                "> 88 000 000 zł (planowane, 2017 r.).",
                "Środki przekazane NGO w roku: kwota tylko z 2017 r., > 87 000 000 zł (wykonane).",
                "Program współpracy – tylko nowe zadania: kwota tylko z 2018 r., 452 000 zł (planowane).",
                "Program współpracy – kwota łączna: kwota tylko z 2021 r., 102 262 543 zł (planowane).",
            ],
        ),
        (
            "en",
            [
                "The data holds 7 figures from 2010–2021, from 5 sources.",
                t("summary.money_no_trend", "en"),
                "City Office – tasks contracted to NGOs: a figure for 2010 only, ≈ PLN 12,000,000 (planned).",
                "MOPS (social welfare centre) – grants to NGOs: a figure for 2010 only, PLN 40,606,448 (planned).",
                "Spending on commissioning public tasks to NGOs: figures for 2 years (2016, 2017), the latest "
                "> PLN 88,000,000 (planned, 2017).",
                "Money transferred to NGOs in the year: a figure for 2017 only, > PLN 87,000,000 (executed).",
                "Cooperation programme – new tasks only: a figure for 2018 only, PLN 452,000 (planned).",
                "Cooperation programme – total: a figure for 2021 only, PLN 102,262,543 (planned).",
            ],
        ),
    ],
)
def test_money_summary_of_the_shipped_data_sees_no_trend(lang, expected, shipped_dataset):
    values = adjust(shipped_dataset.frame("money"), shipped_dataset)

    sentences = nb(
        money_summary(values, NO_COVERAGE, lang, source_count=len(unique_ids(values["source_id"])))
    )

    assert sentences[0].startswith(expected[0])
    assert sentences[1:] == expected[1:]
    assert ("nie pokazują trendu" if lang == "pl" else "shows no trend") in sentences[1]


@pytest.mark.parametrize(
    "lang, sentence",
    [
        (
            "pl",
            "Z 29 lat programu (1998–2026) łączna kwota jest znana dla {known}; dla {documents} znany jest "
            "dokument, w którym powinna być; dla {none} nie znaleziono niczego.",
        ),
        (
            "en",
            "Of 29 years of the programme (1998–2026), the total is known for {known}; for {documents} a "
            "document that should hold it is known; for {none} nothing was found.",
        ),
    ],
)
def test_money_summary_counts_the_programme_years_covered(lang, sentence, shipped_dataset):
    values = adjust(shipped_dataset.frame("money"), shipped_dataset)
    frame = coverage_frame(shipped_dataset)
    statuses = frame.loc[frame["measure"] == "programme_total", "status"].tolist()

    sentences = money_summary(values, frame, lang, source_count=4)

    assert statuses.count("known") == 1  # 2021
    assert sentences[-1] == sentence.format(
        known=1, documents=statuses.count("document_known"), none=statuses.count("none")
    )


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("pl", "Z 5 lat programu (2017–2021) łączna kwota jest znana dla 1; dla 1 znany jest dokument"),
        ("en", "Of 5 years of the programme (2017–2021), the total is known for 1; for 1 a document"),
    ],
)
def test_money_summary_coverage_sentence_counts_only_the_programme_total(lang, sentence):
    frame = pd.concat(
        [
            coverage({2017: "none", 2018: "none", 2019: "none", 2020: "document_known", 2021: "known"}),
            coverage({2019: "known", 2020: "known", 2021: "known"}, measure="mops_grants"),
        ]
    )

    sentences = money_summary(TWO_YEARS, frame, lang, source_count=1)

    assert sentences[-1].startswith(sentence)
    assert sentences[-1].endswith("3 nie znaleziono niczego." if lang == "pl" else "for 3 nothing was found.")


def test_money_summary_without_programme_years_says_nothing_about_coverage():
    sentences = money_summary(
        TWO_YEARS, coverage({2010: "known"}, measure="mops_grants"), "en", source_count=1
    )

    assert not any(sentence.startswith("Of ") for sentence in sentences)


# Money: a real series states both ends


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("pl", "MOPS – dotacje dla NGO (planowane): 10 000 000 zł w 2010 r. i ≈ 20 000 000 zł w 2012 r."),
        (
            "en",
            "MOPS (social welfare centre) – grants to NGOs (planned): PLN 10,000,000 in 2010 and "
            "≈ PLN 20,000,000 in 2012.",
        ),
    ],
)
def test_money_summary_states_both_values_of_a_two_year_series(lang, sentence):
    sentences = nb(money_summary(TWO_YEARS, NO_COVERAGE, lang, source_count=2))

    assert sentence in sentences
    assert t("summary.money_no_trend", lang) not in sentences


def test_money_summary_does_not_join_planned_and_executed_into_a_series():
    values = values_frame(
        [
            (2010, "mops_grants", "planned", "exact", 10_000_000),
            (2011, "mops_grants", "executed", "exact", 9_000_000),
        ]
    )

    sentences = money_summary(values, NO_COVERAGE, "pl", source_count=1)

    assert t("summary.money_no_trend", "pl") in sentences
    assert nb(sentences[-1]) == (
        "MOPS – dotacje dla NGO: kwoty z 2 lat (2010, 2011), ostatnia 9 000 000 zł (wykonane, 2011 r.)."
    )


def test_money_summary_names_the_latest_figure_of_each_measure():
    sentences = nb(money_summary(TWO_YEARS, NO_COVERAGE, "pl", source_count=2))

    assert sentences[-1] == (
        "MOPS – dotacje dla NGO: kwoty z 2 lat (2010, 2012), ostatnia ≈ 20 000 000 zł (planowane, 2012 r.)."
    )


def test_money_summary_says_when_the_latest_figure_cannot_be_converted():
    values = values_frame([(2010, "mops_grants", "planned", "exact", float("nan"), "no_cpi")])

    sentences = money_summary(values, NO_COVERAGE, "en", source_count=1, prices="real", base_year=2025)

    assert sentences == [
        "The data holds 1 figure from 2010–2010, from 1 source.",
        "Amounts at 2025 prices (GUS CPI chain).",
        t("summary.money_no_trend", "en"),
        "MOPS (social welfare centre) – grants to NGOs: a figure for 2010 only, cannot be converted (planned).",
    ]


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "pl",
            [
                "MOPS – dotacje dla NGO: kwota tylko z 2010 r., 40 606 448 zł (planowane).",
                "Program współpracy – kwota łączna: kwoty z 5 lat (2017, 2018, 2019, 2020, 2021), ostatnia "
                "102 262 543 zł (planowane, 2021 r.).",
            ],
        ),
        (
            "en",
            [
                "MOPS (social welfare centre) – grants to NGOs: a figure for 2010 only, PLN 40,606,448 (planned).",
                "Cooperation programme – total: figures for 5 years (2017, 2018, 2019, 2020, 2021), the latest "
                "PLN 102,262,543 (planned, 2021).",
            ],
        ),
    ],
)
def test_money_summary_states_how_many_years_have_a_figure_of_each_measure(lang, expected):
    """Two figures of one year count as one year; bases do not make more years."""
    values = values_frame(
        [
            (2010, "mops_grants", "planned", "exact", 40_606_448),
            (2017, "programme_total", "executed", "at_least", 87_000_000),
            (2017, "programme_total", "planned", "exact", 90_000_000),
            (2018, "programme_total", "planned", "exact", 95_000_000),
            (2019, "programme_total", "planned", "exact", 96_000_000),
            (2020, "programme_total", "planned", "exact", 99_000_000),
            (2021, "programme_total", "planned", "exact", 102_262_543),
        ]
    )

    sentences = nb(money_summary(values, NO_COVERAGE, lang, source_count=1))

    assert sentences[-2:] == expected


# Residents' money beside the figures (the participatory budget)

POOLS = pd.DataFrame(
    {
        "series": "participatory_budget",
        "year": [2019, 2022],
        "value": [30_000_000.0, 38_000_000.0],
        "qualifier": "exact",
        "basis": "planned",
        "source_id": ["zzm-krakow-pl-684", "nck-krakow-pl-2022"],
    }
)


@pytest.mark.parametrize(
    "lang, sentence",
    [
        (
            "pl",
            "Dla porównania, bez sumowania: pule budżetu obywatelskiego według roku edycji – "
            "2019: 30 000 000 zł; 2022: 38 000 000 zł. To pieniądze mieszkańców, a nie dotacje dla "
            "organizacji; nie są wliczane do żadnej kwoty ani do pokrycia programu.",
        ),
        (
            "en",
            "For comparison, never added: the participatory budget's pools by edition year – "
            "2019: PLN 30,000,000; 2022: PLN 38,000,000. This is residents' money, not grants to "
            "organisations; it counts in no figure and in no coverage of the programme.",
        ),
    ],
)
def test_residents_money_summary_lists_each_pool_and_never_a_total(lang, sentence):
    sentences = nb(residents_money_summary(POOLS, lang, drawn=True))

    assert sentences == [sentence]
    assert "68" not in sentences[0]  # 30 + 38 million, a sum that must never appear


@pytest.mark.parametrize(
    "lang, sentence",
    [
        (
            "pl",
            "Budżet obywatelski jest pokazywany tylko w złotych bieżących: pulę edycji wydaje się zwykle "
            "w następnym roku, więc przeliczenie na ceny stałe albo na mieszkańca wymagałoby założenia, którego "
            "źródła nie podają. Wybierz ceny bieżące bez przeliczenia na mieszkańca, aby go zobaczyć.",
        ),
        (
            "en",
            "The participatory budget is shown in nominal złoty only: an edition's pool is usually spent the "
            "following year, so converting it to constant prices or per resident would need an assumption the "
            "sources do not make. Choose nominal prices, not per resident, to see it.",
        ),
    ],
)
def test_residents_money_summary_says_why_it_is_not_converted(lang, sentence):
    assert residents_money_summary(POOLS, lang, drawn=False) == [sentence]


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("pl", "W wybranych latach nie ma puli budżetu obywatelskiego."),
        ("en", "No participatory-budget pool falls in the chosen years."),
    ],
)
def test_residents_money_summary_of_no_pool_in_range_says_so(lang, sentence):
    assert residents_money_summary(POOLS.iloc[:0], lang, drawn=True) == [sentence]


@pytest.mark.parametrize(
    "options, key",
    [
        ({"prices": "real", "base_year": 2025}, "summary.money_real"),
        ({"per_resident": True}, "summary.money_per_resident"),
    ],
)
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_money_summary_says_which_terms_the_amounts_are_in(options, key, lang):
    sentences = money_summary(TWO_YEARS, NO_COVERAGE, lang, source_count=1, **options)

    assert sentences[1] == t(key, lang, base=2025)


def test_money_summary_in_nominal_prices_says_nothing_about_terms():
    sentences = money_summary(TWO_YEARS, NO_COVERAGE, "pl", source_count=1, base_year=2025)

    assert not any("CPI" in sentence or "mieszkańca" in sentence for sentence in sentences)


@pytest.mark.parametrize("count, words", [(5, "z 5 źródeł"), (12, "z 12 źródeł")])
def test_money_summary_counts_the_sources(count, words):
    (sentence, *_) = money_summary(TWO_YEARS, NO_COVERAGE, "pl", source_count=count)

    assert sentence.endswith(f"z lat 2010–2012, {words}.")


@pytest.mark.parametrize(
    "count, words", [(1, "z 1 źródła"), (2, "z 2 źródeł"), (4, "z 4 źródeł"), (22, "z 22 źródeł")]
)
def test_money_summary_puts_the_number_of_sources_in_the_genitive(count, words):
    (sentence, *_) = money_summary(TWO_YEARS, NO_COVERAGE, "pl", source_count=count)

    assert sentence.endswith(f"{words}.")


def test_money_summary_puts_a_few_programme_years_in_the_genitive():
    frame = coverage({2019: "none", 2020: "document_known", 2021: "known"})

    sentences = money_summary(TWO_YEARS, frame, "pl", source_count=5)

    assert sentences[-1].startswith("Z 3 lat programu (2019–2021)")


# Timeline


@pytest.mark.parametrize(
    "lang, sentence",
    [
        (
            "pl",
            "Pokazano 3 wydarzenia z 10, z lat 1995–2001. Najwięcej w kategorii „Prawo” (2). "
            "Pierwsze: 1995 – Happening. Ostatnie: 1 maja 2001 – Ustawa.",
        ),
        (
            "en",
            "Showing 3 events of 10, from 1995–2001. Most are in 'Law' (2). "
            "First: 1995 – Happening (en). Last: 1 May 2001 – Ustawa (en).",
        ),
    ],
)
def test_timeline_summary_counts_and_names_the_first_and_last_event(lang, sentence):
    events = events_rows(
        [
            ("a", "1995", "milestone", "Happening"),
            ("b", "1997-09", "law", "Pilot"),
            ("c", "2001-05-01", "law", "Ustawa"),
        ]
    )

    assert timeline_summary(events, 10, lang) == sentence


def test_timeline_summary_of_the_shipped_data(shipped_dataset):
    events = shipped_dataset.frame("events")

    sentence = timeline_summary(filter_events(events), len(events), "pl")

    assert sentence.startswith("Pokazano 72 wydarzenia z 72, z lat 1995–2026.")
    assert "Pierwsze: 1995 – Happening na Rynku Głównym." in sentence


# Calls


def test_competitions_summary_says_the_sum_is_not_a_budget(shipped_dataset):
    calls = shipped_dataset.frame("competitions")

    assert competitions_summary(calls, "pl")[-1] == "To suma zebranych ogłoszeń, nie budżet miasta."
    assert competitions_summary(calls, "en")[-1] == "This is a sum of collected notices, not a city budget."


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("pl", "Nabory tylko z kwotą wieloletnią, niewliczane do żadnego roku: {count}."),
        ("en", "Calls with only a multi-year total, counted in no year: {count}."),
    ],
)
def test_competitions_summary_counts_calls_with_only_a_multi_year_total(lang, sentence, shipped_dataset):
    calls = shipped_dataset.frame("competitions")
    no_split = calls.loc[calls["yearly_split"] == "none", "call_id"].nunique()
    assert no_split >= 5  # the four 2023 'Obszar' calls and more

    assert sentence.format(count=no_split) in competitions_summary(calls, lang)


def test_competitions_summary_of_the_shipped_data_names_the_largest_call_and_the_peak_year(shipped_dataset):
    calls = shipped_dataset.frame("competitions")
    yearly = calls[calls["amount_pln"].notna()].groupby("year")["amount_pln"].sum()

    count, peak, largest, *_ = nb(competitions_summary(calls, "en"))

    assert count.startswith(f"Showing {calls['call_id'].nunique()} calls ({len(calls)} rows: call × year)")
    assert peak.startswith(f"The most was announced in {int(yearly.idxmax())}: ")
    assert largest == (
        "Largest call: 'Świadczenie usług opiekuńczych (pomoc społeczna) – Obszar II, 1.10.2023–30.09.2027' "
        "– PLN 24,655,800."
    )


def calls(rows: list[dict]) -> pd.DataFrame:
    defaults = {
        "amount_pln": None,
        "total_pln": None,
        "total_qualifier": "exact",
        "yearly_split": "single_year",
    }
    frame = pd.DataFrame([{**defaults, **row} for row in rows])
    return frame.astype({"year": "Int64", "amount_pln": "float64", "total_pln": "float64"})


def test_competitions_summary_without_multi_year_totals_says_nothing_about_them():
    rows = calls([{"call_id": "a", "year": 2023, "title": "A", "amount_pln": 100, "total_pln": 100}])

    sentences = competitions_summary(rows, "pl")

    assert not any(sentence.startswith("Nabory tylko") for sentence in sentences)
    assert nb(sentences[1]) == "Najwięcej zapowiedziano w 2023 r.: 100 zł (1 nabór)."


def test_competitions_summary_of_calls_without_a_year_still_summarises_them():
    rows = calls([{"call_id": "a", "year": None, "title": "Pomoc prawna", "total_pln": 889_190}])

    sentences = competitions_summary(rows, "pl")

    assert sentences[-1] == "To suma zebranych ogłoszeń, nie budżet miasta."


@pytest.mark.parametrize(
    "first_year, today, years",
    [(1997, date(2026, 1, 1), 29), (1997, date(1997, 12, 31), 0), (2000, date(2025, 6, 1), 25)],
)
def test_years_since_counts_calendar_years(first_year, today, years):
    assert years_since(first_year, today) == years
