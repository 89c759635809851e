"""The chart element (ngo_dashboard/ui/chart.py) in a real browser: one light plotly.js bundle per
page and never Streamlit's PlotlyChart chunk; hover, PNG export, the modebar in the page's language,
the chart's name, its width, and the timeline's click that selects an event."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from ngo_dashboard.i18n import separators, t
from ngo_dashboard.paths import PLOTLY_BUNDLE_MANIFEST
from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.helpers import (
    FIRST_MARKER,
    LANGS,
    PAGES,
    key,
    normalise,
    text_of,
    wait_ready,
    wait_url,
    with_lang,
)
from tests.e2e.test_a11y import BLOCKING, describe

pytestmark = pytest.mark.e2e

CHART_PAGES = ("/", "/pieniadze", "/os-czasu", "/konkursy")
MODEBAR = ("Download plot as a PNG", "Zoom", "Pan", "Zoom in", "Zoom out", "Reset axes")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_PLOT = "document.querySelector('[data-testid=chart] .js-plotly-plot')"
# What Plotly itself reports for a click, recorded beside the component's own listener.
_LISTEN = f"() => {{ window.__clicked = null; {_PLOT}.on('plotly_click', e => {{ window.__clicked = e.points[0].customdata; }}); }}"


def plotly_scripts(page_path: str, browser, app_url: str) -> list[str]:
    """File names of the scripts with "plotly" in their address that a fresh tab of the page fetched."""
    context = browser.new_context(viewport=DESKTOP)  # an empty cache: every script is requested
    try:
        page = context.new_page()
        scripts: list[str] = []
        page.on(
            "request",
            lambda request: scripts.append(request.url) if request.resource_type == "script" else None,
        )
        page.goto(app_url + page_path)
        wait_ready(page)
        page.wait_for_timeout(500)  # a late lazy chunk would still be caught
        return [urlsplit(url).path.rsplit("/", 1)[-1] for url in scripts if "plotly" in url.lower()]
    finally:
        context.close()


def test_each_page_fetches_the_light_bundle_once_and_never_the_plotlychart_chunk(browser, app_url):
    bundle = json.loads(PLOTLY_BUNDLE_MANIFEST.read_text(encoding="utf-8"))["file"]

    fetched = {path: plotly_scripts(path, browser, app_url) for path in PAGES}

    assert fetched == {path: [bundle] if path in CHART_PAGES else [] for path in PAGES}


def plot_box(page: Page) -> dict:
    return page.evaluate(
        f"() => {{ const L = {_PLOT}._fullLayout; return {{width: L.width, height: L.height}}; }}"
    )


def test_hovering_a_point_shows_its_label(open_tab):
    page = open_tab("/pieniadze", lang="pl").page
    chart = key(page, "money_chart")
    # The mouse, not Locator.hover: Plotly's drag layer lies over the points and takes the events.
    point = chart.locator(".scatterlayer .trace .points path").first
    point.scroll_into_view_if_needed()
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)

    label = chart.locator(".hoverlayer .hovertext")
    expect(label).to_have_count(1)
    assert " zł" in normalise(label.text_content())


def test_modebar_camera_downloads_the_chart_as_a_png_at_twice_its_size(open_tab):
    page = open_tab("/pieniadze", lang="pl").page
    chart = key(page, "money_chart")
    chart.hover()
    with page.expect_download() as event:
        chart.get_by_role("button", name=t("plotly.Download plot as a PNG", "pl")).click()

    data = Path(event.value.path()).read_bytes()
    assert event.value.suggested_filename.endswith(".png")  # plotly.js names it after the title
    assert data.startswith(PNG_SIGNATURE)
    size = plot_box(page)
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (2 * size["width"], 2 * size["height"])


@pytest.mark.parametrize("lang", LANGS)
def test_modebar_speaks_the_pages_language_and_numbers_follow_it(visit, lang):
    page = visit(f"/pieniadze?lang={lang}", lang=lang).page
    chart = key(page, "money_chart")

    titles = [button.get_attribute("data-title") for button in chart.locator(".modebar-btn").all()]
    assert titles == [t(f"plotly.{label}", lang) for label in MODEBAR]
    assert page.evaluate(f"() => {_PLOT}._fullLayout.separators") == separators(lang)
    chart.locator(".modebar-btn").first.focus()  # a keyboard user sees the buttons too
    expect(chart.locator(".modebar")).to_have_css("opacity", "1")


@pytest.mark.parametrize("lang", LANGS)
def test_each_chart_is_a_figure_named_by_its_text_alternative(visit, lang):
    page = visit(f"/konkursy?lang={lang}", lang=lang).page

    expect(page.get_by_role("figure", name=t("competitions.by_year_alt", lang))).to_be_visible()
    hidden = page.locator("[data-testid=chart] .main-svg").evaluate_all("svgs => svgs.map(s => s.ariaHidden)")
    assert hidden and set(hidden) == {"true"}


def test_the_timeline_chart_is_not_drawn_on_a_phone_and_its_bundle_not_fetched(browser, app_url):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        scripts: list[str] = []
        page.on("request", lambda request: scripts.append(request.url))
        page.goto(app_url + "/os-czasu")
        wait_ready(page)
        page.wait_for_timeout(500)
        chart = page.get_by_test_id("chart")
        assert chart.locator(".main-svg").count() == 0
        expect(chart).to_contain_text(t("timeline.chart_narrow", "pl"))
        assert [url for url in scripts if "plotly" in url.lower()] == []

        page.set_viewport_size(DESKTOP)  # wide again: the chart is drawn after all
        expect(chart.locator(".main-svg").first).to_be_visible()
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", CHART_PAGES)
def test_charts_have_no_serious_axe_violations_on_a_phone(visit_phone, path, lang):
    """The charts alone, at 375 px, in the phone tabs test_a11y checks whole."""
    tab = visit_phone(with_lang(path, lang), lang=lang)

    violations = Axe().run(tab.page, context="[data-testid=chart]").response["violations"]
    assert [describe(v) for v in violations if v["impact"] in BLOCKING] == []
    tab.assert_clean()


def test_chart_follows_the_width_of_the_page(open_tab):
    page = open_tab("/pieniadze", lang="pl").page
    fits = """() => { const f = document.querySelector('[data-testid=chart]');
      const svg = f.querySelector('.main-svg');
      return f.clientWidth > 0 && Math.abs(svg.getBoundingClientRect().width - f.clientWidth) < 2 && f.clientWidth; }"""
    wide = page.wait_for_function(fits).json_value()

    page.set_viewport_size(PHONE)  # as a phone turned upright
    page.wait_for_function(f"() => ({fits})() && ({fits})() < {wide}")
    page.set_viewport_size(DESKTOP)
    page.wait_for_function(f"() => ({fits})() === {wide}")


# The height of the first chart's value axis (its drag area): a phone's legend, a row an entry, must
# not squeeze it.
_PLOT_HEIGHT = (
    "() => document.querySelector('[data-testid=chart] .xy .nsewdrag').getBoundingClientRect().height"
)


def settled_plot_height(page: Page) -> float:
    """The plot's height once it has held for 500 ms: while Plotly redraws for a new width it passes
    through other sizes."""
    page.evaluate("() => { window.__plotHeight = null; }")
    return page.wait_for_function(
        f"""() => {{ const h = ({_PLOT_HEIGHT})(), now = performance.now(), s = window.__plotHeight;
          if (!s || s.h !== h) {{ window.__plotHeight = {{h, since: now}}; return false; }}
          return now - s.since > 500 && h; }}"""
    ).json_value()


def test_the_money_chart_leaves_out_its_value_labels_when_narrow_and_shows_them_when_wide(open_tab):
    """On a phone the labels of 29 years in about 220 px overprinted one another (charts.py,
    PHONE_CHART_PX); the points and their hover stay, the figure grows by its legend's rows, and
    turning the phone brings the labels back."""
    page = open_tab("/pieniadze", lang="pl").page
    labels = "() => document.querySelectorAll('[data-testid=chart] .textpoint text').length"
    drawn = "document.querySelector('[data-testid=chart] .main-svg')"
    assert page.wait_for_function(f"() => {drawn} && ({labels})()").json_value() > 0
    wide_plot = page.evaluate(_PLOT_HEIGHT)

    page.set_viewport_size(PHONE)
    page.wait_for_function(f"() => {drawn} && ({labels})() === 0")
    assert page.evaluate("() => document.querySelectorAll('[data-testid=chart] .point').length") > 0
    assert (
        settled_plot_height(page) >= 0.8 * wide_plot
    )  # 255 px against 256 px wide; at 600 px high it was 92 px
    page.set_viewport_size(DESKTOP)
    page.wait_for_function(f"() => {drawn} && ({labels})() > 0")


def test_the_competitions_chart_keeps_its_plot_and_its_counts_on_a_phone(open_tab):
    """Its legend of thirteen areas takes a row an entry at 375 px: the plot was left 153 px of 324 px.
    The number of calls over each bar stays: it is a bare number that fits there."""
    page = open_tab("/konkursy", lang="pl").page
    counts = "() => document.querySelectorAll('[data-testid=chart] .textpoint text').length"
    drawn = "document.querySelector('[data-testid=chart] .main-svg')"
    wide_counts = page.wait_for_function(f"() => {drawn} && ({counts})()").json_value()
    wide_plot = settled_plot_height(page)

    page.set_viewport_size(PHONE)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=chart]').getBoundingClientRect().width < 400"
    )
    assert settled_plot_height(page) >= 0.8 * wide_plot
    assert page.evaluate(counts) == wide_counts


# The boxes of the Money chart's era labels that overlap a data point's box or the title's (its
# source line included).
_LABELS_ON_POINTS = """() => {
  const chart = document.querySelector('[data-testid=chart]');
  const box = (e) => e.getBoundingClientRect();
  const points = [...chart.querySelectorAll('.scatterlayer .point, .g-gtitle text')].map(box);
  const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return [...chart.querySelectorAll('.annotation-text-g')]
    .filter((label) => points.some((point) => meets(box(label), point)))
    .map((label) => label.textContent);
}"""


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280px", "375px"])
def test_the_money_charts_era_labels_cover_no_point(open_tab, size):
    """The labels stand over the plot: hanging into it on a phone, "2024–2027 (?)" covered the 2021
    programme's point. Over it, they must not meet the title, which keeps its place as the figure
    grows on a phone."""
    page = open_tab("/pieniadze", lang="pl").page
    page.set_viewport_size(size)
    chart = page.get_by_test_id("chart")
    chart.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => { const f = document.querySelector('[data-testid=chart]'); const svg = f.querySelector('.main-svg');"
        " return svg && f.clientWidth > 0 && Math.abs(svg.getBoundingClientRect().width - f.clientWidth) < 2"
        " && f.querySelectorAll('.annotation-text-g').length > 0; }"
    )
    page.wait_for_timeout(300)  # a redraw for the new width settles
    assert page.evaluate("() => document.querySelectorAll('[data-testid=chart] .point').length") > 0
    assert page.evaluate(_LABELS_ON_POINTS) == []


# Pairs of the Money chart's value labels whose boxes overlap.
_LABELS_ON_LABELS = """() => {
  const labels = [...document.querySelectorAll('[data-testid=chart] .textpoint text')]
    .map((e) => [e.textContent, e.getBoundingClientRect()]);
  const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return labels.flatMap(([a, boxA], i) => labels.slice(i + 1).filter(([, boxB]) => meets(boxA, boxB))
    .map(([b]) => `${a} / ${b}`));
}"""


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_money_charts_value_labels_never_print_over_one_another(open_tab, lang):
    """The figures a council member quotes: at 1280 px "81,5 mln zł" (2016) printed over "> 88 mln zł"
    (2017); a label next to a close point of a neighbouring year goes to the side away from it."""
    page = open_tab(f"/pieniadze?lang={lang}", lang=lang).page
    page.get_by_test_id("chart").scroll_into_view_if_needed()
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=chart] .textpoint text').length > 3"
    )
    assert page.evaluate(_LABELS_ON_LABELS) == []


@pytest.mark.parametrize("touch", [False, True], ids=["mouse", "touch"])
def test_clicking_an_event_marker_selects_that_event_and_puts_it_in_the_url(open_tab, shipped_dataset, touch):
    tab = open_tab("/os-czasu", lang="pl", tablet=touch)
    page = tab.page
    page.evaluate(_LISTEN)
    key(page, "timeline_chart").scroll_into_view_if_needed()
    point = page.evaluate(FIRST_MARKER)
    if touch:
        page.touchscreen.tap(point["x"], point["y"])
    else:
        page.mouse.click(point["x"], point["y"])

    event_id = page.wait_for_function("() => window.__clicked").json_value()
    wait_url(page, f"event={event_id}")
    wait_ready(page)
    events = shipped_dataset.frame("events").set_index("event_id")
    assert text_of(key(page, "event_detail").locator("h2")).strip() == events.loc[event_id, "title_pl"]
    selected = page.evaluate(
        f"() => {_PLOT}.data.filter(trace => trace.name === {json.dumps(t('timeline.selected', 'pl'))})"
        ".map(trace => trace.customdata)"
    )
    assert selected == [[event_id]]
    tab.assert_clean()


def test_a_chart_below_the_first_screen_fetches_plotly_only_when_scrolled_near(browser, app_url):
    """On a phone the Overview's money chart is under the headline figures: plotly.js (0.6 s of
    blocking time on a slow phone) is fetched and run only once the reader comes near it."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        scripts: list[str] = []
        page.on("request", lambda request: scripts.append(request.url))
        page.goto(app_url + "/")
        wait_ready(page)
        page.wait_for_timeout(500)
        chart = page.get_by_test_id("chart")
        expect(chart).to_have_class(re.compile(r"\bngo-chart-deferred\b"))
        assert [url for url in scripts if "plotly" in url.lower()] == []

        chart.scroll_into_view_if_needed()
        expect(chart.locator(".main-svg").first).to_be_visible()
        expect(chart).not_to_have_class(re.compile(r"\bngo-chart-deferred\b"))
        assert len([url for url in scripts if "plotly" in url.lower()]) == 1
    finally:
        context.close()
