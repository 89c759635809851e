"""The docs cover the code and cannot drift from the data (cf. datasette tests/test_docs.py).

Every validator problem is explained in both maintainer guides, every column is in the data
dictionary, the README opens with its two commands, and every CSV line a guide quotes is a real row.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from ngo_dashboard.package import TABLES
from ngo_dashboard.paths import REPO_ROOT, SHIPPED_DATA_DIR
from ngo_dashboard.strings import STRINGS

README = REPO_ROOT / "README.md"
DATA_README = SHIPPED_DATA_DIR / "README.md"
GUIDES = {
    "pl": REPO_ROOT / "docs" / "maintaining-data.md",
    "en": REPO_ROOT / "docs" / "maintaining-data.en.md",
}
DOCS = {"README.md": README, "data/README.md": DATA_README} | {
    f"docs/{path.name}": path for path in GUIDES.values()
}
PROBLEM_CODES = [key.removeprefix("problem.") for key in STRINGS if key.startswith("problem.")]
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def fences(path: Path) -> list[tuple[str, list[str]]]:
    """(info string, lines) of every fenced code block, in order."""
    return [(m.group(1).strip(), m.group(2).splitlines()) for m in FENCE.finditer(text(path))]


def data_lines(table_path: str) -> list[str]:
    return text(SHIPPED_DATA_DIR / table_path).splitlines()


HEADERS = {data_lines(table.path)[0]: table.path for table in TABLES}


def test_problem_codes_are_found_in_the_catalogue():
    assert len(PROBLEM_CODES) > 30
    assert "encoding_cp1250" in PROBLEM_CODES


@pytest.mark.parametrize("lang", GUIDES)
def test_every_problem_code_is_explained_in_both_maintainer_guides(lang):
    guide = text(GUIDES[lang])

    assert [code for code in PROBLEM_CODES if f"`{code}`" not in guide] == []


@pytest.mark.parametrize("lang", GUIDES)
def test_every_problem_message_is_quoted_in_the_guide_of_its_language(lang):
    guide = text(GUIDES[lang])

    assert [code for code in PROBLEM_CODES if STRINGS[f"problem.{code}"][lang] not in guide] == []


@pytest.mark.parametrize("table", TABLES, ids=lambda table: table.name)
def test_every_column_of_every_table_is_in_the_data_dictionary(table):
    dictionary = text(DATA_README)

    assert f"`{table.path}`" in dictionary
    assert [column for column in table.columns if f"`{column}`" not in dictionary] == []


def test_readme_opens_with_make_run_then_make_test():
    readme = text(README)
    commands = [
        line.strip()
        for _, lines in fences(README)
        for line in lines
        if line.strip() and not line.strip().startswith("#")
    ]

    assert commands[:2] == ["make run", "make test"]
    assert readme.index("make test") < readme.index("\n## ")


def drifted_csv_lines(path: Path) -> list[tuple[str, str]]:
    """Lines of ```csv blocks that are not rows of data/. A block starts with a table's header."""
    drifted = []
    for info, lines in fences(path):
        if info != "csv":
            continue
        table_path = HEADERS.get(lines[0] if lines else "")
        if table_path is None:
            drifted.append(("no table has this header", lines[0][:60] if lines else ""))
            continue
        rows = set(data_lines(table_path))
        drifted += [(table_path, line[:60]) for line in lines[1:] if line not in rows]
    return drifted


def test_drift_check_catches_an_edited_row_and_an_unknown_header(tmp_path):
    row = data_lines("money.csv")[1]
    doc = tmp_path / "doc.md"
    doc.write_text(
        f"```csv\n{data_lines('money.csv')[0]}\n{row}\n{row.replace(',', ';', 1)}\n```\n"
        "```csv\nyear,amount\n2021,1\n```\n",
        encoding="utf-8",
    )

    assert drifted_csv_lines(doc) == [
        ("money.csv", row.replace(",", ";", 1)[:60]),
        ("no table has this header", "year,amount"),
    ]


@pytest.mark.parametrize("name", DOCS)
def test_every_csv_line_quoted_in_the_docs_is_a_real_row_of_data(name):
    assert drifted_csv_lines(DOCS[name]) == []


@pytest.mark.parametrize("lang", GUIDES)
def test_maintainer_guides_show_real_rows_of_the_tables_they_explain(lang):
    quoted = {HEADERS.get(lines[0]) for info, lines in fences(GUIDES[lang]) if info == "csv" and lines}

    assert {"sources.csv", "money.csv", "events.csv", "competitions.csv", "programmes.csv"} <= quoted


def test_maintainer_guides_quote_the_2021_programme_total_and_its_source():
    money = data_lines("money.csv")
    row = next(line for line in money if line.startswith("2021-programme-total,"))
    (fact,) = csv.DictReader([money[0], row])
    source = next(line for line in data_lines("sources.csv") if line.startswith(f"{fact['source_id']},"))

    for guide in GUIDES.values():
        assert row in text(guide)
        assert source in text(guide)


def _layout_rows() -> dict[str, str]:
    """The README's layout table: each backticked path of the first column -> its description."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].startswith("`"):
            for path in re.findall(r"`([^`]+)`", cells[0]):
                rows[path.rstrip("/")] = cells[1]
    return rows


def test_every_path_in_the_readme_layout_exists():
    assert [path for path in _layout_rows() if not (REPO_ROOT / path).exists()] == []


def test_every_top_level_folder_is_in_the_readme_layout():
    folders = {p.name for p in REPO_ROOT.iterdir() if p.is_dir() and not p.name.startswith(".")}
    ignored = {"node_modules", "__pycache__"}  # installed or generated, never tracked
    covered = {path.split("/")[0] for path in _layout_rows()}  # tests/ by its tiers' rows

    assert sorted(folders - ignored - covered) == []


@pytest.mark.parametrize("folder", ["ngo_dashboard", "ngo_dashboard/ui"])
def test_every_module_is_named_in_its_readme_layout_row(folder):
    description = _layout_rows()[folder]
    modules = sorted(p.name for p in (REPO_ROOT / folder).glob("*.py") if p.name != "__init__.py")
    named = [
        m
        for m in modules
        if f"`{m}`" in description or (m.startswith("page_") and "`page_*.py`" in description)
    ]

    assert [m for m in modules if m not in named] == []
