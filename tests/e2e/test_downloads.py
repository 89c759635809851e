"""Downloads work in a real browser: a view's CSV, and the whole data package as a zip."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from ngo_dashboard.ui import keys
from tests.e2e.helpers import Tab, key

pytestmark = pytest.mark.e2e

OSRODEK = re.compile(r"o[sś]rod", re.IGNORECASE)
TABLES = {"sources", "events", "money", "competitions", "context", "programmes"}


def download(tab: Tab, widget_key: str) -> bytes:
    with tab.page.expect_download() as event:
        key(tab.page, widget_key).get_by_role("button").click()
    return Path(event.value.path()).read_bytes()


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# A download button does not rerun the script (on_click="ignore"), so the shared page views serve.
@pytest.mark.parametrize("path, widget_key", [("/pieniadze", "money_csv"), ("/os-czasu", "timeline_csv")])
def test_view_csv_downloads_as_utf8_with_bom_and_sources(visit, path, widget_key):
    tab = visit(f"{path}?lang=pl", lang="pl")
    if widget_key == "money_csv":
        assert tab.page.get_by_test_id("chart").count() > 0, "the Money page opens on its chart view"
    data = download(tab, widget_key)
    assert data.startswith(b"\xef\xbb\xbf"), "the CSV should start with a UTF-8 BOM (for Excel)"
    rows = read_csv(data)
    assert rows, "the CSV holds no rows"
    assert "source_url" in rows[0]
    assert all(row["source_url"].startswith(("http://", "https://")) for row in rows)
    tab.assert_clean()


def test_competitions_csv_follows_a_search_without_diacritics(open_tab):
    # "osrodek" must find "Miejski Ośrodek Pomocy Społecznej" (and "ośrodka": endings are ignored);
    # the CSV holds exactly the view.
    tab = open_tab("/konkursy?c_q=osrodek")
    rows = read_csv(download(tab, keys.COMPETITIONS.csv))
    assert rows
    # The oracle is typed here, not the app's own search: "osrodek" in any case, with or without "ś",
    # in any of its endings (ośrodek, Ośrodka, ośrodków…).
    assert all(OSRODEK.search(f"{row['title']} {row['department']} {row['call_id']}") for row in rows)
    assert any("Ośrodek" in row["department"] for row in rows)
    assert any("ośrodka" in row["title"] for row in rows)
    tab.assert_clean()


def test_data_package_zip_matches_its_descriptor(visit):
    tab = visit("/dane-i-zrodla?lang=pl", lang="pl")
    archive = zipfile.ZipFile(io.BytesIO(download(tab, "package_zip")))
    names = set(archive.namelist())
    assert "datapackage.json" in names
    descriptor = json.loads(archive.read("datapackage.json"))
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    assert set(resources) == TABLES
    assert {f"{name}.csv" for name in TABLES} <= names
    for name, resource in resources.items():
        rows = list(csv.reader(io.StringIO(archive.read(resource["path"]).decode("utf-8-sig"), newline="")))
        fields = [field["name"] for field in resource["schema"]["fields"]]
        assert rows[0] == fields, name
        assert all(len(row) == len(fields) for row in rows[1:]), name
    tab.assert_clean()
