"""Where things live on disk. NOTE: imports nothing from ngo_dashboard (cf. owid etl/paths.py)."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
SHIPPED_DATA_DIR = REPO_ROOT / "data"
DATA_DIR_ENV = "NGO_DATA_DIR"


def data_dir() -> Path:
    """The data folder in use: `NGO_DATA_DIR` if set, else the shipped `data/`."""
    configured = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(configured).expanduser().resolve() if configured else SHIPPED_DATA_DIR
