"""Eras (shaded periods) derived from the programme registry: the multi-year cooperation programmes.

Pure. One era per stated period; periods whose sources disagree stay visible and are marked so.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ngo_dashboard.derived import STATUS_PREFERENCE


@dataclass(frozen=True)
class Era:
    start_year: int
    end_year: int
    doc_id: str
    status: str
    source_id: str

    @property
    def disputed(self) -> bool:
        return self.status == "conflict"


def programme_eras(programmes: pd.DataFrame) -> list[Era]:
    """Multi-year programme periods, one per (start, end), best-attested document first."""
    multi = programmes[(programmes["kind"] == "multi_year") & programmes["period_start"].notna()]
    eras: dict[tuple[int, int], Era] = {}
    ranked = multi.assign(_status=multi["status"].map(STATUS_PREFERENCE.index)).sort_values("_status")
    for row in ranked.itertuples():
        key = (int(row.period_start), int(row.period_end))
        if key not in eras:
            eras[key] = Era(key[0], key[1], row.doc_id, row.status, row.source_id)
    return sorted(eras.values(), key=lambda e: (e.start_year, e.end_year))
