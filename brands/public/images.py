"""Responsive pictures whose srcset tells the browser the truth about each candidate's width.

Wagtail never upscales: on a 1280 px original, `width-1920` is the 1280 px rendition again, and Wagtail's
{% picture %} then offers two candidates of the same width (invalid HTML, and a wasted choice for the
browser). `DistinctWidthsPicture` keeps one candidate per width.
"""

import functools
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Picture, SourceImageIOError
from wagtail.images.shortcuts import get_rendition_or_not_found, get_renditions_or_not_found

from brands.public.render_memo import RenderMemo

# A story page shows a dozen pictures, each five to ten renditions looked up in the cache and assembled: 5 of its
# 32 ms. Their markup is kept per site version instead: ~1 kB each.
PICTURES = RenderMemo(size=4000)
# The single renditions a page names (its favicon, its sharing image, a gallery's enlargements): ~200 bytes.
RENDITIONS = RenderMemo(size=4000)


class DistinctWidthsPicture(Picture):
    """Wagtail's <picture>, with one srcset candidate per real width (the smallest rendition of that width)."""

    @classmethod
    def get_width_srcset(cls, renditions_list: list[AbstractRendition]) -> str:
        distinct = {}
        for rendition in renditions_list:
            distinct.setdefault(rendition.width, rendition)
        return ", ".join(f"{rendition.url} {width}w" for width, rendition in sorted(distinct.items()))


@functools.cache
def filters_for(specs: tuple[str, ...]) -> tuple[Filter, ...]:
    """The filters of a picture's specs, made once per process: Wagtail parses a filter's operations once per
    filter object, which each picture of each render made anew (a tenth of a story's render time)."""
    return tuple(Filter(spec=spec) for spec in Filter.expand_spec(specs))


def responsive_picture(image: AbstractImage | None, specs: list[str], attrs: dict) -> str:
    """The <picture> of `image` for the filter specs (brace expansions allowed), or "" without an image."""
    if not image:
        return ""
    return format_html(
        "{}", DistinctWidthsPicture(get_renditions_or_not_found(image, filters_for(tuple(specs))), attrs)
    )


def image_identity(image: AbstractImage) -> tuple:
    """What Wagtail's own rendition keys hold of an image (its file and focal point): in a memo's key, so that
    an image changed within a version (in a transaction not committed yet) is not shown as it was."""
    focal_point = (image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height)
    return image.pk, image.file.name, focal_point


def memoized_picture(request: HttpRequest | None, image: AbstractImage | None, specs: list[str], attrs: dict) -> str:
    """`responsive_picture`, made once per site version for a render every visitor sees (render_memo)."""
    if not image:
        return ""
    key = (*image_identity(image), tuple(specs), tuple(sorted((k, str(v)) for k, v in attrs.items())))
    return PICTURES.get_or_make_for(request, key, lambda: responsive_picture(image, specs, attrs))


@dataclass(frozen=True)
class RenditionRef:
    """What a page writes of a rendition: its address and size."""

    url: str
    width: int
    height: int

    @classmethod
    def of(cls, rendition: AbstractRendition) -> "RenditionRef":
        return cls(rendition.url, rendition.width, rendition.height)


def memoized_rendition(
    request: HttpRequest | None, image: AbstractImage, spec: str, *, placeholder: bool = False
) -> RenditionRef | None:
    """One rendition (`spec` as Wagtail's `get_rendition` takes it: "fill-180x180|format-png"), as its address
    and size, looked up once per site version for a render every visitor sees (render_memo).

    When the original file is missing: None (better no sharing image than a broken page), or with
    `placeholder`, Wagtail's "not found" rendition, as its {% image %} tag gives."""

    def make() -> RenditionRef | None:
        (rendition_filter,) = filters_for((spec,))  # the filter parsed once per process, as a picture's
        if placeholder:
            return RenditionRef.of(get_rendition_or_not_found(image, rendition_filter))
        try:
            return RenditionRef.of(image.get_rendition(rendition_filter))
        except SourceImageIOError:
            return None

    return RENDITIONS.get_or_make_for(request, (*image_identity(image), spec, placeholder), make)


def with_card_image(cards: QuerySet, field: str = "hero_image") -> QuerySet:
    """Cards (stories, events, offers, directory entries) with their image joined: one query for a whole
    listing. Renditions are not prefetched: Wagtail keeps each one it has looked up in the cache, which a
    warm page reads without a query, where a prefetch would cost one per listing on every render."""
    return cards.select_related(field)
