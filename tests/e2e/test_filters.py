"""Filters behind one button (ngo_dashboard/ui/filters.py): a page opens without the filters' code,
their settings are in words beside the button, and opened they show every choice and pass axe."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.e2e.helpers import key, open_filters, wait_ready, wait_url

pytestmark = pytest.mark.e2e

# The pages with filters behind a button, and the key of the button's row.
FILTERED = {"/pieniadze": "m_filters", "/os-czasu": "t_filters", "/konkursy": "c_filters"}
BLOCKING = {"serious", "critical"}

# The widgets' lazy code: Streamlit fetches a widget's chunk when the widget is first drawn.
_WIDGET_CODE = """() => performance.getEntriesByType('resource').map(entry => entry.name.split('/').pop())
  .filter(name => /^(Multiselect|Slider)\\./.test(name))"""

# Chip rows that hide chosen options: sideways or under a cap (see ui/static/app.css).
_CHIPS_OUT_OF_VIEW = """() => [...document.querySelectorAll('[data-testid=stMultiSelectTagsContainer]')]
  .filter(tags => tags.scrollWidth > tags.clientWidth + 1 || tags.scrollHeight > tags.clientHeight + 1)
  .map(tags => `${tags.closest('[class*=st-key-]').className.match(/st-key-[a-z_]+/)}: `
    + `${tags.scrollWidth} × ${tags.scrollHeight} px of chips in ${tags.clientWidth} × ${tags.clientHeight} px`)"""


def summary(page: Page, row: str) -> str:
    return key(page, row).get_by_test_id("stCaptionContainer").inner_text()


@pytest.mark.parametrize("path", FILTERED)
def test_a_page_opens_without_its_filters_code_and_says_what_they_are_set_to(open_tab, path):
    page = open_tab(path, lang="pl").page
    row = FILTERED[path]
    assert page.get_by_test_id("stMultiSelect").count() == 0
    assert page.get_by_test_id("stSlider").count() == 0
    assert page.evaluate(_WIDGET_CODE) == []
    assert "wszystkie" in summary(page, row) and "Lata:" in summary(page, row)
    open_filters(page, row)
    assert page.evaluate(_WIDGET_CODE) != []


def test_a_change_behind_the_button_shows_beside_it_and_holds_after_it_closes(open_tab):
    page = open_tab("/pieniadze?lang=en&measures=mops_grants,programme_total", lang="en").page
    assert summary(page, "m_filters").startswith("Measures: MOPS (social welfare centre) – grants to NGOs,")
    open_filters(page, "m_filters")
    key(page, "measures").get_by_role(
        "button", name="Remove MOPS (social welfare centre) – grants to NGOs"
    ).click()
    wait_url(page, "measures=programme_total")
    wait_ready(page)
    expect(key(page, "m_filters").get_by_test_id("stCaptionContainer")).to_contain_text(
        "Measures: Cooperation programme – total ·"
    )
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stPopoverBody")).to_be_hidden()
    # A change outside the filters reruns the page without their widgets drawn: the choice must hold.
    key(page, "money_view").get_by_role("radio", name="Table").click()
    wait_url(page, "money_view=table")
    wait_ready(page)
    assert summary(page, "m_filters").startswith("Measures: Cooperation programme – total ·")
    # st.table or the data grid, whichever blocks.py chose: both keep a real <table> in the page.
    table = page.locator("[data-testid=stTable] table, [data-testid=stDataFrame] table").first.inner_text()
    assert "Cooperation programme" in table and "MOPS" not in table


@pytest.mark.parametrize("phone", [True, False], ids=["375px", "1280px"])
@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("path", FILTERED)
def test_the_open_filters_show_every_chosen_option_and_have_no_serious_axe_violations(
    open_tab, path, lang, phone
):
    page = open_tab(f"{path}?lang={lang}", lang=lang, phone=phone).page
    open_filters(page, FILTERED[path])
    assert page.locator("[data-testid=stMultiSelectTagsContainer]").count() > 0
    assert page.evaluate(_CHIPS_OUT_OF_VIEW) == []
    violations = Axe().run(page).response["violations"]
    blocking = [
        f"{v['id']} ({v['impact']}): {v['nodes'][0]['html'][:120]}"
        for v in violations
        if v["impact"] in BLOCKING
    ]
    assert not blocking, "\n".join(blocking)
