"""Wagtail's site root paths in two queries, however many sites share the installation.

Wagtail builds, for every page URL it writes, the list of (site, home path, address, language) of every site
and every translation of its home. With translations on, it asks for each site's translations one site at a
time: the first request after the list expires ran 35 queries with the five demo territories, 80 with 50 and
330 with 300. Here, one query for the sites and one for every translation of every home, in Wagtail's order,
under Wagtail's own cache key (so that its invalidation, on a site or a home changed, still applies).
"""

from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page, Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION, SiteRootPath

SECONDS = 3600  # as Wagtail keeps them


def site_root_paths() -> list[SiteRootPath]:
    cached = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if cached is not None:
        return [SiteRootPath(*item) for item in cached]  # some caches give named tuples back as tuples
    sites = list(
        Site.objects.select_related("root_page", "root_page__locale").order_by(
            "-root_page__url_path", "-is_default_site", "hostname"
        )
    )
    translations = defaultdict(list)
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        keys = {site.root_page.translation_key for site in sites}
        for page in Page.objects.filter(translation_key__in=keys).select_related("locale").order_by("path"):
            translations[page.translation_key].append(page)
    result = []
    for site in sites:
        homes = translations.get(site.root_page.translation_key) or [site.root_page]
        result.extend(SiteRootPath(site.id, home.url_path, site.root_url, home.locale.language_code) for home in homes)
    cache.set(SITE_ROOT_PATHS_CACHE_KEY, result, SECONDS, version=SITE_ROOT_PATHS_CACHE_VERSION)
    return result


def apply() -> None:
    Site.get_site_root_paths = staticmethod(site_root_paths)
