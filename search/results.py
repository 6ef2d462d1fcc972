"""The results page's content: matches and promoted results of one site and language, filters, pages, and
suggestions when nothing matches.

The number of queries does not depend on how many documents match: one for the counts per kind, one or
two for the promotions, two for the page of results (count and rows), one for the links of strengths, one or two per kind of other
object on the page (a directory entry's URL), and a fixed few for the suggestions. A document past its
`visible_until` (an expired job offer) is never shown.
"""

from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.functional import Promise
from django.utils.safestring import SafeString
from wagtail.models import Page, Site

from brands.models import StoryIndexPage, StoryPage, StrengthsPage
from brands.public.story_listing import card_queryset
from search import engines
from search.kinds import KINDS, KINDS_BY_KEY, ResultKind
from search.models import SearchDocument
from search.promotions import promoted
from search.text import query_terms

RESULTS_PER_PAGE = 10
SUGGESTED_STORIES = 3


@dataclass(frozen=True)
class SearchResult:
    """One result as the page shows it."""

    title: str
    url: str
    kind: Promise
    excerpt: SafeString | str
    promoted: bool = False


@dataclass(frozen=True)
class KindFilter:
    kind: ResultKind | None  # None: every kind
    count: int
    current: bool


class SiteLandmarks:
    """The site's story index and strengths page in the visitor's language, looked up once if needed."""

    def __init__(self, documents: QuerySet, request: HttpRequest) -> None:
        self.documents, self.request = documents, request

    @cached_property
    def pages(self) -> dict[type[Page], Page]:
        types = ContentType.objects.get_for_models(StoryIndexPage, StrengthsPage)
        found = self.documents.filter(page__content_type__in=types.values()).select_related("page")
        by_type = {content_type.pk: model for model, content_type in types.items()}
        return {by_type[document.page.content_type_id]: document.page for document in found}

    def url(self, model: type) -> str:
        page = self.pages.get(model)
        return (page.get_url(self.request) or "") if page else ""


def item_urls(documents: list[SearchDocument], request: HttpRequest) -> dict[tuple[int, int], str]:
    """The public URL of each object that is neither a page nor a strength, asked of its model in one go
    (`urls_for(objects, request)`, a fixed number of queries per model)."""
    ids_by_type: dict[int, list[int]] = {}
    for document in documents:
        if document.item_type_id:
            ids_by_type.setdefault(document.item_type_id, []).append(document.item_id)
    urls = {}
    for type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        objects = list(model.objects.filter(pk__in=ids))
        urls.update({(type_id, pk): url for pk, url in model.urls_for(objects, request).items()})
    return urls


def result_for(
    document: SearchDocument,
    request: HttpRequest,
    landmarks: SiteLandmarks,
    excerpt: SafeString | str,
    promoted: bool = False,
    urls: dict[tuple[int, int], str] | None = None,
) -> SearchResult:
    """A strength links to its category on the strengths page (it has no page of its own); another object
    to the URL its model gives it."""
    kind = KINDS_BY_KEY.get(document.kind)
    if document.strength_id:
        strengths_url = landmarks.url(StrengthsPage)
        url = f"{strengths_url}#{document.strength.category}" if strengths_url else ""
    elif document.item_type_id:
        url = (urls or item_urls([document], request)).get((document.item_type_id, document.item_id), "")
    else:
        url = document.page.get_url(request) or ""
    return SearchResult(document.title, url, kind.singular if kind else "", excerpt, promoted)


def kind_filters(counts: dict[str, int], current: ResultKind | None) -> list[KindFilter]:
    """The "Tout" filter, then each kind that has matches, with its count; the current one marked."""
    filters = [KindFilter(None, sum(counts.values()), current is None)]
    filters += [KindFilter(kind, counts[kind.key], kind == current) for kind in KINDS if counts.get(kind.key)]
    return filters


def suggestions(documents: QuerySet, landmarks: SiteLandmarks) -> dict:
    """What to offer when nothing matches: the latest stories, and the story index and strengths pages."""
    stories = StoryPage.objects.filter(pk__in=documents.values("page_id")).order_by("-date_published", "-pk")
    return {
        "latest_stories": list(card_queryset(stories)[:SUGGESTED_STORIES]),
        "story_index": landmarks.pages.get(StoryIndexPage),
        "strengths_page": landmarks.pages.get(StrengthsPage),
    }


def search_context(request: HttpRequest, site: Site, language: str, query: str) -> dict:
    """Everything the results page shows for a non-empty query."""
    terms = query_terms(query)
    documents = SearchDocument.objects.filter(SearchDocument.visible(), site=site, language=language)
    landmarks = SiteLandmarks(documents, request)
    top = promoted(query, documents)
    promoted_ids = [item.document.pk for item in top]
    matches = engines.matching(documents, terms, language).exclude(pk__in=promoted_ids)
    counts = dict(matches.order_by().values_list("kind").annotate(n=Count("pk")))
    for item in top:
        counts[item.document.kind] = counts.get(item.document.kind, 0) + 1
    kind = KINDS_BY_KEY.get(request.GET.get("type", ""))
    if kind is not None:
        matches = matches.filter(kind=kind.key)
        top = [item for item in top if item.document.kind == kind.key]

    ranked = engines.ranked(matches, terms, language).select_related("page", "strength")
    paginator = Paginator(ranked, RESULTS_PER_PAGE)
    page: PaginatorPage = paginator.get_page(request.GET.get("page"))  # not a number: 1; too far: the last
    shown_top = top if page.number == 1 else []  # promoted results open the first page only
    shown = [*[item.document for item in shown_top], *page.object_list]
    urls = item_urls(shown, request)
    results = [
        result_for(item.document, request, landmarks, item.description, promoted=True, urls=urls) for item in shown_top
    ]
    results += [
        result_for(document, request, landmarks, engines.excerpt_html(document, terms, language), urls=urls)
        for document in page.object_list
    ]
    context = {
        "results": results,
        "total": paginator.count + len(top),
        "results_page": page,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
        "kind_filters": kind_filters(counts, kind) if counts else [],
        "current_kind": kind,
    }
    if not results:
        context.update(suggestions(documents, landmarks))
    return context
