"""View state lives in the URL: filters and language survive a reload; search ignores diacritics."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from ngo_dashboard.i18n import t
from ngo_dashboard.timeline import filter_events
from tests.e2e.helpers import (
    current_url,
    key,
    list_titles,
    open_filters,
    text_of,
    wait_lang,
    wait_ready,
    wait_url,
)

pytestmark = pytest.mark.e2e


def test_timeline_search_and_language_survive_a_reload(open_tab, shipped_dataset):
    tab = open_tab("/os-czasu", lang="pl")
    page = tab.page
    search = key(page, "q").locator("input")
    search.fill("centrum obywatelskie")
    search.press("Enter")
    wait_url(page, "q=")
    wait_ready(page)
    key(page, "lang").get_by_role("radio", name="English").click()
    wait_url(page, "q=", "lang=en")
    wait_lang(page, "en")
    wait_ready(page)

    page.reload()
    wait_ready(page)
    wait_lang(page, "en")
    url = current_url(page)
    assert "q=" in url and "lang=en" in url
    assert search.input_value() == "centrum obywatelskie"
    expect(key(page, "lang").get_by_role("radio", name="English")).to_have_attribute("aria-checked", "true")
    expected = filter_events(shipped_dataset.frame("events"), query="centrum obywatelskie")
    assert len(expected) > 0
    assert list_titles(page) == list(expected["title_en"])
    tab.assert_clean()


def test_money_constant_prices_survive_a_reload(open_tab):
    tab = open_tab("/pieniadze", lang="pl")
    page = tab.page
    open_filters(page, "m_filters")
    constant = key(page, "prices").get_by_role("radio", name=t("money.prices_real", "pl"))
    constant.click()
    wait_url(page, "prices=real")
    wait_ready(page)

    page.reload()
    wait_ready(page)
    assert "prices=real" in current_url(page)
    assert (
        t("money.prices_real", "pl")
        in key(page, "m_filters").get_by_test_id("stCaptionContainer").inner_text()
    )
    open_filters(page, "m_filters")
    expect(constant).to_have_attribute("aria-checked", "true")
    base_year = key(page, "base").locator("input").input_value()
    assert re.fullmatch(r"\d{4}", base_year), f"base year selector shows {base_year!r}"
    y_title = key(page, "money_chart").locator(".g-ytitle").text_content()
    assert base_year in y_title
    tab.assert_clean()


def test_timeline_search_ignores_diacritics(open_tab, shipped_dataset):
    # No event says "Ośrodek" (that word is only in competitions, see test_downloads); one says "Ośrodka".
    # Typed without diacritics in the browser, it must find what the correctly spelt word finds.
    tab = open_tab("/os-czasu?q=osrodka", lang="pl")
    expected = filter_events(shipped_dataset.frame("events"), query="Ośrodka")
    assert len(expected) > 0
    assert list_titles(tab.page) == list(expected["title_pl"])
    assert "Ośrodka" in text_of(tab.page.get_by_test_id("stMain"))
    tab.assert_clean()


def test_money_participatory_budget_is_off_until_chosen_then_drawn_as_its_own_bars(open_tab):
    tab = open_tab("/pieniadze", lang="pl")
    page = tab.page
    chart = key(page, "money_chart")
    bars = chart.locator(".barlayer .point")
    expect(bars).to_have_count(0)

    open_filters(page, "m_filters")
    key(page, "participatory_budget").locator("label").first.click()  # the input itself is visually hidden
    wait_url(page, "participatory_budget=1")
    wait_ready(page)

    expect(bars).to_have_count(6)  # the editions 2019 and 2022-2026, one bar each
    legend = chart.locator(".legend").text_content()
    assert "Budżet obywatelski – pula edycji" in legend and "pieniądze" in legend
    page.reload()
    wait_ready(page)
    expect(bars).to_have_count(6)
    open_filters(page, "m_filters")
    expect(key(page, "participatory_budget").get_by_role("switch")).to_be_checked()
    tab.assert_clean()
