"""{% responsive_picture image "format-{webp,jpeg}" "width-{640,1280}" sizes="…" alt="…" %}: Wagtail's picture
with truthful widths; the work is in `brands/public/images.py`."""

from django import template
from wagtail.images.models import AbstractImage

from brands.public.images import memoized_picture

register = template.Library()


@register.simple_tag(takes_context=True)
def responsive_picture(context: template.Context, image: AbstractImage | None, *specs: str, **attrs) -> str:
    return memoized_picture(context.get("request"), image, list(specs), attrs)
