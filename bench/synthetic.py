"""A synthetic data package, `scale` times the shipped one, that `load_dataset` accepts.

Deterministic (seeded by the scale). Real rows of data/ serve only as templates for wording (titles,
descriptions, quotes, notes, departments, categories); every id, date, year, amount and reference
is generated here. Row counts at scale s (s = 100 is the benchmark's "×100"):

- events: 100·s (10 000); competitions: 1 000·s rows (100 000), calls of 1–5 year rows;
- money facts: 5·s (500), one per (measure, basis, year), each (measure, basis) series over
  consecutive years;
- sources, context values and programme documents: the shipped counts × max(1, s/10)
  (1 760, 820 and 200 at s = 100).

Everything obeys the models and the cross-table rules: slug ids, date precision matching the
date, bilingual pairs, non-empty quotes, yearly_split rules, unique keys, source ids that exist,
at most one use_in_calculations row per series and year; UTF-8 CSV with the columns in TABLES
order; datapackage.json from `describe_package`.
"""

from __future__ import annotations

import csv
import functools
import json
import random
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ngo_dashboard.models import SERIES_UNITS
from ngo_dashboard.package import TABLES, describe_package
from ngo_dashboard.paths import SHIPPED_DATA_DIR
from ngo_dashboard.text import slugify

FIRST_YEAR, LAST_YEAR = 1995, 2026
MEASURES = [
    "programme_total",
    "programme_new_tasks",
    "ngo_transfers_total",
    "city_office_contracted_tasks",
    "mops_grants",
]
MONEY_BASES = ["planned", "executed", "unknown"]
QUALIFIERS = ["exact", "exact", "exact", "about", "at_least", "at_most"]
PRIOR_KINDS = ["combined", "cumulative", "as_stated"]
DOCUMENT_TYPES = ["resolution", "programme_text", "draft", "consultation", "mention", "preparatory"]
TYPE_PL = {
    "resolution": "Uchwała",
    "programme_text": "Tekst programu",
    "draft": "Projekt",
    "consultation": "Konsultacje",
    "mention": "Wzmianka",
    "preparatory": "Prace przygotowawcze",
}
TYPE_EN = {
    "resolution": "Resolution",
    "programme_text": "Programme text",
    "draft": "Draft",
    "consultation": "Consultation",
    "mention": "Mention",
    "preparatory": "Preparatory work",
}


