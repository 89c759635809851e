"""`python -m ngo_dashboard`: validate a folder, init an empty package; messages in Polish or English."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ngo_dashboard.cli import main
from ngo_dashboard.data import load_dataset
from ngo_dashboard.package import DASHBOARD_KEY, TABLES, describe_resources, is_timestamp
from ngo_dashboard.paths import DATA_DIR_ENV, REPO_ROOT
from tests.fixtures import INVALID_CASES, build_package
from tests.fixtures import main as fixtures_main

SHIPPED_COUNTS = "sources 199, events 72, money 7, competitions 161, context 92, programmes 25"


def run_cli(*args: str, lang_env: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in (DATA_DIR_ENV, "LANGUAGE", "LC_ALL")}
    env.update(LANG=lang_env, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "ngo_dashboard", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# Invalid data and refusals


def test_validate_exits_1_and_prints_located_problems(tmp_path):
    folder = build_package(tmp_path, "missing_translation")

    result = run_cli("validate", str(folder))

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "events.csv:2: note_en: translation missing: fill in both languages or neither",
        "events.csv:3: title_en: a value is required",
    ]
    assert result.stderr.strip() == f"{folder}: 2 problem(s) found"


def test_validate_speaks_polish_with_lang_pl(tmp_path, capsys):
    folder = build_package(tmp_path, "negative_amount")

    assert main(["--lang", "pl", "validate", str(folder)]) == 1

    out, err = capsys.readouterr()
    assert out == "money.csv:2: amount_pln: „-5” jest za małe (minimum 0)\n"
    assert err == f"{folder}: znaleziono problemy: 1\n"


def test_validate_defaults_to_polish_under_a_polish_locale(tmp_path, monkeypatch, capsys):
    folder = build_package(tmp_path, "semicolon")
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")

    assert main(["validate", str(folder)]) == 1
    assert capsys.readouterr().out.startswith("money.csv:1: kolumny są rozdzielone średnikiem")


def test_validate_reports_a_missing_folder(tmp_path, capsys):
    folder = tmp_path / "nowhere"

    assert main(["--lang", "en", "validate", str(folder)]) == 1
    assert capsys.readouterr().out == f"{folder}: the data folder does not exist\n"


def test_init_refuses_a_folder_that_is_not_empty_and_writes_nothing(tmp_path, capsys):
    folder = tmp_path / "gmina"
    folder.mkdir()
    (folder / "money.csv").write_bytes(b"fact_id,year\r\nmoje-dane,2024\r\n")
    os.utime(folder / "money.csv", ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = snapshot(folder)

    assert main(["--lang", "en", "init", str(folder), "--name", "Gmina Testowo"]) == 1

    assert snapshot(folder) == before
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"{folder} is not an empty folder; nothing was written\n")


def test_init_refuses_a_path_that_is_a_file_without_a_traceback(tmp_path, capsys):
    path = tmp_path / "gmina.csv"
    path.write_text("moje dane", encoding="utf-8")

    assert main(["--lang", "en", "init", str(path), "--name", "Gmina Testowo"]) == 1

    assert path.read_text(encoding="utf-8") == "moje dane"
    assert capsys.readouterr().err == f"{path} is not an empty folder; nothing was written\n"


def test_init_refuses_a_folder_holding_a_data_package_in_polish(tmp_path, capsys):
    folder = build_package(tmp_path, None)
    before = snapshot(folder)

    assert main(["--lang", "pl", "init", str(folder), "--name", "Gmina Testowo"]) == 1

    assert capsys.readouterr().err == f"{folder} nie jest pustym folderem; nic nie zapisano\n"
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    "argv",
    [["validate", "a", "b"], ["init", "x"], ["--lang", "de", "validate"], ["export"], []],
    ids=["two-folders", "init-without-name", "unknown-language", "unknown-command", "no-command"],
)
def test_cli_rejects_bad_arguments_with_usage_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)

    assert exit_info.value.code == 2
    assert "usage: python -m ngo_dashboard" in capsys.readouterr().err


# Valid data


def test_validate_shipped_data_exits_0_with_a_one_line_summary():
    result = run_cli("validate", "data")

    assert result.returncode == 0
    assert result.stdout == f"data: data valid ({SHIPPED_COUNTS})\n"
    assert result.stderr == ""


def test_validate_defaults_to_ngo_data_dir(tmp_path, monkeypatch, capsys):
    folder = build_package(tmp_path, None)
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))

    assert main(["--lang", "pl", "validate"]) == 0

    assert capsys.readouterr().out == (
        f"{folder}: dane poprawne (sources 6, events 3, money 2, competitions 2, context 6, programmes 3)\n"
    )


def test_init_creates_an_empty_package_that_validates(tmp_path, capsys):
    folder = tmp_path / "testowo"

    assert main(["--lang", "en", "init", str(folder), "--name", "Gmina Testowo"]) == 0

    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["datapackage.json", *(table.path for table in TABLES)]
    )
    for table in TABLES:
        assert (folder / table.path).read_bytes() == (",".join(table.columns) + "\r\n").encode()
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert (descriptor["name"], descriptor["title"]) == ("gmina-testowo", "Gmina Testowo")
    assert descriptor[DASHBOARD_KEY] == {"place_pl": "Gmina Testowo", "place_en": "Gmina Testowo"}
    assert descriptor["resources"] == describe_resources()
    assert is_timestamp(descriptor["created"])
    dataset = load_dataset(folder)
    assert set(dataset.counts.values()) == {0}
    assert dataset.meta.place("pl") == "Gmina Testowo"
    assert f"Created an empty data package in {folder}" in capsys.readouterr().out
    assert main(["--lang", "en", "validate", str(folder)]) == 0


def test_init_from_the_command_line_uses_the_english_name_when_given(tmp_path):
    folder = tmp_path / "lodz"

    result = run_cli("init", str(folder), "--name", "Miasto Łódź", "--name-en", "City of Łódź")

    assert result.returncode == 0, result.stderr
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["name"] == "miasto-lodz"
    assert descriptor[DASHBOARD_KEY] == {"place_pl": "Miasto Łódź", "place_en": "City of Łódź"}
    assert load_dataset(folder).meta.place("en") == "City of Łódź"


def test_init_accepts_an_existing_empty_folder(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()

    assert main(["--lang", "en", "init", str(folder), "--name", "Gmina Testowo"]) == 0
    assert load_dataset(folder).meta.title == "Gmina Testowo"


# The fixture builder (tests/fixtures.py), for running the validator on a broken folder by hand


@pytest.mark.parametrize("case", INVALID_CASES)
def test_every_fixture_folder_built_by_hand_fails_with_located_problems(tmp_path, case):
    folder = tmp_path / case
    assert fixtures_main([case, str(folder)]) == 0

    result = run_cli("validate", str(folder))

    assert result.returncode == 1
    assert "file is missing" not in result.stdout  # a whole package, broken in one place only
    assert re.search(r"^\S+\.(csv|json)(:\d+)?: ", result.stdout, re.MULTILINE), result.stdout


def test_fixture_builder_never_writes_into_an_existing_folder(tmp_path, capsys):
    (tmp_path / "events.csv").write_text("mine", encoding="utf-8")

    with pytest.raises(SystemExit) as exit_info:
        fixtures_main(["duplicate_id", str(tmp_path)])

    assert exit_info.value.code == 2
    assert "exists" in capsys.readouterr().err
    assert (tmp_path / "events.csv").read_text(encoding="utf-8") == "mine"
