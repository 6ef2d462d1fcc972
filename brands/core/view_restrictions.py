"""Wagtail's `.public()` without its query: the private sections of the installation, read from the cache.

Every listing (stories, events, jobs, offers, the directory, feeds, sitemaps) leaves out pages under a view
restriction, and every page served checks the restrictions above it. Wagtail asks the database each time; here
the private sections' paths are kept in the cache under the installation's version, which a restriction added,
changed or removed replaces, and so does a page moved while any private section exists, since a move changes
paths (brands/core/version_signals.py); and in each process under the same version, since every page asks.
"""

from django.core.cache import cache
from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction

from brands.core.site_versions import installation_version, kept_per_installation
from brands.core.tree_ranges import starts_with


def restricted_paths() -> list[str]:
    return kept_per_installation("restricted-paths", shared_restricted_paths)


def shared_restricted_paths() -> list[str]:
    """From the shared cache, read from the database by the first worker that asks under this version."""
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
        private |= starts_with(path)
    return pages.exclude(private) if private else pages


def restrictions_above(page: Page) -> QuerySet:
    """Wagtail's `Page.get_view_restrictions`, with no query for a page outside every private section.

    Wagtail asks twice for each page served (its ancestors, then their restrictions). An alias keeps Wagtail's
    own lookup: its restrictions are its source page's.
    """
    if page.alias_of_id or any(page.path.startswith(path) for path in restricted_paths()):
        return wagtail_view_restrictions(page)
    return PageViewRestriction.objects.none()


wagtail_view_restrictions = Page.get_view_restrictions


def apply() -> None:
    Page.get_view_restrictions = restrictions_above
