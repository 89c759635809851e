"""Accessibility in a real browser: axe-core on every page in both languages, and keyboard reach."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.helpers import LANGS, PAGES, with_lang

pytestmark = pytest.mark.e2e

BLOCKING = {"serious", "critical"}
MAX_TABS = 80

# What has focus: the widget key around it, and whether it is the event's own link, or the toggle
# of its quote and source, inside one card of the list (ngo_dashboard/ui/event_list.js).
_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {tag: '', key: '', event_link: false, details: false};
  const holder = el.closest('[class*="st-key-"]');
  const key = holder ? [...holder.classList].find(c => c.startsWith('st-key-')).slice(7) : '';
  const inCard = !!el.closest('.ngo-events article.ngo-card');
  return {
    tag: el.tagName,
    key: key,
    event_link: inCard && el.tagName === 'A' && (el.getAttribute('href') || '').includes('?event='),
    details: inCard && el.tagName === 'SUMMARY',
  };
}"""


@pytest.fixture(scope="module", autouse=True)
def _load_pages_together(visit):
    visit.prefetch([f"{path}?lang={lang}" for path in PAGES for lang in LANGS])


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


def describe(violation: dict) -> str:
    nodes = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
    first = violation["nodes"][0]
    messages = [check["message"] for check in first["any"] + first["all"] + first["none"]]
    return f"{violation['id']} ({violation['impact']}) at {nodes}: {messages[:1]} html={first['html'][:120]}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_serious_axe_violations(visit, axe, path, lang):
    tab = visit(f"{path}?lang={lang}", lang=lang)
    violations = axe.run(tab.page).response["violations"]
    blocking = [describe(v) for v in violations if v["impact"] in BLOCKING]
    assert not blocking, "\n".join(blocking)


PHONE_VIEWS = (*PAGES, "/os-czasu?event=1997-09-pilotazowy-program-wspolpracy", "/pieniadze?money_view=table")


@pytest.fixture(scope="module")
def _load_phone_views_together(visit_phone):
    visit_phone.prefetch([with_lang(path, lang) for path in PHONE_VIEWS for lang in LANGS])


@pytest.mark.usefixtures("_load_phone_views_together")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PHONE_VIEWS)
def test_page_has_no_serious_axe_violations_on_a_phone(visit_phone, axe, path, lang):
    tab = visit_phone(with_lang(path, lang), lang=lang)
    violations = axe.run(tab.page).response["violations"]
    blocking = [describe(v) for v in violations if v["impact"] in BLOCKING]
    assert not blocking, "\n".join(blocking)
    tab.assert_clean()


def test_keyboard_reaches_language_search_filters_and_event_links(open_tab):
    """The category filter is behind the filters button (ui/filters.py): Enter opens it, Escape closes it."""
    page = open_tab("/os-czasu", lang="pl").page
    reached = dict.fromkeys(
        [
            "language switch",
            "search box",
            "filters button",
            "category filter",
            "year link",
            "event link",
            "quote and source",
        ],
        False,
    )
    trail = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        trail.append(f"{focused['tag']}.{focused['key']}")
        reached["language switch"] |= focused["key"] == "lang" and focused["tag"] == "BUTTON"
        reached["search box"] |= focused["key"] == "q" and focused["tag"] == "INPUT"
        if focused["key"] == "t_filters" and focused["tag"] == "BUTTON" and not reached["filters button"]:
            reached["filters button"] = True
            page.keyboard.press("Enter")
            # As a reader sees them: the first open fetches the widgets' code. A Tab pressed before
            # they are drawn is held (ui/popover_focus.js), so pressing on would only spend MAX_TABS.
            page.locator("[data-testid=stPopoverBody] [data-testid=stMultiSelect]").first.wait_for()
        if focused["key"] == "categories" and focused["tag"] == "INPUT":
            reached["category filter"] = True
            page.keyboard.press("Escape")  # the list of options
            page.keyboard.press("Escape")  # the filters
            expect(page.get_by_test_id("stPopoverBody")).to_be_hidden()
        reached["year link"] |= focused["key"] == "year_nav" and focused["tag"] == "A"
        reached["event link"] |= focused["event_link"]
        reached["quote and source"] |= focused["details"]
        if all(reached.values()):
            break
    missing = [name for name, ok in reached.items() if not ok]
    assert not missing, f"never focused: {missing}; Tab went through {' '.join(trail)}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_fold_of_sources_opens_from_the_keyboard_with_its_links_and_keeps_focus(open_tab, axe, lang):
    """The list is drawn when the fold opens (ui/blocks.py, `fold`): a rerun the reader must not lose
    their place in."""
    page = open_tab(f"/konkursy?lang={lang}", lang=lang).page
    fold = page.locator(".st-key-competitions_sources")
    assert fold.get_by_role("link").count() == 0
    fold.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(fold.get_by_role("link").first).to_be_visible()
    label = fold.locator("summary").inner_text()
    assert label.endswith(f"({fold.get_by_role('link').count()})")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    blocking = [describe(v) for v in axe.run(page).response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, "\n".join(blocking)
