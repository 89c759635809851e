"""The Competitions page on a package with more calls than its lists show (synthetic: this test only)."""

from __future__ import annotations

from pathlib import Path

from ngo_dashboard.competitions_view import MAX_LIST_ITEMS
from tests.fixtures import build_package, read_rows, write_rows

EXTRA = 3


def many_multi_year_calls(folder: Path, count: int) -> Path:
    """The valid package with `count` more copies of its multi-year call, each under its own id."""
    rows = read_rows(folder / "competitions.csv")
    template = next(row for row in rows if row["yearly_split"] == "none")
    extra = [{**template, "call_id": f"nabor-{i:04d}", "title": f"Nabór {i}"} for i in range(count)]
    write_rows(folder / "competitions.csv", rows + extra)
    return folder


def test_a_long_list_stops_at_its_cap_and_says_how_many_more_are_in_the_table(open_page, tmp_path):
    folder = many_multi_year_calls(build_package(tmp_path), MAX_LIST_ITEMS + EXTRA)
    at = open_page("competitions", data_dir=folder)

    no_split = next(m.value for m in at.markdown if m.value.startswith("- ") and "Nabór 0" in m.value)
    assert no_split.count("\n- ") + 1 == MAX_LIST_ITEMS == 50
    # 1 + 53 calls with no yearly split: 50 listed, 4 more in the table
    assert any(c.value.startswith("…i 4 więcej: w tabeli wszystkich naborów") for c in at.caption)
