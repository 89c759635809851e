"""Section 3: cold load + validation of the dataset, and peak RSS of the server over every page."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.common import (
    APP,
    PAGES,
    REPO,
    RssSampler,
    launch_chromium,
    log,
    md_table,
    median,
    streamlit_server,
    visit_until_script_done,
    yes_no,
)

TARGET_MB = 250
COLD_RUNS = 3
# Runs in a fresh interpreter: import time, load_dataset time, peak RSS; exit 1 listing problems.
COLD_LOAD = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from ngo_dashboard.data import load_dataset
from ngo_dashboard.report import DataError
t1 = time.perf_counter()
try:
    dataset = load_dataset(Path(sys.argv[1]))
except DataError as error:
    for problem in error.problems[:30]:
        print(problem.render("en"), file=sys.stderr)
    sys.exit(1)
t2 = time.perf_counter()
print(json.dumps({
    "import_s": t1 - t0,
    "load_s": t2 - t1,
    "counts": dataset.counts,
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the (large) parent across exec.
    "maxrss_mb": next(
        int(line.split()[1]) / 1024
        for line in open("/proc/self/status") if line.startswith("VmHWM:")
    ),
}))
"""


@dataclass
class ColdSample:
    wall_s: float
    import_s: float
    load_s: float
    maxrss_mb: float
    counts: dict[str, int]


def cold_load(folder: Path) -> ColdSample:
    """`load_dataset(folder)` in a fresh subprocess; raises with the problems if it does not validate."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", COLD_LOAD, str(folder)], cwd=REPO, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"load_dataset({folder}) failed:\n{done.stderr[-4000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return ColdSample(wall, out["import_s"], out["load_s"], out["maxrss_mb"], out["counts"])


@dataclass
class ServerMemory:
    idle_mb: float = 0.0
    after_mb: float = 0.0
    peak_sampled_mb: float = 0.0
    hwm_mb: float = 0.0
    visits: list[tuple[str, str, float, float]] = field(default_factory=list)  # page, lang, s, MB

    @property
    def peak_mb(self) -> float:
        return max(self.peak_sampled_mb, self.hwm_mb)


def server_memory(data_dir: Path | None, label: str) -> ServerMemory:
    """Peak RSS of the streamlit server (psutil, process + children) over a visit of every page in
    both languages; each visit waits until the page's script has finished on the server."""
    result = ServerMemory()
    with streamlit_server(APP, data_dir) as server, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        with RssSampler(server.pid) as sampler:
            time.sleep(0.5)
            result.idle_mb = sampler.rss_mb()
            for lang in ("pl", "en"):
                for path, name, _ in PAGES:
                    seconds = visit_until_script_done(browser, server.url(path, f"lang={lang}"))
                    rss = sampler.rss_mb()
                    result.visits.append((name, lang, seconds, rss))
                    log(f"memory {label}: {name} ({lang}) {seconds:.1f} s, RSS {rss:.0f} MB")
            time.sleep(0.5)
            result.after_mb = sampler.rss_mb()
        result.peak_sampled_mb = sampler.peak_mb
        result.hwm_mb = sampler.hwm_mb()
        browser.close()
    return result


def run(shipped_dir: Path, scaled_dir: Path | None, scale: int, cold_samples: dict[str, list]) -> str:
    datasets = [("shipped", shipped_dir, None)]
    if scaled_dir is not None:
        datasets.append((f"×{scale}", scaled_dir, scaled_dir))
    cold_rows, memory_rows, visit_rows = [], [], []
    memories: dict[str, ServerMemory] = {}
    for label, folder, data_dir in datasets:
        samples = cold_samples.setdefault(label, [])
        while len(samples) < COLD_RUNS:
            log(f"cold load {label}: run {len(samples) + 1}/{COLD_RUNS}")
            samples.append(cold_load(folder))
        counts = samples[0].counts
        cold_rows.append(
            [
                label,
                f"{counts['events']:,} / {counts['competitions']:,} / {counts['money']:,} / "
                f"{counts['sources']:,} / {counts['context']:,} / {counts['programmes']:,}",
                f"{median([s.load_s for s in samples]):.2f}",
                f"{median([s.import_s for s in samples]):.2f}",
                f"{median([s.wall_s for s in samples]):.2f}",
                f"{median([s.maxrss_mb for s in samples]):.0f}",
            ]
        )
        log(f"memory {label}: server, every page in both languages")
        memory = memories[label] = server_memory(data_dir, label)
        memory_rows.append(
            [
                label,
                f"{memory.idle_mb:.0f}",
                f"{memory.after_mb:.0f}",
                f"{memory.peak_sampled_mb:.0f}",
                f"{memory.hwm_mb:.0f}",
                f"**{memory.peak_mb:.0f}**",
                yes_no(memory.peak_mb <= TARGET_MB),
            ]
        )
    for index, (path, name, _) in enumerate(PAGES):
        row = [f"{name} (`{path}`)"]
        for label, _, _ in datasets:
            for offset in (0, len(PAGES)):  # pl, then en
                page, lang, seconds, rss = memories[label].visits[index + offset]
                row.append(f"{seconds:.1f} s / {rss:.0f} MB")
        visit_rows.append(row)
    visit_header = ["Page"] + [f"{label} {lang}" for label, _, _ in datasets for lang in ("pl", "en")]
    return "\n".join(
        [
            "## 3. Cold load and server memory",
            "",
            f"Cold load: `load_dataset(folder)` (read + validate every row + build the frames) in "
            f"a fresh `python -c` subprocess, median of {COLD_RUNS}; *import* is importing "
            "`ngo_dashboard.data` (pandas, pydantic), *wall* the whole subprocess.",
            "",
            md_table(
                [
                    "Data",
                    "rows: events / competitions / money / sources / context / programmes",
                    "load_dataset s",
                    "import s",
                    "subprocess wall s",
                    "subprocess peak RSS MB",
                ],
                cold_rows,
            ),
            "",
            "Server memory: RSS of the `streamlit run streamlit_app.py` process plus its children "
            "(psutil, sampled every 50 ms) while every page is visited in Polish and then in "
            "English (`?lang=`), one fresh browser context per visit, each visit waiting until "
            "the page's script has finished. *Peak* is the larger of the sampled peak and the "
            f"kernel's high-water mark (VmHWM). Target: peak ≤ {TARGET_MB} MB.",
            "",
            md_table(
                [
                    "Data",
                    "idle MB",
                    "after all visits MB",
                    "sampled peak MB",
                    "VmHWM MB",
                    "peak MB",
                    f"≤ {TARGET_MB} MB",
                ],
                memory_rows,
            ),
            "",
            "Per visit (time until the script finished / RSS after it):",
            "",
            md_table(visit_header, visit_rows),
            "",
        ]
    )
