"""Text helpers: diacritics-insensitive search, slugs, and Markdown escaping of text from data."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from ngo_dashboard.models import SLUG_PATTERN
from ngo_dashboard.text import fold, md_escape, md_link, search_mask, search_terms, searchable, slugify

# Characters that CommonMark, Streamlit directives (:red[…], :material/…:) or KaTeX ($…$) read as syntax.
SPECIAL = "\\`*_{}[]()<>#+-.!|~:$"
_SPECIAL_CLASS = re.escape(SPECIAL)
# Every special character, the backslash included, must be the second half of a `\x` pair.
INERT = re.compile(rf"(?:\\[{_SPECIAL_CLASS}]|[^{_SPECIAL_CLASS}])*")
UNESCAPE = re.compile(r"\\(.)")


# Markdown escaping


@pytest.mark.parametrize(
    "text",
    [
        "**bold**",
        "__bold__ _it_",
        "[x](javascript:alert(1))",
        "![i](http://x/y.png)",
        "<b>",
        "<script>alert(1)</script>",
        "$x$",
        "$$x^2$$",
        ":red[x]",
        ":material/home:",
        "`code`",
        "```python",
        "# heading",
        "1. list",
        "- list",
        "+ list",
        "> quote",
        "a | b | c",
        "~~strike~~",
        "\\*already escaped\\*",
        "Rynek Główny: 102 262 543 zł (2021).",
    ],
)
def test_md_escape_leaves_no_markdown_special_character_unescaped(text):
    escaped = md_escape(text)

    assert INERT.fullmatch(escaped), escaped
    assert UNESCAPE.sub(r"\1", escaped) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("**bold**", r"\*\*bold\*\*"),
        ("[x](javascript:alert(1))", r"\[x\]\(javascript\:alert\(1\)\)"),
        (":material/home:", r"\:material/home\:"),
        ("1. list", r"1\. list"),
        ("Oś czasu", "Oś czasu"),
    ],
)
def test_md_escape_puts_a_backslash_before_each_special_character(text, expected):
    assert md_escape(text) == expected


def test_md_escape_keeps_text_on_one_line():
    assert md_escape("pierwszy\nwiersz\n# drugi") == r"pierwszy wiersz \# drugi"


@pytest.mark.parametrize(
    "label, url, expected",
    [
        (
            "krakow.pl – Urząd Miasta Krakowa",
            "https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html",
            r"[krakow\.pl – Urząd Miasta Krakowa](https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html)",
        ),
        ("a](javascript:alert(1))", "https://x.pl/", r"[a\]\(javascript\:alert\(1\)\)](https://x.pl/)"),
        ("x", "https://x.pl/a b)(<c>", "[x](https://x.pl/a%20b%29%28%3Cc%3E)"),
    ],
)
def test_md_link_escapes_the_label_and_keeps_the_target_inside_its_parentheses(label, url, expected):
    assert md_link(label, url) == expected


# Search


@pytest.mark.parametrize(
    "query, text, expected",
    [
        ("ngo 2021", "NGO 2020", False),
        ("lodz", "Łęczyca", False),
        ("centrum obywatelskie", "Centrum Kultury", False),
        ("os", "Oś czasu", True),
        ("osc", "Oś czasu", True),
        ("osc", "Działalności Pożytku Publicznego", True),
        ("ośc", "Ośrodek", False),
        ("os czasu", "Oś czasu", True),
        ("OŚ", "os czasu", True),
        ("LODZ", "Łódź", True),
        ("zrodla", "Źródła", True),
        ("centrum obywatelskie", "Centrum Obywatelskie – ul. Reymonta 20", True),
        ("reymonta CENTRUM", "Centrum Obywatelskie – ul. Reymonta 20", True),
        ("centra obywatelskie", "Otwarcie Centrum Obywatelskiego", True),
        ("centrów obywatelskich", "Dwa Centra Obywatelskie", True),
        ("konkursy", "Otwarty konkurs ofert", True),
        ("civic centres", "Civic Centre opens", True),
        ("2021", "2020 i 2022", False),
        ("ngo", "nagroda", False),
        ("", "cokolwiek", True),
        ("   ", "", True),
    ],
)
def test_search_ignores_case_and_diacritics_and_word_order(query, text, expected):
    index = pd.Series([searchable(text)])

    assert search_mask(index, query).tolist() == [expected]


@pytest.mark.parametrize(
    "query, terms",
    [
        ("Centra Obywatelskie", ["centr", "obywatelsk"]),
        ("konkursy NGO 2021", ["konkur", "ngo", "2021"]),
        ("rada", ["rada"]),
        ("ustawa", ["ustaw"]),
        ("centrum", ["centr"]),
        ("102262543", ["102262543"]),
        ("mops-2024", ["mops-2024"]),
        ("", []),
    ],
)
def test_search_terms_keep_short_words_and_numbers_and_cut_endings_of_long_words(query, terms):
    assert search_terms(query) == terms


def test_search_mask_needs_every_term_and_keeps_the_index():
    index = pd.Series(["dwa centra obywatelskie", "centrum kultury", "rada"], index=[10, 20, 30])
    assert search_mask(index, "centrum obywatelskie").tolist() == [True, False, False]
    assert search_mask(index, "").tolist() == [True, True, True]
    assert search_mask(index, "centrum").index.tolist() == [10, 20, 30]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Oś czasu", "os czasu"),
        ("Łódź", "lodz"),
        ("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc gesla jazn"),
        ("Straße", "strasse"),
        ("ﬁnanse", "finanse"),
    ],
)
def test_fold_gives_lower_case_ascii(text, expected):
    assert fold(text) == expected


# Slugs


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", ""),
        ("---", ""),
        ("„”–", ""),
        ("Gmina Testowo", "gmina-testowo"),
        ("Miasto Łódź", "miasto-lodz"),
        ("  Kraków – NGO 2021! ", "krakow-ngo-2021"),
        ("Gmina_Miejska/Kraków", "gmina-miejska-krakow"),
    ],
)
def test_slugify_makes_a_lower_case_ascii_id(text, expected):
    assert slugify(text) == expected


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("a" * 30 + " " + "b" * 30 + " c", 60, "a" * 30),
        ("a" * 30 + " " + "b" * 29, 60, "a" * 30 + "-" + "b" * 29),
        ("a" * 60, 60, "a" * 60),
        ("a" * 61, 60, ""),
        ("gmina miejska krakow", 12, "gmina"),
        ("gmina miejska krakow", 13, "gmina-miejska"),
    ],
)
def test_slugify_cuts_at_a_word_within_the_limit(text, limit, expected):
    assert slugify(text, limit) == expected


@pytest.mark.parametrize(
    "text",
    ["Gmina Miejska Kraków", "Program współpracy na 2021 rok – konsultacje (projekt)", "1997-09 pilotaż"],
)
def test_slugify_output_is_a_valid_id(text):
    assert re.fullmatch(SLUG_PATTERN, slugify(text))
