"""The timeline's list of events as one element: a small `st.components.v2` component
(event_list.js, event_list.css) that draws the periods, years and cards it is given.

Why not Streamlit elements: every element is a React subtree of its own, and 30 bordered cards with
an expander each (about 120 elements) kept a phone's main thread blocked for 0.6-1.1 s while React
committed them (Lighthouse mobile); drawn as one element, the same list blocked for 0.3 s (same-run
A/B, bench/RESULTS.md). Python owns the content, the order, the batch and the opened event; the
JavaScript sets every data text as text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

HERE = Path(__file__).resolve().parent
COMPONENT_NAME = "ngo_dashboard.event_list"
# The element the JavaScript draws into; it carries data-drawn="true" once the cards are in.
HTML = '<div class="ngo-events" data-testid="event-list"></div>'

# isolate_styles=False: the year links above the list jump to its headings by their ids, which a
# shadow root would hide from the document.
_component = st.components.v2.component(
    COMPONENT_NAME,
    html=HTML,
    css=(HERE / "event_list.css").read_text(encoding="utf-8"),
    js=(HERE / "event_list.js").read_text(encoding="utf-8"),
    isolate_styles=False,
)


def render_event_list(content: dict[str, Any], *, key: str) -> None:
    """Draw the list (timeline_list.list_content): headings with their anchors, and the cards."""
    _component(key=key, data=content)
