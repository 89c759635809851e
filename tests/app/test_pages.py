"""Every page in both languages, the widgets' effects, and the view state carried by the URL."""

from __future__ import annotations

import pytest

from ngo_dashboard.ui import keys
from tests.app.assertions import (
    assert_offers_download,
    assert_page,
    assert_same_state,
    assert_url,
    owned_keys,
)
from tests.app.conftest import PAGES, chart_specs, displayed, texts

CATEGORIES = (
    "milestone",
    "programme",
    "law",
    "institution",
    "participation",
    "civic_centre",
    "funding",
    "other",
)
TITLES = {
    "pl": {
        "overview": "Współpraca z organizacjami pozarządowymi · Kraków",
        "money": "Pieniądze",
        "timeline": "Oś czasu",
        "competitions": "Konkursy",
        "data": "Dane i źródła",
        "about": "O projekcie",
    },
    "en": {
        "overview": "Cooperation with NGOs · Kraków",
        "money": "Money",
        "timeline": "Timeline",
        "competitions": "Competitions",
        "data": "Data & sources",
        "about": "About",
    },
}


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_runs_without_exception_in_both_languages(open_page, page, lang):
    at = open_page(page, lang=lang)

    assert_page(at, TITLES[lang][page])


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_chart_has_a_title_and_a_source_line(open_page, lang):
    for page in ("overview", "money", "timeline", "competitions"):
        for spec in chart_specs(open_page(page, lang=lang)):
            title = spec["layout"]["title"]
            assert title["text"]
            assert title["subtitle"]["text"].startswith("Źródł" if lang == "pl" else "Source")


def test_overview_quotes_the_2021_programme_total_with_its_source(open_page):
    at = open_page("overview")

    assert at.metric[0].value == "102\u00a0262\u00a0543 zł"
    assert "Program współpracy – kwota łączna, 2021 (planowane)" == at.metric[0].label
    assert "krakow\\.pl – Urząd Miasta Krakowa" in texts(at)


def test_overview_in_english_formats_money_the_english_way(open_page):
    assert open_page("overview", lang="en").metric[0].value == "PLN\u00a0102,262,543"


def test_language_switch_changes_every_text_and_the_url(open_page):
    at = open_page("money")
    at.session_state["lang"] = "en"
    at.run()

    assert at.title[0].value == "Money"
    assert at.query_params["lang"] == "en"


def test_constant_prices_relabel_the_axis_with_the_base_year(open_page):
    at = open_page("money")
    nominal = chart_specs(at)[0]["layout"]["yaxis"]["title"]["text"]
    at.session_state["prices"] = "real"
    at.run()
    real = chart_specs(at)[0]["layout"]["yaxis"]["title"]["text"]

    assert nominal == "zł, ceny bieżące"
    assert real == "zł w cenach z 2025 r. (CPI GUS)"
    assert at.query_params["prices"] == "real"


def test_per_resident_leaves_years_without_population_as_gaps(open_page):
    at = open_page("money", per_resident="1")
    spec = chart_specs(at)[0]
    names = [trace.get("name", "") for trace in spec["data"]]

    assert "Nie da się przeliczyć" in names
    assert not at.exception


def bar_names(at) -> list[str]:
    """The names of the money chart's bar traces (only residents' money is drawn as bars there)."""
    return [
        t.get("name", "").replace("<br>", " ") for t in chart_specs(at)[0]["data"] if t.get("type") == "bar"
    ]


PARTICIPATORY_LEGEND = "Budżet obywatelski – pula edycji (pieniądze mieszkańców, nie dla NGO; nie sumować)"


def test_money_page_leaves_the_participatory_budget_off_by_default(open_page):
    at = open_page("money")

    assert at.toggle(key="participatory_budget").value is False
    assert bar_names(at) == []
    assert "budżetu obywatelskiego" not in texts(at)
    assert "participatory_budget" not in at.query_params


def test_money_page_shows_the_participatory_budget_from_the_url_with_its_own_legend_entry(open_page):
    at = open_page("money", participatory_budget="1")

    assert at.toggle(key="participatory_budget").value is True
    assert bar_names(at) == [PARTICIPATORY_LEGEND]
    shown = displayed(texts(at))
    assert "pule budżetu obywatelskiego według roku edycji – 2019: 30\u00a0000\u00a0000 zł; 2022:" in shown
    # Its six sources join the five of the money figures in the chart's source line.
    assert chart_specs(at)[0]["layout"]["title"]["subtitle"]["text"].startswith("Źródła: 11 dokumentów")


