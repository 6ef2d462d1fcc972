"""Middleware of the brand sites: the X-Robots-Tag header that keeps a staging copy out of search engines, the
installation's clock restored after each request (a page sets its territory's own), and the sites' versions
read once per request."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from brands.core.site_versions import read_once

NOINDEX = "noindex, nofollow"


class ReadVersionsOnceMiddleware:
    """Each site version is read from the shared cache once per request (brands/core/site_versions.py): a page
    cache hit takes four round trips to Redis instead of five, a render several fewer."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with read_once():
            return self.get_response(request)


class NoindexMiddleware:
    """With SEO_NOINDEX on, tells search engines to index nothing: pages, feeds, images and documents alike."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if settings.SEO_NOINDEX:  # read per request, so that tests can switch it on
            response.headers["X-Robots-Tag"] = NOINDEX
        return response


class TerritoryTimeZoneMiddleware:
    """Puts the installation's clock back after each request.

    A served page sets its territory's clock (brands.wagtail_hooks, before_serve_page), from the brand
    settings the page reads anyway: no query of its own, and none for robots.txt or static files. The active
    time zone outlives the request in its thread, hence this reset.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
