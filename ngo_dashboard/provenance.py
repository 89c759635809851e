"""Citations derived from the data: source lines under charts and copy-ready citations of a figure.

Pure. Derived from the rows that are shown, never typed, so they cannot silently go stale
(cf. owid etl `source_citation`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, count_of, format_partial_date, t
from ngo_dashboard.models import Source
from ngo_dashboard.text import md_escape, md_link

MAX_NAMED_PUBLISHERS = 3


def short_publisher(source: Source) -> str:
    """'krakow.pl' from 'krakow.pl – Urząd Miasta Krakowa': the part a reader recognises."""
    return source.publisher.split(" – ")[0]


def describe_source(source: Source, lang: Lang) -> str:
    """Publisher, „title”, date: one source as a reader would cite it."""
    parts = [source.publisher, t("cite.title", lang, title=source.title)]
    if source.published:
        parts.append(format_partial_date(source.published, lang))
    return ", ".join(parts)


def unique_ids(source_ids: Iterable[str]) -> list[str]:
    """Distinct ids in order of first use; a pandas column is reduced natively first (fast on 100 000 rows)."""
    values = pd.unique(source_ids) if isinstance(source_ids, pd.Series) else source_ids
    return [i for i in dict.fromkeys(values) if isinstance(i, str) and i]


def cite(source_ids: Iterable[str], dataset: Dataset, lang: Lang) -> str:
    """The 'Source:' line for whatever rows are shown.

    One source is named in full; several are counted and grouped by publisher, most used first.
    """
    ids = unique_ids(source_ids)
    if not ids:
        return t("cite.none", lang)
    sources = [dataset.source(i) for i in ids]
    if len(sources) == 1:
        return t("cite.one", lang, source=describe_source(sources[0], lang))
    publishers = Counter(short_publisher(s) for s in sources)
    named = [f"{name} ({count})" for name, count in publishers.most_common(MAX_NAMED_PUBLISHERS)]
    rest = len(publishers) - len(named)
    listing = ", ".join(named) + (t("cite.more_publishers", lang, count=rest) if rest > 0 else "")
    return t("cite.many", lang, documents=count_of(len(sources), "noun.document", lang), publishers=listing)


def citation(amount_text: str, quote: str, source: Source, lang: Lang) -> str:
    """A figure with its exact quote and source, ready to paste into a speech or a report."""
    return t(
        "cite.figure",
        lang,
        amount=amount_text,
        quote=quote,
        source=describe_source(source, lang),
        url=source.url,
    )


def coverage_documents(coverage: pd.DataFrame, dataset: Dataset, lang: Lang) -> list[str]:
    """Markdown list items: each year whose programme total is not transcribed, with the document
    that holds it (its status in brackets) and a link to where it is published."""
    documented = coverage[coverage["status"] == "document_known"]
    programmes = dataset.frame("programmes").set_index("doc_id")
    items = []
    for year, doc_id in zip(documented["year"], documented["doc_id"], strict=True):
        doc = programmes.loc[doc_id]
        source = dataset.source(doc["source_id"])
        label = f"{doc[f'title_{lang}']} ({t('status.' + doc['status'], lang)})"
        items.append(f"- **{year}**: {md_escape(label)} — {md_link(source.publisher, source.url)}")
    return items
