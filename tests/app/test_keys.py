"""One namespace of keys: every key the UI uses is registered once in ui/keys.py, with its owner."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ngo_dashboard.paths import PACKAGE_DIR, REPO_ROOT
from ngo_dashboard.ui import keys
from ngo_dashboard.ui.navigation import PAGES
from tests.app.conftest import PAGES as PAGE_SCRIPTS

UI_FILES = sorted((PACKAGE_DIR / "ui").glob("*.py")) + [REPO_ROOT / "streamlit_app.py"]
PARAM_CONSTRUCTORS = {"choice", "choices", "optional_choice", "year_range", "flag", "text", "integer"}


def literal_keys(source: str) -> list[tuple[int, str]]:
    """Keys written as string literals: `key="x"`, `urlstate.choice("x", …)`, `session_state["x"]`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        candidates = []
        if isinstance(node, ast.Call):
            candidates += [kw.value for kw in node.keywords if kw.arg == "key"]
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in PARAM_CONSTRUCTORS and node.args:
                if isinstance(func.value, ast.Name) and func.value.id == "urlstate":
                    candidates.append(node.args[0])
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
            if node.value.attr == "session_state":
                candidates.append(node.slice)
        for value in candidates:
            if isinstance(value, ast.Constant | ast.JoinedStr):
                found.append((value.lineno, ast.unparse(value)))
    return found


@pytest.mark.parametrize(
    "source, expected",
    [
        ('st.button("x", key="go")', [(1, "'go'")]),
        ('st.expander("x", key=f"{base}_sources")', [(1, "f'{base}_sources'")]),
        ('urlstate.choice("table", names, "sources")', [(1, "'table'")]),
        ('st.session_state["timeline_chart"]', [(1, "'timeline_chart'")]),
        ("st.button('x', key=keys.GO)", []),
        ("urlstate.choice(keys.DATA_TABLE, names, 'sources')", []),
        ("st.session_state[keys.EVENT]", []),
        ('other.choice("not a key", 1)', []),
    ],
)
def test_literal_keys_finds_every_form_of_a_typed_key(source, expected):
    assert literal_keys(source) == expected


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_ui_code_names_its_keys_from_the_registry(path: Path):
    assert literal_keys(path.read_text(encoding="utf-8")) == []


def test_a_key_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="registered twice"):
        keys._key(keys.EVENT, "money")
    assert keys.REGISTRY[keys.EVENT].owner == "timeline"


def test_every_key_belongs_to_a_page_or_to_the_app():
    owners = {key.owner for key in keys.REGISTRY.values()}

    assert owners <= {spec.id for spec in PAGES} | {keys.APP}


def test_url_keys_are_the_registered_keys_marked_for_the_url():
    assert set(keys.URL_KEYS) == {name for name, key in keys.REGISTRY.items() if key.in_url}
    assert {"lang", "event", "q", "c_q", "money_view", "table"} <= set(keys.URL_KEYS)


VIEWS_AS_TABLES = {key.view: "table" for key in (keys.OVERVIEW, keys.MONEY, keys.COMPETITIONS)}


@pytest.mark.parametrize("params", [{}, VIEWS_AS_TABLES], ids=["charts", "tables"])
def test_every_key_in_session_state_after_every_page_is_registered(open_page, params):
    seen: set[str] = set()
    for page in PAGE_SCRIPTS:
        at = open_page(page, **params)
        assert not at.exception
        seen |= set(at.session_state.keys())

    assert seen - set(keys.REGISTRY) == set()
    assert {keys.LANG, keys.DATA, keys.EVENT, keys.MONEY_PRICES, keys.COMPETITIONS_ALL} <= seen
