"""Bad data and bad URLs in a real browser: a located report, text shown as text, defaults for junk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from ngo_dashboard.cli import main as cli
from ngo_dashboard.data import load_dataset
from ngo_dashboard.i18n import t
from ngo_dashboard.report import DataError
from ngo_dashboard.timeline_list import LIST_BATCH
from tests.e2e.helpers import current_url, key, list_titles, open_filters, text_of
from tests.fixtures import build_package, read_rows, write_rows

pytestmark = pytest.mark.e2e

# Passes validation (no HTML), but is Markdown, a javascript: link, KaTeX and a Streamlit colour directive.
HOSTILE = "**bold** [klik](javascript:alert(1)) $x$ :red[czerwony]"


def expected_problems(folder: Path) -> list[tuple[str, str, str]]:
    with pytest.raises(DataError) as error:
        load_dataset(folder)
    return [(p.file, "" if p.line is None else str(p.line), p.field or "") for p in error.value.problems]


def report_rows(page: Page) -> list[tuple[str, str, str]]:
    """(file, line, column) of each row of the problem report table."""
    rows = page.get_by_test_id("stTable").locator("tbody tr")
    return [tuple(text_of(cell).strip() for cell in row.locator("th, td").all()[:3]) for row in rows.all()]


def set_first_event_title(folder: Path, title: str) -> None:
    path = folder / "events.csv"
    rows = read_rows(path)
    rows[0]["title_pl"] = title
    write_rows(path, rows)


@pytest.mark.parametrize("case", ["duplicate_id", "markup"])
def test_invalid_folder_shows_the_located_problem_report_in_both_languages(
    open_tab, serve_data, tmp_path, case
):
    folder = build_package(tmp_path, case)
    problems = expected_problems(folder)
    assert problems and all(file == "events.csv" and line and field for file, line, field in problems)
    url = serve_data(folder)
    for path, lang in [("/", "pl"), ("/os-czasu?lang=en", "en")]:
        tab = open_tab(path, base_url=url, lang=lang)
        page = tab.page
        expect(page.locator("h1").first).to_have_text(t("error.title", lang))
        assert report_rows(page) == problems
        # The markup case holds <script>alert(1)</script>: it must never become a script.
        assert not page.evaluate("[...document.scripts].some(s => s.textContent.includes('alert(1)'))")
        tab.assert_clean()


def test_markdown_and_links_in_data_show_as_literal_text(open_tab, serve_data, tmp_path):
    folder = build_package(tmp_path)
    set_first_event_title(folder, HOSTILE)
    load_dataset(folder)  # the hostile title is valid data: nothing stops it before the page
    url = serve_data(folder)

    tab = open_tab("/os-czasu", base_url=url, lang="pl")
    page = tab.page
    assert HOSTILE in list_titles(page)
    assert page.locator('a[href^="javascript" i]').count() == 0
    assert page.locator("strong", has_text="bold").count() == 0
    assert page.get_by_test_id("stMain").locator(".katex").count() == 0
    tab.assert_clean()

    overview = open_tab("/", base_url=url, lang="pl")
    assert HOSTILE in text_of(overview.page.get_by_test_id("stMain"))
    assert overview.page.locator('a[href^="javascript" i]').count() == 0
    overview.assert_clean()


def slider_at_full_range(page: Page) -> bool:
    open_filters(page, "t_filters")
    thumbs = key(page, "t_years").locator("input[type=range]").all()
    return len(thumbs) == 2 and (
        thumbs[0].input_value() == thumbs[0].get_attribute("min")
        and thumbs[1].input_value() == thumbs[1].get_attribute("max")
    )


TAMPERED: list[tuple[str, str, Callable[[Page, int], bool]]] = [
    ("/os-czasu?event=../../etc/passwd", "event", lambda page, n: key(page, "event_detail").count() == 0),
    ("/o-projekcie?lang=xx", "lang", lambda page, n: page.locator("h1").first.is_visible()),
    ("/os-czasu?t_years=abc", "t_years", lambda page, n: slider_at_full_range(page)),
    ("/os-czasu?t_years=1000-99999", "t_years", lambda page, n: slider_at_full_range(page)),
    ("/os-czasu?q=" + "a" * 5000, "q", lambda page, n: key(page, "q").locator("input").input_value() == ""),
    (
        "/os-czasu?categories=nope",
        "categories",
        lambda page, n: len(list_titles(page)) == min(n, LIST_BATCH),
    ),
]


@pytest.mark.parametrize("path, param, is_default", TAMPERED, ids=[path[:32] for path, _, _ in TAMPERED])
def test_tampered_url_falls_back_to_defaults(open_tab, shipped_dataset, path, param, is_default):
    tab = open_tab(path, lang="pl")
    page = tab.page
    expect(key(page, "lang").get_by_role("radio", name="Polski")).to_have_attribute("aria-checked", "true")
    assert is_default(page, len(shipped_dataset.frame("events")))
    assert f"{param}=" not in current_url(page), "an unusable value should be dropped from the URL"
    tab.assert_clean()


def test_a_fresh_init_folder_renders_its_own_name_and_honest_empty_states(open_tab, serve_data, tmp_path):
    folder = tmp_path / "gmina"
    assert cli(["init", str(folder), "--name", "Gmina Testowo"]) == 0
    url = serve_data(folder)

    for path, lang, title, empty in [
        ("/", "pl", "Współpraca z organizacjami pozarządowymi · Gmina Testowo", t("overview.empty", "pl")),
        ("/pieniadze", "en", "Money", t("money.empty", "en")),
        ("/os-czasu", "pl", "Oś czasu", t("timeline.empty", "pl")),
        ("/konkursy", "en", "Competitions", t("competitions.empty", "en")),
    ]:
        tab = open_tab(f"{path}?lang={lang}", base_url=url, lang=lang)
        expect(tab.page.locator("h1").first).to_have_text(title)
        expect(tab.page.get_by_test_id("stAlert").first).to_contain_text(empty)
        assert tab.page.get_by_test_id("stException").count() == 0
        tab.assert_clean()
