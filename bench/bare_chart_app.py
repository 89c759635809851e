# Reference for page-ready: the bare page plus one three-point chart, drawn by the app's own chart
# element (ngo_dashboard/ui/chart.py), started the same way. It shows what loading and drawing a
# chart alone costs in this browser on this machine. The bundle is served from bench/static, a link
# to the app's static/ (Streamlit serves the `static/` folder beside the entrypoint).
import sys
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ngo_dashboard.ui.chart import render_chart  # noqa: E402

st.write("Hello")
render_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])), key="chart", alt="Three points", lang="en")
