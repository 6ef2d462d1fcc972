"""{% responsive_picture image "format-{webp,jpeg}" "width-{640,1280}" sizes="…" alt="…" %}: Wagtail's picture
with truthful widths; {% rendition image "fill-180x180|format-png" as icon %}: one rendition's `url`, `width` and
`height`, as Wagtail's {% image … as icon %} gives them. Both are kept per site version; the work is in
`brands/public/images.py`."""

from django import template
from wagtail.images.models import AbstractImage

from brands.public.images import RenditionRef, memoized_picture, memoized_rendition

register = template.Library()


@register.simple_tag(takes_context=True)
def responsive_picture(context: template.Context, image: AbstractImage | None, *specs: str, **attrs) -> str:
    return memoized_picture(context.get("request"), image, list(specs), attrs)


@register.simple_tag(takes_context=True)
def rendition(context: template.Context, image: AbstractImage | None, spec: str) -> RenditionRef | None:
    return memoized_rendition(context.get("request"), image, spec, placeholder=True) if image else None
