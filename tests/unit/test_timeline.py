"""The timeline: search and filters, positions on the money chart, and the lanes figure.

Dates keep their precision: a month-only event is a span over that month with its marker in the
middle, never pinned to the 1st.
"""

from __future__ import annotations

import pandas as pd
import pytest

from ngo_dashboard.eras import Era
from ngo_dashboard.i18n import t
from ngo_dashboard.models import date_bounds, date_precision
from ngo_dashboard.text import fold
from ngo_dashboard.timeline import (
    CATEGORY_ORDER,
    MAX_POINTS,
    build_timeline_figure,
    filter_events,
    milestone_positions,
    search_index,
)

EVENT_COLUMNS = [
    "event_id",
    "date",
    "date_precision",
    "category",
    "title_pl",
    "title_en",
    "description_pl",
    "description_en",
    "note_pl",
    "note_en",
    "date_start",
    "date_end",
    "year",
]


def event(event_id: str, date: str, category: str = "other", title: str = "", **text: str) -> dict:
    """One event as `Dataset.frame("events")` gives it; the dates follow from `date` alone."""
    start, end = date_bounds(date)
    return {
        "event_id": event_id,
        "date": date,
        "date_precision": date_precision(date),
        "category": category,
        "title_pl": title or event_id,
        "title_en": text.pop("title_en", title or event_id),
        "description_pl": text.pop("description_pl", ""),
        "description_en": text.pop("description_en", ""),
        "note_pl": text.pop("note_pl", None),
        "note_en": None,
        "date_start": pd.Timestamp(start),
        "date_end": pd.Timestamp(end),
        "year": start.year,
    }


def events_frame(*events: dict) -> pd.DataFrame:
    frame = pd.DataFrame(list(events), columns=EVENT_COLUMNS)
    return frame.astype({"date_start": "datetime64[ns]", "date_end": "datetime64[ns]", "year": "int64"})


def timeline(events: pd.DataFrame, lang: str = "pl", **options):
    return build_timeline_figure(events, lang, title="Oś czasu", source_line="Źródło: test.", **options)


SEARCHABLE = events_frame(
    event("os-czasu", "2020-01-10", "other", "Oś czasu wydarzeń"),
    event("osrodek", "2008", "institution", "Projekt MOWIS", description_pl="Ośrodek Wspierania Inicjatyw"),
    event("centrum", "2015-09-01", "civic_centre", "Otwarcie Centrum Obywatelskiego"),
    event(
        "centrum-nh",
        "2019-06-07",
        "civic_centre",
        "Konsultacje",
        description_pl="Centrum Obywatelskie Nowa Huta",
    ),
    event("zolw", "2011-04", "participation", "Żółw na Błoniach", note_pl="ŁĄKA"),
    event("budzet", "2014-03-07", "participation", "Budżet obywatelski", title_en="Participatory budget"),
)


# Filters


@pytest.mark.parametrize(
    "query, expected",
    [
        ("nic takiego", []),
        ("centrum nowa", ["centrum-nh"]),
        ("centrum zolw", []),  # every word must match, in the same event
        ("osc", ["os-czasu"]),  # 'Oś czasu' without its space
        ("osr", ["osrodek"]),
        ("OŚ czasu", ["os-czasu"]),
        ("centrum obywatelskie", ["centrum", "centrum-nh"]),
        ("obywatelskie CENTRUM", ["centrum", "centrum-nh"]),
        ("zolw", ["zolw"]),
        ("łąka", ["zolw"]),  # the note is searched too
        ("participatory", ["budzet"]),  # and the English text
        ("budzet-ob", []),  # a hyphen is part of the word
        ("budzet", ["budzet"]),
        ("   ", ["osrodek", "zolw", "budzet", "centrum", "centrum-nh", "os-czasu"]),
    ],
)
def test_filter_events_needs_every_word_ignoring_case_and_diacritics(query, expected):
    assert list(filter_events(SEARCHABLE, query=query)["event_id"]) == expected


