"""Tables for people (localised headers, Babel-formatted values) and for downloads (raw + provenance).

Pure. The download keeps machine-readable values and adds each row's source title and address, so a
CSV taken from any view can be cited on its own.
"""

from __future__ import annotations

import pandas as pd

from ngo_dashboard.data import Dataset
from ngo_dashboard.i18n import Lang, format_partial_date, format_pln, qualified, t


def _money(value: object, qualifier: object, lang: Lang) -> str:
    if value is None or pd.isna(value):
        return "—"
    return qualified(format_pln(float(value), lang), str(qualifier or "exact"), lang)


def _label(vocab: str, value: object, lang: Lang) -> str:
    return "—" if value is None or pd.isna(value) else t(f"{vocab}.{value}", lang)


def _col(key: str, lang: Lang) -> str:
    return t(f"col.{key}", lang)


def money_table(values: pd.DataFrame, dataset: Dataset, lang: Lang, *, value_header: str) -> pd.DataFrame:
    rows = values.sort_values(["year", "measure"])
    return pd.DataFrame(
        {
            _col("year", lang): rows["year"].astype(int).astype(str),
            _col("measure", lang): [_label("measure", m, lang) for m in rows["measure"]],
            _col("basis", lang): [_label("basis", b, lang) for b in rows["basis"]],
            _col("amount", lang): [
                _money(v, q, lang) for v, q in zip(rows["amount_pln"], rows["qualifier"], strict=True)
            ],
            value_header: [
                _money(v, q, lang) if pd.notna(v) else t(f"chart.missing_{r}", lang, year=y) if r else "—"
                for v, q, r, y in zip(
                    rows["value"], rows["qualifier"], rows["value_missing"], rows["year"], strict=True
                )
            ],
            _col("scope", lang): rows[f"scope_note_{lang}"],
            _col("source", lang): [dataset.source(s).title for s in rows["source_id"]],
            _col("quote", lang): rows["quote"],
        }
    )


def competitions_table(competitions: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    return pd.DataFrame(
        {
            _col("year", lang): [str(int(y)) if pd.notna(y) else "—" for y in competitions["year"]],
            _col("title", lang): competitions["title"],
            _col("area", lang): [_label("area", a, lang) for a in competitions["area"]],
            _col("form", lang): [_label("form", f, lang) for f in competitions["form"]],
            _col("amount", lang): [
                _money(v, q, lang)
                for v, q in zip(competitions["amount_pln"], competitions["qualifier"], strict=True)
            ],
            _col("basis", lang): [_label("basis", b, lang) for b in competitions["basis"]],
            _col("total", lang): [
                _money(v, q, lang)
                for v, q in zip(competitions["total_pln"], competitions["total_qualifier"], strict=True)
            ],
            _col("split", lang): [_label("yearly_split", s, lang) for s in competitions["yearly_split"]],
            _col("department", lang): competitions["department"],
        }
    )


def events_table(events: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    return pd.DataFrame(
        {
            _col("date", lang): [format_partial_date(d, lang) for d in events["date"]],
            _col("category", lang): [_label("category", c, lang) for c in events["category"]],
            _col("title", lang): events[f"title_{lang}"],
            _col("description", lang): events[f"description_{lang}"],
        }
    )


def sources_table(sources: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    return pd.DataFrame(
        {
            _col("title", lang): sources["title"],
            _col("publisher", lang): sources["publisher"],
            _col("published", lang): [
                format_partial_date(p, lang) if isinstance(p, str) else "—" for p in sources["published"]
            ],
            _col("kind", lang): [_label("source_kind", k, lang) for k in sources["kind"]],
            _col("url", lang): sources["url"],
        }
    )


def coverage_matrix(coverage: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Year × measure (years as rows: readable on a phone) with a mark in every cell, never a colour alone."""
    marks = {
        "known": t("coverage.cell_known", lang),
        "document_known": t("coverage.cell_document", lang),
        "none": t("coverage.cell_none", lang),
    }
    matrix = coverage.assign(mark=coverage["status"].map(marks)).pivot(
        index="year", columns="measure", values="mark"
    )
    matrix = matrix[
        list(dict.fromkeys(coverage["measure"]))
    ]  # the programme total first, as coverage lists it
    matrix.columns = [t(f"measure.{m}", lang) for m in matrix.columns]
    matrix.index = pd.Index([str(y) for y in matrix.index], name=t("col.year", lang))
    return matrix


def with_provenance(frame: pd.DataFrame, dataset: Dataset) -> pd.DataFrame:
    """Raw rows plus source title and URL (and the second source, where a table has one)."""
    out = frame.copy()
    titles = {s.source_id: s.title for s in dataset.sources}
    urls = {s.source_id: s.url for s in dataset.sources}
    for column, suffix in (("source_id", ""), ("source_id_2", "_2")):
        if column in out:
            out[f"source_title{suffix}"] = out[column].map(titles).fillna("")
            out[f"source_url{suffix}"] = out[column].map(urls).fillna("")
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM so Excel opens Polish letters correctly; comma-separated, like the data package.
    Whole-złoty columns are written without a trailing '.0'."""
    out = frame.copy()
    floats = out.select_dtypes("float").columns
    out[floats] = out[floats].convert_dtypes()  # whole-number floats become Int64
    return out.to_csv(index=False).encode("utf-8-sig")
