"""A page that fails, for the capacity client's test: its exception element must count as an error."""

import streamlit as st

st.title("Probe")
raise RuntimeError("probe failure")