def test_filter_events_with_a_prebuilt_index_finds_the_same_events():
    index = search_index(SEARCHABLE)

    for query in ("osc", "centrum obywatelskie", "zolw"):
        assert filter_events(SEARCHABLE, query=query, index=index).equals(
            filter_events(SEARCHABLE, query=query)
        )


@pytest.mark.parametrize(
    "categories, expected",
    [
        ([], []),
        (["law"], []),
        (["civic_centre"], ["centrum", "centrum-nh"]),
        (["participation", "institution"], ["osrodek", "zolw", "budzet"]),
        (None, ["osrodek", "zolw", "budzet", "centrum", "centrum-nh", "os-czasu"]),
    ],
)
def test_filter_events_keeps_only_the_chosen_categories(categories, expected):
    assert list(filter_events(SEARCHABLE, categories=categories)["event_id"]) == expected


@pytest.mark.parametrize(
    "years, expected",
    [
        ((1990, 2007), []),
        ((2008, 2008), ["year"]),  # a year-only event is in its year
        ((2009, 2010), []),
        ((2011, 2011), ["month"]),
        ((2011, 2014), ["month", "day"]),
        ((2014, 2014), ["day"]),
        ((2015, 2030), []),
    ],
)
def test_filter_events_keeps_events_whose_date_overlaps_the_years(years, expected):
    events = events_frame(event("day", "2014-03-07"), event("year", "2008"), event("month", "2011-12"))

    assert list(filter_events(events, years=years)["event_id"]) == expected


def test_filter_events_orders_by_date_then_id():
    events = events_frame(event("b", "2011-12-01"), event("a", "2011-12-01"), event("c", "2011"))

    assert list(filter_events(events)["event_id"]) == ["c", "a", "b"]


def test_filter_events_finds_the_civic_centre_events_of_the_shipped_data(shipped_dataset):
    events = shipped_dataset.frame("events")
    named = events[
        (events["category"] == "civic_centre") & events["title_pl"].str.contains("Centrum Obywatelsk")
    ]
    assert len(named) >= 8

    found = filter_events(events, query="centrum obywatelskie")

    assert set(named["event_id"]) <= set(found["event_id"])
    assert "2019-06-14-wybory-do-krdpp-iv-kadencji" in set(found["event_id"])  # "w Centrum Obywatelskim"
    texts = found[["title_pl", "description_pl"]].fillna("").agg(" ".join, axis=1).map(fold)
    assert texts.str.contains("centr").all() and texts.str.contains("obywatelsk").all()
    assert (found["category"] == "civic_centre").sum() > len(found) / 2


def test_filter_events_combines_categories_years_and_query(shipped_dataset):
    events = shipped_dataset.frame("events")

    found = filter_events(events, categories=["civic_centre"], years=(2020, 2021), query="konkurs")

    assert list(found["event_id"]) == [
        "2020-10-13-konkurs-centrum-obywatelskie-reymonta-20-20212022",
        "2021-09-14-konkurs-centrum-obywatelskie-centrum-c-10-20222023",
    ]


# Positions on the money chart's time axis


def test_milestone_positions_of_no_events_are_empty():
    assert milestone_positions(events_frame(), "pl").empty


def test_milestone_positions_put_a_year_only_event_in_the_middle_of_its_year():
    (x,) = milestone_positions(events_frame(event("y", "1995")), "pl")["x"]

    assert x == pytest.approx(1995, abs=0.01)


def test_milestone_positions_put_a_month_only_event_in_the_middle_of_its_month():
    (x,) = milestone_positions(events_frame(event("m", "1997-09")), "pl")["x"]

    first_of_september = 1997 - 0.5 + 243 / 365
    first_of_october = 1997 - 0.5 + 273 / 365
    assert first_of_september < x < first_of_october
    assert x == pytest.approx(1997 - 0.5 + 257 / 365, abs=0.002)  # 15 September, about 1997.20


@pytest.mark.parametrize(
    "date, x",
    [("2021-01-01", 2020.5), ("2021-12-31", 2021.5 - 1 / 365), ("2024-07-02", 2024 - 0.5 + 183 / 366)],
)
def test_milestone_positions_put_a_day_on_that_day(date, x):
    assert milestone_positions(events_frame(event("d", date)), "pl")["x"][0] == pytest.approx(x)


