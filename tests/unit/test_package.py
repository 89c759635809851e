"""Completeness of the data package: descriptor, CSV headers and row models tell the same story."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ngo_dashboard.package import (
    DASHBOARD_KEY,
    DATAPACKAGE_SCHEMA,
    TABLES,
    describe_package,
    describe_resources,
    is_timestamp,
    refresh_descriptor,
    timestamp,
)
from ngo_dashboard.paths import SHIPPED_DATA_DIR
from tests.fixtures import VALID_DIR

PACKAGES = {"shipped": SHIPPED_DATA_DIR, "valid_fixture": VALID_DIR}


def descriptor(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as file:
        return next(csv.reader(file))


def resources(folder: Path) -> dict[str, dict]:
    return {r["name"]: r for r in descriptor(folder)["resources"]}


@pytest.mark.parametrize("folder", PACKAGES.values(), ids=PACKAGES.keys())
def test_every_table_has_a_resource_and_nothing_else_does(folder):
    assert list(resources(folder)) == [table.name for table in TABLES]
    assert sorted(p.name for p in folder.glob("*.csv")) == sorted(table.path for table in TABLES)


@pytest.mark.parametrize("folder", PACKAGES.values(), ids=PACKAGES.keys())
@pytest.mark.parametrize("table", TABLES, ids=[t.name for t in TABLES])
def test_descriptor_fields_and_csv_header_are_the_same_columns(folder, table):
    resource = resources(folder)[table.name]
    fields = [field["name"] for field in resource["schema"]["fields"]]

    assert resource["path"] == table.path
    assert [f for f in fields if f not in header(folder / table.path)] == []
    assert [c for c in header(folder / table.path) if c not in fields] == []
    assert header(folder / table.path) == fields == table.columns


@pytest.mark.parametrize("folder", PACKAGES.values(), ids=PACKAGES.keys())
def test_descriptor_resources_are_those_derived_from_the_models(folder):
    assert descriptor(folder)["resources"] == describe_resources()


def test_valid_fixture_descriptor_is_what_describe_package_writes_for_its_metadata():
    written = descriptor(VALID_DIR)
    place = written[DASHBOARD_KEY]

    assert written == describe_package(
        name=written["name"],
        title=written["title"],
        place_pl=place["place_pl"],
        place_en=place["place_en"],
        created=written["created"],
        description=written["description"],
    )


def test_every_resource_points_its_source_columns_at_sources():
    for resource in describe_resources():
        columns = [f["name"] for f in resource["schema"]["fields"]]
        refs = [fk["fields"] for fk in resource["schema"].get("foreignKeys", [])]
        expected = [] if resource["name"] == "sources" else [c for c in columns if c.startswith("source_id")]
        assert refs == expected, resource["name"]


def test_every_field_has_a_description_and_a_type():
    for resource in describe_resources():
        for field in resource["schema"]["fields"]:
            assert field["description"].strip(), (resource["name"], field["name"])
            assert field["type"] in {"string", "integer", "number", "boolean", "date"}


@pytest.mark.parametrize("folder", PACKAGES.values(), ids=PACKAGES.keys())
def test_descriptor_declares_data_package_v2_and_a_created_timestamp(folder):
    written = descriptor(folder)

    assert list(written)[0] == "$schema"
    assert written["$schema"] == DATAPACKAGE_SCHEMA
    assert "profile" not in written
    assert is_timestamp(written["created"])
    assert {r["type"] for r in written["resources"]} == {"table"}


def test_timestamp_is_utc_to_the_second():
    warsaw = timezone(timedelta(hours=1))

    assert timestamp(datetime(2026, 11, 26, 10, 30, 5, 999, tzinfo=warsaw)) == "2026-11-26T09:30:05Z"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-11-26T09:30:00Z", True),
        ("2026-11-26T09:30:00+01:00", True),
        ("2026-11-26T09:30:00.25Z", True),
        ("2026-11-26", False),
        ("2026-11-26T09:30Z", False),
        ("2026-11-26 09:30:00Z", False),
        ("2026-02-30T09:30:00Z", False),
        (20261126, False),
    ],
)
def test_is_timestamp_wants_a_date_a_time_and_a_zone(value, expected):
    assert is_timestamp(value) is expected


def test_refresh_descriptor_brings_a_v1_descriptor_up_to_date_and_keeps_its_metadata():
    old = {
        "profile": "tabular-data-package",
        "name": "gmina-testowo",
        "title": "Gmina Testowo",
        "description": "",
        "created": "2026-11-26",
        "licenses": [],
        DASHBOARD_KEY: {"place_pl": "Testowo", "place_en": "Testowo"},
        "resources": [{"name": "money"}],
    }

    refreshed = refresh_descriptor(old)

    assert refreshed == {
        "$schema": DATAPACKAGE_SCHEMA,
        "name": "gmina-testowo",
        "title": "Gmina Testowo",
        "description": "",
        "created": "2026-11-26T00:00:00Z",
        "licenses": [],
        DASHBOARD_KEY: {"place_pl": "Testowo", "place_en": "Testowo"},
        "resources": describe_resources(),
    }
    assert refresh_descriptor(refreshed) == refreshed


def test_refresh_descriptor_keeps_a_created_timestamp_as_it_is():
    now = timestamp(datetime.now(UTC))

    assert refresh_descriptor({"created": now, "resources": []})["created"] == now
