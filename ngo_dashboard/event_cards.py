"""An event of the timeline as readers see it: its card in the list, and its full card when opened.

A card is plain text fields (`EventCard`): the list element (ui/event_list.js) sets them as text,
and the opened card is the same fields as Markdown, every piece of data text escaped, so it shows as
text whatever characters it holds.
"""

from __future__ import annotations

from typing import TypedDict

import pandas as pd

from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, format_partial_date, t
from ngo_dashboard.provenance import describe_source
from ngo_dashboard.text import md_escape, md_link


class EventCard(TypedDict):
    """A card of the list as plain text: what it shows first, then what it keeps one tap away."""

    id: str
    title: str
    meta: str
    description: str
    note: str | None
    quote: str
    source: str
    source_url: str


def _meta_line(row: pd.Series, lang: Lang) -> str:
    """'Category · date' (and 'date inferred' where it is): the small line under the title."""
    flags = [t(f"category.{row['category']}", lang), format_partial_date(row["date"], lang)]
    if row["date_inferred"]:
        flags.append(t("timeline.inferred", lang))
    return " · ".join(flags)


def event_card(row: pd.Series, lang: Lang, data: Dataset) -> EventCard:
    """The event's card in the list, as plain text fields."""
    source = data.source(row["source_id"])
    note = row[f"note_{lang}"]
    return EventCard(
        id=row["event_id"],
        title=row[f"title_{lang}"],
        meta=_meta_line(row, lang),
        description=row[f"description_{lang}"],
        note=t("timeline.note", lang, note=note) if isinstance(note, str) else None,
        quote=t("timeline.quote", lang, quote=row["quote"]),
        source=describe_source(source, lang),
        source_url=source.url,
    )


def event_markdown(card: EventCard, lang: Lang, *, heading: str) -> str:
    """The whole card in one Markdown block, every text escaped: the opened event, under the title."""
    parts = [f"{heading} {md_escape(card['title'])}", f":small[{md_escape(card['meta'])}]"]
    parts.append(md_escape(card["description"]))
    if card["note"]:
        parts.append(md_escape(card["note"]))
    parts.append(md_escape(card["quote"]))
    parts.append(t("timeline.source", lang) + " " + md_link(card["source"], card["source_url"]))
    return "\n\n".join(parts)
