"""What every page of a site shares, read from the cache: the site itself, its brand, languages, header and footer.

Without it each render asks the database for the site, the brand settings, the offered languages, the menu
and footer with the pages they link to, the logo and favicon renditions and the legal pages: a dozen queries
before the page's own content. Here they are built once per site, language and site version
(brands/core/site_versions.py, replaced by any change a visitor can see) and kept in the shared cache; a
request then finds them in two cache reads and primes the places that would otherwise query:
`Site.find_for_request`, `BrandSettings.for_request` and the offered languages.

The header and footer are kept as HTML. What depends on the page read is put back per request: the language
switcher (the page's own translations) and `aria-current` on the menu link to the current address.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from brands.core.languages import offered_languages, switcher_languages
from brands.core.site_versions import installation_version, versions
from brands.models import BrandSettings
from brands.public import site_chrome
from brands.public.error_pages import remember_brand
from brands.public.render_memo import is_shared_render

SWITCHER_SLOT = "<!-- language switcher -->"
CURRENT = ' aria-current="page"'
LIST_LINK = re.compile(r'(<li><a href="([^"]*)")')
NO_SITE = 0


@dataclass(frozen=True)
class SiteChrome:
    """One site's shared parts in one language, as cached."""

    brand: BrandSettings
    root: Page  # the site's home in this language (the French one when not live in it), as Wagtail routes from it
    languages: list[str]
    tagline: str
    header: str  # HTML, with SWITCHER_SLOT where the page's language switcher goes
    footer: str  # HTML


def uses_shared_cache() -> bool:
    """Whether the cache is shared by every worker (settings: on with Redis), so that a new version reaches all."""
    return bool(settings.SITE_CHROME_SECONDS or settings.PAGE_CACHE_SECONDS)


def cached_site(request: HttpRequest) -> Site | None:
    """The site answering this host, its root page attached: a cache read instead of two queries."""
    if hasattr(request, "_wagtail_site") or not uses_shared_cache():
        return Site.find_for_request(request)
    key = f"site-context:site:{installation_version()}:{request.get_host().lower()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page  # noqa: B018 - fetched now, so that it is cached with the site
        cache.set(key, site or NO_SITE, timeout=None)
    request._wagtail_site = site or None
    return request._wagtail_site


def brand_with_images(site: Site) -> BrandSettings:
    """The brand settings with their logo, favicon and share image attached (their renditions come from
    Wagtail's rendition cache: prefetched here, a rendition made after this build would cost a query)."""
    brand = BrandSettings.for_site(site)
    ids = [pk for pk in (brand.logo_id, brand.favicon_id, brand.share_image_id) if pk]
    images = {image.pk: image for image in get_image_model().objects.filter(pk__in=ids)}
    for field in ("logo", "favicon", "share_image"):
        if (pk := getattr(brand, f"{field}_id")) in images:
            setattr(brand, field, images[pk])
    return brand


def strip_current_links(html: str) -> str:
    return html.replace(CURRENT, "")


def mark_current_link(html: str, path: str) -> str:
    """`aria-current="page"` on the menu and footer links (list items) to the address being read."""
    target = escape(path)
    return LIST_LINK.sub(lambda match: match.group(1) + (CURRENT if match.group(2) == target else ""), html)


def build(request: HttpRequest, site: Site) -> SiteChrome:
    brand = brand_with_images(site)
    setattr(request, BrandSettings.get_cache_attr_name(), brand)
    navigation = site_chrome.site_navigation(request)
    header = {**site_chrome.header_context(request), "language_switcher": mark_safe(SWITCHER_SLOT)}  # noqa: S308
    root = site.root_page.localized.specific
    getattr(root, "hero_image", None)  # kept with the home: shown and shared on every view of it
    return SiteChrome(
        brand=brand,
        root=root,
        languages=list(offered_languages(request)),
        tagline=navigation.tagline if navigation else "",
        header=strip_current_links(render_to_string("brands/components/header.html", header)),
        footer=strip_current_links(
            render_to_string("brands/components/footer.html", site_chrome.footer_context(request))
        ),
    )


