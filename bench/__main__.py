"""`python -m bench [--only lighthouse|page|rerun|memory|load|capacity] [--runs N] [--lighthouse-runs N]
[--sessions N] [--seconds S] [--scale K] [--replicas R] [--through-proxy]`

Runs the sections and prints the markdown report on stdout (progress goes to stderr). Exits 1 if
a section that checks for errors (capacity) saw any.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from bench.common import REPO, ForeignCpu, chromium_version, describe_speed, host_speed, log
from bench.synthetic import counts, write_synthetic

SECTIONS = ("lighthouse", "page", "rerun", "memory", "load", "capacity")
DEFAULT_SESSIONS = {"load": 6, "capacity": 100}


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    models = [line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")]
    meminfo = dict(
        line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines() if ":" in line
    )
    ram_gb = int(meminfo["MemTotal"].split()[0]) / 2**20
    commit = os.environ.get("NGO_BENCH_COMMIT", "")  # set when benchmarking an exported snapshot
    if not commit and (REPO / ".git").exists():
        try:
            commit = subprocess.run(
                ["git", "describe", "--always", "--dirty"], cwd=REPO, capture_output=True, text=True
            ).stdout.strip()
            changed = subprocess.run(
                ["git", "status", "--porcelain", "--untracked-files=no"],
                cwd=REPO,
                capture_output=True,
                text=True,
            ).stdout.splitlines()
            if changed:
                files = ", ".join(c[3:] for c in changed[:8])
                commit += f" ({len(changed)} tracked files modified: {files})"
        except OSError:
            pass
    commit = commit or "unknown"
    rows = [
        ("Date", dt.datetime.now().astimezone().isoformat(timespec="seconds")),
        ("CPU", f"{models[0] if models else 'unknown'} × {len(models)} (logical CPUs)"),
        ("RAM", f"{ram_gb:.1f} GiB"),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("Streamlit", metadata.version("streamlit")),
        ("Playwright (Python)", metadata.version("playwright")),
        ("Chromium", chromium_version()),
        ("nginx (capacity --through-proxy)", nginx_version()),
        (
            "pandas / pydantic / plotly",
            " / ".join(metadata.version(p) for p in ("pandas", "pydantic", "plotly")),
        ),
        ("App commit", commit),
        ("Host speed at the start", describe_speed(host_speed())),
    ]
    return "\n".join(["| | |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


def nginx_version() -> str:
    from deploy.stack import StackError, find_nginx

    try:
        done = subprocess.run([find_nginx(), "-v"], capture_output=True, text=True, timeout=10)
    except (StackError, OSError, subprocess.SubprocessError):
        return "not installed"
    return done.stderr.strip().removeprefix("nginx version: ") or "unknown"


class Context:
    """The synthetic data folder (made once, in a temporary folder, validated) and shared samples."""

    def __init__(self, scale: int) -> None:
        self.scale = scale
        self.folder: Path | None = None
        self.cold_samples: dict[str, list] = {}

    def scaled_dir(self) -> Path:
        if self.folder is None:
            from bench.memory import cold_load

            folder = Path(tempfile.mkdtemp(prefix=f"ngo-bench-x{self.scale}-"))
            log(f"synthetic ×{self.scale}: writing {counts(self.scale)} to {folder}")
            start = time.perf_counter()
            write_synthetic(folder, self.scale)
            log(f"synthetic ×{self.scale}: written in {time.perf_counter() - start:.1f} s; validating")
            # The validation is the first cold-load sample of section 3 (a fresh subprocess).
            sample = cold_load(folder)
            self.cold_samples.setdefault(f"×{self.scale}", []).append(sample)
            log(f"synthetic ×{self.scale}: valid, load_dataset {sample.load_s:.1f} s")
            self.folder = folder
        return self.folder

    def cleanup(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def run_section(section: str, args: argparse.Namespace, context: Context) -> tuple[str, bool]:
    """The section's markdown, and False if it saw errors that must fail the run."""
    sessions = args.sessions or DEFAULT_SESSIONS.get(section, 0)
    if section == "lighthouse":
        from bench import lighthouse

        return lighthouse.run(args.lighthouse_runs), True
    if section == "page":
        from bench import page_ready

        return page_ready.run(args.runs), True
    if section == "rerun":
        from bench import rerun

        return rerun.run(args.runs, context.scaled_dir(), args.scale), True
    if section == "memory":
        from bench import memory

        return memory.run(REPO / "data", context.scaled_dir(), args.scale, context.cold_samples), True
    if section == "capacity":
        from bench import capacity

        return capacity.run(sessions, args.seconds, args.replicas, args.through_proxy)
    from bench import load

    return load.run(sessions, args.seconds), True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--only", choices=SECTIONS, action="append", help="run only this section (repeatable)"
    )
    parser.add_argument("--runs", type=int, default=5, help="measured runs per page (default 5)")
    parser.add_argument(
        "--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page, median reported (default 3)"
    )
    parser.add_argument("--sessions", type=int, help="concurrent sessions (default: load 6, capacity 100)")
    parser.add_argument("--seconds", type=float, default=60, help="duration of the load and capacity tests")
    parser.add_argument("--scale", type=int, default=100, help="size of the synthetic data (default ×100)")
    parser.add_argument(
        "--replicas", type=int, default=1, help="Streamlit processes for capacity (default 1)"
    )
    parser.add_argument(
        "--through-proxy", action="store_true", help="capacity through nginx (the `make serve` stack)"
    )
    args = parser.parse_args(argv)
    sections = args.only or list(SECTIONS)
    started = time.monotonic()
    context = Context(args.scale)
    out = [
        "# Performance benchmark — NGO dashboard",
        "",
        machine(),
        "",
        f"Command: `{' '.join(['python -m bench', *(argv if argv is not None else sys.argv[1:])])}`",
        "",
    ]
    print("\n".join(out), flush=True)
    failed = []
    try:
        for section in sections:
            with ForeignCpu() as monitor:
                text, ok = run_section(section, args, context)
            print(text + "\n" + monitor.summary() + "\n", flush=True)
            if not ok:
                failed.append(section)
    finally:
        context.cleanup()
    total = (time.monotonic() - started) / 60
    print(f"_Total benchmark time: {total:.1f} min. Host speed at the end: {describe_speed(host_speed())}._")
    if failed:
        log(f"errors in section(s): {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
