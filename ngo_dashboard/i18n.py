"""Languages, the text lookup `t()` and number/money/date formatting per language (Babel).

Pure. There is no silent fallback: a key missing in either language raises KeyError, and a test
checks that every key of the catalogue has both languages.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from typing import Literal, get_args

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import (
    NumberPattern,
    format_compact_decimal,
    format_decimal,
    get_currency_symbol,
    parse_pattern,
)

from ngo_dashboard.strings import STRINGS

Lang = Literal["pl", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "pl"
LOCALES: dict[Lang, str] = {"pl": "pl_PL", "en": "en_GB"}
# Babel's own currency patterns, minus the grosze: "102 262 543 zł" / "PLN 102,262,543".
_MONEY_PATTERNS: dict[Lang, str] = {"pl": "#,##0 ¤", "en": "¤\u00a0#,##0"}
_MONEY_PATTERNS_CENTS: dict[Lang, str] = {"pl": "#,##0.00 ¤", "en": "¤\u00a0#,##0.00"}


def parse_lang(value: object) -> Lang:
    """A language from untrusted input (query string), falling back to the default."""
    return value if value in LANGS else DEFAULT_LANG  # type: ignore[return-value]


def t(key: str, lang: Lang, **params: object) -> str:
    text = STRINGS[key][lang]
    return text.format(**params) if params else text


def separators(lang: Lang) -> str:
    """Plotly's `layout.separators` (decimal, then thousands) taken from the Babel locale."""
    symbols = Locale.parse(LOCALES[lang]).number_symbols["latn"]
    return symbols["decimal"] + symbols["group"]


def format_number(value: float, lang: Lang, digits: int = 0) -> str:
    return format_decimal(round(value, digits), locale=LOCALES[lang], decimal_quantization=False)


@cache
def _locale(lang: Lang) -> Locale:
    return Locale.parse(LOCALES[lang])


@cache
def _money_pattern(lang: Lang, cents: bool) -> NumberPattern:
    return parse_pattern((_MONEY_PATTERNS_CENTS if cents else _MONEY_PATTERNS)[lang])


def babel_pln(value: float, lang: Lang, cents: bool) -> str:
    """Babel's own rendering of an amount (the reference `format_pln` reproduces)."""
    return _money_pattern(lang, cents).apply(
        Decimal(str(value)), _locale(lang), currency="PLN", currency_digits=False
    )


@cache
def _money_shape(lang: Lang, cents: bool) -> tuple[str, str, dict[int, str]]:
    """Prefix, suffix and separators of Babel's money format: its pattern and the locale's symbols."""
    pattern = _money_pattern(lang, cents)
    symbol = get_currency_symbol("PLN", locale=LOCALES[lang])
    numbers = _locale(lang).number_symbols["latn"]
    prefix, suffix = (part[0].replace("¤", symbol) for part in (pattern.prefix, pattern.suffix))
    return prefix, suffix, str.maketrans({",": numbers["group"], ".": numbers["decimal"]})


def format_pln(value: float, lang: Lang) -> str:
    """'102 262 543 zł' / 'PLN 102,262,543'; grosze only when the amount has them.

    The separators, symbol and its place are Babel's (its pattern and the locale's symbols); applying
    them here is ~40x faster than calling Babel per cell, which dominated tables of thousands of amounts.
    A test checks the result equals Babel's for any amount.
    """
    cents = (
        abs(value - round(value)) >= 0.005
    )  # grosze present (math.isclose is relative: wrong for millions)
    prefix, suffix, separators_ = _money_shape(lang, cents)
    number = format(Decimal(str(abs(value))), f",.{2 if cents else 0}f").translate(separators_)
    return f"{'-' if value < 0 else ''}{prefix}{number}{suffix}"


def format_pln_compact(value: float, lang: Lang) -> str:
    """'87 mln zł' / 'PLN 87M' for chart labels; exact figures use format_pln."""
    number = format_compact_decimal(value, locale=LOCALES[lang], fraction_digits=1)
    return t("unit.pln_compact", lang, amount=number)


QUALIFIER_KEYS = {
    "exact": None,
    "about": "qualifier.about",
    "at_least": "qualifier.at_least",
    "at_most": "qualifier.at_most",
}


def qualified(text: str, qualifier: str | None, lang: Lang) -> str:
    """Prefix a formatted amount with its qualifier: '> 87 mln zł', '≈ 12 mln zł'."""
    key = QUALIFIER_KEYS.get(qualifier or "exact")
    return t(key, lang, amount=text) if key else text


def format_day(value: date, lang: Lang) -> str:
    return babel_format_date(value, format="long", locale=LOCALES[lang])


@lru_cache(maxsize=65536)
def format_partial_date(iso: str, lang: Lang) -> str:
    """An ISO date at its own precision: '1 września 1997', 'wrzesień 1997', '1997'.

    Memoised: a timeline formats the same dates on every rerun, and Babel takes ~80 µs a date."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return format_skeleton("yMMMM", date(parts[0], parts[1], 1), locale=LOCALES[lang])
    return format_day(date(*parts), lang)


_PLURAL_FORMS: dict[Lang, list[str]] = {"pl": ["one", "few", "many", "other"], "en": ["one", "other"]}


def plural(key: str, lang: Lang, count: float) -> str:
    """The noun form for a count by the language's CLDR plural rules ('1 kwota', '2 kwoty', '5 kwot').

    Catalogue entries for nouns list the forms separated by '|': Polish one|few|many|other,
    English one|other.
    """
    forms = t(key, lang).split("|")
    category = Locale.parse(LOCALES[lang]).plural_form(count)
    order = _PLURAL_FORMS[lang]
    return forms[order.index(category)] if category in order else forms[-1]


def count_of(count: int, key: str, lang: Lang) -> str:
    return f"{format_number(count, lang)} {plural(key, lang, count)}"


def document_language_script(lang: Lang) -> str:
    """The inline script that sets <html lang> (WCAG 3.1.1); one constant text per language.

    Kept here, in one place, because the serving stack's Content-Security-Policy allows exactly
    these texts by their hashes (deploy/render.py): any other inline script is refused.
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    return f"document.documentElement.lang = {lang!r};"
