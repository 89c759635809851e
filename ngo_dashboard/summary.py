"""Generated text summaries of what the data shows; they double as the charts' text alternatives.

Pure. Every sentence is computed from the frames passed in; nothing is typed about the data. Each
summary is a list of sentences: the UI shows them as a list, `" ".join()` gives one paragraph.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from ngo_dashboard.i18n import Lang, count_of, format_partial_date, format_pln, plural, qualified, t


def years_since(first_year: int, today: date) -> int:
    return today.year - first_year


def _figure(value: float, qualifier: str, lang: Lang) -> str:
    return qualified(format_pln(value, lang), qualifier, lang)


def _money_count(values: pd.DataFrame, source_count: int, lang: Lang) -> str:
    return t(
        "summary.money_count",
        lang,
        is_=plural("verb.is", lang, len(values)),
        facts=count_of(len(values), "noun.figure", lang),
        first=int(values["year"].min()),
        last=int(values["year"].max()),
        sources=count_of(source_count, "noun.source_gen", lang),
    )


def _money_changes(values: pd.DataFrame, lang: Lang) -> list[str]:
    """First and last figure of each (measure, basis) with two or more; never across bases."""
    series = [g.sort_values("year") for _, g in values[values["value"].notna()].groupby(["measure", "basis"])]
    comparable = [g for g in series if len(g) >= 2]
    if not comparable:
        return [t("summary.money_no_trend", lang)]
    sentences = []
    for group in comparable:
        a, b = group.iloc[0], group.iloc[-1]
        sentences.append(
            t(
                "summary.money_change",
                lang,
                measure=t(f"measure.{a['measure']}", lang),
                basis=t(f"basis.{a['basis']}", lang),
                first=_figure(a["value"], a["qualifier"], lang),
                first_year=int(a["year"]),
                last=_figure(b["value"], b["qualifier"], lang),
                last_year=int(b["year"]),
            )
        )
    return sentences


def _measure_years(values: pd.DataFrame, lang: Lang) -> list[str]:
    """For each measure: how many years have a figure of this kind, then its latest figure."""
    sentences = []
    for measure, group in values.sort_values("year").groupby("measure", sort=False):
        row = group.iloc[-1]
        amount = (
            _figure(row["value"], row["qualifier"], lang)
            if pd.notna(row["value"])
            else t("summary.not_convertible", lang)
        )
        years = sorted({int(y) for y in group["year"]})
        latest = {
            "measure": t(f"measure.{measure}", lang),
            "amount": amount,
            "basis": t(f"basis.{row['basis']}", lang),
            "year": int(row["year"]),
        }
        if len(years) == 1:
            sentences.append(t("summary.money_one_year", lang, **latest))
        else:
            listed = ", ".join(str(y) for y in years)
            count = count_of(len(years), "noun.year_gen", lang)
            sentences.append(t("summary.money_years", lang, years=count, listed=listed, **latest))
    return sentences


def _programme_coverage(coverage: pd.DataFrame, lang: Lang) -> list[str]:
    """How many programme years have a total, a known document, or nothing."""
    programme = coverage[coverage["measure"] == "programme_total"]
    if not len(programme):
        return []
    counts = programme["status"].value_counts()
    return [
        t(
            "summary.coverage",
            lang,
            years=count_of(len(programme), "noun.year_gen", lang),
            first=int(programme["year"].min()),
            last=int(programme["year"].max()),
            known=int(counts.get("known", 0)),
            documents=int(counts.get("document_known", 0)),
            none=int(counts.get("none", 0)),
        )
    ]


def money_summary(
    values: pd.DataFrame,
    coverage: pd.DataFrame,
    lang: Lang,
    *,
    source_count: int,
    prices: str = "nominal",
    base_year: int | None = None,
    per_resident: bool = False,
) -> list[str]:
    """What the money facts in view say, what they do not, and how much is missing."""
    if values.empty:
        return [t("summary.money_empty", lang)]
    sentences = [_money_count(values, source_count, lang)]
    if prices == "real" and base_year is not None:
        sentences.append(t("summary.money_real", lang, base=base_year))
    if per_resident:
        sentences.append(t("summary.money_per_resident", lang))
    return (
        sentences
        + _money_changes(values, lang)
        + _measure_years(values, lang)
        + _programme_coverage(coverage, lang)
    )


def residents_money_summary(reference: pd.DataFrame, lang: Lang, *, drawn: bool) -> list[str]:
    """What the chart shows of the participatory budget beside the money, or why it shows none.

    The pools are listed one by one, never added up; under constant prices or per resident they are
    not drawn, and the summary says why instead of listing them.
    """
    if not drawn:
        return [t("summary.residents_money_nominal_only", lang)]
    if reference.empty:
        return [t("summary.residents_money_none", lang)]
    pools = "; ".join(
        f"{int(y)}: {_figure(v, q, lang)}"
        for y, v, q in zip(reference["year"], reference["value"], reference["qualifier"], strict=True)
    )
    return [t("summary.residents_money", lang, pools=pools)]


def timeline_summary(shown: pd.DataFrame, total: int, lang: Lang) -> str:
    if shown.empty:
        return t("summary.events_empty", lang, total=total)
    top = shown["category"].value_counts()
    first, last = shown.iloc[0], shown.iloc[-1]
    return t(
        "summary.events",
        lang,
        shown=count_of(len(shown), "noun.event", lang),
        total=total,
        first_year=int(shown["year"].min()),
        last_year=int(shown["year"].max()),
        category=t(f"category.{top.index[0]}", lang),
        category_count=int(top.iloc[0]),
        first=f"{format_partial_date(first['date'], lang)} – {first[f'title_{lang}']}",
        last=f"{format_partial_date(last['date'], lang)} – {last[f'title_{lang}']}",
    )


def competitions_summary(competitions: pd.DataFrame, lang: Lang) -> list[str]:
    if competitions.empty:
        return [t("summary.competitions_empty", lang)]
    yearly = competitions[competitions["amount_pln"].notna() & competitions["year"].notna()]
    no_split = competitions[competitions["yearly_split"] == "none"]["call_id"].nunique()
    counted = {
        "competitions": count_of(competitions["call_id"].nunique(), "noun.competition", lang),
        "rows": count_of(len(competitions), "noun.row", lang),
    }
    dated = competitions["year"].dropna()
    if len(dated):
        sentences = [
            t("summary.competitions_count", lang, first=int(dated.min()), last=int(dated.max()), **counted)
        ]
    else:
        sentences = [t("summary.competitions_count_undated", lang, **counted)]
    if len(yearly):
        by_year = yearly.groupby("year")["amount_pln"].sum()
        peak_year = int(by_year.idxmax())
        sentences.append(
            t(
                "summary.competitions_peak",
                lang,
                year=peak_year,
                amount=format_pln(by_year.max(), lang),
                count=count_of(int((yearly["year"] == peak_year).sum()), "noun.competition", lang),
            )
        )
    totals = competitions[competitions["total_pln"].notna()].drop_duplicates("call_id")
    if len(totals):
        biggest = totals.loc[totals["total_pln"].idxmax()]
        sentences.append(
            t(
                "summary.competitions_largest",
                lang,
                title=biggest["title"],
                amount=_figure(biggest["total_pln"], biggest["total_qualifier"], lang),
            )
        )
    if no_split:
        sentences.append(t("summary.competitions_no_split", lang, count=no_split))
    sentences.append(t("summary.competitions_caveat", lang))
    return sentences