def test_money_page_switching_the_participatory_budget_on_writes_it_to_the_url(open_page):
    at = open_page("money")
    at.toggle(key="participatory_budget").set_value(True).run()

    assert at.query_params["participatory_budget"] == "1"
    assert bar_names(at) == [PARTICIPATORY_LEGEND]


@pytest.mark.parametrize("params", [{"prices": "real"}, {"per_resident": "1"}])
def test_money_page_never_converts_the_participatory_budget(open_page, params):
    at = open_page("money", participatory_budget="1", **params)

    assert bar_names(at) == []
    assert "tylko w złotych bieżących" in texts(at)
    assert not at.exception


def test_money_page_offers_no_participatory_budget_where_the_data_has_none(open_page, package):
    at = open_page("money", data_dir=package(), participatory_budget="1")

    assert not at.exception
    assert [w for w in at.toggle if w.key == "participatory_budget"] == []
    assert bar_names(at) == []


def test_money_table_view_lists_every_figure_with_its_qualifier(open_page):
    at = open_page("money", money_view="table")
    table = at.dataframe[0].value  # eight columns: too wide for a plain table on a phone
    rows = list(table.itertuples(index=False))
    amounts = list(table["Kwota"])

    assert len(rows) == 7
    assert ">\u00a087\u00a0000\u00a0000 zł" in amounts
    assert "≈\u00a012\u00a0000\u00a0000 zł" in amounts


def test_timeline_search_is_diacritics_insensitive_and_narrows_the_list(open_page):
    everything = open_page("timeline")
    searched = open_page("timeline", q="osrodka")

    assert "Pokazano 72 wydarzenia z 72" in texts(everything)
    shown = texts(searched)
    assert "Pokazano 72" not in shown
    assert "Ośrodka" in shown


def test_timeline_event_link_opens_that_event(open_page):
    at = open_page("timeline", event="1997-09-pilotazowy-program-wspolpracy")

    assert at.session_state[keys.EVENT] == "1997-09-pilotazowy-program-wspolpracy"
    (detail,) = [block for block in at.get("flex_container") if block.key == keys.EVENT_DETAIL]
    card = detail.markdown[0].value
    assert card.startswith("## Pilotażowy program współpracy\n\n:small[Programy współpracy · wrzesień 1997]")
    assert "`?event=1997-09-pilotazowy-program-wspolpracy`" in [m.value for m in detail.markdown]


def test_timeline_event_link_in_english_shows_the_english_date(open_page):
    at = open_page("timeline", lang="en", event="1997-09-pilotazowy-program-wspolpracy")

    card = next(m.value for m in at.markdown if m.value.startswith("## "))
    assert card.startswith(
        "## Pilot cooperation programme\n\n:small[Cooperation programmes · September 1997]"
    )


def test_timeline_category_filter_keeps_only_those_lanes(open_page):
    at = open_page("timeline", categories="law")

    assert "Pokazano 5 wydarzeń z 72" in texts(at)


def test_competitions_area_filter_changes_the_summary_and_the_url(open_page):
    at = open_page("competitions")
    at.session_state["areas"] = ["sport"]
    at.run()

    assert "Pokazano 4 nabory" in texts(at)
    assert at.query_params["areas"] == "sport"


def test_competitions_never_assign_a_multi_year_total_to_one_year(open_page):
    at = open_page("competitions")
    bars = [t for t in chart_specs(at)[0]["data"] if t["type"] == "bar"]
    year_2023 = sum(y for trace in bars for x, y in zip(trace["x"], trace["y"], strict=True) if x == 2023)

    assert year_2023 < 21_494_800  # the smallest of the 2023 home-care totals alone would exceed it


def test_data_page_switches_table_and_offers_the_package(open_page):
    at = open_page("data", table="events")

    assert len(at.dataframe[-1].value) == 72
    assert_offers_download(at, "Pobierz cały pakiet danych (ZIP)")
    assert_offers_download(at, "Pobierz CSV tego widoku (72 wierszy)")


