"""The shipped data/ folder: the validator accepts it, and the founding facts are in it.

The validator's rules (every row sourced, quotes present, http(s) addresses, multi-year totals never
split) are tested where they can fail, on broken fixtures (test_validation.py, test_models.py); here
they would only restate the loader, which refuses the whole folder first.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from ngo_dashboard.data import load_dataset
from ngo_dashboard.paths import REPO_ROOT, SHIPPED_DATA_DIR
from ngo_dashboard.report import DataError


def test_shipped_data_is_valid():
    try:
        load_dataset(SHIPPED_DATA_DIR)
    except DataError as error:
        pytest.fail(f"data/ is invalid:\n{error.report('en')}", pytrace=False)


def test_shipped_data_has_the_expected_row_counts(shipped_dataset):
    assert shipped_dataset.counts == {
        "sources": 199,
        "events": 72,
        "money": 7,
        "competitions": 161,
        "context": 92,
        "programmes": 25,
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


# The third harvest (scripts/import_harvest3.py)


def test_shipped_press_figures_are_a_measure_of_their_own_never_the_executed_2017_figure(shipped_dataset):
    money = shipped_dataset.frame("money").set_index("fact_id")

    press = money[money["measure"] == "ngo_commissioning_spending"]
    assert list(press.index) == ["2016-ngo-commissioning-spending", "2017-ngo-commissioning-spending"]
    assert press[["year", "basis", "qualifier", "amount_pln"]].values.tolist() == [
        [2016, "unknown", "exact", 81500000],
        [2017, "planned", "at_least", 88000000],
    ]
    assert set(press["source_id"]) == {"serwisy-gazetaprawna-pl-996551"}
    assert "ponad 88 mln zł" in press.loc["2017-ngo-commissioning-spending", "quote"]
    executed = money.loc["2017-ngo-transfers-total"]
    assert (executed["measure"], executed["basis"], executed["source_id"]) == (
        "ngo_transfers_total",
        "executed",
        "fkop-bis-krakow-pl-idea",
    )


def test_shipped_participatory_budget_is_context_not_money(shipped_dataset):
    context = shipped_dataset.frame("context")
    pools = context[context["series"] == "participatory_budget"]

    assert [(int(y), v) for y, v in zip(pools["year"], pools["value"], strict=True)] == [
        (2019, 30_000_000),
        (2022, 38_000_000),
        (2023, 38_000_000),
        (2024, 46_000_000),
        (2025, 51_000_000),
        (2026, 54_000_000),
    ]
    assert not pools["use_in_calculations"].any()
    assert "participatory_budget" not in set(shipped_dataset.frame("money")["measure"])


@pytest.mark.parametrize(
    "call_id",
    ["mops-asystent-osobisty-2023", "mops-cis-bezdomni-2025", "wpsiz-wspieranie-rodzicow-do-lat-3-2022"],
)
def test_shipped_calls_with_a_cut_off_prior_sentence_leave_the_prior_fields_empty(shipped_dataset, call_id):
    calls = shipped_dataset.frame("competitions")
    rows = calls[calls["call_id"] == call_id]

    assert len(rows)
    assert rows[["prior_year", "prior_amount_pln", "prior_kind"]].isna().all().all()
    assert rows["note_en"].str.contains("not zero|does not mean zero").all()


def test_shipped_call_with_the_conflicting_229_thousand_header_has_no_total(shipped_dataset):
    calls = shipped_dataset.frame("competitions")
    rows = calls[calls["call_id"] == "wpsiz-wspieranie-rodzicow-do-lat-3-2022"]

    assert list(rows["amount_pln"]) == [42000, 252000, 168000]
    assert rows["total_pln"].isna().all()
    assert rows["note_pl"].str.contains("229 tys.").all() and rows["note_en"].str.contains("229 tys.").all()


def test_shipped_legal_aid_year_is_called_an_inference_where_it_is_shown(shipped_dataset):
    calls = shipped_dataset.frame("competitions")
    (row,) = calls[calls["call_id"] == "umk-pomoc-prawna-15-punktow"].itertuples()

    assert row.year == 2016
    assert "wywnioskowany" in row.title
    assert "wnioskiem" in row.note_pl and "inference" in row.note_en
    assert row.source_id_2 == "infokrakow24-pl-68418"


def test_shipped_probable_resolutions_stay_probable_and_have_their_copies(shipped_dataset):
    docs = shipped_dataset.frame("programmes").set_index("doc_id")

    assert docs.loc["2018-resolution-xc-2358-17", ["status", "date", "source_id"]].tolist() == [
        "probable",
        "2017-12-06",
        "docplayer-pl-112330057",
    ]
    assert docs.loc["2019-resolution-cxv-3053-18", "status"] == "probable"
    assert docs.loc["2018-resolution", ["status", "date"]].tolist() == ["confirmed", "2017-12-06"]


def test_shipped_first_multi_year_programme_is_a_registry_row_and_a_timeline_event(shipped_dataset):
    docs = shipped_dataset.frame("programmes").set_index("doc_id")
    events = shipped_dataset.frame("events").set_index("event_id")

    row = docs.loc["2012-2014-multi-year-mention"]
    assert (int(row["period_start"]), int(row["period_end"]), row["date"]) == (2012, 2014, "2012-10-24")
    event = events.loc["2012-10-24-program-wieloletni-20122014-w-porzadku-sesji"]
    assert (event["category"], bool(event["date_inferred"]), event["source_id"]) == (
        "programme",
        True,
        "kosmider-krakow-pl-2012",
    )


def test_shipped_2018_new_tasks_item_carries_its_publication_date(shipped_dataset):
    assert shipped_dataset.source("krakow-pl-215751").published == "2017-12-05"


def test_harvest_import_refuses_to_run_twice_and_changes_nothing(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(SHIPPED_DATA_DIR, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    result = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "scripts" / "import_harvest3.py"),
            str(tmp_path / "no-harvest"),
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1
    assert "already holds sources of the third harvest" in result.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
