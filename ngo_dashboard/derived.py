"""Series computed from the data, never stored: constant prices, per resident, coverage by year.

Pure. No interpolation anywhere: a value that cannot be computed from stated figures is missing,
and the reason is kept next to it.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

from ngo_dashboard.data import Dataset
from ngo_dashboard.models import RESIDENTS_MONEY_SERIES

Prices = Literal["nominal", "real"]
CoverageStatus = Literal["known", "document_known", "none"]
# Which document of a programme year most likely holds its planned total (see coverage_frame).
DOCUMENT_PREFERENCE = ["resolution", "programme_text", "draft", "consultation", "mention", "preparatory"]
STATUS_PREFERENCE = ["confirmed", "probable", "conflict"]


def calculation_series(dataset: Dataset, series: str) -> pd.Series:
    """Values by year of the rows marked use_in_calculations (one per year, by validation)."""
    frame = dataset.frame("context")
    frame = frame[(frame["series"] == series) & frame["use_in_calculations"]]
    return frame.set_index("year")["value"].sort_index()


def cpi_years(dataset: Dataset) -> list[int]:
    return [int(y) for y in calculation_series(dataset, "cpi").index]


def price_factor(cpi: pd.Series, year: int, base_year: int) -> float | None:
    """Multiplier taking PLN of `year` to PLN of `base_year` by chaining the yearly CPI
    (previous year = 100). None if a year of the chain has no CPI value."""
    if year == base_year:
        return 1.0
    low, high = sorted((year, base_year))
    chain = [cpi.get(y) for y in range(low + 1, high + 1)]
    if any(v is None or pd.isna(v) for v in chain):
        return None
    factor = 1.0
    for value in chain:
        factor *= value / 100
    return factor if base_year > year else 1 / factor


def default_base_year(dataset: Dataset) -> int | None:
    years = cpi_years(dataset)
    return years[-1] if years else None


def adjust(
    frame: pd.DataFrame,
    dataset: Dataset,
    *,
    amount_column: str = "amount_pln",
    prices: Prices = "nominal",
    base_year: int | None = None,
    per_resident: bool = False,
) -> pd.DataFrame:
    """Add `value` (amount in the chosen terms) and `value_missing` (why it is empty) to a frame
    with `year` and an amount column. Rows are never dropped: a gap stays a visible gap."""
    out = frame.copy()
    values = out[amount_column].astype("float64")
    reasons = pd.Series([""] * len(out), index=out.index, dtype="object")
    years = out["year"]
    if prices == "real":
        cpi = calculation_series(dataset, "cpi")
        base = base_year if base_year is not None else default_base_year(dataset)
        factors = [
            price_factor(cpi, int(y), base) if pd.notna(y) and base is not None else None for y in years
        ]
        no_cpi = pd.Series([f is None for f in factors], index=out.index)
        values = values * pd.Series([f if f is not None else float("nan") for f in factors], index=out.index)
        reasons[no_cpi & out[amount_column].notna()] = "no_cpi"
    if per_resident:
        population = calculation_series(dataset, "population")
        residents = years.map(lambda y: population.get(y) if pd.notna(y) else None).astype("float64")
        no_population = residents.isna() & out[amount_column].notna() & (reasons == "")
        reasons[no_population] = "no_population"
        values = values / residents
    out["value"] = values
    out["value_missing"] = reasons
    return out


def coverage_years(dataset: Dataset) -> list[int]:
    """Programme years from the year after the first programme document up to the latest year the
    data speaks of (or the package's creation year)."""
    programmes = dataset.frame("programmes")
    money = dataset.frame("money")
    dated = [int(d[:4]) for d in programmes["date"].dropna()]
    annual = programmes[programmes["kind"] == "annual"]
    candidates_end = [int(y) for y in annual["period_end"].dropna()] + [int(y) for y in money["year"]]
    if dataset.meta.created[:4].isdigit():
        candidates_end.append(int(dataset.meta.created[:4]))
    starts = [y + 1 for y in dated] + [int(y) for y in money["year"]]
    if not starts or not candidates_end:
        return []
    first = min(min(starts), min(candidates_end))
    return list(range(first, max(candidates_end) + 1))


def money_year_span(dataset: Dataset) -> tuple[int, int] | None:
    """First and last year of the money figures and of the programme years they are counted in."""
    years = [int(y) for y in dataset.frame("money")["year"]] + coverage_years(dataset)
    return (min(years), max(years)) if years else None


def headline_fact(money: pd.DataFrame) -> pd.Series | None:
    """The figure the Overview leads with: the latest programme total, else the latest figure."""
    totals = money[money["measure"] == "programme_total"]
    latest = (totals if len(totals) else money).sort_values("year").tail(1)
    return latest.iloc[0] if len(latest) else None


def best_programme_documents(dataset: Dataset) -> dict[int, str]:
    """Year -> doc_id of the annual programme document most likely to hold that year's total."""
    docs = dataset.frame("programmes")
    docs = docs[(docs["kind"] == "annual") & docs["period_start"].notna()]
    ranked = docs.assign(
        _type=docs["document_type"].map(DOCUMENT_PREFERENCE.index),
        _status=docs["status"].map(STATUS_PREFERENCE.index),
    ).sort_values(["period_start", "_type", "_status"], kind="stable")
    best = ranked.drop_duplicates("period_start")
    return {int(year): doc_id for year, doc_id in zip(best["period_start"], best["doc_id"], strict=True)}


def coverage_frame(dataset: Dataset) -> pd.DataFrame:
    """Measure × year: known / document_known (programme total only) / none, with pointers."""
    money = dataset.frame("money")
    measures = list(dict.fromkeys(["programme_total", *money["measure"]]))
    facts = money.groupby(["year", "measure"])["fact_id"].agg(",".join).to_dict()
    documents = best_programme_documents(dataset)
    rows = []
    for year in coverage_years(dataset):
        for measure in measures:
            fact_ids = facts.get((year, measure), "")
            doc_id = documents.get(year) if not fact_ids and measure == "programme_total" else None
            status: CoverageStatus = "known" if fact_ids else "document_known" if doc_id else "none"
            rows.append(
                {"year": year, "measure": measure, "status": status, "fact_ids": fact_ids, "doc_id": doc_id}
            )
    return pd.DataFrame(rows, columns=["year", "measure", "status", "fact_ids", "doc_id"])


def residents_money_frame(dataset: Dataset, years: tuple[int, int] | None = None) -> pd.DataFrame:
    """The participatory budget per edition (year, value, qualifier, basis, source_id), to show beside
    the money figures and nothing more.

    Residents' money, not NGO funding: it comes from the context table, never from `money`, so no money
    total, trend or coverage can take it in (`coverage_frame` and `adjust` read only money rows).
    """
    context = dataset.frame("context")
    rows = context[context["series"].isin(RESIDENTS_MONEY_SERIES)]
    if years is not None:
        rows = rows[rows["year"].between(*years)]
    columns = ["series", "year", "value", "qualifier", "basis", "source_id"]
    return rows.sort_values("year", kind="stable")[columns].reset_index(drop=True)


def residents_money_drawable(prices: Prices, per_resident: bool) -> bool:
    """Residents' money is drawn in nominal złoty only. A pool is voted in its edition year and mostly
    spent the next, so constant prices or a per-resident figure would rest on a spending year that the
    sources do not state; nothing is converted on an assumption."""
    return prices == "nominal" and not per_resident
