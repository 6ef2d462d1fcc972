"""What surrounds every page of a territory site: its theme, header, navigation and footer.

Each function reads the per-site settings once per request (the head, the header and the footer all ask)
and hands the template tags in `brands/templatetags/brand_tags.py` a ready context.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Page, Site

from brands.core.fonts import WEIGHTS
from brands.core.languages import default_language, page_languages
from brands.core.localizing import localize_pages, localized_page
from brands.models import AccessibilityStatementPage, BrandSettings, ComplianceStatus, Navigation, navigation_for
from brands.public.error_pages import remember_brand

HOST_PORT = re.compile(r":(\d+)$")


def site_url(site: Site, request: HttpRequest) -> str:
    """The address of another site of the network, on the scheme and port the visitor is using."""
    match = HOST_PORT.search(request.get_host())
    suffix = f":{match.group(1)}" if match and match.group(1) not in ("80", "443") else ""
    return f"{request.scheme}://{site.hostname}{suffix}/"


def site_navigation(request: HttpRequest) -> Navigation | None:
    """The site's tagline, menu and footer in the active language (French when not translated)."""
    if not hasattr(request, "_navigation"):
        site = Site.find_for_request(request)
        request._navigation = navigation_for(site)
        # The menu's pages and the home, in the visitor's language, in one query.
        linked = request._navigation.linked_pages if request._navigation else []
        localize_pages([*linked, site.root_page] if site else linked, request)
    return request._navigation


def home_url(request: HttpRequest) -> str:
    """The site's home in the visitor's language when it is live there, else the French home."""
    site = Site.find_for_request(request)
    if site is None:
        return "/"
    site_navigation(request)  # localizes the home with the menu's pages
    return localized_page(site.root_page, request).get_url(request) or "/"


def theme_context(brand: BrandSettings) -> dict:
    """@font-face rules for the chosen fonts only, and the palette as CSS custom properties.

    The two files every page shows above the fold, the body's regular and the headings' bold, are preloaded;
    the faces say `font-display: optional`: a font that is not there by the first paint is not swapped in
    later (it is used from the next page on, from the browser's cache), so text never moves under the reader.
    With `swap`, the headings' font arriving after the paint moved the page by up to 0.04 (Lighthouse's
    layout shift, which must stay under 0.02).
    """
    pairing = brand.fonts
    above_the_fold = [(pairing.body, 400), (pairing.heading, 700)]
    return {
        "brand": brand,
        "palette": brand.palette,
        "pairing": pairing,
        "font_faces": [(family, weight, family.file_url(weight)) for family in pairing.families for weight in WEIGHTS],
        "preload_urls": list(dict.fromkeys(family.file_url(weight) for family, weight in above_the_fold if family)),
    }


def header_context(request: HttpRequest) -> dict:
    """The header but for the language switcher, which brands/public/site_context.py adds per page."""
    return {
        "request": request,
        "brand": BrandSettings.for_request(request),
        "navigation": site_navigation(request),
        "home_url": home_url(request),
    }


def alternates_context(request: HttpRequest, page: Page | None) -> dict:
    """<link rel="alternate" hreflang> for each live translation of the page, French as x-default."""
    languages = page_languages(page, request)
    return {"languages": languages, "default": default_language(languages)}


@dataclass(frozen=True)
class PageLink:
    """Where a footer link leads, and that page's language when it is not the visitor's (left in French)."""

    url: str
    language: str = ""


@dataclass(frozen=True)
class LegalLinks:
    """The footer's legal links (None: no live page), and the accessibility status it shows."""

    legal_notice: PageLink | None
    privacy: PageLink | None
    accessibility: PageLink | None
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
    visitor_language = translation.get_language()

    def link(pk: int | None) -> PageLink | None:
        chosen = pages.get(pk)
        page = localized_page(chosen, request)
        url = page.get_url(request) if page else None
        if not url:
            return None
        left_in_french = page.pk == chosen.pk and visitor_language != settings.LANGUAGE_CODE
        return PageLink(url, settings.LANGUAGE_CODE if left_in_french else "")

    statement = pages.get(brand.accessibility_page_id)
    return LegalLinks(
        legal_notice=link(brand.legal_notice_page_id),
        privacy=link(brand.privacy_page_id),
        accessibility=link(brand.accessibility_page_id),
        accessibility_status=str(
            ComplianceStatus(getattr(statement, "rgaa_status", None) or ComplianceStatus.NONE).label
        ),
    )


def footer_context(request: HttpRequest) -> dict:
    """The footer; a page that gets this far rendered fine, so its brand is kept for the 500 page."""
    brand = BrandSettings.for_request(request)
    remember_brand(request, brand)
    return {
        "request": request,
        "brand": brand,
        "navigation": site_navigation(request),
        "legal": legal_links(brand, request),
    }
