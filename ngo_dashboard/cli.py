"""Command line for maintainers: `validate` a data folder, `init` an empty one for another gmina.

Pure core only; never writes into an existing data folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from ngo_dashboard import paths
from ngo_dashboard.data import load_dataset
from ngo_dashboard.i18n import LANGS, Lang, t
from ngo_dashboard.package import TABLES, describe_package, timestamp
from ngo_dashboard.report import DataError
from ngo_dashboard.text import slugify


def _default_lang() -> Lang:
    return "pl" if os.environ.get("LANG", "").lower().startswith("pl") else "en"


def validate(folder: Path, lang: Lang) -> int:
    try:
        dataset = load_dataset(folder)
    except DataError as error:
        print(error.report(lang))
        print(t("cli.invalid", lang, count=len(error.problems), folder=folder), file=sys.stderr)
        return 1
    counts = ", ".join(f"{name} {n}" for name, n in dataset.counts.items())
    print(t("cli.valid", lang, folder=folder, counts=counts))
    return 0


def init(folder: Path, name: str, name_en: str | None, lang: Lang) -> int:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        print(t("cli.init_not_empty", lang, folder=folder), file=sys.stderr)
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        (folder / table.path).write_text(",".join(table.columns) + "\r\n", encoding="utf-8")
    descriptor = describe_package(
        name=slugify(name) or "gmina",
        title=name,
        place_pl=name,
        place_en=name_en or name,
        created=timestamp(datetime.now(UTC)),
    )
    (folder / "datapackage.json").write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(t("cli.init_done", lang, folder=folder))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ngo_dashboard", description=__doc__)
    parser.add_argument("--lang", choices=LANGS, default=_default_lang(), help="language of messages")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check a data folder and list every problem")
    check.add_argument("folder", nargs="?", type=Path, default=None, help="default: NGO_DATA_DIR or data/")
    new = commands.add_parser("init", help="create an empty, valid data package for a gmina")
    new.add_argument("folder", type=Path)
    new.add_argument("--name", required=True, help='name of the gmina, e.g. "Gmina Miejska Kraków"')
    new.add_argument("--name-en", default=None, help="English name, if different")
    args = parser.parse_args(argv)
    if args.command == "validate":
        return validate(args.folder or paths.data_dir(), args.lang)
    return init(args.folder, args.name, args.name_en, args.lang)
