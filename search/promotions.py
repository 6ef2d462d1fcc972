"""Promoted results ("meilleurs résultats") for the results page: only the current site's, in its language.

A promotion (wagtail.contrib.search_promotions) belongs to the site of the page it promotes. Visitors see it
in their language when that page's translation is searchable there: its document (live, public, of this
site and language) is what is shown. Promotions of an external link cannot be tied to a site: never shown.
"""

from dataclasses import dataclass

from django.db.models import QuerySet
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from search.models import SearchDocument


@dataclass(frozen=True)
class Promoted:
    document: SearchDocument
    description: str


def promoted(query: str, documents: QuerySet) -> list[Promoted]:
    """The documents among `documents` promoted for this query, in the editors' order.

    A query string matches as Wagtail matches it: whole, case and extra spaces aside.
    """
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query), page__isnull=False)
        .order_by("sort_order", "pk")
        .values_list("page__translation_key", "description")
    )
    if not promotions:
        return []
    found = {
        document.page.translation_key: document
        for document in documents.filter(page__translation_key__in=[key for key, _ in promotions]).select_related(
            "page"
        )
    }
    shown, seen = [], set()
    for key, description in promotions:
        if key in found and key not in seen:
            shown.append(Promoted(found[key], description))
            seen.add(key)
    return shown
