"""The filters' settings in words: the line beside the filters button says what the view shows."""

from __future__ import annotations

import pytest

from ngo_dashboard.filter_summary import MAX_NAMED, chosen_phrase, summary_line, years_phrase
from ngo_dashboard.money_view import BASES, MoneyOptions, options_summary
from ngo_dashboard.timeline import CATEGORY_ORDER

OPTIONS = ["a", "b", "c", "d", "e"]


def upper(value: str) -> str:
    return value.upper()


@pytest.mark.parametrize(
    ("chosen", "lang", "expected"),
    [
        (OPTIONS, "pl", "wszystkie (5)"),
        (OPTIONS[::-1], "en", "all (5)"),
        ([], "pl", "żadne"),
        ([], "en", "none"),
        (["c", "a"], "en", "A, C"),  # named in the options' order, not the order of choosing
        (["a", "b", "c", "d"], "pl", "4 z 5"),
        (["a", "b", "c", "d"], "en", "4 of 5"),
    ],
)
def test_chosen_phrase_names_few_counts_many_and_says_all_or_none(chosen, lang, expected):
    assert chosen_phrase(chosen, OPTIONS, upper, lang) == expected


def test_chosen_phrase_names_up_to_max_named_options():
    assert chosen_phrase(OPTIONS[:MAX_NAMED], OPTIONS, upper, "en") == ", ".join(
        o.upper() for o in OPTIONS[:MAX_NAMED]
    )


def test_chosen_phrase_ignores_values_that_are_not_offered():
    assert chosen_phrase(["a", "zz"], OPTIONS, upper, "en") == "A"


def test_years_phrase_gives_one_year_once():
    assert years_phrase((1998, 2026)) == "1998–2026"
    assert years_phrase((2010, 2010)) == "2010"


def test_summary_line_joins_parts_and_a_switch_on_is_its_label_alone():
    assert summary_line([("Lata", "1998–2026"), ("Na mieszkańca", None)]) == "Lata: 1998–2026 · Na mieszkańca"


MEASURES = ["mops_grants", "programme_total"]


def test_money_options_summary_says_every_setting_in_polish():
    options = MoneyOptions(
        measures=tuple(MEASURES), years=(1998, 2026), milestone_categories=tuple(CATEGORY_ORDER)
    )
    assert options_summary(options, MEASURES, list(BASES), "pl") == (
        "Miary: wszystkie (2) · Lata: 1998–2026 · Ceny: bieżące · Podstawa kwoty: wszystkie (3)"
        " · Wydarzenia na osi czasu wykresu: wszystkie (8)"
    )


def test_money_options_summary_names_constant_prices_with_their_base_year_and_switches_that_are_on():
    options = MoneyOptions(
        measures=("programme_total",),
        years=(2010, 2020),
        bases=("planned",),
        prices="real",
        base_year=2024,
        per_resident=True,
        participatory_budget=True,
    )
    assert options_summary(options, MEASURES, list(BASES), "en") == (
        "Measures: Cooperation programme – total · Years: 2010–2020 · Prices: constant, base year 2024"
        " · Basis of the amount: planned · Per resident · Participatory budget: residents' money"
        " · Events on the chart's time axis: none"
    )
