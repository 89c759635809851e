"""Validating a data folder: each invalid case yields exactly its located problems, all at once.

The negative cases are the point: every folder of tests/data/invalid/ breaks one thing, and the
whole list of problems it causes is written out here (frictionless `test_validate.py` style).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from ngo_dashboard.data import load_dataset
from ngo_dashboard.report import DataError
from tests.fixtures import INVALID_CASES, INVALID_DIR, VALID_DIR, build_package, overlay

Located = tuple[str, int | None, str | None, str]

# case -> the full list of (file, line, field, code), in report order (file, line, field).
EXPECTED: dict[str, list[Located]] = {
    "duplicate_id": [("events.csv", 4, "event_id", "duplicate")],
    "unknown_source": [("money.csv", 3, "source_id", "unknown_source")],
    # Spaces around an id: the models would strip them, but other tools compare ids as written.
    "padded_id": [("money.csv", 3, "source_id", "padded")],
    "negative_amount": [("money.csv", 2, "amount_pln", "minimum")],
    "bad_date_precision": [("events.csv", 3, "date_precision", "precision")],
    "missing_translation": [
        ("events.csv", 2, "note_en", "translation"),
        ("events.csv", 3, "title_en", "required"),
    ],
    "wrong_columns": [
        ("money.csv", 1, "currency", "column_unexpected"),
        ("money.csv", 1, "organisations_count", "column_missing"),
    ],
    "windows_1250": [("events.csv", 2, None, "encoding_cp1250")],
    "semicolon": [("money.csv", 1, None, "semicolon")],
    "markup": [("events.csv", 2, "title_pl", "markup")],
    # A source row that fails validation is not a known source, so the one money row citing it
    # is reported too.
    "bad_url": [
        ("money.csv", 2, "source_id", "unknown_source"),
        ("sources.csv", 3, "url", "url"),
    ],
    "formula": [("money.csv", 3, "scope_note_en", "formula")],
    "cell_count": [("events.csv", 4, None, "cell_count")],
    "descriptor_mismatch": [("datapackage.json", None, "resources.money", "descriptor_fields")],
    "descriptor_outdated": [("datapackage.json", None, "resources.context", "descriptor_outdated")],
}


def load_error(folder: Path) -> DataError:
    with pytest.raises(DataError) as info:
        load_dataset(folder)
    return info.value


def located(error: DataError) -> list[Located]:
    return [(p.file, p.line, p.field, p.code) for p in error.problems]


# Invalid cases


@pytest.mark.parametrize("case", list(EXPECTED))
def test_load_dataset_reports_every_problem_of_an_invalid_case(tmp_path, case):
    assert located(load_error(build_package(tmp_path, case))) == EXPECTED[case]


def test_every_invalid_fixture_folder_has_an_expected_problem_list():
    assert sorted(EXPECTED) == INVALID_CASES


def test_load_dataset_collects_problems_from_several_tables_in_one_error(tmp_path):
    folder = build_package(tmp_path, "markup")
    overlay(folder, "negative_amount")
    overlay(folder, "descriptor_mismatch")

    assert located(load_error(folder)) == [
        ("datapackage.json", None, "resources.money", "descriptor_fields"),
        ("events.csv", 2, "title_pl", "markup"),
        ("money.csv", 2, "amount_pln", "minimum"),
    ]


def test_load_dataset_reports_a_missing_folder(tmp_path):
    folder = tmp_path / "nowhere"

    assert located(load_error(folder)) == [(str(folder), None, None, "folder_missing")]


@pytest.mark.parametrize("name", ["money.csv", "datapackage.json"])
def test_load_dataset_reports_a_missing_file(tmp_path, name):
    folder = build_package(tmp_path, None)
    (folder / name).unlink()

    assert located(load_error(folder)) == [(name, None, None, "file_missing")]


def test_load_dataset_reports_an_empty_file(tmp_path):
    folder = build_package(tmp_path, None)
    (folder / "money.csv").write_bytes(b"")

    assert located(load_error(folder)) == [("money.csv", 1, None, "empty_file")]


def test_load_dataset_counts_lines_of_multiline_cells(tmp_path):
    """A quoted cell spanning lines must not shift the line numbers of the rows after it."""
    folder = build_package(tmp_path, "bad_date_precision")
    events = folder / "events.csv"
    data = events.read_bytes()
    multiline = data.replace(
        b"Happening on the Main Market Square,", b'"Happening on the\r\nMain Market Square",'
    )
    assert multiline != data
    events.write_bytes(multiline)

    assert located(load_error(folder)) == [("events.csv", 4, "date_precision", "precision")]


# Reports


LINE_WITH_FIELD = re.compile(
    r"^(?P<file>[a-z_]+\.csv):(?P<line>\d+): (?P<field>[a-z_0-9]+): (?P<message>\S.*)$"
)


@pytest.mark.parametrize(
    "case",
    [c for c, problems in EXPECTED.items() if all(line and field for _, line, field, _ in problems)],
)
def test_report_renders_file_line_field_message_in_each_language(tmp_path, case):
    error = load_error(build_package(tmp_path, case))
    pl, en = error.report("pl").splitlines(), error.report("en").splitlines()

    for lines in (pl, en):
        matched = [LINE_WITH_FIELD.match(line) for line in lines]
        assert all(matched), lines
        assert [(m["file"], int(m["line"]), m["field"]) for m in matched] == [
            (file, line, field) for file, line, field, _ in EXPECTED[case]
        ]
    assert all(p != e for p, e in zip(pl, en, strict=True))


def test_report_gives_the_exact_message_in_polish_and_english(tmp_path):
    error = load_error(build_package(tmp_path, "negative_amount"))

    assert error.report("pl") == "money.csv:2: amount_pln: „-5” jest za małe (minimum 0)"
    assert error.report("en") == "money.csv:2: amount_pln: '-5' is too small (minimum 0)"
    assert str(error) == error.report("en")


@pytest.mark.parametrize(
    "case, lang, location, habit, fix",
    [
        ("windows_1250", "pl", "events.csv:2: ", "Windows-1250", "Zapisz go jako"),
        ("windows_1250", "en", "events.csv:2: ", "Windows-1250", "Save it as"),
        ("semicolon", "pl", "money.csv:1: ", "rozdzielone średnikiem", "Zapisz plik jako"),
        ("semicolon", "en", "money.csv:1: ", "separated by semicolons", "Save the file as"),
    ],
)
def test_report_names_the_spreadsheet_habit_and_how_to_fix_it(tmp_path, case, lang, location, habit, fix):
    report = load_error(build_package(tmp_path, case)).report(lang)

    assert report.startswith(location)
    assert "\n" not in report
    assert [s for s in (habit, fix, "CSV UTF-8", "Excel", "LibreOffice") if s not in report] == []


# Valid package


def test_load_dataset_reads_the_valid_fixture(tmp_path):
    dataset = load_dataset(build_package(tmp_path, None))

    assert dataset.counts == {
        "sources": 6,
        "events": 3,
        "money": 2,
        "competitions": 2,
        "context": 6,
        "programmes": 3,
    }
    assert (dataset.meta.name, dataset.meta.place("pl"), dataset.meta.place("en")) == (
        "krakow-ngo-sample",
        "Kraków",
        "Kraków",
    )
    assert list(dataset.frame("events")["date"]) == ["1995", "1997-09", "1999-12"]


def test_load_dataset_keeps_empty_optional_cells_as_none_not_zero(tmp_path):
    dataset = load_dataset(build_package(tmp_path, None))
    money = dataset.frame("money").set_index("fact_id")
    competition = (
        dataset.frame("competitions").set_index("call_id").loc["mops-uslugi-opiekuncze-2023-obszar-i"]
    )

    assert money.loc["2021-programme-total", "organisations_count"] is pd.NA
    assert money.loc["2010-mops-grants", "organisations_count"] == 63
    assert str(money["organisations_count"].dtype) == "Int64"
    assert pd.isna(competition["amount_pln"])
    assert pd.isna(competition["prior_amount_pln"])
    assert dataset.frame("events")["note_pl"].isna().all()
    assert dataset.sources[0].accessed is None


def test_load_dataset_reads_a_stated_zero_as_zero(tmp_path):
    folder = build_package(tmp_path, None)
    money = folder / "money.csv"
    money.write_bytes(money.read_bytes().replace(b",40606448,63,", b",40606448,0,", 1))

    assert load_dataset(folder).frame("money")["organisations_count"].tolist() == [0, pd.NA]


@pytest.mark.parametrize("tail", [b"\r\n", b"\r\n\r\n", b",,,,,,,,,,,,\r\n", b"   \r\n\r\n", b"\n\n"])
def test_load_dataset_ignores_blank_trailing_lines(tmp_path, tail):
    folder = build_package(tmp_path, None)
    with (folder / "events.csv").open("ab") as events:
        events.write(tail)

    assert load_dataset(folder).counts["events"] == 3


def test_load_dataset_accepts_a_utf8_byte_order_mark(tmp_path):
    folder = build_package(tmp_path, None)
    for name in ("events.csv", "sources.csv"):
        path = folder / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())

    dataset = load_dataset(folder)

    assert dataset.frame("events")["event_id"].iloc[0] == "1995-happening-na-rynku-glownym"
    assert dataset.sources[0].source_id == "krakow-pl-247251"


def test_load_dataset_accepts_a_table_with_only_its_header(tmp_path):
    folder = build_package(tmp_path, None)
    competitions = folder / "competitions.csv"
    competitions.write_bytes(competitions.read_bytes().split(b"\r\n")[0] + b"\r\n")

    assert load_dataset(folder).counts["competitions"] == 0


# Fixture integrity


def test_valid_fixture_csvs_use_crlf_line_endings_like_data():
    for path in sorted(VALID_DIR.glob("*.csv")):
        data = path.read_bytes()
        assert data.count(b"\n") == data.count(b"\r\n") > 1, path.name


def test_windows_1250_fixture_is_the_valid_events_table_in_cp1250():
    valid = (VALID_DIR / "events.csv").read_bytes().decode("utf-8")

    assert (INVALID_DIR / "windows_1250" / "events.csv").read_bytes() == valid.encode("cp1250")


def test_invalid_fixture_folders_only_replace_files_of_the_valid_package():
    valid = {p.name for p in VALID_DIR.iterdir()}
    for case in INVALID_CASES:
        files = {p.name for p in (INVALID_DIR / case).iterdir()}
        assert files and files <= valid, case


def test_build_package_leaves_the_fixture_folders_untouched(tmp_path):
    before = {p.name: p.read_bytes() for p in VALID_DIR.iterdir()}
    folder = build_package(tmp_path, "markup")
    (folder / "money.csv").unlink()
    shutil.rmtree(folder)

    assert {p.name: p.read_bytes() for p in VALID_DIR.iterdir()} == before


def test_build_package_refuses_an_unknown_case(tmp_path):
    with pytest.raises(ValueError, match="no invalid case 'nope'"):
        build_package(tmp_path, "nope")
