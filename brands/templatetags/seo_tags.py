"""Template tags for the head's metadata and structured data; what they say is decided in brands/public/seo.py."""

from django import template
from wagtail.models import Page

from brands.blocks.primitives import json_ld
from brands.core.languages import page_languages
from brands.models import BrandSettings
from brands.public import seo, site_context

register = template.Library()


def context_page(context: template.Context) -> Page | None:
    """The Wagtail page being served, if any (a 404 or a search result page has none)."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def page_metadata(context: template.Context) -> seo.PageMetadata | None:
    """Title, description, canonical URL, Open Graph and feed links of the page being read."""
    request = context.get("request")
    if request is None:
        return None
    page = context_page(context)
    return seo.page_metadata(
        page,
        request,
        BrandSettings.for_request(request),
        tagline=site_context.tagline(request),
        languages=page_languages(page, request),
        robots=context.get("robots", ""),  # a view's own directive, such as the search results' noindex
    )


@register.inclusion_tag("brands/components/json_ld.html", takes_context=True)
def structured_data(context: template.Context, metadata: seo.PageMetadata) -> dict:
    """One <script type="application/ld+json"> per schema.org object of the page."""
    request = context["request"]
    objects = seo.structured_data(context_page(context), metadata, BrandSettings.for_request(request), request)
    return {"objects": [json_ld(data) for data in objects]}