@pytest.mark.parametrize(
    "page, key", [("timeline", keys.TIMELINE_TABLE), ("competitions", keys.COMPETITIONS_ALL)]
)
def test_a_table_on_request_is_drawn_once_its_fold_is_opened(open_page, page, key):
    at = open_page(page)
    tables_closed = len(at.dataframe) + len(at.table)
    at.session_state[key] = True
    at.run()

    assert not at.exception
    assert len(at.dataframe) + len(at.table) == tables_closed + 1


@pytest.mark.parametrize(
    "lang, heading, term",
    [("pl", "Słowniczek", "**Powierzenie**"), ("en", "Glossary", "**Delegated (powierzenie)**")],
)
def test_data_page_explains_the_terms_in_the_chosen_language(open_page, lang, heading, term):
    at = open_page("data", lang=lang)

    assert heading in [h.value for h in at.header]
    assert any(term in block.value for block in at.markdown)


def fold_lists(at) -> dict[str, list[str]]:
    """Each expander's label, with the Markdown list items drawn inside it."""
    return {
        fold.label: [line for md in fold.markdown for line in md.value.splitlines() if line.startswith("- ")]
        for fold in at.expander
    }


@pytest.mark.parametrize(
    "page, key",
    [
        ("overview", keys.OVERVIEW_SOURCES),
        ("money", keys.MONEY_SOURCES),
        ("timeline", keys.TIMELINE_SOURCES),
        ("competitions", keys.COMPETITIONS_SOURCES),
        ("data", keys.COVERAGE_DOCUMENTS),
    ],
)
def test_a_folded_list_of_documents_is_drawn_once_its_fold_is_opened(open_page, page, key):
    at = open_page(page)
    closed = fold_lists(at)
    at.session_state[key] = True
    opened = fold_lists(at.run())

    assert not at.exception
    drawn = {label: items for label, items in opened.items() if items and not closed[label]}
    assert len(drawn) == 1, drawn.keys()
    ((label, items),) = drawn.items()
    assert label.endswith(f"({len(items)})")
    assert all("](http" in item for item in items)


@pytest.mark.parametrize(
    "params",
    [
        {"lang": "xx"},
        {"lang": "../../etc/passwd"},
        {"event": "nie-ma-takiego"},
        {"event": "../../etc/passwd"},
        {"t_years": "abc"},
        {"t_years": "1000-99999"},
        {"categories": "nope"},
        {"q": "a" * 5000},
        {"prices": "bogus", "base": "1800", "m_years": "2030-1990"},
        {"money_view": "<script>"},
        {"table": "secrets"},
        {"sort": "drop table"},
    ],
)
@pytest.mark.parametrize("page", ["overview", "money", "timeline", "competitions", "data"])
def test_unknown_query_values_fall_back_to_defaults(open_page, page, params):
    at = open_page(page, **params)
    bound = owned_keys(page, params)

    assert_page(at, TITLES["pl"][page])
    assert_same_state(at, open_page(page), bound)  # what a visit with a clean URL shows
    assert_url(at, dict.fromkeys(bound))  # and the junk is gone from the address


@pytest.mark.parametrize(
    "page, expected",
    [
        ("overview", {"lang": "pl", "overview_view": "chart"}),
        ("money", {"prices": "nominal", "base": None, "per_resident": False, "money_view": "chart"}),
        ("timeline", {"q": "", "t_years": (1995, 2026), "event": None, "categories": list(CATEGORIES)}),
        (
            "competitions",
            {"c_q": "", "competitions_view": "chart", "c_all": False, "sort": None},
        ),
        ("data", {"table": "sources"}),
    ],
)
def test_a_clean_url_opens_each_page_in_its_default_view(open_page, page, expected):
    at = open_page(page)

    assert {k: at.session_state.get(k) for k in expected} == expected
    assert dict(at.query_params) == {}


@pytest.mark.parametrize("value", ["nie-ma-takiego", "../../etc/passwd", "x" * 300, ""])
def test_an_unknown_event_opens_no_event_and_leaves_the_url_clean(open_page, value):
    at = open_page("timeline", event=value)

    assert at.session_state.get(keys.EVENT) is None
    assert not [block for block in at.get("flex_container") if block.key == keys.EVENT_DETAIL]
    assert_url(at, {keys.EVENT: None})
