"""Section 2: server-side rerun time of a typical widget change on each page (AppTest, in-process)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import BARE_APP, SCRIPT, fmt_ms, log, md_table, median, yes_no
from ngo_dashboard.ui.navigation import PAGES_BY_ID

TIMEOUT_S = 120
TARGET_SHIPPED_MS = 100
TARGET_SCALED_MS = 500
# Timed reruns stop early once this many seconds went into them (at least one is always taken):
# a page that needs several seconds per rerun misses a 0.5 s target whatever the sample size.
BUDGET_S = 20


@dataclass(frozen=True)
class Action:
    page: str
    page_id: str  # navigation.PAGES id
    description: str
    key: str
    # (state before the change) -> value to set; the timed reruns alternate it with the original.
    changed: Callable[[Any], Any]


ACTIONS = (
    Action("Overview", "overview", "language → en (`lang`)", "lang", lambda _: "en"),
    Action("Money", "money", "constant prices (`prices` = real)", "prices", lambda _: "real"),
    Action("Timeline", "timeline", 'search "centrum" (`q`)', "q", lambda _: "centrum"),
    Action(
        "Competitions",
        "competitions",
        "areas → first 3 of those shown (`areas`)",
        "areas",
        lambda areas: list(areas)[:3],
    ),
    Action("Data & sources", "data", "table → events (`table`)", "table", lambda _: "events"),
    Action("About", "about", "language → en (`lang`)", "lang", lambda _: "en"),
)


@dataclass
class Result:
    open_ms: float = float("nan")  # first run of the page in the session (switch_page)
    first_change_ms: float = float("nan")  # the warm-up: first time this change is made
    samples: list[float] = field(default_factory=list)
    error: str = ""


def _timed_run(at: Any) -> float:
    start = time.perf_counter()
    at.run()
    elapsed = (time.perf_counter() - start) * 1000
    if len(at.exception):
        raise RuntimeError(f"exception on the page: {at.exception[0].message[:300]}")
    return elapsed


def _set_env(data_dir: Path | None) -> None:
    if data_dir is None:
        os.environ.pop("NGO_DATA_DIR", None)
    else:
        os.environ["NGO_DATA_DIR"] = str(data_dir)


def measure(data_dir: Path | None, runs: int, label: str) -> tuple[dict[str, Result], float]:
    """Results per page and the time of the session's very first run (data load, if not cached)."""
    from streamlit.testing.v1 import AppTest

    _set_env(data_dir)
    results: dict[str, Result] = {}
    try:
        at = AppTest.from_file(str(SCRIPT), default_timeout=TIMEOUT_S)
        try:
            first_run = _timed_run(at)
            if not len(at.metric):  # the Overview shows three metrics; the problem report none
                titles = " ".join(str(t.value) for t in at.title)
                raise RuntimeError(f"the app did not show the dashboard (invalid data?): {titles}")
        except Exception as exc:  # noqa: BLE001 - reported in the table
            error = f"first run: {type(exc).__name__}: {exc}"[:200]
            log(f"rerun {label}: {error}")
            return {action.page: Result(error=error) for action in ACTIONS}, float("nan")
        for action in ACTIONS:
            result = results.setdefault(action.page, Result())
            try:
                at.switch_page(PAGES_BY_ID[action.page_id].script_path)
                result.open_ms = _timed_run(at)
                original = at.session_state[action.key]
                changed = action.changed(original)
                values = [changed, original]
                at.session_state[action.key] = changed
                result.first_change_ms = _timed_run(at)
                if at.session_state[action.key] != changed:
                    raise RuntimeError(f"{action.key} did not take the value {changed!r}")
                spent = 0.0
                for i in range(runs):
                    at.session_state[action.key] = values[(i + 1) % 2]
                    result.samples.append(_timed_run(at))
                    spent += result.samples[-1] / 1000
                    if spent > BUDGET_S:
                        break
                at.session_state[action.key] = original
                log(
                    f"rerun {label} {action.page}: open {result.open_ms:.0f} ms, first change "
                    f"{result.first_change_ms:.0f} ms, median {median(result.samples):.0f} ms "
                    f"(n={len(result.samples)})"
                )
            except Exception as exc:  # noqa: BLE001 - reported in the table, the run goes on
                result.error = f"{type(exc).__name__}: {exc}"[:200]
                log(f"rerun {label} {action.page}: {result.error}")
                at = AppTest.from_file(str(SCRIPT), default_timeout=TIMEOUT_S)
                at.run()
        return results, first_run
    finally:
        _set_env(None)


