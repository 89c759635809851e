"""Validating a data folder: the descriptor, every row against its model, and the rules across tables.

Pure. Every problem is collected and located (`file:line: field`); nothing stops at the first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ngo_dashboard.csvio import read_table
from ngo_dashboard.package import (
    DASHBOARD_KEY,
    DATAPACKAGE_SCHEMA,
    TABLES,
    Table,
    describe_resources,
    is_timestamp,
    table_schema,
)
from ngo_dashboard.report import Problem, problem

DESCRIPTOR = "datapackage.json"

# Codes raised by our own validators (models.py) and the field they are about when pydantic
# reports them on the whole row.
_ROW_CODES = {
    "precision": "date_precision",
    "total_qualifier": "total_qualifier",
    "split_none": "yearly_split",
    "period": "period_end",
    "prior_kind": "prior_kind",
    "unit": "unit",
}
_OWN_CODES = {"markup", "formula", "url", "date", "integer", "number", "boolean"}
_PYDANTIC_CODES = {
    "missing": "required",
    "string_too_short": "required",
    "literal_error": "enum",
    "int_parsing": "integer",
    "int_from_float": "integer",
    "float_parsing": "number",
    "bool_parsing": "boolean",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "greater_than_equal": "minimum",
    "greater_than": "above",
    "less_than_equal": "maximum",
    "string_too_long": "too_long",
}


def read_descriptor(folder: Path) -> tuple[dict[str, Any] | None, list[Problem]]:
    path = folder / DESCRIPTOR
    if not path.is_file():
        return None, [problem(DESCRIPTOR, None, None, "file_missing")]
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return None, [problem(DESCRIPTOR, None, None, "encoding")]
    except json.JSONDecodeError as exc:
        return None, [problem(DESCRIPTOR, exc.lineno, None, "json", error=exc.msg)]
    if not isinstance(descriptor, dict):
        return None, [problem(DESCRIPTOR, None, None, "descriptor", detail="top level must be an object")]
    return descriptor, _check_descriptor(descriptor)


def _check_descriptor(descriptor: dict[str, Any]) -> list[Problem]:
    problems = []
    # What the reference validator (frictionless) requires of the package as a whole, so that the two
    # never disagree on a package this one accepts (tests/unit/test_frictionless.py).
    if descriptor.get("$schema") != DATAPACKAGE_SCHEMA or "profile" in descriptor:
        problems.append(
            problem(DESCRIPTOR, None, "$schema", "descriptor_standard", expected=DATAPACKAGE_SCHEMA)
        )
    if "created" in descriptor and not is_timestamp(descriptor["created"]):
        problems.append(problem(DESCRIPTOR, None, "created", "created", value=descriptor["created"]))
    for key in ("name", "title"):
        if not isinstance(descriptor.get(key), str) or not descriptor[key].strip():
            problems.append(problem(DESCRIPTOR, None, key, "descriptor", detail=f"'{key}' is required"))
    place = descriptor.get(DASHBOARD_KEY)
    if not isinstance(place, dict) or not all(
        isinstance(place.get(k), str) for k in ("place_pl", "place_en")
    ):
        problems.append(
            problem(
                DESCRIPTOR, None, DASHBOARD_KEY, "descriptor", detail="place_pl and place_en are required"
            )
        )
    resources = descriptor.get("resources")
    derived = {resource["name"]: resource for resource in describe_resources()}
    by_name = (
        {r.get("name"): r for r in resources if isinstance(r, dict)} if isinstance(resources, list) else {}
    )
    for table in TABLES:
        resource = by_name.get(table.name)
        fields = (resource or {}).get("schema", {}).get("fields", []) if isinstance(resource, dict) else []
        names = [f.get("name") for f in fields if isinstance(f, dict)]
        if resource is None:
            problems.append(
                problem(DESCRIPTOR, None, f"resources.{table.name}", "descriptor", detail="missing")
            )
        elif set(names) != set(table.columns):
            problems.append(
                problem(
                    DESCRIPTOR,
                    None,
                    f"resources.{table.name}",
                    "descriptor_fields",
                    missing=", ".join(c for c in table.columns if c not in names),
                    extra=", ".join(str(n) for n in names if n not in table.columns),
                )
            )
        elif resource != derived.get(table.name):
            # Same columns, other types or constraints (e.g. a vocabulary of an older version): the
            # reference validator would judge the rows by those.
            problems.append(problem(DESCRIPTOR, None, f"resources.{table.name}", "descriptor_outdated"))
    return problems


def _error_to_problem(file: str, line: int, error: dict[str, Any], cells: dict[str, str]) -> Problem:
    field_name = str(error["loc"][0]) if error["loc"] else None
    value = cells.get(field_name, "") if field_name else ""
    kind = error["type"]
    if kind == "value_error":
        code = str(error["ctx"]["error"])
        if code.startswith("translation:"):
            return problem(file, line, code.split(":", 1)[1], "translation")
        if code in _ROW_CODES:
            return problem(file, line, field_name or _ROW_CODES[code], code)
        if code in _OWN_CODES:
            return problem(file, line, field_name, code, value=value)
        return problem(file, line, field_name, "invalid", detail=error["msg"])
    if kind == "string_pattern_mismatch":
        pattern = error["ctx"]["pattern"]
        code = (
            "slug"
            if pattern.startswith("^[a-z0-9]")
            else "partial_date"
            if "\\d{4}" in pattern
            else "pattern"
        )
        return problem(file, line, field_name, code, value=value)
    if kind == "literal_error":
        return problem(file, line, field_name, "enum", value=value, allowed=error["ctx"]["expected"])
    if kind in ("greater_than_equal", "greater_than", "less_than_equal"):
        limit = f"{next(iter(error['ctx'].values())):g}"
        return problem(file, line, field_name, _PYDANTIC_CODES[kind], value=value, limit=limit)
    if kind in _PYDANTIC_CODES:
        return problem(file, line, field_name, _PYDANTIC_CODES[kind], value=value)
    return problem(file, line, field_name, "invalid", detail=error["msg"])


def exact_fields(table: Table) -> frozenset[str]:
    """The text columns whose values are matched exactly (ids, vocabularies, addresses: a pattern, an
    enum or a format in the schema). Other tools compare them as written, spaces included, while the
    models strip them: a padded " krakow-pl-1" passed here and broke frictionless's foreign keys."""
    return frozenset(
        f["name"]
        for f in table_schema(table)["fields"]
        if f["type"] == "string" and ("format" in f or {"pattern", "enum"} & set(f.get("constraints", {})))
    )