@pytest.mark.parametrize(
    "lang, label",
    [("pl", "wrzesień 1997: Pilotażowy program"), ("en", "September 1997: Pilot programme")],
)
def test_milestone_positions_label_each_event_with_its_date_and_title(lang, label):
    events = events_frame(
        event("pilot", "1997-09", "programme", "Pilotażowy program", title_en="Pilot programme")
    )

    positions = milestone_positions(events, lang)

    assert list(positions["label"]) == [label]
    assert list(positions["event_id"]) == ["pilot"]


# The figure


def test_timeline_figure_of_no_events_has_no_traces():
    fig = timeline(events_frame())

    assert len(fig.data) == 0
    assert fig.layout.title.text == "Oś czasu"


def test_timeline_figure_draws_lanes_in_category_order():
    events = events_frame(
        event("o", "2001-01-01", "other"),
        event("m", "2002-01-01", "milestone"),
        event("c", "2003-01-01", "civic_centre"),
        event("l", "2004-01-01", "law"),
    )

    fig = timeline(events, "en")

    present = set(events["category"])
    expected = [t(f"category.{c}", "en") for c in CATEGORY_ORDER if c in present]
    assert [trace.name for trace in fig.data] == expected == ["Milestones", "Law", "Civic centres", "Other"]
    assert list(fig.layout.yaxis.categoryarray) == expected[::-1]  # Plotly draws categories bottom-up


def test_timeline_figure_draws_no_span_for_day_events():
    fig = timeline(events_frame(event("a", "2001-05-01"), event("b", "2002-06-01")))

    assert [trace.mode for trace in fig.data] == ["markers"]
    assert list(fig.data[0].x) == ["2001-05-01T00:00:00", "2002-06-01T00:00:00"]


def test_timeline_figure_spans_month_and_year_events_over_their_period():
    events = events_frame(event("day", "2001-05-01"), event("month", "1997-09"), event("year", "1995"))

    fig = timeline(events)

    spans = fig.data[0]
    assert (spans.mode, spans.hoverinfo, spans.name) == ("lines", "skip", "Okres, którego dotyczy data")
    assert list(spans.x) == ["1997-09-01", "1997-09-30", None, "1995-01-01", "1995-12-31", None]
    assert list(spans.y) == ["Inne", "Inne", None, "Inne", "Inne", None]
    (markers,) = fig.data[1:]
    assert list(markers.x) == ["2001-05-01T00:00:00", "1997-09-15T12:00:00", "1995-07-02T00:00:00"]


def test_timeline_figure_carries_event_ids_for_click_selection():
    events = events_frame(
        event("a", "2001-05-01", "law"), event("b", "2002", "programme"), event("c", "2003", "law")
    )

    fig = timeline(events)

    by_lane = {trace.name: list(trace.customdata) for trace in fig.data if trace.mode == "markers"}
    assert by_lane == {"Programy współpracy": ["b"], "Prawo": ["a", "c"]}


@pytest.mark.parametrize(
    "lang, hover",
    [
        ("pl", "wrzesień 1997<br>&lt;b&gt;Pilot&lt;/b&gt; &amp; co"),
        ("en", "September 1997<br>&lt;i&gt;Pilot&lt;/i&gt;"),
    ],
)
def test_timeline_figure_hover_has_the_formatted_date_and_the_escaped_title(lang, hover):
    events = events_frame(event("p", "1997-09", "programme", "<b>Pilot</b> & co", title_en="<i>Pilot</i>"))

    (markers,) = [trace for trace in timeline(events, lang).data if trace.mode == "markers"]

    assert list(markers.hovertext) == [hover]


def test_timeline_figure_outlines_the_selected_event():
    events = events_frame(event("a", "2001-05-01", "law"), event("b", "1997-09", "programme"))

    fig = timeline(events, selected="b")

    ring = fig.data[-1]
    assert ring.name == "Wybrane wydarzenie"
    assert list(ring.customdata) == ["b"]
    assert (list(ring.x), list(ring.y)) == (["1997-09-15T12:00:00"], ["Programy współpracy"])
    assert ring.marker.color == "rgba(0,0,0,0)" and ring.marker.line.width == 3


