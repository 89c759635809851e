"""The filters of a view in one line of words, shown beside the button that opens them.

The filters sit behind a button (ui/filters.py) so a page opens on its chart; this line keeps what
they are set to in view, and it is what a reader copies along with a figure. Pure: values in, text out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ngo_dashboard.i18n import Lang, t

MAX_NAMED = 3  # up to this many chosen options are named; more are counted ("5 z 7")


def chosen_phrase(
    chosen: Sequence[str], options: Sequence[str], name: Callable[[str], str], lang: Lang
) -> str:
    """'wszystkie (7)', 'żadne', up to MAX_NAMED names in the options' order, or '5 z 7'."""
    wanted = set(chosen)
    picked = [option for option in options if option in wanted]
    if len(picked) == len(options):
        return t("filter.all", lang, count=len(options))
    if not picked:
        return t("filter.none", lang)
    if len(picked) <= MAX_NAMED:
        return ", ".join(name(option) for option in picked)
    return t("filter.some", lang, count=len(picked), total=len(options))


def years_phrase(years: tuple[int, int]) -> str:
    first, last = years
    return str(first) if first == last else f"{first}–{last}"


def summary_line(parts: Iterable[tuple[str, str | None]]) -> str:
    """'Label: value · Label: value'; a part without a value (a switch that is on) is its label alone."""
    return " · ".join(label if value is None else f"{label}: {value}" for label, value in parts)
