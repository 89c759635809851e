"""Bad data, hostile text and tampered URLs never break the app, and the data folder is never written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_dashboard.cli import main as cli
from ngo_dashboard.data import load_dataset
from ngo_dashboard.report import DataError
from ngo_dashboard.ui import keys
from tests.app.conftest import PAGES, chart_specs, list_cards, table_rows
from tests.fixtures import INVALID_CASES, build_package, read_rows, write_rows

PARAMS = list(keys.URL_KEYS)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
    }


def expected_report(folder: Path, lang: str) -> list[tuple[str, str, str, str]]:
    with pytest.raises(DataError) as error:
        load_dataset(folder)
    return [
        (p.file, "" if p.line is None else str(p.line), p.field or "", p.message(lang))
        for p in error.value.problems
    ]


def shown_report(at) -> list[tuple[str, str, str, str]]:
    return table_rows(at)


@pytest.mark.parametrize("case", INVALID_CASES)
def test_invalid_folder_shows_the_validators_report_instead_of_the_dashboard(open_page, tmp_path, case):
    folder = build_package(tmp_path, case)
    before = snapshot(folder)

    at = open_page("overview", data_dir=folder)

    assert not at.exception
    assert at.title[0].value == "Dane wymagają poprawek"
    assert shown_report(at) == expected_report(folder, "pl")
    assert not chart_specs(at)
    assert snapshot(folder) == before


@pytest.mark.parametrize("page", list(PAGES))
def test_invalid_folder_report_is_shown_on_every_page_and_in_english(open_page, tmp_path, page):
    folder = build_package(tmp_path, "windows_1250")

    at = open_page(page, lang="en", data_dir=folder)

    assert not at.exception
    assert at.title[0].value == "The data needs fixing"
    report = shown_report(at)
    assert report == expected_report(folder, "en")
    assert "Windows-1250" in report[0][3]


def test_visiting_every_page_never_writes_to_the_data_folder(open_page, tmp_path):
    folder = build_package(tmp_path, None)
    before = snapshot(folder)

    for page in PAGES:
        for lang in ("pl", "en"):
            assert not open_page(page, lang=lang, data_dir=folder).exception

    assert snapshot(folder) == before


def test_markdown_in_data_is_shown_as_text(open_page, tmp_path):
    folder = build_package(tmp_path, None)
    rows = read_rows(folder / "events.csv")
    rows[0]["title_pl"] = hostile = (
        "**gruby** [klik](javascript:alert(1)) ![obraz](http://example.com/x.png) $x$ :red[alarm]"
    )
    write_rows(folder / "events.csv", rows)

    at = open_page("timeline", data_dir=folder)

    assert not at.exception
    # Markdown elements get it escaped (the summary names the first event) ...
    shown = "\n".join(e.value for e in [*at.title, *at.markdown, *at.caption])
    assert r"\*\*gruby\*\* \[klik\]\(javascript\:alert\(1\)\)" in shown
    assert "](javascript:" not in shown
    assert "![obraz](" not in shown
    # ... and the list element gets it as it is, to set as text (tests/e2e/test_robustness.py).
    assert list_cards(at)[0]["title"] == hostile


def test_a_fresh_init_folder_renders_every_page_with_an_honest_empty_state(open_page, tmp_path):
    folder = tmp_path / "gmina"
    assert cli(["init", str(folder), "--name", "Gmina Testowo"]) == 0

    for page in PAGES:
        at = open_page(page, data_dir=folder)
        assert not at.exception, page
    overview = open_page("overview", data_dir=folder)
    assert overview.title[0].value == "Współpraca z organizacjami pozarządowymi · Gmina Testowo"
    assert "—" in [m.value for m in overview.metric]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    page=st.sampled_from(["money", "timeline", "competitions", "data"]),
    params=st.dictionaries(
        keys=st.one_of(st.sampled_from(PARAMS), st.text(min_size=1, max_size=12)),
        values=st.one_of(st.text(max_size=300), st.integers().map(str), st.just("../../../etc/passwd")),
        max_size=5,
    ),
)
def test_any_query_string_renders_a_page_without_exception(open_page, page, params):
    at = open_page(page, **params)

    assert not at.exception
