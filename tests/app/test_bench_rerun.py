"""The bench's rerun section drives the app as AppTest does: every action of it works on the shipped data.

Its figures are not judged here (a timed test would flake on a shared machine); only that each page
opens, takes the change and reruns, so a change of entrypoint or key cannot empty the section again
(at 3578c88 it ran app.py, which only builds the server, and every row became an error).
"""

from __future__ import annotations

from bench import rerun
from bench.common import SCRIPT
from ngo_dashboard.paths import REPO_ROOT


def test_the_rerun_section_runs_the_apps_script():
    assert SCRIPT == REPO_ROOT / "streamlit_app.py"


def test_every_rerun_action_opens_its_page_takes_its_change_and_reruns():
    results, first_run_ms = rerun.measure(None, runs=1, label="shipped")
    errors = {page: result.error for page, result in results.items() if result.error}
    assert errors == {}
    assert set(results) == {action.page for action in rerun.ACTIONS}
    assert all(len(result.samples) == 1 for result in results.values())
    assert first_run_ms > 0
