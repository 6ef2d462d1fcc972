"""Middleware of the brand sites: the X-Robots-Tag header that keeps a staging copy out of search engines."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

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
