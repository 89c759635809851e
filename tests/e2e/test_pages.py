"""Every page renders in Chromium in both languages; figures and deep links show what the data says."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import LANGS, OWN_ADDRESSES, PAGES, key, text_of

pytestmark = pytest.mark.e2e

DEEP_LINK = "/os-czasu?event=1997-09-pilotazowy-program-wspolpracy"
HEADINGS = {
    "/przeglad": ("Współpraca z organizacjami pozarządowymi · Kraków", "Cooperation with NGOs · Kraków"),
    "/pieniadze": ("Pieniądze", "Money"),
    "/os-czasu": ("Oś czasu", "Timeline"),
    "/konkursy": ("Konkursy", "Competitions"),
    "/dane-i-zrodla": ("Dane i źródła", "Data & sources"),
    "/o-projekcie": ("O projekcie", "About"),
}


@pytest.fixture(scope="module", autouse=True)
def _load_pages_together(visit):
    visit.prefetch(
        [f"{path}?lang={lang}" for path in (*PAGES, "/przeglad") for lang in LANGS]
        + [DEEP_LINK, f"{DEEP_LINK}&lang=en"]
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_page_renders_without_errors_and_sets_html_lang(visit, path, lang):
    tab = visit(f"{path}?lang={lang}", lang=lang)
    page = tab.page
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("[data-testid=stMain] h1").first.is_visible()
    tab.assert_clean()


@pytest.mark.parametrize(
    "lang, total",
    [
        # Compared after normalising U+00A0: Polish groups thousands with no-break spaces.
        ("pl", "102 262 543 zł"),
        ("en", "PLN 102,262,543"),
    ],
)
def test_overview_shows_the_2021_programme_total(visit, lang, total):
    tab = visit(f"/?lang={lang}", lang=lang)
    metrics = tab.page.get_by_test_id("stMetricValue")
    assert total in [text_of(metric).strip() for metric in metrics.all()]
    tab.assert_clean()


@pytest.mark.parametrize(
    "query, lang, title, when",
    [
        ("", "pl", "Pilotażowy program współpracy", "wrzesień 1997"),
        ("&lang=en", "en", "Pilot cooperation programme", "September 1997"),
    ],
)
def test_event_deep_link_opens_that_event(visit, query, lang, title, when):
    tab = visit(DEEP_LINK + query, lang=lang)
    detail = key(tab.page, "event_detail")
    assert text_of(detail.locator("h2")).strip() == title
    assert when in text_of(detail)
    tab.assert_clean()


def test_every_page_has_an_address_of_its_own():
    assert set(OWN_ADDRESSES) == set(HEADINGS)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", OWN_ADDRESSES)
def test_every_page_address_opens_that_page_directly(visit, path, lang):
    tab = visit(f"{path}?lang={lang}", lang=lang)
    heading = HEADINGS[path][LANGS.index(lang)]
    assert text_of(tab.page.locator("[data-testid=stMain] h1").first).strip() == heading
    assert tab.page.get_by_role("dialog").count() == 0, "Streamlit showed a dialog (Page not found?)"
    tab.assert_clean()
