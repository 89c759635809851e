"""The cached views take their real inputs: what they return depends only on their arguments.

They are called here outside any script run, with no session state at all, on two different data
folders in turn; each result must be the one its own dataset gives.
"""

from __future__ import annotations

import ast
import io
import zipfile

import pytest

from ngo_dashboard.data import load_dataset
from ngo_dashboard.money_view import MoneyOptions
from ngo_dashboard.paths import PACKAGE_DIR, SHIPPED_DATA_DIR
from ngo_dashboard.ui import downloads, views
from tests.fixtures import VALID_DIR

SHIPPED = load_dataset(SHIPPED_DATA_DIR)
TINY = load_dataset(VALID_DIR)
ALL_YEARS = MoneyOptions(
    measures=("programme_total", "mops_grants", "ngo_transfers_total"), years=(1990, 2030)
)


@pytest.mark.parametrize(
    "data, expected", [(SHIPPED, 3), (TINY, 2), (SHIPPED, 3)], ids=["shipped", "tiny", "again"]
)
def test_money_view_counts_the_figures_of_the_dataset_it_is_given(data, expected):
    assert len(views.money(data, ALL_YEARS, "pl").rows) == expected


@pytest.mark.parametrize("data, expected", [(TINY, 3), (SHIPPED, 72)], ids=["tiny", "shipped"])
def test_timeline_views_follow_the_dataset_they_are_given(data, expected):
    labels = views.timeline_event_labels(data, "en")

    assert len(labels) == expected
    assert len(views.timeline_index(data)) == expected
    figure = views.timeline_figure(data, tuple(labels)[:1], None, "en")
    assert figure.layout.title.text.startswith("Timeline")


@pytest.mark.parametrize("data, expected", [(SHIPPED, 161), (TINY, 2)], ids=["shipped", "tiny"])
def test_competitions_view_filters_the_dataset_it_is_given(data, expected):
    areas = tuple(data.frame("competitions")["area"].unique())

    assert len(views.competitions(data, areas, (1900, 2100), "", "pl").shown) == expected


def test_package_zip_holds_the_files_of_the_dataset_it_is_given():
    shipped = zipfile.ZipFile(io.BytesIO(downloads.package_zip(SHIPPED)))
    tiny = zipfile.ZipFile(io.BytesIO(downloads.package_zip(TINY)))

    assert "README.md" in shipped.namelist()
    assert "README.md" not in tiny.namelist()
    assert shipped.read("events.csv") == (SHIPPED_DATA_DIR / "events.csv").read_bytes()
    assert tiny.read("events.csv") == (VALID_DIR / "events.csv").read_bytes()


def test_an_equal_dataset_loaded_again_is_served_from_the_cache():
    again = load_dataset(SHIPPED_DATA_DIR)

    assert views.money(again, ALL_YEARS, "pl") is views.money(SHIPPED, ALL_YEARS, "pl")


# What a cached builder must not read: state of the session or of the page, which is not its input.
FORBIDDEN = {"session_state", "query_params", "context", "current_lang", "dataset", "loaded"}


def cached_functions(tree: ast.AST) -> list[ast.FunctionDef]:
    def is_cache(decorator: ast.expr) -> bool:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        return name in {"cache_resource", "cache_data", "cached_view"}

    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and any(is_cache(d) for d in node.decorator_list)
    ]


def reads_outside_state(function: ast.FunctionDef) -> list[str]:
    names = []
    for node in ast.walk(function):
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN:
            names.append(node.attr)
        if isinstance(node, ast.Name) and node.id in FORBIDDEN:
            names.append(node.id)
    return names


def test_reads_outside_state_catches_a_builder_that_reads_the_session():
    source = "@st.cache_resource\ndef f(x):\n    return st.session_state['k'], dataset()\n"
    (function,) = cached_functions(ast.parse(source))

    assert reads_outside_state(function) == ["session_state", "dataset"]


@pytest.mark.parametrize("path", sorted((PACKAGE_DIR / "ui").glob("*.py")), ids=lambda p: p.name)
def test_no_cached_function_reads_session_or_page_state(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))

    assert {f.name: reads_outside_state(f) for f in cached_functions(tree) if reads_outside_state(f)} == {}
