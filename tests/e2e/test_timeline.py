"""The Timeline on a phone (375 × 812) and on a desktop: the whole list, year navigation, event links."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from ngo_dashboard.timeline_list import LIST_BATCH
from ngo_dashboard.ui import keys
from tests.e2e.helpers import current_url, key, list_titles, text_of, wait_ready
from tests.e2e.test_mobile import assert_no_horizontal_overflow

pytestmark = pytest.mark.e2e

PHONE_HEIGHT = 812
TOP_BAR = 60  # Streamlit's fixed top bar: a heading jumped to must land below it
OPENED = "2003-04-24-uchwalenie-ustawy-o-pozytku-publicznym"
MIN_TARGET = 24  # WCAG 2.2, 2.5.8


def in_first_screen(page: Page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= PHONE_HEIGHT


def test_the_phone_list_reaches_every_event_with_show_more_that_keeps_the_place(open_tab, shipped_dataset):
    tab = open_tab("/os-czasu", lang="pl", phone=True)
    page = tab.page
    assert page.get_by_test_id("stNumberInput").count() == 0
    assert len(list_titles(page)) == LIST_BATCH
    more = key(page, keys.TIMELINE_MORE).get_by_role("button")
    cards = page.locator(".ngo-events h4")
    while more.count():
        drawn = cards.count()
        last = cards.last
        title = text_of(last).strip()
        more.scroll_into_view_if_needed()
        before = last.bounding_box()["y"]
        more.tap()
        wait_ready(page)
        expect(cards).to_have_count(min(drawn + LIST_BATCH, 72))
        same = page.locator(".ngo-events h4", has_text=title).first
        assert abs(same.bounding_box()["y"] - before) < 2, "show more moved the reader's place"
    assert len(list_titles(page)) == len(shipped_dataset.frame("events")) == 72
    assert_no_horizontal_overflow(page)
    tab.assert_clean()


def test_year_links_are_tap_targets_and_jump_to_their_year(open_tab):
    tab = open_tab("/os-czasu", lang="pl", phone=True)
    page = tab.page
    links = key(page, keys.TIMELINE_YEAR_NAV).locator("a")
    assert links.count() == 14  # the first 30 shipped events fall in 14 different years
    for box in (links.nth(i).bounding_box() for i in range(links.count())):
        assert box["width"] >= MIN_TARGET and box["height"] >= MIN_TARGET, box

    links.filter(has_text="2012").tap()
    heading = page.locator("#rok-2012")
    expect(heading).to_be_in_viewport()
    assert heading.bounding_box()["y"] >= TOP_BAR - 2, "the heading landed under the top bar"
    assert current_url(page).endswith("#rok-2012")
    tab.assert_clean()


def test_year_navigation_works_with_the_keyboard(open_tab):
    tab = open_tab("/os-czasu?lang=en", lang="en")
    page = tab.page
    link = key(page, keys.TIMELINE_YEAR_NAV).locator("a", has_text="2008")
    link.focus()
    assert page.evaluate("document.activeElement.textContent") == "2008"
    page.keyboard.press("Enter")
    expect(page.locator("#rok-2008")).to_be_in_viewport()
    tab.assert_clean()


@pytest.mark.parametrize(
    "lang, title",
    [
        ("pl", "Uchwalenie ustawy o pożytku publicznym"),
        ("en", "Public Benefit and Volunteer Work Act passed"),
    ],
)
def test_an_event_link_shows_that_event_in_the_first_screen_and_marks_it_in_the_list(open_tab, lang, title):
    tab = open_tab(f"/os-czasu?event={OPENED}&lang={lang}", lang=lang, phone=True)
    page = tab.page
    detail = key(page, keys.EVENT_DETAIL)
    heading = detail.locator("h2")
    expect(heading).to_have_text(title)
    assert in_first_screen(page, heading), heading.bounding_box()
    assert OPENED in text_of(detail.locator("code"))
    marked = page.locator(".ngo-card-marked")
    expect(marked.locator("h4")).to_have_text(title)
    expect(marked).to_have_count(1)
    detail.get_by_role("link", name="2003").click()
    expect(page.locator("#rok-2003")).to_be_in_viewport()
    tab.assert_clean()


@pytest.mark.parametrize(
    "event", ["nie-ma-takiego", "../../etc/passwd", "<script>alert(1)</script>", "x" * 300]
)
def test_a_bad_event_id_opens_the_plain_timeline(open_tab, event):
    tab = open_tab(f"/os-czasu?event={event}", lang="pl", phone=True)
    page = tab.page

    assert key(page, keys.EVENT_DETAIL).count() == 0
    assert page.locator(".ngo-card-marked").count() == 0
    assert len(list_titles(page)) == LIST_BATCH
    assert "event=" not in current_url(page)
    tab.assert_clean()


def test_a_card_opens_its_quote_and_source_with_one_tap(open_tab):
    tab = open_tab("/os-czasu", lang="pl", phone=True)
    page = tab.page
    card = page.locator("article.ngo-card", has=page.locator("h4", has_text="Happening na Rynku"))
    expect(card.get_by_text("Cytat:")).to_be_hidden()
    for target in (card.get_by_text("Cytat i źródło"), card.get_by_role("link", name="Link do wydarzenia")):
        box = target.bounding_box()
        assert box["width"] >= MIN_TARGET and box["height"] >= MIN_TARGET, box
    card.get_by_text("Cytat i źródło").tap()
    expect(card.get_by_text("Cytat:")).to_be_visible()
    assert (
        card.get_by_role("link", name="Link do wydarzenia")
        .get_attribute("href")
        .endswith("?event=1995-happening-na-rynku-glownym")
    )
    tab.assert_clean()
