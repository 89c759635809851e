"""Row models of the data package: one pydantic model per CSV table, with closed vocabularies.

Pure: no streamlit, no I/O. Field descriptions double as the data dictionary in datapackage.json.
Rules that need more than one row (unique ids, sources that exist) live in `validation.py`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

Category = Literal[
    "milestone", "programme", "law", "institution", "participation", "civic_centre", "funding", "other"
]
Precision = Literal["day", "month", "year"]
Qualifier = Literal["exact", "about", "at_least", "at_most"]
Measure = Literal[
    "programme_total",
    "programme_new_tasks",
    "ngo_transfers_total",
    "city_office_contracted_tasks",
    "mops_grants",
    "ngo_commissioning_spending",
]
MoneyBasis = Literal["planned", "executed", "unknown"]
CallBasis = Literal["planned", "awarded"]
Area = Literal[
    "social_welfare",
    "civic_society",
    "disability",
    "seniors",
    "foreigners_integration",
    "culture",
    "sport",
    "tourism",
    "health",
    "education",
    "addiction_prevention",
    "other",
]
Form = Literal["powierzenie", "wsparcie", "unknown"]
YearlySplit = Literal["single_year", "full", "partial", "none", "unknown"]
PriorKind = Literal["combined", "cumulative", "as_stated"]
SourceKind = Literal["primary", "secondary"]
ProgrammeKind = Literal["pilot", "first_programme", "annual", "multi_year"]
DocumentType = Literal["resolution", "draft", "consultation", "programme_text", "mention", "preparatory"]
Status = Literal["confirmed", "probable", "conflict"]
Series = Literal[
    "cpi",
    "population",
    "expenditure",
    "participatory_budget",
    "participatory_budget_citywide",
    "registered_ngos",
    "municipal_premises_ngos",
    "culture_call_offers",
]
ContextUnit = Literal["index_prev_year_100", "persons", "PLN", "count"]
# The unit each series is measured in (checked on every row).
SERIES_UNITS: dict[str, str] = {
    "cpi": "index_prev_year_100",
    "population": "persons",
    "expenditure": "PLN",
    "participatory_budget": "PLN",
    "participatory_budget_citywide": "PLN",
    "registered_ngos": "count",
    "municipal_premises_ngos": "count",
    "culture_call_offers": "count",
}
# Series that are residents' money, not money for NGOs: shown only beside the money figures, never
# summed with them and never counted as coverage of the programme (see derived.residents_money_frame).
RESIDENTS_MONEY_SERIES = ("participatory_budget",)
ContextBasis = Literal[
    "annual_average",
    "end_of_year",
    "date_not_stated",
    "as_of_date",
    "executed",
    "adopted_plan",
    "draft",
    "planned",
    "call_result",
]

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_TAG = re.compile(r"<[a-zA-Z!/?]")
_FORMULA_START = ("=", "+", "@")
# http(s) only, in any letter case; written without flags so datapackage.json can carry it as is.
URL_PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+[^\s]*$"
_URL = re.compile(URL_PATTERN)


@dataclass(frozen=True)
class DescriptorPattern:
    """A Table Schema `pattern` for datapackage.json only (pydantic ignores it): the model checks the
    same rule in its own validator, with its own message, and the reference validator gets it too."""

    pattern: str


def _plain_text(value: str) -> str:
    """Refuse markup and spreadsheet formulas: data text is shown as text everywhere it goes."""
    if _TAG.search(value):
        raise ValueError("markup")
    if value.startswith(_FORMULA_START):
        raise ValueError("formula")
    return value


def _http_url(value: str) -> str:
    if not _URL.match(value):
        raise ValueError("url")
    return value


def _partial_date(value: str) -> str:
    date_bounds(value)  # raises ValueError("date") when the calendar date does not exist
    return value


Text = Annotated[str, Field(min_length=1), AfterValidator(_plain_text)]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=120)]
HttpUrl = Annotated[str, AfterValidator(_http_url), DescriptorPattern(URL_PATTERN)]
PartialDate = Annotated[str, Field(pattern=PARTIAL_DATE_PATTERN), AfterValidator(_partial_date)]
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_FLAGS = {"true": True, "false": False}


def _cell(pattern: re.Pattern[str], code: str) -> Callable[[object], object]:
    """Spreadsheet cells are text: accept exactly one spelling, so '1 000', '12,5', '1_000' or 'inf'
    get a clear message instead of a silent guess."""

    def check(value: object) -> object:
        if isinstance(value, str) and not pattern.match(value):
            raise ValueError(code)
        return value

    return check


def _flag(value: object) -> object:
    if isinstance(value, str):
        if value.lower() not in _FLAGS:
            raise ValueError("boolean")
        return _FLAGS[value.lower()]
    return value


Int = Annotated[int, BeforeValidator(_cell(_INTEGER, "integer"))]
Number = Annotated[float, BeforeValidator(_cell(_NUMBER, "number"))]
Flag = Annotated[bool, BeforeValidator(_flag)]
Year = Annotated[Int, Field(ge=1900, le=2100)]
Pln = Annotated[Number, Field(ge=0)]


def date_precision(value: str) -> Precision:
    return {4: "year", 7: "month", 10: "day"}[len(value)]  # type: ignore[return-value]


def date_bounds(value: str) -> tuple[date, date]:
    """First and last calendar day an ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean."""
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            year, month = parts
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(*parts)
        return day, day
    except ValueError as exc:
        raise ValueError("date") from exc


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    def _require_pair(self, pl: str, en: str) -> None:
        """Bilingual text comes in pairs: both languages or neither."""
        if (getattr(self, pl) is None) != (getattr(self, en) is None):
            missing = pl if getattr(self, pl) is None else en
            raise ValueError(f"translation:{missing}")


class Source(Row):
    """One public document that facts are taken from.

    Example: `krakow-pl-247251`, "Międzynarodowy Dzień NGO", krakow.pl (Urząd Miasta Krakowa),
    published 2021-03-01, primary, Polish.
    """

    source_id: Slug = Field(description="Stable id of the source, lower-case slug; other tables refer to it.")
    title: Text = Field(description="Title of the document as published (in its own language).")
    publisher: Text = Field(description="Who published it: the site and the body behind it.")
    url: HttpUrl = Field(description="Address of the document (http or https), as the source gave it.")
    published: PartialDate | None = Field(
        None, description="Publication date (YYYY, YYYY-MM or YYYY-MM-DD); empty if not stated."
    )
    accessed: date | None = Field(
        None, description="Date the address was last checked (YYYY-MM-DD); empty if not recorded."
    )
    kind: SourceKind = Field(
        description="primary = published by the body that decided or measured it (the city and its "
        "units, GUS); secondary = press, NGOs, third-party portals and copies."
    )
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] = Field(
        description="Language of the document, ISO 639-1 (pl, en, …)."
    )
    note: Text | None = Field(None, description="Caveats about the address or the copy (English).")


class Event(Row):
    """One dated event of the timeline."""

    event_id: Slug = Field(description="Stable id, used in links (?event=<id>); never reuse or rename.")
    date: PartialDate = Field(description="Date at the precision given in date_precision.")
    date_precision: Precision = Field(description="day, month or year; a year-only date is not 1 January.")
    date_inferred: Flag = Field(
        False, description="true if the source gives no year (or a relative date) and it was inferred."
    )
    category: Category = Field(description="Lane of the timeline.")
    title_pl: Text = Field(description="Short title in Polish.")
    title_en: Text = Field(description="Short title in English.")
    description_pl: Text = Field(description="One-sentence description in Polish.")
    description_en: Text = Field(description="One-sentence description in English.")
    note_pl: Text | None = Field(None, description="Caveat or conflict, in Polish.")
    note_en: Text | None = Field(None, description="Caveat or conflict, in English.")
    source_id: Slug = Field(description="Source that supports the date and the event.")
    quote: Text = Field(description="Exact sentence from the source; [brackets] are editorial.")

    @model_validator(mode="after")
    def _consistent(self) -> Event:
        if date_precision(self.date) != self.date_precision:
            raise ValueError("precision")
        self._require_pair("note_pl", "note_en")
        return self


class MoneyFact(Row):
    """One money figure found in a source (not an open-competition row). Nothing is summed."""

    fact_id: Slug = Field(description="Stable id of the figure.")
    year: Year = Field(description="Year the amount refers to.")
    measure: Measure = Field(description="What the amount is (see data/README.md).")
    basis: MoneyBasis = Field(description="planned, executed or unknown; never mixed in one line.")
    qualifier: Qualifier = Field(
        description="exact; about ('blisko', 'około'); at_least ('przeszło', 'ponad'); at_most ('do')."
    )
    amount_pln: Pln = Field(
        description="Amount in PLN, nominal, written out in full (a dot before grosze).",
        json_schema_extra={"unit": "PLN"},
    )
    organisations_count: Annotated[Int, Field(ge=0)] | None = Field(
        None, description="Number of organisations, where the source gives one."
    )
    scope_note_pl: Text = Field(description="What the figure covers and does not cover, in Polish.")
    scope_note_en: Text = Field(description="What the figure covers and does not cover, in English.")
    source_id: Slug = Field(description="Source of the figure.")
    quote: Text = Field(description="Exact sentence from the source that contains the figure.")


class Competition(Row):
    """One open call (or similar funding round) in one year."""

    call_id: Slug = Field(description="Stable id of the call; repeats on each year row of that call.")
    year: Year | None = Field(None, description="Year amount_pln belongs to; empty if the source gives none.")
    title: Text = Field(description="Task title in Polish; clarifications in brackets.")
    department: Text = Field(description="City unit that ran the call.")
    area: Area = Field(description="Public-benefit area.")
    form: Form = Field(description="powierzenie (delegated, fully funded), wsparcie (co-funded) or unknown.")
    basis: CallBasis = Field(description="planned (as announced) or awarded (results).")
    qualifier: Qualifier = Field(description="Wording of amount_pln: exact, about, at_least or at_most.")
    amount_pln: Pln | None = Field(
        None,
        description="Public money for that year (PLN). Empty when the notice gives no yearly amount.",
        json_schema_extra={"unit": "PLN"},
    )
    total_pln: Pln | None = Field(
        None,
        description="Total for the whole call as stated (PLN); empty if none.",
        json_schema_extra={"unit": "PLN"},
    )
    total_qualifier: Qualifier | None = Field(
        None, description="Wording of total_pln; empty when total_pln is."
    )
    yearly_split: YearlySplit = Field(
        description="single_year; full (every year has a row); partial (some years not visible); "
        "none (only a multi-year total: never spread it over years); unknown (no amount at all)."
    )
    period_start: date | None = Field(None, description="First day of the task period.")
    period_end: date | None = Field(None, description="Last day of the task period.")
    announced: date | None = Field(None, description="Publication date of the notice, where stated.")
    prior_year: Year | None = Field(None, description="Year named in the notice's prior-funding sentence.")
    prior_amount_pln: Pln | None = Field(
        None,
        description="Prior funding as the notice states it; never sum it.",
        json_schema_extra={"unit": "PLN"},
    )
    prior_kind: PriorKind | None = Field(
        None,
        description="combined (this year plus prior_year), cumulative (all earlier editions) or as_stated.",
    )
    source_id: Slug = Field(description="Source of the notice.")
    source_id_2: Slug | None = Field(None, description="A second copy of the notice, if any.")
    quote: Text = Field(description="Exact text from the notice; [brackets] are editorial, ... omits text.")
    note_pl: Text | None = Field(None, description="Caveat, in Polish.")
    note_en: Text | None = Field(None, description="Caveat, in English.")

    @model_validator(mode="after")
    def _consistent(self) -> Competition:
        self._require_pair("note_pl", "note_en")
        if (self.total_pln is None) != (self.total_qualifier is None):
            raise ValueError("total_qualifier")
        if self.yearly_split == "none" and (self.amount_pln is not None or self.total_pln is None):
            raise ValueError("split_none")
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValueError("period")
        if (self.prior_amount_pln is None) != (self.prior_kind is None):
            raise ValueError("prior_kind")
        return self


class ContextValue(Row):
    """One value of a context series (CPI, population, city expenditure, participatory budget, counts)."""

    series: Series = Field(
        description="cpi (GUS, previous year = 100), population (persons), expenditure (PLN), "
        "participatory_budget and participatory_budget_citywide (PLN; residents' money, not NGO "
        "funding), registered_ngos, municipal_premises_ngos, culture_call_offers (counts)."
    )
    year: Year = Field(description="Reference year.")
    value: Annotated[Number, Field(gt=0)] = Field(description="The value, in the series' unit.")
    unit: ContextUnit = Field(description="Unit of value; follows from the series.")
    basis: ContextBasis = Field(description="What the value measures or when (see data/README.md).")
    qualifier: Qualifier = Field(description="Wording of the value: exact, about, at_least or at_most.")
    use_in_calculations: Flag = Field(
        False, description="true for the one row per series and year that derived series use."
    )
    series_break: Flag = Field(
        False, description="true if this year starts a new statistical basis (e.g. after a census)."
    )
    note_pl: Text | None = Field(None, description="Caveat, in Polish.")
    note_en: Text | None = Field(None, description="Caveat, in English.")
    source_id: Slug = Field(description="Source of the value.")
    quote: Text = Field(description="Exact text from the source.")

    @model_validator(mode="after")
    def _consistent(self) -> ContextValue:
        self._require_pair("note_pl", "note_en")
        if self.unit != SERIES_UNITS[self.series]:
            raise ValueError("unit")
        return self


class ProgrammeDocument(Row):
    """One known document or event of a cooperation programme (resolution, draft, consultation…)."""

    doc_id: Slug = Field(description="Stable id of the document.")
    period_start: Year | None = Field(None, description="First programme year; empty if unknown.")
    period_end: Year | None = Field(None, description="Last programme year; empty if unknown.")
    kind: ProgrammeKind = Field(description="annual, multi_year, pilot or first_programme.")
    document_type: DocumentType = Field(
        description="resolution, draft, consultation, programme_text, mention or preparatory."
    )
    title_pl: Text = Field(description="The document, with official titles and numbers, in Polish.")
    title_en: Text = Field(description="The document, in English.")
    date: PartialDate | None = Field(
        None, description="Adoption, reading or publication date; empty if unknown."
    )
    status: Status = Field(description="confirmed, probable (unconfirmed) or conflict (sources disagree).")
    source_id: Slug = Field(description="Source of the document or of the mention.")
    note_pl: Text | None = Field(None, description="Inferences, gaps and conflicts, in Polish.")
    note_en: Text | None = Field(None, description="Inferences, gaps and conflicts, in English.")

    @model_validator(mode="after")
    def _consistent(self) -> ProgrammeDocument:
        self._require_pair("note_pl", "note_en")
        if (self.period_start is None) != (self.period_end is None):
            raise ValueError("period")
        if self.period_start is not None and self.period_start > self.period_end:  # type: ignore[operator]
            raise ValueError("period")
        return self
