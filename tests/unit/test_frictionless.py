"""The reference validator (frictionless-py, the Frictionless Data implementation) and ours agree.

`python -m ngo_dashboard validate` stays the one users run: it locates every problem as
`file:line: column` in Polish or English. This file checks that the folders it accepts are what their
descriptor claims, Data Package v2 with typed tables, keys and foreign keys, according to the reference
implementation too; and that the two reject the broken fixtures together, except where ours is
stricter (ONLY_OURS says why).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from frictionless import Report, validate

from ngo_dashboard.cli import main
from ngo_dashboard.data import load_dataset
from ngo_dashboard.paths import SHIPPED_DATA_DIR
from ngo_dashboard.report import DataError
from tests.fixtures import INVALID_CASES, VALID_DIR, build_package

# Invalid fixtures both validators reject.
BOTH_REJECT = [
    "bad_url",
    "cell_count",
    "descriptor_mismatch",
    "duplicate_id",
    "missing_translation",
    "negative_amount",
    "padded_id",
    "semicolon",
    "unknown_source",
    "windows_1250",
    "wrong_columns",
]
# Only our validator rejects these, and why.
ONLY_OURS = {
    "bad_date_precision": "a rule across two columns: the precision must match the date's form",
    "formula": "text may not start like a spreadsheet formula",
    "markup": "text may hold no markup",
    "descriptor_outdated": "a stale vocabulary in the descriptor; the tiny package's rows happen to fit it, "
    "but a row using a newer value would be judged by the stale one",
}


def reference_report(folder: Path) -> Report:
    """frictionless's own `validate`, which reports a broken descriptor instead of raising."""
    return validate(str(folder / "datapackage.json"))


def reference_errors(report: Report) -> list[str]:
    """Every error of a report, one line each: resource, row, field, type and note."""
    lines = [f"package: {e.type}: {e.note}" for e in report.errors]
    for task in report.tasks:
        lines += [
            f"{task.name}:{row}: {field}: {kind}: {note}"
            for row, field, kind, note in task.flatten(["rowNumber", "fieldName", "type", "note"])
        ]
    return lines


def our_codes(folder: Path) -> list[str]:
    try:
        load_dataset(folder)
    except DataError as error:
        return [p.code for p in error.problems]
    return []


@pytest.fixture
def init_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "gmina"
    assert main(["--lang", "en", "init", str(folder), "--name", "Gmina Testowo"]) == 0
    return folder


def valid_packages(init_folder: Path) -> dict[str, Path]:
    return {"shipped": SHIPPED_DATA_DIR, "init": init_folder, "valid_fixture": VALID_DIR}


@pytest.mark.parametrize("name", ["shipped", "init", "valid_fixture"])
def test_reference_validator_accepts_every_valid_package(init_folder, name):
    report = reference_report(valid_packages(init_folder)[name])

    assert report.valid, "\n".join(reference_errors(report))


@pytest.mark.parametrize("name", ["shipped", "init", "valid_fixture"])
def test_both_validators_accept_every_valid_package(init_folder, name):
    folder = valid_packages(init_folder)[name]

    assert our_codes(folder) == []
    assert reference_report(folder).valid


def test_reference_validator_checks_every_table_of_the_shipped_package():
    report = reference_report(SHIPPED_DATA_DIR)

    assert [task.name for task in report.tasks] == [
        "sources",
        "events",
        "money",
        "competitions",
        "context",
        "programmes",
    ]
    assert all(task.stats["rows"] > 0 for task in report.tasks)


@pytest.mark.parametrize("case", BOTH_REJECT)
def test_both_validators_reject_a_broken_fixture(tmp_path, case):
    folder = build_package(tmp_path, case)

    assert our_codes(folder) != []
    assert not reference_report(folder).valid, case


@pytest.mark.parametrize("case", ONLY_OURS)
def test_only_our_validator_rejects_what_the_reference_cannot_see(tmp_path, case):
    """Our validator is the stricter one; if the reference starts rejecting a case, move it to BOTH_REJECT."""
    folder = build_package(tmp_path, case)

    assert our_codes(folder) != []
    assert reference_report(folder).valid, "\n".join(reference_errors(reference_report(folder)))


def test_every_invalid_fixture_is_classified():
    assert sorted([*BOTH_REJECT, *ONLY_OURS]) == INVALID_CASES


def edit_descriptor(folder: Path, **changes: object) -> None:
    path = folder / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            descriptor.pop(key, None)
        else:
            descriptor[key] = value
    path.write_text(json.dumps(descriptor, ensure_ascii=False), encoding="utf-8")


def test_both_reject_a_descriptor_of_the_v1_era(tmp_path):
    """What `init` wrote before: a v1 profile (which has no exclusiveMinimum) and a bare date."""
    folder = build_package(tmp_path)
    edit_descriptor(folder, **{"$schema": None, "profile": "tabular-data-package", "created": "2026-11-26"})

    assert our_codes(folder) == ["descriptor_standard", "created"]
    assert reference_errors(reference_report(folder)) == [
        'package: field-error: constraint "exclusiveMinimum" requires datapackage v2'
    ]


def test_both_reject_a_created_date_without_a_time(tmp_path):
    folder = build_package(tmp_path)
    edit_descriptor(folder, created="2026-11-26")

    assert our_codes(folder) == ["created"]
    assert [e.note for e in reference_report(folder).errors] == ['property "created" is not valid "datetime"']


def test_both_reject_a_context_value_of_zero(tmp_path):
    """`value > 0` needs v2's exclusiveMinimum: the reason the descriptor declares v2."""
    folder = build_package(tmp_path)
    context = folder / "context.csv"
    lines = context.read_text(encoding="utf-8").splitlines(keepends=True)
    series, year, _value, *rest = lines[1].split(",")
    lines[1] = ",".join([series, year, "0", *rest])
    context.write_text("".join(lines), encoding="utf-8")

    assert our_codes(folder) == ["above"]
    report = reference_report(folder)
    assert [
        (task.name, task.flatten(["rowNumber", "fieldName", "type"]))
        for task in report.tasks
        if not task.valid
    ] == [("context", [[2, "value", "constraint-error"]])]
