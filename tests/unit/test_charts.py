"""Figure builders: what a reader can see in `fig.data` / `fig.layout`, in both languages.

The negative cases are the point: a missing year must stay a gap, an amount that cannot be
converted must never become a zero, and text from the data must never turn into markup.
"""

from __future__ import annotations

from typing import get_args

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ngo_dashboard.charts import (
    AREA_COLOURS,
    LABEL_CHAR_PX,
    LEGEND_CHARS,
    LEGEND_GROUP_GAP_PX,
    LEGEND_LINE_PX,
    LEGEND_NEXT_LINE_PX,
    MEASURE_COLOURS,
    NARROW_PLOT_PX,
    SOURCE_LINE_CHARS,
    build_competitions_by_year_figure,
    build_money_figure,
    era_label_room,
    era_marks,
    figure,
    label_positions,
    largest_competitions_frame,
    legend_entries,
    legend_entry_heights,
    money_ticks,
    narrow_layout,
    plain,
    without_value_labels,
    wrap,
    year_dtick,
)
from ngo_dashboard.data import load_dataset
from ngo_dashboard.derived import adjust
from ngo_dashboard.eras import Era, programme_eras
from ngo_dashboard.i18n import t
from ngo_dashboard.models import Measure
from ngo_dashboard.money_view import MoneyOptions, build_money_view
from ngo_dashboard.timeline import DEFAULT_MILESTONE_CATEGORIES

NBSP = "\u00a0"
VALUE_COLUMNS = ["year", "measure", "basis", "qualifier", "value", "value_missing"]


def nb(text: str) -> str:
    """Compare amounts by their visible text: Babel puts no-break spaces where the eye sees spaces."""
    return text.replace(NBSP, " ")


