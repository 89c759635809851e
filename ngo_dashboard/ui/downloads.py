"""Downloads: the rows of a view as CSV with their sources, and the whole data package as a zip."""

from __future__ import annotations

import io
import zipfile

import pandas as pd
import streamlit as st

from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, format_number, t
from ngo_dashboard.tables import to_csv_bytes, with_provenance
from ngo_dashboard.ui.views import cached_view

PACKAGE_SUFFIXES = {".csv", ".json", ".md"}


def download_csv(
    frame: pd.DataFrame, data: Dataset, lang: Lang, *, file_name: str, key: str, table: str | None = None
) -> None:
    """The rows of a view with each row's source title and address, built only when clicked.

    With `table`, the CSV takes the full rows of that table (all columns) for the rows in view.
    """

    def csv_bytes() -> bytes:
        rows = data.frame(table).loc[frame.index] if table else frame
        return to_csv_bytes(with_provenance(rows, data))

    st.download_button(
        t("download.view", lang, rows=format_number(len(frame), lang)),
        data=csv_bytes,
        file_name=file_name,
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon=":material/download:",
    )


@cached_view(max_entries=4)
def package_zip(data: Dataset) -> bytes:
    """The whole data package as it is on disk (read only), zipped in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(data.folder.iterdir()):
            if path.is_file() and path.suffix in PACKAGE_SUFFIXES:
                archive.write(path, arcname=path.name)
    return buffer.getvalue()


def download_package(data: Dataset, lang: Lang, *, key: str) -> None:
    """The zip is made (or taken from the cache) only when clicked: as bytes, the browser would fetch
    the whole package with the page (measured: 90 KiB on every visit of Data & sources)."""
    st.download_button(
        t("download.package", lang),
        data=lambda: package_zip(data),
        file_name=f"{data.meta.name or 'data'}.zip",
        mime="application/zip",
        key=key,
        on_click="ignore",
        icon=":material/folder_zip:",
    )