def _templates(name: str) -> list[dict[str, str]]:
    with open(SHIPPED_DATA_DIR / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.lru_cache(maxsize=4096)
def _slug(text: str, limit: int = 60) -> str:
    return slugify(text, limit=limit)


def _slug_id(*parts: object, limit: int = 110) -> str:
    """A slug id (models.SLUG_PATTERN, ≤ 120 characters) from parts; parts are slugified."""
    text = "-".join(_slug(str(p), limit) for p in parts if str(p))
    return text[:limit].strip("-")


def _none(value: str) -> str | None:
    return value if value.strip() else None


def _day(rng: random.Random, year: int, month: int | None = None) -> date:
    return date(year, month or rng.randint(1, 12), rng.randint(1, 28))


def _sources(rng: random.Random, count: int) -> list[dict[str, Any]]:
    templates = _templates("sources")
    rows = []
    for i in range(count):
        tpl = templates[i % len(templates)]
        url = tpl["url"] + ("&" if "?" in tpl["url"] else "?") + f"bench={i}"
        published = None
        roll = rng.random()
        if roll < 0.4:
            published = str(_day(rng, rng.randint(FIRST_YEAR, LAST_YEAR)))
        elif roll < 0.6:
            published = f"{rng.randint(FIRST_YEAR, LAST_YEAR)}-{rng.randint(1, 12):02d}"
        elif roll < 0.7:
            published = str(rng.randint(FIRST_YEAR, LAST_YEAR))
        rows.append(
            {
                "source_id": _slug_id("syn", f"{i:05d}", tpl["source_id"], limit=80),
                "title": f"{tpl['title']} ({i + 1})",
                "publisher": tpl["publisher"],
                "url": url,
                "published": published,
                "accessed": str(_day(rng, 2026, rng.randint(1, 10))) if rng.random() < 0.3 else None,
                "kind": tpl["kind"],
                "language": tpl["language"],
                "note": _none(tpl["note"]),
            }
        )
    return rows


def _events(rng: random.Random, count: int, source_ids: list[str]) -> list[dict[str, Any]]:
    templates = _templates("events")
    rows = []
    for i in range(count):
        tpl = templates[i % len(templates)]
        year = rng.randint(FIRST_YEAR, LAST_YEAR)
        precision = tpl["date_precision"]
        if precision == "day":
            when = str(_day(rng, year))
        elif precision == "month":
            when = f"{year}-{rng.randint(1, 12):02d}"
        else:
            when = str(year)
        rows.append(
            {
                "event_id": _slug_id(when, "syn", f"{i:05d}", _slug(tpl["title_en"], 40)),
                "date": when,
                "date_precision": precision,
                "date_inferred": tpl["date_inferred"] == "true",
                "category": tpl["category"],
                "title_pl": f"{tpl['title_pl']} ({i + 1})",
                "title_en": f"{tpl['title_en']} ({i + 1})",
                "description_pl": tpl["description_pl"],
                "description_en": tpl["description_en"],
                "note_pl": _none(tpl["note_pl"]),
                "note_en": _none(tpl["note_en"]),
                "source_id": rng.choice(source_ids),
                "quote": tpl["quote"],
            }
        )
    return rows


def _money(rng: random.Random, count: int, source_ids: list[str]) -> list[dict[str, Any]]:
    templates = _templates("money")
    by_measure = {tpl["measure"]: tpl for tpl in templates}
    # Each (measure, basis) series covers a run of consecutive years (executed figures end a year
    # earlier), so no series has a gap year.
    series = [(m, b) for m in MEASURES for b in MONEY_BASES]
    rng.shuffle(series)
    per_series, extra = divmod(count, len(series))
    chosen = []
    for index, (measure, basis) in enumerate(series):
        length = per_series + (1 if index < extra else 0)
        last = LAST_YEAR - (1 if basis == "executed" else 0)
        chosen += [(measure, basis, year) for year in range(last - length + 1, last + 1)]
    chosen.sort(key=lambda c: (c[2], MEASURES.index(c[0]), c[1]))
    scale = {
        "programme_total": 60e6,
        "programme_new_tasks": 2e6,
        "ngo_transfers_total": 90e6,
        "city_office_contracted_tasks": 12e6,
        "mops_grants": 40e6,
    }
    rows = []
    for i, (measure, basis, year) in enumerate(chosen):
        tpl = by_measure.get(measure, templates[i % len(templates)])
        growth = 1.05 ** (year - LAST_YEAR)
        rows.append(
            {
                "fact_id": _slug_id(year, measure, basis),
                "year": year,
                "measure": measure,
                "basis": basis,
                "qualifier": rng.choice(QUALIFIERS),
                "amount_pln": int(scale[measure] * growth * rng.uniform(0.8, 1.2)),
                "organisations_count": rng.randint(20, 400) if rng.random() < 0.4 else None,
                "scope_note_pl": tpl["scope_note_pl"],
                "scope_note_en": tpl["scope_note_en"],
                "source_id": rng.choice(source_ids),
                "quote": tpl["quote"],
            }
        )
    return rows


def _competitions(rng: random.Random, count: int, source_ids: list[str]) -> list[dict[str, Any]]:
    templates: dict[str, dict[str, str]] = {}
    for tpl in _templates("competitions"):
        templates.setdefault(tpl["call_id"], tpl)  # first row of each call: its wording and split
    calls = list(templates.values())
    rows: list[dict[str, Any]] = []
    k = 0
    while len(rows) < count:
        tpl = calls[k % len(calls)]
        split = tpl["yearly_split"]
        remaining = count - len(rows)
        n_rows = {"full": rng.randint(2, 5), "partial": rng.randint(1, 3)}.get(split, 1)
        if n_rows > remaining:
            n_rows = remaining
            split = "single_year" if n_rows == 1 and split == "full" else split
        if split == "single_year":
            n_rows = 1
        span = n_rows + (rng.randint(1, 3) if split == "partial" else 0) if split != "single_year" else 1
        if split in ("none", "unknown"):
            span = rng.randint(1, 4)
        start = rng.randint(FIRST_YEAR + 1, LAST_YEAR + 1 - min(span, 4) + 1)
        end = start + span - 1
        call_id = _slug_id("syn", f"{k:06d}", _slug(tpl["title"], 50))
        title = f"{tpl['title']} – edycja {k + 1}"
        amounts = [float(round(rng.uniform(20_000, 2_000_000), -2)) for _ in range(n_rows)]
        qualifier = tpl["qualifier"]
        total: float | None
        total_qualifier: str | None = "exact"
        if split in ("single_year", "full"):
            total = sum(amounts)
        elif split == "partial":
            total = float(round(sum(amounts) * rng.uniform(1.2, 2.0), -2))
            total_qualifier = rng.choice(["exact", "about", "at_most"])
        elif split == "none":
            total = float(round(rng.uniform(100_000, 10_000_000), -2))
        else:  # unknown: no amount at all
            total, total_qualifier = None, None
        with_period = rng.random() < 0.8
        period_start = date(start, rng.randint(1, 4), 1) if with_period else None
        period_end = date(end, 12, 31) if with_period else None
        announced = _day(rng, start - 1, rng.randint(10, 12)) if rng.random() < 0.1 else None
        prior = rng.random() < 0.4
        prior_amount = float(round(rng.uniform(10_000, 3_000_000), 2)) if prior else None
        note_pl, note_en = _none(tpl["note_pl"]), _none(tpl["note_en"])
        source_id = rng.choice(source_ids)
        source_id_2 = rng.choice(source_ids) if rng.random() < 0.1 else None
        if split == "partial":
            years: list[int | None] = sorted(rng.sample(range(start, end + 1), n_rows))
        elif split == "none":
            years = [start if rng.random() < 0.5 else None]
        else:
            years = list(range(start, start + n_rows))
        for year, amount in zip(years, amounts, strict=True):
            rows.append(
                {
                    "call_id": call_id,
                    "year": year,
                    "title": title,
                    "department": tpl["department"],
                    "area": tpl["area"],
                    "form": tpl["form"],
                    "basis": tpl["basis"],
                    "qualifier": qualifier,
                    "amount_pln": None if split in ("none", "unknown") else amount,
                    "total_pln": total,
                    "total_qualifier": total_qualifier,
                    "yearly_split": split,
                    "period_start": period_start,
                    "period_end": period_end,
                    "announced": announced,
                    "prior_year": start - 1 if prior or rng.random() < 0.05 else None,
                    "prior_amount_pln": prior_amount,
                    "prior_kind": rng.choice(PRIOR_KINDS) if prior else None,
                    "source_id": source_id,
                    "source_id_2": source_id_2,
                    "quote": tpl["quote"],
                    "note_pl": note_pl,
                    "note_en": note_en,
                }
            )
        k += 1
    return rows


def _context(rng: random.Random, count: int, source_ids: list[str]) -> list[dict[str, Any]]:
    templates = _templates("context")
    by_series: dict[str, list[dict[str, str]]] = {}
    for tpl in templates:
        by_series.setdefault(tpl["series"], []).append(tpl)
    weights = [len(by_series[s]) for s in sorted(by_series)]
    units = SERIES_UNITS
    calculated = {"cpi", "population"}  # as shipped: expenditure is never used in calculations
    used: set[tuple[str, int]] = set()
    keys: set[tuple[str, int, str, str]] = set()
    rows: list[dict[str, Any]] = []
    # Every cpi and population year first gets its calculation row, then extra rows from other sources.
    plan = [(s, y) for s in sorted(calculated) for y in range(FIRST_YEAR, LAST_YEAR + 1)]
    while len(rows) < count:
        if plan:
            series, year = plan.pop(0)
        else:
            series = rng.choices(sorted(by_series), weights=weights)[0]
            year = rng.randint(FIRST_YEAR, LAST_YEAR)
        tpl = rng.choice(by_series[series])
        key = (series, year, rng.choice(source_ids), tpl["basis"])
        while key in keys:
            key = (series, year, rng.choice(source_ids), tpl["basis"])
        keys.add(key)
        use = series in calculated and (series, year) not in used
        if use:
            used.add((series, year))
        if series == "cpi":
            value = round(rng.uniform(101.0, 112.0) if year > 2000 else rng.uniform(105.0, 130.0), 1)
        elif series == "population":
            value = float(rng.randint(740_000, 810_000))
        elif series == "expenditure":
            value = float(round(rng.uniform(3e9, 9e9), -3))
        elif units[series] == "PLN":  # the participatory budget's pools
            value = float(round(rng.uniform(2e7, 6e7), -5))
        else:  # the counts
            value = float(rng.randint(50, 5000))
        rows.append(
            {
                "series": series,
                "year": year,
                "value": value,
                "unit": units[series],
                "basis": key[3],
                "qualifier": tpl["qualifier"],
                "use_in_calculations": use,
                "series_break": series == "population" and year == 2011 and use,
                "note_pl": _none(tpl["note_pl"]),
                "note_en": _none(tpl["note_en"]),
                "source_id": key[2],
                "quote": tpl["quote"],
            }
        )
    return rows


def _programmes(rng: random.Random, count: int, source_ids: list[str]) -> list[dict[str, Any]]:
    templates = _templates("programmes")
    note = {tpl["kind"]: tpl for tpl in templates}

    def doc(kind: str, dtype: str, start: int | None, end: int | None, when: str | None) -> dict[str, Any]:
        period = "" if start is None else (f"{start}" if start == end else f"{start}–{end}")
        tpl = note.get(kind, templates[0])
        return {
            "doc_id": _slug_id(period or kind, kind if start is None else "", dtype),
            "period_start": start,
            "period_end": end,
            "kind": kind,
            "document_type": dtype,
            "title_pl": f"{TYPE_PL[dtype]}: program współpracy z organizacjami pozarządowymi {period}".strip(),
            "title_en": f"{TYPE_EN[dtype]}: programme of cooperation with NGOs {period}".strip(),
            "date": when,
            "status": rng.choice(["confirmed"] * 6 + ["probable", "conflict"]),
            "source_id": rng.choice(source_ids),
            "note_pl": tpl["note_pl"] if rng.random() < 0.5 else None,
            "note_en": tpl["note_en"] if rng.random() < 0.5 else None,
        }

    fixed = [
        doc("pilot", "resolution", None, None, f"{FIRST_YEAR + 2}-09"),
        doc("first_programme", "resolution", None, None, f"{FIRST_YEAR + 4}-12"),
    ]
    pool = []
    for year in range(FIRST_YEAR + 1, LAST_YEAR + 3):
        for dtype in DOCUMENT_TYPES:
            when = rng.choice([None, str(year - 1), str(_day(rng, year - 1, rng.randint(8, 12)))])
            pool.append(doc("annual", dtype, year, year, when))
    for start in range(FIRST_YEAR + 1, LAST_YEAR + 3, 4):  # consecutive four-year programmes
        for dtype in DOCUMENT_TYPES:
            pool.append(doc("multi_year", dtype, start, start + 3, rng.choice([None, str(start - 1)])))
    chosen = fixed + rng.sample(pool, max(count - len(fixed), 0))
    for row in chosen:  # bilingual pairs: both notes or neither
        if (row["note_pl"] is None) != (row["note_en"] is None):
            row["note_pl"] = row["note_en"] = None
    return chosen[:count]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _write_csv(path: Path, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row[c]) for c in columns])


