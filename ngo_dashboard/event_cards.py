"""An event of the timeline as readers see it: its card, as one Markdown block.

Pure. Every piece of data text is escaped, so it shows as text whatever characters it contains.
"""

from __future__ import annotations

import pandas as pd

from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, format_partial_date, t
from ngo_dashboard.provenance import describe_source
from ngo_dashboard.text import md_escape, md_link


def event_markdown(row: pd.Series, lang: Lang, data: Dataset, *, heading: str) -> str:
    """One event as one Markdown block (one element per card keeps long lists fast)."""
    source = data.source(row["source_id"])
    flags = [t(f"category.{row['category']}", lang), format_partial_date(row["date"], lang)]
    if row["date_inferred"]:
        flags.append(t("timeline.inferred", lang))
    parts = [
        f"{heading} {md_escape(row[f'title_{lang}'])}",
        f":small[{md_escape(' · '.join(flags))}]",
        md_escape(row[f"description_{lang}"]),
    ]
    if isinstance(row[f"note_{lang}"], str):
        parts.append(f":small[{md_escape(t('timeline.note', lang, note=row[f'note_{lang}']))}]")
    parts.append(f":small[{md_escape(t('timeline.quote', lang, quote=row['quote']))}]")
    parts.append(t("timeline.source", lang) + " " + md_link(describe_source(source, lang), source.url))
    return "\n\n".join(parts)