def values_frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows (year, measure, basis, qualifier, value[, value_missing]) as `derived.adjust` returns them."""
    return pd.DataFrame([row if len(row) == 6 else (*row, "") for row in rows], columns=VALUE_COLUMNS)


def money_figure(values: pd.DataFrame, lang: str = "pl", **options):
    options.setdefault("title", "Kwoty")
    options.setdefault("y_title", "zł")
    options.setdefault("source_line", "Źródło: test.")
    return build_money_figure(values, lang, **options)


def data_traces(fig) -> list:
    """The traces that carry amounts (not baseline marks, not the milestones lane), in legend order."""
    traces = [trace for trace in fig.data if trace.type == "scatter" and trace.mode == "lines+markers+text"]
    return sorted(traces, key=lambda trace: trace.legendrank)


def trace_named(fig, name: str):
    matches = [trace for trace in fig.data if trace.name == name]
    assert len(matches) == 1, [trace.name for trace in fig.data]
    return matches[0]


# Two measures, one year each: the x axis spans 2010–2021 but no series has a gap (a gapped series
# cannot be drawn yet: see test_money_figure_leaves_gap_for_missing_year).
TWO_MEASURES_2010_2021 = [
    (2010, "mops_grants", "planned", "exact", 40_606_448),
    (2021, "programme_total", "planned", "exact", 102_262_543),
]


def call_rows(rows: list[dict]) -> pd.DataFrame:
    """Calls as `Dataset.frame("competitions")` gives them, with only the columns the charts read."""
    defaults = {
        "area": "social_welfare",
        "amount_pln": None,
        "total_pln": None,
        "qualifier": "exact",
        "total_qualifier": "exact",
        "yearly_split": "single_year",
    }
    columns = ["call_id", "year", "title", *defaults]
    frame = pd.DataFrame([{**defaults, **row} for row in rows], columns=columns)
    frame["year"] = frame["year"].astype("Int64")
    for column in ("amount_pln", "total_pln"):
        frame[column] = frame[column].astype("float64")
    return frame


# Gaps stay gaps, and nothing missing is drawn as a zero


def test_money_figure_leaves_gap_for_missing_year():
    values = values_frame(
        [
            (2010, "mops_grants", "planned", "exact", 10e6),
            (2011, "mops_grants", "planned", "exact", 11e6),
            (2013, "mops_grants", "planned", "exact", 13e6),
        ]
    )

    (trace,) = data_traces(money_figure(values))

    assert list(trace.x) == [2010, 2011, None, 2013]
    assert list(trace.y) == [10e6, 11e6, None, 13e6]
    assert trace.connectgaps is False


def test_money_figure_never_draws_an_unconvertible_amount_as_zero(package):
    dataset = load_dataset(package())  # CPI 2021..2025 only: the 2010 row cannot be converted
    values = adjust(dataset.frame("money"), dataset, prices="real", base_year=2025)

    fig = money_figure(values)

    assert [list(trace.x) for trace in data_traces(fig)] == [[2021]]
    assert all(0 not in trace.y for trace in data_traces(fig))
    baseline = trace_named(fig, t("chart.cannot_convert", "pl"))
    assert list(baseline.x) == [2010]
    assert list(baseline.y) == [0]
    assert baseline.marker.symbol == "x-thin-open"
    assert list(baseline.hovertext) == [t("chart.missing_no_cpi", "pl", year=2010)]


def test_money_figure_marks_the_reason_per_resident_is_missing(shipped_dataset):
    values = adjust(shipped_dataset.frame("money"), shipped_dataset, per_resident=True)

    fig = money_figure(values, "en")

    baseline = trace_named(fig, t("chart.cannot_convert", "en"))
    assert sorted(baseline.x) == [2010, 2010]
    assert set(baseline.hovertext) == {"2010: no population figure, cannot divide"}
    assert 2010 not in [x for trace in data_traces(fig) for x in trace.x]


def test_money_figure_draws_missing_years_as_a_separate_baseline_trace():
    values = values_frame([(2021, "programme_total", "planned", "exact", 102_262_543)])
    missing = pd.DataFrame({"year": [2019, 2020], "hover": ["2019: nic", "2020: <i>uchwała</i>"]})

    fig = money_figure(values, missing=missing)

    baseline = trace_named(fig, t("chart.no_figure", "pl"))
    assert list(baseline.x) == [2019, 2020]
    assert list(baseline.y) == [0, 0]
    assert baseline.marker.symbol == "line-ns-open"
    assert list(baseline.hovertext) == ["2019: nic", "2020: &lt;i&gt;uchwała&lt;/i&gt;"]
    assert [list(trace.x) for trace in data_traces(fig)] == [[2021]]
    assert list(fig.layout.xaxis.range) == [2019 - 0.6, 2021 + 0.6]


def test_money_figure_without_missing_years_has_no_baseline_trace():
    values = values_frame([(2021, "programme_total", "planned", "exact", 102_262_543)])

    fig = money_figure(values, missing=pd.DataFrame({"year": [], "hover": []}))

    assert [trace.name for trace in fig.data] == [plain("Program współpracy – kwota łączna · planowane")]


def test_money_figure_with_no_rows_draws_nothing():
    fig = money_figure(values_frame([]))

    assert len(fig.data) == 0
    assert list(fig.layout.yaxis.tickvals) == [0]


# One trace per (measure, basis)


def test_money_figure_keeps_planned_and_executed_of_one_measure_apart():
    values = values_frame(
        [
            (2010, "mops_grants", "planned", "exact", 10e6),
            (2011, "mops_grants", "planned", "exact", 20e6),
            (2012, "mops_grants", "planned", "exact", 30e6),
            (2010, "mops_grants", "executed", "exact", 9e6),
            (2011, "mops_grants", "executed", "exact", 19e6),
        ]
    )

    traces = {trace.name: trace for trace in data_traces(money_figure(values))}

    assert sorted(traces) == ["MOPS – dotacje dla NGO · planowane", "MOPS – dotacje dla NGO · wykonane"]
    planned = traces["MOPS – dotacje dla NGO · planowane"]
    executed = traces["MOPS – dotacje dla NGO · wykonane"]
    assert (list(planned.x), list(planned.y)) == ([2010, 2011, 2012], [10e6, 20e6, 30e6])
    assert (list(executed.x), list(executed.y)) == ([2010, 2011], [9e6, 19e6])
    assert all(hover.endswith("<br>planowane") for hover in planned.hovertext)
    assert all(hover.endswith("<br>wykonane") for hover in executed.hovertext)


def test_money_figure_keeps_measures_apart_even_in_the_same_year():
    values = values_frame(
        [
            (2010, "city_office_contracted_tasks", "planned", "about", 12e6),
            (2010, "mops_grants", "planned", "exact", 40_606_448),
        ]
    )

    traces = data_traces(money_figure(values, "en"))

    assert [(list(trace.x), list(trace.y)) for trace in traces] == [([2010], [12e6]), ([2010], [40_606_448])]
    assert traces[0].line.color != traces[1].line.color


def test_money_figure_draws_planned_open_and_dashed_and_executed_filled_and_solid():
    values = values_frame(
        [
            (2010, "mops_grants", "planned", "exact", 10e6),
            (2010, "mops_grants", "executed", "exact", 9e6),
        ]
    )

    executed, planned = data_traces(money_figure(values))  # sorted by basis

    assert (planned.line.dash, list(planned.marker.symbol)) == ("dash", ["circle-open"])
    assert (executed.line.dash, list(executed.marker.symbol)) == ("solid", ["circle"])


@pytest.mark.parametrize(
    "qualifier, symbol",
    [("exact", "circle"), ("about", "diamond"), ("at_least", "triangle-up"), ("at_most", "triangle-down")],
)
@pytest.mark.parametrize("basis, suffix", [("executed", ""), ("planned", "-open")])
def test_money_figure_shows_the_qualifier_as_the_marker_shape(qualifier, symbol, basis, suffix):
    values = values_frame([(2017, "ngo_transfers_total", basis, qualifier, 87e6)])

    (trace,) = data_traces(money_figure(values))

    assert list(trace.marker.symbol) == [symbol + suffix]


@pytest.mark.parametrize(
    "value, qualifier, lang, label",
    [
        (87e6, "at_least", "pl", "> 87 mln zł"),
        (12e6, "about", "pl", "≈ 12 mln zł"),
        (6e6, "at_most", "pl", "≤ 6 mln zł"),
        (102_262_543, "exact", "pl", "102,3 mln zł"),
        (87e6, "at_least", "en", "> PLN 87M"),
        (12e6, "about", "en", "≈ PLN 12M"),
        (6e6, "at_most", "en", "≤ PLN 6M"),
        (102_262_543, "exact", "en", "PLN 102.3M"),
    ],
)
def test_money_figure_labels_carry_the_qualifier(value, qualifier, lang, label):
    values = values_frame([(2017, "ngo_transfers_total", "executed", qualifier, value)])

    (trace,) = data_traces(money_figure(values, lang))

    assert [nb(text) for text in trace.text] == [label]


def test_money_figure_hover_gives_the_exact_amount_and_the_source():
    values = values_frame([(2017, "ngo_transfers_total", "executed", "at_least", 87e6)])
    values["source_label"] = ["Źródło: <b>FKOP</b> & co."]

    (trace,) = data_traces(money_figure(values))

    assert nb(trace.hovertext[0]) == (
        "Środki przekazane NGO w roku<br>2017: &gt; 87 000 000 zł<br>wykonane<br>Źródło: &lt;b&gt;FKOP&lt;/b&gt; &amp; co."
    )


def test_money_figure_per_resident_labels_give_zloty_and_grosze():
    values = values_frame([(2021, "programme_total", "planned", "exact", 130.75)])

    fig = money_figure(values, per_resident=True)

    (trace,) = data_traces(fig)
    assert [nb(text) for text in trace.text] == ["130,75 zł"]
    assert [nb(text) for text in fig.layout.yaxis.ticktext] == ["0 zł", "50 zł", "100 zł", "150 zł", "200 zł"]


# Axes, separators, title and source line


@pytest.mark.parametrize("lang, separators", [("pl", ",\u00a0"), ("en", ".,")])
def test_money_figure_uses_each_languages_separators(lang, separators):
    values = values_frame([(2021, "programme_total", "planned", "exact", 102_262_543)])

    assert money_figure(values, lang).layout.separators == separators


@pytest.mark.parametrize(
    "lang, ticks",
    [
        ("pl", ["0 zł", "50 mln zł", "100 mln zł", "150 mln zł"]),
        ("en", ["PLN 0", "PLN 50M", "PLN 100M", "PLN 150M"]),
    ],
)
def test_money_figure_labels_the_y_ticks_in_the_readers_language(lang, ticks):
    values = values_frame([(2021, "programme_total", "planned", "exact", 102_262_543)])

    yaxis = money_figure(values, lang).layout.yaxis

    assert list(yaxis.tickvals) == [0, 50e6, 100e6, 150e6]
    assert [nb(text) for text in yaxis.ticktext] == ticks


@pytest.mark.parametrize(
    "rows, year_range, tick0, dtick",
    [
        ([2010, 2011, 2012], None, 2010, 1),
        ([2010], None, 2010, 1),
        ([2021], (1998, 2026), 1998, 5),
        ([2021], (2021, 2021), 2021, 1),
    ],
)
def test_money_figure_ticks_whole_years_only(rows, year_range, tick0, dtick):
    values = values_frame([(year, "programme_total", "planned", "exact", 1e6) for year in rows])

    xaxis = money_figure(values, year_range=year_range).layout.xaxis

    assert xaxis.tickformat == "d"
    assert (xaxis.tick0, xaxis.dtick) == (tick0, dtick)
    assert type(xaxis.tick0) is int and type(xaxis.dtick) is int


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_money_figure_shows_the_title_and_source_line_it_was_given(lang):
    values = values_frame([(2021, "programme_total", "planned", "exact", 102_262_543)])
    source_line = "Źródło: krakow.pl – Urząd Miasta Krakowa, „Międzynarodowy Dzień NGO”, 1 marca 2021."

    title = money_figure(values, lang, title="Kwoty w czasie · Kraków", source_line=source_line).layout.title

    assert title.text == "Kwoty w czasie · Kraków"
    assert title.subtitle.text.replace("<br>", " ") == source_line


def test_money_figure_wraps_a_long_source_line_without_losing_words():
    values = values_frame([(2021, "programme_total", "planned", "exact", 102_262_543)])
    source_line = "Źródła: 75 dokumentów – " + ", ".join(f"wydawca{i}.krakow.pl ({i})" for i in range(12))

    subtitle = money_figure(values, source_line=source_line).layout.title.subtitle.text

    assert "<br>" in subtitle
    assert all(len(line) <= SOURCE_LINE_CHARS for line in subtitle.split("<br>"))
    assert subtitle.replace("<br>", " ") == source_line


def test_money_figure_escapes_markup_in_the_title_and_source_line():
    values = values_frame([(2021, "programme_total", "planned", "exact", 102_262_543)])

    title = money_figure(values, title="<b>x</b>", source_line="a <script> & b").layout.title

    assert title.text == "&lt;b&gt;x&lt;/b&gt;"
    assert title.subtitle.text == "a &lt;script&gt; &amp; b"


@pytest.mark.parametrize(
    "first, last, dtick",
    [(2021, 2021, 1), (2010, 2020, 1), (2010, 2021, 2), (2010, 2030, 2), (2010, 2031, 5), (1998, 2026, 5)],
)
def test_year_dtick_grows_in_whole_years(first, last, dtick):
    assert year_dtick(first, last) == dtick


@pytest.mark.parametrize("max_value", [0.0, float("nan")])
def test_money_ticks_fall_back_to_a_single_zero_tick(max_value):
    assert money_ticks(max_value, "pl") == ([0.0], ["0 zł"])


@pytest.mark.parametrize(
    "max_value, lang, per_resident, labels",
    [
        (40_606_448, "pl", False, ["0 zł", "20 mln zł", "40 mln zł", "60 mln zł"]),
        (452_000, "en", False, ["PLN 0", "PLN 200K", "PLN 400K", "PLN 600K"]),
        (50_000, "pl", False, ["0 zł", "20 000 zł", "40 000 zł", "60 000 zł"]),
        (130.75, "en", True, ["PLN 0", "PLN 50", "PLN 100", "PLN 150", "PLN 200"]),
    ],
)
def test_money_ticks_are_round_and_labelled_per_language(max_value, lang, per_resident, labels):
    _, ticktext = money_ticks(max_value, lang, per_resident)

    assert [nb(text) for text in ticktext] == labels


@settings(max_examples=60, deadline=None)
@given(max_value=st.floats(min_value=0.01, max_value=1e10, allow_nan=False))
def test_money_ticks_start_at_zero_and_reach_the_largest_value(max_value):
    values, labels = money_ticks(max_value, "pl")

    assert values[0] == 0
    assert values[-1] >= max_value
    assert values == sorted(values)
    assert len(values) == len(labels) <= 6


# Milestones lane and eras


def test_money_figure_puts_milestones_in_their_own_lane_within_the_years_shown():
    values = values_frame(TWO_MEASURES_2010_2021)
    milestones = pd.DataFrame(
        {"x": [1995.0, 2015.2, 2021.4], "label": ["1995: Happening", "2015: <b>WPW</b>", "2021: Dzień NGO"]}
    )

    fig = money_figure(values, milestones=milestones)

    lane = trace_named(fig, t("chart.milestones", "pl"))
    assert lane.yaxis == "y2"
    assert list(lane.x) == [2015.2, 2021.4]
    assert list(lane.hovertext) == ["2015: &lt;b&gt;WPW&lt;/b&gt;", "2021: Dzień NGO"]
    assert fig.layout.yaxis2.visible is False
    assert all(trace.yaxis in (None, "y") for trace in data_traces(fig))
    assert fig.layout.xaxis.anchor == "y2"  # the years under the lane: its marks do not cover them


def test_a_narrow_chart_grows_by_the_rows_its_legend_takes_on_a_phone():
    # At 375 px each legend entry is a row of its own, where a wide chart fits them in about three:
    # the Money plot was left about 90 px high.
    values = values_frame(TWO_MEASURES_2010_2021)
    milestones = pd.DataFrame({"x": [2015.2], "label": ["2015: WPW"]})
    eras = [Era(2015, 2018, "a", "confirmed", "s")]
    fig = money_figure(values, milestones=milestones, eras=eras)

    entries = legend_entries(fig)

    assert entries == 4  # two measures, the milestones, the eras' one entry
    # The eras are a legend group, so Plotly puts its group gap after every entry; a wide chart's
    # legend takes about three rows, so the figure grows by the fourth.
    assert legend_entry_heights(fig) == [LEGEND_LINE_PX + LEGEND_GROUP_GAP_PX] * 4
    changes = narrow_layout(fig)
    assert changes["height"] == fig.layout.height + LEGEND_LINE_PX + LEGEND_GROUP_GAP_PX
    # The title keeps its distance from the top of the taller figure, and all its other settings.
    assert (1 - changes["title"]["y"]) * changes["height"] == pytest.approx(
        (1 - fig.layout.title.y) * fig.layout.height
    )
    assert {k: v for k, v in changes["title"].items() if k != "y"} == {
        k: v for k, v in fig.layout.title.to_plotly_json().items() if k != "y"
    }
    assert narrow_layout(money_figure(values_frame(TWO_MEASURES_2010_2021[:1]))) == {}


def test_the_shipped_money_chart_grows_on_a_phone(shipped_dataset):
    money = shipped_dataset.frame("money")
    options = MoneyOptions(  # what the Overview and Money pages open on
        measures=tuple(money["measure"].unique()),
        years=(1998, 2026),
        milestone_categories=DEFAULT_MILESTONE_CATEGORIES,
    )
    fig = build_money_view(shipped_dataset, options, "pl").figure

    # Ten entries, two of them wrapped (measured in Chromium at 375 px: the legend 321 px against 118
    # px at 1280 px, so 203 px more).
    assert legend_entries(fig) == 10
    assert narrow_layout(fig)["height"] - fig.layout.height == 203


def test_a_wrapped_legend_entry_is_taller_by_each_further_line():
    long_name = "słowo " * 30  # wraps at LEGEND_CHARS
    fig = figure(
        [{"type": "bar", "x": [1], "y": [1], "name": n} for n in ("a", "b", long_name.strip())],
        {},
        title="T",
        source_line="S",
        lang="pl",
    )

    lines = fig.data[2].name.count("<br>") + 1
    assert lines >= 3
    assert legend_entry_heights(fig) == [
        LEGEND_LINE_PX,
        LEGEND_LINE_PX,
        LEGEND_LINE_PX + LEGEND_NEXT_LINE_PX * (lines - 1),
    ]


def test_the_shipped_competitions_chart_grows_on_a_phone_by_its_legend_rows(shipped_dataset):
    # Thirteen one-line entries and no legend group: at 375 px the plot was left 153 px of 324 px.
    fig = build_competitions_by_year_figure(
        shipped_dataset.frame("competitions"), "pl", title="T", source_line="S"
    )

    assert legend_entries(fig) == 13
    assert legend_entry_heights(fig) == [LEGEND_LINE_PX] * 13
    assert narrow_layout(fig) == {"height": fig.layout.height + 10 * LEGEND_LINE_PX}


def test_without_value_labels_drops_only_the_text_of_labelled_traces():
    values = values_frame(TWO_MEASURES_2010_2021)
    milestones = pd.DataFrame({"x": [2015.2], "label": ["2015: WPW"]})
    fig = money_figure(values, milestones=milestones)

    changes = without_value_labels(fig)

    assert len(changes) == len(fig.data)
    for trace, change in zip(fig.data, changes, strict=True):
        if "text" in (trace.mode or "").split("+"):
            assert change == {"mode": "lines+markers"}
        else:
            assert change == {}
    assert {"mode": "lines+markers"} in changes


def test_without_value_labels_keeps_a_trace_of_text_alone():
    # The competitions' number of calls over each bar is the trace's whole content, and fits a phone.
    calls = call_rows([{"call_id": "a", "year": 2023, "amount_pln": 100_000}])
    fig = build_competitions_by_year_figure(calls, "pl", title="T", source_line="S")

    assert fig.data[-1].mode == "text"
    assert without_value_labels(fig) == [{}] * len(fig.data)


def test_money_figure_without_milestones_in_range_has_no_lane():
    values = values_frame([(2021, "programme_total", "planned", "exact", 1e6)])
    milestones = pd.DataFrame({"x": [1995.0], "label": ["1995: Happening"]})

    fig = money_figure(values, milestones=milestones)

    assert [trace.yaxis for trace in fig.data] == [None]
    assert "yaxis2" not in fig.layout.to_plotly_json()


def test_money_figure_shades_eras_over_the_whole_plot_height():
    values = values_frame(TWO_MEASURES_2010_2021)
    eras = [Era(2015, 2018, "wpw-1", "confirmed", "s1"), Era(2030, 2033, "wpw-later", "confirmed", "s2")]

    layout = money_figure(values, eras=eras).layout

    assert [(s.type, s.x0, s.x1, s.yref, s.y0, s.y1) for s in layout.shapes] == [
        ("rect", 2014.5, 2018.5, "paper", 0, 1)
    ]
    assert [a.text for a in layout.annotations] == ["2015–2018"]
    assert [a.hovertext for a in layout.annotations] == ["Program wieloletni 2015–2018 (potwierdzony)"]
    assert [(s.name, s.showlegend) for s in layout.shapes] == [("Programy wieloletnie", True)]


def test_money_figure_puts_the_era_labels_over_the_plot_in_room_of_their_own():
    # On a phone the plot is about 110 px high: labels hanging into it covered the highest points.
    values = values_frame(TWO_MEASURES_2010_2021)
    eras = [Era(2015, 2018, "a", "confirmed", "s"), Era(2017, 2020, "b", "conflict", "s")]
    plain_fig = money_figure(values)

    fig = money_figure(values, eras=eras)

    labels = fig.layout.annotations
    assert {(a.yref, a.y, a.yanchor) for a in labels} == {("paper", 1, "bottom")}
    assert sorted({a.yshift for a in labels}) == [2, 15]  # two rows: the eras overlap
    room = era_label_room(fig.to_plotly_json()["layout"]["annotations"])
    assert room == 28
    assert fig.layout.margin.t == plain_fig.layout.margin.t + room
    assert fig.layout.height == plain_fig.layout.height + room  # the plot keeps its height
    # The title stays where it was; the room opens between the source line and the plot.
    assert fig.layout.title.y * fig.layout.height == pytest.approx(
        fig.layout.height - plain_fig.layout.margin.t / 2
    )


def test_era_marks_hang_from_the_top_of_the_plot_unless_asked_to_stand_over_it():
    eras = [Era(2015, 2018, "a", "confirmed", "s")]
    bounds = lambda e: (e.start_year - 0.5, e.end_year + 0.5)  # noqa: E731

    (inside,) = era_marks(eras, "pl", bounds=bounds)[1]
    (over,) = era_marks(eras, "pl", bounds=bounds, above=True)[1]

    assert (inside["yanchor"], inside["yshift"]) == ("top", -2)
    assert (over["yanchor"], over["yshift"]) == ("bottom", 2)
    assert era_label_room([]) == 0


@pytest.mark.parametrize(
    "lang, label, hover, legend",
    [
        (
            "pl",
            "2024–2027 (?)",
            "Program wieloletni 2024–2027 (źródła się różnią)",
            "Programy wieloletnie; (?) źródła się różnią",
        ),
        (
            "en",
            "2024–2027 (?)",
            "Multi-year programme 2024–2027 (sources disagree)",
            "Multi-year programmes; (?) sources differ",
        ),
    ],
)
def test_era_marks_label_a_disputed_era_as_such(lang, label, hover, legend):
    shapes, annotations = era_marks(
        [Era(2015, 2018, "wpw-1", "confirmed", "s"), Era(2024, 2027, "wpw-3", "conflict", "s")],
        lang,
        bounds=lambda e: (e.start_year, e.end_year),
    )

    assert (annotations[1]["text"], annotations[1]["hovertext"]) == (label, hover)
    assert [s["line"]["width"] for s in shapes] == [0, 1]
    # One legend entry for all the bands, naming the mark of a disputed period.
    assert [(s["name"], s["showlegend"], s["legendgroup"]) for s in shapes] == [
        (legend, True, "eras"),
        (legend, False, "eras"),
    ]


def test_era_marks_stack_the_labels_of_overlapping_eras():
    eras = [
        Era(2015, 2018, "a", "confirmed", "s"),
        Era(2019, 2022, "b", "confirmed", "s"),  # label of 2015–2018 still runs here
        Era(2024, 2027, "c", "conflict", "s"),
        Era(2025, 2028, "d", "conflict", "s"),
    ]

    _, annotations = era_marks(
        eras, "pl", bounds=lambda e: (e.start_year - 0.5, e.end_year + 0.5), x_years=(1995, 2040)
    )

    # On a phone-width axis of 46 years a label of 9 characters covers about 10 years.
    assert [a["yshift"] for a in annotations] == [-2, -15, -28, -41]
    assert all((a["yref"], a["y"]) == ("paper", 1) for a in annotations)


def test_era_marks_share_a_row_when_the_labels_are_far_apart():
    eras = [Era(1998, 2001, "a", "confirmed", "s"), Era(2015, 2018, "b", "confirmed", "s")]

    _, annotations = era_marks(
        eras, "pl", bounds=lambda e: (e.start_year - 0.5, e.end_year + 0.5), x_years=(1995, 2026)
    )

    assert [a["yshift"] for a in annotations] == [-2, -2]


def test_era_marks_anchor_a_label_that_would_run_past_the_axis_at_the_band_s_right_edge():
    # The era ends inside the axis, but its label would not: Plotly would widen the axis to fit it.
    shapes, annotations = era_marks(
        [Era(2022, 2025, "c", "conflict", "s")],
        "pl",
        bounds=lambda e: (e.start_year - 0.5, e.end_year + 0.5),
        x_years=(1995, 2026),
    )

    assert (annotations[0]["x"], annotations[0]["xanchor"]) == (shapes[0]["x1"], "right")


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_era_labels_of_the_shipped_data_never_overlap_on_a_phone_width_plot(shipped_dataset, lang):
    eras = programme_eras(shipped_dataset.frame("programmes"))
    first, last = 1998, 2026  # the money chart's default axis
    _, annotations = era_marks(
        eras,
        lang,
        bounds=lambda e: (e.start_year - 0.5, min(e.end_year, last) + 0.5),
        last_year=last,
        x_years=(first, last),
    )
    px_per_year = NARROW_PLOT_PX / (last - first + 1)

    def extent(a):  # pixels, from the label's anchor and its estimated width
        x = (a["x"] - first) * px_per_year
        width = len(a["text"]) * LABEL_CHAR_PX
        return (x - width, x) if a["xanchor"] == "right" else (x, x + width)

    for i, a in enumerate(annotations):
        for b in annotations[i + 1 :]:
            if a["yshift"] == b["yshift"]:
                (a0, a1), (b0, b1) = extent(a), extent(b)
                assert a1 < b0 or b1 < a0, (a["text"], b["text"])


def test_era_marks_label_an_era_running_past_the_last_year_from_its_right_edge():
    shapes, annotations = era_marks(
        [Era(2025, 2028, "d", "conflict", "s")],
        "pl",
        bounds=lambda e: (e.start_year - 0.5, min(e.end_year, 2026) + 0.5),
        last_year=2026,
    )

    assert (shapes[0]["x0"], shapes[0]["x1"]) == (2024.5, 2026.5)
    assert (annotations[0]["x"], annotations[0]["xanchor"]) == (2026.5, "right")


def test_programme_eras_keep_one_era_per_period_best_attested_first():
    programmes = pd.DataFrame(
        {
            "doc_id": ["annual-2021", "mention", "text", "draft-a", "draft-b", "pilot"],
            "kind": ["annual", "multi_year", "multi_year", "multi_year", "multi_year", "pilot"],
            "period_start": pd.array([2021, 2019, 2019, 2024, 2025, None], dtype="Int64"),
            "period_end": pd.array([2021, 2022, 2022, 2027, 2028, None], dtype="Int64"),
            "status": ["confirmed", "probable", "confirmed", "conflict", "conflict", "confirmed"],
            "source_id": ["s1", "s2", "s3", "s4", "s5", "s6"],
        }
    )

    eras = programme_eras(programmes)

    assert [(e.start_year, e.end_year, e.doc_id, e.disputed) for e in eras] == [
        (2019, 2022, "text", False),
        (2024, 2027, "draft-a", True),
        (2025, 2028, "draft-b", True),
    ]


def test_programme_eras_of_the_shipped_data_mark_the_disputed_periods(shipped_dataset):
    eras = programme_eras(shipped_dataset.frame("programmes"))

    assert [(e.start_year, e.end_year, e.disputed) for e in eras] == [
        (2012, 2014, False),
        (2015, 2018, False),
        (2019, 2022, False),
        (2024, 2027, True),
        (2025, 2028, True),
    ]


# Text from data is shown as text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("A & B", "A &amp; B"),
        ("„cudzysłów” 'i' \"inne\"", "„cudzysłów” 'i' \"inne\""),
        ("<br>", "&lt;br&gt;"),
        (2021, "2021"),
    ],
)
def test_plain_escapes_what_plotly_would_read_as_markup(text, expected):
    assert plain(text) == expected


@pytest.mark.parametrize("text", ["", "   "])
def test_wrap_of_empty_text_is_empty(text):
    assert wrap(text) == ""


def test_wrap_breaks_lines_at_the_width_and_escapes_each_line():
    text = " ".join(["Rada & <Miasto>"] * 12)

    lines = wrap(text, 30).split("<br>")

    assert len(lines) > 1
    assert all(
        len(line.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")) <= 30 for line in lines
    )
    assert "<M" not in "".join(lines) and "&lt;Miasto&gt;" in lines[0]


# Calls by year


def test_competitions_by_year_figure_of_no_calls_has_no_bars():
    fig = build_competitions_by_year_figure(call_rows([]), "pl", title="T", source_line="S")

    assert len(fig.data) == 0
    assert fig.layout.barmode == "stack"


def test_competitions_by_year_figure_leaves_out_rows_without_a_year_or_an_amount():
    calls = call_rows(
        [
            {"call_id": "a", "year": 2023, "amount_pln": 100_000},
            {
                "call_id": "b",
                "year": 2023,
                "amount_pln": None,
                "total_pln": 21_494_800,
                "yearly_split": "none",
            },
            {"call_id": "c", "year": None, "amount_pln": 889_190},
            {"call_id": "d", "year": 2024, "amount_pln": 50_000, "area": "seniors"},
        ]
    )

    fig = build_competitions_by_year_figure(calls, "pl", title="T", source_line="S")

    bars = [trace for trace in fig.data if trace.type == "bar"]
    assert [(trace.name, list(trace.x), list(trace.y)) for trace in bars] == [
        ("Pomoc społeczna", [2023], [100_000]),
        ("Seniorzy", [2024], [50_000]),
    ]


def test_competitions_by_year_figure_never_adds_a_multi_year_total_to_a_year(shipped_dataset):
    calls = shipped_dataset.frame("competitions")
    multi_year_2023 = calls[(calls["year"] == 2023) & (calls["yearly_split"] == "none")]["total_pln"]
    assert len(multi_year_2023) == 4 and multi_year_2023.notna().all()

    fig = build_competitions_by_year_figure(calls, "pl", title="T", source_line="S")

    totals = fig.data[-1]
    bar_2023 = dict(zip(totals.x, totals.y, strict=True))[2023]
    assert bar_2023 < multi_year_2023.min()
    assert bar_2023 == calls.loc[calls["year"].eq(2023) & calls["amount_pln"].notna(), "amount_pln"].sum()
    assert bar_2023 == sum(
        dict(zip(trace.x, trace.y, strict=True)).get(2023, 0) for trace in fig.data if trace.type == "bar"
    )


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_competitions_by_year_figure_writes_the_number_of_calls_on_top_of_each_bar(lang):
    calls = call_rows(
        [
            {"call_id": "a", "year": 2023, "amount_pln": 100_000},
            {"call_id": "b", "year": 2023, "amount_pln": 200_000, "area": "culture"},
            {"call_id": "c", "year": 2024, "amount_pln": 50_000},
        ]
    )

    fig = build_competitions_by_year_figure(calls, lang, title="T", source_line="S")

    counts = fig.data[-1]
    assert (counts.type, counts.mode, counts.showlegend) == ("scatter", "text", True)
    assert (
        counts.name
        == {"pl": "liczba nad słupkiem = liczba naborów", "en": "number above a bar = calls"}[lang]
    )
    assert list(counts.x) == [2023, 2024]
    assert list(counts.y) == [300_000, 50_000]
    assert list(counts.text) == ["2", "1"]
    assert fig.layout.barmode == "stack"
    assert fig.layout.xaxis.tickformat == "d"


def test_competitions_by_year_figure_colours_each_area_the_same_whatever_the_data_order():
    calls = call_rows(
        [
            {"call_id": "a", "year": 2023, "amount_pln": 1, "area": "culture"},
            {"call_id": "b", "year": 2023, "amount_pln": 1, "area": "social_welfare"},
        ]
    )

    fig = build_competitions_by_year_figure(calls, "en", title="T", source_line="S")

    bars = [trace for trace in fig.data if trace.type == "bar"]
    assert [(trace.name, trace.marker.color) for trace in bars] == [
        ("Social welfare", AREA_COLOURS["social_welfare"]),
        ("Culture", AREA_COLOURS["culture"]),
    ]


# Largest calls


def test_largest_competitions_frame_leaves_out_calls_without_a_total():
    calls = call_rows(
        [
            {"call_id": "a", "year": 2023, "title": "A", "total_pln": None},
            {"call_id": "b", "year": 2023, "title": "B", "total_pln": 5},
        ]
    )

    assert list(largest_competitions_frame(calls)["call_id"]) == ["b"]


def test_largest_competitions_frame_has_one_row_per_call_largest_first():
    calls = call_rows(
        [
            {"call_id": "multi", "year": 2023, "title": "M", "total_pln": 300},
            {"call_id": "multi", "year": 2024, "title": "M", "total_pln": 300},
            {"call_id": "small", "year": 2023, "title": "S", "total_pln": 100},
            {"call_id": "mid", "year": 2023, "title": "D", "total_pln": 200},
        ]
    )

    assert list(largest_competitions_frame(calls)["call_id"]) == ["multi", "mid", "small"]
    assert list(largest_competitions_frame(calls, limit=2)["call_id"]) == ["multi", "mid"]


def test_long_legend_entries_wrap_to_fit_a_phone_and_keep_every_word():
    values = values_frame([(2010, "mops_grants", "planned", "exact", 40_606_448)])

    (trace,) = data_traces(money_figure(values, "en"))

    assert trace.name == "MOPS (social welfare centre) – grants to NGOs ·<br>planned"
    assert all(len(line) <= LEGEND_CHARS for line in trace.name.split("<br>"))


# Residents' money beside the figures (the participatory budget) and the basis "unknown"

POOLS = pd.DataFrame(
    {
        "year": [2019, 2022, 2024],
        "value": [30_000_000.0, 38_000_000.0, 46_000_000.0],
        "qualifier": "exact",
        "source_label": ["Źródło: zzm.krakow.pl", "Źródło: nck.krakow.pl", "Źródło: budzet.krakow.pl"],
    }
)
MONEY_2017_2021 = [
    (2017, "ngo_transfers_total", "executed", "at_least", 87e6),
    (2021, "programme_total", "planned", "exact", 102_262_543),
]


def bar_traces(fig) -> list:
    return [trace for trace in fig.data if trace.type == "bar"]


def test_money_figure_draws_residents_money_as_bars_of_their_own_never_added_to_the_money():
    values = values_frame(MONEY_2017_2021)
    alone = data_traces(money_figure(values))

    fig = money_figure(values, reference=POOLS, year_range=(2017, 2024))

    (bars,) = bar_traces(fig)
    assert (list(bars.x), list(bars.y)) == ([2019, 2022, 2024], [30e6, 38e6, 46e6])
    assert bars.name.replace("<br>", " ") == t("chart.participatory_budget", "pl")  # wrapped in the legend
    assert bars.legendgroup == "residents_money" and bars.showlegend is not False
    # The money traces are exactly what they are without it: nothing stacked, shifted or added.
    assert [(list(a.x), list(a.y)) for a in data_traces(fig)] == [(list(a.x), list(a.y)) for a in alone]
    assert fig.layout.barmode not in ("stack", "relative")


def test_money_figure_residents_money_hover_says_whose_money_it_is():
    fig = money_figure(values_frame(MONEY_2017_2021), "en", reference=POOLS)

    (bars,) = bar_traces(fig)
    assert nb(bars.hovertext[2]).startswith(
        t("chart.participatory_budget", "en") + "<br>2024: PLN 46,000,000"
    )
    assert "not grants to NGOs" in bars.hovertext[2]
    assert bars.hovertext[2].endswith("Źródło: budzet.krakow.pl")


def test_money_figure_axis_reaches_the_largest_pool_when_the_money_is_lower():
    values = values_frame([(2018, "programme_new_tasks", "planned", "exact", 452_000)])

    fig = money_figure(values, reference=POOLS)

    assert fig.layout.yaxis.tickvals[-1] >= 46e6
    assert fig.layout.yaxis.range[1] > 46e6


@pytest.mark.parametrize("reference", [None, POOLS.iloc[:0]])
def test_money_figure_without_residents_money_has_no_bars(reference):
    assert bar_traces(money_figure(values_frame(MONEY_2017_2021), reference=reference)) == []


def test_money_figure_draws_an_unknown_basis_open_with_a_dot_and_dotted():
    values = values_frame(
        [
            (2016, "ngo_commissioning_spending", "unknown", "exact", 81.5e6),
            (2017, "ngo_commissioning_spending", "planned", "at_least", 88e6),
        ]
    )

    planned, unknown = data_traces(money_figure(values))  # sorted by basis

    assert (unknown.line.dash, list(unknown.marker.symbol)) == ("dot", ["circle-open-dot"])
    assert (planned.line.dash, list(planned.marker.symbol)) == ("dash", ["triangle-up-open"])
    assert (list(unknown.x), list(planned.x)) == ([2016], [2017])  # two bases: never one line


def test_money_figure_keeps_the_press_figure_of_2017_off_the_executed_one():
    values = values_frame(
        [
            (2017, "ngo_transfers_total", "executed", "at_least", 87e6),
            (2017, "ngo_commissioning_spending", "planned", "at_least", 88e6),
        ]
    )

    press, executed = data_traces(money_figure(values))  # sorted by measure

    assert (press.x[0], press.y[0], executed.x[0], executed.y[0]) == (2017, 88e6, 2017, 87e6)
    assert press.line.color == MEASURE_COLOURS["ngo_commissioning_spending"] != executed.line.color
    # Labels of two so close points would print over each other: the lower one's goes to the right.
    assert (list(press.textposition), list(executed.textposition)) == (["top center"], ["middle right"])


def test_money_figure_puts_labels_above_points_that_are_far_apart():
    values = values_frame(
        [
            (2010, "ngo_commissioning_spending", "unknown", "exact", 81.5e6),  # seven years away
            (2017, "ngo_commissioning_spending", "planned", "at_least", 88e6),
            (2017, "programme_new_tasks", "planned", "exact", 452_000),  # far below
            (2018, "programme_total", "planned", "exact", 40e6),  # the next year, far below
        ]
    )

    assert {tuple(trace.textposition) for trace in data_traces(money_figure(values))} == {("top center",)}


def test_a_label_moves_away_from_a_close_point_of_the_next_or_previous_year():
    # At 1280 px a label is about two years wide: the 81,5 mln zł of 2016 printed over the 88 of 2017.
    values = values_frame(
        [
            (2016, "ngo_commissioning_spending", "unknown", "exact", 81.5e6),
            (2017, "ngo_commissioning_spending", "planned", "at_least", 88e6),
            (2018, "programme_total", "planned", "exact", 84e6),
        ]
    )

    assert label_positions(values) == {
        ("ngo_commissioning_spending", "planned", 2017): "top center",
        ("programme_total", "planned", 2018): "middle right",  # 2017 is on its left
        ("ngo_commissioning_spending", "unknown", 2016): "middle left",  # 2017 is on its right
    }


def test_a_label_with_close_points_on_both_sides_goes_under_its_point():
    values = values_frame(
        [
            (2016, "programme_total", "planned", "exact", 90e6),
            (2017, "ngo_commissioning_spending", "planned", "at_least", 85e6),
            (2018, "programme_new_tasks", "planned", "exact", 88e6),
        ]
    )

    assert label_positions(values)[("ngo_commissioning_spending", "planned", 2017)] == "bottom center"


def test_every_measure_has_its_own_colour():
    assert set(MEASURE_COLOURS) == set(get_args(Measure))
    assert len(set(MEASURE_COLOURS.values())) == len(MEASURE_COLOURS)


def test_money_figure_draws_open_markers_over_filled_ones_and_keeps_the_legend_by_measure():
    values = values_frame(
        [
            (2017, "ngo_commissioning_spending", "planned", "at_least", 88e6),
            (2017, "ngo_transfers_total", "executed", "at_least", 87e6),
        ]
    )

    fig = money_figure(values)
    drawn = [
        trace.name for trace in fig.data if trace.type == "scatter" and trace.mode == "lines+markers+text"
    ]

    assert [trace.marker.symbol[0] for trace in fig.data if trace.name in drawn] == [
        "triangle-up",  # executed, filled: drawn first
        "triangle-up-open",  # planned, open: on top, so it stays visible
    ]
    assert [trace.name for trace in data_traces(fig)] == drawn[::-1]  # the legend: by measure, then basis
