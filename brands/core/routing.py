"""A territory's URL routed to its page in two queries, whatever its depth.

Wagtail walks the tree one level at a time: each level costs a query for the child with that slug and
another for its specific page, so a story at /histoires/un-recit/ costs four before anything renders. Here the
site's home fetches every page on the way in one query (by `url_path`, which Wagtail keeps in step with slugs
and moves), then the last one's specific page.

Wagtail's routing is kept wherever a page on the way routes by itself (RoutablePageMixin, such as the agenda
or the directory, or any other `route` of its own): from that page on, its own `route` decides, as Wagtail
would have let it.
"""

from django.http import Http404, HttpRequest
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from brands.core.image_keys import image_keys
from brands.core.tree_ranges import starts_with


def routes_by_itself(page: Page) -> bool:
    model = page.specific_class
    return model is None or model.route is not Page.route


class OneQueryRoutingMixin:
    """For a site's root page (the territory home)."""

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        if not path_components:
            return super().route(request, path_components)
        prefixes = [self.url_path + "/".join(path_components[: n + 1]) + "/" for n in range(len(path_components))]
        on_the_way = Page.objects.filter(starts_with(self.path), url_path__in=prefixes)
        found = {page.url_path: page for page in on_the_way}
        ancestors = [self]
        for depth, prefix in enumerate(prefixes):
            page = found.get(prefix)
            if page is None:
                raise Http404
            if routes_by_itself(page):
                return specific_page(page, ancestors).route(request, path_components[depth + 1 :])
            ancestors.append(page)
        return specific_page(ancestors.pop(), ancestors).route(request, [])


def specific_page(page: Page, ancestors: list[Page]) -> Page:
    """The page as its own type, with its images (a hero's, shown and shared) in the same query, and its
    ancestors attached: treebeard's `get_parent()` and the breadcrumbs (brands/public/seo.py) ask no more."""
    model = page.specific_class
    specific = model._default_manager.select_related(*image_keys(model)).filter(pk=page.pk).first()
    if specific is None:  # deleted meanwhile
        raise Http404
    specific._cached_parent_obj = ancestors[-1]
    specific.route_ancestors = ancestors
    return specific
