"""Shared assertions for the app tier, so each test says what it checks in one line (cf. datasette
tests/utils.py): a page ran, a widget holds a value, the URL carries (or drops) a parameter, a download
is offered."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from streamlit.testing.v1 import AppTest

from ngo_dashboard.ui import keys


def assert_page(at: AppTest, title: str) -> None:
    """The page ran without an exception and its heading is `title`."""
    assert not at.exception, at.exception
    assert [h.value for h in at.title][:1] == [title]


def owned_keys(page: str, names: Iterable[str]) -> list[str]:
    """Those of `names` that the page (or the whole app) binds: the others it never reads."""
    return [n for n in names if n in keys.REGISTRY and keys.REGISTRY[n].owner in (page, keys.APP)]


def assert_same_state(at: AppTest, reference: AppTest, names: Iterable[str]) -> None:
    """Each named widget holds the value it holds in `reference` (absent in both counts as equal)."""
    assert {n: at.session_state.get(n) for n in names} == {n: reference.session_state.get(n) for n in names}


def assert_url(at: AppTest, expected: Mapping[str, str | None]) -> None:
    """The URL carries each parameter with the value given; None means it is not in the URL at all."""
    assert {k: at.query_params.get(k) for k in expected} == dict(expected)


def download_labels(at: AppTest) -> list[str]:
    return [button.proto.label for button in at.get("download_button")]


def assert_offers_download(at: AppTest, label: str) -> None:
    assert label in download_labels(at), download_labels(at)