def validate_rows(
    table: Table, rows: list[tuple[int, dict[str, str]]]
) -> tuple[list[tuple[int, BaseModel]], list[Problem]]:
    """Each row against its model; empty cells are missing values, never zero."""
    valid: list[tuple[int, BaseModel]] = []
    problems: list[Problem] = []
    exact = exact_fields(table)
    for line, cells in rows:
        values = {k: v for k, v in cells.items() if v.strip() != ""}
        found: list[Problem] = []
        try:
            row = table.model.model_validate(values)
        except ValidationError as exc:
            found = [_error_to_problem(table.path, line, e, cells) for e in exc.errors()]
        flagged = {p.field for p in found}
        padded = [k for k in sorted(exact - flagged) if k in values and values[k] != values[k].strip()]
        found += [problem(table.path, line, k, "padded", value=values[k]) for k in padded]
        if found:
            problems += found
        else:
            valid.append((line, row))
    return valid, problems


def read_and_validate(folder: Path, table: Table) -> tuple[list[tuple[int, BaseModel]], list[Problem]]:
    raw, problems = read_table(folder / table.path, table.columns)
    if raw is None:
        return [], problems
    valid, row_problems = validate_rows(table, raw.rows)
    return valid, problems + row_problems


def check_cross_table(tables: dict[str, list[tuple[int, BaseModel]]]) -> list[Problem]:
    """Unique keys, every source id resolves, one calculation row per series and year."""
    problems: list[Problem] = []
    for table in TABLES:
        seen: dict[tuple[Any, ...], int] = {}
        for line, row in tables[table.name]:
            key = tuple(getattr(row, k) for k in table.key)
            if key in seen:
                shown = "/".join("" if k is None else str(k) for k in key)
                problems.append(
                    problem(table.path, line, table.key[0], "duplicate", value=shown, first_line=seen[key])
                )
            else:
                seen[key] = line
    known = {row.source_id for _, row in tables["sources"]}  # type: ignore[attr-defined]
    for table in TABLES[1:]:
        for line, row in tables[table.name]:
            for ref in ("source_id", "source_id_2"):
                value = getattr(row, ref, None)
                if value is not None and value not in known:
                    problems.append(problem(table.path, line, ref, "unknown_source", value=value))
    used: dict[tuple[str, int], int] = {}
    for line, row in tables["context"]:
        if row.use_in_calculations:  # type: ignore[attr-defined]
            key = (row.series, row.year)  # type: ignore[attr-defined]
            if key in used:
                problems.append(
                    problem(
                        "context.csv",
                        line,
                        "use_in_calculations",
                        "calculation_twice",
                        series=key[0],
                        year=key[1],
                    )
                )
            used[key] = line
    return problems
