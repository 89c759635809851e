"""A phone (375 × 812): the timeline reads without sideways scrolling, no page overflows, and no
label is cut short."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import PAGES, with_lang

pytestmark = pytest.mark.e2e

WIDTH = 375

# Widths of the document and of stMain, and the widest elements that stick out of stMain.
_WIDTHS = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  const right = main.getBoundingClientRect().left + main.clientWidth;
  const sticking = [...main.querySelectorAll('*')]
    .map(el => [el, el.getBoundingClientRect()])
    .filter(([el, box]) => box.width > 0 && box.right > right + 1)
    .sort((a, b) => b[1].right - a[1].right)
    .slice(0, 5)
    .map(([el, box]) => `${el.tagName}[${el.getAttribute('data-testid') || el.className}] right=${Math.round(box.right)}`);
  return {
    document: document.documentElement.scrollWidth,
    main_scroll: main.scrollWidth,
    main_client: main.clientWidth,
    sticking: sticking,
  };
}"""


def assert_no_horizontal_overflow(page: Page) -> None:
    widths = page.evaluate(_WIDTHS)
    assert widths["main_scroll"] <= widths["main_client"] + 1, widths
    assert widths["document"] <= WIDTH, widths


# Texts in stMain cut short with an ellipsis. A multiselect's chips are left out: Streamlit shortens a
# long chosen option by design, and its list of options shows each in full.
_CUT_SHORT = """() => [...document.querySelectorAll('[data-testid=stMain] *')]
  .filter(el => !el.closest('[data-testid=stMultiSelect]'))
  .filter(el => getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
  .map(el => el.textContent.slice(0, 80))"""


def assert_no_text_cut_short(page: Page) -> None:
    """A metric's label or a toggle's, cut short, lost words such as "(planowane)" on a phone."""
    assert page.evaluate(_CUT_SHORT) == []


def test_timeline_event_list_is_usable_on_a_phone(open_tab):
    page = open_tab("/os-czasu", lang="pl", phone=True).page
    assert_no_horizontal_overflow(page)
    assert_no_text_cut_short(page)
    first_title = page.locator("[data-testid=stMain] h3").first
    first_title.scroll_into_view_if_needed()
    expect(first_title).to_be_visible()
    expect(first_title).to_be_in_viewport()
    box = first_title.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, box


@pytest.mark.parametrize("path", [p for p in PAGES if p != "/os-czasu"])
def test_page_does_not_overflow_and_cuts_no_label_short_on_a_phone(visit_phone, path):
    tab = visit_phone(with_lang(path, "pl"), lang="pl")
    assert_no_horizontal_overflow(tab.page)
    assert_no_text_cut_short(tab.page)
    tab.assert_clean()
