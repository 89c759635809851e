"""Every key of session state and of the URL, registered once, with the page that owns it.

NOTE: Streamlit has one namespace for widget keys, session state and (here) query parameters, and it
is global to a reader's session, not to a page: two widgets with one key on two pages would share a
value. So every key the UI uses is a name from this module; `_key` refuses a name twice, and
`tests/app/test_keys.py` fails when UI code passes a key that is not one of these names.

URL keys are public: they are in the links readers share. Rename one only for a good reason (an old
link then falls back to the default view, as any unknown value does).
"""

from __future__ import annotations

from dataclasses import dataclass

APP = "app"


@dataclass(frozen=True)
class Key:
    name: str
    owner: str  # a page id of navigation.PAGES, or APP for keys every page uses
    in_url: bool


REGISTRY: dict[str, Key] = {}


def _key(name: str, owner: str, *, url: bool = False) -> str:
    if name in REGISTRY:
        raise ValueError(f"key {name!r} is registered twice ({REGISTRY[name].owner} and {owner})")
    REGISTRY[name] = Key(name, owner, url)
    return name


@dataclass(frozen=True)
class ViewKeys:
    """The keys of one chart ⇄ table block: the switch (in the URL), the chart and its CSV."""

    view: str
    chart: str
    csv: str


def _view(base: str, owner: str) -> ViewKeys:
    return ViewKeys(
        view=_key(f"{base}_view", owner, url=True),
        chart=_key(f"{base}_chart", owner),
        csv=_key(f"{base}_csv", owner),
    )


LANG = _key("lang", APP, url=True)
LANG_BAR = _key("lang_bar", APP)  # the row of the language switch and the <html lang> script
DATA = _key("_data_key", APP)  # the data folder and its fingerprint, looked at once per run
LABELS_CHANGED = _key("_labels_changed", APP)  # this run relabels the choices (ui/urlstate.py)

OVERVIEW = _view("overview", "overview")
OVERVIEW_SOURCES = _key("overview_sources", "overview")

MONEY = _view("money", "money")
MONEY_SOURCES = _key("money_sources", "money")
MONEY_FILTERS = _key("m_filters", "money")  # the filters button and their summary (ui/filters.py)
MONEY_MEASURES = _key("measures", "money", url=True)
MONEY_YEARS = _key("m_years", "money", url=True)
MONEY_PRICES = _key("prices", "money", url=True)
MONEY_BASE_YEAR = _key("base", "money", url=True)
MONEY_BASES = _key("basis", "money", url=True)
MONEY_PER_RESIDENT = _key("per_resident", "money", url=True)
MONEY_MILESTONES = _key("milestones", "money", url=True)
MONEY_PARTICIPATORY_BUDGET = _key("participatory_budget", "money", url=True)

TIMELINE_QUERY = _key("q", "timeline", url=True)
TIMELINE_CATEGORIES = _key("categories", "timeline", url=True)
TIMELINE_YEARS = _key("t_years", "timeline", url=True)
TIMELINE_FILTERS = _key("t_filters", "timeline")
TIMELINE_ORDER = _key("order", "timeline", url=True)
EVENT = _key("event", "timeline", url=True)
EVENT_DETAIL = _key("event_detail", "timeline")  # the opened event's card, under the title
EVENT_CLOSE = _key("event_close", "timeline")
TIMELINE_CHART = _key("timeline_chart", "timeline")
TIMELINE_YEAR_NAV = _key("year_nav", "timeline")  # styled by ui/static/app.css
TIMELINE_LIST = _key("timeline_list", "timeline")  # the list element (ui/event_list.py)
TIMELINE_SHOWN = _key("t_shown", "timeline")  # how many cards the list draws ("show more")
TIMELINE_MORE = _key("t_more", "timeline")
TIMELINE_CSV = _key("timeline_csv", "timeline")
TIMELINE_TABLE = _key("t_table", "timeline")  # the fold of the table of events (ui/blocks.py)
TIMELINE_SOURCES = _key("timeline_sources", "timeline")

COMPETITIONS_QUERY = _key("c_q", "competitions", url=True)
COMPETITIONS_AREAS = _key("areas", "competitions", url=True)
COMPETITIONS_YEARS = _key("c_years", "competitions", url=True)
COMPETITIONS_FILTERS = _key("c_filters", "competitions")
COMPETITIONS_SORT = _key("sort", "competitions", url=True)
COMPETITIONS = _view("competitions", "competitions")
LARGEST_CSV = _key("largest_csv", "competitions")
COMPETITIONS_ALL = _key("c_all", "competitions")  # the fold of the table of all competitions
COMPETITIONS_SOURCES = _key("competitions_sources", "competitions")

DATA_TABLE = _key("table", "data", url=True)
DATA_TABLE_CSV = _key("table_csv", "data")
PACKAGE_ZIP = _key("package_zip", "data")
COVERAGE_DOCUMENTS = _key("coverage_documents", "data")  # the fold listing them (ui/blocks.py)

URL_KEYS = tuple(name for name, key in REGISTRY.items() if key.in_url)
