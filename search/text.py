"""Words, for the search: a visitor's query made safe, its terms, and text folded for comparison."""

import re
import unicodedata
from functools import lru_cache

from django.conf import settings

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
TERM = re.compile(r"[^\W_]+")  # letters and digits
# PostgreSQL's text search configuration per content language; "simple" (no stemming) for the others.
TEXT_SEARCH_CONFIGS = {
    "fr": "french",
    "en": "english",
    "de": "german",
    "it": "italian",
    "es": "spanish",
    "nl": "dutch",
}


def text_search_config(language: str) -> str:
    return TEXT_SEARCH_CONFIGS.get(language, "simple")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if not char.isalnum():
        return " "
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)).lower()
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """Lower case without accents, anything but letters and digits as a space, one character for one.

    "L'Été-là" becomes "l ete la": words are easy to find at their start, and a match's position in the
    folded text is its position in the original.
    """
    return "".join(_fold_char(char) for char in text)


def clean_text(text: str) -> str:
    """One line of printable text: control characters (NUL included) dropped, spaces collapsed."""
    return " ".join("".join(char if char.isprintable() else " " for char in text).split())


def clean_query(raw: str) -> str:
    """The visitor's query, printable and at most 200 characters (a longer one is cut, not refused)."""
    return clean_text(raw[: MAX_QUERY_LENGTH * 10])[:MAX_QUERY_LENGTH].strip()


def query_terms(query: str) -> list[str]:
    """The query's distinct words (letters and digits), lower case, at most ten: punctuation, symbols and
    SQL or tsquery operators never reach a query."""
    return list(dict.fromkeys(TERM.findall(query.lower())))[:MAX_TERMS]


def term_variants(term: str, language: str) -> list[str]:
    """The forms of a term to look for: as typed, without accents and, in French, without a plural s or x.

    PostgreSQL's French stemmer keeps "vélos" as it is (its rules only drop an s after some letters), so
    the singular is looked for too.
    """
    forms = [term]
    if language == settings.LANGUAGE_CODE and len(term) > 3 and term[-1] in "sx":
        forms.append(term[:-1])
    return list(dict.fromkeys(form for base in forms for form in (base, fold(base))))
