"""The anonymous page cache: a visitor's page rendered once per site version, then served from the shared cache.

A territory site has a small daily audience and sudden peaks (a Tour de France stage, a national article): a
hit costs a few cache reads instead of a render. The key is the host, the active language, the full path and
the site's version (brands/core/site_versions.py), which a publish, a brand, menu or strength change, or
anything else the site shows, replaces: one host's page is never served for another, nor one language's for
another, and a change shows on the next view.

Never cached: the admin (previews included), anything but GET and HEAD, visitors with a session (editors,
a password-protected page unlocked) or a pending message, and any response that sets a cookie or varies on
it: a form's CSRF token sets one, so form pages are always rendered. Only 200 text responses are kept, and
for `PAGE_CACHE_SECONDS` at most, which also bounds how late time-dependent listings (an event that has just
passed) can be.

The Content-Security-Policy nonce of the inline style is the one thing that must differ per response: a hit
gets a fresh nonce, written into the stored page in place of the one it was rendered with.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control

from brands.core.site_versions import installation_version, versions
from brands.public.compression import is_text
from brands.public.http_policy import csp_nonce, is_admin_path
from brands.public.site_context import cached_site, is_page_view

HEADER = "X-Page-Cache"
MAX_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class CachedPage:
    content: bytes
    headers: tuple[tuple[str, str], ...]
    nonce: str  # the CSP nonce the page was rendered with, "" when it has none


def is_anonymous_read(request: HttpRequest) -> bool:
    """A visitor reading a page: no session (so no editor and no unlocked page), no message waiting."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def page_key(request: HttpRequest) -> str:
    site = cached_site(request)  # from the cache: a hit makes no query at all
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    generation = versions(site.pk) if site else installation_version()
    return f"page-cache:{request.get_host().lower()}:{translation.get_language()}:{generation}:{path}"


def is_storable(request: HttpRequest, response: HttpResponse) -> bool:
    vary = response.get("Vary", "").lower()
    cache_control = response.get("Cache-Control", "").lower()
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "cookie" not in vary
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and is_text(response.get("Content-Type", ""))
        and len(response.content) <= MAX_BYTES
    )


def snapshot(request: HttpRequest, response: HttpResponse) -> CachedPage:
    nonce = getattr(request, "_csp_nonce", None)
    return CachedPage(
        content=response.content,
        headers=tuple((name, value) for name, value in response.items() if name.lower() != "set-cookie"),
        nonce=nonce if isinstance(nonce, str) else "",
    )


def replay(request: HttpRequest, page: CachedPage) -> HttpResponse:
    content = page.content
    if page.nonce:
        content = content.replace(f'nonce="{page.nonce}"'.encode(), f'nonce="{csp_nonce(request)}"'.encode())
    response = HttpResponse(content)
    for name, value in page.headers:
        response[name] = value
    response["Content-Length"] = str(len(content))
    return response


class AnonymousPageCacheMiddleware:
    """After LocaleMiddleware (the key needs the language) and before CSRF (its cookie must be seen).

    The cache is asked once the view is known (`process_view`), so that only pages are looked up; what a
    miss renders is stored on its way out (`__call__`)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def process_view(self, request: HttpRequest, view: Callable, args: tuple, kwargs: dict) -> HttpResponse | None:
        seconds = settings.PAGE_CACHE_SECONDS  # read per request, so that tests can switch it on
        if not seconds or not is_anonymous_read(request) or not is_page_view(view):
            return None
        key = page_key(request)
        if isinstance(cached := cache.get(key), CachedPage):
            response = replay(request, cached)
            response[HEADER] = "hit"
            return response
        request._page_cache_key = key
        return None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if is_admin_path(request) or response.get(HEADER) == "hit":
            return response  # the admin says no-store itself; a hit carries what was stored
        anonymous = is_anonymous_read(request)
        if anonymous and is_storable(request, response):
            # Browsers and shared caches ask again each time: only this cache learns when a page changes.
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            if key := getattr(request, "_page_cache_key", None):
                cache.set(key, snapshot(request, response), timeout=settings.PAGE_CACHE_SECONDS)
                response[HEADER] = "miss"
        elif not anonymous or response.cookies or "cookie" in response.get("Vary", "").lower():
            patch_cache_control(response, private=True)
        return response
