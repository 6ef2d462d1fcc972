"""Template tags that write a territory's theme and site chrome from its per-site settings."""

import re

from django import template
from django.http import HttpRequest
from wagtail.models import Site

from brands.fonts import WEIGHTS
from brands.languages import default_language, page_languages
from brands.localizing import localize_pages
from brands.models import BrandSettings, Navigation, navigation_for

register = template.Library()
HOST_PORT = re.compile(r":(\d+)$")


def site_url(site: Site, request: HttpRequest) -> str:
    """The address of another site of the network, on the scheme and port the visitor is using."""
    match = HOST_PORT.search(request.get_host())
    suffix = f":{match.group(1)}" if match and match.group(1) not in ("80", "443") else ""
    return f"{request.scheme}://{site.hostname}{suffix}/"


@register.simple_tag(takes_context=True)
def network_site_url(context: template.Context, site: Site) -> str:
    return site_url(site, context["request"])


@register.simple_tag(takes_context=True)
def site_navigation(context: template.Context) -> Navigation | None:
    """The site's tagline, menu and footer in the active language (French when not translated)."""
    request = context["request"]
    if not hasattr(request, "_navigation"):
        request._navigation = navigation_for(Site.find_for_request(request))
        if request._navigation:
            localize_pages(request._navigation.linked_pages, request)
    return request._navigation


@register.simple_tag(takes_context=True)
def home_url(context: template.Context) -> str:
    """The site's home in the visitor's language when it is live there, else the French home."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return "/"
    return site.root_page.localized.get_url(request) or "/"


@register.inclusion_tag("brands/components/theme.html")
def brand_theme(brand: BrandSettings) -> dict:
    """@font-face rules for the chosen fonts only, and the palette as CSS custom properties."""
    pairing = brand.fonts
    return {
        "brand": brand,
        "palette": brand.palette,
        "pairing": pairing,
        "font_faces": [(family, weight, family.file_url(weight)) for family in pairing.families for weight in WEIGHTS],
        "preload_url": pairing.body.file_url(400) if pairing.body else None,
    }


@register.inclusion_tag("brands/components/header.html", takes_context=True)
def site_header(context: template.Context) -> dict:
    request = context["request"]
    return {
        "request": request,
        "page": context.get("page"),
        "brand": BrandSettings.for_request(request),
        "navigation": site_navigation(context),
        "languages": page_languages(context.get("page"), request),
    }


@register.inclusion_tag("brands/components/language_alternates.html", takes_context=True)
def language_alternates(context: template.Context) -> dict:
    """<link rel="alternate" hreflang> for each live translation of the page, French as x-default."""
    languages = page_languages(context.get("page"), context["request"])
    return {"languages": languages, "default": default_language(languages)}


@register.inclusion_tag("brands/components/footer.html", takes_context=True)
def site_footer(context: template.Context) -> dict:
    request = context["request"]
    return {
        "request": request,
        "brand": BrandSettings.for_request(request),
        "navigation": site_navigation(context),
    }