def bare_floor(runs: int) -> float:
    """AppTest's own cost: median rerun of the bare one-line page."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(BARE_APP), default_timeout=TIMEOUT_S)
    at.run()
    return median([_timed_run(at) for _ in range(max(runs, 5))])


def _cell(result: Result, target: float) -> tuple[str, str, bool]:
    if result.error:
        return f"error: {result.error}", "—", False
    value = median(result.samples)
    n = len(result.samples)
    return fmt_ms(value) + ("" if n >= 5 else f" (n={n})"), fmt_ms(result.first_change_ms), value <= target


def run(runs: int, scaled_dir: Path | None, scale: int) -> str:
    log("rerun: AppTest on the shipped data")
    floor = bare_floor(runs)
    shipped, shipped_first = measure(None, runs, "shipped")
    scaled: dict[str, Result] = {}
    scaled_first = float("nan")
    if scaled_dir is not None:
        log(f"rerun: AppTest on the ×{scale} data")
        scaled, scaled_first = measure(scaled_dir, runs, f"×{scale}")
    rows = []
    for action in ACTIONS:
        s_value, s_first, s_ok = _cell(shipped[action.page], TARGET_SHIPPED_MS)
        if action.page in scaled:
            x_value, x_first, x_ok = _cell(scaled[action.page], TARGET_SCALED_MS)
        else:
            x_value, x_first, x_ok = "not run", "—", False
        rows.append(
            [
                action.page,
                action.description,
                s_value,
                x_value,
                f"{yes_no(s_ok)} / {yes_no(x_ok) if action.page in scaled else '—'}",
                s_first,
                x_first,
                fmt_ms(shipped[action.page].open_ms),
                fmt_ms(scaled[action.page].open_ms) if action.page in scaled else "—",
            ]
        )
    return "\n".join(
        [
            "## 2. Server-side rerun time of a widget change (AppTest)",
            "",
            'In-process: `AppTest.from_file("<repo>/streamlit_app.py", default_timeout=120)`, '
            '`switch_page("ngo_dashboard/ui/page_<page>.py")`, then the widget\'s session-state key is '
            "set and `at.run()` is timed. One warm-up change first (its time is the *first change* "
            "column: that view's cache entries are cold), then the timed reruns alternate the "
            f"changed and the original value, so every timed rerun is a real change with warm "
            f"caches; median of {runs} (fewer, n shown, when the timed reruns of a page passed "
            f"{BUDGET_S} s in total). NGO_DATA_DIR points at the data folder. Targets: ≤ "
            f"{TARGET_SHIPPED_MS} ms shipped, ≤ {TARGET_SCALED_MS} ms ×{scale}.",
            "",
            md_table(
                [
                    "Page",
                    "Action",
                    "median ms shipped",
                    f"median ms ×{scale}",
                    "targets met (shipped / ×" + str(scale) + ")",
                    "first change ms shipped",
                    f"first change ms ×{scale}",
                    "page open ms shipped",
                    f"page open ms ×{scale}",
                ],
                rows,
            ),
            "",
            f"AppTest floor (bare one-line page, median rerun): {fmt_ms(floor)} ms. First run of "
            f"a session (includes loading and validating the data into the cache): shipped "
            f"{fmt_ms(shipped_first)} ms, ×{scale} {fmt_ms(scaled_first)} ms.",
            "",
        ]
    )
