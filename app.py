"""What `make run` and every replica of `make serve` start: `streamlit run app.py`.

Streamlit's own server for the app's script (streamlit_app.py), plus one middleware that puts the
app's address in every page, so that the frontend connects on its first try (deploy/base_address.py).
AppTest and `streamlit run streamlit_app.py` still run the script alone; it only lacks that.
"""

import streamlit as st
from starlette.middleware import Middleware

from deploy.base_address import BaseAddress

app = st.App(
    "streamlit_app.py",
    middleware=[Middleware(BaseAddress, base_url_path=lambda: st.get_option("server.baseUrlPath"))],
)
