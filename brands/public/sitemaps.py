"""One sitemap.xml per territory: its live pages in each language it offers, with hreflang alternates.

Wagtail's sitemap lists only the site's French tree (Wagtail #6583). This one lists the root's live
translations too, but only in the site's own languages, never aliases (French content under another
language's URL, which the site answers with a 404), each page with its translations as alternates.
"""

from collections import defaultdict

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page

from brands.core.languages import offered_languages
from brands.core.site_scope import in_trees


class TerritorySitemap(Sitemap):
    """The pages a visitor of this site may reach, in every language the site offers."""

    def items(self):
        languages = offered_languages(self.request)
        roots = (
            self.get_wagtail_site()
            .root_page.get_translations(inclusive=True)
            .filter(locale__language_code__in=languages)
        )
        return (
            Page.objects.live()
            .public()
            .filter(
                in_trees(roots.values_list("path", flat=True)),
                locale__language_code__in=languages,
                alias_of__isnull=True,
            )
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain) -> list[dict]:
        # The whole list once: a page's alternates may sit on another sitemap page; this page is a slice of it.
        everything = list(self.items())
        current = self.paginator.page(page)
        pages = everything[current.start_index() - 1 : current.end_index()]
        translations = defaultdict(list)
        for item in everything:
            translations[item.translation_key].append(item)
        urls = []
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
        return urls


def sitemap(request: HttpRequest) -> HttpResponse:
    return wagtail_sitemap_views.sitemap(request, sitemaps={"pages": TerritorySitemap})
