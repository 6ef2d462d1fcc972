"""Template tags that write a territory's theme and site chrome; the work is in `brands/public/site_chrome.py`."""

from django import template
from django.utils.html import conditional_escape, format_html
from wagtail.models import Site

from brands.core.localizing import localize_stream
from brands.models import BrandSettings
from brands.public import dates, site_chrome, site_context
from brands.public import privacy_notices as notices
from brands.public.http_policy import nonce_attribute

register = template.Library()


@register.simple_tag(takes_context=True)
def network_site_url(context: template.Context, site: Site) -> str:
    return site_chrome.site_url(site, context["request"])


@register.simple_tag(takes_context=True)
def site_tagline(context: template.Context) -> str:
    return site_context.tagline(context["request"])


@register.simple_tag(takes_context=True)
def home_url(context: template.Context) -> str:
    return site_chrome.home_url(context["request"])


@register.inclusion_tag("brands/components/theme.html", takes_context=True)
def brand_theme(context: template.Context, brand: BrandSettings) -> dict:
    return {**site_chrome.theme_context(brand), "request": context.get("request")}


@register.simple_tag(takes_context=True)
def csp_nonce(context: template.Context) -> str:
    """` nonce="…"` inside an inline `<style>` tag: the Content-Security-Policy allows no other (http_policy)."""
    return nonce_attribute(context.get("request"))


@register.simple_tag(takes_context=True)
def site_header(context: template.Context) -> str:
    return site_context.page_header(context["request"], context.get("page"))


@register.inclusion_tag("brands/components/language_alternates.html", takes_context=True)
def language_alternates(context: template.Context) -> dict:
    return site_chrome.alternates_context(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def site_footer(context: template.Context) -> str:
    return site_context.page_footer(context["request"])


@register.filter
def source_lang(instance, field: str) -> str:
    """` lang="fr"` when `instance.field` is still in its source language (public/untranslated), else nothing.

    Written inside a tag: `<p{{ strength|source_lang:"pitch" }}>`."""
    code = getattr(instance, "untranslated", {}).get(field)
    return format_html(' lang="{}"', code) if code else ""


@register.filter
def marked_text(instance, field: str) -> str:
    """`instance.field`, escaped, in a `<span lang="fr">` when still in its source language (public/untranslated)."""
    value = getattr(instance, field)
    code = getattr(instance, "untranslated", {}).get(field)
    return format_html('<span lang="{}">{}</span>', code, value) if code else conditional_escape(value)


@register.simple_tag(takes_context=True)
def privacy_notices(context: template.Context) -> list:
    """The sections the visitor domains add to the privacy policy (public/privacy_notices)."""
    request = context.get("request")
    return notices.privacy_notices(Site.find_for_request(request) if request else None, request)


@register.filter
def long_date(value, format_string: str = "DATE_FORMAT") -> str:
    """`{{ day|long_date:"l j F Y" }}`: the date filter, with « 1er » for the first of the month in French."""
    return dates.long_date(value, format_string) if value else ""


@register.simple_tag(takes_context=True)
def localize_links(context: template.Context, stream) -> str:
    """Looks up, in one query, the translations of the pages a stream links to (brands.core.localizing)."""
    localize_stream(stream, context.get("request"))
    return ""
