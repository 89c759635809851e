"""`load_dataset()`: one validated, immutable dataset from a data folder, with DataFrames for views.

Pure: no streamlit, never writes. Any problem anywhere raises one `DataError` listing all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import BaseModel

from ngo_dashboard import paths
from ngo_dashboard.models import Source, date_bounds
from ngo_dashboard.package import DASHBOARD_KEY, TABLES
from ngo_dashboard.report import DataError, problem
from ngo_dashboard.validation import check_cross_table, read_and_validate, read_descriptor


@dataclass(frozen=True)
class PackageMeta:
    """Branding and licence of the gmina's data package (from datapackage.json, not from code)."""

    name: str
    title: str
    place_pl: str
    place_en: str
    created: str
    licenses: tuple[dict[str, str], ...]

    def place(self, lang: str) -> str:
        return self.place_pl if lang == "pl" else self.place_en

    @property
    def created_day(self) -> str:
        """The day of `created` (YYYY-MM-DD) for readers; its time of day says nothing to them."""
        return self.created[:10]


Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(folder: Path) -> Fingerprint:
    """Names, sizes and mtimes of the folder's files: what changes when a CSV is edited."""
    if not folder.is_dir():
        return ()
    return tuple(
        sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file())
    )


@dataclass(frozen=True)
class Dataset:
    """The validated tables as DataFrames, plus the source registry as models.

    After validation only the frames are kept (the row models of 100 000 calls cost more memory than
    the frames themselves). Frames are handed out as copies, so callers cannot alter the data.
    `fingerprint` is the folder's state when it was read: with the folder it identifies the data,
    which is what caches key on (`cache_key`).
    """

    folder: Path
    meta: PackageMeta
    _frames: dict[str, pd.DataFrame] = field(repr=False, compare=False)
    _sources: dict[str, Source] = field(repr=False, compare=False)
    fingerprint: Fingerprint = ()

    @classmethod
    def from_rows(
        cls, folder: Path, meta: PackageMeta, rows: dict[str, list[BaseModel]], fingerprint: Fingerprint = ()
    ) -> Dataset:
        frames = {
            table.name: _enrich(
                table.name, pd.DataFrame([r.model_dump() for r in rows[table.name]], columns=table.columns)
            )
            for table in TABLES
        }
        sources = {s.source_id: s for s in rows["sources"]}  # type: ignore[attr-defined]
        return cls(folder, meta, frames, sources, fingerprint)

    @property
    def cache_key(self) -> tuple[str, Fingerprint]:
        return (str(self.folder), self.fingerprint)

    def frame(self, table: str) -> pd.DataFrame:
        return self._frames[table].copy()

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(self._sources.values())

    @property
    def counts(self) -> dict[str, int]:
        return {table.name: len(self._frames[table.name]) for table in TABLES}

    def source(self, source_id: str) -> Source:
        return self._sources[source_id]


_NULLABLE_INTS = {
    "money": ("organisations_count",),
    "competitions": ("year", "prior_year"),
    "programmes": ("period_start", "period_end"),
}


def _enrich(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Column types and columns that follow from the row alone (never from other rows)."""
    for column in _NULLABLE_INTS.get(name, ()):
        frame[column] = frame[column].astype("Int64")
    if name == "events":
        bounds = [date_bounds(d) for d in frame["date"]]
        frame["date_start"] = pd.to_datetime(pd.Series([b[0] for b in bounds], dtype="object"))
        frame["date_end"] = pd.to_datetime(pd.Series([b[1] for b in bounds], dtype="object"))
        frame["year"] = frame["date_start"].dt.year.astype("int64")
    return frame


def _meta(descriptor: dict[str, Any]) -> PackageMeta:
    place = descriptor.get(DASHBOARD_KEY, {})
    return PackageMeta(
        name=descriptor.get("name", ""),
        title=descriptor.get("title", ""),
        place_pl=place.get("place_pl", ""),
        place_en=place.get("place_en", ""),
        created=str(descriptor.get("created", "")),
        licenses=tuple(descriptor.get("licenses", [])),
    )


def load_dataset(data_dir: Path | None = None) -> Dataset:
    """Read and validate every table of a data folder (default: `paths.data_dir()`).

    Raises:
        DataError: listing every problem found, each located as file:line: field.
    """
    folder = Path(data_dir) if data_dir is not None else paths.data_dir()
    if not folder.is_dir():
        raise DataError([problem(str(folder), None, None, "folder_missing")])
    state = fingerprint(folder)  # before reading: an edit while reading shows as a change next time
    descriptor, problems = read_descriptor(folder)
    tables = {}
    for table in TABLES:
        rows, table_problems = read_and_validate(folder, table)
        tables[table.name] = rows
        problems += table_problems
    problems += check_cross_table(tables)
    if problems:
        raise DataError(sorted(problems, key=lambda p: p.sort_key()))
    assert descriptor is not None
    return Dataset.from_rows(
        folder, _meta(descriptor), {name: [row for _, row in rows] for name, rows in tables.items()}, state
    )
