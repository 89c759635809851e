"""An event of the timeline as readers see it: its card in the list, and its full card when opened.

The opened card is Markdown, with every piece of data text escaped, so it shows as text whatever
characters it holds. A card of the list is plain text fields (`EventCard`), which the list element
(ui/event_list.js) sets as text.
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


def meta_line(row: pd.Series, lang: Lang) -> str:
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
        meta=meta_line(row, lang),
        description=row[f"description_{lang}"],
        note=t("timeline.note", lang, note=note) if isinstance(note, str) else None,
        quote=t("timeline.quote", lang, quote=row["quote"]),
        source=describe_source(source, lang),
        source_url=source.url,
    )


def event_meta(row: pd.Series, lang: Lang) -> str:
    """The meta line as small Markdown text."""
    return f":small[{md_escape(meta_line(row, lang))}]"


def event_summary(row: pd.Series, lang: Lang, *, heading: str) -> str:
    """What a card shows first: title, category and date, description."""
    return "\n\n".join(
        [
            f"{heading} {md_escape(row[f'title_{lang}'])}",
            event_meta(row, lang),
            md_escape(row[f"description_{lang}"]),
        ]
    )


def event_details(row: pd.Series, lang: Lang, data: Dataset) -> str:
    """What a card keeps one tap away: the caveat, the exact quote and the source with its link."""
    source = data.source(row["source_id"])
    parts = []
    if isinstance(row[f"note_{lang}"], str):
        parts.append(md_escape(t("timeline.note", lang, note=row[f"note_{lang}"])))
    parts.append(md_escape(t("timeline.quote", lang, quote=row["quote"])))
    parts.append(t("timeline.source", lang) + " " + md_link(describe_source(source, lang), source.url))
    return "\n\n".join(parts)


def event_markdown(row: pd.Series, lang: Lang, data: Dataset, *, heading: str) -> str:
    """The whole event in one block: the opened card."""
    return event_summary(row, lang, heading=heading) + "\n\n" + event_details(row, lang, data)
