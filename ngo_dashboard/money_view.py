"""The money view: what the money chart of the Overview and Money pages shows for one set of options.

Pure: a dataset and options in, the figure, its rows, summary and sources out. The UI caches it per
(dataset, options, language) and only reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from ngo_dashboard import derived
from ngo_dashboard.charts import build_money_figure
from ngo_dashboard.data import Dataset
from ngo_dashboard.eras import programme_eras
from ngo_dashboard.filter_summary import chosen_phrase, summary_line, years_phrase
from ngo_dashboard.i18n import Lang, format_partial_date, t
from ngo_dashboard.provenance import cite, describe_source, unique_ids
from ngo_dashboard.summary import money_summary, residents_money_summary
from ngo_dashboard.tables import money_table
from ngo_dashboard.timeline import CATEGORY_ORDER, milestone_positions

BASES = ("planned", "executed", "unknown")


@dataclass(frozen=True)
class MoneyOptions:
    measures: tuple[str, ...]
    years: tuple[int, int]
    bases: tuple[str, ...] = BASES
    prices: str = "nominal"
    base_year: int | None = None
    per_resident: bool = False
    milestone_categories: tuple[str, ...] = ()
    participatory_budget: bool = False  # residents' money beside the figures, for comparison only


@dataclass(frozen=True)
class MoneyView:
    figure: go.Figure
    rows: pd.DataFrame  # the figures in view, in the chosen terms (value_shown), for table and CSV
    value_header: str
    summary: tuple[str, ...]
    alt: str
    source_ids: tuple[str, ...]


def y_title(options: MoneyOptions, lang: Lang) -> str:
    if options.prices == "real":
        key = "chart.y_real_per_resident" if options.per_resident else "chart.y_real"
        return t(key, lang, base=options.base_year)
    return t("chart.y_nominal_per_resident" if options.per_resident else "chart.y_nominal", lang)


def options_summary(options: MoneyOptions, measures: Sequence[str], bases: Sequence[str], lang: Lang) -> str:
    """What the Money page's filters are set to, in words; `measures` and `bases` are those offered."""
    prices = (
        t("filter.prices_real", lang, base=options.base_year)
        if options.prices == "real"
        else t("money.prices_nominal", lang)
    )
    parts: list[tuple[str, str | None]] = [
        (
            t("money.measures", lang),
            chosen_phrase(options.measures, measures, lambda m: t(f"measure.{m}", lang), lang),
        ),
        (t("filter.years", lang), years_phrase(options.years)),
        (t("money.prices", lang), prices),
        (t("money.bases", lang), chosen_phrase(options.bases, bases, lambda b: t(f"basis.{b}", lang), lang)),
    ]
    if options.per_resident:
        parts.append((t("money.per_resident", lang), None))
    if options.participatory_budget:
        parts.append((t("money.participatory_budget", lang), None))
    parts.append(
        (
            t("money.milestones", lang),
            chosen_phrase(
                options.milestone_categories, CATEGORY_ORDER, lambda c: t(f"category.{c}", lang), lang
            ),
        )
    )
    return summary_line(parts)


def missing_years(
    coverage: pd.DataFrame,
    programmes: pd.DataFrame,
    measures: tuple[str, ...],
    lang: Lang,
    years: tuple[int, int],
) -> pd.DataFrame:
    """Years of the programme total with no figure, each with the document that holds it, if known."""
    if "programme_total" not in measures:
        return pd.DataFrame({"year": [], "hover": []})
    rows = coverage[
        (coverage["measure"] == "programme_total")
        & (coverage["status"] != "known")
        & coverage["year"].between(*years)
    ]
    titles = programmes.set_index("doc_id")[f"title_{lang}"]
    dates = programmes.set_index("doc_id")["date"]
    hovers = []
    for year, status, doc_id in zip(rows["year"], rows["status"], rows["doc_id"], strict=True):
        if status == "document_known":
            date = dates.get(doc_id)
            when = f" ({format_partial_date(date, lang)})" if isinstance(date, str) else ""
            hovers.append(t("chart.missing_document", lang, year=year, document=titles[doc_id] + when))
        else:
            hovers.append(t("chart.missing_none", lang, year=year))
    return pd.DataFrame({"year": list(rows["year"]), "hover": hovers})


def _values(data: Dataset, options: MoneyOptions, lang: Lang) -> pd.DataFrame:
    """The chosen money facts in the chosen terms, each with the source line of its hover."""
    money = data.frame("money")
    money = money[
        money["measure"].isin(options.measures)
        & money["basis"].isin(options.bases)
        & money["year"].between(*options.years)
    ]
    values = derived.adjust(
        money,
        data,
        prices=options.prices,  # type: ignore[arg-type]
        base_year=options.base_year,
        per_resident=options.per_resident,
    )
    return _with_source_labels(values, data, lang)


def _with_source_labels(rows: pd.DataFrame, data: Dataset, lang: Lang) -> pd.DataFrame:
    rows["source_label"] = [
        t("cite.one", lang, source=describe_source(data.source(s), lang)) for s in rows["source_id"]
    ]
    return rows


def _reference(data: Dataset, options: MoneyOptions, lang: Lang) -> pd.DataFrame | None:
    """Residents' money to compare with, if chosen: never summed with the figures, never coverage."""
    if not options.participatory_budget:
        return None
    return _with_source_labels(derived.residents_money_frame(data, options.years), data, lang)


def build_money_view(data: Dataset, options: MoneyOptions, lang: Lang) -> MoneyView:
    values = _values(data, options, lang)
    reference = _reference(data, options, lang)
    drawn = reference is not None and derived.residents_money_drawable(options.prices, options.per_resident)
    drawn_reference = reference if drawn else None
    coverage = derived.coverage_frame(data)
    programmes = data.frame("programmes")
    events = data.frame("events")
    milestones = milestone_positions(events[events["category"].isin(options.milestone_categories)], lang)
    money_source_ids = unique_ids(values["source_id"])
    source_ids = tuple(
        money_source_ids
        if drawn_reference is None
        else unique_ids([*money_source_ids, *drawn_reference["source_id"]])
    )
    figure = build_money_figure(
        values,
        lang,
        title=t("money.chart_title", lang, place=data.meta.place(lang)),
        y_title=y_title(options, lang),
        source_line=cite(source_ids, data, lang),
        per_resident=options.per_resident,
        missing=missing_years(coverage, programmes, options.measures, lang, options.years),
        milestones=milestones,
        eras=programme_eras(programmes),
        year_range=options.years,
        reference=drawn_reference,
    )
    summary = money_summary(
        values,
        coverage[coverage["year"].between(*options.years)],
        lang,
        source_count=len(money_source_ids),
        prices=options.prices,
        base_year=options.base_year,
        per_resident=options.per_resident,
    )
    if reference is not None:
        summary += residents_money_summary(reference, lang, drawn=drawn)
    return MoneyView(
        figure=figure,
        rows=values.drop(columns=["source_label"]),
        value_header=y_title(options, lang),
        summary=tuple(summary),
        alt=t("money.alt", lang, place=data.meta.place(lang)),
        source_ids=source_ids,
    )


def money_table_formatter(
    view: MoneyView, data: Dataset, lang: Lang
) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """The formatter that turns rows of this view into the table readers see."""
    return lambda rows: money_table(rows, data, lang, value_header=view.value_header)
