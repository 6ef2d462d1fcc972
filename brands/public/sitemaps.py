"""One sitemap.xml per territory: its live pages in each language it offers, with hreflang alternates.

Wagtail's sitemap lists only the site's French tree (Wagtail #6583). This one lists the root's live
translations too, but only in the site's own languages, never aliases (French content under another
language's URL, which the site answers with a 404), each page with its translations as alternates.

Page types take part in two ways, without this module knowing them: a type whose pages must leave the
sitemap while staying online (an expired job offer) names them in a classmethod `hidden_from_sitemap()`; a
type that answers sub-URLs of its own (a directory's entries, through RoutablePageMixin) lists them in its
`get_sitemap_urls(request)`, its own URL first, as Wagtail's sitemap expects.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page, get_page_models

from brands.core.languages import offered_languages
from brands.core.site_scope import in_trees
from brands.core.view_restrictions import public


class TerritorySitemap(Sitemap):
    """The pages a visitor of this site may reach, in every language the site offers."""

    def items(self):
        languages = offered_languages(self.request)
        roots = (
            self.get_wagtail_site()
            .root_page.get_translations(inclusive=True)
            .filter(locale__language_code__in=languages)
        )
        pages = (
            public(Page.objects.live())
            .filter(
                in_trees(roots.values_list("path", flat=True)),
                locale__language_code__in=languages,
                alias_of__isnull=True,
            )
            .select_related("locale")
            .order_by("path")
        )
        for hidden in hidden_pages():
            pages = pages.exclude(pk__in=hidden)
        return pages

    def routed_urls(self, pages: list[Page]) -> dict[int, list[dict]]:
        """The sub-URLs of the routed pages among `pages` (their own URL aside), by page id."""
        routed_types = tuple(routed_models())
        routed = [page for page in pages if routed_types and issubclass(page.specific_class, routed_types)]
        if not routed:
            return {}
        specific = Page.objects.filter(pk__in=[page.pk for page in routed]).specific()
        return {page.pk: page.get_sitemap_urls(self.request)[1:] for page in specific}

    def _urls(self, page, protocol, domain) -> list[dict]:
        # The whole list once: a page's alternates may sit on another sitemap page; this page is a slice of it.
        everything = list(self.items())
        current = self.paginator.page(page)
        pages = everything[current.start_index() - 1 : current.end_index()]
        translations = defaultdict(list)
        for item in everything:
            translations[item.translation_key].append(item)
        urls = []
        routed = self.routed_urls(pages)
        for item in pages:
            alternates = [
                {"lang_code": other.locale.language_code, "location": other.get_full_url(self.request)}
                for other in translations[item.translation_key]
            ]
            french = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None)
            if len(alternates) > 1 and french:
                alternates.append({"lang_code": "x-default", "location": french["location"]})
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
            urls.extend({"item": item, "alternates": [], **extra} for extra in routed.get(item.pk, []))
        return urls


def hidden_pages() -> list[QuerySet]:
    """The pages their own types leave out of the sitemap (each a queryset, read as a subquery)."""
    return [
        model.hidden_from_sitemap().values("pk") for model in get_page_models() if hasattr(model, "hidden_from_sitemap")
    ]


def routed_models() -> list[type[Page]]:
    """The page types that list sub-URLs of their own in `get_sitemap_urls`."""
    return [model for model in get_page_models() if model.get_sitemap_urls is not Page.get_sitemap_urls]


def sitemap(request: HttpRequest) -> HttpResponse:
    return wagtail_sitemap_views.sitemap(request, sitemaps={"pages": TerritorySitemap})
