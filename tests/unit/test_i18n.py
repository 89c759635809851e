"""Formatting per language (Babel) and the completeness of the text catalogue."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ngo_dashboard.i18n import (
    babel_pln,
    count_of,
    format_partial_date,
    format_pln,
    format_pln_compact,
    parse_lang,
    qualified,
    separators,
    t,
)
from ngo_dashboard.models import (
    Area,
    CallBasis,
    Category,
    Form,
    Measure,
    MoneyBasis,
    PriorKind,
    SourceKind,
    Status,
    YearlySplit,
)
from ngo_dashboard.paths import PACKAGE_DIR
from ngo_dashboard.strings import STRINGS

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "amount, lang, expected",
    [
        (102_262_543, "pl", f"102{NBSP}262{NBSP}543 zł"),
        (102_262_543, "en", f"PLN{NBSP}102,262,543"),
        (5_145_024.18, "pl", f"5{NBSP}145{NBSP}024,18 zł"),
        (5_145_024.18, "en", f"PLN{NBSP}5,145,024.18"),
        (0, "pl", "0 zł"),
        (452_000, "en", f"PLN{NBSP}452,000"),
        (480_000.00, "pl", f"480{NBSP}000 zł"),
        (0.01, "pl", "0,01 zł"),
        (1234.5, "en", f"PLN{NBSP}1,234.50"),
    ],
)
def test_format_pln_follows_each_languages_conventions(amount, lang, expected):
    assert format_pln(amount, lang) == expected


@given(amount=st.integers(min_value=0, max_value=10**12), lang=st.sampled_from(["pl", "en"]))
def test_format_pln_of_whole_zloty_equals_babels_rendering_without_grosze(amount, lang):
    assert format_pln(amount, lang) == babel_pln(amount, lang, cents=False)


@given(
    zloty=st.integers(min_value=0, max_value=10**9),
    grosze=st.integers(min_value=1, max_value=99),
    lang=st.sampled_from(["pl", "en"]),
)
def test_format_pln_with_grosze_equals_babels_rendering_with_grosze(zloty, grosze, lang):
    amount = zloty + grosze / 100

    assert format_pln(amount, lang) == babel_pln(amount, lang, cents=True)


@pytest.mark.parametrize(
    "amount, qualifier, lang, expected",
    [
        (87_000_000, "at_least", "pl", "> 87 mln zł"),
        (12_000_000, "about", "pl", "≈ 12 mln zł"),
        (6_000_000, "at_most", "en", "≤ PLN 6M"),
        (102_262_543, "exact", "en", "PLN 102.3M"),
    ],
)
def test_qualified_compact_amounts_keep_the_sources_wording(amount, qualifier, lang, expected):
    assert qualified(format_pln_compact(amount, lang), qualifier, lang).replace(NBSP, " ") == expected


@pytest.mark.parametrize(
    "iso, lang, expected",
    [
        ("1997-09", "pl", "wrzesień 1997"),
        ("1997-09", "en", "September 1997"),
        ("1997-09-01", "pl", "1 września 1997"),
        ("1997-09-01", "en", "1 September 1997"),
        ("1995", "pl", "1995"),
        ("2024-02-29", "en", "29 February 2024"),
    ],
)
def test_partial_dates_are_shown_at_their_own_precision(iso, lang, expected):
    assert format_partial_date(iso, lang) == expected


@pytest.mark.parametrize(
    "count, lang, expected",
    [
        (1, "pl", "1 kwota"),
        (2, "pl", "2 kwoty"),
        (5, "pl", "5 kwot"),
        (22, "pl", "22 kwoty"),
        (1, "en", "1 figure"),
        (3, "en", "3 figures"),
    ],
)
def test_count_of_uses_the_languages_plural_rules(count, lang, expected):
    assert count_of(count, "noun.figure", lang) == expected


@pytest.mark.parametrize("lang, expected", [("pl", f",{NBSP}"), ("en", ".,")])
def test_plotly_separators_come_from_the_locale(lang, expected):
    assert separators(lang) == expected


@pytest.mark.parametrize("value", ["xx", "", None, "PL", "../en", "en "])
def test_parse_lang_falls_back_to_polish(value):
    assert parse_lang(value) == "pl"


def test_every_catalogue_entry_has_both_languages_and_the_same_placeholders():
    for key, entry in STRINGS.items():
        assert set(entry) == {"pl", "en"}, key
        assert entry["pl"].strip() and entry["en"].strip(), key
        placeholders = [set(re.findall(r"{(\w+)}", entry[lang])) for lang in ("pl", "en")]
        assert placeholders[0] == placeholders[1], key


def test_noun_entries_list_every_plural_form():
    for key, entry in STRINGS.items():
        if key.startswith("noun."):
            assert len(entry["pl"].split("|")) == 4 and len(entry["en"].split("|")) == 2, key


def _literal_keys() -> set[str]:
    """Every t("…") key written literally in the code."""
    keys = set()
    for path in [*PACKAGE_DIR.rglob("*.py"), PACKAGE_DIR.parent / "streamlit_app.py"]:
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    keys.add(first.value)
    return keys


def test_every_key_used_in_the_code_is_in_the_catalogue():
    assert _literal_keys() - set(STRINGS) == set()


# Vocabularies looked up as t(f"{vocabulary}.{value}") (the filter panel, tables._label): their keys
# are in use for exactly the values of the model's closed vocabulary.
VOCABULARIES = {
    "category": get_args(Category),
    "area": get_args(Area),
    "form": get_args(Form),
    "yearly_split": get_args(YearlySplit),
    "prior_kind": get_args(PriorKind),
    "source_kind": get_args(SourceKind),
    "basis": (*get_args(MoneyBasis), *get_args(CallBasis)),
}


def _used_key_patterns() -> tuple[set[str], list[re.Pattern[str]]]:
    """String constants of the code, and its f-strings (and "a" + b) that start with text, as patterns."""
    constants: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for path in [*PACKAGE_DIR.rglob("*.py"), PACKAGE_DIR.parent / "streamlit_app.py"]:
        if path.name == "strings.py":
            continue
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
                parts = [re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in node.values]
                patterns.append(re.compile("".join(parts)))
            elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant):
                if isinstance(node.left.value, str):
                    patterns.append(re.compile(re.escape(node.left.value) + ".+"))
    return constants, patterns


def test_every_catalogue_key_is_used_by_the_code():
    constants, patterns = _used_key_patterns()

    def used(key: str) -> bool:
        vocabulary, _, value = key.partition(".")
        if vocabulary in VOCABULARIES and vocabulary in constants:
            return value in VOCABULARIES[vocabulary]
        return key in constants or any(p.fullmatch(key) for p in patterns)

    assert [key for key in STRINGS if not used(key)] == []


@pytest.mark.parametrize(
    "vocabulary, values",
    [
        ("category", get_args(Category)),
        ("measure", get_args(Measure)),
        ("basis", (*get_args(MoneyBasis), *get_args(CallBasis))),
        ("yearly_split", get_args(YearlySplit)),
        ("area", get_args(Area)),
        ("form", get_args(Form)),
        ("status", get_args(Status)),
    ],
)
def test_every_vocabulary_value_has_a_label(vocabulary, values):
    for value in values:
        assert t(f"{vocabulary}.{value}", "pl") and t(f"{vocabulary}.{value}", "en")


def test_today_is_not_in_the_catalogue():
    """Years and places come from the data package, never from the UI text (another gmina reuses it)."""
    for entry in STRINGS.values():
        for text in entry.values():
            assert "Kraków" not in text and "1995" not in text and str(date.today().year) not in text


ITALICS = re.compile(r"(?<![*\\])\*(?!\*)[^*\n]+?(?<!\*)\*(?!\*)|(?<![\w\\])_[^_\n]+_(?!\w)")


@pytest.mark.parametrize(
    "text, found", [("*r*+1", True), ("_x_", True), ("**bold**", False), ("a * b", False)]
)
def test_italics_pattern_finds_markdown_emphasis_only(text, found):
    assert bool(ITALICS.search(text)) is found


def test_no_catalogue_entry_uses_italics():
    """One italic word makes every reader of the page download the italic font (136 KiB, measured)."""
    assert [
        (key, lang) for key, entry in STRINGS.items() for lang in entry if ITALICS.search(entry[lang])
    ] == []
