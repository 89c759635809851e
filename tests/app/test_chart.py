"""The chart element (ngo_dashboard/ui/chart.py) on every chart page, and what it sends the browser."""

from __future__ import annotations

import gc
import json

import plotly.graph_objects as go
import pytest

from ngo_dashboard.i18n import t
from ngo_dashboard.ui import chart
from tests.app.conftest import chart_payloads

CHARTS = {
    "overview": ["money.alt"],
    "money": ["money.alt"],
    "timeline": ["timeline.alt"],
    "competitions": ["competitions.by_year_alt"],
    "data": [],
    "about": [],
}


@pytest.mark.parametrize("lang", ["pl", "en"])
@pytest.mark.parametrize("page", list(CHARTS))
def test_every_chart_is_drawn_by_the_chart_element_with_its_name(open_page, page, lang):
    at = open_page(page, lang=lang)
    payloads = chart_payloads(at)

    assert not at.get("plotly_chart")
    assert [p["alt"] for p in payloads] == [t(key, lang) for key in CHARTS[page]]
    for payload in payloads:
        assert payload["config"]["locale"] == lang
        labels = payload["config"]["locales"][lang]["dictionary"]
        assert labels["Download plot as a PNG"] == t("plotly.Download plot as a PNG", lang)
        assert payload["config"]["toImageButtonOptions"] == {"format": "png", "scale": 2}
        assert payload["config"]["showSendToCloud"] is False
        assert payload["bundle"]["integrity"].startswith("sha256-")


def test_only_the_timeline_chart_reports_clicks(open_page):
    assert [p["click"] for p in chart_payloads(open_page("timeline"))] == [True]
    assert [p["click"] for p in chart_payloads(open_page("competitions"))] == [False]


def test_figure_json_is_made_once_per_figure_and_forgotten_with_it():
    fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4]))
    first = chart.figure_json(fig)

    assert chart.figure_json(fig) is first
    assert chart.figure_json(go.Figure(go.Bar(x=[1], y=[2]))) is not first
    count = len(chart._JSON)
    del fig
    gc.collect()
    assert len(chart._JSON) < count


def test_figure_json_puts_streamlits_former_look_under_the_figures_own_settings():
    fig = go.Figure(layout={"template": "none", "font": {"color": "#1f1f1f"}, "xaxis": {"showgrid": True}})

    spec = json.loads(chart.figure_json(fig))

    assert spec["layout"]["template"]["layout"]["xaxis"]["showgrid"] is False
    assert spec["layout"]["template"]["data"] == {"scatter": [{"type": "scatter"}]}
    assert spec["layout"]["font"] == {"color": "#1f1f1f"}
    assert spec["layout"]["xaxis"]["showgrid"] is True
