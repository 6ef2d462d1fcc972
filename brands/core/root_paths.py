"""Wagtail's site root paths: two queries to build, kept in each process, and looked up by a page's first segment.

Wagtail builds, for every page URL it writes, the list of (site, home path, address, language) of every site
and every translation of its home, then scans that whole list for each link. With hundreds of territories that
scan and the list's trip through the cache grew a territory's render time with the number of others (+26 % for
Maurienne's home at 505 territories). Here:

- the list takes one query for the sites and one for every translation of every home, in Wagtail's order
  (Wagtail asks for each site's translations one site at a time: 35 queries with 5 territories, 330 with 300);
- it is kept in the process, under a short token read from the shared cache, which Wagtail's own invalidation
  (a site or a home saved) renews now and again at the commit, as the sites' versions are (`site_versions`);
- a page's candidate sites are found by the first segment of its `url_path` (every home is `/<slug>/`), not by
  testing every root path, so a link costs the same with 5 or 500 territories.
"""

import uuid
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

SECONDS = 3600  # as Wagtail keeps them
TOKEN_KEY = "site-root-paths:token"


class RootPaths(list):
    """Wagtail's list of root paths, in Wagtail's order, indexed by the first segment of each root path."""

    def __init__(self, paths) -> None:
        super().__init__(SiteRootPath(*path) for path in paths)  # some caches give named tuples back as tuples
        self.by_segment = defaultdict(list)
        self.everywhere = []  # a site rooted at "/" holds every page
        for position, path in enumerate(self):
            segment = _first_segment(path.root_path)
            (self.by_segment[segment] if segment else self.everywhere).append((position, path))

    def relevant(self, url_path: str) -> tuple[SiteRootPath, ...]:
        """The root paths `url_path` lies under, in Wagtail's order: what its `_get_relevant_site_root_paths`
        finds by testing all of them."""
        candidates = self.by_segment.get(_first_segment(url_path), [])
        if self.everywhere:
            candidates = sorted(candidates + self.everywhere)
        return tuple(path for _, path in candidates if url_path.startswith(path.root_path))


def _first_segment(path: str) -> str:
    return path.split("/", 2)[1] if path.count("/") > 1 else ""


_kept: tuple[str, RootPaths] | None = None  # (token, paths): replaced whole, so threads never see half of it


def _token() -> str:
    token = cache.get(TOKEN_KEY)
    if token is None:
        cache.add(TOKEN_KEY, uuid.uuid4().hex[:12], timeout=None)
        token = cache.get(TOKEN_KEY)
    return token


def _query() -> list[SiteRootPath]:
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
    return result


def site_root_paths() -> RootPaths:
    global _kept
    token = _token()
    kept = _kept
    if kept is not None and kept[0] == token:
        return kept[1]
    key = f"site-root-paths:{token}"
    paths = cache.get(key)
    if paths is None:
        paths = _query()
        cache.set(key, paths, SECONDS)
    kept = (token, RootPaths(paths))
    _kept = kept
    return kept[1]


def clear() -> None:
    """A new token, now and at the commit: a list built meanwhile from what was read before the commit is kept
    under the old token, which no one reads any more."""

    def renew() -> None:
        cache.set(TOKEN_KEY, uuid.uuid4().hex[:12], timeout=None)

    renew()
    transaction.on_commit(renew)


def _relevant_site_root_paths(page: Page, cache_object=None) -> tuple[SiteRootPath, ...]:
    paths = page._get_site_root_paths(cache_object)
    if isinstance(paths, RootPaths):
        return paths.relevant(page.url_path)
    return tuple(path for path in paths if page.url_path.startswith(path.root_path))  # a list set by hand


def apply() -> None:
    Site.get_site_root_paths = staticmethod(site_root_paths)
    Site.clear_site_root_paths_cache = staticmethod(clear)
    Page._get_relevant_site_root_paths = _relevant_site_root_paths