def site_chrome_for(request: HttpRequest) -> SiteChrome | None:
    """The chrome of the request's site in the active language, built on a miss; None when it is not shared
    (a preview, the cache off) or for a host no site answers."""
    if hasattr(request, "_site_chrome"):
        return request._site_chrome
    chrome = None
    if is_shared_render(request) and (site := cached_site(request)) is not None:
        key = f"site-context:chrome:{site.pk}:{translation.get_language()}:{versions(site.pk)}"
        chrome = cache.get(key)
        if not isinstance(chrome, SiteChrome):
            chrome = build(request, site)
            cache.set(key, chrome, timeout=settings.SITE_CHROME_SECONDS)
        setattr(request, BrandSettings.get_cache_attr_name(), chrome.brand)
        request._offered_languages = chrome.languages
    request._site_chrome = chrome
    return chrome


def tagline(request: HttpRequest) -> str:
    """The site's tagline in the visitor's language, for the page's description when it has none of its own."""
    chrome = site_chrome_for(request)
    if chrome is not None:
        return chrome.tagline
    navigation = site_chrome.site_navigation(request)
    return navigation.tagline if navigation else ""


def page_header(request: HttpRequest, page: Page | None) -> SafeString:
    """The site header, with the page's language switcher and its current menu link."""
    switcher = render_to_string(
        "brands/components/language_switcher.html", {"languages": switcher_languages(page, request)}
    )
    chrome = site_chrome_for(request)
    if chrome is None:
        header = {**site_chrome.header_context(request), "language_switcher": switcher}
        return render_to_string("brands/components/header.html", header)
    return mark_safe(mark_current_link(chrome.header, request.path).replace(SWITCHER_SLOT, switcher))  # noqa: S308


def page_footer(request: HttpRequest) -> SafeString:
    chrome = site_chrome_for(request)
    if chrome is None:
        return render_to_string("brands/components/footer.html", site_chrome.footer_context(request))
    remember_brand(request, chrome.brand)  # a page that gets this far rendered fine: its brand is kept for the 500
    return mark_safe(mark_current_link(chrome.footer, request.path))  # noqa: S308


def renders_site_page(view: Callable) -> Callable:
    """Marks a view that renders a page of the site (header, footer), for SiteContextMiddleware to prime."""
    view.renders_site_page = True
    return view


def is_wagtail_serve(view: Callable) -> bool:
    from wagtail.views import serve  # not at import: it loads models, and the blocks import this module

    return view is serve


def is_page_view(view: Callable) -> bool:
    """Wagtail's pages and the views marked `renders_site_page` (search): robots.txt, files, feeds and the
    admin need neither the chrome nor the page cache."""
    return is_wagtail_serve(view) or getattr(view, "renders_site_page", False)


class SiteContextMiddleware:
    """Reads the site and its chrome before a page's view, so that the view and its hooks find them on the
    request. Only for Wagtail's pages and the views marked `renders_site_page`: robots.txt, sitemaps, feeds
    and files need none of it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: Callable, args: tuple, kwargs: dict) -> None:
        if is_wagtail_serve(view):
            route_from_cached_home(request, args[0] if args else kwargs.get("path", ""))  # serve(request, path)
        elif is_page_view(view):
            site_chrome_for(request)


def route_from_cached_home(request: HttpRequest, path: str) -> None:
    """Wagtail's routing, from the home kept with the chrome: Wagtail's `serve` finds the route on the request
    (`Page.route_for_request`), and the home itself, looked up and made specific, costs no query."""
    chrome = site_chrome_for(request)
    if chrome is None:
        return
    try:
        request._wagtail_route_for_request = chrome.root.route(request, [part for part in path.split("/") if part])
    except Http404:
        request._wagtail_route_for_request = None
