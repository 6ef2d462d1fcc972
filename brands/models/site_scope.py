"""Helpers that keep per-site data pointing only at pages of the same site."""

from wagtail.models import Page, Site


def page_belongs_to_site(page: Page, site: Site) -> bool:
    """True when the page is the site's root page or one of its descendants (any locale)."""
    root = site.root_page
    roots = [root.path]
    # Translated roots are siblings of the French root and share its translation key.
    roots += Page.objects.filter(translation_key=root.translation_key, depth=root.depth).values_list("path", flat=True)
    return any(page.path.startswith(path) for path in roots)
