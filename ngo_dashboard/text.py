"""Text helpers shared by the core: slugs, search normalisation and Markdown escaping.

Pure. `md_escape` is why text from data can go through st.markdown and still show as text.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

# Everything CommonMark, GitHub tables, Streamlit directives (:red[…], :material/…:) and KaTeX
# ($…$) could read as syntax. Escaped with a backslash, each shows as itself.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$&=\"'])")
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "ø": "o", "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case ASCII form for diacritics-insensitive search: 'Oś czasu' -> 'os czasu'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def searchable(text: str) -> str:
    """Folded text plus the same without spaces, so 'osc' finds 'Oś czasu' as well as 'działalności'."""
    folded = fold(text)
    return f"{folded} {folded.replace(' ', '')}"


# Polish inflects nouns and adjectives mostly in the last one to three letters ("Centrum",
# "Centra", "Centrów"; "konkurs", "konkursy"). Searching for the start of a longer word finds
# its other forms without a dictionary; short words and numbers stay whole, so "2021" or "NGO"
# never widen into something else.
_STEM_FROM = 6
_STEM_KEEP = 5
_STEM_DROP = 2


def search_terms(query: str) -> list[str]:
    """The query as folded words to look for, longer words cut to their stem:
    'Centra Obywatelskie' -> ['centr', 'obywatelsk']."""
    terms = []
    for word in fold(query).split():
        if len(word) >= _STEM_FROM and word.isalpha():
            word = word[: max(_STEM_KEEP, len(word) - _STEM_DROP)]
        terms.append(word)
    return terms


def search_mask(index: pd.Series, query: str) -> pd.Series:
    """Which entries of a `searchable` index contain every term of the query (all, for no query)."""
    mask = pd.Series(True, index=index.index)
    for term in search_terms(query):
        mask &= index.str.contains(term, regex=False)
    return mask


def slugify(text: str, limit: int = 60) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    out = ""
    for word in words:
        if len(out) + len(word) + (1 if out else 0) > limit:  # the hyphen only comes between words
            break
        out = f"{out}-{word}" if out else word
    return out


def md_escape(text: str) -> str:
    """Make text from data inert in Markdown: no links, images, emphasis, HTML, maths or directives."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return escaped.replace("\n", " ")


def md_link(label: str, url: str) -> str:
    """A Markdown link whose label is escaped and whose target cannot break out of the parentheses.
    Callers pass only validated http(s) URLs (models.HttpUrl)."""
    safe_url = (
        url.replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
    )
    return f"[{md_escape(label)}]({safe_url})"


def md_code(text: str) -> str:
    """Inline code (a plain <code>, selectable, wrapping): no backtick can close it early.

    NOTE: not st.code: a code block loads Streamlit's syntax highlighter, 1.5 MB of JavaScript, to
    show one line (measured on the Timeline's event link)."""
    return f"`{text.replace('`', '%60')}`"
