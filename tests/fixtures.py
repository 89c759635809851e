"""Test data shared by every tier: the tiny valid package and its one-broken-thing variants.

Stdlib only, so AppTest and browser tests can build the same packages without the core.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
VALID_DIR = TESTS_DIR / "data" / "valid"
INVALID_DIR = TESTS_DIR / "data" / "invalid"
INVALID_CASES = sorted(p.name for p in INVALID_DIR.iterdir() if p.is_dir())


def overlay(package: Path, case: str) -> Path:
    """Replace the package's files by the same-named files of `tests/data/invalid/<case>/`."""
    source = INVALID_DIR / case
    if not source.is_dir():
        raise ValueError(f"no invalid case {case!r}; known: {', '.join(INVALID_CASES)}")
    for path in source.iterdir():
        shutil.copyfile(path, package / path.name)
    return package


def build_package(tmp_path: Path, case: str | None = None) -> Path:
    """A fresh copy of the valid package in `tmp_path/pkg`, with one invalid case laid over it.

    Each invalid case is a folder holding only its broken file(s), so what it breaks is visible
    at a glance; everything else comes from the valid package.
    """
    package = Path(tmp_path) / "pkg"
    shutil.copytree(VALID_DIR, package)
    return overlay(package, case) if case is not None else package


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one of a package's CSV files."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """Write `rows` (header from the first) as the package's CSV files are written: UTF-8, CRLF."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """`python -m tests.fixtures CASE DIR`: write the valid package with CASE laid over it into DIR
    (a new folder), to run the validator or the app on it by hand. `valid` gives the valid package."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.fixtures", description=main.__doc__)
    parser.add_argument("case", choices=["valid", *INVALID_CASES])
    parser.add_argument("folder", type=Path, help="a folder that does not exist yet")
    args = parser.parse_args(argv)
    if args.folder.exists():
        parser.error(f"{args.folder} exists; give a new folder (nothing is overwritten)")
    shutil.copytree(VALID_DIR, args.folder)
    if args.case != "valid":
        overlay(args.folder, args.case)
    print(args.folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
