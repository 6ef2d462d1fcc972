"""Content checks on live pages, for the territory dashboard's « Pages à compléter » panel.

Two things an editor can leave undone on a published page: the search description (search engines and
link previews then guess one) and the text alternative of an image. Wagtail's editor refuses an image
without alt text unless it is marked decorative, but content written by a script, an import or the API
skips that form. Heading order needs no check here: page titles are the only h1, every block heading is an
h2 and the items under a block take the next level (h3 under a heading, h2 without), so no page can skip
a level (tests/test_blocks.py).

The checks read the stored JSON of the pages' StreamFields, never their images: one query per page type.
"""

from collections.abc import Iterable, Iterator
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page

from brands.core.stream_text import stored_blocks


def image_values(block: blocks.Block, raw: Any) -> Iterator[Any]:
    """The stored values of every ImageBlock inside `raw`, the JSON of `block`."""
    return (
        value
        for child, value in stored_blocks(block, raw, descend=lambda child: not isinstance(child, ImageBlock))
        if isinstance(child, ImageBlock)
    )


def lacks_alt_text(value: Any) -> bool:
    """An informative image rendered with an empty alt. A bare image id (ImageChooserBlock data) falls back
    to the image's description or title in Wagtail, so it never renders empty."""
    return (
        isinstance(value, dict)
        and bool(value.get("image"))
        and not value.get("decorative")
        and not (value.get("alt_text") or "").strip()
    )


def images_without_alt_text(page: Page) -> int:
    """How many images of the page's StreamFields render without a text alternative."""
    count = 0
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            raw = getattr(page, field.name).raw_data
            count += sum(lacks_alt_text(value) for value in image_values(field.stream_block, list(raw)))
    return count


def problems(page: Page) -> list[str]:
    """What the page's editor should complete, in French; empty when the page passes every check."""
    found = []
    if not page.search_description.strip():
        found.append(_("description de recherche vide"))
    missing = images_without_alt_text(page)
    if missing:
        found.append(
            ngettext("%(count)s image sans texte alternatif", "%(count)s images sans texte alternatif", missing)
            % {"count": missing}
        )
    return found


def pages_to_complete(pages: Iterable[Page]) -> Iterator[tuple[Page, list[str]]]:
    """Each page (given specific) that fails a check, with what fails."""
    for page in pages:
        found = problems(page)
        if found:
            yield page, found
