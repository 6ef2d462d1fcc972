"""Template tags that write a territory's theme and site chrome from its per-site settings."""

import re
from dataclasses import dataclass

from django import template
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest
from wagtail.models import Page, Site

from brands.errors import remember_brand
from brands.fonts import WEIGHTS
from brands.languages import default_language, page_languages
from brands.localizing import localize_pages, localized_page
from brands.models import AccessibilityStatementPage, BrandSettings, ComplianceStatus, Navigation, navigation_for

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


@dataclass(frozen=True)
class LegalLinks:
    """Where the footer's legal links lead (None: no live page), and the accessibility status it shows."""

    legal_notice_url: str | None
    privacy_url: str | None
    accessibility_url: str | None
    accessibility_status: str


def legal_links(brand: BrandSettings, request: HttpRequest) -> LegalLinks:
    """The brand's legal pages in the visitor's language when translated: one query, plus one in another language.

    Without a published statement the status is "non conforme": a site cannot claim more without one.
    """
    ids = [pk for pk in (brand.legal_notice_page_id, brand.privacy_page_id, brand.accessibility_page_id) if pk]
    pages = {}
    if ids:
        status = AccessibilityStatementPage.objects.filter(pk=OuterRef("pk")).values("compliance_status")
        pages = {
            page.pk: page for page in Page.objects.live().filter(pk__in=ids).annotate(rgaa_status=Subquery(status))
        }
        localize_pages(list(pages.values()), request)

    def url(pk: int | None) -> str | None:
        page = localized_page(pages.get(pk), request)
        return page.get_url(request) if page else None

    statement = pages.get(brand.accessibility_page_id)
    return LegalLinks(
        legal_notice_url=url(brand.legal_notice_page_id),
        privacy_url=url(brand.privacy_page_id),
        accessibility_url=url(brand.accessibility_page_id),
        accessibility_status=str(
            ComplianceStatus(getattr(statement, "rgaa_status", None) or ComplianceStatus.NONE).label
        ),
    )


@register.inclusion_tag("brands/components/footer.html", takes_context=True)
def site_footer(context: template.Context) -> dict:
    """The footer; a page that gets this far rendered fine, so its brand is kept for the 500 page."""
    request = context["request"]
    brand = BrandSettings.for_request(request)
    remember_brand(request, brand)
    return {
        "request": request,
        "brand": brand,
        "navigation": site_navigation(context),
        "legal": legal_links(brand, request),
    }
