"""Where things live on disk. NOTE: imports nothing from ngo_dashboard (cf. owid etl/paths.py)."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
SHIPPED_DATA_DIR = REPO_ROOT / "data"
DATA_DIR_ENV = "NGO_DATA_DIR"
# Served at /app/static/ (server.enableStaticServing: Streamlit serves `static/` beside the entrypoint).
STATIC_DIR = REPO_ROOT / "static"
# The vendored plotly.js bundle's version, file name, checksum and origin (scripts/refresh_plotly_bundle.py).
PLOTLY_BUNDLE_MANIFEST = STATIC_DIR / "plotly-basic.json"


def data_dir() -> Path:
    """The data folder in use: `NGO_DATA_DIR` if set, else the shipped `data/`."""
    configured = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(configured).expanduser().resolve() if configured else SHIPPED_DATA_DIR
