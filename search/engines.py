"""Matching and ranking documents: PostgreSQL's full-text search, or a plain fallback elsewhere (SQLite).

PostgreSQL: stemming in the document's language, ts_rank, and ts_headline for the excerpt. The fallback
finds every term as a substring of the title or the text at the start of a word ("vélo" finds "vélos",
not "développement"), ignoring case and accents, ranks documents with more terms in their title first,
and cuts the excerpt in Python. Both give a queryset to paginate, then `excerpt_html` for each result shown.
"""

from functools import reduce
from operator import add, and_, or_

from django.contrib.postgres.search import SearchHeadline, SearchRank
from django.db.models import Case, CharField, F, Q, QuerySet, TextField, Value, When
from django.db.models.functions import Concat
from django.utils.safestring import SafeString

from search.excerpts import START, STOP, excerpt, marked_html
from search.models import SearchDocument
from search.postgres import search_query, uses_postgres
from search.text import fold, term_variants, text_search_config


def matching(documents: QuerySet, terms: list[str], language: str) -> QuerySet:
    """The documents holding every term, unordered. `documents` are of one site and one language."""
    if not terms:
        return documents.none()
    if uses_postgres(documents.db):
        return documents.filter(search_vector=search_query(terms, language))
    return spaced(documents).filter(
        reduce(
            and_,
            (
                reduce(or_, (Q(spaced_title__contains=needle) | Q(spaced_text__contains=needle) for needle in forms))
                for forms in (fold_needles(term, language) for term in terms)
            ),
        )
    )


def spaced(documents: QuerySet) -> QuerySet:
    """The folded columns behind a space, so that " velo" finds "velo" at the start of a word, first included."""
    return documents.alias(
        spaced_title=Concat(Value(" "), "title_folded", output_field=CharField()),
        spaced_text=Concat(Value(" "), "text_folded", output_field=TextField()),
    )


def ranked(matches: QuerySet, terms: list[str], language: str) -> QuerySet:
    """The matching documents best first; on PostgreSQL, each with its `headline` (computed for the rows
    fetched only: PostgreSQL defers costly expressions past ORDER BY … LIMIT)."""
    if not terms:
        return matches
    if uses_postgres(matches.db):
        query = search_query(terms, language)
        headline = SearchHeadline(
            "text",
            query,
            config=text_search_config(language),
            start_sel=START,
            stop_sel=STOP,
            min_words=20,
            max_words=40,
            max_fragments=2,
            fragment_delimiter=" … ",
        )
        return (
            matches.annotate(rank=SearchRank(F("search_vector"), query), headline=headline)
            .defer("text", "text_folded", "title_folded", "search_vector")
            .order_by("-rank", "title", "pk")
        )
    in_title = [
        Case(
            When(reduce(or_, (Q(spaced_title__contains=needle) for needle in fold_needles(term, language))), then=1),
            default=0,
        )
        for term in terms
    ]
    return (
        spaced(matches)
        .annotate(rank=reduce(add, in_title))
        .defer("title_folded", "search_vector")
        .order_by("-rank", "title", "pk")
    )


def fold_needles(term: str, language: str) -> list[str]:
    """The folded forms of a term, each after a space: the start of a word ("velo" also finds "velos")."""
    return list(dict.fromkeys(" " + fold(form) for form in term_variants(term, language)))


def excerpt_html(document: SearchDocument, terms: list[str], language: str) -> SafeString:
    """The document's excerpt with its matches in <mark>, HTML-escaped."""
    if hasattr(document, "headline"):
        return marked_html(document.headline)
    needles = [needle.strip() for term in terms for needle in fold_needles(term, language)]
    return marked_html(excerpt(document.text, document.text_folded, needles))
