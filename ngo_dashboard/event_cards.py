"""An event of the timeline as readers see it: its card in the list, and its full card when opened.

Pure Markdown. Every piece of data text is escaped, so it shows as text whatever characters it holds.
"""

from __future__ import annotations

import pandas as pd

from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, format_partial_date, t
from ngo_dashboard.provenance import describe_source
from ngo_dashboard.text import md_escape, md_link


def event_meta(row: pd.Series, lang: Lang) -> str:
    """'Category · date' (and 'date inferred' where it is), as a small line under the title."""
    flags = [t(f"category.{row['category']}", lang), format_partial_date(row["date"], lang)]
    if row["date_inferred"]:
        flags.append(t("timeline.inferred", lang))
    return f":small[{md_escape(' · '.join(flags))}]"


def event_summary(row: pd.Series, lang: Lang, *, heading: str) -> str:
    """What a card shows first: title, category and date, description."""
    return "\n\n".join(
        [
            f"{heading} {md_escape(row[f'title_{lang}'])}",
            event_meta(row, lang),
            md_escape(row[f"description_{lang}"]),
        ]
    )


def event_link(link: str, lang: Lang) -> str:
    """The event's own address as a small link under its card (readers copy it from there)."""
    return f":small[{md_link(t('timeline.link', lang), link)}]"


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