def counts(scale: int) -> dict[str, int]:
    """Rows per table at a scale (see the module docstring)."""
    shipped = {name: len(_templates(name)) for name in ("sources", "context", "programmes")}
    reference = max(1.0, scale / 10)
    return {
        "sources": round(shipped["sources"] * reference),
        "events": 100 * scale,
        "money": 5 * scale,
        "competitions": 1000 * scale,
        "context": round(shipped["context"] * reference),
        "programmes": round(shipped["programmes"] * reference),
    }


def write_synthetic(folder: Path, scale: int) -> None:
    """Write a valid data package `scale` times the shipped one into `folder` (created if needed)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"ngo-dashboard-bench-{scale}")
    n = counts(scale)
    sources = _sources(rng, n["sources"])
    source_ids = [row["source_id"] for row in sources]
    tables = {
        "sources": sources,
        "events": _events(rng, n["events"], source_ids),
        "money": _money(rng, n["money"], source_ids),
        "competitions": _competitions(rng, n["competitions"], source_ids),
        "context": _context(rng, n["context"], source_ids),
        "programmes": _programmes(rng, n["programmes"], source_ids),
    }
    for table in TABLES:
        _write_csv(folder / table.path, table.columns, tables[table.name])
    shipped = json.loads((SHIPPED_DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    descriptor = describe_package(
        name=f"krakow-ngo-synthetic-x{scale}",
        title=f"Synthetic benchmark package (×{scale}) – not real data",
        place_pl="Kraków",
        place_en="Kraków",
        created=str(shipped.get("created", "2026-01-01")),
        description="Generated by bench/synthetic.py for performance tests. Not real data.",
    )
    (folder / "datapackage.json").write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
