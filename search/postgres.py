"""PostgreSQL full-text search: the document vector and the query, in the configuration of the language.

A document's vector weighs its title (A) over its text (B), plus both without accents (D), so that "velo"
finds "vélo". A query looks for every term (AND), each under any of its variants (search.text), as a
prefix from three letters on: "vélo" also finds "vélos", which the French stemmer keeps apart.
"""

from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import F

from search.text import term_variants, text_search_config

PREFIX_FROM = 3  # "a:*" would match every word starting with an a


def uses_postgres(alias: str = "default") -> bool:
    return connections[alias].vendor == "postgresql"


def document_vector() -> SearchVector:
    """The vector of a document row, each in its own row's configuration (its `config` column)."""
    config = F("config")
    return (
        SearchVector("title", weight="A", config=config)
        + SearchVector("text", weight="B", config=config)
        + SearchVector("title_folded", "text_folded", weight="D", config=config)
    )


def lexeme(form: str) -> str:
    """One to_tsquery operand. `form` is made of word characters only (search.text.TERM): quoting is enough."""
    return f"'{form}':*" if len(form) >= PREFIX_FROM else f"'{form}'"


def search_query(terms: list[str], language: str) -> SearchQuery:
    """Every term, each under any of its forms, in the language's text search configuration."""
    config = text_search_config(language)
    per_term = [
        reduce(
            or_, (SearchQuery(lexeme(form), search_type="raw", config=config) for form in term_variants(term, language))
        )
        for term in terms
    ]
    return reduce(and_, per_term)
