"""The tables of the data package and their Frictionless descriptors, derived from the row models.

Pure. `describe_package()` writes the `resources` of datapackage.json from the models, so the
descriptor, the validator and `init` can never disagree about a column.

The descriptor declares Data Package v2 (`$schema`): the models state constraints that only v2 can
express (`exclusiveMinimum` for context values above zero), and v1 readers ignore what they do not know.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ngo_dashboard.models import (
    Competition,
    ContextValue,
    Event,
    MoneyFact,
    ProgrammeDocument,
    Source,
)

# Data Package v2: the root declares its profile in `$schema`; a table resource is `"type": "table"`.
DATAPACKAGE_SCHEMA = "https://datapackage.org/profiles/2.0/datapackage.json"
# `created` is an RFC 3339 date and time (the spec's, and frictionless's, "datetime").
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DASHBOARD_KEY = "ngo_dashboard"  # custom descriptor property: branding of the gmina's dashboard


@dataclass(frozen=True)
class Table:
    name: str
    model: type[BaseModel]
    key: tuple[str, ...]
    title: str
    description: str

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        return list(self.model.model_fields)


TABLES: tuple[Table, ...] = (
    Table("sources", Source, ("source_id",), "Sources", "One row per public source document."),
    Table("events", Event, ("event_id",), "Timeline events", "Dated events, Polish and English."),
    Table(
        "money",
        MoneyFact,
        ("fact_id",),
        "Money facts",
        "Money figures other than open calls, one per figure found; never summed.",
    ),
    Table(
        "competitions",
        Competition,
        ("call_id", "year"),
        "Open competitions",
        "Open calls for proposals and similar funding rounds, one row per call and year.",
    ),
    Table(
        "context",
        ContextValue,
        ("series", "year", "source_id", "basis"),
        "Context series",
        "CPI, population and city expenditure for normalising money; several rows per year possible.",
    ),
    Table(
        "programmes",
        ProgrammeDocument,
        ("doc_id",),
        "Cooperation programme documents",
        "Registry of the cooperation programmes' documents: resolutions, drafts, consultations.",
    ),
)
TABLES_BY_NAME = {table.name: table for table in TABLES}


def _unwrap(annotation: Any) -> tuple[Any, bool, list[Any]]:
    """(inner type, optional?, constraint metadata) of e.g. `Annotated[int, Field(ge=0)] | None`."""
    optional = False
    metadata: list[Any] = []
    if get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        annotation = args[0]
    if get_origin(annotation) is typing.Annotated:
        annotation, *extra = get_args(annotation)
        for meta in extra:
            metadata += meta.metadata if isinstance(meta, FieldInfo) else [meta]
    return annotation, optional, metadata


def _field_descriptor(name: str, info: FieldInfo) -> dict[str, Any]:
    inner, optional, inner_metadata = _unwrap(info.annotation)
    descriptor: dict[str, Any] = {"name": name, "description": info.description or ""}
    constraints: dict[str, Any] = {}
    if get_origin(inner) is Literal:
        descriptor["type"] = "string"
        constraints["enum"] = list(get_args(inner))
    elif inner is bool:
        descriptor["type"] = "boolean"
        descriptor["trueValues"] = ["true", "True", "TRUE"]
        descriptor["falseValues"] = ["false", "False", "FALSE"]
    elif inner is int:
        descriptor["type"] = "integer"
    elif inner is float:
        descriptor["type"] = "number"
    elif inner is date:
        descriptor["type"] = "date"
    else:
        descriptor["type"] = "string"
    for meta in [*info.metadata, *inner_metadata]:
        for attr, key in (
            ("pattern", "pattern"),
            ("ge", "minimum"),
            ("gt", "exclusiveMinimum"),
            ("le", "maximum"),
            ("min_length", "minLength"),
            ("max_length", "maxLength"),
        ):
            if getattr(meta, attr, None) is not None:
                constraints[key] = getattr(meta, attr)
    if name == "url":
        descriptor["format"] = "uri"
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    if "unit" in extra:
        descriptor["unit"] = extra["unit"]
    if not optional and info.is_required():
        constraints["required"] = True
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def table_schema(table: Table) -> dict[str, Any]:
    fields = [_field_descriptor(n, i) for n, i in table.model.model_fields.items()]
    schema: dict[str, Any] = {"fields": fields, "primaryKey": list(table.key)}
    refs = [f for f in ("source_id", "source_id_2") if f in table.columns and table.name != "sources"]
    if refs:
        schema["foreignKeys"] = [
            {"fields": ref, "reference": {"resource": "sources", "fields": "source_id"}} for ref in refs
        ]
    return schema


def describe_resources() -> list[dict[str, Any]]:
    return [
        {
            "name": table.name,
            "path": table.path,
            "title": table.title,
            "description": table.description,
            "type": "table",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": '"', "header": True},
            "schema": table_schema(table),
        }
        for table in TABLES
    ]


def describe_package(
    *, name: str, title: str, place_pl: str, place_en: str, created: str, description: str = ""
) -> dict[str, Any]:
    """A complete datapackage.json for a gmina; the resources always come from the models.

    `created` is a date and time with its zone, as the standard requires (see `timestamp`).
    """
    return {
        "$schema": DATAPACKAGE_SCHEMA,
        "name": name,
        "title": title,
        "description": description,
        "created": created,
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "title": "Creative Commons Attribution 4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
            }
        ],
        DASHBOARD_KEY: {"place_pl": place_pl, "place_en": place_en},
        "resources": describe_resources(),
    }


def timestamp(moment: datetime) -> str:
    """`created` as the standard wants it: RFC 3339 in UTC, to the second ('2026-11-26T09:30:00Z')."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_timestamp(value: object) -> bool:
    """An RFC 3339 date and time with its zone; a bare date ('2026-11-26') is not one."""
    if not isinstance(value, str) or not _TIMESTAMP.match(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def refresh_descriptor(descriptor: dict[str, Any]) -> dict[str, Any]:
    """A descriptor brought up to the current models and standard, its own metadata kept.

    Declares v2 (`$schema` first, the v1 `profile` dropped), rewrites `resources` from the models, and
    writes a bare-date `created` of older packages as that day at 00:00 UTC (the time was never
    recorded; the day is kept).
    """
    out: dict[str, Any] = {"$schema": DATAPACKAGE_SCHEMA}
    out.update((k, v) for k, v in descriptor.items() if k not in ("$schema", "profile"))
    created = out.get("created")
    if isinstance(created, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", created):
        out["created"] = f"{created}T00:00:00Z"
    out["resources"] = describe_resources()
    return out
