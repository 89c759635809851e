"""The timeline as a list: events grouped by year, years grouped into periods of the programme eras.

Pure. A period is either a multi-year programme (overlapping programmes whose sources disagree are
one period, marked disputed) or the years before, between or after them; it is derived from the
programme registry, never typed. The year navigation links to each year's heading by its anchor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from ngo_dashboard.eras import Era
from ngo_dashboard.event_cards import EventCard
from ngo_dashboard.i18n import Lang, count_of, t

Order = Literal["oldest", "newest"]
ORDERS: tuple[Order, ...] = ("oldest", "newest")
PeriodKind = Literal["before", "programme", "between", "after", "years"]  # "years": no programmes known
# Cards drawn at first, and added by each "show more" (which keeps the reader's place): a phone draws
# and lays out what it is sent, and a gmina with thousands of events would send them all. (Measured on
# a phone, Lighthouse mobile, bench/RESULTS.md F2: with every card a Streamlit element, the first 30
# blocked for 0.5-1.1 s; drawn as one element, ui/event_list.py, 0.3 s.)
LIST_BATCH = 30


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    years: tuple[int, ...]  # years with events shown, in reading order
    eras: tuple[Era, ...] = ()  # the programme(s) of a "programme" period

    @property
    def first(self) -> int:
        return min(self.years)

    @property
    def last(self) -> int:
        return max(self.years)

    @property
    def disputed(self) -> bool:
        return len(self.eras) > 1 or any(era.disputed for era in self.eras)


def _programme_blocks(eras: Sequence[Era]) -> list[tuple[int, int, tuple[Era, ...]]]:
    """Eras merged where their years overlap: (first year, last year, eras), in time order."""
    blocks: list[tuple[int, int, tuple[Era, ...]]] = []
    for era in sorted(eras, key=lambda e: (e.start_year, e.end_year)):
        if blocks and era.start_year <= blocks[-1][1]:
            start, end, merged = blocks[-1]
            blocks[-1] = (start, max(end, era.end_year), (*merged, era))
        else:
            blocks.append((era.start_year, era.end_year, (era,)))
    return blocks


def periods(years: Sequence[int], eras: Sequence[Era], order: Order = "oldest") -> list[Period]:
    """The years with events, grouped into consecutive periods, in reading order."""
    blocks = _programme_blocks(eras)
    grouped: list[tuple[PeriodKind, int, list[int]]] = []  # kind, block index (or gap index), years
    for year in sorted(set(years)):
        inside = next((i for i, (a, b, _) in enumerate(blocks) if a <= year <= b), None)
        if inside is not None:
            key: tuple[PeriodKind, int] = ("programme", inside)
        else:
            later = [i for i, (a, _, _) in enumerate(blocks) if a > year]
            gap = later[0] if later else len(blocks)
            kind: PeriodKind = (
                "years" if not blocks else "before" if gap == 0 else "after" if not later else "between"
            )
            key = (kind, gap)
        if grouped and grouped[-1][:2] == key:
            grouped[-1][2].append(year)
        else:
            grouped.append((*key, [year]))
    result = [
        Period(kind, tuple(ys), blocks[index][2] if kind == "programme" else ())
        for kind, index, ys in grouped
    ]
    if order == "newest":
        result = [Period(p.kind, p.years[::-1], p.eras) for p in reversed(result)]
    return result


def period_label(period: Period, lang: Lang) -> str:
    """'Program wieloletni 2015–2018', or the years before/between/after the programmes."""
    if period.kind == "programme":
        spans = " / ".join(f"{era.start_year}–{era.end_year}" for era in period.eras)
        label = t("timeline.period_programme", lang, years=spans)
        return t("chart.era_disputed", lang, label=label) if period.disputed else label
    span = str(period.first) if period.first == period.last else f"{period.first}–{period.last}"
    return t(f"timeline.period_{period.kind}", lang, years=span)


def year_anchor(year: int) -> str:
    """The fragment id of a year's heading in the list (the same in both languages)."""
    return f"rok-{year}"


def year_navigation(periods_: Sequence[Period], counts: dict[int, int], lang: Lang) -> str:
    """Markdown: one line per period, its label and event count, then a link to each of its years."""
    lines = []
    for period in periods_:
        events = count_of(sum(counts.get(y, 0) for y in period.years), "noun.event", lang)
        links = " ".join(f"[{year}](#{year_anchor(year)})" for year in period.years)
        lines.append(f"**{period_label(period, lang)}** · {events}  \n{links}")
    return "\n\n".join(lines)


def list_content(
    periods_: Sequence[Period],
    visible: pd.DataFrame,
    cards: Mapping[str, EventCard],
    *,
    opened: str | None,
    link: Callable[[str], str],
    lang: Lang,
) -> dict[str, Any]:
    """What the list element draws: each period's label, its years (heading anchors) and their
    cards in reading order, the opened event's card marked, and the labels the cards share."""
    ids_by_year: dict[int, list[str]] = {}
    for event_id, year in zip(visible["event_id"], visible["year"], strict=True):
        ids_by_year.setdefault(int(year), []).append(event_id)
    return {
        "labels": {
            "marked": t("timeline.marked", lang),
            "link": t("timeline.link", lang),
            "details": t("timeline.details", lang),
            "source": t("timeline.source", lang),
        },
        "periods": [
            {
                "label": period_label(period, lang),
                "years": [
                    {
                        "year": year,
                        "anchor": year_anchor(year),
                        "events": [
                            {**cards[i], "link": link(i), "marked": i == opened} for i in ids_by_year[year]
                        ],
                    }
                    for year in period.years
                ],
            }
            for period in periods_
        ],
    }


def ordered_events(shown: pd.DataFrame, order: Order) -> pd.DataFrame:
    """The shown events in reading order (the frame comes sorted oldest first)."""
    return shown.iloc[::-1] if order == "newest" else shown


def batch_size(count: int, requested: int, position: int | None) -> int:
    """How many cards to draw: what the reader asked for, and at least up to the opened event."""
    wanted = max(requested, position + 1 if position is not None else 0)
    return min(count, -(-wanted // LIST_BATCH) * LIST_BATCH)
