"""The Timeline as a list: every event without a pager, in either order, and one event opened by its link."""

from __future__ import annotations

from pathlib import Path

from ngo_dashboard.timeline_list import LIST_BATCH
from ngo_dashboard.ui import keys
from tests.app.assertions import assert_url
from tests.app.conftest import list_cards, list_content
from tests.fixtures import build_package, read_rows, write_rows

OPENED = "1997-09-pilotazowy-program-wspolpracy"


def card_titles(at) -> list[str]:
    return [card["title"] for card in list_cards(at)]


def block(at, key: str):
    return next((b for b in at.get("flex_container") if b.key == key), None)


def show_all(at):
    """Press "show more" until the whole list is drawn; the number of presses."""
    presses = 0
    while [b for b in at.button if b.key == keys.TIMELINE_MORE]:
        at.button(key=keys.TIMELINE_MORE).click().run()
        presses += 1
    return presses


def test_the_list_draws_a_first_batch_and_reaches_every_event_with_show_more_not_a_pager(open_page):
    at = open_page("timeline")

    assert len(card_titles(at)) == LIST_BATCH == 30
    assert len(at.number_input) == 0
    assert at.button(key=keys.TIMELINE_MORE).label == "Pokaż kolejne (30)"
    assert show_all(at) == 2
    assert len(card_titles(at)) == 72


def test_the_list_starts_with_the_oldest_event_or_with_the_newest(open_page):
    oldest, newest = open_page("timeline"), open_page("timeline", order="newest")
    show_all(oldest)
    show_all(newest)

    assert card_titles(oldest)[0] == "Happening na Rynku Głównym"
    assert card_titles(newest) == card_titles(oldest)[::-1]


def test_the_list_is_grouped_under_period_and_year_headings_with_anchors(open_page):
    at = open_page("timeline")
    periods = list_content(at)["periods"]
    years = [year for period in periods for year in period["years"]]

    assert periods[0]["label"] == "Przed programami wieloletnimi: 1995–2011"
    assert [(y["year"], y["anchor"]) for y in years[:3]] == [
        (1995, "rok-1995"),
        (1997, "rok-1997"),
        (1999, "rok-1999"),
    ]


def test_each_card_carries_its_own_link_and_keeps_the_quote_one_tap_away(open_page):
    at = open_page("timeline", lang="en")
    card = next(c for c in list_cards(at) if c["title"] == "Pilot cooperation programme")

    assert card["link"] == f"?event={OPENED}&lang=en"
    assert card["meta"] == "Cooperation programmes · September 1997"
    assert card["quote"].startswith("Quote: 'pilotażowego programu")  # under the "Quote and source" toggle
    assert card["source_url"].startswith("https://")
    assert list_content(at)["labels"]["details"] == "Quote and source"


def test_an_opened_event_comes_first_and_is_marked_in_the_list(open_page):
    at = open_page("timeline", event=OPENED)
    detail = block(at, keys.EVENT_DETAIL)

    assert detail.markdown[0].value.startswith("## Pilotażowy program współpracy")
    assert "Cytat\\: „pilotażowego programu" in detail.markdown[0].value  # escaped: shown as text
    assert [c["title"] for c in list_cards(at) if c["marked"]] == ["Pilotażowy program współpracy"]
    assert list_content(at)["labels"]["marked"] == "otwarte z linku"
    assert_url(at, {keys.EVENT: OPENED})


def test_closing_the_opened_event_clears_it_from_the_page_and_the_url(open_page):
    at = open_page("timeline", event=OPENED)
    at.button(key=keys.EVENT_CLOSE).click().run()

    assert block(at, keys.EVENT_DETAIL) is None
    assert not [c for c in list_cards(at) if c["marked"]]
    assert_url(at, {keys.EVENT: None})


def test_the_category_filter_narrows_the_list(open_page):
    at = open_page("timeline", categories="law")

    assert len(card_titles(at)) == 5
    assert not [b for b in at.button if b.key == keys.TIMELINE_MORE]


def many_events(folder: Path, count: int) -> Path:
    """The valid package with `count` generated events (synthetic: for this test only)."""
    rows = read_rows(folder / "events.csv")
    template = rows[0]
    extra = [
        {
            **template,
            "event_id": f"zdarzenie-{i:04d}",
            "date": str(2000 + i % 80),
            "title_pl": f"Zdarzenie {i}",
        }
        for i in range(count)
    ]
    write_rows(folder / "events.csv", rows + extra)
    return folder


def test_a_long_list_draws_a_batch_then_shows_more_where_the_reader_is(open_page, tmp_path):
    folder = many_events(build_package(tmp_path), LIST_BATCH + 30)
    at = open_page("timeline", data_dir=folder)
    first = card_titles(at)

    assert len(first) == LIST_BATCH
    at.button(key=keys.TIMELINE_MORE).click().run()
    assert card_titles(at)[:LIST_BATCH] == first  # what was read stays where it was
    assert len(card_titles(at)) == 2 * LIST_BATCH
    assert show_all(at) == 1
    assert len(card_titles(at)) == LIST_BATCH + 33


def test_an_event_opened_beyond_the_first_batch_is_drawn_in_the_list(open_page, tmp_path):
    folder = many_events(build_package(tmp_path), LIST_BATCH + 30)
    at = open_page("timeline", data_dir=folder, order="newest", event="1995-happening-na-rynku-glownym")

    assert len(card_titles(at)) == LIST_BATCH + 33  # the opened event is the last of all: all are drawn
    assert [c for c in list_cards(at) if c["marked"]]
