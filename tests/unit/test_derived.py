"""Derived series: constant prices from the CPI chain, per resident, and coverage by year.

Expected values are worked out by hand from the shipped rows, so a wrong chain direction or an
off-by-one year shows up as a wrong number, not just as a different one.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ngo_dashboard.data import load_dataset
from ngo_dashboard.derived import (
    adjust,
    calculation_series,
    coverage_frame,
    coverage_years,
    default_base_year,
    price_factor,
    residents_money_drawable,
    residents_money_frame,
)
from tests.fixtures import build_package

AMOUNT_2021 = 102262543  # money: 2021-programme-total
POPULATION_2021 = 782137  # context: population 2021, use_in_calculations


def money_row(frame: pd.DataFrame, fact_id: str) -> pd.Series:
    return frame.set_index("fact_id").loc[fact_id]


def amounts(years: list[int], amount: float = 100.0) -> pd.DataFrame:
    return pd.DataFrame({"year": years, "amount_pln": [amount] * len(years)})


# Gaps stay gaps


def test_adjust_leaves_a_gap_where_the_cpi_chain_is_broken(tmp_path):
    folder = build_package(tmp_path, None)
    context = folder / "context.csv"
    lines = context.read_bytes().split(b"\r\n")
    assert lines[3].startswith(b"cpi,2023,")
    context.write_bytes(b"\r\n".join(lines[:3] + lines[4:]))
    dataset = load_dataset(folder)

    out = adjust(amounts([2021, 2023, 2024]), dataset, prices="real", base_year=2025)

    assert out["value_missing"].tolist() == ["no_cpi", "", ""]
    assert math.isnan(out["value"][0])
    assert out["value"][1:].tolist() == pytest.approx([100 * 1.036 * 1.036, 100 * 1.036])


def test_adjust_leaves_a_gap_for_years_before_the_cpi_series(tmp_path):
    dataset = load_dataset(build_package(tmp_path, None))  # CPI 2021..2025 only

    out = adjust(dataset.frame("money"), dataset, prices="real", base_year=2025)

    assert money_row(out, "2010-mops-grants")["value_missing"] == "no_cpi"
    assert math.isnan(money_row(out, "2010-mops-grants")["value"])
    assert money_row(out, "2021-programme-total")["value_missing"] == ""


def test_adjust_per_resident_is_missing_without_a_population_row(shipped_dataset):
    out = adjust(shipped_dataset.frame("money"), shipped_dataset, per_resident=True)

    for fact_id in ("2010-city-office-contracted-tasks", "2010-mops-grants"):
        assert money_row(out, fact_id)["value_missing"] == "no_population"
        assert math.isnan(money_row(out, fact_id)["value"])


def test_adjust_keeps_rows_without_an_amount_empty_and_never_drops_them(tmp_path):
    dataset = load_dataset(build_package(tmp_path, None))
    calls = dataset.frame("competitions")

    out = adjust(calls, dataset, prices="real", base_year=2025, per_resident=True)

    assert len(out) == len(calls)
    split_none = out[out["call_id"] == "mops-uslugi-opiekuncze-2023-obszar-i"].iloc[0]
    assert math.isnan(split_none["value"])
    assert split_none["value_missing"] == ""


def test_adjust_reports_the_missing_cpi_before_the_missing_population(tmp_path):
    dataset = load_dataset(build_package(tmp_path, None))

    out = adjust(amounts([2010]), dataset, prices="real", base_year=2025, per_resident=True)

    assert out["value_missing"].tolist() == ["no_cpi"]


# Values


def test_adjust_real_prices_chain_the_cpi_up_to_the_base_year(shipped_dataset):
    # Shipped CPI (previous year = 100): 2022 114.4, 2023 111.4, 2024 103.6, 2025 103.6.
    factor_2021_to_2025 = 1.144 * 1.114 * 1.036 * 1.036

    out = adjust(shipped_dataset.frame("money"), shipped_dataset, prices="real", base_year=2025)

    row = money_row(out, "2021-programme-total")
    assert row["value"] == pytest.approx(AMOUNT_2021 * factor_2021_to_2025, rel=1e-6)
    assert row["value_missing"] == ""


def test_adjust_real_prices_divide_when_the_base_year_is_earlier(shipped_dataset):
    # Back from 2021 to 2020: divide by the 2021 CPI (105.1) only.
    out = adjust(shipped_dataset.frame("money"), shipped_dataset, prices="real", base_year=2020)

    assert money_row(out, "2021-programme-total")["value"] == pytest.approx(AMOUNT_2021 / 1.051, rel=1e-6)


def test_adjust_real_prices_default_to_the_latest_cpi_year(shipped_dataset):
    assert default_base_year(shipped_dataset) == 2025
    explicit = adjust(shipped_dataset.frame("money"), shipped_dataset, prices="real", base_year=2025)
    default = adjust(shipped_dataset.frame("money"), shipped_dataset, prices="real")

    assert default["value"].tolist() == pytest.approx(explicit["value"].tolist())


def test_adjust_nominal_keeps_the_amount(shipped_dataset):
    out = adjust(shipped_dataset.frame("money"), shipped_dataset)

    assert money_row(out, "2021-programme-total")["value"] == AMOUNT_2021
    assert out["value_missing"].tolist() == [""] * len(out)


def test_adjust_per_resident_divides_by_that_years_population(shipped_dataset):
    out = adjust(shipped_dataset.frame("money"), shipped_dataset, per_resident=True)

    assert money_row(out, "2021-programme-total")["value"] == pytest.approx(AMOUNT_2021 / POPULATION_2021)
    assert money_row(out, "2017-ngo-transfers-total")["value"] == pytest.approx(87000000 / 767348)
    assert money_row(out, "2021-programme-total")["value_missing"] == ""


def test_adjust_combines_real_prices_and_per_resident(shipped_dataset):
    factor_2021_to_2025 = 1.144 * 1.114 * 1.036 * 1.036

    out = adjust(
        shipped_dataset.frame("money"), shipped_dataset, prices="real", base_year=2025, per_resident=True
    )

    assert money_row(out, "2021-programme-total")["value"] == pytest.approx(
        AMOUNT_2021 * factor_2021_to_2025 / POPULATION_2021, rel=1e-6
    )


def test_adjust_does_not_change_the_frame_it_is_given(shipped_dataset):
    money = shipped_dataset.frame("money")
    before = money.copy()

    adjust(money, shipped_dataset, prices="real", per_resident=True)

    pd.testing.assert_frame_equal(money, before)


@pytest.mark.parametrize(
    "year, base_year, expected",
    [
        (2021, 2021, 1.0),
        (2024, 2025, 1.036),
        (2023, 2025, 1.036 * 1.036),
        (2025, 2024, 1 / 1.036),
        (2025, 2023, 1 / (1.036 * 1.036)),
    ],
)
def test_price_factor_chains_yearly_indices(shipped_dataset, year, base_year, expected):
    cpi = calculation_series(shipped_dataset, "cpi")

    assert price_factor(cpi, year, base_year) == pytest.approx(expected)


@pytest.mark.parametrize("year, base_year", [(1990, 2025), (2025, 1990), (2025, 2026)])
def test_price_factor_is_none_outside_the_cpi_series(shipped_dataset, year, base_year):
    assert price_factor(calculation_series(shipped_dataset, "cpi"), year, base_year) is None


def test_calculation_series_uses_only_rows_marked_for_calculations(shipped_dataset):
    population = calculation_series(shipped_dataset, "population")

    assert population.index.is_unique
    assert population[2021] == POPULATION_2021
    assert population[2023] == 806200  # not the 806201 / 804237 cross-check rows
    assert 2010 not in population.index


# Coverage


def test_coverage_years_run_from_after_the_pilot_to_the_package_year(shipped_dataset):
    assert coverage_years(shipped_dataset) == list(range(1998, 2027))


def test_coverage_frame_marks_known_document_known_and_none(shipped_dataset):
    frame = coverage_frame(shipped_dataset).set_index(["measure", "year"])

    known = frame.loc[("programme_total", 2021)]
    assert (known["status"], known["fact_ids"]) == ("known", "2021-programme-total")
    document = frame.loc[("programme_total", 2020)]
    assert (document["status"], document["doc_id"]) == ("document_known", "2020-resolution")
    nothing = frame.loc[("programme_total", 2017)]
    assert (nothing["status"], nothing["fact_ids"]) == ("none", "")
    assert pd.isna(nothing["doc_id"])
    assert frame.loc[("ngo_transfers_total", 2017), "status"] == "known"


def test_coverage_frame_has_one_row_per_measure_and_year(shipped_dataset):
    frame = coverage_frame(shipped_dataset)

    assert not frame.duplicated(["measure", "year"]).any()
    assert sorted(frame["year"].unique()) == list(range(1998, 2027))
    assert set(frame["measure"]) == {
        "programme_total",
        "programme_new_tasks",
        "ngo_transfers_total",
        "city_office_contracted_tasks",
        "mops_grants",
        "ngo_commissioning_spending",
    }
    assert len(frame) == 29 * 6


def test_coverage_frame_only_points_programme_totals_at_documents(shipped_dataset):
    frame = coverage_frame(shipped_dataset)

    assert set(frame.loc[frame["status"] == "document_known", "measure"]) == {"programme_total"}


# The new measure counts in coverage; residents' money never does


def test_coverage_frame_counts_the_press_measure_in_the_years_it_has_figures(shipped_dataset):
    frame = coverage_frame(shipped_dataset)
    press = frame[frame["measure"] == "ngo_commissioning_spending"].set_index("year")["status"]

    assert sorted(press[press == "known"].index) == [2016, 2017]
    assert set(press.drop([2016, 2017])) == {"none"}  # never "document_known": that is the programme total's
    assert frame.set_index(["year", "measure"]).loc[(2017, "ngo_commissioning_spending"), "fact_ids"] == (
        "2017-ngo-commissioning-spending"
    )


def test_coverage_frame_never_counts_the_participatory_budget(shipped_dataset):
    frame = coverage_frame(shipped_dataset)

    assert set(frame["measure"]) == {"programme_total", *shipped_dataset.frame("money")["measure"]}
    assert not frame["measure"].str.contains("participatory").any()
    # 2019 and 2022-2026 have a pool, yet no programme total: still not known.
    programme = frame[frame["measure"] == "programme_total"].set_index("year")["status"]
    assert [programme[y] for y in (2019, 2022, 2023, 2024, 2025, 2026)].count("known") == 0


def test_residents_money_frame_holds_the_pools_per_edition_and_nothing_else(shipped_dataset):
    pools = residents_money_frame(shipped_dataset)

    assert list(pools["year"]) == [2019, 2022, 2023, 2024, 2025, 2026]
    assert list(pools["value"]) == [30e6, 38e6, 38e6, 46e6, 51e6, 54e6]
    assert set(pools["series"]) == {"participatory_budget"}  # the city-wide part is not a pool of its own


def test_residents_money_frame_keeps_only_the_years_shown(shipped_dataset):
    assert list(residents_money_frame(shipped_dataset, (2020, 2023))["year"]) == [2022, 2023]
    assert residents_money_frame(shipped_dataset, (2010, 2018)).empty


def test_residents_money_never_enters_the_money_values(shipped_dataset):
    money = shipped_dataset.frame("money")

    values = adjust(money, shipped_dataset)

    assert len(values) == len(money) == 7
    assert not values["source_id"].isin(residents_money_frame(shipped_dataset)["source_id"]).any()


@pytest.mark.parametrize(
    "prices, per_resident, drawable",
    [("nominal", False, True), ("real", False, False), ("nominal", True, False), ("real", True, False)],
)
def test_residents_money_is_drawn_in_nominal_zloty_only(prices, per_resident, drawable):
    assert residents_money_drawable(prices, per_resident) is drawable
