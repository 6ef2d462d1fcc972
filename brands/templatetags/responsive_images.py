"""{% responsive_picture image "format-{webp,jpeg}" "width-{640,1280}" sizes="…" alt="…" %}: Wagtail's picture
with truthful widths; the work is in `brands/public/images.py`."""

from django import template
from wagtail.images.models import AbstractImage

from brands.public.images import responsive_picture as picture

register = template.Library()


@register.simple_tag
def responsive_picture(image: AbstractImage | None, *specs: str, **attrs) -> str:
    return picture(image, list(specs), attrs)