@pytest.mark.parametrize("selected", [None, "no-such-event"])
def test_timeline_figure_without_a_known_selection_outlines_nothing(selected):
    fig = timeline(events_frame(event("a", "2001-05-01", "law")), selected=selected)

    assert [trace.name for trace in fig.data] == ["Prawo"]


def test_timeline_figure_shades_eras_by_calendar_dates():
    fig = timeline(events_frame(event("a", "2016-05-01")), eras=[Era(2015, 2018, "wpw", "confirmed", "s")])

    (shape,) = fig.layout.shapes
    assert (shape.x0, shape.x1, shape.yref) == ("2015-01-01", "2018-12-31", "paper")
    assert [a.text for a in fig.layout.annotations] == ["2015–2018"]


@pytest.mark.parametrize("count", [1, MAX_POINTS + 1], ids=["events", "counts"])
def test_timeline_figure_puts_era_labels_over_the_lanes_in_room_of_their_own(count):
    # Hanging into the plot, a label could cover an event of the first lanes.
    eras = [Era(2015, 2018, "wpw", "confirmed", "s")]
    events = many_events(count) if count > 1 else events_frame(event("a", "2016-05-01"))
    plain_fig, fig = timeline(events), timeline(events, eras=eras)

    (label,) = fig.layout.annotations
    assert (label.yref, label.y, label.yanchor, label.yshift) == ("paper", 1, "bottom", 2)
    assert fig.layout.margin.t - plain_fig.layout.margin.t == 15
    assert fig.layout.height - plain_fig.layout.height == 15


def test_timeline_figure_of_the_shipped_data_formats_a_month_date(shipped_dataset):
    events = filter_events(shipped_dataset.frame("events"))

    fig = timeline(events, selected="1997-09-pilotazowy-program-wspolpracy")

    programmes = next(trace for trace in fig.data if trace.name == "Programy współpracy")
    i = list(programmes.customdata).index("1997-09-pilotazowy-program-wspolpracy")
    assert programmes.hovertext[i] == "wrzesień 1997<br>Pilotażowy program współpracy"
    assert sum(len(trace.customdata) for trace in fig.data if trace.mode == "markers") == len(events) + 1


# Many events: counts per year instead of single markers


def many_events(count: int) -> pd.DataFrame:
    categories = ["programme", "law", "funding"]
    return events_frame(
        *(event(f"e{i}", f"{2000 + i % 20}-{i % 12 + 1:02d}", categories[i % 3]) for i in range(count))
    )


def test_timeline_figure_at_max_points_still_draws_single_events():
    fig = timeline(many_events(MAX_POINTS))

    assert sum(len(trace.customdata) for trace in fig.data if trace.customdata is not None) == MAX_POINTS


@pytest.mark.parametrize("lang, hover", [("pl", "2000: wydarzeń – {n}"), ("en", "2000: {n} events")])
def test_timeline_figure_above_max_points_counts_events_per_lane_and_year(lang, hover):
    count = MAX_POINTS + 120
    events = many_events(count)
    programmes_in_2000 = sum(1 for i in range(count) if i % 60 == 0)

    fig = timeline(events, lang, selected="e1")

    assert [trace.name for trace in fig.data] == [
        {"pl": "Programy współpracy", "en": "Cooperation programmes"}[lang],
        {"pl": "Prawo", "en": "Law"}[lang],
        {"pl": "Finansowanie", "en": "Funding"}[lang],
    ]
    assert all(trace.customdata is None for trace in fig.data)
    programme = fig.data[0]
    assert list(programme.x) == [f"{year}-07-01" for year in range(2000, 2020)]
    assert programme.hovertext[0] == hover.format(n=programmes_in_2000)
    counts = [
        int("".join(c for c in text.split(":")[1] if c.isdigit())) for tr in fig.data for text in tr.hovertext
    ]
    assert sum(counts) == count
    sizes = [size for trace in fig.data for size in trace.marker.size]
    assert min(sizes) >= 8 and max(sizes) == pytest.approx(30)
