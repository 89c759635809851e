"""The app's one chart element: a figure from the core, drawn in the browser by a small
`st.components.v2` component (chart.js, chart.css) with the vendored plotly.js basic bundle.

It replaces st.plotly_chart, whose frontend chunk carries the whole of plotly.js (4.7 MB) to every
chart page. Python owns all state (the figure, a selection, the URL); the JavaScript only draws what
it is given and reports a click on a point back as a trigger.
"""

from __future__ import annotations

import base64
import json
import weakref
from functools import cache
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st

from ngo_dashboard import charts
from ngo_dashboard.i18n import Lang, t
from ngo_dashboard.paths import PLOTLY_BUNDLE_MANIFEST
from ngo_dashboard.strings import STRINGS

HERE = Path(__file__).resolve().parent
COMPONENT_NAME = "ngo_dashboard.chart"
# The element the component's JavaScript draws into; tests and the bench wait for a `.main-svg` in it.
HTML = '<figure class="ngo-chart" data-testid="chart"></figure>'
# The modebar: no logo, no lasso/box select or autoscale, a PNG at twice the size, and never the
# "Share chart" button that plotly.js 4 shows by default (it would send the figure to chart-studio).
CONFIG: dict[str, Any] = {
    "displaylogo": False,
    "showSendToCloud": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}
# NOTE: what st.plotly_chart's default theme="streamlit" put under every figure as its template,
# read off Streamlit 1.67 in the browser for this app's theme (.streamlit/config.toml), so the
# charts look as they did. As before, whatever a figure sets itself wins over it. The one addition
# for the same look: Streamlit also wrapped each title in <b>, here it is the title's font weight.
LOOK: dict[str, Any] = {
    "font": {"color": "#808495", "family": '"Source Sans", sans-serif', "size": 12, "weight": 400},
    "title": {
        "font": {"family": '"Source Sans", sans-serif', "size": 16, "color": "#111111", "weight": 700},
        "pad": {"l": 4},
        "xanchor": "left",
        "x": 0,
    },
    "legend": {
        "title": {"font": {"size": 12, "color": "#808495"}, "side": "top"},
        "valign": "top",
        "bordercolor": "transparent",
        "borderwidth": 0,
        "font": {"size": 12, "color": "#262730"},
    },
    "paper_bgcolor": "#FFFFFF",
    "plot_bgcolor": "#FFFFFF",
    "yaxis": {
        "ticklabelposition": "outside",
        "zerolinecolor": "#e6eaf1",
        "title": {"font": {"color": "#808495", "size": 14}, "standoff": 24},
        "tickcolor": "#e6eaf1",
        "tickfont": {"color": "#808495", "size": 12},
        "gridcolor": "#e6eaf1",
        "minor": {"gridcolor": "#e6eaf1"},
        "automargin": True,
    },
    "xaxis": {
        "zerolinecolor": "#e6eaf1",
        "gridcolor": "#e6eaf1",
        "showgrid": False,
        "tickfont": {"color": "#808495", "size": 12},
        "tickcolor": "#e6eaf1",
        "title": {"font": {"color": "#808495", "size": 14}, "standoff": 20},
        "minor": {"gridcolor": "#e6eaf1"},
        "zeroline": False,
        "automargin": True,
    },
    "margin": {"pad": 8, "r": 0, "l": 0},
    "hoverlabel": {
        "bgcolor": "#FFFFFF",
        "bordercolor": "rgba(17, 17, 17, 0.2)",
        "font": {"color": "#808495", "family": '"Source Sans", sans-serif', "size": 12},
    },
}
PLOTLY_LABELS = [key.removeprefix("plotly.") for key in STRINGS if key.startswith("plotly.")]

# isolate_styles=False: plotly.js styles its modebar and hover labels from the document's <head>,
# which a shadow root would keep out.
_component = st.components.v2.component(
    COMPONENT_NAME,
    html=HTML,
    css=(HERE / "chart.css").read_text(encoding="utf-8"),
    js=(HERE / "chart.js").read_text(encoding="utf-8"),
    isolate_styles=False,
)


def render_chart(
    fig: go.Figure,
    *,
    key: str,
    alt: str,
    lang: Lang,
    clickable: bool = False,
    narrow: tuple[int, str] | None = None,
    phone_below_px: int | None = None,
) -> Any:
    """Draw `fig` at the page's width, with hover, the modebar (PNG export) and `alt` as its name.

    Args:
        alt: the chart's text alternative (its accessible name); the data is in the page's tables.
        clickable: report a click on a point that carries `customdata`.
        narrow: (pixels, note): below that width the chart is not drawn and its bundle not fetched;
            the note says where the same content is instead.
        phone_below_px: below that width the chart is drawn for a phone: without its value labels,
            which would overprint one another there (`charts.without_value_labels`), and taller by
            the rows its legend takes there (`charts.narrow_layout`).
    Returns:
        The `customdata` of the point clicked, in the run that click caused; otherwise None. It comes
        from the browser: check it before use.
    """
    data = {
        "figure": figure_json(fig),
        "config": config(lang),
        "alt": alt,
        "unavailable": t("chart.unavailable", lang),
        "bundle": bundle(),
        "click": clickable,
        "narrow": {"min_width": narrow[0], "note": narrow[1]} if narrow else None,
        "phone": (
            {
                "below_px": phone_below_px,
                "traces": charts.without_value_labels(fig),
                "layout": charts.narrow_layout(fig),
            }
            if phone_below_px
            else None
        ),
    }
    # NOTE: the click is read from the result, not acted on in a callback: after a failover, the new
    # replica's session runs no callback of a widget it has not drawn yet. Streamlit only registers an
    # event that has a callback, hence the one that does nothing.
    callbacks = {"on_click_change": _registers_the_event} if clickable else {}
    result = _component(key=key, data=data, **callbacks)
    return getattr(result, "click", None) if clickable else None


def _registers_the_event() -> None:
    """The callback of the click event: it does nothing (the page reads the click from the result)."""


_JSON: dict[int, tuple[weakref.ref, str]] = {}


def figure_json(fig: go.Figure) -> str:
    """The figure as the component draws it (JSON, with LOOK as its template), made once per figure.

    Figures are shared cached resources that are never changed once built, so the text is kept as
    long as its figure lives, and a rerun reuses it instead of serialising the figure again.
    """
    entry = _JSON.get(id(fig))
    if entry is not None and entry[0]() is fig:
        return entry[1]
    spec = json.loads(pio.to_json(fig, validate=False))
    template = spec.setdefault("layout", {}).setdefault("template", {})
    template["layout"] = {**LOOK, **template.get("layout", {})}
    text = json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
    key = id(fig)

    def forget(ref: weakref.ref, key: int = key) -> None:
        if _JSON.get(key, (None,))[0] is ref:
            _JSON.pop(key, None)

    _JSON[key] = (weakref.ref(fig, forget), text)
    return text


@cache
def config(lang: Lang) -> dict[str, Any]:
    """CONFIG with plotly.js's own labels (modebar buttons, notices) in the page's language."""
    dictionary = {label: t(f"plotly.{label}", lang) for label in PLOTLY_LABELS}
    return {**CONFIG, "locale": lang, "locales": {lang: {"dictionary": dictionary}}}


@cache
def bundle() -> dict[str, str]:
    """The vendored bundle's file under /app/static/ and its Subresource Integrity hash."""
    manifest = json.loads(PLOTLY_BUNDLE_MANIFEST.read_text(encoding="utf-8"))
    digest = base64.b64encode(bytes.fromhex(manifest["sha256"])).decode()
    return {"file": manifest["file"], "integrity": f"sha256-{digest}"}
