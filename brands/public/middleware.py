"""Middleware of the brand sites: the X-Robots-Tag header that keeps a staging copy out of search engines, and\nthe territory's own clock on its public pages."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from brands.core.time_zones import request_time_zone

NOINDEX = "noindex, nofollow"


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
    """Shows a territory's public pages on its own clock (brands.core.time_zones).

    The admin is left alone: Wagtail sets each user's own time zone there.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.admin_prefixes = ("/admin/", "/django-admin/", settings.STATIC_URL, settings.MEDIA_URL)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(self.admin_prefixes):
            return self.get_response(request)
        timezone.activate(request_time_zone(request))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
