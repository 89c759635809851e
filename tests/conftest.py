"""Fixtures for every tier, and the opt-in `--e2e` switch for the real-browser tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ngo_dashboard.data import Dataset, load_dataset
from ngo_dashboard.paths import SHIPPED_DATA_DIR
from tests.fixtures import build_package


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--e2e", action="store_true", default=False, help="run the real-browser tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--e2e"):
        return
    skip = pytest.mark.skip(reason="real-browser test: run with --e2e")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shipped_dataset() -> Dataset:
    return load_dataset(SHIPPED_DATA_DIR)


@pytest.fixture
def package(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str | None], Path]:
    """`package(case=None)` builds a fresh copy of the valid package, optionally with one invalid case."""

    def make(case: str | None = None) -> Path:
        return build_package(tmp_path_factory.mktemp("package"), case)

    return make
