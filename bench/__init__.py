"""Performance benchmark of the dashboard: `python -m bench` (or `make bench`) prints a markdown report.

Sections: page-ready time in headless Chromium (vs a bare one-line Streamlit page), server-side rerun
time (AppTest), cold load and server memory, and concurrent browser sessions. See bench/RESULTS.md.
"""
