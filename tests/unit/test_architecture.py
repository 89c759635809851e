"""The one boundary that matters: only streamlit_app.py and ngo_dashboard/ui/ may import streamlit."""

from __future__ import annotations

import ast

import pytest

from ngo_dashboard.paths import PACKAGE_DIR

UI_DIR = PACKAGE_DIR / "ui"
CORE_MODULES = sorted(p for p in PACKAGE_DIR.rglob("*.py") if UI_DIR not in p.parents)


def streamlit_imports(source: str) -> list[int]:
    """Line numbers of every `import streamlit…` / `from streamlit… import`, at any depth."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(name.split(".")[0] == "streamlit" for name in names):
            lines.append(node.lineno)
    return lines


@pytest.mark.parametrize(
    "source, lines",
    [
        ("import streamlit as st", [1]),
        ("import os, streamlit", [1]),
        ("from streamlit import session_state", [1]),
        ("import streamlit.components.v1 as components", [1]),
        ("from streamlit.testing.v1 import AppTest", [1]),
        ("def render():\n    import streamlit as st\n", [2]),
        (
            "class Page:\n    def show(self):\n        if True:\n            from streamlit import markdown\n",
            [4],
        ),
        ("try:\n    import pandas\nexcept ImportError:\n    import streamlit\n", [4]),
        ("import pandas as pd\nfrom plotly import graph_objects", []),
        ("import streamlit_extras_not_streamlit", []),
        ("from . import streamlit_helpers", []),
        ("# import streamlit\nx = 'import streamlit'", []),
    ],
)
def test_streamlit_imports_finds_every_import_form(source, lines):
    assert streamlit_imports(source) == lines


def test_core_modules_are_found():
    names = {p.name for p in CORE_MODULES}

    assert {"data.py", "models.py", "validation.py", "derived.py", "cli.py", "text.py"} <= names
    assert not [p for p in CORE_MODULES if UI_DIR in p.parents]


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: str(p.relative_to(PACKAGE_DIR)))
def test_core_module_does_not_import_streamlit(path):
    assert streamlit_imports(path.read_text(encoding="utf-8")) == []


APP_SCRIPTS = sorted([*UI_DIR.rglob("*.py"), PACKAGE_DIR.parent / "streamlit_app.py"])


def plotly_chart_calls(source: str) -> list[int]:
    """Line numbers of every `….plotly_chart` (st.plotly_chart, a container's, a column's)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr == "plotly_chart"
    ]


@pytest.mark.parametrize(
    "source, lines",
    [
        ("st.plotly_chart(fig)", [1]),
        ("with col:\n    col.plotly_chart(fig, key='x')\n", [2]),
        ("draw = st.plotly_chart", [1]),
        ("render_chart(fig, key='x')  # not st.plotly_chart", []),
    ],
)
def test_plotly_chart_calls_finds_every_form(source, lines):
    assert plotly_chart_calls(source) == lines


@pytest.mark.parametrize("path", APP_SCRIPTS, ids=lambda p: p.name)
def test_no_page_uses_st_plotly_chart(path):
    """Its frontend chunk carries the whole of plotly.js (4.7 MB); charts go through ui/chart.py."""
    assert plotly_chart_calls(path.read_text(encoding="utf-8")) == []
