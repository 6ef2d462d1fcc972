"""Wagtail's `.public()` without its query: the private sections of the installation, read from the cache.

Every listing (stories, events, jobs, offers, the directory, feeds, sitemaps) leaves out pages under a view
restriction. Wagtail's `PageQuerySet.public()` asks the database for the restrictions each time it is built;
here their paths are kept in the cache under the installation's version, which a restriction added, changed
or removed replaces (brands/core/version_signals.py).
"""

from django.core.cache import cache
from django.db.models import Q, QuerySet
from wagtail.models import PageViewRestriction

from brands.core.site_versions import installation_version


def restricted_paths() -> list[str]:
    key = f"restricted-paths:{installation_version()}"
    paths = cache.get(key)
    if paths is None:
        paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, timeout=None)
    return paths


def public(pages: QuerySet) -> QuerySet:
    """The pages of `pages` outside any private section, as `.public()` selects them."""
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return pages.exclude(private) if private else pages
