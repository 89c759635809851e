"""The timeline as a list: events grouped by year, years grouped into periods of the programme eras.

Pure. A period is either a multi-year programme (overlapping programmes whose sources disagree are
one period, marked disputed) or the years before, between or after them; it is derived from the
programme registry, never typed. The year navigation links to each year's heading by its anchor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from ngo_dashboard.eras import Era
from ngo_dashboard.i18n import Lang, count_of, t

Order = Literal["oldest", "newest"]
ORDERS: tuple[Order, ...] = ("oldest", "newest")
PeriodKind = Literal["before", "programme", "between", "after", "years"]  # "years": no programmes known
# Cards drawn at first, and added by each "show more" (which keeps the reader's place). NOTE: each card
# costs a phone ~20 ms of blocking time (Lighthouse mobile A/B, bench/RESULTS.md): all 72 shipped
# events at once blocked for 1.5-2.6 s, 30 for 0.5-1.1 s. Fewer is not reliably faster: in two same-run
# A/Bs 20 cards blocked for 1.0-1.5 s and 15 as long as 30 (bench/RESULTS.md, F2: how React's commits of
# the element tree fall decides it more than the count).
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


def ordered_events(shown: pd.DataFrame, order: Order) -> pd.DataFrame:
    """The shown events in reading order (the frame comes sorted oldest first)."""
    return shown.iloc[::-1] if order == "newest" else shown


def batch_size(count: int, requested: int, position: int | None) -> int:
    """How many cards to draw: what the reader asked for, and at least up to the opened event."""
    wanted = max(requested, position + 1 if position is not None else 0)
    return min(count, -(-wanted // LIST_BATCH) * LIST_BATCH)
