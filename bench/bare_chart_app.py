# Reference for page-ready: the bare page plus one three-point Plotly chart, started the same way.
# It shows what loading and drawing Plotly alone costs in this browser on this machine.
import plotly.graph_objects as go
import streamlit as st

st.write("Hello")
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])))
